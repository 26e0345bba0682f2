"""Agentic Misalignment (Anthropic, 2025) as packaged in ``inspect-evals``, run on any model.

The benchmark puts the model in fictional corporate e-mail scenarios where a harmful action
(``blackmail``, ``leaking`` confidential documents, letting someone die in ``murder``) serves
its goal or avoids its replacement; a per-scenario classifier (a *judge* model plus string
checks on the response) decides whether it took the action. Prompts, templates and
classifiers all come from the optional package (``pip install inspect-evals`` or
``pip install 'whyfirst[agentic]'``); nothing is copied here.

whyfirst's part: one Inspect task per condition (scenario × goal type × goal value × urgency),
the judge always named explicitly (the package would otherwise fall back to
``$INSPECT_GRADER_MODEL`` or an Anthropic model) and never the evaluated model, and a summary
per scenario and per condition: samples, misaligned (harmful) rate with a Wilson 95%
interval over the cleanly scored samples, and scoring errors (a judge reply the classifier
cannot parse, a failed generation), which are counted and never scored as aligned.

inspect_evals is imported only inside :func:`run_agentic`.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from whyfirst.errors import InputError

__all__ = ["AgenticConfig", "AgenticResult", "ScenarioSummary", "run_agentic", "inspect_model_name",
           "wilson_interval"]

TASK_NAME = "agentic_misalignment"
# task parameters set from AgenticConfig's lists; task_args may not set them
_GRID_ARGS = ("scenario", "goal_type", "goal_value", "urgency_type", "grader_model")


class AgenticConfig(BaseModel):
    """Which conditions of ``inspect_evals.agentic_misalignment`` to run, and the judge."""

    model_config = ConfigDict(extra="forbid")

    judge: str = Field(description="Inspect model name of the grader, e.g. anthropic/claude-sonnet-4-5; "
                       "must differ from the evaluated model")
    scenarios: list[str] = Field(default_factory=lambda: ["blackmail", "leaking", "murder"],
                                 min_length=1, description="blackmail, leaking, murder")
    goal_types: list[str] = Field(default_factory=lambda: ["explicit"], min_length=1,
                                  description="explicit, latent, none, ambiguous, swap")
    goal_values: list[str] = Field(default_factory=lambda: ["america"], min_length=1,
                                   description="america, global, safety, ... (goal types none and "
                                   "ambiguous always use goal value none)")
    urgency_types: list[str] = Field(default_factory=lambda: ["replacement"], min_length=1,
                                     description="replacement, restriction, none")
    epochs: int = Field(1, ge=1, description="samples per condition (each condition is one prompt)")
    max_connections: int = Field(4, ge=1, description="concurrent calls to the evaluated model")
    max_tokens: int | None = Field(None, ge=1, description="generation limit for the evaluated model")
    allow_self_judge: bool = Field(False, description="let the evaluated model grade itself (biased)")
    model_args: dict[str, Any] = Field(default_factory=dict,
                                       description="Inspect model args for the evaluated model")
    task_args: dict[str, Any] = Field(default_factory=dict,
                                      description="other agentic_misalignment() arguments, e.g. "
                                      "extra_system_instructions, prod, test_eval_awareness")

    def conditions(self) -> list[tuple[str, str, str, str]]:
        """(scenario, goal_type, goal_value, urgency_type), deduplicated, in config order."""
        out: list[tuple[str, str, str, str]] = []
        for s in self.scenarios:
            for g in self.goal_types:
                values = ["none"] if g in ("none", "ambiguous") else self.goal_values
                for v in values:
                    for u in self.urgency_types:
                        if (s, g, v, u) not in out:
                            out.append((s, g, v, u))
        return out


class ScenarioSummary(BaseModel):
    """Counts for one scenario (or one condition) over all its samples and epochs."""

    name: str
    n: int  # samples in the logs
    scored: int  # samples with a clean harmful verdict
    misaligned: int  # scored samples judged harmful
    errors: int  # samples without a clean verdict (scoring or generation error)
    rate: float | None  # misaligned / scored; None when nothing was scored
    ci_low: float | None
    ci_high: float | None
    error_messages: list[str] = Field(default_factory=list)  # first few, for the reader


class AgenticResult(BaseModel):
    model: str
    judge: str
    config: AgenticConfig
    inspect_evals_version: str
    scenarios: list[ScenarioSummary]
    conditions: list[ScenarioSummary]
    logs: list[str]  # Inspect log files (inspect view / inspect log dump)
    failed_logs: list[str] = Field(default_factory=list)  # "<condition>: <status>: <error>"

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def wilson_interval(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (95% by default); (nan, nan) if n=0."""
    if n <= 0:
        return math.nan, math.nan
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def inspect_model_name(ref: str) -> str:
    """An Inspect model name for ``ref``: a local HF directory, ``default`` or a packaged name
    becomes ``hf/<converted dir>`` and ``hf/<dir>`` becomes ``hf/<absolute dir>``;
    ``hf/default`` is resolved the way teachers resolve it;
    anything else with a provider prefix (``openai/...``, ``vllm/...``) is returned unchanged."""
    from whyfirst.generate.teacher import Teacher
    from whyfirst.models import ALIASES, PACKAGED, resolve

    if Path(ref).expanduser().is_dir() or ALIASES.get(ref, ref) in PACKAGED:
        return "hf/" + resolve(ref).path
    if ref.startswith("hf/") and Path(ref[3:]).expanduser().is_dir():
        return "hf/" + resolve(ref[3:]).path  # one spelling per directory (absolute)
    if "/" not in ref:
        raise InputError(f"model {ref!r} has no provider prefix and is not a local directory",
                         field="model", fix="use e.g. openai/gpt-4.1, anthropic/claude-sonnet-4-5, "
                         "vllm/<model>, hf/<dir>, a local HF model directory or a packaged name")
    return Teacher._resolve_name(ref)


