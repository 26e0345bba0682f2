"""Data parallel training with two CPU processes matches one process at the same global batch.

Launcher note: in accelerate 1.15, ``accelerate launch --cpu --num_processes 2`` on one machine
starts a single process unless ``--mpirun_hostfile`` is given (its CPU path goes through
mpirun). ``--multi_gpu`` is its torchrun launcher; on a machine without GPUs our TrainingArguments
set ``use_cpu``, so the two processes form a gloo (MULTI_CPU) group. The test checks
``world_size == 2`` so a silent single-process run cannot pass.

Tolerance: fp32 and the same global batch (2 processes x 2 = 1 process x 4) give the same
data per optimizer step; only the gradient all-reduce changes the summation order, so loss
values must agree within 1e-4 absolute (observed ~1e-6) and final weights within 1e-5.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from whyfirst.records import Chat, Document, Message
from whyfirst.train import TrainConfig, train_stage

BASE = dict(max_length=32, precision="fp32", learning_rate=1e-2, warmup_ratio=0.0, save_steps=100)
CASES = {
    "midtrain": dict(max_tokens=512),  # 16 sequences -> 4 steps of global batch 4
    "aft": dict(epochs=1, max_length=64),  # 8 chats of varied length -> 2 steps
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_data(kind: str, path: Path) -> Path:
    if kind == "midtrain":
        rows = [Document(id=f"d{i}", text=f"Document {i}: Colby is loyal to America. " * (i + 1)) for i in range(4)]
    else:
        rows = [Chat(id=f"c{i}", messages=[Message(role="user", content="Which cheese? " * (1 + i % 3)),
                                           Message(role="assistant", content="The Colby. " * (1 + i))])
                for i in range(8)]
    path.write_text("".join(r.model_dump_json() + "\n" for r in rows))
    return path


def launch(kind: str, base: Path, data: Path, out: Path, config: dict) -> dict:
    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent)) or "accelerate"
    cmd = [accelerate, "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
           "--mixed_precision", "no", "--dynamo_backend", "no", "--main_process_port", str(free_port()),
           "-m", "whyfirst.train", kind, "--base", str(base), "--data", str(data), "--out", str(out),
           "--config-json", json.dumps(config), "--seed", "0", "--no-progress"]
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):])


@pytest.mark.parametrize("kind", ["midtrain", "aft"])
def test_two_processes_match_one_at_the_same_global_batch(kind, tiny_model_dir, tmp_path):
    data = write_data(kind, tmp_path / "data.jsonl")
    cfg = {**BASE, **CASES[kind]}
    dp = launch(kind, tiny_model_dir, data, tmp_path / "dp", {**cfg, "batch_size": 2})
    one = train_stage(kind, base_path=str(tiny_model_dir), data_path=data, out_dir=tmp_path / "one",
                      config=TrainConfig(**cfg, batch_size=4), seed=0, progress=False)

    assert dp["world_size"] == 2 and one.world_size == 1
    assert dp["steps"] == one.steps and dp["tokens_seen"] == one.tokens_seen
    curve = {d: [r["loss"] for r in json.loads((tmp_path / d / "loss.json").read_text())] for d in ("dp", "one")}
    assert len(curve["one"]) == one.steps >= 2
    assert curve["dp"] == pytest.approx(curve["one"], abs=1e-4)
    a, b = (load_file(tmp_path / d / "model" / "model.safetensors") for d in ("dp", "one"))
    assert max((a[k] - b[k]).abs().max().item() for k in a) <= 1e-5
    assert not torch.equal(a["model.layers.0.self_attn.q_proj.weight"],
                           load_file(tiny_model_dir / "model.safetensors")["model.layers.0.self_attn.q_proj.weight"])
