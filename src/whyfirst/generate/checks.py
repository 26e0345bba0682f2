"""Checks on training data, authored or generated: is a corpus organised the way MSM builds
one, are variants token-matched, and do rules-only texts stay free of reasons?"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from whyfirst.records import Chat, Document
from whyfirst.spec.reasons import ReasonAudit, audit_reasons, count_markers

HIERARCHY = ("domain", "subdomain", "assertion", "doc_type", "idea")


def check_corpus(docs: list[Document], *, min_docs: int, min_types: int,
                 words: tuple[int, int] | None = None) -> list[str]:
    """Problems with a midtraining corpus: size, document types, the hierarchy fields, ids."""
    problems = []
    if len(docs) < min_docs:
        problems.append(f"{len(docs)} documents < {min_docs}")
    types = {d.doc_type for d in docs if d.doc_type}
    if len(types) < min_types:
        problems.append(f"{len(types)} document types < {min_types}")
    for d in docs:
        if missing := [f for f in HIERARCHY if not getattr(d, f).strip()]:
            problems.append(f"{d.id}: empty hierarchy field(s) {missing}")
        n = len(d.text.split())
        if words and not words[0] <= n <= words[1]:
            problems.append(f"{d.id}: {n} words outside {words[0]}–{words[1]}")
    dup = [k for k, v in Counter(d.id for d in docs).items() if v > 1]
    if dup:
        problems.append(f"duplicate ids {dup[:5]}")
    return problems


def token_match(sizes: dict[str, int], tolerance: float) -> list[str]:
    """Corpora whose size (tokens or words) differs from the largest by more than ``tolerance``."""
    top = max(sizes.values())
    return [f"{name}: {n:,} vs largest {top:,} ({1 - n / top:.1%} smaller, tolerance {tolerance:.0%})"
            for name, n in sizes.items() if n < (1 - tolerance) * top]


def reasonless(name: str, texts: Iterable[str], *, max_per_1000: float = 0.0) -> tuple[ReasonAudit, list[str]]:
    """A rules-only text body: its reason-marker audit and the texts over the limit."""
    texts = list(texts)
    audit = audit_reasons(name, texts)
    problems = []
    if audit.per_1000_words > max_per_1000:
        for i, t in enumerate(texts):
            if c := count_markers(t):
                problems.append(f"{name}[{i}]: reason markers {dict(c)}")
    return audit, problems


def assistant_texts(chats: list[Chat]) -> list[str]:
    return [m.content for c in chats for m in c.messages if m.role == "assistant"]
