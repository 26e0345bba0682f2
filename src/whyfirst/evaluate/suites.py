"""Evaluation suites as data: loading, rendering, and the log-likelihood rule.

A suite is a JSONL file; each line is either a forced-choice :class:`~whyfirst.records.SuiteItem`
or a :class:`JudgedItem` (recognised by its ``rubric`` field). The suite's name is the file stem.

The log-likelihood rule (stated here once; the scorer, the reference scorer, the Inspect tasks
and the lm-evaluation-harness benchmark all use :func:`render_requests`)
-------------------------------------------------------------------------------------------------
For a forced-choice item shown in one *order* (a permutation of its options):

* **context** = the tokenizer's chat template applied to ``[system?] + [user: template with
  {option_a}, {option_b}, ... filled in that order]`` with ``add_generation_prompt=True``,
  followed by ``response_prefix`` with its trailing whitespace removed.
* **continuation** of an option = ``" " + option.text`` when the item has a response prefix
  (the separating space belongs to the continuation, as in lm-evaluation-harness), else
  ``option.text`` right after the generation prompt.
* An option's score is the sum over continuation tokens of ``log p(token | context, earlier
  continuation tokens)`` (or the per-token mean with ``length_normalize``).
* Tokenization: the context string is encoded on its own (``add_special_tokens=False``: the
  chat template already writes any special tokens); the continuation tokens are the tail of
  the encoding of the whole string ``context + continuation``, split at the context's token
  count, after checking that the whole encoding starts with exactly the context tokens. So the
  continuation tokens are the ones a tokenizer would produce for the full response, and the
  prefix the model is conditioned on is identical for every option. If a BPE merge crosses the
  boundary (the check fails; it cannot with a space-separated continuation under byte-level
  pre-tokenization), the continuation is encoded on its own instead and appended to the
  unchanged context tokens, and the request is marked ``boundary_merge=True``: those tokens
  still decode to exactly ``context + continuation``.

Every item is scored in **all** presentation orders of its options (``n!`` orders; 2 for the
usual two-option item): :func:`orders`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from whyfirst.datasets import check_sidecar, file_sha256, iter_jsonl, validate_line
from whyfirst.errors import InputError
from whyfirst.records import Message, SuiteItem, Split

__all__ = [
    "JudgedItem", "Suite", "ContextRequest", "load_suite", "builtin_suite_path", "builtin_suites",
    "orders", "fill_template", "item_messages", "render_context", "continuation_text",
    "encode_pair", "render_requests",
]


class JudgedItem(BaseModel):
    """A generation + judge item: a response is sampled, then a judge grades it on ``rubric``.

    ``grades`` maps each grade label the judge may answer with to its value; ``target`` is the
    label that counts as a pass. The judge must end with ``GRADE: <label>``; anything else
    (an unknown label, no grade, a refusal, an error) is recorded as an error, never a pass.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    split: Split
    messages: list[Message] = Field(min_length=1)
    rubric: str = Field(min_length=1)
    grades: dict[str, float] = Field(default_factory=lambda: {"PASS": 1.0, "FAIL": 0.0})
    target: str = "PASS"
    tags: dict[str, str | bool | int | float] = Field(default_factory=dict)
    kind: Literal["judged"] = "judged"

    @model_validator(mode="after")
    def _check(self) -> "JudgedItem":
        if self.messages[-1].role != "user":
            raise ValueError("the last prompt message must be a user turn")
        if len(self.grades) < 2:
            raise ValueError("a judged item needs at least two grade labels")
        for label in self.grades:
            if not label or any(c.isspace() for c in label):
                raise ValueError(f"grade label {label!r} must be one word")
        if self.target not in self.grades:
            raise ValueError(f"target {self.target!r} is not one of the grades {list(self.grades)}")
        return self


AnyItem = Union[SuiteItem, JudgedItem]


class Suite(BaseModel):
    """A named list of items, as loaded from one JSONL file."""

    name: str
    items: list[AnyItem]
    path: str | None = None
    sha256: str | None = None

    @property
    def forced_choice(self) -> list[SuiteItem]:
        return [i for i in self.items if isinstance(i, SuiteItem)]

    @property
    def judged(self) -> list[JudgedItem]:
        return [i for i in self.items if isinstance(i, JudgedItem)]

    @property
    def kind(self) -> Literal["forced_choice", "judged", "mixed"]:
        fc, j = bool(self.forced_choice), bool(self.judged)
        return "mixed" if fc and j else ("judged" if j else "forced_choice")


def _item_schema(raw: dict) -> type[BaseModel]:
    return JudgedItem if ("rubric" in raw or raw.get("kind") == "judged") else SuiteItem


