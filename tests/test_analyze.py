"""Statistics of whyfirst.analyze on synthetic data with known answers."""

from __future__ import annotations


import numpy as np
import pytest
from scipy import stats as sps

from whyfirst.analyze import AnalysisResult, analyze
from whyfirst.analyze import stats
from whyfirst.analyze.synthetic import synthetic_results
from whyfirst.config import Analysis, Contrast
from whyfirst.records import ItemResult


def _analysis(**kw) -> Analysis:
    return Analysis(primary=Contrast(a="msm_america", b="msm_affordability", suite="value_conflict",
                                     split=kw.pop("split", "all")),
                    secondary=kw.pop("secondary", []), bootstrap=kw.pop("bootstrap", 2000), **kw)


# ---------------------------------------------------------------- calibration

def test_arm_ci_covers_truth_at_nominal_rate():
    rng = np.random.default_rng(1)
    truth = 2 / 5  # mean of Beta(2, 3): skewed and bounded, like p_target
    hits = 0
    for _ in range(200):
        x = rng.beta(2, 3, size=60)
        iv = stats.bootstrap_mean(x, 2000, rng)
        hits += iv.low <= truth <= iv.high
    assert 0.90 <= hits / 200 <= 0.99


def test_paired_ci_covers_truth_at_nominal_rate():
    rng = np.random.default_rng(2)
    delta = 0.05
    hits = 0
    for _ in range(200):
        item = rng.normal(0.5, 0.2, size=50)  # shared item difficulty
        a = item + delta + rng.normal(0, 0.05, size=50)
        b = item + rng.normal(0, 0.05, size=50)
        pb = stats.bootstrap_paired(a, b, 2000, rng)
        hits += pb.diff.low <= delta <= pb.diff.high
    assert 0.90 <= hits / 200 <= 0.99


def test_sign_flip_p_uniform_under_null_and_small_under_effect():
    rng = np.random.default_rng(3)
    ps = np.array([stats.sign_flip_test(rng.normal(0, 1, size=40), 2000, rng).p_value for _ in range(300)])
    assert 0.02 <= np.mean(ps < 0.05) <= 0.09
    assert 0.4 <= np.mean(ps) <= 0.6
    assert sps.kstest(ps, "uniform").pvalue > 0.01
    effect = stats.sign_flip_test(rng.normal(0.6, 1, size=60), 10_000, rng)
    assert effect.p_value < 0.001 and not effect.exact and effect.n_resamples == 10_000


def test_sign_flip_exact_for_small_n():
    d = np.arange(1, 11, dtype=float)  # all positive: only all-plus and all-minus are as extreme
    r = stats.sign_flip_test(d, 10_000, np.random.default_rng(0))
    assert r.exact and r.n_resamples == 2 ** 10
    assert r.p_value == pytest.approx(2 / 2 ** 10)
    assert stats.sign_flip_test(np.zeros(30), 1000, np.random.default_rng(0)).p_value == 1.0


def test_paired_is_narrower_than_unpaired_on_correlated_data():
    rng = np.random.default_rng(4)
    item = rng.normal(0.5, 0.25, size=80)
    a = item + 0.03 + rng.normal(0, 0.03, size=80)
    b = item + rng.normal(0, 0.03, size=80)
    paired = stats.bootstrap_paired(a, b, 5000, rng).diff
    unpaired = stats.bootstrap_unpaired_diff(a, b, 5000, rng)
    assert (paired.high - paired.low) < 0.3 * (unpaired.high - unpaired.low)
    assert paired.low > 0 > unpaired.low  # pairing is what reveals the effect


def test_effect_size_is_paired_dz():
    rng = np.random.default_rng(5)
    a, b = rng.normal(1.0, 1, 200), rng.normal(0.5, 1, 200)
    pb = stats.bootstrap_paired(a, b, 2000, rng)
    d = a - b
    assert pb.effect_size.estimate == pytest.approx(d.mean() / d.std(ddof=1))
    assert pb.effect_size.low < pb.effect_size.estimate < pb.effect_size.high


# ---------------------------------------------------------------- analyze()

ARMS = {"aft_only": {}, "msm_america": {"value_conflict": 0.8}, "msm_affordability": {"value_conflict": -0.4}}
SUITES = {"in_distribution": 20, "value_conflict": 60}


