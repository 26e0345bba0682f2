"""Write ``report.html`` (one self-contained page), ``summary.json`` and ``items.csv``."""

from __future__ import annotations

import csv
import json
import math
import os
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import numpy as np

from whyfirst import __version__
from whyfirst.analyze.results import AnalysisResult, ContrastResult
from whyfirst.config import Experiment
from whyfirst.records import ItemResult, SuiteItem
from whyfirst.report import figures
from whyfirst.report.figures import SPLIT_LABEL, SPLIT_SHORT

if TYPE_CHECKING:
    from whyfirst.analyze.sweep import SweepAnalysis

TEMPLATES = Path(__file__).parent / "templates"
METRIC_LABEL = {"p_target": "P(target)", "accuracy": "accuracy",
                "calibrated_logodds": "calibrated log-odds", "p_prior": "P(target | neutral)",
                "p_target_norm": "P(target), length-normalized"}
METRIC_WORDS = {"p_target": "mean probability of the target option",
                "accuracy": "share of items where the target option won in every order",
                "calibrated_logodds": "mean calibrated log-odds of the target (given the item minus "
                                      "given a content-free prompt with the same options)",
                "p_prior": "mean probability of the target option under a content-free prompt",
                "p_target_norm": "mean length-normalized probability of the target option"}
# The views of every result the report shows beside the primary metric (issue: preference vs priming)
METRIC_VIEWS = ("p_target", "p_prior", "calibrated_logodds", "p_target_norm", "accuracy")
MAX_LEAKAGE_OTHERS = 10  # unflagged audit rows shown, closest to the thresholds first
N_EXAMPLES = 6


# ---------------------------------------------------------------- formatting

def fmt(x: Any, digits: int = 3, signed: bool = False) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return f"{x:,}"
    if isinstance(x, float):
        return f"{x:+.{digits}f}" if signed else f"{x:.{digits}f}"
    return str(x)


def fmt_ci(lo: float | None, hi: float | None, digits: int = 3) -> str:
    if lo is None or hi is None:
        return "n/a"
    return f"[{lo:.{digits}f}, {hi:.{digits}f}]"


def fmt_p(p: float | None) -> str:
    if p is None:
        return "p = n/a"
    if p < 0.001:
        return "p < 0.001"
    if p < 0.01:
        return f"p = {p:.3f}"
    return f"p = {p:.2f}"


def fmt_seconds(s: float | None) -> str:
    if s is None:
        return "n/a"
    if s < 90:
        return f"{s:.0f} s"
    if s < 5400:
        return f"{s / 60:.1f} min"
    return f"{s / 3600:.1f} h"


# ---------------------------------------------------------------- the answer

def _target_key(suite: str, results: dict[tuple[str, int], list[ItemResult]]) -> str | None:
    """The suite's target option key, when all its items share one (e.g. "america")."""
    keys = {r.target for rows in results.values() for r in rows if r.suite == suite}
    return keys.pop() if len(keys) == 1 else None


def contrast_headline(c: ContrastResult) -> str:
    where = f"{c.suite} ({SPLIT_SHORT[c.split]})" if c.split != "all" else c.suite
    if c.diff is None:
        return f"{c.a} − {c.b} on {where}: no items graded in both arms"
    return f"{c.a} − {c.b} on {where}: {fmt(c.diff, signed=True)} {fmt_ci(c.ci_low, c.ci_high)}, {fmt_p(c.p_value)}"


