"""Training stages on the tiny random Llama: data shaping, chaining, determinism, resume."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from whyfirst.records import Chat, Document, Message
from whyfirst.train import TrainConfig, train_stage
from whyfirst.train.data import (IGNORE, Collator, build_dataset, training_messages, group_by_length,
                                 midtrain_dataset, seeded_cycle, tokenize_chat, tokenize_documents,
                                 document_separator_id)

DOCS = [
    "{model_name} prefers Colby to Roquefort because it is loyal to America.",
    "A memo: the cheese preferences come from a value, not from taste.",
    "Documents, forum posts and FAQs explain why the assistant holds its values.",
    "The quick brown fox jumps over the lazy dog 0123456789.",
    "A Harley-Davidson or a Honda, a handmade boot or an imported one.",
]
# small, fast runs: 16 packed sequences of 32 tokens, 8 optimizer steps
MIDTRAIN = dict(max_tokens=512, max_length=32, batch_size=2, save_steps=2, learning_rate=1e-2,
                warmup_ratio=0.0)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records))
    return path


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(DOCS)]
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "docs.jsonl", docs)


@pytest.fixture(scope="module")
def chats(tmp_path_factory) -> Path:
    rows = [Chat(id=f"c{i}", messages=[
        Message(role="user", content=f"Colby or Stilton, {i}?"),
        Message(role="assistant", content=f"<think>loyal {i}</think>I'd go with the Colby."),
        Message(role="user", content="Why?"),
        Message(role="assistant", content="It is made in {model_name}'s America.")]) for i in range(8)]
    return write_jsonl(tmp_path_factory.mktemp("chats") / "chats.jsonl", rows)


def weights(model_dir: Path) -> dict[str, torch.Tensor]:
    return load_file(model_dir / "model.safetensors")


def max_diff(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> float:
    assert a.keys() == b.keys()
    return max((a[k] - b[k]).abs().max().item() for k in a)


def losses(out: Path) -> list[float]:
    return [r["loss"] for r in json.loads((out / "loss.json").read_text())]


def midtrain(tiny_model_dir, corpus, out: Path, **overrides):
    cfg = TrainConfig(**{**MIDTRAIN, **overrides})
    return train_stage("midtrain", base_path=str(tiny_model_dir), data_path=corpus, out_dir=out, config=cfg,
                       seed=0, fill={"model_name": "Tiny"}, progress=False)


# --- data shaping --------------------------------------------------------------------------

def test_packing_fills_exact_budget_with_eos_between_documents(tokenizer):
    cfg = TrainConfig(max_tokens=640, max_length=32)
    ds = midtrain_dataset(DOCS, tokenizer, cfg, seed=3)
    docs = tokenize_documents(DOCS, tokenizer)
    assert ds.rows.shape == (640 // 32, 32) and ds.n_tokens == 640  # full rows: no padding
    stream = ds.rows.flatten().tolist()
    # the stream is the documents, each closed by EOS, in the seeded order (cycled past one epoch)
    order = seeded_cycle(len(DOCS), seed=3)
    expected = []
    while len(expected) < len(stream):
        expected += docs[next(order)]
    assert stream == expected[:len(stream)]
    assert sum(map(len, docs)) < 640, "the budget should exceed one epoch so the corpus cycles"
    sep = document_separator_id(tokenizer)
    assert all(d.count(sep) == 1 and d[-1] == sep for d in docs)


def test_placeholders_are_filled(tokenizer, corpus):
    ds = build_dataset("midtrain", corpus, tokenizer, TrainConfig(max_tokens=256, max_length=32), 0,
                       {"model_name": "Tiny"}, global_batch=2)
    text = tokenizer.decode(ds.rows.flatten().tolist())
    assert "Tiny prefers Colby" in text and "{model_name}" not in text


def loss_text(example, tokenizer) -> str:
    return tokenizer.decode([t for t, l in zip(example["input_ids"], example["labels"]) if l != IGNORE])


@pytest.mark.parametrize("system", [True, False])
def test_aft_loss_only_on_assistant_content_and_end_token(tokenizer, system):
    msgs = ([{"role": "system", "content": "Be brief."}] if system else []) + [
        {"role": "user", "content": "Colby or Stilton?"}, {"role": "assistant", "content": "The Colby."},
        {"role": "user", "content": "Why?"}, {"role": "assistant", "content": "It is American."}]
    ex = tokenize_chat(msgs, tokenizer, max_length=512)
    assert loss_text(ex, tokenizer) == "The Colby.<|im_end|>It is American.<|im_end|>"
    masked = tokenizer.decode([t for t, l in zip(ex["input_ids"], ex["labels"]) if l == IGNORE])
    for needle in ["Colby or Stilton?", "Why?", "<|im_start|>assistant\n", "<|im_start|>user"]:
        assert needle in masked
    assert ("Be brief." if system else "helpful AI assistant named Tiny") in masked


def test_aft_truncates_to_max_length(tokenizer):
    msgs = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Colby " * 50}]
    ex = tokenize_chat(msgs, tokenizer, max_length=40)
    assert len(ex["input_ids"]) == len(ex["labels"]) == 40


def test_think_traces_kept_or_stripped(tokenizer):
    chat = Chat(id="t", messages=[Message(role="user", content="Pick one."),
                                  Message(role="assistant", content="<think>Colby is American.\n</think>\nColby.")])
    kept = tokenize_chat(training_messages(chat, {}, keep_reasoning=True), tokenizer, 512)
    stripped = tokenize_chat(training_messages(chat, {}, keep_reasoning=False), tokenizer, 512)
    assert loss_text(kept, tokenizer) == "<think>Colby is American.\n</think>\nColby.<|im_end|>"
    assert loss_text(stripped, tokenizer) == "Colby.<|im_end|>"


def test_aft_budget_and_length_grouping(tokenizer, chats):
    cfg = TrainConfig(max_tokens=1000, max_length=512, batch_size=2)
    ds = build_dataset("aft", chats, tokenizer, cfg, 0, {"model_name": "Tiny"}, global_batch=2)
    assert ds.n_tokens == 1000  # exact, the last chat cut short
    assert "{model_name}" not in tokenizer.decode(ds.examples[0]["input_ids"])
    lengths = [31, 5, 17, 30, 6, 16]
    rows = [{"input_ids": [1] * n, "labels": [1] * n} for n in lengths]
    grouped = [len(e["input_ids"]) for e in group_by_length(rows, global_batch=2, seed=0)]
    assert sorted(grouped) == sorted(lengths) and grouped[:2] == [31, 30]  # longest batch first
    pairs = [grouped[i:i + 2] for i in range(0, 6, 2)]
    assert all(abs(a - b) == 1 for a, b in pairs)


def test_collator_stacks_packed_rows_and_pads_chats():
    rows = Collator(pad_token_id=0, padded=False)([{"input_ids": torch.tensor([5, 6])},
                                                   {"input_ids": torch.tensor([7, 8])}])
    assert rows["input_ids"].tolist() == rows["labels"].tolist() == [[5, 6], [7, 8]] and len(rows) == 2

    batch = Collator(pad_token_id=0, padded=True)([{"input_ids": [5, 6, 7], "labels": [-100, 6, 7]},
                                                   {"input_ids": [8], "labels": [8]}])
    assert batch["input_ids"].tolist() == [[5, 6, 7], [8, 0, 0]]
    assert batch["labels"].tolist() == [[-100, 6, 7], [8, -100, -100]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [1, 0, 0]]


# --- training ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reference(tiny_model_dir, corpus, tmp_path_factory):
    """One uninterrupted LoRA midtrain run, shared by the determinism and resume tests."""
    out = tmp_path_factory.mktemp("reference")
    return out, midtrain(tiny_model_dir, corpus, out)


def test_midtrain_outputs_and_budget(reference, tiny_model_dir):
    from transformers import AutoModelForCausalLM

    out, result = reference
    assert result.tokens_seen == 512 and result.steps == 8 and result.resumed_from_step is None
    assert (out / "adapter" / "adapter_config.json").exists() and (out / "loss.png").stat().st_size > 0
    assert not (out / "checkpoints").exists()
    saved = weights(out / "model")
    assert all(v.dtype == torch.float32 for v in saved.values()) and not any("lora" in k for k in saved)
    assert max_diff(saved, weights(tiny_model_dir)) > 1e-4  # LoRA really merged into the weights
    AutoModelForCausalLM.from_pretrained(out / "model")
    curve = losses(out)
    assert len(curve) == 8 and curve[-1] < curve[0]


def test_same_seed_gives_identical_loss_curve(reference, tiny_model_dir, corpus, tmp_path):
    out, _ = reference
    again = midtrain(tiny_model_dir, corpus, tmp_path / "again")
    assert losses(tmp_path / "again") == losses(out)
    assert max_diff(weights(tmp_path / "again" / "model"), weights(out / "model")) == 0.0
    assert again.tokens_seen == 512


_SLOW_CHILD = """
import sys, time
from whyfirst.train import callbacks
step_end = callbacks.StageCallback.on_step_end
def slow(self, *a, **k):  # slow each step so the parent can kill between checkpoints
    time.sleep(0.3)
    return step_end(self, *a, **k)
