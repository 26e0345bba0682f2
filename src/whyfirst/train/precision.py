"""Pick bf16 autocast only where the hardware multiplies bf16 natively.

``torch.backends.cpu.get_cpu_capability()`` reports only the vector tier ("AVX512"), not
whether bf16 dot products exist, so on CPU we read the ISA flags: without avx512_bf16/amx_bf16
(x86) or bf16 (Arm) a bf16 matmul is emulated and slower than fp32.
"""

from __future__ import annotations

import platform
import re
from functools import cache
from pathlib import Path
from typing import Literal

import torch

Precision = Literal["bf16", "fp32"]


def on_gpu() -> bool:
    return torch.cuda.is_available() or (hasattr(torch, "xpu") and torch.xpu.is_available())


@cache
def cpu_has_native_bf16() -> bool:
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    pattern = r"\bbf16\b" if platform.machine() in ("aarch64", "arm64") else r"\b(avx512_bf16|amx_bf16)\b"
    if not re.search(pattern, info):
        return False
    try:  # the flag can be present while the torch build lacks the kernel
        torch.mm(torch.ones(16, 16, dtype=torch.bfloat16), torch.ones(16, 16, dtype=torch.bfloat16))
        return True
    except RuntimeError:
        return False


def bf16_supported() -> bool:
    if torch.cuda.is_available():
        return torch.cuda.is_bf16_supported()
    if hasattr(torch, "xpu") and torch.xpu.is_available():
        return True
    return cpu_has_native_bf16()


def resolve_precision(requested: str) -> Precision:
    if requested == "auto":
        from whyfirst.costmodel import precision_override  # WHYFIRST_PRECISION=fp32|bf16

        if override := precision_override():
            return override
        return "bf16" if bf16_supported() else "fp32"
    return requested  # type: ignore[return-value]
