"""`rights laws` and `rights laws show ID`: the privacy laws the assistant knows, with sources.

The list says which laws are in force on a day (today unless `--on` is given) and which are
enacted but not yet in force, with their start dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.law.profiles import LawProfile

import argparse
import datetime as dt

from assistant.cli.output import clean_for_terminal, parse_day, print_json

EPILOG = """\
examples:
  rights laws                      every law, and the enacted laws not yet in force
  rights laws --on 2027-01-01      what is in force on that day
  rights laws show ucpa            one law in full: rights (with start dates), deadlines,
                                   appeals, calendars, sources
  rights laws calendars --year 2027
                                   the statutory holidays added to the `holidays` package,
                                   each with its date and citation
  rights laws --json"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "laws",
        help="the privacy laws the assistant knows, their deadlines and sources",
        description="List the law profiles (id, name, how many places each covers, whether in "
        "force), or show one in full: rights, deadlines, appeals, citations, regulator, sources, "
        "and where sources disagree. Laws enacted but not yet in force are listed with their "
        "start dates.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--on", metavar="YYYY-MM-DD", help="the day to check (default: today)")
    parser.set_defaults(handler=run_list)
    sub = parser.add_subparsers(dest="laws_command", metavar="ACTION")
    p_list = sub.add_parser("list", help="every law profile (the default)")
    p_list.add_argument("--json", action="store_true", help="print JSON")
    p_list.add_argument("--on", metavar="YYYY-MM-DD", help="the day to check (default: today)")
    p_list.set_defaults(handler=run_list)
    p_show = sub.add_parser("show", help="one law profile in full")
    p_show.add_argument("id", help="the law id, e.g. ccpa, gdpr, uk-gdpr, pipeda")
    p_show.add_argument("--json", action="store_true", help="print the profile as JSON")
    p_show.set_defaults(handler=run_show)
    p_cal = sub.add_parser(
        "calendars", help="the statutory holiday calendars deadlines use, with citations"
    )
    p_cal.add_argument("--year", type=int, help="the year to list (default: this year)")
    p_cal.add_argument("--json", action="store_true", help="print JSON")
    p_cal.set_defaults(handler=run_calendars)


def run_list(args: argparse.Namespace) -> int:
    from assistant.law.profiles import load_laws

    on = parse_day(args.on, "--on") if getattr(args, "on", None) is not None else dt.date.today()
    laws = sorted(load_laws().values(), key=lambda law: law.id)
    if args.json:
        print_json([law.summary(on) for law in laws])
        return 0
    width = max(len(law.id) for law in laws)
    current = [law for law in laws if law.status_on(on) == "in_force"]
    coming = sorted(
        (law for law in laws if law.status_on(on) == "not_yet"),
        key=lambda law: (law.in_force_from or on, law.id),
    )
    print(f"In force on {on.isoformat()}:")
    for law in current:
        count = f"{len(law.residences)} place(s)" if law.residences else "by sector"
        print(clean_for_terminal(f"  {law.id:<{width}}  {count:<12} {law.name}"))
    if coming:
        print()
        print("Enacted, not yet in force (requests received before the start get no deadline):")
        for law in coming:
            start = law.in_force_from.isoformat() if law.in_force_from else "?"
            print(clean_for_terminal(f"  {law.id:<{width}}  from {start}  {law.name}"))
    later = [
        f"{law.id} {right} from {day.isoformat()}"
        for law in current
        for right in law.rights
        if (day := law.right_start(right)) is not None and day > on
    ]
    if later:
        print()
        print("Rights not yet in force: " + "; ".join(later))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from assistant.errors import UserError
    from assistant.law.profiles import load_laws

    laws = load_laws()
    law = laws.get(args.id)
    if law is None:
        from assistant.textsafety import shown

        raise UserError(f"no law with id {shown(args.id)}", hint="`rights laws` lists them")
    if args.json:
        print_json(law.model_dump(mode="json"))
        return 0
    print(clean_for_terminal(describe_law(law)))
    return 0


