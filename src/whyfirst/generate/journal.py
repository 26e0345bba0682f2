"""Content-addressed call store: ``calls.jsonl`` in the output folder.

Every teacher call has a key, ``hash(stage, messages, teacher, generation config, sample)``.
When a call finishes, its validated output (or its failure and reason) is appended as one
JSON line and fsync'd before the call counts as done. A restart reads the journal and
never repeats a call whose line says ``ok``. A line cut short by a crash is dropped and
the file truncated back to the last complete line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from whyfirst.errors import InputError

JOURNAL = "calls.jsonl"


class CallJournal:
    def __init__(self, out_dir: str | Path, *, lock: bool = True) -> None:
        self.dir = Path(out_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / JOURNAL
        self._lock = None
        if lock:
            from filelock import FileLock, Timeout

            self._lock = FileLock(str(self.path) + ".lock")
            try:
                self._lock.acquire(timeout=0)
            except Timeout:
                raise InputError("another generation run is writing to this folder", path=self.dir,
                                 fix="wait for it to finish, or use a different --out folder") from None
        self.ok: dict[str, dict[str, Any]] = {}
        self.failed: dict[str, dict[str, Any]] = {}
        self.dropped_partial = 0
        self._load()
        self._fh = open(self.path, "a", encoding="utf-8")

    def _load(self) -> None:
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        good_end = 0
        pos = 0
        while pos < len(data):
            nl = data.find(b"\n", pos)
            if nl < 0:  # a last line without its newline: cut off mid-write
                self.dropped_partial += 1
                break
            line = data[pos:nl]
            try:
                rec = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                rec = None
                if nl + 1 >= len(data):
                    self.dropped_partial += 1
                    break
            if rec is not None:
                self._index(rec)
            pos = nl + 1
            good_end = pos
        if good_end < len(data):
            with open(self.path, "r+b") as f:
                f.truncate(good_end)
                f.flush()
                os.fsync(f.fileno())

    def _index(self, rec: dict[str, Any]) -> None:
        key = rec.get("key")
        if not key:
            return
        if rec.get("status") == "ok":
            self.ok[key] = rec
            self.failed.pop(key, None)
        elif key not in self.ok:
            self.failed[key] = rec

    def append(self, rec: dict[str, Any]) -> None:
        """Write one record durably; only after this returns does the call count as done."""
        self._fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._index(rec)

    def __len__(self) -> int:
        return len(self.ok) + len(self.failed)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> "CallJournal":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