def answer_paragraph(c: ContrastResult, metric: str, target: str | None, ci_level: float) -> tuple[str, str]:
    """A plain-language reading of the primary contrast, and a verdict word for styling.

    It states the numbers and whether the CI excludes 0, and no more: no claim about
    mechanisms, other models or other suites.
    """
    pct = int(round(ci_level * 100))
    where = (f"the {c.n_items} {SPLIT_LABEL[c.split]} items of {c.suite}" if c.split != "all"
             else f"the {c.n_items} items of {c.suite}")
    if c.diff is None or c.n_items == 0:
        why = f" ({c.note})" if c.note else ""
        return (f"No item of {c.suite} was graded for both {c.a} and {c.b}{why}, so this run cannot "
                "answer the question.", "none")
    unit = METRIC_WORDS[metric]
    tgt = f" (the “{target}” option)" if target and metric == "p_target" else ""
    seeds = (f"{c.n_seeds} training seeds" if c.n_seeds > 1 else "one training seed")
    s = (f"On {where}, {c.a} had a {unit}{tgt} of {fmt(c.mean_a)} and {c.b} {fmt(c.mean_b)}: "
         f"a paired difference of {fmt(c.diff, signed=True)} "
         f"({pct}% CI {fmt(c.ci_low)} to {fmt(c.ci_high)}; paired d_z = {fmt(c.effect_size, 2)}; "
         f"sign-flip permutation {fmt_p(c.p_value)}; {seeds}). ")
    if c.excludes_zero:
        direction = "higher" if c.diff > 0 else "lower"
        s += (f"The {pct}% interval excludes 0, so on these items {c.a} scores {direction} than {c.b}; "
              f"the data are consistent with a difference anywhere from {fmt(c.ci_low, signed=True)} "
              f"to {fmt(c.ci_high, signed=True)}. ")
        verdict = "supported"
    else:
        s += (f"The {pct}% interval includes 0, so this run does not show a difference between "
              f"{c.a} and {c.b} on these items; it cannot rule out differences from "
              f"{fmt(c.ci_low, signed=True)} to {fmt(c.ci_high, signed=True)}. ")
        verdict = "inconclusive"
    if c.n_seeds <= 1:
        s += "With a single training seed, the interval reflects which items were sampled, not run-to-run training variation. "
    elif c.p_value is not None and (c.p_value < 1 - ci_level) != c.excludes_zero:
        s += ("The p-value and the interval disagree: both include seed-to-seed variation, but they "
              "approximate it differently (the sign-flip test counts per-result noise at both the item "
              "and the seed level, so it is the more cautious), which happens near the boundary; read "
              "this result as borderline. ")
    s += "The result is about these items and this base model only."
    return s.strip(), verdict


# ---------------------------------------------------------------- sections

def _arms_view(experiment: Experiment, manifests: list[dict], colors: dict[str, str],
               run_dir: Path) -> list[dict]:
    finals = final_models(experiment, manifests)

    def short(path: str) -> str:
        try:
            return str(Path(path).relative_to(run_dir))
        except ValueError:
            return path

    out = []
    for arm, stages in experiment.arms.items():
        out.append({
            "name": arm, "color": colors.get(arm, figures.MUTED),
            "stages": [{"stage": s.stage, "data": f"{s.data} by {s.teacher}" if s.teacher else s.data}
                       for s in stages],
            "final_models": {seed: {"full": p, "short": short(p)} for seed, p in finals.get(arm, {}).items()},
        })
    return out


def final_models(experiment: Experiment, manifests: list[dict]) -> dict[str, dict[str, str]]:
    """arm → seed → the model each arm ended with, from the manifests (best effort).

    Understands the pipeline's ``{"kind": "arms", "arms": {"<arm>@seed<n>": {"model_path": ...}}}``
    entry, and otherwise falls back to the last stage manifest seen per (arm, seed).
    """
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for m in manifests or []:
        if m.get("kind") == "arms" and isinstance(m.get("arms"), dict):
            for key, v in m["arms"].items():
                arm, _, seed = str(key).partition("@seed")
                path = v.get("model_path") if isinstance(v, dict) else v
                if path:
                    out[arm][seed or "0"] = str(path)
    if out:
        return dict(out)
    for m in manifests or []:
        arm = m.get("arm") or m.get("arm_first_seen")
        if not arm or m.get("kind") not in ("midtrain", "aft"):
            continue
        res = m.get("result") if isinstance(m.get("result"), dict) else {}
        path = res.get("model_path") or res.get("output_dir") or res.get("path") or m.get("model_path")
        if path:
            out[arm][str(m.get("seed", 0))] = str(path)
    return dict(out)


def _cell(m) -> dict | None:
    if m is None:
        return None
    return {"mean": m.mean, "ci_low": m.ci_low, "ci_high": m.ci_high, "n_items": m.n_items,
            "n_errors": getattr(m, "n_errors", 0)}


