"""What `whyfirst run` checks before any training: the leakage audit stops a run whose
out-of-distribution items resemble training text (or warns, when told to); and one progress
display per stage (transformers' own bars are off)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from whyfirst.config import load_experiment
from whyfirst.errors import InputError
from whyfirst.pipeline import check_leakage, make_plan, quiet_library_bars

from test_config import tiny_experiment, write_tiny_data
from test_pipeline import whyfirst

LEAK = {"id": "leak0", "split": "out_of_distribution", "template": "Colby or Stilton? (0) {option_a} or {option_b}",
        "response_prefix": "I'd go with", "target": "a",
        "options": [{"key": "a", "text": "the Colby"}, {"key": "b", "text": "the Stilton"}]}


def planted(root: Path, model_dir: Path, action: str | None = None) -> Path:
    """The tiny experiment with one suite item that copies a training chat."""
    write_tiny_data(root)
    with open(root / "data/suite.jsonl", "a") as f:
        f.write(json.dumps(LEAK) + "\n")
    cfg = tiny_experiment(str(model_dir))
    if action:
        cfg["analysis"]["leakage_action"] = action
    (root / "e.yaml").write_text(yaml.safe_dump(cfg))
    return root / "e.yaml"


def test_planted_leak_stops_the_run_before_training(tmp_path: Path, tiny_model_dir: Path) -> None:
    cfg = planted(tmp_path, tiny_model_dir)
    proc = whyfirst("run", str(cfg), "--runs", "runs", cwd=tmp_path)
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 2, out
    text = " ".join(out.split())  # rich wraps long lines
    assert "leakage audit flagged 1 out-of-distribution item" in text
    assert "data/suite.jsonl" in text and "leak0" in text  # the suite file and the item
    assert "data/chats.jsonl (record 1)" in text  # the training file (and record) it matched
    assert "leakage_action: warn" in text  # how to run anyway
    stages = tmp_path / "runs/tiny/stages"
    assert not stages.exists() or not any(stages.iterdir()), "nothing may be trained"
    assert (tmp_path / "runs/tiny/leakage.json").exists()  # the audit is kept for the report


def test_leakage_action_warn_goes_on(tmp_path: Path, tiny_model_dir: Path, isolated_cache, capsys) -> None:
    exp = load_experiment(planted(tmp_path, tiny_model_dir, action="warn"))
    plan = make_plan(exp, tmp_path / "runs")
    report = check_leakage(plan)
    assert not report["passed"]
    err = " ".join(capsys.readouterr().err.split())
    assert "warning:" in err and "leak0" in err and "run goes on" in err
    # the same audit, stop (the default): an InputError, which the CLI turns into exit 2
    strict = load_experiment(planted(tmp_path, tiny_model_dir))
    with pytest.raises(InputError, match="leak0"):
        check_leakage(make_plan(strict, tmp_path / "runs"))


def test_clean_tiny_experiment_passes_the_audit(tmp_path: Path, tiny_model_dir: Path, isolated_cache) -> None:
    write_tiny_data(tmp_path)
    (tmp_path / "e.yaml").write_text(yaml.safe_dump(tiny_experiment(str(tiny_model_dir))))
    plan = make_plan(load_experiment(tmp_path / "e.yaml"), tmp_path / "runs")
    assert check_leakage(plan)["passed"]


def test_transformers_bars_are_off(tiny_model_dir: Path, monkeypatch, capfd) -> None:
    from transformers import AutoModelForCausalLM
    from transformers.utils import logging as hf_logging

    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)  # restored afterwards
    was = hf_logging.is_progress_bar_enabled()
    try:
        quiet_library_bars()
        model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
        model.save_pretrained(tiny_model_dir.parent / "resaved")
        err = capfd.readouterr().err
        assert "Loading weights" not in err and "Writing model shards" not in err
    finally:
        if was:
            hf_logging.enable_progress_bar()
