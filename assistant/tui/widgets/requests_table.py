"""The tracked requests as a table: company, right, sent, due, days left or late, status.

Rows are coloured by urgency (late, due within a week, waiting, finished) and the "Left"
column says it in words too ("3 late", "5 left"), so urgency survives NO_COLOR. Sorting is done
here on the rows' own values, by column (press S, or click a header). Moving the cursor posts
`RequestsTable.Highlighted` with the request number; the screen decides what to show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable

# Re-exported (explicitly, for mypy) while assistant/tui/screens/requests.py imports it from here.
from assistant.vocabulary import RIGHT_WORDS

if TYPE_CHECKING:
    from assistant.ledger.store import RequestRow

FINISHED = ("fulfilled", "denied", "closed")
# A long company name is cut (its full name is in the timeline beneath), so the status column
# stays whole in an 80-column window.
COMPANY_WIDTH = 20
SOON_DAYS = 7

# (key, header, sort key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "#"),
    ("company", "Company"),
    ("right", "Right"),
    ("sent", "Sent"),
    ("due", "Due"),
    ("left", "Left"),
    ("status", "Status"),
)
_FAR = dt.date.max


def shorten(text: str, width: int) -> str:
    """`text`, cut to `width` characters with an ellipsis when longer."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def urgency(row: RequestRow, today: dt.date) -> str:
    """'late', 'soon', 'waiting', 'action' or 'done'."""
    status = row.display_status(today)
    if status == "overdue":
        return "late"
    if status in FINISHED or status == "draft":
        return "done"
    if status == "needs_action":
        return "action"
    if row.due is not None and (row.due - today).days <= SOON_DAYS:
        return "soon"
    return "waiting"


def days_left_text(row: RequestRow, today: dt.date) -> str:
    status = row.display_status(today)
    if status in FINISHED:
        return "-"
    if row.due is None:  # no law sets a date: say when a reminder is fair, never "late"
        follow_up = row.deadlines.get("follow_up_by") if isinstance(row.deadlines, dict) else None
        return "write again" if follow_up and follow_up <= today.isoformat() else "-"
    days = (row.due - today).days
    if days < 0:
        return f"{-days} late"
    if days == 0:
        return "due today"
    return f"{days} left"


STYLES = {
    "late": "bold red",
    "soon": "yellow",
    "action": "bold magenta",
    "waiting": "",
    "done": "dim",
}

SORT_KEYS: dict[str, Callable[[Any, dt.date], Any]] = {
    "id": lambda r, t: r.id,
    "company": lambda r, t: r.company_name.casefold(),
    "right": lambda r, t: r.right,
    "sent": lambda r, t: r.sent,
    "due": lambda r, t: r.due or _FAR,
    "left": lambda r, t: (urgency(r, t) == "done", r.due or _FAR),
    "status": lambda r, t: r.display_status(t),
}


class RequestsTable(DataTable):
    """A DataTable of RequestRow objects, sortable by any column."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved to a request (None when the table is empty)."""

        request_id: int | None

    def __init__(self, today: dt.date, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.today = today
        self.rows_data: list[RequestRow] = []
        self.sort_column = "left"
        self.sort_reverse = False

    def on_mount(self) -> None:
        for key, label in COLUMNS:
            self.add_column(label, key=key)

    def load(self, rows: Sequence[RequestRow], keep: int | None = None) -> None:
        """Show these requests; keep the cursor on request `keep` if given."""
        self.rows_data = list(rows)
        self._refill(keep)

    def sort_by(self, column: str | None = None) -> None:
        """Sort by `column` (again: reverse); with None, move to the next column."""
        keys = [k for k, _ in COLUMNS]
        if column is None:
            column = keys[(keys.index(self.sort_column) + 1) % len(keys)]
            self.sort_reverse = False
        elif column == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_reverse = False
        self.sort_column = column
        self._refill(self.current_request_id())

    def current_request_id(self) -> int | None:
        if not self.rows_data or self.cursor_row < 0 or self.cursor_row >= self.row_count:
            return None
        key = self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0)).row_key
        return int(key.value) if key.value is not None else None

    def _refill(self, keep: int | None) -> None:
        sort_key = SORT_KEYS[self.sort_column]
        ordered = sorted(
            self.rows_data,
            key=lambda r: (sort_key(r, self.today), r.id),
            reverse=self.sort_reverse,
        )
        self.clear()
        for label_key, label in COLUMNS:
            arrow = ""
            if label_key == self.sort_column:
                arrow = " v" if not self.sort_reverse else " ^"
            self.columns[label_key].label = Text(label + arrow)  # type: ignore[index]
        for row in ordered:
            style = STYLES[urgency(row, self.today)]
            cells = (
                str(row.id),
                shorten(row.company_name, COMPANY_WIDTH),
                RIGHT_WORDS.get(row.right, row.right),
                row.sent.isoformat(),
                row.due.isoformat() if row.due else "-",
                days_left_text(row, self.today),
                row.display_status(self.today).replace("_", " "),
            )
            self.add_row(*(Text(c, style=style) for c in cells), key=str(row.id))
        if keep is not None:
            for index, row in enumerate(ordered):
                if row.id == keep:
                    self.move_cursor(row=index)
                    break
        self.post_message(self.Highlighted(self.current_request_id()))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        value = event.row_key.value
        self.post_message(self.Highlighted(int(value) if value is not None else None))

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.sort_by(str(event.column_key.value))
