"""How an effect scales over a sweep: each arm family's metric against the swept value, and
the *data multiplier*.

The multiplier answers "how much more alignment data does the target (e.g. ``aft_only``)
need to reach the level the reference (e.g. ``msm_america``) reaches with N?". The level is
the reference's metric at N; the target's curve is linear between its grid points in
``log x``, and the answer is the first ``x`` (from the smallest) where that curve reaches
the level, so a non-monotonic curve is read at its first crossing. Multiplier = x / N.

* not reached within the grid: ``multiplier`` is None, ``status = "not_reached"``, and
  ``at_least`` = largest x / N (the multiplier is above it, if the curve ever gets there);
* already reached at the smallest grid value: ``status = "below_grid"``; ``multiplier``
  is then smallest x / N, an upper bound (``at_most``).

The interval resamples items (whole clusters when ``analysis.cluster`` is set, and seeds
when there are several), one draw shared by every arm involved, so the level and the
target's curve move together as they do in a paired contrast. Resamples where the target
never reaches the level count as +inf: when more than the upper tail of them do, the upper
bound is open (``ci_high`` None, ``ci_high_open``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from whyfirst import sweep as sweep_mod
from whyfirst.analyze import stats
from whyfirst.analyze.core import CI_LEVEL, _build, _f, _pooled, _pooled_matrix, _rng, _splits_of, _tag_str
from whyfirst.analyze.results import Metric, SplitName
from whyfirst.records import ItemResult

if TYPE_CHECKING:
    from whyfirst.config import Experiment

Status = Literal["reached", "below_grid", "not_reached", "no_data"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CurvePoint(_Out):
    arm: str
    x: float | None = Field(description="the swept value; None when it is not a number")
    label: str = Field(description="the swept value as written in the arm name")
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n_items: int
    n_seeds: int


class SweepCurve(_Out):
    """One arm family: the swept arm with every other param held at ``fixed``."""

    family: str = Field(description="the base arm, plus the other params' values when the grid has several")
    base: str
    fixed: dict[str, Any] = Field(default_factory=dict)
    points: list[CurvePoint] = Field(description="in increasing x")


class DataMultiplier(_Out):
    target: str
    reference: str
    x_reference: float = Field(description="N: the reference's swept value")
    level: float | None = Field(description="the reference's metric at N")
    x_needed: float | None = Field(description="the target's x at which its curve first reaches the level")
    multiplier: float | None = Field(description="x_needed / N; None when not reached within the grid")
    ci_low: float | None = None
    ci_high: float | None = None
    ci_high_open: bool = Field(False, description="too many resamples never reached the level: no finite upper bound")
    status: Status
    at_least: float | None = Field(None, description="not reached: the multiplier exceeds this (largest x / N)")
    at_most: float | None = Field(None, description="below grid: the multiplier is at most this (smallest x / N)")
    share_not_reached: float | None = Field(None, description="share of bootstrap resamples that never reach the level")
    n_items: int = 0
    note: str = ""

    @property
    def reached(self) -> bool:
        return self.status in ("reached", "below_grid")


class SweepAnalysis(_Out):
    param: str = Field(description="the swept param on the x axis, e.g. aft.epochs")
    suite: str
    split: SplitName
    metric: Metric
    ci_level: float
    bootstrap: int
    higher_is_better: bool = True
    curves: list[SweepCurve]
    multipliers: list[DataMultiplier] = Field(default_factory=list)
    method: str = ""
    notes: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- pure curve arithmetic

def crossings(xs: np.ndarray, Y: np.ndarray, level: np.ndarray, *, higher_is_better: bool = True
              ) -> tuple[np.ndarray, np.ndarray]:
    """For each row of ``Y`` (curves over ``xs``, increasing, > 0): the first x where the curve,
    linear in log x between grid points, reaches that row's ``level``.

    Returns ``(x, code)``: code 0 reached (x interpolated), 1 below grid (already past the level
    at xs[0]; x = xs[0]), 2 not reached (x NaN).
    """
    xs = np.asarray(xs, dtype=float)
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    L = np.broadcast_to(np.asarray(level, dtype=float), (Y.shape[0],))
    if xs.ndim != 1 or xs.size != Y.shape[1] or xs.size == 0:
        raise ValueError("xs must be 1-d with one value per column of Y")
    if np.any(xs <= 0) or np.any(np.diff(xs) <= 0):
        raise ValueError("xs must be increasing and > 0 (the curve is interpolated in log x)")
    s = 1.0 if higher_is_better else -1.0
    lx = np.log(xs)
    hit = s * Y >= s * L[:, None]  # NaN compares False
    anyhit = hit.any(axis=1)
    first = hit.argmax(axis=1)
    rows = np.arange(Y.shape[0])
    x = np.full(Y.shape[0], np.nan)
    code = np.full(Y.shape[0], 2)
    at0 = anyhit & (first == 0)
    x[at0] = xs[0]
    code[at0] = np.where(s * Y[at0, 0] > s * L[at0], 1, 0)
    mid = anyhit & (first > 0)
    if mid.any():
        j = first[mid]
        y0, y1 = Y[rows[mid], j - 1], Y[rows[mid], j]
        t = np.where(y1 == L[mid], 1.0, (L[mid] - y0) / (y1 - y0))
        x[mid] = np.where(t >= 1.0, xs[j], np.exp(lx[j - 1] + t * (lx[j] - lx[j - 1])))
        code[mid] = 0
    return x, code


def multipliers_from_curves(x_target: list[float], y_target: list[float], x_reference: list[float],
                            y_reference: list[float], *, higher_is_better: bool = True,
                            target: str = "target", reference: str = "reference") -> list[DataMultiplier]:
    """Point estimates only (no interval), from two curves given as numbers."""
    xt, yt = np.asarray(x_target, float), np.asarray(y_target, float)
    out = []
    for n, lv in zip(x_reference, y_reference):
        x, code = crossings(xt, yt[None, :], np.array([lv]), higher_is_better=higher_is_better)
        out.append(_record(target, reference, float(n), float(lv), float(x[0]), int(code[0]), xt))
    return out


def _record(target: str, reference: str, n: float, level: float | None, x: float, code: int,
            xt: np.ndarray, **extra: Any) -> DataMultiplier:
    status: Status = ("reached", "below_grid", "not_reached")[code]
    if status == "not_reached":
        return DataMultiplier(target=target, reference=reference, x_reference=n, level=level, x_needed=None,
                              multiplier=None, status=status, at_least=float(xt[-1]) / n,
                              note=f"{target} does not reach {reference}'s level at {n:g} within the grid "
                                   f"(up to {xt[-1]:g})", **extra)
    return DataMultiplier(target=target, reference=reference, x_reference=n, level=level, x_needed=x,
                          multiplier=x / n, status=status,
                          at_most=float(xt[0]) / n if status == "below_grid" else None,
                          note=(f"{target} is already at {reference}'s level at its smallest value "
                                f"{xt[0]:g}: the multiplier is at most {xt[0] / n:.3g}")
                          if status == "below_grid" else "", **extra)


# ---------------------------------------------------------------- from scored items

def _families(exp: "Experiment") -> dict[str, tuple[str, dict[str, Any], list[tuple[str, float]]]]:
    """family → (base arm, fixed other params, [(arm, x), ...] in increasing x)."""
    sw = exp.sweep
    assert sw is not None
    xp = sw.x_param
    fams: dict[str, tuple[str, dict[str, Any], list[tuple[str, Any]]]] = {}
    for p in sweep_mod.points(sw):
        fixed = {k: v for k, v in p.values.items() if k != xp}
        name = sweep_mod.arm_name(p.base, fixed) if fixed else p.base
        fams.setdefault(name, (p.base, fixed, []))[2].append((p.arm, p.values[xp]))
    for _, _, pts in fams.values():
        if all(_is_number(x) for _, x in pts):
            pts.sort(key=lambda t: float(t[1]))
    return fams


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _resample_weights(rng: np.random.Generator, B: int, n: int, clusters: np.ndarray | None) -> np.ndarray:
    """(B, n) how often each item is drawn (clusters: how often its cluster is)."""
    if clusters is None:
        draws = rng.integers(0, n, size=(B, n))
        flat = (draws + n * np.arange(B)[:, None]).ravel()
        return np.bincount(flat, minlength=B * n).reshape(B, n).astype(float)
    _, of = np.unique(clusters, return_inverse=True)
    k = int(of.max()) + 1
    draws = rng.integers(0, k, size=(B, k))
    counts = np.zeros((B, k))
    np.add.at(counts, (np.arange(B)[:, None], draws), 1.0)
    return counts[:, of]


def _resampled_means(Xs: list[np.ndarray], B: int, rng: np.random.Generator,
                     clusters: np.ndarray | None, shared_seeds: bool) -> np.ndarray:
    """(B, n_arms) arm means under one shared item (or cluster) draw per resample; seeds are
    drawn too (shared when every arm ran the same seeds)."""
    n = Xs[0].shape[0]
    out = np.empty((B, len(Xs)))
    step = max(1, 2_000_000 // max(1, n * len(Xs)))
    for a in range(0, B, step):
        b = min(B, a + step)
        W = _resample_weights(rng, b - a, n, clusters)
        shared = stats.seed_weights(rng, b - a, Xs[0].shape[1]) if shared_seeds else None
        for j, X in enumerate(Xs):
            if X.shape[1] == 1:
                V = np.broadcast_to(X[:, 0], (b - a, n))
            else:
                V = stats._weighted_items(shared if shared is not None else
                                          stats.seed_weights(rng, b - a, X.shape[1]), X)
            ok = np.isfinite(V)
            Wd = np.where(ok, W, 0.0)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[a:b, j] = (Wd * np.where(ok, V, 0.0)).sum(1) / Wd.sum(1)
    return out


def _quantiles(samples: np.ndarray, level: float) -> tuple[float, float]:
    """Equal-tailed interval over samples that may be +inf (never reached): no interpolation."""
    s = samples[~np.isnan(samples)]
    if s.size == 0:
        return math.nan, math.nan
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(s, [alpha, 1.0 - alpha], method="inverted_cdf")
    return float(lo), float(hi)


def analyze_sweep(results: dict[tuple[str, int], list[ItemResult]], experiment: "Experiment", *,
                  seed: int = 0, higher_is_better: bool = True,
                  view: "sweep_mod.SweepView | None" = None) -> SweepAnalysis:
    """Curves with CIs for every arm family and the data multipliers the sweep asks for.

    The suite(s) and split are ``view``'s (one of ``sweep.also``), else the sweep's, else the
    primary contrast's; the metric, bootstrap size and cluster tag are the experiment's
    ``analysis`` settings. For a single suite the curve points equal ``analyze(...).arm_metrics``
    (same items, same resampling streams).
    """
    sw = experiment.sweep
    if sw is None:
        raise ValueError("the experiment has no sweep")
    an = experiment.analysis
    suites = view.suites if view else sw.suites or an.primary.suites
    split = view.split if view else sw.split or an.primary.split
    label = "+".join(suites)
    B = an.bootstrap
    t, _, _ = _build(results, an.metric)
    fams = _families(experiment)
    notes: list[str] = []
    curves: list[SweepCurve] = []
    for fam, (base, fixed, pts) in fams.items():
        cpts = []
        for arm, x in pts:
            seeds = sorted(set().union(*(t.seeds.get((arm, su), set()) for su in suites)))
            keys = _pooled(t, arm, suites, split)
            if not keys:
                notes.append(f"{arm}: no results on {label} ({split})")
                continue
            X = _pooled_matrix(t, arm, keys, seeds)
            # the same resampling stream as analyze()'s arm_metrics for a single suite
            rng_split = split
            if len(suites) == 1 and split == "all" and len(_splits_of(t, suites[0])) == 1:
                rng_split = _splits_of(t, suites[0])[0]
            iv = stats.bootstrap_mean(X, B, _rng(seed, "arm", arm, label, rng_split), CI_LEVEL)
            cpts.append(CurvePoint(arm=arm, x=float(x) if _is_number(x) else None,
                                   label=sweep_mod.format_value(x), mean=_f(iv.estimate), ci_low=_f(iv.low),
                                   ci_high=_f(iv.high), n_seeds=len(seeds),
                                   n_items=int((~np.all(np.isnan(X), axis=1)).sum()) if X.size else 0))
        curves.append(SweepCurve(family=fam, base=base, fixed=fixed, points=cpts))
    numeric = all(_is_number(x) and x > 0 for _, _, pts in fams.values() for _, x in pts)
    if not numeric:
        notes.append(f"{sw.x_param} is not a positive number everywhere: the curves are drawn "
                     "in grid order and there is no data multiplier")
    mults: list[DataMultiplier] = []
    if sw.target is not None and numeric:
        refs = sw.references or [a for a in sw.arms if a != sw.target]
        for tfam, (tbase, tfixed, tpts) in fams.items():
            if tbase != sw.target:
                continue
            for rfam, (rbase, rfixed, rpts) in fams.items():
                if rbase in refs and rfixed == tfixed:
                    mults += _multipliers(t, tfam, tpts, rfam, rpts, suites, split, B, seed,
                                          an.cluster, higher_is_better)
    method = ("curves: mean over items (of the mean over seeds) per arm, with a percentile bootstrap "
              f"over items ({B:,} resamples); data multiplier: the target's curve linear in log x, first "
              "crossing of the reference's level, interval from "
              + (f"resampling whole '{an.cluster}' clusters" if an.cluster else "resampling items")
              + " (and seeds), one draw shared by every arm")
    return SweepAnalysis(param=sw.x_param, suite=label, split=split, metric=an.metric, ci_level=CI_LEVEL,
                         bootstrap=B, higher_is_better=higher_is_better, curves=curves, multipliers=mults,
                         method=method, notes=notes)


def _multipliers(t, tfam: str, tpts: list, rfam: str, rpts: list, suites: list[str], split: str,
                 B: int, seed: int, cluster: str | None, higher_is_better: bool) -> list[DataMultiplier]:
    arms = [a for a, _ in tpts] + [a for a, _ in rpts]
    seeds = {a: sorted(set().union(*(t.seeds.get((a, su), set()) for su in suites))) for a in arms}
    keysets = []
    for a in arms:
        ks = _pooled(t, a, suites, split)
        M = _pooled_matrix(t, a, ks, seeds[a])
        keysets.append({k for k, row in zip(ks, M) if not np.all(np.isnan(row))})
    keys = sorted(set.intersection(*keysets)) if keysets else []
    if not keys:
        return [DataMultiplier(target=tfam, reference=rfam, x_reference=float(n), level=None, x_needed=None,
                               multiplier=None, status="no_data",
                               note=f"no item graded in every arm of {tfam} and {rfam}") for _, n in rpts]
    Xs = [_pooled_matrix(t, a, keys, seeds[a]) for a in arms]
    point = np.array([np.nanmean(stats.item_means(X)) for X in Xs])
    labels = (np.array([f"{su}:{_tag_str(t.items[(su, iid)].tags.get(cluster, iid))}" for su, iid in keys])
              if cluster else None)
    shared = len({tuple(s) for s in seeds.values()}) == 1
    R = _resampled_means(Xs, B, _rng(seed, "multiplier", tfam, rfam, "+".join(suites), split), labels, shared)
    k = len(tpts)
    xt = np.array([float(x) for _, x in tpts])
    out = []
    for j, (_, n) in enumerate(rpts):
        n = float(n)
        x, code = crossings(xt, point[None, :k], point[k + j:k + j + 1], higher_is_better=higher_is_better)
        xb, cb = crossings(xt, R[:, :k], R[:, k + j], higher_is_better=higher_is_better)
        m = np.where(cb == 2, np.inf, xb / n)
        lo, hi = _quantiles(m, CI_LEVEL)
        rec = _record(tfam, rfam, n, _f(point[k + j]), float(x[0]), int(code[0]), xt,
                      ci_low=_f(lo), ci_high=_f(hi), ci_high_open=bool(hi == math.inf),
                      share_not_reached=float(np.mean(cb == 2)), n_items=len(keys))
        out.append(rec)
    return out
