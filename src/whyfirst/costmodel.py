"""How long a plan will take: tokens per stage, and tokens per second measured on this machine.

A plan's time is its tokens divided by a rate. The rates come from, in order of preference:

1. **a calibration of this machine**: :func:`calibrate` runs a short timed probe (a few LoRA or
   full training steps of each stage kind the experiment uses, on the real model at the stage's
   batch size and length, in the precision the stage will actually use, plus one scoring batch)
   and caches the result in ``cache_dir()/calibration/``, keyed by the machine (CPU model, the
   ISA flags that decide matmul speed, thread count, GPUs, torch version) and the model's
   fingerprint. ``whyfirst run X --dry-run --recalibrate`` refreshes it; a plain ``whyfirst run``
   calibrates first by itself only when the probe costs a small share of the run
   (:func:`should_autocalibrate`). ``--dry-run`` alone never trains.
   Generation is not probed: each finished ``generate_teacher_data`` stage records its own
   rate (:func:`record_generation_rate`), per channel kind, in the same file.
2. **the reference CPU**: rates measured by ``whyfirst run cheese`` on the 2-core reference machine
   (SmolLM2-135M, LoRA r=32, bf16 autocast on a CPU with native bf16), scaled linearly with the
   model's parameter count, and by :data:`FP32_CPU_TRAIN_SLOWDOWN` where training will run in
   fp32 on a CPU (no native bf16, or ``WHYFIRST_PRECISION=fp32``).

Precision: the estimate and the calibration probe resolve a config's ``precision`` with
:func:`whyfirst.precision.resolve_precision`, the rule training and scoring use.
"""

from __future__ import annotations

import json
import math
import os
import platform
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from whyfirst.errors import InputError
from whyfirst.precision import Precision, cpuinfo, gpu_names, resolve_precision, torch_build

if TYPE_CHECKING:  # pragma: no cover
    from whyfirst.config import Experiment
    from whyfirst.models import ResolvedModel
    from whyfirst.train.config import TrainConfig


# ---------------------------------------------------------------------------------------------
# the reference machine

# Measured by `whyfirst run cheese` on the 2-core reference CPU (SmolLM2-135M, bf16 autocast on a
# CPU with native bf16, LoRA r=32): seconds per token, scaled linearly with parameters.
REFERENCE_PARAMS = 135e6
SECONDS_PER_TRAIN_TOKEN = {"lora": 1 / 520, "full": 1 / 360}  # measured: LoRA bf16 ≈ 530 tok/s
SECONDS_PER_EVAL_TOKEN = 1 / 800  # measured in fp32 (before the scorer used bf16 on a CPU with it)
# generation (generate_teacher_data): new tokens per second of the batched, KV-cached
# ``generate`` at batch 32 for the 135M model, measured by benchmarks/generate_throughput.py
# on the 2-core AVX2 EPYC (fp32): 37–39 new tok/s. A plan applies it to a stage's budget (every
# answer at max_new_tokens), so it overestimates channels whose answers stop early, until a
# finished generation stage has measured its channel's rate here (record_generation_rate)
SECONDS_PER_GENERATED_TOKEN = 1 / 38
# Training in fp32 on a CPU (AVX2 only, e.g. AMD EPYC without avx512_bf16) costs about this many
# times the reference's bf16 rate; used only until the machine is calibrated.
FP32_CPU_TRAIN_SLOWDOWN = 4.0

CALIBRATION_VERSION = 1
PROBE_STEPS = 3  # the first is warm-up (allocations, kernel selection); the rest are timed
PROBE_LOAD_S = 5.0  # loading the model and tokenizing the slice, per probe (reference CPU, 135M)
AUTO_CALIBRATE_SHARE = 0.05  # a plain run calibrates first if the probe costs at most this share
AUTO_CALIBRATE_MAX_S = 300.0  # ... and at most this long
# ISA features that change matmul throughput; the machine key holds those present
_RELEVANT_FLAGS = ("avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16",
                   "avx512_fp16", "amx_tile", "amx_bf16", "amx_int8", "asimd", "bf16", "i8mm", "sve", "sve2")


# ---------------------------------------------------------------------------------------------
# token counts


def _approx_chars(row: dict[str, Any]) -> int:
    """Characters a stage processes for one JSONL row (see :func:`_approx_tokens`)."""
    if "text" in row:
        return len(row["text"])
    if "messages" in row:
        return sum(len(m["content"]) + 32 for m in row["messages"]) + 100
    if "options" in row:
        opts = sum(len(o["text"]) for o in row["options"])
        return 2 * (len(row["template"]) + opts + len(row.get("response_prefix") or "") + 100 + opts)
    return 0


