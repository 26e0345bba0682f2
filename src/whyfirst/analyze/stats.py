"""Resampling statistics for paired arm comparisons, vectorized with numpy.

Data come as an item × seed matrix ``X`` (shape ``(n_items, n_seeds)``) of a per-item metric,
``NaN`` where a cell is missing (an errored or absent result). An item's value is the mean
over its seeds; an arm's value is the mean over items.

* :func:`bootstrap_mean` — percentile CI for one arm. With several seeds it is a
  hierarchical bootstrap: each resample draws seeds with replacement, then items with
  replacement, and averages the drawn seeds within each drawn item.
* :func:`bootstrap_paired` — the same for ``a − b`` paired on items (one item draw shared by
  both arms) and, when both arms ran the same seeds, on seeds (one seed draw shared too).
  It also gives a CI for the paired effect size d_z of the seed-averaged item differences
  (from the same item draws).
* :func:`sign_flip_test` — paired permutation test of mean difference = 0 by flipping the
  signs of item-level differences; exact enumeration for small n.
* :func:`bootstrap_unpaired_diff` — the unpaired counterpart (independent item draws), kept
  for comparison: on correlated arms it is much wider than the paired interval.

Large problems are processed in row chunks so memory stays bounded (about 16 MB a block).
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import numpy as np

_BLOCK = 2_000_000  # elements per (resamples × items) block
EXACT_MAX_N = 16  # sign-flip test enumerates all 2**n sign vectors up to this many items


@dataclass(frozen=True)
class Interval:
    estimate: float
    low: float
    high: float


@dataclass(frozen=True)
class PairedBootstrap:
    diff: Interval
    effect_size: Interval  # paired Cohen's d_z (NaN when undefined)
    mean_a: float
    mean_b: float
    n_items: int


def _chunks(n_resamples: int, width: int) -> Iterator[tuple[int, int]]:
    step = max(1, _BLOCK // max(1, width))
    for start in range(0, n_resamples, step):
        yield start, min(n_resamples, start + step)


def percentile_ci(samples: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Equal-tailed percentile interval, ignoring NaN resamples."""
    s = np.asarray(samples, dtype=float)
    s = s[np.isfinite(s)]
    if s.size == 0:
        return float("nan"), float("nan")
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(s, [alpha, 1.0 - alpha])
    return float(lo), float(hi)


def item_means(X: np.ndarray) -> np.ndarray:
    """Mean over seeds of each item (NaN cells ignored; NaN for an all-NaN row)."""
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return X.copy()
    valid = ~np.isnan(X)
    n = valid.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, np.nansum(X, axis=1) / np.maximum(n, 1), np.nan)


def cohens_dz(d: np.ndarray) -> float:
    """Paired effect size: mean of the item differences over their SD (ddof=1); NaN if undefined."""
    d = np.asarray(d, dtype=float)
    d = d[np.isfinite(d)]
    if d.size < 2:
        return float("nan")
    sd = d.std(ddof=1)
    if not sd > 1e-12:
        return float("nan")
    return float(d.mean() / sd)


def seed_weights(rng: np.random.Generator, n_resamples: int, n_seeds: int) -> np.ndarray:
    """(n_resamples, n_seeds) weights: how often each seed was drawn, divided by n_seeds."""
    if n_seeds == 1:
        return np.ones((n_resamples, 1))
    draws = rng.integers(0, n_seeds, size=(n_resamples, n_seeds))
    flat = (draws + n_seeds * np.arange(n_resamples)[:, None]).ravel()
    counts = np.bincount(flat, minlength=n_resamples * n_seeds).reshape(n_resamples, n_seeds)
    return counts / n_seeds


