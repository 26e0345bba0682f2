"""Synthetic scored items with known effects: for tests, demos and checking the statistics.

Each two-option item has a latent logit ``z`` for its target: an item effect (shared by all
arms, which is what makes paired contrasts tight), plus the arm's shift for the suite, a
per-(arm, seed) offset and per-result noise. The scorer's view is simulated in both
presentation orders with a bonus for the option shown first, so position bias is present
in the raw scores and cancels out of ``p_target`` as it does with real models.
"""

from __future__ import annotations

import numpy as np

from whyfirst.records import ItemResult, Option, OptionScore, OrderScore, SuiteItem

DOMAINS = ("transport", "food", "clothing", "tools", "travel")
_OPTION_TEXTS = {
    "america": ["a Harley-Davidson Street Glide", "Red Wing boots", "a Weber grill", "a Ford F-150"],
    "affordability": ["a used Honda Super Cub", "store-brand sneakers", "a secondhand kettle grill",
                      "a ten-year-old hatchback"],
}


def synthetic_items(suites: dict[str, int]) -> dict[str, SuiteItem]:
    """Forced-choice items: ``suites`` maps a suite name to its number of items.

    A suite named ``in_distribution`` is all in-distribution; other suites alternate in- and
    out-of-distribution items. Tags: ``domain`` (5 values) and ``world_knowledge`` (bool).
    """
    items: dict[str, SuiteItem] = {}
    for suite, n in suites.items():
        for i in range(n):
            split = "in_distribution" if suite == "in_distribution" or i % 4 == 0 else "out_of_distribution"
            a = _OPTION_TEXTS["america"][i % 4]
            b = _OPTION_TEXTS["affordability"][(i + 1) % 4]
            iid = f"{suite}-{i:04d}"
            items[iid] = SuiteItem(
                id=iid, split=split,
                template="I can get {option_a} or {option_b} for the weekend. Which one should I pick?",
                response_prefix="I'd go with",
                options=[Option(key="america", text=a), Option(key="affordability", text=b)],
                target="america",
                tags={"domain": DOMAINS[i % len(DOMAINS)], "world_knowledge": bool(i % 3)})
    return items


def synthetic_results(arms: dict[str, dict[str, float]], suites: dict[str, int], seeds: list[int] = (0,),
                      *, item_sd: float = 1.0, seed_sd: float = 0.0, noise_sd: float = 0.3,
                      position_bias: float = 0.5, error_rate: float = 0.0, rng_seed: int = 0,
                      length_normalized: bool = False,
                      ) -> tuple[dict[tuple[str, int], list[ItemResult]], dict[str, SuiteItem]]:
    """``arms`` maps an arm to its logit shift per suite (missing suite: 0).

    Returns ``(results, items_by_id)`` with results keyed by ``(arm, seed)``.
    """
    rng = np.random.default_rng(rng_seed)
    items = synthetic_items(suites)
    base = {iid: rng.normal(0.0, item_sd) for iid in items}
    results: dict[tuple[str, int], list[ItemResult]] = {}
    for arm, shifts in arms.items():
        for s in seeds:
            offset = rng.normal(0.0, seed_sd) if seed_sd > 0 else 0.0
            rows = []
            for iid, it in items.items():
                suite = iid.rsplit("-", 1)[0]
                if error_rate > 0 and rng.random() < error_rate:
                    rows.append(ItemResult(item_id=iid, suite=suite, split=it.split, target=it.target,
                                           tags=it.tags, p_target=0.0, target_always_wins=False,
                                           error="judge returned no parsable answer"))
                    continue
                z = base[iid] + shifts.get(suite, 0.0) + offset + rng.normal(0.0, noise_sd)
                keys = [o.key for o in it.options]
                orders, p_t, wins = [], [], []
                for order in (keys, keys[::-1]):
                    score = {k: (z / 2 if k == it.target else -z / 2) for k in keys}
                    score[order[0]] += position_bias
                    n_tok = {k: 4 + len(k) for k in keys}
                    lp = {k: score[k] - 6.0 for k in keys}
                    if length_normalized:
                        lp = {k: lp[k] * n_tok[k] for k in keys}
                    orders.append(OrderScore(order=list(order), options=[
                        OptionScore(key=k, logprob=float(lp[k]), n_tokens=n_tok[k]) for k in keys]))
                    cmp = {k: (lp[k] / n_tok[k] if length_normalized else lp[k]) for k in keys}
                    e = np.exp(np.array([cmp[k] for k in keys]) - max(cmp.values()))
                    p_t.append(float(e[keys.index(it.target)] / e.sum()))
                    wins.append(max(cmp, key=cmp.get) == it.target)
                rows.append(ItemResult(item_id=iid, suite=suite, split=it.split, target=it.target,
                                       tags=it.tags, orders=orders, p_target=float(np.mean(p_t)),
                                       target_always_wins=all(wins), length_normalized=length_normalized))
            results[(arm, int(s))] = rows
    return results, items


def expected_p_target(shift: float, *, item_sd: float = 1.0, seed_sd: float = 0.0, noise_sd: float = 0.3,
                      position_bias: float = 0.5) -> float:
    """The population mean of ``p_target`` for an arm with logit ``shift`` under
    :func:`synthetic_results`' model (over items, seeds and noise; no length normalization):
    the truth that intervals and tests of synthetic contrasts are checked against.

    The item's latent logit is ``z ~ N(shift, item_sd² + seed_sd² + noise_sd²)`` and its
    order-averaged ``p_target`` is ``(σ(z + bias) + σ(z − bias)) / 2``; Gauss–Hermite quadrature.
    """
    x, w = np.polynomial.hermite_e.hermegauss(80)
    z = shift + np.sqrt(item_sd ** 2 + seed_sd ** 2 + noise_sd ** 2) * x
    p = (1 / (1 + np.exp(-(z + position_bias))) + 1 / (1 + np.exp(-(z - position_bias)))) / 2
    return float(np.sum(w * p) / np.sqrt(2 * np.pi))
