"""What a training stage reports (kept free of torch so importing it is cheap)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from whyfirst.train.config import StageKind


class TrainResult(BaseModel):
    kind: StageKind
    tokens_seen: int = Field(description="input tokens trained on (midtrain: all; aft: non-padding), all processes")
    steps: int = Field(description="optimizer steps")
    final_loss: float = Field(description="the last logged training loss")
    loss_curve: Path = Field(description="loss.json: one record per logged step")
    model_path: Path = Field(description="full HF model dir (LoRA merged), fp32 safetensors + tokenizer")
    adapter_path: Path | None = Field(None, description="the peft LoRA adapter, when method=lora")
    wall_s: float = Field(description="seconds for the whole stage: data, training, saving")
    tokens_per_s: float = Field(description="training-loop throughput of this session (after a resume: "
                                "the tokens trained since resuming)")
    precision: Literal["bf16", "fp32"] = Field(description="bf16 = bf16 autocast over fp32 weights")
    resumed_from_step: int | None = Field(None, description="the checkpoint step this run resumed from")
    world_size: int = 1
    peak_memory_mb: float = Field(description="peak RSS of this process")
