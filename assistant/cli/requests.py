"""`rights requests|track|followup|complain|profile`: the ledger from the command line.

One module registers several top-level commands, all about tracked requests. Standard library
only at the top; the tracker, catalog, laws and letters are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt

    from assistant.ledger.store import Ledger, RequestRow

from assistant.ledger.schema import DENIAL_REASONS, EVENTS, STATUSES

STATUS_CHOICES = (*STATUSES, "open")
EVENT_CHOICES = EVENTS
REASON_CHOICES = DENIAL_REASONS

REQUESTS_EPILOG = """\
statuses: draft, sent, acknowledged, extended, needs_action (the company asked for ID or
answered in part), overdue (worked out from today's date), fulfilled, denied, closed; "open"
means any of sent, acknowledged, extended, needs_action.

examples:
  rights requests                          every request, newest first
  rights requests --status overdue
  rights requests show 3                   one request: its deadlines and timeline
  rights requests update 3 acknowledged --date 2026-11-25
  rights requests update 3 extended --date 2026-12-20 --note "they need 45 more days"
  rights requests update 3 denied --reason not_verified
  rights requests export --format ics > requests.ics
  rights requests import backup.json"""

UPDATE_EPILOG = """\
events:
  acknowledged     the company confirmed it received the request
  identity_asked   it wants more to verify who you are (status: needs_action)
  identity_given    you sent what it asked for (back to waiting on the company)
  extended         it says it needs more time; the due date moves only if the law allows an
                   extension and the notice came by the first deadline, else the request is
                   flagged: the company was already late
  answered_full    it answered in full (fulfilled)
  answered_part    it answered only in part (needs_action)
  denied           it refused; give --reason (not_verified, no_data, exemption,
                   too_many_requests, other)
  followup_sent    you sent a follow-up (`rights followup N` writes one)
  complaint_filed  you complained to the regulator (`rights complain N` writes one)
  closed           you are done with it
  reopened         take up a finished request again"""


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_requests(subparsers)
    _register_track(subparsers)
    _register_letters(subparsers)
    _register_profile(subparsers)


def _add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today", metavar="DATE", help="pretend today is DATE (YYYY-MM-DD)", default=None
    )


def _register_requests(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "requests",
        help="list, show, update, export and import tracked requests",
        description="Every request you sent and its deadlines. With no action, list them.",
        epilog=REQUESTS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--status", choices=STATUS_CHOICES, help="only requests with this status")
    parser.add_argument("--company", metavar="ID", help="only requests to this company id")
    parser.add_argument("--json", action="store_true", help="print JSON")
    _add_today(parser)
    parser.set_defaults(handler=run_list)
    sub = parser.add_subparsers(dest="requests_command", metavar="ACTION")

    p_show = sub.add_parser("show", help="one request: deadlines (with citations) and timeline")
    p_show.add_argument("number", type=int, help="the request number")
    p_show.add_argument("--json", action="store_true", help="print JSON")
    _add_today(p_show)
    p_show.set_defaults(handler=run_show)

    p_update = sub.add_parser(
        "update",
        help="record what happened: acknowledged, extended, answered_full, denied, ...",
        description="Add an event to a request's timeline; its status follows.",
        epilog=UPDATE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_update.add_argument("number", type=int, help="the request number")
    p_update.add_argument("event", choices=EVENT_CHOICES, metavar="EVENT", help="what happened")
    p_update.add_argument("--date", metavar="DATE", help="when (YYYY-MM-DD; default today)")
    p_update.add_argument("--note", metavar="TEXT", help="anything worth keeping, e.g. why")
    p_update.add_argument(
        "--reason", choices=REASON_CHOICES, help="why the company refused (with 'denied')"
    )
    _add_today(p_update)
    p_update.set_defaults(handler=run_update)

    p_export = sub.add_parser(
        "export",
        help="print every request as iCalendar, CSV or JSON",
        description="ics: one event per open deadline, with an alarm 3 days before. csv and "
        "json: every request with its timeline; `rights requests import` reads them back.",
    )
    p_export.add_argument("--format", choices=("ics", "csv", "json"), default="json")
    p_export.add_argument("--out", metavar="FILE", help="write to FILE (0600) instead of stdout")
    p_export.set_defaults(handler=run_export)

    p_import = sub.add_parser(
        "import",
        help="load requests from a JSON or CSV export (skips those already tracked)",
    )
    p_import.add_argument("file", help="a file made by `rights requests export`")
    p_import.set_defaults(handler=run_import)


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


def _register_letters(subparsers: argparse._SubParsersAction) -> None:
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
        parser = subparsers.add_parser(name, help=helptext, description=desc)
        parser.add_argument("number", type=int, help="the request number")
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
        _add_today(parser)
        parser.set_defaults(handler=run_followup if name == "followup" else run_complain)


def _register_profile(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "profile",
        help="show, set or forget the details the assistant remembers about you",
        description="The assistant remembers your name, e-mail, postal address and residence "
        "for the letters it writes. They stay in the ledger on this machine.",
    )
    parser.add_argument("--forget", action="store_true", help="forget every remembered detail")
    parser.add_argument("--name", help="remember this name")
    parser.add_argument("--email", help="remember this e-mail address")
    parser.add_argument("--address", help="remember this postal address")
    parser.add_argument("--residence", help="remember where you live (code or name)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_profile)


# -- helpers --------------------------------------------------------------------------------


def _day(text: str | None, option: str, default: dt.date | None = None) -> dt.date:
    from assistant.cli.output import parse_day
    from assistant.errors import UserError

    if text is None:
        if default is None:
            raise UserError(f"{option} is needed")
        return default
    return parse_day(text, option)


def _today(args: argparse.Namespace) -> dt.date:
    import datetime as dt

    return _day(getattr(args, "today", None), "--today", dt.date.today())


def _not_future(day: dt.date, today: dt.date, option: str) -> None:
    from assistant.errors import UserError

    if day > today:
        raise UserError(f"{option} {day} is in the future (today is {today})")


def _ledger() -> Ledger:
    from assistant.ledger.store import Ledger

    return Ledger.open()


def _clean(text: object) -> str:
    from assistant.cli.output import clean_for_terminal

    return clean_for_terminal(str(text))


# -- rights requests --------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    from assistant.ledger.schema import OPEN_STATUSES

    today = _today(args)
    with _ledger() as ledger:
        stored = args.status if args.status not in (None, "overdue", "open") else None
        rows = ledger.list(status=stored, company=args.company)
    if args.status == "overdue":
        rows = [r for r in rows if r.display_status(today) == "overdue"]
    elif args.status == "open":
        rows = [r for r in rows if r.status in OPEN_STATUSES]
    if args.json:
        from assistant.cli.output import print_json

        print_json([r.as_dict(today) for r in rows])
        return 0
    if not rows:
        print("No requests match." if args.status or args.company else "No requests yet.")
        return 0
    print(f"{'#':>5}  {'status':<12}  {'sent':<10}  {'due':<10}  {'right':<10}  company")
    for r in rows:
        due = r.due.isoformat() if r.due else "-"
        flag = " (late extension)" if r.late_extension else ""
        print(
            f"{r.id:>5}  {r.display_status(today):<12}  {r.sent.isoformat():<10}  {due:<10}  "
            f"{r.right:<10}  {_clean(r.company_name)}{flag}"
        )
    return 0


def _describe(row: RequestRow, timeline: list, today: dt.date) -> list[str]:
    status = row.display_status(today)
    if status == "overdue":
        status += f" by {row.days_late(today)} day(s)"
    lines = [
        f"Request {row.id}: {row.right} request to {row.company_name} ({row.company_id})",
        f"  reference:  {row.reference}",
        f"  status:     {status}",
        f"  law:        {row.law_name or 'none known'} (residence {row.residence})",
        f"  sent:       {row.sent} by {row.channel}"
        + (f" to {row.recipient}" if row.recipient else ""),
        f"  received:   {row.received}",
    ]
    if row.acknowledge_by:
        got = f" (acknowledged {row.acknowledged_on})" if row.acknowledged_on else ""
        lines.append(f"  acknowledge by: {row.acknowledge_by}{got}")
    if row.due:
        lines.append(f"  answer due: {row.due}")
    if row.extended_respond_by and not (row.extension_granted or row.late_extension):
        lines.append(
            f"  extension:  possible to {row.extended_respond_by} if noticed by "
            f"{row.extension_notice_by or 'the first deadline'}"
        )
    if row.late_extension:
        lines.append("  warning:    the company's extension was not valid; the due date stands")
    if row.denial_reason:
        lines.append(f"  denied:     {row.denial_reason}")
    if row.regulator:
        lines.append(f"  regulator:  {row.regulator}")
    for path in row.letter_files:
        lines.append(f"  letter:     {path}")
    explanations = row.deadlines.get("explanations") or []
    if explanations:
        lines.append("Why these dates:")
        lines.extend(f"  - {text}" for text in explanations)
    lines.append("Timeline:")
    for event in timeline:
        extra = "".join(f"; {part}" for part in (event.reason, event.note, event.outcome) if part)
        lines.append(f"  {event.on}  {event.event}{extra}")
    return lines


def run_show(args: argparse.Namespace) -> int:
    today = _today(args)
    with _ledger() as ledger:
        row = ledger.get(args.number)
        timeline = ledger.timeline(args.number)
    if args.json:
        from assistant.cli.output import print_json

        print_json({**row.as_dict(today), "events": [e.as_dict() for e in timeline]})
        return 0
    print(_clean("\n".join(_describe(row, timeline, today))))
    return 0


def run_update(args: argparse.Namespace) -> int:
    today = _today(args)
    on = _day(args.date, "--date", today)
    _not_future(on, today, "--date")
    with _ledger() as ledger:
        row = ledger.record_event(
            args.number, args.event, on=on, note=args.note, reason=args.reason
        )
        outcome = max(ledger.timeline(args.number), key=lambda e: e.id).outcome
    print(
        f"Request {row.id} ({_clean(row.company_name)}): {args.event} on {on}; "
        f"status now {row.display_status(today)}."
    )
    if outcome and outcome not in row.alerts:
        print(f"  {_clean(outcome)}")
    for alert in row.alerts:
        print(f"  warning: {_clean(alert)}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant.ledger.exchange import export

    with _ledger() as ledger:
        data = export(ledger, args.format, stamp=dt.datetime.now(dt.UTC).replace(microsecond=0))
    if args.out:
        from pathlib import Path

        from assistant.safefile import write_replace

        write_replace(Path(args.out).expanduser(), data)
        print(f"Wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.ledger.exchange import import_file

    with _ledger() as ledger:
        result = import_file(ledger, Path(args.file).expanduser())
    print(
        f"Imported {len(result.added)} request(s); skipped {len(result.skipped)} already tracked."
    )
    return 0


# -- rights track -------------------------------------------------------------------------------


def _residence(text: str | None, profile: dict[str, str] | None) -> str:
    from assistant.errors import UserError
    from assistant.law.residences import resolve_residence

    raw = text or (profile or {}).get("residence")
    if not raw:
        raise UserError(
            "where do you live? give --residence (e.g. US-CA, California, DE, Germany)",
            hint="`rights profile --residence California` remembers it",
        )
    code = resolve_residence(raw)
    if code is None:
        raise UserError(f"unknown residence {raw!r}; try a code like US-CA, DE or GB")
    return code


def run_track(args: argparse.Namespace) -> int:
    from assistant.ledger.store import track_request
    from assistant.letters.compose import normalise_right
    from assistant.records.catalog import load_catalog

    today = _today(args)
    sent = _day(args.sent, "--sent")
    _not_future(sent, today, "--sent")
    delivered = _day(args.delivered, "--delivered") if args.delivered else None
    if delivered is not None:
        _not_future(delivered, today, "--delivered")
    right = normalise_right(args.right)
    record = load_catalog().get(args.company)
    with _ledger() as ledger:
        residence = _residence(args.residence, ledger.profile_get())
        channel = args.channel or record.preferred_channel or "email"
        request_id, warnings = track_request(
            ledger,
            record,
            right,
            residence=residence,
            sent=sent,
            channel=channel,
            delivered=delivered,
            reference=args.reference,
        )
        row = ledger.get(request_id)
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


# -- rights followup / complain -----------------------------------------------------------------


def _person(args: argparse.Namespace, profile: dict[str, str] | None) -> Any:
    from assistant.errors import UserError
    from assistant.letters.compose import Person

    known = profile or {}
    name = args.name or known.get("name")
    email = args.email or known.get("email")
    if not name or not email:
        raise UserError(
            "the letter needs your name and e-mail address: give --name and --email",
            hint="`rights profile --name ... --email ...` remembers them",
        )
    return Person(name=name, email=email, address=args.address or known.get("address"))


def _write_for_request(args: argparse.Namespace, kind: str) -> int:
    from pathlib import Path

    from assistant.errors import UserError
    from assistant.letters.compose import (
        compose_complaint,
        compose_followup,
        letters_folder,
        write_letter,
    )
    from assistant.records.catalog import load_catalog

    today = _today(args)
    with _ledger() as ledger:
        row = ledger.get(args.number)
        if row.status == "draft":
            raise UserError(f"request {row.id} was never sent; send it first")
        timeline = [e.as_dict() for e in ledger.timeline(row.id)]
        person = _person(args, ledger.profile_get())
        record = load_catalog().get(row.company_id)
        request = row.as_dict(today)
        if kind == "followup":
            letter_kind = "followup_extension" if row.late_extension else "followup_overdue"
            letter = compose_followup(
                request, timeline, record, person, today=today, kind=letter_kind
            )
            event = "followup_sent"
        else:
            letter = compose_complaint(request, timeline, record, person, today=today)
            event = "complaint_filed"
        folder = Path(args.out).expanduser() if args.out else letters_folder()
        formats = args.format or (("txt", "eml") if letter.channel == "email" else ("txt",))
        files = write_letter(letter, folder, formats)
        if not args.no_record:
            ledger.add_letter_files(row.id, [str(f) for f in files])
            ledger.record_event(
                row.id, event, on=today, note=f"letter {files[0].name}" if files else None
            )
    what = "Follow-up" if kind == "followup" else "Complaint"
    print(
        f"{what} for request {row.id} to {_clean(letter.recipient_name)} "
        f"({_clean(letter.recipient)}):"
    )
    for path in files:
        print(f"  {path}")
    if args.no_record:
        print(f"Not recorded. When you send it: rights requests update {row.id} {event}")
    else:
        print(f"Recorded as {event} on {today}. Send it today.")
    return 0


def run_followup(args: argparse.Namespace) -> int:
    return _write_for_request(args, "followup")


def run_complain(args: argparse.Namespace) -> int:
    return _write_for_request(args, "complain")


# -- rights profile -----------------------------------------------------------------------------


def run_profile(args: argparse.Namespace) -> int:
    from assistant.errors import UserError

    changes: dict[str, str | None] = {}
    for key in ("name", "email", "address"):
        value = getattr(args, key)
        if value is not None:
            changes[key] = value
    if args.email:
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(args.email, check_deliverability=False)
        except EmailNotValidError as exc:
            raise UserError(f"not a valid e-mail address: {exc}") from None
    if args.residence:
        changes["residence"] = _residence(args.residence, None)
    if args.forget and changes:
        raise UserError("--forget cannot be combined with new details")
    with _ledger() as ledger:
        if args.forget:
            ledger.profile_forget()
            print("Forgot every remembered detail.")
            return 0
        if changes:
            ledger.profile_set(changes)
        profile = ledger.profile_get()
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
