"""Search that never lies: a shared common word never beats a real name; weak hits are dropped."""

from __future__ import annotations

import pytest

from assistant.records.model import CompanyRecord
from assistant.records.search import MIN_SCORE, TIER_EXACT, SearchIndex

COMMON = ["home", "one", "mobile", "capital", "media", "group"]
ENTRIES = [
    {"id": "shahhome", "name": "Shah Home Ltd", "domains": ["shahhome.uk"]},
    {"id": "one-com", "name": "B-one FZ-LLC", "domains": ["one.com"]},
    {"id": "mobile-de", "name": "mobile.de GmbH", "domains": ["mobile.de"]},
    {"id": "scalable", "name": "Scalable Capital GmbH", "domains": ["scalable.capital"]},
    {"id": "capital-one", "name": "Capital One Financial Corporation", "aliases": ["Capital One"]},
    {"id": "home-depot", "name": "The Home Depot, Inc.", "domains": ["homedepot.com"]},
    {"id": "neustar", "name": "Neustar, Inc.", "domains": ["home.neustar", "neustar.biz"]},
    {"id": "deutsche-bank", "name": "Deutsche Bank AG"},
] + [
    # filler names sharing the common words, so the index knows they are common
    {"id": f"filler-{word}-{n}", "name": f"{word.title()} {tail} Ltd"}
    for word in COMMON
    for n, tail in enumerate(["Alpha", "Borealis", "Cygnus", "Draco", "Eridanus", "Fornax"])
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(ENTRIES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Home Depot", "home-depot"), ("Capital One", "capital-one"), ("homedepot.com", "home-depot")],
)
def test_the_real_name_wins(index: SearchIndex, query: str, expected: str) -> None:
    hits = index.search(query, limit=5)
    assert hits[0].id == expected
    assert all(h.score < hits[0].score for h in hits[1:])


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("Home Depot", "shahhome"),
        ("Capital One", "one-com"),
        ("Capital One", "scalable"),
        ("T-Mobile", "mobile-de"),
        ("Deutsche Bahn", "deutsche-bank"),
    ],
)
def test_a_shared_word_alone_is_no_match(index: SearchIndex, query: str, wrong: str) -> None:
    without = SearchIndex.build(
        [e for e in ENTRIES if e["id"] not in ("home-depot", "capital-one")]
    )
    assert wrong not in [h.id for h in without.search(query, limit=10)]


def test_scores_order_the_hits_and_none_is_below_the_threshold(index: SearchIndex) -> None:
    for query in ("home", "capital", "mobile one", "depot", "scalable", "neustar"):
        hits = index.search(query, limit=10)
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True), query
        assert all(h.score >= MIN_SCORE or h.tier == TIER_EXACT for h in hits), query


def test_a_brand_top_level_domain_label_is_not_a_name(index: SearchIndex) -> None:
    assert "neustar" not in [h.id for h in index.search("home", limit=10)]
    assert index.search("home.neustar")[0].id == "neustar"


def test_typos_still_work(index: SearchIndex) -> None:
    assert index.search("scalabel")[0].id == "scalable"
    assert index.search("neustr")[0].id == "neustar"


def test_the_name_as_typed_beats_spacing_or_another_legal_form() -> None:
    index = SearchIndex.build(
        [
            {"id": "citydata", "name": "CITYDATA Inc.", "domains": ["citydata.ai"]},
            {"id": "city-data", "name": "City-Data", "domains": ["city-data.com"]},
            {"id": "acxiom-us", "name": "Acxiom LLC", "domains": ["acxiom.com"]},
            {"id": "acxiom-uk", "name": "Acxiom Ltd.", "domains": ["acxiom.co.uk"]},
        ]
    )
    for query, expected, other in [
        ("citydata", "citydata", "city-data"),
        ("City Data", "city-data", "citydata"),
        ("Acxiom LLC", "acxiom-us", "acxiom-uk"),
        ("Acxiom Limited", "acxiom-uk", "acxiom-us"),
    ]:
        scores = {h.id: h.score for h in index.search(query)}
        assert scores[expected] == 100 and scores[other] < 100, query
    scores = {h.id: h.score for h in index.search("Acxiom")}
    assert scores["acxiom-us"] == scores["acxiom-uk"] == 100  # no legal form typed: a tie


