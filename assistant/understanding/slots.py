"""The answers with a shape: where the person lives, their e-mail, their name and a date.

Part of assistant.understanding.understand. Residence goes through assistant.law.residences
(the table behind assistant.law.profiles.resolve_residence); e-mail through email-validator
(syntax only, no network);
dates through python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.understanding.words import APOSTROPHES, COMMON_WORDS

_RESIDENCE_CUE = re.compile(
    r"(?i)\b(?:i (?:live|reside|am based|'m based|am located|'m located|stay)|i'?m (?:living|"
    r"residing|based|located|resident)|living|resident of|reside in|based in|located in|i am in|"
    r"i'?m in|i am from|i'?m from|i come from|from|in|moved to|live in)\s+(?:in\s+|the\s+)?"
    r"([a-z][a-z .'-]{1,40})"
)
_RESIDENCE_SUFFIX = re.compile(r"(?i)\b([a-z][a-z.'-]+(?: [a-z][a-z.'-]+)?) (?:resident|citizen)\b")
_EMAIL = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+")
NAME_CUE = re.compile(
    r"\b(?:my name is|my name's|name is|name:|i am called|i'?m called|call me|this is|sign it|"
    r"signed)\s+(.+)$",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE_PATTERN = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
    rf"\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})\.?,? \d{{4}}\b|"
    r"\b(?:today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)


def parse_email(text: str) -> tuple[str | None, str | None]:
    """(normalised address, None) or (None, why not) for the first e-mail-like word in `text`."""
    found = _EMAIL.search(text)
    if not found:
        return None, None
    candidate = found.group(0).rstrip(".!?")
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        # The validator's sentence ends in a full stop; callers put it inside their own.
        return None, str(exc).strip().rstrip(".")
    return info.normalized, None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date written as ISO, 3/14/2026, 14.03.2026, 'March 14, 2026', '14 March 2026', today."""
    found = DATE_PATTERN.search(text)
    if not found:
        return None
    raw = found.group(0).lower()
    if raw in ("today", "yesterday", "tomorrow"):
        if today is None:
            return None
        return today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[raw])
    from dateutil import parser

    dayfirst = "." in raw or bool(re.match(r"(1[3-9]|2\d|3[01])/", raw))
    try:
        return parser.parse(raw, dayfirst=dayfirst, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _resolve_residence(text: str) -> str | None:
    """Resolve a residence through assistant.law.residences, which is light to import."""
    try:
        from assistant.law.residences import resolve_residence
    except ImportError:  # the residence table is missing: residence stays unknown
        return None
    try:
        return resolve_residence(text)
    except Exception:  # a resolver error must never break understanding
        return None


def _resolve_chunk(chunk: str) -> str | None:
    """Resolve a place name found inside a sentence; two letters count only in capitals
    ("I live in CA"), since "in", "me", "or" and "hi" are also state codes."""
    letters = re.sub(r"[^A-Za-z]", "", chunk)
    if len(letters) <= 2 and not (len(letters) == 2 and letters.isupper()):
        return None
    if chunk.lower() in COMMON_WORDS:
        return None
    return _resolve_residence(chunk)


def find_residence(text: str, *, whole: bool = False) -> tuple[str | None, str | None]:
    """(code, the words it came from). `whole`: the text is an answer to "where do you live?"."""
    text = text.translate(APOSTROPHES)
    if whole:
        stripped = re.sub(
            r"^(?:i (?:live|am|'m|reside) in|i'?m in|in|from|i'?m from)\s+",
            "",
            text.strip(),
            flags=re.IGNORECASE,
        ).strip(" .!")
        code = _resolve_residence(stripped)
        if code:
            return code, stripped
    for m in _RESIDENCE_CUE.finditer(text):
        words = re.split(r"[,.;!?]| and | but | so | please| i | want", m.group(1))[0].split()
        for n in range(min(4, len(words)), 0, -1):
            chunk = " ".join(words[:n])
            code = _resolve_chunk(chunk)
            if code:
                return code, chunk
    m = _RESIDENCE_SUFFIX.search(text)
    if m:
        for chunk in (m.group(1), m.group(1).split()[-1]):
            code = _resolve_chunk(chunk)
            if code:
                return code, chunk
    return None, None


def clean_name(text: str) -> str | None:
    """A person's name from an answer to "what is your name?", or None if it is not one."""
    raw = " ".join(text.strip().split())
    m = NAME_CUE.search(raw)
    if m:
        raw = m.group(1)
    raw = re.sub(r"^(?:it'?s|i'?m|i am|name)\s+", "", raw, flags=re.IGNORECASE).strip(" .!,")
    if not raw or len(raw) > 200 or "@" in raw or not re.search(r"[^\W\d_]", raw):
        return None
    if any(ch in raw for ch in "\r\n\x00") or re.search(r"[<>{}\[\]|\\]", raw):
        return None
    return raw
