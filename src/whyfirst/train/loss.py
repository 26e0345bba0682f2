"""The training loss, with the LM head applied only where a next-token label exists.

A causal LM's forward projects every position onto the vocabulary (49,152 logits per token
for SmolLM2) and its loss then throws away the positions labelled -100. In AFT those are the
system and user turns and the padding — most of each chat's tokens for short answers — so
the head's matmul (forward and backward) and the log-softmax over the vocabulary are spent
on positions the loss ignores. :class:`LabelledLogitsTrainer` keeps transformers' Trainer
and its model forward (so DDP, FSDP and peft wrappers see an ordinary call) and, for the
length of one forward, gives the output-embedding layer only the hidden states whose next
token is labelled. The loss is the same sum of token cross-entropies, normalized as the
Trainer normalizes it (by the labelled tokens of the whole accumulated batch), so the
gradients equal the stock Trainer's; ``tests/test_train.py`` checks that. In midtraining
every position is labelled and only the last one (which predicts nothing) is dropped.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import torch
import torch.nn.functional as F
from transformers import Trainer

from whyfirst.train.data import IGNORE


@contextmanager
def head_sees_only(head: torch.nn.Module, keep: torch.Tensor) -> Iterator[None]:
    """Within the block ``head`` is applied to ``hidden[:, :-1][keep]`` ([N, H]) instead of
    ``hidden`` ([B, T, H]); ``keep`` is [B, T-1], true where position t has a label at t+1."""

    def select(_module: torch.nn.Module, args: tuple) -> tuple:
        hidden = args[0]
        return (hidden[:, :-1][keep], *args[1:])

    handle = head.register_forward_pre_hook(select)
    try:
        yield
    finally:
        handle.remove()


def labelled_token_loss(model: torch.nn.Module, head: torch.nn.Module, inputs: dict[str, torch.Tensor],
                        denominator: torch.Tensor | int | None) -> tuple[torch.Tensor, Any]:
    """Summed next-token cross-entropy over labelled positions, divided by ``denominator``
    (the accumulated batch's labelled tokens) or, without one, averaged over this batch."""
    targets = inputs["labels"][:, 1:]
    keep = targets != IGNORE
    with head_sees_only(head, keep):
        outputs = model(**{k: v for k, v in inputs.items() if k != "labels"})
    loss = F.cross_entropy(outputs.logits.float(), targets[keep], reduction="sum")
    if denominator is None:
        return loss / keep.sum().clamp(min=1), outputs
    if isinstance(denominator, torch.Tensor):
        denominator = denominator.to(loss.device)
    return loss / denominator, outputs


class LabelledLogitsTrainer(Trainer):
    """transformers' Trainer whose loss computes logits only at labelled positions."""

    def compute_loss(self, model: torch.nn.Module, inputs: dict[str, Any], return_outputs: bool = False,
                     num_items_in_batch: torch.Tensor | int | None = None):
        if self.args.n_gpu > 1 or self.label_smoother is not None or self.compute_loss_func is not None:
            # nn.DataParallel splits the batch across replicas, which the [B, T-1] mask cannot follow
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        head = self.accelerator.unwrap_model(model).get_output_embeddings()
        loss, outputs = labelled_token_loss(model, head, inputs, num_items_in_batch)
        if num_items_in_batch is None:
            # a per-batch mean: scale for accumulation here, since loss_is_scaled_for_ga says it is done
            loss = loss / self.current_gradient_accumulation_steps
        elif self.args.average_tokens_across_devices:
            # num_items_in_batch counts every process's tokens and DDP averages gradients: as the Trainer does
            loss = loss * (self.accelerator.num_processes // self.get_tp_size())
        return (loss, outputs) if return_outputs else loss

    loss_is_scaled_for_ga = True  # compute_loss returns the loss already normalized over the accumulated batch
