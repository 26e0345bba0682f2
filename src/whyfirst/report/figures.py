"""The report's figures: matplotlib (Agg) → PNG → ``data:`` URI, so the page stays one file."""

from __future__ import annotations

import base64
import io
import re
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from whyfirst.analyze.results import AnalysisResult, ContrastResult  # noqa: E402

# Okabe–Ito: distinguishable with colour-vision deficiencies; the base model is grey.
# Blue is left out of the arms so that the accent (the primary contrast) stays unambiguous.
PALETTE = ["#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
BASE_GREY = "#8a8f98"
ACCENT = "#0b5cad"
INK = "#1d1d1f"
MUTED = "#6b7280"
RULE = "#e5e7eb"
DPI = 160
WIDTH_IN = 7.4  # shown ~850 px wide: 10 pt text lands near the page's small text
FS = 10

SPLIT_LABEL = {"in_distribution": "in-distribution", "out_of_distribution": "out-of-distribution",
               "all": "all items"}
SPLIT_SHORT = {"in_distribution": "ID", "out_of_distribution": "OOD", "all": "all"}


def arm_colors(arms: list[str]) -> dict[str, str]:
    out, i = {}, 0
    for a in arms:
        if a == "base":
            out[a] = BASE_GREY
        else:
            out[a] = PALETTE[i % len(PALETTE)]
            i += 1
    return out


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9ca3af")
    ax.tick_params(colors=INK, labelsize=FS)
    ax.yaxis.label.set_color(INK)
    ax.xaxis.label.set_color(INK)


def _uri(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", facecolor="white")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _short_number(x: float, _pos: object = None) -> str:
    for div, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= div:
            return f"{x / div:g}{suffix}"
    return f"{x:g}"


def _fmt(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "n/a"
    return f"{x:+.3f}" if signed else f"{x:.3f}"


def forest(contrasts: list[ContrastResult], metric_label: str) -> str | None:
    """All contrasts as point + 95% CI on one axis; the primary one in the accent colour."""
    rows = [c for c in contrasts if c.diff is not None]
    if not rows:
        return None
    h = 0.9 + 0.48 * len(rows)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, h))
    ys = list(range(len(rows)))[::-1]
    for y, c in zip(ys, rows):
        color = ACCENT if c.primary else "#4b5563"
        lo = c.ci_low if c.ci_low is not None else c.diff
        hi = c.ci_high if c.ci_high is not None else c.diff
        ax.plot([lo, hi], [y, y], color=color, lw=2.6 if c.primary else 1.6, solid_capstyle="round")
        filled = c.excludes_zero
        ax.plot([c.diff], [y], "o", ms=8 if c.primary else 6.5, color=color,
                markerfacecolor=color if filled else "white", markeredgewidth=1.6)
    ax.axvline(0, color="#9ca3af", lw=1, ls="--", zorder=0)
    labels = [f"{c.a} − {c.b}\n{c.suite} · {SPLIT_SHORT[c.split]}" for c in rows]
    ax.set_yticks(ys, labels)
    for tick, c in zip(ax.get_yticklabels(), rows):
        if c.primary:
            tick.set_fontweight("bold")
            tick.set_color(ACCENT)
    # the numbers, right of the plot
    ax2 = ax.twinx()
    ax2.set_ylim(ax.get_ylim())
    ax2.set_yticks(ys, [f"{_fmt(c.diff, True)} [{_fmt(c.ci_low)}, {_fmt(c.ci_high)}]" for c in rows])
    ax2.tick_params(length=0, labelsize=FS + 1, colors=INK)
    for tick, c in zip(ax2.get_yticklabels(), rows):
        tick.set_fontfamily("monospace")
        if c.primary:
            tick.set_fontweight("bold")
            tick.set_color(ACCENT)
    for a in (ax, ax2):
        for side in ("top", "right", "left"):
            a.spines[side].set_visible(False)
    ax.spines["bottom"].set_color("#9ca3af")
    ax.tick_params(axis="y", length=0, labelsize=FS + 1)
    ax.tick_params(axis="x", labelsize=FS)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax2.set_ylim(-0.6, len(rows) - 0.4)
    ax.set_xlabel(f"difference in {metric_label} (a − b), 95% CI; filled = CI excludes 0", fontsize=FS)
    ax.grid(axis="x", color=RULE, lw=0.8)
    ax.set_axisbelow(True)
    return _uri(fig)


def suite_bars(analysis: AnalysisResult, suites: list[str], colors: dict[str, str],
               metric_label: str, chance: float | None) -> str | None:
    """Per suite × arm metric with CIs, one panel per split."""
    panels = []
    for split in ("in_distribution", "out_of_distribution"):
        groups = [s for s in suites if any(m.suite == s and m.split == split for m in analysis.arm_metrics)]
        if groups:
            panels.append((split, groups))
    if not panels:
        return None
    arms = analysis.arms
    widths = [max(1.6, len(g) * (0.5 + 0.22 * len(arms))) for _, g in panels]
    fig, axes = plt.subplots(1, len(panels), figsize=(WIDTH_IN, 3.1), sharey=True,
                             gridspec_kw={"width_ratios": widths}, squeeze=False)
    bar_w = 0.8 / max(1, len(arms))
    for ax, (split, groups) in zip(axes[0], panels):
        for j, arm in enumerate(arms):
            xs, ys, lo, hi = [], [], [], []
            for g, suite in enumerate(groups):
                m = analysis.metric_for(arm, suite, split)
                if m is None or m.mean is None:
                    continue
                xs.append(g - 0.4 + bar_w * (j + 0.5))
                ys.append(m.mean)
                lo.append(m.mean - (m.ci_low if m.ci_low is not None else m.mean))
                hi.append((m.ci_high if m.ci_high is not None else m.mean) - m.mean)
            ax.bar(xs, ys, width=bar_w * 0.9, color=colors[arm], label=arm)
            ax.errorbar(xs, ys, yerr=[lo, hi], fmt="none", ecolor=INK, elinewidth=1, capsize=2)
        if chance is not None:
            ax.axhline(chance, color=MUTED, lw=1, ls="--", zorder=0)
        ax.set_xticks(range(len(groups)), groups)
        panel_in = WIDTH_IN * widths[list(axes[0]).index(ax)] / sum(widths)
        if max(len(g) for g in groups) * 0.085 > 0.9 * panel_in / len(groups):  # ~0.085 in a character at 10 pt
            ax.tick_params(axis="x", labelrotation=25)
            for t in ax.get_xticklabels():
                t.set_horizontalalignment("right")
                t.set_rotation_mode("anchor")
        ax.set_title(SPLIT_LABEL[split], fontsize=FS + 1, color=INK, loc="left")
        ax.set_ylim(0, 1)
        ax.grid(axis="y", color=RULE, lw=0.8)
        ax.set_axisbelow(True)
        _style(ax)
    axes[0][0].set_ylabel(metric_label, fontsize=FS)
    handles, labels = axes[0][0].get_legend_handles_labels()
    # above the panels: below them it would collide with (rotated) suite names when there are many arms
    fig.legend(handles, labels, loc="lower center", ncol=min(len(arms), 4), frameon=False, fontsize=FS,
               bbox_to_anchor=(0.5, 1.0))
    return _uri(fig)


_LABEL_RE = re.compile(r"^(?P<arm>[^\[\s]+)(\[\d+\])?\s*(?P<kind>midtrain|aft)?[:\s]*(?P<data>\S*)"
                       r"(?:.*?seed\s*(?P<seed>\d+))?")


def parse_curve_label(label: str) -> dict[str, str | None]:
    """``"msm_america[0] midtrain:america seed0"`` → arm, kind, data, seed (best effort)."""
    m = _LABEL_RE.match(label.strip())
    kind = None
    for k in ("midtrain", "aft"):
        if re.search(rf"\b{k}\b", label):
            kind = k
            break
    if not m:
        return {"arm": label, "kind": kind, "data": None, "seed": None}
    return {"arm": m.group("arm"), "kind": kind or m.group("kind"), "data": m.group("data") or None,
            "seed": m.group("seed")}


def _tokens(p: dict) -> float | None:
    v = p.get("tokens", p.get("tokens_seen"))
    return v if isinstance(v, (int, float)) else None


def loss_curves(curves: dict[str, list[dict]], colors: dict[str, str]) -> str | None:
    """Training loss per stage kind (one panel each), one line per arm-stage and seed."""
    by_kind: dict[str, list[tuple[str, dict, list[dict]]]] = defaultdict(list)
    for label, pts in curves.items():
        pts = [p for p in pts or [] if isinstance(p, dict) and p.get("loss") is not None]
        if not pts:
            continue
        info = parse_curve_label(label)
        by_kind[info["kind"] or "training"].append((label, info, pts))
    if not by_kind:
        return None
    kinds = sorted(by_kind, key=lambda k: {"midtrain": 0, "aft": 1}.get(k, 2))
    fig, axes = plt.subplots(1, len(kinds), figsize=(WIDTH_IN, 3.2), squeeze=False)
    extra = iter(PALETTE[::-1])
    for ax, kind in zip(axes[0], kinds):
        use_tokens = all(_tokens(p) is not None for _, _, pts in by_kind[kind] for p in pts)
        seen_labels = set()
        for label, info, pts in by_kind[kind]:
            arm = info["arm"]
            if arm not in colors:
                colors[arm] = next(extra, MUTED)
            xs = [_tokens(p) if use_tokens else p.get("step", i) for i, p in enumerate(pts)]
            name = f"{arm} ({info['data']})" if info.get("data") else arm
            ax.plot(xs, [p["loss"] for p in pts], color=colors[arm], lw=1.4, alpha=0.9,
                    label=None if name in seen_labels else name)
            seen_labels.add(name)
        ax.set_title({"midtrain": "midtraining (MSM)", "aft": "alignment fine-tuning (AFT)"}.get(kind, kind),
                     fontsize=FS + 1, color=INK, loc="left")
        ax.set_xlabel("tokens" if use_tokens else "step", fontsize=FS)
        ax.set_ylabel("loss", fontsize=FS)
        ax.grid(color=RULE, lw=0.8)
        ax.set_axisbelow(True)
        ax.legend(frameon=False, fontsize=FS - 1)
        ax.xaxis.set_major_locator(MaxNLocator(5))
        ax.xaxis.set_major_formatter(FuncFormatter(_short_number))
        _style(ax)
    fig.tight_layout()
    return _uri(fig)


def sweep_curves(curves: list, param: str, where: str, metric_label: str,
                 chance: float | None = None) -> str | None:
    """Each arm family's metric against the swept value (log x), line + 95% CI band.

    ``curves``: :class:`whyfirst.analyze.sweep.SweepCurve` records.
    """
    rows = [(c, [p for p in c.points if p.mean is not None]) for c in curves]
    rows = [(c, pts) for c, pts in rows if pts]
    if not rows:
        return None
    colors = arm_colors([c.family for c, _ in rows])
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 3.4))
    numeric = all(p.x is not None for _, pts in rows for p in pts)
    labels = list(dict.fromkeys(p.label for _, pts in rows for p in pts))  # grid order
    xs_all = sorted({p.x for _, pts in rows for p in pts}) if numeric else []
    for c, pts in rows:
        xs = [p.x if numeric else labels.index(p.label) for p in pts]
        ys = [p.mean for p in pts]
        lo = [p.ci_low if p.ci_low is not None else p.mean for p in pts]
        hi = [p.ci_high if p.ci_high is not None else p.mean for p in pts]
        color = colors[c.family]
        ax.fill_between(xs, lo, hi, color=color, alpha=0.16, lw=0)
        ax.plot(xs, ys, "o-", color=color, lw=1.8, ms=5, label=c.family)
    if chance is not None:
        ax.axhline(chance, color=MUTED, lw=1, ls="--", zorder=0)
    log = numeric and all(x > 0 for x in xs_all)
    if log:
        ax.set_xscale("log")
        ax.minorticks_off()
    ax.set_xticks(xs_all if numeric else range(len(labels)),
                  [f"{x:g}" for x in xs_all] if numeric else labels)
    ax.set_xlabel(f"{param} (log scale)" if log else param, fontsize=FS)
    ax.set_ylabel(metric_label, fontsize=FS)
    ax.set_title(where, fontsize=FS + 1, color=INK, loc="left")
    ax.grid(color=RULE, lw=0.8)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, fontsize=FS - 1)
    _style(ax)
    return _uri(fig)


