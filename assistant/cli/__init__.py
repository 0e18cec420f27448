"""The `rights` command line: a thin argparse front end over the core.

Each command group lives in its own module under assistant/cli/ and exposes
`register(subparsers)`; the modules import only the standard library at the top and load the
core inside their handlers, so `rights reminders` starts without Textual, Jinja2 or pydantic.
A handler returns an exit status; a `UserError` becomes a one-line message and status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from assistant import __version__
from assistant.errors import UserError

# Command modules, in the order their commands appear in `rights --help`.
COMMAND_MODULES = (
    "assistant.cli.tui",
    "assistant.cli.chat",
    "assistant.cli.letter",
    "assistant.cli.reminders",
    "assistant.cli.requests",
    "assistant.cli.companies",
    "assistant.cli.deadlines",
    "assistant.cli.laws",
    "assistant.cli.catalog",
    "assistant.cli.check",
)

DESCRIPTION = """\
Rights Assistant writes privacy-rights requests (access, deletion, opt-out, correction) to
companies, works out which law covers you and when the company must answer, and tracks every
request until it is answered. Everything stays on this machine.

Run `rights` with no command to open the assistant in your terminal."""

EPILOG = """\
examples:
  rights companies search "cloud med"
  rights deadlines --residence US-CA --right access --received 2026-11-23
  rights letter qualfon deletion --name "Jane Q. Public" --email jane@example.com
  rights reminders

Your data lives in $RIGHTS_HOME if set, otherwise in your user data folder."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rights",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rights {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command group not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse already printed its message
        return int(exc.code or 0)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _open_tui(args)
        return int(handler(args) or 0)
    except UserError as exc:
        print(f"rights: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rights: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _open_tui(args: argparse.Namespace) -> int:
    try:
        from assistant.tui.app import run_app
    except ModuleNotFoundError:
        build_parser().print_help()
        return 0
    return run_app()
