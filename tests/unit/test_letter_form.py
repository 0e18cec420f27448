"""The form of a letter: paper size, page numbers and the reference on every page, a closing
that never stands alone, e-mail lines within the RFC limits, and editing before saving."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io

from pypdf import PdfReader

from assistant.letters.model import Person
from assistant.letters.output import to_eml, to_pdf
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)
MM = 72 / 25.4


def company(address: str) -> CompanyRecord:
    return CompanyRecord.model_validate(
        {
            "id": "acme",
            "name": "Acme",
            "source": {"kind": "manual"},
            "countries": ["all"],
            "contacts": [{"id": "post", "kind": "postal", "value": address, "purpose": "x"}],
        }
    )


def test_us_letter_for_us_addresses_a4_elsewhere():
    jane = Person(name="Jane Q. Public", email="jane@example.com", address="1 Elm St\nSpringfield")
    us = compose_request(company("1 Main St\nSpringfield, IL 62701"), "access", jane,
                         residence="US-CA", today=TODAY)  # fmt: skip
    de = compose_request(company("Hauptstr. 1\n10115 Berlin\nDeutschland"), "access", jane,
                         residence="DE", today=TODAY)  # fmt: skip
    assert (us.paper, de.paper) == ("Letter", "A4")
    us_page = PdfReader(io.BytesIO(to_pdf(us))).pages[0].mediabox
    de_page = PdfReader(io.BytesIO(to_pdf(de))).pages[0].mediabox
    assert (round(float(us_page.width)), round(float(us_page.height))) == (612, 792)
    assert round(float(de_page.width) / MM) == 210 and round(float(de_page.height) / MM) == 297


def test_every_page_has_its_number_and_the_reference_and_the_closing_is_not_alone():
    detail = {f"Customer number {i}": "X" * 40 for i in range(1, 4)}
    jane = Person(name="Jane Q. Public", email="jane@example.com", identifiers=detail)
    rec = CompanyRecord.model_validate(
        {
            **company("Hauptstr. 1\n10115 Berlin\nDeutschland").model_dump(exclude_none=True),
            "verification": {"data_points": list(detail)},
        }
    )
    for right, extra in (
        ("access", {}),
        ("deletion", {}),
        ("correction", {"correction": "x\n" * 40}),
    ):
        letter = compose_request(rec, right, jane, residence="DE", today=TODAY, **extra)
        pages = PdfReader(io.BytesIO(to_pdf(letter))).pages
        texts = [p.extract_text() for p in pages]
        for n, text in enumerate(texts, start=1):
            assert f"{letter.reference} · page {n}/{len(pages)}" in " ".join(text.split())
        last = texts[-1]
        # The signature never stands alone: the closing and a paragraph of text come with it.
        assert "Yours sincerely" in last
        before_closing = last.split("Yours sincerely")[0]
        assert len(before_closing.split()) > 12


def test_eml_lines_within_rfc_limits():
    jane = Person(name="Jane Q. Public", email="jane@example.com")
    rec = CompanyRecord.model_validate(
        {
            "id": "acme", "name": "Acme", "source": {"kind": "manual"}, "countries": ["all"],
            "contacts": [{"id": "m", "kind": "email", "value": "p@acme.example", "purpose": "x"}],
        }
    )  # fmt: skip
    letter = compose_request(rec, "access", jane, residence="DE", today=TODAY)
    raw = to_eml(letter)
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"quoted-printable" in head
    assert max(len(line) for line in body.split(b"\r\n")) <= 76  # RFC 2045 6.7
    assert max(len(line) for line in head.split(b"\r\n")) <= 998  # RFC 5322 2.1.1
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed.get_content().replace("\r\n", "\n") == letter.body
