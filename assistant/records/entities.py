"""A brand's entities ranked for where the person lives, and the one to write to if it is clear.

One brand is often several records: Amazon's EU country sites, Experian GmbH and Experian Ltd.,
a company from the Datenanfragen database and the same company from California's data broker
registry. Each record lists the countries it serves (`countries`: ISO codes or "all"). For a
person's residence ("US-TX", "DE"), a record is:

- `home`: it names the person's country;
- `everywhere`: it serves all countries;
- `unknown`: it names no country and its web sites are not another country's;
- `elsewhere`: it serves only other countries (amazon.de for someone in Texas).

`rank_for_residence` orders the records in that order (the catalog's order within each group);
`entity_for_residence` returns the one record to write to, or None when that is unclear, so
the caller asks the person instead of guessing (records of one company held twice, sharing a
web address, give the best-sourced one). Records serving only other countries are never
chosen; when nothing else is known, `elsewhere` tells the caller what to warn about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

FIT_ORDER = ("home", "everywhere", "unknown", "elsewhere")
# Endings that say nothing about a country (a .com site may serve anyone).
_GENERIC_ENDINGS = frozenset({"com", "net", "org", "eu", "io", "us", "co", "info", "app", "ai"})


class Ranked(NamedTuple):
    """A record and how well it fits the person's residence."""

    record: CompanyRecord
    fit: str  # one of FIT_ORDER


def country_of(residence: str | None) -> str | None:
    """'US-CA' -> 'US', 'de' -> 'DE'; None for no residence."""
    if not residence:
        return None
    return residence.split("-")[0].strip().upper() or None


def fit_for(record: CompanyRecord, country: str) -> str:
    """How `record` fits a person living in `country` (ISO alpha-2)."""
    served = {c.upper() for c in record.countries}
    if country in served:
        return "home"
    if "ALL" in served:
        return "everywhere"
    if served:
        return "elsewhere"
    endings = {d.rsplit(".", 1)[-1].lower() for d in record.domains}
    national = endings and not endings & _GENERIC_ENDINGS
    ours = country.lower() in endings or (country == "GB" and "uk" in endings)
    return "elsewhere" if national and not ours else "unknown"


def rank_for_residence(records: list[CompanyRecord], residence: str | None) -> list[Ranked]:
    """The records, best fit first; without a residence every record is `unknown`."""
    country = country_of(residence)
    ranked = [Ranked(r, fit_for(r, country) if country else "unknown") for r in records]
    return sorted(ranked, key=lambda item: FIT_ORDER.index(item.fit))


def entity_for_residence(
    records: list[CompanyRecord], residence: str | None
) -> CompanyRecord | None:
    """The one record to write to, or None (ask): a single `home` record; else a single record
    that serves everywhere or names no country, when no other such record exists."""
    if len(records) == 1 and not residence:
        return records[0]
    ranked = rank_for_residence(records, residence)
    for fits in (("home",), ("everywhere", "unknown")):
        group = [item.record for item in ranked if item.fit in fits]
        if len(group) == 1:
            return group[0]
        if group:
            return one_company(group)  # else several fit equally well: the person chooses
    return None  # only other countries' entities: never chosen without asking


_SOURCE_RANK = {"policy": 0, "reader": 2}


def one_company(records: list[CompanyRecord]) -> CompanyRecord | None:
    """When the records are one company held twice (they all share a web address), the best
    sourced: hand-written, then imported, then drafted by the reader; None otherwise."""
    shared = set.intersection(*(set(r.domains) for r in records))
    if not shared:
        return None
    ranks = [_SOURCE_RANK.get(r.source.kind, 1) for r in records]
    best = min(ranks)
    return records[ranks.index(best)] if ranks.count(best) == 1 else None
