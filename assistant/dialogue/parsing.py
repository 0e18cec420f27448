"""Reading the person's free-form answers in a conversation: a pick from a numbered list, a
contact for a company, "label: value" details, and the record for a company they name.

Pure functions, used by assistant.dialogue.conversation; no state, no I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord


def pick_from(text: str, options: list[str]) -> int | None:
    """A choice by number ("2", "the second one") or by its exact words."""
    low = text.strip().lower().strip(" .!")
    ordinals = {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
        "5th": 5,
        "last": len(options),
    }
    m = re.fullmatch(r"(?:number |no\.? |#)?(\d{1,2})", low)
    number = int(m.group(1)) if m else None
    # "the second one", "2nd"; not "on second thought" inside a sentence about something else
    if number is None and len(low.split()) <= 4:
        for word, value in ordinals.items():
            if re.search(rf"\b{word}\b", low) and not re.search(rf"\bon {word}\b", low):
                number = value
                break
    if number is not None and 1 <= number <= len(options):
        return number - 1
    for i, option in enumerate(options):
        if low == option.lower():
            return i
    return None


def parse_details(text: str, labels: list[str]) -> dict[str, str]:
    """'date of birth: 1980-01-31; customer number: 42' -> {label: value} using the
    record's labels; a bare value fills the only label there is."""
    given: dict[str, str] = {}
    by_key = {label.casefold(): label for label in labels}
    for part in re.split(r"[;\n]", text):
        if ":" in part:
            key, value = part.split(":", 1)
            key = key.strip().casefold()
            label = by_key.get(key) or next(
                (lbl for k, lbl in by_key.items() if key in k or k in key), None
            )
            if label and value.strip():
                given[label] = value.strip()
    if not given and len(labels) == 1 and text.strip():
        given[labels[0]] = text.strip()
    return given


def parse_contact(text: str, email: str | None = None) -> dict[str, str] | None:
    """A contact typed by the person: an e-mail address (`email`, already checked), a web form
    URL or a postal address; None if the text is none of these."""
    if email:
        return {"kind": "email", "value": email}
    url = re.search(r"https?://\S+", text)
    if url:
        return {"kind": "webform", "value": url.group(0).rstrip(".,)")}
    if re.search(r"\d", text) and ("," in text or "\n" in text) and len(text) >= 10:
        from assistant import textsafety

        try:
            return {
                "kind": "postal",
                "value": textsafety.clean_address(text.replace(", ", "\n")),
            }
        except UserError:
            return None
    return None


def manual_record(name: str, contact: dict[str, str]) -> CompanyRecord:
    """A record for a company not in the catalog, with the contact the person gave."""
    from assistant.records.model import CompanyRecord, is_slug

    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60].strip("-")
    if not is_slug(slug):
        slug = "company"
    return CompanyRecord.model_validate(
        {
            "id": slug,
            "name": name[:200],
            "source": {"kind": "manual", "note": "Named by the person; contact given by them."},
            "contacts": [
                {"id": "given-by-you", "purpose": "Given by you for this request.", **contact}
            ],
        }
    )
