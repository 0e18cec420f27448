"""Every California-registered data broker is found by its name and by its web address.

Over the whole shipped list (policies/imported/companies-brokers.jsonl, made from the broker
list in ../shared/brokers/ by `rights catalog import-brokers`): searching a broker's registered
name, and its registered web address, puts its own record among the best-scored hits, and
every other record scored as high is the same company (it shares a web address with the broker,
or names the broker's name as its own); a broker with no web address of its own (its page sits
on a shared platform) is found by its page's address. For someone living in California, the
one record to write to is the broker's own (it serves the US), or the hand-checked record of the
same company; only an address that several registered brokers share is left for the person to
choose.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.records.catalog import Catalog
from assistant.records.entities import entity_for_residence, rank_for_residence
from assistant.records.search import normalise

BUNDLE = Path(__file__).resolve().parents[2] / "policies" / "imported" / "companies-brokers.jsonl"


def _brokers() -> list[dict]:
    with BUNDLE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


BROKERS = _brokers()


@pytest.fixture(scope="module")
def catalog(warm_catalog_cache: Path, monkeypatch_module: pytest.MonkeyPatch) -> Catalog:
    monkeypatch_module.setenv("RIGHTS_HOME", str(warm_catalog_cache.parent.parent))
    return Catalog.load(include_user=False)


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def _same_company(catalog: Catalog, broker: dict, other_id: str) -> bool:
    other = catalog.get(other_id)
    if set(other.domains) & set(broker.get("domains") or []):
        return True
    own = normalise(broker["name"])
    names = [other.name, other.legal_name or "", *other.aliases, *other.brands]
    return any(normalise(n) == own for n in names)


def _top(catalog: Catalog, query: str) -> list[str]:
    hits = catalog.search(query, limit=10)
    return [h.id for h in hits if hits and h.score == hits[0].score]


def _check(catalog: Catalog, query: str, broker: dict) -> str | None:
    top = _top(catalog, query)
    if broker["id"] not in top:
        return f"{query!r}: {broker['id']} is not among the best hits {top}"
    wrong = [i for i in top if i != broker["id"] and not _same_company(catalog, broker, i)]
    if wrong:
        return f"{query!r}: other companies score as high as {broker['id']}: {wrong}"
    if len(top) == 1:
        return None
    records = [catalog.get(i) for i in top]
    if sum(r.data_broker for r in records) > 1:
        return None  # one address registered by several brokers: the person picks one
    chosen = entity_for_residence(records, "US-CA")
    if chosen is not None and (chosen.id == broker["id"] or chosen.source.kind == "policy"):
        return None  # its own record, or the hand-checked record of the same company
    ranked = [r.record.id for r in rank_for_residence(records, "US-CA")]
    return f"{query!r}: for a Californian {broker['id']} is not chosen among {ranked}"


def test_the_list_is_complete() -> None:
    assert len(BROKERS) == 499
    assert all(b["data_broker"] and b["contacts"][0]["kind"] == "webform" for b in BROKERS)


def test_every_broker_is_found_by_its_name(catalog: Catalog) -> None:
    problems = [p for b in BROKERS if (p := _check(catalog, b["name"], b))]
    assert problems == []


def test_every_broker_is_found_by_its_web_address(catalog: Catalog) -> None:
    with_domain = [b for b in BROKERS if b.get("domains")]
    assert len(with_domain) >= 480  # a few registered only a shared platform's page
    problems = [p for b in with_domain for d in b["domains"] if (p := _check(catalog, d, b))]
    assert problems == []


def test_a_broker_without_a_domain_is_found_by_its_registered_page(catalog: Catalog) -> None:
    # Nine brokers registered only a page on a shared platform (OneTrust, TrustArc, Google
    # Forms): the registry gives no web address of their own, so none is made up; the page's
    # full address, as registered, finds the broker, and the platform's host finds no broker.
    without = [b for b in BROKERS if not b.get("domains")]
    assert len(without) == len(BROKERS) - sum(1 for b in BROKERS if b.get("domains"))
    problems = [p for b in without if (p := _check(catalog, b["contacts"][0]["value"], b))]
    assert problems == []
    for broker in without:
        host = broker["contacts"][0]["value"].split("/")[2]
        assert not any(h.id == broker["id"] for h in catalog.search(host, limit=10))


def test_an_address_beats_a_name_that_only_shares_its_label(catalog: Catalog) -> None:
    # "apollo.io" is Apollo's; Apollo-Optik (apollo.de) only shares the word "apollo".
    hits = catalog.search("apollo.io", limit=5)
    assert hits[0].score == 100
    assert all("apollo.io" in catalog.get(h.id).domains for h in hits if h.score == 100)
