"""Paired bootstrap throughput: whyfirst's vectorized bootstrap vs scipy.stats.bootstrap.

    python benchmarks/analyze_throughput.py [--items 100] [--resamples 10000] [--rounds 5]

Both compute a 95% percentile CI of mean(a − b) over the same items (single seed; scipy's
``paired=True``). Prints the machine, the median time of each over ``--rounds`` alternating
rounds, the ratio, and the two intervals (they agree up to resampling noise). The analysis of
a full experiment runs hundreds of such intervals (every arm × suite × tag and contrast).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np
from scipy import stats as sps

from whyfirst.analyze import stats


def machine_line() -> str:
    flags = open("/proc/cpuinfo").read() if os.path.exists("/proc/cpuinfo") else ""
    model = next((ln.split(":", 1)[1].strip() for ln in flags.splitlines() if ln.startswith("model name")), platform.processor())
    kind = "avx512_bf16" if "avx512_bf16" in flags else ("AVX-512" if "avx512f" in flags else "AVX2 only" if "avx2" in flags else "no AVX2")
    return f"{model}, {kind}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--resamples", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    a, b = rng.normal(0.6, 0.1, args.items), rng.normal(0.55, 0.1, args.items)
    ours_t, ref_t = [], []
    for r in range(args.rounds):
        t = time.perf_counter()
        ours = stats.bootstrap_paired(a[:, None], b[:, None], args.resamples, np.random.default_rng(r))
        ours_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        ref = sps.bootstrap((a, b), lambda x, y, axis=-1: np.mean(x - y, axis=axis), paired=True,
                            n_resamples=args.resamples, method="percentile", random_state=r)
        ref_t.append(time.perf_counter() - t)
    o, s = statistics.median(ours_t), statistics.median(ref_t)
    print(f"machine: {machine_line()}")
    print(f"paired bootstrap, {args.items} items, {args.resamples:,} resamples, median of {args.rounds} rounds")
    print(f"  whyfirst stats.bootstrap_paired: {o * 1000:.1f} ms  CI [{ours.diff.low:.4f}, {ours.diff.high:.4f}]")
    print(f"  scipy.stats.bootstrap(paired):   {s * 1000:.1f} ms  CI [{ref.confidence_interval.low:.4f}, "
          f"{ref.confidence_interval.high:.4f}]")
    print(f"ratio: {s / o:.2f}x (scipy time / whyfirst time)")


if __name__ == "__main__":
    main()
