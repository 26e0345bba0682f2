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
              # far from the training text: the leakage audit, run before any training, passes
              "options": [{"key": "a", "text": "the Harley"}, {"key": "b", "text": "the Honda"}]}
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
    (lambda c: c["training"]["midtrain"].update(learning_rate=-1), "training.midtrain.learning_rate",
     "greater than 0"),
    (lambda c: c["arms"]["msm"][0].update(stage="pretrain"), "arms.msm.0.stage", "midtrain"),
    (lambda c: c["arms"]["msm"][0].update(data="nope"), "arms.msm.0.data", "'nope' is not a name under `corpora`"),
    (lambda c: c.update(seeds=[]), "seeds", "at least 1"),
    (lambda c: c.update(colour="blue"), "colour", "unknown field"),
    (lambda c: c["analysis"]["primary"].update(a="ghost"), "analysis.primary.a", "names arm 'ghost'"),
    (lambda c: c["analysis"]["primary"].update(suite="ghost"), "analysis.primary.suite", "names suite 'ghost'"),
    (lambda c: c["arms"]["msm"][0].update(params={"learning_rate": "fast"}),
     "arms.msm.0.params.learning_rate", "valid number"),
    (lambda c: c.pop("arms"), "arms", "required field is missing"),
    (lambda c: c["training"]["aft"].update(method="qlora"), "training.aft.method", "'lora' or 'full'"),
    (lambda c: c.update(name="bad name!"), "name", "letters, digits"),
    (lambda c: c["arms"]["aft_only"][0].update(params={"continue_adapter": True}),
     "arms.aft_only.0.params.continue_adapter", "needs a LoRA stage before it"),
    (lambda c: c["arms"]["msm"][1].update(params={"continue_adapter": True, "lora_r": 8}),
     "arms.msm.1.params.lora_r", "differs from the previous stage's 16"),
    (lambda c: c["training"]["aft"].update(report_to=["tensorbored"]), "training.aft.report_to",
     "not a logging integration"),
])
def test_each_bad_field_gets_a_specific_message(exp_dir: Path, mutate, field: str, words: str) -> None:
    cfg = tiny_experiment("default")
    mutate(cfg)
    path = dump(exp_dir / "bad.yaml", cfg)
    with pytest.raises(InputError) as info:
        load_experiment(path)
    text = str(info.value)
    assert str(path) in text
    assert f"field '{field}'" in text
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


# Wrong *types* (not just wrong values): each once crashed the path resolution with a
# traceback before pydantic saw it, or must still name the field that is wrong.
@pytest.mark.parametrize("change, field, words", [
    ({"corpora": ["a", "b"]}, "corpora", "valid dictionary"),
    ({"corpora": 5}, "corpora", "valid dictionary"),
    ({"corpora": {"c": {"spec": "x.md"}}}, "corpora.c.path", "required field is missing"),
    ({"arms": {"x": 3}}, "arms.x", "valid list"),
    ({"seeds": "zero"}, "seeds", "valid list"),
    ({"suites": {"a": 1}}, "suites", "valid list"),
    ({"suites": 5}, "suites", "valid list"),
    ({"suites": [{"name": "s"}]}, "suites.0.path", "required field is missing"),
    ({"training": 5}, "training", "valid dictionary"),
    ({"training": {"midtrain": 5}}, "training.midtrain", "valid dictionary"),
    ({"chats": ["a"]}, "chats", "valid dictionary"),
])
def test_wrong_types_name_the_file_and_field_path(exp_dir: Path, change: dict, field: str, words: str) -> None:
    cfg = tiny_experiment("default")
    cfg.update(change)
    path = dump(exp_dir / "typed.yaml", cfg)
    with pytest.raises(InputError) as info:
        load_experiment(path)
    text = str(info.value)
    assert text.startswith(f"{path}: field '{field}': ")
    assert words in text


def _paths(obj: object, prefix: tuple = ()):
    yield prefix
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else []
    for k, v in items:
        yield from _paths(v, prefix + (k,))


