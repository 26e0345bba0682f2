"""whyfirst.spec: load, validate, measure and render Model Specs (Markdown)."""

from whyfirst.spec.core import (
    LengthComparison,
    Mode,
    Section,
    Spec,
    SpecReport,
    as_spec,
    check_spec,
    compare_lengths,
    detect_mode,
    load_spec,
    render_spec,
)
from whyfirst.spec.reasons import REASON_MARKERS, ReasonAudit, audit_reasons, count_markers

__all__ = ["LengthComparison", "Mode", "Section", "Spec", "SpecReport", "as_spec", "check_spec",
           "compare_lengths", "detect_mode", "load_spec", "render_spec", "REASON_MARKERS",
           "ReasonAudit", "audit_reasons", "count_markers"]
