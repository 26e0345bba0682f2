"""Prompt templates, one Jinja2 file per stage in ``generate/prompts/``.

Templates see the spec with its ``{model_name}`` / ``{provider_name}`` placeholders intact,
so the teacher writes them literally and the placeholders survive into the data.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

PROMPT_DIR = Path(__file__).parent / "prompts"
STAGES = ("corpus_domains", "corpus_subdomains", "corpus_assertions", "corpus_doc_types", "corpus_ideas",
          "corpus_document", "aft_domains", "aft_queries", "aft_response", "aft_filter")


@lru_cache(maxsize=None)
def _env(prompt_dir: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(prompt_dir), undefined=jinja2.StrictUndefined,
                              trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=False,
                              autoescape=False)


def render(name: str, prompt_dir: Path = PROMPT_DIR, **values: Any) -> str:
    return _env(str(prompt_dir)).get_template(f"{name}.txt").render(**values).strip()


def messages(stage: str, *, mode: str, prompt_dir: Path = PROMPT_DIR, **values: Any) -> list[dict[str, str]]:
    """System + user messages for one call of ``stage``."""
    return [{"role": "system", "content": render("system", prompt_dir, mode=mode)},
            {"role": "user", "content": render(stage, prompt_dir, mode=mode, **values)}]


def prompts_hash(prompt_dir: Path = PROMPT_DIR) -> str:
    """Content hash of every template: it changes whenever any prompt does."""
    digest = hashlib.sha256()
    for f in sorted(Path(prompt_dir).glob("*.txt")):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()
