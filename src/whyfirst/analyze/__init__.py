"""whyfirst.analyze: arm metrics with bootstrap CIs and paired contrasts between arms.

``analyze(results, analysis)`` takes every ``(arm, seed)``'s scored items and returns an
:class:`AnalysisResult`; the numerics live in :mod:`whyfirst.analyze.stats`.
"""

from whyfirst.analyze.core import analyze
from whyfirst.analyze.results import (AnalysisResult, ArmSuiteMetric, ContrastResult, ErrorCount,
                                      PositionBias, TagContrast, TagMetric)

__all__ = ["analyze", "AnalysisResult", "ArmSuiteMetric", "ContrastResult", "ErrorCount",
           "PositionBias", "TagContrast", "TagMetric"]
