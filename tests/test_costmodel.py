"""The time estimate: reference rates, this machine's calibration (a fake clock here), the
precision the work will really run in, and what --dry-run says about where its rates come from."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml

from whyfirst import costmodel
from whyfirst.config import load_experiment
from whyfirst import precision as precision_rule
from whyfirst.costmodel import Rates, calibrate, should_autocalibrate
from whyfirst.precision import resolve_precision
from whyfirst.errors import InputError
from whyfirst.models import resolve
from whyfirst.pipeline import apply_rates, make_plan, print_plan

from test_config import tiny_experiment, write_tiny_data

MACHINE = {"cpu": "Test CPU", "arch": "x86_64", "flags": ["avx2", "fma"], "threads": 2, "gpus": [],
           "torch": "2.13.0+cpu"}


@pytest.fixture()
def no_bf16(monkeypatch: pytest.MonkeyPatch) -> None:
    """An AVX2-only CPU, whatever this machine is, and no WHYFIRST_PRECISION."""
    monkeypatch.delenv(precision_rule.PRECISION_ENV, raising=False)
    monkeypatch.setattr(precision_rule, "cpu_has_native_bf16", lambda: False)
    monkeypatch.setattr(precision_rule, "_default_device", lambda: "cpu")
    monkeypatch.setattr(costmodel, "machine_info", lambda: dict(MACHINE))


@pytest.fixture()
def exp(tmp_path: Path, tiny_model_dir: Path):
    write_tiny_data(tmp_path)
    (tmp_path / "e.yaml").write_text(yaml.safe_dump(tiny_experiment(str(tiny_model_dir))))
    return load_experiment(tmp_path / "e.yaml")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fake_probes(clock: FakeClock, train_tok_s: dict[str, float], eval_tok_s: float):
    """Probes that 'take' tokens / rate seconds on the fake clock, as the real ones time theirs."""
    def train(kind, *, base_path, data_path, config, fill, steps, timer):
        tokens = (steps - 1) * config.batch_size * config.max_length
        t0 = timer()
        clock.now += tokens / train_tok_s[kind]
        return tokens, timer() - t0

    def score(*, model_path, suite_path, precision, batch_size, timer):
        t0 = timer()
        clock.now += 500 / eval_tok_s
        return 500, timer() - t0

    return train, score


# ---------------------------------------------------------------------------------------------
# precision


def test_precision_auto_follows_hardware_and_the_env_override(no_bf16, monkeypatch) -> None:
    assert resolve_precision("auto") == "fp32"  # AVX2 only: bf16 would be emulated
    monkeypatch.setattr(precision_rule, "cpu_has_native_bf16", lambda: True)
    assert resolve_precision("auto") == "bf16"  # one rule for training, scoring and generation
    assert resolve_precision("auto", "mps") == "fp32"
    monkeypatch.setenv("WHYFIRST_PRECISION", "fp32")
    assert resolve_precision("auto") == "fp32"
    assert resolve_precision("bf16") == "bf16"  # an explicit config value is kept (it is in the key)
    monkeypatch.setenv("WHYFIRST_PRECISION", "fp16")
    with pytest.raises(InputError, match="WHYFIRST_PRECISION"):
        resolve_precision("auto")


# ---------------------------------------------------------------------------------------------
# rates


def test_reference_rates_scale_with_precision_and_say_so() -> None:
    rates = Rates(scale=1.0)
    assert rates.train_seconds("midtrain", "lora", "bf16", 5200) == pytest.approx(10.0)
    fp32 = rates.train_seconds("midtrain", "lora", "fp32", 5200)
    assert fp32 == pytest.approx(10.0 * costmodel.FP32_CPU_TRAIN_SLOWDOWN)
    assert rates.eval_seconds("fp32", 800) == pytest.approx(1.0)
    text = rates.describe()
    assert text.startswith("reference CPU, not calibrated — run with --recalibrate") and "fp32" in text
    assert Rates(scale=2.0).train_seconds("aft", "full", "bf16", 360) == pytest.approx(2.0)
    assert Rates(gpu=True).train_seconds("aft", "lora", "fp32", 520) == pytest.approx(1.0)


def test_calibration_with_a_fake_clock_drives_the_plan(exp, no_bf16, isolated_cache, tmp_path) -> None:
    model = resolve(exp.model)
    clock = FakeClock()
    train, score = fake_probes(clock, {"midtrain": 250.0, "aft": 125.0}, eval_tok_s=2000.0)
    path = calibrate(exp, model, train_probe=train, score_probe=score, timer=clock, say=lambda _: None)
    assert path.parent == isolated_cache / "calibration" and path.exists()

    rates = Rates.for_model(model)
    assert rates.train_tokens_per_s("midtrain", "lora", "fp32") == (pytest.approx(250.0), "measured")
    assert rates.train_tokens_per_s("aft", "lora", "fp32") == (pytest.approx(125.0), "measured")
    assert rates.eval_tokens_per_s("fp32") == (pytest.approx(2000.0), "measured")

    plan = make_plan(exp, tmp_path / "runs")  # picks the cached calibration up by itself
    for s in plan.stages:
        expected = s.tokens / (250.0 if s.stage.stage == "midtrain" else 125.0)
        assert s.seconds == pytest.approx(expected)
    assert all(e.seconds == pytest.approx(e.tokens / 2000.0) for e in plan.evals)
    text = plan.rates.describe()
    today = time.strftime("%Y-%m-%d")
    assert text.startswith(f"measured on this machine {today}")
    assert "midtrain (lora, fp32) 250 tok/s" in text and "aft (lora, fp32) 125 tok/s" in text
    assert "eval (fp32) 2,000 tok/s" in text and "reference" not in text


def test_calibration_is_per_machine_and_per_precision(exp, no_bf16, isolated_cache, monkeypatch) -> None:
    model = resolve(exp.model)
    clock = FakeClock()
    train, score = fake_probes(clock, {"midtrain": 250.0, "aft": 125.0}, eval_tok_s=2000.0)
    calibrate(exp, model, train_probe=train, score_probe=score, timer=clock, say=lambda _: None)
    assert Rates.for_model(model).calibration is not None
    # another thread count (or CPU, flags, torch) is another machine: not calibrated there
    other = {**MACHINE, "threads": 16}
    assert Rates.for_model(model, machine=other).calibration is None
    # forcing bf16 on this machine: the fp32 measurements do not describe it
    monkeypatch.setenv("WHYFIRST_PRECISION", "bf16")
    plan = make_plan(exp, exp.source.parent / "runs")
    assert "midtrain (lora, bf16)" in plan.rates.describe()
    assert "not calibrated" in plan.rates.describe()


def test_plain_run_calibrates_only_when_cheap(exp, no_bf16, isolated_cache) -> None:
    model = resolve(exp.model)
    rates = Rates.for_model(model)
    cost = costmodel.probe_cost_seconds(exp, rates)
    assert cost > 0
    assert should_autocalibrate(exp, rates, todo_seconds=cost / costmodel.AUTO_CALIBRATE_SHARE * 1.01)
    assert not should_autocalibrate(exp, rates, todo_seconds=cost * 2)  # the probe would be half the run
    assert not should_autocalibrate(exp, rates, todo_seconds=0)  # nothing to run
    clock = FakeClock()
    train, score = fake_probes(clock, {"midtrain": 250.0, "aft": 125.0}, eval_tok_s=2000.0)
    calibrate(exp, model, train_probe=train, score_probe=score, timer=clock, say=lambda _: None)
    assert not should_autocalibrate(exp, Rates.for_model(model), todo_seconds=1e9)  # already measured


def test_dry_run_names_its_rates(exp, no_bf16, isolated_cache, tmp_path, capsys) -> None:
    plan = make_plan(exp, tmp_path / "runs", convert_model=False)
    print_plan(plan)
    err = capsys.readouterr().err
    assert "Estimated time" in err and "not calibrated" in err and "--recalibrate" in err
    clock = FakeClock()
    train, score = fake_probes(clock, {"midtrain": 250.0, "aft": 125.0}, eval_tok_s=2000.0)
    calibrate(exp, plan.model, train_probe=train, score_probe=score, timer=clock, say=lambda _: None)
    apply_rates(plan, Rates.for_model(plan.model))
    print_plan(plan)
    err = capsys.readouterr().err
    assert "measured on this machine" in err and "250 tok/s" in err


# ---------------------------------------------------------------------------------------------
# the real probe, on the tiny model


def test_real_probe_on_the_tiny_model(exp, isolated_cache) -> None:
    model = resolve(exp.model)
    path = calibrate(exp, model, say=lambda _: None)
    rates = Rates.for_model(model)
    for kind in ("midtrain", "aft"):
        rate, source = rates.train_tokens_per_s(kind, "lora", resolve_precision(exp.stage_config(
            next(s for arm in exp.arms.values() for s in arm if s.stage == kind)).precision))
        assert source == "measured" and rate > 0
    rate, source = rates.eval_tokens_per_s(resolve_precision(exp.evaluation.precision))
    assert source == "measured" and rate > 0
    assert path.exists()


def test_precision_override_reaches_training_and_scoring(monkeypatch, tmp_path, tiny_model_dir) -> None:
    """WHYFIRST_PRECISION reaches what the trainer and the scorer actually load and run."""
    import whyfirst.models as models
    from whyfirst.evaluate.scorer import evaluate_model
    from whyfirst.train.config import TrainConfig
    from whyfirst.train.stage import training_args

    loaded = []
    real_load = models.load_causal_lm
    monkeypatch.setattr(models, "load_causal_lm",
                        lambda path, precision="fp32", device=None: loaded.append(precision) or real_load(
                            path, precision, device))
    suite = tmp_path / "s.jsonl"
    suite.write_text(json.dumps({"id": "a", "split": "in_distribution", "template": "{option_a} or {option_b}?",
                                 "options": [{"key": "a", "text": "tea"}, {"key": "b", "text": "coffee"}],
                                 "target": "a"}) + "\n")
    for env, bf16 in (("fp32", False), ("bf16", True)):
        monkeypatch.setenv("WHYFIRST_PRECISION", env)
        assert training_args("aft", TrainConfig(), tmp_path / "ck", 0).bf16 is bf16
        evaluate_model(str(tiny_model_dir), [suite], progress=False)
        assert loaded[-1] == env
    # an explicit config value is part of the stage key: kept whatever the environment says
    assert training_args("aft", TrainConfig(precision="fp32"), tmp_path / "ck", 0).bf16 is False


def test_a_model_of_unknown_size_is_said_so(isolated_cache, tmp_path) -> None:
    from whyfirst.models import ResolvedModel

    unconverted = ResolvedModel("qwen-0.5b", str(tmp_path / "not-converted"), "fp", "Qwen", "Alibaba Cloud")
    rates = Rates.for_model(unconverted, machine={"gpus": []})
    assert not rates.size_known and rates.scale == 1.0
    rates.train_seconds("midtrain", "lora", "fp32", 1000)
    assert "size is unknown" in rates.describe() and "whyfirst models --convert" in rates.describe()
    (tmp_path / "sized").mkdir()
    (tmp_path / "sized" / "config.json").write_text('{"hidden_size": 896, "num_hidden_layers": 24, "vocab_size": 151936}')
    sized = Rates.for_model(ResolvedModel("m", str(tmp_path / "sized"), "fp2", "M", "P"), machine={"gpus": []})
    assert sized.size_known and sized.scale > 2
    sized.train_seconds("midtrain", "lora", "fp32", 1000)
    assert "size is unknown" not in sized.describe()
