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
from whyfirst.datasets import file_sha256
from whyfirst.models import ResolvedModel, resolve
from whyfirst.runs import STAGE_CODE_VERSION, RunStore, StageDir, stable_hash, stage_key, write_json_atomic

console = Console(stderr=True)

# Cost model for --dry-run, measured by `whyfirst run cheese` on the 2-core reference CPU
# (SmolLM2-135M, bf16 autocast, LoRA r=32): seconds per token, scaled linearly with parameters.
REFERENCE_PARAMS = 135e6
SECONDS_PER_TRAIN_TOKEN = {"lora": 1 / 520, "full": 1 / 360}  # measured: LoRA bf16 ≈ 530 tok/s
SECONDS_PER_EVAL_TOKEN = 1 / 800


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


@dataclass
class Plan:
    experiment: Experiment
    model: ResolvedModel
    store: RunStore
    stages: list[PlannedStage] = field(default_factory=list)  # unique by key, in run order
    evals: list[PlannedEval] = field(default_factory=list)
    arm_models: dict[tuple[str, int], str] = field(default_factory=dict)
    arm_chains: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def todo_seconds(self) -> float:
        return sum(s.seconds for s in self.stages if not s.dir.done) + sum(
            e.seconds for e in self.evals if not e.dir.done)


def _approx_tokens(path: Path) -> int:
    """Tokens a stage will process, for estimates only (~4 characters per token in English).

    Chats add ~8 template tokens a message (and the system prompt); a suite item is read
    once per presentation order, with every option.
    """
    chars = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if "text" in row:
            chars += len(row["text"])
        elif "messages" in row:
            chars += sum(len(m["content"]) + 32 for m in row["messages"]) + 100
        elif "options" in row:
            opts = sum(len(o["text"]) for o in row["options"])
            chars += 2 * (len(row["template"]) + opts + len(row.get("response_prefix", "")) + 100 + opts)
    return max(1, chars // 4)


def _scale(model: ResolvedModel) -> float:
    cfg = Path(model.path) / "config.json"
    if not cfg.exists():
        return 1.0
    c = json.loads(cfg.read_text())
    h, n, v = c.get("hidden_size", 576), c.get("num_hidden_layers", 30), c.get("vocab_size", 49152)
    params = n * 12 * h * h + v * h
    return params / REFERENCE_PARAMS


def make_plan(exp: Experiment, runs_root: Path, *, convert_model: bool = True) -> Plan:
    """Resolve every arm × seed into content-addressed stage and eval directories."""
    model = resolve(exp.model, model_name=exp.model_name, provider_name=exp.provider_name,
                    convert=convert_model)
    plan = Plan(exp, model, RunStore(runs_root, exp.name))
    fill = {"model_name": model.model_name, "provider_name": model.provider_name}
    scale = _scale(model)
    data_sha = {p: file_sha256(p) for p in exp.all_data_paths()}
    seen: dict[str, PlannedStage] = {}
    for seed in exp.seeds:
        for arm, stages in exp.arms.items():
            parent_key, parent_model, chain = model.fingerprint, model.path, []
            for i, st in enumerate(stages):
                cfg = exp.stage_config(st)
                key = stage_key(st.stage, {**cfg.model_dump(), "fill": fill}, data_sha[exp.data_path(st)],
                                parent_key, seed)
                if key not in seen:
                    tokens = cfg.max_tokens or int(_approx_tokens(exp.data_path(st)) * cfg.epochs)
                    info = {"arm_first_seen": arm, "stage": st.model_dump(), "config": cfg.model_dump(),
                            "data": str(exp.data_path(st)), "data_sha256": data_sha[exp.data_path(st)],
                            "parent": parent_key, "seed": seed, "model": model.fingerprint, "fill": fill}
                    seen[key] = PlannedStage(arm, seed, i, st, plan.store.stage(st.stage, key, info),
                                             parent_model, tokens,
                                             tokens * SECONDS_PER_TRAIN_TOKEN[cfg.method] * scale)
                    plan.stages.append(seen[key])
                parent_key, parent_model = key, str(seen[key].dir.path / "model")
                chain.append(key)
            plan.arm_models[(arm, seed)] = parent_model
            plan.arm_chains[(arm, seed)] = chain
            plan.evals.append(_plan_eval(plan, arm, seed, parent_key, parent_model, data_sha, scale))
    return plan


def _plan_eval(plan: Plan, arm: str, seed: int, model_key: str, model_path: str,
               data_sha: dict[Path, str], scale: float) -> PlannedEval:
    exp = plan.experiment
    suites = {s.name: data_sha[s.path] for s in exp.suites}
    settings = {k: v for k, v in exp.evaluation.model_dump().items() if k != "batch_size"}  # speed only
    key = stable_hash({"model": model_key, "suites": suites, "evaluation": settings,
                       "code": STAGE_CODE_VERSION["eval"]})
    info = {"arm": arm, "seed": seed, "model_path": model_path, "suites": suites}
    tokens = sum(_approx_tokens(s.path) for s in exp.suites)
    return PlannedEval(arm, seed, model_path, plan.store.stage("eval", key, info), tokens,
                       tokens * SECONDS_PER_EVAL_TOKEN * scale)


def print_plan(plan: Plan) -> None:
    table = Table(title=f"Plan for '{plan.experiment.name}' on {plan.model.ref} "
                  f"({plan.model.fingerprint})", show_lines=False)
    for col in ("step", "arm", "seed", "status", "tokens", "est. time"):
        table.add_column(col)
    for s in plan.stages:
        table.add_row(f"{s.stage.stage}:{s.stage.data}", s.arm, str(s.seed),
                      "cached" if s.dir.done else "to run", f"{s.tokens:,}", _fmt_s(s.seconds))
    for e in plan.evals:
        table.add_row("evaluate", e.arm, str(e.seed), "cached" if e.dir.done else "to run",
                      f"{e.tokens:,}", _fmt_s(e.seconds))
    console.print(table)
    console.print(f"Estimated time for what is left: [bold]{_fmt_s(plan.todo_seconds())}[/] "
                  f"(cost model from the 2-core reference CPU; a GPU is much faster)")


def _fmt_s(s: float) -> str:
    return f"{s / 60:.1f} min" if s >= 90 else f"{s:.0f} s"


def run_stage(plan: Plan, s: PlannedStage) -> dict[str, Any]:
    from whyfirst.train import train_stage

    with s.dir.lock():
        if s.dir.done:
            return s.dir.manifest()
        console.rule(f"[bold]{s.label}[/] seed {s.seed}")
        started = time.time()
        result = train_stage(s.stage.stage, base_path=s.parent_model,
                             data_path=plan.experiment.data_path(s.stage), out_dir=s.dir.path,
                             config=plan.experiment.stage_config(s.stage), seed=s.seed,
                             fill=s.dir.info["fill"])
        return s.dir.finish(result.model_dump(mode="json"), started)


def run_eval(plan: Plan, e: PlannedEval) -> list:
    from whyfirst.evaluate import evaluate_model
    from whyfirst.records import ItemResult

    with e.dir.lock():
        results_path = e.dir.path / "results.jsonl"
        if not e.dir.done:
            console.rule(f"[bold]evaluate {e.arm}[/] seed {e.seed}")
            started = time.time()
            ev = plan.experiment.evaluation
            suites = plan.experiment.suites
            results = evaluate_model(e.model_path, [s.path for s in suites],
                                     precision=ev.precision, batch_size=ev.batch_size,
                                     length_normalize=ev.length_normalize)
            by_stem = {s.path.stem: s.name for s in suites}  # results carry the file's stem
            results = [r.model_copy(update={"suite": by_stem.get(r.suite, r.suite)}) for r in results]
            results_path.write_text("".join(r.model_dump_json() + "\n" for r in results))
            e.dir.finish({"items": len(results), "results": str(results_path)}, started)
        return [ItemResult.model_validate_json(line) for line in results_path.read_text().splitlines()]


def run_experiment(exp: Experiment, runs_root: Path, *, report: bool = True) -> Path:
    """Run (or resume) everything the plan lists, then analyze and write the report."""
    started = time.time()
    plan = make_plan(exp, runs_root)
    print_plan(plan)
    for s in plan.stages:
        run_stage(plan, s)
    results = {(e.arm, e.seed): run_eval(plan, e) for e in plan.evals}
    wall = time.time() - started
    _record_wall_time(plan, wall)
    return write_experiment_report(plan, results) if report else plan.store.root


def _record_wall_time(plan: Plan, wall: float) -> None:
    """Wall time of each invocation; the report shows them (a resumed run has several)."""
    path = plan.store.root / "invocations.json"
    rows = json.loads(path.read_text()) if path.exists() else []
    rows.append({"finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "wall_s": round(wall, 1),
                 "trained_stages": sum(1 for s in plan.stages), "evals": len(plan.evals)})
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
    leakage_path = root / "leakage.json"
    leakage = _cached_leakage(exp, leakage_path)
    manifests = [s.dir.manifest() | {"arm": s.arm, "label": s.label} for s in plan.stages if s.dir.done]
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
    console.print(f"Report: [bold]{path}[/]")
    return path


def _cached_leakage(exp: Experiment, path: Path) -> dict[str, Any]:
    key = stable_hash({"data": [file_sha256(p) for p in exp.all_data_paths()],
                       "analysis": exp.analysis.model_dump()})
    if path.exists():
        cached = json.loads(path.read_text())
        if cached.get("key") == key:
            return cached["report"]
    report = leakage_audit(exp)
    write_json_atomic(path, {"key": key, "report": report})
    return report
