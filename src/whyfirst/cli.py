"""The `whyfirst` command: each command is a thin call into one stage.

Exit codes: 0 ok, 1 failure, 2 bad input (a config, spec or dataset that needs fixing).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from whyfirst.errors import InputError

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

app = typer.Typer(help="Values-first alignment training: spec → generate → train → evaluate → report.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
console = Console(stderr=True)

RunsOpt = Annotated[Path, typer.Option("--runs", help="Folder that holds run outputs.",
                                       envvar="WHYFIRST_RUNS")]
DEFAULT_RUNS = Path("runs")


def _mount_optional() -> None:
    """Sub-apps from stage packages; a missing optional dependency must not break the CLI."""
    try:
        from whyfirst.generate.cli import generate_app, spec_app
    except ImportError as e:  # pragma: no cover - only when the generate stage cannot import
        console.print(f"[yellow]generate/spec commands unavailable: {e}[/]")
        return
    app.add_typer(generate_app, name="generate", help="Turn a spec into a corpus or AFT chats with a teacher model.")
    app.add_typer(spec_app, name="spec", help="Check Model Spec files.")


@app.command()
def run(experiment: Annotated[str, typer.Argument(help="Built-in name or YAML path.")] = "cheese",
        runs: RunsOpt = DEFAULT_RUNS,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the plan and estimates; run nothing.")] = False,
        recalibrate: Annotated[bool, typer.Option(
            "--recalibrate", help="Time a few training steps per stage kind and one scoring batch on this "
            "machine first, and keep the rates for later estimates (env WHYFIRST_PRECISION=fp32|bf16 "
            "overrides precision auto).")] = False,
        ) -> None:
    """Run (or resume) an experiment: train every arm, evaluate, analyze, write the report."""
    from whyfirst.config import load_experiment
    from whyfirst.pipeline import dry_run as plan_only
    from whyfirst.pipeline import run_experiment

    exp = load_experiment(experiment)
    if dry_run:
        plan_only(exp, runs, recalibrate=recalibrate)
        return
    path = run_experiment(exp, runs, recalibrate=recalibrate)
    typer.echo(str(path))


@app.command()
def report(experiment: Annotated[str, typer.Argument(help="Built-in name or YAML path of a finished run.")] = "cheese",
           runs: RunsOpt = DEFAULT_RUNS) -> None:
    """Rebuild report.html, summary.json and items.csv from a run's stored results."""
    from whyfirst.config import load_experiment
    from whyfirst.pipeline import make_plan, write_experiment_report

    plan = make_plan(load_experiment(experiment), runs)
    typer.echo(str(write_experiment_report(plan)))


@app.command()
def train(stage: Annotated[str, typer.Argument(help="midtrain or aft")],
          data: Annotated[Path, typer.Option(help="Document JSONL (midtrain) or Chat JSONL (aft).")],
          out: Annotated[Path, typer.Option(help="Output folder (resumes if it holds checkpoints).")],
          model: Annotated[str, typer.Option(help="default, a packaged name, or a local HF dir.")] = "default",
          seed: int = 0,
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="key=value (JSON value) training override; repeatable.")] = None,
          adapter: Annotated[Optional[Path], typer.Option(help="A LoRA adapter trained on --model to keep training (sets continue_adapter).")] = None,
          ) -> None:
    """Train one stage outside an experiment (see `whyfirst experiments --schema` for params)."""
    from whyfirst.models import resolve
    from whyfirst.train import train_stage
    from whyfirst.train.config import TrainConfig

    if stage not in ("midtrain", "aft"):
        raise InputError(f"unknown stage {stage!r}", field="stage", fix="use midtrain or aft")
    overrides = dict(_parse_param(p) for p in param or [])
    if adapter is not None:
        overrides["continue_adapter"] = True
    elif overrides.get("continue_adapter"):
        raise InputError("continue_adapter needs the adapter to continue", field="--param continue_adapter",
                         fix="add --adapter path/to/stage/adapter")
    try:
        config = TrainConfig.model_validate(overrides)
    except Exception as e:
        raise InputError(str(e), field="--param", fix="see `whyfirst experiments --schema`") from None
    m = resolve(model)
    result = train_stage(stage, base_path=m.path, data_path=data, out_dir=out, config=config, seed=seed,
                         fill={"model_name": m.model_name, "provider_name": m.provider_name}, adapter=adapter)
    typer.echo(result.model_dump_json(indent=2))


def _parse_param(p: str) -> tuple[str, object]:
    if "=" not in p:
        raise InputError(f"--param {p!r} is not key=value", field="--param", fix="e.g. -p learning_rate=1e-4")
    k, v = p.split("=", 1)
    try:
        return k, json.loads(v)
    except json.JSONDecodeError:
        return k, v


