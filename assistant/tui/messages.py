"""Messages the app sends its screens: the catalog has loaded (or failed to)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from assistant.ledger.reminders import Reminder
    from assistant.records.catalog import Catalog


@dataclass
class CatalogReady(Message):
    """The catalog is loaded (off the UI thread), with today's reminders."""

    catalog: Catalog
    reminders: list[Reminder]


@dataclass
class CatalogFailed(Message):
    """The catalog could not be loaded; `message` says why and what to do."""

    message: str


@dataclass
class ShowCompany(Message):
    """Show this company's card (from the command palette)."""

    company_id: str


@dataclass
class CompanyLearned(Message):
    """The person kept a company drafted from its policy; `catalog` holds it."""

    catalog: Catalog
    company_id: str