def test_analyze_end_to_end_records():
    results, _ = synthetic_results(ARMS, SUITES, [0], rng_seed=1)
    an = analyze(results, _analysis(split="out_of_distribution",
                                    secondary=[Contrast(a="msm_america", b="aft_only", suite="value_conflict")]))
    assert an.arms == list(ARMS) and an.suites == list(SUITES) and an.seeds == [0]
    p = an.primary
    assert p.primary and p.n_items == 45 and p.n_seeds == 1  # 3 of 4 value_conflict items are OOD
    assert p.diff > 0 and p.ci_low > 0 and p.p_value < 0.001 and p.effect_size > 0
    # the arms' means over the contrast's items, recomputed from the raw results
    ood = {arm: np.mean([r.p_target for r in results[(arm, 0)]
                         if r.suite == "value_conflict" and r.split == "out_of_distribution"])
           for arm in ("msm_america", "msm_affordability")}
    assert p.mean_a == pytest.approx(ood["msm_america"]) and p.mean_b == pytest.approx(ood["msm_affordability"])
    assert {t.tag for t in p.by_tag} == {"domain", "world_knowledge"}
    # splits: a mixed suite has ID, OOD and all; a pure one only its own split
    vc = {m.split for m in an.arm_metrics if m.suite == "value_conflict" and m.arm == "aft_only"}
    assert vc == {"in_distribution", "out_of_distribution", "all"}
    assert {m.split for m in an.arm_metrics if m.suite == "in_distribution"} == {"in_distribution"}
    assert an.metric_for("aft_only", "in_distribution").n_items == 20
    # per-tag breakdowns per arm × suite
    assert {(t.arm, t.suite, t.tag) for t in an.tag_metrics} == {
        (a, s, k) for a in ARMS for s in SUITES for k in ("domain", "world_knowledge")}
    # mean = plain average of p_target over items
    rows = [r for r in results[("msm_america", 0)] if r.suite == "value_conflict"]
    assert an.metric_for("msm_america", "value_conflict").mean == pytest.approx(np.mean([r.p_target for r in rows]))
    assert set(an.method) >= {"metric", "length_normalization", "orders", "position_bias", "ci", "p_value"}
    assert AnalysisResult.model_validate_json(an.model_dump_json()) == an


def test_analyze_is_deterministic_and_independent_of_other_arms():
    results, _ = synthetic_results(ARMS, SUITES, [0], rng_seed=2)
    a1 = analyze(results, _analysis())
    a2 = analyze(results, _analysis())
    assert a1 == a2
    fewer = {k: v for k, v in results.items() if k[0] != "aft_only"}
    a3 = analyze(fewer, _analysis())
    assert a3.primary == a1.primary


def test_accuracy_metric():
    results, _ = synthetic_results(ARMS, SUITES, [0], rng_seed=3)
    an = analyze(results, _analysis(metric="accuracy"))
    rows = [r for r in results[("msm_america", 0)] if r.suite == "in_distribution"]
    m = an.metric_for("msm_america", "in_distribution")
    assert m.metric == "accuracy" and m.mean == pytest.approx(np.mean([r.target_always_wins for r in rows]))
    assert "every presentation order" in an.method["metric"]


def test_hierarchical_seeds():
    seeds = [0, 1, 2, 3]
    calm, _ = synthetic_results(ARMS, SUITES, seeds, seed_sd=0.0, rng_seed=4)
    noisy, _ = synthetic_results(ARMS, SUITES, seeds, seed_sd=0.8, rng_seed=4)
    a_calm, a_noisy = analyze(calm, _analysis()), analyze(noisy, _analysis())
    assert a_calm.primary.n_seeds == 4 and a_calm.primary.seeds_paired
    m = a_calm.metric_for("aft_only", "value_conflict")
    assert m.n_seeds == 4 and m.n_items == 60
    # the item value averages seeds
    X = np.array([[r.p_target for r in calm[("aft_only", s)] if r.suite == "value_conflict"] for s in seeds])
    assert m.mean == pytest.approx(X.mean())

    def width(a):
        return a.primary.ci_high - a.primary.ci_low

    assert width(a_noisy) > 1.5 * width(a_calm)  # seed-to-seed variation widens the interval
    # identical seeds: the hierarchical CI matches the one-seed CI
    one = np.random.default_rng(0).random((50, 1))
    rep = np.repeat(one, 3, axis=1)
    i1 = stats.bootstrap_mean(one, 4000, np.random.default_rng(1))
    i3 = stats.bootstrap_mean(rep, 4000, np.random.default_rng(1))
    assert (i3.high - i3.low) == pytest.approx(i1.high - i1.low, rel=0.1)


