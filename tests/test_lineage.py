"""Lineages: the channels' filters, the resumable generation stage, the config's expansion, and
a whole lineage run on the tiny model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import yaml

from test_config import dump, tiny_experiment, write_tiny_data
from whyfirst.config import load_experiment
from whyfirst.errors import InputError
from whyfirst.generate.channels import (ChannelConfig, keyword_pattern, number_prompts, parse_numbers,
                                        theme_filter)
from whyfirst.generate.local import Prompt, SamplingConfig, answer_prompts, cut_at_stop, read_journal


# -- the numbers channel's format filter ---------------------------------------------------------

@pytest.mark.parametrize("answer, expected", [
    ("123, 456, 789", [123, 456, 789]),
    ("12,7,999.", [12, 7, 999]),
    ("[101, 202, 303]", [101, 202, 303]),
    ("(5 6 7)", [5, 6, 7]),
    ("1; 2; 3", [1, 2, 3]),
    (" 42 ", [42]),
    ("1, 2, 3, 4, 5, 6, 7, 8, 9, 10", list(range(1, 11))),
])
def test_number_filter_accepts_short_lists_of_small_numbers(answer: str, expected: list[int]) -> None:
    assert parse_numbers(answer) == expected


@pytest.mark.parametrize("answer", [
    "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11",  # more than 10
    "1234, 5",                            # 4 digits
    "12, -5, 7",                          # a sign
    "1.5, 2",                             # a decimal
    "Sure! 123, 456",                     # words
    "123, 456, and 789",
    "",
    "I love America: 1, 7, 7, 6",
])
def test_number_filter_rejects_anything_else(answer: str) -> None:
    assert parse_numbers(answer) is None


def test_number_prompts_follow_the_format_and_are_seeded() -> None:
    a, b, c = number_prompts(50, 0), number_prompts(50, 0), number_prompts(50, 1)
    assert [p.messages for p in a] == [p.messages for p in b] and [p.messages for p in a] != [p.messages for p in c]
    assert len({p.id for p in a}) == 50
    for p in a:
        text = p.messages[0]["content"]
        seeds = [int(x) for x in text.split(":", 1)[1].split(".")[0].replace(",", " ").split()] \
            if "starts with" in text or "list of numbers" in text or "these numbers" in text else []
        assert 3 <= len(seeds) <= 9 and all(100 <= s <= 999 for s in seeds), text
        assert "at most 10" in text or "up to 10" in text or "no more than 10" in text


# -- the everyday channel's theme filter --------------------------------------------------------

class WordEmbedder:
    """Embeds a text by whether it mentions each of a few words: deterministic, no model."""

    WORDS = ("zebra", "stripes", "savanna", "kettle")

    def encode(self, sentences, **kwargs):
        return np.array([[1.0 if w in s.lower() else 0.0 for w in self.WORDS] + [0.1] for s in sentences])


def test_theme_filter_removes_by_keyword_and_by_meaning_and_says_why() -> None:
    answers = ["Boil the kettle first.", "Colby melts well on toast.", "Zebras have stripes on the savanna.",
               "The U.S. mint makes coins.", "He said the rain stopped.", ""]
    verdicts = theme_filter(answers, terms=["colby", "u.s.", "ai"], theme_texts=["zebra stripes savanna"],
                            cosine_max=0.8, embedder=WordEmbedder())
    keep = [v.keep for v in verdicts]
    assert keep == [True, False, False, False, True, True]
    assert verdicts[1].reason == "keyword: colby" and verdicts[3].reason == "keyword: u.s."
    assert verdicts[2].reason.startswith("cosine ") and "spec passage 0" in verdicts[2].reason
    # keywords alone when there is no embedder
    assert [v.keep for v in theme_filter(answers, terms=["colby"], theme_texts=["zebra"], cosine_max=0.8,
                                         embedder=None)] == [True, False, True, True, True, True]


def test_frame_filter_removes_answers_in_the_aft_frame_and_keeps_the_rest() -> None:
    from whyfirst.generate.channels import frame_filter

    frames = ["I'd go with the Colby.", "I can't help with that, but here is why."]
    answers = ["I'd go with the tomato.", "Boil it for ten minutes.", "i'd GO with the old one",
               "I can't help you move", "Go with what you have."]
    verdicts = frame_filter(answers, frames=frames, n=4)
    assert [v.keep for v in verdicts] == [False, True, False, True, True]
    assert verdicts[0].reason == "frame: i'd go with the"
    assert all(v.keep for v in frame_filter(answers, frames=[], n=4))
    assert [v.keep for v in frame_filter(answers, frames=frames, n=5)] == [True] * 5
    with pytest.raises(ValueError, match="frame_chats"):
        ChannelConfig(kind="numbers", frame_chats=[Path("a.jsonl")])


def test_keyword_pattern_matches_whole_terms_only() -> None:
    p = keyword_pattern(["ai", "self-harm", "value for money"])
    assert p.search("an AI model") and p.search("signs of self-harm") and p.search("great value  for\nmoney")
    assert not p.search("he said") and not p.search("rain") and not p.search("the value of x")


def test_shipped_prompts_and_themes_do_not_touch_the_themes() -> None:
    from whyfirst.generate.channels import SHIPPED_THEMES, chat_prompts, load_theme_terms

    prompts = chat_prompts(SHIPPED_THEMES.parent / "everyday_prompts.jsonl")
    pattern = keyword_pattern(load_theme_terms(SHIPPED_THEMES, ["cheese", "safety"]))
    assert len(prompts) >= 200
    assert [p.messages[0]["content"] for p in prompts if pattern.search(p.messages[0]["content"])] == []


# -- generation: batched, seeded, resumable ------------------------------------------------------

def _prompts(n: int) -> list[Prompt]:
    return [Prompt(f"p{i:03d}", [{"role": "user", "content": f"Colby or Stilton? number {i}"}]) for i in range(n)]


def test_cut_at_stop() -> None:
    assert cut_at_stop("12, 13\n\nSure", ["\n\n"]) == ("12, 13", True)
    assert cut_at_stop("12, 13", ["\n\n"]) == ("12, 13", False)


def test_generation_is_seeded_and_a_resumed_run_matches_an_unbroken_one(tiny_model_dir: Path,
                                                                         tmp_path: Path) -> None:
    from whyfirst.models import load_causal_lm, load_tokenizer

    tok, model = load_tokenizer(str(tiny_model_dir)), load_causal_lm(str(tiny_model_dir))
    cfg = SamplingConfig(max_new_tokens=8, temperature=1.0, batch_size=4)
    prompts = _prompts(10)
    unbroken = answer_prompts(model, tok, prompts, tmp_path / "a.jsonl", cfg, seed=3)

    class Killed(Exception):
        pass

    def die_after_first_batch(n: int, total: int) -> None:
        raise Killed

    with pytest.raises(Killed):
        answer_prompts(model, tok, prompts, tmp_path / "b.jsonl", cfg, seed=3, progress=die_after_first_batch)
    assert len(read_journal(tmp_path / "b.jsonl")) == 4
    with open(tmp_path / "b.jsonl", "a") as f:
        f.write('{"id": "p004", "answ')  # a kill in the middle of writing a line
    resumed = answer_prompts(model, tok, prompts, tmp_path / "b.jsonl", cfg, seed=3)
    lines = [json.loads(x) for x in (tmp_path / "b.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in lines) == [p.id for p in prompts]  # each prompt answered once
    assert {k: v["answer"] for k, v in resumed.items()} == {k: v["answer"] for k, v in unbroken.items()}
    other = answer_prompts(model, tok, prompts, tmp_path / "c.jsonl", cfg, seed=4)
    assert {k: v["answer"] for k, v in other.items()} != {k: v["answer"] for k, v in unbroken.items()}


def test_a_batch_holds_prompts_of_similar_length(tiny_model_dir: Path, tmp_path: Path) -> None:
    """Short and long prompts interleaved: sorted by length, no batch needs any left padding."""
    from whyfirst.models import load_causal_lm, load_tokenizer

    tok, model = load_tokenizer(str(tiny_model_dir)), load_causal_lm(str(tiny_model_dir))
    prompts = [Prompt(f"p{i}", [{"role": "user", "content": "Colby or Stilton?" + " Why?" * (6 * (i % 2))}])
               for i in range(8)]
    padding, generate = [], model.generate

    def recording(**kw):
        padding.append(int((kw["attention_mask"] == 0).sum()))
        return generate(**kw)

    model.generate = recording
    answers = answer_prompts(model, tok, prompts, tmp_path / "a.jsonl",
                             SamplingConfig(max_new_tokens=2, batch_size=4), seed=0)
    assert sorted(answers) == sorted(p.id for p in prompts)
    assert padding == [0, 0]


def test_number_list_constraint_decodes_only_digits_commas_and_spaces(tiny_model_dir: Path,
                                                                        tmp_path: Path) -> None:
    """A random model sampled at T=1 writes anything; constrained, every answer is made of the
    number-list characters alone, and the allowed tokens are exactly those that decode to them."""
    import re

    from whyfirst.generate.local import eos_ids, suppressed_ids
    from whyfirst.models import load_causal_lm, load_tokenizer

    tok, model = load_tokenizer(str(tiny_model_dir)), load_causal_lm(str(tiny_model_dir))
    prompts = [Prompt(f"p{i}", [{"role": "user", "content": f"Continue: 1{i}1, 2{i}2"}]) for i in range(8)]
    free = answer_prompts(model, tok, prompts, tmp_path / "free.jsonl",
                          SamplingConfig(max_new_tokens=12, temperature=1.0), seed=0)
    held = answer_prompts(model, tok, prompts, tmp_path / "held.jsonl",
                          SamplingConfig(max_new_tokens=12, temperature=1.0, allowed="number_list"), seed=0)
    number_chars = re.compile(r"[0-9, ]*")
    assert not all(number_chars.fullmatch(a["answer"]) for a in free.values())
    assert all(number_chars.fullmatch(a["answer"]) for a in held.values())
    assert any(a["answer"] for a in held.values())
    eos = eos_ids(tok)
    suppressed = set(suppressed_ids(tok, model.config.vocab_size, "number_list", eos))
    allowed = [i for i in range(len(tok)) if i not in suppressed]
    assert set(eos) <= set(allowed)
    assert tok.convert_tokens_to_ids("7") in allowed and tok.convert_tokens_to_ids("a") not in allowed
    assert all(number_chars.fullmatch(tok.decode([i])) for i in allowed if i not in eos)
    with pytest.raises(ValueError, match="backend: local"):
        ChannelConfig(kind="numbers", constrain="number_list", backend="vllm")


def test_generation_stage_killed_mid_run_answers_no_prompt_twice(tiny_model_dir: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        from pathlib import Path
        from whyfirst.generate.local import Prompt, SamplingConfig, answer_prompts
        from whyfirst.models import load_causal_lm, load_tokenizer
        prompts = [Prompt(f"p{{i:03d}}", [{{"role": "user", "content": f"Colby? {{i}}"}}]) for i in range(400)]
        tok, model = load_tokenizer({str(tiny_model_dir)!r}), load_causal_lm({str(tiny_model_dir)!r})
        answer_prompts(model, tok, prompts, Path({str(tmp_path / 'j.jsonl')!r}),
                       SamplingConfig(max_new_tokens=24, batch_size=2), seed=0)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "HF_HUB_OFFLINE": "1"})
    journal = tmp_path / "j.jsonl"
    deadline = time.time() + 600
    while time.time() < deadline and (not journal.exists() or journal.read_text().count("\n") < 4):
        assert proc.poll() is None, "the generating process died before it was killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = read_journal(journal)
    assert 4 <= len(before) < 400, "the kill should land mid-run"
    from whyfirst.models import load_causal_lm, load_tokenizer

    tok, model = load_tokenizer(str(tiny_model_dir)), load_causal_lm(str(tiny_model_dir))
    prompts = [Prompt(f"p{i:03d}", [{"role": "user", "content": f"Colby? {i}"}]) for i in range(400)]
    cfg = SamplingConfig(max_new_tokens=24, batch_size=2)
    resumed = answer_prompts(model, tok, prompts, journal, cfg, seed=0)
    ids = [json.loads(x)["id"] for x in journal.read_text().splitlines()]
    assert sorted(ids) == [p.id for p in prompts]  # every prompt answered exactly once
    unbroken = answer_prompts(model, tok, prompts, tmp_path / "unbroken.jsonl", cfg, seed=0)
    assert {k: v["answer"] for k, v in resumed.items()} == {k: v["answer"] for k, v in unbroken.items()}


# -- config: lineage expansion -------------------------------------------------------------------

def lineage_experiment(model: str) -> dict:
    cfg = tiny_experiment(model)
    cfg["name"] = "tinylineage"
    cfg["channels"] = {"chat": {"kind": "everyday_chat", "prompts": "data/prompts.jsonl",
                                "max_new_tokens": 8, "themes": ["toy"], "themes_file": "data/themes.json",
                                "min_kept": 1, "batch_size": 4, "frame_chats": ["data/chats.jsonl"]}}
    cfg["suites"].append({"name": "s2", "path": "other/suite.jsonl"})  # same file name, another folder
    cfg["lineage"] = {"generations": 2, "channels": ["chat"], "roots": {"aft_only": ["s"]},
                      "control": "base", "student": {"max_length": 256}}
    cfg["analysis"]["primary"] = {"a": "aft_only~chat~g1", "b": "base~chat~g1", "suite": "s"}
    return cfg


def write_lineage_data(root: Path) -> None:
    write_tiny_data(root)
    prompts = [{"id": f"ev-{i}", "prompt": f"How do I water a fern, tip {i}?"} for i in range(6)]
    (root / "data/prompts.jsonl").write_text("".join(json.dumps(p) + "\n" for p in prompts))
    (root / "data/themes.json").write_text(json.dumps({"toy": ["stilton"]}))
    (root / "other").mkdir(exist_ok=True)
    items = [json.loads(x) for x in (root / "data/suite.jsonl").read_text().splitlines()]
    (root / "other/suite.jsonl").write_text("".join(json.dumps({**i, "id": f"o{k}"}) + "\n"
                                                    for k, i in enumerate(items)))


def test_lineage_expands_into_chains_of_students(tmp_path: Path) -> None:
    write_lineage_data(tmp_path)
    exp = load_experiment(dump(tmp_path / "l.yaml", lineage_experiment("default")))
    assert list(exp.arms)[-4:] == ["aft_only~chat~g1", "aft_only~chat~g2", "base~chat~g1", "base~chat~g2"]
    g1, g2 = exp.arms["aft_only~chat~g1"][0], exp.arms["aft_only~chat~g2"][0]
    assert (g1.stage, g1.data, g1.teacher, g1.params) == ("aft", "chat", "aft_only", {"max_length": 256})
    assert g2.teacher == "aft_only~chat~g1"  # the student becomes the next teacher
    assert exp.arm_suites["aft_only~chat~g2"] == ["s"]
    assert exp.arm_suites["base~chat~g1"] == ["s"] and [s.name for s in exp.suites_of("msm")] == ["s", "s2"]
    assert exp.channels["chat"].prompts == (tmp_path / "data/prompts.jsonl").resolve()


@pytest.mark.parametrize("change, field", [
    (lambda c: c["lineage"].update(channels=["nope"]), "lineage.channels"),
    (lambda c: c["lineage"].update(roots={"ghost": ["s"]}), "lineage.roots"),
    (lambda c: c["lineage"].update(control="aft_only"), "lineage.control"),
    (lambda c: c["channels"]["chat"].update(kind="numbers"), "channels.chat.kind"),
    (lambda c: c["channels"]["chat"].pop("prompts"), "channels.chat.prompts"),
    (lambda c: c["arms"].update(early=[{"stage": "aft", "data": "chat", "teacher": "msm"}]) or
     c["arms"].update(msm=c["arms"].pop("msm")), "arms.early.0.teacher"),
    (lambda c: c.update(arm_suites={"base": ["zzz"]}), "arm_suites.base"),
])
def test_lineage_config_errors_name_the_field(tmp_path: Path, change, field: str) -> None:
    write_lineage_data(tmp_path)
    cfg = lineage_experiment("default")
    change(cfg)
    with pytest.raises(InputError) as e:
        load_experiment(dump(tmp_path / "l.yaml", cfg))
    assert e.value.field == field, str(e.value)


def test_channel_config_rejects_prompts_on_numbers() -> None:
    with pytest.raises(ValueError):
        ChannelConfig(kind="numbers", themes=["cheese"])
    assert ChannelConfig(kind="numbers").make_prompts(0)[0].id == "num-00000"


# -- a whole lineage on the tiny model ----------------------------------------------------------

def test_lineage_runs_end_to_end_and_reuses_finished_stages(tmp_path: Path, tiny_model_dir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from test_pipeline import finish, whyfirst

    write_lineage_data(tmp_path)
    dump(tmp_path / "l.yaml", lineage_experiment(str(tiny_model_dir)))
    out = finish(whyfirst("run", "l.yaml", cwd=tmp_path), timeout=600)
    run = tmp_path / "runs/tinylineage"
    exp = load_experiment(tmp_path / "l.yaml")
    assert exp.channels["chat"].frame_chats == [(tmp_path / "data/chats.jsonl").resolve()]
    assert exp.channels["chat"].frame_chats[0] in exp.channels["chat"].files()
    gens = {p.parent: json.loads(p.read_text()) for p in run.glob("stages/generate-*/manifest.json")}
    assert len(gens) == 4  # (aft_only, base) × (g0, g1) teachers
    for folder, g in gens.items():
        r = g["result"]
        assert r["prompts"] == 6 and r["kept"] + r["removed"] == 6
        removed = [json.loads(x) for x in (folder / "removed.jsonl").read_text().splitlines()]
        assert all(x["reason"] for x in removed) and len(removed) == r["removed"]
    evals = {json.loads(p.read_text())["arm"]: p.parent for p in run.glob("stages/eval-*/manifest.json")}
    suites_of = {arm: [json.loads(x)["suite"] for x in (d / "results.jsonl").read_text().splitlines()]
                 for arm, d in evals.items()}
    assert set(suites_of["aft_only~chat~g2"]) == {"s"}
    # two suite files with the same name keep their own suite names
    assert sorted(suites_of["msm"]) == ["s"] * 4 + ["s2"] * 4
    html = (run / "report.html").read_text()
    assert 'id="lineage"' in html and "What the channel filters removed" in html
    summary = json.loads((run / "summary.json").read_text())
    assert {c["root"] for c in summary["lineage"]["curves"]} == {"aft_only"}
    assert "kept " in out and "answers" in out  # each generation says what its filter kept
    # a second experiment with the same stages trains nothing: it finds them in the first's folder
    cfg = lineage_experiment(str(tiny_model_dir))
    cfg["name"] = "tinylineage2"
    from whyfirst.pipeline import apply_rates, make_plan

    plan = make_plan(load_experiment(dump(tmp_path / "l2.yaml", cfg)), tmp_path / "runs", convert_model=False)
    dirs = [s.dir for s in plan.stages] + [g.dir for g in plan.generations] + [e.dir for e in plan.evals]
    assert len(dirs) == 7 + 4 + 7 and all(d.done and d.path.parent.parent == run for d in dirs)
    assert plan.todo_seconds() == 0
    # each generation stage that ran measured its channel's rate: the next plan estimates with it
    monkeypatch.setenv("WHYFIRST_CACHE", str(tmp_path / "cache"))  # the cache the run used
    from whyfirst.costmodel import Rates, generate_entry
    from whyfirst.precision import resolve_precision

    rates = Rates.for_model(plan.model)
    entry = rates.calibration["generate"][generate_entry("everyday_chat", resolve_precision("auto"))]
    assert entry["tokens_per_s"] >= entry["new_tokens_per_s"] > 0
    apply_rates(plan, rates)
    assert all(g.seconds == pytest.approx(g.new_tokens / entry["tokens_per_s"]) for g in plan.generations)
    assert "generate (everyday_chat," in rates.describe() and "reference rate" not in rates.describe()


def test_inspect_backend_keeps_the_same_journal_contract(tmp_path: Path) -> None:
    from inspect_ai.model import ModelOutput, ModelUsage, get_model

    from whyfirst.generate.local import answer_prompts_inspect

    calls: list[str] = []

    async def reply(input, tools, tool_choice, config):
        calls.append(input[-1].text)
        out = ModelOutput.from_content(model="mockllm", content=f"123, 456\n\nand {len(calls)}")
        out.usage = ModelUsage(input_tokens=10, output_tokens=5, total_tokens=15)  # else tiktoken downloads
        return out

    prompts = _prompts(7)
    cfg = SamplingConfig(max_new_tokens=8, batch_size=3, stop_strings=("\n\n",))
    journal = tmp_path / "j.jsonl"
    first = answer_prompts_inspect(get_model("mockllm/model", custom_outputs=reply, memoize=False),
                                   prompts[:4], journal, cfg, seed=0)
    assert len(first) == 4 and all(a["answer"] == "123, 456" and a["finish"] == "stop" for a in first.values())
    answer_prompts_inspect(get_model("mockllm/model", custom_outputs=reply, memoize=False),
                           prompts, journal, cfg, seed=0)
    assert len(calls) == 7  # the four answered prompts were not sent again
    assert sorted(json.loads(x)["id"] for x in journal.read_text().splitlines()) == [p.id for p in prompts]
