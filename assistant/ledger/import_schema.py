"""The shape of one exported request, as a strict pydantic schema that imports are checked against.

An import is checked whole before anything is written (assistant/ledger/exchange.py): every
request of the file goes through `ExportedRequest`, and every problem found is reported with the
request's place in the file, the field and what is wrong. The schema is the export's own: every
field `RequestRow.as_dict()` writes, with the same types, and nothing else.

- Text fields go through assistant/textsafety.py (no control characters, ANSI or OSC escapes,
  invisible overrides; bounded lengths), so nothing imported can drive a terminal, add a line
  to a letter or a header to an e-mail later.
- Dates are ISO text (YYYY-MM-DD) between `EARLIEST` and `LATEST` (the ledger's stored range,
  assistant/ledger/dates.py; a request is sent by `LATEST_SENT`): no 20261201 numbers, no
  year 9999 that would overflow the date arithmetic of reminders and calendars.
- Codes (status, right, channel, event, reason) must be ones the ledger knows; the residence
  must be a code the assistant knows.
- Lists and the nested deadlines are bounded in length and depth.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from assistant import textsafety
from assistant.ledger.dates import FIRST_STORED_DAY, LAST_STORED_DAY
from assistant.ledger.schema import CHANNELS, DENIAL_REASONS, EVENTS, STORED_STATUSES
from assistant.vocabulary import RIGHTS, is_reference

EARLIEST = FIRST_STORED_DAY
LATEST = LAST_STORED_DAY  # deadlines run past the last day a request may be sent
LATEST_SENT = textsafety.LATEST_DAY
MAX_EVENTS = 500
MAX_LETTER_FILES = 200
MAX_LIST_TEXTS = 100
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def _text(limit: int, field: str = "text") -> Any:
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError("must be text")
        try:
            return textsafety.clean_line(value, field, limit=limit)
        except textsafety.FieldError as exc:
            raise ValueError(exc.problem) from None

    return BeforeValidator(check)


def _block(limit: int) -> Any:
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError("must be text")
        try:
            return textsafety.clean_block(value, "text", limit=limit)
        except textsafety.FieldError as exc:
            raise ValueError(exc.problem) from None

    return BeforeValidator(check)


def _day(value: object) -> dt.date:
    if not isinstance(value, str):
        raise ValueError("must be a date written YYYY-MM-DD (as text)")
    if not (len(value) == 10 and value.isascii() and value[4] == value[7] == "-"):
        raise ValueError("must be a date written YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("must be a real date written YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"must be between {EARLIEST} and {LATEST}")
    return day


def _slug(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("must be an id (lower-case letters, digits, - _ .)")
    if len(value) > 120 or value[0] in "-_." or not set(value) <= _SLUG_CHARS:
        raise ValueError("must be an id (lower-case letters, digits, - _ .), at most 120 long")
    return value


def _reference(value: object) -> str:
    if not is_reference(value):
        raise ValueError("must be a reference like RA-20261123-ACME-DEL-7F3A (A-Z, 0-9, -)")
    return str(value)


def _residence(value: object) -> str:
    from assistant.law.residences import resolve_residence

    if not isinstance(value, str) or len(value) > 12 or resolve_residence(value) != value:
        raise ValueError("must be a residence code the assistant knows (US-CA, DE, GB, ...)")
    return value


Day = Annotated[dt.date, BeforeValidator(_day)]
Slug = Annotated[str, BeforeValidator(_slug)]
Line = Annotated[str, _text(300)]
PathText = Annotated[str, _text(4096, "letter file")]


def _not_after_today(request: ExportedRequest, today: dt.date) -> None:
    """What has happened (the sending, the answers, each event) cannot lie after today: an
    export holds no future, and a day far ahead would make a request look settled or late.
    One day of grace allows for an export made where it is already tomorrow."""
    latest = today + dt.timedelta(days=1)
    happened = [("sent", request.sent), ("received", request.received)]
    happened += [
        (name, getattr(request, name))
        for name in ("acknowledged_on", "finished_on", "last_followup", "complaint_on")
    ]
    happened += [(f"event {event.event!r} on", event.on) for event in request.events]
    for what, day in happened:
        if day is not None and day > latest:
            raise ValueError(f"{what} {day} is after today ({today}): it cannot have happened yet")


def _no_newer(day: dt.date | None, than: dt.date, what: str) -> None:
    if day is not None and day < than:
        raise ValueError(f"{what} {day} is before the request was sent ({than})")


class ExportedDeadlines(BaseModel):
    """The deadlines worked out when the request was recorded (Deadlines.as_json())."""

    model_config = ConfigDict(extra="forbid", strict=True)

    law: Slug | None = None
    law_name: Line | None = None
    right: Literal[RIGHTS] | None = None  # type: ignore[valid-type]
    residence: Annotated[str, BeforeValidator(_residence)] | None = None
    received: Day | None = None
    acknowledge_by: Day | None = None
    respond_by: Day | None = None
    extended_respond_by: Day | None = None
    extension_notice_by: Day | None = None
    citations: list[Line] = Field(default_factory=list, max_length=MAX_LIST_TEXTS)
    explanations: list[Annotated[str, _block(2000)]] = Field(
        default_factory=list, max_length=MAX_LIST_TEXTS
    )
    company_promise: StrictInt | Line | None = None
    company_promise_by: Day | None = None
    follow_up_by: Day | None = None


class ExportedEvent(BaseModel):
    """One timeline entry."""

    model_config = ConfigDict(extra="forbid", strict=True)

    event: Literal[EVENTS]  # type: ignore[valid-type]
    on: Day
    note: Annotated[str, _block(2000)] | None = None
    reason: Literal[DENIAL_REASONS] | None = None  # type: ignore[valid-type]
    outcome: Annotated[str, _block(2000)] | None = None


class ExportedRequest(BaseModel):
    """One request of an export, every stored field (the number `id` is not kept)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: Annotated[StrictInt, Field(ge=1, le=2**53)] | None = None
    reference: Annotated[str, BeforeValidator(_reference)]
    company_id: Slug
    company_name: Annotated[str, _text(300, "company name")]
    right: Literal[RIGHTS]  # type: ignore[valid-type]
    law_id: Slug | None = None
    law_name: Line | None = None
    regulator: Line | None = None
    residence: Annotated[str, BeforeValidator(_residence)]
    channel: Literal[CHANNELS]  # type: ignore[valid-type]
    recipient: Line | None = None
    status: Literal[STORED_STATUSES]  # type: ignore[valid-type]
    sent: Day
    received: Day
    acknowledge_by: Day | None = None
    respond_by: Day | None = None
    extended_respond_by: Day | None = None
    extension_notice_by: Day | None = None
    due: Day | None = None
    acknowledged_on: Day | None = None
    finished_on: Day | None = None
    extension_granted: StrictBool = False
    late_extension: StrictBool = False
    followups: Annotated[StrictInt, Field(ge=0, le=10_000)] = 0
    last_followup: Day | None = None
    complaint_on: Day | None = None
    action_reason: Literal[EVENTS] | None = None  # type: ignore[valid-type]
    denial_reason: Literal[DENIAL_REASONS] | None = None  # type: ignore[valid-type]
    deadlines: ExportedDeadlines = Field(default_factory=ExportedDeadlines)
    letter_files: list[PathText] = Field(default_factory=list, max_length=MAX_LETTER_FILES)
    events: list[ExportedEvent] = Field(default_factory=list, max_length=MAX_EVENTS)

    @model_validator(mode="after")
    def _dates_in_order(self, info: ValidationInfo) -> ExportedRequest:
        if self.sent > LATEST_SENT:
            raise ValueError(f"sent {self.sent} is after {LATEST_SENT}, the last day allowed")
        today = (info.context or {}).get("today")
        if isinstance(today, dt.date):
            _not_after_today(self, today)
        if self.received < self.sent:
            raise ValueError(f"received {self.received} is before sent {self.sent}")
        for name in ("acknowledged_on", "finished_on", "last_followup", "complaint_on"):
            _no_newer(getattr(self, name), self.sent, name)
        for event in self.events:
            _no_newer(event.on, self.sent, f"event {event.event!r} on")
        return self

    def columns(self) -> dict[str, Any]:
        """The stored fields as exchange.py hands them to the ledger (dates as ISO text)."""
        data = self.model_dump(exclude={"id"})
        for key, value in data.items():
            if isinstance(value, dt.date):
                data[key] = value.isoformat()
        data["deadlines"] = self.deadlines.model_dump(mode="json")
        data["events"] = [e.model_dump(mode="json") for e in self.events]
        return data


def _where(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for piece in loc:
        if isinstance(piece, int):
            parts.append(f"[{piece + 1}]")
        elif not str(piece).startswith(("function-", "json-or-python", "lax-or-strict")):
            parts.append(("." if parts else "") + str(piece))
    return "".join(parts) or "(the request)"


def _what(error: Any) -> str:
    message = str(error.get("msg", "is not valid"))
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if error.get("type") == "extra_forbidden":
        message = "is not a field of an export"
    elif error.get("type") == "missing":
        message = "is missing"
    return textsafety.one_line(message)[:200]


def validate_request(
    item: object, today: dt.date | None = None
) -> tuple[ExportedRequest | None, list[str]]:
    """The request checked against the schema (and, given `today`, nothing dated after it),
    or None and a list of 'field: what' problems."""
    try:
        return ExportedRequest.model_validate(item, context={"today": today}), []
    except ValidationError as exc:
        return None, [f"{_where(tuple(e['loc']))}: {_what(e)}" for e in exc.errors()]
