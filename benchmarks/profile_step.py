"""Where one training step's time goes: our midtraining step on the real default model, profiled.

    python benchmarks/profile_step.py [--steps 4] [--batch-size 8] [--max-length 256] [--ours-config '{}']

Builds exactly the trainer ``train_stage`` builds (``build_trainer``: model, LoRA, precision,
packed dataset, collator, optimizer, schedule), then drives its steps by hand so each phase can
be timed: collation (drawing a batch from the trainer's dataloader), forward (including the LM
head and the loss), backward, and the optimizer (gradient clipping, AdamW, schedule, zeroing),
as ``Trainer.training_step`` and the loop around it do them. The first step is warm-up; the
others are timed, and the last one runs under ``torch.profiler`` to split forward + backward by
operator (self time, so nothing is counted twice):

* base matmuls: ``mm``/``addmm``/``bmm``/``linear`` whose operands have neither the LoRA rank
  nor the vocabulary size as a dimension (the frozen projections, forward and activation grads);
* LoRA: matmuls with the LoRA rank as a dimension, plus dropout (only LoRA's input dropout
  drops anything in these models: attention dropout is 0);
* LM head: matmuls with the vocabulary as a dimension; loss: log-softmax / NLL and their grads;
* attention: scaled-dot-product attention kernels (forward and backward);
* other: norms, activations, elementwise adds and muls, copies, casts, fills (including the
  zeroed logits gradient of the loss), embedding.

The LoRA bucket is recognised by the rank alone, so the script warns when the rank equals
another dimension of the step (the batch, the head size or half of it, the KV width).

The step's model FLOPs (same formula as ``train_throughput.py``) against the machine's matmul
peak in the same precision give the fraction of peak, and the split says where the rest goes.
Profiling adds overhead per operator, so the phase times come from the unprofiled steps.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _machine  # noqa: E402
from train_throughput import documents, model_flops_per_token, model_params, our_config  # noqa: E402

MATMULS = {"aten::mm", "aten::addmm", "aten::bmm", "aten::linear", "aten::matmul", "aten::baddbmm"}
LOSS = ("log_softmax", "nll_loss", "cross_entropy")
ATTENTION = ("scaled_dot_product", "flash_attention", "efficient_attention")
DROPOUT = ("dropout", "bernoulli")


def category(name: str, shapes: list, rank: int | None, vocab: int) -> str:
    """The bucket of one profiled operator (see the module docstring for the rule)."""
    dims = {d for s in shapes if isinstance(s, (list, tuple)) for d in s if isinstance(d, int)}
    if name in MATMULS:
        if vocab in dims:
            return "LM head (matmul)"
        if rank is not None and rank in dims:
            return "LoRA (matmul)"
        return "base matmuls"
    if any(k in name for k in LOSS):
        return "loss (log-softmax, NLL)"
    if any(k in name for k in ATTENTION):
        return "attention"
    if any(k in name for k in DROPOUT):
        return "LoRA (dropout)"
    return "other (norms, activations, elementwise, copies)"


def split_by_operator(prof, rank: int | None, vocab: int) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds of self CPU time per bucket, and the top operators by self time."""
    buckets: dict[str, float] = defaultdict(float)
    top: dict[str, float] = defaultdict(float)
    for evt in prof.key_averages(group_by_input_shape=True):
        seconds = evt.self_cpu_time_total / 1e6
        if seconds <= 0:
            continue
        buckets[category(evt.key, evt.input_shapes or [], rank, vocab)] += seconds
        top[evt.key] += seconds
    return dict(buckets), dict(sorted(top.items(), key=lambda kv: -kv[1])[:12])


def build(args: argparse.Namespace, work: Path):
    from whyfirst.models import resolve
    from whyfirst.records import Document
    from whyfirst.train.stage import build_trainer

    model_path = resolve(args.model).path
    texts = documents(args.steps * args.batch_size)
    data = work / "docs.jsonl"
    data.write_text("".join(Document(id=f"d{i}", text=t).model_dump_json() + "\n" for i, t in enumerate(texts)))
    config = our_config(args)  # the same TrainConfig as train_throughput's "ours" arm
    if config.gradient_checkpointing:  # Trainer switches it on inside train(), which this loop bypasses
        raise SystemExit("profile_step drives the steps by hand and would time no recompute: "
                         "profile without gradient_checkpointing")
    trainer, _ = build_trainer("midtrain", model_path, data, work / "out", config, seed=0, fill={}, progress=False)
    trainer.create_optimizer_and_scheduler(num_training_steps=args.steps)
    return trainer, config


