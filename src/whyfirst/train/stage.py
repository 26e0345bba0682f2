"""One training stage (midtrain or aft) with transformers' Trainer and peft LoRA.

The same code runs in one process or under ``accelerate launch`` (data parallel): the data
order is fixed up front (see ``data.py``), the Trainer only reads it sequentially, and only
rank 0 writes the final model and the loss files.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import torch
from transformers import (AutoModelForCausalLM, PrinterCallback, Trainer, TrainingArguments,
                          set_seed)
from transformers.integrations import TensorBoardCallback

from whyfirst.runs import peak_memory_mb, write_json_atomic
from whyfirst.train.callbacks import StageCallback
from whyfirst.models import load_tokenizer
from whyfirst.train.config import StageKind, TrainConfig
from whyfirst.train.data import Collator, build_dataset
from whyfirst.train.lora import use_fused_lora
from whyfirst.train.loss import LabelledLogitsTrainer
from whyfirst.precision import Precision, on_gpu, resolve_precision
from whyfirst.train.result import TrainResult

_CHECKPOINT = re.compile(r"^checkpoint-(\d+)$")


def run_stage(kind: StageKind, *, base_path: str, data_path: Path, out_dir: Path, config: TrainConfig,
              seed: int, fill: dict[str, str] | None = None, progress: bool = True,
              adapter: Path | None = None) -> TrainResult:
    started, out_dir = time.perf_counter(), Path(out_dir)
    check_adapter(config, adapter)
    set_seed(seed)  # before the model exists: LoRA's A matrices are drawn at wrap time
    trainer, callback = build_trainer(kind, base_path, Path(data_path), out_dir, config, seed, fill or {}, progress,
                                      adapter)
    resume = latest_checkpoint(out_dir / "checkpoints")
    output = trainer.train(resume_from_checkpoint=str(resume) if resume else None)
    saved_adapter = save_outputs(trainer, config, base_path, out_dir, callback)
    state, args = trainer.state, trainer.args
    return TrainResult(
        kind=kind, tokens_seen=state.num_input_tokens_seen, steps=state.global_step,
        final_loss=final_loss(state.log_history, output.training_loss), loss_curve=out_dir / "loss.json",
        model_path=out_dir / "model", adapter_path=saved_adapter, wall_s=round(time.perf_counter() - started, 2),
        tokens_per_s=round(callback.tokens_per_s, 1), precision=precision_of(args),
        resumed_from_step=int(_CHECKPOINT.match(resume.name)[1]) if resume else None,
        world_size=args.world_size, peak_memory_mb=round(peak_memory_mb(), 1))


def check_adapter(config: TrainConfig, adapter: Path | None) -> None:
    """continue_adapter and an adapter go together, and the adapter has the config's shape."""
    if config.continue_adapter != (adapter is not None):
        raise ValueError("continue_adapter needs the adapter to continue (and an adapter needs "
                         f"continue_adapter: true); got continue_adapter={config.continue_adapter}, adapter={adapter}")
    if adapter is None:
        return
    if config.method != "lora":
        raise ValueError("continue_adapter needs method: lora")
    path = Path(adapter) / "adapter_config.json"
    if not path.exists():
        from whyfirst.errors import InputError

        raise InputError("no LoRA adapter to continue here", path=path,
                         fix="point at the adapter/ folder of a finished LoRA stage")
    saved = json.loads(path.read_text())
    targets = saved.get("target_modules")
    mismatched = {name: (saved.get(key), getattr(config, name)) for name, key in (
        ("lora_r", "r"), ("lora_alpha", "lora_alpha"), ("lora_dropout", "lora_dropout"))
        if saved.get(key) != getattr(config, name)}
    if config.lora_target_modules != "all-linear" and sorted(targets or []) != sorted(config.lora_target_modules):
        mismatched["lora_target_modules"] = (targets, config.lora_target_modules)
    if mismatched:
        raise ValueError(f"the adapter at {adapter} differs from this stage's config "
                         f"(adapter, config): {mismatched}; set the same values to continue it")


