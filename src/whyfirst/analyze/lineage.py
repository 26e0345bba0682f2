"""A lineage's trait across generations, against the control lineage's drift.

For each root × channel of an experiment's ``lineage:`` block: the root's first suite's
metric at generation 0 (the root arm), 1, 2, … (its students), each with its bootstrap CI
from the arm × suite table, and the same points for the control lineage on that suite and
channel. The difference at generation g (lineage − control) is a paired contrast on items;
generation 1 is the transmission the experiment declares primary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from whyfirst import lineage as lineage_mod
from whyfirst.analyze.results import AnalysisResult

if TYPE_CHECKING:
    from whyfirst.config import Experiment


class LineageValue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    generation: int
    arm: str
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n_items: int


class LineageCurve(BaseModel):
    model_config = ConfigDict(extra="forbid")

    root: str
    channel: str
    suite: str
    split: str
    control: bool  # the control lineage's curve on this root's suite
    values: list[LineageValue]


def lineage_curves(analysis: AnalysisResult, exp: "Experiment") -> list[LineageCurve]:
    """Every lineage's and its control's curve, on each root's first suite."""
    if exp.lineage is None:
        return []
    lin = exp.lineage
    cells = {(m.arm, m.suite, m.split): m for m in analysis.arm_metrics}
    out = []
    for root, suites in lin.roots.items():
        suite = suites[0]
        splits = {sp for (_, su, sp) in cells if su == suite}
        split = "all" if "all" in splits else (sorted(splits)[0] if splits else "all")
        for ch in lin.channels:
            for who, is_control in ((root, False), (lin.control, True)):
                values = []
                for g in range(lin.generations + 1):
                    arm = who if g == 0 else lineage_mod.arm_name(who, ch, g)
                    m = cells.get((arm, suite, split))
                    values.append(LineageValue(generation=g, arm=arm, mean=m.mean if m else None,
                                               ci_low=m.ci_low if m else None, ci_high=m.ci_high if m else None,
                                               n_items=m.n_items if m else 0))
                out.append(LineageCurve(root=root, channel=ch, suite=suite, split=split, control=is_control,
                                        values=values))
    return out
