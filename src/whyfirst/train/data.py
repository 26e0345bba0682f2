"""Turn corpora and chats into the exact token stream a stage trains on.

Everything here is deterministic in (data, tokenizer, config, seed) and independent of the
number of processes, so a resumed or data-parallel run sees the same global batches as a
single uninterrupted one. Ordering is decided here, once; the Trainer then reads the list
sequentially (``train_sampling_strategy="sequential"``).

Midtraining packs documents, and attention is allowed to cross document boundaries inside a
packed sequence. That is the standard cheap choice (GPT-2/3, Llama pretraining, TRL's
``packing_strategy="wrapped"``) and acceptable here because every document ends with EOS, which
the model learns to treat as a context reset; MSM documents run to hundreds of tokens, about a
sequence each, so a packed sequence holds one or two boundaries; and a per-document mask would
need either varlen flash-attention (absent on CPU) or a dense 4-D mask that disables SDPA's
causal fast path. Position ids run on across boundaries for the same reason. The loss is on
every token, EOS included, so the model also learns where documents end.

Budgets: with ``max_tokens`` the stream holds exactly that many tokens (midtrain: whole
sequences, ``max_tokens // max_length`` of them); with ``epochs`` the count is rounded up to
whole global batches. A token budget that does not fill the last global batch leaves it short
in one process; with several processes accelerate tops the idle ranks up with repeats, which
``tokens_seen`` then counts.
"""

from __future__ import annotations

import logging
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import torch

from whyfirst.datasets import load_jsonl
from whyfirst.errors import InputError
from whyfirst.records import Chat, Document
from whyfirst.text import fill_placeholders
from whyfirst.train.config import StageKind, TrainConfig

IGNORE = -100
log = logging.getLogger(__name__)
_THINK = re.compile(r"<think>.*?</think>\s*", re.DOTALL)


class TokenDataset(torch.utils.data.Dataset):
    """Tokenized chats of varied length: ``{"input_ids": [...], "labels": [...]}``."""

    def __init__(self, examples: list[dict[str, list[int]]]) -> None:
        self.examples = examples

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, i: int) -> dict[str, list[int]]:
        return self.examples[i]

    @property
    def n_tokens(self) -> int:
        return sum(len(e["input_ids"]) for e in self.examples)


def nested_subset(n_total: int, k: int, seed: int) -> list[int]:
    """``k`` of the indices ``0..n_total-1``, seeded and nested: for the same ``seed`` and
    ``n_total``, every smaller subset is contained in every larger one.

    The indices are the first ``k`` of one seeded shuffle, in that order; it is the first pass
    of ``seeded_cycle(n_total, seed)``, so ``max_examples=k`` trains on the same
    chats that ``epochs=k/n_total`` would.
    """
    if not 0 <= k <= n_total:
        raise ValueError(f"k={k} must be between 0 and n_total={n_total}")
    order = list(range(n_total))
    random.Random(seed).shuffle(order)
    return order[:k]


def seeded_cycle(n: int, seed: int) -> Iterator[int]:
    """Indices 0..n-1 forever, reshuffled on every pass, so budgets above one epoch stay varied."""
    rng = random.Random(seed)
    while True:
        order = list(range(n))
        rng.shuffle(order)
        yield from order


# --- midtraining -------------------------------------------------------------------------

# Tokens that end a *document* in pretraining data. A chat model's EOS is often its
# end-of-turn token (SmolLM2: <|im_end|>), which would teach it that documents are turns.
DOCUMENT_SEPARATORS = ("<|endoftext|>", "</s>", "<|end_of_text|>", "<eos>")


def document_separator_id(tokenizer) -> int:
    """The id that separates packed documents: a known end-of-text token, else EOS."""
    vocab = tokenizer.get_vocab()
    for tok in DOCUMENT_SEPARATORS:
        if tok in vocab:
            return int(vocab[tok])
    if tokenizer.eos_token_id is None:
        raise InputError("the tokenizer has no EOS or end-of-text token",
                         fix="packing needs one to separate documents")
    return int(tokenizer.eos_token_id)


def tokenize_documents(texts: Sequence[str], tokenizer) -> list[list[int]]:
    sep = document_separator_id(tokenizer)
    ids = tokenizer(list(texts), add_special_tokens=False)["input_ids"]
    return [x + [sep] for x in ids]


