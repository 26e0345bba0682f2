"""What each stage must get back from the teacher, and a tolerant parser for it.

JSON stages accept a bare JSON value, a fenced ```json block, or JSON with chat around it;
a list wrapped in an object ({"domains": [...]}) and plain strings where objects were asked
for are accepted too. Anything else raises :class:`ParseFailure` with a reason the runner
retries on: ``malformed_json``, ``truncated``, ``refusal``, ``schema`` or ``empty``.
Long-text stages (documents, responses) use tags such as ``<document>...</document>``.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

LENGTH_REASONS = {"max_tokens", "model_length", "length"}
_REFUSAL = re.compile(
    r"^\W*(i'?m sorry|i am sorry|sorry, but|i can(?:not|'t|’t)|i won(?:'|’)t|i'?m (?:not able|unable)|"
    r"i am (?:not able|unable)|i must decline|as an ai\b)", re.I)
_FENCED = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)```", re.S)
_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.+?)\s*$", re.M)


# the placeholder values of the prompts' format examples: an item equal to one is an echo
TEMPLATE_ECHOES = {"short name", "one sentence", "the assertion", "the idea", "document type",
                   "section heading", "one sentence on what it looks like", "name", "text", "idea",
                   "one of the five kinds"}


_PRIMARY_ALIASES = ("text", "name", "title", "assertion", "statement", "idea", "query", "message", "user",
                    "content", "summary", "description")


def _nonblank(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


class ParseFailure(ValueError):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    primary: ClassVar[str] = "name"

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, v: Any) -> Any:
        """A bare string is the primary field; an object that names its main field
        differently ({"statement": ...}, {"title": ...}) lends that field to the primary one.
        Small teachers rename keys often, and the text is what matters."""
        if isinstance(v, str):
            return {cls.primary: v}
        if isinstance(v, dict) and not _nonblank(v.get(cls.primary)):
            for k in _PRIMARY_ALIASES:
                if k != cls.primary and _nonblank(v.get(k)):
                    return {**v, cls.primary: v[k]}
        return v


class Domain(_Item):
    name: str = Field(min_length=1, max_length=300)
    description: str = ""


class Subdomain(_Item):
    name: str = Field(min_length=1, max_length=300)
    description: str = ""
    sections: list[str] = Field(default_factory=list)

    @field_validator("sections", mode="before")
    @classmethod
    def _listify(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [p.strip() for p in re.split(r"[;\n]", v) if p.strip()]
        return v or []


AssertionKind = Literal["behaviour", "value", "preference", "belief", "tone"]
_KINDS = ("behaviour", "value", "preference", "belief", "tone")
_KIND_SYNONYMS = {"behavior": "behaviour", "behaviours": "behaviour", "behaviors": "behaviour",
                  "values": "value", "preferences": "preference", "beliefs": "belief", "tones": "tone"}


class Assertion(_Item):
    primary: ClassVar[str] = "text"
    text: str = Field(min_length=1, max_length=2000)
    kind: AssertionKind = "behaviour"

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> Any:
        """The kind is a label: a synonym or a list of kinds ("value|belief") gives its first
        known kind; anything else falls back to "behaviour" rather than losing the assertion."""
        if not isinstance(v, str):
            return "behaviour"
        for word in re.findall(r"[a-z]+", v.lower()):
            word = _KIND_SYNONYMS.get(word, word)
            if word in _KINDS:
                return word
        return "behaviour"


class DocType(_Item):
    name: str = Field(min_length=1, max_length=300)
    description: str = ""


class Idea(_Item):
    primary: ClassVar[str] = "idea"
    idea: str = Field(min_length=1, max_length=3000)


class Query(_Item):
    primary: ClassVar[str] = "text"
    text: str = Field(min_length=1, max_length=4000)


class DocumentDraft(BaseModel):
    text: str = Field(min_length=1)
    closed: bool = False  # the closing tag came back: the text is whole even if the reply ran on


def finish_of(output: dict[str, Any], finish_reason: str) -> str:
    """The finish reason that matters for a tagged draft: a reply that closed its tag and then
    rambled into the token limit still holds a complete document or response."""
    return "stop" if output.get("closed") else finish_reason


class ResponseDraft(BaseModel):
    reasoning: str = ""
    response: str = Field(min_length=1)
    closed: bool = False


class Verdict(BaseModel):
    model_config = ConfigDict(extra="ignore")
    aligned: bool
    reason: str = ""

    @field_validator("aligned", mode="before")
    @classmethod
    def _boolish(cls, v: Any) -> Any:
        if isinstance(v, str):
            low = v.strip().lower()
            if low in {"true", "yes", "aligned"}:
                return True
            if low in {"false", "no", "misaligned", "not aligned"}:
                return False
        return v


class ItemList(BaseModel):
    """A stage's list output (what the journal stores)."""

    items: list[dict[str, Any]]


