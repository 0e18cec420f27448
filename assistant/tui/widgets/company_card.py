"""The side panel: the chosen company's card, each fact with the policy's own words.

Shows where the facts come from, the contacts, the rights the policy offers (with response
times), what the company needs to verify a person, the policy's date, and whether it says it
sells personal data (yes / no / unclear) with the quote. A record imported from a database,
whose privacy policy nobody read, says so once instead of a column of "not stated". Plain words
carry the meaning ("yes", "no", "unclear"), so the card reads the same without colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

RIGHT_LABELS = {
    "access": "Access (right to know)",
    "deletion": "Deletion",
    "opt_out": "Opt-out of sale/sharing",
    "correction": "Correction",
}
OFFERED = {True: "offered", False: "not offered", None: "not stated"}
SELLS = {True: "yes", False: "no", None: "unclear"}
MAX_QUOTE = 320

EMPTY_TEXT = (
    "No company chosen yet.\n\n"
    "Name one in the chat, or press Ctrl+P and type its name to look it up."
)


def _quote(text: Text, quote: str | None, indent: str = "  ") -> None:
    if not quote:
        return
    shown = quote if len(quote) <= MAX_QUOTE else quote[: MAX_QUOTE - 1].rstrip() + "…"
    text.append(f"{indent}“{shown}”\n", style="italic")


def _heading(text: Text, title: str) -> None:
    text.append("\n")
    text.append(title.upper(), style="bold underline")
    text.append("\n")


def _reflow(lines: list[str]) -> list[str]:
    """Lines wrapped for a wide terminal, joined back into paragraphs (the card wraps them to
    its own width); list items and headings stay on their own lines."""
    out: list[str] = []
    for line in lines:
        joins = out and out[-1] and line and not line.startswith(" ") and not out[-1].endswith(":")
        if joins:
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def plain_source(record: CompanyRecord) -> str:
    """Where the card's facts come from, in a sentence a newcomer follows."""
    src = record.source
    if src.kind == "policy":
        return "From its privacy policy, read and checked by hand."
    if src.kind == "reader":
        when = f" as it stood on {src.snapshot_date.isoformat()}" if src.snapshot_date else ""
        return f"Read automatically from its privacy policy{when}; not checked by a person."
    if src.kind == "data-broker-registry":
        return "From the page it filed in California's register of data brokers."
    if src.kind == "datenanfragen":
        return "From Datenanfragen.de's public list of privacy contacts."
    return "From a public list of companies."


def card_text(record: CompanyRecord) -> Text:
    """The card as one Rich Text (no markup is parsed from the record)."""
    from assistant.records.card import unread_policy_lines

    text = Text()
    text.append(record.name, style="bold")
    text.append("\n")
    if record.legal_name and record.legal_name != record.name:
        text.append(f"{record.legal_name}\n", style="dim")
    text.append(plain_source(record) + "\n", style="dim")
    if not record.source.policy_read:
        _contacts(text, record)
        text.append("\n".join(_reflow(unread_policy_lines(record))) + "\n")
        return text
    if record.policy_date:
        text.append(f"Policy dated {record.policy_date.isoformat()}\n")
    else:
        text.append("The policy gives no date\n")

    claim = record.sells_personal_information
    _heading(text, "Sells your data?")
    text.append(SELLS[claim.value], style="bold reverse" if claim.value else "bold")
    text.append("\n")
    _quote(text, claim.quote)
    if claim.value is None and claim.note:
        text.append(f"  {claim.note}\n", style="dim")

    _contacts(text, record)
    _rights(text, record)
    _verification(text, record)
    if record.processor is not None:
        _heading(text, "Acts for its clients")
        text.append(f"{record.processor.advice}\n")
    return text


def _contacts(text: Text, record: CompanyRecord) -> None:
    _heading(text, "Contacts")
    if not record.contacts:
        text.append("none published\n")
    for contact in record.contacts:
        text.append(f"{contact.kind}: ", style="bold")
        if contact.kind == "postal":  # one line of the address per line
            lines = [" ".join(line.split()) for line in contact.value.splitlines() if line.strip()]
            text.append("\n".join([lines[0], *(f"  {line}" for line in lines[1:])]) + "\n")
        else:
            text.append(f"{contact.value}\n")


def _rights(text: Text, record: CompanyRecord) -> None:
    from assistant.records.model import RIGHTS

    _heading(text, "Rights its policy offers")
    for right in RIGHTS:
        policy = record.rights.get(right)
        mark = {True: "+", False: "-", None: "?"}[policy.offered]
        text.append(f"{mark} {RIGHT_LABELS[right]}: ", style="bold")
        text.append(OFFERED[policy.offered])
        if policy.response_days:
            text.append(f"; answers in {policy.response_days} {policy.response_day_kind} days")
            if policy.extension_days:
                text.append(f" (+{policy.extension_days})")
        text.append("\n")

    _heading(text, "Response times")
    times = [
        (RIGHT_LABELS[r], record.rights.get(r))
        for r in RIGHTS
        if record.rights.get(r).response_days
    ]
    if not times:
        text.append("The policy states none; the law that covers you sets the deadline.\n")
    for label, policy in times:
        text.append(f"{label}: {policy.response_days} {policy.response_day_kind} days\n")
        _quote(text, policy.response_quote)


def _verification(text: Text, record: CompanyRecord) -> None:
    from assistant.records.card import element_label

    _heading(text, "Verification")
    v = record.verification
    text.append("Asks for: " + (", ".join(v.data_points) if v.data_points else "not stated"))
    text.append("\n")
    _quote(text, v.quote)
    for element in v.required_elements:
        optional = " (optional)" if element.optional else ""
        text.append(f"Needs: {element_label(element.desc, element.type)}{optional}\n")
    if v.id_document_required:
        text.append("An ID document is required for every request\n")
    agent = {True: "yes", False: "no", None: "not stated"}[v.authorized_agent]
    text.append(f"Authorized agent allowed: {agent}\n")
    if v.note:
        text.append(f"{v.note}\n", style="dim")


class CompanyCard(VerticalScroll):
    """The company card panel; `show(record)` replaces what it displays."""

    can_focus = True

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.record: CompanyRecord | None = None
        self.border_title = "Company"

    def compose(self) -> ComposeResult:
        body = card_text(self.record) if self.record is not None else EMPTY_TEXT
        yield Static(body, id="card-body", markup=False)

    def show(self, record: CompanyRecord | None) -> None:
        if record is not None and self.record is not None and record.id == self.record.id:
            return
        self.record = record
        self.border_title = record.name if record is not None else "Company"
        if not self.is_mounted:
            return  # compose() will show it
        body = self.query_one("#card-body", Static)
        body.update(card_text(record) if record is not None else EMPTY_TEXT)
        self.scroll_home(animate=False)
