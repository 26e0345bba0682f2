"""Placeholders in authored and generated text: ``{model_name}`` and ``{provider_name}``."""

from __future__ import annotations

import re

PLACEHOLDERS = ("model_name", "provider_name")
_BRACED = re.compile(r"\{([^{}\n]*)\}")


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """Replace known placeholders; leave every other character untouched (no str.format)."""
    for name in PLACEHOLDERS:
        if name in values:
            text = text.replace("{" + name + "}", values[name])
    return text


def unknown_placeholders(text: str) -> list[str]:
    return [m for m in _BRACED.findall(text) if m not in PLACEHOLDERS]
