"""`rights chat --plain` and `rights ask` read well aloud: no markup, choices as numbered lines
that a number answers."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.ledger.store import Ledger

MARKUP = re.compile(r"\*\*|```|`|^#+ ", re.MULTILINE)


def _chat(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *lines: str) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert main(["chat", "--plain", "--today", "2026-11-23"]) == 0
    return capsys.readouterr().out


def test_plain_chat_has_no_markup_and_numbers_answer_choices(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], warm_home: Path
) -> None:
    out = _chat(
        monkeypatch, capsys,
        "3",  # the third company offered: Qualfon
        "2",  # the second right listed: deletion
        "1",  # the first place offered: California
        "Jane Q. Public", "jane.public@example.com",
        "1",  # yes, save it
        "1",  # yes, track it
    )  # fmt: skip
    assert MARKUP.search(out) is None, MARKUP.search(out)
    assert "1. yes\n2. no" in out
    assert "Dear Qualfon privacy team," in out  # the letter, its lines unchanged
    with Ledger.open() as ledger:
        (row,) = ledger.list_requests()
    assert (row.company_id, row.right, row.residence) == ("qualfon", "deletion", "US-CA")


def test_ask_without_json_has_no_markup(
    capsys: pytest.CaptureFixture[str], warm_home: Path
) -> None:
    assert main(["ask", "does Cloudmed sell my data?", "--today", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No. Cloudmed")
    assert "\u201cWE DO NOT" in out  # the policy's words, quoted
    assert MARKUP.search(out) is None