def load_suite(path: str | Path, *, name: str | None = None) -> Suite:
    """Parse and validate a suite file; a bad line raises an InputError naming file, line, field."""
    path = Path(path)
    if not path.exists():
        raise InputError("suite file not found", path=path, fix="check the suite path")
    items: list[AnyItem] = []
    seen: dict[str, int] = {}
    for lineno, raw in iter_jsonl(path):
        schema = _item_schema(raw)
        item = validate_line(schema, raw, path=path, lineno=lineno,
                             fix=f"each line must match the {schema.__name__} schema "
                             "(see src/whyfirst/data/cheese/README.md)")
        if item.id in seen:
            raise InputError(f"line {lineno}: duplicate item id {item.id!r} (first on line "
                             f"{seen[item.id]})", path=path, field="id",
                             fix="item ids must be unique within a suite")
        seen[item.id] = lineno
        items.append(item)
    if not items:
        raise InputError("no items", path=path, fix="a suite needs at least one JSON line")
    sha = file_sha256(path)
    check_sidecar(path, sha)
    return Suite(name=name or path.stem, items=items, path=str(path), sha256=sha)


def builtin_suite_path(name: str, experiment: str = "cheese") -> Path:
    """The packaged suite file ``whyfirst/data/<experiment>/suites/<name>.jsonl``."""
    return Path(str(resources.files("whyfirst") / "data" / experiment / "suites" / f"{name}.jsonl"))


def builtin_suites(experiment: str = "cheese") -> list[Path]:
    folder = Path(str(resources.files("whyfirst") / "data" / experiment / "suites"))
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


# ---------------------------------------------------------------------------------------------
# rendering


def orders(item: SuiteItem) -> list[tuple[int, ...]]:
    """Every presentation order of the item's options, as tuples of option indices."""
    return list(itertools.permutations(range(len(item.options))))


def fill_template(item: SuiteItem, order: tuple[int, ...]) -> str:
    """The user prompt with slot ``option_a`` holding ``options[order[0]]``, and so on.

    Slots are replaced literally (no ``str.format``), so other braces in the text are kept.
    """
    text = item.template
    for slot, idx in zip(item.slots, order):
        text = text.replace("{" + slot + "}", item.options[idx].text)
    return text


def item_messages(item: SuiteItem, order: tuple[int, ...]) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": item.system}] if item.system else []
    msgs.append({"role": "user", "content": fill_template(item, order)})
    return msgs


def render_context(tokenizer, item: SuiteItem, order: tuple[int, ...]) -> str:
    prompt = tokenizer.apply_chat_template(item_messages(item, order), add_generation_prompt=True,
                                           tokenize=False)
    return prompt + item.response_prefix.rstrip()


def continuation_text(item: SuiteItem, option_index: int) -> str:
    text = item.options[option_index].text
    return " " + text if item.response_prefix.strip() else text


def _encode(tokenizer, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def encode_pair(tokenizer, context: str, continuation: str,
                context_ids: list[int] | None = None) -> tuple[list[int], list[int], bool]:
    """Apply the module's tokenization rule: ``(context_ids, continuation_ids, boundary_merge)``."""
    ctx = context_ids if context_ids is not None else _encode(tokenizer, context)
    whole = _encode(tokenizer, context + continuation)
    if whole[: len(ctx)] == ctx and len(whole) > len(ctx):
        return ctx, whole[len(ctx):], False
    cont = _encode(tokenizer, continuation)
    if not cont:
        raise ValueError(f"continuation {continuation!r} encodes to no tokens")
    return ctx, cont, True


@dataclass
class ContextRequest:
    """One (item, order): a shared context and one continuation per option (in option order)."""

    item_index: int
    order: tuple[int, ...]
    context: str
    context_ids: list[int]
    continuations: list[str]
    continuation_ids: list[list[int]]
    boundary_merge: list[bool] = field(default_factory=list)


def render_requests(tokenizer, items: list[SuiteItem]) -> list[ContextRequest]:
    """All (item, order) requests for ``items``, in item then order sequence."""
    requests = []
    for i, item in enumerate(items):
        for order in orders(item):
            context = render_context(tokenizer, item, order)
            ctx_ids = _encode(tokenizer, context)
            if not ctx_ids:
                raise ValueError(f"item {item.id!r}: the context encodes to no tokens")
            conts, cont_ids, merges = [], [], []
            for k in range(len(item.options)):
                cont = continuation_text(item, k)
                _, ids, merged = encode_pair(tokenizer, context, cont, ctx_ids)
                conts.append(cont)
                cont_ids.append(ids)
                merges.append(merged)
            requests.append(ContextRequest(i, order, context, ctx_ids, conts, cont_ids, merges))
    return requests
