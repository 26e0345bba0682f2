"""Preference vs priming (option prior, calibrated log-odds), length normalization, pooled
and cluster-bootstrap contrasts, Holm adjustment, and cache keys that cannot go stale."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest
from scipy import stats as sps

from whyfirst.analyze import analyze, stats
from whyfirst.analyze.core import metric_value
from whyfirst.analyze.synthetic import synthetic_results
from whyfirst.config import Analysis, Contrast
from whyfirst.records import ItemResult, OptionScore, OrderScore, SuiteItem

ITEM = SuiteItem.model_validate({
    "id": "x1", "split": "out_of_distribution", "template": "Pick {option_a} or {option_b} for the trip?",
    "response_prefix": "I'd go with", "target": "a",
    "options": [{"key": "a", "text": "the American truck"}, {"key": "b", "text": "the small hatchback"}]})


def _orders(sa: float, sb: float, na: int = 3, nb: int = 3) -> list[OrderScore]:
    opts = [OptionScore(key="a", logprob=sa, n_tokens=na), OptionScore(key="b", logprob=sb, n_tokens=nb)]
    return [OrderScore(order=["a", "b"], options=opts), OrderScore(order=["b", "a"], options=opts)]


def test_neutral_version_removes_the_situation_and_keeps_options():
    n = ITEM.neutral_version()
    assert "trip" not in n.template and n.system is None
    assert n.options == ITEM.options and n.response_prefix == ITEM.response_prefix
    custom = ITEM.model_copy(update={"neutral_template": "{option_a} / {option_b}"})
    assert custom.neutral_version().template == "{option_a} / {option_b}"
    with pytest.raises(ValueError, match="neutral_template"):
        SuiteItem.model_validate({**ITEM.model_dump(), "neutral_template": "only {option_a}"})


def test_calibrated_logodds_is_item_minus_prior():
    from whyfirst.evaluate.scorer import summarize

    r = summarize(ITEM, suite="s", orders=_orders(-2.0, -3.0), prior_orders=_orders(-1.0, -3.0))
    assert r.logodds == pytest.approx(1.0) and r.logodds_prior == pytest.approx(2.0)
    assert r.calibrated_logodds == pytest.approx(-1.0)  # a raw preference smaller than the prior
    assert r.p_target == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert r.p_prior == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert metric_value(r, "calibrated_logodds") == pytest.approx(-1.0)
    # no prior scored: the calibrated metric is missing (NaN), never silently 0
    bare = summarize(ITEM, suite="s", orders=_orders(-2.0, -3.0))
    assert bare.calibrated_logodds is None and math.isnan(metric_value(bare, "calibrated_logodds"))


def test_length_normalized_p_target_differs_from_summed_for_unequal_lengths():
    from whyfirst.evaluate.scorer import summarize

    r = summarize(ITEM, suite="s", orders=_orders(-4.0, -3.0, na=4, nb=1))
    assert r.p_target < 0.5 < r.p_target_norm  # summed favours the short option, per-token the long one


def test_scorer_records_priors_that_match_scoring_the_neutral_item(tiny_model_dir):
    from whyfirst.evaluate.scorer import score_items
    from whyfirst.models import load_causal_lm, load_tokenizer

    model, tok = load_causal_lm(str(tiny_model_dir)), load_tokenizer(str(tiny_model_dir))
    [r] = score_items(model, tok, [ITEM], suite="s", progress=False)
    [n] = score_items(model, tok, [ITEM.neutral_version()], suite="s", progress=False)
    assert r.p_prior == pytest.approx(n.p_target, abs=1e-5)
    assert r.logodds_prior == pytest.approx(n.logodds, abs=1e-4)
    assert r.calibrated_logodds == pytest.approx(r.logodds - n.logodds, abs=1e-4)
    assert len(r.prior_orders) == 2


def test_pooled_contrast_equals_the_concatenated_items():
    results, _ = synthetic_results({"a": {"s1": 0.5, "s2": 0.2}, "b": {}}, {"s1": 30, "s2": 20}, [0], rng_seed=3)
    pooled = analyze(results, Analysis(primary=Contrast(a="a", b="b", suite=["s1", "s2"]), bootstrap=400)).primary
    single = [analyze(results, Analysis(primary=Contrast(a="a", b="b", suite=s), bootstrap=400)).primary
              for s in ("s1", "s2")]
    assert pooled.n_items == sum(c.n_items for c in single)
    expected = sum(c.diff * c.n_items for c in single) / pooled.n_items
    assert pooled.diff == pytest.approx(expected)
    assert pooled.suite == "s1+s2"


def test_cluster_bootstrap_is_wider_when_items_cluster():
    rng = np.random.default_rng(0)
    k, m = 12, 8  # 12 domains of 8 items sharing a domain effect
    d = np.repeat(rng.normal(0.05, 0.1, k), m) + rng.normal(0, 0.02, k * m)
    xa, xb = d[:, None] + 0.5, np.full((k * m, 1), 0.5)
    labels = np.repeat(np.arange(k), m)
    it = stats.bootstrap_paired(xa, xb, 4000, np.random.default_rng(1))
    cl = stats.bootstrap_paired(xa, xb, 4000, np.random.default_rng(1), clusters=labels)
    assert cl.diff.estimate == pytest.approx(it.diff.estimate)
    assert (cl.diff.high - cl.diff.low) > 2 * (it.diff.high - it.diff.low)


def test_cluster_bootstrap_covers_at_nominal_rate():
    rng = np.random.default_rng(5)
    hits, n_sim = 0, 150
    for s in range(n_sim):
        k, m = 16, 6
        d = np.repeat(rng.normal(0.0, 0.1, k), m) + rng.normal(0, 0.05, k * m)  # true mean 0
        pb = stats.bootstrap_paired(d[:, None], np.zeros((k * m, 1)), 1000, np.random.default_rng(s),
                                    clusters=np.repeat(np.arange(k), m))
        hits += pb.diff.low <= 0 <= pb.diff.high
    assert 0.85 <= hits / n_sim <= 0.99  # an item-level bootstrap here covers ~60%


def test_single_seed_bootstrap_and_sign_flip_agree_with_scipy():
    rng = np.random.default_rng(11)
    a, b = rng.normal(0.6, 0.1, 60), rng.normal(0.55, 0.1, 60)
    ours = stats.bootstrap_paired(a[:, None], b[:, None], 20000, np.random.default_rng(2))
    ref = sps.bootstrap((a, b), lambda x, y, axis=-1: np.mean(x - y, axis=axis), paired=True,
                        n_resamples=20000, method="percentile", random_state=3).confidence_interval
    assert ours.diff.low == pytest.approx(ref.low, abs=0.004)
    assert ours.diff.high == pytest.approx(ref.high, abs=0.004)
    d = a - b
    ours_p = stats.sign_flip_test(d, 20000, np.random.default_rng(4)).p_value
    ref_p = sps.permutation_test((d,), lambda x, axis=-1: np.mean(x, axis=axis), permutation_type="samples",
                                 n_resamples=20000, random_state=5).pvalue
    assert ours_p == pytest.approx(ref_p, abs=0.01)


def test_holm_matches_the_step_down_definition():
    adj = stats.holm([0.01, 0.04, 0.03, None])
    assert adj[:3] == pytest.approx([0.03, 0.06, 0.06]) and adj[3] is None
    assert stats.holm([0.5, 0.9]) == [1.0, 1.0]


def test_secondary_contrasts_get_holm_p_and_primary_does_not():
    results, _ = synthetic_results({"a": {"s1": 0.3}, "b": {"s1": 0.1}, "c": {}}, {"s1": 40}, [0], rng_seed=4)
    an = analyze(results, Analysis(primary=Contrast(a="a", b="b", suite="s1"),
                                   secondary=[Contrast(a="a", b="c", suite="s1"), Contrast(a="b", b="c", suite="s1")],
                                   bootstrap=300))
    prim, *sec = an.contrasts
    assert prim.p_holm is None
    ps = sorted(c.p_value for c in sec)
    assert sorted(c.p_holm for c in sec) == pytest.approx([min(1, 2 * ps[0]), max(min(1, 2 * ps[0]), ps[1])])


# --- caches -----------------------------------------------------------------------------------

def test_settings_that_cannot_change_results_stay_out_of_keys():
    from whyfirst.runs import stage_key

    base = dict(kind="midtrain", data_sha="d", parent="p", seed=0)
    k = stage_key(config={"learning_rate": 1e-4, "save_steps": 5}, **base)
    assert k == stage_key(config={"learning_rate": 1e-4, "save_steps": 50, "logging_steps": 3,
                                  "keep_checkpoints": True}, **base)
    assert k != stage_key(config={"learning_rate": 2e-4, "save_steps": 5}, **base)


def test_stage_code_version_is_a_hash_of_the_stage_modules(tmp_path, monkeypatch):
    import whyfirst.runs as runs

    root = Path(runs.__file__).parent
    assert runs.STAGE_CODE_VERSION["eval"] == runs._code_version("eval")
    fake = tmp_path / "pkg"
    for rel in runs.STAGE_MODULES["eval"]:
        (fake / rel).parent.mkdir(parents=True, exist_ok=True)
        (fake / rel).write_bytes((root / rel).read_bytes())
    monkeypatch.setattr(runs, "__file__", str(fake / "runs.py"))
    same = runs._code_version("eval")
    (fake / "evaluate/scorer.py").write_text((root / "evaluate/scorer.py").read_text() + "\n# edit\n")
    assert same == runs.STAGE_CODE_VERSION["eval"] and runs._code_version("eval") != same


def test_local_model_fingerprint_changes_with_weight_content(tmp_path, isolated_cache):
    from whyfirst.models import resolve

    d = tmp_path / "m"
    d.mkdir()
    (d / "config.json").write_text('{"hidden_size": 8}')
    (d / "model.safetensors").write_bytes(b"\x00" * 64)
    first = resolve(str(d)).fingerprint
    assert resolve(str(d)).fingerprint == first  # cached, same
    st = (d / "model.safetensors").stat()
    (d / "model.safetensors").write_bytes(b"\x01" * 64)  # same size, same mtime: content differs
    os.utime(d / "model.safetensors", ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    assert resolve(str(d)).fingerprint != first


def test_hub_fingerprint_names_the_revision():
    from whyfirst.models import resolve

    assert resolve("org/model@abc123").fingerprint == "hub:org/model@abc123"
    assert resolve("org/model").fingerprint == "hub:org/model@main-unpinned"
