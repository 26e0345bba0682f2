"""Content-addressed stage store.

``runs/<experiment>/stages/<kind>-<key>/`` holds one stage's output. The key hashes
everything that decides the output: the stage config, the input data's content hash, the
parent (the model fingerprint or the previous stage's key), the seed and the version of
the stage code. Arms that share a prefix therefore share its directories, and a re-run
recomputes nothing that finished. ``manifest.json`` is written last, atomically: a
directory without it is unfinished and is resumed (training picks up its last checkpoint).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Iterator

from whyfirst import __version__

# The modules whose code decides what each stage produces; their source hash enters every
# key of that stage, so an edit to them can never return a stale result from the store.
STAGE_MODULES = {
    "midtrain": ("train/data.py", "train/stage.py", "train/precision.py"),
    "aft": ("train/data.py", "train/stage.py", "train/precision.py"),
    "eval": ("evaluate/scorer.py", "evaluate/suites.py", "records.py", "models.py"),
}
# Settings that cannot change a stage's result: kept out of its key.
NON_RESULT_SETTINGS = frozenset({"save_steps", "logging_steps", "keep_checkpoints", "report_to",
                                 "batch_size_eval"})


def _code_version(kind: str) -> str:
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for rel in STAGE_MODULES[kind]:
        digest.update(rel.encode())
        digest.update((root / rel).read_bytes())
    return digest.hexdigest()[:12]


STAGE_CODE_VERSION = {kind: _code_version(kind) for kind in STAGE_MODULES}


def result_settings(config: dict) -> dict:
    """A stage config without the settings that cannot change its result."""
    return {k: v for k, v in config.items() if k not in NON_RESULT_SETTINGS}


def stable_hash(obj: Any, n: int = 16) -> str:
    blob = json.dumps(obj, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:n]


def stage_key(kind: str, config: dict, data_sha: str, parent: str, seed: int | None) -> str:
    return stable_hash({"kind": kind, "config": result_settings(config), "data": data_sha, "parent": parent,
                        "seed": seed, "code": STAGE_CODE_VERSION[kind], "whyfirst": __version__.split(".")[0]})


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5,
                             cwd=Path(__file__).parent)
        return out.stdout.strip() or None
    except Exception:
        return None


def package_versions() -> dict[str, str]:
    names = ["torch", "transformers", "peft", "trl", "accelerate", "inspect_ai", "numpy", "scipy"]
    out = {"python": sys.version.split()[0], "whyfirst": __version__, "platform": platform.platform()}
    for n in names:
        try:
            out[n] = metadata.version(n)
        except metadata.PackageNotFoundError:
            pass
    return out


def peak_memory_mb() -> float:
    # ru_maxrss is KiB on Linux: the high-water mark of this process
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class StageDir:
    """One content-addressed stage directory."""

    path: Path
    kind: str
    key: str
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def manifest_path(self) -> Path:
        return self.path / "manifest.json"

    @property
    def done(self) -> bool:
        return self.manifest_path.exists()

    def manifest(self) -> dict[str, Any]:
        return json.loads(self.manifest_path.read_text())

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One writer per stage directory; a second process waits rather than duplicating work."""
        from filelock import FileLock

        self.path.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.path) + ".lock"):
            yield

    def finish(self, result: dict[str, Any], started: float) -> dict[str, Any]:
        manifest = {
            "kind": self.kind, "key": self.key, **self.info, "result": result,
            "wall_s": round(time.time() - started, 2), "peak_memory_mb": round(peak_memory_mb(), 1),
            "git_commit": git_commit(), "versions": package_versions(),
            "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        write_json_atomic(self.manifest_path, manifest)
        return manifest


def write_json_atomic(path: Path, obj: Any) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(obj, indent=2, default=str) + "\n")
    os.replace(tmp, path)


class RunStore:
    """The run folder of one experiment."""

    def __init__(self, root: Path, experiment: str) -> None:
        self.root = Path(root) / experiment
        self.root.mkdir(parents=True, exist_ok=True)

    def stage(self, kind: str, key: str, info: dict[str, Any] | None = None) -> StageDir:
        return StageDir(self.root / "stages" / f"{kind}-{key}", kind, key, info or {})