def test_unpaired_seeds_between_arms():
    """A base arm scored once against trained arms with three seeds: items paired, seeds not."""
    trained, _ = synthetic_results({"msm_america": {"value_conflict": 0.5}}, SUITES, [0, 1, 2], seed_sd=0.2, rng_seed=5)
    base, _ = synthetic_results({"base": {}}, SUITES, [0], rng_seed=5)
    an = analyze({**trained, **base}, Analysis(primary=Contrast(a="msm_america", b="base", suite="value_conflict"),
                                               bootstrap=2000))
    p = an.primary
    assert not p.seeds_paired and p.seeds_a == [0, 1, 2] and p.seeds_b == [0] and p.n_items == 60
    # the trained arm's seed-to-seed spread is in the interval: wider than with one trained seed
    one = analyze({("msm_america", 0): trained[("msm_america", 0)], **base},
                  Analysis(primary=Contrast(a="msm_america", b="base", suite="value_conflict"), bootstrap=2000))
    assert p.ci_high - p.ci_low > 1.5 * (one.primary.ci_high - one.primary.ci_low)


def test_errors_are_excluded_and_counted():
    results, _ = synthetic_results(ARMS, SUITES, [0, 1], error_rate=0.15, rng_seed=6)
    n_err = sum(r.error is not None for rows in results.values() for r in rows)
    assert n_err > 0
    an = analyze(results, _analysis())
    assert an.n_errors == n_err and an.n_results == sum(len(v) for v in results.values())
    assert sum(e.n_errors for e in an.errors) == n_err
    assert all(e.examples for e in an.errors if e.n_errors)
    assert sum(m.n_errors for m in an.arm_metrics if m.split != "all") == n_err
    # the metric ignores errored rows (their p_target of 0 would drag the mean down)
    m = an.metric_for("aft_only", "value_conflict")
    vals = {}
    for s in (0, 1):
        for r in results[("aft_only", s)]:
            if r.suite == "value_conflict" and r.error is None:
                vals.setdefault(r.item_id, []).append(r.p_target)
    assert m.mean == pytest.approx(np.mean([np.mean(v) for v in vals.values()]))
    assert m.n_items == len(vals)
    assert "excluded" in an.method["errors"]


def test_items_missing_from_one_arm_are_unpaired():
    results, _ = synthetic_results(ARMS, SUITES, [0], rng_seed=7)
    key = ("msm_affordability", 0)
    results[key] = [r for r in results[key] if r.item_id not in {"value_conflict-0001", "value_conflict-0002"}]
    an = analyze(results, _analysis())
    assert an.primary.n_items == 58 and an.primary.n_unpaired == 2


def test_position_bias_diagnostic():
    none, _ = synthetic_results(ARMS, SUITES, [0], position_bias=0.0, rng_seed=8)
    strong, _ = synthetic_results(ARMS, SUITES, [0], position_bias=1.0, rng_seed=8)
    normed, _ = synthetic_results(ARMS, SUITES, [0], position_bias=1.0, rng_seed=8, length_normalized=True)
    b0 = analyze(none, _analysis()).position_bias
    b1 = analyze(strong, _analysis()).position_bias
    a2 = analyze(normed, _analysis())
    assert {(b.arm, b.suite) for b in b0} == {(a, s) for a in ARMS for s in [*SUITES, "all"]}
    assert all(abs(b.mean_p_first - 0.5) < 1e-9 and b.chance == 0.5 for b in b0)
    assert all(b.mean_p_first > 0.6 and b.ci_low > 0.5 for b in b1)
    assert all(b.mean_p_first > 0.6 for b in a2.position_bias)
    assert "length-normalized" in a2.method["length_normalization"]
    # p_target is order-averaged, so the bias does not move the metric much
    m0 = analyze(none, _analysis()).metric_for("aft_only", "value_conflict").mean
    m1 = analyze(strong, _analysis()).metric_for("aft_only", "value_conflict").mean
    assert abs(m1 - m0) < 0.03


