"""Model Specs: Markdown files describing how an assistant should behave and why.

A spec is UTF-8 Markdown: ``# Title`` then ``## Sections``. The only curly-brace
placeholders allowed are ``{model_name}`` and ``{provider_name}``; they stay in the text
(and in everything generated from it) until a model is trained, when they are filled in.

``load_spec`` validates completely and raises :class:`~whyfirst.errors.InputError` naming
the file and the line of the first problem.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from whyfirst.errors import InputError
from whyfirst.text import PLACEHOLDERS, fill_placeholders

Mode = Literal["rules", "values"]

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_BRACED = re.compile(r"\{([^{}\n]*)\}")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")
_WORD = re.compile(r"\S+")


class Section(BaseModel):
    model_config = ConfigDict(frozen=True)

    heading: str
    level: int = Field(ge=1, le=6)
    body: str = Field(description="the section's own text, up to the next heading")
    line: int = Field(ge=1, description="1-based line number of the heading")


class Spec(BaseModel):
    """A validated Model Spec."""

    path: str
    name: str = Field(description="the file stem, e.g. cheese-america")
    title: str
    sections: list[Section]
    text: str
    sha256: str
    placeholders: list[str] = Field(description="the known placeholders the spec uses")
    mode: Mode = Field(description="'rules' for a bare list of rules, else 'values'")
    bullet_share: float = Field(description="share of non-blank body lines that are list items")

    @property
    def headings(self) -> list[str]:
        return [s.heading for s in self.sections]

    def section(self, heading: str) -> Section | None:
        want = _norm(heading)
        for s in self.sections:
            if _norm(s.heading) == want:
                return s
        return None


class SpecReport(BaseModel):
    path: str
    title: str
    words: int
    tokens_approx: int = Field(description="characters / 4, a rough count for any tokenizer")
    sections: int
    placeholders: list[str]
    mode: Mode
    sha256: str


class LengthComparison(BaseModel):
    a: SpecReport
    b: SpecReport
    relative_difference: float = Field(description="|words_a - words_b| / max(words_a, words_b)")
    tolerance: float
    matched: bool


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError(f"line {line}: not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {col})",
                         path=path, fix="save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)") from None


def _check_placeholders(path: Path, lines: list[str]) -> set[str]:
    used: set[str] = set()
    in_fence = False
    for i, line in enumerate(lines, start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for name in _BRACED.findall(line):
            if name in PLACEHOLDERS:
                used.add(name)
                continue
            guess = difflib.get_close_matches(name.strip().lower().replace(" ", "_"), PLACEHOLDERS, n=1)
            hint = f"did you mean {{{guess[0]}}}? " if guess else ""
            raise InputError(
                f"line {i}: unknown placeholder {{{name}}}", path=path,
                fix=hint + "the only placeholders are {model_name} and {provider_name}; "
                "write other braces inside a ``` code block")
        leftover = _BRACED.sub("", line)
        if "{" in leftover or "}" in leftover:
            col = line.find("{" if "{" in leftover else "}") + 1
            raise InputError(f"line {i}: unmatched curly brace near column {col}", path=path,
                             fix="close the placeholder, e.g. {model_name}, or remove the brace")
    return used


def _parse_sections(path: Path, lines: list[str]) -> list[Section]:
    heads: list[tuple[int, int, str]] = []  # (line index, level, heading)
    in_fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = _HEADING.match(line)
        if m:
            heads.append((i, len(m.group(1)), m.group(2).strip()))
    if not heads:
        raise InputError("no Markdown headings", path=path,
                         fix="start with a '# Title' line and split the spec into '## Section' parts")
    pre = "\n".join(lines[: heads[0][0]]).strip()
    if pre:
        first = next(i for i, line in enumerate(lines, start=1) if line.strip())
        raise InputError(f"line {first}: text before the first heading", path=path,
                         fix="put a '# Title' heading at the top of the file")
    sections: list[Section] = []
    for n, (idx, level, heading) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        body = "\n".join(lines[idx + 1: end]).strip()
        has_children = n + 1 < len(heads) and heads[n + 1][1] > level
        if not body and not has_children:
            raise InputError(f"line {idx + 1}: section '{heading}' is empty", path=path,
                             fix="write the section's text under its heading, or delete the heading")
        sections.append(Section(heading=heading, level=level, body=body, line=idx + 1))
    return sections


def bullet_share(sections: list[Section]) -> float:
    """Share of the spec's body words that sit in list items (bullets or numbered)."""
    lines = [ln for s in sections for ln in s.body.splitlines() if ln.strip()]
    total = sum(len(_WORD.findall(ln)) for ln in lines)
    if not total:
        return 0.0
    return sum(len(_WORD.findall(ln)) for ln in lines if _BULLET.match(ln)) / total


def detect_mode(sections: list[Section]) -> Mode:
    """'rules' when the spec is mostly a bare list of rules, with little explaining prose.

    A spec is rules-like when at least 60% of its body words sit in list items (bullets or
    numbered). Explaining prose pushes a spec to 'values'.
    """
    return "rules" if bullet_share(sections) >= 0.6 else "values"


def load_spec(path: str | Path) -> Spec:
    """Read and validate a spec; the first problem raises an InputError naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError("spec file not found", path=path, fix="check the path (a Markdown .md file)")
    raw = path.read_bytes()
    text = _decode(path, raw)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("the spec is empty", path=path, fix="write a '# Title' and at least one section")
    lines = text.splitlines()
    used = _check_placeholders(path, lines)
    sections = _parse_sections(path, lines)
    h1 = [s for s in sections if s.level == 1]
    title = (h1[0] if h1 else sections[0]).heading
    return Spec(path=str(path), name=path.stem, title=title, sections=sections, text=text.strip() + "\n",
                sha256=hashlib.sha256(raw).hexdigest(), placeholders=sorted(used),
                mode=detect_mode(sections), bullet_share=round(bullet_share(sections), 3))


def as_spec(spec: str | Path | Spec) -> Spec:
    return spec if isinstance(spec, Spec) else load_spec(spec)


def check_spec(path: str | Path | Spec) -> SpecReport:
    """Validate a spec and report its size."""
    spec = as_spec(path)
    return SpecReport(path=spec.path, title=spec.title, words=len(_WORD.findall(spec.text)),
                      tokens_approx=round(len(spec.text) / 4), sections=len(spec.sections),
                      placeholders=spec.placeholders, mode=spec.mode, sha256=spec.sha256)


def compare_lengths(a: str | Path | Spec, b: str | Path | Spec, tolerance: float = 0.05) -> LengthComparison:
    """Are two spec variants length-matched (word counts within ``tolerance``, relative)?"""
    if not 0 <= tolerance < 1:
        raise InputError(f"tolerance must be in [0, 1), got {tolerance}", field="tolerance")
    ra, rb = check_spec(a), check_spec(b)
    diff = abs(ra.words - rb.words) / max(ra.words, rb.words, 1)
    return LengthComparison(a=ra, b=rb, relative_difference=round(diff, 4), tolerance=tolerance,
                            matched=diff <= tolerance)


def render_spec(spec: Spec | str | Path, model_name: str, provider_name: str) -> str:
    """The spec's text with {model_name} and {provider_name} filled in."""
    spec = as_spec(spec)
    return fill_placeholders(spec.text, {"model_name": model_name, "provider_name": provider_name})
