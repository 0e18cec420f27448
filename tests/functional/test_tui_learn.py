"""Teaching the app a company from a saved privacy policy: read, check the draft, keep it."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from textual.widgets import Input, Static

from assistant.records.catalog import Catalog
from assistant.tui.app import create_app
from assistant.tui.dialogs.learn_policy import LearnPolicyDialog
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets.transcript import Transcript

TODAY = dt.date(2026, 11, 23)

POLICY = (Path(__file__).parent.parent / "data" / "learn" / "brightwater-privacy.html").read_text(
    encoding="utf-8"
)  # an invented shop's policy, written for these tests


async def _greeted(pilot) -> ChatScreen:  # type: ignore[no-untyped-def]
    for _ in range(200):
        await pilot.pause(0.05)
        chat = pilot.app.get_screen_for_mode("chat")
        if isinstance(chat, ChatScreen) and chat.conversation is not None:
            return chat
    raise AssertionError("the conversation never started")


async def _until(pilot, done) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        await pilot.pause(0.05)
        if done():
            return
    raise AssertionError("never happened")


async def test_a_saved_policy_becomes_a_company_to_write_to(tmp_path: Path, rights_home) -> None:
    policy = tmp_path / "brightwater-privacy.html"
    policy.write_text(POLICY, encoding="utf-8")
    catalog = Catalog.load(include_user=False, use_cache=False)
    app = create_app(
        catalog=catalog,
        today=TODAY,
        ledger_path=tmp_path / "requests.sqlite3",
        letters_dir=tmp_path / "letters",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        chat = await _greeted(pilot)
        await app.run_action("learn_policy")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LearnPolicyDialog)
        dialog.query_one("#learn-path", Input).value = str(policy)
        await pilot.click("#read")
        await _until(pilot, lambda: dialog.draft is not None)
        shown = str(dialog.query_one("#learn-card", Static).render())
        assert "privacy@brightwater-pets.example" in shown
        # Nothing is written before Save.
        assert not (rights_home / "policies").exists()
        await pilot.click("#save")
        await _until(pilot, lambda: chat.conversation is not None and chat.conversation.company)
        saved = list((rights_home / "policies" / "companies").glob("*.toml"))
        assert len(saved) == 1
        assert stat.S_IMODE(saved[0].stat().st_mode) == 0o600
        assert chat.conversation.company.contacts[0].value == "privacy@brightwater-pets.example"
        said = chat.query_one(Transcript).plain_text()
        assert "kept it as your own company record" in said


async def test_a_file_that_cannot_be_read_is_said_and_nothing_is_kept(
    tmp_path: Path, rights_home
) -> None:
    catalog = Catalog.load(include_user=False, use_cache=False)
    app = create_app(catalog=catalog, today=TODAY, ledger_path=tmp_path / "r.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await _greeted(pilot)
        await app.run_action("learn_policy")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LearnPolicyDialog)
        dialog.query_one("#learn-path", Input).value = str(tmp_path / "missing.html")
        await pilot.press("enter")
        error = dialog.query_one("#learn-error", Static)
        await _until(pilot, lambda: bool(str(error.render()).strip()))
        assert "missing.html" in str(error.render())
        assert dialog.query_one("#save").disabled
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LearnPolicyDialog)
        assert not (rights_home / "policies").exists()