def build_trainer(kind: StageKind, base_path: str, data_path: Path, out_dir: Path, config: TrainConfig,
                  seed: int, fill: dict[str, str], progress: bool,
                  adapter: Path | None = None) -> tuple[Trainer, StageCallback]:
    args = training_args(kind, config, out_dir / "checkpoints", seed)
    tokenizer = load_tokenizer(base_path)
    global_batch = config.batch_size * config.grad_accum * args.world_size
    dataset = build_dataset(kind, data_path, tokenizer, config, seed, fill, global_batch)
    args.warmup_steps = math.ceil(config.warmup_ratio * optimizer_steps(len(dataset), config, args.world_size))
    callback = StageCallback(show=progress, desc=kind)
    model = load_model(base_path, config, precision_of(args), adapter)
    trainer = LabelledLogitsTrainer(model=model, args=args, train_dataset=dataset,
                                    data_collator=Collator(tokenizer.pad_token_id, padded=kind == "aft"),
                                    processing_class=tokenizer, callbacks=[callback])
    trainer.remove_callback(PrinterCallback)  # our bar shows the loss; no dict per step on stdout
    for cb in trainer.callback_handler.callbacks:
        if isinstance(cb, TensorBoardCallback):  # transformers 5 has no argument for its folder
            cb.logging_dir = str(out_dir / "tensorboard")
    return trainer, callback


def precision_of(args: TrainingArguments) -> Precision:
    # what accelerate will actually do: an ACCELERATE_MIXED_PRECISION from a launch config also counts
    return "bf16" if args.mixed_precision == "bf16" else "fp32"


def training_args(kind: StageKind, config: TrainConfig, checkpoints: Path, seed: int) -> TrainingArguments:
    bf16 = resolve_precision(config.precision) == "bf16"
    return TrainingArguments(
        output_dir=str(checkpoints), per_device_train_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accum, num_train_epochs=1,  # data.py already repeats epochs
        learning_rate=config.learning_rate, lr_scheduler_type=config.lr_scheduler,
        weight_decay=config.weight_decay, logging_steps=config.logging_steps,
        save_strategy="steps", save_steps=config.save_steps, save_total_limit=2,
        # without use_cpu, Trainer refuses bf16 on a CPU and ignores a torchrun/accelerate process group there
        bf16=bf16, use_cpu=not on_gpu() and not torch.backends.mps.is_available(),
        activation_checkpointing=config.gradient_checkpointing,
        # non-reentrant checkpointing works with frozen inputs and with DDP's gradient hooks
        activation_checkpointing_kwargs={"use_reentrant": False},
        seed=seed, data_seed=seed, train_sampling_strategy="sequential",
        dataloader_num_workers=0, report_to=config.report_to or "none", disable_tqdm=True, remove_unused_columns=False,
        # packed midtrain batches have no padding, and EOS doubles as pad: count every token there
        include_num_input_tokens_seen="all" if kind == "midtrain" else "non_padding",
        ddp_find_unused_parameters=False, dataloader_pin_memory=on_gpu(),
    )


def optimizer_steps(n_examples: int, config: TrainConfig, world_size: int) -> int:
    micro_batches = math.ceil(n_examples / (config.batch_size * world_size))
    return math.ceil(micro_batches / config.grad_accum)



def load_model(base_path: str, config: TrainConfig, precision: Precision = "fp32", adapter: Path | None = None):
    """The model to train: ``base_path`` as is (full), with a new LoRA adapter, or with the
    trainable ``adapter`` an earlier stage trained on ``base_path`` (continue_adapter)."""
    # fp32 master weights; bf16 only inside autocast (and for LoRA's frozen weights, see below)
    model = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch.float32)
    model.config.use_cache = False
    if config.method == "full":
        return model
    from peft import LoraConfig, PeftModel, get_peft_model

    if config.gradient_checkpointing:
        model.enable_input_require_grads()  # frozen embeddings would otherwise cut the graph
    if adapter is not None:
        lora = LoraConfig.from_pretrained(str(adapter))
    else:
        lora = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                          target_modules=config.lora_target_modules, bias="none", task_type="CAUSAL_LM")
    if not sharded_launch():
        use_fused_lora(lora)
    with quiet_peft():
        if adapter is not None:
            model = PeftModel.from_pretrained(model, str(adapter), is_trainable=True, config=lora)
        else:
            model = get_peft_model(model, lora)
    if precision == "bf16" and not sharded_launch():
        prepare_lora_for_bf16(model)
    return model