def test_duplicate_items_are_rejected():
    results, _ = synthetic_results({"msm_america": {}, "msm_affordability": {}}, SUITES, [0], rng_seed=9)
    rows = results[("msm_america", 0)]
    results[("msm_america", 0)] = rows + rows[:1]
    with pytest.raises(ValueError, match="appears twice"):
        analyze(results, _analysis())


def test_no_shared_items_gives_an_empty_contrast():
    r = ItemResult(item_id="x", suite="value_conflict", split="out_of_distribution", target="america",
                   p_target=0.7, target_always_wins=True)
    an = analyze({("msm_america", 0): [r], ("msm_affordability", 0): [r.model_copy(update={"error": "boom"})]},
                 _analysis(bootstrap=200))
    assert an.primary.n_items == 0 and an.primary.diff is None and an.primary.p_value is None
    assert an.n_errors == 1


def test_contrast_on_unknown_suite_warns():
    results, _ = synthetic_results(ARMS, SUITES, [0], rng_seed=11)
    an = analyze(results, Analysis(primary=Contrast(a="msm_america", b="aft_only", suite="vc"), bootstrap=200))
    assert an.primary.n_items == 0 and "no results for suite 'vc'" in an.primary.note
    assert an.warnings and "value_conflict" in an.warnings[0]


# ---------------------------------------------------------------- several seeds

def _seed_matrices(results, arm: str, seeds: list[int]) -> np.ndarray:
    """items × seeds matrix of p_target for one arm of a one-suite synthetic run."""
    return np.array([[r.p_target for r in results[(arm, s)]] for s in seeds]).T


@pytest.mark.parametrize("seeds", [[0, 1, 2], [0, 1, 2, 3, 4]])
def test_multi_seed_paired_ci_covers_truth_with_seed_variance(seeds):
    """Real seed-to-seed variance (each arm × seed its own logit offset): the contrast's CI must
    cover the population difference (over items and training seeds) at about 95%. A seeds ×
    items resampling covered it 84% (3 seeds) and 86% (5 seeds) of the time here."""
    from whyfirst.analyze.synthetic import expected_p_target

    shift, seed_sd = 0.3, 0.3
    truth = expected_p_target(shift, seed_sd=seed_sd) - expected_p_target(0.0, seed_sd=seed_sd)
    rng = np.random.default_rng(12)
    runs, hits = 120, 0
    for r in range(runs):
        results, _ = synthetic_results({"a": {"vc": shift}, "b": {}}, {"vc": 40}, seeds,
                                       seed_sd=seed_sd, rng_seed=500 + r)
        pb = stats.bootstrap_paired(_seed_matrices(results, "a", seeds), _seed_matrices(results, "b", seeds),
                                    1000, rng)
        hits += pb.diff.low <= truth <= pb.diff.high
    print(f"coverage with {len(seeds)} seeds: {hits / runs:.3f}")
    assert 0.90 <= hits / runs <= 0.995


def test_dz_interval_carries_the_seed_level():
    """Same seed-averaged item differences, with and without seed-to-seed spread: d_z is the
    same number, but its interval must widen when the seeds disagree."""
    rng = np.random.default_rng(13)
    d = rng.normal(0.3, 1.0, size=60)
    b = np.zeros((60, 3))
    calm = stats.bootstrap_paired(d[:, None] + b, b, 4000, np.random.default_rng(1))
    noisy = stats.bootstrap_paired(d[:, None] + np.array([-0.5, 0.0, 0.5]), b, 4000, np.random.default_rng(1))
    assert noisy.effect_size.estimate == pytest.approx(calm.effect_size.estimate)
    assert noisy.diff.estimate == pytest.approx(calm.diff.estimate)
    width = lambda iv: iv.high - iv.low  # noqa: E731
    assert width(noisy.effect_size) > 2 * width(calm.effect_size)
    assert width(noisy.diff) > 2 * width(calm.diff)
    assert noisy.effect_size.low < 0 < noisy.effect_size.high  # 3 disagreeing seeds: no sure effect


