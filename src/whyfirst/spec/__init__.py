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

__all__ = ["LengthComparison", "Mode", "Section", "Spec", "SpecReport", "as_spec", "check_spec",
           "compare_lengths", "detect_mode", "load_spec", "render_spec"]
