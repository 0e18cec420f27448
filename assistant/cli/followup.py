"""`rights followup|complain`: the next letter for a tracked request, written and recorded together.

The letter is written and recorded as one step: when recording fails (a full disk, a read-only
ledger), the letter files just written are removed again, so a letter is never left on disk
without its row in the ledger. Standard library only at the top.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from assistant.cli.requests import _add_today, _clean, _ledger, _today, number_arg

if TYPE_CHECKING:
    from assistant.letters.model import Person


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, helptext, desc in (
        (
            "followup",
            "write a follow-up letter for an unanswered request",
            "Write a follow-up letter that recalls the request, its legal deadline and its "
            "timeline, then record it as sent today (unless --no-record).",
        ),
        (
            "complain",
            "write a complaint to the regulator about a request",
            "Write a complaint to the regulator named by the law that covers the request, with "
            "its timeline, then record it as filed today (unless --no-record).",
        ),
    ):
        parser = subparsers.add_parser(
            name,
            help=helptext,
            description=desc,
            epilog=f"examples:\n  rights {name} 3\n  rights {name} 3 --format pdf --out ~/letters",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument("number", type=number_arg, help="the request number")
        parser.add_argument("--out", metavar="DIR", help="folder for the letter files")
        parser.add_argument(
            "--format",
            action="append",
            choices=("txt", "eml", "pdf"),
            help="file formats to write (repeatable; default txt, plus eml for e-mail)",
        )
        parser.add_argument("--name", help="your name (default: your profile's)")
        parser.add_argument("--email", help="your e-mail address (default: your profile's)")
        parser.add_argument("--address", help="your postal address (default: your profile's)")
        parser.add_argument(
            "--no-record", action="store_true", help="write the letter but do not record it"
        )
        if name == "complain":
            parser.add_argument(
                "--land",
                metavar="CODE",
                help="for a German resident's GDPR complaint: your Land (DE-BY, DE-BE, ...), "
                "whose data protection authority receives it, when the request does not say",
            )
        _add_today(parser)
        parser.set_defaults(handler=run_followup if name == "followup" else run_complain)


def _person(
    args: argparse.Namespace, profile: dict[str, str] | None, stored: Person | None = None
) -> Person:
    """Who signs: what the options give, else the person who made the request (the ledger
    keeps them), else the saved profile."""
    from assistant import textsafety, workflow
    from assistant.errors import UserError

    name = textsafety.clean_line(args.name, "--name") if args.name is not None else None
    email = textsafety.clean_email(args.email, "--email") if args.email is not None else None
    address = textsafety.clean_address(args.address, "--address") if args.address else None
    if stored is not None and name is None and email is None:
        return stored
    person = workflow.requester(profile, name=name, email=email, address=address)
    if person is None:
        raise UserError(
            "the letter needs your name and e-mail address: give --name and --email",
            hint="`rights profile --name ... --email ...` remembers them",
        )
    return person


def _write_for_request(args: argparse.Namespace, kind: str) -> int:
    from assistant import textsafety, workflow
    from assistant.cli.output import check_out_folder
    from assistant.records.catalog import load_catalog
    from assistant.safefile import remove_private

    today = _today(args)
    folder = check_out_folder(args.out, "--out") if args.out is not None else None
    with _ledger() as ledger:
        stored = workflow.stored_requester(ledger, args.number)
        person = _person(args, ledger.profile_get(), stored)
        land = getattr(args, "land", None)
        if land is not None:
            land = textsafety.clean_line(land, "--land", limit=10).upper()
            if len(land) == 2 and land.isalpha():  # "BY" for "DE-BY"
                land = f"DE-{land}"
        letter = workflow.compose_next(
            ledger, load_catalog(), args.number, kind, person, today=today, land=land
        )
        formats = args.format or (("txt", "eml") if letter.channel == "email" else ("txt",))
        files = workflow.save_letter(letter, folder, formats)
        if not args.no_record:
            try:
                workflow.record_sent(ledger, args.number, kind, files, on=today)
            except BaseException:
                for path in files:  # both or neither: no letter without its ledger row
                    remove_private(path)
                raise
    event = workflow.FOLLOW_UP_EVENTS[kind]
    what = "Follow-up" if kind == "followup" else "Complaint"
    print(
        f"{what} for request {args.number} to {_clean(letter.recipient_name)} "
        f"({_clean(letter.recipient)}):"
    )
    for path in files:
        print(f"  {_clean(path)}")
    for note in letter.warnings:  # e.g. what to attach: the letter says it is attached
        print(f"note: {_clean(note)}")
    if args.no_record:
        print(f"Not recorded. When you send it: rights requests update {args.number} {event}")
    else:
        print(f"Recorded as {event} on {today}. Send it today.")
    return 0


def run_followup(args: argparse.Namespace) -> int:
    return _write_for_request(args, "followup")


def run_complain(args: argparse.Namespace) -> int:
    return _write_for_request(args, "complaint")
