"""A whole experiment on the tiny model: it runs, caches, resumes after a kill, and reports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from test_config import tiny_experiment, write_tiny_data


def make_experiment(root: Path, model_dir: Path) -> Path:
    write_tiny_data(root)
    cfg = tiny_experiment(str(model_dir))
    (root / "e.yaml").write_text(yaml.safe_dump(cfg))
    return root / "e.yaml"


def whyfirst(*args: str, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "WHYFIRST_CACHE": str(cwd / "cache")}
    return subprocess.Popen([sys.executable, "-m", "whyfirst", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(proc: subprocess.Popen, timeout: float = 300) -> str:
    out, _ = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, out
    return out


def eval_results(runs: Path) -> dict[str, list[float]]:
    out = {}
    for d in sorted(p for p in (runs / "tiny/stages").glob("eval-*") if p.is_dir()):
        arm = json.loads((d / "manifest.json").read_text())["arm"]
        rows = [json.loads(line) for line in (d / "results.jsonl").read_text().splitlines()]
        out[arm] = [r["p_target"] for r in rows]
    return out


def stage_manifests(runs: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((runs / "tiny/stages").glob("*/manifest.json"))]


def test_dry_run_prints_plan_and_bad_config_exits_2(tmp_path: Path, tiny_model_dir: Path) -> None:
    cfg = make_experiment(tmp_path, tiny_model_dir)
    out = finish(whyfirst("run", str(cfg), "--runs", "runs", "--dry-run", cwd=tmp_path))
    assert "to run" in out and "midtrain:c" in out and "Estimated time" in out
    assert not (tmp_path / "runs/tiny/stages").exists()
    bad = yaml.safe_load(cfg.read_text())
    bad["training"]["aft"]["batch_size"] = 0
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(bad))
    proc = whyfirst("run", "bad.yaml", "--dry-run", cwd=tmp_path)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert "bad.yaml" in out and "training.aft.batch_size" in out


def test_run_is_cached_and_resumes_after_kill(tmp_path: Path, tiny_model_dir: Path) -> None:
    # uninterrupted reference run
    ref = tmp_path / "ref"
    ref.mkdir()
    cfg = make_experiment(ref, tiny_model_dir)
    out = finish(whyfirst("run", str(cfg), "--runs", "runs", cwd=ref))
    assert (ref / "runs/tiny/report.html").exists()
    # one progress display per stage: none of transformers' weight-loading or shard-writing bars
    assert "Loading weights" not in out and "Writing model shards" not in out
    # the run ends by saying what it found: the primary contrast, arms × suites, the report's path
    assert "Primary contrast: msm − aft_only on s" in out and "Report: " in out
    summary = json.loads((ref / "runs/tiny/summary.json").read_text())
    # the report analysed what the evaluations stored: 3 arms × 4 suite items, one seed
    assert summary["experiment"] == "tiny" and summary["primary"]["n_items"] == 4
    assert summary["errors"]["n_results"] == 3 * 4 and summary["leakage"]["n_items"] == 4
    first = stage_manifests(ref / "runs")
    # a second invocation recomputes nothing
    out = finish(whyfirst("run", str(cfg), "--runs", "runs", cwd=ref))
    assert "to run" not in out
    assert stage_manifests(ref / "runs") == first
    # each invocation appended its wall time (under a file lock, to a durable file)
    assert len(json.loads((ref / "runs/tiny/invocations.json").read_text())) == 2

    # killed run: SIGKILL as soon as the midtrain stage has written a checkpoint
    killed = tmp_path / "killed"
    killed.mkdir()
    cfg = make_experiment(killed, tiny_model_dir)
    proc = whyfirst("run", str(cfg), "--runs", "runs", cwd=killed)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        if list((killed / "runs/tiny/stages").glob("midtrain-*/checkpoints/checkpoint-*")):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run ended before a checkpoint appeared"
    finish(whyfirst("run", str(cfg), "--runs", "runs", cwd=killed))
    assert _close(eval_results(killed / "runs"), eval_results(ref / "runs"))


def _close(a: dict[str, list[float]], b: dict[str, list[float]]) -> bool:
    return a.keys() == b.keys() and all(
        max(abs(x - y) for x, y in zip(a[k], b[k])) < 1e-5 for k in a)


def test_continue_adapter_arm_trains_one_adapter_on_the_base(tmp_path: Path, tiny_model_dir: Path,
                                                             isolated_cache: Path) -> None:
    """aft with continue_adapter starts from the midtrain stage's adapter, on the base model."""
    from safetensors.torch import load_file

    from whyfirst.config import load_experiment
    from whyfirst.pipeline import _adapter_start, make_plan, run_planned_stage

    write_tiny_data(tmp_path)
    cfg = tiny_experiment(str(tiny_model_dir))
    cfg["arms"]["msm_continued"] = [{"stage": "midtrain", "data": "c"},
                                    {"stage": "aft", "data": "chats", "params": {"continue_adapter": True}}]
    cfg["arms"]["twice"] = cfg["arms"]["msm_continued"] + [
        {"stage": "aft", "data": "chats", "params": {"continue_adapter": True, "epochs": 2}}]
    (tmp_path / "e.yaml").write_text(yaml.safe_dump(cfg))
    plan = make_plan(load_experiment(tmp_path / "e.yaml"), tmp_path / "runs")
    second = next(s for s in plan.stages if (s.arm, s.index) == ("twice", 2))
    base, adapter = _adapter_start(plan, second)  # a chain of continued stages starts from the base once
    assert base == str(tiny_model_dir) and adapter == second.parent.dir.path / "adapter"
    mid, merged_aft, continued = (next(s for s in plan.stages if (s.arm, s.index) == key)
                                  for key in (("msm", 0), ("msm", 1), ("msm_continued", 1)))
    assert continued.parent is mid and continued.dir.key != merged_aft.dir.key  # one midtrain, two AFTs
    for s in (mid, continued):
        run_planned_stage(plan, s)
    adapter = json.loads((continued.dir.path / "adapter" / "adapter_config.json").read_text())
    assert Path(adapter["base_model_name_or_path"]).resolve() == tiny_model_dir.resolve()  # not the merged model
    start = load_file(mid.dir.path / "adapter" / "adapter_model.safetensors")
    end = load_file(continued.dir.path / "adapter" / "adapter_model.safetensors")
    assert start.keys() == end.keys()  # the same adapter, trained further
    assert any((start[k] - end[k]).abs().max() > 0 for k in start)
