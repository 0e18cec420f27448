"""Editing a letter before it is saved: `rights letter --edit`, and the edit's checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant import workflow
from assistant.cli.main import main
from assistant.errors import UserError
from assistant.letters.model import Person
from assistant.records.catalog import load_catalog

BASE = ["--name", "Jane Q. Public", "--email", "jane@example.com", "--residence", "US-CA"]


def _editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\n" + script)
    editor.chmod(0o700)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)


def test_an_edit_keeps_its_layout_and_the_draft_file_is_private_and_gone(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    rights_home: Path,
) -> None:
    seen = tmp_path / "seen.txt"
    # The editor records where the draft is and its mode, then writes an indented list.
    _editor(
        tmp_path, monkeypatch,
        f'stat -c "%a %n" "$1" > {seen}\n'
        'printf "Dear team,\\r\\n\\r\\n\\tplease delete:\\n  - my account   \\n\\n\\n" > "$1"\n',
    )  # fmt: skip
    out_dir = tmp_path / "out"
    code = main(["letter", "qualfon", "deletion", *BASE, "--edit", "--out", str(out_dir)])
    assert code == 0, capsys.readouterr().err
    mode, draft = seen.read_text().split()
    assert mode == "600" and Path(draft).parent == rights_home
    assert not Path(draft).exists()
    text = next(out_dir.glob("*.txt")).read_text(encoding="utf-8")
    assert "Dear team,\n\n    please delete:\n  - my account\n" in text
    assert "I ask Qualfon to delete" not in text  # the draft's own words were replaced


def test_an_edit_with_a_control_character_is_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _editor(tmp_path, monkeypatch, 'printf "Dear team,\\033]0;pwned\\007\\n" > "$1"\n')
    out_dir = tmp_path / "out"
    code = main(["letter", "qualfon", "deletion", *BASE, "--edit", "--out", str(out_dir)])
    err = capsys.readouterr().err
    assert code == 2
    assert "control character U+001B" in err and "Traceback" not in err
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_an_editor_that_cannot_start_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")
    monkeypatch.delenv("VISUAL", raising=False)  # it would be preferred to $EDITOR
    code = main(["letter", "qualfon", "deletion", *BASE, "--edit"])
    err = capsys.readouterr().err
    assert code == 2 and "could not start the editor" in err


def test_edit_letter_keeps_route_reference_and_deadlines(warm_home: Path) -> None:
    record = load_catalog().get("qualfon")
    person = Person(name="Jane Q. Public", email="jane@example.com")
    today = dt.date(2026, 11, 23)
    letter = workflow.write_request(record, "access", person, residence="US-CA", today=today)
    edited = workflow.edit_letter(letter, "Hello,\n\nplease send my data.\n")
    assert edited.body == "Hello,\n\nplease send my data.\n"
    assert (edited.recipient, edited.reference, edited.deadlines) == (
        letter.recipient,
        letter.reference,
        letter.deadlines,
    )
    with pytest.raises(UserError, match="is empty"):
        workflow.edit_letter(letter, " \n\t\n")
    with pytest.raises(UserError, match="too long"):
        workflow.edit_letter(letter, "x" * 20_001)
