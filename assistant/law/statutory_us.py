"""US statutory holiday calendars: California (Gov. Code § 6700), Indiana (IC 1-1-9-1),
Tennessee (Tenn. Code § 15-1-101). See `assistant.law.holiday_rules` for the building blocks."""

from __future__ import annotations

import datetime as dt

from assistant.law.holiday_rules import (
    Calendar,
    StatutoryHoliday,
    day_after_thanksgiving_us,
    diwali,
    easter_offset,
    fixed,
    lunar_new_year,
    nth_weekday,
    saturday_moves_to_friday,
    sunday_moves_to_monday,
    thanksgiving_us,
    union,
)

MON, THU, FRI = 0, 3, 4
CA_GOV = "Cal. Gov. Code § 6700"
CA_SUB = "Cal. Gov. Code § 6701"
IN_IC = "Ind. Code § 1-1-9-1"
H = StatutoryHoliday


CALIFORNIA = Calendar(
    id="us-ca",
    title="California statutory holidays for computing time",
    citation="Cal. Civ. Code §§ 7, 10; Gov. Code §§ 6700, 6701; Code Civ. Proc. §§ 12, 12a, 135",
    url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=6700",
    note="Civ. Code § 7 makes every Government Code holiday a holiday for the Civil Code (where "
    "the CCPA sits); CCP § 12a adds Saturdays and the judicial holidays of CCP § 135 (the day "
    "after Thanksgiving). The union is used: a last day that is a holiday under either moves. "
    "Good Friday (noon to 3 p.m. only) is not a full day and moves nothing.",
    holidays=(
        H("New Year's Day", fixed(1, 1), f"{CA_GOV}(a)(2)"),
        H("Martin Luther King, Jr. Day", nth_weekday(1, MON, 3), f"{CA_GOV}(a)(3)"),
        H(
            "Lunar New Year",
            lunar_new_year,
            f"{CA_GOV}(a)(4) (AB 2596, Stats. 2022 ch. 792)",
            since=dt.date(2023, 1, 1),
        ),
        H("Lincoln Day", fixed(2, 12), f"{CA_GOV}(a)(5)"),
        H("Washington's Birthday", nth_weekday(2, MON, 3), f"{CA_GOV}(a)(6)"),
        H("Cesar Chavez Day", fixed(3, 31), f"{CA_GOV}(a)(7)"),
        H(
            "Genocide Remembrance Day",
            fixed(4, 24),
            f"{CA_GOV}(a)(8) (AB 1801, Stats. 2022)",
            since=dt.date(2023, 1, 1),
        ),
        H("Memorial Day", nth_weekday(5, MON, -1), f"{CA_GOV}(a)(9)"),
        H(
            "Juneteenth",
            fixed(6, 19),
            f"{CA_GOV}(a)(10) (AB 1655, Stats. 2022 ch. 753)",
            since=dt.date(2023, 1, 1),
        ),
        H("Independence Day", fixed(7, 4), f"{CA_GOV}(a)(11)"),
        H("Labor Day", nth_weekday(9, MON, 1), f"{CA_GOV}(a)(12)"),
        H("Admission Day", fixed(9, 9), f"{CA_GOV}(a)(13)"),
        H("Native American Day", nth_weekday(9, FRI, 4), f"{CA_GOV}(a)(14) (AB 1973, 2014)"),
        H("Columbus Day", nth_weekday(10, MON, 2), f"{CA_GOV}(a)(15)"),
        H("Veterans Day", fixed(11, 11), f"{CA_GOV}(a)(16)"),
        H("Thanksgiving Day", thanksgiving_us, f"{CA_GOV} (day appointed by the President)"),
        H("Day after Thanksgiving", day_after_thanksgiving_us, "Cal. Code Civ. Proc. § 135"),
        H("Christmas Day", fixed(12, 25), CA_GOV),
        H(
            "Diwali",
            diwali,
            f"{CA_GOV} (AB 268, Stats. 2025 ch. 358)",
            since=dt.date(2026, 1, 1),
            note="Paragraph number and date wording not read in the chaptered text; both "
            "candidate dates count.",
        ),
        H(
            "Sunday holiday moved to Monday",
            union(
                *(
                    sunday_moves_to_monday(m, d)
                    for m, d in ((1, 1), (2, 12), (3, 31), (7, 4), (9, 9), (11, 11), (12, 25))
                )
            ),
            CA_SUB,
        ),
        H("Veterans Day (Saturday, observed Friday)", saturday_moves_to_friday(11, 11), CA_SUB),
    ),
)

