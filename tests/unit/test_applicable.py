"""Which law applies, from both sides: the person's residence and the company's reach.

A grid of residence x company country x right, each expectation worked out from the
territorial rules themselves (GDPR Art. 3, FADP Art. 3, the US and Canadian laws' reach) on
hand-made records, so no expectation depends on the shipped catalog.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.law.applicable import address_country, applicable_laws, establishment
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)
ADDRESSES = {
    "DE": "Musterstraße 1\n10115 Berlin\nDeutschland",
    "US": "1 Main St\nSpringfield, IL 62701",
    "GB": "1 High Street\nLondon EC1A 1AA\nUnited Kingdom",
    "FR": "1 rue de Rivoli\n75001 Paris\nFrance",
    None: "Somewhere 1\nNowhere",
}


def company(country: str | None, countries: list[str], **kw: object) -> CompanyRecord:
    data: dict[str, object] = {
        "id": "acme",
        "name": "Acme",
        "source": {"kind": "manual"},
        "countries": countries,
        "contacts": [
            {"id": "post", "kind": "postal", "value": ADDRESSES[country], "purpose": "x"},
            {"id": "mail", "kind": "email", "value": "p@acme.example", "purpose": "x"},
        ],
    }
    data.update(kw)
    return CompanyRecord.model_validate(data)


@pytest.mark.parametrize(
    ("residence", "country", "countries", "right", "law", "reason"),
    [
        # An EU establishment binds the company whoever writes (Art. 3(1)).
        ("US-CA", "DE", ["DE"], "access", "gdpr", "establishment"),
        ("US-TX", "FR", ["FR"], "deletion", "gdpr", "establishment"),
        ("GB", "DE", ["DE"], "access", "gdpr", "establishment"),
        # A US company offering its services in the EU (Art. 3(2)(a)).
        ("DE", "US", ["US", "DE"], "access", "gdpr", "targeting"),
        ("FR", "US", ["all"], "opt_out", "gdpr", "targeting"),
        # A US company with no EU activity: the GDPR is not claimed.
        ("DE", "US", ["US"], "access", None, None),
        # The UK's own GDPR for a UK company.
        ("US-CA", "GB", ["GB"], "access", "uk-gdpr", "establishment"),
        # An EU company selling to people in the UK: for a Briton the UK GDPR (Art. 3(2)(a))
        # comes before the GDPR, so the ICO is the regulator named; for a German writing to a
        # UK company selling in Germany, the GDPR (Art. 3(2)(a)) comes first.
        ("GB", "DE", ["DE", "GB"], "opt_out", "uk-gdpr", "targeting"),
        ("DE", "GB", ["GB", "DE"], "access", "gdpr", "targeting"),
        # US state laws reach a company doing business there.
        ("US-CA", "US", ["US"], "deletion", "ccpa", "residence"),
        ("US-TX", "US", ["US"], "access", "tdpsa", "residence"),
        ("US-VA", "US", ["all"], "access", "vcdpa", "residence"),
        # ... but not a German company with no US activity.
        ("US-CA", None, ["DE"], "access", None, None),
        # Swiss residents: effects in Switzerland (FADP Art. 3(1)).
        ("CH", "US", ["US"], "access", "fadp", "effects"),
        # Canada: PIPEDA for a company active there.
        ("CA-ON", "US", ["CA", "US"], "access", "pipeda", "residence"),
    ],
)
def test_grid(residence, country, countries, right, law, reason):
    found = applicable_laws(company(country, countries), residence, right, today=TODAY)
    if law is None:
        assert found.primary is None
        assert any("shows no activity" in n for n in found.notes)
    else:
        assert found.primary is not None
        assert (found.primary.law.id, found.primary.reason) == (law, reason)


def test_several_laws_the_strongest_is_chosen_and_the_others_named():
    # A German company that also does business in California: GDPR (Art. 3(1)) and CCPA.
    found = applicable_laws(company("DE", ["DE", "US"]), "US-CA", "access", today=TODAY)
    assert found.primary is not None and found.primary.law.id == "gdpr"
    assert [b.law.id for b in found.others] == ["ccpa"]


def test_a_law_without_the_right_gives_way_to_one_with_it():
    # PIPEDA has no deletion right; a German company in Canada is bound by the GDPR anyway.
    found = applicable_laws(company("DE", ["DE", "CA"]), "CA-ON", "deletion", today=TODAY)
    assert found.primary is not None and found.primary.law.id == "gdpr"


def test_the_company_naming_a_law_for_the_region_counts():
    rec = company(
        "US",
        ["US"],
        laws_named=[{"name": "GDPR (General Data Protection Regulation)", "regions": ["DE"]}],
    )
    found = applicable_laws(rec, "DE", "access", today=TODAY)
    assert found.primary is not None and found.primary.reason == "named"


def test_no_law_rests_on_the_company_promises_with_the_privacy_shield_note():
    rec = company(
        "US",
        ["US"],
        laws_named=[
            {
                "name": "EU-U.S. Privacy Shield Framework",
                "regions": ["DE", "FR"],
                "quote": "We comply.",
            }
        ],
    )
    found = applicable_laws(rec, "DE", "access", today=TODAY)
    assert found.primary is None
    assert [p.name for p in found.promises] == ["EU-U.S. Privacy Shield Framework"]
    assert any("C-311/18" in n for n in found.notes)


def test_unknown_reach_is_assumed_and_said():
    found = applicable_laws(company("US", []), "US-CA", "access", today=TODAY)
    assert found.primary is not None and found.primary.assumed
    assert any("does not say where it operates" in n for n in found.notes)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("Tamara-Danz-Straße 1\n10243 Berlin\nDeutschland", "DE"),
        ("13700 Oakland Avenue\nHighland Park, MI 48203", "US"),
        ("255 Executive Drive\nPlainview New York 11803\nUnited States of America", "US"),
        ("Rue de la Presse 35\n1000 Brussels, Belgium", "BE"),
        ("Musterstraße 1\n10115 Berlin", None),  # no country line: not guessed
    ],
)
def test_address_country(address, code):
    assert address_country(address) == code


def test_establishment_needs_one_country():
    two = company("DE", ["DE"])
    two = two.model_copy(update={"contacts": [*two.contacts, *company("US", ["US"]).contacts[:1]]})
    assert establishment(company("DE", ["DE"])) == "DE"
    assert establishment(two) is None


def test_a_registered_data_broker_is_a_ccpa_business_without_a_thresholds_hedge():
    # Cal. Civ. Code § 1798.99.80(a), (c): a data broker is a business under the CCPA.
    found = applicable_laws(
        company("US", ["US"], data_broker=True), "US-CA", "opt_out", today=TODAY
    )
    assert found.primary is not None
    assert (found.primary.law.id, found.primary.reason) == ("ccpa", "registered")
    assert "1798.99.80" in (found.primary.citation or "")
    # A Texan gets no such shortcut: the TDPSA's own scope still cannot be checked.
    texan = applicable_laws(
        company("US", ["US"], data_broker=True), "US-TX", "opt_out", today=TODAY
    )
    assert texan.primary is not None and texan.primary.reason == "residence"


def test_an_unknown_reach_under_the_gdpr_is_put_as_art_3_2_a():
    # A non-EU company whose record says nothing of where it operates: the GDPR reaches it
    # only by Art. 3(2); the letter says so as a condition, and the person is told.
    found = applicable_laws(company("US", []), "DE", "access", today=TODAY)
    assert found.primary is not None
    assert (found.primary.law.id, found.primary.reason) == ("gdpr", "targeting")
    assert found.primary.assumed and found.primary.citation == "GDPR Art. 3(2)(a)"


def test_a_law_named_by_a_company_abroad_still_states_art_3_2_a():
    named = [{"name": "GDPR", "regions": ["DE"], "quote": "EEA residents have rights."}]
    found = applicable_laws(company("US", ["US"], laws_named=named), "DE", "access", today=TODAY)
    assert found.primary is not None
    assert (found.primary.reason, found.primary.citation) == ("named", "GDPR Art. 3(2)(a)")
