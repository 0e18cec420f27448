"""Statutory holiday calendars that the `holidays` package lacks, each holiday with its citation.

The `holidays` package gives each place's public holidays as observed by its government offices.
Privacy laws count time under the place's own time-computation statute, whose holiday list can
differ: California's Civil Code counts every Government Code § 6700 holiday (Lincoln Day,
Admission Day, Columbus Day ...); Canada's Interpretation Act counts Easter Monday and
Remembrance Day. `assistant.law.calendars` adds these days to the package's (a day off under
either counts, the later date), so a company is never called late when it is not.

The calendars themselves are in `assistant.law.statutory_us` and
`assistant.law.statutory_abroad`; `assistant.law.calendars` keeps the registry. Each `Calendar`
names its statute and an official URL; each `StatutoryHoliday` gives its rule,
its own citation and the day it became a holiday. Dates come from rules, never from a table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.easter import easter

DateRule = Callable[[int], tuple[dt.date, ...]]


@dataclass(frozen=True)
class StatutoryHoliday:
    """One holiday of a statutory list: its name, date rule, citation and start."""

    name: str
    dates: DateRule
    citation: str
    since: dt.date | None = None
    note: str | None = None

    def on(self, year: int) -> tuple[dt.date, ...]:
        return tuple(d for d in self.dates(year) if self.since is None or d >= self.since)


@dataclass(frozen=True)
class Calendar:
    """A statute's list of holidays (added to the `holidays` package's for the place)."""

    id: str
    title: str
    citation: str
    url: str | None
    holidays: tuple[StatutoryHoliday, ...]
    note: str = ""


# -- date rules ---------------------------------------------------------------------------


def fixed(month: int, day: int) -> DateRule:
    return lambda year: (dt.date(year, month, day),)


def nth_weekday(month: int, weekday: int, n: int) -> DateRule:
    """The n-th `weekday` (0 = Monday) of the month; n = -1 for the last one."""

    def rule(year: int) -> tuple[dt.date, ...]:
        if n > 0:
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        else:
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        return (day,)

    return rule


def easter_offset(days: int) -> DateRule:
    return lambda year: (easter(year) + dt.timedelta(days=days),)


def monday_before(month: int, day: int) -> DateRule:
    """The last Monday before `day` (Victoria Day: the Monday before 25 May)."""

    def rule(year: int) -> tuple[dt.date, ...]:
        d = dt.date(year, month, day) - dt.timedelta(days=1)
        return (d - dt.timedelta(days=d.weekday()),)

    return rule


def sunday_moves_to_monday(month: int, day: int) -> DateRule:
    """The Monday after a fixed date that falls on a Sunday (no date in other years)."""

    def rule(year: int) -> tuple[dt.date, ...]:
        d = dt.date(year, month, day)
        return (d + dt.timedelta(days=1),) if d.weekday() == 6 else ()

    return rule


def saturday_moves_to_friday(month: int, day: int) -> DateRule:
    def rule(year: int) -> tuple[dt.date, ...]:
        d = dt.date(year, month, day)
        return (d - dt.timedelta(days=1),) if d.weekday() == 5 else ()

    return rule


def thanksgiving_us(year: int) -> tuple[dt.date, ...]:
    return nth_weekday(11, 3, 4)(year)


def day_after_thanksgiving_us(year: int) -> tuple[dt.date, ...]:
    return (thanksgiving_us(year)[0] + dt.timedelta(days=1),)


def lunar_new_year(year: int) -> tuple[dt.date, ...]:
    """The second new moon after the winter solstice (the Chinese lunisolar new year)."""
    from holidays.calendars.chinese import _ChineseLunisolar

    day, _ = _ChineseLunisolar().lunar_new_year_date(year)
    return (day,) if day else ()


def diwali(year: int) -> tuple[dt.date, ...]:
    """Diwali: the date of both Hindu-calendar tables the `holidays` package carries.

    AB 268's wording ("the 15th day of the month of Kartik") was read only in summaries, and
    the package's two tables can differ by a day (2027: 28 and 29 October), so both days
    count: the later reading, which never calls a company late.
    """
    import holidays
    from holidays.calendars.hindu import _HinduLunisolar

    days = set()
    day, _ = _HinduLunisolar().diwali_date(year)
    if day:
        days.add(day)
    india = holidays.country_holidays("IN", years=year)
    days.update(d for d, name in india.items() if "Diwali" in name or "Deepavali" in name)
    return tuple(sorted(days))


def union(*rules: DateRule) -> DateRule:
    return lambda year: tuple(sorted({d for r in rules for d in r(year)}))
