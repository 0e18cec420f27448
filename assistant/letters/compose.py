"""Request letters: facts from a company record and a law profile, written out through Jinja2.

`compose_request` turns (company record, right, person, residence, today) into a `Letter`: the
subject, the body, where it goes and by which channel, the reference, the law and the
deadlines it states. `compose_followup` and `compose_complaint` do the same for a request the
ledger already holds. The words live in the templates under letters/ (see
`assistant.paths.letters_dir`); this module only gathers facts. The Jinja2 environment uses
StrictUndefined, so a missing fact is an error rather than a blank, and templates are only
ever loaded from that folder by name, never built from anything a person typed.

Writing a Letter out (.txt, .eml, .pdf, mailto:, files) is assistant.letters.output's job; its
functions are also reachable here (`letters.to_text`, `letters.write_letter`, ...), loaded on
first use so that composing a letter never imports fpdf2.

Every person-supplied field passes through assistant.textsafety when a `Person` is created.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant import textsafety
from assistant.errors import UserError
from assistant.records.model import RIGHTS, is_slug

if TYPE_CHECKING:
    from jinja2 import Environment

    from assistant.records.model import CompanyRecord, Contact

KINDS: tuple[str, ...] = (*RIGHTS, "followup_overdue", "followup_extension", "complaint")
FORMATS: tuple[str, ...] = ("txt", "eml", "pdf")
KIND_CODES = {
    "access": "ACC",
    "deletion": "DEL",
    "opt_out": "OPT",
    "correction": "COR",
    "followup_overdue": "FUP",
    "followup_extension": "EXT",
    "complaint": "CMP",
}
# The order in which a channel is chosen among the contacts a record gives for a right.
CHANNEL_ORDER: tuple[str, ...] = ("email", "postal", "webform", "fax", "phone")
CHANNEL_LABELS = {
    "email": "e-mail",
    "postal": "post",
    "webform": "the company's web form",
    "fax": "fax",
    "phone": "telephone",
}
RIGHT_PHRASES = {
    "access": "access to my personal information",
    "deletion": "the deletion of my personal information",
    "opt_out": "an opt-out of the sale and sharing of my personal information",
    "correction": "the correction of my personal information",
}
# Laws whose access right also covers retention, automated decisions and transfers.
FULL_ACCESS_LAWS = frozenset({"gdpr", "uk-gdpr", "fadp", "lgpd", "eea-gdpr"})
MSGID_DOMAIN = "rights-assistant.invalid"
REPLY_DAYS = 14  # time a follow-up gives the company to answer (a request, not a legal term)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
REFERENCE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,79}$")
_LOOKUP = object()  # "look the law up from the residence"


class LetterRefused(UserError):
    """The policy says the right is not offered, or is moot; carries the sentence saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(
            message, hint="add --force to write the letter anyway, phrased to fit the policy"
        )


# -- people and letters -----------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Who the letter is for. Every field is checked and cleaned when the Person is made."""

    name: str
    email: str
    address: str | None = None
    identifiers: Mapping[str, str] = field(default_factory=dict)
    agent_name: str | None = None

    def __post_init__(self) -> None:
        set_ = functools.partial(object.__setattr__, self)
        set_("name", textsafety.clean_line(self.name, "name"))
        set_("email", textsafety.clean_email(self.email))
        if self.address is not None:
            set_("address", textsafety.clean_address(self.address))
        if self.agent_name is not None:
            set_("agent_name", textsafety.clean_line(self.agent_name, "agent"))
        cleaned: dict[str, str] = {}
        for label, value in dict(self.identifiers).items():
            key = textsafety.clean_line(label, "label")
            cleaned[key] = textsafety.clean_line(value, f"detail {key!r}", limit=300)
        set_("identifiers", cleaned)


