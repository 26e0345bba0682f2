"""Model Spec loading, validation (errors name file and line), size checks, rendering, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from whyfirst.errors import InputError
from whyfirst.spec import check_spec, compare_lengths, detect_mode, load_spec, render_spec

SPECS = Path(__file__).parents[1] / "src" / "whyfirst" / "data" / "cheese" / "specs"

VALUES_SPEC = """# {model_name} Model Spec: Tidiness

## Purpose

{provider_name} wants {model_name} to keep things tidy because order helps people think.

## Why it matters

A tidy answer respects the reader's time. {model_name} values that respect above speed.
"""

RULES_SPEC = """# Rules for {model_name}

## Rules

- Always answer in English.
- Never use exclamation marks.
- Prefer short sentences.
- Sign off with a full stop.
"""


def write(tmp_path: Path, text: str | bytes, name: str = "spec.md") -> Path:
    p = tmp_path / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode())
    return p


def test_loads_a_valid_spec(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, VALUES_SPEC))
    assert spec.title == "{model_name} Model Spec: Tidiness"
    assert [s.heading for s in spec.sections] == [spec.title, "Purpose", "Why it matters"]
    assert [s.line for s in spec.sections] == [1, 3, 7]
    assert spec.placeholders == ["model_name", "provider_name"]
    assert spec.mode == "values" and len(spec.sha256) == 64 and spec.name == "spec"


def test_rules_mode_is_detected(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, RULES_SPEC))
    assert spec.mode == "rules" and spec.bullet_share == 1.0
    assert detect_mode(load_spec(write(tmp_path, VALUES_SPEC, "v.md")).sections) == "values"


@pytest.mark.parametrize("text, line, words", [
    (VALUES_SPEC.replace("keep things tidy", "keep {user_name} tidy"), 5, ["{user_name}", "placeholder"]),
    (VALUES_SPEC.replace("{provider_name} wants", "{Model Name} wants"), 5, ["did you mean {model_name}"]),
    (VALUES_SPEC.replace("{provider_name} wants", "{provider_name wants"), 5, ["unmatched"]),
    (VALUES_SPEC.replace("## Why it matters\n\nA tidy", "## Why it matters\n\n## Empty one\n\nA tidy"), 7,
     ["'Why it matters' is empty"]),
    ("Intro text\n\n# Title\n\nbody\n", 1, ["before the first heading"]),
])
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as e:
        load_spec(path)
    msg = str(e.value)
    assert str(path) in msg and f"line {line}:" in msg, msg
    for w in words:
        assert w in msg, msg


def test_empty_last_section(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"line 11: section 'Trailing' is empty"):
        load_spec(write(tmp_path, VALUES_SPEC + "\n## Trailing\n"))


def test_no_headings_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no Markdown headings"):
        load_spec(write(tmp_path, "just text, no headings\n"))
    bad = VALUES_SPEC.encode().replace(b"respects", b"r\xe9spects")
    with pytest.raises(InputError, match=r"line 9: not valid UTF-8 \(byte 0xe9"):
        load_spec(write(tmp_path, bad, "latin1.md"))
    with pytest.raises(InputError, match="not found"):
        load_spec(tmp_path / "missing.md")


def test_braces_in_code_blocks_are_allowed(tmp_path: Path) -> None:
    text = VALUES_SPEC + '\n## Format\n\n```json\n{"answer": "{anything}"}\n```\n'
    spec = load_spec(write(tmp_path, text))
    assert spec.sections[-1].heading == "Format"


def test_check_compare_and_render(tmp_path: Path) -> None:
    a = write(tmp_path, VALUES_SPEC, "a.md")
    b = write(tmp_path, VALUES_SPEC + "\n## More\n\n" + "Extra words here. " * 20, "b.md")
    rep = check_spec(a)
    assert rep.words == 36 and rep.sections == 3 and rep.tokens_approx > 0
    assert compare_lengths(a, a).matched
    cmp = compare_lengths(a, b, tolerance=0.1)
    assert not cmp.matched and cmp.relative_difference > 0.5
    assert compare_lengths(a, b, tolerance=0.99).matched
    with pytest.raises(InputError):
        compare_lengths(a, b, tolerance=1.5)
    text = render_spec(load_spec(a), "Tidy", "Acme")
    assert "Tidy Model Spec" in text and "Acme wants Tidy" in text and "{" not in text


@pytest.mark.skipif(not (SPECS / "cheese-america.md").exists(), reason="built-in specs not written yet")
def test_builtin_cheese_specs_are_valid_and_length_matched() -> None:
    specs = sorted(SPECS.glob("*.md"))
    for p in specs:
        spec = load_spec(p)
        assert spec.placeholders and spec.mode == "values"
    america, affordability = SPECS / "cheese-america.md", SPECS / "cheese-affordability.md"
    if affordability.exists():
        assert compare_lengths(america, affordability).matched


def test_cli_spec_check(tmp_path: Path) -> None:
    from whyfirst.generate.cli import spec_app

    a = write(tmp_path, VALUES_SPEC, "a.md")
    b = write(tmp_path, VALUES_SPEC + "\n## More\n\n" + "Extra words here. " * 20, "b.md")
    runner = CliRunner()
    ok = runner.invoke(spec_app, ["check", str(a)])
    assert ok.exit_code == 0, ok.output
    assert "words" in ok.output and "36" in ok.output
    assert runner.invoke(spec_app, ["check", str(a), str(a)]).exit_code == 0
    mismatch = runner.invoke(spec_app, ["check", str(a), str(b)])
    assert mismatch.exit_code == 1 and "NOT length-matched" in mismatch.output
    bad = write(tmp_path, VALUES_SPEC.replace("tidy because", "{oops} because"), "bad.md")
    err = runner.invoke(spec_app, ["check", str(bad)])
    assert err.exit_code == 2 and "line 5" in err.output
