"""whyfirst.evaluate: out-of-distribution evaluation on forced-choice and judged suites.

* :func:`load_suite` — a suite JSONL file → :class:`Suite` (forced-choice and judged items);
  the log-likelihood rule is stated in :mod:`whyfirst.evaluate.suites`.
* :func:`score_items` / :func:`evaluate_model` — the native KV-reuse log-likelihood scorer.
* :func:`audit` — n-gram and embedding leakage audit against training texts.
* :mod:`whyfirst.evaluate.inspect_tasks` — every suite as an Inspect task
  (``inspect eval whyfirst/value_conflict``); imported only on demand.

torch, transformers, sentence-transformers and inspect_ai are imported lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["load_suite", "Suite", "JudgedItem", "score_items", "reference_score",
           "evaluate_model", "audit", "LeakageReport"]

_LAZY = {
    "load_suite": "whyfirst.evaluate.suites",
    "Suite": "whyfirst.evaluate.suites",
    "JudgedItem": "whyfirst.evaluate.suites",
    "score_items": "whyfirst.evaluate.scorer",
    "reference_score": "whyfirst.evaluate.scorer",
    "evaluate_model": "whyfirst.evaluate.scorer",
    "audit": "whyfirst.evaluate.leakage",
    "LeakageReport": "whyfirst.evaluate.leakage",
}

if TYPE_CHECKING:  # pragma: no cover
    from whyfirst.evaluate.leakage import LeakageReport, audit
    from whyfirst.evaluate.scorer import evaluate_model, reference_score, score_items
    from whyfirst.evaluate.suites import JudgedItem, Suite, load_suite


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'whyfirst.evaluate' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
