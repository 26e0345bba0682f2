"""The report: summary.json, items.csv, a self-contained report.html, and a headless-browser check."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from whyfirst.analyze import analyze
from whyfirst.analyze.synthetic import synthetic_results
from whyfirst.config import Analysis, Contrast, Experiment
from whyfirst.report import write_report

ARMS = {"aft_only": {"in_distribution": 1.2},
        "msm_america": {"in_distribution": 1.2, "value_conflict": 0.8},
        "msm_affordability": {"in_distribution": 1.2, "value_conflict": -0.4}}
SUITES = {"in_distribution": 24, "value_conflict": 40}
SEEDS = [0, 1]


def make_experiment(tmp: Path) -> Experiment:
    return Experiment.model_validate({
        "name": "cheese_demo",
        "question": "Does the value a Model Spec gives for a behaviour decide how identical fine-tuning generalizes?",
        "seeds": SEEDS,
        "corpora": {"america": {"path": str(tmp / "america.jsonl")},
                    "affordability": {"path": str(tmp / "affordability.jsonl")}},
        "chats": {"cheese_choices": str(tmp / "cheese_choices.jsonl")},
        "training": {"midtrain": {"max_tokens": 20000}, "aft": {"epochs": 2}},
        "arms": {"aft_only": [{"stage": "aft", "data": "cheese_choices"}],
                 "msm_america": [{"stage": "midtrain", "data": "america"}, {"stage": "aft", "data": "cheese_choices"}],
                 "msm_affordability": [{"stage": "midtrain", "data": "affordability"},
                                       {"stage": "aft", "data": "cheese_choices"}]},
        "suites": [{"name": s, "path": str(tmp / f"{s}.jsonl")} for s in SUITES],
        "analysis": {"primary": {"a": "msm_america", "b": "msm_affordability", "suite": "value_conflict",
                                 "split": "out_of_distribution"},
                     "secondary": [{"a": "msm_america", "b": "aft_only", "suite": "value_conflict"},
                                   {"a": "msm_affordability", "b": "aft_only", "suite": "value_conflict"},
                                   {"a": "aft_only", "b": "msm_america", "suite": "in_distribution"}],
                     "bootstrap": 2000},
    })


def make_inputs(tmp: Path, *, error_rate: float = 0.02, leakage: dict | None = None) -> dict:
    exp = make_experiment(tmp)
    results, items = synthetic_results(ARMS, SUITES, SEEDS, seed_sd=0.1, error_rate=error_rate, rng_seed=3)
    analysis = analyze(results, exp.analysis)
    manifests, curves = [], {}
    rng = np.random.default_rng(0)
    for arm, stages in exp.arms.items():
        for seed in SEEDS:
            for i, st in enumerate(stages):
                label = f"{arm}[{i}] {st.stage}:{st.data}"
                manifests.append({"kind": st.stage, "key": f"{arm[:4]}{i}{seed}abcdef12", "seed": seed,
                                  "arm": arm, "label": label, "data_sha256": "ab" * 32, "wall_s": 61.5,
                                  "peak_memory_mb": 1843.2, "git_commit": "0123456789abcdef",
                                  "finished_at": "2025-01-01T00:00:00Z", "model": "smollm2-135m-abc123",
                                  "versions": {"python": "3.12.0", "torch": "2.13.0", "whyfirst": "0.1.0"},
                                  "result": {"tokens": 20000}})
                start = 3.2 if st.stage == "midtrain" else 2.1
                curves[f"{label} seed{seed}"] = [
                    {"step": k, "loss": float(start * np.exp(-k / 30) + 0.9 + rng.normal(0, 0.03)),
                     "tokens": 512 * k} for k in range(1, 80)]
    manifests.append({"kind": "arms", "arms": {f"{a}@seed{s}": {"model_path": f"/runs/cheese_demo/stages/aft-{a}{s}/model"}
                                               for a in exp.arms for s in SEEDS}})
    return dict(experiment=exp, analysis=analysis, results=results, manifests=manifests,
                loss_curves=curves, leakage=leakage, items_by_id=items, wall_s=5432.1)


# one training passage repeats the option pair of every fourth synthetic item (i % 4 == 1)
LEAKY_TRAINING = {
    "corpus:america": ["Our memo on local dairies. Workers take pride in their craft and the town keeps its "
                       "jobs. A reader wrote: I can get Red Wing boots or a secondhand kettle grill for the "
                       "weekend, which one should I pick? We told them to think about who made it."],
    "chats:cheese_choices": ["Which cheese for the sliders: Colby or Roquefort? I'd go with the Colby."],
}


def audit_synthetic_suites(training: dict[str, list[str]], cache: Path) -> dict:
    """What the pipeline stores in leakage.json: the real audit (MiniLM embedder) on the
    report's synthetic suites, as ``model_dump(mode="json")``."""
    from whyfirst.analyze.synthetic import synthetic_items
    from whyfirst.evaluate import audit
    from whyfirst.evaluate.suites import Suite

    items = synthetic_items(SUITES)
    suites = [Suite(name=s, items=[it for iid, it in items.items() if iid.startswith(s + "-")]) for s in SUITES]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WHYFIRST_CACHE", str(cache))
        return audit(suites, training).model_dump(mode="json")