# ------------------------------------------------------------------------------ parsing


def _json_candidates(text: str) -> list[str]:
    out = [m.group(1) for m in _FENCED.finditer(text)]
    out.append(text)
    # an unterminated fence: take what follows it
    if text.count("```") % 2 == 1:
        out.append(text.split("```", 1)[1].split("\n", 1)[-1])
    return out


def _try_decode(s: str, outermost_only: bool = False) -> tuple[bool, Any]:
    s = s.strip().replace("\u201c", '"').replace("\u201d", '"')
    if not s:
        return False, None
    decoder = json.JSONDecoder()
    attempts = (s, _TRAILING_COMMA.sub(r"\1", s))
    for attempt in attempts:
        try:
            return True, json.loads(attempt)
        except json.JSONDecodeError:
            pass
    for attempt in attempts:
        starts = [i for i, c in enumerate(attempt) if c in "[{"][: 1 if outermost_only else 20]
        for i in starts:
            try:
                value, _ = decoder.raw_decode(attempt, i)
                if isinstance(value, (list, dict)):
                    return True, value
            except json.JSONDecodeError:
                continue
    return False, None


def _looks_truncated(text: str, finish_reason: str) -> bool:
    if finish_reason in LENGTH_REASONS:
        return True
    s = text.strip()
    opens = s.count("[") + s.count("{")
    closes = s.count("]") + s.count("}")
    return opens > closes


def _failure(text: str, finish_reason: str, what: str) -> ParseFailure:
    if not text.strip():
        return ParseFailure("empty", "the teacher returned no text")
    if finish_reason == "content_filter" or _REFUSAL.match(text):
        return ParseFailure("refusal", text.strip()[:120])
    if _looks_truncated(text, finish_reason):
        return ParseFailure("truncated", f"{what} cut off (finish_reason={finish_reason})")
    return ParseFailure("malformed_json", f"no {what} in: {text.strip()[:120]!r}")


def extract_json(text: str, finish_reason: str = "stop") -> Any:
    # in a reply cut off by the token limit, an inner fragment is not the answer: only the
    # outermost JSON value counts (complete, with the cut-off chatter after it)
    cut = finish_reason in LENGTH_REASONS
    for cand in _json_candidates(text):
        ok, value = _try_decode(cand, outermost_only=cut)
        if ok:
            return value
    raise _failure(text, finish_reason, "JSON")