@dataclass(frozen=True)
class Letter:
    """A finished letter: what it says, where it goes and how."""

    kind: str
    company_id: str
    subject: str
    body: str
    recipient_name: str
    recipient: str
    channel: str
    reference: str
    date: dt.date
    law_id: str | None
    sender_name: str
    sender_email: str
    sender_address: str | None
    right: str | None = None
    residence: str | None = None
    signature: str = ""
    note: str | None = None  # how to send it (e.g. "paste into the form at ...")
    attachments: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # things the person should know; never part of the letter
    missing_details: tuple[str, ...] = ()  # what the company asks for that the person did not give
    received: dt.date | None = None
    deadlines: Any = None  # assistant.law.deadlines.Deadlines for a first request


@dataclass(frozen=True)
class Route:
    """Where a letter goes: the channel, the address or number, and the contact it came from."""

    channel: str
    recipient: str
    contact: Contact | None = None


# -- the template environment ------------------------------------------------------------------


@functools.cache
def _environment(folder: str) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(folder),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def environment() -> Environment:
    """The Jinja2 environment over letters/ (StrictUndefined, no autoescape, cached)."""
    from assistant import paths

    return _environment(str(paths.letters_dir()))


def render(kind: str, context: Mapping[str, Any]) -> tuple[str, str, str]:
    """(subject, body, signature) of template `<kind>.j2` filled from `context`."""
    if kind not in KINDS:
        raise ValueError(f"no letter template for {kind!r}")
    template = environment().get_template(f"{kind}.j2")
    body = tidy(template.render(context))
    subject = textsafety.one_line(_render_block(template, "subject", context))
    signature = tidy(_render_block(template, "signature", context)).strip("\n")
    return subject, body, signature


ROOT_TEMPLATE = "_letter.j2"


def _render_block(template: Any, name: str, context: Mapping[str, Any]) -> str:
    """One block of a letter; a block the template does not define comes from the root."""
    if name not in template.blocks:
        template = environment().get_template(ROOT_TEMPLATE)
    return "".join(template.blocks[name](template.new_context(dict(context))))


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one newline at the end."""
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


# -- small facts -------------------------------------------------------------------------------


def long_date(day: dt.date) -> str:
    """'23 November 2026': day first, month in words, never ambiguous."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def make_reference(company_id: str, kind: str, today: dt.date, token: str | None = None) -> str:
    """A fresh reference such as RA-20261123-QUALFON-DEL-7F3A."""
    company = re.sub(r"[^A-Z0-9]", "", company_id.upper())[:16] or "COMPANY"
    code = KIND_CODES.get(kind, "REQ")
    token = token or secrets.token_hex(2).upper()
    return f"RA-{today:%Y%m%d}-{company}-{code}-{token}"


def check_reference(reference: str) -> str:
    """A reference is upper-case letters, digits and hyphens only (it becomes part of a name)."""
    if not isinstance(reference, str) or not REFERENCE_PATTERN.fullmatch(reference):
        raise UserError(
            f"{textsafety.one_line(str(reference))[:60]!r} is not a usable reference",
            hint="use upper-case letters, digits and hyphens, e.g. RA-20261123-ACME-DEL-7F3A",
        )
    return reference


def normalise_right(right: str) -> str:
    """'opt-out', 'Opt_Out', 'delete' ... -> one of RIGHTS; UserError otherwise."""
    key = right.strip().lower().replace("-", "_").replace(" ", "_")
    key = {
        "know": "access",
        "right_to_know": "access",
        "delete": "deletion",
        "erasure": "deletion",
        "optout": "opt_out",
        "do_not_sell": "opt_out",
        "correct": "correction",
        "rectification": "correction",
    }.get(key, key)
    if key not in RIGHTS:
        raise UserError(
            f"unknown right {textsafety.one_line(right)[:40]!r}",
            hint="choose access, deletion, opt-out or correction",
        )
    return key


