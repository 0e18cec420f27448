"""Letters for a request the ledger already holds: follow-ups to the company, complaints.

`timing` says, for a tracked request on a given day, which follow-up is true to write (a
polite reminder before the deadline, an overdue letter only after it, a letter about a late
or unlawful extension) and from when a complaint is possible (after the law's own point: the
deadline passed without a full answer, or a refusal; after an appeal where the law gives one;
for the UK GDPR after a complaint to the organisation first, as the ICO asks).
`compose_followup` writes the follow-up and `compose_complaint` the complaint to the regulator
of the law the request was made under. Both read a ledger row (a RequestRow or its as_dict())
and its timeline of events, and tell that story in dates: "5 October 2026: you acknowledged
the request." The person's own notes on the timeline are private: they are never quoted unless
the person asks (`include_notes`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters.complaint_first import uk_complaint_first
from assistant.letters.context import (
    LOOKUP,
    base_context,
    controller_complaint,
    inline,
    law_context,
    to_company,
)
from assistant.letters.language import long_date
from assistant.letters.later_words import ORIGINAL_ATTACHED
from assistant.letters.model import (
    CHANNEL_LABELS,
    CHANNEL_ORDER,
    REPLY_DAYS,
    RIGHT_PHRASES,
    Letter,
    Person,
    Route,
)
from assistant.letters.original import original_text_file
from assistant.letters.routing import check_reference, choose_route, normalise_right
from assistant.letters.templates import has_template, render
from assistant.vocabulary import make_reference

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

EVENT_PHRASES: dict[str, str] = {
    "sent": "I sent the request",
    "acknowledged": "you acknowledged the request",
    "identity_asked": "you asked me to verify my identity",
    "identity_given": "I gave you what you asked for to verify my identity",
    "extended": "you said you needed more time",
    "answered_part": "you answered in part",
    "answered_full": "you answered",
    "denied": "you refused the request",
    "followup_sent": "I wrote to you again",
    "complaint_filed": "I complained to the regulator",
    "reopened": "I reopened the request",
}


# The same events told to a regulator: the company in the third person.
EVENT_PHRASES_TO_REGULATOR: dict[str, str] = {
    **EVENT_PHRASES,
    "acknowledged": "the company acknowledged the request",
    "identity_asked": "the company asked me to verify my identity",
    "identity_given": "I gave the company what it asked for to verify my identity",
    "extended": "the company said it needed more time",
    "answered_part": "the company answered in part",
    "answered_full": "the company answered",
    "denied": "the company refused the request",
    "followup_sent": "I wrote to the company again",
}


@dataclass(frozen=True)
class Timing:
    """What is true to write about a tracked request on one day."""

    followup: str | None  # the follow-up kind, or None (see `why`)
    complaint_from: dt.date | None  # first day a complaint is possible (None: not yet known)
    complaint_ok: bool
    why: str  # one sentence for the person when a letter is not possible yet


def timing(request: Any, timeline: list[Any], law: Any, today: dt.date) -> Timing:
    """Which follow-up, and whether a complaint, is true to write on `today` (never a claim of
    lateness before the deadline: see the module docstring)."""
    events = [str(_get(e, "event")) for e in timeline]
    status = str(_get(request, "status") or "sent")
    received = _as_date(_get(request, "received"))
    respond_by = _as_date(_get(request, "respond_by"))
    extended = _as_date(_get(request, "extended_respond_by"))
    granted = bool(_get(request, "extension_granted", False)) and extended is not None
    due = _as_date(_get(request, "due")) or (extended if granted else respond_by)
    late_ext = bool(_get(request, "late_extension", False))
    after_due = due is not None and today > due
    if status in ("fulfilled", "closed"):
        return Timing(None, None, False, "the request is finished; reopen it first if needed")
    if received is not None and today < received:
        return Timing(None, None, False,
                      f"the request reaches the company only on {long_date(received)}; a "
                      "reminder makes sense once it has had time to arrive")  # fmt: skip
    if status == "denied":
        followup = None
        why = "the company refused the request: answer the refusal, appeal or complain instead"
    elif late_ext:
        followup = "followup_extension"
        why = ""
    elif after_due:
        followup, why = "followup_overdue", ""
    else:
        followup, why = "followup_reminder", ""
    # When a complaint becomes possible.
    complaint_from = due + dt.timedelta(days=1) if due is not None else None
    if status == "denied":
        complaint_from = today
        if law is not None and getattr(law, "appeal", None) is not None:
            denial = max((i for i, e in enumerate(events) if e == "denied"), default=-1)
            if "followup_sent" not in events[denial + 1 :]:
                complaint_from = None
                why = (
                    f"the {law.short_name} gives an appeal to the company against a refusal; "
                    "appeal first (a reply letter), then complain if the appeal fails"
                )
    elif late_ext and respond_by is not None:
        complaint_from = respond_by + dt.timedelta(days=1)
    elif due is None:
        # No legal date: only after a reminder that went unanswered for REPLY_DAYS.
        sent = [_as_date(_get(e, "on")) for e in timeline if _get(e, "event") == "followup_sent"]
        last = max((d for d in sent if d is not None), default=None)
        complaint_from = last + dt.timedelta(days=REPLY_DAYS + 1) if last else None
    complaint_ok = complaint_from is not None and today >= complaint_from
    if complaint_ok and law is not None and law.id == "uk-gdpr":
        complaint_ok, why, complaint_from = uk_complaint_first(timeline, today, complaint_from, due)
    if not complaint_ok and not why:
        when = f"from {long_date(complaint_from)}" if complaint_from else "only later"
        why = (
            f"a complaint is possible {when}"
            + (f", the day after the company's deadline of {long_date(due)}" if due else "")
            + ", or sooner if the company refuses the request"
        )
    return Timing(followup, complaint_from, complaint_ok, why)


def compose_followup(
    request: Any,
    timeline: list[Any],
    record: CompanyRecord,
    person: Person,
    *,
    today: dt.date,
    kind: str | None = None,
    law: Any = LOOKUP,
    reference: str | None = None,
    include_notes: bool = False,
    lang: str = "en",
    regulator: Mapping[str, Any] | None = None,
) -> Letter:
    """A follow-up for a tracked request: a polite reminder before the deadline, an overdue
    letter after it, or a letter about a late or unlawful extension. `kind` None lets
    `timing` choose; a kind that would misstate the facts (overdue before the deadline) is
    refused. `request` is a ledger row (RequestRow or its as_dict()); `timeline` its events.
    `regulator`: the authority it may name (a German Land's), else the law's for the residence.
    """
    if law is LOOKUP:
        law = _law_by_id(_get(request, "law_id"))
    when = timing(request, timeline, law, today)
    if kind is None:
        if when.followup is None:
            raise UserError(f"no follow-up to write: {when.why}")
        kind = when.followup
    if kind not in ("followup_reminder", "followup_overdue", "followup_extension"):
        raise ValueError(f"not a follow-up kind: {kind!r}")
    if kind != "followup_reminder" and kind != when.followup:
        raise UserError(
            f"a {kind.replace('_', ' ')} letter would not be true today",
            hint=when.why or "a polite reminder can be written instead",
        )
    right = normalise_right(str(_get(request, "right")))
    # The follow-up goes where the request went, when the ledger remembers it.
    recorded, channel = _get(request, "recipient"), _get(request, "channel")
    if recorded and channel in CHANNEL_ORDER:
        route = Route(str(channel), str(recorded))
    else:
        route = choose_route(record, right)
    code = "followup_overdue" if kind == "followup_reminder" else kind
    reference = check_reference(reference) if reference else make_reference(record.id, code, today)
    if not has_template(kind, lang):
        lang = "en"
    ctx = base_context(kind, record, person, route, reference, today, lang)
    ctx.update(
        {
            "law": law_context(law, right, lang),
            "original": _original_context(request, timeline, person, lang),
            "timeline_lines": _story(timeline, lang, include_notes),
            "reply_by": long_date(today + dt.timedelta(days=REPLY_DAYS), lang),
            "regulator": _called(dict(regulator))
            if regulator
            else _regulator_context(law, _get(request, "residence")),
            "extension": _extension_context(request, timeline, law, right, today, lang),
            "controller_complaint": controller_complaint(law, today),
        }
    )
    warnings: tuple[str, ...] = ()
    if kind == "followup_reminder" and when.complaint_from is not None:
        start = long_date(when.complaint_from)
        warnings = (
            "This is a polite reminder: the company's time to answer has not run out. A "
            f"letter about lateness, or a complaint, is possible from {start}.",
        )
    # The original is attached only when its saved text is there to attach.
    original = original_text_file(_get(request, "letter_files") or (), _get(request, "reference"))
    ctx["original_attached"] = original is not None
    attached = ORIGINAL_ATTACHED.get(lang, "a copy of the original request")
    if original is not None and route.channel != "email":
        warnings += (f"Enclose a printed copy of the original request ({original[0]}).",)
    return to_company(
        kind, record, route, person, reference, today, law, right, _get(request, "residence"),
        render(kind, ctx, lang), attachments=(attached,) if original else (),
        enclosures=(original,) if original else (), warnings=warnings, language=lang,
    )  # fmt: skip


def compose_complaint(
    request: Any,
    timeline: list[Any],
    record: CompanyRecord,
    person: Person,
    **kw: Any,
) -> Letter:
    """A complaint to the regulator (assistant.letters.complaint.compose_complaint)."""
    from assistant.letters.complaint import compose_complaint as compose

    return compose(request, timeline, record, person, **kw)


# -- reading a ledger row ----------------------------------------------------------------------


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _law_by_id(law_id: Any) -> Any:
    if not law_id:
        return None
    from assistant.law.profiles import load_laws

    return load_laws().get(str(law_id))


# -- the story so far --------------------------------------------------------------------------


REASON_PHRASES: dict[str, str] = {
    "not_verified": "saying my identity could not be verified",
    "no_data": "saying no data was held",
    "exemption": "citing an exemption",
    "too_many_requests": "saying there had been too many requests",
    "not_controller": "saying it was not the controller",
    "outside_jurisdiction": "saying the law did not apply",
}


def _timeline_lines(
    timeline: Iterable[Any],
    phrases: Mapping[str, str] = EVENT_PHRASES,
    *,
    include_notes: bool = False,
    reasons: Mapping[str, str] | None = None,
) -> list[str]:
    """One line per known event: '5 October 2026: you acknowledged the request.' The
    person's own notes are private and left out unless `include_notes`."""
    lines = []
    for event in timeline:
        name = _get(event, "event")
        on = _as_date(_get(event, "on"))
        phrase = phrases.get(str(name))
        if phrase is None or on is None:
            continue
        reason = (REASON_PHRASES if reasons is None else reasons).get(str(_get(event, "reason")))
        note = _get(event, "note") if include_notes else None
        line = f"{long_date(on)}: {phrase}"
        if reason:
            line += f", {reason}"
        if note:
            line += f" (“{textsafety.one_line(str(note))[:300]}”)"
        lines.append(line + ".")
    return lines


def _story(timeline: list[Any], lang: str, include_notes: bool) -> list[str]:
    """The timeline told to the company in the letter's language (notes only if included)."""
    from assistant.letters.complaint import REASONS
    from assistant.letters.later_words import EVENTS_TO_COMPANY, localise_line

    if lang not in EVENTS_TO_COMPANY:
        return _timeline_lines(timeline, include_notes=include_notes)
    lines = _timeline_lines(
        timeline, EVENTS_TO_COMPANY[lang], include_notes=include_notes, reasons=REASONS[lang]
    )
    return [localise_line(line, lang) for line in lines]


# Under the GDPR family an "opt-out" is an objection to direct marketing (Art. 21(2)), not an
# opt-out of sale: the follow-up names what the first letter asked.
_GDPR_OPT_OUT = "an end to all processing of my personal data for direct marketing (an objection)"


# The other US state laws give an opt-out of targeted advertising, sale and profiling (no
# "sharing", a CCPA term).
_US_OPT_OUT = "an opt-out of targeted advertising, of the sale of my personal data and of profiling"


def _right_label(right: str, person: Person, law_id: str | None = None) -> str:
    """'access to my personal information', or '... to Jane Doe's ...' when an agent writes."""
    from assistant.letters.context import law_family

    family = law_family(_law_by_id(law_id)) if law_id else None
    if right == "opt_out" and family == "gdpr":
        label = _GDPR_OPT_OUT
    elif right == "opt_out" and family == "us":
        label = _US_OPT_OUT
    else:
        label = RIGHT_PHRASES.get(right, right)
    return label.replace("my ", f"{person.name}'s ") if person.agent_name else label


_SENT_HOW: dict[str, str] = {
    "email": "by e-mail to {0}",
    "postal": "by post to {0}",
    "webform": "through the company's web form at {0}",
    "fax": "by fax to {0}",
    "phone": "by telephone, calling {0}",
}


def _original_context(
    request: Any, timeline: list[Any], person: Person, lang: str = "en"
) -> dict[str, Any]:
    right = str(_get(request, "right"))
    sent = _as_date(_get(request, "sent"))
    respond_by = _as_date(_get(request, "respond_by"))
    extended = _as_date(_get(request, "extended_respond_by"))
    granted = bool(_get(request, "extension_granted", False)) and extended is not None
    due = _as_date(_get(request, "due")) or (extended if granted else respond_by)
    events = [str(_get(e, "event")) for e in timeline]
    outcome = None
    if "denied" in events:
        outcome = "The company refused the request."
    elif "answered_part" in events:
        outcome = "The company has answered only in part."
    elif due is not None:
        outcome = "The company has not given a full answer."
    channel = str(_get(request, "channel") or "email")
    recipient = str(_get(request, "recipient") or "the company")
    return {
        "reference": str(_get(request, "reference")),
        "right": right,
        "right_label": _right_label(right, person, _get(request, "law_id")),
        "sent": long_date(sent, lang) if sent else "an earlier date",
        "respond_by": long_date(respond_by, lang) if respond_by else None,
        "extended_respond_by": long_date(extended, lang) if extended else None,
        "deadline": long_date(due, lang) if due else None,
        "sent_how": _SENT_HOW.get(channel, "to {0}").format(inline(recipient)),
        "extended": granted,
        "partial": "answered_part" in events,
        "outcome": outcome,
        "channel_label": CHANNEL_LABELS.get(channel, channel),
        "recipient": recipient,
    }


def _extension_context(
    request: Any,
    timeline: list[Any],
    law: Any,
    right: str,
    today: dt.date | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    notice_event = next((e for e in reversed(timeline) if _get(e, "event") == "extended"), None)
    notice = _as_date(_get(notice_event, "on")) if notice_event is not None else None
    reason = None  # the ledger keeps only a refusal's reason code; the person's note is private
    notice_by = _as_date(_get(request, "extension_notice_by")) or _as_date(
        _get(request, "respond_by")
    )
    respond_by = _as_date(_get(request, "respond_by"))
    allowed = _as_date(_get(request, "extended_respond_by")) is not None
    if law is not None and law.grants(right):
        allowed = law.rules_for(right).extension is not None
    return {
        "notice": long_date(notice, lang) if notice else None,
        "notice_by": long_date(notice_by, lang) if notice_by else None,
        "late": bool(notice and notice_by and notice > notice_by),
        "not_allowed": not allowed,
        "reason": reason,
        "no_reason": False,  # never claimed: the ledger does not know what the notice said
        "passed": bool(respond_by and today and today > respond_by),
    }


def _regulator_context(law: Any, residence: Any) -> dict[str, Any] | None:
    if law is None:
        return None
    regulator = law.regulator_for(residence) if hasattr(law, "regulator_for") else law.regulator
    return _called(
        {
            "name": regulator.name,
            "email": regulator.email,
            "address": regulator.address,
            "complaint_url": regulator.complaint_url,
            "website": regulator.website,
        }
    )


# Names that begin with their own article: "the" is not put before them in an English
# sentence ("complain to the Der Bundesbeauftragte ..." / "to the The ...").
_OWN_ARTICLE = ("the ", "der ", "die ", "das ", "la ", "le ", "les ", "l'", "el ", "il ", "het ")


def _called(regulator: dict[str, Any]) -> dict[str, Any]:
    """`regulator` with `called`: its name as an English sentence names it ("the ICO")."""
    name = str(regulator.get("name") or "")
    if name.lower().startswith("the "):
        called = "the " + name[4:]
    elif name.lower().startswith(_OWN_ARTICLE[1:]):
        called = name
    else:
        called = "the " + name
    return {**regulator, "called": called}
