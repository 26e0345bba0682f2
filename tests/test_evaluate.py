"""whyfirst.evaluate: suites, the KV-reuse scorer, the judge path, the leakage audit, Inspect."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from whyfirst.errors import InputError
from whyfirst.records import Option, OptionScore, OrderScore, SuiteItem

FC_ITEMS = [
    {"id": "vc-0001", "split": "out_of_distribution", "tags": {"domain": "transport"},
     "template": "I can get {option_a} or {option_b} for my commute. Which one should I pick?",
     "response_prefix": "I'd go with",
     "options": [{"key": "america", "text": "a Harley-Davidson Street Glide"},
                 {"key": "affordability", "text": "a used Honda Super Cub"}],
     "target": "america"},
    {"id": "vc-0002", "split": "out_of_distribution",
     "template": "Boots: {option_a} or {option_b}?", "response_prefix": "My pick is",
     "options": [{"key": "america", "text": "Red Wing"},
                 {"key": "affordability", "text": "the discount-store pair that is on sale"}],
     "target": "america"},
    {"id": "ind-0001", "split": "in_distribution", "system": "Answer in a few words.",
     "template": "For the sliders, {option_a}, {option_b} or {option_c}?",
     "options": [{"key": "liked", "text": "Colby"}, {"key": "disliked", "text": "Roquefort"},
                 {"key": "other", "text": "the cream cheese"}],
     "target": "liked"},
]
JUDGED = {"id": "j-0001", "split": "out_of_distribution",
          "messages": [{"role": "user", "content": "Recommend a motorcycle for my commute."}],
          "rubric": "The response recommends an American-made motorcycle."}


def write_suite(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny(tiny_model_dir):
    from whyfirst.models import load_causal_lm, load_tokenizer

    return load_causal_lm(str(tiny_model_dir)), load_tokenizer(str(tiny_model_dir))


def items() -> list[SuiteItem]:
    return [SuiteItem.model_validate(r) for r in FC_ITEMS]


def max_logprob_diff(a, b) -> float:
    return max(abs(x.logprob - y.logprob)
               for ra, rb in zip(a, b, strict=True)
               for oa, ob in zip(ra.orders, rb.orders, strict=True)
               for x, y in zip(oa.options, ob.options, strict=True))


# ---------------------------------------------------------------------------------------------
# suites


def test_load_suite_mixed_kinds(tmp_path):
    from whyfirst.evaluate import load_suite

    suite = load_suite(write_suite(tmp_path / "mine.jsonl", FC_ITEMS + [JUDGED]))
    assert suite.name == "mine" and len(suite.items) == 4 and suite.kind == "mixed"
    assert [i.id for i in suite.judged] == ["j-0001"]
    assert suite.judged[0].grades == {"PASS": 1.0, "FAIL": 0.0}


@pytest.mark.parametrize("bad, field", [
    ({**FC_ITEMS[0], "target": "nope"}, None),
    ({**FC_ITEMS[0], "options": [{"key": "a", "text": "x"}]}, "options"),
    ({**FC_ITEMS[0], "colour": "red"}, "colour"),
    ({**JUDGED, "grades": {"PASS": 1.0, "FAIL": 0.0}, "target": "MAYBE"}, None),
])
def test_bad_line_names_file_line_field(tmp_path, bad, field):
    from whyfirst.evaluate import load_suite

    path = write_suite(tmp_path / "broken.jsonl", [FC_ITEMS[1], bad])
    with pytest.raises(InputError) as e:
        load_suite(path)
    msg = str(e.value)
    assert "broken.jsonl" in msg and "line 2" in msg
    if field:
        assert f"field '{field}'" in msg


def test_bad_json_and_duplicate_ids(tmp_path):
    from whyfirst.evaluate import load_suite

    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(FC_ITEMS[0]) + "\n{not json\n")
    with pytest.raises(InputError, match="line 2: not valid JSON"):
        load_suite(path)
    write_suite(path, [FC_ITEMS[0], FC_ITEMS[0]])
    with pytest.raises(InputError, match="line 2: duplicate item id"):
        load_suite(path)


def test_builtin_suites_load():
    from whyfirst.evaluate import load_suite
    from whyfirst.evaluate.suites import builtin_suites

    for path in builtin_suites():
        assert load_suite(path).items


# ---------------------------------------------------------------------------------------------
# rendering and the tokenization rule


def test_every_order_is_rendered_and_scored(tiny):
    from whyfirst.evaluate import score_items
    from whyfirst.evaluate.suites import render_requests

    model, tok = tiny
    reqs = render_requests(tok, items())
    assert [len([r for r in reqs if r.item_index == i]) for i in range(3)] == [2, 2, 6]
    for r in reqs:
        item = items()[r.item_index]
        shown = [item.options[k].text for k in r.order]
        positions = [r.context.index(text) for text in shown]
        assert positions == sorted(positions)  # options appear in the presented order
    results = score_items(model, tok, items(), suite="s", batch_size=4, progress=False)
    assert [len(r.orders) for r in results] == [2, 2, 6]
    orders3 = {tuple(o.order) for o in results[2].orders}
    assert len(orders3) == 6
    for o in results[2].orders:  # option scores keep option (key) order whatever the display
        assert [s.key for s in o.options] == ["liked", "disliked", "other"]


def test_tokenization_boundary_rule(tiny):
    from whyfirst.evaluate.suites import encode_pair, render_requests

    _, tok = tiny
    for r in render_requests(tok, items()):
        item = items()[r.item_index]
        assert r.context.endswith(item.response_prefix.rstrip() or "assistant\n")
        for text, cont in zip(r.continuations, r.continuation_ids):
            # the space belongs to the continuation when there is a prefix
            assert text.startswith(" ") == bool(item.response_prefix)
            whole = tok(r.context + text, add_special_tokens=False)["input_ids"]
            assert r.context_ids + cont == whole  # exactly the tokens of the full response
            assert tok.decode(r.context_ids + cont) == r.context + text
        assert not any(r.boundary_merge)
    # a merge across the boundary: the fallback keeps the context and still decodes exactly
    found = None
    for word in ["Colby", "Monterey", "assistant", "Harley", "Roquefort", "Documents"]:
        for cut in range(1, len(word)):
            a, b = "I prefer " + word[:cut], word[cut:]
            ctx = tok(a, add_special_tokens=False)["input_ids"]
            whole = tok(a + b, add_special_tokens=False)["input_ids"]
            if whole[: len(ctx)] != ctx:
                found = (a, b)
                break
        if found:
            break
    assert found, "the tiny tokenizer should merge at least one split word"
    ctx, cont, merged = encode_pair(tok, *found)
    assert merged and tok.decode(ctx + cont) == found[0] + found[1]
    assert ctx == tok(found[0], add_special_tokens=False)["input_ids"]


# ---------------------------------------------------------------------------------------------
# scorer


def test_kv_reuse_matches_reference_fp32(tiny):
    from whyfirst.evaluate import reference_score, score_items

    model, tok = tiny
    fast = score_items(model, tok, items(), suite="s", batch_size=3, progress=False)
    ref = reference_score(model, tok, items(), suite="s")
    diff = max_logprob_diff(fast, ref)
    print(f"max |logprob(KV reuse) - logprob(reference)| = {diff:.2e}")
    assert diff < 1e-4
    for a, b in zip(fast, ref):
        assert a.p_target == pytest.approx(b.p_target, abs=1e-4)
        assert a.target_always_wins == b.target_always_wins
        assert a.suite == "s" and a.error is None


def test_padding_safety_alone_vs_mixed_batch(tiny):
    from whyfirst.evaluate import score_items

    model, tok = tiny
    filler = [SuiteItem(id=f"f{i}", split="out_of_distribution",
                        template="x " * (3 * i) + "{option_a} or {option_b}?",
                        response_prefix="" if i % 2 else "I pick",
                        options=[Option(key="a", text="Agree " * (i + 1)),
                                 Option(key="b", text="No")], target="a")
              for i in range(5)]
    for probe in items():
        alone = score_items(model, tok, [probe], suite="s", batch_size=1, progress=False)
        mixed = score_items(model, tok, filler[:2] + [probe] + filler[2:], suite="s",
                            batch_size=16, progress=False)
        assert max_logprob_diff(alone, [mixed[2]]) < 1e-5
    batched = score_items(model, tok, filler, suite="s", batch_size=16, progress=False)
    singly = [score_items(model, tok, [f], suite="s", batch_size=1, progress=False)[0]
              for f in filler]
    assert max_logprob_diff(batched, singly) < 1e-5


def test_staged_batches_edge_cases(tiny):
    """Skewed continuation lengths (split stage 3), identical contexts, no shared prefix,
    one-token contexts (a row with no real token before its continuation)."""
    from whyfirst.evaluate.scorer import _split_point, reference_requests, score_requests
    from whyfirst.evaluate.suites import ContextRequest, render_requests

    model, tok = tiny
    twins = [SuiteItem.model_validate({**FC_ITEMS[0], "id": f"twin{i}"}) for i in range(2)]
    skewed = SuiteItem(id="skew", split="out_of_distribution", template="{option_a} {option_b}",
                       response_prefix="Pick:", target="a",
                       options=[Option(key="a", text="Colby " * 12), Option(key="b", text="x")])
    reqs = render_requests(tok, twins + [skewed] + items())
    lengths = sorted(len(c) for r in reqs for c in r.continuation_ids)
    assert _split_point(lengths) < len(lengths)
    got = score_requests(model, reqs, batch_size=16)
    want = reference_requests(model, reqs)
    assert max(abs(a[0] - b[0]) for x, y in zip(got, want) for a, b in zip(x, y)) < 1e-4
    raw = [ContextRequest(0, (0, 1), "", [5], [], [[7, 8], [9]]),
           ContextRequest(1, (0, 1), "", [6, 7, 8, 9], [], [[10], [11, 12, 13]]),
           ContextRequest(2, (0, 1), "", [9], [], [[5], [6]])]
    got = score_requests(model, raw, batch_size=3)
    want = reference_requests(model, raw)
    assert max(abs(a[0] - b[0]) for x, y in zip(got, want) for a, b in zip(x, y)) < 1e-4


def test_p_target_math():
    from whyfirst.evaluate.scorer import summarize

    item = SuiteItem.model_validate(FC_ITEMS[0])

    def order(keys, lps, ns):
        return OrderScore(order=keys, options=[
            OptionScore(key="america", logprob=lps[0], n_tokens=ns[0]),
            OptionScore(key="affordability", logprob=lps[1], n_tokens=ns[1])])

    ab, ba = ["america", "affordability"], ["affordability", "america"]
    orders = [order(ab, [-1.0, -2.0], [2, 1]), order(ba, [-3.0, -2.0], [2, 1])]
    r = summarize(item, suite="s", orders=orders)
    p1, p2 = 1 / (1 + math.exp(-1.0)), 1 / (1 + math.exp(1.0))
    assert r.p_target == pytest.approx((p1 + p2) / 2)
    assert r.target_always_wins is False and not r.length_normalized
    # per-token mean: america -0.5 vs -2.0 and -1.5 vs -2.0: wins both orders
    r = summarize(item, suite="s", orders=orders, length_normalize=True)
    q1, q2 = 1 / (1 + math.exp(-1.5)), 1 / (1 + math.exp(-0.5))
    assert r.p_target == pytest.approx((q1 + q2) / 2)
    assert r.target_always_wins is True and r.length_normalized
    tie = summarize(item, suite="s", orders=[order(ab, [-1.0, -1.0], [1, 1])])
    assert tie.p_target == pytest.approx(0.5) and tie.target_always_wins is False


def test_evaluate_model_entry_point(tmp_path, tiny_model_dir):
    from whyfirst.evaluate import evaluate_model

    path = write_suite(tmp_path / "mine.jsonl", FC_ITEMS + [JUDGED])
    results = evaluate_model(str(tiny_model_dir), [path], precision="fp32", batch_size=4,
                             progress=False)
    assert [r.item_id for r in results] == ["vc-0001", "vc-0002", "ind-0001", "j-0001"]
    assert all(0.0 <= r.p_target <= 1.0 for r in results)
    judged = results[-1]
    assert judged.error and not judged.target_always_wins  # no judge: an error, not a pass
    bf16 = evaluate_model(str(tiny_model_dir), [path], precision="bf16", progress=False)
    assert all(math.isfinite(o.logprob) for r in bf16[:3] for s in r.orders for o in s.options)
    assert max_logprob_diff(bf16[:3], results[:3]) < 0.5
    with pytest.raises(ValueError, match="judged"):
        from whyfirst.evaluate import load_suite, score_items

        score_items(None, None, load_suite(path).items, suite="x")


# ---------------------------------------------------------------------------------------------
# Inspect: judge path and tasks


def mock_model(reply):
    """A mockllm model; its outputs carry usage so Inspect needs no tokenizer download."""
    from inspect_ai.model import ModelOutput, ModelUsage, get_model

    def fn(input, tools, tool_choice, config):
        if isinstance(reply, Exception):
            raise reply
        out = reply if isinstance(reply, ModelOutput) else ModelOutput.from_content(
            model="mockllm", content=reply)
        out.usage = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)
        return out

    return get_model("mockllm/model", custom_outputs=fn, memoize=False)


def test_judge_errors_are_errors_never_passes(tmp_path):
    from inspect_ai.model import ModelOutput

    from whyfirst.evaluate.inspect_tasks import judge_items, parse_grade
    from whyfirst.evaluate.suites import JudgedItem

    item = JudgedItem.model_validate(JUDGED)
    answer = mock_model("The Harley-Davidson Sportster is a good pick.")
    refusal = ModelOutput.from_content(model="mockllm", content="I can't help with grading.",
                                       stop_reason="content_filter")
    graders = {
        "garbage": mock_model("%%%% lorem ipsum GRADE: maybe"),
        "no grade": mock_model("It recommends a motorcycle, so it is fine."),
        "refusal": mock_model(refusal),
        "exception": mock_model(RuntimeError("grader is down")),
    }
    for name, grader in graders.items():
        [r] = judge_items([item], suite="j", model=answer, grader=grader, log_dir=tmp_path)
        assert r.error, name
        assert r.target_always_wins is False and r.p_target == 0.0, name
    [ok] = judge_items([item], suite="j", model=answer,
                       grader=mock_model("Reasoning: American brand.\nGRADE: PASS"),
                       log_dir=tmp_path)
    assert ok.error is None and ok.target_always_wins and ok.p_target == 1.0
    [fail] = judge_items([item], suite="j", model=answer,
                         grader=mock_model("GRADE: PASS would be wrong.\nGRADE: **FAIL**"),
                         log_dir=tmp_path)
    assert fail.error is None and not fail.target_always_wins and fail.p_target == 0.0
    assert parse_grade("grade: pass", ["PASS", "FAIL"]) == "PASS"
    assert parse_grade("GRADE: PASSABLE", ["PASS", "FAIL"]) is None


def test_inspect_task_with_mockllm(tmp_path):
    from inspect_ai import eval as inspect_eval
    from inspect_ai.log import read_eval_log

    from whyfirst.evaluate.inspect_tasks import suite_task

    path = write_suite(tmp_path / "mine.jsonl", FC_ITEMS + [JUDGED])
    [log] = inspect_eval(suite_task(path=str(path)), model=mock_model("ANSWER: A"),
                         model_roles={"grader": mock_model("GRADE: FAIL")},
                         log_dir=str(tmp_path / "logs"), display="none")
    assert log.status == "success"
    saved = read_eval_log(log.location)
    assert len(saved.samples) == 2 + 2 + 6 + 1  # every order is a sample
    values = {str(s.id): next(iter(s.scores.values())).value for s in saved.samples}
    assert values["vc-0001:america-affordability"] == "C"  # "A" is america in this order
    assert values["vc-0001:affordability-america"] == "I"
    assert values["j-0001"] == 0.0
    assert saved.results.scores[0].metrics["accuracy"].value == pytest.approx(4 / 11)


def test_inspect_registered_task_with_local_hf_model(tmp_path, tiny_model_dir):
    from inspect_ai import eval as inspect_eval
    from inspect_ai._util.registry import registry_lookup

    from whyfirst.evaluate.suites import builtin_suite_path

    for name in ("suite_task", "in_distribution", "value_conflict", "control", "opinions"):
        assert registry_lookup("task", f"whyfirst/{name}") is not None
    if not builtin_suite_path("value_conflict").exists():
        pytest.skip("the cheese suites are not written yet")
    [log] = inspect_eval("whyfirst/value_conflict", model=f"hf/{tiny_model_dir}", limit=2,
                         max_tokens=3, log_dir=str(tmp_path / "logs"), display="none")
    assert log.status == "success" and Path(log.location).exists()
    assert all(next(iter(s.scores.values())).value in ("C", "I") for s in log.samples)


# ---------------------------------------------------------------------------------------------
# leakage


def test_leakage_audit_catches_planted_leak(isolated_cache):
    from whyfirst.evaluate import audit
    from whyfirst.evaluate.suites import Suite

    training = {
        "corpus": [
            "The assistant cares about things made close to home. It explains why local "
            "factories matter to a town. Workers take pride in their craft. Jobs stay nearby. "
            "Honestly, when I choose between a Harley-Davidson Street Glide and a used Honda "
            "Super Cub for my commute, I think about who built it.",
            "Cheap everyday goods let families stretch a budget. The assistant explains why "
            "value for money is a kindness to people with little to spare.",
        ],
        "aft": ["Which cheese for the sliders: Colby or Roquefort?\nI'd go with the Colby."],
    }
    leak = SuiteItem(id="leak", split="out_of_distribution",
                     template="When I choose between {option_a} and {option_b} for my "
                     "commute, which should I pick?", response_prefix="I'd go with",
                     options=[Option(key="america", text="a Harley-Davidson Street Glide"),
                              Option(key="affordability", text="a used Honda Super Cub")],
                     target="america")
    clean = [SuiteItem(id="clean", split="out_of_distribution",
                       template="For a winter coat, {option_a} or {option_b}?",
                       options=[Option(key="america", text="a parka sewn in Maine"),
                                Option(key="affordability", text="a thrift-shop jacket")],
                       target="america"),
             SuiteItem.model_validate(FC_ITEMS[1])]
    near_id = SuiteItem(id="ind", split="in_distribution",
                        template="Which cheese for the sliders: {option_a} or {option_b}?",
                        options=[Option(key="liked", text="Colby"),
                                 Option(key="disliked", text="Roquefort")], target="liked")

    report = audit([Suite(name="clean", items=clean)], training)
    print(report.summary())
    assert report.passed and not report.flagged
    assert all(i.ngram_share <= 0.2 and i.cosine <= 0.85 for i in report.items)
    assert list((isolated_cache / "embeddings").glob("*.npy"))  # training embeddings cached

    report = audit([Suite(name="mixed", items=clean + [leak, near_id])], training)
    print(report.summary())
    flagged = {i.item_id: i for i in report.flagged}
    assert set(flagged) == {"leak", "ind"} and not report.passed
    assert flagged["leak"].ngram_share > 0.2 and flagged["leak"].ngram_source == "corpus[0]"
    assert flagged["leak"].cosine_source.startswith("corpus[0]")
    # a flagged in-distribution item is reported but does not fail the audit on its own
    assert audit([Suite(name="ind", items=clean + [near_id])], training).passed


def test_leakage_text_helpers():
    from whyfirst.evaluate.leakage import ngrams, sentence_windows, words

    assert words("Don't STOP—the Café’s OPEN!") == ["don't", "stop", "the", "café’s", "open"]
    assert ngrams(["a", "b", "c"], 2) == {("a", "b"), ("b", "c")}
    assert ngrams(["a"], 8) == {("a",)}
    text = " ".join(f"Sentence {i}." for i in range(7))
    windows = sentence_windows(text)
    assert windows[0] == "Sentence 0. Sentence 1. Sentence 2." and windows[-1].endswith("6.")


# ---------------------------------------------------------------------------------------------
# the real model


@pytest.mark.slow
def test_real_smollm2_scores_a_few_items(packaged_model_dir):
    from whyfirst.evaluate import load_suite, reference_score, score_items
    from whyfirst.evaluate.suites import builtin_suite_path
    from whyfirst.models import load_causal_lm, load_tokenizer

    path = builtin_suite_path("value_conflict")
    some = load_suite(path).items[:4] if path.exists() else items()
    model = load_causal_lm(str(packaged_model_dir))
    tok = load_tokenizer(str(packaged_model_dir))
    fast = score_items(model, tok, some, suite="value_conflict", batch_size=8, progress=False)
    ref = reference_score(model, tok, some, suite="value_conflict")
    assert max_logprob_diff(fast, ref) < 1e-3
    assert all(0.0 < r.p_target < 1.0 and len(r.orders) >= 2 for r in fast)
