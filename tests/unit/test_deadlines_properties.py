"""Properties of the deadline engine that must hold for every law, right and date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.law.calendars import holiday_set
from assistant.law.deadlines import add_business_days, compute_deadlines, is_working_day
from assistant.law.profiles import load_laws
from assistant.records.model import RIGHTS

LAWS = load_laws()
# (law id, a residence it covers); HIPAA is tried for a California patient.
CASES = [
    *sorted((law.id, law.residences[0] if law.residences else "US-CA") for law in LAWS.values()),
    ("gdpr", "DE-BY"),
    ("uk-gdpr", "GB-NIR"),
    ("gdpr", "IE"),
]

days = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2034, 12, 31))
cases = st.sampled_from(CASES)
rights = st.sampled_from(RIGHTS)


def _dates(result):
    return [result.acknowledge_by, result.respond_by, result.extended_respond_by]


@settings(max_examples=300, deadline=None)
@given(case=cases, right=rights, received=days)
def test_extended_never_before_first_and_first_after_receipt(case, right, received):
    law_id, residence = case
    result = compute_deadlines(LAWS[law_id], right, received, residence)
    if result.respond_by is not None:
        assert result.respond_by > received
        if result.acknowledge_by is not None:
            assert received < result.acknowledge_by <= result.respond_by
    if result.extended_respond_by is not None:
        assert result.respond_by is not None
        assert result.extended_respond_by > result.respond_by
        if result.extension_notice_by is not None:
            assert result.extension_notice_by <= result.respond_by


@settings(max_examples=300, deadline=None)
@given(case=cases, right=rights, first=days, gap=st.integers(min_value=1, max_value=120))
def test_later_receipt_never_gives_an_earlier_deadline(case, right, first, gap):
    law_id, residence = case
    later = first + dt.timedelta(days=gap)
    a = compute_deadlines(LAWS[law_id], right, first, residence)
    b = compute_deadlines(LAWS[law_id], right, later, residence)
    for x, y in zip(_dates(a), _dates(b), strict=True):
        if x is not None and y is not None:
            assert y >= x


@settings(max_examples=300, deadline=None)
@given(case=cases, right=rights, received=days)
def test_deadlines_never_land_on_a_weekend_or_holiday(case, right, received):
    law_id, residence = case
    result = compute_deadlines(LAWS[law_id], right, received, residence)
    for day in _dates(result):
        if day is None:
            continue
        if LAWS[law_id].roll_saturday:
            assert is_working_day(day, residence), (law_id, right, received, day)
        else:  # PIPEDA: Interpretation Act s. 26 moves only a holiday; Saturday is not one
            assert day.weekday() != 6, (law_id, right, received, day)
            calendar = holiday_set(residence, LAWS[law_id].calendars)
            assert calendar.name(day) is None, (law_id, right, received, day)


@settings(max_examples=200, deadline=None)
@given(
    start=days,
    n=st.integers(min_value=1, max_value=40),
    residence=st.sampled_from(["US-CA", "US-NY", "GB", "IE", "DE-BY", "CA-QC", "ZZ"]),
)
def test_add_business_days_counts_exactly_n_working_days(start, n, residence):
    end = add_business_days(start, n, residence)
    assert is_working_day(end, residence)
    span = [start + dt.timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(is_working_day(day, residence) for day in span) == n
    assert add_business_days(start, n + 1, residence) > end
