"""The Textual app: one factory (`create_app`) for the command line and the tests alike.

The app reads the date once (here, or from the caller) and passes it to the core. It shows the
chat screen at once and loads the catalog in a worker thread after the first frame is drawn,
so the first screen does not wait for the records, pydantic or Jinja2. Two modes: "chat" (the
conversation and the company card) and "requests" (the tracked requests); dialogs are pushed on
top of either.

The package's rooms: screens/ holds the full screens (the chat with the assistant, the table of
tracked requests), dialogs/ the modal dialogs (the letter preview; recording a request's event),
widgets/ the pieces the screens are built from (they display and post messages; screens
decide), and app.tcss the one stylesheet. Nothing in tui/ holds domain logic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding

from assistant.tui.commands import RightsCommands
from assistant.tui.messages import CatalogFailed, CatalogReady, CompanyLearned, ShowCompany
from assistant.tui.screens.chat import ChatScreen

if TYPE_CHECKING:
    from textual.screen import Screen

    from assistant.ledger.reminders import Reminder
    from assistant.records.catalog import Catalog
    from assistant.tui.widgets.chat_input import NameIndex


def _requests_screen() -> Screen:
    from assistant.tui.screens.requests import RequestsScreen

    return RequestsScreen()


class RightsApp(App[int]):
    """Rights Assistant in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "Rights Assistant"
    COMMANDS = App.COMMANDS | {RightsCommands}
    MODES: ClassVar = {"chat": ChatScreen, "requests": _requests_screen}
    DEFAULT_MODE = "chat"
    BINDINGS: ClassVar = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        *,
        catalog: Catalog | None,
        today: dt.date,
        ledger_path: Path,
        letters_dir: Path | None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.today = today
        self.ledger_path = ledger_path
        self.letters_dir = letters_dir
        self.names: NameIndex | None = None
        self.sub_title = today.isoformat()

    # -- start-up ------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.call_after_refresh(self._start_loading)

    def _start_loading(self) -> None:
        self.run_worker(self._load, thread=True, name="catalog", exclusive=True, group="load")

    def _load(self) -> None:
        """Worker thread: the catalog, the name index for completion, today's reminders."""
        from assistant.errors import UserError
        from assistant.ledger.reminders import collect_reminders
        from assistant.tui.widgets.chat_input import NameIndex

        try:
            catalog = self.catalog
            if catalog is None:
                from assistant.records.catalog import load_catalog

                catalog = load_catalog()
            names = NameIndex([name for _id, name in catalog.names()])
        except UserError as exc:
            self.call_from_thread(self._loaded_badly, str(exc))
            return
        try:
            reminders = collect_reminders(self.ledger_path, self.today)
        except UserError as exc:
            reminders = []
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=10)
        self._warm_up()
        self.call_from_thread(self._loaded, catalog, names, reminders)
        from assistant.understanding.lexicon import load_tables

        load_tables()  # while the person reads the greeting

    @staticmethod
    def _warm_up() -> None:
        """Import what the first reply needs while the person reads the greeting."""
        import importlib

        for name in (
            "assistant.dialogue.conversation",
            "assistant.records.model",
            "assistant.letters.request",
            "assistant.ledger.store",
            "textual.widgets._markdown",
        ):
            try:
                importlib.import_module(name)
            except ImportError:  # pragma: no cover - a core module not built yet
                continue

    def _loaded(self, catalog: Catalog, names: NameIndex, reminders: list[Reminder]) -> None:
        self.catalog = catalog
        self.names = names
        self._tell_screens(CatalogReady(catalog, reminders))

    def _loaded_badly(self, message: str) -> None:
        self._tell_screens(CatalogFailed(message))

    def _tell_screens(self, message: CatalogReady | CatalogFailed) -> None:
        chat = self.get_screen_for_mode("chat")
        chat.post_message(message)

    def get_screen_for_mode(self, mode: str) -> Screen:
        """The bottom screen of a mode (created if the mode was never shown)."""
        stack = self._screen_stacks.get(mode)
        if stack:
            return stack[0]
        return self.screen

    # -- actions (key bindings and the command palette) ----------------------------------

    def action_show_chat(self) -> None:
        self.switch_mode("chat")

    def action_show_requests(self) -> None:
        self.switch_mode("requests")

    def _to_chat(self) -> ChatScreen | None:
        """Switch to the chat mode and return its screen."""
        self.switch_mode("chat")
        screen = self.get_screen_for_mode("chat")
        return screen if isinstance(screen, ChatScreen) else None

    async def action_new_conversation(self) -> None:
        if (chat := self._to_chat()) is not None:
            chat.action_new_conversation()

    async def action_show_letter(self) -> None:
        if (chat := self._to_chat()) is not None:
            chat.action_show_letter()

    async def action_toggle_card(self) -> None:
        if (chat := self._to_chat()) is not None:
            chat.action_toggle_card()

    def action_learn_policy(self) -> None:
        """Open the dialog that drafts a company's record from a saved privacy policy."""
        from assistant import paths
        from assistant.tui.dialogs.learn_policy import LearnPolicyDialog

        if self.catalog is None:
            self.notify("The catalog is still loading; try again in a moment.")
            return
        dialog = LearnPolicyDialog(
            taken=set(self.catalog.ids()), policies=paths.data_dir() / "policies"
        )
        self.push_screen(dialog, self._learned)

    def _learned(self, company_id: str | None) -> None:
        if company_id is not None:
            self.run_worker(
                lambda: self._reload(company_id), thread=True, name="reload", group="load"
            )

    def _reload(self, company_id: str) -> None:
        """Worker thread: the catalog again, now with the person's new record."""
        from assistant.errors import UserError
        from assistant.records.catalog import load_catalog

        try:
            catalog = load_catalog()
        except UserError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=10)
            return
        self.call_from_thread(self._with_learned, catalog, company_id)

    def _with_learned(self, catalog: Catalog, company_id: str) -> None:
        self.catalog = catalog
        if (chat := self._to_chat()) is not None:
            chat.post_message(CompanyLearned(catalog, company_id))

    def show_company(self, company_id: str) -> None:
        if (chat := self._to_chat()) is not None:
            chat.post_message(ShowCompany(company_id))


def create_app(
    *,
    catalog: Catalog | None = None,
    today: dt.date | None = None,
    ledger_path: Path | None = None,
    letters_dir: Path | None = None,
) -> RightsApp:
    """The app, ready to run. Tests pass a fixed `today` and their own paths."""
    if ledger_path is None:  # as assistant.ledger.store.ledger_path(), without loading sqlite3
        from assistant import paths
        from assistant.ledger.schema import LEDGER_NAME

        ledger_path = paths.data_dir() / LEDGER_NAME
    return RightsApp(
        catalog=catalog,
        today=today if today is not None else dt.date.today(),
        ledger_path=Path(ledger_path),
        letters_dir=Path(letters_dir) if letters_dir is not None else None,
    )


def run_app() -> int:
    """Run the app in this terminal (`rights` with no command); returns the exit status."""
    app = create_app()
    app.run()
    return int(app.return_code or 0)
