"""`rights requests`: the ledger from the command line.

Lists, shows, updates, exports, imports and deletes tracked requests; `track`
(assistant/cli/track.py), `followup`/`complain` (assistant/cli/followup.py) and `profile`
(assistant/cli/profile.py) share the helpers in the middle of this module. Read commands open the
ledger read-only, so they work on a read-only disk. Every free text typed here (--reference,
--note) goes through assistant/textsafety.py. Standard library only at the top; the tracker,
catalog, laws and letters are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from assistant.ledger.rows import RequestRow
    from assistant.ledger.store import Ledger

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
  rights requests export --out backup.json
  rights requests import backup.json
  rights requests delete 3                 forget request 3 and its letters (asks first)"""

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
    p_show.add_argument("number", type=number_arg, help="the request number")
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
    p_update.add_argument("number", type=number_arg, help="the request number")
    p_update.add_argument("event", choices=EVENT_CHOICES, metavar="EVENT", help="what happened")
    p_update.add_argument("--date", metavar="DATE", help="when (YYYY-MM-DD; default today)")
    p_update.add_argument("--note", metavar="TEXT", help="anything worth keeping, e.g. why")
    p_update.add_argument(
        "--reason", choices=REASON_CHOICES, help="why the company refused (with 'denied')"
    )
    _add_today(p_update)
    p_update.set_defaults(handler=run_update)

    p_remind = sub.add_parser(
        "remind",
        help="for a request no law covers: the day to remind you to write again",
        description=(
            "Where no privacy law covers a request, there is no legal deadline; the assistant "
            "suggests a day to write again (the company's own promise, or 45 days after it "
            "arrives). Choose another day here; `rights reminders` follows it."
        ),
        epilog="example:\n  rights requests remind 3 2027-02-01",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_remind.add_argument("number", type=number_arg, help="the request number")
    p_remind.add_argument("day", metavar="DATE", help="the day to write again (YYYY-MM-DD)")
    p_remind.set_defaults(handler=run_remind)

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
    _add_today(p_import)
    p_import.set_defaults(handler=run_import)

    p_delete = sub.add_parser(
        "delete",
        help="forget a request: its row, timeline, replies and letter files",
        description="Delete a request from the ledger with everything kept about it, and "
        "remove the letter files written for it. Asks first; --yes for scripts.",
    )
    p_delete.add_argument("number", type=number_arg, help="the request number")
    p_delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p_delete.add_argument(
        "--keep-letters", action="store_true", help="leave the letter files where they are"
    )
    p_delete.set_defaults(handler=run_delete)


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


def _ledger(*, read_only: bool = False) -> Ledger:
    from assistant.ledger.store import Ledger

    return Ledger.open(read_only=read_only)


def number_arg(text: str) -> int:
    """argparse type for a request number: a whole number from 1, bounded."""
    from assistant.cli.output import parse_number

    return parse_number(text)


def confirm(question: str, yes: bool) -> None:
    from assistant.cli.output import confirm as ask_first

    ask_first(question, yes)


def _clean(text: object) -> str:
    from assistant.cli.output import clean_for_terminal

    return clean_for_terminal(str(text))


# -- rights requests --------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    from assistant.ledger.schema import OPEN_STATUSES

    today = _today(args)
    if args.company is not None:
        from assistant.cli.output import check_company_id

        check_company_id(args.company, "--company")
    with _ledger(read_only=True) as ledger:
        stored = args.status if args.status not in (None, "overdue", "open") else None
        rows = ledger.list_requests(status=stored, company=args.company)
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
    with _ledger(read_only=True) as ledger:
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
    from assistant import workflow
    from assistant.textsafety import clean_note

    note = clean_note(args.note) if args.note is not None else None
    with _ledger() as ledger:
        ledger.timeline(args.number)  # read first: a damaged request is refused before a write
        row = workflow.record_event(
            ledger, args.number, args.event, on=on, note=note, reason=args.reason
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


def run_remind(args: argparse.Namespace) -> int:
    from assistant import workflow

    day = _day(args.day, "DATE")
    with _ledger() as ledger:
        row = workflow.set_write_again(ledger, args.number, day)
    print(
        f"Request {row.id} ({_clean(row.company_name)}): you will be reminded to write again "
        f"on {day}."
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant.ledger.exchange import export

    with _ledger(read_only=True) as ledger:
        data = export(ledger, args.format, stamp=dt.datetime.now(dt.UTC).replace(microsecond=0))
    if args.out is not None:
        from assistant.cli.output import check_out_path
        from assistant.safefile import write_replace

        write_replace(check_out_path(args.out, "--out"), data)
        print(f"Wrote {_clean(args.out)}", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.ledger.exchange import import_file

    with _ledger() as ledger:
        result = import_file(ledger, Path(args.file).expanduser(), _today(args))
    print(
        f"Imported {len(result.added)} request(s); skipped {len(result.skipped)} already tracked."
    )
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from assistant.ledger.erase import about_to_delete, delete_request

    with _ledger() as ledger:
        row = about_to_delete(ledger, args.number)
        letters = [] if args.keep_letters else row.letter_files
        confirm(
            f"Delete request {row.request_id} ({_clean(row.company_name)}, {row.right}) with "
            f"its timeline and {len(letters)} letter file(s)?",
            args.yes,
        )
        removed = delete_request(ledger, row.request_id, with_letters=not args.keep_letters)
    print(f"Deleted request {row.request_id} and removed {len(removed.files)} letter file(s).")
    for text in removed.left:
        print(f"  left (not a letter file): {_clean(text)}")
    return 0


# -- shared with track and profile ---------------------------------------------------------


def _residence(text: str | None, profile: dict[str, str] | None) -> str:
    from assistant.errors import UserError
    from assistant.law.residences import resolve_residence

    raw = text if text is not None else ((profile or {}).get("residence") or None)
    if raw is None:
        raise UserError(
            "where do you live? give --residence (e.g. US-CA, California, DE, Germany)",
            hint="`rights profile --residence California` remembers it",
        )
    from assistant.textsafety import clean_line, shown

    raw = clean_line(raw, "--residence", limit=80)
    code = resolve_residence(raw)
    if code is None:
        raise UserError(f"unknown residence {shown(raw)}; try a code like US-CA, DE or GB")
    return code