@app.command("eval")
def eval_(model: Annotated[str, typer.Option(help="default, a packaged name, or a local HF dir (--agentic: or an Inspect model name).")],
          suite: Annotated[Optional[list[Path]], typer.Option(help="Suite JSONL; repeatable.")] = None,
          out: Annotated[Optional[Path], typer.Option(help="Write ItemResult JSONL here (--agentic: a folder for logs and summary).")] = None,
          precision: str = "auto", batch_size: int = 16,
          agentic: Annotated[bool, typer.Option("--agentic", help="Run Agentic Misalignment (inspect-evals) instead of suites.")] = False,
          judge: Annotated[Optional[str], typer.Option(help="--agentic: Inspect model name of the grader (not the evaluated model).")] = None,
          scenario: Annotated[Optional[list[str]], typer.Option(help="--agentic: blackmail, leaking or murder; repeatable (default: all).")] = None,
          epochs: Annotated[int, typer.Option(help="--agentic: samples per condition.")] = 1,
          ) -> None:
    """Score a model on forced-choice suites and print P(target) per suite and split.

    With --agentic: run Agentic Misalignment (src/whyfirst/evaluate/AGENTIC.md)."""
    if agentic:
        _eval_agentic(model, suite, out, judge, scenario, epochs)
        return
    if not suite:
        raise InputError("no suite given", field="--suite", fix="pass --suite FILE.jsonl (or --agentic)")
    from whyfirst.evaluate import evaluate_model
    from whyfirst.models import resolve

    results = evaluate_model(resolve(model).path, suite, precision=precision, batch_size=batch_size)
    if out:
        out.write_text("".join(r.model_dump_json() + "\n" for r in results))
    table = Table("suite", "split", "items", "mean P(target)")
    groups: dict[tuple[str, str], list[float]] = {}
    for r in results:
        groups.setdefault((r.suite, r.split), []).append(r.p_target)
    for (s, sp), vals in sorted(groups.items()):
        table.add_row(s, sp, str(len(vals)), f"{sum(vals) / len(vals):.3f}")
    Console().print(table)


def _eval_agentic(model: str, suite: Optional[list[Path]], out: Optional[Path], judge: Optional[str],
                  scenario: Optional[list[str]], epochs: int) -> None:
    from whyfirst.evaluate.agentic import AgenticConfig, run_agentic

    if suite:
        raise InputError("--suite cannot be combined with --agentic", field="--suite", fix="run them separately")
    if not judge:
        raise InputError("--agentic needs a judge model", field="--judge", fix="e.g. --judge anthropic/claude-sonnet-4-5")
    if out is None:
        raise InputError("--agentic needs an output folder", field="--out", fix="e.g. --out runs/agentic")
    try:
        cfg = AgenticConfig(judge=judge, epochs=epochs, **({"scenarios": scenario} if scenario else {}))
    except Exception as e:
        raise InputError(str(e), field="--agentic", fix="see `whyfirst eval --help`") from None
    result = run_agentic(model, cfg, out / "logs")
    out.mkdir(parents=True, exist_ok=True)
    (out / "agentic_summary.json").write_text(json.dumps(result.to_dict(), indent=2) + "\n")
    table = Table("scenario", "samples", "misaligned", "rate [95% CI]", "errors")
    for s in result.scenarios:
        rate = "-" if s.rate is None else f"{s.rate:.3f} [{s.ci_low:.3f}, {s.ci_high:.3f}]"
        table.add_row(s.name, str(s.n), str(s.misaligned), rate, str(s.errors))
    Console().print(table)
    for line in result.failed_logs:
        console.print(f"[yellow]did not finish: {line}[/]")
    typer.echo(str(out / "agentic_summary.json"))


@app.command()
def experiments(schema: Annotated[bool, typer.Option("--schema", help="Print the JSON schema of experiment configs.")] = False) -> None:
    """List built-in experiments."""
    from whyfirst.config import builtin_experiments, load_experiment, schema_help

    if schema:
        typer.echo(json.dumps(schema_help(), indent=2))
        return
    table = Table("name", "arms", "seeds", "question", "file")
    for name, path in builtin_experiments().items():
        exp = load_experiment(path)
        table.add_row(name, ", ".join(exp.arms), str(exp.seeds), exp.question, str(path))
    Console().print(table)


@app.command()
def models(convert: Annotated[bool, typer.Option("--convert", help="Convert the default model now.")] = False) -> None:
    """List packaged models and where their converted copies are cached."""
    from whyfirst.models import available, cache_dir, resolve

    if convert:
        resolve("default")
    table = Table("name", "aliases", "installed", "cached", "description")
    for row in available():
        table.add_row(*row.values())
    Console().print(table)
    Console().print(f"cache: {cache_dir()} (set WHYFIRST_CACHE to move it)")


data_app = typer.Typer(help="Shipped and generated JSONL datasets.", no_args_is_help=True)
app.add_typer(data_app, name="data")


@data_app.command("seal")
def data_seal(paths: list[Path], generator: str = "authored",
              schema: Annotated[str, typer.Option(help="Document, Chat or SuiteItem.")] = "auto") -> None:
    """Validate JSONL files and (re)write their .meta.json sidecars (schema, generator, sha256)."""
    from whyfirst.datasets import load_jsonl, meta_path, seal
    from whyfirst.records import Chat, Document, SuiteItem

    kinds = {"Document": Document, "Chat": Chat, "SuiteItem": SuiteItem}
    for p in paths:
        name = schema if schema != "auto" else _guess_schema(p)
        meta_path(p).unlink(missing_ok=True)
        load_jsonl(p, kinds[name])
        typer.echo(f"{p}: {name} sha256={seal(p, generator=generator, schema=name)[:16]}")


def _guess_schema(path: Path) -> str:
    first = json.loads(path.open(encoding="utf-8").readline())
    return "Chat" if "messages" in first else "SuiteItem" if "options" in first else "Document"


_mount_optional()


def main() -> None:
    try:
        app(standalone_mode=False)
    except InputError as e:
        console.print(f"[bold red]error:[/] {e}")
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        console.print("[yellow]interrupted: finished stages are kept; run the same command to resume[/]")
        sys.exit(130)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except SystemExit:
        raise
    except Exception as e:  # click usage errors carry their own exit code (2)
        import click

        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(e.exit_code)
        raise


if __name__ == "__main__":
    main()
