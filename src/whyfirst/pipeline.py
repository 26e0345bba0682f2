"""An experiment, top to bottom: plan → train each arm's stages → evaluate → analyze → report.

Every stage and every evaluation is content-addressed (see ``runs.py``): planning computes
each key from the config and the data's hashes, so a re-run finds finished work by key and
an interrupted one resumes where it stopped.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from whyfirst.config import Experiment, Stage
from whyfirst.costmodel import (REFERENCE_PARAMS, SECONDS_PER_EVAL_TOKEN,  # noqa: F401 (re-exported)
                                SECONDS_PER_TRAIN_TOKEN, Rates, _approx_tokens, calibrate,
                                should_autocalibrate)
from whyfirst.datasets import file_sha256
from whyfirst.models import ResolvedModel, resolve
from whyfirst.precision import resolve_precision
from whyfirst.runs import STAGE_CODE_VERSION, RunStore, StageDir, stable_hash, stage_key, write_json_atomic

console = Console(stderr=True)

@dataclass
class PlannedGeneration:
    """generate_teacher_data: ``teacher``'s final model answers channel ``channel``'s prompts."""

    teacher: str
    seed: int
    channel: str
    dir: StageDir
    model_path: str
    new_tokens: int
    seconds: float
    source: "PlannedStage | None" = None  # the stage that made the teacher's model (None: the base)

    @property
    def chats_path(self) -> Path:
        return self.dir.path / "chats.jsonl"


@dataclass
class PlannedStage:
    arm: str
    seed: int
    index: int
    stage: Stage
    dir: StageDir
    parent_model: str  # where this stage starts: a model path or the previous stage's model dir
    tokens: int
    seconds: float
    data_path: Path | None = None  # the training data (a generation's chats for a teacher stage)
    generation: PlannedGeneration | None = None  # made before this stage trains
    parent: "PlannedStage | None" = None  # the stage whose model this one starts from (None: the base)

    @property
    def label(self) -> str:
        return f"{self.arm}[{self.index}] {self.stage.stage}:{self.stage.data}"


@dataclass
class PlannedEval:
    arm: str
    seed: int
    model_path: str
    dir: StageDir
    tokens: int
    seconds: float
    suites: list = field(default_factory=list)  # the SuiteRefs this arm is measured on
    source: "PlannedStage | None" = None  # the stage that made the model (None: the base)


@dataclass
class Plan:
    experiment: Experiment
    model: ResolvedModel
    store: RunStore
    stages: list[PlannedStage] = field(default_factory=list)  # unique by key, in run order
    generations: list[PlannedGeneration] = field(default_factory=list)  # each before its student
    evals: list[PlannedEval] = field(default_factory=list)
    arm_models: dict[tuple[str, int], str] = field(default_factory=dict)
    arm_chains: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    rates: Rates = field(default_factory=Rates)  # where the estimates' seconds come from

    def todo_seconds(self) -> float:
        return (sum(s.seconds for s in self.stages if not s.dir.done)
                + sum(g.seconds for g in self.generations if not g.dir.done)
                + sum(e.seconds for e in self.evals if not e.dir.done))


def make_plan(exp: Experiment, runs_root: Path, *, convert_model: bool = True,
              rates: Rates | None = None) -> Plan:
    """Resolve every arm × seed into content-addressed stage and eval directories.

    Time estimates use ``rates`` (default: this machine's cached calibration, else the
    reference CPU's; see ``costmodel``).
    """
    model = resolve(exp.model, model_name=exp.model_name, provider_name=exp.provider_name,
                    convert=convert_model)
    plan = Plan(exp, model, RunStore(runs_root, exp.name))
    fill = {"model_name": model.model_name, "provider_name": model.provider_name}
    data_sha = {p: file_sha256(p) for p in exp.all_data_paths()}
    seen: dict[str, PlannedStage] = {}
    gens: dict[str, PlannedGeneration] = {}
    for seed in exp.seeds:
        final: dict[str, tuple] = {}  # arm -> (its model's key, its model's path, the stage that made it)
        for arm, stages in exp.arms.items():
            parent_key, parent_model, chain = model.fingerprint, model.path, []
            parent: PlannedStage | None = None
            for i, st in enumerate(stages):
                cfg = exp.stage_config(st)
                gen = None
                if st.teacher is not None:  # data made by the run: keyed by what makes it
                    gen = _plan_generation(plan, st, seed, *final[st.teacher], data_sha, gens)
                    data_path, sha = gen.chats_path, gen.dir.key
                else:
                    data_path = exp.data_path(st)
                    sha = data_sha[data_path]
                # `auto` enters the key as what it resolves to here: bf16 and fp32 results differ
                key = stage_key(st.stage, {**cfg.model_dump(), "precision": resolve_precision(cfg.precision),
                                           "fill": fill}, sha, parent_key, seed)
                if key not in seen:
                    tokens = cfg.max_tokens or int((_generated_tokens(exp, st) if gen else
                                                    _approx_tokens(data_path)) * cfg.epochs)
                    info = {"arm_first_seen": arm, "stage": st.model_dump(), "config": cfg.model_dump(),
                            "data": str(data_path), "data_sha256": sha,
                            "parent": parent_key, "seed": seed, "model": model.fingerprint, "fill": fill}
                    seen[key] = PlannedStage(arm, seed, i, st, plan.store.stage(st.stage, key, info),
                                             parent_model, tokens, 0.0, data_path, gen, parent)
                    plan.stages.append(seen[key])
                parent_key, parent_model, parent = key, str(seen[key].dir.path / "model"), seen[key]
                chain.append(key)
            final[arm] = (parent_key, parent_model, parent)
            plan.arm_models[(arm, seed)] = parent_model
            plan.arm_chains[(arm, seed)] = chain
            plan.evals.append(_plan_eval(plan, arm, seed, parent_key, parent_model, data_sha, parent))
    apply_rates(plan, rates or Rates.for_model(model))
    return plan


# a file whose content hash enters the key instead of its path, or a pass/fail threshold
# (batch_size stays: the local backend seeds and pads per batch, so it changes the samples)
_CHANNEL_NOT_KEYED = {"prompts", "themes_file", "theme_specs", "min_kept"}


def _plan_generation(plan: Plan, st: Stage, seed: int, teacher_key: str, teacher_model: str,
                     source: "PlannedStage | None", data_sha: dict[Path, str],
                     gens: dict[str, PlannedGeneration]) -> PlannedGeneration:
    from whyfirst.runs import generation_key

    exp = plan.experiment
    channel = exp.channels[st.data]
    files = {str(p): data_sha[p] for p in channel.files()}
    keyed = {**channel.model_dump(mode="json", exclude=_CHANNEL_NOT_KEYED),
             "precision": resolve_precision("auto")}
    key = generation_key(keyed, files, teacher_key, seed)
    if key not in gens:
        info = {"teacher": st.teacher, "channel": st.data, "config": channel.model_dump(mode="json"),
                "files": files, "parent": teacher_key, "seed": seed, "model_path": teacher_model}
        n = len(channel.make_prompts(seed))
        gens[key] = PlannedGeneration(st.teacher, seed, st.data, plan.store.stage("generate", key, info),
                                      teacher_model, n * channel.max_new_tokens, 0.0, source)
        plan.generations.append(gens[key])
    return gens[key]


def _generated_tokens(exp: Experiment, st: Stage) -> int:
    """A teacher stage's training tokens before its data exists: every prompt kept, with a
    full-length answer (an upper bound; the filter drops some)."""
    channel = exp.channels[st.data]
    prompts = channel.make_prompts(0)
    prompt_tokens = sum(len(m["content"]) for p in prompts for m in p.messages) / 4 + 12 * len(prompts)
    return int(prompt_tokens + len(prompts) * channel.max_new_tokens)


def apply_rates(plan: Plan, rates: Rates) -> None:
    """(Re)compute every stage's and evaluation's estimated seconds, in the precision each will
    actually run in (``whyfirst.precision.resolve_precision``)."""
    rates.used.clear()
    exp = plan.experiment
    for s in plan.stages:
        cfg = exp.stage_config(s.stage)
        s.seconds = rates.train_seconds(s.stage.stage, cfg.method,
                                        resolve_precision(cfg.precision), s.tokens)
    gen_precision = resolve_precision("auto")  # what generate_teacher_data loads the teacher in
    for g in plan.generations:
        g.seconds = rates.generate_seconds(g.new_tokens, exp.channels[g.channel].kind, gen_precision)
    eval_precision = resolve_precision(exp.evaluation.precision)
    for e in plan.evals:
        e.seconds = rates.eval_seconds(eval_precision, e.tokens)
    plan.rates = rates


def calibrate_plan(plan: Plan) -> Path:
    """Time a few training steps per stage kind and one scoring batch on this machine, cache
    the rates (``costmodel.calibrate``) and re-estimate the plan with them."""
    console.rule("[bold]calibrating this machine[/]")
    path = calibrate(plan.experiment, plan.model, say=lambda m: console.print(f"[dim]{m}[/]"))
    apply_rates(plan, Rates.for_model(plan.model))
    console.print(f"[dim]rates saved in {path}[/]")
    return path


def dry_run(exp: Experiment, runs_root: Path, *, recalibrate: bool = False) -> Plan:
    """The plan and its estimate; with ``recalibrate`` the machine is timed first (trains a
    few steps), otherwise nothing is trained and the model is not even converted."""
    if recalibrate:
        quiet_library_bars()  # before the plan, which converts a packaged model here
    plan = make_plan(exp, runs_root, convert_model=recalibrate)
    if recalibrate:
        calibrate_plan(plan)
    print_plan(plan)
    return plan


def _plan_eval(plan: Plan, arm: str, seed: int, model_key: str, model_path: str,
               data_sha: dict[Path, str], source: "PlannedStage | None" = None) -> PlannedEval:
    exp = plan.experiment
    refs = exp.suites_of(arm)
    suites = {s.name: data_sha[s.path] for s in refs}
    settings = {k: v for k, v in exp.evaluation.model_dump().items() if k != "batch_size"}  # speed only
    settings["precision"] = resolve_precision(exp.evaluation.precision)
    key = stable_hash({"model": model_key, "suites": suites, "evaluation": settings,
                       "code": STAGE_CODE_VERSION["eval"]})
    info = {"arm": arm, "seed": seed, "model_path": model_path, "suites": suites}
    tokens = sum(_approx_tokens(s.path) for s in refs)
    return PlannedEval(arm, seed, model_path, plan.store.stage("eval", key, info), tokens, 0.0, refs, source)


def _model_of(plan: Plan, source: "PlannedStage | None", fallback: str) -> str:
    """Where a stage's model is now (another experiment may have finished it since planning)."""
    if source is None:
        return fallback
    source.dir = _current(plan, source.dir)
    return str(source.dir.path / "model")


def _current(plan: Plan, d: StageDir) -> StageDir:
    """``d``, or, if it is not finished, the same key finished meanwhile by another experiment."""
    return d if d.done else plan.store.stage(d.kind, d.key, d.info)


def _status(plan: Plan, d: StageDir) -> str:
    if not d.done:
        return "to run"
    return "cached" if plan.store.owns(d) else f"cached ({d.path.parent.parent.name})"


def print_plan(plan: Plan) -> None:
    table = Table(title=f"Plan for '{plan.experiment.name}' on {plan.model.ref} "
                  f"({plan.model.fingerprint})", show_lines=False)
    for col in ("step", "arm", "seed", "status", "tokens", "est. time"):
        table.add_column(col)
    for s in plan.stages:
        if s.generation is not None:
            g = s.generation
            table.add_row(f"generate:{g.channel}", g.teacher, str(g.seed), _status(plan, g.dir),
                          f"≤{g.new_tokens:,} new", _fmt_s(g.seconds))
        table.add_row(f"{s.stage.stage}:{s.stage.data}", s.arm, str(s.seed),
                      _status(plan, s.dir), f"{s.tokens:,}", _fmt_s(s.seconds))
    for e in plan.evals:
        table.add_row("evaluate", e.arm, str(e.seed), _status(plan, e.dir),
                      f"{e.tokens:,}", _fmt_s(e.seconds))
    console.print(table)
    console.print(f"Estimated time for what is left: [bold]{_fmt_s(plan.todo_seconds())}[/]")
    console.print(f"[dim]Rates: {plan.rates.describe()}[/]", highlight=False)


def _fmt_s(s: float) -> str:
    return f"{s / 60:.1f} min" if s >= 90 else f"{s:.0f} s"


def run_planned_stage(plan: Plan, s: PlannedStage) -> dict[str, Any]:
    from whyfirst.train import train_stage

    s.dir = _current(plan, s.dir)
    if s.dir.done:  # no lock needed (nor created) to read a finished stage
        return s.dir.manifest()
    if s.generation is not None:
        run_generation(plan, s.generation)
    with s.dir.lock():
        if s.dir.done:
            return s.dir.manifest()
        console.rule(f"[bold]{s.label}[/] seed {s.seed}")
        started = time.time()
        config = plan.experiment.stage_config(s.stage)
        base, adapter = _adapter_start(plan, s) if config.continue_adapter else (
            _model_of(plan, s.parent, s.parent_model), None)
        result = train_stage(s.stage.stage, base_path=base, adapter=adapter,
                             data_path=s.data_path or plan.experiment.data_path(s.stage), out_dir=s.dir.path,
                             config=config, seed=s.seed, fill=s.dir.info["fill"])
        return s.dir.finish(result.model_dump(mode="json"), started)


def _adapter_start(plan: Plan, s: PlannedStage) -> tuple[str, Path]:
    """(base, adapter) for a continue_adapter stage: the previous stage's adapter, on the model
    the chain of continued stages started from (so a second continued stage does not apply
    the first adapter twice)."""
    assert s.parent is not None  # the config check requires a LoRA stage before this one
    first = s.parent
    while first.parent is not None and plan.experiment.stage_config(first.stage).continue_adapter:
        first = first.parent
    return _model_of(plan, first.parent, first.parent_model), _current(plan, s.parent.dir).path / "adapter"


def run_generation(plan: Plan, g: PlannedGeneration) -> dict[str, Any]:
    """generate_teacher_data, content-addressed like every stage: a finished one is read back, an
    interrupted one resumes from its answer journal without answering any prompt twice."""
    from whyfirst.generate.teacher_data import generate_teacher_data

    g.dir = _current(plan, g.dir)
    if g.dir.done:
        return g.dir.manifest()
    with g.dir.lock():
        if g.dir.done:
            return g.dir.manifest()
        console.rule(f"[bold]generate:{g.channel}[/] teacher {g.teacher} seed {g.seed}")
        started = time.time()
        fresh = not (g.dir.path / "answers.jsonl").exists()  # a resumed stage's time covers only part
        result = generate_teacher_data(_model_of(plan, g.source, g.model_path),
                                       plan.experiment.channels[g.channel], g.dir.path,
                                       seed=g.seed, teacher=f"{g.teacher}/{g.dir.key}")
        console.print(f"[dim]kept {result['kept']} of {result['prompts']} answers "
                      f"({result['kept_share']:.0%}); removed: {result['removed_by_reason'] or 'none'}[/]",
                      highlight=False)
        if fresh:
            from whyfirst.costmodel import record_generation_rate

            record_generation_rate(plan.model.fingerprint, plan.experiment.channels[g.channel].kind,
                                   resolve_precision("auto"), g.new_tokens, result["generate_wall_s"],
                                   result["new_tokens"])
        return g.dir.finish(result, started)


def run_eval(plan: Plan, e: PlannedEval) -> list:
    from whyfirst.evaluate import evaluate_model
    from whyfirst.records import ItemResult

    from whyfirst.runs import write_text_atomic

    def stored_results() -> list | None:
        manifest = e.dir.read_manifest()  # None when absent or damaged: evaluate (again)
        return _stored_results(e.dir.path / "results.jsonl", manifest) if manifest is not None else None

    e.dir = _current(plan, e.dir)
    if e.dir.done and (stored := stored_results()) is not None:
        return stored  # read without a lock: nothing is written beside a finished evaluation
    with e.dir.lock():
        results_path = e.dir.path / "results.jsonl"
        if (stored := stored_results()) is not None:
            return stored
        console.rule(f"[bold]evaluate {e.arm}[/] seed {e.seed}")
        started = time.time()
        ev = plan.experiment.evaluation
        model_path = _model_of(plan, e.source, e.model_path)
        results = []
        for group in _unique_stems(e.suites or plan.experiment.suites):
            scored = evaluate_model(model_path, [s.path for s in group], precision=ev.precision,
                                    batch_size=ev.batch_size, length_normalize=ev.length_normalize)
            by_stem = {s.path.stem: s.name for s in group}  # results carry the file's stem
            results += [r.model_copy(update={"suite": by_stem.get(r.suite, r.suite)}) for r in scored]
        write_text_atomic(results_path, "".join(r.model_dump_json() + "\n" for r in results))
        e.dir.finish({"items": len(results), "results": str(results_path)}, started)
        return [ItemResult.model_validate_json(line) for line in results_path.read_text().splitlines()]


def _unique_stems(suites: list) -> list[list]:
    """Suites in groups whose file names differ (two suites named in_distribution.jsonl from two
    folders are scored in separate calls, so each result keeps its own suite's name)."""
    groups: list[list] = []
    for s in suites:
        home = next((g for g in groups if all(x.path.stem != s.path.stem for x in g)), None)
        if home is None:
            groups.append(home := [])
        home.append(s)
    return groups


def _stored_results(path: Path, manifest: dict[str, Any]) -> list | None:
    """A finished evaluation's results, or None (reported, naming the file) when they are damaged:
    unreadable, not ItemResult lines, or not as many lines as the manifest's ``items``."""
    from pydantic import ValidationError

    from whyfirst.records import ItemResult
    from whyfirst.runs import report_damaged

    expected, results, lineno = manifest["result"].get("items"), [], 0
    try:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                results.append(ItemResult.model_validate_json(line))
    except FileNotFoundError:
        why = "is missing"
    except ValidationError as err:
        first = err.errors()[0]
        why = (f"line {lineno} is not valid JSON" if first["type"] == "json_invalid" else
               f"line {lineno} is not an item result ({'.'.join(map(str, first['loc']))}: {first['msg']})")
    except (OSError, ValueError) as err:
        why = f"cannot be read ({err})"
    else:
        if isinstance(expected, int) and len(results) == expected:
            return results
        why = f"has {len(results)} results where its manifest.json says {expected}"
    report_damaged(path, why, "evaluating this model again")
    return None


def run_experiment(exp: Experiment, runs_root: Path, *, report: bool = True,
                   recalibrate: bool = False) -> Path:
    """Run (or resume) everything the plan lists, then analyze and write the report.

    Before any training: the leakage audit (a flagged out-of-distribution item stops the run
    unless ``analysis.leakage_action: warn``), and, when asked or when it is cheap and this
    machine has no rates yet, a calibration of the time estimate.
    """
    started = time.time()
    quiet_library_bars()  # before the plan: planning may convert a packaged model
    plan = make_plan(exp, runs_root)
    check_leakage(plan)
    if recalibrate or should_autocalibrate(exp, plan.rates, plan.todo_seconds()):
        calibrate_plan(plan)
    print_plan(plan)
    for s in plan.stages:
        run_planned_stage(plan, s)
    results = {(e.arm, e.seed): run_eval(plan, e) for e in plan.evals}
    wall = time.time() - started
    _record_wall_time(plan, wall)
    return write_experiment_report(plan, results) if report else plan.store.root


def quiet_library_bars() -> None:
    """One progress display per stage: switch off transformers' (and huggingface_hub's) own
    bars, "Loading weights" and "Writing model shards", for this process; the training and
    scoring bars are whyfirst's own and stay."""
    import os

    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"  # for anything imported later
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()


def check_leakage(plan: Plan) -> dict[str, Any]:
    """The leakage audit, before any training (cached in the run folder's leakage.json).

    A flagged out-of-distribution item means the evaluation could measure memorisation, not
    generalization: the run stops with an InputError (exit 2) naming the suite file, the items
    and the training file each one matched, unless ``analysis.leakage_action`` is ``warn``.
    """
    from whyfirst.errors import InputError

    exp = plan.experiment
    report = _cached_leakage(exp, plan.store.root / "leakage.json")
    bad = [i for i in report.get("items", []) if i.get("flagged") and i.get("split") == "out_of_distribution"]
    if not bad:
        return report
    message = leakage_message(exp, report, bad, audit_path=plan.store.root / "leakage.json")
    if exp.analysis.leakage_action == "warn":
        console.print(f"[bold yellow]warning:[/] {message}\n  (analysis.leakage_action: warn, so the "
                      "run goes on; the report marks the audit as failed)", highlight=False)
        return report
    raise InputError(message, path=exp.source,
                     fix="rewrite or remove these items (or the training text they repeat), or set "
                     "`analysis: {leakage_action: warn}` in the experiment to run anyway")


def leakage_message(exp: Experiment, report: dict[str, Any], bad: list[dict[str, Any]],
                    limit: int = 12, audit_path: Path | None = None) -> str:
    """Flagged items grouped by suite file, each with the training file (and record) it matched."""
    import re

    files = {f"corpus:{k}": c.path for k, c in exp.corpora.items()} | {
        f"chats:{k}": p for k, p in exp.chats.items()} | {
        f"prompts:{k}": ch.prompts for k, ch in exp.channels.items() if ch.prompts}
    suites: dict[str, Any] = {}  # the audit names a suite by its file's stem; the config by its name
    for ref in exp.suites:
        suites.setdefault(ref.path.stem, ref)
        suites[ref.name] = ref

    def where(source: str | None) -> str:
        m = re.fullmatch(r"(.+)\[(\d+)\]", source or "")
        if not m:
            return source or "training text"
        path = files.get(m.group(1))
        return f"{_short_path(path)} (record {int(m.group(2)) + 1})" if path else source

    n, lines = report.get("n", 8), []
    for suite in dict.fromkeys(i.get("suite") for i in bad):
        rows = [i for i in bad if i.get("suite") == suite]
        ref = suites.get(suite)
        lines.append(f"  suite {ref.name} ({_short_path(ref.path)}):" if ref else f"  suite {suite}:")
        for i in rows[:limit]:
            why = []
            if i.get("ngram_share", 0) > report.get("ngram_max", 1):
                why.append(f"{i['ngram_share']:.0%} of its {n}-grams occur in {where(i.get('ngram_source'))}")
            if i.get("cosine", 0) > report.get("cosine_max", 1):
                why.append(f"cosine {i['cosine']:.2f} to {where(i.get('cosine_source'))}")
            lines.append(f"    {i.get('item_id')}: " + ("; ".join(why) or "; ".join(i.get("reasons", []))))
        if len(rows) > limit:
            lines.append(f"    … and {len(rows) - limit} more"
                         + (f" (all of them in {_short_path(audit_path)})" if audit_path else ""))
    head = (f"the leakage audit flagged {len(bad)} out-of-distribution item{'s' if len(bad) != 1 else ''} "
            f"that resemble{'s' if len(bad) == 1 else ''} training text:")
    return "\n".join([head, *lines])


def _short_path(path: Path | str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _record_wall_time(plan: Plan, wall: float) -> None:
    """Wall time of each invocation; the report shows them (a resumed run has several)."""
    from filelock import FileLock

    from whyfirst.runs import report_damaged

    path = plan.store.root / "invocations.json"
    row = {"finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "wall_s": round(wall, 1),
           "trained_stages": sum(1 for s in plan.stages), "evals": len(plan.evals)}
    with FileLock(str(path) + ".lock"):  # read-append-write: two runs finishing together keep both rows
        rows: Any = []
        if path.exists():
            try:
                rows = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                rows = err
            if not isinstance(rows, list) or not all(isinstance(r, dict) and "wall_s" in r for r in rows):
                why = f"cannot be read ({rows})" if isinstance(rows, Exception) else "is not a list of runs"
                path.replace(path.with_name(path.name + ".damaged"))
                report_damaged(path, why, f"kept as {path.name}.damaged; starting the list again")
                rows = []
        rows.append(row)
        write_json_atomic(path, rows)


def load_results(plan: Plan) -> dict[tuple[str, int], list]:
    missing = [e for e in plan.evals if not e.dir.done]
    if missing:
        from whyfirst.errors import InputError

        raise InputError(f"{len(missing)} evaluations have not run yet for '{plan.experiment.name}'",
                         fix=f"run `whyfirst run {plan.experiment.name}` first")
    return {(e.arm, e.seed): run_eval(plan, e) for e in plan.evals}


def leakage_audit(exp: Experiment) -> dict[str, Any]:
    from whyfirst.datasets import load_jsonl
    from whyfirst.evaluate import audit, load_suite
    from whyfirst.records import Chat, Document

    texts: dict[str, list[str]] = {}
    for name, corpus in exp.corpora.items():
        texts[f"corpus:{name}"] = [d.text for d in load_jsonl(corpus.path, Document)]
    for name, path in exp.chats.items():
        texts[f"chats:{name}"] = [" ".join(m.content for m in c.messages) for c in load_jsonl(path, Chat)]
    for name, channel in exp.channels.items():  # a channel's prompts are a student's user turns
        if channel.kind == "everyday_chat":
            texts[f"prompts:{name}"] = [p.messages[-1]["content"] for p in channel.make_prompts(0)]
    a = exp.analysis
    report = audit([load_suite(s.path) for s in exp.suites], texts, n=a.leakage_ngram,
                   ngram_max=a.leakage_ngram_max, cosine_max=a.leakage_cosine_max)
    return report.model_dump(mode="json")


def write_experiment_report(plan: Plan, results: dict[tuple[str, int], list] | None = None) -> Path:
    from whyfirst.analyze import analyze
    from whyfirst.evaluate import load_suite
    from whyfirst.report import write_report

    exp, root = plan.experiment, plan.store.root
    results = results if results is not None else load_results(plan)
    analysis = analyze(results, exp.analysis)
    from whyfirst.report.writer import METRIC_VIEWS

    views = {m: analysis if m == exp.analysis.metric else
             analyze(results, exp.analysis.model_copy(update={"metric": m}))
             for m in METRIC_VIEWS}
    from whyfirst.analyze.results import priming_warning

    if warning := priming_warning(analysis, views.get("p_prior"), views.get("calibrated_logodds")):
        analysis.warnings.append(warning)
    leakage_path = root / "leakage.json"
    leakage = _cached_leakage(exp, leakage_path)
    manifests = [s.dir.manifest() | {"arm": s.arm, "label": s.label} for s in plan.stages if s.dir.done]
    manifests += [g.dir.manifest() | {"arm": g.teacher, "teacher": g.teacher, "channel": g.channel,
                                      "label": f"generate:{g.channel} by {g.teacher}"}
                  for g in plan.generations if g.dir.done]
    arms = {f"{arm}@seed{seed}": {"model_path": path, "stages": plan.arm_chains[(arm, seed)]}
            for (arm, seed), path in plan.arm_models.items()}
    write_json_atomic(root / "arms.json", arms)
    curves = {s.label + f" seed{s.seed}": json.loads((s.dir.path / "loss.json").read_text())
              for s in plan.stages if (s.dir.path / "loss.json").exists()}
    items = {i.id: i for s in exp.suites for i in load_suite(s.path).items}
    invocations = root / "invocations.json"
    wall = sum(r["wall_s"] for r in json.loads(invocations.read_text())) if invocations.exists() else None
    path = write_report(root, experiment=exp, analysis=analysis, results=results,
                        manifests=manifests + [{"kind": "arms", "arms": arms}], loss_curves=curves,
                        leakage=leakage, items_by_id=items, wall_s=wall, metric_views=views)
    from whyfirst.report.terminal import print_summary

    print_summary(analysis, exp, path, console=console)
    return path


def _cached_leakage(exp: Experiment, path: Path) -> dict[str, Any]:
    key = stable_hash({"data": [file_sha256(p) for p in exp.all_data_paths()],
                       "analysis": exp.analysis.model_dump(),
                       "channels": {k: c.model_dump(mode="json") for k, c in exp.channels.items()}})
    if path.exists():
        from whyfirst.evaluate.leakage import LeakageReport
        from whyfirst.runs import report_damaged

        again = "running the leakage audit again"
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            report_damaged(path, f"cannot be read ({err})", again)
        else:
            if not isinstance(cached, dict) or "key" not in cached:
                report_damaged(path, "is not a stored leakage audit", again)
            elif cached["key"] == key:
                try:
                    return LeakageReport.model_validate(cached.get("report")).model_dump(mode="json")
                except ValueError as err:
                    report_damaged(path, f"holds no valid audit report ({str(err).splitlines()[0]})", again)
    report = leakage_audit(exp)
    write_json_atomic(path, {"key": key, "report": report})
    return report
