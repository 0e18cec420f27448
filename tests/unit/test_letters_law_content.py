"""What each law's letter asks for, and only that: read against the statutes' own items.

Hand-made records keep each expectation independent of the shipped catalog, except where a
shipped record is the case in point (Cloudmed's California-only phone line). Every expected
phrase below was written from the statute text, not from the templates.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.letters.complaint import compose_complaint
from assistant.letters.model import Person
from assistant.letters.output import to_text
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Jane Q. Public", email="jane@example.com", address="1 Elm St\nSpringfield")


def record(contacts: list[dict[str, str]] | None = None, **kw: object) -> CompanyRecord:
    data: dict[str, object] = {
        "id": "acme",
        "name": "Acme",
        "source": {"kind": "manual"},
        "countries": ["all"],
        "contacts": contacts
        or [{"id": "privacy", "kind": "email", "value": "privacy@acme.example", "purpose": "x"}],
    }
    data.update(kw)
    return CompanyRecord.model_validate(data)


POSTAL_DE = [
    {
        "id": "post",
        "kind": "postal",
        "value": "Musterstraße 1\n10115 Berlin\nDeutschland",
        "purpose": "Datenschutz",
    }
]


# -- GDPR --------------------------------------------------------------------------------------


def test_gdpr_copy_is_free_and_electronic_only_when_asked_electronically(jane):
    by_mail = compose_request(record(), "access", jane, residence="DE", today=TODAY).body
    assert "first copy is free of charge" in by_mail
    assert "made electronically" in by_mail and "commonly used electronic form" in by_mail
    by_post = compose_request(record(POSTAL_DE), "access", jane, residence="DE", today=TODAY).body
    assert "first copy is free of charge" in by_post
    assert "made electronically" not in by_post


def test_gdpr_access_never_speaks_ccpa(jane):
    body = compose_request(record(), "access", jane, residence="FR", today=TODAY).body
    body = re.sub(r"RA-[0-9A-Z-]+", "", body)  # the reference's random token may hold "1798"
    assert "GDPR Art. 15(1)(c)" in body and "naming each of them" in body
    for ccpa_word in ("business or commercial purpose", "sell", "categories of sources", "1798"):
        assert ccpa_word not in body


def test_gdpr_deletion_gives_grounds_objection_and_restriction(jane):
    body = compose_request(record(), "deletion", jane, residence="DE", today=TODAY).body
    for cited in ("7(3)", "21(1)", "21(2)", "17(1)(a)", "17(1)(b)", "17(1)(c)", "17(1)(d)",
                  "17(3)", "18(1)(d)", "Art. 19"):  # fmt: skip
        assert cited in body, cited
    assert "particular situation" in body  # Art. 21(1) objections rest on it


def test_german_deletion_reads_in_german_with_official_citations(jane):
    letter = compose_request(
        record(POSTAL_DE), "deletion", jane, residence="DE", today=TODAY, language="de"
    )
    body = letter.body
    assert "Art. 17 Abs. 1 lit. a DSGVO" in body and "Art. 7 Abs. 3 DSGVO" in body
    assert "Art. 18 Abs. 1 lit. d DSGVO" in body
    assert "besonderen Situation" in body
    assert "voraussichtlich am" in body  # a posted letter arrives later than it is written
    for english in ("Please", "the GDPR", "request"):
        assert english not in body


# -- US states ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("residence", "section", "condition"),
    [
        ("US-TX", "§ 541.051(b)(4)", "available in a digital format"),
        ("US-VA", "§ 59.1-577(A)(4)", "by automated means"),
    ],
)
def test_texas_and_virginia_ask_only_what_they_give(jane, residence, section, condition):
    body = compose_request(record(), "access", jane, residence=residence, today=TODAY).body
    body = re.sub(r"RA-[0-9A-Z-]+", "", body)  # the reference's random token may hold "1798"
    assert section in body and condition in body
    assert "previously provided" in body  # the portable copy covers what the person gave
    for ccpa_item in ("categories of sources", "business or commercial purpose",
                      "categories of third parties", "specific pieces", "1798"):  # fmt: skip
        assert ccpa_item not in body, ccpa_item


def test_ccpa_access_asks_back_to_2022(jane):
    body = compose_request(record(), "access", jane, residence="US-CA", today=TODAY).body
    assert "1 January 2022" in body and "§ 1798.130(a)(2)(B)" in body


# -- Canada, Brazil ----------------------------------------------------------------------------


def test_pipeda_is_named_without_an_article_and_claims_no_erasure_right(jane):
    for right in ("access", "deletion", "opt_out"):
        letter = compose_request(record(), right, jane, residence="CA-ON", today=TODAY)
        text = letter.body + " ".join(letter.warnings)
        assert letter.law_id == "pipeda"
        assert "the PIPEDA" not in text and "The PIPEDA" not in text
    deletion = compose_request(record(), "deletion", jane, residence="CA-ON", today=TODAY).body
    assert "gives no right to have information erased" in deletion
    assert "right I am relying on" not in deletion
    access = compose_request(record(), "access", jane, residence="CA-ON", today=TODAY).body
    assert "clause 4.9.3" in access and "organizations" in access


def test_quebec_silence_is_refusal_and_a_copy_is_asked(jane):
    body = compose_request(record(), "access", jane, residence="CA-QC", today=TODAY).body
    assert "deemed to have refused" in body and "s. 32" in body
    assert "obtain a copy" in body
    assert "the Quebec" not in body


def test_lgpd_extension_is_the_small_agents_double_time_not_a_notice(jane):
    body = compose_request(record(), "access", jane, residence="BR", today=TODAY).body
    assert "small processing agent" in body and "Art. 14" in body
    assert "only if you tell" not in body


# -- routing and the policy's own reach --------------------------------------------------------


CALIFORNIA_PHONE = [
    {
        "id": "ccpa-phone",
        "kind": "phone",
        "value": "1-800-555-0100",
        "purpose": "Exercising CCPA rights (California residents)",
    }
]
CALIFORNIA_RIGHTS = {
    "access": {
        "offered": True,
        "quote": "Under the CCPA, California residents have a right to request information.",
        "contacts": ["ccpa-phone"],
    }
}


def test_a_california_only_line_is_not_used_for_someone_else(jane):
    rec = record(
        CALIFORNIA_PHONE,
        countries=["US"],
        website="https://acme.example/",
        rights=CALIFORNIA_RIGHTS,
    )
    letter = compose_request(rec, "access", jane, residence="DE", today=TODAY)
    assert letter.channel == "webform" and letter.recipient == "https://acme.example/"
    assert any("1-800-555-0100" in w for w in letter.warnings)
    # The policy offers the right to Californians: the letter says so, and rests on no law.
    assert "offers this right to California residents" in letter.body
    assert "This request is made under your own privacy policy" not in letter.body
    # A Californian still gets the line the policy names for them.
    own = compose_request(rec, "access", jane, residence="US-CA", today=TODAY)
    assert own.channel == "phone"


def test_a_complaint_form_is_the_authority_s_not_the_company_s(jane):
    request = {
        "reference": "RA-20261001-ACME-ACC-AAAA",
        "right": "access",
        "law_id": "ccpa",
        "residence": "US-CA",
        "channel": "email",
        "recipient": "privacy@acme.example",
        "status": "sent",
        "sent": "2026-10-01",
        "received": "2026-10-01",
        "respond_by": "2026-11-16",
        "due": "2026-11-16",
    }
    timeline = [{"event": "sent", "on": "2026-10-01"}]
    letter = compose_complaint(
        request,
        timeline,
        record(),
        jane,
        today=TODAY,
        regulator={"name": "Agency", "complaint_url": "https://agency.example/complain"},
    )
    text = to_text(letter)
    assert "company's" not in text.split("Dear")[0]  # letterhead and how-to note
    assert letter.note is not None and "authority's complaint form" in letter.note


def test_a_company_abroad_is_offered_a_letter_in_its_language_never_given_one(jane):
    english = compose_request(record(POSTAL_DE), "access", jane, residence="US-CA", today=TODAY)
    assert english.language == "en" and english.law_id == "gdpr"  # Art. 3(1): established
    assert any("written in German" in w for w in english.warnings)
    german = compose_request(
        record(POSTAL_DE), "access", jane, residence="US-CA", today=TODAY, language="de"
    )
    assert german.language == "de"
    assert not any("written in German" in w for w in german.warnings)
