"""Typed outputs of :func:`whyfirst.analyze.analyze` (all JSON-serializable).

Undefined statistics (no items, zero variance) are ``None`` rather than NaN.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SplitName = Literal["in_distribution", "out_of_distribution", "all"]
Metric = Literal["p_target", "accuracy", "calibrated_logodds", "p_prior", "p_target_norm"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArmSuiteMetric(_Out):
    """One arm's metric on one suite (and split), averaged over seeds within items."""

    arm: str
    suite: str
    split: SplitName
    metric: Metric
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n_items: int = Field(description="items with at least one graded (non-error) result")
    n_seeds: int
    n_errors: int = Field(0, description="(item, seed) results excluded because ItemResult.error was set")


class TagContrast(_Out):
    """A contrast restricted to the items carrying one tag value."""

    tag: str
    value: str
    diff: float | None
    ci_low: float | None
    ci_high: float | None
    n_items: int
    p_value: float | None = Field(None, description="sign-flip permutation p on this subgroup")
    p_holm: float | None = Field(None, description="Holm-adjusted over this contrast's subgroups")


class ContrastResult(_Out):
    """``a − b`` of the metric, paired on items (and on seeds when both arms ran the same ones)."""

    name: str
    a: str
    b: str
    suite: str
    split: SplitName
    metric: Metric
    diff: float | None
    ci_low: float | None
    ci_high: float | None
    mean_a: float | None = Field(None, description="a's metric on the paired items")
    mean_b: float | None = None
    effect_size: float | None = Field(None, description="paired Cohen's d_z of item-level differences")
    effect_size_ci_low: float | None = None
    effect_size_ci_high: float | None = None
    p_value: float | None = Field(None, description="two-sided paired sign-flip permutation p-value")
    permutation_resamples: int = 0
    permutation_exact: bool = False
    n_items: int = Field(description="items graded in both arms")
    n_unpaired: int = Field(0, description="items excluded because one arm had no graded result for them")
    n_seeds: int
    seeds_a: list[int] = Field(default_factory=list)
    seeds_b: list[int] = Field(default_factory=list)
    seeds_paired: bool = False
    primary: bool = False
    p_holm: float | None = Field(None, description="Holm-adjusted p over the secondary contrasts")
    cluster: str | None = Field(None, description="the tag whose clusters the bootstrap resampled")
    by_tag: list[TagContrast] = Field(default_factory=list)
    note: str = Field("", description="why the contrast is empty or limited, in words")

    @property
    def excludes_zero(self) -> bool:
        return (self.ci_low is not None and self.ci_high is not None
                and (self.ci_low > 0 or self.ci_high < 0))


class TagMetric(_Out):
    """An arm's metric on the items of one suite that carry one tag value (all splits)."""

    arm: str
    suite: str
    tag: str
    value: str
    metric: Metric
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n_items: int
    n_seeds: int


class PositionBias(_Out):
    """Mean probability the model gives to whichever option is presented first.

    ``chance`` is 1/k for k options; a value above it means the model favours the first
    slot. Because every item is scored in all orders and p_target averages over them, this
    bias cancels out of the metric; it is reported as a diagnostic of the scorer's setup.
    """

    arm: str
    suite: str  # a suite name, or "all"
    mean_p_first: float | None
    ci_low: float | None
    ci_high: float | None
    chance: float | None
    n_items: int


class ErrorCount(_Out):
    arm: str
    seed: int
    suite: str
    n_errors: int
    n_results: int
    examples: list[str] = Field(default_factory=list, description="up to three distinct error messages")


class AnalysisResult(_Out):
    metric: Metric
    ci_level: float
    bootstrap: int
    seed: int
    arms: list[str]
    suites: list[str]
    seeds: list[int]
    arm_metrics: list[ArmSuiteMetric]
    contrasts: list[ContrastResult]
    tag_metrics: list[TagMetric] = Field(default_factory=list)
    position_bias: list[PositionBias] = Field(default_factory=list)
    errors: list[ErrorCount] = Field(default_factory=list)
    n_results: int = 0
    n_errors: int = 0
    method: dict[str, str] = Field(default_factory=dict, description="how the metric, orders, "
                                   "length normalization, CIs and tests were handled, in words")
    warnings: list[str] = Field(default_factory=list, description="problems a reader must see, "
                                "e.g. a contrast naming a suite or arm that has no results")

    @property
    def primary(self) -> ContrastResult:
        for c in self.contrasts:
            if c.primary:
                return c
        raise LookupError("no primary contrast in this analysis")

    def metric_for(self, arm: str, suite: str, split: str = "all") -> ArmSuiteMetric | None:
        for m in self.arm_metrics:
            if m.arm == arm and m.suite == suite and m.split == split:
                return m
        if split == "all":  # a single-split suite has no separate "all" row
            rows = [m for m in self.arm_metrics if m.arm == arm and m.suite == suite]
            if len(rows) == 1:
                return rows[0]
        return None


PRIOR_SENSITIVE = frozenset({"p_target", "p_target_norm", "accuracy"})


def priming_warning(analysis: AnalysisResult, prior: AnalysisResult | None,
                    calibrated: AnalysisResult | None = None) -> str | None:
    """A warning when the declared primary contrast moved together with the option prior.

    Midtraining text full of a word raises the probability of any option containing it,
    whatever the question: if the same contrast under the content-free prompt (``prior``,
    the ``p_prior`` view) excludes zero on the same side, the declared metric alone cannot tell
    a preference from that priming, and the reader is pointed at the calibrated view.
    """
    if analysis.metric not in PRIOR_SENSITIVE or prior is None:
        return None
    try:
        primary, shifted = analysis.primary, prior.primary
    except LookupError:
        return None
    if primary.diff is None or shifted.diff is None or not shifted.excludes_zero or primary.diff * shifted.diff <= 0:
        return None
    text = (f"the option prior moved with the primary contrast: under content-free prompts "
            f"{shifted.a} − {shifted.b} on {shifted.suite} is {shifted.diff:+.3f} "
            f"[{shifted.ci_low:+.3f}, {shifted.ci_high:+.3f}] (the declared {analysis.metric}: "
            f"{primary.diff:+.3f}), so some or all of the difference may be word priming rather than a preference")
    try:
        cal = calibrated.primary if calibrated is not None else None
    except LookupError:
        cal = None
    if cal is not None and cal.diff is not None and cal.ci_low is not None and cal.ci_high is not None:
        text += (f"; calibrated against each model's prior (calibrated_logodds) it is {cal.diff:+.3f} "
                 f"[{cal.ci_low:+.3f}, {cal.ci_high:+.3f}]")
    return text
