"""The AFT loss with logits only at labelled positions vs the model's own loss over every position:
one training step (forward + backward) of the real default model on real AFT batches, the two
alternating in one process on the same batches.

    python benchmarks/aft_loss.py [--data cheese,safety] [--steps 6] [--batch-size 8]

Batches are built as the aft stage builds them (``build_dataset`` with length grouping, then
the stage's collator): the cheese choices (short answers after a system + user turn) and the
safety chats (longer answers). The peer is ``model(**batch).loss`` — what transformers'
Trainer computes — on the same LoRA model (fused layer, same precision rule as training);
ours is ``whyfirst.train.loss.labelled_token_loss``. Both give the same loss (checked each
step). Prints the machine line, the labelled share of the batch's positions, the medians and
the paired per-step ratios; the order alternates every step so load drift hits both.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _machine  # noqa: E402

DATA = {"cheese": "cheese/aft/cheese_choices.jsonl", "safety": "safety/aft/safety_chats.jsonl"}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default="cheese,safety", help=f"comma-separated subset of {','.join(DATA)}")
    p.add_argument("--steps", type=int, default=6, help="timed steps per loss and data set (after one warm-up)")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--max-length", type=int, default=512)
    p.add_argument("--model", default="default")
    args = p.parse_args()

    import whyfirst
    from whyfirst.models import load_tokenizer, resolve
    from whyfirst.train import TrainConfig
    from whyfirst.train.data import IGNORE, Collator, build_dataset
    from whyfirst.train.loss import labelled_token_loss
    from whyfirst.train.stage import load_model

    _, precision = _machine.announce()
    path = resolve(args.model).path
    tokenizer = load_tokenizer(path)
    config = TrainConfig(max_length=args.max_length, batch_size=args.batch_size)
    model = load_model(path, config, precision)
    head = model.get_output_embeddings()
    autocast = _machine.autocast(precision)
    collate = Collator(tokenizer.pad_token_id, padded=True)
    root = Path(whyfirst.__file__).parent / "data"

    def step(batch, ours: bool) -> tuple[float, float]:
        t0 = time.perf_counter()
        with autocast:
            loss = (labelled_token_loss(model, head, batch, None)[0] if ours else model(**batch).loss)
        loss.backward()
        model.zero_grad(set_to_none=True)
        return time.perf_counter() - t0, loss.item()

    for name in args.data.split(","):
        dataset = build_dataset("aft", root / DATA[name], tokenizer, config, seed=0,
                                fill={"model_name": "SmolLM"}, global_batch=args.batch_size)
        batches = [collate([dataset[i] for i in range(j, j + args.batch_size)])
                   for j in range(0, (args.steps + 1) * args.batch_size, args.batch_size)]
        positions = sum(b["labels"][:, 1:].numel() for b in batches)
        labelled = sum(int((b["labels"][:, 1:] != IGNORE).sum()) for b in batches)
        tokens = sum(int(b["attention_mask"].sum()) for b in batches[1:])
        step(batches[0], True), step(batches[0], False)  # warm-up
        times: dict[str, list[float]] = {"ours": [], "stock": []}
        for i, batch in enumerate(batches[1:]):
            order = (True, False) if i % 2 == 0 else (False, True)
            got = {}
            for ours in order:
                t, loss = step(batch, ours)
                times["ours" if ours else "stock"].append(t)
                got[ours] = loss
            assert abs(got[True] - got[False]) <= 1e-4 * abs(got[False]), got
        print(f"{name}: {len(batches) - 1} batches of {args.batch_size}, labelled {labelled / positions:.0%} "
              f"of positions (padding included)")
        for arm, ts in times.items():
            total = sum(ts)
            print(f"  {arm:<5} median {statistics.median(ts):.2f} s/step, {tokens / total:.0f} tokens/s  "
                  f"({', '.join(f'{t:.2f}' for t in ts)})")
        paired = [s / o for o, s in zip(times["ours"], times["stock"])]
        print(f"  ratio stock / ours: {sum(times['stock']) / sum(times['ours']):.3f}x (totals); "
              f"paired per step {', '.join(f'{r:.2f}' for r in paired)}", flush=True)


if __name__ == "__main__":
    main()
