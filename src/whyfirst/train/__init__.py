"""Training stages: Model Spec Midtraining (``midtrain``) and alignment fine-tuning (``aft``).

``train_stage`` is the one entry point; ``python -m whyfirst.train`` wraps it for
``accelerate launch``. torch and transformers load on first call, so importing the config
from here stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from whyfirst.train.config import StageKind, TrainConfig
from whyfirst.train.result import TrainResult

__all__ = ["StageKind", "TrainConfig", "TrainResult", "train_stage"]


def train_stage(kind: Literal["midtrain", "aft"], *, base_path: str, data_path: Path, out_dir: Path,
                config: TrainConfig, seed: int, fill: dict[str, str] | None = None,
                progress: bool = True, adapter: Path | None = None) -> TrainResult:
    """Train one stage from the HF model dir ``base_path`` and write its outputs under ``out_dir``.

    midtrain reads Document JSONL (``.text``) and packs it; aft reads Chat JSONL and trains on
    assistant tokens only. ``fill`` replaces ``{model_name}``/``{provider_name}`` in all text.

    Writes ``model/`` (full HF dir, LoRA merged, fp32 safetensors + tokenizer), ``adapter/``
    (method=lora), ``checkpoints/`` (every save_steps; removed on success unless
    keep_checkpoints), ``loss.json`` and ``loss.png``. A folder that holds a checkpoint is
    resumed from its latest complete one, with the same result as an uninterrupted run.
    ``adapter``: a LoRA adapter an earlier stage trained on ``base_path``, trained further
    instead of a new one (``config.continue_adapter``); the result is merged into ``base_path``.
    """
    from whyfirst.train.stage import run_stage

    return run_stage(kind, base_path=base_path, data_path=Path(data_path), out_dir=Path(out_dir),
                     config=config, seed=seed, fill=fill, progress=progress, adapter=adapter)
