"""`rights letter COMPANY RIGHT`: write a request letter and print it or save it to files."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from assistant.cli.output import clean_for_terminal

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from assistant.letters.model import Letter
    from assistant.workflow import Tracked

DESCRIPTION = """\
Write a request letter to a company: access (right to know), deletion, opt-out of sale and
sharing, or correction. The letter names the law that applies, judged from both sides: where
you live (--residence) and where the company is established and does business (an EU company is
bound by the GDPR whoever writes to it). It cites each provision and the date the company must
answer by; when no law applies, it rests on the company's own published promises and says so.
It goes where the company's record says requests of this kind, from your region, go: e-mail,
post, a web form, or a phone script when only a number is published.

Without --out the letter is printed. With --out DIR it is saved there (mode 0600, never
overwriting an older letter) as text, an e-mail draft (.eml, opens as a draft in most mail
programs) and/or a PDF for post."""

EPILOG = """\
examples:
  rights letter qualfon deletion --name "Jane Q. Public" --email jane@example.com --residence CA
  rights letter "Quality Outcomes" access --name "Jane" --email j@example.com --residence Germany
  rights letter cloudmed opt-out --name "Jane" --email j@example.com --out ~/letters --format all
  rights letter zalando access --name "Jane" --email j@example.com --residence US-CA --language de
  rights letter cloudmed opt-out --name "Jane" --email j@example.com --residence CA --gpc --edit
  rights letter qualified correction --name "Jane" --email j@example.com \\
      --correction "My surname is Public, not Pubic."

exit status: 0 written, 2 bad input or the policy says the right is not offered (see --force)"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "letter",
        help="write a request letter (access, deletion, opt-out, correction)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("company", metavar="COMPANY", help="company id, or its exact name")
    parser.add_argument(
        "right",
        metavar="RIGHT",
        help="access, deletion, opt-out (or opt_out) or correction",
    )
    parser.add_argument("--name", required=True, help="your full name, as the company knows it")
    parser.add_argument("--email", required=True, help="the e-mail address for the reply")
    parser.add_argument(
        "--address", help="your postal address (used only for post, or when the company asks)"
    )
    parser.add_argument(
        "--residence",
        help="where you live: a code (US-CA, DE, GB, CA-QC) or a name (California, Germany, "
        "Canada); 'CA' alone means California. With the company's own reach it picks the law.",
    )
    parser.add_argument(
        "--agent", metavar="NAME", help="you are an authorized agent writing for --name"
    )
    parser.add_argument(
        "--detail",
        action="append",
        default=[],
        metavar="LABEL=VALUE",
        help="identifying detail the company asks for, e.g. 'customer number=12345' "
        "(repeatable; details the company does not ask for are left out)",
    )
    parser.add_argument("--correction", metavar="TEXT", help="for correction: what is wrong")
    parser.add_argument(
        "--format",
        choices=("txt", "eml", "pdf", "all"),
        action="append",
        help="file format with --out (repeatable; default txt, plus eml for e-mail letters)",
    )
    parser.add_argument("--out", metavar="DIR", help="save the letter in this folder")
    parser.add_argument(
        "--force",
        action="store_true",
        help="write it even when the policy says the right is not offered or is moot",
    )
    parser.add_argument(
        "--track",
        action="store_true",
        help="also record the request in your ledger as sent today, with its deadlines",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="write the letter in this language: en, de, fr, es, it or nl (default: the "
        "company's request language, else English; a language without wording for the law "
        "falls back to English, with a note)",
    )
    parser.add_argument(
        "--gpc",
        action="store_true",
        help="your browser sends the Global Privacy Control signal (an opt-out then asks the "
        "company to honour it; without this flag the letter does not mention it)",
    )
    parser.add_argument(
        "--edit",
        action="store_true",
        help="open the letter in $EDITOR (or $VISUAL) before it is printed or saved",
    )
    parser.add_argument(
        "--today",
        metavar="DATE",
        help="date the letter as sent on DATE (YYYY-MM-DD) instead of today; the deadlines "
        "count from it",
    )
    parser.add_argument("--json", action="store_true", help="print the letter as JSON")
    parser.set_defaults(handler=run_letter)


