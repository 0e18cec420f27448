"""A one-line title bar: the app's name, where you are, and the date the app counts from.

Lighter than Textual's Header (one widget instead of four), which matters for start-up time.
"""

from __future__ import annotations

from textual.widgets import Static


class TitleBar(Static):
    """'Rights Assistant · Chat · 2026-11-23', centred on one line."""

    def __init__(self, place: str, detail: str = "", **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self.place = place
        self.detail = detail

    def on_mount(self) -> None:
        self._refresh_text()

    def set_detail(self, detail: str) -> None:
        self.detail = detail
        self._refresh_text()

    def _refresh_text(self) -> None:
        parts = [self.app.title, self.place, self.detail or self.app.sub_title]
        self.update(" · ".join(p for p in parts if p))