def _name(model: Any) -> str:
    return model if isinstance(model, str) else str(model)


def _one_line(e: BaseException) -> str:
    """An Inspect error message without its rich markup, on one line."""
    import re

    return " ".join(re.sub(r"\[/?bold\]", "", str(e)).split()) or type(e).__name__


def _import_task() -> Any:
    try:
        from inspect_evals.agentic_misalignment import agentic_misalignment
    except ImportError as e:
        raise InputError(f"the Agentic Misalignment benchmark needs the inspect-evals package ({e})",
                         field="agentic", fix="pip install inspect-evals  (or pip install 'whyfirst[agentic]')"
                         ) from None
    return agentic_misalignment


def _check_values(cfg: AgenticConfig) -> None:
    from typing import get_args

    from inspect_evals.agentic_misalignment import prompt_generator as pg

    allowed = {"scenarios": get_args(pg.ScenarioType), "goal_types": get_args(pg.GoalType),
               "goal_values": get_args(pg.GoalValue), "urgency_types": get_args(pg.UrgencyType)}
    for field, values in allowed.items():
        bad = [v for v in getattr(cfg, field) if v not in values]
        if bad:
            raise InputError(f"unknown value(s) {bad}", field=field, fix=f"use any of {list(values)}")


def _check_task_args(task_fn: Any, task_args: dict[str, Any]) -> None:
    import inspect

    params = set(inspect.signature(task_fn).parameters)
    clash = sorted(set(task_args) & set(_GRID_ARGS))
    if clash:
        raise InputError(f"task_args may not set {clash}", field="task_args",
                         fix="use scenarios / goal_types / goal_values / urgency_types / judge instead")
    unknown = sorted(set(task_args) - params)
    if unknown:
        raise InputError(f"{TASK_NAME}() has no parameter(s) {unknown}", field="task_args",
                         fix=f"use any of {sorted(params - set(_GRID_ARGS))}")


def _harmful(sample: Any) -> tuple[bool | None, str | None]:
    """(harmful verdict, error message): exactly one of them is None."""
    if sample.error is not None:
        return None, f"sample {sample.id} epoch {sample.epoch}: {sample.error.message}"
    for score in (sample.scores or {}).values():
        value = score.value
        if isinstance(value, dict) and "harmful" in value:
            try:
                v = float(value["harmful"])
            except (TypeError, ValueError):
                v = math.nan
            if math.isnan(v):
                break
            return v >= 0.5, None
    return None, f"sample {sample.id} epoch {sample.epoch}: no harmful verdict in its scores"


def _summarise(name: str, verdicts: list[tuple[bool | None, str | None]]) -> ScenarioSummary:
    scored = [h for h, _ in verdicts if h is not None]
    k, n = sum(scored), len(scored)
    lo, hi = wilson_interval(k, n)
    msgs = [m for _, m in verdicts if m]
    return ScenarioSummary(name=name, n=len(verdicts), scored=n, misaligned=k, errors=len(msgs),
                           rate=k / n if n else None, ci_low=None if n == 0 else lo,
                           ci_high=None if n == 0 else hi, error_messages=msgs[:5])


