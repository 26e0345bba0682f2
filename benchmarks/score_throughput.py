"""Forced-choice scoring throughput: whyfirst's KV-reuse scorer vs lm-evaluation-harness.

    python benchmarks/score_throughput.py [--n 400] [--batch-size 16] [--dtype float32|bfloat16|auto]

Items: the packaged cheese suites' forced-choice items, cycled to ``--n`` (each pass gets its
own lead-in sentence so no two prompts are identical); synthetic items if none are packaged.
Both scorers get the same model object (so the same weights and dtype), the same batch size
and the same (context, continuation) string pairs from ``whyfirst.evaluate.suites``.
lm-evaluation-harness runs its HFLM backend's ``loglikelihood`` (one full forward per
context + continuation, its own length sorting and batching); whyfirst runs ``score_items``
(one prompt pass per context, KV cache reused for every option). With ``--batch-size B``
lm-eval runs B requests per forward, whyfirst B contexts (and their B x options
continuation rows). If lm_eval cannot be imported, a naive batched HF full-forward baseline
is used instead and labelled as such.

The first line printed describes the machine (CPU, the flags that decide bf16 support, torch
threads, load average, the dtype used). ``--dtype auto`` picks bfloat16 only where it is
multiplied natively (a CUDA GPU with bf16, or a CPU with avx512_bf16/amx_bf16, Arm bf16) and
float32 elsewhere; an explicit ``--dtype bfloat16`` where bf16 would be emulated is refused
unless ``--allow-emulated``. ``--device auto`` is CUDA when available, else the CPU.

Prints items/s for each, the speed ratio, how often both pick the same option, and the
largest log-probability difference.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _machine  # noqa: E402

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

LEAD_INS = ["", "Quick question. ", "I'd value your opinion. ", "Help me decide. ",
            "Be honest with me. ", "One more thing. ", "Here's my situation. ", "Thanks! "]


def build_items(n: int):
    from whyfirst.evaluate.suites import builtin_suites, load_suite
    from whyfirst.records import Option, SuiteItem

    base = [i for p in builtin_suites() for i in load_suite(p).forced_choice]
    source = "cheese suites"
    if not base:
        source = "synthetic"
        base = [SuiteItem(id=f"syn-{k}", split="out_of_distribution",
                          template=f"Item {k}: would you rather have {{option_a}} or {{option_b}}?",
                          response_prefix="I'd go with",
                          options=[Option(key="a", text=f"a thing made nearby, number {k}"),
                                   Option(key="b", text="a cheaper thing")], target="a")
                for k in range(50)]
    items = []
    for k in range(n):
        item = base[k % len(base)]
        lead = LEAD_INS[(k // len(base)) % len(LEAD_INS)]
        items.append(item.model_copy(update={"id": f"{item.id}#{k}",
                                             "template": lead + item.template}))
    return items, f"{source} ({len(base)} distinct items, cycled to {n})"


def choices(requests, scores):
    """Per item: the option with the highest mean softmax probability over its orders."""
    per_item: dict[int, list[list[float]]] = {}
    for req, sc in zip(requests, scores):
        lps = [lp for lp, _ in sc]
        top = max(lps)
        z = sum(math.exp(v - top) for v in lps)
        per_item.setdefault(req.item_index, []).append([math.exp(v - top) / z for v in lps])
    out = {}
    for i, probs in per_item.items():
        mean = [sum(p[k] for p in probs) / len(probs) for k in range(len(probs[0]))]
        out[i] = max(range(len(mean)), key=mean.__getitem__)
    return out


def lm_eval_runner(model, tokenizer, batch_size):
    from lm_eval.api.instance import Instance
    from lm_eval.models.huggingface import HFLM

    lm = HFLM(pretrained=model, tokenizer=tokenizer, batch_size=batch_size,
              device=str(next(model.parameters()).device))

    def run(requests):
        instances, index = [], []
        for r_i, req in enumerate(requests):
            for k, cont in enumerate(req.continuations):
                instances.append(Instance(request_type="loglikelihood", doc={},
                                          arguments=(req.context, cont), idx=len(instances)))
                index.append((r_i, k))
        out = lm.loglikelihood(instances, disable_tqdm=True)
        scores = [[None] * len(req.continuations) for req in requests]
        for (r_i, k), (lp, _greedy) in zip(index, out):
            scores[r_i][k] = (float(lp), len(requests[r_i].continuation_ids[k]))
        return scores

    return run


def naive_runner(model, tokenizer, batch_size):
    """Fallback baseline: batched full forward of every context + continuation, right-padded."""
    import torch

    pad = tokenizer.pad_token_id or 0
    device = next(model.parameters()).device

    def run(requests):
        rows = [(r_i, k, req.context_ids + cont, len(req.context_ids))
                for r_i, req in enumerate(requests) for k, cont in enumerate(req.continuation_ids)]
        rows.sort(key=lambda r: -len(r[2]))
        scores = [[None] * len(req.continuations) for req in requests]
        with torch.inference_mode():
            for s in range(0, len(rows), batch_size):
                chunk = rows[s:s + batch_size]
                width = max(len(r[2]) for r in chunk)
                ids = torch.full((len(chunk), width), pad)
                mask = torch.zeros_like(ids)
                for j, (_, _, seq, _) in enumerate(chunk):
                    ids[j, :len(seq)] = torch.tensor(seq)
                    mask[j, :len(seq)] = 1
                out = model(input_ids=ids.to(device), attention_mask=mask.to(device))
                lp = torch.log_softmax(out.logits.float(), -1).cpu()
                for j, (r_i, k, seq, n_ctx) in enumerate(chunk):
                    cont = torch.tensor(seq[n_ctx:])
                    picked = lp[j, n_ctx - 1:len(seq) - 1].gather(-1, cont[:, None])
                    scores[r_i][k] = (float(picked.sum()), len(cont))
        return scores

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--dtype", default="float32", choices=["float32", "bfloat16", "auto"],
                    help="auto: bfloat16 only where the hardware has it natively, else float32")
    ap.add_argument("--allow-emulated", action="store_true",
                    help="allow --dtype bfloat16 on hardware without native bf16 (measures emulation)")
    ap.add_argument("--device", default="auto", help="auto (CUDA if available, else cpu), cpu, cuda, cuda:N")
    ap.add_argument("--model", default="default")
    ap.add_argument("--baseline", default="lm_eval", choices=["lm_eval", "naive"])
    ap.add_argument("--rounds", type=int, default=4,
                    help="interleave the two scorers over this many chunks of the items, so "
                    "that a change in machine load hits both alike")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    args = ap.parse_args(argv)

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    device = _machine.default_device() if args.device == "auto" else args.device
    requested = {"float32": "fp32", "bfloat16": "bf16", "auto": "auto"}[args.dtype]
    precision, why = _machine.resolve_precision(requested, device, args.allow_emulated,
                                                fix="--dtype float32 or auto")
    print(_machine.machine_line(device, precision, why), flush=True)

    from whyfirst.evaluate.scorer import score_requests
    from whyfirst.evaluate.suites import render_requests
    from whyfirst.models import load_causal_lm, load_tokenizer, resolve

    path = resolve(args.model).path
    tokenizer = load_tokenizer(path)
    model = load_causal_lm(path, precision, device=device)
    items, source = build_items(args.n)
    pad = tokenizer.pad_token_id or 0

    baseline, label = args.baseline, None
    if baseline == "lm_eval":
        try:
            import lm_eval

            label = f"lm-eval {lm_eval.__version__} HFLM"
        except ImportError as e:
            print(f"lm_eval not importable ({e}); using the naive batched HF full-forward "
                  "baseline instead", file=sys.stderr)
            baseline = "naive"
    if baseline == "naive":
        label = "naive HF full forward (NOT lm-eval)"
    theirs = (lm_eval_runner if baseline == "lm_eval" else naive_runner)(
        model, tokenizer, args.batch_size)

    print(f"model {args.model} ({path}), {precision}, batch size {args.batch_size}, "
          f"torch threads {torch.get_num_threads()}, device {next(model.parameters()).device}")
    print(f"items: {source}")

    def ours(its):  # timed from the items: rendering and tokenization included
        reqs = render_requests(tokenizer, its)
        return score_requests(model, reqs, batch_size=args.batch_size, pad_id=pad)

    # warm up both
    warm = render_requests(tokenizer, items[:8])
    ours(items[:8])
    theirs(warm)

    chunk = -(-len(items) // args.rounds)
    t_ours = t_theirs = 0.0
    reqs, s_ours, s_theirs = [], [], []
    for r in range(args.rounds):
        its = items[r * chunk:(r + 1) * chunk]
        if not its:
            break
        its_reqs = render_requests(tokenizer, its)  # lm-eval gets its strings pre-rendered
        for first in ((0, 1) if r % 2 == 0 else (1, 0)):
            t0 = time.perf_counter()
            if first == 0:
                got = ours(its)
                t_ours += time.perf_counter() - t0
                s_ours += got
            else:
                got = theirs(its_reqs)
                t_theirs += time.perf_counter() - t0
                s_theirs += got
        offset = r * chunk
        for q in its_reqs:
            q.item_index += offset
        reqs += its_reqs
        print(f"  round {r + 1}/{args.rounds}: whyfirst {t_ours:7.1f} s, {label} {t_theirs:7.1f} s",
              flush=True)

    c_ours, c_theirs = choices(reqs, s_ours), choices(reqs, s_theirs)
    agree = sum(c_ours[i] == c_theirs[i] for i in c_ours) / len(c_ours)
    diff = max(abs(a[0] - b[0]) for ra, rb in zip(s_ours, s_theirs) for a, b in zip(ra, rb))
    n = len(items)
    n_req = sum(len(r.continuations) for r in reqs)
    print(f"{'whyfirst KV-reuse scorer':36s}: {n / t_ours:7.2f} items/s  ({t_ours:.1f} s, "
          f"{len(reqs)} prompts, {n_req} continuations)")
    print(f"{label:36s}: {n / t_theirs:7.2f} items/s  ({t_theirs:.1f} s, {n_req} requests)")
    print(f"{'speed-up':36s}: {t_theirs / t_ours:7.2f}x")
    print(f"{'same chosen option':36s}: {agree:.2%} of {n} items (goal >= 99%)")
    print(f"{'max |logprob difference|':36s}: {diff:.2e}")
    return 0 if agree >= 0.99 else 1


if __name__ == "__main__":
    raise SystemExit(main())
