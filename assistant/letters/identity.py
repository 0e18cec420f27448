"""Who the person is, as a letter states it: the details asked for, in the letter's language.

`identity_details` picks, from what the person gave, the details a company record asks for (and
lists those it asks for that the person did not give); `local_label` puts the labels the
assistant itself adds ("postal address") into the letter's language; `id_document_note` tells
the person, never the company, what a record says about identity documents. A letter never
encloses an identity document: under GDPR Art. 12(6) a controller may ask for more only where
it has reasonable doubts about identity, and Art. 5(1)(c) (data minimisation) rules out a copy
by default.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from assistant.letters.context import inline, law_family

if TYPE_CHECKING:
    from assistant.letters.model import Person
    from assistant.records.model import CompanyRecord

_ID_WORDS = re.compile(r"\b(id|identity|identification|passport|licen[cs]e|ausweis)\b", re.I)

# The labels the assistant adds itself, in each letter language.
_LABELS: dict[str, dict[str, str]] = {
    "Postal address": {
        "de": "Postanschrift", "fr": "Adresse postale", "es": "Dirección postal",
        "it": "Indirizzo postale", "nl": "Postadres",
    },
    "postal address": {
        "de": "Postanschrift", "fr": "adresse postale", "es": "dirección postal",
        "it": "indirizzo postale", "nl": "postadres",
    },
}  # fmt: skip


def local_label(label: str, lang: str) -> str:
    """A label the assistant adds ('postal address') in the letter's language; the company's
    own labels (from its record) are kept as they are."""
    return _LABELS.get(label, {}).get(lang, label)


def asks_for_id(missing: list[str]) -> bool:
    """True when one of the details the company asks for is an identity document."""
    return any(_ID_WORDS.search(m) for m in missing)


def id_document_note(record: CompanyRecord, law: Any) -> str:
    """For the person: the record says the company wants an ID document; none is enclosed."""
    where = (
        f"{record.name}'s privacy policy says"
        if record.source.policy_read
        else f"{record.name}'s record, taken from a public database (no privacy policy has "
        "been read), says"
    )
    if law_family(law) == "gdpr":
        why = (
            f"under {law.short_name} Art. 12(6) a company may ask for more only when it has "
            "reasonable doubts about who you are, and a copy of an identity document is more "
            f"than most requests need (data minimisation, {law.short_name} Art. 5(1)(c))"
        )
    else:
        why = "a company should ask only for what it needs to verify you"
    return (
        f"{where} it asks for a copy of an identity document. The letter encloses none and "
        f"says so: {why}. If the company asks for one, you can ask it why; send only what it "
        "needs, with everything else blacked out."
    )


_ADDRESS_WORDS = re.compile(r"\b(postal|mailing|home|street|residential|billing)?\s*address\b")
_NOT_POSTAL = re.compile(r"(e-?mail|ip|mac)\s*address")


def _asks_for_address(record: CompanyRecord) -> bool:
    v = record.verification
    if any(e.type == "address" for e in v.required_elements):
        return True
    for point in v.data_points:
        text = point.casefold()
        if _ADDRESS_WORDS.search(text) and not _NOT_POSTAL.search(text):
            return True
    return False


def _asked_labels(record: CompanyRecord) -> list[str]:
    """What the record asks the person to give, beyond name and e-mail, in the record's words."""
    v = record.verification
    labels: list[str] = []
    skip = re.compile(r"^\s*(full\s+)?(name|e-?mail( address)?)\s*$", re.IGNORECASE)
    for point in v.data_points:
        if not skip.match(point):
            labels.append(point)
    for element in v.required_elements:
        if element.type in ("name", "email", "address") or skip.match(element.desc):
            continue
        labels.append(element.desc)
    seen: set[str] = set()
    out = []
    for label in labels:
        key = label.casefold()
        if key not in seen:
            seen.add(key)
            out.append(label)
    return out


def identity_details(
    record: CompanyRecord, person: Person, right: str = "access"
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(details to state, details asked for but not given, warnings) — nothing beyond the record,
    except for a data broker, which matches people on the identifiers they give (all of them,
    and the postal address, are stated). An opt-out needs no verification, so nothing is
    listed as missing for one."""
    if record.data_broker:
        details = list(person.identifiers.items())
        if person.address:
            details.append(("Postal address", inline(person.address)))
        return details, [], []
    asked = _asked_labels(record)
    given = {k.casefold(): (k, v) for k, v in person.identifiers.items()}
    stated: list[tuple[str, str]] = []
    missing: list[str] = []
    for label in asked:
        hit = given.pop(label.casefold(), None)
        if hit is not None:
            stated.append((label, hit[1]))
        else:
            missing.append(label)
    warnings = [
        f"left out {label!r}: {record.name}'s record does not ask for it"
        for label, _value in given.values()
    ]
    if _asks_for_address(record):
        if person.address:
            stated.append(("Postal address", inline(person.address)))
        else:
            missing.append("postal address")
    if right == "opt_out":
        missing = []
    return stated, missing, warnings
