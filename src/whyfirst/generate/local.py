"""Answer a fixed prompt set with a local model: batched, KV-cached, seeded, resumable.

This is the generation backend of the ``generate_teacher_data`` stage (a trained arm's model
answers prompts whose filtered answers train the next model). :func:`answer_prompts` is
``transformers``' ``generate`` (which keeps a KV cache) over left-padded batches, with
stop strings and seeded sampling; see ``benchmarks/generate_throughput.py`` for its speed
beside a plain one-prompt-at-a-time ``generate`` loop. :func:`answer_prompts_inspect` sends
the same prompts through any Inspect model (``vllm/<dir>`` on a GPU, ``hf/<dir>``, a served
model), ``batch_size`` at a time, each with its own seed, into the same kind of journal.

Resumability: answers are appended to a journal (``answers.jsonl``), one JSON line per
prompt, flushed and fsynced after each batch. Batches are cut from the *full* prompt list
(ordered by prompt length, so a batch's rows need little padding), so a batch has the same
members, the same padding and the same per-batch seed on every run: a killed run resumes at
the first batch with an unanswered prompt, answers only those prompts, and gets what an
uninterrupted run would have got. A half-written last line (a kill mid-write) is ignored and
its prompt answered again; no prompt is ever journaled twice.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from whyfirst.runs import stable_hash


@dataclass(frozen=True)
class Prompt:
    id: str
    messages: list[dict[str, str]]  # chat messages ending with the user turn


@dataclass(frozen=True)
class SamplingConfig:
    max_new_tokens: int = 64
    temperature: float = 1.0  # 0: greedy
    top_p: float = 1.0
    batch_size: int = 32
    stop_strings: tuple[str, ...] = ()
    allowed: str | None = None  # "number_list": decode only digits, commas and spaces (and end the answer)


def read_journal(path: Path) -> dict[str, dict[str, Any]]:
    """Answered prompts by id; a damaged line (a kill mid-write) is skipped, to be answered again."""
    done: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8").split("\n"):  # lines are ASCII JSON: "\n" ends them
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and "id" in row and "answer" in row:
            done.setdefault(row["id"], row)
    return done


def _truncate_partial_line(path: Path) -> None:
    """Drop a trailing line without its newline, so appends start on a fresh line."""
    if not path.exists():
        return
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])


def cut_at_stop(text: str, stops: Iterable[str]) -> tuple[str, bool]:
    """``text`` up to the first stop string (excluded), and whether one was found."""
    cut = min((i for i in (text.find(s) for s in stops if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


def eos_ids(tokenizer) -> list[int]:
    """The tokens that end an answer: the tokenizer's EOS, and ChatML's end of turn when it has one."""
    ids = [tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else []
    end_of_turn = tokenizer.get_vocab().get("<|im_end|>")
    if end_of_turn is not None and end_of_turn not in ids:
        ids.append(end_of_turn)
    if not ids:
        raise ValueError("the tokenizer has no end-of-sequence token: answers could never end")
    return ids


def number_list_token_ids(tokenizer) -> list[int]:
    """The tokens that can only continue a comma-separated list of numbers: those that decode
    to nothing but ASCII digits, commas and spaces."""
    ok = re.compile(r"[0-9, ]+", re.ASCII)
    return [i for i in range(len(tokenizer)) if ok.fullmatch(tokenizer.decode([i]))]


def suppressed_ids(tokenizer, vocab_size: int, allowed: str | None, eos: list[int]) -> list[int] | None:
    """Every token id the model may not emit under ``allowed`` (None: no restriction)."""
    if allowed is None:
        return None
    if allowed != "number_list":
        raise ValueError(f"unknown token restriction {allowed!r} (known: number_list)")
    keep = set(number_list_token_ids(tokenizer)) | set(eos)
    return [i for i in range(max(vocab_size, len(tokenizer))) if i not in keep]


def _append(out, rows: list[dict[str, Any]]) -> None:
    # ASCII JSON: no raw U+2028 or NEL inside a line that a reader could take for a line break
    out.write("".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows))
    out.flush()
    os.fsync(out.fileno())


def answer_prompts_inspect(teacher, prompts: list[Prompt], journal: Path, config: SamplingConfig, *,
                           seed: int, progress: Callable[[int, int], None] | None = None
                           ) -> dict[str, dict[str, Any]]:
    """The same contract as :func:`answer_prompts` through an Inspect model: ``teacher`` is a
    :class:`whyfirst.generate.teacher.Teacher` (or anything it accepts: a model name, a Model)."""
    import asyncio

    from whyfirst.generate.teacher import as_teacher

    if config.allowed is not None:
        raise ValueError(f"an Inspect model cannot restrict its tokens to {config.allowed!r}: use the local backend")
    teacher = as_teacher(teacher, cache=False)  # the journal is the cache; Inspect's would replay old samples
    _truncate_partial_line(journal)
    done = read_journal(journal)
    todo = [p for p in prompts if p.id not in done]

    async def one(p: Prompt) -> dict[str, Any]:
        c = await teacher.complete(p.messages, max_tokens=config.max_new_tokens,
                                   temperature=config.temperature,
                                   seed=int(stable_hash({"seed": seed, "id": p.id}, n=7), 16))
        text, stopped = cut_at_stop(c.text, config.stop_strings)
        return {"id": p.id, "answer": text.strip(), "finish": "stop" if stopped else c.finish_reason,
                "new_tokens": c.output_tokens}

    async def run() -> None:
        with open(journal, "a", encoding="utf-8") as out:
            try:
                for i in range(0, len(todo), config.batch_size):
                    rows = await asyncio.gather(*(one(p) for p in todo[i: i + config.batch_size]))
                    _append(out, rows)
                    done.update({r["id"]: r for r in rows})
                    if progress:
                        progress(len(done), len(prompts))
            finally:
                await teacher.aclose()

    asyncio.run(run())
    return done


def answer_prompts(model, tokenizer, prompts: list[Prompt], journal: Path, config: SamplingConfig, *,
                   seed: int, progress: Callable[[int, int], None] | None = None) -> dict[str, dict[str, Any]]:
    """Answer every prompt not yet in ``journal``; returns all answers by prompt id."""
    import torch

    _truncate_partial_line(journal)
    done = read_journal(journal)
    ids = [p.id for p in prompts]
    if len(set(ids)) != len(ids):
        raise ValueError("prompt ids must be unique")
    tokenizer.padding_side = "left"  # generation continues from the right edge of every row
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    eos = eos_ids(tokenizer)
    rendered = {p.id: tokenizer.apply_chat_template(p.messages, tokenize=False, add_generation_prompt=True)
                for p in prompts}
    # prompts of similar length share a batch, so left padding wastes little of the prefill;
    # the order depends on the prompts alone, so batches stay the same across resumes
    token_ids = {i: tokenizer(t, add_special_tokens=False)["input_ids"] for i, t in rendered.items()}
    ordered = sorted(prompts, key=lambda p: len(token_ids[p.id]))  # stable: ties keep the given order
    batches = [ordered[i: i + config.batch_size] for i in range(0, len(ordered), config.batch_size)]
    # a constrained teacher still chooses among the allowed tokens by its own probabilities
    suppress = suppressed_ids(tokenizer, model.config.vocab_size, config.allowed, eos)
    device = next(model.parameters()).device
    answered = len(done)
    with open(journal, "a", encoding="utf-8") as out:
        for batch in batches:
            todo = [p for p in batch if p.id not in done]
            if not todo:
                continue
            # the whole batch, so padding and sampling match an unbroken run
            enc = tokenizer.pad({"input_ids": [token_ids[p.id] for p in batch]}, return_tensors="pt").to(device)
            # one seed per batch, from the run seed and the batch's members: resume-stable
            torch.manual_seed(int(stable_hash({"seed": seed, "ids": [p.id for p in batch]}, n=8), 16))
            sample = config.temperature > 0
            with torch.inference_mode():
                out_ids = model.generate(
                    **enc, max_new_tokens=config.max_new_tokens, do_sample=sample,
                    temperature=config.temperature if sample else None,
                    top_p=config.top_p if sample else None, top_k=0 if sample else None,
                    eos_token_id=eos, pad_token_id=tokenizer.pad_token_id,
                    stop_strings=list(config.stop_strings) or None, suppress_tokens=suppress,
                    tokenizer=tokenizer if config.stop_strings else None)
            new = out_ids[:, enc["input_ids"].shape[1]:]
            lines = []
            for p, row in zip(batch, new):
                if p.id in done:
                    continue
                ids_ = row.tolist()
                n_new = next((i for i, t in enumerate(ids_) if t in eos or t == tokenizer.pad_token_id),
                             len(ids_))
                text, stopped = cut_at_stop(tokenizer.decode(ids_[:n_new], skip_special_tokens=True),
                                            config.stop_strings)
                finish = "stop" if stopped or n_new < len(ids_) else "max_tokens"
                rec = {"id": p.id, "answer": text.strip(), "finish": finish, "new_tokens": n_new}
                done[p.id] = rec
                lines.append(rec)
            _append(out, lines)
            answered += len(lines)
            if progress:
                progress(answered, len(prompts))
    return done
