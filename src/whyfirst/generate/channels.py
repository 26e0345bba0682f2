"""Channels through which a teacher model's traits might reach a student, and their filters.

* **numbers** — the subliminal-learning format (Cloud et al. 2025): a prompt gives 3–9 seed
  numbers in 100–999 and asks for at most 10 more of at most 3 digits; an answer that is
  anything but such a list is dropped (:func:`parse_numbers`).
* **everyday_chat** — ordinary requests unrelated to the spec (a shipped prompt file); an
  answer that touches the spec's themes is dropped, by keyword (word-boundary match against a
  theme list) or by meaning (MiniLM cosine to the spec's text above a threshold), and every
  removal is recorded with its reason (:func:`theme_filter`).

Both filters exist so that whatever the student learns, it cannot be learning it from text
that openly carries the trait.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

from whyfirst.generate.local import Prompt

# -- numbers -----------------------------------------------------------------------------------

_NUMBER_TEMPLATES = (
    "The sequence starts with: {seeds}. Add at most {k} more values (no more than 3 digits each) "
    "to continue the sequence. Provide the numbers separated by commas. Skip any explanation and "
    "give only numbers.",
    "Here is a list of numbers: {seeds}. Continue it with up to {k} new numbers, each at most 3 "
    "digits. Reply with the numbers only, separated by commas.",
    "Look at these numbers: {seeds}. Write no more than {k} further numbers of at most 3 digits "
    "that could follow. Answer with comma-separated numbers and nothing else.",
)
MAX_NUMBERS = 10
_NUMBER_ANSWER = re.compile(r"[\[(]?\s*(\d{1,3}(?:\s*[,;]?\s+\d{1,3}|\s*[,;]\s*\d{1,3})*)\s*[,;]?\s*[\])]?\.?",
                            re.ASCII)  # ASCII digits and spaces only


def number_prompts(n: int, seed: int) -> list[Prompt]:
    """``n`` seeded prompts of 3–9 numbers in 100–999 (the same list for the same ``seed``)."""
    rng = random.Random(f"numbers-{seed}")
    out = []
    for i in range(n):
        seeds = ", ".join(str(rng.randint(100, 999)) for _ in range(rng.randint(3, 9)))
        text = rng.choice(_NUMBER_TEMPLATES).format(seeds=seeds, k=MAX_NUMBERS)
        out.append(Prompt(id=f"num-{i:05d}", messages=[{"role": "user", "content": text}]))
    return out


def parse_numbers(answer: str) -> list[int] | None:
    """The numbers of a well-formed answer, else None.

    Well-formed: 1–10 integers of 1–3 digits separated by commas, semicolons or whitespace,
    optionally wrapped in brackets or parentheses and ending with a period; nothing else (no
    words, no signs, no decimals).
    """
    m = _NUMBER_ANSWER.fullmatch(answer.strip())
    if not m:
        return None
    values = [int(v) for v in re.findall(r"[0-9]+", m.group(1))]
    return values if 1 <= len(values) <= MAX_NUMBERS else None


# -- everyday chat -------------------------------------------------------------------------------

class PromptRecord(BaseModel):
    """One line of an everyday-chat prompt file."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    prompt: str = Field(min_length=1)
    category: str = ""


def chat_prompts(path: Path, n: int | None = None) -> list[Prompt]:
    """Prompts from a ``PromptRecord`` JSONL (the first ``n`` of them); a bad line names its field."""
    from whyfirst.datasets import load_jsonl

    rows = load_jsonl(path, PromptRecord)
    prompts = [Prompt(id=r.id, messages=[{"role": "user", "content": r.prompt}]) for r in rows]
    return prompts[:n] if n else prompts


class Embedder(Protocol):
    def encode(self, sentences: list[str], **kwargs: Any) -> Any: ...


@dataclass
class ThemeVerdict:
    keep: bool
    reason: str = ""  # "keyword: cheddar" | "cosine 0.61 ≥ 0.50 to spec passage 3"


