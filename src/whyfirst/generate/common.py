"""Shared set-up for the corpus and AFT generators."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable

from whyfirst.errors import InputError
from whyfirst.generate.journal import CallJournal
from whyfirst.generate.prompts import PROMPT_DIR, prompts_hash
from whyfirst.generate.runner import Progress, Runner, StageFailed
from whyfirst.generate.summary import GenerationSummary, cost_usd
from whyfirst.generate.teacher import Teacher, as_teacher
from whyfirst.spec import Spec, load_spec


@dataclass
class RunOptions:
    """Reliability and teacher settings shared by both generators."""

    concurrency: int = 4
    max_attempts: int = 4
    max_failure_rate: float = 0.2
    call_timeout: float = 300.0
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    temperature: float | None = 1.0
    seed: int | None = 0
    cache: bool = True
    retry_failed: bool = True
    base_url: str | None = None
    api_key: str | None = None
    model_args: dict[str, Any] = field(default_factory=dict)
    max_tokens: dict[str, int] = field(default_factory=dict)


def resolve_mode(spec: Spec, mode: str) -> str:
    if mode not in ("auto", "rules", "values"):
        raise InputError(f"unknown mode {mode!r}", field="mode", fix="use auto, rules or values")
    return spec.mode if mode == "auto" else mode


def check_counts(**counts: int) -> None:
    for name, n in counts.items():
        if not isinstance(n, int) or n < 1:
            raise InputError(f"{name} must be a whole number >= 1, got {n!r}", field=name)


class Session:
    """A spec, a teacher, a journal and a runner for one output folder."""

    def __init__(self, kind: str, spec_path: str | Path, teacher: Any, out_dir: str | Path, mode: str,
                 opts: RunOptions, progress: Progress | None, prompt_dir: Path = PROMPT_DIR) -> None:
        self.t0 = time.time()
        self.kind = kind
        self.spec = load_spec(spec_path)
        self.mode = resolve_mode(self.spec, mode)
        self.out = Path(out_dir)
        self.opts = opts
        self.prompt_dir = prompt_dir
        if opts.concurrency < 1:
            raise InputError(f"concurrency must be >= 1, got {opts.concurrency}", field="concurrency")
        self.teacher: Teacher = as_teacher(teacher, base_url=opts.base_url, api_key=opts.api_key,
                                           model_args=opts.model_args, cache=opts.cache,
                                           max_connections=max(opts.concurrency, 1))
        _ = self.teacher.model  # open it now: a missing key or package is an InputError, not a retry
        self.journal = CallJournal(self.out)
        try:
            self.runner = Runner(self.teacher, self.journal, concurrency=opts.concurrency,
                                 max_attempts=opts.max_attempts, backoff_base=opts.backoff_base,
                                 backoff_max=opts.backoff_max, call_timeout=opts.call_timeout,
                                 max_failure_rate=opts.max_failure_rate, seed=opts.seed,
                                 retry_failed=opts.retry_failed, progress=progress)
        except ValueError as e:
            self.journal.close()
            raise InputError(str(e), field="max_attempts/max_failure_rate") from None

    def summary(self, status: str, params: dict[str, Any], **fields: Any) -> GenerationSummary:
        tokens = self.runner.totals()
        return GenerationSummary(
            kind=self.kind, status=status, spec=self.spec.name, spec_sha256=self.spec.sha256, mode=self.mode,
            teacher=self.teacher.name, prompts_sha256=prompts_hash(self.prompt_dir), out_dir=str(self.out),
            params=params, stages={k: v.as_dict() for k, v in self.runner.stats.items()},
            failures=self.runner.failures[:200], teacher_calls_this_run=self.runner.teacher_calls,
            tokens=tokens, cost_usd_approx=cost_usd(self.teacher.name, tokens["input"], tokens["output"]),
            wall_s=round(time.time() - self.t0, 2), **fields)

    def clear_outputs(self, *names: str) -> None:
        """Remove what an earlier run wrote under these names (and their sidecars): a rerun
        that keeps fewer items, or none, must not leave an older dataset looking current."""
        for name in names:
            for path in {self.out / name, self.out / name.replace(".jsonl", ".meta.json")}:
                path.unlink(missing_ok=True)

    def close(self) -> None:
        self.journal.close()

    def execute(self, main: Callable[[], Awaitable[GenerationSummary]],
                params: dict[str, Any]) -> GenerationSummary:
        """Run a generator to its summary; a stopped stage still leaves a summary behind."""
        try:
            summary = asyncio.run(main())
        except StageFailed as e:
            self.summary("stopped", params, message=str(e)).write(self.out)
            raise
        finally:
            self.close()
        summary.write(self.out)
        return summary
