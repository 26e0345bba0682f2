"""Turn scored items of every (arm, seed) into arm metrics and paired contrasts."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from whyfirst.analyze import stats
from whyfirst.analyze.results import (AnalysisResult, ArmSuiteMetric, ContrastResult, ErrorCount,
                                      PositionBias, TagContrast, TagMetric)
from whyfirst.config import Analysis, Contrast
from whyfirst.records import ItemResult

SPLITS = ("in_distribution", "out_of_distribution")
METRIC_TEXT = {
    "p_target": "p_target: softmax probability of the target option among the item's options, "
                "averaged over presentation orders",
    "accuracy": "accuracy: 1 if the target option scores highest in every presentation order, else 0",
    "calibrated_logodds": "calibrated_logodds: the target's log-odds given the item minus its log-odds "
                          "given a content-free prompt with the same options (the option prior), "
                          "averaged over orders; 0 = no preference beyond word priming",
    "p_prior": "p_prior: P(target) under the content-free prompt (the option prior alone)",
    "p_target_norm": "p_target_norm: P(target) from per-token mean log-probabilities (length-normalized)",
}
MAX_TAG_VALUES = 20  # tags with more distinct values than this (ids, free text) are not broken down
CI_LEVEL = 0.95


def _f(x: float) -> float | None:
    """NaN/inf → None for the JSON records."""
    return None if x is None or not math.isfinite(x) else float(x)


def _tag_str(v: object) -> str:
    return str(v).lower() if isinstance(v, bool) else str(v)


@dataclass
class _Item:
    suite: str
    split: str
    tags: dict
    n_options: int | None = None


@dataclass
class _Table:
    """metric values per (arm, suite) → item → seed; NaN marks an errored result."""

    metric: str
    values: dict[tuple[str, str], dict[str, dict[int, float]]] = field(default_factory=lambda: defaultdict(dict))
    p_first: dict[tuple[str, str], dict[str, dict[int, float]]] = field(default_factory=lambda: defaultdict(dict))
    seeds: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))
    items: dict[tuple[str, str], _Item] = field(default_factory=dict)  # (suite, item_id)

    def item_ids(self, arm: str, suite: str, split: str, tag: tuple[str, str] | None = None) -> list[str]:
        out = []
        for iid in self.values.get((arm, suite), {}):
            meta = self.items[(suite, iid)]
            if split != "all" and meta.split != split:
                continue
            if tag is not None and _tag_str(meta.tags.get(tag[0], "\0")) != tag[1]:
                continue
            out.append(iid)
        return out

    def matrix(self, arm: str, suite: str, ids: list[str], seeds: list[int] | None = None,
               which: str = "values") -> np.ndarray:
        cells = (self.values if which == "values" else self.p_first).get((arm, suite), {})
        seeds = seeds if seeds is not None else sorted(self.seeds[(arm, suite)])
        X = np.full((len(ids), len(seeds)), np.nan)
        col = {s: j for j, s in enumerate(seeds)}
        for i, iid in enumerate(ids):
            for s, v in cells.get(iid, {}).items():
                if s in col:
                    X[i, col[s]] = v
        return X


def _p_first(r: ItemResult) -> float | None:
    """Mean over orders of the softmax probability of the option shown first."""
    ps = []
    for o in r.orders:
        if not o.order or not o.options:
            continue
        scores = np.array([s.logprob / max(1, s.n_tokens) if r.length_normalized else s.logprob
                           for s in o.options])
        keys = [s.key for s in o.options]
        if o.order[0] not in keys or not np.all(np.isfinite(scores)):
            continue
        p = np.exp(scores - scores.max())
        p /= p.sum()
        ps.append(p[keys.index(o.order[0])])
    return float(np.mean(ps)) if ps else None


def metric_value(r: ItemResult, metric: str) -> float:
    """An item result's value under a metric; NaN where the result does not carry it."""
    if metric == "p_target":
        return r.p_target
    if metric == "accuracy":
        return float(r.target_always_wins)
    v = r.calibrated_logodds if metric == "calibrated_logodds" else getattr(r, metric)
    return float("nan") if v is None else float(v)


