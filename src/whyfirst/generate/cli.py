"""Command line: ``whyfirst generate corpus|aft ...`` and ``whyfirst spec check FILE [FILE2]``.

The main CLI mounts ``generate_app`` and ``spec_app``; ``python -m whyfirst.generate.cli``
runs them standalone (``... generate corpus ...``, ``... spec check ...``).
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from whyfirst.errors import InputError

console = Console(stderr=True)
generate_app = typer.Typer(help="Generate a midtraining corpus or alignment fine-tuning chats from a Model Spec.",
                           no_args_is_help=True)
spec_app = typer.Typer(help="Check Model Specs.", no_args_is_help=True)


@spec_app.callback()
def _spec_group() -> None:
    """Check Model Specs (a group, so `spec check` keeps its name when mounted)."""


def _max_tokens(pairs: list[str]) -> dict[str, int]:
    out = {}
    for p in pairs:
        stage, _, n = p.partition("=")
        if not n.isdigit():
            raise InputError(f"--max-tokens {p!r} is not STAGE=N", field="max-tokens",
                             fix="e.g. --max-tokens documents=800")
        out[stage.strip()] = int(n)
    return out


@contextmanager
def _progress() -> Iterator:
    with Progress(TextColumn("[bold]{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=False) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _print_summary(s) -> None:  # noqa: ANN001 - GenerationSummary
    t = Table(title=f"{s.kind} from {s.spec} by {s.teacher}: {s.status}", show_header=False)
    for k, v in s.counts.items():
        t.add_row(k, str(v))
    for k, v in s.filtered.items():
        t.add_row(f"filtered: {k}", str(v))
    failed = sum(st.get("failed", 0) for st in s.stages.values())
    t.add_row("failed calls", str(failed))
    t.add_row("teacher calls (this run)", str(s.teacher_calls_this_run))
    t.add_row("tokens in / out", f"{s.tokens.get('input', 0):,} / {s.tokens.get('output', 0):,}")
    if s.cost_usd_approx is not None:
        t.add_row("cost so far (approx.)", f"${s.cost_usd_approx:,.2f}")
    t.add_row("wall time", f"{s.wall_s:.1f} s")
    if s.projected:
        p = s.projected
        t.add_row("[bold]projected documents", f"{p['documents']:,} (if every count were met: "
                                                f"{p['documents_if_every_count_met']:,})")
        t.add_row("[bold]projected tokens", f"{p['total_tokens']:,} (documents: {p['document_input_tokens']:,} in, "
                                             f"{p['document_output_tokens']:,} out)")
        cost = p.get("cost_usd_approx")
        t.add_row("[bold]projected cost", f"≈ ${cost:,.2f} (approximate list prices)" if cost is not None
                  else "unknown (no price for this teacher)")
    for k, v in s.outputs.items():
        t.add_row(k, v)
    console.print(t)
    if s.message:
        console.print(f"[yellow]{s.message}")


def _run(fn, **kwargs):  # noqa: ANN001, ANN202
    from whyfirst.generate.runner import StageFailed

    try:
        kwargs["max_tokens"] = _max_tokens(kwargs.get("max_tokens") or [])
        with _progress() as update:
            summary = fn(progress=update, **kwargs)
    except InputError as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    except StageFailed as e:
        console.print(f"[red]stopped:[/red] {e}")
        raise typer.Exit(1) from None
    _print_summary(summary)
    if summary.status == "empty":
        raise typer.Exit(1)
    return summary


_SPEC = typer.Option(..., "--spec", exists=False, help="the Model Spec (Markdown)")
_TEACHER = typer.Option(..., "--teacher", help="Inspect model name: anthropic/claude-..., openai/gpt-..., "
                        "openai-api/<service>/<model>, vllm/<model>, hf/<dir> (hf/default = packaged SmolLM2)")
_OUT = typer.Option(..., "--out", help="output folder (rerun the same command to resume)")


@generate_app.command("corpus")
def corpus_cmd(
    spec: Path = _SPEC, teacher: str = _TEACHER, out: Path = _OUT,
    preview: bool = typer.Option(False, help="run only domains → ideas, print projected documents/tokens/cost"),
    domains: int = typer.Option(5, help="domains"), subdomains: int = typer.Option(3, help="subdomains per domain"),
    assertions: int = typer.Option(3, help="assertions per subdomain"),
    types: int = typer.Option(2, help="document types per assertion"),
    ideas: int = typer.Option(2, help="ideas per document type"),
    docs_per_idea: int = typer.Option(1, help="documents per idea"),
    target_words: int = typer.Option(300, help="target document length in words"),
    mode: str = typer.Option("auto", help="auto | rules | values (rules: never invent reasons)"),
    concurrency: int = typer.Option(4, help="teacher calls in flight"),
    max_attempts: int = typer.Option(4, help="attempts per call (hard cap 10)"),
    max_failure_rate: float = typer.Option(0.2, help="stop a stage once more than this share of calls failed"),
    timeout: float = typer.Option(300.0, help="seconds per attempt"),
    temperature: float = typer.Option(1.0), seed: int = typer.Option(0),
    max_tokens: list[str] = typer.Option([], help="per stage, e.g. documents=800 (repeatable)"),
    base_url: Optional[str] = typer.Option(None, help="server URL for openai-api/vllm teachers"),
    cache: bool = typer.Option(True, help="use Inspect's response cache"),
    dedup: str = typer.Option("auto", help="near-duplicate backend: auto | minilm | ngram"),
    dedup_threshold: float = typer.Option(0.95, help="cosine at or above which a document is a near-duplicate"),
    model_name: Optional[str] = typer.Option(None, help="a name documents may use besides {model_name}"),
    provider_name: Optional[str] = typer.Option(None, help="a name documents may use besides {provider_name}"),
    tokenizer: Optional[str] = typer.Option(None, help="HF tokenizer dir for the length histogram"),
) -> None:
    """Generate a midtraining corpus: corpus.jsonl, summary.json, lengths.png, calls.jsonl."""
    from whyfirst.generate.corpus import generate_corpus

    _run(generate_corpus, spec_path=spec, teacher=teacher, out_dir=out, preview=preview, n_domains=domains,
         n_subdomains=subdomains, n_assertions=assertions, n_types=types, n_ideas=ideas,
         docs_per_idea=docs_per_idea, target_words=target_words, mode=mode, concurrency=concurrency,
         max_attempts=max_attempts, max_failure_rate=max_failure_rate, call_timeout=timeout,
         temperature=temperature, seed=seed, max_tokens=max_tokens, base_url=base_url,
         cache=cache, dedup=dedup, dedup_threshold=dedup_threshold, model_name=model_name,
         provider_name=provider_name, tokenizer=tokenizer)


@generate_app.command("aft")
def aft_cmd(
    spec: Path = _SPEC, teacher: str = _TEACHER, out: Path = _OUT,
    conversations: int = typer.Option(..., "--conversations", "-n", help="conversations to keep"),
    style: str = typer.Option("value-explained", help="value-explained | rule-compliant"),
    reasoning: bool = typer.Option(True, help="ask for a reasoning trace (also writes aft_reasoning.jsonl)"),
    domains: Optional[int] = typer.Option(None, help="conversation domains (default: from --conversations)"),
    queries_per_domain: Optional[int] = typer.Option(None),
    max_rounds: int = typer.Option(3, help="back-fill rounds at most (cap 10)"),
    filter: bool = typer.Option(True, help="keep only responses an LLM judge finds spec-aligned"),
    judge: Optional[str] = typer.Option(None, help="the filter's model (default: the teacher)"),
    mode: str = typer.Option("auto"), concurrency: int = typer.Option(4),
    max_attempts: int = typer.Option(4), max_failure_rate: float = typer.Option(0.2),
    timeout: float = typer.Option(300.0), temperature: float = typer.Option(1.0), seed: int = typer.Option(0),
    max_tokens: list[str] = typer.Option([], help="per stage, e.g. responses=600 (repeatable)"),
    base_url: Optional[str] = typer.Option(None), cache: bool = typer.Option(True),
    dedup: str = typer.Option("auto"), dedup_threshold: float = typer.Option(0.9),
    model_name: Optional[str] = typer.Option(None), provider_name: Optional[str] = typer.Option(None),
    tokenizer: Optional[str] = typer.Option(None),
) -> None:
    """Generate alignment fine-tuning chats: aft.jsonl (+ aft_reasoning.jsonl), summary.json."""
    from whyfirst.generate.aft import generate_aft

    _run(generate_aft, spec_path=spec, teacher=teacher, out_dir=out, n_conversations=conversations, style=style,
         reasoning=reasoning, n_domains=domains, queries_per_domain=queries_per_domain, max_rounds=max_rounds,
         filter=filter, judge=judge, mode=mode, concurrency=concurrency, max_attempts=max_attempts,
         max_failure_rate=max_failure_rate, call_timeout=timeout, temperature=temperature, seed=seed,
         max_tokens=max_tokens, base_url=base_url, cache=cache, dedup=dedup,
         dedup_threshold=dedup_threshold, model_name=model_name, provider_name=provider_name, tokenizer=tokenizer)


@spec_app.command("check")
def check_cmd(
    file: Path = typer.Argument(..., help="a Model Spec (Markdown)"),
    file2: Optional[Path] = typer.Argument(None, help="a second variant: are the two length-matched?"),
    tolerance: float = typer.Option(0.05, help="largest relative difference in words that still matches (MSM length-matched controls: 5%)"),
) -> None:
    """Validate a spec (placeholders, sections, UTF-8) and report its size; with two, compare lengths."""
    from whyfirst.spec import check_spec, compare_lengths

    try:
        reports = [check_spec(file)] + ([check_spec(file2)] if file2 else [])
        cmp = compare_lengths(file, file2, tolerance) if file2 else None
    except InputError as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    t = Table(title="Model Spec check")
    t.add_column("")
    for r in reports:
        t.add_column(Path(r.path).name)
    for field in ("title", "words", "tokens_approx", "sections", "placeholders", "mode"):
        t.add_row(field, *[", ".join(v) if isinstance(v := getattr(r, field), list) else str(v) for r in reports])
    Console().print(t)
    if cmp is not None:
        verdict = "[green]length-matched" if cmp.matched else "[red]NOT length-matched"
        Console().print(f"{verdict}: words differ by {cmp.relative_difference:.1%} (tolerance {tolerance:.0%})")
        if not cmp.matched:
            raise typer.Exit(1)
    from whyfirst.spec import audit_reasons, load_spec

    for f in [file] + ([file2] if file2 else []):
        a = audit_reasons(f.name, [s.body for s in load_spec(f).sections])
        Console().print(f"reason markers in {f.name}: {a.n_markers} ({a.per_1000_words:.1f} per 1,000 words)"
                        + (f" — {', '.join(f'{k} {v}' for k, v in a.top.items())}" if a.top else ""))


def _standalone() -> typer.Typer:
    app = typer.Typer(no_args_is_help=True)
    app.add_typer(generate_app, name="generate")
    app.add_typer(spec_app, name="spec")
    return app


if __name__ == "__main__":
    _standalone()()
