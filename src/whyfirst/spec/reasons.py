"""The reason-marker audit: how much a text explains *why*, counted the same way for every variant.

A rules-only spec or corpus must state and illustrate rules without justifying them; a
value-explained one discusses the reasons. Counting explicit reason markers per 1,000 words
checks that the variants differ the way the experiment says they do (a manipulation check on
the training data itself, before any model is trained).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from pydantic import BaseModel, Field

# Phrases that introduce a justification, a purpose or a consequence. Word-boundary matches,
# case-insensitive; `protect*`, `matter*` and `reason*` match their inflections.
REASON_MARKERS: tuple[str, ...] = (
    "because", "so that", "in order to", "protects", "protect", "protecting", "protection",
    "matters", "matter", "why", "reason", "reasons", "since", "the point of", "purpose",
    "so as to", "otherwise", "which means", "to ensure", "to avoid", "therefore",
    "consequence", "consequences", "leads to", "harm", "harms", "trust",
)
_PATTERN = re.compile(r"\b(" + "|".join(sorted((re.escape(m) for m in REASON_MARKERS),
                                                  key=len, reverse=True)) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+")


class ReasonAudit(BaseModel):
    """Reason markers in a body of text: the rate, the counts, and how many texts have none."""

    name: str
    n_texts: int
    n_words: int
    n_markers: int
    per_1000_words: float
    texts_with_markers: int = Field(description="texts containing at least one marker")
    top: dict[str, int] = Field(default_factory=dict, description="the most frequent markers")


def count_markers(text: str) -> Counter[str]:
    return Counter(m.group(1).lower() for m in _PATTERN.finditer(text))


def audit_reasons(name: str, texts: Iterable[str]) -> ReasonAudit:
    """Count reason markers over ``texts`` (a corpus, a spec's sections, chats)."""
    total: Counter[str] = Counter()
    n_texts = n_words = with_markers = 0
    for t in texts:
        c = count_markers(t)
        total += c
        n_texts += 1
        n_words += len(_WORD.findall(t))
        with_markers += bool(c)
    n = sum(total.values())
    return ReasonAudit(name=name, n_texts=n_texts, n_words=n_words, n_markers=n,
                       per_1000_words=round(1000 * n / max(n_words, 1), 2),
                       texts_with_markers=with_markers, top=dict(total.most_common(8)))