def summarise_logs(logs: list[Any]) -> tuple[list[ScenarioSummary], list[ScenarioSummary], list[str]]:
    """Per-scenario and per-condition summaries, and the logs that did not finish."""
    by_scenario: dict[str, list[tuple[bool | None, str | None]]] = {}
    by_condition: dict[str, list[tuple[bool | None, str | None]]] = {}
    failed = []
    for log in logs:
        args = log.eval.task_args or {}
        condition = "_".join(str(args.get(k)) for k in ("scenario", "goal_type", "goal_value",
                                                         "urgency_type"))
        if log.status != "success":
            err = log.error.message if getattr(log, "error", None) else ""
            failed.append(f"{condition}: {log.status}: {err}".rstrip(": "))
        by_scenario.setdefault(str(args.get("scenario")), [])
        by_condition.setdefault(condition, [])
        for sample in log.samples or []:
            verdict = _harmful(sample)
            scenario = (sample.metadata or {}).get("scenario", args.get("scenario"))
            by_scenario.setdefault(str(scenario), []).append(verdict)
            by_condition[condition].append(verdict)
    return ([_summarise(k, v) for k, v in by_scenario.items()],
            [_summarise(k, v) for k, v in by_condition.items()], failed)


def run_agentic(model: Any, cfg: AgenticConfig, log_dir: Path, *, judge_model: Any = None,
                **eval_args: Any) -> AgenticResult:
    """Run the configured Agentic Misalignment conditions on ``model`` and summarise them.

    ``model``: an Inspect model name, a local HF directory, ``default`` / a packaged name, or an
    Inspect ``Model``. ``judge_model``: an Inspect ``Model`` to grade with instead of opening
    ``cfg.judge`` by name (tests pass a mockllm judge); its name must be ``cfg.judge``.
    ``eval_args`` go to ``inspect_ai.eval`` (e.g. ``limit``). Inspect logs land in ``log_dir``.
    """
    model_ref = inspect_model_name(model) if isinstance(model, str) else model
    judge_ref = judge_model if judge_model is not None else inspect_model_name(cfg.judge)
    if judge_model is not None and _name(judge_model) != cfg.judge:
        raise InputError(f"judge_model is {_name(judge_model)!r} but the config names {cfg.judge!r}",
                         field="judge", fix="pass the Model that cfg.judge names")
    model_name, judge_name = _name(model_ref), _name(judge_ref)
    if judge_name == model_name and not cfg.allow_self_judge:
        raise InputError(f"the judge {cfg.judge!r} is the evaluated model {model_name!r}: a model "
                         "grading its own transcripts is a biased judge", field="judge",
                         fix="name a different --judge model (or set allow_self_judge=True knowingly)")

    task_fn = _import_task()
    _check_values(cfg)
    _check_task_args(task_fn, cfg.task_args)
    if isinstance(judge_ref, str):  # open it now: a missing key or SDK is a bad input, not N errors
        from inspect_ai.model import get_model

        try:
            judge_ref = get_model(judge_ref)
        except Exception as e:  # PrerequisiteError, unknown provider, missing key
            raise InputError(f"cannot open judge {cfg.judge!r}: {_one_line(e)}", field="judge",
                             fix="check the model name, install the provider's package and set its "
                             "API key (e.g. ANTHROPIC_API_KEY, OPENAI_API_KEY)") from None

    from importlib.metadata import version

    from inspect_ai import eval as inspect_eval

    tasks = [task_fn(scenario=s, goal_type=g, goal_value=v, urgency_type=u, grader_model=judge_ref,
                     **cfg.task_args)
             for s, g, v, u in cfg.conditions()]
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    try:
        logs = inspect_eval(tasks, model=model_ref, model_args=dict(cfg.model_args),
                            log_dir=str(log_dir), epochs=cfg.epochs, max_connections=cfg.max_connections,
                            max_tokens=cfg.max_tokens, display="none", fail_on_error=False, **eval_args)
    except Exception as e:
        if type(e).__name__ != "PrerequisiteError":  # a missing provider package or API key
            raise
        raise InputError(f"cannot open model {model_name!r}: {_one_line(e)}", field="model",
                         fix="install the provider's package and set its API key") from None
    scenarios, conditions, failed = summarise_logs(logs)
    return AgenticResult(model=model_name, judge=judge_name, config=cfg,
                         inspect_evals_version=version("inspect-evals"), scenarios=scenarios,
                         conditions=conditions, logs=[str(log.location) for log in logs],
                         failed_logs=failed)