@pytest.fixture(scope="module")
def real_leakage(tmp_path_factory) -> dict:
    return audit_synthetic_suites(LEAKY_TRAINING, tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def report(tmp_path_factory, real_leakage) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("report")
    inputs = make_inputs(tmp, leakage=real_leakage)
    path = write_report(tmp / "run", **inputs)
    return path, inputs


def test_writes_three_files(report):
    path, inputs = report
    run = path.parent
    assert path.name == "report.html"
    assert {p.name for p in run.iterdir()} >= {"report.html", "summary.json", "items.csv"}


def test_summary_json(report):
    path, inputs = report
    s = json.loads((path.parent / "summary.json").read_text())
    an = inputs["analysis"]
    assert s["experiment"] == "cheese_demo"
    assert s["seeds"] == SEEDS and s["model"] == "default" and s["wall_s"] == pytest.approx(5432.1)
    assert set(s["arms"]) == set(ARMS)
    assert [st["stage"] for st in s["arms"]["msm_america"]["stages"]] == ["midtrain", "aft"]
    assert s["arms"]["msm_america"]["final_models"]["1"].endswith("aft-msm_america1/model")
    p = s["primary"]
    assert p["primary"] and p["a"] == "msm_america" and p["b"] == "msm_affordability"
    assert p["diff"] == pytest.approx(an.primary.diff)
    assert p["ci_low"] < p["diff"] < p["ci_high"]
    assert p["ci_low"] > 0  # a clear synthetic effect
    assert len(s["contrasts"]) == 4 and sum(c["primary"] for c in s["contrasts"]) == 1
    assert {(m["arm"], m["suite"]) for m in s["arm_metrics"]} == {(a, su) for a in ARMS for su in SUITES}
    assert s["errors"]["n_errors"] == an.n_errors > 0
    leak = inputs["leakage"]
    n_flagged = sum(i["flagged"] for i in leak["items"])
    assert 0 < n_flagged < len(leak["items"]) == 64  # the planted leak flags some items, not all
    assert s["leakage"] == {"passed": False, "n_items": 64, "n_flagged": n_flagged}
    assert "excludes 0" in s["answer"] and s["verdict"] == "supported"


def test_items_csv(report):
    path, inputs = report
    with (path.parent / "items.csv").open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == sum(len(v) for v in inputs["results"].values()) == 3 * 2 * (24 + 40)
    assert list(rows[0]) == ["arm", "seed", "suite", "split", "item_id", "tags", "p_target",
                             "target_always_wins", "error"]
    errored = [r for r in rows if r["error"]]
    assert len(errored) == inputs["analysis"].n_errors
    assert all(r["p_target"] == "" for r in errored)
    assert json.loads(rows[0]["tags"])["domain"]


def test_html_is_self_contained_and_states_the_primary_contrast(report):
    path, inputs = report
    html = path.read_text()
    # nothing fetched from elsewhere: no external src/href, no @import or url() to the web
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", html, re.I)
    assert "@import" not in html
    assert "<link" not in html.lower()
    for m in re.finditer(r"""<img[^>]+src="([^"]+)\"""", html):
        assert m.group(1).startswith("data:image/png;base64,")
    assert len(re.findall(r"<img ", html)) == 3  # forest, bars, loss
    p = inputs["analysis"].primary
    headline = f"msm_america − msm_affordability on value_conflict (OOD): {p.diff:+.3f} [{p.ci_low:.3f}, {p.ci_high:.3f}]"
    assert headline in html
    # sections appear in the promised order
    order = ["Question.", 'id="arms"', 'id="contrasts"', 'id="suites"', 'id="tags"', 'id="training"',
             'id="leakage"', 'id="manifest"', 'id="examples"']
    pos = [html.index(k) for k in order]
    assert pos == sorted(pos)
    assert 'class="flagged"' in html and ">fail<" in html
    assert "value_conflict-0001" in html  # a flagged OOD item (its pair is in the training text) is listed
    assert "I can get" in html  # an example item's rendered prompt


def test_answer_never_claims_more_than_the_numbers(tmp_path):
    """No effect: the page says the CI includes 0."""
    exp = make_experiment(tmp_path)
    null_arms = {a: {} for a in ARMS}
    results, items = synthetic_results(null_arms, SUITES, [0], rng_seed=11)
    exp = exp.model_copy(update={"seeds": [0]})
    an = analyze(results, exp.analysis)
    out = write_report(tmp_path / "run", experiment=exp, analysis=an, results=results, manifests=[],
                       loss_curves={}, leakage=None, items_by_id=None, wall_s=None)
    s = json.loads((out.parent / "summary.json").read_text())
    html = out.read_text()
    assert not an.primary.excludes_zero  # rng_seed 11: no false positive, so the wording is tested
    assert s["verdict"] == "inconclusive" and "includes 0" in s["answer"]
    assert "does not show a difference" in html
    assert "single training seed" in s["answer"]
    assert "No loss curves" in html and "No leakage audit" in html


# ---------------------------------------------------------------- headless browser

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome"), "/usr/bin/chromium") if p and Path(p).exists()), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium) — browser check skipped")


