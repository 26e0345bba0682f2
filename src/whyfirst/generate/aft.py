"""Alignment fine-tuning chats: spec → conversation domains → user queries (deduplicated by
embedding cosine) → responses in a chosen style → an LLM filter that keeps spec-aligned
responses → back-fill until ``n_conversations`` are kept (at most ``max_rounds`` rounds).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from whyfirst.datasets import write_jsonl
from whyfirst.errors import InputError
from whyfirst.generate import prompts
from whyfirst.generate.common import RunOptions, Session, check_counts
from whyfirst.generate.filters import DedupBackend, near_duplicates, rejection, resolve_backend
from whyfirst.generate.runner import Call, Progress, Runner, prompt_text
from whyfirst.generate.schemas import Domain, Query, finish_of, parse_list, parse_response, parse_verdict
from whyfirst.generate.summary import GenerationSummary, length_histogram, token_lengths
from whyfirst.generate.teacher import as_teacher
from whyfirst.records import Chat, Message

Style = Literal["value-explained", "rule-compliant"]
DEFAULT_MAX_TOKENS = {"aft_domains": 1024, "queries": 1500, "responses": 1200, "filter": 300}
MAX_ROUNDS_CAP = 10


def with_reasoning(reasoning: str, response: str) -> str:
    return f"<think>\n{reasoning.strip()}\n</think>\n\n{response.strip()}" if reasoning.strip() else response.strip()


async def _run(s: Session, judge_runner: Runner, *, n_conv: int, style: str, reasoning: bool, n_domains: int,
               per_domain: int, max_rounds: int, use_filter: bool, dedup: DedupBackend, dedup_threshold: float,
               model_name: str | None, provider_name: str | None, tokenizer: str | None,
               params: dict[str, Any]) -> GenerationSummary:
    spec, mode, run = s.spec, s.mode, s.runner
    mt = {**DEFAULT_MAX_TOKENS, **s.opts.max_tokens}
    base = {"spec": spec.text.strip(), "spec_title": spec.title}

    def call(stage: str, template: str, parse: Any, meta: dict[str, Any], temperature: float | None = None,
             **values: Any) -> Call:
        msgs = prompts.messages(template, mode=mode, prompt_dir=s.prompt_dir, **base, **values)
        return Call(stage=stage, messages=msgs, parse=parse, max_tokens=mt[stage],
                    temperature=s.opts.temperature if temperature is None else temperature, meta=meta)

    [o] = await run.run("aft_domains", [call("aft_domains", "aft_domains", parse_list(Domain), {}, n=n_domains)])
    domains = o.output["items"][:n_domains] if o.ok else []

    pool: list[tuple[str, str]] = []  # unique (query, domain) in a stable order
    seen_exact: set[str] = set()
    counts: Counter = Counter()

    async def more_queries(rnd: int) -> None:
        outs = await run.run("queries", [
            call("queries", "aft_queries", parse_list(Query), {"domain": d["name"]}, n=per_domain, domain=d,
                 round=rnd) for d in domains])
        fresh = []
        for d, o in zip(domains, outs):
            for q in (o.output["items"][:per_domain] if o.ok else []):
                text = q["text"].strip()
                counts["queries_generated"] += 1
                if text.lower() in seen_exact:
                    counts["queries_duplicate"] += 1
                    continue
                seen_exact.add(text.lower())
                fresh.append((text, d["name"]))
        dups = near_duplicates([q for q, _ in fresh], dedup_threshold, dedup, against=[q for q, _ in pool])
        for item, dup in zip(fresh, dups):
            if dup is None:
                pool.append(item)
            else:
                counts["queries_duplicate"] += 1

    kept: dict[str, dict[str, Any]] = {}
    answered: set[str] = set()
    filtered: Counter = Counter()
    rejected: list[dict[str, Any]] = []
    query_round = 0
    await more_queries(0)
    rounds = 0
    for _ in range(max_rounds):  # hard cap on back-fill rounds
        need = n_conv - len(kept)
        if need <= 0:
            break
        cands = [(q, d) for q, d in pool if q not in answered]
        if len(cands) < need and query_round + 1 < max_rounds:
            query_round += 1
            await more_queries(query_round)
            cands = [(q, d) for q, d in pool if q not in answered]
        batch = cands[:need]
        if not batch:
            break
        answered.update(q for q, _ in batch)
        rounds += 1
        outs = await run.run("responses", [
            call("responses", "aft_response", parse_response, {"domain": d, "query": q}, query=q, style=style,
                 reasoning=reasoning) for q, d in batch])
        answers = []
        for (q, d), o in zip(batch, outs):
            if not o.ok:
                continue
            counts["responses"] += 1
            resp = o.output["response"]
            rejected_by = rejection(resp, finish_of(o.output, o.finish_reason), model_name=model_name,
                                    provider_name=provider_name, prompt=prompt_text(o.call))
            if rejected_by is not None:
                kind, why = rejected_by
                filtered[kind] += 1
                rejected.append({"query": q, "filter": kind, "why": why, "response": resp})
                continue
            answers.append((q, d, o))
        if use_filter and answers:
            verdicts = await judge_runner.run("filter", [
                call("filter", "aft_filter", parse_verdict, {"query": q}, temperature=0.0, query=q,
                     response=o.output["response"], style=style) for q, _, o in answers])
        else:
            verdicts = [None] * len(answers)
        for (q, d, o), v in zip(answers, verdicts):
            if v is not None and (not v.ok or not v.output["aligned"]):
                kind = "not_aligned" if v.ok else "filter_failed"
                filtered[kind] += 1
                rejected.append({"query": q, "filter": kind, "why": (v.output or {}).get("reason", v.reason),
                                 "response": o.output["response"]})
                continue
            kept[q] = {"query": q, "domain": d, "key": o.key, **o.output}
    order = {q: i for i, (q, _) in enumerate(pool)}
    final = sorted(kept.values(), key=lambda r: order.get(r["query"], 0))[:n_conv]
    chats, chats_r = [], []
    for r in final:
        cid = f"{spec.name}-aft-{r['key'][:12]}"
        chats.append(Chat(id=cid, domain=r["domain"], generator=s.teacher.name,
                          messages=[Message(role="user", content=r["query"]),
                                    Message(role="assistant", content=r["response"].strip())]))
        if reasoning:
            chats_r.append(Chat(id=cid, domain=r["domain"], generator=s.teacher.name,
                                messages=[Message(role="user", content=r["query"]),
                                          Message(role="assistant",
                                                  content=with_reasoning(r.get("reasoning", ""), r["response"]))]))
    outputs = {}
    s.clear_outputs("aft.jsonl", "aft_reasoning.jsonl", "lengths.png")
    if chats:
        write_jsonl(s.out / "aft.jsonl", chats, generator=s.teacher.name, schema="Chat")
        outputs["aft"] = str(s.out / "aft.jsonl")
        if reasoning:
            write_jsonl(s.out / "aft_reasoning.jsonl", chats_r, generator=s.teacher.name, schema="Chat")
            outputs["aft_reasoning"] = str(s.out / "aft_reasoning.jsonl")
    rej = s.out / "rejected.jsonl"
    rej.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rejected), encoding="utf-8")
    outputs["rejected"] = str(rej)
    lengths, label = token_lengths([c.messages[-1].content for c in chats], tokenizer)
    if png := length_histogram(lengths, label, s.out / "lengths.png", f"{spec.name} AFT responses"):
        outputs["histogram"] = str(png)
    summ_counts = {"domains": len(domains), "queries_generated": counts["queries_generated"],
                   "queries_duplicate": counts["queries_duplicate"], "queries_unique": len(pool),
                   "queries_answered": len(answered), "responses": counts["responses"], "kept": len(final),
                   "target": n_conv, "shortfall": max(0, n_conv - len(final)), "rounds": rounds}
    status = "complete" if final else "empty"
    msg = "" if len(final) >= n_conv else (
        f"kept {len(final)} of {n_conv} conversations after {rounds} round(s); raise --max-rounds or use a "
        "stronger teacher" if final else "no conversation survived generation and filtering")
    # judge tokens are counted with the rest
    if judge_runner is not run:
        run.stats.update(judge_runner.stats)
        run.failures.extend(judge_runner.failures)
        run.teacher_calls += judge_runner.teacher_calls
    return s.summary(status, params, counts=summ_counts, per_domain=dict(Counter(c.domain for c in chats)),
                     filtered={"wrong_model": 0, "copied_prompt": 0, "cut_off": 0, "not_aligned": 0,
                               "filter_failed": 0, **filtered},
                     outputs=outputs, message=msg)


def generate_aft(spec_path: str | Path, teacher: Any, out_dir: str | Path, *, n_conversations: int,
                 style: Style = "value-explained", reasoning: bool = True, dedup_threshold: float = 0.9,
                 n_domains: int | None = None, queries_per_domain: int | None = None, max_rounds: int = 3,
                 filter: bool = True, judge: Any = None, concurrency: int = 4, mode: str = "auto",
                 dedup: DedupBackend = "auto", model_name: str | None = None, provider_name: str | None = None,
                 tokenizer: str | None = None, progress: Progress | None = None, options: RunOptions | None = None,
                 **run_options: Any) -> GenerationSummary:
    """Generate alignment fine-tuning chats from a Model Spec; see ``generate/README.md``.

    Writes ``aft.jsonl`` (Chat records without reasoning), ``aft_reasoning.jsonl`` (the
    assistant turn opens with ``<think>...</think>``; only with ``reasoning``),
    ``rejected.jsonl``, ``summary.json``, ``lengths.png`` and ``calls.jsonl``. ``judge``: the
    filter's teacher (default: the same teacher). Resumable like :func:`generate_corpus`.
    """
    check_counts(n_conversations=n_conversations, max_rounds=max_rounds)
    if style not in ("value-explained", "rule-compliant"):
        raise InputError(f"unknown style {style!r}", field="style", fix="use value-explained or rule-compliant")
    if max_rounds > MAX_ROUNDS_CAP:
        raise InputError(f"max_rounds must be at most {MAX_ROUNDS_CAP}", field="max_rounds")
    if not 0 < dedup_threshold <= 1:
        raise InputError(f"dedup_threshold must be in (0, 1], got {dedup_threshold}", field="dedup_threshold")
    n_domains = n_domains or max(2, min(20, math.ceil(n_conversations / 8)))
    per_domain = queries_per_domain or max(3, min(25, math.ceil(1.5 * n_conversations / n_domains)))
    check_counts(n_domains=n_domains, queries_per_domain=per_domain)
    opts = options or RunOptions(concurrency=concurrency, **run_options)
    params = {"n_conversations": n_conversations, "style": style, "reasoning": reasoning, "n_domains": n_domains,
              "queries_per_domain": per_domain, "max_rounds": max_rounds, "filter": filter,
              "dedup": resolve_backend(dedup), "dedup_threshold": dedup_threshold, "mode": mode,
              "concurrency": opts.concurrency, "max_attempts": opts.max_attempts,
              "max_failure_rate": opts.max_failure_rate, "temperature": opts.temperature, "seed": opts.seed,
              "max_tokens": {**DEFAULT_MAX_TOKENS, **opts.max_tokens}}
    s = Session("aft", spec_path, teacher, out_dir, mode, opts, progress)
    judge_teacher = None
    if judge is not None:
        try:
            judge_teacher = as_teacher(judge, base_url=opts.base_url, api_key=opts.api_key, cache=opts.cache)
            _ = judge_teacher.model
        except InputError:
            s.close()
            raise
        params["judge"] = judge_teacher.name
        judge_runner = Runner(judge_teacher, s.journal, concurrency=opts.concurrency,
                              max_attempts=opts.max_attempts, backoff_base=opts.backoff_base,
                              backoff_max=opts.backoff_max, call_timeout=opts.call_timeout,
                              max_failure_rate=opts.max_failure_rate, seed=opts.seed,
                              retry_failed=opts.retry_failed, progress=progress)
    else:
        judge_runner = s.runner

    async def main() -> GenerationSummary:
        try:
            return await _run(s, judge_runner, n_conv=n_conversations, style=style, reasoning=reasoning,
                              n_domains=n_domains, per_domain=per_domain, max_rounds=max_rounds,
                              use_filter=filter, dedup=dedup, dedup_threshold=dedup_threshold,
                              model_name=model_name, provider_name=provider_name, tokenizer=tokenizer,
                              params=params)
        finally:
            await s.teacher.aclose()
            if judge_teacher is not None:
                await judge_teacher.aclose()

    return s.execute(main, params)
