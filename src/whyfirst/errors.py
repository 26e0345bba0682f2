"""Errors a user can act on. The CLI maps InputError to exit code 2."""

from __future__ import annotations


class InputError(ValueError):
    """Bad user input: names the file, the field and the fix."""

    def __init__(self, message: str, *, path: object | None = None, field: str | None = None,
                 fix: str | None = None) -> None:
        parts = [str(path)] if path is not None else []
        if field:
            parts.append(f"field '{field}'")
        head = ": ".join(parts)
        text = f"{head}: {message}" if head else message
        if fix:
            text += f"\n  fix: {fix}"
        super().__init__(text)
        self.path, self.field, self.fix = path, field, fix
