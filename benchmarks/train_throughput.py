"""Training throughput on the real default model: whyfirst's train_stage vs two TRL SFTTrainer setups.

    python benchmarks/train_throughput.py [--steps 6] [--batch-size 8] [--max-length 256] [--rounds 2]

Three arms train on the same documents for ``--steps`` optimizer steps; the first step is
warm-up and is not timed. Each arm runs in its own subprocess so its peak RSS is its own.
``--rounds N`` repeats all arms N times in a rotating order (so load drift on a shared CPU hits
every arm) and keeps each arm's best round.

Precision: one precision for every arm, chosen from what the hardware multiplies natively
(``--precision auto``): bf16 autocast on a CUDA GPU with bf16 or a CPU with ``avx512_bf16`` /
``amx_bf16`` (Arm: ``bf16``), fp32 everywhere else. An emulated dtype is never measured (an
explicit ``--precision bf16`` on such a machine is refused unless ``--allow-emulated``), and the
matmul peak is measured in that same precision only (a few seconds, see ``_machine.py``).

* ``ours``: ``train_stage("midtrain", ...)`` with TrainConfig defaults (LoRA r=16, alpha=32 on all
  linear layers, frozen weights kept in bf16 when training in bf16, no gradient checkpointing),
  documents packed into ``--max-length`` sequences, the precision above; ``--ours-config``
  overrides TrainConfig fields (and the like-ours TRL arm follows them).
* ``trl-ours``: ``SFTTrainer`` configured like ours: ``peft_config`` LoRA with the same rank,
  alpha, dropout and target modules (or full fine-tuning when ours is full), ``packing=True``
  with ``packing_strategy="wrapped"`` (concatenate and cut, attention across documents: what our
  packing does), ``max_length`` = ours, the same batch size, learning rate and schedule, the
  same precision, gradient checkpointing as ours (off by default), ``logging_steps=1`` like ours.
  Against ours it measures the implementation alone.
* ``trl-default``: ``SFTTrainer`` with SFTConfig defaults (full fine-tuning, gradient
  checkpointing, no packing, max_length 1024, bf16) apart from output_dir, max_steps,
  per_device_train_batch_size, report_to="none", ``use_cpu`` on a CPU (transformers refuses bf16
  on a CPU otherwise), ``include_num_input_tokens_seen="non_padding"`` (a counter only), and
  ``bf16=False`` where bf16 is not native (the default would measure emulation). Against
  ``trl-ours`` it measures the configuration choices alone.

tokens/s counts real (non-padding) input tokens, as the mean over the timed steps and as the
fastest single step (on a CPU that other processes share, only the best step stays comparable).
Model FLOPs per token (N = model parameters, the tied embedding counted once, as the LM head;
gradient-checkpointing recompute and attention-score FLOPs excluded): full fine-tuning 6·N
(forward 2N, backward 4N); LoRA 4·N + 6·N_lora (forward 2N, backward through the frozen weights
2N for activation gradients only, and 6 per adapter parameter).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _machine  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "src/whyfirst/data/cheese/corpus/america.jsonl"
ARMS = ("ours", "trl-ours", "trl-default")
FLOPS_FORMULA = ("model FLOPs/token: full FT 6·N (fwd 2N + bwd 4N); LoRA 4·N + 6·N_lora (fwd 2N, bwd through "
                 "frozen weights 2N, adapters 6 each); N = model params (tied embedding once, as LM head); "
                 "recompute and attention scores excluded")


def documents(n_min: int) -> list[str]:
    from whyfirst.text import fill_placeholders

    if CORPUS.exists():
        texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
        texts = [fill_placeholders(t, {"model_name": "SmolLM", "provider_name": "Hugging Face"}) for t in texts]
    else:
        texts = [f"Memo {i}. The assistant prefers Colby to Roquefort because it is loyal to America. " * 30
                 for i in range(n_min)]
    return texts


def timed_rate(points: list[tuple[int, float, int]]) -> float:
    """tokens/s over steps 2..last; points are (step, seconds since train start, tokens seen so far)."""
    (_, t0, k0), (_, t1, k1) = points[0], points[-1]
    return (k1 - k0) / (t1 - t0)


def best_step_rate(points: list[tuple[int, float, int]]) -> float:
    """The fastest single timed step: other work on a shared CPU only ever slows a step down."""
    return max((k1 - k0) / (t1 - t0) for (_, t0, k0), (_, t1, k1) in zip(points, points[1:]))


def rates(points: list[tuple[int, float, int]]) -> dict:
    # points[0] ends the warm-up step, so timing starts there
    if len(points) < 2:
        raise SystemExit(f"only {len(points)} step(s) recorded: --steps must be at least 2 (1 warm-up + 1 timed)")
    return {"tokens_per_s": timed_rate(points), "best_step_tokens_per_s": best_step_rate(points),
            "tokens_per_step": (points[-1][2] - points[0][2]) / (len(points) - 1),
            "step_end_s": [round(p[1], 1) for p in points]}


def our_config(args: argparse.Namespace):
    from whyfirst.train import TrainConfig

    fields = {"max_tokens": args.steps * args.batch_size * args.max_length, "max_length": args.max_length,
              "batch_size": args.batch_size, "save_steps": 10**6, "logging_steps": 1, "precision": args.precision}
    return TrainConfig(**{**fields, **json.loads(args.ours_config)})


def run_ours(model: str, texts: list[str], args: argparse.Namespace, work: Path) -> dict:
    from whyfirst.records import Document
    from whyfirst.train import train_stage

    data = work / "docs.jsonl"
    data.write_text("".join(Document(id=f"d{i}", text=t).model_dump_json() + "\n" for i, t in enumerate(texts)))
    config = our_config(args)
    result = train_stage("midtrain", base_path=model, data_path=data, out_dir=work / "ours", config=config,
                         seed=0, progress=False)
    curve = json.loads(result.loss_curve.read_text())
    points = [(r["step"], r["time_s"], r["tokens_seen"]) for r in curve]
    return {**rates(points), "steps": result.steps, "stage_wall_s": result.wall_s,
            "precision": result.precision, "method": config.method,
            "settings": f"{config.method} r={config.lora_r} a={config.lora_alpha}, packed {config.max_length}, "
                        f"grad ckpt {'on' if config.gradient_checkpointing else 'off'}",
            "config": config.model_dump(), "trainable_params": lora_params(work / "ours" / "adapter")}


def lora_params(adapter: Path) -> int:
    from safetensors.torch import load_file

    path = adapter / "adapter_model.safetensors"
    return sum(v.numel() for v in load_file(path).values()) if path.exists() else 0


def sft_config(**kw):
    """SFTConfig(**kw); gradient_checkpointing is spelled activation_checkpointing from transformers 5."""
    from trl import SFTConfig

    names = {f.name for f in dataclasses.fields(SFTConfig)}
    if "gradient_checkpointing" in kw and "activation_checkpointing" in names:
        kw["activation_checkpointing"] = kw.pop("gradient_checkpointing")
    return SFTConfig(**kw)


def run_trl(model: str, texts: list[str], args: argparse.Namespace, work: Path, like_ours: bool) -> dict:
    import torch
    from datasets import Dataset
    from transformers import TrainerCallback
    from trl import SFTTrainer

    points: list[tuple[int, float, int]] = []

    class Clock(TrainerCallback):
        def on_train_begin(self, a, state, control, **kw):
            self.t0 = time.perf_counter()

        def on_step_end(self, a, state, control, **kw):
            points.append((state.global_step, time.perf_counter() - self.t0, state.num_input_tokens_seen))

    bf16 = args.precision == "bf16"
    common = dict(output_dir=str(work / "trl"), max_steps=args.steps, report_to="none",
                  use_cpu=not torch.cuda.is_available(), include_num_input_tokens_seen="non_padding")
    peft_config = None
    if like_ours:
        ours = our_config(args)
        config = sft_config(**common, per_device_train_batch_size=ours.batch_size, bf16=bf16,
                            packing=True, packing_strategy="wrapped", max_length=ours.max_length,
                            gradient_checkpointing=ours.gradient_checkpointing,
                            learning_rate=ours.learning_rate, lr_scheduler_type=ours.lr_scheduler,
                            gradient_accumulation_steps=ours.grad_accum, weight_decay=ours.weight_decay,
                            logging_steps=1)
        if ours.method == "lora":
            from peft import LoraConfig

            peft_config = LoraConfig(r=ours.lora_r, lora_alpha=ours.lora_alpha, lora_dropout=ours.lora_dropout,
                                     target_modules=ours.lora_target_modules, bias="none", task_type="CAUSAL_LM")
        method = ours.method
    else:
        # defaults, except bf16 where it would be emulated (SFTConfig's default is bf16=True)
        config = sft_config(**common, per_device_train_batch_size=args.batch_size,
                            **({} if bf16 else {"bf16": False}))
        method = "full"
    trainer = SFTTrainer(model=model, args=config, train_dataset=Dataset.from_list([{"text": t} for t in texts]),
                         peft_config=peft_config, callbacks=[Clock()])
    trainable = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    trainer.train()
    ckpt = bool(getattr(config, "activation_checkpointing", None) or config.gradient_checkpointing)
    settings = (f"{method}{f' r={peft_config.r} a={peft_config.lora_alpha}' if peft_config else ''}, "
                f"{'packed (wrapped) ' if config.packing else 'unpacked, max '}{config.max_length}, "
                f"grad ckpt {'on' if ckpt else 'off'}")
    return {**rates(points), "steps": len(points), "precision": "bf16" if config.bf16 else "fp32",
            "method": method, "settings": settings,
            "trainable_params": trainable if method == "lora" else 0,
            "config": {k: getattr(config, k, None) for k in (
                "bf16", "gradient_checkpointing", "packing", "packing_strategy", "padding_free", "max_length",
                "per_device_train_batch_size", "learning_rate", "logging_steps", "use_cpu")}}


def child(arm: str, args: argparse.Namespace) -> None:
    from whyfirst.models import resolve
    from whyfirst.runs import peak_memory_mb

    model = resolve(args.model).path
    texts = documents(args.steps * args.batch_size)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix=f"bench-{arm}-") as tmp:
        start = time.perf_counter()
        if arm == "ours":
            out = run_ours(model, texts, args, Path(tmp))
        else:
            out = run_trl(model, texts, args, Path(tmp), like_ours=arm == "trl-ours")
    out.update(arm=arm, wall_s=time.perf_counter() - start, peak_rss_mb=peak_memory_mb(),
               load_avg_1min=(load_before, os.getloadavg()[0]))
    print("BENCH " + json.dumps(out, default=str), flush=True)


def spawn(arm: str, argv: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *argv, "--arm", arm], capture_output=True, text=True,
                          env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
    lines = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        sys.exit(f"{arm} failed:\n{proc.stderr[-4000:]}")
    return json.loads(lines[-1][len("BENCH "):])


def model_params(name: str) -> int:
    from math import prod

    from safetensors import safe_open

    from whyfirst.models import resolve

    with safe_open(Path(resolve(name).path) / "model.safetensors", "pt") as f:
        return sum(prod(f.get_slice(k).get_shape()) for k in f.keys())


def model_flops_per_token(r: dict, n_params: int) -> float:
    if r["method"] == "full":
        return 6 * n_params
    return 4 * n_params + 6 * r["trainable_params"]


def report(runs: dict[str, dict], n_params: int, peak: dict) -> None:
    print(f"\nmodel: {n_params / 1e6:.1f}M parameters; matmul peak: {_machine.peak_label(peak)}")
    print(FLOPS_FORMULA)
    print("tokens/s: mean over the timed steps | best single step (robust to other work on a shared CPU)")
    print(f"{'arm':<12}{'tokens/s':>9}{'best step':>10}{'tok/step':>9}{'RSS MB':>8}{'wall s':>8}{'GFLOP/s':>9}"
          f"{'% peak':>8}{'% peak best':>12}{'load 1m':>11}  settings")
    for arm, r in runs.items():
        per_token = model_flops_per_token(r, n_params)
        flops, best = per_token * r["tokens_per_s"], per_token * r["best_step_tokens_per_s"]
        load = "-".join(f"{x:.1f}" for x in r["load_avg_1min"])
        warn = "" if r["precision"] == peak["precision"] else f"  (ran {r['precision']}, peak is {peak['precision']}!)"
        print(f"{arm:<12}{r['tokens_per_s']:>9.0f}{r['best_step_tokens_per_s']:>10.0f}{r['tokens_per_step']:>9.0f}"
              f"{r['peak_rss_mb']:>8.0f}{r['wall_s']:>8.0f}{flops / 1e9:>9.1f}{100 * flops / peak['flops']:>7.1f}%"
              f"{100 * best / peak['flops']:>11.1f}%{load:>11}  {r['settings']}, {r['precision']}"
              f"{', N_lora=' + format(r['trainable_params'], ',') if r['method'] == 'lora' else ''}{warn}")

    def ratio(a: str, b: str, what: str) -> None:
        if a in runs and b in runs:
            ra, rb = runs[a], runs[b]
            print(f"ratio {a} / {b}: {ra['tokens_per_s'] / rb['tokens_per_s']:.2f}x mean, "
                  f"{ra['best_step_tokens_per_s'] / rb['best_step_tokens_per_s']:.2f}x best step  ({what})")

    print()
    ratio("ours", "trl-ours", "implementation alone: same LoRA, packing, precision, batch x length")
    ratio("ours", "trl-default", "implementation + configuration, what a user gets; goal >= 1.5x")
    ratio("trl-ours", "trl-default", "configuration alone, both TRL")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=6, help="optimizer steps per arm; the first is warm-up (min 2)")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--max-length", type=int, default=256, help="our packed sequence length (and trl-ours')")
    p.add_argument("--model", default="default")
    p.add_argument("--ours-config", default="{}", help="extra TrainConfig fields for our arm (and trl-ours), as JSON")
    p.add_argument("--rounds", type=int, default=1, help="repeat all arms, keep each arm's best (shared CPUs)")
    p.add_argument("--arms", default=",".join(ARMS), help=f"comma-separated subset of {','.join(ARMS)}")
    p.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"],
                   help="auto: bf16 only where the hardware has it natively, else fp32 (all arms alike)")
    p.add_argument("--allow-emulated", action="store_true", help="allow --precision bf16 without native bf16")
    p.add_argument("--peak-seconds", type=float, default=3.0, help="time budget of each matmul-peak measurement")
    p.add_argument("--arm", choices=ARMS, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.steps < 2:
        p.error("--steps must be at least 2 (the first step is warm-up)")
    if args.arm:
        return child(args.arm, args)
    arms = [a.strip() for a in args.arms.split(",") if a.strip()]
    if unknown := set(arms) - set(ARMS):
        p.error(f"unknown arms {sorted(unknown)}; choose from {ARMS}")
    if "precision" in json.loads(args.ours_config):
        p.error("set the precision with --precision (it applies to every arm), not in --ours-config")

    device, precision = _machine.announce(args.precision, args.allow_emulated)
    argv = [*sys.argv[1:], "--precision", precision]  # the children run exactly this precision
    peak = _machine.matmul_peak(precision, device, args.peak_seconds)
    print(f"matmul peak before: {_machine.peak_label(peak)}", flush=True)

    runs: dict[str, list[dict]] = {a: [] for a in arms}
    for r in range(args.rounds):  # rotate the order so load drift on a shared machine hits every arm
        for arm in arms[r % len(arms):] + arms[:r % len(arms)]:
            runs[arm].append(spawn(arm, argv))
            last = runs[arm][-1]
            print(f"round {r + 1} {arm}: {last['tokens_per_s']:.1f} tokens/s mean, "
                  f"{last['best_step_tokens_per_s']:.1f} best step, {last['precision']}, "
                  f"load {last['load_avg_1min']}", flush=True)
    # the best of two measurements: a busy moment only ever lowers the peak
    after = _machine.matmul_peak(precision, device, args.peak_seconds)
    if after["flops"] > peak["flops"]:
        peak = after
    best = {a: max(rs, key=lambda x: x["tokens_per_s"]) for a, rs in runs.items()}
    report(best, model_params(args.model), peak)
    print(f"load average now: {os.getloadavg()}")
    print(json.dumps({"runs": runs, "peak": peak, "precision": precision}, default=str))


if __name__ == "__main__":
    main()
