"""One workflow behind every front end: a request tracked from the command line, the chat and the
app is the same row in the ledger, with the same deadlines and the same warnings.

Each front end gets its own data folder holding the same history (two earlier access requests
to Qualfon, answered), so the third one draws the CCPA's twice-in-12-months warning in all three.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant import workflow
from assistant.cli.main import main
from assistant.dialogue.conversation import Conversation
from assistant.ledger.rows import RequestRow
from assistant.ledger.store import Ledger
from assistant.letters.model import Person
from assistant.records.catalog import Catalog, load_catalog
from assistant.tui.app import create_app
from assistant.tui.dialogs.letter_preview import LetterPreview
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets.chat_input import ChatInput
from assistant.tui.widgets.transcript import Transcript

# The command line reads the clock, so every front end is given the same real day.
TODAY = dt.date.today()
NAME, EMAIL = "Jane Q. Public", "jane.public@example.com"
WARNINGS = (
    "This would be your third access (the right to know) request to Qualfon within 12 months",
    "Qualfon's policy says it answers 2 such request(s) in 12 months",
)
SAME = (
    "company_id", "right", "law_id", "law_name", "regulator", "residence", "channel",
    "recipient", "status", "sent", "received", "acknowledge_by", "respond_by",
    "extended_respond_by", "extension_notice_by", "due", "deadlines",
)  # fmt: skip


def _home(root: Path, name: str, monkeypatch: pytest.MonkeyPatch, catalog: Catalog) -> Path:
    """A data folder with two answered access requests to Qualfon in the last 12 months."""
    home = root / name
    home.mkdir(mode=0o700)
    monkeypatch.setenv("RIGHTS_HOME", str(home))
    with Ledger.open() as ledger:
        for months_ago in (5, 2):
            sent = TODAY - dt.timedelta(days=30 * months_ago)
            tracked = workflow.track(
                ledger, catalog.get("qualfon"), "access",
                residence="US-CA", sent=sent, channel="email",
            )  # fmt: skip
            workflow.record_event(
                ledger, tracked.row.id, "answered_full", on=sent + dt.timedelta(days=20)
            )
    return home


def _new_row() -> RequestRow:
    with Ledger.open() as ledger:
        rows = ledger.list_requests()
    assert len(rows) == 3
    return max(rows, key=lambda row: row.id)


def _flat(text: str) -> str:
    return " ".join(text.replace("*", "").split())


async def test_cli_chat_and_app_track_the_same_request(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    warm_home: Path,
) -> None:
    catalog = load_catalog()
    rows: dict[str, RequestRow] = {}
    said: dict[str, str] = {}

    # The command line.
    _home(tmp_path, "cli", monkeypatch, catalog)
    argv = ["letter", "qualfon", "access", "--name", NAME, "--email", EMAIL]
    code = main([*argv, "--residence", "US-CA", "--track", "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows["cli"], said["cli"] = _new_row(), out + err

    # The plain conversation (rights chat).
    _home(tmp_path, "chat", monkeypatch, catalog)
    conversation = Conversation(catalog, today=TODAY, letters_dir=tmp_path / "chat-letters")
    replies = conversation.start()
    for line in ("Qualfon, I want a copy of my data", "California", NAME, EMAIL, "yes", "yes"):
        replies += conversation.send(line)
    rows["chat"], said["chat"] = _new_row(), "\n".join(r.text for r in replies)

    # The app: the letter preview's Track button, pressed before anything was saved.
    home = _home(tmp_path, "app", monkeypatch, catalog)
    app = create_app(
        catalog=catalog, today=TODAY, ledger_path=home / "requests.sqlite3",
        letters_dir=tmp_path / "app-letters",
    )  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            chat = app.get_screen_for_mode("chat")
            if isinstance(chat, ChatScreen) and chat.conversation is not None:
                break
        for line in ("Qualfon, I want a copy of my data", "California", NAME, EMAIL):
            chat_input = app.screen.query_one(ChatInput)
            chat_input.focus()
            chat_input.value = line
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, LetterPreview)
        await pilot.press("t")
        await pilot.pause()
        status = str(app.screen.query_one("#letter-status").render())
        assert "Tracked as request #3" in status
        await pilot.press("escape")
        await pilot.pause()
        said["app"] = app.get_screen_for_mode("chat").query_one(Transcript).plain_text()
    rows["app"] = _new_row()

    expected = {field: getattr(rows["cli"], field) for field in SAME}
    assert expected["law_id"] == "ccpa" and expected["respond_by"] is not None
    for front_end, row in rows.items():
        assert {field: getattr(row, field) for field in SAME} == expected, front_end
        assert row.letter_files or front_end == "cli", front_end  # the CLI saved no file
        for warning in WARNINGS:
            assert warning in _flat(said[front_end]), (front_end, warning)


def test_a_letter_under_no_law_is_tracked_under_no_law(warm_home: Path) -> None:
    """The residence's law does not reach every company; a letter that rests on the company's
    own promises must not be tracked with that law's dates (it could call the company late)."""
    catalog = load_catalog()
    record = catalog.get("cloudmed")  # a US company whose record shows no UK business
    person = Person(name=NAME, email=EMAIL)
    letter = workflow.write_request(record, "access", person, residence="GB", today=TODAY)
    assert letter.law_id is None
    with Ledger.open() as ledger:
        tracked = workflow.track_letter(ledger, record, letter, residence="GB", sent=TODAY)
    assert tracked.row.law_id is None and tracked.row.regulator is None
    assert tracked.row.respond_by is None and tracked.row.due is None
    # Tracked by hand (no letter), the residence's law is still the one assumed.
    with Ledger.open() as ledger:
        by_hand = workflow.track(
            ledger, record, "access", residence="GB", sent=TODAY, channel="email"
        )
    assert by_hand.row.law_id == "uk-gdpr"