def parse_list(item: type[BaseModel], *, at_least: int = 1, at_most: int | None = None
               ) -> Callable[[str, str], ItemList]:
    """A parser for a JSON list of ``item``; extra items are dropped, invalid ones skipped."""

    def parse(text: str, finish_reason: str) -> ItemList:
        try:
            value = extract_json(text, finish_reason)
        except ParseFailure as e:
            # a Markdown list instead of JSON: one item per bullet (complete answers only)
            bullets = [m.group(1).replace("**", "").strip(" _\"'") for m in _LIST_LINE.finditer(text)]
            if e.reason != "malformed_json" or len(bullets) < at_least:
                raise
            value = [b for b in bullets if b]
        if isinstance(value, dict):
            lists = [v for v in value.values() if isinstance(v, list)]
            value = lists[0] if lists else [value]
        if not isinstance(value, list):
            raise ParseFailure("schema", f"expected a JSON list, got {type(value).__name__}")
        good: list[dict[str, Any]] = []
        errors: list[str] = []
        for raw in value:
            try:
                parsed = item.model_validate(raw).model_dump()
            except ValidationError as e:
                errors.append(e.errors()[0]["msg"])
                continue
            primary = str(parsed.get(getattr(item, "primary", ""), "")).strip().lower()
            if primary in TEMPLATE_ECHOES:  # the teacher copied the format example
                errors.append(f"copied the format example {primary!r}")
                continue
            if not re.search(r"[^\W\d_]", primary):  # "2.", "-", "..."
                errors.append(f"no words in {primary!r}")
                continue
            good.append(parsed)
        # the same item twice adds nothing
        seen: set[str] = set()
        unique = []
        for g in good:
            k = json.dumps(g, sort_keys=True).lower()
            if k not in seen:
                seen.add(k)
                unique.append(g)
        if len(unique) < at_least:
            why = f"; first error: {errors[0]}" if errors else ""
            raise ParseFailure("schema", f"{len(unique)} valid {item.__name__} items, need {at_least}{why}")
        return ItemList(items=unique[:at_most] if at_most else unique)

    parse.__name__ = f"list[{item.__name__}]"
    return parse


def _tag(text: str, tag: str) -> tuple[str | None, bool]:
    """(content, closed) of the first <tag>...</tag>; (None, False) when the tag is absent."""
    m = re.search(rf"<{tag}>(.*?)(</{tag}>|$)", text, re.S | re.I)
    if not m:
        return None, False
    return m.group(1).strip(), bool(m.group(2))


_PREAMBLE = re.compile(r"^(here(?:'s| is)[^\n]{0,80}:|sure[^\n]{0,60}[:!.])\s*\n", re.I)


def parse_document(text: str, finish_reason: str) -> DocumentDraft:
    body, closed = _tag(text, "document")
    if body is None:
        if text.strip().startswith(("{", "```")):
            try:
                value = extract_json(text, finish_reason)
                if isinstance(value, dict) and isinstance(value.get("text"), str):
                    body = value["text"]
            except ParseFailure:
                pass
        if body is None:
            body = _PREAMBLE.sub("", text.strip(), count=1)
    if not body.strip():
        raise _failure("" if not text.strip() else text, finish_reason, "document")
    if _REFUSAL.match(body) and len(body) < 400:
        raise ParseFailure("refusal", body[:120])
    return DocumentDraft(text=body.strip(), closed=closed)


def parse_response(text: str, finish_reason: str) -> ResponseDraft:
    reasoning, _ = _tag(text, "reasoning")
    response, closed = _tag(text, "response")
    if response is None:
        if text.strip().startswith("{"):
            try:
                value = extract_json(text, finish_reason)
                if isinstance(value, dict) and isinstance(value.get("response"), str):
                    return ResponseDraft(reasoning=str(value.get("reasoning", "")), response=value["response"])
            except ParseFailure:
                pass
        after = re.split(r"</reasoning>", text, flags=re.I)
        response = after[-1].strip() if len(after) > 1 else (None if reasoning is not None else text.strip())
    if not response:
        raise _failure(text if reasoning is None else "x", finish_reason, "response")
    if _REFUSAL.match(response) and finish_reason == "content_filter":
        raise ParseFailure("refusal", response[:120])
    return ResponseDraft(reasoning=reasoning or "", response=response.strip(), closed=closed)


def parse_verdict(text: str, finish_reason: str) -> Verdict:
    try:
        value = extract_json(text, finish_reason)
    except ParseFailure:
        m = re.search(r'"?aligned"?\s*[:=]\s*"?(true|false|yes|no)', text, re.I)
        if not m:
            raise
        value = {"aligned": m.group(1), "reason": ""}
    if isinstance(value, list) and value:
        value = value[0]
    try:
        return Verdict.model_validate(value)
    except ValidationError as e:
        raise ParseFailure("schema", e.errors()[0]["msg"]) from None


def parse_text(text: str, finish_reason: str) -> DocumentDraft:
    """Any non-empty text (used for smoke calls)."""
    if not text.strip():
        raise ParseFailure("empty", "the teacher returned no text")
    return DocumentDraft(text=text.strip())