EDITED_BYTES = 200_000  # an edited letter's file: ten times the longest letter accepted


def edit_letter(letter: Letter) -> Letter:
    """The letter with its body replaced by what the person saves in $VISUAL / $EDITOR. The
    draft is written to a private file (0600) in the data folder and removed afterwards."""
    import os
    import shlex
    import subprocess
    import tempfile

    from assistant import paths, workflow
    from assistant.errors import UserError

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise UserError("--edit needs an editor", hint="set EDITOR, e.g. export EDITOR=nano")
    fd, name = tempfile.mkstemp(prefix="letter-", suffix=".txt", dir=paths.data_dir())
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(letter.body)
        try:
            result = subprocess.run([*shlex.split(editor), name], check=False)
        except (OSError, ValueError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise UserError(f"could not start the editor {editor[:80]!r}: {why}") from None
        if result.returncode != 0:
            raise UserError(f"the editor exited with status {result.returncode}; nothing saved")
        body = _read_edited(name)
    finally:
        _remove_draft(name)
    return workflow.edit_letter(letter, body)


def _read_edited(name: str) -> str:
    """The letter the editor saved: a regular file (not a link, a FIFO or a folder put in its
    place), at most EDITED_BYTES, UTF-8; anything else is refused and nothing is saved."""
    import os

    from assistant.errors import UserError
    from assistant.safefile import read_bounded

    if not os.path.lexists(name):
        raise UserError("the editor left no letter file; nothing saved")
    raw = read_bounded(name, EDITED_BYTES, follow_links=False)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"letter: the edited text is not UTF-8 (byte {exc.start + 1}); nothing saved",
            hint="save it as UTF-8 in your editor",
        ) from None


def _remove_draft(name: str) -> None:
    """Remove the draft file, or whatever the editor left in its place (never a link's target)."""
    import contextlib
    import os

    with contextlib.suppress(OSError):
        if os.path.isdir(name) and not os.path.islink(name):
            os.rmdir(name)
        else:
            os.unlink(name)


def _details(pairs: list[str]) -> dict[str, str]:
    from assistant.errors import UserError

    out: dict[str, str] = {}
    for pair in pairs:
        label, sep, value = pair.partition("=")
        if not sep or not label.strip() or not value.strip():
            raise UserError(f"--detail {pair[:60]!r}: write it as LABEL=VALUE")
        out[label.strip()] = value.strip()
    return out


def resolve_company(catalog, text: str):  # type: ignore[no-untyped-def]
    """A company by id, or by a name the search matches exactly and unambiguously."""
    from assistant.errors import UserError
    from assistant.records.model import is_slug
    from assistant.records.search import TIER_EXACT
    from assistant.textsafety import clean_line

    text = clean_line(text, "company", limit=200)
    if is_slug(text) and text in catalog:
        return catalog.get(text)
    hits = catalog.search(text, limit=10)
    exact = {h.id: h for h in hits if h.tier == TIER_EXACT}
    if len(exact) == 1:
        return catalog.get(next(iter(exact)))
    shown = (exact and list(exact.values())) or hits[:5]
    hint = "`rights companies search` finds the id"
    if shown:
        hint = "did you mean: " + ", ".join(f"{h.id} ({h.name})" for h in shown)
    if len(exact) > 1:
        raise UserError(f"{text[:60]!r} matches several companies; use the id", hint=hint)
    raise UserError(f"no company is called {text[:60]!r}", hint=hint)


def _save_and_track(
    args: argparse.Namespace, letter: Letter, record: Any, residence: str, today: dt.date
) -> tuple[list[Path], Tracked | None]:
    """Save the letter (with --out) and track it (with --track), both or neither.

    With --track the ledger is opened, and a write tried and rolled back, before any file is
    written: a read-only, unreadable or locked ledger is refused with nothing on disk. A write
    that still fails (a disk that fills up in between) removes the files this run wrote, and
    says so, before the ledger's own message.
    """
    from assistant import workflow
    from assistant.cli.output import check_out_path

    formats = args.format or (["txt", "eml"] if letter.channel == "email" else ["txt"])
    folder = check_out_path(args.out, "--out") if args.out is not None else None
    if not args.track:
        return (workflow.save_letter(letter, folder, formats) if folder else []), None
    from assistant.ledger.faults import check_writable
    from assistant.ledger.store import Ledger
    from assistant.safefile import remove_private

    with Ledger.open() as ledger:
        check_writable(ledger.conn, ledger.path)
        paths = workflow.save_letter(letter, folder, formats) if folder else []
        try:
            tracked = workflow.track_letter(
                ledger,
                record,
                letter,
                residence=residence,
                sent=today,
                letter_files=[str(p) for p in paths],
            )
        except BaseException:
            gone = [p for p in paths if _remove_quietly(remove_private, p)]
            if gone:
                names = ", ".join(p.name for p in gone)
                print(
                    f"note: the request could not be tracked, so the letter files written "
                    f"were removed again ({clean_for_terminal(names)})",
                    file=sys.stderr,
                )
            raise
    return paths, tracked


