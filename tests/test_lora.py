"""The fused LoRA layer computes what peft's computes, forward and backward, and falls back to
peft's forward wherever it does not apply."""

from __future__ import annotations

import pytest
import torch

from whyfirst.train import TrainConfig
from whyfirst.train.lora import FusedLoraLinear

LORA = dict(method="lora", lora_r=4, lora_alpha=8, lora_dropout=0.0)


def two_models(tiny_model_dir, **fields):
    """The same tiny Llama with the same random (non-zero) adapter, as peft builds it and as we do."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from whyfirst.train.stage import load_model

    config = TrainConfig(**{**LORA, **fields})
    ours = load_model(str(tiny_model_dir), config)
    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32)
    plain = get_peft_model(base, LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=0.0,
                                            target_modules=config.lora_target_modules, task_type="CAUSAL_LM"))
    torch.manual_seed(0)
    for name, p in ours.named_parameters():
        if p.requires_grad:  # lora_B starts at zero, which would hide the adapter's path entirely
            p.data.normal_(0, 0.2)
    plain.load_state_dict(ours.state_dict())
    return ours, plain


def loss_and_grads(model, ids):
    model.zero_grad()
    loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    return loss.item(), {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}


def test_no_fusing_under_fsdp_or_deepspeed(tiny_model_dir, monkeypatch):
    """They shard or gather lora_B around its own forward, which the fused path bypasses."""
    from whyfirst.train.stage import load_model

    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")
    model = load_model(str(tiny_model_dir), TrainConfig(**LORA))
    assert not any(isinstance(m, FusedLoraLinear) for m in model.modules())


def test_every_adapted_linear_is_fused(tiny_model_dir):
    ours, plain = two_models(tiny_model_dir)
    fused = [m for m in ours.modules() if isinstance(m, FusedLoraLinear)]
    assert len(fused) == 7 * ours.config.num_hidden_layers  # q k v o gate up down in each layer
    assert not any(isinstance(m, FusedLoraLinear) for m in plain.modules())


@pytest.fixture()
def peft_forward_forbidden(monkeypatch):
    """Within this fixture peft's own LoRA forward raises: a model that still computes went
    through the fused path in every adapted layer."""
    from peft.tuners.lora.layer import Linear as PeftLoraLinear

    original = PeftLoraLinear.forward

    def forbidden(self, *args, **kwargs):
        raise AssertionError("peft's LoRA forward ran: the fused path was not taken")

    monkeypatch.setattr(PeftLoraLinear, "forward", forbidden)
    return lambda: monkeypatch.setattr(PeftLoraLinear, "forward", original)


def test_fused_forward_and_backward_match_peft(tiny_model_dir, peft_forward_forbidden):
    ours, plain = two_models(tiny_model_dir)
    ids = torch.randint(3, ours.config.vocab_size, (2, 24), generator=torch.Generator().manual_seed(1))
    loss_a, grads_a = loss_and_grads(ours, ids)  # fused only: peft's forward would raise
    peft_forward_forbidden()  # restore it for the reference model
    loss_b, grads_b = loss_and_grads(plain, ids)
    assert loss_a == pytest.approx(loss_b, rel=1e-6)
    assert grads_a.keys() == grads_b.keys() and len(grads_a) > 0
    for name in grads_a:
        torch.testing.assert_close(grads_a[name], grads_b[name], rtol=1e-5, atol=1e-6)
    # the adapter contributes: with it disabled (peft's path) the loss differs
    with ours.disable_adapter():
        assert ours(input_ids=ids, labels=ids).loss.item() != pytest.approx(loss_a, rel=1e-4)


def test_fused_matches_peft_on_the_bf16_training_path(tiny_model_dir):
    """load_model(..., "bf16"): bf16 frozen weights, no input up-cast, autocast — as training runs."""
    from whyfirst.train.stage import prepare_lora_for_bf16

    ours, plain = two_models(tiny_model_dir)
    for model in (ours, plain):
        prepare_lora_for_bf16(model)
    assert all(m._fusable(torch.zeros(1, 64), (), {}) is False for m in ours.modules()
               if isinstance(m, FusedLoraLinear))  # outside autocast the dtypes differ: peft's path
    ids = torch.randint(3, ours.config.vocab_size, (2, 16), generator=torch.Generator().manual_seed(2))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        assert all(m._fusable(torch.zeros(1, 64), (), {}) for m in ours.modules() if isinstance(m, FusedLoraLinear))
        loss_a, grads_a = loss_and_grads(ours, ids)
        loss_b, grads_b = loss_and_grads(plain, ids)
    assert loss_a == pytest.approx(loss_b, rel=1e-2)
    for name in grads_a:
        torch.testing.assert_close(grads_a[name], grads_b[name], rtol=5e-2, atol=5e-3)


def test_dropout_draws_the_same_masks(tiny_model_dir):
    ours, plain = two_models(tiny_model_dir)
    for model in (ours, plain):
        for m in model.modules():
            if hasattr(m, "lora_dropout"):
                m.lora_dropout["default"] = torch.nn.Dropout(0.3)
        model.train()  # from_pretrained leaves eval mode, where dropout drops nothing
    ids = torch.randint(3, ours.config.vocab_size, (2, 16), generator=torch.Generator().manual_seed(5))
    torch.manual_seed(7)
    loss_a, grads_a = loss_and_grads(ours, ids)
    torch.manual_seed(7)
    loss_b, grads_b = loss_and_grads(plain, ids)
    assert loss_a == pytest.approx(loss_b, rel=1e-6)
    for name in grads_a:
        torch.testing.assert_close(grads_a[name], grads_b[name], rtol=1e-5, atol=1e-6)
    torch.manual_seed(8)  # other masks, another loss: the dropout is live
    assert loss_and_grads(ours, ids)[0] != pytest.approx(loss_a, rel=1e-6)


def test_merged_and_unmerged_paths_agree(tiny_model_dir):
    ours, _ = two_models(tiny_model_dir)
    ids = torch.randint(3, ours.config.vocab_size, (1, 12), generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        fused = ours(input_ids=ids).logits
        ours.merge_adapter()  # merged: peft's forward through the updated base weights
        merged = ours(input_ids=ids).logits
    torch.testing.assert_close(fused, merged, rtol=1e-4, atol=1e-5)


def test_a_continued_adapter_is_fused_too(tiny_model_dir, tmp_path):
    from whyfirst.train.stage import load_model

    ours, _ = two_models(tiny_model_dir)
    ours.save_pretrained(tmp_path / "adapter")
    again = load_model(str(tiny_model_dir), TrainConfig(**LORA), adapter=tmp_path / "adapter")
    assert sum(isinstance(m, FusedLoraLinear) for m in again.modules()) == 7 * again.config.num_hidden_layers
    assert any(p.requires_grad for p in again.parameters())
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32)
    reference = PeftModel.from_pretrained(base, str(tmp_path / "adapter"))  # peft's own layers
    assert not any(isinstance(m, FusedLoraLinear) for m in reference.modules())
    ids = torch.randint(3, ours.config.vocab_size, (1, 12), generator=torch.Generator().manual_seed(4))
    with torch.no_grad():
        torch.testing.assert_close(again(input_ids=ids).logits, reference(input_ids=ids).logits)
