"""A Texas letter does not claim the TDPSA binds a company whose coverage the record does not
establish: the TDPSA exempts small businesses as the SBA defines them (Tex. Bus. & Com. Code
§ 541.002(a)(3)) and, among others, HIPAA covered entities (§ 541.002(b)(3)), so the letter
states the company's duties "if the TDPSA applies to you" and names the basis. A company whose
own policy names the law for the person's state is addressed without the condition."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request
from assistant.records.catalog import load_catalog
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)


@pytest.fixture()
def john() -> Person:
    return Person(name="John Doe", email="john@example.com")


def record(**kw: object) -> CompanyRecord:
    data: dict[str, object] = {
        "id": "acme",
        "name": "Acme",
        "source": {"kind": "manual"},
        "countries": ["US"],
        "contacts": [{"id": "p", "kind": "email", "value": "p@acme.example", "purpose": "x"}],
    }
    data.update(kw)
    return CompanyRecord.model_validate(data)


def test_texas_letter_is_conditional_and_names_the_exemptions(john):
    letter = compose_request(record(), "access", john, residence="US-TX", today=TODAY)
    body = letter.body
    assert letter.law_id == "tdpsa" and letter.recipient == "p@acme.example"
    assert "If the TDPSA applies to you, you must respond by 15 January 2027" in body
    assert "Under the TDPSA, you must" not in body
    assert "§ 541.002(a)" in body and "United States Small Business Administration" in body
    assert "§ 541.002(b)" in body and "HIPAA" in body
    assert "tell me on which ground" in body


def test_qualfon_texas_access_is_conditional(john):
    catalog = load_catalog(use_cache=False, include_user=False)
    body = compose_request(
        catalog.get("qualfon"), "access", john, residence="US-TX", today=TODAY
    ).body
    assert "If the TDPSA applies to you" in body


def test_other_state_laws_word_the_duty_conditionally_too(john):
    body = compose_request(record(), "access", john, residence="US-VA", today=TODAY).body
    assert "If the VCDPA applies to you, you must respond by" in body
    assert "thresholds" in body


def test_a_law_the_company_names_itself_is_not_conditional(john):
    named = record(
        laws_named=[
            {
                "name": "Texas Data Privacy and Security Act",
                "regions": ["US-TX"],
                "quote": "Texas residents have rights under the TDPSA.",
            }
        ]
    )
    body = compose_request(named, "access", john, residence="US-TX", today=TODAY).body
    assert "Under the TDPSA, you must respond by" in body
    assert "If the TDPSA applies to you" not in body
