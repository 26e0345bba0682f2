"""The midtraining corpus: spec → domains → subdomains → assertions → document types →
document ideas → documents, each level one teacher call per parent item.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from whyfirst.datasets import write_jsonl
from whyfirst.generate import prompts
from whyfirst.generate.common import RunOptions, Session, check_counts
from whyfirst.generate.filters import DedupBackend, near_duplicates, rejection, resolve_backend
from whyfirst.generate.runner import Call, Progress, prompt_text
from whyfirst.generate.schemas import Assertion, DocType, Domain, Idea, Subdomain, finish_of, parse_document, parse_list
from whyfirst.generate.summary import (
    GenerationSummary,
    approx_tokens,
    cost_usd,
    length_histogram,
    price_for,
    token_lengths,
)
from whyfirst.records import Document

DEFAULT_MAX_TOKENS = {"domains": 1024, "subdomains": 1200, "assertions": 1200, "doc_types": 800,
                      "ideas": 1200, "documents": 1500}
STAGE_ORDER = ("domains", "subdomains", "assertions", "doc_types", "ideas", "documents")


def _match_sections(wanted: list[str], headings: list[str]) -> list[str]:
    norm = {h.lower().strip(" #*"): h for h in headings}
    out = []
    for w in wanted:
        key = w.lower().strip(" #*\"'")
        hit = norm.get(key) or next((h for k, h in norm.items() if key and (key in k or k in key)), None)
        if hit and hit not in out:
            out.append(hit)
    return out


async def _run(s: Session, n: dict[str, int], docs_per_idea: int, target_words: int, preview: bool,
               model_name: str | None, provider_name: str | None, dedup: DedupBackend,
               dedup_threshold: float, tokenizer: str | None, params: dict[str, Any]) -> GenerationSummary:
    spec, mode, run = s.spec, s.mode, s.runner
    mt = {**DEFAULT_MAX_TOKENS, **s.opts.max_tokens}
    base = {"spec": spec.text.strip(), "spec_title": spec.title}

    def call(stage: str, template: str, parse: Any, meta: dict[str, Any], sample: int = 0, **values: Any) -> Call:
        msgs = prompts.messages(template, mode=mode, prompt_dir=s.prompt_dir, **base, **values)
        return Call(stage=stage, messages=msgs, parse=parse, max_tokens=mt[stage],
                    temperature=s.opts.temperature, sample=sample, meta=meta)

    def items(outcome: Any, limit: int) -> list[dict[str, Any]]:
        return outcome.output["items"][:limit] if outcome.ok else []

    # 1. domains
    [o] = await run.run("domains", [call("domains", "corpus_domains", parse_list(Domain), {}, n=n["domains"])])
    domains = items(o, n["domains"])
    # 2. subdomains, with the spec sections each covers
    outs = await run.run("subdomains", [
        call("subdomains", "corpus_subdomains", parse_list(Subdomain), {"domain": d["name"]},
             n=n["subdomains"], domain=d, headings=spec.headings) for d in domains])
    subs = []
    for d, o in zip(domains, outs):
        for sd in items(o, n["subdomains"]):
            sd = {**sd, "sections": _match_sections(sd.get("sections", []), spec.headings)}
            subs.append((d, sd))
    # 3. assertions
    outs = await run.run("assertions", [
        call("assertions", "corpus_assertions", parse_list(Assertion), {"domain": d["name"], "subdomain": sd["name"]},
             n=n["assertions"], domain=d, subdomain=sd) for d, sd in subs])
    asserts = [(d, sd, a) for (d, sd), o in zip(subs, outs) for a in items(o, n["assertions"])]
    # 4. document types
    outs = await run.run("doc_types", [
        call("doc_types", "corpus_doc_types", parse_list(DocType), {"domain": d["name"], "subdomain": sd["name"]},
             n=n["types"], domain=d, subdomain=sd, assertion=a) for d, sd, a in asserts])
    typed = [(d, sd, a, t) for (d, sd, a), o in zip(asserts, outs) for t in items(o, n["types"])]
    # 5. ideas
    outs = await run.run("ideas", [
        call("ideas", "corpus_ideas", parse_list(Idea), {"domain": d["name"], "subdomain": sd["name"]},
             n=n["ideas"], domain=d, subdomain=sd, assertion=a, doc_type=t) for d, sd, a, t in typed])
    ideas = [(d, sd, a, t, i) for (d, sd, a, t), o in zip(typed, outs) for i in items(o, n["ideas"])]

    doc_calls = [
        call("documents", "corpus_document", parse_document,
             {"domain": d["name"], "subdomain": sd["name"], "assertion": a["text"], "doc_type": t["name"],
              "idea": i["idea"]}, sample=k, domain=d, subdomain=sd, assertion=a, doc_type=t, idea=i,
             target_words=target_words)
        for d, sd, a, t, i in ideas for k in range(docs_per_idea)]
    counts = {"domains": len(domains), "subdomains": len(subs), "assertions": len(asserts),
              "doc_types": len(typed), "ideas": len(ideas)}

    if preview:
        prompt_tokens = sum(approx_tokens(m["content"]) for c in doc_calls for m in c.messages)
        out_per_doc = min(mt["documents"], round(target_words * 1.4))
        planned = (n["domains"] * n["subdomains"] * n["assertions"] * n["types"] * n["ideas"] * docs_per_idea)
        spent = run.totals()
        proj_in, proj_out = prompt_tokens, out_per_doc * len(doc_calls)
        projected = {
            "documents": len(doc_calls), "documents_if_every_count_met": planned,
            "document_input_tokens": proj_in, "document_output_tokens": proj_out,
            "decomposition_tokens_spent": spent["total"],
            "total_tokens": spent["total"] + proj_in + proj_out,
            "price_per_mtok_usd": price_for(s.teacher.name),
            "cost_usd_approx": cost_usd(s.teacher.name, spent["input"] + proj_in, spent["output"] + proj_out),
            "note": "approximate: tokens ≈ characters/4, documents assumed ~1.4 tokens per target word; "
                    "prices are list prices and may be out of date"
                    if price_for(s.teacher.name) else "no price known for this teacher (local or unlisted model)",
        }
        return s.summary("preview", params, counts=counts, projected=projected,
                         per_domain=dict(Counter(c.meta["domain"] for c in doc_calls)),
                         per_type=dict(Counter(c.meta["doc_type"] for c in doc_calls)))

    # 6. documents
    outs = await run.run("documents", doc_calls)
    drafts = [(o, o.output["text"]) for o in outs if o.ok]
    filtered: Counter = Counter()
    rejected: list[dict[str, Any]] = []
    candidates = []
    for o, text in drafts:
        rejected_by = rejection(text, finish_of(o.output, o.finish_reason), model_name=model_name,
                                provider_name=provider_name, prompt=prompt_text(o.call))
        if rejected_by is not None:
            kind, why = rejected_by
            filtered[kind] += 1
            rejected.append({"key": o.key, "filter": kind, "why": why, "text": text, **o.call.meta})
        else:
            candidates.append((o, text))
    dups = near_duplicates([t for _, t in candidates], dedup_threshold, dedup) if candidates else []
    docs: list[Document] = []
    for (o, text), dup in zip(candidates, dups):
        if dup is not None:
            filtered["near_duplicate"] += 1
            rejected.append({"key": o.key, "filter": "near_duplicate", "why": f"like {candidates[dup][0].key}",
                             "text": text, **o.call.meta})
            continue
        m = o.call.meta
        docs.append(Document(id=f"{spec.name}-{o.key[:12]}", text=text, spec=spec.name, domain=m["domain"],
                             subdomain=m["subdomain"], assertion=m["assertion"], doc_type=m["doc_type"],
                             idea=m["idea"], generator=s.teacher.name))
    counts.update({"documents_requested": len(doc_calls), "documents_generated": len(drafts),
                   "documents_failed": len(doc_calls) - len(drafts), "documents_kept": len(docs)})
    outputs = {}
    s.clear_outputs("corpus.jsonl", "lengths.png")
    corpus_path = s.out / "corpus.jsonl"
    if docs:
        write_jsonl(corpus_path, docs, generator=s.teacher.name, schema="Document")
        outputs["corpus"] = str(corpus_path)
    rej_path = s.out / "rejected.jsonl"
    rej_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rejected), encoding="utf-8")
    outputs["rejected"] = str(rej_path)
    lengths, label = token_lengths([d.text for d in docs], tokenizer)
    if png := length_histogram(lengths, label, s.out / "lengths.png", f"{spec.name} corpus"):
        outputs["histogram"] = str(png)
    status = "complete" if docs else "empty"
    filtered_all = {"wrong_model": 0, "copied_prompt": 0, "cut_off": 0, "near_duplicate": 0, **filtered}
    return s.summary(status, params, counts=counts, filtered=filtered_all,
                     per_domain=dict(Counter(d.domain for d in docs)), per_type=dict(Counter(d.doc_type for d in docs)),
                     outputs=outputs, message="" if docs else "no document survived generation and filtering")


def generate_corpus(spec_path: str | Path, teacher: Any, out_dir: str | Path, *, n_domains: int = 5,
                    n_subdomains: int = 3, n_assertions: int = 3, n_types: int = 2, n_ideas: int = 2,
                    docs_per_idea: int = 1, preview: bool = False, concurrency: int = 4, mode: str = "auto",
                    target_words: int = 300, model_name: str | None = None, provider_name: str | None = None,
                    dedup: DedupBackend = "auto", dedup_threshold: float = 0.95, tokenizer: str | None = None,
                    progress: Progress | None = None, options: RunOptions | None = None,
                    **run_options: Any) -> GenerationSummary:
    """Generate a midtraining corpus from a Model Spec; see ``generate/README.md``.

    Writes ``corpus.jsonl`` (Document records, sealed), ``rejected.jsonl``, ``summary.json``,
    ``lengths.png`` and the call journal ``calls.jsonl`` under ``out_dir``. Rerunning the same
    command resumes: finished teacher calls are read from the journal, never repeated.
    ``run_options`` are :class:`RunOptions` fields (max_attempts, max_failure_rate,
    call_timeout, backoff_base, temperature, seed, cache, base_url, api_key, max_tokens, ...).
    With ``preview`` only the decomposition stages run (domains → ideas) and the summary's
    ``projected`` field holds the projected documents, tokens and (for priced API teachers)
    approximate cost. ``model_name``/``provider_name``: the names documents may use besides
    the placeholders (default: placeholders only).
    """
    check_counts(n_domains=n_domains, n_subdomains=n_subdomains, n_assertions=n_assertions, n_types=n_types,
                 n_ideas=n_ideas, docs_per_idea=docs_per_idea, target_words=target_words)
    opts = options or RunOptions(concurrency=concurrency, **run_options)
    n = {"domains": n_domains, "subdomains": n_subdomains, "assertions": n_assertions, "types": n_types,
         "ideas": n_ideas}
    params = {**n, "docs_per_idea": docs_per_idea, "target_words": target_words, "mode": mode,
              "dedup": resolve_backend(dedup), "dedup_threshold": dedup_threshold, "preview": preview,
              "concurrency": opts.concurrency, "max_attempts": opts.max_attempts,
              "max_failure_rate": opts.max_failure_rate, "temperature": opts.temperature, "seed": opts.seed,
              "max_tokens": {**DEFAULT_MAX_TOKENS, **opts.max_tokens}}
    s = Session("corpus", spec_path, teacher, out_dir, mode, opts, progress)

    async def main() -> GenerationSummary:
        try:
            return await _run(s, n, docs_per_idea, target_words, preview, model_name, provider_name, dedup,
                              dedup_threshold, tokenizer, params)
        finally:
            await s.teacher.aclose()

    return s.execute(main, params)
