"""Which days are not working days for a deadline: the `holidays` package plus our statutory layer.

A `HolidaySet` joins, for one or more places:
- the public holidays the `holidays` package gives for the place (England's for "GB"; the
  country's when no subdivision is given; none where the package does not know the country);
- the statutory calendars of `assistant.law.holiday_rules` that apply to everyone living there
  (`REGION_CALENDARS`: California's Gov. Code § 6700, Indiana's IC 1-1-9-1, BC's and Quebec's
  Interpretation Acts, Swiss Good Friday/Easter Monday, Bavaria's Assumption Day);
- the calendars a law names itself (PIPEDA: the federal Interpretation Act s. 35).

Saturdays and Sundays are never working days. A day that is a holiday under any of the joined
lists is not a working day: the later date, which never calls a company late when it is not.
A law whose time rule moves only a last day that is a holiday (PIPEDA, through the federal
Interpretation Act s. 26) keeps a Saturday last day (`next_day_not_holiday`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from assistant.law.holiday_rules import Calendar
from assistant.law.residences import holiday_region, normalise_code
from assistant.law.statutory_abroad import (
    ALBERTA,
    BAVARIA,
    BRITISH_COLUMBIA,
    CANADA_FEDERAL,
    QUEBEC,
    SWITZERLAND,
)
from assistant.law.statutory_us import CALIFORNIA, INDIANA, TENNESSEE

__all__ = [
    "CALENDARS",
    "REGION_CALENDARS",
    "Calendar",
    "HolidaySet",
    "calendars_for",
    "holiday_set",
]

CALENDARS: dict[str, Calendar] = {
    c.id: c
    for c in (CALIFORNIA, INDIANA, TENNESSEE, CANADA_FEDERAL, BRITISH_COLUMBIA, QUEBEC, ALBERTA,
              SWITZERLAND, BAVARIA)
}  # fmt: skip

# Calendars that apply to everyone living in a place, whatever the law (residence or country).
REGION_CALENDARS: dict[str, tuple[str, ...]] = {
    "US-CA": ("us-ca",),
    "US-IN": ("us-in",),
    "US-TN": ("us-tn",),
    "CA-BC": ("ca-bc",),
    "CA-QC": ("ca-qc",),
    "CA-AB": ("ca-ab",),
    "CH": ("ch",),
    "DE-BY": ("de-by",),
}


@lru_cache(maxsize=64)
def _package(country: str, subdiv: str | None) -> Any:
    """A `holidays` object for (country, subdivision), years filled on demand; None if unknown."""
    import holidays

    for sub in (subdiv, None) if subdiv else (None,):
        try:
            return holidays.country_holidays(country, subdiv=sub)
        except NotImplementedError:
            continue
    return None


def calendars_for(residence: str) -> tuple[str, ...]:
    """The statutory calendars that apply to people living in `residence`."""
    code = normalise_code(residence) or residence.upper()
    found: list[str] = []
    for key in (code, code.split("-")[0]):
        for name in REGION_CALENDARS.get(key, ()):
            if name not in found:
                found.append(name)
    return tuple(found)


class HolidaySet:
    """The non-working days of one or more places, with the name of each holiday."""

    def __init__(self, places: tuple[str, ...], calendars: tuple[str, ...]) -> None:
        self.places = places
        self.calendars = tuple(CALENDARS[c] for c in calendars)
        self._tables = [t for t in (_package(*holiday_region(p)) for p in places) if t is not None]
        self._years: dict[int, dict[dt.date, str]] = {}

    def _statutory(self, year: int) -> dict[dt.date, str]:
        table = self._years.get(year)
        if table is None:
            table = {}
            for cal in self.calendars:
                for holiday in cal.holidays:
                    for day in holiday.on(year):
                        table.setdefault(day, f"{holiday.name}, {holiday.citation}")
            self._years[year] = table
        return table

    def name(self, day: dt.date) -> str | None:
        """The holiday on `day` (with its citation when it comes from a statute), or None."""
        for table in self._tables:
            found = table.get(day)
            if found:
                return str(found)
        return self._statutory(day.year).get(day)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.name(day) is not None

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday and a holiday in none of the joined lists."""
        return day.weekday() < 5 and self.name(day) is None

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def next_day_not_holiday(self, day: dt.date) -> dt.date:
        """`day` itself unless it is a Sunday or a holiday, else the first day after it that
        is neither; a Saturday is kept. For laws whose time rule moves only a last day that
        is a holiday (Canada's Interpretation Act, R.S.C. 1985, c. I-21, s. 26 with the
        definition of "holiday" in s. 35(1), which names Sunday but not Saturday)."""
        while day.weekday() == 6 or self.name(day) is not None:
            day += dt.timedelta(days=1)
        return day

    def add_business_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (the day of receipt itself never counts)."""
        if n < 0:
            raise ValueError("n must be 0 or more")
        day = start
        counted = 0
        while counted < n:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day


@lru_cache(maxsize=256)
def _cached(places: tuple[str, ...], calendars: tuple[str, ...]) -> HolidaySet:
    return HolidaySet(places, calendars)


def holiday_set(
    residence: str, law_calendars: Iterable[str] = (), controller: str | None = None
) -> HolidaySet:
    """The non-working days for a deadline: the person's place, the law's own calendars, and,
    when given, the place where the company acts (`controller`, e.g. "DE-BY" or "IE")."""
    places = [residence]
    names = [*calendars_for(residence), *law_calendars]
    if controller:
        places.append(controller)
        names.extend(calendars_for(controller))
    return _cached(tuple(dict.fromkeys(places)), tuple(dict.fromkeys(names)))
