"""Content-addressed stage keys: same inputs, same key; any change, a new key."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from whyfirst.config import load_experiment
from whyfirst.pipeline import make_plan
from whyfirst.runs import stage_key

from test_config import tiny_experiment, write_tiny_data

BASE = dict(kind="midtrain", config={"learning_rate": 1e-4}, data_sha="abc", parent="model@1", seed=0)


def test_same_inputs_same_key_and_each_input_changes_it() -> None:
    key = stage_key(**BASE)
    assert key == stage_key(**BASE)
    variants = [{"config": {"learning_rate": 2e-4}}, {"data_sha": "abd"}, {"parent": "model@2"},
                {"seed": 1}, {"kind": "aft"}]
    keys = {stage_key(**{**BASE, **v}) for v in variants}
    assert key not in keys and len(keys) == len(variants)


def plan_for(tmp_path: Path, model_dir: Path, **changes):
    if not (tmp_path / "data").exists():
        write_tiny_data(tmp_path)
    cfg = tiny_experiment(str(model_dir))
    cfg.update(changes)
    (tmp_path / "e.yaml").write_text(yaml.safe_dump(cfg))
    return make_plan(load_experiment(tmp_path / "e.yaml"), tmp_path / "runs")


def test_arms_share_their_common_prefix(tmp_path: Path, tiny_model_dir: Path) -> None:
    plan = plan_for(tmp_path, tiny_model_dir)
    # aft_only and msm both run aft on the same chats, but from different parents: 3 stages
    assert [s.stage.stage for s in plan.stages] == ["aft", "midtrain", "aft"]
    assert plan.arm_models[("base", 0)] == str(tiny_model_dir.resolve())
    msm_aft = plan.stages[2]
    assert msm_aft.parent_model == str(plan.stages[1].dir.path / "model")


def test_data_edit_invalidates_only_dependent_stages(tmp_path: Path, tiny_model_dir: Path) -> None:
    before = plan_for(tmp_path, tiny_model_dir)
    with open(tmp_path / "data/corpus.jsonl", "a") as f:
        f.write(json.dumps({"id": "extra", "text": "one more document"}) + "\n")
    after = plan_for(tmp_path, tiny_model_dir)
    same = [a.dir.key == b.dir.key for a, b in zip(before.stages, after.stages)]
    assert same == [True, False, False]  # aft_only untouched; midtrain and what follows it change
    assert before.evals[0].dir.key == after.evals[0].dir.key  # base arm's eval is reused


def test_seeds_multiply_trained_stages_not_the_base_eval(tmp_path: Path, tiny_model_dir: Path) -> None:
    plan = plan_for(tmp_path, tiny_model_dir, seeds=[0, 1])
    assert len(plan.stages) == 6
    base_evals = {e.dir.key for e in plan.evals if e.arm == "base"}
    assert len(base_evals) == 1


# ---------------------------------------------------------------------------------------------
# damaged run folders: reported by file name and recomputed, never crashed on nor used

import os
import threading
from types import SimpleNamespace

import pytest

from whyfirst.runs import RunStore, StageDir, write_json_atomic


def finished_stage(tmp_path: Path) -> StageDir:
    stage = RunStore(tmp_path / "runs", "tiny").stage("aft", "k" * 16, {"seed": 0})
    stage.path.mkdir(parents=True)
    stage.finish({"steps": 3}, started=0.0)
    return stage


@pytest.mark.parametrize("damage, words", [
    ('{"kind": "aft", "key": "kkkk', "is not valid JSON"),    # truncated by a crash
    ("\x00\x00\x00\x00", "is not valid JSON"),                # a power cut's zero-filled block
    ("[1, 2]", "is not a stage manifest"),
    (json.dumps({"kind": "aft", "key": "other", "result": {}}), "belongs to another stage"),
])
def test_a_damaged_manifest_counts_as_not_done_and_names_its_file(tmp_path: Path, capsys, damage: str,
                                                                   words: str) -> None:
    stage = finished_stage(tmp_path)
    assert stage.done and stage.manifest()["result"] == {"steps": 3}
    stage.manifest_path.write_text(damage)
    assert not stage.done
    err = capsys.readouterr().err
    assert str(stage.manifest_path) in err and words in err and "recomputing" in err
    with pytest.raises(FileNotFoundError, match="no intact manifest"):
        stage.manifest()


def test_run_stage_retrains_a_stage_whose_manifest_is_damaged(tmp_path: Path, tiny_model_dir: Path,
                                                             monkeypatch, capsys) -> None:
    import whyfirst.train
    from whyfirst.pipeline import run_planned_stage

    calls = []

    def fake_train(kind, **kw):
        calls.append(kind)
        return SimpleNamespace(model_dump=lambda mode=None: {"steps": len(calls)})

    monkeypatch.setattr(whyfirst.train, "train_stage", fake_train)
    plan = plan_for(tmp_path, tiny_model_dir)
    s = plan.stages[0]
    assert run_planned_stage(plan, s)["result"] == {"steps": 1}
    assert run_planned_stage(plan, s)["result"] == {"steps": 1} and len(calls) == 1  # cached
    s.dir.manifest_path.write_text(s.dir.manifest_path.read_text()[:50])  # truncated
    capsys.readouterr()
    assert run_planned_stage(plan, s)["result"] == {"steps": 2}  # trained again, manifest rewritten
    assert str(s.dir.manifest_path) in capsys.readouterr().err
    assert s.dir.done and len(calls) == 2


def _truncate_results(d: Path) -> None:
    lines = (d / "results.jsonl").read_text().splitlines(keepends=True)
    (d / "results.jsonl").write_text("".join(lines[:-1]))


@pytest.mark.parametrize("damage, file, words", [
    (lambda d: (d / "manifest.json").write_text("{not json"), "manifest.json", "is not valid JSON"),
    (lambda d: (d / "results.jsonl").write_text('{"item_id": "s0", "p_tar'), "results.jsonl",
     "line 1 is not valid JSON"),
    (lambda d: (d / "results.jsonl").write_text('{"item_id": "s0"}\n'), "results.jsonl",
     "line 1 is not an item result"),
    (lambda d: (d / "results.jsonl").write_bytes(b"\xff\xfe\x00"), "results.jsonl", "cannot be read"),
    (_truncate_results, "results.jsonl", "has 3 results where its manifest.json says 4"),
    (lambda d: (d / "results.jsonl").unlink(), "results.jsonl", "is missing"),
])
def test_damaged_eval_outputs_are_reported_and_evaluated_again(tmp_path: Path, tiny_model_dir: Path,
                                                               monkeypatch, capsys, damage, file: str,
                                                               words: str) -> None:
    import whyfirst.evaluate
    from whyfirst.pipeline import run_eval

    real, calls = whyfirst.evaluate.evaluate_model, []
    monkeypatch.setattr(whyfirst.evaluate, "evaluate_model", lambda *a, **k: calls.append(1) or real(*a, **k))
    plan = plan_for(tmp_path, tiny_model_dir)
    e = next(e for e in plan.evals if e.arm == "base")
    first = run_eval(plan, e)
    assert len(first) == 4 and len(calls) == 1
    assert run_eval(plan, e) == first and len(calls) == 1  # intact: read back, not recomputed
    damage(e.dir.path)
    capsys.readouterr()
    again = run_eval(plan, e)
    err = capsys.readouterr().err
    assert str(e.dir.path / file) in err and words in err
    assert len(calls) == 2 and again == first  # evaluated again, same numbers
    assert run_eval(plan, e) == first and len(calls) == 2  # and the repaired folder is used again


def test_corrupt_leakage_json_is_reported_and_recomputed(tmp_path: Path, tiny_model_dir: Path,
                                                         isolated_cache: Path, monkeypatch, capsys) -> None:
    import whyfirst.pipeline as pipeline

    real, calls = pipeline.leakage_audit, []
    monkeypatch.setattr(pipeline, "leakage_audit", lambda exp: calls.append(1) or real(exp))
    exp = plan_for(tmp_path, tiny_model_dir).experiment
    path = tmp_path / "leakage.json"
    report = pipeline._cached_leakage(exp, path)
    assert pipeline._cached_leakage(exp, path) == report and len(calls) == 1
    for damage, words in [(path.read_text()[:100], "cannot be read"), ("[]", "not a stored leakage audit"),
                          (json.dumps({"key": json.loads(path.read_text())["key"], "report": {"n": 8}}),
                           "no valid audit report")]:
        path.write_text(damage)
        capsys.readouterr()
        assert pipeline._cached_leakage(exp, path) == report
        err = capsys.readouterr().err
        assert str(path) in err and words in err
    assert len(calls) == 4


# ---------------------------------------------------------------------------------------------
# durable writes and the invocation log


def test_atomic_writes_fsync_the_file_then_rename_then_fsync_the_folder(tmp_path: Path, monkeypatch) -> None:
    import stat

    from whyfirst.datasets import write_jsonl

    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("fsync dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src, dst):
        events.append(f"rename {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_json_atomic(tmp_path / "m.json", {"a": 1})
    assert events == ["fsync file", "rename m.json", "fsync dir"]
    assert json.loads((tmp_path / "m.json").read_text()) == {"a": 1}
    events.clear()
    write_jsonl(tmp_path / "d.jsonl", [{"text": "x"}], generator="test")
    assert events == ["fsync file", "rename d.jsonl", "fsync dir",  # the data, then its sidecar
                      "fsync file", "rename d.meta.json", "fsync dir"]
    assert (tmp_path / "d.meta.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", "d.meta.json", "m.json"]  # no temp left


def test_a_failed_atomic_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    write_json_atomic(tmp_path / "m.json", {"a": 1})

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_json_atomic(tmp_path / "m.json", {"a": 2})
    assert json.loads((tmp_path / "m.json").read_text()) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]  # the temporary file is gone


def test_concurrent_runs_never_lose_an_invocation_row(tmp_path: Path) -> None:
    from whyfirst.pipeline import _record_wall_time

    plan = SimpleNamespace(store=SimpleNamespace(root=tmp_path), stages=[], evals=[])
    per_thread, threads = 40, 4
    start = threading.Barrier(threads)

    def append(k: int) -> None:
        start.wait()
        for i in range(per_thread):
            _record_wall_time(plan, 1000 * k + i)

    workers = [threading.Thread(target=append, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    rows = json.loads((tmp_path / "invocations.json").read_text())
    assert sorted(r["wall_s"] for r in rows) == sorted(1000 * k + i for k in range(threads)
                                                       for i in range(per_thread))


def test_a_corrupt_invocation_log_is_kept_aside_and_restarted(tmp_path: Path, capsys) -> None:
    from whyfirst.pipeline import _record_wall_time

    plan = SimpleNamespace(store=SimpleNamespace(root=tmp_path), stages=[], evals=[])
    (tmp_path / "invocations.json").write_text('[{"wall_s": 3')
    _record_wall_time(plan, 5.0)
    assert [r["wall_s"] for r in json.loads((tmp_path / "invocations.json").read_text())] == [5.0]
    assert (tmp_path / "invocations.json.damaged").read_text() == '[{"wall_s": 3'
    assert str(tmp_path / "invocations.json") in capsys.readouterr().err
