"""Sweeps: arms expanded over a grid of stage parameters, shared stages, curves and the data
multiplier (checked on synthetic curves where it is known exactly), and the report section."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
import yaml

from test_config import tiny_experiment, write_tiny_data
from whyfirst.analyze import analyze
from whyfirst.analyze.sweep import analyze_sweep, crossings, multipliers_from_curves
from whyfirst.analyze.synthetic import synthetic_results
from whyfirst.config import BUILTIN_DIR, Experiment, load_experiment
from whyfirst.errors import InputError
from whyfirst.sweep import arm_name
from whyfirst.train.data import nested_subset
from whyfirst.train.data import seeded_cycle


# ---------------------------------------------------------------- nested subsets

def test_nested_subset_is_seeded_and_nested() -> None:
    n = 252
    sizes = [0, 8, 16, 32, 64, 128, 252]
    subsets = {k: nested_subset(n, k, seed=3) for k in sizes}
    for small, large in zip(sizes, sizes[1:]):
        assert set(subsets[small]) <= set(subsets[large])
        assert subsets[large][:small] == subsets[small]  # a prefix: the order is nested too
    assert sorted(subsets[252]) == list(range(n))
    assert all(len(set(s)) == len(s) == k for k, s in subsets.items())
    assert nested_subset(n, 32, seed=3) == subsets[32]  # deterministic
    assert nested_subset(n, 32, seed=4) != subsets[32]
    # the same chats a fractional epoch trains on: the first pass of the training stream
    assert subsets[64] == list(islice(seeded_cycle(n, 3), 64))
    with pytest.raises(ValueError):
        nested_subset(10, 11, 0)
    with pytest.raises(ValueError):
        nested_subset(10, -1, 0)


# ---------------------------------------------------------------- config

@pytest.fixture()
def exp_dir(tmp_path: Path) -> Path:
    write_tiny_data(tmp_path)
    return tmp_path


def swept(model: str = "default", **sweep) -> dict:
    cfg = tiny_experiment(model)
    cfg["sweep"] = {"arms": ["aft_only", "msm"], "params": {"aft.epochs": [1, 2, 0.5]}, **sweep}
    cfg["analysis"]["primary"] = {"a": "msm@aft.epochs=0.5", "b": "aft_only@aft.epochs=2", "suite": "s"}
    return cfg


def load(dirpath: Path, cfg: dict, name: str = "e.yaml") -> Experiment:
    (dirpath / name).write_text(yaml.safe_dump(cfg, sort_keys=False))
    return load_experiment(dirpath / name)


def test_sweep_expands_arms_in_place(exp_dir: Path) -> None:
    exp = load(exp_dir, swept())
    assert list(exp.arms) == ["base", "aft_only@aft.epochs=1", "aft_only@aft.epochs=2", "aft_only@aft.epochs=0.5",
                              "msm@aft.epochs=1", "msm@aft.epochs=2", "msm@aft.epochs=0.5"]
    assert exp.arms["base"] == []
    mt, aft = exp.arms["msm@aft.epochs=0.5"]
    assert mt.stage == "midtrain" and mt.params == {}
    assert aft.stage == "aft" and aft.params == {"epochs": 0.5}
    assert exp.stage_config(aft).epochs == 0.5 and exp.stage_config(aft).max_length == 64
    # round trip: validating the expanded experiment again changes nothing
    again = Experiment.model_validate(exp.model_dump())
    assert again.arms == exp.arms and again.sweep == exp.sweep


def test_sweep_grid_of_two_params(exp_dir: Path) -> None:
    cfg = swept()
    cfg["sweep"]["params"] = {"aft.epochs": [1, 2], "aft.learning_rate": [1e-4, 3e-4]}
    cfg["analysis"]["primary"] = {"a": "msm@aft.epochs=2,aft.learning_rate=0.0003", "b": "base", "suite": "s"}
    exp = load(exp_dir, cfg)
    names = [a for a in exp.arms if a.startswith("msm@")]
    assert names == ["msm@aft.epochs=1,aft.learning_rate=0.0001", "msm@aft.epochs=1,aft.learning_rate=0.0003",
                     "msm@aft.epochs=2,aft.learning_rate=0.0001", "msm@aft.epochs=2,aft.learning_rate=0.0003"]
    assert exp.arms[names[3]][1].params == {"epochs": 2, "learning_rate": 3e-4}


def test_sweep_overrides_stage_params_and_leaves_other_stages(exp_dir: Path) -> None:
    cfg = swept()
    cfg["arms"]["msm"][1]["params"] = {"epochs": 5, "learning_rate": 1e-3}
    exp = load(exp_dir, cfg)
    assert exp.arms["msm@aft.epochs=2"][1].params == {"epochs": 2, "learning_rate": 1e-3}


@pytest.mark.parametrize("mutate, field, words", [
    (lambda c: c["sweep"].update(arms=["aft_only", "nope"]), "sweep.arms.1", "'nope' is not an arm"),
    (lambda c: c["sweep"].update(params={"aft.no_such_field": [1]}), "sweep.params.aft.no_such_field",
     "not a training parameter"),
    (lambda c: c["sweep"].update(params={"sft.epochs": [1]}), "sweep.params.sft.epochs", "stage kind"),
    (lambda c: c["sweep"].update(params={"midtrain.max_tokens": [64, 128]}), "sweep.params.midtrain.max_tokens",
     "arm 'aft_only' has no midtrain stage"),
    (lambda c: c["sweep"].update(params={"aft.epochs": [1, -1]}), "sweep.params.aft.epochs.1", "greater than 0"),
    (lambda c: c["sweep"].update(params={"aft.epochs": [1, 1.0]}), "sweep.params.aft.epochs", "repeat"),
    (lambda c: c["sweep"].update(params={"aft.epochs": []}), "sweep.params.aft.epochs", "at least one"),
    (lambda c: c["sweep"].update(target="base"), "sweep.target", "not a swept arm"),
    (lambda c: c["sweep"].update(suite="nope"), "sweep.suite", "'nope'"),
    (lambda c: c["sweep"].update(target="aft_only", params={"aft.method": ["lora", "full"]}),
     "sweep.params.aft.method", "numbers > 0"),
    (lambda c: c["analysis"]["primary"].update(a="msm@aft.epochs=3"), "analysis.primary.a", "msm@aft.epochs=3"),
    (lambda c: c["analysis"]["primary"].update(a="msm"), "analysis.primary.a", "'msm'"),
])
def test_bad_sweep_names_file_and_field(exp_dir: Path, mutate, field: str, words: str) -> None:
    cfg = swept()
    mutate(cfg)
    with pytest.raises(InputError) as err:
        load(exp_dir, cfg, "bad.yaml")
    text = str(err.value)
    assert "bad.yaml" in text and field in text and words in text, text


def test_sweep_shares_unswept_stages_in_the_plan(exp_dir: Path, tiny_model_dir: Path) -> None:
    from whyfirst.pipeline import make_plan

    exp = load(exp_dir, swept(str(tiny_model_dir)))
    plan = make_plan(exp, exp_dir / "runs", convert_model=False)
    msm = [a for a in exp.arms if a.startswith("msm@")]
    mid_keys = {plan.arm_chains[(a, 0)][0] for a in msm}
    aft_keys = {plan.arm_chains[(a, 0)][1] for a in msm}
    assert len(mid_keys) == 1  # one midtraining stage for every AFT size
    assert len(aft_keys) == 3
    assert [s.stage.stage for s in plan.stages].count("midtrain") == 1
    assert len(plan.stages) == 1 + 3 + 3 and len(plan.evals) == 7
    # AFT-only at a size and MSM at the same size differ only in their parent
    assert plan.arm_chains[("aft_only@aft.epochs=2", 0)][0] not in aft_keys
    # the same epochs as the unswept default (1) gives the unswept stage's key
    plain = load(exp_dir, tiny_experiment(str(tiny_model_dir)), "plain.yaml")
    plain_plan = make_plan(plain, exp_dir / "runs", convert_model=False)
    assert plain_plan.arm_chains[("msm", 0)] == plan.arm_chains[("msm@aft.epochs=1", 0)]


def test_builtin_sweep_experiments_load() -> None:
    for name in ("cheese-efficiency", "rules-vs-values-efficiency"):
        exp = load_experiment(name)
        assert exp.sweep is not None and exp.sweep.target == "aft_only"
        for c in [exp.analysis.primary, *exp.analysis.secondary]:
            assert c.a in exp.arms and c.b in exp.arms
        bases = {a.split("@")[0] for a in exp.arms}
        assert set(exp.sweep.arms) <= bases and "base" in exp.arms


def _with_model(name: str, model_dir: Path, out: Path) -> Path:
    raw = yaml.safe_load((BUILTIN_DIR / f"{name}.yaml").read_text())
    assert raw["model"].startswith("/path/to/")
    raw["model"] = str(model_dir)
    fix = lambda p: str((BUILTIN_DIR / p).resolve())  # noqa: E731
    for c in raw["corpora"].values():
        c["path"], c["spec"] = fix(c["path"]), fix(c["spec"])
    raw["chats"] = {k: fix(v) for k, v in raw["chats"].items()}
    for s in raw["suites"]:
        s["path"] = fix(s["path"])
    out.write_text(yaml.safe_dump(raw, sort_keys=False))
    return out


def test_paper_experiments_dry_run_from_config_json_alone(tmp_path: Path) -> None:
    """A 14B model directory holding only config.json (no weights, no tokenizer) plans."""
    model = tmp_path / "Qwen2.5-14B-Instruct"
    model.mkdir()
    (model / "config.json").write_text(json.dumps({
        "architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 5120,
        "intermediate_size": 13824, "num_hidden_layers": 48, "num_attention_heads": 40,
        "num_key_value_heads": 8, "vocab_size": 152064}))
    for name in ("paper-cheese", "paper-rules-vs-values"):
        exp = load_experiment(BUILTIN_DIR / f"{name}.yaml")  # the placeholder loads
        cfg = exp.stage_config(exp.arms["aft_only"][0])
        assert (cfg.lora_r, cfg.lora_alpha, cfg.learning_rate, cfg.lr_scheduler, cfg.epochs, cfg.max_length) == (
            64, 128, 1e-4, "cosine", 1, 8192)
        mid = exp.stage_config(next(s for st in exp.arms.values() for s in st if s.stage == "midtrain"))
        assert (mid.lora_r, mid.learning_rate, mid.max_tokens, mid.max_length) == (64, 1e-4, None, 8192)
    path = _with_model("paper-cheese", model, tmp_path / "paper-cheese.yaml")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "WHYFIRST_CACHE": str(tmp_path / "cache"), "COLUMNS": "160"}
    proc = subprocess.run([sys.executable, "-m", "whyfirst", "run", str(path), "--runs", str(tmp_path / "runs"),
                           "--dry-run"], env=env, capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "midtrain:america" in out and "to run" in out and "Estimated time" in out
    assert not (tmp_path / "runs/paper-cheese/stages").exists() or not any(
        (tmp_path / "runs/paper-cheese/stages").glob("*/manifest.json"))


# ---------------------------------------------------------------- curve arithmetic

XS = [8, 16, 32, 64, 128, 252]


def f(n: float) -> float:
    return 0.35 + 0.08 * math.log(n)


def test_multiplier_is_exact_on_shifted_curves() -> None:
    target = [f(n) for n in XS]
    # reference = f(log 4n): the target needs 4x; in the grid while 4N <= 252
    got = multipliers_from_curves(XS, target, XS, [f(4 * n) for n in XS])
    assert [m.status for m in got] == ["reached"] * 3 + ["not_reached"] * 3
    assert all(m.multiplier == pytest.approx(4.0, rel=1e-12) for m in got[:3])
    assert got[0].x_needed == pytest.approx(32)
    # off the grid points: linear in log n is exact for a curve linear in log n
    got = multipliers_from_curves(XS, target, XS, [f(3 * n) for n in XS])
    assert [m.multiplier for m in got[:4]] == pytest.approx([3.0] * 4, rel=1e-12)
    assert got[4].status == "not_reached" and got[4].multiplier is None
    assert got[4].at_least == pytest.approx(252 / 128) and got[4].x_needed is None


def test_not_reached_below_grid_and_lower_is_better() -> None:
    never = multipliers_from_curves(XS, [0.5] * 6, [8], [0.9])[0]
    assert never.status == "not_reached" and not never.reached and never.multiplier is None
    assert "not reach" in never.note and never.at_least == pytest.approx(252 / 8)
    below = multipliers_from_curves(XS, [0.9] * 6, [16], [0.6])[0]
    assert below.status == "below_grid" and below.multiplier == pytest.approx(0.5) and below.at_most == 0.5
    exact = multipliers_from_curves(XS, [0.6] + [0.9] * 5, [16], [0.6])[0]
    assert exact.status == "reached" and exact.multiplier == pytest.approx(0.5)
    # a decreasing metric (e.g. a misaligned-choice rate): lower is better
    down = [1.0 - f(n) for n in XS]
    got = multipliers_from_curves(XS, down, XS[:2], [1.0 - f(4 * n) for n in XS[:2]], higher_is_better=False)
    assert [m.multiplier for m in got] == pytest.approx([4.0, 4.0])


def test_non_monotonic_curve_uses_the_first_crossing() -> None:
    xs = [1, 2, 4, 8, 16]
    ys = [0.1, 0.5, 0.2, 0.9, 1.0]  # up, dips, up again
    x, code = crossings(np.array(xs, float), np.array([ys]), np.array([0.3]))
    assert code[0] == 0 and x[0] == pytest.approx(2 ** 0.5)  # between 1 and 2: t = 0.5 in log x
    x, code = crossings(np.array(xs, float), np.array([ys]), np.array([0.7]))
    assert x[0] == pytest.approx(4 * 2 ** (5 / 7))  # past the dip, between 4 and 8
    x, code = crossings(np.array(xs, float), np.array([ys, ys]), np.array([0.5, 2.0]))
    assert list(code) == [0, 2] and x[0] == pytest.approx(2) and math.isnan(x[1])
    with pytest.raises(ValueError):
        crossings(np.array([2.0, 1.0]), np.array([[0.1, 0.2]]), np.array([0.1]))


# ---------------------------------------------------------------- from scored items

GRID = [1, 2, 4, 8, 16]


def sweep_experiment(tmp: Path, **sweep_extra) -> Experiment:
    return Experiment.model_validate({
        "name": "sweep_demo",
        "corpora": {"america": {"path": str(tmp / "america.jsonl")}},
        "chats": {"chats": str(tmp / "chats.jsonl")},
        "arms": {"base": [], "aft_only": [{"stage": "aft", "data": "chats"}],
                 "msm_america": [{"stage": "midtrain", "data": "america"}, {"stage": "aft", "data": "chats"}]},
        "suites": [{"name": s, "path": str(tmp / f"{s}.jsonl")} for s in ("in_distribution", "value_conflict")],
        "sweep": {"arms": ["aft_only", "msm_america"], "params": {"aft.epochs": GRID},
                  "target": "aft_only", **sweep_extra},
        "analysis": {"primary": {"a": "msm_america@aft.epochs=1", "b": "aft_only@aft.epochs=1",
                                 "suite": "value_conflict", "split": "out_of_distribution"},
                     "bootstrap": 400},
    })


def shifted_results(seeds=(0,), seed_sd: float = 0.0, noise_sd: float = 0.0):
    """Target's logit shift = g(log2 n), the reference's = g(log2 4n): multiplier exactly 4."""
    shift = lambda n: 0.4 * np.log2(n)  # noqa: E731
    arms = {"base": {}}
    for n in GRID:
        arms[arm_name("aft_only", {"aft.epochs": n})] = {"value_conflict": shift(n)}
        arms[arm_name("msm_america", {"aft.epochs": n})] = {"value_conflict": shift(4 * n)}
    results, items = synthetic_results(arms, {"in_distribution": 10, "value_conflict": 48}, list(seeds),
                                       seed_sd=seed_sd, noise_sd=noise_sd, rng_seed=1)
    return results, items


def test_analyze_sweep_recovers_a_known_multiplier(tmp_path: Path) -> None:
    exp = sweep_experiment(tmp_path)
    results, _ = shifted_results()
    sw = analyze_sweep(results, exp)
    assert sw.param == "aft.epochs" and sw.suite == "value_conflict" and sw.split == "out_of_distribution"
    assert [c.family for c in sw.curves] == ["aft_only", "msm_america"]
    assert [p.x for p in sw.curves[0].points] == GRID
    means = [p.mean for p in sw.curves[0].points]
    assert means == sorted(means) and all(p.ci_low < p.mean < p.ci_high for p in sw.curves[0].points)
    # the curve points are the report's arm metrics
    an = analyze(results, exp.analysis)
    for p in sw.curves[1].points:
        m = an.metric_for(p.arm, "value_conflict", "out_of_distribution")
        assert (p.mean, p.ci_low, p.ci_high, p.n_items) == (m.mean, m.ci_low, m.ci_high, m.n_items)
    by_n = {m.x_reference: m for m in sw.multipliers}
    assert [m.reference for m in sw.multipliers] == ["msm_america"] * len(GRID)
    for n in (1, 2, 4):
        m = by_n[n]
        assert m.status == "reached" and m.multiplier == pytest.approx(4.0, rel=1e-9)
        # items are shared: in every resample the target at 4N equals the reference at N
        assert m.ci_low == pytest.approx(4.0, rel=1e-9) and m.ci_high == pytest.approx(4.0, rel=1e-9)
        assert m.share_not_reached == 0.0 and m.n_items > 0
    for n in (8, 16):
        m = by_n[n]
        assert m.status == "not_reached" and m.multiplier is None and m.ci_high_open
        assert m.at_least == pytest.approx(16 / n) and m.share_not_reached == 1.0


def test_analyze_sweep_with_seeds_noise_and_pooled_suites(tmp_path: Path) -> None:
    exp = sweep_experiment(tmp_path, suite=["value_conflict", "in_distribution"], split="all",
                           references=["msm_america"])
    results, _ = shifted_results(seeds=(0, 1), seed_sd=0.05, noise_sd=0.2)
    sw = analyze_sweep(results, exp)
    assert sw.suite == "value_conflict+in_distribution" and sw.split == "all"
    assert all(p.n_seeds == 2 and p.n_items == 58 for c in sw.curves for p in c.points)
    m = next(m for m in sw.multipliers if m.x_reference == 2)
    assert m.status == "reached" and 2.0 < m.multiplier < 8.0
    assert m.ci_low is not None and (m.ci_high is None or m.ci_low <= m.multiplier <= m.ci_high)
    # same inputs, same numbers
    assert analyze_sweep(results, exp) == sw


def test_no_multiplier_without_target_and_missing_arms_are_noted(tmp_path: Path) -> None:
    exp = sweep_experiment(tmp_path, target=None)
    results, _ = shifted_results()
    del results[("msm_america@aft.epochs=16", 0)]
    sw = analyze_sweep(results, exp)
    assert sw.multipliers == []
    assert len(sw.curves[1].points) == len(GRID) - 1
    assert any("msm_america@aft.epochs=16" in n for n in sw.notes)


# ---------------------------------------------------------------- report

def test_report_shows_the_sweep_only_when_there_is_one(tmp_path: Path) -> None:
    from whyfirst.report import write_report

    exp = sweep_experiment(tmp_path)
    results, items = shifted_results()
    an = analyze(results, exp.analysis)
    html = write_report(tmp_path / "with", experiment=exp, analysis=an, results=results,
                        items_by_id=items).read_text()
    assert 'id="sweep"' in html and "How it scales: aft.epochs" in html
    assert "aft_only → msm_america" in html and "4.00×" in html and "(not reached)" in html
    assert html.count("data:image/png;base64,") >= 2
    summary = json.loads((tmp_path / "with/summary.json").read_text())
    assert summary["sweep"]["multipliers"][0]["multiplier"] == pytest.approx(4.0)

    plain = exp.model_copy(update={"sweep": None})
    html = write_report(tmp_path / "without", experiment=plain, analysis=an, results=results,
                        items_by_id=items).read_text()
    assert 'id="sweep"' not in html
    assert "sweep" not in json.loads((tmp_path / "without/summary.json").read_text())


def test_sweep_also_draws_more_views_of_the_same_curves(tmp_path: Path) -> None:
    """`also` adds (suite, split) views: here in-distribution, where the shift is zero."""
    from whyfirst.report import write_report

    exp = sweep_experiment(tmp_path, also=[{"suite": "in_distribution", "split": "in_distribution"}])
    results, items = shifted_results()
    main = analyze_sweep(results, exp)
    view = analyze_sweep(results, exp, view=exp.sweep.also[0])
    assert (main.suite, view.suite, view.split) == ("value_conflict", "in_distribution", "in_distribution")
    assert main.multipliers[0].multiplier == pytest.approx(4.0)
    # no shift in distribution: both families sit at the same level at every size
    for a, b in zip(view.curves[0].points, view.curves[1].points):
        assert a.mean == pytest.approx(b.mean, abs=1e-9)
    html = write_report(tmp_path / "out", experiment=exp, analysis=analyze(results, exp.analysis),
                        results=results, items_by_id=items).read_text()
    assert 'id="sweep"' in html and 'id="sweep-2"' in html
    assert "How it scales: aft.epochs — in_distribution" in html
    summary = json.loads((tmp_path / "out/summary.json").read_text())
    assert summary["sweep"]["suite"] == "value_conflict"
    assert [s["suite"] for s in summary["sweep_also"]] == ["in_distribution"]
    with pytest.raises(ValueError, match="sweep.also.0.suite"):
        sweep_experiment(tmp_path, also=[{"suite": "nope"}])


def test_non_numeric_sweep_draws_curves_without_multiplier(tmp_path: Path) -> None:
    from whyfirst.report import write_report

    exp = Experiment.model_validate({
        **sweep_experiment(tmp_path).model_dump(exclude={"arms", "sweep", "analysis"}),
        "arms": {"aft_only": [{"stage": "aft", "data": "chats"}]},
        "sweep": {"arms": ["aft_only"], "params": {"aft.method": ["lora", "full"]}},
        "analysis": {"primary": {"a": "aft_only@aft.method=full", "b": "aft_only@aft.method=lora",
                                 "suite": "value_conflict"}, "bootstrap": 200},
    })
    results, items = synthetic_results({"aft_only@aft.method=lora": {}, "aft_only@aft.method=full": {}},
                                       {"value_conflict": 12})
    sw = analyze_sweep(results, exp)
    assert [(p.x, p.label) for p in sw.curves[0].points] == [(None, "lora"), (None, "full")]
    assert sw.multipliers == [] and any("no data multiplier" in n for n in sw.notes)
    html = write_report(tmp_path / "r", experiment=exp, analysis=analyze(results, exp.analysis),
                        results=results, items_by_id=items).read_text()
    assert "How it scales: aft.method" in html


def test_two_param_grid_gives_one_family_per_other_value(tmp_path: Path) -> None:
    exp = sweep_experiment(tmp_path)
    exp = Experiment.model_validate({**exp.model_dump(exclude={"arms"}),
                                     "arms": {"aft_only": [{"stage": "aft", "data": "chats"}],
                                              "msm_america": [{"stage": "midtrain", "data": "america"},
                                                              {"stage": "aft", "data": "chats"}]},
                                     "sweep": {"arms": ["aft_only", "msm_america"], "target": "aft_only",
                                               "params": {"aft.learning_rate": [1e-4, 3e-4], "aft.epochs": [1, 2, 4]},
                                               "x": "aft.epochs"},
                                     "analysis": {**exp.analysis.model_dump(),
                                                  "primary": {"a": "aft_only@aft.learning_rate=0.0001,aft.epochs=1",
                                                              "b": "aft_only@aft.learning_rate=0.0003,aft.epochs=1",
                                                              "suite": "value_conflict"}}})
    arms = {a: {"value_conflict": 0.3 * np.log2(int(a[-1]))} for a in exp.arms}
    results, _ = synthetic_results(arms, {"value_conflict": 16}, noise_sd=0.0)
    sw = analyze_sweep(results, exp)
    assert [c.family for c in sw.curves] == [
        "aft_only@aft.learning_rate=0.0001", "aft_only@aft.learning_rate=0.0003",
        "msm_america@aft.learning_rate=0.0001", "msm_america@aft.learning_rate=0.0003"]
    assert sw.curves[0].fixed == {"aft.learning_rate": 1e-4} and [p.x for p in sw.curves[0].points] == [1, 2, 4]
    pairs = {(m.target, m.reference) for m in sw.multipliers}
    assert pairs == {("aft_only@aft.learning_rate=0.0001", "msm_america@aft.learning_rate=0.0001"),
                     ("aft_only@aft.learning_rate=0.0003", "msm_america@aft.learning_rate=0.0003")}
    assert all(m.multiplier == pytest.approx(1.0) for m in sw.multipliers)  # identical curves
