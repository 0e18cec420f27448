"""`rights reminders`: what needs attention today, fast enough to run at every shell start.

Standard library only, here and in assistant/reminders.py: no Textual, Jinja2, pydantic,
holidays or rapidfuzz on this path (and no platformdirs when $RIGHTS_HOME is set).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (10 ms)
if TYPE_CHECKING:
    import argparse

EPILOG = """\
order: overdue (with the next step: a follow-up letter, then a complaint to the regulator),
due within 7 days, waiting for your action, acknowledgement overdue, then waiting.
Each line starts with the request number and ends with the command for the next step.

examples:
  rights reminders
  rights reminders --today 2026-12-01
  rights reminders --json | jq '.[] | select(.kind == "overdue")'

tip: add `rights reminders --quiet` to your shell's start-up file; it prints nothing when
nothing needs attention."""

DEFAULT_WAITING_SHOWN = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    import argparse

    parser = subparsers.add_parser(
        "reminders",
        help="what needs attention today, most urgent first",
        description="Show the requests that need attention today, most urgent first, each "
        "with its number and the command for the next step. Deadlines come from the ledger; "
        "nothing is sent anywhere.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of reminders")
    parser.add_argument(
        "--today",
        metavar="DATE",
        help="pretend today is DATE (YYYY-MM-DD), e.g. to see what next week brings",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help=f"list every waiting request (default: the {DEFAULT_WAITING_SHOWN} due soonest)",
    )
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="print nothing unless something is overdue, due soon or needs your action",
    )
    parser.set_defaults(handler=run_reminders)


def ledger_file() -> str:
    """The ledger's path. With $RIGHTS_HOME set this is assistant.paths' rule (the folder
    itself) without importing pathlib, which costs as much as sqlite3 and datetime together."""
    from assistant.ledger.schema import LEDGER_NAME

    home = os.environ.get("RIGHTS_HOME")
    if home:
        return os.path.join(os.path.expanduser(home), LEDGER_NAME)
    from assistant import paths

    return str(paths.data_dir(create=False) / LEDGER_NAME)


def run_reminders(args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant.cli.output import parse_day
    from assistant.ledger.reminders import collect

    today = parse_day(args.today, "--today") if args.today is not None else dt.date.today()
    db_path = ledger_file()
    limit = None if (args.all or args.json) else DEFAULT_WAITING_SHOWN
    report = collect(db_path, today, waiting_limit=limit)
    if args.json:
        from assistant.cli.output import print_json

        print_json([r.as_dict() for r in report.reminders])
        return 0
    if not report.tracked:
        if not args.quiet:
            print("No requests tracked yet. `rights track --help` records one you sent.")
        return 0
    urgent = [r for r in report.reminders if r.kind != "waiting"]
    if args.quiet and not urgent:
        return 0
    if not report.reminders:
        print("Nothing open: every tracked request is finished.")
        return 0
    lines = [r.line() for r in (urgent if args.quiet else report.reminders)]
    if not all(line.isprintable() for line in lines):  # a fast C check
        from assistant.cli.output import clean_for_terminal

        lines = [clean_for_terminal(line) for line in lines]
    print("\n".join(lines))
    if not args.quiet and report.waiting_left_out > 0:
        print(f"... and {report.waiting_left_out} more waiting (`rights reminders --all`)")
    return 0
