"""What the benchmarks run on: the machine line, the precision rule and a bounded matmul peak.

Shared by ``train_throughput.py`` and ``score_throughput.py`` (imported as ``_machine`` from
this folder). The precision rule is the one ``whyfirst.precision`` applies to ``auto``:
bf16 only where it is multiplied natively, i.e. a CUDA GPU that supports it, or a CPU whose
flags list ``avx512_bf16`` or ``amx_bf16`` (x86) or ``bf16`` (Arm). Anywhere else a bf16 matmul
is emulated (on the 2-core AVX2-only AMD EPYC, under load: bf16 torch.mm about 1 GFLOP/s,
fp32 about 40), so a benchmark that measured it would report the emulation, not the code.
"""

from __future__ import annotations

import os
import platform
import time

from whyfirst.precision import bf16_native
from whyfirst.precision import cpuinfo as _cpuinfo

# the CPU flags that decide matmul speed and bf16 support (those present are printed)
SHOWN_FLAGS = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_bf16",
               "asimd", "bf16", "sve")
CHECKED_FLAGS = ("avx2", "avx512f", "avx512_bf16")  # printed as yes/no on x86


def cpuinfo() -> tuple[str, frozenset[str]]:
    """(CPU model name, ISA flags): the same reading the cost model keys its calibration by."""
    name, flags = _cpuinfo()
    return name, frozenset(flags)


def is_arm() -> bool:
    return platform.machine() in ("aarch64", "arm64")


def device_name(device: str) -> str:
    import torch

    if device.startswith("cuda"):
        return torch.cuda.get_device_name(torch.device(device))
    return cpuinfo()[0]


def default_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def native_bf16(device: str) -> bool:
    """Whether ``device`` multiplies bf16 in hardware: the rule of ``whyfirst.precision``."""
    return bf16_native(device)


def resolve_precision(requested: str, device: str, allow_emulated: bool = False,
                      fix: str = "--precision fp32 or auto") -> tuple[str, str]:
    """(``bf16`` | ``fp32``, why). ``auto`` picks bf16 only where it is native; an explicit
    bf16 where it is emulated is refused unless ``allow_emulated``."""
    native = native_bf16(device)
    where = "CUDA" if device.startswith("cuda") else "CPU"
    if requested == "auto":
        if native:
            return "bf16", f"auto: native bf16 on this {where}"
        missing = ("torch.cuda.is_bf16_supported() is False" if where == "CUDA"
                   else "no bf16 flag" if is_arm() else "no avx512_bf16/amx_bf16")
        return "fp32", (f"auto: no native bf16 on this {where} "
                        f"({missing}), bf16 would be emulated")
    if requested == "bf16" and not native:
        if not allow_emulated:
            raise SystemExit(f"bf16 requested, but this {where} has no native bf16: the run would measure "
                             f"emulation. Use {fix}, or --allow-emulated to measure it anyway.")
        return "bf16", "requested; EMULATED on this machine (--allow-emulated)"
    return requested, "requested"


def machine_line(device: str, precision: str, why: str) -> str:
    """One line: CPU, the flags that matter, torch threads, load, device and the precision used."""
    import torch

    name, flags = cpuinfo()
    if is_arm():
        shown = " ".join(f for f in SHOWN_FLAGS if f in flags) or "none"
    else:
        checked = " ".join(f"{f}={'yes' if f in flags else 'no'}" for f in CHECKED_FLAGS)
        amx = sorted(f for f in flags if f.startswith("amx"))
        shown = f"{checked} amx={','.join(amx) if amx else 'no'}"
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    env = "".join(f", {v}={os.environ[v]}" for v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS") if v in os.environ)
    gpu = f"; device {device} ({device_name(device)})" if device.startswith("cuda") else ""
    return (f"machine: {name} [{platform.machine()}, {os.cpu_count()} CPUs]; flags: {shown}; torch "
            f"{torch.__version__}, {torch.get_num_threads()} threads{env}; load avg {load}{gpu}; "
            f"precision {precision} ({why})")


def announce(requested: str = "auto", allow_emulated: bool = False) -> tuple[str, str]:
    """Pick the device and the precision by the rule above, print the machine line; (device, precision)."""
    device = default_device()
    precision, why = resolve_precision(requested, device, allow_emulated)
    print(machine_line(device, precision, why), flush=True)
    return device, precision


def autocast(precision: str, device: str = "cpu"):
    """bf16 autocast, as training runs it, or nothing for fp32."""
    import contextlib

    import torch

    return (torch.autocast(device.split(":")[0], dtype=torch.bfloat16) if precision == "bf16"
            else contextlib.nullcontext())


def _sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def matmul_peak(precision: str, device: str = "cpu", budget_s: float = 3.0, reps: int = 5) -> dict:
    """Best single ``torch.mm`` rate (FLOP/s) for square matrices in ``precision`` on ``device``.

    Starts at 256² and doubles the size (up to 2048² on CPU, 8192² on CUDA) while the next
    size is predicted to take under a tenth of the budget per product, then times ``reps``
    products of the chosen size and keeps the fastest (another process can only slow one
    down). Stops early when ``budget_s`` is spent, so an unexpectedly slow dtype costs
    seconds, not minutes.
    """
    import torch

    dtype = torch.bfloat16 if precision == "bf16" else torch.float32
    top = 8192 if device.startswith("cuda") else 2048
    started = time.perf_counter()

    def one(n: int, a, b) -> float:
        _sync(device)
        t0 = time.perf_counter()
        torch.mm(a, b)
        _sync(device)
        return time.perf_counter() - t0

    n = 256
    while True:
        a = torch.randn(n, n, dtype=dtype, device=device)
        b = torch.randn(n, n, dtype=dtype, device=device)
        one(n, a, b)  # warm-up (allocation, kernel selection)
        t = one(n, a, b)
        if n >= top or 8 * t > budget_s / 10 or time.perf_counter() - started > budget_s / 2:
            break
        n *= 2
    best = t
    for _ in range(reps):
        if time.perf_counter() - started > budget_s:
            break
        best = min(best, one(n, a, b))
    return {"flops": 2 * n**3 / best, "n": n, "precision": precision, "device": device,
            "seconds": round(time.perf_counter() - started, 2)}


def peak_label(peak: dict) -> str:
    return (f"{peak['precision']} {peak['flops'] / 1e9:.0f} GFLOP/s ({peak['n']}² torch.mm on {peak['device']}, "
            f"best single product, {peak['seconds']:.1f} s)")
