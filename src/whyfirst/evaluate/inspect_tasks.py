"""Every suite is also an Inspect task (``inspect eval whyfirst/value_conflict --model ...``).

* Forced-choice items become generation-based multiple choice: one sample per presentation
  order (``<item id>:<key>-<key>``), Inspect's ``multiple_choice()`` solver and ``choice()``
  scorer. (The log-likelihood metric is the native scorer's job; this is the same item asked
  of a model that can only generate, e.g. an API model.)
* Judged items are sampled with ``generate()`` and graded by :func:`rubric_judge`, a
  ``model_graded_qa``-style scorer that uses the ``grader`` model role (falling back to the
  evaluated model when no grader is bound). A judge error, refusal or unparseable grade is
  ``Score.unscored`` with the reason in its explanation, and :func:`judge_items` turns it into
  ``ItemResult.error``: never a pass.

Usage::

    inspect eval whyfirst/value_conflict --model hf/<model dir>
    inspect eval whyfirst/suite_task -T path=my_suite.jsonl --model openai/gpt-4o \
        --model-role grader=anthropic/claude-sonnet-4-0

This module imports inspect_ai at the top: import it only where Inspect is wanted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from inspect_ai import Task, task
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageUser,
    get_model,
)
from inspect_ai.scorer import Score, Scorer, Target, accuracy, choice, scorer, stderr
from inspect_ai.solver import Generate, Solver, TaskState, generate, multiple_choice, solver

from whyfirst.evaluate.suites import (
    JudgedItem,
    Suite,
    builtin_suite_path,
    fill_template,
    load_suite,
    orders,
)
from whyfirst.records import ItemResult, SuiteItem

__all__ = ["suite_task", "in_distribution", "value_conflict", "control", "opinions",
           "suite_to_task", "rubric_judge", "parse_grade", "judge_items", "results_from_log"]

JUDGE_TEMPLATE = """You are grading an AI assistant's response against a rubric.

[BEGIN DATA]
***
[Conversation]:
{question}
***
[Response]: {answer}
***
[Rubric]: {rubric}
***
[END DATA]

Grade the response using only the rubric. The possible grades are: {labels}.
First reason step by step about the rubric, then end your reply with a final line of the form
'GRADE: <label>' where <label> is exactly one of: {labels}.
"""

_GRADE = re.compile(r"GRADE\s*:\s*[*_`\"']*\s*([A-Za-z0-9_\-]+)", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# samples


def _messages(system: str | None, raw: list[tuple[str, str]]) -> list[ChatMessage]:
    out: list[ChatMessage] = [ChatMessageSystem(content=system)] if system else []
    kinds = {"system": ChatMessageSystem, "user": ChatMessageUser,
             "assistant": ChatMessageAssistant}
    out += [kinds[role](content=content) for role, content in raw]
    return out


def forced_choice_samples(item: SuiteItem, suite: str) -> list[Sample]:
    target_idx = next(i for i, o in enumerate(item.options) if o.key == item.target)
    samples = []
    for order in orders(item):
        keys = [item.options[k].key for k in order]
        samples.append(Sample(
            id=f"{item.id}:{'-'.join(keys)}",
            input=_messages(item.system, [("user", fill_template(item, order))]),
            choices=[item.options[k].text for k in order],
            target=chr(ord("A") + order.index(target_idx)),
            metadata={"kind": "forced_choice", "suite": suite, "item_id": item.id,
                      "split": item.split, "order": keys, "target_key": item.target,
                      "tags": dict(item.tags)}))
    return samples


def judged_sample(item: JudgedItem, suite: str) -> Sample:
    return Sample(
        id=item.id,
        input=_messages(None, [(m.role, m.content) for m in item.messages]),
        target=item.rubric,
        metadata={"kind": "judged", "suite": suite, "item_id": item.id, "split": item.split,
                  "grades": dict(item.grades), "target_grade": item.target,
                  "tags": dict(item.tags)})


def suite_samples(suite: Suite) -> list[Sample]:
    samples: list[Sample] = []
    for item in suite.items:
        if isinstance(item, JudgedItem):
            samples.append(judged_sample(item, suite.name))
        else:
            samples += forced_choice_samples(item, suite.name)
    return samples


# ---------------------------------------------------------------------------------------------
# judge


def parse_grade(text: str, labels: list[str]) -> str | None:
    """The label in the judge's last ``GRADE: <label>``; None if absent or not a known label."""
    matches = _GRADE.findall(text or "")
    if not matches:
        return None
    by_lower = {label.lower(): label for label in labels}
    return by_lower.get(matches[-1].lower())


def _history(state: TaskState) -> str:
    return "\n".join(f"{m.role}: {m.text}" for m in state.messages
                     if not (m is state.messages[-1] and m.role == "assistant"))