def _build(results: dict[tuple[str, int], list[ItemResult]], metric: str
           ) -> tuple[_Table, list[ErrorCount], dict[str, int]]:
    t = _Table(metric)
    errs: dict[tuple[str, int, str], list] = {}
    flags = {"n": 0, "length_normalized": 0, "with_orders": 0, "orders_min": 10 ** 9, "orders_max": 0}
    for (arm, seed), rows in results.items():
        seed = int(seed)
        seen: set[tuple[str, str]] = set()
        for r in rows:
            if (r.suite, r.item_id) in seen:
                raise ValueError(f"arm {arm!r} seed {seed}: item {r.item_id!r} of suite {r.suite!r} "
                                 "appears twice in the results")
            seen.add((r.suite, r.item_id))
            key = (r.suite, r.item_id)
            if key not in t.items:
                n_opt = len(r.orders[0].options) if r.orders else None
                t.items[key] = _Item(r.suite, r.split, dict(r.tags), n_opt)
            elif t.items[key].split != r.split:
                raise ValueError(f"item {r.item_id!r} of suite {r.suite!r} has split {r.split!r} in "
                                 f"arm {arm!r} seed {seed} but {t.items[key].split!r} elsewhere")
            e = errs.setdefault((arm, seed, r.suite), [0, 0, []])
            e[1] += 1
            t.seeds[(arm, r.suite)].add(seed)
            cell = t.values[(arm, r.suite)].setdefault(r.item_id, {})
            if r.error is not None:
                e[0] += 1
                if r.error not in e[2] and len(e[2]) < 3:
                    e[2].append(r.error)
                cell[seed] = np.nan
                continue
            cell[seed] = metric_value(r, metric)
            flags["n"] += 1
            flags["length_normalized"] += bool(r.length_normalized)
            if r.orders:
                flags["with_orders"] += 1
                flags["orders_min"] = min(flags["orders_min"], len(r.orders))
                flags["orders_max"] = max(flags["orders_max"], len(r.orders))
            pf = _p_first(r)
            if pf is not None:
                t.p_first[(arm, r.suite)].setdefault(r.item_id, {})[seed] = pf
    counts = [ErrorCount(arm=a, seed=s, suite=su, n_errors=v[0], n_results=v[1], examples=v[2])
              for (a, s, su), v in sorted(errs.items())]
    return t, counts, flags


def _rng(seed: int, *parts: object) -> np.random.Generator:
    """A stream per computation, so a result does not depend on what else was analysed."""
    h = int.from_bytes(hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()[:8], "little")
    return np.random.default_rng([seed, h])


def _splits_of(t: _Table, suite: str) -> list[str]:
    present = {m.split for (s, _), m in t.items.items() if s == suite}
    out = [s for s in SPLITS if s in present]
    return out + ["all"] if len(out) > 1 else out


def _pooled(t: _Table, arm: str, suites: list[str], split: str) -> list[tuple[str, str]]:
    return [(su, iid) for su in suites for iid in t.item_ids(arm, su, split)]


def _pooled_matrix(t: _Table, arm: str, keys: list[tuple[str, str]], seeds: list[int]) -> np.ndarray:
    if not keys:
        return np.full((0, len(seeds)), np.nan)
    return np.vstack([t.matrix(arm, su, [iid], seeds) for su, iid in keys])


