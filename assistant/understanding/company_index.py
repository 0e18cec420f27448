"""The catalog's search index turned into the lookups that find company names inside a
sentence (assistant.understanding.companies): exact terms, owners, web-domain words, and
spelling-neutral forms bucketed by first letter for typos. Built once per index and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.records.search import fold, normalise
from assistant.understanding.aliases import alias_table

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog


@dataclass
class CompanyIndex:
    """Per-catalog lookups for finding company names inside a sentence."""

    exact: dict[str, list[int]]
    term_owner: list[int]
    term_kind: list[str]
    term_text: list[str]
    ids: list[str]
    names: list[str]
    preferred: set[int]  # owners whose record is hand-written (the seed companies)
    buckets: dict[str, tuple[list[str], list[int]]]  # first letter -> (compact terms, term nos)
    labels: dict[str, list[int]]  # a web domain's own word ("dkb" for dkb.de) -> owners
    owner_of: dict[str, int]  # catalog id -> owner number
    first_words: frozenset[str]  # first words of names of two words or more (a fast filter)


# The last few search indexes seen, by identity: (index, lookups built from it).
_INDEX_CACHE: list[tuple[Any, CompanyIndex]] = []


def company_index(catalog: Catalog) -> CompanyIndex:
    index = catalog.index
    for seen, built in _INDEX_CACHE:
        if seen is index:
            return built
    preferred = set()
    locations = getattr(catalog, "locations", {}) or {}
    for owner, company_id in enumerate(index.ids):
        location = locations.get(company_id)
        if location is not None and getattr(location, "line", 1) == 0:
            preferred.add(owner)
    buckets: dict[str, tuple[list[str], list[int]]] = {}
    for term_no, term in enumerate(index.term_text):
        compact = phonetic(term.replace(" ", ""))
        if len(compact) < 4:
            continue
        texts, nos = buckets.setdefault(compact[0], ([], []))
        texts.append(compact)
        nos.append(term_no)
    labels: dict[str, list[int]] = {}
    for term_no, kind in enumerate(index.term_kind):
        if kind == "domain":
            owners = labels.setdefault(index.term_text[term_no].replace(" ", ""), [])
            if index.term_owner[term_no] not in owners:
                owners.append(index.term_owner[term_no])
    built = CompanyIndex(
        exact=index.exact,
        term_owner=index.term_owner,
        term_kind=index.term_kind,
        term_text=index.term_text,
        ids=index.ids,
        names=index.names,
        preferred=preferred,
        buckets=buckets,
        labels=labels,
        owner_of={company_id: n for n, company_id in enumerate(index.ids)},
        first_words=frozenset(
            key.split(" ", 1)[0]
            for key in (*index.exact, *alias_table(catalog))
            if " " in key and not key.startswith("@")
        ),
    )
    _INDEX_CACHE.insert(0, (index, built))
    del _INDEX_CACHE[4:]
    return built


KIND_SCORE = {
    "name": 1.0,
    "legal_name": 1.0,
    "alias": 0.97,
    "domain": 0.97,
    "brand": 0.9,
    "domain_label": 0.9,
}


def term_owners(cindex: CompanyIndex, term_nos: list[int]) -> dict[int, str]:
    owners: dict[int, str] = {}
    for term_no in term_nos:
        owner = cindex.term_owner[term_no] if term_no < len(cindex.term_owner) else None
        if owner is None:
            continue
        kind = cindex.term_kind[term_no] if term_no < len(cindex.term_kind) else "domain"
        if owner not in owners or KIND_SCORE.get(kind, 0.9) > KIND_SCORE.get(owners[owner], 0.9):
            owners[owner] = kind
    return owners


def domain_owners(cindex: CompanyIndex, host: str) -> dict[int, str]:
    found: dict[int, str] = {}
    parts = host.split(".")
    for n in range(len(parts), 1, -1):
        key = "@" + ".".join(parts[-n:])
        for term_no in cindex.exact.get(key, ()):
            # domain keys point at the domain's own term (or one past the last term)
            owner_no = term_no if term_no < len(cindex.term_owner) else None
            if owner_no is not None:
                found[cindex.term_owner[owner_no]] = "domain"
    return found


def named_by_label(cindex: CompanyIndex, owners: list[int], label: str) -> list[int]:
    """The owners whose own name begins with their web address's word (edeka.de, EDEKA), or
    whose name's initials it is (atm.it, Azienda Trasporti Milanesi S.p.A.)."""
    return [
        o
        for o in owners
        if re.sub(r"[^0-9a-z ]", "", fold(cindex.names[o])).startswith(label)
        or (len(label) >= 3 and "".join(w[0] for w in normalise(cindex.names[o]).split()) == label)
    ]


def phonetic(text: str) -> str:
    """A spelling-neutral form for fuzzy matching: 'qualphon' and 'qualfon' meet."""
    text = text.replace("ph", "f").replace("ck", "k")
    return re.sub(r"(.)\1+", r"\1", text)