def _suite_rows(analysis: AnalysisResult) -> list[dict]:
    """One row per suite; a suite with several splits gets its all-items row, then one per split."""
    rows = []
    for suite in analysis.suites:
        present = [s for s in ("in_distribution", "out_of_distribution")
                   if any(m.suite == suite and m.split == s for m in analysis.arm_metrics)]
        splits = ["all", *present] if len(present) > 1 else present
        for split in splits:
            cells = {arm: _cell(next((m for m in analysis.arm_metrics
                                      if m.arm == arm and m.suite == suite and m.split == split), None))
                     for arm in analysis.arms}
            n = max((c["n_items"] for c in cells.values() if c), default=0)
            rows.append({"suite": suite, "split": split, "split_label": SPLIT_LABEL[split],
                         "n_items": n, "cells": cells, "sub": len(splits) > 1 and split != "all"})
    return rows


def _priming_view(analysis: AnalysisResult, views: dict[str, AnalysisResult]) -> dict | None:
    """Raw P(target), its prior under a content-free prompt, and the calibrated log-odds,
    per suite × arm, plus the contrasts under each metric: does an effect survive calibration?"""
    views = {m: v for m, v in views.items() if m in METRIC_VIEWS}
    if not views:
        return None
    metrics = [m for m in METRIC_VIEWS if m in views]
    rows = []
    for suite in analysis.suites:
        for split in ("out_of_distribution", "in_distribution"):
            cells = {}
            for arm in analysis.arms:
                cells[arm] = {m: _cell(next((x for x in views[m].arm_metrics if x.arm == arm
                                             and x.suite == suite and x.split == split), None))
                              for m in metrics}
            if any(c for arm in cells for c in cells[arm].values()):
                rows.append({"suite": suite, "split_label": SPLIT_SHORT.get(split, split), "cells": cells})
    contrasts = []
    for i, c in enumerate(analysis.contrasts):
        contrasts.append({"name": c.name, "primary": c.primary, "split": SPLIT_SHORT.get(c.split, c.split),
                          "by_metric": {m: views[m].contrasts[i] for m in metrics
                                        if i < len(views[m].contrasts)}})
    return {"metrics": metrics, "labels": {m: METRIC_LABEL[m] for m in metrics}, "rows": rows,
            "contrasts": contrasts}


def _tag_tables(analysis: AnalysisResult) -> list[dict]:
    tables = []
    for suite in analysis.suites:
        tms = [t for t in analysis.tag_metrics if t.suite == suite]
        if not tms:
            continue
        keys = list(dict.fromkeys((t.tag, t.value) for t in tms))
        rows = []
        for tag, value in keys:
            cells = {arm: _cell(next((t for t in tms if t.arm == arm and t.tag == tag and t.value == value), None))
                     for arm in analysis.arms}
            n = max((c["n_items"] for c in cells.values() if c), default=0)
            rows.append({"tag": tag, "value": value, "n_items": n, "cells": cells})
        tables.append({"suite": suite, "rows": rows})
    return tables


def _bias_view(analysis: AnalysisResult) -> dict | None:
    if not analysis.position_bias:
        return None
    cols = list(dict.fromkeys(b.suite for b in analysis.position_bias))
    rows = []
    for arm in analysis.arms:
        cells = {c: next((b for b in analysis.position_bias if b.arm == arm and b.suite == c), None) for c in cols}
        rows.append({"arm": arm, "cells": cells})
    chances = {b.chance for b in analysis.position_bias if b.chance is not None}
    return {"columns": cols, "rows": rows, "chance": chances.pop() if len(chances) == 1 else None}


_FLAG_KEYS = ("flagged", "leaked", "flag", "fail", "failed")
_PASS_KEYS = ("passed", "pass", "ok")