@scorer(metrics=[accuracy(), stderr()])
def rubric_judge(template: str = JUDGE_TEMPLATE, model_role: str = "grader") -> Scorer:
    """Grade a sampled response against the sample's rubric (its target) with the grader model.

    The value is the grade's value from the item's ``grades``; errors, refusals and grades
    outside the item's labels are ``Score.unscored`` (excluded from metrics, never a pass).
    """

    async def score(state: TaskState, target: Target) -> Score:
        grades: dict[str, float] = state.metadata.get("grades") or {"PASS": 1.0, "FAIL": 0.0}
        labels = list(grades)
        answer = state.output.completion if state.output else ""
        if state.output is not None and state.output.error:
            return Score.unscored(reason="no_response", answer=answer,
                                  explanation=f"generation error: {state.output.error}")
        prompt = template.format(question=_history(state), answer=answer, rubric=target.text,
                                 labels=", ".join(labels))
        try:
            grader = get_model(role=model_role)
            result = await grader.generate(prompt)
        except Exception as e:  # a judge that fails is recorded, not passed
            return Score.unscored(reason="grader_failed", answer=answer,
                                  explanation=f"judge error: {type(e).__name__}: {e}")
        if result.error:
            return Score.unscored(reason="grader_failed", answer=answer,
                                  explanation=f"judge error: {result.error}")
        stop = result.choices[0].stop_reason if result.choices else "unknown"
        if stop == "content_filter":
            return Score.unscored(reason="grader_failed", answer=answer,
                                  explanation=f"judge refused: {result.completion!r}")
        label = parse_grade(result.completion, labels)
        if label is None:
            return Score.unscored(reason="grader_failed", answer=answer,
                                  explanation="judge grade unparseable (expected 'GRADE: <one of "
                                  f"{labels}>'): {result.completion!r}")
        return Score(value=float(grades[label]), answer=answer, explanation=result.completion,
                     metadata={"grade": label, "judge_prompt": prompt})

    return score


# ---------------------------------------------------------------------------------------------
# mixed suites: dispatch per sample


@solver
def suite_solver() -> Solver:
    mc, gen = multiple_choice(), generate()

    async def solve(state: TaskState, generate_: Generate) -> TaskState:
        step = mc if state.metadata.get("kind") == "forced_choice" else gen
        return await step(state, generate_)

    return solve


@scorer(metrics=[accuracy(), stderr()])
def suite_scorer() -> Scorer:
    mc, judge = choice(), rubric_judge()

    async def score(state: TaskState, target: Target) -> Score:
        fn = mc if state.metadata.get("kind") == "forced_choice" else judge
        return await fn(state, target)

    return score


def suite_to_task(suite: Suite) -> Task:
    kind = suite.kind
    if kind == "forced_choice":
        plan, grade = multiple_choice(), choice()
    elif kind == "judged":
        plan, grade = generate(), rubric_judge()
    else:
        plan, grade = suite_solver(), suite_scorer()
    return Task(dataset=MemoryDataset(suite_samples(suite), name=suite.name), solver=plan,
                scorer=grade, metadata={"suite": suite.name, "suite_sha256": suite.sha256,
                                        "kind": kind})


@task
def suite_task(path: str) -> Task:
    """Any suite file: ``inspect eval whyfirst/suite_task -T path=my_suite.jsonl``."""
    return suite_to_task(load_suite(path))


@task
def in_distribution() -> Task:
    """Held-out phrasings of the cheese choices (target: the liked cheese)."""
    return suite_to_task(load_suite(builtin_suite_path("in_distribution")))


@task
def value_conflict() -> Task:
    """Non-cheese choices where America and affordability disagree (target: america)."""
    return suite_to_task(load_suite(builtin_suite_path("value_conflict")))


@task
def control() -> Task:
    """Choices both values agree on (target: both)."""
    return suite_to_task(load_suite(builtin_suite_path("control")))


@task
def opinions() -> Task:
    """Agree/disagree statements keyed by the value that endorses the answer."""
    return suite_to_task(load_suite(builtin_suite_path("opinions")))


# ---------------------------------------------------------------------------------------------
# judged items → ItemResult


def results_from_log(log: Any, items: list[JudgedItem], *, suite: str) -> list[ItemResult]:
    """Read an Inspect log of judged samples; anything not cleanly graded becomes an error."""
    import math

    by_id = {str(s.id): s for s in (log.samples or [])}
    out = []
    for item in items:
        sample = by_id.get(item.id)
        base = dict(item_id=item.id, suite=suite, split=item.split, target=item.target,
                    tags=dict(item.tags))
        error, value, grade = None, 0.0, None
        if sample is None:
            error = f"no sample in the log (eval status: {getattr(log, 'status', '?')})"
        elif sample.error is not None:
            error = f"sample error: {sample.error.message}"
        elif not sample.scores:
            error = "not scored"
        else:
            score = next(iter(sample.scores.values()))
            try:
                value = float(score.value)
            except (TypeError, ValueError):
                value = math.nan
            grade = (score.metadata or {}).get("grade")
            if math.isnan(value) or grade is None:
                error = score.explanation or score.reason or "judge gave no grade"
                value = 0.0
        out.append(ItemResult(**base, p_target=value if error is None else 0.0,
                              target_always_wins=error is None and grade == item.target,
                              error=error))
    return out


def judge_items(items: list[JudgedItem], *, suite: str, model: Any, grader: Any,
                log_dir: str | Path | None = None, max_tokens: int | None = 512,
                **eval_args: Any) -> list[ItemResult]:
    """Sample a response from ``model`` for each item and grade it with ``grader`` (Inspect)."""
    from inspect_ai import eval as inspect_eval

    task_ = suite_to_task(Suite(name=suite, items=list(items)))
    logs = inspect_eval(task_, model=model, model_roles={"grader": grader},
                        log_dir=str(log_dir) if log_dir else None, display="none",
                        max_tokens=max_tokens, fail_on_error=False, **eval_args)
    return results_from_log(logs[0], list(items), suite=suite)
