"""SVG snapshots of the main screens (pytest-textual-snapshot), at fixed sizes and a fixed date.

Everything on screen is pinned: `today` is given, the ledger and letters live in the test's
temporary folder, and the random part of request references is fixed. Regenerate the
baselines with `pytest tests/functional/test_tui_snapshots.py --snapshot-update` after a
deliberate change, and look at the SVGs before committing them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, Markdown, TextArea

from assistant import workflow
from assistant.ledger.store import Ledger
from assistant.records.catalog import Catalog
from assistant.tui.app import RightsApp, create_app
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets.chat_input import ChatInput
from assistant.tui.widgets.transcript import Transcript

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load(include_user=False, use_cache=False)


@pytest.fixture(autouse=True)
def fixed_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """References end in a random token; pin it so the pictures are the same every run."""
    monkeypatch.setattr("secrets.token_hex", lambda n=2: "7f3a"[: 2 * n].ljust(2 * n, "0"))


def make_app(catalog: Catalog, tmp_path: Path) -> RightsApp:
    return create_app(
        catalog=catalog,
        today=TODAY,
        ledger_path=tmp_path / "requests.sqlite3",
        letters_dir=tmp_path / "letters",
    )


async def settled(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until every Markdown turn has rendered its blocks and the screen is still."""
    for _ in range(100):
        await pilot.pause(0.05)
        pending = [m for m in pilot.app.screen.query(Markdown) if not m.children]
        if not pending:
            break
    for field in [*pilot.app.screen.query(Input), *pilot.app.screen.query(TextArea)]:
        field.cursor_blink = False  # a blinking cursor would make the pictures differ
    await pilot.wait_for_scheduled_animations()
    await pilot.pause(0.2)


async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        await pilot.pause(0.05)
        chat = pilot.app.get_screen_for_mode("chat")
        if isinstance(chat, ChatScreen) and chat.conversation is not None:
            break
    await settled(pilot)


async def say(pilot, *texts: str) -> None:  # type: ignore[no-untyped-def]
    for text in texts:
        chat_input = pilot.app.screen.query_one(ChatInput)
        chat_input.value = text
        await pilot.press("enter")
        await pilot.pause(0.1)
    await settled(pilot)


def seed(ledger_path: Path, catalog: Catalog) -> None:
    """Three requests: one late, one due within the week, one answered."""
    with Ledger.open(ledger_path) as ledger:
        for company, right, days_ago in (
            ("qualfon", "deletion", 60),
            ("cloudmed", "access", 40),
            ("qualified", "opt_out", 30),
        ):
            workflow.track(
                ledger,
                catalog.get(company),
                right,
                residence="US-CA",
                sent=TODAY - dt.timedelta(days=days_ago),
                channel="email",
            )
        answered = ledger.list_requests(company="qualified")[0]
        ledger.record_event(answered.id, "answered_full", on=TODAY - dt.timedelta(days=3))


def test_chat_greeting_80x24(snap_compare, catalog, tmp_path) -> None:
    assert snap_compare(make_app(catalog, tmp_path), terminal_size=(80, 24), run_before=ready)


def test_chat_with_company_card_120x40(snap_compare, catalog, tmp_path) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await say(pilot, "does Qualfon sell my data?")

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=(120, 40), run_before=run_before)


def test_requests_screen_100x30(snap_compare, catalog, tmp_path) -> None:
    seed(tmp_path / "requests.sqlite3", catalog)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("ctrl+r")
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=(100, 30), run_before=run_before)


def test_reminders_first_without_colour_80x24(snap_compare, catalog, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    seed(tmp_path / "requests.sqlite3", catalog)
    assert snap_compare(make_app(catalog, tmp_path), terminal_size=(80, 24), run_before=ready)


# -- every screen and dialog at 80x24 and 120x40 ----------------------------------------------

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
LETTER_CHAT = ("I want Qualfon to delete my data", "California", "Jane Q. Public",
               "jane.public@example.com")  # fmt: skip
ING_ANSWER = (
    "Dear Ms Public,\n\nThank you for your request of 23 November 2026. Before we can answer "
    "it, please send us a copy of your passport or identity card.\n\nKind regards,\n"
    "Privacy Team"
)


async def _letter(pilot) -> None:  # type: ignore[no-untyped-def]
    await ready(pilot)
    await say(pilot, *LETTER_CHAT)
    chat = pilot.app.get_screen_for_mode("chat")
    # The last turns may still be laying out their blocks: wait until the transcript's height
    # has stayed the same for a while, however long that takes on a busy machine, then scroll.
    transcript = chat.query_one(Transcript)
    await settled(pilot)
    steady, last = 0, -1
    for _ in range(100):
        await pilot.pause(0.05)
        height = transcript.virtual_size.height
        steady = steady + 1 if height == last else 0
        last = height
        if steady >= 6:
            break
    transcript.scroll_end(animate=False, immediate=True)
    await settled(pilot)
    # Behind a dialog the transcript is only background; pin it to its end once more after
    # everything has settled, so its position cannot depend on when the last turn arrived.
    transcript.scroll_end(animate=False, immediate=True)
    transcript.refresh()
    await settled(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_letter_preview(snap_compare, catalog, tmp_path, size) -> None:
    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=_letter)


@pytest.mark.parametrize("size", SIZES)
def test_edit_letter_dialog(snap_compare, catalog, tmp_path, size) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _letter(pilot)
        await pilot.press("i")
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_requests_screen(snap_compare, catalog, tmp_path, size) -> None:
    seed(tmp_path / "requests.sqlite3", catalog)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("ctrl+r")
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_record_event_dialog(snap_compare, catalog, tmp_path, size) -> None:
    seed(tmp_path / "requests.sqlite3", catalog)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("ctrl+r")
        await settled(pilot)
        await pilot.press("d")  # denied: the reason row shows
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_paste_reply_dialog_after_reading(snap_compare, catalog, tmp_path, size) -> None:
    from textual.widgets import TextArea

    seed(tmp_path / "requests.sqlite3", catalog)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("ctrl+r")
        await settled(pilot)
        await pilot.press("p")
        await settled(pilot)
        pilot.app.screen.query_one(TextArea).text = ING_ANSWER
        await pilot.press("ctrl+s")
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_company_card_of_an_imported_record(snap_compare, catalog, tmp_path, size) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await say(pilot, "Spotify")
        if size[0] < 100:
            await pilot.press("f2")  # the card covers a narrow window
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_learn_policy_dialog_with_its_draft(
    snap_compare, catalog, tmp_path, size, monkeypatch
) -> None:
    from textual.widgets import Input

    policy = Path(__file__).parent.parent / "data" / "learn" / "brightwater-privacy.html"
    (tmp_path / "brightwater-privacy.html").write_bytes(policy.read_bytes())
    monkeypatch.chdir(tmp_path)  # the path typed (and shown) is the same every run

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.app.run_action("learn_policy")
        await settled(pilot)
        pilot.app.screen.query_one("#learn-path", Input).value = "brightwater-privacy.html"
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.05)
            if getattr(pilot.app.screen, "draft", None) is not None:
                break
        await settled(pilot)

    assert snap_compare(make_app(catalog, tmp_path), terminal_size=size, run_before=run_before)