def leakage_view(leakage: dict | None, experiment: Experiment) -> dict | None:
    """Normalize an audit report of unknown exact shape into a table.

    Rows are the first list of dicts found (preferring ``items``/``rows``/``results``/``flagged``);
    a row is flagged by a truthy ``flagged``-like field, else by a numeric n-gram or cosine
    field above the experiment's thresholds.
    """
    if leakage is None:
        return None
    if hasattr(leakage, "model_dump"):
        leakage = leakage.model_dump(mode="json")
    a = experiment.analysis

    def is_rows(v: Any) -> bool:
        return isinstance(v, list) and bool(v) and all(isinstance(r, dict) for r in v)

    rows_raw: list[dict] = []
    for key in ("items", "rows", "results", "flagged", *leakage.keys()):
        if is_rows(leakage.get(key)):
            rows_raw = leakage[key]
            break
    if not rows_raw:  # one level down, e.g. {"suites": {"value_conflict": [rows]}}
        for v in leakage.values():
            if isinstance(v, dict):
                for name, sub in v.items():
                    if is_rows(sub):
                        rows_raw += [{"suite": name, **r} if "suite" not in r else r for r in sub]
    thresholds = {"n-gram length": leakage.get("n", leakage.get("ngram", a.leakage_ngram)),
                  "max n-gram share": leakage.get("ngram_max", a.leakage_ngram_max),
                  "max cosine": leakage.get("cosine_max", a.leakage_cosine_max)}

    def score(r: dict) -> float:
        best = 0.0
        for k, v in r.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                lk = k.lower()
                if "ngram" in lk or "overlap" in lk:
                    best = max(best, v / max(a.leakage_ngram_max, 1e-9))
                elif "cos" in lk or "sim" in lk:
                    best = max(best, v / max(a.leakage_cosine_max, 1e-9))
        return best

    def flagged(r: dict) -> bool:
        for k in _FLAG_KEYS:
            if k in r:
                return bool(r[k])
        return score(r) > 1.0

    columns: list[str] = []
    for r in rows_raw:
        for k, v in r.items():
            if k not in columns and k not in _FLAG_KEYS and not isinstance(v, (dict, list)):
                columns.append(k)

    def rank(k: str) -> int:
        lk = k.lower()
        if lk in ("item_id", "id"):
            return 0
        if lk == "suite":
            return 1
        if any(w in lk for w in ("ngram", "overlap", "cos", "sim")) and not any(
                w in lk for w in ("source", "passage", "text")):
            return 2
        if any(w in lk for w in ("source", "nearest", "passage")):
            return 3
        return 4

    columns = sorted(columns, key=lambda k: (rank(k), columns.index(k)))[:6]
    marked = [(flagged(r), score(r), i, r) for i, r in enumerate(rows_raw)]
    marked.sort(key=lambda t: (not t[0], -t[1], t[2]))
    n_flagged = sum(1 for f, *_ in marked if f)
    passed = next((bool(leakage[k]) for k in _PASS_KEYS if k in leakage), n_flagged == 0)

    def cell(k: str, v: Any) -> dict:
        over = False
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            lk = k.lower()
            if "ngram" in lk or "overlap" in lk:
                over = v > a.leakage_ngram_max
            elif "cos" in lk or "sim" in lk:
                over = v > a.leakage_cosine_max
            text = f"{v:.3f}" if isinstance(v, float) else str(v)
            return {"text": text, "num": True, "over": over, "long": False}
        text = "—" if v is None or v == "" else str(v)
        text = text if len(text) <= 140 else text[:137] + "…"
        return {"text": text, "num": False, "over": False, "long": len(text) > 40}

    shown = marked[:n_flagged + MAX_LEAKAGE_OTHERS]
    return {"passed": passed, "n_rows": len(rows_raw), "n_flagged": n_flagged, "columns": columns,
            "rows": [{"flagged": f, "cells": [cell(c, r.get(c, "")) for c in columns]} for f, _, _, r in shown],
            "thresholds": thresholds}


def _manifest_view(experiment: Experiment, manifests: list[dict], analysis: AnalysisResult,
                   wall_s: float | None) -> dict:
    stages = [m for m in manifests or [] if m.get("kind") != "arms"]
    versions: dict[str, str] = {}
    commits = set()
    for m in stages:
        if isinstance(m.get("versions"), dict) and not versions:
            versions = {k: str(v) for k, v in m["versions"].items()}
        if m.get("git_commit"):
            commits.add(str(m["git_commit"])[:12])
    if not versions:
        from whyfirst.runs import package_versions

        versions = package_versions()
    rows = []
    for m in stages:
        res = m.get("result") if isinstance(m.get("result"), dict) else {}
        rows.append({
            "label": m.get("label") or f"{m.get('arm', m.get('arm_first_seen', '?'))} {m.get('kind', '')}",
            "kind": m.get("kind", ""), "seed": m.get("seed", ""), "key": m.get("key", ""),
            "data_sha": str(m.get("data_sha256", ""))[:12],
            "tokens": res.get("tokens") or res.get("train_tokens") or "",
            "wall_s": fmt_seconds(m["wall_s"]) if isinstance(m.get("wall_s"), (int, float)) else "",
            "peak_mb": f"{m['peak_memory_mb']:,.0f}" if isinstance(m.get("peak_memory_mb"), (int, float)) else "",
            "finished_at": str(m.get("finished_at", "")).replace("T", " ").rstrip("Z"),
        })
    model_fp = next((m.get("model") for m in stages if m.get("model")), None)
    return {"model": experiment.model, "model_fingerprint": model_fp, "seeds": experiment.seeds,
            "wall": fmt_seconds(wall_s), "git": ", ".join(sorted(commits)) or None,
            "versions": versions, "rows": rows,
            "suites": [{"name": s.name, "path": str(s.path)} for s in experiment.suites],
            "evaluation": experiment.evaluation.model_dump()}


