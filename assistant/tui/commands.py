"""The command palette (Ctrl+P): the main actions, and company search over the catalog."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from assistant.tui.app import RightsApp

# (title, help, app action)
ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Chat with the assistant", "Back to the conversation", "show_chat"),
    ("My requests", "Every tracked request, its deadline and timeline", "show_requests"),
    ("New conversation", "Start over with a new request", "new_conversation"),
    ("Show the letter", "Open the letter written in this conversation", "show_letter"),
    ("Toggle the company card", "Show or hide the company panel", "toggle_card"),
    (
        "Learn a company from its privacy policy",
        "Read a policy you saved (.html, .pdf, .md, .txt) and keep it as a company record",
        "learn_policy",
    ),
)
COMPANY_HITS = 8


class RightsCommands(Provider):
    """Main actions by name; any other text searches the catalog for a company."""

    @property
    def rights_app(self) -> RightsApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        for title, help_text, action in ACTIONS:
            yield DiscoveryHit(title, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in ACTIONS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(self._run, action), help=help_text
                )
        catalog = self.rights_app.catalog
        if catalog is None or len(query.strip()) < 2:
            return
        for rank, hit in enumerate(catalog.search(query, limit=COMPANY_HITS)):
            title = f"Company: {hit.name}"
            score = max(0.05, min(0.95, hit.score / 100.0) - rank * 0.01)
            yield Hit(
                score,
                title,
                partial(self.rights_app.show_company, hit.id),
                text=title,
                help=f"Show the card for {hit.id}"
                + ("" if hit.matched == hit.name else f" (matched {hit.matched})"),
            )

    async def _run(self, action: str) -> None:
        await self.rights_app.run_action(action)
