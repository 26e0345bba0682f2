"""What a generation run reports: ``summary.json``, a token-length histogram, prices."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from whyfirst.runs import write_json_atomic

# USD per million tokens (input, output). Approximate list prices; check the provider's
# page before budgeting. Matched by the longest prefix of the model part of the teacher name.
PRICES_AS_OF = "2025"
PRICES: dict[str, tuple[float, float]] = {
    "anthropic/claude-opus-4-5": (5.0, 25.0),
    "anthropic/claude-opus-4": (15.0, 75.0),
    "anthropic/claude-sonnet-4": (3.0, 15.0),
    "anthropic/claude-3-7-sonnet": (3.0, 15.0),
    "anthropic/claude-3-5-sonnet": (3.0, 15.0),
    "anthropic/claude-haiku-4-5": (1.0, 5.0),
    "anthropic/claude-3-5-haiku": (0.8, 4.0),
    "openai/gpt-4o-mini": (0.15, 0.6),
    "openai/gpt-4o": (2.5, 10.0),
    "openai/gpt-4.1-nano": (0.1, 0.4),
    "openai/gpt-4.1-mini": (0.4, 1.6),
    "openai/gpt-4.1": (2.0, 8.0),
    "openai/gpt-5-nano": (0.05, 0.4),
    "openai/gpt-5-mini": (0.25, 2.0),
    "openai/gpt-5": (1.25, 10.0),
}


def price_for(teacher: str) -> tuple[float, float] | None:
    best = None
    for prefix, price in PRICES.items():
        if teacher.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, price)
    return best[1] if best else None


def cost_usd(teacher: str, input_tokens: int, output_tokens: int) -> float | None:
    price = price_for(teacher)
    if price is None:
        return None
    return round(input_tokens / 1e6 * price[0] + output_tokens / 1e6 * price[1], 4)


class GenerationSummary(BaseModel):
    kind: Literal["corpus", "aft"]
    status: Literal["complete", "preview", "stopped", "empty"]
    message: str = ""
    spec: str
    spec_sha256: str
    mode: str
    teacher: str
    prompts_sha256: str
    out_dir: str
    params: dict[str, Any] = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
    per_domain: dict[str, int] = Field(default_factory=dict)
    per_type: dict[str, int] = Field(default_factory=dict)
    filtered: dict[str, int] = Field(default_factory=dict)
    stages: dict[str, dict[str, Any]] = Field(default_factory=dict)
    failures: list[dict[str, Any]] = Field(default_factory=list)
    teacher_calls_this_run: int = 0
    tokens: dict[str, int] = Field(default_factory=dict, description="teacher tokens, all attempts, all runs")
    cost_usd_approx: float | None = None
    projected: dict[str, Any] | None = None
    outputs: dict[str, str] = Field(default_factory=dict)
    wall_s: float = 0.0

    def write(self, out_dir: str | Path) -> Path:
        path = Path(out_dir) / "summary.json"
        write_json_atomic(path, self.model_dump())
        return path


def approx_tokens(text: str) -> int:
    return max(1, round(len(text) / 4))


def token_lengths(texts: list[str], tokenizer: str | None = None) -> tuple[list[int], str]:
    """Token counts with a Hugging Face tokenizer when given, else characters / 4."""
    if tokenizer:
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(tokenizer)
        return [len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts], f"tokens ({Path(tokenizer).name})"
    return [approx_tokens(t) for t in texts], "approx. tokens (characters / 4)"


def length_histogram(lengths: list[int], label: str, path: str | Path, title: str) -> Path | None:
    if not lengths:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=100)
    ax.hist(lengths, bins=min(40, max(5, len(lengths) // 3)), color="#4c72b0", edgecolor="white")
    ax.set_xlabel(label)
    ax.set_ylabel("count")
    ax.set_title(f"{title} (n={len(lengths)}, median={sorted(lengths)[len(lengths) // 2]})")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return Path(path)
