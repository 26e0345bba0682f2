"""whyfirst.report: one self-contained HTML page, summary.json and items.csv for a run."""

from whyfirst.report.writer import write_report

__all__ = ["write_report"]
