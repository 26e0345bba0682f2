"""Runs one stage's teacher calls: bounded concurrency, bounded retries, a durable journal.

Each call is tried at most ``max_attempts`` times (hard cap :data:`MAX_ATTEMPTS_CAP`):
timeouts, HTTP 429/5xx, connection errors, malformed or truncated JSON, schema misses and
refusals are retried with exponential backoff; a 4xx other than 408/409/429 is not. A call
that runs out of attempts is journaled as failed with its reason and the stage goes on;
once more than ``max_failure_rate`` of the stage's calls have failed the stage stops with
:class:`StageFailed`. Bad credentials (HTTP 401/403) stop the run at once.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from pydantic import BaseModel

from whyfirst.errors import InputError
from whyfirst.generate.journal import CallJournal
from whyfirst.generate.schemas import ParseFailure
from whyfirst.generate.teacher import CallError, Teacher, classify_exception
from whyfirst.runs import stable_hash

MAX_ATTEMPTS_CAP = 10
Parser = Callable[[str, str], BaseModel]
Progress = Callable[[str, int, int], None]


class StageFailed(RuntimeError):
    """A stage failed too often (or the teacher rejected the credentials); the run stops."""


@dataclass
class Call:
    stage: str
    messages: list[dict[str, str]]
    parse: Parser
    max_tokens: int
    temperature: float | None = 1.0
    sample: int = 0
    meta: dict[str, Any] = field(default_factory=dict)  # not part of the key

    def gen_config(self, seed: int | None) -> dict[str, Any]:
        return {"max_tokens": self.max_tokens, "temperature": self.temperature, "seed": seed}

    def key(self, teacher: str, seed: int | None) -> str:
        return stable_hash({"stage": self.stage, "messages": self.messages, "teacher": teacher,
                            "config": self.gen_config(seed), "sample": self.sample,
                            "schema": getattr(self.parse, "__name__", "")}, n=24)

    @property
    def prompt_sha(self) -> str:
        blob = json.dumps(self.messages, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def prompt_text(call: Call) -> str:
    """Everything the teacher was shown for ``call``."""
    return "\n".join(m["content"] for m in call.messages)


@dataclass
class Outcome:
    call: Call
    key: str
    ok: bool
    output: dict[str, Any] | None
    reason: str = ""
    detail: str = ""
    attempts: int = 0
    finish_reason: str = ""
    from_journal: bool = False


@dataclass
class StageStats:
    calls: int = 0
    from_journal: int = 0
    ok: int = 0
    failed: int = 0
    attempts: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    seconds: float = 0.0
    retry_reasons: Counter = field(default_factory=Counter)
    failure_reasons: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {"calls": self.calls, "from_journal": self.from_journal, "ok": self.ok, "failed": self.failed,
                "attempts": self.attempts, "input_tokens": self.input_tokens,
                "output_tokens": self.output_tokens, "seconds": round(self.seconds, 2),
                "retry_reasons": dict(self.retry_reasons), "failure_reasons": dict(self.failure_reasons)}


class Runner:
    def __init__(self, teacher: Teacher, journal: CallJournal, *, concurrency: int = 4, max_attempts: int = 4,
                 backoff_base: float = 1.0, backoff_max: float = 60.0, call_timeout: float = 300.0,
                 max_failure_rate: float = 0.2, seed: int | None = 0, retry_failed: bool = True,
                 progress: Progress | None = None) -> None:
        if not 1 <= max_attempts <= MAX_ATTEMPTS_CAP:
            raise ValueError(f"max_attempts must be between 1 and {MAX_ATTEMPTS_CAP}, got {max_attempts}")
        if not 0 <= max_failure_rate <= 1:
            raise ValueError(f"max_failure_rate must be in [0, 1], got {max_failure_rate}")
        self.teacher, self.journal = teacher, journal
        self.sem = asyncio.Semaphore(max(1, concurrency))
        self.max_attempts, self.backoff_base, self.backoff_max = max_attempts, backoff_base, backoff_max
        self.call_timeout, self.max_failure_rate, self.seed = call_timeout, max_failure_rate, seed
        self.retry_failed, self.progress = retry_failed, progress
        self.stats: dict[str, StageStats] = {}
        self.failures: list[dict[str, Any]] = []
        self.teacher_calls = 0  # attempts actually sent to the teacher in this process

    def _stats(self, stage: str) -> StageStats:
        return self.stats.setdefault(stage, StageStats())

    async def run(self, stage: str, calls: list[Call]) -> list[Outcome]:
        """Run ``calls`` (one stage); outcomes come back in the order of ``calls``."""
        st = self._stats(stage)
        t0 = time.time()
        keys = [c.key(self.teacher.name, self.seed) for c in calls]
        unique: dict[str, Call] = {}
        for k, c in zip(keys, calls):
            unique.setdefault(k, c)
        total = len(unique)
        allowed = int(self.max_failure_rate * total + 1e-9)
        st.calls += total
        results: dict[str, Outcome] = {}
        todo: list[tuple[str, Call]] = []
        for k, c in unique.items():
            rec = self.journal.ok.get(k)
            if rec is None and not self.retry_failed and k in self.journal.failed:
                rec = self.journal.failed[k]
            if rec is not None:
                results[k] = self._from_record(c, k, rec)
                st.from_journal += 1
                st.input_tokens += rec.get("usage", {}).get("input_tokens", 0)
                st.output_tokens += rec.get("usage", {}).get("output_tokens", 0)
                if results[k].ok:
                    st.ok += 1
                else:
                    st.failed += 1
            else:
                todo.append((k, c))
        done = len(results)
        if self.progress:
            self.progress(stage, done, total)
        failed_here = sum(1 for o in results.values() if not o.ok)
        abort: list[BaseException] = []

        async def one(k: str, c: Call) -> None:
            nonlocal done, failed_here
            async with self.sem:
                if abort:
                    return
                out = await self._attempts(stage, k, c)
            results[k] = out
            done += 1
            if not out.ok:
                failed_here += 1
                if failed_here > allowed and not abort:
                    abort.append(StageFailed(self._failure_message(stage, failed_here, total)))
            if self.progress:
                self.progress(stage, done, total)

        tasks = [asyncio.ensure_future(one(k, c)) for k, c in todo]
        try:
            pending = set(tasks)
            while pending:
                finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for t in finished:
                    if t.exception() is not None:
                        abort.append(t.exception())  # type: ignore[arg-type]
                if abort:
                    for t in pending:
                        t.cancel()
                    await asyncio.gather(*pending, return_exceptions=True)
                    raise abort[0]
            if failed_here > allowed:
                raise StageFailed(self._failure_message(stage, failed_here, total))
        finally:
            st.seconds += time.time() - t0
        return [results[k] for k in keys]

    def _failure_message(self, stage: str, failed: int, total: int) -> str:
        reasons = self._stats(stage).failure_reasons.most_common(3)
        why = ", ".join(f"{r} ×{n}" for r, n in reasons) or "see calls.jsonl"
        last = next((f["detail"] for f in reversed(self.failures) if f["stage"] == stage and f["detail"]), "")
        return (f"stage '{stage}' stopped: {failed} of {total} calls failed after up to {self.max_attempts} "
                f"attempts each (limit {self.max_failure_rate:.0%}); reasons: {why}"
                + (f"; last error: {last}" if last else "")
                + ". Finished calls are saved in calls.jsonl and will not be repeated; fix the cause "
                "(teacher, key, server, or a stronger teacher for JSON) and rerun the same command, "
                "or raise --max-failure-rate.")

    def _from_record(self, c: Call, k: str, rec: dict[str, Any]) -> Outcome:
        return Outcome(call=c, key=k, ok=rec.get("status") == "ok", output=rec.get("output"),
                       reason=rec.get("reason", ""), detail=rec.get("detail", ""),
                       attempts=rec.get("attempts", 0), finish_reason=rec.get("finish_reason", ""),
                       from_journal=True)

    def _backoff(self, attempt: int) -> float:
        delay = min(self.backoff_max, self.backoff_base * (2 ** (attempt - 1)))
        return delay * (0.5 + random.random() / 2)

    async def _attempts(self, stage: str, key: str, c: Call) -> Outcome:
        st = self._stats(stage)
        in_tok = out_tok = 0
        err = CallError("error", "no attempt made")
        finish = ""
        last_text = ""
        attempt = 0
        for attempt in range(1, self.max_attempts + 1):
            st.attempts += 1
            self.teacher_calls += 1
            try:
                comp = await asyncio.wait_for(
                    self.teacher.complete(c.messages, max_tokens=c.max_tokens, temperature=c.temperature,
                                          seed=self.seed, cache_scope={"whyfirst_key": key,
                                                                       "attempt": str(attempt)}),
                    timeout=self.call_timeout)
                in_tok += comp.input_tokens
                out_tok += comp.output_tokens
                st.input_tokens += comp.input_tokens
                st.output_tokens += comp.output_tokens
                finish = comp.finish_reason
                last_text = comp.text
                parsed = c.parse(comp.text, comp.finish_reason)
                rec = {"key": key, "stage": stage, "status": "ok", "output": parsed.model_dump(),
                       "attempts": attempt, "finish_reason": comp.finish_reason,
                       "usage": {"input_tokens": in_tok, "output_tokens": out_tok},
                       "teacher": self.teacher.name, "prompt_sha": c.prompt_sha, "sample": c.sample,
                       "time": round(time.time(), 3)}
                self.journal.append(rec)
                st.ok += 1
                return Outcome(c, key, True, rec["output"], attempts=attempt, finish_reason=comp.finish_reason)
            except ParseFailure as e:
                err = CallError(e.reason, e.detail)
            except (asyncio.CancelledError, InputError):
                raise
            except Exception as e:  # noqa: BLE001 - every provider error is classified
                err = classify_exception(e)
                if err.fatal:
                    raise StageFailed(f"stage '{stage}': the teacher {self.teacher.name!r} rejected the request "
                                      f"({err}). Check the API key and the model name; nothing else was "
                                      "retried.") from None
            st.retry_reasons[err.reason] += 1
            if not err.retryable or attempt == self.max_attempts:
                break
            await asyncio.sleep(self._backoff(attempt))
        rec = {"key": key, "stage": stage, "status": "failed", "reason": err.reason, "detail": err.detail[:300],
               "attempts": attempt, "finish_reason": finish, "last_text": last_text[:500],
               "usage": {"input_tokens": in_tok, "output_tokens": out_tok}, "teacher": self.teacher.name,
               "prompt_sha": c.prompt_sha, "sample": c.sample, "time": round(time.time(), 3)}
        self.journal.append(rec)
        st.failed += 1
        st.failure_reasons[err.reason] += 1
        self.failures.append({"stage": stage, "key": key, "reason": err.reason, "detail": err.detail[:300],
                              "attempts": attempt, **{k: v for k, v in c.meta.items() if isinstance(v, str)}})
        return Outcome(c, key, False, None, reason=err.reason, detail=err.detail, attempts=attempt,
                       finish_reason=finish)

    def totals(self) -> dict[str, int]:
        i = sum(s.input_tokens for s in self.stats.values())
        o = sum(s.output_tokens for s in self.stats.values())
        return {"input": i, "output": o, "total": i + o}