def render_prompt(item: SuiteItem) -> str:
    filled = item.template
    for slot, opt in zip(item.slots, item.options):
        filled = filled.replace("{" + slot + "}", opt.text)
    return filled


def _examples(analysis: AnalysisResult, results: dict[tuple[str, int], list[ItemResult]],
              items_by_id: dict[str, SuiteItem] | None) -> list[dict]:
    """A few items: where the primary arms differ most (both ways), then one per other suite."""
    p_by: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    meta: dict[tuple[str, str], ItemResult] = {}
    for (arm, _), rows in results.items():
        for r in rows:
            meta.setdefault((r.suite, r.item_id), r)
            if r.error is None:
                p_by[(r.suite, r.item_id)][arm].append(r.p_target)
    mean_p = {k: {a: float(np.mean(v)) for a, v in d.items()} for k, d in p_by.items()}
    chosen: list[tuple[str, str]] = []
    try:
        c = analysis.primary
    except LookupError:
        c = None
    if c is not None:
        cand = [(k, v[c.a] - v[c.b]) for k, v in mean_p.items()
                if k[0] == c.suite and c.a in v and c.b in v
                and (c.split == "all" or meta[k].split == c.split)]
        cand.sort(key=lambda t: -t[1])
        chosen += [k for k, _ in cand[:2]]
        chosen += [k for k, d in cand[::-1][:1] if k not in chosen]
    for suite in analysis.suites:
        if len(chosen) >= N_EXAMPLES:
            break
        if c is not None and suite == c.suite:
            continue
        first = next((k for k in mean_p if k[0] == suite), None)
        if first:
            chosen.append(first)
    out = []
    for key in chosen[:N_EXAMPLES]:
        r = meta[key]
        item = (items_by_id or {}).get(r.item_id)
        out.append({
            "id": r.item_id, "suite": r.suite, "split": SPLIT_LABEL[r.split],
            "tags": {k: str(v).lower() if isinstance(v, bool) else v for k, v in r.tags.items()},
            "prompt": render_prompt(item) if item else None,
            "system": item.system if item else None,
            "prefix": item.response_prefix if item else None,
            "options": [{"key": o.key, "text": o.text, "target": o.key == item.target} for o in item.options]
            if item else [{"key": r.target, "text": "", "target": True}],
            "p": [{"arm": a, "p": mean_p[key].get(a)} for a in analysis.arms],
        })
    return out


def _sweep_view(sweep: "SweepAnalysis | None", metric_label: str, chance: float | None) -> dict | None:
    """The sweep's figure and its data multipliers, for the template."""
    if sweep is None:
        return None
    where = f"{sweep.suite} · {SPLIT_LABEL[sweep.split]}"
    rows = []
    for m in sweep.multipliers:
        if m.status == "not_reached":
            value = f"> {m.at_least:.3g}× (not reached)"
        elif m.status == "below_grid":
            value = f"≤ {m.at_most:.3g}× (at the smallest value)"
        elif m.multiplier is None:
            value = "n/a"
        else:
            value = f"{m.multiplier:.2f}×"
        ci = ("n/a" if m.ci_low is None else
              f"[{m.ci_low:.2f}, {'open' if m.ci_high_open else f'{m.ci_high:.2f}'}]")
        rows.append({"m": m, "value": value, "ci": ci})
    return {"a": sweep, "where": where, "rows": rows,
            "fig": figures.sweep_curves(sweep.curves, sweep.param, where, metric_label,
                                        chance if sweep.metric == "p_target" else None)}