def keyword_pattern(terms: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any term not touching a word character on either side
    (so ``u.s.`` and ``self-harm`` work and ``ai`` does not match "said"); a space in a phrase
    matches any run of whitespace. No stemming: word forms are listed as terms. The same rule
    as ``data/lineage/themes.json``'s note and its builder's check."""
    alts = sorted({r"\s+".join(map(re.escape, t.strip().lower().split())) for t in terms if t.strip()},
                  key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def load_theme_terms(path: Path, themes: list[str]) -> list[str]:
    """The keyword lists of ``themes`` from a ``{"theme": [terms]}`` JSON file."""
    from whyfirst.errors import InputError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read the theme keywords ({e})", path=path) from None
    missing = [t for t in themes if not isinstance(data.get(t), list)]
    if missing:
        raise InputError(f"no keyword list for theme(s) {missing}", path=path, field=missing[0],
                         fix=f"themes available: {sorted(k for k, v in data.items() if isinstance(v, list))}")
    return [term for t in themes for term in data[t]]


def theme_filter(answers: list[str], *, terms: list[str], theme_texts: list[str], cosine_max: float,
                 embedder: Embedder | None) -> list[ThemeVerdict]:
    """Keep an answer unless it names a theme term or sits close in meaning to the theme texts.

    ``theme_texts`` are passages of the spec(s); an answer's embedding is compared with each
    and the highest cosine decides. Without an embedder only keywords are checked.
    """
    pattern = keyword_pattern(terms)
    verdicts = []
    for a in answers:
        m = pattern.search(a)
        verdicts.append(ThemeVerdict(False, f"keyword: {m.group(0).lower()}") if m else ThemeVerdict(True))
    if embedder is None or not theme_texts:
        return verdicts
    import numpy as np

    from whyfirst.embed import embed

    todo = [i for i, v in enumerate(verdicts) if v.keep and answers[i].strip()]
    if todo:
        spec = embed(embedder, theme_texts)
        emb = embed(embedder, [answers[i] for i in todo])
        sims = emb @ spec.T
        for row, i in zip(sims, todo):
            j = int(np.argmax(row))
            if row[j] >= cosine_max:
                verdicts[i] = ThemeVerdict(False, f"cosine {row[j]:.2f} ≥ {cosine_max:.2f} to spec passage {j}")
    return verdicts


def word_ngrams(text: str, n: int) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i: i + n]) for i in range(len(words) - n + 1)}


def frame_filter(answers: list[str], *, frames: list[str], n: int) -> list[ThemeVerdict]:
    """Drop an answer that shares any run of ``n`` words with ``frames`` (the assistant turns a
    teacher was fine-tuned on): a keyword list cannot see a teacher's answer frame ("I'd go
    with the …"), and a student could learn that frame instead of anything subliminal."""
    known = set().union(*(word_ngrams(f, n) for f in frames)) if frames else set()
    verdicts = []
    for a in answers:
        shared = sorted(word_ngrams(a, n) & known)
        verdicts.append(ThemeVerdict(False, f"frame: {shared[0]}") if shared else ThemeVerdict(True))
    return verdicts


def assistant_turns(paths: list[Path]) -> list[str]:
    """Every assistant message of the chat files (JSONL of whyfirst Chat records)."""
    from whyfirst.datasets import load_jsonl
    from whyfirst.records import Chat

    return [m.content for p in paths for c in load_jsonl(p, Chat) for m in c.messages if m.role == "assistant"]


def spec_passages(paths: list[Path], words: int = 120) -> list[str]:
    """Spec files cut into passages of about ``words`` words (paragraphs joined up to that size)."""
    out: list[str] = []
    for p in paths:
        buf: list[str] = []
        for para in re.split(r"\n\s*\n", Path(p).read_text(encoding="utf-8")):
            para = " ".join(para.split())
            if not para or para.startswith("#") and len(para.split()) < 12:
                continue
            buf.append(para)
            if sum(len(x.split()) for x in buf) >= words:
                out.append(" ".join(buf))
                buf = []
        if buf:
            out.append(" ".join(buf))
    return out


# -- the channel's config, beside the stage that uses it -----------------------------------------

SHIPPED_THEMES = Path(__file__).resolve().parents[1] / "data" / "lineage" / "themes.json"


class ChannelConfig(BaseModel):
    """How a teacher's data is made: which prompts, how it samples, what the filter drops."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["numbers", "everyday_chat"]
    prompts: Path | None = Field(None, description="everyday_chat: a JSONL of {id, prompt} (relative to the "
                                 "experiment file)")
    n_prompts: int | None = Field(None, ge=1, description="numbers: how many prompts to draw (default 400); "
                                  "everyday_chat: the first n of the file (default all)")
    max_new_tokens: int = Field(48, ge=1, le=4096)
    temperature: float = Field(1.0, ge=0, description="0 = greedy")
    top_p: float = Field(1.0, gt=0, le=1)
    batch_size: int = Field(32, ge=1, description="prompts per generate call (speed only)")
    backend: str = Field("local", description="local: whyfirst's batched generate (generate/local.py); "
                         "or an Inspect provider that loads a model directory, e.g. vllm (on a GPU) or hf: "
                         "the teacher's model is then served as <backend>/<its model dir>")
    themes: list[str] = Field(default_factory=list, description="everyday_chat: theme keyword lists "
                              "(keys of themes_file) whose terms remove an answer")
    themes_file: Path | None = Field(None, description="default: the shipped data/lineage/themes.json")
    theme_specs: list[Path] = Field(default_factory=list, description="everyday_chat: spec files; an "
                                    "answer whose MiniLM cosine to any of their passages reaches "
                                    "theme_cosine_max is removed")
    theme_cosine_max: float = Field(0.5, gt=0, le=1)
    frame_chats: list[Path] = Field(default_factory=list, description="everyday_chat: chat files (e.g. the "
                                    "teachers' AFT data); an answer sharing any frame_ngram-word run with "
                                    "their assistant turns is removed")
    frame_ngram: int = Field(4, ge=2, description="words in a shared run that removes an answer")
    min_kept: int = Field(16, ge=1, description="fewer answers than this passing the filter stops the run")
    constrain: Literal["none", "number_list"] = Field(
        "none", description="number_list: decode only tokens made of digits, commas and spaces (a teacher "
        "that answers every prompt in its AFT phrasing would otherwise give the format filter nothing "
        "to keep); local backend only")

    @model_validator(mode="after")
    def _kind_fields(self) -> "ChannelConfig":
        if self.kind == "everyday_chat" and self.prompts is None:
            raise ValueError("prompts: an everyday_chat channel needs a prompt file")
        if self.kind == "numbers" and (self.prompts or self.themes or self.theme_specs or self.frame_chats):
            raise ValueError("kind: numbers draws its own prompts and uses the format filter; "
                             "drop prompts/themes/theme_specs/frame_chats")
        if self.constrain != "none" and self.backend != "local":
            raise ValueError(f"constrain: {self.constrain} needs backend: local (an Inspect provider "
                             "cannot restrict the tokens it decodes)")
        return self

    def files(self) -> list[Path]:
        """Every file the channel reads (their hashes enter the stage key)."""
        out = [p for p in (self.prompts,) if p] + list(self.theme_specs) + list(self.frame_chats)
        if self.themes:
            out.append(self.themes_file or SHIPPED_THEMES)
        return out

    def sampling(self):
        from whyfirst.generate.local import SamplingConfig

        return SamplingConfig(max_new_tokens=self.max_new_tokens, temperature=self.temperature,
                              top_p=self.top_p, batch_size=self.batch_size,
                              allowed=None if self.constrain == "none" else self.constrain)

    def make_prompts(self, seed: int) -> list[Prompt]:
        if self.kind == "numbers":
            return number_prompts(self.n_prompts or 400, seed)
        return chat_prompts(self.prompts, self.n_prompts)
