"""The one precision rule, for training, scoring, generation and the cost model.

A config's ``precision: auto`` becomes ``WHYFIRST_PRECISION`` (``fp32``/``bf16``) when that is
set, else **bf16 where the device multiplies bf16 natively, fp32 everywhere else**:

* a CUDA GPU with bf16 (``torch.cuda.is_bf16_supported()``), or an XPU;
* a CPU with ``avx512_bf16`` or ``amx_bf16`` (x86) or ``bf16`` (Arm) in its ISA flags — and a
  torch build that has the kernel. ``torch.backends.cpu.get_cpu_capability()`` reports only
  the vector tier ("AVX512"), not whether bf16 dot products exist; without them a bf16 matmul
  is emulated and slower than fp32 (an AVX2-only CPU, or AVX-512 without the bf16 extension).

An explicit ``fp32``/``bf16`` in a config is kept as written (it is part of the stage's key).
Training uses the result as autocast (fp32 master weights); scoring and generation load the
weights in it. Nothing here imports torch unless it is already loaded, so planning stays cheap.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from functools import cache
from pathlib import Path
from typing import Literal

from whyfirst.errors import InputError

Precision = Literal["bf16", "fp32"]
PRECISION_ENV = "WHYFIRST_PRECISION"

__all__ = ["PRECISION_ENV", "Precision", "bf16_native", "cpu_has_native_bf16", "cpuinfo", "gpu_names", "torch_build",
           "on_gpu", "precision_override", "resolve_precision", "torch_dtype"]


def cpuinfo() -> tuple[str, set[str]]:
    """(CPU model name, ISA flags) of the first processor listed in /proc/cpuinfo."""
    name, flags = "", set()
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        text = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in ("model name", "hardware", "cpu model") and not name:
            name = value.strip()
        elif key in ("flags", "features") and not flags:
            flags = set(value.split())
    return name or platform.processor() or platform.machine(), flags


def cpu_has_native_bf16() -> bool:
    """The ISA flags say bf16 dot products exist (and a loaded torch has the kernel)."""
    _, flags = cpuinfo()
    native = "bf16" in flags if platform.machine() in ("aarch64", "arm64") else bool(
        flags & {"avx512_bf16", "amx_bf16"})
    # planning must not import torch: without it loaded, trust the flags
    return native and ("torch" not in sys.modules or _torch_has_cpu_bf16_kernel())


@cache
def _torch_has_cpu_bf16_kernel() -> bool:
    import torch

    try:  # the flag can be present while the torch build lacks the kernel
        torch.mm(torch.ones(16, 16, dtype=torch.bfloat16), torch.ones(16, 16, dtype=torch.bfloat16))
        return True
    except RuntimeError:
        return False


def gpu_names() -> list[str]:
    """GPU names torch would use; read from the driver when torch is not loaded yet."""
    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            if torch.cuda.is_available():
                return [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
        except Exception:  # pragma: no cover - broken driver
            return []
        return []
    if torch_build().endswith("+cpu"):
        return []
    names = []
    for info in sorted(Path("/proc/driver/nvidia/gpus").glob("*/information")):
        try:
            m = re.search(r"^Model:\s*(.+)$", info.read_text(), re.MULTILINE)
        except OSError:
            continue
        if m:
            names.append(m.group(1).strip())
    return names


def torch_build() -> str:
    if "torch" in sys.modules:
        return str(sys.modules["torch"].__version__)
    try:
        from importlib.metadata import version

        return version("torch")
    except Exception:  # pragma: no cover - torch is a dependency
        return "unknown"


def on_gpu() -> bool:
    import torch

    return torch.cuda.is_available() or (hasattr(torch, "xpu") and torch.xpu.is_available())


def _default_device() -> str:
    torch = sys.modules.get("torch")
    if torch is None:
        return "cuda" if gpu_names() else "cpu"
    if torch.cuda.is_available():
        return "cuda"
    if hasattr(torch, "xpu") and torch.xpu.is_available():
        return "xpu"
    return "cpu"


def bf16_native(device: str | None = None) -> bool:
    """Does ``device`` (default: the one torch would use) multiply bf16 natively?"""
    device = device or _default_device()
    if device.startswith("cuda"):
        torch = sys.modules.get("torch")
        if torch is None:  # planning without torch: assume a recent (bf16-capable) NVIDIA GPU
            return bool(gpu_names())
        try:
            return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
        except Exception:  # pragma: no cover - broken driver
            return False
    if device.startswith("xpu"):
        return True
    if device.startswith("cpu"):
        return cpu_has_native_bf16()
    return False  # mps and others: fp32


def precision_override() -> Precision | None:
    """``WHYFIRST_PRECISION`` (fp32 or bf16), or None when unset or ``auto``."""
    raw = os.environ.get(PRECISION_ENV, "").strip().lower()
    if raw in ("", "auto"):
        return None
    if raw not in ("fp32", "bf16"):
        raise InputError(f"{PRECISION_ENV}={raw!r} is not a precision", field=PRECISION_ENV,
                         fix="set it to fp32, bf16 or auto, or unset it")
    return raw  # type: ignore[return-value]


def resolve_precision(requested: str = "auto", device: str | None = None) -> Precision:
    """What ``requested`` (auto, fp32 or bf16) means on ``device``: the rule in this module's doc."""
    if requested not in ("auto", "fp32", "bf16"):
        raise ValueError(f"precision must be auto, bf16 or fp32, not {requested!r}")
    if requested != "auto":
        return requested  # type: ignore[return-value]
    return precision_override() or ("bf16" if bf16_native(device) else "fp32")


def torch_dtype(precision: Precision):
    import torch

    if precision not in ("bf16", "fp32"):
        raise ValueError(f"precision must be bf16 or fp32 here, not {precision!r} (resolve 'auto' first)")
    return torch.bfloat16 if precision == "bf16" else torch.float32