INDIANA = Calendar(
    id="us-in",
    title="Indiana legal holidays",
    citation=IN_IC,
    url="https://iga.in.gov/laws/2025/ic/titles/1#1-1-9-1",
    note="Legal holidays 'for all purposes' on their statutory dates; the Governor's moved "
    "observances for state offices (from the `holidays` package) also count, the later date.",
    holidays=(
        H("New Year's Day", fixed(1, 1), IN_IC),
        H("Martin Luther King, Jr.'s Birthday", nth_weekday(1, MON, 3), IN_IC),
        H("Abraham Lincoln's Birthday", fixed(2, 12), IN_IC),
        H("George Washington's Birthday", nth_weekday(2, MON, 3), IN_IC),
        H("Good Friday", easter_offset(-2), IN_IC),
        H("Memorial Day", nth_weekday(5, MON, -1), IN_IC),
        H("Independence Day", fixed(7, 4), IN_IC),
        H("Labor Day", nth_weekday(9, MON, 1), IN_IC),
        H("Columbus Day", nth_weekday(10, MON, 2), IN_IC),
        H("Veterans Day", fixed(11, 11), IN_IC),
        H("Thanksgiving Day", thanksgiving_us, IN_IC),
        H("Christmas Day", fixed(12, 25), IN_IC),
    ),
)


def tn_substitutes(year: int) -> tuple[dt.date, ...]:
    """Tenn. Code § 15-1-101: a fixed-date holiday on a Sunday moves to Monday, on a Saturday
    to the Friday before."""
    days = []
    for month, day in ((1, 1), (6, 19), (7, 4), (11, 11), (12, 25)):
        d = dt.date(year, month, day)
        if d.weekday() == 6:
            days.append(d + dt.timedelta(days=1))
        elif d.weekday() == 5:
            days.append(d - dt.timedelta(days=1))
    return tuple(days)


TN = "Tenn. Code Ann. § 15-1-101"
TENNESSEE = Calendar(
    id="us-tn",
    title="Tennessee legal holidays",
    citation=TN,
    url="https://www.capitol.tn.gov/",
    note="The official Tennessee Code is published for the State by LexisNexis (linked from the "
    "General Assembly's site); the list was read in a copy of the code. The Governor may move "
    "the observance of some holidays for state offices (the `holidays` package follows that); "
    "the statutory dates count too, the later date. Election days are not modelled.",
    holidays=(
        H("New Year's Day", fixed(1, 1), TN),
        H("Martin Luther King, Jr. Day", nth_weekday(1, MON, 3), TN),
        H("Washington Day", nth_weekday(2, MON, 3), TN),
        H("Good Friday", easter_offset(-2), TN),
        H("Memorial Day", nth_weekday(5, MON, -1), TN),
        H("Juneteenth", fixed(6, 19), TN),
        H("Independence Day", fixed(7, 4), TN),
        H("Labor Day", nth_weekday(9, MON, 1), TN),
        H("Columbus Day", nth_weekday(10, MON, 2), TN),
        H("Veterans' Day", fixed(11, 11), TN),
        H("Thanksgiving Day", thanksgiving_us, TN),
        H("Christmas Day", fixed(12, 25), TN),
        H("Substitute day (Sunday -> Monday, Saturday -> Friday)", tn_substitutes, TN),
    ),
)