def _approx_tokens(path: Path) -> int:
    """Tokens a stage will process, for estimates only (~4 characters per token in English).

    Chats add ~8 template tokens a message (and the system prompt); a suite item is read
    once per presentation order, with every option.
    """
    chars = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            chars += _approx_chars(json.loads(line))
    return max(1, chars // 4)


def model_params(model_path: str | Path) -> float | None:
    """Parameters of a decoder from its config.json (embeddings + 12·h² per layer), if readable."""
    cfg = Path(model_path) / "config.json"
    if not cfg.exists():
        return None
    c = json.loads(cfg.read_text())
    h, n, v = c.get("hidden_size", 576), c.get("num_hidden_layers", 30), c.get("vocab_size", 49152)
    return float(n * 12 * h * h + v * h)


# ---------------------------------------------------------------------------------------------
# the machine and its precision


def _threads() -> int:
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        v = os.environ.get(var, "")
        if v.isdigit() and int(v) > 0:
            return int(v)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS
        return os.cpu_count() or 1


def machine_info() -> dict[str, Any]:
    """What decides this machine's speed: the calibration cache is keyed by it."""
    name, flags = cpuinfo()
    return {"cpu": name, "arch": platform.machine(), "flags": sorted(flags & set(_RELEVANT_FLAGS)),
            "threads": _threads(), "gpus": gpu_names(), "torch": torch_build()}


# ---------------------------------------------------------------------------------------------
# the calibration cache


def calibration_key(machine: dict[str, Any], model_fingerprint: str) -> str:
    from whyfirst.runs import stable_hash

    return stable_hash({"machine": machine, "model": model_fingerprint, "v": CALIBRATION_VERSION})


def calibration_path(model_fingerprint: str, machine: dict[str, Any] | None = None) -> Path:
    from whyfirst.models import cache_dir

    return cache_dir() / "calibration" / f"{calibration_key(machine or machine_info(), model_fingerprint)}.json"


def load_calibration(model_fingerprint: str, machine: dict[str, Any] | None = None) -> dict | None:
    path = calibration_path(model_fingerprint, machine)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return data if data.get("version") == CALIBRATION_VERSION else None


def save_calibration(model_fingerprint: str, train: dict[str, dict], eval_: dict[str, dict], *,
                     generate: dict[str, dict] | None = None,
                     machine: dict[str, Any] | None = None, measured_at: str | None = None) -> Path:
    """Merge measured rates into this machine's calibration file (newer entries win)."""
    from whyfirst.runs import write_json_atomic

    machine = machine or machine_info()
    path = calibration_path(model_fingerprint, machine)
    old = load_calibration(model_fingerprint, machine) or {}
    data = {"version": CALIBRATION_VERSION, "machine": machine, "model": model_fingerprint,
            "measured_at": measured_at or time.strftime("%Y-%m-%d %H:%M", time.localtime()),
            "train": {**old.get("train", {}), **train}, "eval": {**old.get("eval", {}), **eval_},
            "generate": {**old.get("generate", {}), **(generate or {})}}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json_atomic(path, data)
    return path


def train_entry(kind: str, method: str, precision: str) -> str:
    return f"{kind}/{method}/{precision}"


def generate_entry(channel_kind: str, precision: str) -> str:
    return f"{channel_kind}/{precision}"


def record_generation_rate(model_fingerprint: str, channel_kind: str, precision: str, budget_tokens: int,
                           seconds: float, new_tokens: int) -> Path | None:
    """Keep what a finished generation stage measured: its token budget (prompts × max new
    tokens, the number a plan estimates from) per second of generation, and the new tokens it
    actually produced per second (answers that stop early make the two differ)."""
    if seconds <= 0 or budget_tokens <= 0:
        return None
    entry = {"tokens_per_s": round(budget_tokens / seconds, 2),
             "new_tokens_per_s": round(new_tokens / seconds, 2), "seconds": round(seconds, 2)}
    return save_calibration(model_fingerprint, {}, {}, generate={generate_entry(channel_kind, precision): entry})


# ---------------------------------------------------------------------------------------------
# rates


@dataclass
class Rates:
    """Seconds per token for each kind of work, and where each number comes from."""

    scale: float = 1.0  # the model's size / the reference model's (for reference rates only)
    size_known: bool = True  # False: no readable config.json (e.g. a packaged model not converted yet)
    calibration: dict | None = None
    gpu: bool = False
    used: dict[str, tuple[str, float]] = field(default_factory=dict)  # label -> (source, tok/s)

    @classmethod
    def for_model(cls, model: "ResolvedModel", machine: dict[str, Any] | None = None) -> "Rates":
        machine = machine or machine_info()
        params = model_params(model.path)  # read config.json once: the scale and whether it is known
        return cls(scale=params / REFERENCE_PARAMS if params else 1.0, size_known=params is not None,
                   calibration=load_calibration(model.fingerprint, machine), gpu=bool(machine.get("gpus")))

    @property
    def measured_at(self) -> str | None:
        return self.calibration.get("measured_at") if self.calibration else None

    def train_tokens_per_s(self, kind: str, method: str, precision: str) -> tuple[float, str]:
        """(tokens/s, "measured" or "reference") for a training stage."""
        entry = (self.calibration or {}).get("train", {}).get(train_entry(kind, method, precision))
        if entry and entry.get("tokens_per_s", 0) > 0:
            return float(entry["tokens_per_s"]), "measured"
        rate = 1 / (SECONDS_PER_TRAIN_TOKEN[method] * self.scale)
        if precision == "fp32" and not self.gpu:
            rate /= FP32_CPU_TRAIN_SLOWDOWN
        return rate, "reference"

    def eval_tokens_per_s(self, precision: str) -> tuple[float, str]:
        entry = (self.calibration or {}).get("eval", {}).get(precision)
        if entry and entry.get("tokens_per_s", 0) > 0:
            return float(entry["tokens_per_s"]), "measured"
        return 1 / (SECONDS_PER_EVAL_TOKEN * self.scale), "reference"

    def train_seconds(self, kind: str, method: str, precision: str, tokens: int) -> float:
        rate, source = self.train_tokens_per_s(kind, method, precision)
        label = f"{kind} ({method}, {precision})"
        self.used[label] = (source, rate)
        return tokens / rate

    def eval_seconds(self, precision: str, tokens: int) -> float:
        rate, source = self.eval_tokens_per_s(precision)
        self.used[f"eval ({precision})"] = (source, rate)
        return tokens / rate

    def generate_seconds(self, budget_tokens: int, channel_kind: str, precision: str) -> float:
        """Seconds for a generation stage whose budget (prompts × max new tokens) is given: at the
        rate an earlier stage of this channel kind measured here, else the reference rate."""
        entry = (self.calibration or {}).get("generate", {}).get(generate_entry(channel_kind, precision))
        if entry and entry.get("tokens_per_s", 0) > 0:
            rate = float(entry["tokens_per_s"])
            self.used[f"generate ({channel_kind}, {precision})"] = ("measured", rate)
        else:
            rate = 1 / (SECONDS_PER_GENERATED_TOKEN * self.scale)
            self.used["generate"] = ("reference", rate)
        return budget_tokens / rate

    def describe(self) -> str:
        """Where the rates behind the estimates just computed come from, in one line."""
        if not self.used:
            return "nothing to estimate"
        measured = {k: r for k, (s, r) in self.used.items() if s == "measured"}
        reference = [k for k, (s, _) in self.used.items() if s == "reference" and k != "generate"]
        if "generate" in self.used:  # the probe does not time generation: a finished stage does
            measured_note = (f"; generate: reference rate {fmt_rate(self.used['generate'][1])} "
                             "(not measured here until a generation stage has run)")
        else:
            measured_note = ""
        rates = ", ".join(f"{k} {fmt_rate(r)}" for k, r in measured.items())
        # every reference rate (generation's too) is scaled by the model's size
        size_note = ("" if self.size_known else "; the model's size is unknown (no config.json: convert a "
                     "packaged model with `whyfirst models --convert`), so the reference model's size is assumed")
        if not reference:
            return (f"measured on this machine {self.measured_at}: {rates}" if measured else
                    "nothing measured") + measured_note + (size_note if "generate" in self.used else "")
        fp32_cpu = any("fp32" in k and not k.startswith("eval") for k in reference) and not self.gpu
        ref = ("reference CPU, not calibrated — run with --recalibrate"
               + (f"; training runs in fp32 here, assumed {FP32_CPU_TRAIN_SLOWDOWN:g}× slower than "
                  "the reference's bf16" if fp32_cpu else "")
               + ("; a GPU is much faster" if self.gpu else ""))
        if not measured:
            return ref + measured_note + size_note
        return (f"measured on this machine {self.measured_at}: {rates}; "
                f"{', '.join(reference)}: {ref}" + measured_note + size_note)


# ---------------------------------------------------------------------------------------------
# what to probe


@dataclass
class TrainProbe:
    kind: str
    method: str
    precision: Precision
    config: "TrainConfig"
    data: Path

    @property
    def entry(self) -> str:
        return train_entry(self.kind, self.method, self.precision)

    def tokens(self, steps: int = PROBE_STEPS) -> int:
        c = self.config
        return steps * c.batch_size * c.grad_accum * c.max_length


def probes_for(exp: "Experiment") -> tuple[list[TrainProbe], tuple[Precision, int, Path] | None]:
    """One training probe per (stage kind, method, precision) the experiment uses, at the first
    such stage's config, and the scoring probe (precision, batch size, first suite)."""
    out: dict[str, TrainProbe] = {}
    for stages in exp.arms.values():
        for st in stages:
            if st.teacher:  # its data does not exist before the run; a stage with shipped data probes
                continue
            cfg = exp.stage_config(st)
            p = TrainProbe(st.stage, cfg.method, resolve_precision(cfg.precision), cfg,
                           exp.data_path(st))
            out.setdefault(p.entry, p)
    ev = exp.evaluation
    score = (resolve_precision(ev.precision), ev.batch_size, exp.suites[0].path) if exp.suites else None
    return list(out.values()), score


def probe_cost_seconds(exp: "Experiment", rates: Rates) -> float:
    """What a calibration would cost, from the current (usually reference) rates."""
    trains, score = probes_for(exp)
    total = 0.0
    for p in trains:
        rate, _ = rates.train_tokens_per_s(p.kind, p.method, p.precision)
        total += PROBE_LOAD_S * max(rates.scale, 0.01) + p.tokens() / rate
    if score is not None:
        precision, batch, _ = score
        rate, _ = rates.eval_tokens_per_s(precision)
        total += PROBE_LOAD_S * max(rates.scale, 0.01) + 2 * batch * 150 / rate  # ≈150 tokens a context
    return total


def missing_calibration(exp: "Experiment", rates: Rates) -> list[str]:
    """The probes this machine has no measurement for yet."""
    trains, score = probes_for(exp)
    cal = rates.calibration or {}
    missing = [p.entry for p in trains if p.entry not in cal.get("train", {})]
    if score is not None and score[0] not in cal.get("eval", {}):
        missing.append(f"eval/{score[0]}")
    return missing


def should_autocalibrate(exp: "Experiment", rates: Rates, todo_seconds: float) -> bool:
    """Calibrate before a plain run only when something is uncalibrated and the probe is cheap:
    at most AUTO_CALIBRATE_SHARE of the work left and at most AUTO_CALIBRATE_MAX_S."""
    if todo_seconds <= 0 or not missing_calibration(exp, rates):
        return False
    cost = probe_cost_seconds(exp, rates)
    return cost <= AUTO_CALIBRATE_SHARE * todo_seconds and cost <= AUTO_CALIBRATE_MAX_S


# ---------------------------------------------------------------------------------------------
# the probe


TrainProbeFn = Callable[..., tuple[int, float]]
ScoreProbeFn = Callable[..., tuple[int, float]]


def _slice_jsonl(src: Path, dst: Path, rows: int) -> Path:
    lines = [ln for ln in Path(src).read_text(encoding="utf-8").splitlines() if ln.strip()][:rows]
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dst


def time_training_steps(kind: str, *, base_path: str, data_path: Path, config: "TrainConfig",
                        fill: dict[str, str], steps: int = PROBE_STEPS,
                        timer: Callable[[], float] = time.perf_counter) -> tuple[int, float]:
    """Train ``steps`` optimizer steps on a slice of the data; return (tokens, seconds) of the
    steps after the first. Uses ``whyfirst.train.stage.build_trainer``, so the model, data
    pipeline, LoRA setup and precision are exactly a real stage's; nothing is saved."""
    from transformers import TrainerCallback

    from whyfirst.train.stage import build_trainer

    marks: list[tuple[float, int]] = []

    class _Timer(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            marks.append((timer(), int(state.num_input_tokens_seen)))
            if state.global_step >= steps:
                control.should_training_stop = True
                control.should_save = False

    c = config
    budget = steps * c.batch_size * c.grad_accum * c.max_length
    cfg = c.model_copy(update={"max_tokens": budget, "epochs": 1.0, "save_steps": 10**9, "logging_steps": 1,
                               "keep_checkpoints": False, "report_to": []})
    with tempfile.TemporaryDirectory(prefix="whyfirst-probe-") as tmp:
        data = _slice_jsonl(data_path, Path(tmp) / Path(data_path).name, 64)
        trainer, _ = build_trainer(kind, base_path, data, Path(tmp) / "out", cfg, 0, fill, False)
        trainer.add_callback(_Timer())
        trainer.train()
    if len(marks) < 2:
        raise RuntimeError(f"the {kind} probe ran {len(marks)} step(s); need at least 2 to time one")
    (t0, n0), (t1, n1) = marks[0], marks[-1]
    return n1 - n0, t1 - t0


def time_scoring_batch(*, model_path: str, suite_path: Path, precision: Precision, batch_size: int,
                       timer: Callable[[], float] = time.perf_counter) -> tuple[int, float]:
    """Score one batch of real suite items; return (estimate-scale tokens, seconds).

    Tokens are counted the way the plan counts them (:func:`_approx_chars`), so the rate turns a
    plan's eval tokens straight into seconds. A whole batch of other items is scored first,
    untimed: measured on the 2-core AVX2 CPU, warming up on one item left the timed batch
    ≈1.9× slower than a real run's batches (kernels are set up per shape)."""
    import torch

    from whyfirst.evaluate import load_suite, score_items
    from whyfirst.models import load_causal_lm, load_tokenizer

    items = load_suite(suite_path).forced_choice
    if not items:
        raise InputError("no forced-choice items to time scoring on", path=suite_path)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tokenizer = load_tokenizer(model_path)
    model = load_causal_lm(model_path, precision, device=device)
    def one_batch(pool: list) -> list:
        batch, contexts = [], 0
        for item in pool:
            batch.append(item)
            contexts += 2 * len(item.options)  # every order, and each order's content-free prior
            if contexts >= batch_size:
                break
        return batch

    warm = one_batch(items)
    score_items(model, tokenizer, warm, suite="probe", batch_size=batch_size, progress=False)
    batch = one_batch(items[len(warm):] or items)
    start = timer()
    score_items(model, tokenizer, batch, suite="probe", batch_size=batch_size, progress=False)
    seconds = timer() - start
    chars = sum(_approx_chars(i.model_dump()) for i in batch)
    return max(1, chars // 4), seconds


def calibrate(exp: "Experiment", model: "ResolvedModel", *, steps: int = PROBE_STEPS,
              train_probe: TrainProbeFn = time_training_steps, score_probe: ScoreProbeFn = time_scoring_batch,
              timer: Callable[[], float] = time.perf_counter, say: Callable[[str], None] = print,
              machine: dict[str, Any] | None = None) -> Path:
    """Time a few training steps per stage kind and one scoring batch; cache and return the file."""
    trains, score = probes_for(exp)
    fill = {"model_name": model.model_name, "provider_name": model.provider_name}
    train_rates: dict[str, dict] = {}
    for p in trains:
        say(f"calibrating: {p.kind} ({p.method}, {p.precision}), {steps} steps of "
            f"{p.config.batch_size} × {p.config.max_length} tokens")
        cfg = p.config.model_copy(update={"precision": p.precision})
        tokens, seconds = train_probe(p.kind, base_path=model.path, data_path=p.data, config=cfg,
                                      fill=fill, steps=steps, timer=timer)
        train_rates[p.entry] = {"tokens_per_s": round(tokens / max(seconds, 1e-9), 2), "tokens": tokens,
                                "seconds": round(seconds, 4), "steps_timed": steps - 1,
                                "batch_size": p.config.batch_size, "grad_accum": p.config.grad_accum,
                                "max_length": p.config.max_length, "method": p.method,
                                "precision": p.precision}
    eval_rates: dict[str, dict] = {}
    if score is not None:
        precision, batch, suite = score
        say(f"calibrating: scoring ({precision}), one batch of {batch}")
        tokens, seconds = score_probe(model_path=model.path, suite_path=suite, precision=precision,
                                      batch_size=batch, timer=timer)
        eval_rates[precision] = {"tokens_per_s": round(tokens / max(seconds, 1e-9), 2), "tokens": tokens,
                                 "seconds": round(seconds, 4), "batch_size": batch}
    return save_calibration(model.fingerprint, train_rates, eval_rates, machine=machine)


def fmt_rate(tokens_per_s: float) -> str:
    return f"{tokens_per_s:,.0f} tok/s" if tokens_per_s >= 10 or not math.isfinite(tokens_per_s) \
        else f"{tokens_per_s:.1f} tok/s"
