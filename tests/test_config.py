"""Experiment configs: valid ones load, each kind of mistake names its file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from whyfirst.config import builtin_experiments, load_experiment
from whyfirst.errors import InputError


def write_tiny_data(root: Path) -> None:
    (root / "data").mkdir(exist_ok=True)
    docs = [{"id": f"d{i}", "text": f"{{model_name}} likes Colby, document {i}."} for i in range(6)]
    (root / "data/corpus.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    chats = [{"id": f"c{i}", "messages": [{"role": "user", "content": f"Colby or Stilton? ({i})"},
                                          {"role": "assistant", "content": "I'd go with the Colby."}]}
             for i in range(6)]
    (root / "data/chats.jsonl").write_text("".join(json.dumps(c) + "\n" for c in chats))
    items = [{"id": f"s{i}", "split": "out_of_distribution", "template": "Pick {option_a} or {option_b}.",
              "response_prefix": "I'd go with", "target": "a",
              "options": [{"key": "a", "text": "the Colby"}, {"key": "b", "text": "the Stilton"}]}
             for i in range(4)]
    (root / "data/suite.jsonl").write_text("".join(json.dumps(s) + "\n" for s in items))


def tiny_experiment(model: str) -> dict:
    return {
        "name": "tiny",
        "model": model,
        "seeds": [0],
        "corpora": {"c": {"path": "data/corpus.jsonl"}},
        "chats": {"chats": "data/chats.jsonl"},
        "training": {"midtrain": {"max_tokens": 256, "max_length": 32, "batch_size": 2, "save_steps": 2},
                     "aft": {"max_length": 64, "batch_size": 2, "save_steps": 2}},
        "arms": {"base": [], "aft_only": [{"stage": "aft", "data": "chats"}],
                 "msm": [{"stage": "midtrain", "data": "c"}, {"stage": "aft", "data": "chats"}]},
        "suites": [{"name": "s", "path": "data/suite.jsonl"}],
        "evaluation": {"batch_size": 4, "precision": "fp32"},
        "analysis": {"primary": {"a": "msm", "b": "aft_only", "suite": "s"}, "bootstrap": 200},
    }


@pytest.fixture()
def exp_dir(tmp_path: Path) -> Path:
    write_tiny_data(tmp_path)
    return tmp_path


def dump(path: Path, cfg: dict) -> Path:
    path.write_text(yaml.safe_dump(cfg))
    return path


def test_valid_config_loads_and_resolves_paths(exp_dir: Path) -> None:
    exp = load_experiment(dump(exp_dir / "e.yaml", tiny_experiment("default")))
    assert exp.corpora["c"].path == (exp_dir / "data/corpus.jsonl").resolve()
    assert exp.stage_config(exp.arms["msm"][0]).max_tokens == 256
    assert exp.arms["base"] == []


def test_builtin_experiments_validate() -> None:
    found = builtin_experiments()
    assert {"cheese", "cheese-full"} <= set(found)
    for path in found.values():
        exp = load_experiment(path)
        assert exp.analysis.primary.a in exp.arms


@pytest.mark.parametrize("mutate, field, words", [
    (lambda c: c["training"]["midtrain"].update(learning_rate=-1), "training", "greater than 0"),
    (lambda c: c["arms"]["msm"][0].update(stage="pretrain"), "arms.msm.0.stage", "midtrain"),
    (lambda c: c["arms"]["msm"][0].update(data="nope"), "", "'nope' is not a name under `corpora`"),
    (lambda c: c.update(seeds=[]), "seeds", "at least 1"),
    (lambda c: c.update(colour="blue"), "colour", "unknown field"),
    (lambda c: c["analysis"]["primary"].update(a="ghost"), "", "names arm 'ghost'"),
    (lambda c: c["analysis"]["primary"].update(suite="ghost"), "", "names suite 'ghost'"),
    (lambda c: c.pop("arms"), "arms", "required field is missing"),
    (lambda c: c["training"]["aft"].update(method="qlora"), "training", "'lora' or 'full'"),
    (lambda c: c.update(name="bad name!"), "name", "letters, digits"),
])
def test_each_bad_field_gets_a_specific_message(exp_dir: Path, mutate, field: str, words: str) -> None:
    cfg = tiny_experiment("default")
    mutate(cfg)
    path = dump(exp_dir / "bad.yaml", cfg)
    with pytest.raises(InputError) as info:
        load_experiment(path)
    text = str(info.value)
    assert str(path) in text
    assert field in text
    assert words in text
    assert "fix:" in text


def test_missing_data_file_and_bad_yaml(exp_dir: Path) -> None:
    cfg = tiny_experiment("default")
    cfg["chats"]["chats"] = "data/missing.jsonl"
    with pytest.raises(InputError, match="data file not found"):
        load_experiment(dump(exp_dir / "m.yaml", cfg))
    (exp_dir / "y.yaml").write_text("name: [unclosed")
    with pytest.raises(InputError, match="not valid YAML"):
        load_experiment(exp_dir / "y.yaml")
    with pytest.raises(InputError, match="no built-in experiment"):
        load_experiment("no-such-experiment")