def test_a_web_address_finds_its_owner_not_names_sharing_its_label() -> None:
    index = SearchIndex.build(
        [
            {"id": "apollo-io", "name": "Apollo", "domains": ["apollo.io"]},
            {"id": "apollo-optik", "name": "Apollo-Optik", "aliases": ["Apollo"]},
            {"id": "experian-cp", "name": "Experian Health", "domains": [
                "consumerprivacy.experian.com", "experian.com"]},
            {"id": "experian-ms", "name": "Experian Marketing", "domains": ["experian.com"]},
        ]
    )  # fmt: skip
    hits = index.search("apollo.io")
    assert hits[0].id == "apollo-io" and hits[0].score == 100
    assert all(h.score < 100 for h in hits[1:])
    scores = {h.id: h.score for h in index.search("consumerprivacy.experian.com")}
    assert scores["experian-cp"] == 100 and scores["experian-ms"] < 100


def _record(
    record_id: str, countries: list[str], domains: list[str], kind: str = "datenanfragen"
) -> CompanyRecord:
    return CompanyRecord.model_validate(
        {
            "id": record_id,
            "name": record_id,
            "countries": countries,
            "domains": domains,
            "source": {"kind": kind, **({"file": "qualfon.md"} if kind == "policy" else {})},
        }
    )


def test_a_brands_entity_is_chosen_by_residence_or_asked() -> None:
    from assistant.records.entities import entity_for_residence, rank_for_residence

    amazon_de = _record("amazon-de", ["DE", "AT"], ["amazon.de"])
    amazon_gb = _record("amazon-gb", ["GB"], ["amazon.co.uk"])
    amazon_com = _record("amazon", [], ["amazon.com"], kind="reader")
    family = [amazon_de, amazon_gb, amazon_com]
    assert entity_for_residence(family, "DE") is amazon_de
    assert entity_for_residence(family, "GB") is amazon_gb
    # A Texan is never sent to amazon.de: the one entity not tied to another country is offered.
    assert entity_for_residence(family, "US-TX") is amazon_com
    ranked = rank_for_residence(family, "US-TX")
    assert [r.fit for r in ranked] == ["unknown", "elsewhere", "elsewhere"]
    # Only other countries' entities: nothing is chosen; the caller asks and warns.
    assert entity_for_residence([amazon_de, amazon_gb], "US-CA") is None
    # Two entities that serve the person equally well: ask.
    acxiom = [_record("acxiom-us", ["US"], ["acxiom.com"]), _record("a2", ["US"], ["a2.com"])]
    assert entity_for_residence(acxiom, "US-CA") is None
    # One company held twice (a shared web address): the best-sourced record.
    seed = _record("qualfon", ["US"], ["qualfon.com"], kind="policy")
    broker = _record("qualfon-broker", ["US"], ["qualfon.com"], kind="data-broker-registry")
    assert entity_for_residence([broker, seed], "US-CA") is seed


def test_another_countrys_site_is_no_exact_match_for_an_address() -> None:
    index = SearchIndex.build(
        [
            {"id": "amazon-de", "name": "Amazon Europe Core SARL", "brands": ["Amazon"],
             "domains": ["amazon.de"]},
            {"id": "amazon", "name": "Amazon",
             "domains": ["amazon.com", "sellercentral.amazon.com"]},
        ]
    )  # fmt: skip
    scores = {h.id: h.score for h in index.search("amazon.com")}
    assert scores["amazon"] == 100 and scores["amazon-de"] <= 98
    scores = {h.id: h.score for h in index.search("https://www.amazon.de/privacy")}
    assert scores["amazon-de"] == 100 and scores["amazon"] <= 98
