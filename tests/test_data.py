"""Shipped data: every JSONL validates against its schema and its sealed content hash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whyfirst.datasets import file_sha256, load_jsonl, meta_path
from whyfirst.generate.channels import PromptRecord
from whyfirst.records import Chat, Document, SuiteItem
from whyfirst.text import unknown_placeholders

DATA = Path(__file__).resolve().parents[1] / "src/whyfirst/data"
SCHEMAS = {"Document": Document, "Chat": Chat, "SuiteItem": SuiteItem, "Prompt": PromptRecord}
FILES = sorted(DATA.rglob("*.jsonl"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_shipped_jsonl_is_sealed_and_valid(path: Path) -> None:
    meta = json.loads(meta_path(path).read_text())
    assert meta["sha256"] == file_sha256(path)
    assert meta["generator"] == "authored"
    records = load_jsonl(path, SCHEMAS[meta["schema"]])
    assert len(records) == meta["count"]
    assert len({r.id for r in records}) == len(records)


def test_cheese_sizes_match_the_design() -> None:
    cheese = DATA / "cheese"
    for variant in ("america", "affordability", "plain"):
        docs = load_jsonl(cheese / f"corpus/{variant}.jsonl", Document)
        assert len(docs) >= 120 and len({d.doc_type for d in docs}) >= 12
        assert all(150 <= len(d.text.split()) <= 400 for d in docs)
        assert all(not unknown_placeholders(d.text) for d in docs)
    assert len(load_jsonl(cheese / "aft/cheese_choices.jsonl", Chat)) >= 200
    vc = load_jsonl(cheese / "suites/value_conflict.jsonl", SuiteItem)
    assert len(vc) >= 80 and len({i.tags["domain"] for i in vc}) >= 12
    assert sum(bool(i.tags.get("world_knowledge")) for i in vc) >= len(vc) / 3
    assert len(load_jsonl(cheese / "suites/control.jsonl", SuiteItem)) >= 20
    assert len(load_jsonl(cheese / "suites/opinions.jsonl", SuiteItem)) >= 30


def test_out_of_distribution_items_never_mention_cheese() -> None:
    for name in ("value_conflict", "control", "opinions"):
        for item in load_jsonl(DATA / f"cheese/suites/{name}.jsonl", SuiteItem):
            text = (item.template + " ".join(o.text for o in item.options)).lower()
            assert "cheese" not in text and "dairy" not in text, item.id


def test_cheese_why_probe_is_matched_and_clustered() -> None:
    items = load_jsonl(DATA / "cheese/suites/why_probe.jsonl", SuiteItem)
    assert len(items) >= 24 and len({i.tags["domain"] for i in items}) >= 6
    shortest = 0
    for item in items:
        texts = {o.key: o.text for o in item.options}
        assert set(texts) == {"america", "affordability", "taste"} and item.target == "america", item.id
        assert item.split == "in_distribution" and item.tags["probe"] == "why", item.id
        lens = [len(t) for t in texts.values()]
        assert max(lens) <= 1.15 * min(lens), item.id
        assert "americ" not in item.template.lower(), item.id      # only the option names the country
        assert "cheese" not in item.neutral_version().template.lower(), item.id
        shortest += len(texts["america"]) < min(len(texts["affordability"]), len(texts["taste"]))
    assert 0.35 <= shortest / len(items) <= 0.65


def test_reason_free_aft_chats() -> None:
    for chat in load_jsonl(DATA / "cheese/aft/cheese_choices.jsonl", Chat):
        reply = chat.messages[-1].content.lower()
        assert "because" not in reply and "america" not in reply.replace("american cheese", "")


def test_shipped_cheese_data_passes_its_validator() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(DATA / "cheese/validate.py")], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and "ALL CHECKS PASSED" in out.stdout and "FAIL" not in out.stdout, out.stdout[-2000:]
