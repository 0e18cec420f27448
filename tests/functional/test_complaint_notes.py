"""A complaint says copies of the request and replies are attached: the person is told to
attach them, from the command line and in the chat."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.cli.main import main
from assistant.dialogue.conversation import Conversation
from assistant.ledger.store import Ledger
from assistant.records.catalog import load_catalog

TODAY = dt.date(2026, 12, 2)


def _overdue() -> int:
    assert main(["track", "qualfon", "access", "--sent", "2026-09-01", "--residence", "US-CA"]) == 0
    assert main(["profile", "--name", "Jane Doe", "--email", "jane@example.com"]) == 0
    with Ledger.open() as ledger:
        return ledger.list_requests()[0].id


def test_the_command_line_says_what_to_attach(capsys) -> None:
    request_id = _overdue()
    capsys.readouterr()
    assert main(["complain", str(request_id), "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "note: The complaint says that copies of your request" in out


def test_the_chat_says_what_to_attach(warm_home: Path, tmp_path: Path) -> None:
    request_id = _overdue()
    conversation = Conversation(load_catalog(), today=TODAY, letters_dir=tmp_path / "letters")
    conversation.start()
    said = "\n".join(r.text for r in conversation.send(f"complain about request {request_id}"))
    assert "Note: The complaint says that copies of your request" in said
