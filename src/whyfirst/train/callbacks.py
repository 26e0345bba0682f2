"""Trainer callbacks: a progress bar with tokens/s and per-step timing."""

from __future__ import annotations

import time

from transformers import TrainerCallback


class StageCallback(TrainerCallback):
    """Times each step (for tokens/s and loss.json) and, on rank 0, draws a tqdm bar."""

    def __init__(self, show: bool = True, desc: str = "train") -> None:
        self.show, self.desc = show, desc
        self.bar, self.loss = None, None
        self.step_time: dict[int, float] = {}
        self.t0 = self.tokens0 = 0
        self.elapsed = self.tokens = 0.0

    def on_train_begin(self, args, state, control, **kwargs):
        # state already holds the checkpoint's counters here when resuming
        self.t0, self.tokens0 = time.perf_counter(), state.num_input_tokens_seen
        if self.show and state.is_world_process_zero:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=state.max_steps, initial=state.global_step, desc=self.desc,
                            unit="step", dynamic_ncols=True)

    def on_step_end(self, args, state, control, **kwargs):
        self.elapsed = time.perf_counter() - self.t0
        self.tokens = state.num_input_tokens_seen - self.tokens0
        self.step_time[state.global_step] = self.elapsed
        if state.global_step >= state.max_steps:
            control.should_save = False  # the stage writes the final model itself; skip a last checkpoint
        if self.bar is not None:
            self.bar.update(state.global_step - self.bar.n)
            post = {"tok/s": f"{self.tokens_per_s:,.0f}"}
            if self.loss is not None:
                post["loss"] = f"{self.loss:.4f}"
            self.bar.set_postfix(post, refresh=False)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            self.loss = logs["loss"]

    def on_train_end(self, args, state, control, **kwargs):
        if self.bar is not None:
            self.bar.close()

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.elapsed if self.elapsed > 0 else 0.0
