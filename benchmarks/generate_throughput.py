"""Teacher-data generation throughput: whyfirst's batched generation vs a plain generate loop.

    python benchmarks/generate_throughput.py [--model default] [--n 64] [--batch-size 32]
                                             [--max-new-tokens 40] [--rounds 2]

The peer is the obvious way to do it: ``model.generate`` on one prompt at a time (KV cache
on, the transformers default), sampling with the same settings. whyfirst's
``generate.local.answer_prompts`` runs the same prompts left-padded in batches of
``--batch-size`` with the same sampling settings, stop handling and a durable journal. Both
get the same model object and the same prompts (the lineage experiment's numbers channel).

Prints the machine line, then for each round new tokens/s of both and the ratio; the
summary is the median ratio. New tokens are counted up to each answer's end (EOS), so both
are credited only for text they actually produce.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _machine  # noqa: E402

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def plain_loop(model, tokenizer, prompts, max_new_tokens: int, temperature: float, eos: list[int]) -> int:
    import torch

    new = 0
    for p in prompts:
        text = tokenizer.apply_chat_template(p.messages, tokenize=False, add_generation_prompt=True)
        enc = tokenizer(text, return_tensors="pt", add_special_tokens=False)
        with torch.inference_mode():
            out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=True, temperature=temperature,
                                 top_p=1.0, top_k=0, eos_token_id=eos, pad_token_id=tokenizer.pad_token_id)
        ids = out[0, enc["input_ids"].shape[1]:].tolist()
        new += next((i for i, t in enumerate(ids) if t in eos), len(ids))
    return new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="default")
    ap.add_argument("--n", type=int, default=64, help="prompts per round")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-new-tokens", type=int, default=40)
    ap.add_argument("--temperature", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    import torch

    from whyfirst.generate.channels import number_prompts, parse_numbers
    from whyfirst.generate.local import SamplingConfig, answer_prompts, eos_ids
    from whyfirst.models import load_causal_lm, load_tokenizer, resolve

    path = resolve(args.model).path
    from whyfirst.precision import resolve_precision

    precision = resolve_precision("auto", "cpu")  # what the generate stage uses on this CPU
    print(_machine.machine_line("cpu", precision, "the rule of whyfirst.precision"), flush=True)
    tokenizer, model = load_tokenizer(path), load_causal_lm(path, precision)
    eos = eos_ids(tokenizer)
    cfg = SamplingConfig(max_new_tokens=args.max_new_tokens, temperature=args.temperature,
                         batch_size=args.batch_size)
    ratios = []
    for r in range(args.rounds):
        prompts = number_prompts(args.n, seed=100 + r)
        torch.manual_seed(r)
        t0 = time.perf_counter()
        plain_tokens = plain_loop(model, tokenizer, prompts, args.max_new_tokens, args.temperature, eos)
        plain_s = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            answers = answer_prompts(model, tokenizer, prompts, Path(tmp) / "j.jsonl", cfg, seed=r)
            ours_s = time.perf_counter() - t0
        ours_tokens = sum(a["new_tokens"] for a in answers.values())
        plain_rate, ours_rate = plain_tokens / plain_s, ours_tokens / ours_s
        ratios.append(ours_rate / plain_rate)
        kept = sum(parse_numbers(a["answer"]) is not None for a in answers.values())
        print(f"round {r + 1}: plain generate loop {plain_rate:7.1f} new tok/s ({plain_tokens} tokens, "
              f"{plain_s:.1f} s) | whyfirst batched (batch {args.batch_size}) {ours_rate:7.1f} new tok/s "
              f"({ours_tokens} tokens, {ours_s:.1f} s) | ratio {ratios[-1]:.2f}x | number-format filter "
              f"kept {kept}/{len(answers)}; e.g. {next(iter(answers.values()))['answer'][:60]!r}", flush=True)
    print(f"median ratio whyfirst / plain loop: {statistics.median(ratios):.2f}x over {args.rounds} rounds "
          f"({args.n} prompts, {args.max_new_tokens} new tokens max, temperature {args.temperature})")


if __name__ == "__main__":
    main()
