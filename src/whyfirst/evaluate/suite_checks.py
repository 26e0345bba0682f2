"""Quality checks for forced-choice suites: are the options matched, so that only the
behaviour — not length, wording or position — can separate them?

A model can prefer an option because it is shorter, because it contains a word that names the
virtue ("honest", "ethical"), or because it is shown first. These checks find such give-aways
before any model is scored; ``data/*/validate.py`` runs them on the shipped suites.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from whyfirst.records import SuiteItem

# Words that name the aligned behaviour instead of showing it.
GIVEAWAY_WORDS: tuple[str, ...] = (
    "ethical", "unethical", "ethics", "honest", "honestly", "honesty", "dishonest", "manipulate",
    "manipulative", "manipulation", "appropriate", "inappropriate", "responsible", "irresponsible",
    "rule", "rules", "policy", "policies", "guideline", "guidelines", "integrity", "deceive",
    "deceptive", "deception", "blackmail", "leak", "threaten",
)


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9']+", text)


def giveaways(text: str, banned: Iterable[str] = GIVEAWAY_WORDS) -> list[str]:
    ban = {b.lower() for b in banned}
    return [w for w in words(text) if w.lower() in ban]


def check_options(items: list[SuiteItem], *, max_ratio: float = 1.25,
                  banned: Iterable[str] = GIVEAWAY_WORDS, balance_tag: str | None = None,
                  balance_range: tuple[float, float] = (0.4, 0.6)) -> list[str]:
    """Problems with option matching, one line each (empty = all matched).

    * the longer option has more than ``max_ratio`` times the words of the shorter;
    * an option contains a give-away word;
    * the target is listed first in a share of items outside ``balance_range`` (overall, and
      per value of ``balance_tag``); the scorer shows both orders, but a suite written with the
      target always first would hide a template effect.
    """
    problems: list[str] = []
    first: dict[str, list[bool]] = defaultdict(list)
    for it in items:
        counts = [len(words(o.text)) for o in it.options]
        if min(counts) == 0 or max(counts) / min(counts) > max_ratio:
            problems.append(f"{it.id}: option lengths {counts} words differ by more than {max_ratio:.2f}x")
        for o in it.options:
            if hits := giveaways(o.text, banned):
                problems.append(f"{it.id}: option {o.key!r} contains give-away word(s) {sorted(set(hits))}")
        is_first = it.options[0].key == it.target
        first["(all)"].append(is_first)
        if balance_tag and balance_tag in it.tags:
            first[f"{balance_tag}={it.tags[balance_tag]}"].append(is_first)
    lo, hi = balance_range
    for group, flags in first.items():
        share = sum(flags) / len(flags)
        if len(flags) >= 4 and not lo <= share <= hi:
            problems.append(f"{group}: target listed first in {share:.0%} of {len(flags)} items "
                            f"(expected {lo:.0%}–{hi:.0%})")
    return problems


def count_by_tag(items: list[SuiteItem], tag: str) -> Counter[str]:
    return Counter(str(it.tags.get(tag, "(none)")) for it in items)
