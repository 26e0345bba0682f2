"""Sweeps: expand arms over a grid of stage parameters (how does the effect scale?).

An experiment's ``sweep:`` block names arms and ``<stage kind>.<TrainConfig field>`` values::

    sweep:
      arms: [aft_only, msm_america]
      params: {aft.epochs: [0.5, 1, 2]}        # several params → their cartesian grid

Each named arm is replaced by one arm per grid point, named ``msm_america@aft.epochs=2``,
whose matching stages get the value in their ``params`` (the sweep wins over a value the
stage set itself). Every other stage is left exactly as written, so a midtraining stage that
is not swept has the same content-addressed key at every AFT size and is trained once. Arms
not named by the sweep stay as they are.

Everything here is a pure function of the config; :func:`apply` is what the
:class:`~whyfirst.config.Experiment` validator calls.
"""

from __future__ import annotations

import itertools
import json
from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from whyfirst.train.config import StageKind, TrainConfig

if TYPE_CHECKING:  # config.py imports this module
    from whyfirst.config import Stage

SEP = "@"  # arm family @ grid point


class SweepView(BaseModel):
    """Another place to draw the same curves and data multipliers."""

    model_config = ConfigDict(extra="forbid")

    suite: str | list[str] = Field(description="suite (or suites, pooled)")
    split: Literal["in_distribution", "out_of_distribution", "all"] = Field(
        "all", description="which items of the suite(s)")

    @property
    def suites(self) -> list[str]:
        return [self.suite] if isinstance(self.suite, str) else list(self.suite)


class Sweep(BaseModel):
    """Expand arms over a grid of training parameters; the report then draws each arm family's
    metric against the swept value and, with ``target``, the data multiplier."""

    model_config = ConfigDict(extra="forbid")

    arms: list[str] = Field(min_length=1, description="arms to expand (one arm per grid point); "
                            "arms not named here stay as they are")
    params: dict[str, list[Any]] = Field(
        min_length=1, description="`<stage kind>.<training field>` (e.g. aft.epochs) → the values to try; "
        "several params span their cartesian grid")
    x: str | None = Field(None, description="the param on the x axis of the curves and the multiplier "
                          "(default: the first); it must be numeric and > 0 (interpolation is in log x)")
    suite: str | list[str] | None = Field(
        None, description="suite (or suites, pooled) of the curves; default: the primary contrast's")
    split: Literal["in_distribution", "out_of_distribution", "all"] | None = Field(
        None, description="default: the primary contrast's split")
    target: str | None = Field(
        None, description="data multiplier: the arm family that needs more data (e.g. aft_only); for each "
        "reference family at each value N, how much x the target needs to match the reference's level")
    references: list[str] | None = Field(None, description="default: every other swept arm")
    also: list[SweepView] = Field(
        default_factory=list, description="more (suite, split) views of the same curves and multipliers, "
        "e.g. the in-distribution suite beside the out-of-distribution default: midtraining may save AFT "
        "data in distribution where it changes nothing out of it")

    @model_validator(mode="after")
    def _names(self) -> "Sweep":
        for key, values in self.params.items():
            if not values:
                raise ValueError(f"sweep.params.{key}: give at least one value")
            labels = [format_value(v) for v in values]
            if len(set(labels)) < len(labels) or any(
                    values[i] == values[j] for i in range(len(values)) for j in range(i)):
                raise ValueError(f"sweep.params.{key}: values repeat ({labels})")
        if len(set(self.arms)) < len(self.arms):
            raise ValueError(f"sweep.arms: an arm is named twice ({self.arms})")
        if self.x is not None and self.x not in self.params:
            raise ValueError(f"sweep.x: {self.x!r} is not one of the swept params {list(self.params)}")
        if self.target is not None:
            bad = [v for v in self.params[self.x_param]
                   if isinstance(v, bool) or not isinstance(v, (int, float)) or not v > 0]
            if bad:
                raise ValueError(f"sweep.params.{self.x_param}: the data multiplier interpolates in log x, "
                                 f"so its values must be numbers > 0 (not {bad})")
        for where, name in [("sweep.target", self.target),
                            *((f"sweep.references.{i}", r) for i, r in enumerate(self.references or []))]:
            if name is not None and name not in self.arms:
                raise ValueError(f"{where}: {name!r} is not a swept arm (sweep.arms: {self.arms})")
        return self

    @property
    def x_param(self) -> str:
        return self.x or next(iter(self.params))

    @property
    def suites(self) -> list[str] | None:
        return None if self.suite is None else [self.suite] if isinstance(self.suite, str) else list(self.suite)