def choose_route(record: CompanyRecord, right: str) -> Route:
    """The channel and address for a request: the right's own contacts first, by CHANNEL_ORDER."""
    contacts = record.contacts_for(right)
    for channel in CHANNEL_ORDER:
        for contact in contacts:
            if contact.kind == channel:
                return Route(channel, contact.value.strip(), contact)
    if record.website:
        # Nothing published at all: the website is the only lead (see the route note).
        return Route("webform", record.website, None)
    raise UserError(
        f"{record.name} publishes no e-mail, address, web form or phone number for requests",
        hint=f"check the company's website{' (' + record.website + ')' if record.website else ''}"
        " or `rights companies show " + record.id + "`",
    )


def assess_right(record: CompanyRecord, right: str) -> str | None:
    """None when a request makes sense; otherwise a sentence, quoting the policy, saying why not.

    A right the policy says is not offered, or an opt-out of sale from a company that says it
    neither sells nor shares personal information, gets a sentence; everything else gets None.
    """
    policy = record.rights.get(right)
    if policy.offered is False:
        quoted = f": “{policy.quote}”" if policy.quote else "."
        return f"{record.name}'s privacy policy says it does not offer this right{quoted}"
    if right == "opt_out":
        sells = record.sells_personal_information
        shares = record.shares_personal_information
        if sells.value is False and shares.value is not True:
            quoted = f": “{sells.quote}”" if sells.quote else "."
            return (
                f"{record.name}'s privacy policy says it does not sell personal information, "
                f"so there may be nothing to opt out of{quoted}"
            )
    return None


def _citation_text(citations: Iterable[str]) -> str:
    items = [c for c in citations if c]
    if len(items) <= 1:
        return "".join(items)
    return "; ".join(items[:-1]) + " and " + items[-1]


def _residence_name(code: str | None) -> str | None:
    if not code:
        return None
    try:
        from assistant.law.profiles import residence_name
    except ImportError:
        return code
    name = residence_name(code) or code
    if name.startswith(("United ", "Netherlands", "Czech Republic", "Isle of ")):
        name = "the " + name
    return name


def _find_law(residence: str | None, today: dt.date) -> Any:
    if not residence:
        return None
    from assistant.law.profiles import law_for

    return law_for(residence, on=today)


def _law_context(law: Any, right: str) -> dict[str, Any] | None:
    if law is None:
        return None
    citations = list(law.citation_for(right)) if law.grants(right) else []
    return {
        "id": law.id,
        "name": law.name,
        "short_name": law.short_name,
        "grants": bool(law.grants(right)),
        "citations": citations,
        "citation_text": _citation_text(citations) or law.short_name,
    }


# -- identity ----------------------------------------------------------------------------------

_ADDRESS_WORDS = re.compile(r"\b(postal|mailing|home|street|residential|billing)?\s*address\b")
_NOT_POSTAL = re.compile(r"(e-?mail|ip|mac)\s*address")


def _asks_for_address(record: CompanyRecord) -> bool:
    v = record.verification
    if any(e.type == "address" for e in v.required_elements):
        return True
    for point in v.data_points:
        text = point.casefold()
        if _ADDRESS_WORDS.search(text) and not _NOT_POSTAL.search(text):
            return True
    return False


def _asked_labels(record: CompanyRecord) -> list[str]:
    """What the record asks the person to give, beyond name and e-mail, in the record's words."""
    v = record.verification
    labels: list[str] = []
    skip = re.compile(r"^\s*(full\s+)?(name|e-?mail( address)?)\s*$", re.IGNORECASE)
    for point in v.data_points:
        if not skip.match(point):
            labels.append(point)
    for element in v.required_elements:
        if element.type in ("name", "email", "address") or skip.match(element.desc):
            continue
        labels.append(element.desc)
    seen: set[str] = set()
    out = []
    for label in labels:
        key = label.casefold()
        if key not in seen:
            seen.add(key)
            out.append(label)
    return out


