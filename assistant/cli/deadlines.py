"""`rights deadlines`: when a company must acknowledge and answer a request, with citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.law.profiles import LawProfile

import argparse
import datetime as dt

from assistant.cli.output import clean_for_terminal, parse_day, print_json

RIGHT_CHOICES = ("access", "deletion", "opt_out", "correction")

DESCRIPTION = """\
Work out, to the day, when a company must confirm and answer a privacy request, under the law
of the place you live. Each date comes with the section of the law that sets it. Deadlines that
fall on a weekend or a holiday move to the next working day: the public holidays where you live,
plus the holidays the law's own time rules count (California's Gov. Code § 6700 days, Canada's
Interpretation Act, and so on). A request received before a law or right existed gets no
deadline, with the reason."""

EPILOG = """\
examples:
  rights deadlines --residence US-CA --right access --received 2026-11-23
  rights deadlines --residence Ireland --right deletion --received 2026-03-31 --json
  rights deadlines --residence "New York" --right access --company-days 30
  rights deadlines --residence US-TX --right access --sent 2026-05-04 --channel postal
  rights deadlines --residence DE-BE --controller DE-BY --right access --received 2027-04-27
  rights deadlines --residence Canada --right access --received 2027-10-12

residence: a code (US-CA, DE, GB, CA-QC, CH-ZH) or a name (California, Germany, Quebec).
"CA" means California, the US state. For Canada type "Canada" or a province code
(CA-ON, CA-QC, CA-BC ...). Other two-letter input is read as a country code, or as a US
state code where no country has it (TX, NY).

controller: where the company acts, for laws that count the company's holidays too (GDPR,
Swiss FADP); the later date wins. Same codes as --residence."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "deadlines",
        help="when a company must acknowledge and answer a request, with citations",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--residence",
        required=True,
        help='where you live: US-CA, DE, GB, CA-QC, or a name; "CA" means California, '
        'use "Canada" or CA-ON etc. for Canada',
    )
    parser.add_argument(
        "--controller",
        metavar="PLACE",
        help="where the company acts (e.g. DE-BY, IE); GDPR and FADP then skip its holidays too",
    )
    parser.add_argument(
        "--right", required=True, choices=RIGHT_CHOICES, help="the right you are using"
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--received", metavar="YYYY-MM-DD", help="the day the company received it (default: today)"
    )
    when.add_argument(
        "--sent", metavar="YYYY-MM-DD", help="the day you sent it; see --channel and --delivered"
    )
    parser.add_argument(
        "--channel",
        default="email",
        choices=("email", "webform", "postal", "phone", "fax"),
        help="how you sent it (with --sent): post is assumed delivered 5 days later",
    )
    parser.add_argument(
        "--delivered", metavar="YYYY-MM-DD", help="the delivery date of a letter, if known"
    )
    parser.add_argument(
        "--law",
        metavar="ID",
        help="use this law instead of the one for your residence "
        "(e.g. hipaa-access for a health provider); see `rights laws`",
    )
    parser.add_argument(
        "--company-days",
        type=company_days,
        metavar="N",
        help="the company's own promised answer time in days, shown as its promise, not law",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


MAX_COMPANY_DAYS = 400


def company_days(text: str) -> int:
    """argparse type for --company-days: a whole number of days from 1 to MAX_COMPANY_DAYS."""
    from assistant.textsafety import shown

    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 6):
        raise argparse.ArgumentTypeError(
            f"{shown(text, 30)} is not a number of days (1 to {MAX_COMPANY_DAYS})"
        )
    if not 1 <= int(value) <= MAX_COMPANY_DAYS:
        raise argparse.ArgumentTypeError(
            f"{int(value)} days is out of range: give 1 to {MAX_COMPANY_DAYS}"
        )
    return int(value)


def _place(text: str, option: str, hint: str) -> str:
    """A place typed for `option` (--residence, --controller): through the text checks (no
    controls, at most 80 characters), then resolved; an unknown one is quoted back bounded."""
    from assistant.errors import UserError
    from assistant.law.residences import resolve_residence
    from assistant.textsafety import clean_line, shown

    code = resolve_residence(clean_line(text, option, limit=80))
    if code is None:
        what = "residence" if option == "--residence" else f"place for {option}"
        raise UserError(f"unknown {what} {shown(text, 60)}", hint=hint)
    return code


def run(args: argparse.Namespace) -> int:
    from assistant.errors import UserError
    from assistant.law.deadlines import assumed_receipt, compute_deadlines
    from assistant.law.profiles import law_for, load_laws
    from assistant.textsafety import shown

    residence = _place(
        args.residence,
        "--residence",
        "use a code like US-CA, DE, GB or CA-QC, or a name like California",
    )
    controller = None
    if args.controller is not None:
        controller = _place(
            args.controller,
            "--controller",
            "use a code like DE-BY, IE or US-CA, or a name like Bavaria",
        )
    if args.delivered is not None and (args.sent is None or args.channel != "postal"):
        raise UserError(
            "--delivered is the day a letter sent by post arrived",
            hint="give it with --sent DATE --channel postal",
        )
    notes: list[str] = []
    if args.sent is not None:
        delivered = parse_day(args.delivered, "--delivered") if args.delivered is not None else None
        received, how = assumed_receipt(parse_day(args.sent, "--sent"), args.channel, delivered)
        notes.append(how)
    elif args.received is not None:
        received = parse_day(args.received, "--received")
    else:
        received = dt.date.today()
        notes.append(f"Received today, {received.isoformat()} (use --received to change it).")

    laws = load_laws()
    law: LawProfile | None
    if args.law is not None:
        if args.law not in laws:
            raise UserError(f"no law with id {shown(args.law)}", hint="`rights laws` lists them")
        law = laws[args.law]
    else:
        law = law_for(residence, laws)
    result = compute_deadlines(
        law, args.right, received, residence, args.company_days, controller=controller
    )

    if args.json:
        data = result.as_json()
        data["notes"] = notes
        print_json(data)
        return 0
    from assistant.law.residences import residence_name

    head = law.name if law else "No privacy law with deadlines"
    print(clean_for_terminal(f"{head} — {residence_name(residence)} ({residence})"))
    print(f"Request received: {received:%A} {received.isoformat()}")
    for note in notes:
        print(clean_for_terminal(note))
    print()
    for line in result.explanations:
        print(clean_for_terminal(f"- {line}"))
    return 0