class SweepPoint(BaseModel):
    """Where an expanded arm sits: its family (the arm it came from) and its grid values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    arm: str
    base: str
    values: dict[str, Any]


def format_value(v: Any) -> str:
    """A grid value as it appears in an arm name: ``2``, ``0.25``, ``0.0001``, ``true``, ``lora``."""
    if isinstance(v, str):
        return v
    return json.dumps(v, separators=(",", ":"), sort_keys=True)


def arm_name(base: str, values: dict[str, Any]) -> str:
    """``msm_america`` + ``{"aft.epochs": 2}`` → ``msm_america@aft.epochs=2`` (params in sweep order)."""
    return base + SEP + ",".join(f"{k}={format_value(v)}" for k, v in values.items())


def grid(sweep: Sweep) -> list[dict[str, Any]]:
    """The cartesian grid, first param slowest, values in the order written."""
    keys = list(sweep.params)
    return [dict(zip(keys, combo)) for combo in itertools.product(*(sweep.params[k] for k in keys))]


def points(sweep: Sweep | None) -> list[SweepPoint]:
    """Every expanded arm, family by family in sweep order."""
    if sweep is None:
        return []
    return [SweepPoint(arm=arm_name(base, v), base=base, values=v) for base in sweep.arms for v in grid(sweep)]


def expanded_names(sweep: Sweep | None) -> list[str]:
    return [p.arm for p in points(sweep)]


def split_param(key: str) -> tuple[str, str]:
    kind, _, name = key.partition(".")
    return kind, name


def check(sweep: Sweep, arms: dict[str, list["Stage"]], training: dict[str, dict[str, Any]]) -> None:
    """Raise ``ValueError("sweep.<path>: …")`` unless every named arm exists (or was already
    expanded) and every param is a TrainConfig field of a stage kind that the arm has, with
    values the stage accepts."""
    kinds = get_args(StageKind)
    for i, base in enumerate(sweep.arms):
        if base not in arms and not _already_expanded(base, sweep, arms):
            raise ValueError(f"sweep.arms.{i}: {base!r} is not an arm (arms: {sorted(arms)})")
    for key, values in sweep.params.items():
        kind, name = split_param(key)
        if kind not in kinds or not name:
            raise ValueError(f"sweep.params.{key}: write `<stage kind>.<training field>` with a kind "
                             f"from {list(kinds)}, e.g. aft.epochs")
        if name not in TrainConfig.model_fields:
            raise ValueError(f"sweep.params.{key}: {name!r} is not a training parameter "
                             "(see `whyfirst experiments --schema`)")
        for base in sweep.arms:
            stages = arms.get(base)
            if stages is None:  # already expanded: its stages carry the values
                continue
            if not any(st.stage == kind for st in stages):
                raise ValueError(f"sweep.params.{key}: arm {base!r} has no {kind} stage to sweep")
            for st in stages:
                if st.stage != kind:
                    continue
                for j, v in enumerate(values):
                    try:
                        TrainConfig.model_validate({**training.get(kind, {}), **st.params, name: v})
                    except ValidationError as e:
                        err = e.errors()[0]
                        raise ValueError(f"sweep.params.{key}.{j}: {v!r}: {err['msg'].removeprefix('Value error, ')}") from None
    taken = set(arms) - set(sweep.arms)
    for p in points(sweep):
        if p.arm in taken and not _already_expanded(p.base, sweep, arms):
            raise ValueError(f"sweep.arms: expanded arm {p.arm!r} clashes with an arm of that name")


def _already_expanded(base: str, sweep: Sweep, arms: dict[str, Any]) -> bool:
    return base not in arms and all(arm_name(base, v) in arms for v in grid(sweep))


def expand_arms(arms: dict[str, list["Stage"]], sweep: Sweep) -> dict[str, list["Stage"]]:
    """Replace each swept arm, in place in the order, by its grid; idempotent."""
    by_base: dict[str, list[SweepPoint]] = {}
    for p in points(sweep):
        by_base.setdefault(p.base, []).append(p)
    out: dict[str, list[Stage]] = {}
    for arm, stages in arms.items():
        if arm not in by_base:
            out[arm] = stages
            continue
        for p in by_base[arm]:
            new = []
            for st in stages:
                sets = {split_param(k)[1]: v for k, v in p.values.items() if split_param(k)[0] == st.stage}
                new.append(st.model_copy(update={"params": {**st.params, **sets}}, deep=True) if sets else st)
            out[p.arm] = new
    return out


def apply(sweep: Sweep | None, arms: dict[str, list["Stage"]],
          training: dict[str, dict[str, Any]]) -> dict[str, list["Stage"]]:
    """Check, then expand (a no-op for arms already expanded)."""
    if sweep is None:
        return arms
    check(sweep, arms, training)
    return expand_arms(arms, sweep)