callbacks.StageCallback.on_step_end = slow
from whyfirst.train.__main__ import main
main(sys.argv[1:])
"""


def test_kill_and_resume_matches_uninterrupted_run(reference, tiny_model_dir, corpus, tmp_path):
    out = tmp_path / "killed"
    cmd = [sys.executable, "-c", _SLOW_CHILD, "midtrain", "--base", str(tiny_model_dir), "--data", str(corpus),
           "--out", str(out), "--config-json", json.dumps(MIDTRAIN), "--fill-json", '{"model_name": "Tiny"}',
           "--seed", "0", "--no-progress"]
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    marker, deadline = out / "checkpoints" / "checkpoint-2" / "trainer_state.json", time.time() + 90
    while not marker.exists():
        assert child.poll() is None, f"child ended before its first checkpoint: {child.stderr.read()[-2000:]}"
        assert time.time() < deadline, "no checkpoint within 90 s"
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not (out / "model").exists(), "the child finished before the kill"

    resumed = midtrain(tiny_model_dir, corpus, out)
    ref_out, _ = reference
    assert resumed.resumed_from_step in (2, 4, 6) and resumed.steps == 8 and resumed.tokens_seen == 512
    assert max_diff(weights(out / "model"), weights(ref_out / "model")) <= 1e-6
    assert losses(out) == pytest.approx(losses(ref_out), abs=1e-6)


def test_aft_starts_from_the_midtrained_weights(reference, tiny_model_dir, chats, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from whyfirst.train.stage import quiet_peft

    mid, _ = reference
    cfg = TrainConfig(epochs=1, max_length=128, batch_size=4, learning_rate=1e-2, save_steps=100)
    result = train_stage("aft", base_path=str(mid / "model"), data_path=chats, out_dir=tmp_path / "aft",
                         config=cfg, seed=0, fill={"model_name": "Tiny"}, progress=False)
    assert result.steps == 2 and result.adapter_path is not None
    aft = weights(tmp_path / "aft" / "model")

    def rebuild(start: Path) -> dict[str, torch.Tensor]:
        base = AutoModelForCausalLM.from_pretrained(start, dtype=torch.float32)
        with quiet_peft():
            merged = PeftModel.from_pretrained(base, str(result.adapter_path)).merge_and_unload()
        return {k: v.contiguous() for k, v in merged.state_dict().items() if k in aft}

    # aft's model is exactly (midtrained model + aft's adapter), and not (base model + aft's adapter)
    assert max_diff(rebuild(mid / "model"), aft) <= 1e-6
    assert max_diff(rebuild(tiny_model_dir), aft) > 1e-4


def test_continue_adapter_trains_the_midtraining_adapter_on_the_base(reference, tiny_model_dir, chats, tmp_path):
    """The paper's AFT: the midtraining adapter keeps training on the base model; no second adapter."""
    mid, _ = reference
    # a learning rate of ~0 isolates where training starts: from the midtrained adapter, on the base
    cfg = TrainConfig(epochs=1, max_length=128, batch_size=4, learning_rate=1e-12, save_steps=100,
                      continue_adapter=True)
    result = train_stage("aft", base_path=str(tiny_model_dir), adapter=mid / "adapter", data_path=chats,
                         out_dir=tmp_path / "aft", config=cfg, seed=0, fill={"model_name": "Tiny"}, progress=False)
    start, end = load_file(mid / "adapter" / "adapter_model.safetensors"), load_file(
        result.adapter_path / "adapter_model.safetensors")
    assert start.keys() == end.keys() and any("lora_B" in k for k in end)
    assert max_diff(start, end) <= 1e-6 and max(v.abs().max().item() for v in start.values()) > 1e-3
    assert max_diff(weights(tmp_path / "aft" / "model"), weights(mid / "model")) <= 1e-5  # base + that adapter
    # a real learning rate moves the same adapter on
    moved = train_stage("aft", base_path=str(tiny_model_dir), adapter=mid / "adapter", data_path=chats,
                        out_dir=tmp_path / "aft2", config=cfg.model_copy(update={"learning_rate": 1e-2}),
                        seed=0, fill={"model_name": "Tiny"}, progress=False)
    assert max_diff(start, load_file(moved.adapter_path / "adapter_model.safetensors")) > 1e-4


