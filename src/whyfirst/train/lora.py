"""The LoRA layer whyfirst trains: peft's, with the adapter's output added inside one GEMM.

peft computes ``base(x) + lora_B(lora_A(dropout(x))) * scaling``: a multiply and an add over
every (tokens × out_features) output of every adapted projection, and the multiply again in
backward. On a CPU those elementwise passes over memory cost more than the rank-r matmuls
themselves (``benchmarks/profile_step.py``). ``torch.addmm(result, h, B.T, alpha=scaling)``
does the add and the scaling inside the GEMM; in backward the scaling falls on the rank-sized
operands. Same parameters, same state dict, same merge: only the forward of the plain path
changes, and everything else (DoRA and other variants, several active adapters, merged or
disabled adapters, mixed-batch adapter names) goes through peft's own forward.
"""

from __future__ import annotations

from typing import Any

import torch
from peft.tuners.lora.layer import Linear as PeftLoraLinear


class FusedLoraLinear(PeftLoraLinear):
    def forward(self, x: torch.Tensor, *args: Any, **kwargs: Any) -> torch.Tensor:
        if not self._fusable(x, args, kwargs):
            return super().forward(x, *args, **kwargs)
        name = self.active_adapters[0]
        lora_A, lora_B = self.lora_A[name], self.lora_B[name]
        result = self.base_layer(x)
        h = lora_A(self.lora_dropout[name](self._cast_input_dtype(x, lora_A.weight.dtype)))
        out = torch.addmm(result.reshape(-1, result.shape[-1]), h.reshape(-1, h.shape[-1]), lora_B.weight.t(),
                          alpha=self.scaling[name])
        return out.view(result.shape).to(result.dtype)

    def _fusable(self, x: torch.Tensor, args: tuple, kwargs: dict) -> bool:
        if args or kwargs or self.disable_adapters or self.merged or len(self.active_adapters) != 1:
            return False
        name = self.active_adapters[0]
        if name not in self.lora_A or name in self.lora_variant or self.lora_B[name].bias is not None:
            return False
        if self.fan_in_fan_out or type(self.base_layer) is not torch.nn.Linear:  # not a quantized subclass
            return False
        # addmm wants one dtype; autocast provides it, and without autocast the dtypes must agree
        return (torch.is_autocast_enabled(x.device.type)
                or self.base_layer.weight.dtype == self.lora_B[name].weight.dtype == x.dtype)


def use_fused_lora(config) -> None:
    """Have peft build :class:`FusedLoraLinear` for every ``nn.Linear`` that ``config`` (a
    ``LoraConfig``) targets — for a new adapter and for one loaded to continue training.

    Not under FSDP or DeepSpeed (the caller checks): they shard or gather ``lora_B`` around its
    own forward, which the fused path reads the weight of without calling."""
    config._register_custom_module({torch.nn.Linear: FusedLoraLinear})
