"""`rights laws` and `rights laws show ID`: the privacy laws the assistant knows, with sources."""

from __future__ import annotations

import argparse

from assistant.cli.output import clean_for_terminal, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "laws",
        help="the privacy laws the assistant knows, their deadlines and sources",
        description="List the law profiles (id, name, how many places each covers), or show one "
        "in full: rights, deadlines, citations, regulator, sources, and where sources disagree.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_list)
    sub = parser.add_subparsers(dest="laws_command", metavar="ACTION")
    p_list = sub.add_parser("list", help="every law profile (the default)")
    p_list.add_argument("--json", action="store_true", help="print JSON")
    p_list.set_defaults(handler=run_list)
    p_show = sub.add_parser("show", help="one law profile in full")
    p_show.add_argument("id", help="the law id, e.g. ccpa, gdpr, uk-gdpr, pipeda")
    p_show.add_argument("--json", action="store_true", help="print the profile as JSON")
    p_show.set_defaults(handler=run_show)


def run_list(args: argparse.Namespace) -> int:
    from assistant.law.profiles import load_laws

    laws = sorted(load_laws().values(), key=lambda law: law.id)
    if args.json:
        print_json([law.summary() for law in laws])
        return 0
    width = max(len(law.id) for law in laws)
    for law in laws:
        count = f"{len(law.residences)} place(s)" if law.residences else "by sector"
        print(clean_for_terminal(f"{law.id:<{width}}  {count:<12} {law.name}"))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from assistant.errors import UserError
    from assistant.law.profiles import load_laws

    laws = load_laws()
    law = laws.get(args.id)
    if law is None:
        raise UserError(f"no law with id {args.id!r}", hint="`rights laws` lists them")
    if args.json:
        print_json(law.model_dump(mode="json"))
        return 0
    print(clean_for_terminal(describe_law(law)))
    return 0


def describe_law(law) -> str:
    """A plain-text page about one law."""
    from assistant.law.residences import residence_name

    lines = [f"{law.name} ({law.short_name})", f"id: {law.id}", f"citation: {law.citation}"]
    if law.in_force_from:
        lines.append(f"in force from: {law.in_force_from.isoformat()}")
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
    if law.appeal and law.appeal.respond:
        extra = f" + {law.appeal.extension.describe()}" if law.appeal.extension else ""
        lines.append(
            f"Appeals: decided within {law.appeal.respond.describe()}{extra} "
            f"({law.appeal.respond.citation})"
        )
    lines.append(f"Weekends and holidays: {law.roll_note}")
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
