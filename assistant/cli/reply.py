"""`rights reply FILE`: read what a company answered, match it to a request, record it, and
draft the next letter.

The reading (event, reason, new dates, the deciding sentence) comes from assistant/replies/
through assistant/workflow.py, like every front end's. Nothing is recorded on a guess: only with
--record, and only when our reference or the mail thread names the request, or --request says
which. Standard library only at the top.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from assistant.cli.requests import _add_today, _clean, _ledger, _today, number_arg

if TYPE_CHECKING:
    from assistant.ledger.store import Ledger
    from assistant.letters.model import Letter
    from assistant.replies.model import Reading

MAX_BYTES = 50 * 1024 * 1024  # a mailbox export larger than this is not a reply

EPILOG = """\
examples:
  rights reply answer.eml                     what the company said, and the request it answers
  rights reply answer.eml --record            record it on the request our reference names
  rights reply answer.eml --request 3 --record --letter
                                              record it on request 3 and draft the next letter
  pbpaste | rights reply -                    read a reply pasted on standard input
  rights reply inbox.mbox --json              every message of a mailbox, as JSON

events: acknowledged, identity_asked, extended, answered_full, answered_part, denied,
use_other_channel (the company wants another channel), not_a_reply (out-of-office, bounce,
newsletter, shipping notice, survey). A refusal says why: not_verified, no_data, exemption,
not_controller, outside_jurisdiction, too_many_requests, other."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reply",
        help="read a company's reply, record it and draft the next step",
        description="Read a company's reply (.eml, .mbox or pasted text; - for standard "
        "input): say what happened, why, and any new date, quoting the sentence that says so; "
        "match it to a tracked request; with --record, add it to the request's timeline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="the reply: .eml, .mbox, .txt, or - for stdin")
    parser.add_argument("--request", type=number_arg, metavar="N", help="the request it answers")
    parser.add_argument("--record", action="store_true", help="record it on the request")
    parser.add_argument("--letter", action="store_true", help="draft the next letter")
    parser.add_argument(
        "--next",
        choices=(
            "identity_objection",
            "extension_reasons",
            "missing_items",
            "appeal",
            "sources_question",
        ),
        help="draft this letter instead of the suggested one (with --letter)",
    )
    parser.add_argument("--out", metavar="FILE", help="write the drafted letter to FILE (0600)")
    parser.add_argument("--name", help="your name for the letter (default: your profile's)")
    parser.add_argument("--email", help="your e-mail for the letter (default: your profile's)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    _add_today(parser)
    parser.set_defaults(handler=run_reply)


def _read_input(name: str) -> bytes:
    from assistant.errors import UserError
    from assistant.safefile import read_bounded

    if name == "-":
        source = getattr(sys.stdin, "buffer", None)  # text only when stdin was replaced
        if source is not None:
            data: bytes = bytes(source.read(MAX_BYTES + 1))
        else:
            data = sys.stdin.read(MAX_BYTES + 1).encode("utf-8", "surrogatepass")
    else:
        import os
        from pathlib import Path

        from assistant.safefile import check_name

        path = check_name(Path(name).expanduser())
        if not os.path.exists(path):
            shown = _clean(name)[:200]
            raise UserError(f"{shown}: no such file", hint="give an .eml, .mbox or .txt file, or -")
        data = read_bounded(path, MAX_BYTES)  # a folder, a device, a FIFO: said so, exit 2
    if len(data) > MAX_BYTES:
        raise UserError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise UserError(f"{name} is empty: paste or give the company's reply")
    return data


def run_reply(args: argparse.Namespace) -> int:
    from assistant import workflow
    from assistant.errors import UserError

    today = _today(args)
    if args.out is not None and not args.letter:
        raise UserError("--out is where the drafted letter goes: give it with --letter")
    if args.out is not None:  # checked before anything is recorded
        from assistant.cli.output import check_out_path
        from assistant.safefile import check_new_file

        try:
            check_new_file(check_out_path(args.out, "--out"))
        except FileExistsError:
            raise UserError(f"{_clean(args.out)} already exists; choose another name") from None
    readings = workflow.read_replies(_read_input(args.file), args.file)
    if (args.record or args.letter) and len(readings) != 1:
        raise UserError(
            f"{args.file} holds {len(readings)} messages; record or answer them one at a time",
            hint="save the one you mean as an .eml file",
        )
    results = []
    with _ledger(read_only=not (args.record or args.letter)) as ledger:
        for reading in readings:
            results.append(_one(ledger, reading, args, today))
    if args.json:
        from assistant.cli.output import print_json

        print_json(results[0] if len(results) == 1 else results)
    return 0


def _one(ledger: Ledger, reading: Reading, args: argparse.Namespace, today: Any) -> dict:
    import datetime as dt

    from assistant import workflow
    from assistant.errors import UserError

    match = workflow.match_reply(ledger, reading, _catalog())
    request_id = args.request or match.request_id
    out: dict[str, Any] = {
        **reading.as_dict(),
        "request": request_id,
        "candidates": [
            {"request": c.request_id, "company": c.company, "why": c.why} for c in match.candidates
        ],
        "recorded": [],
        "alerts": [],
        "letter": None,
    }
    if args.request:
        ledger.get(args.request)  # an unknown number is a clear error
    if not args.json:
        _show(reading, match, request_id)
    if not (args.record or args.letter):
        return out
    if request_id is None:
        names = match.describe()
        raise UserError(
            "not sure which request this reply answers" + (f"; it may be {names}" if names else ""),
            hint="say which with --request N",
        )
    if args.record:
        on = dt.date.fromisoformat(reading.date) if reading.date else today
        on = min(on, today)
        done = workflow.record_reply(ledger, request_id, reading, on=on)
        out["recorded"], out["alerts"] = list(done.events), list(done.alerts)
        if not args.json:
            what = ", ".join(done.events) or "the reply (no event)"
            print(f"Recorded {what} on request {request_id}; it is now {done.row.status}.")
            for alert in done.alerts:
                print(f"  ! {_clean(alert)}")
    if args.letter:
        letter = _draft(ledger, request_id, reading, args, today)
        out["letter"] = None if letter is None else {"subject": letter.subject, "body": letter.body}
        if letter is None and not args.json:
            print("No letter is needed for this reply.")
        elif letter is not None and not args.json:
            _print_letter(letter, args.out)
    return out


def _catalog() -> Any:
    from assistant.records.catalog import load_catalog

    return load_catalog()


def _show(reading: Reading, match: Any, request_id: int | None) -> None:
    event = reading.event or "unclear (read it yourself; nothing will be recorded)"
    lines = [f"Event: {event}" + (f" ({reading.kind})" if reading.kind else "")]
    if reading.reason:
        lines.append(f"Reason: {reading.reason}")
    if reading.extension:
        ((unit, amount),) = reading.extension.items()
        lines.append(f"Extension: {amount} {unit}")
    if reading.new_due:
        lines.append(f"New date stated: {reading.new_due}")
    if reading.quote:
        lines.append(f'Because: "{reading.quote}"')
    if reading.reason and reading.quotes.get("reason") not in (None, reading.quote):
        lines.append(f'Reason given: "{reading.quotes["reason"]}"')
    lines.append(f"Language: {reading.language or 'unknown'}")
    if reading.cut:
        lines.append("Note: the reply is very long; only its first 100,000 characters were read")
    if request_id is not None:
        lines.append(f"Request: {request_id}")
    elif match.candidates:
        names = match.describe()
        lines.append(f"Request: not sure; perhaps {names} (say which with --request N)")
    else:
        lines.append("Request: none tracked matches")
    if reading.next:
        lines.append(f"Next: {reading.next.replace('_', ' ')} (--letter drafts it)")
    elif reading.event == "use_other_channel":
        lines.append("Next: send the request where the company asks" + (
            f": {reading.links[0]}" if reading.links else ""))  # fmt: skip
    for line in lines:
        print(_clean(line))


def _draft(
    ledger: Ledger, request_id: int, reading: Reading, args: argparse.Namespace, today: Any
) -> Letter | None:
    from assistant import textsafety, workflow
    from assistant.errors import UserError
    from assistant.records.catalog import load_catalog

    name = textsafety.clean_line(args.name, "--name") if args.name else None
    email = textsafety.clean_email(args.email, "--email") if args.email else None
    person = workflow.requester(ledger.profile_get(), name=name, email=email)
    if person is None:
        raise UserError(
            "the letter needs your name and e-mail address: give --name and --email",
            hint="`rights profile --name ... --email ...` remembers them",
        )
    return workflow.compose_reply_step(
        ledger, load_catalog(), request_id, reading, person, today=today, kind=args.next
    )


def _print_letter(letter: Letter, out: str | None) -> None:
    text = f"To: {letter.recipient_name} <{letter.recipient}>\nSubject: {letter.subject}\n\n"
    text += letter.body
    if out:
        from assistant.cli.output import check_out_path
        from assistant.errors import UserError
        from assistant.safefile import write_new

        try:
            path = write_new(check_out_path(out, "--out"), text)
        except FileExistsError:
            raise UserError(f"{_clean(out)} already exists; choose another name") from None
        print(f"Letter written to {_clean(path)}")
    else:
        print()
        for line in text.splitlines():
            print(_clean(line))
