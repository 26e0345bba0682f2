"""Content-addressed stage store.

``runs/<experiment>/stages/<kind>-<key>/`` holds one stage's output. The key hashes
everything that decides the output: the stage config, the input data's content hash, the
parent (the model fingerprint or the previous stage's key), the seed and the version of
the stage code. Arms that share a prefix therefore share its directories, and a re-run
recomputes nothing that finished. ``manifest.json`` is written last, atomically: a
directory without it is unfinished and is resumed (training picks up its last checkpoint).
A manifest that cannot be read (a truncated file, a disk error, another stage's key) counts
as unfinished too: the damage is reported, naming the file, and the stage is recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Iterator

from rich.console import Console

from whyfirst import __version__

console = Console(stderr=True)

# The modules whose code decides what each stage produces; their source hash enters every
# key of that stage, so an edit to them can never return a stale result from the store.
STAGE_MODULES = {
    "midtrain": ("train/data.py", "train/stage.py", "train/lora.py", "train/loss.py", "precision.py"),
    "aft": ("train/data.py", "train/stage.py", "train/lora.py", "train/loss.py", "precision.py"),
    "eval": ("evaluate/scorer.py", "evaluate/suites.py", "records.py", "models.py", "precision.py"),
    "generate": ("generate/local.py", "generate/channels.py", "generate/teacher_data.py", "generate/teacher.py",
                 "models.py", "records.py", "datasets.py", "precision.py", "embed.py"),
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


def generation_key(channel: dict, files: dict[str, str], teacher: str, seed: int) -> str:
    """generate_teacher_data's key: the channel, its files' hashes, the teacher model's key, the seed."""
    return stable_hash({"kind": "generate", "channel": channel, "files": sorted(files.values()),
                        "teacher": teacher, "seed": seed, "code": STAGE_CODE_VERSION["generate"],
                        "whyfirst": __version__.split(".")[0]})


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
        """Finished: its manifest exists and is intact (a damaged one means: recompute)."""
        return self.read_manifest() is not None

    def manifest(self) -> dict[str, Any]:
        manifest = self.read_manifest()
        if manifest is None:
            raise FileNotFoundError(f"{self.manifest_path}: no intact manifest (the stage has not finished)")
        return manifest

    def read_manifest(self) -> dict[str, Any] | None:
        """The manifest, or None when it is absent or damaged; damage is reported once, by file."""
        try:
            blob = self.manifest_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            report_damaged(self.manifest_path, f"cannot be read ({e.strerror or e})")
            return None
        try:
            manifest = json.loads(blob.decode("utf-8"))
        except ValueError as e:
            report_damaged(self.manifest_path, f"is not valid JSON ({e})")
            return None
        if not isinstance(manifest, dict) or not isinstance(manifest.get("result"), dict):
            report_damaged(self.manifest_path, "is not a stage manifest (no result)")
        elif manifest.get("key") != self.key or manifest.get("kind") != self.kind:
            report_damaged(self.manifest_path, f"belongs to another stage ({manifest.get('kind')}-"
                           f"{manifest.get('key')}, expected {self.kind}-{self.key})")
        else:
            return manifest
        return None

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


_reported: set[tuple[str, str]] = set()


def report_damaged(path: Path, why: str, action: str = "recomputing this stage") -> None:
    """Say, once per file and fault, that a stored output is damaged and what happens instead."""
    if (str(path), why) in _reported:
        return
    _reported.add((str(path), why))
    from rich.markup import escape

    console.print(f"[bold yellow]damaged:[/] {escape(f'{path} {why}; {action}')}", highlight=False,
                  soft_wrap=True)  # one line: the path stays whole, to copy or grep


def write_text_atomic(path: Path, text: str) -> None:
    """Write a file so that a crash or power cut leaves the old content or the new, never a mix.

    The text goes to a temporary sibling that is flushed and fsynced, is renamed over
    ``path``, and then the folder is fsynced so that the rename itself is durable.
    """
    path = Path(path)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}-{threading.get_ident()}")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    _reported.difference_update({r for r in _reported if r[0] == str(path)})  # new damage: new report


def fsync_dir(folder: Path) -> None:
    """Make renames and new entries in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_json_atomic(path: Path, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=2, default=str) + "\n")


class RunStore:
    """The run folder of one experiment."""

    def __init__(self, root: Path, experiment: str) -> None:
        self.root = Path(root) / experiment
        self.root.mkdir(parents=True, exist_ok=True)

    def stage(self, kind: str, key: str, info: dict[str, Any] | None = None) -> StageDir:
        """This experiment's directory for the stage, unless another experiment in the same runs
        folder has already finished a stage with this key (same config, data, parent, seed and
        code, hence the same output): then that one, read-only, so nothing is trained twice."""
        own = StageDir(self.root / "stages" / f"{kind}-{key}", kind, key, info or {})
        if own.manifest_path.exists() or not self.root.parent.is_dir():
            return own
        for other in sorted(self.root.parent.iterdir()):
            found = other / "stages" / f"{kind}-{key}"
            if other != self.root and (found / "manifest.json").exists():
                shared = StageDir(found, kind, key, info or {})
                if shared.done:
                    return shared
        return own

    def owns(self, stage: StageDir) -> bool:
        return stage.path.parent.parent == self.root
