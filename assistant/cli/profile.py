"""`rights profile`: show, set or forget the details the assistant remembers about you.

Every detail goes through the same text checks as a letter's fields (assistant/textsafety.py)
before it is stored, so a bad address can never break a later follow-up. `--forget --letters`
also removes every saved letter (they carry your name and address), after confirmation.
Standard library only at the top.
"""

from __future__ import annotations

import argparse

from assistant.cli.requests import _clean, _ledger, _residence, confirm

PROFILE_EPILOG = """\
examples:
  rights profile                                        what is remembered
  rights profile --name "Jane Q. Public" --email jane@example.com
  rights profile --address "1 Main St
  Springfield, CA 90000"                                 (a multi-line address, quoted)
  rights profile --forget                               forget every detail
  rights profile --forget --letters --yes               and remove every saved letter"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "profile",
        help="show, set or forget the details the assistant remembers about you",
        description="The assistant remembers your name, e-mail, postal address and residence "
        "for the letters it writes. They stay in the ledger on this machine.",
        epilog=PROFILE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--forget", action="store_true", help="forget every remembered detail")
    parser.add_argument(
        "--letters",
        action="store_true",
        help="with --forget: also remove every saved letter (they carry your details)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask before removing letters")
    parser.add_argument("--name", help="remember this name")
    parser.add_argument("--email", help="remember this e-mail address")
    parser.add_argument("--address", help="remember this postal address")
    parser.add_argument("--residence", help="remember where you live (code or name)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_profile)


def _changes(args: argparse.Namespace) -> dict[str, str | None]:
    from assistant import textsafety

    changes: dict[str, str | None] = {}
    if args.name is not None:
        changes["name"] = textsafety.clean_line(
            args.name, "--name", limit=textsafety.LIMITS["name"]
        )
    if args.email is not None:
        changes["email"] = textsafety.clean_email(args.email, "--email")
    if args.address is not None:
        changes["address"] = textsafety.clean_address(args.address, "--address")
    if args.residence is not None:
        changes["residence"] = _residence(
            textsafety.clean_line(args.residence, "--residence", limit=80), None
        )
    return changes


def _forget(args: argparse.Namespace) -> int:
    from assistant.ledger.erase import forget_letters, letter_files_everywhere
    from assistant.letters.output import letters_folder

    with _ledger() as ledger:
        if args.letters:
            folder = letters_folder()
            count = len(letter_files_everywhere(ledger, folder))
            confirm(f"Forget your details and remove {count} saved letter file(s)?", args.yes)
            removed = forget_letters(ledger, folder)
        ledger.profile_forget()
    print("Forgot every remembered detail.")
    if args.letters:
        print(f"Removed {len(removed.files)} letter file(s).")
        for text in removed.left:
            print(f"  left (not a letter file): {_clean(text)}")
    return 0


def run_profile(args: argparse.Namespace) -> int:
    from assistant.errors import UserError

    if args.letters and not args.forget:
        raise UserError("--letters goes with --forget (rights profile --forget --letters)")
    changes = _changes(args)
    if args.forget and changes:
        raise UserError("--forget cannot be combined with new details")
    if args.forget:
        return _forget(args)
    if changes:
        with _ledger() as ledger:
            ledger.profile_set(changes)
            profile = ledger.profile_get(strict=False)
    else:
        with _ledger(read_only=True) as ledger:
            profile = ledger.profile_get(strict=False)
    if args.json:
        from assistant.cli.output import print_json

        print_json(profile or {})
        return 0
    if not profile:
        print("Nothing remembered. Set details with --name, --email, --address, --residence.")
        return 0
    for key in ("name", "email", "address", "residence"):
        if key in profile:
            print(f"{key + ':':<11}{_clean(profile[key])}")
    return 0
