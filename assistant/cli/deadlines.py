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
        type=int,
        metavar="N",
        help="the company's own promised answer time in days, shown as its promise, not law",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from assistant.errors import UserError
    from assistant.law.deadlines import assumed_receipt, compute_deadlines
    from assistant.law.profiles import law_for, load_laws
    from assistant.law.residences import resolve_residence

    residence = resolve_residence(args.residence)
    if residence is None:
        raise UserError(
            f"unknown residence {args.residence!r}",
            hint="use a code like US-CA, DE, GB or CA-QC, or a name like California",
        )
    controller = None
    if args.controller:
        controller = resolve_residence(args.controller)
        if controller is None:
            raise UserError(
                f"unknown place {args.controller!r} for --controller",
                hint="use a code like DE-BY, IE or US-CA, or a name like Bavaria",
            )
    if args.company_days is not None and not 1 <= args.company_days <= 400:
        raise UserError("--company-days must be between 1 and 400")
    notes: list[str] = []
    if args.sent:
        delivered = parse_day(args.delivered, "--delivered") if args.delivered else None
        received, how = assumed_receipt(parse_day(args.sent, "--sent"), args.channel, delivered)
        notes.append(how)
    elif args.received:
        received = parse_day(args.received, "--received")
    else:
        received = dt.date.today()
        notes.append(f"Received today, {received.isoformat()} (use --received to change it).")

    laws = load_laws()
    law: LawProfile | None
    if args.law:
        if args.law not in laws:
            raise UserError(f"no law with id {args.law!r}", hint="`rights laws` lists them")
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