def pack(docs: list[list[int]], n_seqs: int, length: int, seed: int) -> torch.Tensor:
    """Concatenate EOS-terminated documents in seeded order and cut ``n_seqs`` full rows."""
    need, parts, have = n_seqs * length, [], 0
    for i in seeded_cycle(len(docs), seed):
        if have >= need:
            break
        parts.append(torch.tensor(docs[i]))
        have += len(docs[i])
    # one int64 tensor, not Python lists: budgets of 1e8 tokens stay under a GB
    return torch.cat(parts)[:need].view(n_seqs, length)


class PackedDataset(torch.utils.data.Dataset):
    """Rows of a packed ``[n, max_length]`` token tensor; the labels are the inputs."""

    def __init__(self, rows: torch.Tensor) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return self.rows.shape[0]

    def __getitem__(self, i: int) -> dict[str, torch.Tensor]:
        return {"input_ids": self.rows[i]}

    @property
    def n_tokens(self) -> int:
        return self.rows.numel()


def whole_batches(n: int, global_batch: int) -> int:
    """Round an epoch-based count up to full global batches: the extra examples come from the
    next seeded pass, so no process is topped up with repeats (accelerate's even_batches)."""
    return math.ceil(n / global_batch) * global_batch


def n_packed_sequences(config: TrainConfig, corpus_tokens: int, global_batch: int = 1) -> int:
    if config.max_tokens is not None:
        n = config.max_tokens // config.max_length
        if n == 0:
            raise InputError(f"max_tokens={config.max_tokens} is below one sequence of max_length="
                             f"{config.max_length}", field="max_tokens", fix="raise max_tokens")
        return n
    return whole_batches(max(1, math.floor(config.epochs * corpus_tokens / config.max_length)), global_batch)


def midtrain_dataset(texts: Sequence[str], tokenizer, config: TrainConfig, seed: int,
                     global_batch: int = 1) -> PackedDataset:
    docs = tokenize_documents(texts, tokenizer)
    n = n_packed_sequences(config, sum(map(len, docs)), global_batch)
    return PackedDataset(pack(docs, n, config.max_length, seed))


# --- alignment fine-tuning ---------------------------------------------------------------

def strip_think(text: str) -> str:
    return _THINK.sub("", text)


def _render(tokenizer, messages: list[dict], generation_prompt: bool = False) -> str:
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=generation_prompt)


def assistant_spans(messages: list[dict], tokenizer) -> tuple[str, list[tuple[int, int]]]:
    """The rendered chat and the character spans that carry loss (assistant content + end-of-turn).

    Each span runs from the end of the generation prompt to the end of that turn's rendering,
    minus trailing whitespace, so ChatML's ``<|im_end|>`` is trained but the newline after it
    (markup shared with the next turn) is not.
    """
    text, spans = _render(tokenizer, messages), []
    for i, m in enumerate(messages):
        if m["role"] != "assistant":
            continue
        start = len(_render(tokenizer, messages[:i], generation_prompt=True)) if i else 0
        upto = _render(tokenizer, messages[:i + 1])
        if not text.startswith(upto):
            raise InputError("the chat template does not render a conversation's prefix as a prefix "
                             "of the whole", fix="use a template without per-turn rewriting")
        spans.append((start, start + len(upto[start:].rstrip())))
    return text, spans


def tokenize_chat(messages: list[dict], tokenizer, max_length: int) -> dict[str, list[int]]:
    text, spans = assistant_spans(messages, tokenizer)
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids = enc["input_ids"][:max_length]
    labels = [t if any(s <= a < e for s, e in spans) else IGNORE
              for t, (a, _) in zip(ids, enc["offset_mapping"])]
    return {"input_ids": ids, "labels": labels}


def training_messages(chat: Chat, fill: dict[str, str], keep_reasoning: bool) -> list[dict]:
    out = []
    for m in chat.messages:
        content = fill_placeholders(m.content, fill)
        if m.role == "assistant" and not keep_reasoning:
            content = strip_think(content)
        out.append({"role": m.role, "content": content})
    return out


def _has_loss(ex: dict) -> bool:
    return any(t != IGNORE for t in ex["labels"])