def _contrast(t: _Table, c: Contrast, *, primary: bool, B: int, n_perm: int, seed: int,
              tag_keys: list[str], cluster: str | None = None) -> ContrastResult:
    split, suites = c.split, c.suites
    seeds_a = sorted(set().union(*(t.seeds[(c.a, su)] for su in suites)))
    seeds_b = sorted(set().union(*(t.seeds[(c.b, su)] for su in suites)))
    paired_seeds = seeds_a == seeds_b and len(seeds_a) > 0
    keys_a, keys_b = _pooled(t, c.a, suites, split), set(_pooled(t, c.b, suites, split))
    ok_a = {k for k, row in zip(keys_a, _pooled_matrix(t, c.a, keys_a, seeds_a)) if not np.all(np.isnan(row))}
    kb = sorted(keys_b)
    ok_b = {k for k, row in zip(kb, _pooled_matrix(t, c.b, kb, seeds_b)) if not np.all(np.isnan(row))}
    keys = sorted(ok_a & ok_b)
    n_unpaired = len(ok_a ^ ok_b)
    Xa, Xb = _pooled_matrix(t, c.a, keys, seeds_a), _pooled_matrix(t, c.b, keys, seeds_b)
    base = dict(name=c.name, a=c.a, b=c.b, suite=c.suite_label, split=split, metric=t.metric,
                n_unpaired=n_unpaired, seeds_a=seeds_a, seeds_b=seeds_b, seeds_paired=paired_seeds,
                n_seeds=len(seeds_a) if paired_seeds else min(len(seeds_a), len(seeds_b)),
                primary=primary)
    if not keys:
        have = sorted({s for (s, _) in t.items})
        arms = sorted({a for (a, _) in t.values})
        if missing_s := [su for su in suites if su not in have]:
            note = (f"no results for suite {', '.join(map(repr, missing_s))}; the results name the suites {have} "
                    "(ItemResult.suite must match the suite names in the experiment)")
        elif missing := [x for x in (c.a, c.b) if not any((x, su) in t.values for su in suites)]:
            note = f"no results for arm(s) {missing} on {c.suite_label!r}; arms with results: {arms}"
        elif split != "all" and not keys_a:
            note = f"suite {c.suite_label!r} has no {split} items"
        else:
            note = f"no item of {c.suite_label!r} was graded (without error) in both {c.a} and {c.b}"
        return ContrastResult(diff=None, ci_low=None, ci_high=None, n_items=0, note=note, **base)
    meta = [t.items[k] for k in keys]
    labels = (np.array([f"{m.suite}:{_tag_str(m.tags.get(cluster, k[1]))}" for m, k in zip(meta, keys)])
              if cluster else None)
    tag = "+".join(suites)
    pb = stats.bootstrap_paired(Xa, Xb, B, _rng(seed, "contrast", c.a, c.b, tag, split),
                                CI_LEVEL, paired_seeds=paired_seeds, clusters=labels)
    d = stats.item_means(Xa) - stats.item_means(Xb)
    # with several seeds the test adds the seed level to the item flips (see sign_flip_test)
    sf = stats.sign_flip_test(d, n_perm, _rng(seed, "perm", c.a, c.b, tag, split),
                              seeds=stats.seed_spread(Xa, Xb, paired_seeds))
    by_tag = []
    for key in tag_keys:
        values = sorted({_tag_str(m.tags[key]) for m in meta if key in m.tags})
        for v in values:
            rows = [j for j, m in enumerate(meta) if key in m.tags and _tag_str(m.tags[key]) == v]
            sub = stats.bootstrap_paired(Xa[rows], Xb[rows], B, _rng(seed, "ctag", c.a, c.b, tag,
                                         split, key, v), CI_LEVEL, paired_seeds=paired_seeds)
            sub_p = stats.sign_flip_test(d[rows], n_perm, _rng(seed, "ptag", c.a, c.b, tag, split, key, v),
                                         seeds=stats.seed_spread(Xa[rows], Xb[rows], paired_seeds))
            by_tag.append(TagContrast(tag=key, value=v, diff=_f(sub.diff.estimate), ci_low=_f(sub.diff.low),
                                      ci_high=_f(sub.diff.high), n_items=len(rows), p_value=_f(sub_p.p_value)))
    stats.holm_adjust_into(by_tag)
    return ContrastResult(
        diff=_f(pb.diff.estimate), ci_low=_f(pb.diff.low), ci_high=_f(pb.diff.high),
        mean_a=_f(pb.mean_a), mean_b=_f(pb.mean_b), effect_size=_f(pb.effect_size.estimate),
        effect_size_ci_low=_f(pb.effect_size.low), effect_size_ci_high=_f(pb.effect_size.high),
        p_value=_f(sf.p_value), permutation_resamples=sf.n_resamples, permutation_exact=sf.exact,
        n_items=len(keys), by_tag=by_tag, cluster=cluster, **base)


def _tag_keys(t: _Table, suite: str) -> list[str]:
    metas = [m for (s, _), m in t.items.items() if s == suite]
    keys = sorted({k for m in metas for k in m.tags})
    out = []
    for k in keys:
        vals = {_tag_str(m.tags[k]) for m in metas if k in m.tags}
        if 2 <= len(vals) <= MAX_TAG_VALUES and len(vals) < len(metas):
            out.append(k)
    return out


