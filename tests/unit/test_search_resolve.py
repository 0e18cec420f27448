"""Resolving a typed name: one company for sure, or none (ask); a request page's address."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.records.catalog import Catalog
from assistant.records.resolve import resolve_name
from assistant.records.search import SearchIndex, page_key

SOURCE = {"kind": "datenanfragen", "urls": ["https://example.org"]}


def _record(rid: str, name: str, domains: list[str], **more: object) -> dict:
    contacts = more.pop("contacts", None) or [
        {"id": "email", "kind": "email", "value": f"privacy@{rid}.example", "purpose": "privacy"}
    ]
    return {"id": rid, "name": name, "domains": domains, "source": SOURCE, "contacts": contacts}


RECORDS = [
    _record("shop-de", "Shopco Deutschland GmbH", ["shopco.de"]),
    _record("shop-fr", "Shopco France SAS", ["shopco.fr"]),
    _record("zoomer", "Zoomer Video Inc.", ["zoomer.com"]),
    _record("publisher", "Big Publisher GmbH", ["bigpublisher.de"]) | {"brands": ["Zoomer"]},
    _record("lonely", "Lonely Draft", []),
    _record("alder-one", "Alder", ["alder.example"]),
    _record("alder-two", "Alder", ["alder-chat.example"])
    | {"contacts": [{"id": "e", "kind": "email", "value": "dpo@alder.example", "purpose": "dpo"}]},
    _record("birch-a", "Birch", ["birch.example"]),
    _record("birch-b", "Birch", ["birchtree.example"])
    | {"contacts": [{"id": "e", "kind": "email", "value": "dpo@dpo-firm.example", "purpose": "x"}]},
    _record("paged", "Paged Broker, Inc.", [])
    | {
        "contacts": [
            {
                "id": "page",
                "kind": "webform",
                "value": "https://privacyportal.platform.example/webform/abc-123",
                "purpose": "requests",
            }
        ]
    },
]


@pytest.fixture()
def catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Catalog:
    monkeypatch.setenv("RIGHTS_HOME", str(tmp_path / "home"))
    policies = tmp_path / "policies"
    (policies / "companies").mkdir(parents=True)
    (policies / "imported").mkdir()
    bundle = policies / "imported" / "companies.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return Catalog.load(policies, include_user=False)


def test_country_sites_of_one_brand_are_one_company(catalog: Catalog) -> None:
    found = resolve_name(catalog, "Shopco")
    assert sorted(found.company) == ["shop-de", "shop-fr"]
    assert found.entity is None  # which of the two depends on where the person lives


def test_a_name_two_companies_carry_is_asked(catalog: Catalog) -> None:
    found = resolve_name(catalog, "Zoomer")
    assert found.company == [] and found.entity is None
    assert set(found.candidates[:2]) == {"zoomer", "publisher"}


def test_an_email_address_at_the_same_site_joins_records(catalog: Catalog) -> None:
    assert sorted(resolve_name(catalog, "Alder").company) == ["alder-one", "alder-two"]
    assert resolve_name(catalog, "Birch").company == []  # an outside firm's address says nothing


def test_no_exact_name_resolves_nothing(catalog: Catalog) -> None:
    assert resolve_name(catalog, "Shopc").company == []
    assert resolve_name(catalog, "Nobody At All").company == []


def test_a_single_record_resolves(catalog: Catalog) -> None:
    assert resolve_name(catalog, "Lonely Draft").entity == "lonely"


def test_a_record_without_domain_is_found_by_its_request_page(catalog: Catalog) -> None:
    for query in (
        "https://privacyportal.platform.example/webform/abc-123",
        "www.privacyportal.platform.example/webform/abc-123/",
    ):
        assert resolve_name(catalog, query).entity == "paged"
    assert catalog.search("privacyportal.platform.example") == []


def test_page_key() -> None:
    assert page_key("https://www.X.com/form/1/?a=b#top") == "x.com/form/1/?a=b"
    assert page_key("x.com") is None
    assert page_key("x.com/") is None
    assert page_key("not a page/at all") is None


def test_pages_survive_the_cache() -> None:
    import marshal

    entries = [{"id": "p", "name": "P Inc.", "pages": ["https://forms.example/p/1"]}]
    index = SearchIndex.build(entries)
    again = SearchIndex.from_state(marshal.loads(marshal.dumps(index.state())))
    assert [h.id for h in again.search("forms.example/p/1")] == ["p"]
