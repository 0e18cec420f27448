"""A policy's promise is cited only to the people it covers (review 2, P3).

Qualfon's policy offers its access, deletion and opt-out rights to California residents under
the CCPA (its record's notes say so, and the CCPA is the law it names for US-CA). A letter for a
resident of Ontario, France, the UK or Michigan must not quote those sentences as promises made
to that person. Spokeo's record is taken from a registry: no privacy policy was read, so no
letter may say it is "made under your privacy policy"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request

TODAY = dt.date(2026, 12, 1)

ACCESS_QUOTE = "You have the right to request twice per 12-month period"
DELETE_QUOTE = "You have the right to request that we delete any Personal Information"
SELL_QUOTE = "You have the right to direct us not to sell"


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Test Person", email="test@example.com")


@pytest.mark.parametrize(
    ("residence", "right", "quote"),
    [
        ("CA-ON", "access", ACCESS_QUOTE),
        ("CA-QC", "deletion", DELETE_QUOTE),
        ("BR", "access", ACCESS_QUOTE),
        ("FR", "opt_out", SELL_QUOTE),
        ("GB", "deletion", DELETE_QUOTE),
        ("DE", "access", ACCESS_QUOTE),
        ("US-MI", "access", ACCESS_QUOTE),
    ],
)
def test_california_promise_is_not_quoted_to_others(catalog, jane, residence, right, quote):
    letter = compose_request(catalog.get("qualfon"), right, jane, residence=residence, today=TODAY)
    body = " ".join(letter.body.split())
    assert quote not in body
    assert "This request is made under your own privacy policy" not in body
    assert "offers this right to California residents" in body


def test_californian_still_writes_under_the_ccpa(catalog, jane):
    letter = compose_request(catalog.get("qualfon"), "access", jane, residence="US-CA", today=TODAY)
    assert letter.law_id == "ccpa"
    assert "offers this right to California residents" not in letter.body


@pytest.mark.parametrize("residence", ["DE", "FR", "CA-ON", "CA-QC", "US-MI"])
@pytest.mark.parametrize("right", ["access", "deletion", "opt_out"])
def test_no_policy_read_no_policy_claimed(catalog, jane, residence, right):
    letter = compose_request(catalog.get("spokeo"), right, jane, residence=residence, today=TODAY)
    body = " ".join(letter.body.split())
    assert "under your privacy policy" not in body
    assert "your own privacy policy" not in body
    assert "no data protection law or published commitment" in body


def test_french_letter_without_a_policy_read(catalog, jane):
    letter = compose_request(
        catalog.get("spokeo"), "access", jane, residence="FR", today=TODAY, language="fr"
    )
    body = " ".join(letter.body.split())
    assert "fondée sur votre politique de confidentialité" not in body