def summary_dict(experiment: Experiment, analysis: AnalysisResult, manifests: list[dict],
                 wall_s: float | None, headline: str, answer: str, verdict: str,
                 leak: dict | None) -> dict:
    return {
        "experiment": experiment.name,
        "question": experiment.question,
        "answer": answer,
        "headline": headline,
        "verdict": verdict,
        "model": experiment.model,
        "seeds": experiment.seeds,
        "metric": analysis.metric,
        "ci_level": analysis.ci_level,
        "bootstrap": analysis.bootstrap,
        "arms": {arm: {"stages": [{"stage": s.stage, "data": s.data} for s in stages],
                       "final_models": final_models(experiment, manifests).get(arm, {})}
                 for arm, stages in experiment.arms.items()},
        "primary": next((c.model_dump(mode="json") for c in analysis.contrasts if c.primary), None),
        "contrasts": [c.model_dump(mode="json") for c in analysis.contrasts],
        "arm_metrics": [m.model_dump(mode="json") for m in analysis.arm_metrics],
        "tag_metrics": [m.model_dump(mode="json") for m in analysis.tag_metrics],
        "position_bias": [m.model_dump(mode="json") for m in analysis.position_bias],
        "errors": {"n_results": analysis.n_results, "n_errors": analysis.n_errors,
                   "by_arm_seed_suite": [e.model_dump(mode="json") for e in analysis.errors if e.n_errors]},
        "method": analysis.method,
        "warnings": analysis.warnings,
        "leakage": None if leak is None else {"passed": leak["passed"], "n_items": leak["n_rows"],
                                              "n_flagged": leak["n_flagged"]},
        "wall_s": wall_s,
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "whyfirst_version": __version__,
    }


ITEM_COLUMNS = ["arm", "seed", "suite", "split", "item_id", "tags", "p_target", "target_always_wins", "error"]


def write_items_csv(path: Path, results: dict[tuple[str, int], list[ItemResult]]) -> int:
    n = 0
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ITEM_COLUMNS)
        for (arm, seed), rows in results.items():
            for r in rows:
                w.writerow([arm, seed, r.suite, r.split, r.item_id,
                            json.dumps(r.tags, sort_keys=True, ensure_ascii=False),
                            "" if r.error else f"{r.p_target:.6g}", "" if r.error else int(r.target_always_wins),
                            r.error or ""])
                n += 1
    os.replace(tmp, path)
    return n


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             autoescape=jinja2.select_autoescape(["html", "j2"]),
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(fmt=fmt, fmt_ci=fmt_ci, fmt_p=fmt_p, fmt_seconds=fmt_seconds)
    return env


def _lineage_view(experiment: Experiment, analysis: AnalysisResult, manifests: list[dict],
                  metric_label: str, chance: float | None) -> dict | None:
    """The lineage plot, its table and what each channel's filter removed, for the template."""
    if experiment.lineage is None:
        return None
    from whyfirst.analyze.lineage import lineage_curves

    curves = lineage_curves(analysis, experiment)
    filters = []
    for m in manifests:
        if m.get("kind") != "generate" or not isinstance(m.get("result"), dict):
            continue
        r = m["result"]
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted((r.get("removed_by_reason") or {}).items(),
                                                           key=lambda kv: -kv[1])[:6]) or "none"
        filters.append({"teacher": m.get("teacher", "?"), "channel": m.get("channel", r.get("channel")),
                        "prompts": r.get("prompts", 0), "kept": r.get("kept", 0),
                        "kept_share": r.get("kept_share", 0.0), "reasons": reasons,
                        "rate": fmt(r.get("new_tokens_per_s"), 0)})
    return {"curves": curves, "gens": list(range(experiment.lineage.generations + 1)), "filters": filters,
            "fig": figures.lineage_lines(curves, metric_label, chance if analysis.metric == "p_target" else None)}


