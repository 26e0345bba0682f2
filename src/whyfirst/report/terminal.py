"""The end of a run in the terminal: the question, the primary contrast's answer, and a compact
arms × suites table of the primary metric, then where the full report is."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from whyfirst.analyze.results import AnalysisResult
from whyfirst.config import Experiment
from whyfirst.report.figures import SPLIT_SHORT
from whyfirst.report.writer import METRIC_LABEL, fmt, fmt_ci, fmt_p

VERDICT = {"supported": ("CI excludes 0", "bold green"), "inconclusive": ("CI includes 0", "bold yellow"),
           "none": ("no data", "bold red")}


def verdict_of(analysis: AnalysisResult) -> str:
    """supported / inconclusive / none, as the HTML report words it."""
    try:
        c = analysis.primary
    except LookupError:
        return "none"
    if c.diff is None or c.n_items == 0:
        return "none"
    return "supported" if c.excludes_zero else "inconclusive"


def _split_for(analysis: AnalysisResult, suite: str) -> str:
    """The row the suite's column shows: all items, or its only split."""
    splits = {m.split for m in analysis.arm_metrics if m.suite == suite}
    if "all" in splits or len(splits) != 1:
        return "all"
    return splits.pop()


def table_title(analysis: AnalysisResult) -> str:
    label = METRIC_LABEL.get(analysis.metric, analysis.metric)
    return f"{label} per arm and suite: mean over items, {round(analysis.ci_level * 100)}% CI beneath"


def summary_table(analysis: AnalysisResult, primary_suites: set[str] | None = None) -> Table:
    """Arms as rows, suites as columns: the metric's mean over items, its CI dim beneath."""
    table = Table(show_lines=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("arm", no_wrap=True)
    splits = {s: _split_for(analysis, s) for s in analysis.suites}
    for suite in analysis.suites:
        head = suite + (f" ({SPLIT_SHORT[splits[suite]]})" if splits[suite] != "all" else "")
        if primary_suites and suite in primary_suites:
            head += " *"
        table.add_column(head, justify="right", overflow="fold")
    for arm in analysis.arms:
        cells: list[Text | str] = [arm]
        for suite in analysis.suites:
            m = analysis.metric_for(arm, suite, splits[suite])
            if m is None or m.mean is None:
                cells.append(Text("—", style="dim"))
                continue
            cell = Text(fmt(m.mean))
            if m.ci_low is not None and m.ci_high is not None:
                cell.append(f"\n{m.ci_low:.2f}–{m.ci_high:.2f}", style="dim")
            cells.append(cell)
        table.add_row(*cells)
    return table


def print_summary(analysis: AnalysisResult, experiment: Experiment, path: Path | str | None,
                  console: Console | None = None) -> None:
    """Print the question, the primary contrast (diff, CI, p, verdict), the arms × suites table
    of the primary metric, and the report's path."""
    console = console or Console(stderr=True)
    try:
        primary = analysis.primary
    except LookupError:
        primary = None
    question = experiment.question or (
        f"Does {primary.a} differ from {primary.b} on {primary.suite}?" if primary else experiment.name)
    console.rule(f"[bold]{experiment.name}[/]: result")
    console.print(Text.assemble(("Question. ", "bold"), question))
    verdict = verdict_of(analysis)
    words, style = VERDICT[verdict]
    if primary is not None:
        where = f"{primary.suite} ({SPLIT_SHORT[primary.split]})" if primary.split != "all" else primary.suite
        console.print(Text.assemble(("Primary contrast: ", "bold"), f"{primary.a} − {primary.b} on {where}"))
        if primary.diff is not None:
            pct = round(analysis.ci_level * 100)
            console.print(Text.assemble(
                "  ", (fmt(primary.diff, signed=True), "bold"), f"  {pct}% CI {fmt_ci(primary.ci_low, primary.ci_high)}",
                f"  {fmt_p(primary.p_value)}  ", (words, style)))
            seeds = f"{primary.n_seeds} seed{'s' if primary.n_seeds != 1 else ''}"
            console.print(Text(f"  {primary.a} {fmt(primary.mean_a)} vs {primary.b} {fmt(primary.mean_b)} on "
                               f"{primary.n_items} paired items, {seeds}; d_z {fmt(primary.effect_size, 2)}",
                               style="dim"))
        else:
            console.print(Text.assemble("  ", (words, style), f"  {primary.note}" if primary.note else ""))
    else:
        console.print(Text("No primary contrast was analysed.", style="yellow"))
    console.print()
    console.print(Text(table_title(analysis), style="bold"))
    console.print(summary_table(analysis, set(primary.suite.split("+")) if primary else set()))
    if primary is not None:
        console.print(Text("* the primary contrast's suite", style="dim"))
    for w in analysis.warnings:
        console.print(Text(f"warning: {w}", style="yellow"))
    if path is not None:
        console.print(Text.assemble(("Report: ", "bold"), str(path)))
