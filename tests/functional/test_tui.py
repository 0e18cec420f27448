"""The terminal app driven with Pilot: whole flows, checked on screen and in the ledger."""

from __future__ import annotations

import datetime as dt
import re
import stat
from pathlib import Path

import pytest

from assistant import workflow
from assistant.ledger.store import Ledger
from assistant.records.catalog import Catalog
from assistant.tui.app import RightsApp, create_app
from assistant.tui.dialogs.letter_preview import LetterPreview
from assistant.tui.dialogs.record_event import RecordEventDialog
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.requests import RequestsScreen
from assistant.tui.widgets.chat_input import ChatInput, NameIndex, suggest
from assistant.tui.widgets.company_card import CompanyCard
from assistant.tui.widgets.requests_table import RequestsTable
from assistant.tui.widgets.transcript import AssistantTurn, Transcript

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    # No user folder and no cache: nothing here touches a data directory.
    return Catalog.load(include_user=False, use_cache=False)


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    return {"ledger_path": tmp_path / "requests.sqlite3", "letters_dir": tmp_path / "letters"}


def make_app(catalog: Catalog, paths: dict[str, Path], today: dt.date = TODAY) -> RightsApp:
    return create_app(catalog=catalog, today=today, **paths)


async def ready(pilot) -> ChatScreen:  # type: ignore[no-untyped-def]
    """Wait until the catalog is in and the assistant has greeted."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause(0.05)
        chat = app.get_screen_for_mode("chat")
        if isinstance(chat, ChatScreen) and chat.conversation is not None:
            await pilot.pause()
            return chat
    raise AssertionError("the conversation never started")


async def say(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    chat_input = pilot.app.screen.query_one(ChatInput)
    chat_input.focus()
    chat_input.value = text
    await pilot.press("enter")
    await pilot.pause()


def transcript_text(app: RightsApp) -> str:
    return app.get_screen_for_mode("chat").query_one(Transcript).plain_text()


def card_text(app: RightsApp) -> str:
    card = app.get_screen_for_mode("chat").query_one(CompanyCard)
    return str(card.query_one("#card-body").render())


def track(ledger_path: Path, catalog: Catalog, company: str, right: str, sent: dt.date) -> int:
    with Ledger.open(ledger_path) as ledger:
        tracked = workflow.track(
            ledger, catalog.get(company), right, residence="US-CA", sent=sent, channel="email"
        )
    return tracked.row.id


async def test_from_a_sentence_to_a_saved_tracked_letter(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(100, 32)) as pilot:
        await ready(pilot)
        # Companies complete as you type: right arrow accepts the suggestion.
        chat_input = app.screen.query_one(ChatInput)
        chat_input.focus()
        await pilot.press(*"I want Qua")
        await pilot.pause()
        await pilot.press("right")
        assert chat_input.value == "I want Qualfon"
        chat_input.value = "I want Qualfon to delete my data"
        await pilot.press("enter")
        await pilot.pause()
        assert "Qualfon" in card_text(app)
        assert "Where do you live?" in transcript_text(app)
        for answer in ("California", "Jane Q. Public", "jane.public@example.com"):
            await say(pilot, answer)
        await pilot.pause()

        preview = app.screen
        assert isinstance(preview, LetterPreview)
        assert preview.letter.recipient == "consumerprivacy@qualfon.com"
        summary = str(preview.query_one("#letter-summary").render())
        assert "consumerprivacy@qualfon.com" in summary
        assert "Jane Q. Public" in str(preview.query_one("#letter-body").render())

        await pilot.press("x")  # save the text
        await pilot.press("p")  # and a PDF
        await pilot.press("t")  # track it
        await pilot.pause()
        status = str(preview.query_one("#letter-status").render())
        assert "Tracked as request #1" in status
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        assert "Tracked as request **#1**" in transcript_text(app)

    with Ledger.open(paths["ledger_path"]) as ledger:
        rows = ledger.list_requests()
    assert len(rows) == 1
    row = rows[0]
    assert (row.company_id, row.right, row.status, row.residence) == (
        "qualfon",
        "deletion",
        "sent",
        "US-CA",
    )
    assert row.sent == TODAY
    assert row.due == dt.date(2027, 1, 7)  # 45 days under the CCPA
    assert row.recipient == "consumerprivacy@qualfon.com"
    suffixes = sorted(Path(f).suffix for f in row.letter_files)
    assert suffixes == [".pdf", ".txt"]  # exactly the formats saved in the preview
    text_file = next(Path(f) for f in row.letter_files if f.endswith(".txt"))
    assert text_file.parent == paths["letters_dir"]
    body = text_file.read_text(encoding="utf-8")
    assert "Jane Q. Public" in body and "consumerprivacy@qualfon.com" in body
    assert row.reference in body
    assert stat.S_IMODE(text_file.stat().st_mode) == 0o600


async def test_a_policy_question_is_answered_with_its_quote(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await say(pilot, "does Qualfon sell my data?")
        last = list(app.screen.query(AssistantTurn))[-1]
        assert last.markdown.startswith("Yes.")
        assert "We may share or sell your Personal Information" in last.markdown
        assert "31 March 2020" in last.markdown  # the policy's date
        card = card_text(app)
        assert "SELLS YOUR DATA?\nyes" in card
        assert "We may share or sell your Personal Information" in card
        assert app.screen.has_class("-card")  # wide enough for the panel


async def test_an_extension_is_recorded_in_the_requests_screen(catalog, paths) -> None:
    sent = TODAY - dt.timedelta(days=20)
    request_id = track(paths["ledger_path"], catalog, "qualfon", "access", sent)
    with Ledger.open(paths["ledger_path"]) as ledger:
        before = ledger.get(request_id)
    assert before.extended_respond_by is not None

    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RequestsScreen)
        table = screen.query_one(RequestsTable)
        assert table.row_count == 1
        assert table.get_row_at(0)[1].plain == "Qualfon"
        assert table.get_row_at(0)[6].plain == "sent"

        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordEventDialog)
        assert dialog.selected_event() == "extended"
        date_input = dialog.query_one("#event-date")
        date_input.value = "2026-13-40"  # not a date: refused in the dialog
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "is not a date" in str(dialog.query_one("#event-error").render())
        date_input.value = (TODAY - dt.timedelta(days=2)).isoformat()
        dialog.query_one("#event-note").value = "They need more time"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        row_cells = [cell.plain for cell in table.get_row_at(0)]
        assert row_cells[6] == "extended"
        assert row_cells[4] == before.extended_respond_by.isoformat()
        timeline = str(screen.query_one("#timeline-body").render())
        assert "extension noticed: They need more time" in timeline

    with Ledger.open(paths["ledger_path"]) as ledger:
        after = ledger.get(request_id)
        events = [e.event for e in ledger.timeline(request_id)]
    assert after.status == "extended"
    assert after.extension_granted
    assert after.due == before.extended_respond_by
    assert events == ["sent", "extended"]


async def test_a_bad_email_is_refused_with_a_message(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        chat = await ready(pilot)
        for answer in ("Qualfon, delete my data", "California", "Jane Q. Public"):
            await say(pilot, answer)
        await say(pilot, "jane@@example")
        last = list(chat.query(AssistantTurn))[-1]
        assert "error" in last.classes
        assert "That e-mail address doesn't work" in last.markdown
        assert chat.conversation is not None and chat.conversation.expecting == "email"
        assert isinstance(app.screen, ChatScreen)  # no letter yet
        await say(pilot, "jane.public@example.com")
        await pilot.pause()
        assert isinstance(app.screen, LetterPreview)
        assert app.screen.letter.sender_email == "jane.public@example.com"
    with Ledger.open(paths["ledger_path"]) as ledger:
        assert ledger.list_requests() == []


async def test_overdue_requests_are_mentioned_first(catalog, paths, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    request_id = track(
        paths["ledger_path"], catalog, "qualfon", "deletion", TODAY - dt.timedelta(days=60)
    )
    with Ledger.open(paths["ledger_path"]) as ledger:
        due = ledger.get(request_id).due
    late = (TODAY - due).days
    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        chat = await ready(pilot)
        assert app.no_color
        first = chat.query(AssistantTurn).first()
        assert "reminder" in first.classes
        assert f"**Qualfon** (deletion): **overdue by {late} days**" in first.markdown
        assert "send a follow-up" in first.markdown
        # Said once: the greeting after it does not repeat the notice.
        greeting = chat.query(AssistantTurn)[1]
        assert "overdue" not in greeting.markdown
        assert "Heads up" not in transcript_text(app)
        await pilot.press("ctrl+r")
        await pilot.pause()
        table = app.screen.query_one(RequestsTable)
        cells = [cell.plain for cell in table.get_row_at(0)]
        # Without colour, the words still say it.
        assert cells[5] == f"{late} late"
        assert cells[6] == "overdue"


async def test_follow_up_needs_saved_details_then_is_written(catalog, paths) -> None:
    request_id = track(
        paths["ledger_path"], catalog, "qualfon", "access", TODAY - dt.timedelta(days=60)
    )
    app = make_app(catalog, paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, RequestsScreen)  # no name or e-mail saved yet
        assert any("name and e-mail" in n.message for n in app._notifications)

        with Ledger.open(paths["ledger_path"]) as ledger:
            ledger.profile_set({"name": "Jane Q. Public", "email": "jane.public@example.com"})
        await pilot.press("u")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, LetterPreview)
        assert preview.letter.kind == "followup_overdue"
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    with Ledger.open(paths["ledger_path"]) as ledger:
        row = ledger.get(request_id)
        events = [e.event for e in ledger.timeline(request_id)]
    assert events == ["sent", "followup_sent"]
    assert row.followups == 1
    assert any(f.endswith(".txt") for f in row.letter_files)


async def test_input_history_and_showing_a_company(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        chat = await ready(pilot)
        await say(pilot, "hello")
        await say(pilot, "help")
        chat_input = chat.query_one(ChatInput)
        await pilot.press("up")
        assert chat_input.value == "help"
        await pilot.press("up")
        assert chat_input.value == "hello"
        await pilot.press("down", "down")
        assert chat_input.value == ""

        app.show_company("cloudmed")
        await pilot.pause()
        assert "Cloudmed" in card_text(app)
        # With no company chosen yet, picking one starts the request with it.
        assert chat.conversation is not None and chat.conversation.company_id == "cloudmed"


async def test_narrow_terminal_swaps_card_and_chat(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        chat = await ready(pilot)
        assert chat.has_class("-narrow") and not chat.has_class("-card")
        await pilot.press("f2")
        assert chat.has_class("-card")
        assert chat.query_one("#chat-column").styles.display == "none"
        await pilot.press("f2")
        assert not chat.has_class("-card")


def test_suggestions_complete_choices_then_company_names() -> None:
    names = NameIndex(["Qualfon", "Qualified", "Quality Outcomes", "Bank of America"])
    assert suggest("I want Qua", names, []) == "I want Qualfon"
    # The typed part is kept as typed; the longest matching tail wins.
    assert suggest("write to bank of am", names, []) == "write to bank of america"
    assert suggest("Del", names, ["Delete my data", "See my data (access)"]) == "Delete my data"
    assert suggest("x", names, []) is None
    assert suggest("Qualfon", names, []) is None  # already complete


async def test_command_palette_finds_actions_and_companies(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        chat = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"qualfon")
        for _ in range(40):  # the palette searches in the background
            await pilot.pause(0.05)
            options = app.screen.query("CommandList").first().options
            prompts = [str(option.prompt) for option in options]
            if any("Company: Qualfon" in p for p in prompts):
                break
        assert any("Company: Qualfon" in p for p in prompts)
        index = next(i for i, p in enumerate(prompts) if "Company: Qualfon" in p)
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ChatScreen)
        assert "Qualfon Data Services Group" in card_text(app)
        assert chat.conversation is not None and chat.conversation.company_id == "qualfon"

        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"my requests")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, RequestsScreen)


async def test_letter_preview_saves_exactly_the_format_chosen(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(100, 32)) as pilot:
        chat = await ready(pilot)
        for answer in (
            "Qualfon, delete my data",
            "California",
            "Jane Q. Public",
            "jane.public@example.com",
        ):
            await say(pilot, answer)
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, LetterPreview)
        conversation = chat.conversation
        assert conversation is not None
        # The chat shows the words around the letter and points at the preview.
        letter_turn = next(t for t in chat.query(AssistantTurn) if "letter" in t.classes)
        assert "Here is your letter to" in letter_turn.markdown
        assert "Ctrl+L shows it again" in letter_turn.markdown
        assert "```" not in letter_turn.markdown
        assert "Shall I save it?" in letter_turn.markdown

        await pilot.press("p")
        await pilot.pause()
        saved = sorted(p.suffix for p in paths["letters_dir"].iterdir())
        assert saved == [".pdf"]  # only the PDF, not the .txt and .eml as well
        assert [Path(f).suffix for f in conversation.saved_files] == [".pdf"]
        assert conversation.stage == "track"
        status = str(preview.query_one("#letter-status").render())
        assert status.startswith("Saved in ") and ".pdf" in status

        await pilot.press("t")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert sorted(p.suffix for p in paths["letters_dir"].iterdir()) == [".eml", ".pdf"]
        await pilot.press("escape")
        await pilot.pause()
        shown = transcript_text(app)
        assert "Save .pdf" in shown and "Tracked as request **#1**" in shown

    with Ledger.open(paths["ledger_path"]) as ledger:
        row = ledger.list_requests()[0]
    assert sorted(Path(f).suffix for f in row.letter_files) == [".eml", ".pdf"]


async def test_the_preview_shows_the_letter_as_written_at_80x24(catalog, paths) -> None:
    """The letter is wrapped once, when written; a narrow window scrolls it sideways instead of
    wrapping it a second time."""
    from assistant.letters.output import to_text

    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await say(pilot, "I want Qualfon to delete my data")
        for answer in ("California", "Jane Q. Public", "jane.public@example.com"):
            await say(pilot, answer)
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, LetterPreview)
        lines = to_text(preview.letter).splitlines()
        body = preview.query_one("#letter-body")
        assert body.size.height == len(lines)  # one screen row per line of the letter
        assert body.size.width >= max(len(line) for line in lines)
        assert preview.query_one("#letter-dialog").size.width == 80


async def test_escape_closes_the_card_that_covers_a_narrow_window(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        chat = await ready(pilot)
        await say(pilot, "qualfon")
        await pilot.press("f2")
        await pilot.pause()
        assert chat.has_class("-card") and not chat.query_one("#chat-column").display
        await pilot.press("escape")
        await pilot.pause()
        assert not chat.has_class("-card")
        assert chat.query_one("#chat-column").display
        assert isinstance(app.focused, ChatInput)


async def test_track_with_a_sent_on_date_in_the_past(catalog, paths) -> None:
    """ "Sent on" defaults to today; a past day gives deadlines from that day, a future day is
    refused and nothing is tracked."""
    from textual.widgets import Input

    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await say(pilot, "I want Qualfon to delete my data")
        for answer in ("California", "Jane Q. Public", "jane.public@example.com"):
            await say(pilot, answer)
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, LetterPreview)
        sent_on = preview.query_one("#sent-on", Input)
        assert sent_on.value == TODAY.isoformat()
        sent_on.value = "2026-12-24"
        await pilot.click("#track")
        await pilot.pause()
        assert "after today" in str(preview.query_one("#letter-status").render())
        with Ledger.open(paths["ledger_path"]) as ledger:
            assert ledger.list_requests() == []
        sent_on.value = "2026-11-02"
        preview.query_one("#letter-scroll").focus()
        await pilot.press("t")
        await pilot.pause()
        assert "Tracked as request #1" in str(preview.query_one("#letter-status").render())
    with Ledger.open(paths["ledger_path"]) as ledger:
        (row,) = ledger.list_requests()
    assert row.sent == dt.date(2026, 11, 2)
    assert row.respond_by == dt.date(2026, 12, 17)  # 45 days from 2 November under the CCPA


async def test_edit_the_letter_in_the_preview_then_save_and_track_it(catalog, paths) -> None:
    from textual.widgets import TextArea

    from assistant.tui.dialogs.edit_letter import EditLetterDialog

    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        chat = await ready(pilot)
        await say(pilot, "I want Qualfon to delete my data")
        for answer in ("California", "Jane Q. Public", "jane.public@example.com"):
            await say(pilot, answer)
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, LetterPreview)
        await pilot.press("i")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditLetterDialog)
        area = editor.query_one("#edit-body", TextArea)
        area.text = "Dear team,\n\nplease delete \x1b[31meverything.\n"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor  # refused: the text stays to be fixed
        assert "control character U+001B" in str(editor.query_one("#edit-error").render())
        area.text = "Dear team,\n\nplease delete everything you hold about me.\n"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is preview
        assert "please delete everything you hold" in str(
            preview.query_one("#letter-body").render()
        )
        assert chat.conversation is not None
        assert chat.conversation.pending_letter is preview.letter
        await pilot.press("x", "t")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert app.screen is preview  # saved now: no more editing
    with Ledger.open(paths["ledger_path"]) as ledger:
        (row,) = ledger.list_requests()
    text = next(Path(f) for f in row.letter_files if f.endswith(".txt")).read_text("utf-8")
    assert "please delete everything you hold about me." in text
    assert "I ask Qualfon to delete" not in text
    assert row.reference in text  # the letterhead stays


@pytest.mark.parametrize("track", ["yes", "no"])
async def test_the_app_points_to_its_own_keys_not_to_shell_commands(catalog, paths, track) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await say(pilot, "I want Qualfon to delete my data")
        for answer in ("California", "Jane Q. Public", "jane.public@example.com"):
            await say(pilot, answer)
        await pilot.pause()
        await pilot.press("escape")  # close the preview; answer in the conversation
        await pilot.pause()
        for answer in ("yes", track):
            await say(pilot, answer)
        text = transcript_text(app)
    shell = re.compile(r"`rights |\brights (track|reminders|check|laws|requests)\b")
    assert shell.search(text) is None, shell.search(text)
    assert ("Ctrl+R shows your requests" if track == "yes" else "Ctrl+L shows the letter") in text


async def test_shrinking_the_window_keeps_the_pending_question_in_view(catalog, paths) -> None:
    app = make_app(catalog, paths)
    async with app.run_test(size=(120, 40)) as pilot:
        chat = await ready(pilot)
        await say(pilot, "qualfon")
        await say(pilot, "what data do they collect?")
        await say(pilot, "delete my data")
        await pilot.pause(0.3)
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.3)
        transcript = chat.query_one(Transcript)
        last = list(transcript.query(AssistantTurn))[-1]
        assert "Where do you live?" in last.markdown
        assert transcript.max_scroll_y > 0  # the conversation no longer fits
        assert transcript.scroll_y >= transcript.max_scroll_y - 1
        assert chat.query_one(ChatInput).region.bottom <= 24


async def test_the_denial_dialog_drops_its_complaint_once_a_reason_is_chosen(
    catalog, paths
) -> None:
    from textual.widgets import Select

    track(paths["ledger_path"], catalog, "qualfon", "access", TODAY - dt.timedelta(days=10))
    app = make_app(catalog, paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordEventDialog)
        dialog.query_one("#event-date").focus()
        await pilot.press("enter")
        await pilot.pause()
        error = dialog.query_one("#event-error")
        assert "Choose why the company refused." in str(error.render())
        dialog.query_one("#event-reason", Select).value = "no_data"
        await pilot.pause()
        assert str(error.render()) == ""


async def test_a_long_timeline_note_wraps_under_its_own_text(catalog, paths) -> None:
    request_id = track(paths["ledger_path"], catalog, "qualfon", "access", TODAY)
    note = "They wrote back saying they will look into it and asked me to wait for more news"
    with Ledger.open(paths["ledger_path"]) as ledger:
        workflow.record_event(ledger, request_id, "acknowledged", on=TODAY, note=note)
    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause(0.3)
        lines = str(app.screen.query_one("#timeline-body").render()).splitlines()
    start = next(i for i, line in enumerate(lines) if "acknowledged: They wrote" in line)
    assert lines[start + 1].startswith(" " * 14) and lines[start + 1].strip()
    assert all(len(line) < 80 for line in lines[start : start + 2])


async def test_the_requests_table_fits_80_columns_with_long_names(catalog, paths) -> None:
    for company in ("quality-outcomes", "connective-med", "qualfon"):
        request_id = track(paths["ledger_path"], catalog, company, "opt_out", TODAY)
    with Ledger.open(paths["ledger_path"]) as ledger:
        workflow.record_event(ledger, request_id, "acknowledged", on=TODAY)
        with ledger.conn:
            ledger.conn.execute(
                "UPDATE requests SET company_name = ? WHERE id = 1",
                ("The Extremely Long Company Name Holdings International Ltd",),
            )
    app = make_app(catalog, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause(0.3)
        table = app.screen.query_one(RequestsTable)
        names = [table.get_row_at(i)[1].plain for i in range(table.row_count)]
        assert "The Extremely Long…" in names
        assert table.virtual_size.width <= 80  # nothing cut, nothing to scroll sideways
        statuses = [table.get_row_at(i)[6].plain for i in range(table.row_count)]
        assert "acknowledged" in statuses