def describe_law(law: LawProfile) -> str:
    """A plain-text page about one law."""
    from assistant.law.residences import residence_name

    lines = [f"{law.name} ({law.short_name})", f"id: {law.id}", f"citation: {law.citation}"]
    if law.enacted:
        lines.append(f"enacted: {law.enacted}")
    if law.in_force_from:
        lines.append(f"in force from: {law.in_force_from.isoformat()}")
    if law.in_force_until:
        lines.append(f"in force until: {law.in_force_until.isoformat()} (not included)")
    if law.in_force_note:
        lines.append(f"  {law.in_force_note}")
    if law.residences:
        places = ", ".join(f"{residence_name(c)} ({c})" for c in law.residences)
        lines.append(f"covers people living in: {places}")
    if law.applies_to:
        lines.append(f"applies to: {law.applies_to}")
    lines.append("")
    lines.append("Rights:")
    for right, rule in law.rights.items():
        lines.append(f"  {right}: {rule.description} [{', '.join(law.citation_for(right))}]")
        start = law.right_start(right)
        if rule.in_force_from and start:
            added = f" ({rule.in_force_citation})" if rule.in_force_citation else ""
            lines.append(f"    applies to requests received from {start.isoformat()}{added}")
        for part in rule.later_parts:
            lines.append(
                f"    {part.what}: from {part.in_force_from.isoformat()} ({part.citation})"
            )
        rules = law.rules_for(right)
        if rule.no_deadline:
            lines.append(f"    no deadline: {rule.no_deadline}")
        else:
            for label, period in (
                ("acknowledge", rules.acknowledge),
                ("respond", rules.respond),
                ("extension", rules.extension),
            ):
                if period is not None:
                    lines.append(f"    {label}: {period.describe()} ({period.citation})")
        if rule.verification:
            lines.append(f"    verification: {rule.verification}")
        if rule.frequency:
            lines.append(f"    how often: {rule.frequency.describe()}")
        if rule.note:
            lines.append(f"    note: {rule.note}")
    lines.extend(_appeal_lines(law))
    if law.cure_period:
        lines.append(f"Cure period: {law.cure_period}")
    if law.extension_rule:
        how = "from receipt" if law.extension_rule == "from_receipt" else "the later of two dates"
        lines.append(f"Extensions counted {how}: {law.extension_rule_why}")
    lines.append(f"Weekends and holidays: {law.roll_note}")
    if law.calendar_note:
        lines.append(f"Holiday calendar: {law.calendar_note}")
    lines.append("")
    reg = law.regulator
    lines.append(f"Regulator: {reg.name}")
    for label in ("website", "complaint_url", "address", "email", "phone", "note"):
        value = getattr(reg, label)
        if value:
            lines.append(f"  {label.replace('_', ' ')}: {value}")
    if law.regulators:
        lines.append(f"  per country: {len(law.regulators)} authorities (see --json)")
    lines.append("")
    lines.append("Sources:")
    lines.extend(f"  - {s.title}" + (f" <{s.url}>" if s.url else "") for s in law.sources)
    if law.disagreements:
        lines.append("")
        lines.append("Where sources disagree:")
        for d in law.disagreements:
            lines.append(f"  {d.topic}: {d.chosen} Why: {d.why}")
    if law.notes:
        lines.append("")
        lines.append("Notes:")
        lines.extend(f"  - {note}" for note in law.notes)
    return "\n".join(lines)


def _appeal_lines(law: LawProfile) -> list[str]:
    appeal = law.appeal
    if appeal is None:
        return [f"Appeals: none. {law.no_appeal}"] if law.no_appeal else []
    lines = [f"Appeals ({appeal.citation}): you may appeal {appeal.window}."]
    if appeal.respond is not None:
        extra = f" + {appeal.extension.describe()}" if appeal.extension else ""
        lines.append(
            f"  The company decides within {appeal.respond.describe()}{extra} of receiving it "
            f"({appeal.respond.citation})."
        )
    else:
        lines.append(f"  No decision deadline given: {appeal.no_deadline}")
    lines.append(f"  If denied: {appeal.complaint}.")
    if appeal.note:
        lines.append(f"  note: {appeal.note}")
    return lines


def run_calendars(args: argparse.Namespace) -> int:
    from assistant.errors import UserError
    from assistant.law.calendars import CALENDARS, REGION_CALENDARS

    year = args.year if args.year is not None else dt.date.today().year
    if not 1900 <= year <= 2200:
        raise UserError("--year must be between 1900 and 2200")
    places = {
        name: [p for p, names in REGION_CALENDARS.items() if name in names] for name in CALENDARS
    }
    data: list[dict[str, Any]] = [
        {
            "id": cal.id,
            "title": cal.title,
            "citation": cal.citation,
            "url": cal.url,
            "places": places[cal.id],
            "note": cal.note,
            "holidays": [
                {"date": day.isoformat(), "name": h.name, "citation": h.citation}
                for h in cal.holidays
                for day in h.on(year)
            ],
        }
        for cal in CALENDARS.values()
    ]
    if args.json:
        print_json(data)
        return 0
    for cal in data:
        where = ", ".join(cal["places"]) or "laws that name it (see `rights laws show`)"
        print(clean_for_terminal(f"{cal['id']}: {cal['title']} [{where}]"))
        print(clean_for_terminal(f"  {cal['citation']} <{cal['url']}>"))
        for h in sorted(cal["holidays"], key=lambda h: h["date"]):
            print(clean_for_terminal(f"  {h['date']}  {h['name']} ({h['citation']})"))
        print()
    return 0
