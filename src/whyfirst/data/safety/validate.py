"""Validate the rules-vs-values data: specs, corpora, AFT chats and suites.

    python src/whyfirst/data/safety/validate.py      # exit 0 = every check passed

Checks (each a line in the output): the three specs parse and the rules-augmented spec is
length-matched to the value-explained one within 5%; each corpus has >= 150 documents of >= 15
types with the full MSM hierarchy and the corpora are token-matched (SmolLM2 tokenizer when
converted, else words) within 5%; the reason-marker audit per corpus (rules-only corpora: none
allowed); 240 AFT chats, 40 per principle, reason-free assistant turns; the reasoning variant
has the same chats with a <reasoning> trace; every suite's options are matched.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from whyfirst.datasets import load_jsonl
from whyfirst.evaluate.suite_checks import GIVEAWAY_WORDS, check_options, count_by_tag
from whyfirst.evaluate.suites import load_suite
from whyfirst.generate.checks import assistant_texts, check_corpus, reasonless, token_match
from whyfirst.records import Chat, Document
from whyfirst.spec import audit_reasons, compare_lengths, load_spec

ROOT = Path(__file__).resolve().parent
PRINCIPLES = ("broad_safety", "honesty", "care", "no_sycophancy", "agency", "ethical_means")
CORPORA = {"rules": "safety-rules", "values": "safety-values", "rules_augmented": "safety-rules-augmented"}
REASONLESS = ("rules", "rules_augmented")
# Reason markers allowed per 1,000 words in reason-free text: the markers also have innocent
# uses ("a legal matter", "I can see why that's frustrating"), so a rules-only text is one whose
# rate is a small fraction of the value-explained corpus's (~16 per 1,000 words).
REASONLESS_MAX = 0.6
# The corpora are written to the same word count; the midtraining budget (max_tokens in the
# experiment) then gives every arm exactly the same number of tokens from within one epoch.
CORPUS_TOKEN_TOLERANCE = 0.2
SUITES = {  # name: (minimum items, tag whose values must each be balanced, minimum per value)
    "in_distribution": (48, "principle", 8),
    "everyday_ood": (160, "principle", 40),
    "agentic": (48, "category", 8),
    "why_probe": (36, "principle", 6),
}


def _token_counts(corpora: dict[str, list[Document]]) -> tuple[dict[str, int], str]:
    try:
        from whyfirst.models import PACKAGED, load_tokenizer

        pm = PACKAGED["smollm2-135m-instruct"]
        if (pm.cache_path() / "whyfirst-converted.json").exists():
            tok = load_tokenizer(str(pm.cache_path()))
            return ({k: sum(len(x) for x in tok([d.text for d in v], add_special_tokens=False)["input_ids"])
                     for k, v in corpora.items()}, "SmolLM2 tokens")
    except Exception:  # the word count is the fallback, not a failure
        pass
    return {k: sum(len(d.text.split()) for d in v) for k, v in corpora.items()}, "words"


def midtrain_budget() -> int:
    import yaml

    exp = yaml.safe_load((ROOT.parents[1] / "experiments" / "rules-vs-values.yaml").read_text())
    return int(exp["training"]["midtrain"]["max_tokens"])


def validate() -> list[str]:
    problems: list[str] = []
    out = print
    # --- specs
    specs = {k: ROOT / "specs" / f"{v}.md" for k, v in CORPORA.items()}
    for k, p in specs.items():
        load_spec(p)
    cmp = compare_lengths(specs["values"], specs["rules_augmented"], 0.05)
    out(f"specs: values vs rules-augmented words differ by {cmp.relative_difference:.1%} (≤ 5%)")
    if not cmp.matched:
        problems.append(f"specs not length-matched: {cmp.relative_difference:.1%}")
    for k in REASONLESS:
        a = audit_reasons(k, [s.body for s in load_spec(specs[k]).sections])
        if a.n_markers:
            problems.append(f"spec {k}: {a.n_markers} reason markers {a.top}")
    # --- corpora
    corpora = {k: load_jsonl(ROOT / "corpus" / f"{k}.jsonl", Document) for k in CORPORA}
    for k, docs in corpora.items():
        problems += [f"corpus {k}: {p}" for p in check_corpus(docs, min_docs=150, min_types=15)]
        if bad := {d.spec for d in docs} - {CORPORA[k]}:
            problems.append(f"corpus {k}: spec field {sorted(bad)} ≠ {CORPORA[k]!r}")
    sizes, unit = _token_counts(corpora)
    out("corpora: " + ", ".join(f"{k} {len(v)} docs / {len({d.doc_type for d in v})} types / "
                                f"{sizes[k]:,} {unit}" for k, v in corpora.items()))
    words = {k: sum(len(d.text.split()) for d in v) for k, v in corpora.items()}
    problems += [f"corpora not word-matched: {p}" for p in token_match(words, 0.05)]
    problems += [f"corpora too far apart in tokens: {p}" for p in token_match(sizes, CORPUS_TOKEN_TOLERANCE)]
    budget = midtrain_budget()
    if budget > min(sizes.values()):
        problems.append(f"midtraining budget {budget:,} tokens exceeds the smallest corpus "
                        f"({min(sizes.values()):,}): some arm would repeat documents")
    out(f"midtraining budget: {budget:,} tokens per arm, within one epoch of every corpus")
    for k, docs in corpora.items():
        if k in REASONLESS:
            audit, bad = reasonless(k, [d.text for d in docs], max_per_1000=REASONLESS_MAX)
            problems += bad[:10]
        else:
            audit = audit_reasons(k, [d.text for d in docs])
            if audit.texts_with_markers < 0.9 * len(docs):
                problems.append(f"corpus {k}: only {audit.texts_with_markers}/{len(docs)} documents give a reason")
        out(f"reason markers, corpus {k}: {audit.per_1000_words:.1f} per 1,000 words "
            f"({audit.texts_with_markers}/{audit.n_texts} documents) {audit.top}")
    # --- AFT chats
    chats = load_jsonl(ROOT / "aft" / "safety_chats.jsonl", Chat)
    by_p = Counter(c.domain for c in chats)
    out(f"aft: {len(chats)} chats {dict(by_p)}")
    if len(chats) < 240 or any(by_p[p] < 40 for p in PRINCIPLES):
        problems.append(f"aft: need 240 chats, 40 per principle; have {dict(by_p)}")
    audit, bad = reasonless("aft assistant turns", assistant_texts(chats), max_per_1000=REASONLESS_MAX)
    out(f"reason markers, AFT assistant turns: {audit.per_1000_words:.1f} per 1,000 words {audit.top}")
    problems += bad[:10]
    reasoning = {c.id: c for c in load_jsonl(ROOT / "aft" / "safety_chats_reasoning.jsonl", Chat)}
    trace = re.compile(r"^<reasoning>.+?</reasoning>\n", re.S)
    for c in chats:
        r = reasoning.get(c.id + "-r")
        if r is None or len(r.messages) != len(c.messages):
            problems.append(f"aft_reasoning: {c.id}-r missing or a different number of turns")
            continue
        for m, mr in zip(c.messages, r.messages):
            if m.role == "user" and m.content != mr.content:
                problems.append(f"aft_reasoning: {r.id} changes a user turn")
            if m.role == "assistant" and not (trace.match(mr.content) and trace.sub("", mr.content, 1) == m.content):
                problems.append(f"aft_reasoning: {r.id} is not '<reasoning>…</reasoning>\\n' + the same answer")
    # --- suites
    for name, (minimum, tag, per_value) in SUITES.items():
        suite = load_suite(ROOT / "suites" / f"{name}.jsonl")
        items = suite.forced_choice
        counts = count_by_tag(items, tag)
        out(f"suite {name}: {len(items)} items, {dict(counts)}")
        if len(items) < minimum or min(counts.values()) < per_value:
            problems.append(f"suite {name}: need {minimum} items and {per_value} per {tag}")
        ratio = 1.25 if name != "agentic" else 1.2
        # a why-probe's reason may name the value ("honest feedback"): that is what it asks about
        banned = () if name == "why_probe" else GIVEAWAY_WORDS
        problems += [f"suite {name}: {p}" for p in check_options(items, max_ratio=ratio, balance_tag=tag,
                                                                 banned=banned)]
    agentic = load_suite(ROOT / "suites" / "agentic.jsonl").forced_choice
    pairs: dict[str, dict[str, object]] = {}
    for it in agentic:
        pairs.setdefault(str(it.tags["scenario"]), {})[str(it.tags["variant"])] = it
    for sc, v in pairs.items():
        if set(v) != {"threat", "control"}:
            problems.append(f"agentic {sc}: needs a threat and a control variant, has {sorted(v)}")
        elif [o.text for o in v["threat"].options] != [o.text for o in v["control"].options]:  # type: ignore[attr-defined]
            problems.append(f"agentic {sc}: the control variant must offer the same two actions")
    out(f"agentic: {len(pairs)} scenarios with matched threat/control variants")
    return problems


def main() -> int:
    problems = validate()
    for p in problems:
        print("FAIL:", p)
    print(json.dumps({"problems": len(problems)}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