def _method(metric: str, flags: dict, B: int, n_perm: int, n_errors: int,
            multi_seed: bool = False) -> dict[str, str]:
    n = flags["n"]
    ln = flags["length_normalized"]
    if n == 0:
        norm = "no graded results"
    elif ln == 0:
        norm = "options compared by the sum of their token log-probabilities (no length normalization)"
    elif ln == n:
        norm = "options compared by mean per-token log-probability (length-normalized)"
    else:
        norm = f"mixed: {ln} of {n} results length-normalized — compare arms with care"
    if flags["with_orders"] == 0:
        orders = "no per-order scores were recorded; position bias cannot be checked"
    else:
        lo, hi = flags["orders_min"], flags["orders_max"]
        k = f"{lo}" if lo == hi else f"{lo}–{hi}"
        orders = (f"each item was scored in {k} presentation orders of its options; the item's value "
                  "averages over orders, so a preference for the first (or last) slot cancels out")
    metric_text = METRIC_TEXT[metric]
    return {
        "metric": metric_text,
        "length_normalization": norm,
        "orders": orders,
        "position_bias": "diagnostic: mean probability given to whichever option is shown first "
                         "(chance = 1/number of options)",
        "seeds": "an item's value is the mean over training seeds; with several seeds an arm's CI is "
                 "a hierarchical bootstrap (resample seeds, then items), and a contrast's CI, d_z "
                 "interval and p-value add a seed level: the standard error of the per-seed "
                 "differences times a Student t on (seeds − 1) degrees of freedom",
        "ci": f"{int(CI_LEVEL * 100)}% percentile bootstrap over items, {B:,} resamples",
        "contrasts": "a − b on the items graded in both arms; one item resample is shared by the two "
                     "arms (and, when both arms ran the same seeds, the seed level is that of the "
                     "per-seed differences)",
        "effect_size": "paired Cohen's d_z: mean of the item-level (seed-averaged) differences over "
                       "their SD, with a bootstrap CI from the same resamples as the difference's "
                       "(seed level included)",
        "p_value": (f"two-sided paired sign-flip permutation test on item-level differences "
                    f"(exact for ≤ {stats.EXACT_MAX_N} items, else {n_perm:,} random flips)"
                    + ("; with several seeds each of the " f"{n_perm:,} replicates adds the seed "
                       "level (a conservative two-level test: it never treats a few seeds as the "
                       "whole population of training runs)" if multi_seed else "")),
        "uncertainty": ("CIs, d_z and p-values of contrasts include seed-to-seed variation; with two or "
                        "three seeds they are wide because the seed level has one or two degrees of "
                        "freedom" if multi_seed else
                        "with one training seed, CIs and p-values reflect which items were sampled, "
                        "not run-to-run training variation"),
        "errors": f"{n_errors} results carried an error and were excluded (counted per arm × seed × suite)",
    }