def _weighted_items(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    """(b, n_items) item values under seed weights ``W`` (b, S); NaN cells are left out."""
    valid = ~np.isnan(X)
    num = W @ np.where(valid, X, 0.0).T
    if valid.all():
        return num / W.sum(axis=1, keepdims=True)
    den = W @ valid.T.astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def _as_matrix(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError(f"expected an items × seeds matrix, got shape {X.shape}")
    return X


def _row_mean(V: np.ndarray, has_nan: bool) -> np.ndarray:
    if not has_nan:
        return V.mean(axis=1)
    with np.errstate(invalid="ignore"), _quiet():
        return np.nanmean(V, axis=1)


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence numpy's 'Mean of empty slice' warnings inside a block."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield


def bootstrap_mean(X: np.ndarray, n_resamples: int, rng: np.random.Generator,
                   level: float = 0.95) -> Interval:
    """Mean over items (of the mean over seeds) with a (hierarchical) percentile bootstrap CI."""
    X = _as_matrix(X)
    X = X[~np.all(np.isnan(X), axis=1)]
    n, S = X.shape
    if n == 0:
        return Interval(float("nan"), float("nan"), float("nan"))
    point = float(item_means(X).mean())
    stats = np.empty(n_resamples)
    if S == 1:
        x = X[:, 0]
        for a, b in _chunks(n_resamples, n):
            stats[a:b] = x[rng.integers(0, n, size=(b - a, n))].mean(axis=1)
    else:
        has_nan = bool(np.isnan(X).any())
        for a, b in _chunks(n_resamples, n):
            V = _weighted_items(seed_weights(rng, b - a, S), X)
            idx = rng.integers(0, n, size=(b - a, n))
            stats[a:b] = _row_mean(np.take_along_axis(V, idx, axis=1), has_nan)
    lo, hi = percentile_ci(stats, level)
    return Interval(point, lo, hi)


def bootstrap_paired(Xa: np.ndarray, Xb: np.ndarray, n_resamples: int, rng: np.random.Generator,
                     level: float = 0.95, *, paired_seeds: bool | None = None,
                     clusters: np.ndarray | None = None) -> PairedBootstrap:
    """``mean(a) − mean(b)`` over the same items, resampled jointly.

    Rows of ``Xa`` and ``Xb`` are the same items. ``paired_seeds`` (default: the seed counts
    match) shares one seed draw between the arms; otherwise each arm's seeds are drawn
    independently (e.g. an untrained base arm with one seed against trained arms with three).
    ``clusters`` (one label per item) resamples whole clusters instead of items: items that
    share a domain are not independent, and the interval must say so.
    """
    Xa, Xb = _as_matrix(Xa), _as_matrix(Xb)
    if Xa.shape[0] != Xb.shape[0]:
        raise ValueError("paired arms need the same items (rows)")
    keep = ~(np.all(np.isnan(Xa), axis=1) | np.all(np.isnan(Xb), axis=1))
    Xa, Xb = Xa[keep], Xb[keep]
    if clusters is not None:
        return _cluster_bootstrap(Xa, Xb, np.asarray(clusters)[keep], n_resamples, rng, level,
                                  paired_seeds)
    n, Sa = Xa.shape
    Sb = Xb.shape[1]
    nan = float("nan")
    if n == 0:
        return PairedBootstrap(Interval(nan, nan, nan), Interval(nan, nan, nan), nan, nan, 0)
    if paired_seeds is None:
        paired_seeds = Sa == Sb
    if paired_seeds and Sa != Sb:
        raise ValueError("paired seeds need the same number of seeds in both arms")
    ma, mb = item_means(Xa), item_means(Xb)
    d = ma - mb
    diffs = np.empty(n_resamples)
    dzs = np.empty(n_resamples)
    has_nan = bool(np.isnan(Xa).any() or np.isnan(Xb).any())
    for a, b in _chunks(n_resamples, n):
        m = b - a
        if Sa == 1 and Sb == 1:
            D = None
        else:
            Wa = seed_weights(rng, m, Sa)
            Wb = Wa if paired_seeds else seed_weights(rng, m, Sb)
            D = _weighted_items(Wa, Xa) - _weighted_items(Wb, Xb)
        idx = rng.integers(0, n, size=(m, n))
        Rd = d[idx]  # the items' seed-averaged differences: d_z is a statistic of these
        if D is None:
            diffs[a:b] = Rd.mean(axis=1)
        elif has_nan:
            with np.errstate(invalid="ignore"), _quiet():
                diffs[a:b] = np.nanmean(np.take_along_axis(D, idx, axis=1), axis=1)
        else:
            diffs[a:b] = np.take_along_axis(D, idx, axis=1).mean(axis=1)
        if n > 1:
            mean, sd = Rd.mean(axis=1), Rd.std(axis=1, ddof=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                dzs[a:b] = np.where(sd > 1e-12, mean / np.where(sd > 1e-12, sd, 1.0), np.nan)
        else:
            dzs[a:b] = np.nan
    lo, hi = percentile_ci(diffs, level)
    dz = cohens_dz(d)
    if np.isfinite(dz) and np.isfinite(dzs).mean() >= 0.5:
        dz_lo, dz_hi = percentile_ci(dzs, level)
    else:
        dz_lo = dz_hi = nan
    return PairedBootstrap(Interval(float(d.mean()), lo, hi), Interval(dz, dz_lo, dz_hi),
                           float(ma.mean()), float(mb.mean()), n)


def _cluster_bootstrap(Xa: np.ndarray, Xb: np.ndarray, labels: np.ndarray, n_resamples: int,
                       rng: np.random.Generator, level: float, paired_seeds: bool | None
                       ) -> PairedBootstrap:
    """Resample clusters with replacement (and seeds, as the item bootstrap does); an item's
    weight in a resample is how often its cluster was drawn."""
    n, Sa = Xa.shape
    Sb = Xb.shape[1]
    nan = float("nan")
    if n == 0:
        return PairedBootstrap(Interval(nan, nan, nan), Interval(nan, nan, nan), nan, nan, 0)
    paired_seeds = Sa == Sb if paired_seeds is None else paired_seeds
    _, cluster_of = np.unique(labels, return_inverse=True)
    k = int(cluster_of.max()) + 1
    ma, mb = item_means(Xa), item_means(Xb)
    d = ma - mb
    diffs, dzs = np.empty(n_resamples), np.empty(n_resamples)
    for a, b in _chunks(n_resamples, n):
        m = b - a
        draws = rng.integers(0, k, size=(m, k))
        counts = np.zeros((m, k))
        np.add.at(counts, (np.arange(m)[:, None], draws), 1.0)
        W = counts[:, cluster_of]  # (m, n) item weights
        if Sa == 1 and Sb == 1:
            D = np.broadcast_to(d, (m, n))
        else:
            Wa = seed_weights(rng, m, Sa)
            Wb = Wa if paired_seeds else seed_weights(rng, m, Sb)
            D = _weighted_items(Wa, Xa) - _weighted_items(Wb, Xb)
        ok = np.isfinite(D)
        Wd = np.where(ok, W, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            diffs[a:b] = (Wd * np.where(ok, D, 0.0)).sum(1) / Wd.sum(1)
            mean = (W * d).sum(1) / W.sum(1)
            var = (W * (d - mean[:, None]) ** 2).sum(1) / np.maximum(W.sum(1) - 1, 1)
            sd = np.sqrt(var)
            dzs[a:b] = np.where(sd > 1e-12, mean / np.where(sd > 1e-12, sd, 1.0), np.nan)
    lo, hi = percentile_ci(diffs[np.isfinite(diffs)], level)
    dz = cohens_dz(d)
    dz_lo, dz_hi = (percentile_ci(dzs[np.isfinite(dzs)], level)
                    if np.isfinite(dz) and np.isfinite(dzs).mean() >= 0.5 else (nan, nan))
    return PairedBootstrap(Interval(float(d.mean()), lo, hi), Interval(dz, dz_lo, dz_hi),
                           float(ma.mean()), float(mb.mean()), n)


def bootstrap_unpaired_diff(xa: np.ndarray, xb: np.ndarray, n_resamples: int,
                            rng: np.random.Generator, level: float = 0.95) -> Interval:
    """``mean(a) − mean(b)`` resampling each arm's items independently (ignores pairing)."""
    xa = np.asarray(xa, dtype=float)
    xb = np.asarray(xb, dtype=float)
    xa, xb = xa[np.isfinite(xa)], xb[np.isfinite(xb)]
    stats = np.empty(n_resamples)
    for a, b in _chunks(n_resamples, xa.size + xb.size):
        m = b - a
        stats[a:b] = (xa[rng.integers(0, xa.size, size=(m, xa.size))].mean(axis=1)
                      - xb[rng.integers(0, xb.size, size=(m, xb.size))].mean(axis=1))
    lo, hi = percentile_ci(stats, level)
    return Interval(float(xa.mean() - xb.mean()), lo, hi)


@dataclass(frozen=True)
class SignFlip:
    p_value: float
    n_resamples: int  # 2**n when exact
    exact: bool


def sign_flip_test(d: np.ndarray, n_resamples: int, rng: np.random.Generator) -> SignFlip:
    """Two-sided paired permutation test of ``mean(d) = 0`` by random sign flips.

    Under the null each item's difference is symmetric about 0, so flipping its sign is
    as likely as not. Exact (all ``2**n`` sign vectors) for n ≤ 16 items; otherwise Monte
    Carlo with ``p = (1 + #{|T*| ≥ |T|}) / (1 + n_resamples)``, which is never 0.
    """
    d = np.asarray(d, dtype=float)
    d = d[np.isfinite(d)]
    n = d.size
    if n == 0:
        return SignFlip(float("nan"), 0, True)
    obs = abs(d.sum())
    tol = 1e-9 * max(1.0, float(np.abs(d).sum()))
    if not obs > tol:
        return SignFlip(1.0, 0, True)
    if n <= EXACT_MAX_N:
        codes = np.arange(2 ** n, dtype=np.int64)[:, None]
        signs = ((codes >> np.arange(n)) & 1) * 2.0 - 1.0
        t = np.abs(signs @ d)
        return SignFlip(float(np.mean(t >= obs - tol)), 2 ** n, True)
    hits = 0
    for a, b in _chunks(n_resamples, n):
        signs = rng.integers(0, 2, size=(b - a, n), dtype=np.int8) * 2.0 - 1.0
        hits += int(np.count_nonzero(np.abs(signs @ d) >= obs - tol))
    return SignFlip((1 + hits) / (1 + n_resamples), n_resamples, False)


def holm(p_values: list[float | None]) -> list[float | None]:
    """Holm's step-down adjustment (family-wise error); None stays None."""
    idx = [i for i, p in enumerate(p_values) if p is not None]
    order = sorted(idx, key=lambda i: p_values[i])  # type: ignore[arg-type, return-value]
    m = len(order)
    out: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * float(p_values[i])))  # type: ignore[arg-type]
        out[i] = running
    return out


def holm_adjust_into(rows: list) -> None:
    """Set ``p_holm`` on records that carry ``p_value`` (contrasts or subgroup contrasts)."""
    for row, adj in zip(rows, holm([r.p_value for r in rows])):
        row.p_holm = adj
