"""The `rights` command line: a thin argparse front end over the core (`main` is the entry point).

Each command group lives in its own module under assistant/cli/ and exposes
`register(subparsers)`; the modules import only the standard library at the top and load the
core inside their handlers, so `rights reminders` starts without Textual, Jinja2 or pydantic.
A handler returns an exit status; a `UserError` becomes a one-line message and status 2, and
so does an operating-system error no handler turned into one (assistant/safefile.py words it).
"""

from __future__ import annotations

import importlib
import os
import sys

from assistant import __version__
from assistant.errors import UserError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (10 ms)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import Any, NoReturn

# Which module registers each top-level command, in the order `rights --help` lists them.
COMMANDS: dict[str, str] = {
    "tui": "assistant.cli.tui",
    "chat": "assistant.cli.chat",
    "ask": "assistant.cli.chat",
    "letter": "assistant.cli.letter",
    "reminders": "assistant.cli.reminders",
    "requests": "assistant.cli.requests",
    "track": "assistant.cli.track",
    "followup": "assistant.cli.followup",
    "complain": "assistant.cli.followup",
    "reply": "assistant.cli.reply",
    "profile": "assistant.cli.profile",
    "companies": "assistant.cli.companies",
    "deadlines": "assistant.cli.deadlines",
    "laws": "assistant.cli.laws",
    "catalog": "assistant.cli.catalog",
    "check": "assistant.cli.check",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))

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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or, when `command` is known, one with just that command's module.

    Registering one module instead of all of them keeps `rights reminders` (run at every shell
    start by some people) from importing every command's module.
    """
    import argparse

    parser = _parser_class()(
        prog="rights",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rights {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


def _streams_usable() -> bool:
    """Output that cannot show a character says it as '?' rather than failing with a traceback
    (PYTHONIOENCODING=ascii, say); False when standard output is closed (nothing could be said,
    so nothing must be done silently). A closed standard input reads as empty: no question
    can be answered, so nothing that needs a confirmation is done."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as stdin
    if sys.stdout is None:
        if sys.stderr is not None:
            print("rights: standard output is closed; nothing was done", file=sys.stderr)
        return False
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # a stream that cannot change: leave it
                continue
    return True


def main(argv: Sequence[str] | None = None) -> int:
    if not _streams_usable():
        return 2
    args_list = list(sys.argv[1:] if argv is None else argv)
    args: Any = _plain_reminders(args_list)
    if args is None:
        parser = build_parser(args_list[0] if args_list else None)
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # argparse already printed its message
            return int(exc.code or 0)
    return _flushed(_run(args))


def _flushed(code: int) -> int:
    """Flush standard output before exit, so that output which could not be written (a full
    device, a failed disk) is said plainly with status 2 rather than as Python's 'Exception
    ignored' at shutdown with status 120."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        return code
    except OSError as exc:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - nothing more fits
        _say(f"the output could not be written ({exc.strerror or exc}); it is incomplete")
        return 2
    return code


def _run(args: Any) -> int:
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _open_tui(args)
        return int(handler(args) or 0)
    except UserError as exc:
        _say(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        print("rights: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a fault of the machine no handler foresaw: still said plainly
        from assistant.safefile import storage_error

        if exc.filename is None and _flushed(0) == 2:  # it was the printing that failed
            return 2
        where = exc.filename if isinstance(exc.filename, str) else "a file"
        _say(str(storage_error(exc, where, "use")))
        return 2
    except ValueError as exc:  # the operating system refuses a name with a NUL byte in it
        if "null" not in str(exc):
            raise
        _say("a file or folder name contains a NUL byte (U+0000); no file can have that name")
        return 2


def _say(message: str) -> None:
    """`rights: MESSAGE` on stderr, with no terminal controls and no line of megabytes, whatever
    value the message quotes (see output.bounded_message)."""
    from assistant.cli.output import bounded_message

    print(f"rights: {bounded_message(message)}", file=sys.stderr)


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser, with its error messages (which quote what was typed: an unknown
    command, a bad choice, an unrecognised argument) cleaned and bounded like ours."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            from assistant.cli.output import bounded_message

            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {bounded_message(message)}\n")

    return Parser


class _Args:
    """A stand-in for argparse's Namespace on the fast path."""

    def __init__(self, **values: object) -> None:
        self.__dict__.update(values)


_REMINDER_SWITCHES = {"--json": "json", "--all": "all", "--quiet": "quiet", "-q": "quiet"}


def _plain_reminders(args_list: list[str]) -> _Args | None:
    """`rights reminders` with its usual options, parsed without importing argparse.

    argparse (with the re and gettext modules it pulls in) costs as much as the whole
    reminders query; people who run `rights reminders` at every shell start should not pay
    for it. Only the switches and `--today DATE` are read here; anything else (--help, a typo)
    goes through the real parser, which gives the usual messages.
    """
    if args_list[:1] != ["reminders"]:
        return None
    values: dict[str, object] = {name: False for name in _REMINDER_SWITCHES.values()}
    values["today"] = None
    rest = args_list[1:]
    while rest:
        arg = rest.pop(0)
        if arg in _REMINDER_SWITCHES:
            values[_REMINDER_SWITCHES[arg]] = True
        elif arg == "--today" and rest and not rest[0].startswith("-"):
            values["today"] = rest.pop(0)
        elif arg.startswith("--today=") and len(arg) > len("--today="):
            values["today"] = arg.removeprefix("--today=")
        else:
            return None
    from assistant.cli.reminders import run_reminders

    return _Args(command="reminders", handler=run_reminders, **values)


def _open_tui(args: argparse.Namespace) -> int:
    """`rights` alone is `rights chat`: the app in a terminal, the plain conversation otherwise
    (piped input, no terminal), so a script never hangs on a full-screen app."""
    return main(["chat"])
