"""`rights tui`: open the assistant in the terminal (the same as `rights` with no command)."""

from __future__ import annotations

import argparse

DESCRIPTION = """\
Open Rights Assistant in this terminal: chat with the assistant to write a request, see the
company's policy facts beside the conversation, and check every deadline on the requests
screen (Ctrl+R). Ctrl+P opens the command palette (actions and company search); Ctrl+Q quits.
Works at 80x24 and with NO_COLOR set."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tui",
        help="open the assistant in the terminal (the default)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="count deadlines as if today were this date (to try things out)",
    )
    parser.add_argument(
        "--letters-dir",
        metavar="DIR",
        help="save letters in DIR instead of the data folder's letters/",
    )
    parser.set_defaults(handler=run_tui)


def run_tui(args: argparse.Namespace) -> int:
    from assistant.cli.output import check_out_folder, parse_day

    today = parse_day(args.today, "--today") if args.today is not None else None
    letters_dir = (
        check_out_folder(args.letters_dir, "--letters-dir")
        if args.letters_dir is not None
        else None
    )

    from assistant.tui.app import create_app

    app = create_app(today=today, letters_dir=letters_dir)
    app.run()
    return int(app.return_code or 0)