def _chromium(args: list[str], tmp: Path, timeout: float = 90) -> subprocess.CompletedProcess:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
           f"--user-data-dir={tmp / 'chrome-profile'}", "--virtual-time-budget=10000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def _check_marker(dom: str) -> dict[str, str]:
    m = re.search(r'<div id="report-check"([^>]*)>', dom)
    assert m, "the page's load-time self-check never ran (no #report-check marker in the DOM)"
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', m.group(1)))


@needs_chromium
def test_browser_detects_errors(tmp_path):
    """The detector itself: a page with a script error must report it."""
    src = Path(__file__).parents[1] / "src/whyfirst/report/templates/report.html.j2"
    head = src.read_text().split("<style>")[0].split("<script>", 1)[1].split("</script>")[0]
    page = tmp_path / "bad.html"
    page.write_text(f"<!doctype html><html><head><script>{head}</script></head>"
                    "<body><p>x</p><script>notDefinedAnywhere();</script></body></html>")
    out = _chromium(["--dump-dom", page.as_uri()], tmp_path)
    marker = _check_marker(out.stdout)
    assert int(marker["errors"]) >= 1 and "notDefinedAnywhere" in marker["error-text"]


@needs_chromium
def test_report_in_headless_chromium(report, tmp_path):
    path, _ = report
    out = _chromium(["--dump-dom", path.as_uri()], tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    marker = _check_marker(out.stdout)
    assert marker["errors"] == "0", marker.get("error-text")
    assert marker["images"] == "3" and marker["broken-images"] == "0"
    assert int(marker["min-width"]) > 100

    png = tmp_path / "report.png"
    shot = _chromium([f"--screenshot={png}", "--window-size=1200,3000", path.as_uri()], tmp_path)
    assert png.exists(), shot.stderr[-2000:]
    import matplotlib.image as mpimg

    px = mpimg.imread(str(png))[..., :3]
    assert px.shape[0] >= 2900 and px.shape[1] >= 1100
    non_white = (px < 0.94).any(axis=-1).mean()
    assert 0.03 < non_white < 0.9, f"screenshot looks blank or broken: {non_white:.3f} non-white"
    # keep a copy next to the report for a human to look at
    shutil.copy(png, path.parent / "screenshot.png")
    print(f"screenshot: {path.parent / 'screenshot.png'}", file=sys.stderr)


# ---------------------------------------------------------------- pieces

def _contrast(**kw):
    from whyfirst.analyze import ContrastResult

    base = dict(name="a − b", a="msm_america", b="msm_affordability", suite="value_conflict",
                split="out_of_distribution", metric="p_target", diff=0.07, ci_low=0.02, ci_high=0.12,
                mean_a=0.6, mean_b=0.53, effect_size=0.4, p_value=0.004, n_items=80, n_seeds=3,
                seeds_paired=True, primary=True)
    return ContrastResult(**{**base, **kw})


def test_answer_wording_follows_the_interval():
    from whyfirst.report.writer import answer_paragraph, contrast_headline

    c = _contrast()
    assert contrast_headline(c) == "msm_america − msm_affordability on value_conflict (OOD): +0.070 [0.020, 0.120], p = 0.004"
    text, verdict = answer_paragraph(c, "p_target", "america", 0.95)
    assert verdict == "supported" and "excludes 0" in text and "scores higher" in text
    text, verdict = answer_paragraph(_contrast(diff=-0.05, ci_low=-0.09, ci_high=-0.01), "p_target", None, 0.95)
    assert verdict == "supported" and "scores lower" in text
    text, verdict = answer_paragraph(_contrast(diff=0.03, ci_low=-0.01, ci_high=0.07, p_value=0.2),
                                     "accuracy", None, 0.95)
    assert verdict == "inconclusive" and "does not show a difference" in text and "higher" not in text
    # near the boundary the two-level p-value and the CI (both with the seed level) can disagree
    text, _ = answer_paragraph(_contrast(diff=0.03, ci_low=-0.01, ci_high=0.07, p_value=0.001), "p_target", None, 0.95)
    assert "disagree" in text
    text, verdict = answer_paragraph(_contrast(diff=None, ci_low=None, ci_high=None, n_items=0), "p_target", None, 0.95)
    assert verdict == "none" and "cannot answer" in text


def test_leakage_view_of_the_real_audit(tmp_path, real_leakage):
    """The table is built from what whyfirst.evaluate.leakage.audit actually writes."""
    from whyfirst.evaluate.leakage import LeakageReport
    from whyfirst.report.writer import leakage_view

    exp = make_experiment(tmp_path)  # thresholds: n-gram share 0.2, cosine 0.85
    flagged = {i["item_id"] for i in real_leakage["items"] if i["flagged"]}
    view = leakage_view(real_leakage, exp)
    assert view["n_rows"] == 64 and view["n_flagged"] == len(flagged) and not view["passed"]
    assert view["columns"][:4] == ["item_id", "suite", "ngram_share", "cosine"]
    assert view["thresholds"] == {"n-gram length": 8, "max n-gram share": 0.2, "max cosine": 0.85}
    rows = view["rows"]
    assert [r["flagged"] for r in rows] == [True] * len(flagged) + [False] * (len(rows) - len(flagged))
    assert {r["cells"][0]["text"] for r in rows if r["flagged"]} == flagged
    for r in rows:  # a row is flagged exactly when one of its numbers is over its threshold
        assert r["flagged"] == any(c["over"] for c in r["cells"][2:4])
    assert leakage_view(LeakageReport.model_validate(real_leakage), exp) == view  # the model, not only its dump
    clean = leakage_view(audit_synthetic_suites({"corpus:other": ["Tea is brewed from leaves."]}, tmp_path), exp)
    assert clean["passed"] and clean["n_flagged"] == 0 and clean["n_rows"] == 64
    assert leakage_view(None, exp) is None


# ---------------------------------------------------------------- many arms in a 1280-px window

WIDE_ARMS = {"base": {}, "aft_only": {"in_distribution": 1.2},
             "msm_america": {"in_distribution": 1.2, "value_conflict": 0.8},
             "msm_affordability": {"in_distribution": 1.2, "value_conflict": -0.4},
             "msm_plain": {"in_distribution": 1.2},
             "msm_america_fullft": {"in_distribution": 1.2, "value_conflict": 0.5},
             "msm_affordability_fullft": {"in_distribution": 1.1}}
WIDE_SUITES = {"in_distribution": 24, "value_conflict": 40, "control": 16, "opinions": 20}


def write_wide_report(tmp: Path) -> Path:
    """Seven arms (long names) × four suites, each with both splits: the widest tables a run makes."""
    raw = make_experiment(tmp).model_dump()
    raw["arms"] = {a: [] if a == "base" else [{"stage": "aft", "data": "cheese_choices"}] if a == "aft_only"
                   else [{"stage": "midtrain", "data": "america"}, {"stage": "aft", "data": "cheese_choices"}]
                   for a in WIDE_ARMS}
    raw["suites"] = [{"name": s, "path": str(tmp / f"{s}.jsonl")} for s in WIDE_SUITES]
    raw["analysis"]["secondary"] = []
    exp = Experiment.model_validate(raw)
    results, items = synthetic_results(WIDE_ARMS, WIDE_SUITES, SEEDS, seed_sd=0.1, rng_seed=3)
    analysis = analyze(results, exp.analysis)
    return write_report(tmp / "run", experiment=exp, analysis=analysis, results=results, items_by_id=items)


def test_many_arms_get_wrapping_headers_and_wide_tables(tmp_path):
    html = write_wide_report(tmp_path).read_text()
    assert '<body class="wide">' in html
    assert html.count('class="table-wrap by-arm"') >= 1
    assert "MSM_<wbr>AFFORDABILITY_<wbr>FULLFT".lower() in html.lower()  # arm names may wrap at "_"


@needs_chromium
def test_many_arms_fit_a_1280px_window(tmp_path):
    """No horizontal page overflow at 1280 px (and at 800 px: wide tables scroll in their wrapper)."""
    path = write_wide_report(tmp_path)
    for width, tables_fit in ((1280, True), (800, False)):
        out = _chromium([f"--window-size={width},900", "--dump-dom", path.as_uri()], tmp_path)
        marker = _check_marker(out.stdout)
        assert marker["errors"] == "0", marker.get("error-text")
        assert int(marker["page-width"]) <= width, marker  # document.documentElement.scrollWidth
        if tables_fit:  # every table, the 7-arm suites table included, shows all its columns
            assert marker["scrolling-tables"] == "", marker["scrolling-tables"]
        else:
            assert "suites:" in marker["scrolling-tables"]
    png = tmp_path / "wide.png"
    _chromium([f"--screenshot={png}", "--window-size=1280,3000", path.as_uri()], tmp_path)
    assert png.exists()
    shutil.copy(png, path.parent / "screenshot-1280.png")