def one_step(trainer, batches, times: dict[str, list[float]] | None, prof=None) -> int:
    import torch

    from whyfirst.train.data import IGNORE

    model, opt, sched = trainer.model, trainer.optimizer, trainer.lr_scheduler
    t0 = time.perf_counter()
    batch = next(batches)
    t1 = time.perf_counter()
    with prof if prof is not None else contextlib.nullcontext():
        with trainer.accelerator.autocast():
            # training's loss (logits only at labelled positions), normalized as train() normalizes it
            loss = trainer.compute_loss(model, batch, num_items_in_batch=(batch["labels"][:, 1:] != IGNORE).sum())
        t2 = time.perf_counter()
        loss.backward()
    t3 = time.perf_counter()
    torch.nn.utils.clip_grad_norm_(model.parameters(), trainer.args.max_grad_norm)
    opt.step()
    sched.step()
    opt.zero_grad(set_to_none=True)
    t4 = time.perf_counter()
    if times is not None:
        for name, dt in (("collation", t1 - t0), ("forward (incl. LM head + loss)", t2 - t1),
                         ("backward", t3 - t2), ("optimizer (clip, AdamW, schedule, zero)", t4 - t3)):
            times[name].append(dt)
    return int(batch["input_ids"].numel())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=4, help="steps in all: 1 warm-up, the rest timed, the last profiled")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--max-length", type=int, default=256)
    p.add_argument("--model", default="default")
    p.add_argument("--ours-config", default="{}", help="extra TrainConfig fields, as JSON")
    p.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16"])
    p.add_argument("--allow-emulated", action="store_true", help="allow --precision bf16 without native bf16")
    p.add_argument("--peak-seconds", type=float, default=3.0)
    p.add_argument("--json", type=Path, help="also write the numbers here")
    args = p.parse_args()
    if args.steps < 3:
        p.error("--steps must be at least 3 (1 warm-up, 1 timed, 1 profiled)")

    import torch
    from torch.profiler import ProfilerActivity, profile

    device, args.precision = _machine.announce(args.precision, args.allow_emulated)
    peak = _machine.matmul_peak(args.precision, device, args.peak_seconds)
    print(f"matmul peak: {_machine.peak_label(peak)}", flush=True)

    with tempfile.TemporaryDirectory(prefix="profile-step-") as tmp:
        trainer, config = build(args, Path(tmp))
        trainer.model.train()
        batches = iter(trainer.get_train_dataloader())
        times: dict[str, list[float]] = defaultdict(list)
        one_step(trainer, batches, None)  # warm-up: allocation, kernel selection
        tokens = 0
        for _ in range(args.steps - 2):
            tokens = one_step(trainer, batches, times)
        prof = profile(activities=[ProfilerActivity.CPU], record_shapes=True)
        one_step(trainer, batches, None, prof)
        rank = config.lora_r if config.method == "lora" else None
        mc = trainer.model.config
        head = getattr(mc, "head_dim", None) or mc.hidden_size // mc.num_attention_heads
        others = {args.batch_size, head, head // 2, head * getattr(mc, "num_key_value_heads", 0)}
        if rank in others:  # the bucketing rule tells LoRA matmuls by the rank: it must be unique
            print(f"warning: LoRA rank {rank} equals another dimension of this step (batch, head size, "
                  f"half of it, or the KV width): some matmuls may be filed under LoRA", flush=True)
        buckets, top = split_by_operator(prof, rank, mc.vocab_size)
        n_lora = sum(q.numel() for q in trainer.model.parameters() if q.requires_grad) if rank else 0

    phase = {k: sum(v) / len(v) for k, v in times.items()}  # mean over the timed steps
    step_s = sum(phase.values())
    n_params = model_params(args.model)
    flops = model_flops_per_token({"method": config.method, "trainable_params": n_lora}, n_params) * tokens
    at_peak = flops / peak["flops"]
    print(f"\nstep: batch {args.batch_size} x {args.max_length} = {tokens} tokens, {config.method}"
          f"{f' r={rank}' if rank else ''}, {args.precision}, {torch.get_num_threads()} threads; "
          f"mean of {args.steps - 2} timed step(s)")
    print(f"model FLOPs per step {flops / 1e9:.1f} G -> {tokens / step_s:.0f} tokens/s, "
          f"{flops / step_s / 1e9:.1f} GFLOP/s = {100 * at_peak / step_s:.1f}% of the matmul peak "
          f"(at peak the step would take {at_peak:.2f} s of its {step_s:.2f} s)")
    print(f"\n{'phase':<44}{'seconds':>9}{'share':>8}")
    for name, s in phase.items():
        print(f"{name:<44}{s:>9.3f}{100 * s / step_s:>7.1f}%")
    total = sum(buckets.values())
    print(f"\nforward + backward by operator (profiled step, self CPU time, {total:.2f} s with profiler overhead)")
    for name, s in sorted(buckets.items(), key=lambda kv: -kv[1]):
        print(f"{name:<50}{s:>8.3f}{100 * s / total:>7.1f}%")
    print("\ntop operators (self CPU time):")
    for name, s in top.items():
        print(f"  {name:<48}{s:>8.3f}")
    print(f"load average now: {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps({"phase_s": phase, "operators_s": buckets, "top_s": top, "tokens": tokens,
                                         "flops": flops, "peak": peak, "precision": args.precision}, indent=1))


if __name__ == "__main__":
    main()
