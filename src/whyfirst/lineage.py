"""Lineages: a trained model's generated text trains the next model, generation after generation.

An experiment's ``lineage:`` block names root arms (generation 0 teachers, defined under
``arms``), the channels through which a teacher's data is made, and how many generations to
run::

    lineage:
      generations: 2
      channels: [numbers, chat]                 # names under `channels`
      roots: {aft_only: [cheese_in_distribution], msm_values: [everyday_ood, agentic]}
      control: base                             # the untouched model's own lineage
      student: {learning_rate: 3.0e-4}          # aft params of every student

Each root × channel becomes a chain of student arms ``<root>~<channel>~g1``, ``~g2``, …: the
student of generation k is the *base* model fine-tuned (one ``aft`` stage) on what generation
k−1 produced through that channel, and then teaches generation k+1. Every arm of a lineage is
measured on its root's suites; the control lineage on every root's suites, so each lineage has
its drift baseline. Everything here is a pure function of the config; :func:`apply` is what the
:class:`~whyfirst.config.Experiment` validator calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:  # config.py imports this module
    from whyfirst.config import Stage

SEP = "~"  # root ~ channel ~ generation


class Lineage(BaseModel):
    """Expand root arms into chains of students trained on their teachers' generated data."""

    model_config = ConfigDict(extra="forbid")

    generations: int = Field(2, ge=1, le=20, description="students per chain (generation 0 is the root)")
    channels: list[str] = Field(min_length=1, description="names under `channels`: one chain per root × channel")
    roots: dict[str, Annotated[list[str], Field(min_length=1)]] = Field(
        min_length=1, description="root arm → the suites every generation of its lineage is measured on "
        "(the first is the lineage plot's)")
    control: str = Field(description="root arm of the control lineage (usually `base`): drift from "
                         "training on self-generated text alone; measured on every root's suites")
    student: dict[str, Any] = Field(default_factory=dict, description="aft training params of every "
                                    "student (over `training.aft`)")

    @model_validator(mode="after")
    def _distinct(self) -> "Lineage":
        if self.control in self.roots:
            raise ValueError(f"lineage.control: {self.control!r} is also under lineage.roots; the control "
                             "lineage is measured on every root's suites, so name it only once")
        if len(set(self.channels)) < len(self.channels):
            raise ValueError(f"lineage.channels: a channel is named twice ({self.channels})")
        return self

    def root_suites(self) -> dict[str, list[str]]:
        every = list(dict.fromkeys(s for suites in self.roots.values() for s in suites))
        return {**self.roots, self.control: every}


@dataclass(frozen=True)
class LineagePoint:
    root: str
    channel: str
    generation: int  # 0: the root itself
    arm: str


def arm_name(root: str, channel: str, generation: int) -> str:
    return f"{root}{SEP}{channel}{SEP}g{generation}"


def points(lineage: Lineage) -> list[LineagePoint]:
    """Every (root, channel, generation) of the lineage block and the arm that holds it."""
    out = []
    for root in lineage.root_suites():
        for ch in lineage.channels:
            out.append(LineagePoint(root, ch, 0, root))
            out += [LineagePoint(root, ch, g, arm_name(root, ch, g)) for g in range(1, lineage.generations + 1)]
    return out


def apply(lineage: Lineage | None, arms: dict[str, list["Stage"]], arm_suites: dict[str, list[str]]
          ) -> tuple[dict[str, list["Stage"]], dict[str, list[str]]]:
    """``arms`` with the student chains appended, and every lineage arm's suites."""
    if lineage is None:
        return arms, arm_suites
    from whyfirst.config import Stage

    for root in lineage.root_suites():
        if root not in arms:
            raise ValueError(f"lineage.roots: {root!r} is not an arm (have: {sorted(arms)})")
    out, suites = dict(arms), dict(arm_suites)
    for root, root_suites in lineage.root_suites().items():
        suites.setdefault(root, root_suites)
        for ch in lineage.channels:
            teacher = root
            for g in range(1, lineage.generations + 1):
                name = arm_name(root, ch, g)
                student = [Stage(stage="aft", data=ch, teacher=teacher, params=dict(lineage.student))]
                if name in out and out[name] != student:  # an identical one: this config, expanded before
                    raise ValueError(f"lineage: the student arm {name!r} is already defined under arms")
                out[name] = student
                suites[name] = root_suites
                teacher = name
    return out, suites
