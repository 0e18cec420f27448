"""`rights track`: record a request sent outside the assistant, with its deadlines.

The company id, the dates, the reference and the residence go through the same checks as
every typed value (assistant/cli/output.py, assistant/textsafety.py) before the ledger is
touched. Standard library only at the top.
"""

from __future__ import annotations

import argparse

from assistant.cli.requests import _clean, _day, _ledger, _not_future, _residence, _today


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_track(subparsers)


def _register_track(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "track",
        help="track a request you sent outside the assistant",
        description="Record a request you already sent, work out its deadlines under the law "
        "where you live, and remind you when they come.",
        epilog="examples:\n"
        "  rights track qualfon deletion --sent 2026-11-23 --residence California\n"
        "  rights track cloudmed access --sent 2026-11-20 --channel postal "
        "--delivered 2026-11-24",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("company", help="the company id (see `rights companies search`)")
    parser.add_argument("right", help="access, deletion, opt_out or correction")
    parser.add_argument("--sent", required=True, metavar="DATE", help="the day you sent it")
    parser.add_argument(
        "--residence",
        metavar="WHERE",
        help="where you live: a code (US-CA, DE) or a name (California, Germany); "
        "default: your profile's",
    )
    parser.add_argument(
        "--channel",
        choices=("email", "webform", "postal", "phone", "fax"),
        help="how you sent it (default: the company's preferred channel, else email)",
    )
    parser.add_argument(
        "--delivered", metavar="DATE", help="for a letter: the day it was delivered, if known"
    )
    parser.add_argument("--reference", help="your own reference for it (default: a new one)")
    parser.add_argument("--json", action="store_true", help="print the new request as JSON")
    parser.set_defaults(handler=run_track)


def run_track(args: argparse.Namespace) -> int:
    from assistant import workflow
    from assistant.letters.routing import normalise_right
    from assistant.records.catalog import load_catalog

    today = _today(args)
    sent = _day(args.sent, "--sent")
    _not_future(sent, today, "--sent")
    delivered = _day(args.delivered, "--delivered") if args.delivered is not None else None
    if delivered is not None:
        _not_future(delivered, today, "--delivered")
    from assistant.cli.output import check_reference

    reference = None if args.reference is None else check_reference(args.reference, "--reference")
    from assistant.cli.output import check_company_id

    company = check_company_id(args.company, "company")
    right = normalise_right(args.right)
    record = load_catalog().get(company)
    with _ledger() as ledger:
        residence = _residence(args.residence, ledger.profile_get())
        channel = args.channel or record.preferred_channel or "email"
        if delivered is not None and channel != "postal":
            from assistant.errors import UserError

            raise UserError(
                f"--delivered is the day a letter sent by post arrived; this request went by "
                f"{channel}, which arrives the day it is sent",
                hint="leave --delivered out, or give --channel postal",
            )
        tracked = workflow.track(
            ledger,
            record,
            right,
            residence=residence,
            sent=sent,
            channel=channel,
            delivered=delivered,
            reference=reference,
        )
    row, warnings = tracked.row, list(tracked.warnings)
    if args.json:
        from assistant.cli.output import print_json

        print_json({**row.as_dict(today), "warnings": warnings})
        return 0
    print(f"Tracking request {row.id} ({row.reference}).")
    for text in row.deadlines.get("explanations") or []:
        print(f"  {_clean(text)}")
    for warning in warnings:
        print(f"  warning: {_clean(warning)}")
    print(f"See it with `rights requests show {row.id}`; `rights reminders` tells you when to act.")
    return 0
