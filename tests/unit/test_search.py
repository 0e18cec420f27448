"""Company search: typos, spacing, domains, legal suffixes; exact and brand hits rank first."""

from __future__ import annotations

import pytest

from assistant.records.search import SearchIndex, host_of, normalise

ENTRIES = [
    {
        "id": "qualfon",
        "name": "Qualfon",
        "legal_name": "Qualfon Data Services Group, LLC",
        "domains": ["qualfon.com"],
    },
    {
        "id": "qualified",
        "name": "Qualified",
        "legal_name": "Qualified.com, Inc.",
        "domains": ["qualified.com", "app.qualified.com"],
    },
    {"id": "cloudmed", "name": "Cloudmed", "domains": ["cloudmed.com"]},
    {
        "id": "quality-outcomes",
        "name": "Quality Outcomes",
        "legal_name": "Quality Outcomes, LLC",
        "domains": ["qualityoutcomes.com"],
    },
    {
        "id": "united-internet",
        "name": "United Internet AG",
        "brands": ["GMX", "WEB.DE"],
        "domains": ["united-internet.de"],
    },
    {"id": "gmx-fan-club", "name": "GMX Fan Club e.V."},
    {"id": "cloud-medical-supplies", "name": "Cloud Medical Supplies Ltd"},
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(ENTRIES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("qualfn", "qualfon"),
        ("Qualfon", "qualfon"),
        ("qualfon.com", "qualfon"),
        ("https://www.qualfon.com/privacy", "qualfon"),
        ("Qualfon Data Services Group", "qualfon"),
        ("clodmed", "cloudmed"),
        ("cloud med", "cloudmed"),
        ("CLOUDMED", "cloudmed"),
        ("Qualified.com, Inc.", "qualified"),
        ("app.qualified.com", "qualified"),
        ("qualifed", "qualified"),
        ("quality outcomes llc", "quality-outcomes"),
        ("qualityoutcomes.com", "quality-outcomes"),
        ("web.de", "united-internet"),
    ],
)
def test_best_hit(index: SearchIndex, query: str, expected: str) -> None:
    hits = index.search(query, limit=5)
    assert hits, query
    assert hits[0].id == expected, [(h.id, h.score, h.tier) for h in hits]


def test_brand_match_ranks_above_fuzzy_name(index: SearchIndex) -> None:
    hits = index.search("GMX", limit=5)
    assert [h.id for h in hits[:2]] == ["united-internet", "gmx-fan-club"]
    assert (hits[0].kind, hits[0].tier) == ("brand", 3)
    assert hits[1].tier < 3


def test_exact_name_beats_longer_fuzzy_names(index: SearchIndex) -> None:
    hits = index.search("cloudmed", limit=5)
    assert hits[0].id == "cloudmed"
    assert [h.id for h in hits[:2]] == ["cloudmed", "cloud-medical-supplies"]
    assert hits[0].tier > hits[1].tier


def test_nonsense_finds_nothing(index: SearchIndex) -> None:
    assert index.search("zzqxv", limit=5) == []
    assert index.search("", limit=5) == []
    assert index.search("   ,,, ", limit=5) == []


def test_index_round_trips_through_its_state(index: SearchIndex) -> None:
    import marshal

    again = SearchIndex.from_state(marshal.loads(marshal.dumps(index.state())))
    for query in ("qualfn", "cloud med", "GMX", "web.de", "quality outcomes llc"):
        assert again.search(query) == index.search(query)


def test_normalise_drops_legal_suffixes_and_punctuation() -> None:
    assert normalise("Qualified.com, Inc.") == "qualified"
    assert normalise("Société Générale S.A.") == "societe generale"
    assert normalise("AT&T Inc.") == "att"  # "&" between initials belongs to the name
    assert normalise("H & M Hennes & Mauritz AB") == "hm hennes and mauritz"
    assert normalise("Marks & Spencer plc") == "marks and spencer"
    assert normalise("Inc.") == "inc"


def test_host_of() -> None:
    assert host_of("https://www.Qualfon.com/x?y=1") == "qualfon.com"
    assert host_of("qualfon.com") == "qualfon.com"
    assert host_of("Qualfon Inc.") is None
    assert host_of("3.14") is None