def lineage_lines(curves: list, metric_label: str, chance: float | None = None) -> str | None:
    """One panel per root × channel: the lineage's metric by generation (points with CIs) and
    the control lineage's on the same suite (grey).

    ``curves``: :class:`whyfirst.analyze.lineage.LineageCurve` records.
    """
    panels = list(dict.fromkeys((c.root, c.channel) for c in curves))
    if not panels or not any(v.mean is not None for c in curves for v in c.values):
        return None
    cols = min(len(panels), 3)
    rows = (len(panels) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(WIDTH_IN, 2.9 * rows), squeeze=False, sharey=True)
    colors = arm_colors([r for r, _ in panels])
    for ax, (root, ch) in zip(axes.flat, panels):
        suite = ""
        for c in (c for c in curves if (c.root, c.channel) == (root, ch)):
            pts = [v for v in c.values if v.mean is not None]
            if not pts:
                continue
            suite = c.suite
            xs = [v.generation + (0.06 if c.control else 0) for v in pts]  # side by side, not on top
            ys = [v.mean for v in pts]
            err = [[y - (v.ci_low if v.ci_low is not None else y) for v, y in zip(pts, ys)],
                   [(v.ci_high if v.ci_high is not None else y) - y for v, y in zip(pts, ys)]]
            color = MUTED if c.control else colors[root]
            ax.errorbar(xs, ys, yerr=err, fmt="o-", color=color, lw=1.6, ms=4.5, capsize=3,
                        label=("control: " if c.control else "") + (c.values[0].arm if c.control else root))
        if chance is not None:
            ax.axhline(chance, color=RULE, lw=1, ls="--", zorder=0)
        gens = sorted({v.generation for c in curves for v in c.values})
        ax.set_xticks(gens, [f"g{g}" for g in gens])
        ax.set_title(f"{root} · {ch} · {suite}", fontsize=FS, color=INK, loc="left")
        ax.grid(color=RULE, lw=0.8)
        ax.set_axisbelow(True)
        ax.legend(frameon=False, fontsize=FS - 2)
        _style(ax)
    for ax in list(axes.flat)[len(panels):]:
        ax.axis("off")
    for ax in axes[:, 0]:
        ax.set_ylabel(metric_label, fontsize=FS)
    fig.tight_layout()
    return _uri(fig)
