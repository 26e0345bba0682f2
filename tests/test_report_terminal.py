"""The end of `whyfirst run` in the terminal: question, primary contrast, arms × suites, report path."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from whyfirst.analyze import analyze
from whyfirst.analyze.synthetic import synthetic_results
from whyfirst.report.terminal import VERDICT, print_summary, verdict_of

from test_report import ARMS, SEEDS, SUITES, make_experiment


def _printed(analysis, exp, path, width: int = 100) -> str:
    buf = io.StringIO()
    print_summary(analysis, exp, path, console=Console(file=buf, width=width, color_system=None))
    return buf.getvalue()


def test_summary_states_question_primary_table_and_path(tmp_path: Path) -> None:
    exp = make_experiment(tmp_path)
    results, _ = synthetic_results(ARMS, SUITES, SEEDS, seed_sd=0.1, rng_seed=3)
    analysis = analyze(results, exp.analysis)
    c = analysis.primary
    out = _printed(analysis, exp, tmp_path / "run/report.html")
    assert "Does the value a Model Spec gives" in out  # the question
    assert "msm_america − msm_affordability on value_conflict (OOD)" in out
    assert f"{c.diff:+.3f}" in out and f"[{c.ci_low:.3f}, {c.ci_high:.3f}]" in out
    assert "p < 0.001" in out or f"p = {c.p_value:.2f}" in out or f"p = {c.p_value:.3f}" in out
    assert VERDICT[verdict_of(analysis)][0] in out  # "CI excludes 0" / "CI includes 0"
    # arms × suites: every arm a row with its mean on each suite; the primary suite starred
    for arm in ARMS:
        line = next(ln for ln in out.splitlines() if ln.startswith(arm + " "))
        for suite in SUITES:
            m = analysis.metric_for(arm, suite)
            assert f"{m.mean:.3f}" in line, (arm, suite, line)
    header = next(ln for ln in out.splitlines() if ln.startswith("arm"))
    assert "value_conflict *" in header and "in_distribution" in header
    assert out.rstrip().endswith(f"Report: {tmp_path / 'run/report.html'}")


def test_summary_verdict_follows_the_interval_and_fits_80_columns(tmp_path: Path) -> None:
    exp = make_experiment(tmp_path)
    results, _ = synthetic_results(ARMS, SUITES, [0], rng_seed=5)
    analysis = analyze(results, exp.analysis)
    c = analysis.primary

    def with_primary(**kw):
        return analysis.model_copy(update={"contrasts": [c.model_copy(update=kw) if x.primary else x
                                                         for x in analysis.contrasts]})

    for kw, verdict, words in [(dict(diff=0.2, ci_low=0.1, ci_high=0.3), "supported", "CI excludes 0"),
                               (dict(diff=0.1, ci_low=-0.1, ci_high=0.3), "inconclusive", "CI includes 0"),
                               (dict(diff=None, ci_low=None, ci_high=None, n_items=0, note="no items"),
                                "none", "no data")]:
        a = with_primary(**kw)
        out = _printed(a, exp, "runs/x/report.html", width=80)
        assert verdict_of(a) == verdict and words in out
        assert max(len(ln) for ln in out.splitlines()) <= 80
    # each table cell holds the mean, and its CI on the line beneath it
    assert any("–" in ln for ln in out.splitlines())