@contextmanager
def quiet_peft() -> Iterator[None]:
    # peft 0.21 probes a transformers attribute deprecated in v5 each time it wraps a model
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        yield


def sharded_launch() -> bool:
    # FSDP/DeepSpeed shard parameters in flat groups that want one dtype: leave them uniform there
    return any(os.environ.get(f"ACCELERATE_USE_{k}", "").lower() == "true" for k in ("FSDP", "DEEPSPEED"))


def prepare_lora_for_bf16(model) -> None:
    """Drop casts that autocast makes redundant; the numbers stay bit-identical.

    The frozen base weights are stored in bf16, the dtype autocast casts them to anyway (they
    never change, and rounding once equals rounding every step), which saves a cast per weight
    per forward and recompute, and half their memory. peft's up-cast of bf16 inputs to the
    adapters' fp32 is skipped: autocast casts them straight back, and bf16 -> fp32 -> bf16 is
    exact. Embeddings, norms and the adapters stay fp32; the merged model is rebuilt from the
    fp32 base on disk, so nothing saved is rounded. On CPU these casts cost as much as the
    adapters' own matmuls.
    """
    from peft.tuners.tuners_utils import BaseTunerLayer

    for module in model.modules():
        base = getattr(module, "base_layer", None)
        if isinstance(module, BaseTunerLayer) and isinstance(base, torch.nn.Linear):
            base.to(torch.bfloat16)
            module.cast_input_dtype_enabled = False


def latest_checkpoint(folder: Path) -> Path | None:
    """The newest complete checkpoint; trainer_state.json is written last, so a kill mid-save is skipped."""
    if not folder.is_dir():
        return None
    done = [p for p in folder.iterdir() if _CHECKPOINT.match(p.name) and (p / "trainer_state.json").exists()]
    return max(done, key=lambda p: int(_CHECKPOINT.match(p.name)[1]), default=None)


def save_outputs(trainer: Trainer, config: TrainConfig, base_path: str, out_dir: Path,
                 callback: StageCallback) -> Path | None:
    """Adapter and merged model; every rank calls save_model (it gathers sharded weights)."""
    adapter = out_dir / "adapter" if config.method == "lora" else None
    if adapter is None:
        trainer.model.config.use_cache = True
    trainer.save_model(str(adapter or out_dir / "model"))
    trainer.accelerator.wait_for_everyone()
    if trainer.is_world_process_zero():
        if adapter is not None:
            merge_adapter(base_path, adapter, out_dir / "model")
            trainer.processing_class.save_pretrained(out_dir / "model")
        write_loss(trainer.state.log_history, callback.step_time, out_dir)
        if not config.keep_checkpoints:
            shutil.rmtree(out_dir / "checkpoints", ignore_errors=True)
    trainer.accelerator.wait_for_everyone()
    return adapter


def merge_adapter(base_path: str, adapter: Path, target: Path) -> None:
    """Merge from disk, not from the training model, so it works the same under FSDP/DeepSpeed."""
    from peft import PeftModel

    base = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch.float32)
    with quiet_peft():
        merged = PeftModel.from_pretrained(base, str(adapter)).merge_and_unload()
    merged.save_pretrained(target)


def final_loss(history: list[dict], mean_loss: float) -> float:
    logged = [h["loss"] for h in history if "loss" in h]
    return float(logged[-1] if logged else mean_loss)


def write_loss(history: list[dict], step_time: dict[int, float], out_dir: Path) -> None:
    keys = {"loss": "loss", "learning_rate": "lr", "grad_norm": "grad_norm", "num_input_tokens_seen": "tokens_seen"}
    curve = [{"step": h["step"], **{new: h[old] for old, new in keys.items() if old in h},
              **({"time_s": round(step_time[h["step"]], 4)} if h["step"] in step_time else {})}
             for h in history if "loss" in h]
    write_json_atomic(out_dir / "loss.json", curve)
    plot_loss(curve, out_dir / "loss.png")


def plot_loss(curve: list[dict], path: Path) -> None:
    # the object API leaves the process-wide matplotlib backend alone
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3.5), dpi=120)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.plot([c["step"] for c in curve], [c["loss"] for c in curve], lw=1.2)
    ax.set(xlabel="optimizer step", ylabel="training loss", title="loss")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)

