"""Search that never lies: a shared common word never beats a real name; weak hits are dropped."""

from __future__ import annotations

import pytest

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
