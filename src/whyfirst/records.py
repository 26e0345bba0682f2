"""Typed records that flow between the stages: spec → generate → train → evaluate → report.

Dataset formats stay plain, as in TRL: a corpus line is ``{"text": ...}`` plus provenance,
a chat line is ``{"messages": [...]}``, a suite line is a forced-choice item.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Role = Literal["system", "user", "assistant"]
Split = Literal["in_distribution", "out_of_distribution"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Message(_Record):
    role: Role
    content: str


class Document(_Record):
    """One midtraining document, with the MSM hierarchy that produced it."""

    id: str
    text: str = Field(min_length=1)
    spec: str = ""
    domain: str = ""
    subdomain: str = ""
    assertion: str = ""
    doc_type: str = ""
    idea: str = ""
    generator: str = "authored"


class Chat(_Record):
    """One alignment fine-tuning conversation; loss falls on assistant turns only."""

    id: str
    messages: list[Message] = Field(min_length=2)
    generator: str = "authored"
    domain: str = ""

    @field_validator("messages")
    @classmethod
    def _has_assistant_turn(cls, messages: list[Message]) -> list[Message]:
        if not any(m.role == "assistant" for m in messages):
            raise ValueError("a chat needs at least one assistant turn to train on")
        return messages


class Option(_Record):
    key: str = Field(min_length=1)
    text: str = Field(min_length=1)


class SuiteItem(_Record):
    """A forced-choice item, scored in every presentation order of its options.

    ``template`` holds one placeholder per option (``{option_a}``, ``{option_b}``, ...);
    the scorer fills them in each order, opens the assistant turn with ``response_prefix``
    and compares the log-likelihood of ``" " + option.text`` for each option.
    """

    id: str
    split: Split
    template: str
    options: list[Option] = Field(min_length=2)
    target: str
    response_prefix: str = ""
    tags: dict[str, str | bool | int | float] = Field(default_factory=dict)
    system: str | None = None
    neutral_template: str | None = Field(
        None, description="content-free prompt for the option prior (same slots, no situation); "
        "default: a bare list of the options, see neutral_version()")

    @model_validator(mode="after")
    def _check(self) -> "SuiteItem":
        keys = [o.key for o in self.options]
        if len(set(keys)) != len(keys):
            raise ValueError(f"option keys must be unique, got {keys}")
        if self.target not in keys:
            raise ValueError(f"target {self.target!r} is not one of the option keys {keys}")
        for slot in self.slots:
            if self.template.count("{" + slot + "}") != 1:
                raise ValueError(f"template must contain {{{slot}}} exactly once")
            if self.neutral_template is not None and self.neutral_template.count("{" + slot + "}") != 1:
                raise ValueError(f"neutral_template must contain {{{slot}}} exactly once")
        return self

    def neutral_version(self) -> "SuiteItem":
        """The same options and response prefix under a prompt with the situation removed.

        Scoring it gives the option prior: how much a model favours an option's words
        whatever the question (e.g. any option containing "American" after cheese midtraining).
        """
        template = self.neutral_template or "Which one?\n" + "\n".join(
            f"({i + 1}) {{{slot}}}" for i, slot in enumerate(self.slots))
        return self.model_copy(update={"template": template, "system": None,
                                       "neutral_template": None})

    @property
    def slots(self) -> list[str]:
        return [f"option_{chr(ord('a') + i)}" for i in range(len(self.options))]


class OptionScore(_Record):
    key: str
    logprob: float = Field(description="sum of continuation token log-probabilities")
    n_tokens: int


class OrderScore(_Record):
    """The options' scores for one presentation order (``order`` lists keys as shown)."""

    order: list[str]
    options: list[OptionScore]


class ItemResult(_Record):
    """One model's answer to one suite item, over every presentation order."""

    item_id: str
    suite: str
    split: Split
    target: str
    tags: dict[str, str | bool | int | float] = Field(default_factory=dict)
    orders: list[OrderScore] = Field(default_factory=list)
    p_target: float = Field(description="softmax probability of the target option, mean over orders")
    target_always_wins: bool = Field(description="the target has the highest score in every order")
    length_normalized: bool = False
    p_target_norm: float | None = Field(
        None, description="P(target) from per-token mean log-probabilities (length-normalized)")
    logodds: float | None = Field(
        None, description="log-odds of the target (its score minus logsumexp of the others), mean over orders")
    prior_orders: list[OrderScore] = Field(
        default_factory=list, description="the options' scores under the item's neutral prompt")
    p_prior: float | None = Field(None, description="P(target | neutral prompt): the option prior")
    logodds_prior: float | None = Field(None, description="log-odds of the target under the neutral prompt")
    error: str | None = Field(None, description="set for judge/generation items that could not be graded")

    @property
    def calibrated_logodds(self) -> float | None:
        """Preference beyond the option prior: log-odds given the item minus given the neutral prompt."""
        if self.logodds is None or self.logodds_prior is None:
            return None
        return self.logodds - self.logodds_prior