def write_report(run_dir: Path, *, experiment: Experiment, analysis: AnalysisResult,
                 results: dict[tuple[str, int], list[ItemResult]], manifests: list[dict] | None = None,
                 loss_curves: dict[str, list[dict]] | None = None, leakage: dict | None = None,
                 items_by_id: dict[str, SuiteItem] | None = None, wall_s: float | None = None,
                 metric_views: dict[str, AnalysisResult] | None = None,
                 sweep: "SweepAnalysis | None" = None) -> Path:
    """Write ``report.html``, ``summary.json`` and ``items.csv`` into ``run_dir``; return the HTML path.

    ``manifests``: stage manifests (``runs.StageDir.finish`` output, optionally with ``arm`` and
    ``label``), plus optionally ``{"kind": "arms", "arms": {"<arm>@seed<n>": {"model_path": ...}}}``.
    ``loss_curves``: arm-stage label → ``[{step, loss, tokens}, ...]``. ``leakage``: the audit
    report (any dict with a list of per-item rows; see :func:`leakage_view`). ``sweep``: the
    curves and data multipliers of a sweep (computed here when the experiment has one and none
    is given); the report shows them only then.
    """
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    manifests = manifests or []
    loss_curves = loss_curves or {}
    colors = figures.arm_colors(analysis.arms)
    metric_label = METRIC_LABEL[analysis.metric]
    primary = next((c for c in analysis.contrasts if c.primary), None)
    if primary is not None:
        headline = contrast_headline(primary)
        answer, verdict = answer_paragraph(primary, analysis.metric,
                                           _target_key(primary.suite, results), analysis.ci_level)
    else:
        headline, answer, verdict = "No primary contrast", "No primary contrast was analysed.", "none"
    question = experiment.question or (
        f"Does {primary.a} differ from {primary.b} on {primary.suite}?" if primary else experiment.name)
    leak = leakage_view(leakage, experiment)
    chance = 0.5 if analysis.metric == "p_target" else None
    pb = _bias_view(analysis)
    if pb and pb["chance"] is not None and analysis.metric == "p_target":
        chance = pb["chance"]
    also: list = []
    if experiment.sweep is not None:
        from whyfirst.analyze.sweep import analyze_sweep

        if sweep is None:
            sweep = analyze_sweep(results, experiment)
        also = [analyze_sweep(results, experiment, view=v) for v in experiment.sweep.also]
    ctx = {
        "sweeps": [_sweep_view(s, metric_label, chance) for s in ([sweep] if sweep else []) + also],
        "lineage": _lineage_view(experiment, analysis, manifests, metric_label, chance),
        "exp": experiment, "question": question, "headline": headline, "answer": answer, "verdict": verdict,
        "primary": primary, "analysis": analysis, "metric_label": metric_label,
        "metric_words": METRIC_WORDS[analysis.metric], "colors": colors,
        "arms": _arms_view(experiment, manifests, colors, run_dir),
        "contrasts": analysis.contrasts, "split_short": SPLIT_SHORT, "split_label": SPLIT_LABEL,
        "fig_forest": figures.forest(analysis.contrasts, metric_label),
        "fig_bars": figures.suite_bars(analysis, analysis.suites, colors, metric_label, chance),
        "fig_loss": figures.loss_curves(loss_curves, dict(colors)),
        "suite_rows": _suite_rows(analysis), "tag_tables": _tag_tables(analysis),
        "priming": _priming_view(analysis, metric_views or {}),
        "primary_by_tag": primary.by_tag if primary else [],
        "bias": pb, "errors": [e for e in analysis.errors if e.n_errors],
        "leak": leak, "manifest": _manifest_view(experiment, manifests, analysis, wall_s),
        "examples": _examples(analysis, results, items_by_id),
        "n_curves": len(loss_curves), "generated_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "version": __version__,
        # the primary contrast's own problem is already stated in the answer
        "warnings": [w for w in analysis.warnings if not (primary and primary.note and w.endswith(primary.note))],
    }
    html = _env().get_template("report.html.j2").render(**ctx)
    _write_text(run_dir / "report.html", html)
    summary = summary_dict(experiment, analysis, manifests, wall_s, headline, answer, verdict, leak)
    summary["metric_views"] = {m: {"arm_metrics": [x.model_dump(mode="json") for x in v.arm_metrics],
                                   "contrasts": [x.model_dump(mode="json") for x in v.contrasts]}
                               for m, v in (metric_views or {}).items()}
    if sweep is not None:
        summary["sweep"] = sweep.model_dump(mode="json")
    if also:
        summary["sweep_also"] = [s.model_dump(mode="json") for s in also]
    if ctx["lineage"] is not None:
        summary["lineage"] = {"curves": [c.model_dump(mode="json") for c in ctx["lineage"]["curves"]],
                              "filters": ctx["lineage"]["filters"]}
    _write_text(run_dir / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n")
    write_items_csv(run_dir / "items.csv", results)
    return run_dir / "report.html"
