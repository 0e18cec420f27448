"""Contacts in a policy: e-mail addresses and phone numbers, and what each contact is for.

Each is found with a field library (email-validator, phonenumbers) over candidates taken from
the text, and is returned exactly as written, with the sentence it sits in as its quote and what
it is for (privacy, dpo, general, other). Postal addresses are read in reader_postal, web forms
in reader_links; both use the helpers here for purpose and quoting.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.records.reader_sentences import Sentence, quote_for, window

# An address as written; Markdown may escape an underscore in it ("privacy\\_support@...").
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]|\\_)*@[A-Za-z0-9-]+"
    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_OBFUSCATED = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\s?"
    r"(?:\\?\[at\\?\]|\(at\)|\[@\]|\sat\s|@ )\s?"
    r"[A-Za-z0-9-]+(?:(?:\\?\[dot\\?\]|\(dot\)|\.)[A-Za-z0-9-]+)*"
    r"(?:\.|\s?(?:\\?\[dot\\?\]|\(dot\))\s?)[A-Za-z]{2,}\b"  # "fruux (dot) com"
)
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css"})
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+(?:\([^\s()]*\)[^\s<>()\[\]\"'`]*)*")
_PHONE_CANDIDATE = re.compile(r"(?:\(\+|[+(])?\d[\d ().\-/A-Z]{6,22}\d|\d{3}-\d{3}-[A-Z]{4}")
_VANITY = re.compile(r"\b((?:1-)?\d{3}-(?:\d{3}-)?[A-Z]{4,9})\b(?: \(\d[\d-]{3,13}\))?")
# A number in the North American shape ("515-284-3000", "1.800.245.1040"): a phone even where
# no word around it says so.
_NANP_SHAPE = re.compile(r"(?:\+?1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}")
_PHONE_WORDS = re.compile(
    r"\b(phone|tel|telephone|call|fax|toll|free|number|contact|hotline)", re.I
)

_DPO = re.compile(r"data protection officer|\bDPO\b|Datenschutzbeauftragte", re.I)
_PRIVACY = re.compile(
    r"privacy|personal (data|information)|data protection|GDPR|CCPA|your rights|"
    r"Datenschutz|opt[- ]out|delete|access",
    re.I,
)
_OTHER = re.compile(
    r"supervisory|authority|commissioner|regulator|representative|TRUSTe|TrustArc|"
    r"ombudsman|ESRB|certification|dispute resolution|complaint with",
    re.I,
)


def purpose_of(context: str) -> str:
    if _OTHER.search(context):
        return "other"
    if _DPO.search(context):
        return "dpo"
    if _PRIVACY.search(context):
        return "privacy"
    return "general"


# An address a policy shows as a pattern, not one to write to ("firstname.surname@company.com").
_PLACEHOLDER_EMAIL = re.compile(
    r"(?:(?:first|last|your|user)?\.?(?:name|surname|firstname|lastname|username|yourname|"
    r"email|you|user|someone)(?:\.(?:surname|lastname|name))?@)|[^@]+@(?:company|domain|"
    r"example|yourdomain|yourcompany)\.(?:com|org|net)$",
    re.I,
)


def emails(text: str, sents: list[Sentence]) -> list[dict[str, Any]]:
    """E-mail addresses (also 'name[at]domain' forms, kept as written)."""
    from email_validator import EmailNotValidError, validate_email

    found: dict[str, dict[str, Any]] = {}
    for pattern in (_EMAIL, _OBFUSCATED):
        for match in pattern.finditer(text):
            value = match.group(0).rstrip(".")
            plain = re.sub(r"\s?(?:\\?\[at\\?\]|\(at\)|\[@\]|\sat\s|@ )\s?", "@", value)
            plain = plain.replace("\\_", "_")
            plain = re.sub(r"\s?(?:\\?\[dot\\?\]|\(dot\))\s?", ".", plain)
            if plain.rsplit(".", 1)[-1].lower() in _FILE_TLDS or plain.count("@") != 1:
                continue
            if "%" in plain or _PLACEHOLDER_EMAIL.match(plain):
                continue  # a link's encoded copy ("support%2Bprivacy@"), a form's example
            if pattern is _OBFUSCATED and (
                ("@" in value and "@ " not in value) or re.search(r"\sat\s", value)
            ):  # a plain address (found above) or prose ("look at example.com", "located at
                continue  # <line break> frontendmasters.com")
            try:
                validate_email(plain, check_deliverability=False)
            except EmailNotValidError:
                continue
            key = plain.lower()
            if key in found:
                continue
            context = window(text, match.start(), match.end(), 200)
            found[key] = {
                "value": value,
                "address": plain,
                "purpose": purpose_of(context),
                "quote": quote_for(sents, text, match.start(), match.start() + len(value)),
            }
    return list(found.values())


# Words right before a company's or a tax registration number ("registered number", "VAT No.").
_REGISTRY_NUMBER = re.compile(
    r"\b(?:regist(?:ered|ration)|company|vat|tax|reg\.?|handelsregister|hrb|siren|siret|"
    r"kvk|partita iva|cif|nif)\s*(?:number|no\.?|nr\.?|#|nummer|numéro|n°)?\s*:?\s*$",
    re.IGNORECASE,
)


def phones(text: str, sents: list[Sentence]) -> list[dict[str, Any]]:
    """Phone numbers that phonenumbers accepts as valid, written as in the text."""
    import phonenumbers

    found: dict[str, dict[str, Any]] = {}
    seen: dict[tuple[int | None, str], str] = {}  # one entry per number, however written
    urls = [m.span() for m in _URL.finditer(text)]
    for match in _VANITY.finditer(text):  # "800-524-TOYS (800-524-8697)", "1-833-PEARDECK"
        raw = match.group(0)
        as_digits = phonenumbers.convert_alpha_characters_in_number(match.group(1))
        try:
            parsed = phonenumbers.parse(as_digits, "US")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed) and raw not in found:
            seen[(parsed.country_code, phonenumbers.national_significant_number(parsed))] = raw
            found[raw] = {
                "value": raw,
                "purpose": purpose_of(window(text, match.start(), match.end(), 200)),
                "quote": quote_for(sents, text, match.start(), match.end()),
            }
            urls.append(match.span())  # the digits inside are part of this number
    for match in _PHONE_CANDIDATE.finditer(text):
        raw = match.group(0).strip(" .-/")
        if raw.startswith("(") and ")" not in raw:
            raw = raw[1:]  # "(" opening a remark, not an area code: "(0800 123 4567"
        digits = re.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15 or any(a <= match.start() < b for a, b in urls):
            continue
        glued_before = match.start() > 0 and text[match.start() - 1].isalnum()
        glued_after = text[match.end() : match.end() + 1].isalnum()
        if glued_before and glued_after and text[match.start()].isdigit():
            continue  # digits inside a longer token ("contact-page-js-580d7e36993052461e40.js")
        context = window(text, match.start(), match.end(), 80)
        if not (_PHONE_WORDS.search(context) or raw.startswith("+") or _NANP_SHAPE.fullmatch(raw)):
            continue
        if _REGISTRY_NUMBER.search(text, max(0, match.start() - 40), match.start()):
            continue  # "registered number 283391288": a company or VAT number, not a phone
        if re.fullmatch(
            r"\d{4}[-./]\d{2}[-./]\d{2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{5}-\d{4}|"
            r"(?:19|20)\d{2}/\d{1,4}",
            raw,
        ):
            continue  # a date, a ZIP+4 code, a law's number ("Regulation (EU) 2016/679")
        if re.fullmatch(
            r"(?:19|20)\d{2}-\d{2}-\d{2}\b.*|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|"
            r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])",
            raw,
        ):
            continue  # a timestamp ("2016-12-09 00"), a span of years, a date as YYYYMMDD
        before = text[max(0, match.start() - 40) : match.start()]
        if re.search(
            # a link's own "tel:" (the number shown beside it is taken)
            r"(?-i:tel:)$|"
            r"registration|company (?:number|no)|VAT|\bID\b|\bNo\.?\s*$|"
            r"identification|\btax\b|\bEIN\b|regulation|directive|bank account|IBAN|"
            r"chamber of commerce|\bduns\b|account (?:number|no)",
            before,
            re.I,
        ):
            continue
        valid = False
        for region in ("US", "GB", "DE", "AU", "FR", "NL"):
            try:
                number = phonenumbers.parse(raw if not re.search("[A-Z]", raw) else digits, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                valid = True
                break
        if not valid or raw in found:
            continue
        key = (number.country_code, phonenumbers.national_significant_number(number))
        if key in seen:  # "800-928-1987" and "+1-800-928-1987": the same number, given once
            if len(digits) <= len(re.sub(r"\D", "", seen[key])):
                continue
            del found[seen[key]]  # the fuller form, with the country code, is kept
        seen[key] = raw
        start = text.find(raw, match.start())
        found[raw] = {
            "value": raw,
            "purpose": purpose_of(window(text, match.start(), match.end(), 200)),
            "quote": quote_for(sents, text, start, start + len(raw)),
        }
    return list(found.values())
