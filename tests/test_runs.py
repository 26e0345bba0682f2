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
