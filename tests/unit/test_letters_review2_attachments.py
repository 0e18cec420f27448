"""A letter says "attached" only when something is (review 2, P12), and instructions for the
person stay out of the letter file.

A follow-up's e-mail draft says "Attached: a copy of the original request" only when the ledger
knows the original letter's text file and it exists; then the draft carries it as a MIME
attachment. How to send a letter (paste it into a web form, post it) is shown to the person,
never written into the letter's own text."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import pytest

from assistant.letters.later import compose_complaint, compose_followup
from assistant.letters.model import Person
from assistant.letters.output import to_eml, to_text
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

REF = "RA-20261001-ACME-ACC-AAAA"


@pytest.fixture()
def rec() -> CompanyRecord:
    return CompanyRecord.model_validate(
        {
            "id": "acme",
            "name": "Acme",
            "source": {"kind": "manual"},
            "contacts": [{"id": "p", "kind": "email", "value": "p@acme.example", "purpose": "x"}],
        }
    )


@pytest.fixture()
def jane() -> Person:
    return Person(name="Jane Q. Public", email="jane@example.com")


def request(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "reference": REF,
        "company_id": "acme",
        "right": "access",
        "law_id": "ccpa",
        "residence": "US-CA",
        "channel": "email",
        "recipient": "p@acme.example",
        "status": "sent",
        "sent": "2026-10-01",
        "received": "2026-10-01",
        "respond_by": "2026-11-16",
        "due": "2026-11-16",
        "extension_granted": False,
    }
    base.update(kw)
    return base


SENT = [{"event": "sent", "on": "2026-10-01"}]
LATE = dt.date(2026, 11, 20)


def _parts(letter):
    msg = email.message_from_bytes(to_eml(letter), policy=email.policy.default)
    body = msg.get_body(("plain",)).get_content()
    files = [(p.get_filename(), p.get_content()) for p in msg.iter_attachments()]
    return body, files


def test_no_file_known_no_attachment_claimed(rec, jane):
    letter = compose_followup(request(), SENT, rec, jane, today=LATE)
    body, files = _parts(letter)
    assert files == []
    assert "Attached" not in body and "is attached" not in letter.body
    assert not letter.attachments


def test_missing_file_no_attachment_claimed(rec, jane, tmp_path):
    gone = str(tmp_path / f"2026-10-01_acme_access_{REF}.txt")
    letter = compose_followup(request(letter_files=[gone]), SENT, rec, jane, today=LATE)
    body, files = _parts(letter)
    assert files == [] and "Attached" not in body


def test_original_text_file_is_attached(rec, jane, tmp_path):
    original = tmp_path / f"2026-10-01_acme_access_{REF}.txt"
    original.write_text("Dear Acme privacy team,\n\nI ask Acme ...\n", encoding="utf-8")
    other = tmp_path / "2026-10-01_acme_access_RA-20261001-ACME-ACC-BBBB.txt"
    other.write_text("another request\n", encoding="utf-8")
    files_known = [str(other), str(original), str(original.with_suffix(".eml"))]
    letter = compose_followup(request(letter_files=files_known), SENT, rec, jane, today=LATE)
    body, files = _parts(letter)
    assert "Attached: a copy of the original request" in body
    assert "A copy of the original request is attached." in letter.body
    assert files == [(original.name, "Dear Acme privacy team,\n\nI ask Acme ...\n")]


def test_webform_letter_text_has_no_instruction(jane):
    rec = CompanyRecord.model_validate(
        {
            "id": "acme",
            "name": "Acme",
            "source": {"kind": "manual"},
            "contacts": [
                {
                    "id": "f",
                    "kind": "webform",
                    "value": "https://acme.example/privacy",
                    "purpose": "x",
                }
            ],
        }
    )
    letter = compose_request(rec, "access", jane, residence="US-CA", today=dt.date(2026, 12, 1))
    assert letter.note and "Paste the letter text" in letter.note
    text = to_text(letter)
    assert "Paste the letter text" not in text and not text.startswith("[")


def test_complaint_text_has_no_instruction(rec, jane):
    letter = compose_complaint(request(), SENT, rec, jane, today=LATE)
    text = to_text(letter)
    assert "[Paste" not in text and not text.startswith("[")


def test_complaint_tells_the_person_to_attach_what_it_says_is_attached(rec, jane):
    letter = compose_complaint(request(), SENT, rec, jane, today=LATE)
    assert letter.attachments
    assert any("attach them" in w for w in letter.warnings)
