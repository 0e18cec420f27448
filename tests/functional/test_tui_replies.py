"""Pasting a company's answer in the requests screen, driven with Pilot: what the reader found
is shown, recorded only on confirmation, and the drafted next letter is offered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Select, TextArea

from assistant import workflow
from assistant.ledger.store import Ledger
from assistant.records.catalog import Catalog
from assistant.tui.app import RightsApp, create_app
from assistant.tui.dialogs.letter_preview import LetterPreview
from assistant.tui.dialogs.paste_reply import PasteReplyDialog
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.requests import RequestsScreen

DEV = Path(__file__).resolve().parent.parent / "data" / "replies" / "dev"
ING = DEV / "ing-nl_9dba.eml"  # asks for a copy of an ID document, our reference in it
ING_REFERENCE = "RA-20261128-INGNL-ACC-1F2D"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load(include_user=False, use_cache=False)


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    return {"ledger_path": tmp_path / "requests.sqlite3", "letters_dir": tmp_path / "letters"}


def make_app(catalog: Catalog, paths: dict[str, Path], today: dt.date) -> RightsApp:
    return create_app(catalog=catalog, today=today, **paths)


async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        await pilot.pause(0.05)
        chat = pilot.app.get_screen_for_mode("chat")
        if isinstance(chat, ChatScreen) and chat.conversation is not None:
            await pilot.pause()
            return
    raise AssertionError("the conversation never started")


def track(paths: dict[str, Path], catalog: Catalog, company: str, **kwargs) -> int:  # type: ignore[no-untyped-def]
    with Ledger.open(paths["ledger_path"]) as ledger:
        ledger.profile_set({"name": "Pieter Jansen", "email": "pieter@example.org"})
        tracked = workflow.track(ledger, catalog.get(company), "access", channel="email", **kwargs)
    return tracked.row.id


async def record(pilot, dialog: PasteReplyDialog) -> None:  # type: ignore[no-untyped-def]
    """Press Record from the keyboard (after the button's pressed look of a previous press)."""
    dialog.query_one("#reply-record").focus()
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


def findings(dialog: PasteReplyDialog) -> str:
    return str(dialog.query_one("#reply-findings").render())


async def paste_and_read(  # type: ignore[no-untyped-def]
    pilot, dialog: PasteReplyDialog, text: str, *, click: bool = False
) -> None:
    """Paste `text`, then read it with the Read button or with Ctrl+S."""
    area = dialog.query_one("#reply-text", TextArea)
    area.text = text
    area.focus()
    await pilot.pause()
    if click:
        await pilot.click("#reply-read")
    else:
        await pilot.press("ctrl+s")
    await pilot.pause()
    assert dialog.pasted == text


async def test_an_id_demand_is_read_recorded_and_answered(
    catalog: Catalog, paths: dict[str, Path]
) -> None:
    request_id = track(
        paths, catalog, "ing-diba", residence="NL", sent=dt.date(2026, 11, 28),
        reference=ING_REFERENCE,
    )  # fmt: skip
    app = make_app(catalog, paths, dt.date(2026, 12, 10))
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RequestsScreen)
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PasteReplyDialog)
        assert not dialog.query_one("#reply-record").display  # nothing to record before reading

        await paste_and_read(pilot, dialog, ING.read_text(encoding="utf-8"), click=True)
        shown = findings(dialog)
        assert "asks for proof of identity" in shown
        assert "identiteitsbewijs" in shown  # the deciding sentence, quoted
        assert "Language: nl" in shown
        assert f"#{request_id} " in shown and "by our reference" in shown
        assert "object to the ID demand" in shown
        assert dialog.query_one("#reply-request", Select).value == request_id
        with Ledger.open(paths["ledger_path"]) as ledger:  # read, not yet recorded
            assert [e.event for e in ledger.timeline(request_id)] == ["sent"]

        await pilot.click("#reply-record")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, LetterPreview)  # the next step, drafted
        assert preview.letter.kind == "identity_objection"
        assert ING_REFERENCE in preview.letter.body
        assert "identiteitsbewijs" in preview.letter.body  # it answers the sentence quoted
        await pilot.press("t")  # saved and recorded as sent, like any follow-up
        await pilot.pause()
        assert "Recorded: follow-up sent" in str(preview.query_one("#letter-status").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert "asked for proof of identity" in str(screen.query_one("#timeline-body").render())

    with Ledger.open(paths["ledger_path"]) as ledger:
        row = ledger.get(request_id)
        events = [e.event for e in ledger.timeline(request_id)]
        (kept,) = ledger.replies(request_id)
    assert events == ["sent", "identity_asked", "followup_sent"]
    assert row.status != "sent"
    assert kept["event"] == "identity_asked" and "identiteitsbewijs" in kept["text"]


async def test_an_unmatched_answer_waits_for_the_request_to_be_chosen(
    catalog: Catalog, paths: dict[str, Path]
) -> None:
    request_id = track(paths, catalog, "qualfon", residence="US-CA", sent=dt.date(2026, 11, 2))
    app = make_app(catalog, paths, dt.date(2026, 11, 23))
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        screen = app.screen
        await pilot.click("#paste-reply")  # the button opens the same dialog
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PasteReplyDialog)

        away = "I am out of the office until 30 November with no access to e-mail.\n\nSam"
        await paste_and_read(pilot, dialog, away)
        assert "not an answer" in findings(dialog)
        assert not dialog.query_one("#reply-record").display  # nothing to record

        answer = (
            "Hello,\n\nWe have processed your request and we are unable to verify your identity "
            "with the information provided, so we cannot act on your request.\n\nPrivacy Team\n"
        )
        await paste_and_read(pilot, dialog, answer)
        assert "refused" in findings(dialog) and "could not verify" in findings(dialog)
        assert "no tracked request matches" in findings(dialog)
        await record(pilot, dialog)
        assert isinstance(app.screen, PasteReplyDialog)  # never recorded on a guess
        assert "Choose the request" in str(dialog.query_one("#reply-error").render())
        with Ledger.open(paths["ledger_path"]) as ledger:
            assert [e.event for e in ledger.timeline(request_id)] == ["sent"]

        dialog.query_one("#reply-request", Select).value = request_id
        await record(pilot, dialog)
        assert isinstance(app.screen, LetterPreview)  # the appeal, or the complaint
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen

    with Ledger.open(paths["ledger_path"]) as ledger:
        row = ledger.get(request_id)
        (event,) = [e for e in ledger.timeline(request_id) if e.event != "sent"]
    assert (row.status, event.event, event.reason) == ("denied", "denied", "not_verified")


async def test_cancel_records_nothing_and_everything_fits_80x24(
    catalog: Catalog, paths: dict[str, Path]
) -> None:
    request_id = track(
        paths, catalog, "ing-diba", residence="NL", sent=dt.date(2026, 11, 28),
        reference=ING_REFERENCE,
    )  # fmt: skip
    app = make_app(catalog, paths, dt.date(2026, 12, 10))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PasteReplyDialog)
        await paste_and_read(pilot, dialog, ING.read_text(encoding="utf-8"))
        for button in ("#reply-record", "#reply-cancel"):  # reachable on a small terminal
            region = dialog.query_one(button).region
            assert region.height == 1 and region.bottom <= 24
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RequestsScreen)
    with Ledger.open(paths["ledger_path"]) as ledger:
        assert [e.event for e in ledger.timeline(request_id)] == ["sent"]
        assert ledger.replies(request_id) == []
