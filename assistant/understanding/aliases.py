"""Brands, nicknames and parents of companies (data/aliases.toml), resolved against a catalog.

"Insta" -> Instagram, "Gmail" / "YouTube" -> Google, "Xbox" / "Hotmail" -> Microsoft, "iCloud"
-> Apple, "Alexa" -> Amazon (every country site the catalog has, for the residence to choose),
"DB" -> Deutsche Bahn. The table is data, read once; a name whose domains the catalog does not
hold is left out, so the table never points at a company that is not there.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.records.search import fold

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog

ALIASES_FILE = Path(__file__).with_name("data") / "aliases.toml"


@dataclass(frozen=True)
class Alias:
    """One name people type, and the catalog ids it stands for (several: country sites)."""

    ids: tuple[str, ...]
    ordinary: bool  # also an everyday word ("Apple", "Sky")
    parent: str | None
    product: bool = False  # a device sold by many shops ("iPhone"): its maker, in a request


@lru_cache(maxsize=1)
def _entries() -> list[dict[str, Any]]:
    with ALIASES_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    return list(data.get("company", []))


_SITES_CACHE: list[tuple[Any, dict[str, tuple[str, ...]]]] = []


def country_sites(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Catalog id -> the other countries' web sites its company runs itself (`sites` in the
    table: Zalando SE runs zalando.it and zalando.nl as well as zalando.de), so a person in
    Italy writing about it is not sent to ask which company."""
    index = catalog.index
    for seen, known in _SITES_CACHE:
        if seen is index:
            return known
    table: dict[str, tuple[str, ...]] = {}
    for entry in _entries():
        sites = tuple(s.lower() for s in entry.get("sites", []))
        if not sites:
            continue
        for domain in entry.get("domains", []):
            for term_no in index.exact.get("@" + domain.lower(), ()):
                if term_no < len(index.term_owner):
                    company_id = index.ids[index.term_owner[term_no]]
                    table[company_id] = table.get(company_id, ()) + sites
    _SITES_CACHE.insert(0, (index, table))
    del _SITES_CACHE[2:]
    return table


def alias_key(text: str) -> str:
    """The words of a name as the company finder sees a span: folded, split at spaces and
    hyphens, punctuation other than "&" dropped ("H&M" -> "h&m", "Outlook.com" ->
    "outlookcom"); unlike `normalise`, "App" or "UK" stay."""
    words = (re.sub(r"[^0-9a-z&]+", "", fold(w)) for w in re.split(r"[\s-]+", text))
    return " ".join(w for w in words if w)


_CACHE: list[tuple[Any, dict[str, Alias]]] = []


def alias_table(catalog: Catalog) -> dict[str, Alias]:
    """`alias_key` of each name (and its spaceless form) -> Alias, for the names this catalog
    can serve."""
    index = catalog.index
    for seen, known in _CACHE:
        if seen is index:
            return known
    table: dict[str, Alias] = {}
    for entry in _entries():
        ids: list[str] = []
        for domain in entry.get("domains", []):
            for term_no in index.exact.get("@" + domain.lower(), ()):
                if term_no < len(index.term_owner):
                    company_id = index.ids[index.term_owner[term_no]]
                    if company_id not in ids:
                        ids.append(company_id)
        if not ids:
            continue
        parent = entry.get("parent")
        for key, ordinary in (("names", False), ("ordinary_names", True), ("products", False)):
            alias = Alias(tuple(ids), ordinary, parent, product=key == "products")
            for name in entry.get(key, []):
                norm = alias_key(name)
                if norm:
                    table.setdefault(norm, alias)
                    table.setdefault(norm.replace(" ", ""), alias)
    _CACHE.insert(0, (index, table))
    del _CACHE[2:]
    return table
