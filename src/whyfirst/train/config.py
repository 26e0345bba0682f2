"""The training stages' config, TRL-style: one model whose fields carry their own help."""

from __future__ import annotations

import importlib.util
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

StageKind = Literal["midtrain", "aft"]


class TrainConfig(BaseModel):
    """Hyper-parameters shared by midtraining and alignment fine-tuning."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["lora", "full"] = Field("lora", description="LoRA adapters (merged after the stage) or full fine-tuning.")
    lora_r: int = Field(16, ge=1, description="LoRA rank.")
    lora_alpha: int = Field(32, ge=1, description="LoRA scaling numerator (scale = alpha / r).")
    lora_dropout: float = Field(0.0, ge=0.0, lt=1.0, description="Dropout on the LoRA path.")
    lora_target_modules: list[str] | Literal["all-linear"] = Field(
        "all-linear", description="Module names to adapt, or 'all-linear'.")
    learning_rate: float = Field(2e-4, gt=0, description="Peak learning rate.")
    lr_scheduler: Literal["cosine", "linear", "constant", "constant_with_warmup"] = Field(
        "cosine", description="Learning-rate schedule after warm-up.")
    warmup_ratio: float = Field(0.05, ge=0, le=1, description="Fraction of steps spent warming up.")
    weight_decay: float = Field(0.0, ge=0, description="AdamW weight decay.")
    epochs: float = Field(1.0, gt=0, description="Passes over the data (ignored when max_tokens is set).")
    max_tokens: int | None = Field(
        None, gt=0, description="Token budget: train on exactly this many tokens (cycling the data "
        "if needed) so arms with different corpora see the same compute.")
    max_examples: int | None = Field(
        None, ge=1, description="aft: train on a seeded subset of this many chats, nested (every smaller "
        "subset is inside every larger one for the same seed); epochs or max_tokens then apply to it. "
        "For data-efficiency sweeps: sweep: {params: {aft.max_examples: [8, 16, 32]}}.")
    batch_size: int = Field(8, ge=1, description="Sequences per device per step.")
    grad_accum: int = Field(1, ge=1, description="Gradient accumulation steps.")
    max_length: int = Field(256, ge=8, description="Packed sequence length (midtrain) or chat truncation length (aft).")
    continue_adapter: bool = Field(
        False, description="lora: keep training the previous stage's LoRA adapter (on the model that stage "
        "started from) instead of merging it and adding a new one; the MSM paper's AFT continued the "
        "midtraining adapter. The previous stage must be LoRA with the same rank, alpha, dropout and targets.")
    report_to: list[str] = Field(
        default_factory=list, description="Where the trainer also logs its curves, e.g. [tensorboard] "
        "(event files under the stage's tensorboard/ folder) or [wandb]; the library must be installed. "
        "loss.json and loss.png are written either way.")
    precision: Literal["auto", "bf16", "fp32"] = Field(
        "auto", description="auto: bf16 autocast where the hardware supports it, else fp32.")
    gradient_checkpointing: bool = Field(
        False, description="Recompute activations to save memory, at about a third more compute per step "
        "(1.3-2x slower on the 2-core CPU). Off by default: the 135M default model trains in a few GB "
        "without it; turn it on for larger models or long sequences.")
    save_steps: int = Field(25, ge=1, description="Checkpoint every N optimizer steps (for resume).")
    keep_reasoning: bool = Field(True, description="aft: keep <think>…</think> traces in assistant turns (else strip them).")
    logging_steps: int = Field(1, ge=1, description="Record the loss every N steps.")
    group_by_length: bool = Field(
        True, description="aft: batch chats of similar length together (less padding); the order stays seeded.")
    keep_checkpoints: bool = Field(
        False, description="Keep out_dir/checkpoints after a successful stage (deleted by default to save disk).")

    @field_validator("report_to")
    @classmethod
    def _installed(cls, names: list[str]) -> list[str]:
        """Fail when the experiment loads, not after a stage has trained."""
        for name in names:
            modules = _INTEGRATIONS.get(name)
            if modules is None:
                raise ValueError(f"{name!r} is not a logging integration whyfirst knows "
                                 f"(use one of {sorted(_INTEGRATIONS)})")
            if not any(importlib.util.find_spec(m) for m in modules):
                raise ValueError(f"{name!r} is not installed: pip install {modules[0]}")
        return names


# report_to name → the modules any one of which the integration needs
_INTEGRATIONS = {"tensorboard": ("tensorboard", "tensorboardX"), "wandb": ("wandb",), "mlflow": ("mlflow",),
                 "comet_ml": ("comet_ml",), "trackio": ("trackio",)}


def merge_params(defaults: dict, overrides: dict) -> TrainConfig:
    """Experiment-level defaults, then stage-level overrides, validated together."""
    return TrainConfig.model_validate({**defaults, **overrides})
