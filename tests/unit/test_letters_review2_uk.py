"""UK letters cite UK GDPR Art. 12A and count its period as the statute does (review 2, P2).

Art. 12A (inserted by the Data (Use and Access) Act 2025 s. 76; in force 5 February 2026, SI
2026/82 reg. 2(h)): "the applicable time period" is one month *beginning with* the relevant
time, so the day of receipt counts and the month ends the day before the corresponding date
(the same words in Data Protection Act 2018 s. 54(2), legislation.gov.uk). A request received
on Tue 1 Dec 2026 is due on Thu 31 Dec 2026, a working day in England. Since 19 June 2026 a
data subject may complain to the controller (DPA 2018 s. 164A, inserted by DUAA 2025 s. 103,
SI 2026/82 reg. 3): an overdue follow-up says so, and the complaint to the ICO says it came
first."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.law.deadlines import compute_deadlines
from assistant.law.profiles import load_laws
from assistant.letters.later import compose_complaint, compose_followup
from assistant.letters.model import Person
from assistant.letters.request import compose_request

TODAY = dt.date(2026, 12, 1)
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Test Person", email="test@example.com")


@pytest.mark.parametrize("right", ["access", "deletion", "opt_out", "correction"])
def test_bbc_letter_cites_art_12a_and_the_statutory_date(catalog, jane, right):
    kw = {"correction": "My name is Test Person, not Tess Person"} if right == "correction" else {}
    letter = compose_request(catalog.get("bbc"), right, jane, residence="GB", today=TODAY, **kw)
    body = " ".join(letter.body.split())
    assert letter.law_id == "uk-gdpr"
    # Art. 12A counted to the corresponding date, as the ICO does (the later reading): 1 Jan
    # 2027 is a bank holiday -> Mon 4 Jan; two further months -> Thu 4 Mar.
    assert "you must respond by 4 January 2027 (UK GDPR Art. 12A)" in body
    assert "UK GDPR Art. 12(3)" not in body
    assert "31 December 2026" not in body
    assert "to 4 March 2027" in body
    # The whole Act is not given as the source of a specific right.
    assert "and Data Protection Act 2018." not in body


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-12-01", "2027-01-04"),  # Fri 1 Jan 2027 is a bank holiday -> Mon 4 Jan
        ("2026-04-30", "2026-06-01"),  # Sat 30 May -> Mon 1 Jun
        ("2026-12-02", "2027-01-04"),  # Sat 2 Jan -> Mon 4 Jan
        ("2027-01-31", "2027-03-01"),  # no 31 Feb: the month's last day, Sun 28 Feb -> Mon
    ],
)
def test_art_12a_period_runs_to_the_corresponding_date_as_the_ico_counts(received, due):
    result = compute_deadlines(load_laws()["uk-gdpr"], "access", D(received), "GB")
    assert result.respond_by == D(due)


def test_the_profile_records_the_reading_and_its_source():
    law = load_laws()["uk-gdpr"]
    # The statute's 'beginning with' gives a day less than the ICO's count; sources that
    # disagree are read the way that never calls a company late too early.
    assert law.month_counting == "from_day_after"
    assert law.month_counting_why and "beginning with" in law.month_counting_why
    assert "ICO" in law.month_counting_why
    urls = " ".join(s.url for s in law.sources)
    assert "legislation.gov.uk/ukpga/2025/18/section/103" in urls
    assert "legislation.gov.uk/uksi/2026/82" in urls
    assert law.controller_complaint is not None
    assert law.controller_complaint.in_force_from == D("2026-06-19")


def _row() -> dict[str, object]:
    return {
        "reference": "RA-20261201-BBC-ACC-AAAA",
        "company_id": "bbc",
        "right": "access",
        "law_id": "uk-gdpr",
        "residence": "GB",
        "channel": "email",
        "recipient": "privacy@bbc.example",
        "status": "sent",
        "sent": "2026-12-01",
        "received": "2026-12-01",
        "respond_by": "2026-12-31",
        "due": "2026-12-31",
        "extension_granted": False,
    }


def test_uk_overdue_followup_is_a_complaint_to_the_controller(catalog, jane):
    timeline = [{"event": "sent", "on": "2026-12-01"}]
    letter = compose_followup(_row(), timeline, catalog.get("bbc"), jane, today=D("2027-01-05"))
    body = " ".join(letter.body.split())
    assert letter.kind == "followup_overdue"
    assert "complaint to you as controller under Data Protection Act 2018, section 164A" in body
    assert "within 30 days" in body


def test_uk_complaint_says_the_controller_was_complained_to_first(catalog, jane):
    timeline = [
        {"event": "sent", "on": "2026-12-01"},
        {"event": "followup_sent", "on": "2027-01-05"},
    ]
    letter = compose_complaint(_row(), timeline, catalog.get("bbc"), jane, today=D("2027-02-04"))
    body = " ".join(letter.body.split())
    assert (
        "complained to British Broadcasting Corporation (BBC) about this on 5 January 2027" in body
    )
    assert "Data Protection Act 2018 s. 164A" in body


def test_no_s164a_for_a_followup_before_it_was_in_force(catalog, jane):
    row = {
        **_row(),
        "sent": "2026-04-01",
        "received": "2026-04-01",
        "respond_by": "2026-04-30",
        "due": "2026-04-30",
        "reference": "RA-20260401-BBC-ACC-AAAA",
    }
    timeline = [{"event": "sent", "on": "2026-04-01"}]
    letter = compose_followup(row, timeline, catalog.get("bbc"), jane, today=D("2026-05-05"))
    assert "164A" not in re.sub(r"RA-[0-9A-Z-]+", "", letter.body)  # not the random reference
