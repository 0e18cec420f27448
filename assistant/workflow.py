"""The use cases every front end shares: write, save, track, record an event, follow up, complain.

The command line, the terminal app and the conversation all call these functions, so a request
tracked or followed up from any of them gets the same deadlines, the same warnings and the same
rows in the ledger. Front ends only translate: they gather what the person said, call one of
these, and show the result. Nothing here prints, reads the clock (every function takes the day
it acts on) or knows about a screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import UserError
from assistant.letters.authorities import (
    competent_authority,
    followup_authority,
    regulator_name,
)
from assistant.vocabulary import RIGHT_NOUNS, make_reference

if TYPE_CHECKING:
    from assistant.law.deadlines import Deadlines
    from assistant.law.profiles import LawProfile
    from assistant.ledger.rows import RequestRow
    from assistant.ledger.store import Ledger
    from assistant.letters.model import Letter, Person
    from assistant.records.catalog import Catalog
    from assistant.records.model import CompanyRecord

FOLLOW_UP_EVENTS = {"followup": "followup_sent", "complaint": "complaint_filed"}


@dataclass(frozen=True)
class Tracked:
    """A request just recorded in the ledger, and what the person should know about it."""

    row: RequestRow
    warnings: tuple[str, ...]


# -- writing and saving ------------------------------------------------------------------------


def write_request(
    record: CompanyRecord,
    right: str,
    person: Person,
    *,
    residence: str | None,
    today: dt.date,
    force: bool = False,
    correction: str | None = None,
    language: str | None = None,
    gpc: bool = False,
) -> Letter:
    """The first letter to `record`'s company for `right` (LetterRefused when the policy says
    the right is not offered or moot, unless `force`), under the law that applies from both
    sides, in `language` (default: the company's), mentioning GPC only when `gpc`."""
    from assistant.letters.request import compose_request

    return compose_request(
        record, right, person, residence=residence, today=today, force=force,
        correction=correction, language=language, gpc=gpc,
    )  # fmt: skip


def edit_letter(letter: Letter, body: str) -> Letter:
    """The letter with the person's own wording: `body` replaces the drafted text (checked as
    assistant.textsafety.clean_letter_body does); where it goes, its reference and its
    deadlines stay as they were."""
    import dataclasses

    from assistant.textsafety import clean_letter_body

    return dataclasses.replace(letter, body=clean_letter_body(body))


def save_letter(letter: Letter, folder: Path | None, formats: Sequence[str]) -> list[Path]:
    """Write the letter in these formats into `folder` (the letters folder when None)."""
    from assistant.letters.output import letters_folder, write_letter

    return write_letter(letter, folder if folder is not None else letters_folder(), formats)


# -- tracking ----------------------------------------------------------------------------------


def request_deadlines(
    record: CompanyRecord,
    right: str,
    *,
    residence: str,
    sent: dt.date,
    channel: str,
    delivered: dt.date | None = None,
    law_id: str | None = None,
    by_residence: bool = True,
) -> tuple[LawProfile | None, Deadlines]:
    """The law and every date the company must meet for a request sent on `sent`: the law
    `law_id` when given, else (when `by_residence`) the law of the residence, else none.

    A letter written under no law (it rests on the company's own promises) is tracked under
    none: the residence's law may not reach the company, and a date from it could call the
    company late when it is not. The company's own holidays count too when its published
    address names its country (the later date), as the letter's own dates do.
    """
    from assistant.law.applicable import establishment
    from assistant.law.deadlines import assumed_receipt, compute_deadlines
    from assistant.law.profiles import law_for, load_laws

    if law_id:
        law = load_laws().get(law_id)
    elif by_residence and residence:
        law = law_for(residence, on=sent)
    else:
        law = None
    received, _why = assumed_receipt(sent, channel, delivered)
    deadlines = compute_deadlines(
        law,
        right,
        received,
        residence,
        company_response_days=record.rights.get(right).response_days,
        controller=establishment(record),
    )
    return law, deadlines


def track(
    ledger: Ledger,
    record: CompanyRecord,
    right: str,
    *,
    residence: str,
    sent: dt.date,
    channel: str,
    delivered: dt.date | None = None,
    reference: str | None = None,
    letter_files: Sequence[str] = (),
    recipient: str | None = None,
    shown: Sequence[str] = (),
    law_id: str | None = None,
    by_residence: bool = True,
) -> Tracked:
    """Record a request sent on `sent`, with the law's deadlines; `shown` are warnings the
    person has already been told (the letter's own), which are not repeated. `law_id`: the law
    a letter was written under (assistant.law.applicable); `by_residence=False` with no
    `law_id`: the letter rests on no law, so none is assumed."""
    law, deadlines = request_deadlines(
        record, right, residence=residence, sent=sent, channel=channel, delivered=delivered,
        law_id=law_id, by_residence=by_residence,
    )  # fmt: skip
    warnings = new_request_warnings(ledger, record, right, law, sent)
    request_id = ledger.add_request(
        company_id=record.id,
        company_name=record.name,
        right=right,
        law_id=law.id if law else None,
        law_name=law.short_name if law else None,
        regulator=regulator_name(law, residence),
        residence=residence,
        channel=channel,
        reference=reference or _unused_reference(ledger, record.id, right, sent),
        sent=sent,
        received=deadlines.received,
        deadlines=deadlines,
        letter_files=list(letter_files),
        recipient=recipient,
    )
    fresh = tuple(w for w in warnings if not any(s and s in w for s in shown))
    return Tracked(ledger.get(request_id), fresh)


def _unused_reference(ledger: Ledger, company_id: str, right: str, sent: dt.date) -> str:
    """A fresh reference no tracked request has (two a day to one company could draw the
    same four-character token)."""
    for _attempt in range(1000):
        reference = make_reference(company_id, right, sent)
        if ledger.find(reference) is None:
            return reference
    raise UserError(f"no unused reference is left for {company_id} on {sent}")


def track_letter(
    ledger: Ledger,
    record: CompanyRecord,
    letter: Letter,
    *,
    residence: str,
    sent: dt.date,
    letter_files: Sequence[str] = (),
) -> Tracked:
    """Track the request a composed letter makes, under the letter's own reference."""
    tracked = track(
        ledger,
        record,
        letter.right or letter.kind,
        residence=residence,
        sent=sent,
        channel=letter.channel,
        reference=letter.reference,
        letter_files=letter_files,
        recipient=letter.recipient,
        shown=letter.warnings,
        law_id=letter.law_id,
        by_residence=False,
    )
    if letter.requester is not None:
        remember_requester(ledger, tracked.row.id, letter.requester, letter.language)
    return tracked


def new_request_warnings(
    ledger: Ledger,
    record: CompanyRecord,
    right: str,
    law: LawProfile | None,
    sent: dt.date,
) -> list[str]:
    """What the law or the company's record says the person should know before sending."""
    from dateutil.relativedelta import relativedelta

    from assistant.ledger.schema import OPEN_STATUSES

    warnings: list[str] = []
    since = sent - relativedelta(months=12) + dt.timedelta(days=1)
    earlier = ledger.requests_to(record.id, right, since)
    open_ones = [r for r in earlier if r.status in OPEN_STATUSES]
    if open_ones:
        first = open_ones[0]
        warnings.append(
            f"Request {first.id} to {record.name} for the same right is still open "
            f"(sent {first.sent}); record its outcome before sending another."
        )
    frequency = law.frequency_for(right) if law is not None else None
    if law is not None and frequency is not None and len(earlier) >= frequency.limit:
        nth = _ordinal(len(earlier) + 1)
        span = "12 months" if frequency.per == "12_months" else "this calendar year"
        consequence = (
            f"a business need not answer more than {frequency.limit} in {span}"
            if frequency.meaning == "at_most"
            else f"only {frequency.limit} in {span} are free; more may cost a fee or be "
            "refused as excessive"
        )
        warnings.append(
            f"This would be your {nth} {RIGHT_NOUNS.get(right, right)} request to "
            f"{record.name} within 12 months: under the {law.short_name} "
            f"{consequence} ({frequency.citation})."
        )
    policy = record.rights.get(right)
    if policy.frequency_per_12_months and len(earlier) >= policy.frequency_per_12_months:
        warnings.append(
            f"{record.name}'s policy says it answers {policy.frequency_per_12_months} "
            f'such request(s) in 12 months: "{policy.frequency_quote}"'
        )
    processor = record.processor
    if processor is not None:
        if processor.scope == "only":
            warnings.append(
                f"{record.name} says it handles personal data only on behalf of its "
                f"clients, so it may pass your request on or refuse it: {processor.advice}"
            )
        else:
            warnings.append(
                f"{record.name} says it handles some personal data on behalf of its "
                f"clients; for that part, ask them too: {processor.advice}"
            )
    return warnings


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(n, f"{n}th")


# -- what happens next -------------------------------------------------------------------------


def record_event(
    ledger: Ledger,
    request_id: int,
    event: str,
    *,
    on: dt.date,
    note: str | None = None,
    reason: str | None = None,
) -> RequestRow:
    """Add an event to a request's timeline; the returned row's `alerts` say what to know."""
    return ledger.record_event(request_id, event, on=on, note=note, reason=reason)


def set_write_again(ledger: Ledger, request_id: int, day: dt.date) -> RequestRow:
    """For a request no law covers: the day the reminders say to write again."""
    from assistant.ledger.write_again import set_write_again as store

    return store(ledger, request_id, day)


def requester(
    profile: dict[str, str] | None,
    *,
    name: str | None = None,
    email: str | None = None,
    address: str | None = None,
) -> Person | None:
    """The person signing a later letter: what they give now, else the saved profile; None
    when the name or e-mail is still missing (each front end asks in its own way)."""
    from assistant.letters.model import Person

    known = profile or {}
    name = name or known.get("name")
    email = email or known.get("email")
    if not name or not email:
        return None
    return Person(name=name, email=email, address=address or known.get("address"))


def compose_next(
    ledger: Ledger,
    catalog: Catalog,
    request_id: int,
    kind: str,
    person: Person,
    *,
    today: dt.date,
    include_notes: bool = False,
    land: str | None = None,
) -> Letter:
    """The follow-up (`kind` "followup") or complaint ("complaint") for a tracked request.

    Signed by the person who made the request (kept in the ledger) rather than `person`, when
    the ledger knows them. A follow-up before the deadline is a polite reminder, never an
    overdue letter; a complaint before the law's own point is refused with the date it becomes
    possible (assistant.letters.later.timing). The person's notes are quoted only with
    `include_notes`. A German resident's GDPR complaint goes to their Land's authority
    (`land`, when the residence does not name it)."""
    from assistant.letters.later import compose_complaint, compose_followup

    if kind not in FOLLOW_UP_EVENTS:
        raise UserError(f"unknown kind of letter {kind!r}; choose followup or complaint")
    row = ledger.get(request_id)
    if row.status == "draft":
        raise UserError(f"request {row.id} was never sent; send it first")
    timeline = [e.as_dict() for e in ledger.timeline(row.id)]
    record = catalog.get(row.company_id)
    request = row.as_dict(today)
    signer = stored_requester(ledger, row.id) or person
    remembered = (ledger.requester(row.id) or {}).get("language")
    # A follow-up speaks the language of the request it follows (the person may have chosen
    # one that is not the company record's); a complaint speaks its authority's.
    if kind == "followup":
        return compose_followup(
            request, timeline, record, signer, today=today, include_notes=include_notes,
            lang=_language_of(record, row.letter_files, row.reference, remembered),
            regulator=followup_authority(catalog, row.law_id, row.residence),
        )  # fmt: skip
    return compose_complaint(
        request, timeline, record, signer, today=today, include_notes=include_notes,
        regulator=competent_authority(catalog, row.law_id, row.residence, land),
    )  # fmt: skip


def _language_of(
    record: CompanyRecord,
    files: Sequence[str] = (),
    reference: str = "",
    remembered: str | None = None,
) -> str:
    """The language the request's own letter was written in: as the ledger remembers it
    (`remembered`, since schema 4), else read from its saved files, else the company record's
    request language, else English. A complaint is written in its authority's language."""
    if remembered:
        return remembered
    from assistant.letters.language import choose_language
    from assistant.letters.original import language_of_files

    return language_of_files(files, reference) or choose_language(None, record.request_language)


def stored_requester(ledger: Ledger, request_id: int) -> Person | None:
    """The person who made request `request_id`, as the ledger remembers them (None for a
    request tracked before the ledger kept this)."""
    from assistant.letters.model import Person

    found = ledger.requester(request_id)
    if not found or not found.get("name") or not found.get("email"):
        return None
    return Person(
        name=str(found["name"]),
        email=str(found["email"]),
        address=found.get("address"),
        agent_name=found.get("agent_name"),
    )


def remember_requester(
    ledger: Ledger, request_id: int, person: Person, language: str | None = None
) -> None:
    """Keep who made request `request_id` and in which language, so later letters are signed
    by them and written in it."""
    ledger.set_requester(
        request_id,
        name=person.name,
        email=person.email,
        address=person.address,
        agent_name=person.agent_name,
        language=language,
    )


def attach_letters(ledger: Ledger, request_id: int, files: Sequence[Path | str]) -> None:
    """Remember letter files written for a request (a follow-up saved but not yet sent)."""
    ledger.add_letter_files(request_id, [str(f) for f in files])


def record_sent(
    ledger: Ledger,
    request_id: int,
    kind: str,
    files: Sequence[Path | str],
    *,
    on: dt.date,
) -> RequestRow:
    """Record that the follow-up or complaint in `files` was sent on `on`."""
    if files:
        attach_letters(ledger, request_id, files)
    note = f"letter {Path(files[0]).name}" if files else None
    return ledger.record_event(request_id, FOLLOW_UP_EVENTS[kind], on=on, note=note)


# -- replies from the company: reading, matching, recording, the next letter ---------------------
# (in assistant/workflow_replies.py, which this module would outgrow; re-exported here so every
# front end keeps calling `workflow`)

from assistant.workflow_replies import (  # noqa: E402
    RecordedReply as RecordedReply,
)
from assistant.workflow_replies import (  # noqa: E402
    compose_reply_step as compose_reply_step,
)
from assistant.workflow_replies import match_reply as match_reply  # noqa: E402
from assistant.workflow_replies import read_replies as read_replies  # noqa: E402
from assistant.workflow_replies import record_reply as record_reply  # noqa: E402