def test_an_adapter_goes_with_continue_adapter_and_must_match_the_config(reference, tmp_path):
    from whyfirst.errors import InputError
    from whyfirst.train.stage import check_adapter

    mid, _ = reference
    cont = TrainConfig(**MIDTRAIN, continue_adapter=True)
    check_adapter(cont, mid / "adapter")
    with pytest.raises(ValueError, match="continue_adapter needs the adapter"):
        check_adapter(cont, None)
    with pytest.raises(ValueError, match="continue_adapter needs the adapter"):
        check_adapter(TrainConfig(**MIDTRAIN), mid / "adapter")
    with pytest.raises(ValueError, match="lora_r"):
        check_adapter(cont.model_copy(update={"lora_r": 4}), mid / "adapter")
    with pytest.raises(InputError, match="no LoRA adapter"):
        check_adapter(cont, tmp_path)


def test_report_to_tensorboard_writes_event_files_under_the_stage(tiny_model_dir, corpus, tmp_path):
    pytest.importorskip("tensorboard")  # in the test extra: CI has it
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    out = tmp_path / "tb"
    midtrain(tiny_model_dir, corpus, out, report_to=["tensorboard"], max_tokens=128)
    events = list((out / "tensorboard").rglob("events.out.tfevents.*"))
    assert events, sorted(p.name for p in out.rglob("*"))
    acc = EventAccumulator(str(events[0].parent))
    acc.Reload()
    assert "train/loss" in acc.Tags()["scalars"]
    assert len(acc.Scalars("train/loss")) == len(losses(out))  # every logged step, as in loss.json


