"""What a letter asks for is what the law gives (review 2, P10, P11, P13, P14).

- Correction: the CCPA makes a business instruct its service providers and contractors (11 CCR
  § 7023(c)), not "anyone" it disclosed to; the VCDPA (§ 59.1-577(A)(2)) has no duty to tell
  recipients and the FADP gives one only by court order (Art. 32(3)): there it is a request.
- CCPA opt-out: 15 business days under 11 CCR § 7026(f)(1), not § 7027(g) (limiting sensitive
  personal information), and the notice to third parties of § 7026(f)(2).
- Texas and Virginia opt-outs open with targeted advertising, sale and profiling (Tex. Bus. &
  Com. Code § 541.051(b)(5); Va. Code Ann. § 59.1-577(A)(5)), not the CCPA's "sharing".
- Applicability that cannot be seen from outside is hedged (GDPR Art. 3(2)(a) targeting; FADP
  Art. 3(1) effects), and a Swiss controller is covered by FADP Art. 2(1)(a), not Art. 3(1).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request

TODAY = dt.date(2026, 12, 1)
FIX = "My name is Test Person, not Tess Person"


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Test Person", email="test@example.com")


def _body(letter) -> str:
    return " ".join(letter.body.split())


def test_ccpa_correction_instructs_service_providers_only(catalog, jane):
    letter = compose_request(
        catalog.get("qualfon"),
        "correction",
        jane,
        residence="US-CA",
        today=TODAY,
        correction=FIX,
        force=True,
    )
    body = _body(letter)
    assert letter.law_id == "ccpa"
    assert "tell anyone to whom you disclosed" not in body
    assert "service providers and contractors" in body and "§ 7023(c)" in body


@pytest.mark.parametrize(("residence", "law_id"), [("US-VA", "vcdpa"), ("CH", "fadp")])
def test_no_duty_to_tell_recipients_is_claimed(catalog, jane, residence, law_id):
    letter = compose_request(
        catalog.get("qualfon"),
        "correction",
        jane,
        residence=residence,
        today=TODAY,
        correction=FIX,
        force=True,
    )
    body = _body(letter)
    assert letter.law_id == law_id
    assert "tell anyone to whom you disclosed" not in body
    assert "does not require this" in body


def test_ccpa_opt_out_cites_7026(catalog, jane):
    letter = compose_request(catalog.get("spokeo"), "opt_out", jane, residence="US-CA", today=TODAY)
    body = _body(letter)
    assert "7027(g)" not in body
    assert "§ 7026(f)(1)" in body and "§ 7026(f)(2)" in body
    assert "22 December 2026" in body  # 15 business days from Tue 1 Dec 2026


@pytest.mark.parametrize("residence", ["US-TX", "US-VA"])
def test_state_opt_out_opens_with_the_state_rights(catalog, jane, residence):
    letter = compose_request(
        catalog.get("spokeo"), "opt_out", jane, residence=residence, today=TODAY
    )
    body = _body(letter)
    assert "stop sharing" not in body
    assert "for targeted advertising, for sale, and for profiling" in body


def test_targeting_is_hedged(catalog, jane):
    letter = compose_request(catalog.get("bbc"), "deletion", jane, residence="DE", today=TODAY)
    body = _body(letter)
    if letter.law_id == "gdpr":
        assert "because you offer your goods or services" not in body
        assert "insofar as you offer your goods or services to people in Germany" in body


def test_effects_are_hedged(catalog, jane):
    letter = compose_request(
        catalog.get("qualfon"),
        "correction",
        jane,
        residence="CH",
        today=TODAY,
        correction=FIX,
        force=True,
    )
    body = _body(letter)
    assert "It applies because your processing" not in body
    assert (
        "It applies insofar as your processing of my personal data has effects in Switzerland"
        in body
    )


def test_swiss_controller_cites_art_2(catalog, jane):
    letter = compose_request(catalog.get("digitec-ch"), "access", jane, residence="CH", today=TODAY)
    body = _body(letter)
    assert "established in Switzerland (FADP Art. 2(1)(a))" in body
    assert "(FADP Art. 3(1))" not in body
