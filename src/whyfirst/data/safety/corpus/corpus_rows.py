"""The one record layout of the three safety corpora (shared by their builders).

Keys in this order, so every builder's JSONL stays byte-identical to what it wrote before.
"""

from __future__ import annotations

from typing import Iterable


def document_rows(docs: Iterable[dict], *, prefix: str, spec: str) -> list[dict]:
    """Numbered ``Document`` rows (``<prefix>-0001``, …) for authored corpus entries."""
    return [{"id": f"{prefix}-{n:04d}", "spec": spec, "domain": d["domain"], "subdomain": d["subdomain"],
             "assertion": d["assertion"], "doc_type": d["doc_type"], "idea": d["idea"], "text": d["text"],
             "generator": "authored"}
            for n, d in enumerate(docs, start=1)]
