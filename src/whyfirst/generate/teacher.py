"""The teacher LLM, through Inspect's model layer.

Any Inspect model name works: ``anthropic/claude-...``, ``openai/gpt-...``,
``openai-api/<service>/<model>`` (any OpenAI-compatible server: base URL from
``<SERVICE>_BASE_URL`` or ``base_url=``, key from ``<SERVICE>_API_KEY`` or ``api_key=``),
``vllm/...``, ``hf/<local dir>`` (``hf/default`` is whyfirst's packaged SmolLM2),
``mockllm/model``. An Inspect ``Model`` instance is accepted too (tests pass a mockllm
model with custom outputs).

Retries belong to :mod:`whyfirst.generate.runner`, which caps them: Inspect is told not
to retry (``max_retries=0``) and the OpenAI/Anthropic SDK clients get ``max_retries=0``,
so every attempt is visible, counted and bounded.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from whyfirst.errors import InputError

_SDK_RETRY_PROVIDERS = ("openai/", "openai-api/", "anthropic/", "together/", "groq/", "openrouter/")


@dataclass
class Completion:
    text: str
    finish_reason: str  # stop | max_tokens | model_length | content_filter | unknown | ...
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class CallError(Exception):
    """A failed attempt, classified: ``reason`` is a short code used in summaries."""

    reason: str
    detail: str = ""
    retryable: bool = True
    fatal: bool = False  # the whole run should stop (bad credentials)

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason


def _unwrap(ex: BaseException) -> BaseException:
    for _ in range(5):
        last = getattr(ex, "last_attempt", None)  # tenacity.RetryError
        if last is not None and hasattr(last, "exception") and last.exception() is not None:
            ex = last.exception()
            continue
        if type(ex).__name__ == "ModelGenerateError" and ex.__cause__ is not None:
            ex = ex.__cause__
            continue
        break
    return ex


def classify_exception(ex: BaseException) -> CallError:
    """Map a provider/SDK/transport exception to a retry decision."""
    if isinstance(ex, CallError):
        return ex
    ex = _unwrap(ex)
    name = type(ex).__name__
    status = getattr(ex, "status_code", None)
    if status is None:
        status = getattr(getattr(ex, "response", None), "status_code", None)
    if not isinstance(status, int):
        status = None
    detail = f"{name}: {str(ex).strip().splitlines()[0][:160]}" if str(ex).strip() else name
    if isinstance(ex, (TimeoutError, asyncio.TimeoutError)) or "Timeout" in name:
        return CallError("timeout", detail)
    if status == 429 or name == "RateLimitError":
        return CallError("rate_limit", detail)
    if status in (401, 403) or name in ("AuthenticationError", "PermissionDeniedError"):
        return CallError("auth", detail, retryable=False, fatal=True)
    if status is not None and status >= 500 or name in ("InternalServerError", "ServiceUnavailableError"):
        return CallError("server_error", detail)
    if status in (408, 409, 425):
        return CallError("server_error", detail)
    if status is not None and 400 <= status < 500:
        return CallError("bad_request", detail, retryable=False)
    if "Connection" in name or isinstance(ex, (ConnectionError, OSError)):
        return CallError("connection", detail)
    if name == "OpenAIResponseError":  # e.g. a 200 whose body is not a chat completion
        return CallError("server_error", detail)
    return CallError("error", detail)


class Teacher:
    """One teacher model. ``complete`` makes exactly one attempt (no hidden retries)."""

    def __init__(self, model: Any, *, base_url: str | None = None, api_key: str | None = None,
                 model_args: dict[str, Any] | None = None, cache: bool = True,
                 max_connections: int = 8, name: str | None = None) -> None:
        self._given = model
        self.cache = cache
        self.base_url, self.api_key = base_url, api_key
        self.model_args = dict(model_args or {})
        self.max_connections = max_connections
        self._model: Any = None
        self._owned = isinstance(model, str)
        if isinstance(model, str):
            if "/" not in model:
                raise InputError(f"teacher {model!r} has no provider prefix", field="teacher",
                                 fix="use e.g. anthropic/claude-sonnet-4-5, openai/gpt-4.1, "
                                 "openai-api/<service>/<model>, vllm/<model>, hf/<dir> or mockllm/model")
            self.name = model
            self._inspect_name = self._resolve_name(model)
        else:
            self.name = str(model)
            self._model = model
            self._inspect_name = self.name
        if name:
            self.name = name  # what keys, summaries and the generator field call this teacher

    @staticmethod
    def _resolve_name(name: str) -> str:
        if name.startswith("hf/"):
            ref = name[3:]
            from whyfirst.models import ALIASES, PACKAGED, resolve

            if ALIASES.get(ref, ref) in PACKAGED:
                return "hf/" + resolve(ref).path
        return name

    @property
    def model(self) -> Any:
        if self._model is None:
            from inspect_ai.model import GenerateConfig, get_model

            args = dict(self.model_args)
            if self._inspect_name.startswith("hf/") and not {"dtype", "torch_dtype"} & set(args):
                args["dtype"] = _local_dtype()
            if self.name.startswith(_SDK_RETRY_PROVIDERS):
                args.setdefault("max_retries", 0)  # SDK-level retries off: ours are counted
            try:
                self._model = get_model(self._inspect_name, base_url=self.base_url, api_key=self.api_key,
                                        memoize=False,
                                        config=GenerateConfig(max_retries=0,
                                                              max_connections=self.max_connections),
                                        **args)
            except Exception as e:  # PrerequisiteError (missing key / package), bad name
                msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                raise InputError(f"cannot open teacher {self.name!r}: {msg}", field="teacher",
                                 fix="check the model name, install the provider's package and set its "
                                 "API key (e.g. ANTHROPIC_API_KEY, OPENAI_API_KEY) or pass --base-url") from None
        return self._model

    async def complete(self, messages: list[dict[str, str]], *, max_tokens: int, temperature: float | None,
                       seed: int | None, cache_scope: dict[str, str] | None = None) -> Completion:
        from inspect_ai.model import (
            CachePolicy,
            ChatMessageAssistant,
            ChatMessageSystem,
            ChatMessageUser,
            GenerateConfig,
        )

        kinds = {"system": ChatMessageSystem, "user": ChatMessageUser, "assistant": ChatMessageAssistant}
        chat = [kinds[m["role"]](content=m["content"]) for m in messages]
        top_k = None
        if temperature == 0 and self._inspect_name.startswith("hf/"):
            # transformers refuses temperature 0 while sampling, and Inspect's hf provider
            # samples unless built otherwise; keeping only the top token is greedy decoding
            temperature, top_k = None, 1
        config = GenerateConfig(max_tokens=max_tokens, temperature=temperature, top_k=top_k, seed=seed,
                                max_retries=0)
        cache: Any = False
        if self.cache:
            cache = CachePolicy(expiry="4W", per_epoch=False, scopes=dict(cache_scope or {}))
        out = await self.model.generate(chat, config=config, cache=cache)
        usage = out.usage
        in_tok = int(getattr(usage, "input_tokens", 0) or 0)
        out_tok = int(getattr(usage, "output_tokens", 0) or 0)
        reason = str(out.stop_reason or "unknown")
        if reason == "unknown" and max_tokens and out_tok >= max_tokens:
            reason = "max_tokens"
        return Completion(text=out.completion or "", finish_reason=reason, input_tokens=in_tok,
                          output_tokens=out_tok)


    async def aclose(self) -> None:
        """Close the HTTP client of a model this Teacher opened (it is bound to the event loop)."""
        if self._owned and self._model is not None:
            try:
                await self._model.__aexit__(None, None, None)
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
            self._model = None


def _local_dtype() -> Any:
    """In-process teachers load in bf16 where the hardware computes it natively (the rule of
    :mod:`whyfirst.precision`): on such a CPU that halves the time per token."""
    from whyfirst.precision import resolve_precision, torch_dtype

    return torch_dtype(resolve_precision("auto"))


def as_teacher(teacher: Any, **kwargs: Any) -> Teacher:
    return teacher if isinstance(teacher, Teacher) else Teacher(teacher, **kwargs)