def test_seed_aware_p_is_roughly_uniform_under_the_null_with_seed_variance():
    rng = np.random.default_rng(14)
    seeds = [0, 1, 2, 3]
    two_level, items_only = [], []
    for r in range(150):
        results, _ = synthetic_results({"a": {}, "b": {}}, {"vc": 40}, seeds, seed_sd=0.3, rng_seed=900 + r)
        Xa, Xb = _seed_matrices(results, "a", seeds), _seed_matrices(results, "b", seeds)
        d = stats.item_means(Xa) - stats.item_means(Xb)
        two_level.append(stats.sign_flip_test(d, 1000, rng, seeds=stats.seed_spread(Xa, Xb)).p_value)
        items_only.append(stats.sign_flip_test(d, 1000, rng).p_value)
    p, q = np.array(two_level), np.array(items_only)
    print("two-level: P(p<.05, .25, .5) =", [np.mean(p < a) for a in (0.05, 0.25, 0.5)], "mean", p.mean(),
          "; items only: P(p<.05) =", np.mean(q < 0.05))
    assert np.mean(q < 0.05) > 0.3  # ignoring the seeds: a true null "rejected" again and again
    assert np.mean(p < 0.05) <= 0.09
    assert 0.12 <= np.mean(p < 0.25) <= 0.33
    assert 0.38 <= np.mean(p < 0.5) <= 0.62
    assert 0.4 <= p.mean() <= 0.65


def test_analyze_contrast_p_value_includes_the_seed_level():
    """Through analyze(): a null contrast with large seed-to-seed variance is not significant,
    where the items-only test on the same data would call it highly significant."""
    seeds = [0, 1, 2]
    arms = {"msm_america": {}, "msm_affordability": {}}
    noisy, _ = synthetic_results(arms, {"value_conflict": 60}, seeds, seed_sd=0.8, rng_seed=15)
    an = analyze(noisy, _analysis())
    Xa, Xb = _seed_matrices(noisy, "msm_america", seeds), _seed_matrices(noisy, "msm_affordability", seeds)
    items_only = stats.sign_flip_test(stats.item_means(Xa) - stats.item_means(Xb), 10_000,
                                      np.random.default_rng(0)).p_value
    p = an.primary
    assert items_only < 0.01
    assert p.p_value > 0.05 and not p.permutation_exact and p.ci_low < 0 < p.ci_high
    assert "seed level" in an.method["p_value"] and "seed level" in an.method["seeds"]
    one_seed = analyze({k: v for k, v in noisy.items() if k[1] == 0}, _analysis())
    assert "seed level" not in one_seed.method["p_value"]


# --- the priming check: the declared metric moved together with the option prior ----------------

def _view(metric: str, diff: float, lo: float, hi: float):
    from whyfirst.analyze.results import AnalysisResult, ContrastResult

    primary = ContrastResult(name="p", a="msm_america", b="msm_affordability", suite="value_conflict",
                             split="out_of_distribution", metric=metric, diff=diff, ci_low=lo, ci_high=hi,
                             n_items=96, n_seeds=1, primary=True)
    return AnalysisResult(metric=metric, ci_level=0.95, bootstrap=100, seed=0, arms=["msm_america", "msm_affordability"],
                          suites=["value_conflict"], seeds=[0], arm_metrics=[], contrasts=[primary])


@pytest.mark.parametrize("raw, prior, warns", [
    ((0.042, 0.005, 0.087), (0.041, 0.015, 0.065), True),     # cheese-qwen 0.5B: the prior moved as much
    ((0.011, -0.011, 0.035), (-0.004, -0.028, 0.020), False),  # cheese 135M: the prior did not move
    ((0.042, 0.005, 0.087), (-0.030, -0.050, -0.010), False),  # the prior moved the other way
])
def test_priming_warning_when_the_prior_moves_with_the_primary(raw, prior, warns) -> None:
    from whyfirst.analyze.results import priming_warning

    text = priming_warning(_view("p_target", *raw), _view("p_prior", *prior), _view("calibrated_logodds", -0.104, -0.423, 0.195))
    assert (text is not None) == warns
    if warns:
        assert "+0.041 [+0.015, +0.065]" in text and "-0.104 [-0.423, +0.195]" in text
    # a declared calibrated metric already removes the prior: nothing to warn about
    assert priming_warning(_view("calibrated_logodds", *raw), _view("p_prior", *prior)) is None