def _identity(
    record: CompanyRecord, person: Person
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(details to state, details asked for but not given, warnings) — nothing beyond the record."""
    asked = _asked_labels(record)
    given = {k.casefold(): (k, v) for k, v in person.identifiers.items()}
    stated: list[tuple[str, str]] = []
    missing: list[str] = []
    for label in asked:
        hit = given.pop(label.casefold(), None)
        if hit is not None:
            stated.append((label, hit[1]))
        else:
            missing.append(label)
    warnings = [
        f"left out {label!r}: {record.name}'s record does not ask for it"
        for label, _value in given.values()
    ]
    if _asks_for_address(record):
        if person.address:
            stated.append(("Postal address", _inline(person.address)))
        else:
            missing.append("postal address")
    return stated, missing, warnings


def _inline(block: str) -> str:
    return ", ".join(part.strip() for part in block.split("\n") if part.strip())


# -- composing ---------------------------------------------------------------------------------


def _deadline_context(
    law: Any,
    right: str,
    route: Route,
    record: CompanyRecord,
    residence: str | None,
    today: dt.date,
) -> tuple[dict[str, Any], Any, dt.date]:
    """What the letter says about time limits: the law's dates, else the policy's own promise."""
    from assistant.law import deadlines as dl

    received, _why = dl.assumed_receipt(today, route.channel)
    policy = record.rights.get(right)
    law_ok = law is not None and law.grants(right)
    found = dl.compute_deadlines(
        law if law_ok else None,
        right,
        received,
        residence or "",
        company_response_days=policy.response_days,
    )
    if law_ok:
        respond_by = found.respond_by
        rules = law.rules_for(right)
        cited = [p.citation for p in (rules.respond,) if p is not None]
    else:
        # No law: only the company's own stated timeline, with its words, gives a date.
        respond_by = getattr(found, "company_promise_by", None) if policy.response_quote else None
        cited = []
    extended = found.extended_respond_by if law_ok else None
    notice_by = (found.extension_notice_by or found.respond_by) if extended else None
    ctx = {
        "received": long_date(received),
        "received_is_sent": received == today,
        "respond_by": long_date(respond_by) if respond_by else None,
        "acknowledge_by": long_date(found.acknowledge_by)
        if law_ok and found.acknowledge_by
        else None,
        "extended_respond_by": long_date(extended) if extended else None,
        "extension_notice_by": long_date(notice_by) if notice_by else None,
        "citation_text": _citation_text(cited),
        "from_policy": not law_ok,
        "promise": policy.response_quote if not law_ok else None,
    }
    return ctx, found, received


def _base_context(
    kind: str,
    record: CompanyRecord,
    person: Person,
    route: Route,
    reference: str,
    today: dt.date,
) -> dict[str, Any]:
    agent = person.agent_name
    send_address = person.address if route.channel in ("postal", "fax") else None
    return {
        "kind": kind,
        "channel": route.channel,
        "recipient": route.recipient,
        "reference": reference,
        "date": long_date(today),
        "company_name": record.name,
        "company_legal_name": record.legal_name or record.name,
        "company_website": record.website,
        "salutation": f"{record.name} privacy team",
        "person_name": person.name,
        "agent_name": agent,
        "signer": agent or person.name,
        "reply_email": person.email,
        "sender_address_inline": _inline(send_address) if send_address else None,
    }


def compose_request(
    record: CompanyRecord,
    right: str,
    person: Person,
    *,
    residence: str | None,
    today: dt.date,
    force: bool = False,
    correction: str | None = None,
    reference: str | None = None,
    law: Any = _LOOKUP,
) -> Letter:
    """The first letter asking `record`'s company to act on `right` for `person`.

    `residence` picks the law (assistant.law.profiles.law_for); with no law, the letter rests on the
    company's own policy. `law` may be passed to skip the look-up (tests, the dialogue). A right
    the policy says is not offered, or moot, raises LetterRefused unless `force`.
    """
    right = normalise_right(right)
    if not is_slug(record.id):
        raise UserError(f"{record.id!r} is not a valid company id")
    problem = assess_right(record, right)
    if problem and not force:
        raise LetterRefused(problem)
    if right == "correction":
        if correction is None:
            raise UserError(
                "a correction request needs to say what is wrong and what it should be",
                hint='add --correction "My address is 1 Elm St, not 1 Oak St"',
            )
        correction = textsafety.clean_block(correction, "correction")
    if law is _LOOKUP:
        law = _find_law(residence, today)
    reference = check_reference(reference) if reference else make_reference(record.id, right, today)
    route = choose_route(record, right)
    policy = record.rights.get(right)
    stated, missing, warnings = _identity(record, person)
    id_required = record.verification.id_document_required is True
    deadline, found, received = _deadline_context(law, right, route, record, residence, today)

    moot = right == "opt_out" and problem is not None and policy.offered is not False
    gpc = record.honours_gpc
    ctx = _base_context(right, record, person, route, reference, today)
    ctx.update(
        {
            "right": right,
            "law": _law_context(law, right),
            "residence_name": _residence_name(residence),
            "policy_quote": policy.quote if policy.offered is True else None,
            "policy_url": record.policy_url,
            "policy_problem": _problem_quote(record, right) if problem else None,
            "deadline": deadline,
            "identifiers": stated,
            "verification": {"missing": missing, "id_required": id_required},
            "full_access": bool(law is not None and law.id in FULL_ACCESS_LAWS),
            "moot": moot,
            "gpc_refused": gpc.value is False and bool(gpc.quote),
            "gpc_quote": gpc.quote,
            "correction_lines": correction.split("\n") if correction else [],
        }
    )
    subject, body, signature = render(right, ctx)
    attachments = []
    if person.agent_name:
        attachments.append(f"signed authorisation from {person.name}")
    if id_required:
        attachments.append("copy of an identity document (the company's policy requires one)")
    notes = list(warnings)
    if problem:
        notes.insert(0, problem)
    if record.processor is not None:
        notes.append(record.processor.advice)
    return _to_company(
        right, record, route, person, reference, today, law, right, residence,
        (subject, body, signature),
        attachments=tuple(attachments), warnings=tuple(notes), received=received,
        deadlines=found, missing_details=tuple(missing),
    )  # fmt: skip


def _problem_quote(record: CompanyRecord, right: str) -> str | None:
    policy = record.rights.get(right)
    if policy.offered is False:
        return policy.quote
    return record.sells_personal_information.quote


def _route_note(route: Route) -> str | None:
    if route.channel == "webform" and route.contact is None:
        return (
            "The company's policy publishes no e-mail, address or form for requests. Look for a "
            f"contact option on its website, {route.recipient}, and paste the letter text there."
        )
    if route.channel == "webform":
        return f"Paste the letter text into the company's web form at {route.recipient}."
    if route.channel == "phone":
        return (
            f"The company publishes only a phone number: call {route.recipient} "
            "and use this script."
        )
    if route.channel == "postal":
        return "Send this by post, ideally by a tracked or recorded service, and keep a copy."
    if route.channel == "fax":
        return f"Fax the PDF to {route.recipient} and keep the transmission report."
    return None


# -- follow-ups and complaints -----------------------------------------------------------------


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


EVENT_PHRASES = {
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
EVENT_PHRASES_TO_REGULATOR = {
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


def _timeline_lines(
    timeline: Iterable[Any], phrases: Mapping[str, str] = EVENT_PHRASES
) -> list[str]:
    """One line per known event: '5 October 2026: you acknowledged the request.'"""
    lines = []
    for event in timeline:
        name = _get(event, "event")
        on = _as_date(_get(event, "on"))
        phrase = phrases.get(str(name))
        if phrase is None or on is None:
            continue
        reason = _get(event, "reason")
        note = _get(event, "note")
        extra = reason or note
        line = f"{long_date(on)}: {phrase}"
        if extra:
            line += f" (“{textsafety.one_line(str(extra))[:300]}”)"
        lines.append(line + ".")
    return lines


def _right_label(right: str, person: Person) -> str:
    """'access to my personal information', or '... to Jane Doe's ...' when an agent writes."""
    label = RIGHT_PHRASES.get(right, right)
    return label.replace("my ", f"{person.name}'s ") if person.agent_name else label


def _original_context(request: Any, timeline: list[Any], person: Person) -> dict[str, Any]:
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
    return {
        "reference": str(_get(request, "reference")),
        "right": right,
        "right_label": _right_label(right, person),
        "sent": long_date(sent) if sent else "an earlier date",
        "respond_by": long_date(respond_by) if respond_by else None,
        "extended_respond_by": long_date(extended) if extended else None,
        "deadline": long_date(due) if due else None,
        "extended": granted,
        "partial": "answered_part" in events,
        "outcome": outcome,
        "channel_label": CHANNEL_LABELS.get(channel, channel),
        "recipient": str(_get(request, "recipient") or "the company"),
    }


def compose_followup(
    request: Any,
    timeline: list[Any],
    record: CompanyRecord,
    person: Person,
    *,
    today: dt.date,
    kind: str = "followup_overdue",
    law: Any = _LOOKUP,
    reference: str | None = None,
) -> Letter:
    """A reminder for a tracked request: overdue, or extended late / without reasons.

    `request` is a ledger row (RequestRow or its as_dict()); `timeline` its events.
    """
    if kind not in ("followup_overdue", "followup_extension"):
        raise ValueError(f"not a follow-up kind: {kind!r}")
    right = normalise_right(str(_get(request, "right")))
    if law is _LOOKUP:
        law = _law_by_id(_get(request, "law_id"))
    # The follow-up goes where the request went, when the ledger remembers it.
    recorded, channel = _get(request, "recipient"), _get(request, "channel")
    if recorded and channel in CHANNEL_ORDER:
        route = Route(str(channel), str(recorded))
    else:
        route = choose_route(record, right)
    reference = check_reference(reference) if reference else make_reference(record.id, kind, today)
    ctx = _base_context(kind, record, person, route, reference, today)
    ctx.update(
        {
            "law": _law_context(law, right),
            "original": _original_context(request, timeline, person),
            "timeline_lines": _timeline_lines(timeline),
            "reply_by": long_date(today + dt.timedelta(days=REPLY_DAYS)),
            "regulator": _regulator_context(law, _get(request, "residence")),
            "extension": _extension_context(request, timeline, law, right),
        }
    )
    return _to_company(
        kind, record, route, person, reference, today, law, right, _get(request, "residence"),
        render(kind, ctx), attachments=("a copy of the original request",),
    )  # fmt: skip


def _to_company(
    kind: str,
    record: CompanyRecord,
    route: Route,
    person: Person,
    reference: str,
    today: dt.date,
    law: Any,
    right: str,
    residence: str | None,
    rendered: tuple[str, str, str],
    *,
    recipient_name: str | None = None,
    **extra: Any,
) -> Letter:
    """A Letter sent by `route` (to the company unless `recipient_name` says otherwise), from
    `person`, with rendered text."""
    subject, body, signature = rendered
    return Letter(
        kind=kind,
        company_id=record.id,
        subject=subject,
        body=body,
        recipient_name=recipient_name or record.legal_name or record.name,
        recipient=route.recipient,
        channel=route.channel,
        reference=reference,
        date=today,
        law_id=law.id if law is not None else None,
        sender_name=person.agent_name or person.name,
        sender_email=person.email,
        sender_address=person.address,
        right=right,
        residence=residence,
        signature=signature,
        note=_route_note(route),
        **extra,
    )


def _extension_context(request: Any, timeline: list[Any], law: Any, right: str) -> dict[str, Any]:
    notice_event = next((e for e in reversed(timeline) if _get(e, "event") == "extended"), None)
    notice = _as_date(_get(notice_event, "on")) if notice_event is not None else None
    reason = _get(notice_event, "reason") if notice_event is not None else None
    notice_by = _as_date(_get(request, "extension_notice_by")) or _as_date(
        _get(request, "respond_by")
    )
    allowed = _as_date(_get(request, "extended_respond_by")) is not None
    if law is not None and law.grants(right):
        allowed = law.rules_for(right).extension is not None
    return {
        "notice": long_date(notice) if notice else None,
        "notice_by": long_date(notice_by) if notice_by else None,
        "late": bool(notice and notice_by and notice > notice_by),
        "not_allowed": not allowed,
        "reason": textsafety.one_line(str(reason))[:500] if reason else None,
        "no_reason": notice_event is not None and not reason,
    }


def _regulator_context(law: Any, residence: Any) -> dict[str, Any] | None:
    if law is None:
        return None
    regulator = law.regulator_for(residence) if hasattr(law, "regulator_for") else law.regulator
    return {
        "name": regulator.name,
        "email": regulator.email,
        "address": regulator.address,
        "complaint_url": regulator.complaint_url,
        "website": regulator.website,
    }


def _law_by_id(law_id: Any) -> Any:
    if not law_id:
        return None
    from assistant.law.profiles import load_laws

    return load_laws().get(str(law_id))


def compose_complaint(
    request: Any,
    timeline: list[Any],
    record: CompanyRecord,
    person: Person,
    *,
    today: dt.date,
    law: Any = _LOOKUP,
    reference: str | None = None,
) -> Letter:
    """A complaint to the regulator of the law the request was made under."""
    right = normalise_right(str(_get(request, "right")))
    if law is _LOOKUP:
        law = _law_by_id(_get(request, "law_id"))
    if law is None:
        raise UserError(
            "this request was not made under a law this assistant knows, so there is no "
            "regulator to write to",
            hint="`rights laws` lists the laws and their regulators",
        )
    regulator = _regulator_context(law, _get(request, "residence")) or {}
    if regulator.get("email"):
        route = Route("email", regulator["email"])
    elif regulator.get("complaint_url"):
        route = Route("webform", regulator["complaint_url"])
    elif regulator.get("address"):
        route = Route("postal", regulator["address"])
    else:
        raise UserError(
            f"no e-mail, complaint form or address is recorded for {regulator.get('name')}",
            hint=f"see {regulator.get('website') or 'the regulator website'}",
        )
    reference = (
        check_reference(reference) if reference else make_reference(record.id, "complaint", today)
    )
    ctx = _base_context("complaint", record, person, route, reference, today)
    ctx.update(
        {
            "salutation": "Sir or Madam",
            "law": _law_context(law, right),
            "original": _original_context(request, timeline, person),
            "regulator": regulator,
            "timeline_lines": _timeline_lines(timeline, EVENT_PHRASES_TO_REGULATOR),
            "sender_address_inline": _inline(person.address) if person.address else None,
        }
    )
    return _to_company(
        "complaint", record, route, person, reference, today, law, right,
        _get(request, "residence"), render("complaint", ctx),
        recipient_name=str(regulator["name"]),
        attachments=("a copy of the request", "copies of any replies"),
    )  # fmt: skip


# -- the output functions, from assistant.letters.output on first use -------------------------

_OUTPUT_NAMES = frozenset(
    {
        "PDF_FONT", "SYSTEM_FALLBACK_FONTS", "header_lines", "to_text", "to_eml", "mailto_link",
        "pdf_fonts_for", "to_pdf", "letters_folder", "file_stem", "render_formats",
        "write_letter", "_has_rtl",
    }
)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _OUTPUT_NAMES:
        from assistant.letters import output as letter_output

        return getattr(letter_output, name)
    raise AttributeError(f"module 'assistant.letters.compose' has no attribute {name!r}")