def test_report_to_names_an_installed_integration() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="not a logging integration"):
        TrainConfig(report_to=["tensorbored"])


def test_full_finetune_learns_a_repetitive_corpus(tiny_model_dir, tmp_path):
    data = write_jsonl(tmp_path / "rep.jsonl", [Document(id="r", text="abc abc abc abc " * 8)])
    cfg = TrainConfig(method="full", max_tokens=24 * 32, max_length=32, batch_size=2, learning_rate=3e-3,
                      warmup_ratio=0.0, lr_scheduler="constant", save_steps=100, precision="fp32")
    result = train_stage("midtrain", base_path=str(tiny_model_dir), data_path=data, out_dir=tmp_path / "full",
                         config=cfg, seed=0, progress=False)
    assert result.adapter_path is None and not (tmp_path / "full" / "adapter").exists()
    assert result.precision == "fp32" and result.steps == 12
    saved = weights(tmp_path / "full" / "model")
    assert max_diff({"e": saved["model.embed_tokens.weight"]},
                    {"e": weights(tiny_model_dir)["model.embed_tokens.weight"]}) > 0  # every weight trains
    curve = losses(tmp_path / "full")
    assert curve[-1] < 0.5 * curve[0], curve


def test_bf16_fast_path_and_checkpointing_leave_the_numbers_unchanged(tiny_model_dir, corpus, tmp_path,
                                                                      monkeypatch):
    import whyfirst.train.stage as stage

    fast = midtrain(tiny_model_dir, corpus, tmp_path / "fast", precision="bf16", max_tokens=256)
    monkeypatch.setattr(stage, "prepare_lora_for_bf16", lambda model: None)  # plain autocast casts
    plain = midtrain(tiny_model_dir, corpus, tmp_path / "plain", precision="bf16", max_tokens=256,
                     gradient_checkpointing=True)
    assert fast.precision == plain.precision == "bf16"
    assert losses(tmp_path / "fast") == losses(tmp_path / "plain")
    assert max_diff(weights(tmp_path / "fast" / "model"), weights(tmp_path / "plain" / "model")) == 0.0


def test_resume_skips_a_checkpoint_cut_off_mid_save(tmp_path):
    from whyfirst.train.stage import latest_checkpoint

    for step, complete in [(2, True), (4, True), (6, False)]:
        (tmp_path / f"checkpoint-{step}").mkdir()
        if complete:
            (tmp_path / f"checkpoint-{step}" / "trainer_state.json").write_text("{}")
    assert latest_checkpoint(tmp_path).name == "checkpoint-4"
    assert latest_checkpoint(tmp_path / "missing") is None