def analyze(results: dict[tuple[str, int], list[ItemResult]], analysis: Analysis, *,
            seed: int = 0) -> AnalysisResult:
    """Arm × suite metrics with CIs, paired contrasts, per-tag breakdowns and diagnostics.

    ``results`` maps ``(arm, seed)`` to that model's scored items. Results whose ``error``
    is set are excluded and counted. Resampling is seeded by ``seed``: the same inputs
    give the same numbers.
    """
    if not results:
        raise ValueError("no results to analyze")
    metric = analysis.metric
    B = analysis.bootstrap
    n_perm = max(10_000, B)
    t, errors, flags = _build(results, metric)
    arms = list(dict.fromkeys(a for a, _ in results))
    suites = list(dict.fromkeys(s for (s, _) in t.items))
    all_seeds = sorted({int(s) for _, s in results})

    arm_metrics: list[ArmSuiteMetric] = []
    tag_metrics: list[TagMetric] = []
    bias: list[PositionBias] = []
    for arm in arms:
        for suite in suites:
            if (arm, suite) not in t.values:
                continue
            seeds = sorted(t.seeds[(arm, suite)])
            for split in _splits_of(t, suite):
                ids = t.item_ids(arm, suite, split)
                X = t.matrix(arm, suite, ids, seeds)
                cells = t.values[(arm, suite)]
                n_err = sum(1 for i in ids for v in cells[i].values() if math.isnan(v))
                iv = stats.bootstrap_mean(X, B, _rng(seed, "arm", arm, suite, split), CI_LEVEL)
                arm_metrics.append(ArmSuiteMetric(
                    arm=arm, suite=suite, split=split, metric=metric, mean=_f(iv.estimate),
                    ci_low=_f(iv.low), ci_high=_f(iv.high),
                    n_items=int((~np.all(np.isnan(X), axis=1)).sum()) if X.size else 0,
                    n_seeds=len(seeds), n_errors=n_err))
            for key in _tag_keys(t, suite):
                values = sorted({_tag_str(m.tags[key]) for (s, _), m in t.items.items()
                                 if s == suite and key in m.tags})
                for v in values:
                    ids = t.item_ids(arm, suite, "all", (key, v))
                    X = t.matrix(arm, suite, ids, seeds)
                    iv = stats.bootstrap_mean(X, B, _rng(seed, "tag", arm, suite, key, v), CI_LEVEL)
                    tag_metrics.append(TagMetric(
                        arm=arm, suite=suite, tag=key, value=v, metric=metric, mean=_f(iv.estimate),
                        ci_low=_f(iv.low), ci_high=_f(iv.high),
                        n_items=int((~np.all(np.isnan(X), axis=1)).sum()) if X.size else 0,
                        n_seeds=len(seeds)))
        # position bias per suite and pooled over suites
        pooled: list[np.ndarray] = []
        chance_all: list[float] = []
        for suite in suites:
            cells = t.p_first.get((arm, suite))
            if not cells:
                continue
            ids = sorted(cells)
            seeds = sorted(t.seeds[(arm, suite)])
            X = t.matrix(arm, suite, ids, seeds, which="p_first")
            ks = [t.items[(suite, i)].n_options for i in ids]
            chance = float(np.mean([1.0 / k for k in ks if k])) if any(ks) else None
            iv = stats.bootstrap_mean(X, B, _rng(seed, "bias", arm, suite), CI_LEVEL)
            bias.append(PositionBias(arm=arm, suite=suite, mean_p_first=_f(iv.estimate),
                                     ci_low=_f(iv.low), ci_high=_f(iv.high), chance=chance,
                                     n_items=len(ids)))
            pooled.append(stats.item_means(X))
            chance_all += [1.0 / k for k in ks if k]
        if len(pooled) > 1:
            x = np.concatenate(pooled)
            iv = stats.bootstrap_mean(x, B, _rng(seed, "bias", arm, "all"), CI_LEVEL)
            bias.append(PositionBias(arm=arm, suite="all", mean_p_first=_f(iv.estimate),
                                     ci_low=_f(iv.low), ci_high=_f(iv.high),
                                     chance=float(np.mean(chance_all)) if chance_all else None,
                                     n_items=int(np.isfinite(x).sum())))

    contrasts = []
    for i, c in enumerate([analysis.primary, *analysis.secondary]):
        keys = sorted(set().union(*(_tag_keys(t, su) for su in c.suites)))
        contrasts.append(_contrast(t, c, primary=i == 0, B=B, n_perm=n_perm, seed=seed,
                                   tag_keys=keys, cluster=analysis.cluster))
    stats.holm_adjust_into([c for c in contrasts if not c.primary])
    n_errors = sum(e.n_errors for e in errors)
    warnings = [f"contrast '{c.name}': {c.note}" for c in contrasts if c.note]
    return AnalysisResult(
        metric=metric, ci_level=CI_LEVEL, bootstrap=B, seed=seed, arms=arms, suites=suites,
        seeds=all_seeds, arm_metrics=arm_metrics, contrasts=contrasts, tag_metrics=tag_metrics,
        position_bias=bias, errors=errors, n_results=sum(len(v) for v in results.values()),
        n_errors=n_errors, method=_method(metric, flags, B, n_perm, n_errors, len(all_seeds) > 1),
        warnings=warnings)