def test_any_wrong_type_at_any_field_is_an_input_error(exp_dir: Path) -> None:
    """Every field of a valid config, replaced by each kind of wrong value: always InputError."""
    base = tiny_experiment("default")
    wrong = [5, "zero", [1, "a"], {"x": 3}, None, 1.5, True, {7: 1}, [], {}, ""]
    tried = 0
    for where in [p for p in _paths(base) if p]:
        for value in wrong:
            cfg = json.loads(json.dumps(base))
            node = cfg
            for k in where[:-1]:
                node = node[k]
            node[where[-1]] = value
            path = dump(exp_dir / "fuzz.yaml", cfg)
            try:
                load_experiment(path)
            except InputError as e:
                assert str(e).startswith(str(path)), e
            tried += 1
    assert tried > 400


def test_folder_or_binary_file_is_an_input_error(exp_dir: Path) -> None:
    cfg = tiny_experiment("default")
    cfg["chats"]["chats"] = "data"  # a folder, not a file
    with pytest.raises(InputError, match="is a folder"):
        load_experiment(dump(exp_dir / "f.yaml", cfg))
    (exp_dir / "bin.yaml").write_bytes(b"\xff\xfe\x00name: x")
    with pytest.raises(InputError, match="cannot read"):
        load_experiment(exp_dir / "bin.yaml")


def test_cli_exits_2_on_a_wrong_type_without_a_traceback(exp_dir: Path) -> None:
    import os
    import subprocess
    import sys

    cfg = tiny_experiment("default")
    cfg["corpora"] = ["a", "b"]
    path = dump(exp_dir / "typed.yaml", cfg)
    proc = subprocess.run([sys.executable, "-m", "whyfirst", "run", str(path), "--dry-run", "--runs",
                           str(exp_dir / "runs")], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "200"})
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "typed.yaml" in proc.stderr and "field 'corpora'" in proc.stderr
    assert not (exp_dir / "runs").exists()


# --- extends: a variant states only what differs ----------------------------------------------

def test_a_variant_extends_its_parent_as_a_merge_patch(exp_dir: Path) -> None:
    dump(exp_dir / "exp.yaml", tiny_experiment("default"))
    (exp_dir / "variants").mkdir()
    variant = exp_dir / "variants" / "v.yaml"
    variant.write_text(yaml.safe_dump({
        "extends": "../exp.yaml", "name": "tiny-v", "seeds": [0, 1],
        "training": {"aft": {"batch_size": 4}},      # merged into the parent's aft block
        "arms": {"base": None}}))                      # null removes an inherited arm
    parent, child = load_experiment(exp_dir / "exp.yaml"), load_experiment(variant)
    assert (child.name, child.seeds) == ("tiny-v", [0, 1])
    assert child.training["aft"] == {**parent.training["aft"], "batch_size": 4}
    assert child.training["midtrain"] == parent.training["midtrain"]
    assert list(child.arms) == [a for a in parent.arms if a != "base"]
    # the parent's relative data paths stay relative to the parent's file, not the variant's
    assert child.corpora["c"].path == parent.corpora["c"].path
    assert child.corpora["c"].path.is_file()
    assert child.source == variant


def test_builtin_variants_are_their_parent_plus_what_they_state() -> None:
    cheese, qwen, full = (load_experiment(n) for n in ("cheese", "cheese-qwen", "cheese-full"))
    assert qwen.model_dump(exclude={"name", "model"}) == cheese.model_dump(exclude={"name", "model"})
    assert full.seeds == [0, 1, 2] and full.training["aft"]["epochs"] == 3
    assert full.analysis == cheese.analysis and full.arms == cheese.arms


@pytest.mark.parametrize("extends, name, words", [
    (3, "v", "must name one experiment"),
    ("no-such-experiment", "v", "no built-in experiment"),
    ("missing.yaml", "v", "not found"),
    ("v.yaml", "v", "extends itself"),
    ("../exp.yaml", None, "needs its own name"),
    ("../exp.yaml", "tiny", "the same name as the experiment it extends"),
])
def test_bad_extends_names_the_file_and_field(exp_dir: Path, extends, name, words: str) -> None:
    dump(exp_dir / "exp.yaml", tiny_experiment("default"))
    (exp_dir / "variants").mkdir()
    variant = exp_dir / "variants" / "v.yaml"
    variant.write_text(yaml.safe_dump({"extends": extends, **({"name": name} if name else {})}))
    with pytest.raises(InputError) as e:
        load_experiment(variant)
    assert words in str(e.value) and str(e.value).startswith(f"{variant}: field '")
