"""JSONL datasets with a schema, a generator note and a content hash.

Every shipped or generated dataset ``x.jsonl`` may carry a sidecar ``x.meta.json``:
``{"schema": "Document", "generator": "authored", "sha256": ..., "count": ...}``.
Loading checks the hash when a sidecar exists, so an edited file is never used silently.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from whyfirst.errors import InputError

R = TypeVar("R", bound=BaseModel)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def meta_path(path: Path) -> Path:
    return path.with_suffix(".meta.json")


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, JSON object) for each non-blank line; bad JSON names its line."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"line {lineno}: not valid JSON ({e.msg})", path=path,
                                 fix="each line must be one JSON object") from None
            if not isinstance(raw, dict):
                raise InputError(f"line {lineno}: expected a JSON object", path=path,
                                 fix="each line must be one JSON object")
            yield lineno, raw


def validate_line(schema: type[R], raw: dict, *, path: Path, lineno: int, fix: str = "") -> R:
    """Validate one parsed line; the error names the file, the line and the field."""
    try:
        return schema.model_validate(raw)
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or None
        raise InputError(f"line {lineno}: {err['msg']}", path=path, field=loc,
                         fix=fix or f"each line must match the {schema.__name__} schema") from None


def load_jsonl(path: str | Path, schema: type[R]) -> list[R]:
    """Parse and validate every line; the first bad line raises an InputError naming it."""
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", path=path, fix="check the path in your config")
    records = [validate_line(schema, raw, path=path, lineno=n) for n, raw in iter_jsonl(path)]
    if not records:
        raise InputError("no records", path=path, fix="the file must hold at least one JSON line")
    check_sidecar(path)
    return records


def check_sidecar(path: Path, sha: str | None = None) -> None:
    """An edited file whose sidecar still holds the old hash is never used silently."""
    meta = meta_path(path)
    if not meta.exists():
        return
    info = json.loads(meta.read_text())
    if info.get("sha256") != (sha or file_sha256(path)):
        raise InputError("content hash differs from its .meta.json sidecar", path=path,
                         fix=f"if you edited it on purpose, run `whyfirst data seal {path}`")


def write_jsonl(path: str | Path, records: list[BaseModel] | list[dict], *, generator: str,
                schema: str | None = None) -> str:
    """Write records atomically and seal them with a sidecar; returns the content hash."""
    from whyfirst.runs import write_text_atomic

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = (r.model_dump(exclude_defaults=False) if isinstance(r, BaseModel) else r for r in records)
    write_text_atomic(path, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    if schema is None and records and isinstance(records[0], BaseModel):
        schema = type(records[0]).__name__
    return seal(path, generator=generator, schema=schema or "dict")


def seal(path: str | Path, *, generator: str, schema: str) -> str:
    from whyfirst.runs import write_text_atomic

    path = Path(path)
    count = sum(1 for line in open(path, encoding="utf-8") if line.strip())
    sha = file_sha256(path)
    write_text_atomic(meta_path(path), json.dumps(
        {"schema": schema, "generator": generator, "sha256": sha, "count": count}, indent=2) + "\n")
    return sha