def _remove_quietly(remove: Any, path: Path) -> bool:
    """`remove(path)`, False when even that fails (the first error is the one to report)."""
    try:
        return bool(remove(path))
    except OSError:
        return False


def run_letter(args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant import workflow
    from assistant.cli.output import parse_day, print_json
    from assistant.errors import UserError
    from assistant.letters.model import CHANNEL_LABELS, Person
    from assistant.letters.output import to_text
    from assistant.letters.routing import normalise_right
    from assistant.records.catalog import load_catalog

    today = parse_day(args.today, "--today") if args.today is not None else dt.date.today()
    if args.out is not None:  # a bad folder name is refused before anything is written
        from assistant.cli.output import check_out_folder

        check_out_folder(args.out, "--out")
    right = normalise_right(args.right)
    residence = None
    if args.residence is not None:
        from assistant.law.profiles import resolve_residence
        from assistant.textsafety import clean_line, shown

        residence = resolve_residence(clean_line(args.residence, "--residence", limit=80))
        if residence is None:
            raise UserError(
                f"unknown residence {shown(args.residence)}",
                hint="use a code such as US-CA, DE or GB, or a name such as California",
            )
    person = Person(
        name=args.name,
        email=args.email,
        address=args.address,
        identifiers=_details(args.detail),
        agent_name=args.agent,
    )
    record = resolve_company(load_catalog(), args.company)
    letter = workflow.write_request(
        record,
        right,
        person,
        residence=residence,
        today=today,
        force=args.force,
        correction=args.correction,
        language=args.language,
        gpc=args.gpc,
    )
    if args.edit:
        letter = edit_letter(letter)
    notes = list(letter.warnings)
    if letter.missing_details:
        notes.append(
            f"{record.name} asks for: {'; '.join(letter.missing_details)}. Add them with "
            "--detail 'LABEL=VALUE' or give them when the company asks."
        )
    for note in notes:
        print(f"note: {clean_for_terminal(note)}", file=sys.stderr)

    paths, tracked = _save_and_track(args, letter, record, residence or "", today)
    if tracked is not None:
        for warning in tracked.warnings:
            print(f"note: {clean_for_terminal(warning)}", file=sys.stderr)

    if args.json:
        print_json(
            {
                "reference": letter.reference,
                "company": letter.company_id,
                "right": letter.right,
                "law": letter.law_id,
                "language": letter.language,
                "channel": letter.channel,
                "recipient": letter.recipient,
                "subject": letter.subject,
                "body": letter.body,
                "deadlines": letter.deadlines.as_json() if letter.deadlines else None,
                "files": [str(p) for p in paths],
                "warnings": notes,
                "request_id": tracked.row.id if tracked else None,
            }
        )
        return 0
    if paths:
        for path in paths:
            print(f"wrote {path}")
    else:
        print(f"Subject:   {clean_for_terminal(letter.subject)}")
        print(f"To:        {clean_for_terminal(letter.recipient_name)}")
        print(f"Send by:   {CHANNEL_LABELS[letter.channel]}")
        print(f"Recipient: {clean_for_terminal(letter.recipient)}")
        if letter.note:
            print(f"How:       {clean_for_terminal(letter.note)}")
        print()
        print(clean_for_terminal(to_text(letter)), end="")
    if tracked is not None:
        print(f"tracked as request {tracked.row.id}; `rights requests` shows it", file=sys.stderr)
    return 0
