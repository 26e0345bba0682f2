"""whyfirst's fused LoRA layer vs peft's own ``lora.Linear``: one training step (forward + backward)
of the real default model, the two alternating in one process on the same batch.

    python benchmarks/lora_fused.py [--steps 5] [--batch-size 8] [--length 256] [--rank 16]

Both models are built by ``whyfirst.train.stage.load_model`` (same LoRA rank and targets, same
weights, fp32 unless the CPU multiplies bf16 natively — then bf16 autocast, as in training); the
peer is the same call with the fused layer switched off, so the ratio measures only the layer.
The order alternates every step so that load drift hits both; the paired ratios are printed
beside the medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _machine  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=5, help="timed steps per layer (after one warm-up each)")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--length", type=int, default=256)
    p.add_argument("--rank", type=int, default=16)
    p.add_argument("--model", default="default")
    args = p.parse_args()

    import torch

    import whyfirst.train.stage as stage
    from whyfirst.models import resolve
    from whyfirst.train import TrainConfig

    _, precision = _machine.announce()
    path = resolve(args.model).path
    config = TrainConfig(method="lora", lora_r=args.rank, lora_alpha=2 * args.rank)
    fused = stage.load_model(path, config, precision)
    original = stage.use_fused_lora
    stage.use_fused_lora = lambda lora_config: None  # the peer: peft's lora.Linear
    try:
        peft = stage.load_model(path, config, precision)
    finally:
        stage.use_fused_lora = original
    peft.load_state_dict(fused.state_dict())
    ids = torch.randint(100, fused.config.vocab_size, (args.batch_size, args.length),
                        generator=torch.Generator().manual_seed(0))
    autocast = _machine.autocast(precision)

    def step(model) -> float:
        t0 = time.perf_counter()
        with autocast:
            loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        model.zero_grad(set_to_none=True)
        return time.perf_counter() - t0

    step(fused), step(peft)  # warm-up
    times: dict[str, list[float]] = {"fused": [], "peft": []}
    for i in range(args.steps):
        order = (("fused", fused), ("peft", peft)) if i % 2 == 0 else (("peft", peft), ("fused", fused))
        for name, model in order:
            times[name].append(step(model))
    tokens = args.batch_size * args.length
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:<6} median {med:.2f} s/step, {tokens / med:.0f} tokens/s  ({', '.join(f'{t:.2f}' for t in ts)})")
    paired = [b / a for a, b in zip(times["fused"], times["peft"])]
    print(f"ratio peft / fused: {statistics.median(times['peft']) / statistics.median(times['fused']):.3f}x "
          f"(medians); paired per step {', '.join(f'{r:.3f}' for r in paired)}")


if __name__ == "__main__":
    main()
