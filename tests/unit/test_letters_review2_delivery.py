"""A posted letter is assumed delivered on a day post is delivered (review 2, P6).

SFR's letter posted on Tue 1 Dec 2026 was assumed to arrive five days later, on Sunday 6 Dec,
a day La Poste does not deliver. The assumed delivery now moves to the next working day, Mon
7 Dec, and GDPR Art. 12(3)'s month runs from there: 7 Jan 2027 (Reg. 1182/71 Art. 3(2)(c):
the period ends with the expiry of the day with the same date, Thu 7 Jan, a working day in
France). The later date never calls the company late early."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.law.deadlines import assumed_receipt
from assistant.letters.model import Person
from assistant.letters.request import compose_request

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


def test_sfr_letter_counts_from_monday(catalog):
    person = Person(name="Test Person", email="test@example.com", address="1 rue X\nParis")
    letter = compose_request(
        catalog.get("sfr"), "access", person, residence="FR", today=D("2026-12-01")
    )
    body = " ".join(letter.body.split())
    assert letter.channel == "postal"
    assert letter.received == D("2026-12-07")
    assert "counts from 7 December 2026" in body
    assert "6 December 2026" not in body
    assert "you must respond by 7 January 2027" in body


@pytest.mark.parametrize(
    ("sent", "received"),
    [
        ("2026-12-01", "2026-12-07"),  # Sun 6 Dec -> Mon 7 Dec
        ("2026-11-30", "2026-12-07"),  # Sat 5 Dec -> Mon 7 Dec
        ("2026-12-02", "2026-12-07"),  # Mon 7 Dec, a delivery day
        ("2026-12-20", "2026-12-28"),  # Fri 25 Dec (Christmas), 26 and 27 -> Mon 28 Dec
        ("2026-12-27", "2027-01-04"),  # Fri 1 Jan 2027 -> Mon 4 Jan
    ],
)
def test_assumed_delivery_is_a_delivery_day(sent, received):
    day, why = assumed_receipt(D(sent), "postal")
    assert day == D(received)
    if day != D(sent) + dt.timedelta(days=5):
        assert "not a delivery day" in why


def test_a_known_delivery_date_is_kept():
    assert assumed_receipt(D("2026-12-01"), "postal", D("2026-12-05"))[0] == D("2026-12-05")