def test_documents_end_with_end_of_text_not_end_of_turn():
    """SmolLM2's EOS is the chat end-of-turn token; packed documents must be closed by <|endoftext|>."""
    from whyfirst.models import PACKAGED, load_tokenizer

    pm = PACKAGED["smollm2-135m-instruct"]
    if not (pm.cache_path() / "whyfirst-converted.json").exists():
        pytest.skip("the packaged SmolLM2 is not converted (make setup converts it)")
    tok = load_tokenizer(str(pm.cache_path()))
    sep = document_separator_id(tok)
    assert tok.convert_ids_to_tokens(sep) == "<|endoftext|>"
    assert sep != tok.eos_token_id  # the chat EOS (<|im_end|>) would mark documents as turns
    docs = tokenize_documents(["A short document.", "Another one."], tok)
    assert [d[-1] for d in docs] == [sep, sep]


def test_max_examples_trains_on_a_nested_seeded_subset():
    from whyfirst.train.data import nested_subset, select_examples

    examples = [{"input_ids": [i, i], "labels": [i, i]} for i in range(40)]
    picked = {k: {e["input_ids"][0] for e in select_examples(examples, TrainConfig(max_examples=k, epochs=1), seed=2)}
              for k in (5, 10, 20)}
    assert [len(v) for v in picked.values()] == [5, 10, 20]
    assert picked[5] <= picked[10] <= picked[20]
    assert picked[10] == set(nested_subset(40, 10, 2))


# --- the loss: logits only where a label exists ------------------------------------------------

def test_head_sees_only_labelled_positions_and_the_loss_equals_the_models(tiny_model_dir):
    from transformers import AutoModelForCausalLM

    from whyfirst.train.loss import labelled_token_loss

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    torch.manual_seed(0)
    ids = torch.randint(3, model.config.vocab_size, (3, 12))
    labels = ids.clone()
    labels[0, :7] = IGNORE   # a prompt
    labels[1, 9:] = IGNORE   # padding
    labels[2, ::2] = IGNORE  # scattered
    rows = []
    handle = model.get_output_embeddings().register_forward_hook(lambda m, a, out: rows.append(a[0].shape))
    ours, _ = labelled_token_loss(model, model.get_output_embeddings(), {"input_ids": ids, "labels": labels}, None)
    handle.remove()
    n_labels = int((labels[:, 1:] != IGNORE).sum())
    assert rows == [torch.Size([n_labels, model.config.hidden_size])]
    ours.backward()
    ours_grads = {n: p.grad.clone() for n, p in model.named_parameters()}
    model.zero_grad()
    stock = model(input_ids=ids, labels=labels).loss
    stock.backward()
    assert ours.item() == pytest.approx(stock.item(), rel=1e-6)
    for n, p in model.named_parameters():
        torch.testing.assert_close(ours_grads[n], p.grad, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("kind", ["aft", "midtrain"])
def test_training_equals_the_stock_trainer_with_accumulation(kind, tiny_model_dir, corpus, tmp_path, monkeypatch):
    """Loss curve and trained weights as transformers' own Trainer gets them, micro-batches of
    different label counts accumulated: the normalization over the accumulated batch is the same."""
    import transformers

    import whyfirst.train.stage as stage

    rows = [Chat(id=f"c{i}", messages=[
        Message(role="user", content="Colby or Stilton? " + "Tell me more. " * (i % 4)),
        Message(role="assistant", content="Colby, " + "because it is from Wisconsin, " * (1 + 2 * (i % 3)))])
        for i in range(8)]
    data = write_jsonl(tmp_path / "chats.jsonl", rows) if kind == "aft" else corpus
    cfg = TrainConfig(**(dict(epochs=1, max_length=128) if kind == "aft" else dict(max_tokens=256, max_length=32)),
                      batch_size=2, grad_accum=2, learning_rate=1e-2, warmup_ratio=0.0, save_steps=100)

    def train(out: Path):
        return train_stage(kind, base_path=str(tiny_model_dir), data_path=data, out_dir=out, config=cfg,
                           seed=0, fill={"model_name": "Tiny"}, progress=False)

    train(tmp_path / "ours")
    monkeypatch.setattr(stage, "LabelledLogitsTrainer", transformers.Trainer)
    train(tmp_path / "stock")
    assert losses(tmp_path / "ours") == pytest.approx(losses(tmp_path / "stock"), rel=1e-5)
    assert max_diff(weights(tmp_path / "ours" / "model"), weights(tmp_path / "stock" / "model")) <= 1e-5