def select_examples(examples: list[dict], config: TrainConfig, seed: int, global_batch: int = 1) -> list[dict]:
    """The seeded stream of chats to train on: ``epochs`` passes, or exactly ``max_tokens`` tokens.

    A chat with no trainable token (its assistant turns cut off by ``max_length``) is dropped:
    a batch made only of such chats would divide the loss by zero.
    """
    if config.max_examples is not None:  # a nested subset: sweeps over its size stay comparable
        examples = [examples[i] for i in nested_subset(len(examples), min(config.max_examples, len(examples)), seed)]
    kept = [e for e in examples if _has_loss(e)]
    if len(kept) < len(examples):
        log.warning("%d of %d chats keep no assistant token within max_length=%d and are skipped",
                    len(examples) - len(kept), len(examples), config.max_length)
    examples = kept
    if not examples:
        raise InputError("no chat keeps an assistant token within max_length", field="max_length",
                         fix="raise max_length or shorten the prompts")
    stream = (examples[i] for i in seeded_cycle(len(examples), seed))
    if config.max_tokens is None:
        n = whole_batches(max(1, round(config.epochs * len(examples))), global_batch)
        return [next(stream) for _ in range(n)]
    return _fill_budget(stream, config.max_tokens, tries=len(examples))


def _fill_budget(stream: Iterator[dict], budget: int, tries: int) -> list[dict]:
    picked, total = [], 0
    while total < budget:
        ex = next(stream)
        if len(ex["input_ids"]) > budget - total:
            # cut the last chat so the budget is met exactly, using one that keeps a trained token
            ex = {k: v[:budget - total] for k, v in ex.items()}
            if not _has_loss(ex):
                tries -= 1
                if tries == 0:
                    break
                continue
        picked.append(ex)
        total += len(ex["input_ids"])
    return picked


def group_by_length(examples: list[dict], global_batch: int, seed: int, window: int = 32) -> list[dict]:
    """Sort within windows of ``window`` global batches, then shuffle whole batches (seeded).

    Batches are formed at the global-batch granularity, so every world size slices the same
    global batches; the longest batch goes first so memory problems surface at step one.
    """
    mega = global_batch * window
    batches = []
    for w in range(0, len(examples), mega):
        chunk = sorted(examples[w:w + mega], key=lambda e: -len(e["input_ids"]))
        batches += [chunk[b:b + global_batch] for b in range(0, len(chunk), global_batch)]
    longest = max(range(len(batches)), key=lambda b: len(batches[b][0]["input_ids"]))
    first, rest = batches[longest], batches[:longest] + batches[longest + 1:]
    random.Random(seed).shuffle(rest)
    return [e for b in [first, *rest] for e in b]


def aft_dataset(chats: list[Chat], tokenizer, config: TrainConfig, seed: int, fill: dict[str, str],
                global_batch: int) -> TokenDataset:
    if not getattr(tokenizer, "chat_template", None):
        raise InputError("the tokenizer has no chat template", fix="aft needs an instruct/chat model")
    examples = [tokenize_chat(training_messages(c, fill, config.keep_reasoning), tokenizer, config.max_length)
                for c in chats]
    picked = select_examples(examples, config, seed, global_batch)
    if config.group_by_length:
        picked = group_by_length(picked, global_batch, seed)
    return TokenDataset(picked)


# --- batching ----------------------------------------------------------------------------

@dataclass
class Collator:
    """Stack packed rows as they are; pad chats to the batch's longest (labels -100)."""

    pad_token_id: int
    padded: bool

    def __call__(self, batch: list[dict]) -> dict[str, torch.Tensor]:
        if not self.padded:
            ids = torch.stack([e["input_ids"] for e in batch])
            return {"input_ids": ids, "labels": ids.clone()}
        width = max(len(e["input_ids"]) for e in batch)
        out = {"input_ids": [], "labels": [], "attention_mask": []}
        for e in batch:
            gap = width - len(e["input_ids"])
            out["input_ids"].append(e["input_ids"] + [self.pad_token_id] * gap)
            out["labels"].append(e["labels"] + [IGNORE] * gap)
            out["attention_mask"].append([1] * len(e["input_ids"]) + [0] * gap)
        return {k: torch.tensor(v) for k, v in out.items()}


def build_dataset(kind: StageKind, data_path: Path, tokenizer, config: TrainConfig, seed: int,
                  fill: dict[str, str], global_batch: int) -> PackedDataset | TokenDataset:
    if kind == "midtrain":
        docs = load_jsonl(data_path, Document)
        return midtrain_dataset([fill_placeholders(d.text, fill) for d in docs], tokenizer, config, seed,
                                global_batch)
    return aft_dataset(load_jsonl(data_path, Chat), tokenizer, config, seed, fill, global_batch)
