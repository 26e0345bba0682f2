"""The ``generate_teacher_data`` stage: a trained model answers a channel's prompts, a filter
keeps what may train a student, and the kept answers become chats.

Writes into its stage directory:

* ``answers.jsonl`` — the journal, one line per answered prompt (resumable: see ``local.py``);
* ``chats.jsonl`` (+ ``.meta.json``) — the kept answers as ``Chat`` records, the student's data;
* ``removed.jsonl`` — every dropped answer with the filter's reason.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from whyfirst.generate.channels import (SHIPPED_THEMES, ChannelConfig, assistant_turns, frame_filter,
                                        load_theme_terms, parse_numbers, spec_passages, theme_filter)


def generate_teacher_data(model_path: str, channel: ChannelConfig, out_dir: Path, *, seed: int,
                          teacher: str, embedder: Any = None, device: str | None = None,
                          progress: bool = True) -> dict[str, Any]:
    """Answer, filter and write the student's chats; returns the stage's result summary.

    ``teacher`` names the teacher (arm and stage key) in the chats' generator note. ``embedder``
    (a sentence-transformers-like object) replaces MiniLM in the theme filter.
    """
    import torch

    from whyfirst.datasets import write_jsonl
    from whyfirst.errors import InputError
    from whyfirst.generate.local import answer_prompts
    from whyfirst.models import load_causal_lm, load_tokenizer
    from whyfirst.precision import resolve_precision
    from whyfirst.records import Chat, Message
    from whyfirst.runs import write_text_atomic

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prompts = channel.make_prompts(seed)
    started = time.perf_counter()
    bar = _bar(len(prompts), f"generate ({channel.kind})") if progress else None
    tick = (lambda n, _t: bar.update(n - bar.n)) if bar else None
    journal = out_dir / "answers.jsonl"
    if channel.backend == "local":
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        tokenizer = load_tokenizer(model_path)
        model = load_causal_lm(model_path, resolve_precision("auto", device), device=device)
        answers = answer_prompts(model, tokenizer, prompts, journal, channel.sampling(), seed=seed, progress=tick)
        del model
    else:
        from whyfirst.generate.local import answer_prompts_inspect

        answers = answer_prompts_inspect(f"{channel.backend}/{model_path}", prompts, journal,
                                         channel.sampling(), seed=seed, progress=tick)
    if bar:
        bar.close()
    wall = time.perf_counter() - started

    rows = [(p, answers[p.id]) for p in prompts]
    if channel.kind == "numbers":
        well_formed = [parse_numbers(a["answer"]) is not None for _, a in rows]
        verdicts = [(ok, "" if ok else "not a list of ≤10 numbers of ≤3 digits") for ok in well_formed]
    else:
        terms = load_theme_terms(channel.themes_file or SHIPPED_THEMES, channel.themes) if channel.themes else []
        passages = spec_passages(channel.theme_specs)
        if passages and embedder is None:
            from whyfirst.embed import minilm

            embedder = minilm()
        found = theme_filter([a["answer"] for _, a in rows], terms=terms, theme_texts=passages,
                             cosine_max=channel.theme_cosine_max, embedder=embedder)
        if channel.frame_chats:  # only answers the theme filter kept: each removal keeps its first reason
            framed = frame_filter([a["answer"] for _, a in rows], frames=assistant_turns(channel.frame_chats),
                                  n=channel.frame_ngram)
            found = [f if t.keep else t for t, f in zip(found, framed)]
        verdicts = [(v.keep, v.reason) for v in found]
    kept, removed = [], []
    for (p, a), (keep, reason) in zip(rows, verdicts):
        if keep and not a["answer"].strip():
            keep, reason = False, "empty answer"
        if keep:
            kept.append(Chat(id=p.id, generator=f"teacher:{teacher}", domain=channel.kind,
                             messages=[Message(**m) for m in p.messages] +
                             [Message(role="assistant", content=a["answer"])]))
        else:
            removed.append({"id": p.id, "answer": a["answer"], "reason": reason})
    write_text_atomic(out_dir / "removed.jsonl", "".join(_json(r) + "\n" for r in removed))
    if len(kept) < channel.min_kept:
        why = Counter(_reason_kind(r["reason"]) for r in removed).most_common(3)
        raise InputError(f"only {len(kept)} of {len(prompts)} teacher answers passed the {channel.kind} "
                         f"filter (min_kept {channel.min_kept}); most common reasons: {why}",
                         path=out_dir / "removed.jsonl", field="channels.*.min_kept",
                         fix=("set constrain: number_list (the teacher then decodes only digits, commas "
                              "and spaces), or " if channel.kind == "numbers" and channel.constrain == "none"
                              else "") + "give the channel more prompts (n_prompts) or more new tokens, "
                             "or lower min_kept")
    sha = write_jsonl(out_dir / "chats.jsonl", kept, generator=f"teacher:{teacher}", schema="Chat")
    new_tokens = sum(a.get("new_tokens", 0) for _, a in rows)
    return {"channel": channel.kind, "prompts": len(prompts), "kept": len(kept), "removed": len(removed),
            "kept_share": round(len(kept) / len(prompts), 4),
            "removed_by_reason": dict(Counter(_reason_kind(r["reason"]) for r in removed)),
            "chats": str(out_dir / "chats.jsonl"), "chats_sha256": sha, "new_tokens": new_tokens,
            "generate_wall_s": round(wall, 2),
            "new_tokens_per_s": round(new_tokens / wall, 1) if wall > 0 else None,
            "constrain": channel.constrain, "finish": dict(Counter(a.get("finish", "?") for _, a in rows))}


def _reason_kind(reason: str) -> str:
    """``keyword: cheddar`` stays whole (which word matters); cosine reasons are grouped."""
    if reason.startswith("cosine"):
        return "cosine to the spec"
    return "shares a frame with the AFT chats" if reason.startswith("frame") else reason


def _json(row: dict) -> str:
    import json

    return json.dumps(row, ensure_ascii=False)


def _bar(total: int, desc: str):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="prompt", dynamic_ncols=True)
