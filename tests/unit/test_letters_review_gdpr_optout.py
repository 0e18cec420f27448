"""A GDPR opt-out is the absolute objection to direct marketing and the profiling related to
it (Art. 21(2)-(3)); it claims no Art. 21(1) objection without the person's own grounds, and
it does not borrow the CCPA's "no verification" sentence (11 CCR § 7026(d)): under Art. 12(6)
a controller with reasonable doubts may ask for more. Expected phrases come from the
articles' text, in English, German and French."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)


@pytest.fixture()
def rec() -> CompanyRecord:
    return CompanyRecord.model_validate(
        {
            "id": "acme",
            "name": "Acme",
            "source": {"kind": "manual"},
            "countries": ["all"],
            "contacts": [
                {"id": "p", "kind": "email", "value": "privacy@acme.example", "purpose": "x"}
            ],
        }
    )


@pytest.fixture()
def jane() -> Person:
    return Person(name="Jane Q. Public", email="jane@example.com")


def test_english_gdpr_opt_out_objects_to_direct_marketing_only(rec, jane):
    letter = compose_request(rec, "opt_out", jane, residence="DE", today=TODAY)
    body = letter.body
    assert letter.law_id == "gdpr" and letter.recipient == "privacy@acme.example"
    assert "direct marketing, including profiling" in body
    assert "GDPR Art. 21(2)" in body and "GDPR Art. 21(3)" in body
    # No Art. 21(1) objection is claimed without grounds: it is only reserved.
    assert "I object to all processing you base on your legitimate interests" not in body
    assert "reserve the right to object" in body and "GDPR Art. 21(1)" in body
    # No CCPA wording on identity; the Art. 12(6) rule instead.
    assert "needs no proof of identity" not in body
    assert "needs no verification" not in body
    assert "reasonable doubts" in body and "GDPR Art. 12(6)" in body
    assert "4 January 2027" in body  # 1 Dec + 1 month = Fri 1 Jan (holiday) -> Mon 4 Jan


def test_german_gdpr_opt_out(rec, jane):
    body = compose_request(rec, "opt_out", jane, residence="DE", today=TODAY, language="de").body
    assert "Art. 21 Abs. 2 DSGVO" in body and "Art. 21 Abs. 3 DSGVO" in body
    assert "soweit es mit solcher Direktwerbung in Verbindung steht" in body
    assert "jeder Verarbeitung, die Sie auf berechtigte Interessen stützen" not in body
    assert "vor (Art. 21 Abs. 1 DSGVO)" in body  # reserved, not claimed
    assert "Identitätsnachweises" not in body
    assert "begründete Zweifel" in body and "Art. 12 Abs. 6 DSGVO" in body


def test_french_gdpr_opt_out(rec, jane):
    body = compose_request(rec, "opt_out", jane, residence="FR", today=TODAY, language="fr").body
    assert "article 21, paragraphe 2, du RGPD" in body
    assert "article 21, paragraphe 3, du RGPD" in body
    assert "à tout traitement fondé sur vos intérêts légitimes" not in body
    assert "je me réserve le droit" in body
    assert "justification d'identité" not in body
    assert "doutes raisonnables" in body and "article 12, paragraphe 6, du RGPD" in body
    assert "dans les meilleurs délais et au plus tard dans un délai d'un mois" in body


def test_ccpa_opt_out_keeps_its_own_rule(rec, jane):
    body = compose_request(rec, "opt_out", jane, residence="US-CA", today=TODAY).body
    assert "§ 7026(d)" in body
