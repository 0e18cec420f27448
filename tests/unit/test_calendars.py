"""The statutory holiday layer (assistant.law.calendars, assistant.law.holiday_rules).

Dates below were read off a calendar; Easter from the Gregorian computus (2027-03-28,
2028-04-16). Each test names the statute that makes the day a holiday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.law.calendars import CALENDARS, calendars_for, holiday_set
from assistant.law.holiday_rules import monday_before, nth_weekday

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("residence", "day", "name"),
    [
        ("US-CA", "2027-02-12", "Lincoln Day"),  # Gov. Code § 6700(a)(5)
        ("US-CA", "2027-09-09", "Admission Day"),  # § 6700(a)(13)
        ("US-CA", "2027-10-11", "Columbus Day"),  # § 6700(a)(15)
        ("US-CA", "2027-02-06", "Lunar New Year"),  # § 6700(a)(4), a Saturday in 2027
        ("US-CA", "2028-01-26", "Lunar New Year"),
        ("US-CA", "2028-04-24", "Genocide Remembrance Day"),  # § 6700(a)(8)
        ("US-CA", "2027-09-24", "Native American Day"),  # fourth Friday in September
        ("US-CA", "2029-09-10", "Sunday holiday moved to Monday"),  # § 6701
        ("US-IN", "2027-02-12", "Abraham Lincoln's Birthday"),  # IC 1-1-9-1
        ("US-IN", "2027-02-15", "George Washington's Birthday"),
        ("US-TN", "2027-10-11", "Columbus Day"),  # Tenn. Code § 15-1-101
        ("CA-BC", "2027-03-29", "Easter Monday"),  # Interpretation Act s. 29(a)
        ("CA-BC", "2026-12-26", "Boxing Day"),  # s. 29(c)
        ("CA-QC", "2027-03-29", "Easter Monday"),  # CQLR c. I-16 s. 61(23)(d)
        ("CA-AB", "2027-03-29", "Easter Monday"),
        ("CH", "2027-03-26", "Good Friday"),  # CO Art. 78; cantonal laws
        ("CH", "2027-03-29", "Easter Monday"),
        ("DE-BY", "2028-08-15", "Mariä Himmelfahrt (Assumption)"),  # FTG Art. 1(1) no. 2
    ],
)
def test_statutory_holidays_the_package_lacks(residence, day, name):
    found = holiday_set(residence).name(D(day))
    assert found is not None and found.startswith(name), found
    assert not holiday_set(residence).is_working_day(D(day))


@pytest.mark.parametrize(
    ("calendar", "day", "name"),
    [
        ("us-ca", "2028-11-10", "Veterans Day (Saturday, observed Friday)"),  # § 6701
        ("ca-qc", "2029-07-02", "Canada Day (July 2 when July 1 is a Sunday)"),  # s. 61(23)(f)
        ("ca-federal", "2029-07-02", "Canada Day (July 2 when July 1 is a Sunday)"),
        ("us-tn", "2027-12-24", "Substitute day"),  # § 15-1-101
    ],
)
def test_substitute_days_come_from_the_statute_itself(calendar, day, name):
    # The package has these too; the statutory calendar must not depend on it.
    holidays = CALENDARS[calendar].holidays
    found = [h.name for h in holidays if D(day) in h.on(D(day).year)]
    assert any(n.startswith(name) for n in found), found


def test_statutory_names_carry_their_citation():
    admission = holiday_set("US-CA").name(D("2027-09-09"))
    assert admission == "Admission Day, Cal. Gov. Code § 6700(a)(13)"
    assert "s. 35(1)" in (holiday_set("CA-ON", ["ca-federal"]).name(D("2027-11-11")) or "")


def test_holidays_start_when_the_statute_made_them():
    ca = holiday_set("US-CA")
    # Lunar New Year, Genocide Remembrance Day and Juneteenth: § 6700 from 2023-01-01.
    assert ca.name(D("2022-02-01")) is None  # Lunar New Year 2022, before AB 2596
    assert ca.is_working_day(D("2022-04-25"))  # Monday; 2022-04-24 was a Sunday anyway
    assert ca.name(D("2026-04-24")) is not None  # Friday 24 April 2026
    # Diwali: from 2026-01-01 (AB 268); the 2025 date (Tue 21 Oct 2025) is a working day.
    assert ca.is_working_day(D("2025-10-21"))


def test_diwali_counts_both_candidate_days():
    ca = holiday_set("US-CA")
    assert not ca.is_working_day(D("2027-10-28"))
    assert not ca.is_working_day(D("2027-10-29"))


def test_federal_canada_only_for_the_law_that_uses_it():
    # Remembrance Day is no Ontario holiday in the package; PIPEDA counts it (s. 35(1)).
    assert holiday_set("CA-ON").is_working_day(D("2027-11-11"))
    assert not holiday_set("CA-ON", ["ca-federal"]).is_working_day(D("2027-11-11"))
    assert not holiday_set("CA", ["ca-federal"]).is_working_day(D("2027-09-30"))
    assert not holiday_set("CA", ["ca-federal"]).is_working_day(D("2027-03-29"))


def test_both_parties_calendars():
    berlin = holiday_set("DE-BE")
    both = holiday_set("DE-BE", controller="DE-BY")
    corpus_christi = D("2027-05-27")
    assert berlin.is_working_day(corpus_christi)
    assert not both.is_working_day(corpus_christi)
    # The controller's statutory calendar comes along (Bavaria's Assumption Day).
    assert not both.is_working_day(D("2028-08-15"))


def test_bc_family_day_moved_in_2019():
    assert not holiday_set("CA-BC").is_working_day(D("2018-02-12"))  # second Monday
    assert not holiday_set("CA-BC").is_working_day(D("2019-02-18"))  # third Monday


def test_tennessee_saturday_holiday_moves_to_friday():
    # Christmas 2027 is a Saturday: Friday 24 December is the substitute (§ 15-1-101).
    assert not holiday_set("US-TN").is_working_day(D("2027-12-24"))


def test_date_rules():
    assert nth_weekday(11, 3, 4)(2027) == (D("2027-11-25"),)  # Thanksgiving
    assert nth_weekday(5, 0, -1)(2027) == (D("2027-05-31"),)  # Memorial Day
    assert nth_weekday(12, 0, -1)(2027) == (D("2027-12-27"),)
    assert monday_before(5, 25)(2027) == (D("2027-05-24"),)  # Victoria Day
    assert monday_before(5, 25)(2026) == (D("2026-05-18"),)  # 25 May 2026 is a Monday


def test_region_lookup_falls_back_to_the_country():
    assert calendars_for("CH-ZH") == ("ch",)
    assert calendars_for("us-ca") == ("us-ca",)
    assert calendars_for("DE-BE") == ()
    assert calendars_for("ZZ") == ()


def test_unknown_places_count_weekends_only():
    days = holiday_set("ZZ")
    assert days.is_working_day(D("2026-12-25"))
    assert not days.is_working_day(D("2026-12-26"))
    assert days.add_business_days(D("2026-12-25"), 1) == D("2026-12-28")


def test_every_calendar_has_an_official_source_and_citations():
    for cal in CALENDARS.values():
        assert cal.url and cal.url.startswith("https://"), cal.id
        assert cal.citation and cal.holidays, cal.id
        for holiday in cal.holidays:
            assert holiday.citation, (cal.id, holiday.name)
            assert all(d.year == 2027 for d in holiday.on(2027)), (cal.id, holiday.name)
