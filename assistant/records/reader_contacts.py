"""Contacts in a policy: e-mail addresses, phone numbers, postal addresses and web forms.

Each is found with a field library (email-validator, phonenumbers, usaddress) over candidates
taken from the text, and is returned exactly as written, with the sentence it sits in as its
quote and what it is for (privacy, dpo, general, other). Nothing is completed or guessed: an
address is only ever pieces of the text joined with ", ".
"""

from __future__ import annotations

import re
from typing import Any

from assistant.records.reader_sentences import Sentence, quote_around, window

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_OBFUSCATED = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\s?"
    r"(?:\\?\[at\\?\]|\(at\)|\[@\]|\sat\s|@ )\s?"
    r"[A-Za-z0-9-]+(?:(?:\\?\[dot\\?\]|\(dot\)|\.)[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css"})
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+(?:\([^\s()]*\)[^\s<>()\[\]\"'`]*)*")
_PHONE_CANDIDATE = re.compile(r"(?:\(\+|[+(])?\d[\d ().\-/A-Z]{6,22}\d|\d{3}-\d{3}-[A-Z]{4}")
_VANITY = re.compile(r"\b((?:1-)?\d{3}-(?:\d{3}-)?[A-Z]{4,9})\b(?: \(\d[\d-]{3,13}\))?")
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
_STREET_WORDS = (
    r"(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Drive|Dr\b|Lane|Ln\b|Way|Place|Pl\b|"
    r"Parkway|Pkwy|Row|Court|Ct\b|Suite|Square|Plaza|Highway|Circle|Terrace)"
)
_ZIP = re.compile(
    r"\b(?!Box\b|Suite\b|Floor\b|Unit\b)(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),? "
    r"\d{5}(?:-\d{4})?\b"
)
_EU_POSTCODE = re.compile(
    r"(?:^|,\s*|\s[-–]\s)((?:\d{4}\s?[A-Z]{2}|\d{3}\s\d{2}|\d{4,5})\s+(?!(?:[A-Z][a-z]+\s)?"
    + _STREET_WORDS
    + r")[A-ZÀ-Ý][\w\u0300-\u036f\-]+(?:\s\d{1,2})?)"
    r"(?:\s(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|France|Sweden|"
    r"Netherlands|Belgium|Italy|Spain|Denmark|Norway|Finland))?\s*(?:,|$)"
)
# A British postcode ("WC2N 6HT"), an Irish district or Eircode ("Dublin 2", "D02 AX07") and a
# Japanese postcode after its city ("Tokyo 100-0003").
_OTHER_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\bDublin \d{1,2}\b|\b[A-Z]\d[A-Z] \d[A-Z]\d\b|"
    r"\b[AC-FHKNPRTV-Y]\d{2}\s[0-9AC-FHKNPRTV-Y]{4}\b|"
    r"\b(?!(?:Phone|Tel|Fax|Call|Number)\b)[A-Z][a-z]+ \d{3}-\d{4}\b"
)
# An address given as a third party's ("The Provider is Google Inc., ...", "an die X AG, ...").
_THIRD_PARTY = re.compile(
    r"(?:[Pp]rovider is|Dienst(?:es)? der|Webanalysedienst|service (?:of|from|provided by|operated "
    r"by)|\ban die|Anbieter(?:in)? ist|Drittanbieters?:?)\s+[^,;\n]{1,40},\s*$"
)
_AU_POSTCODE = re.compile(r"\b[A-Z][a-z]+,? (?:VIC|NSW|QLD|SA|WA|TAS|ACT|NT),? \d{4}\b")
_STREET_START = re.compile(
    r"^(?:\d+[A-Za-z]?(?:[-/]\d+)?\s+\S|(?:P\.?\s?O\.?\s+)?Box\s+\d|Level\s+\d|Suite\s+\d|"
    r"One\s+[A-Z]|"
    r"Locked Bag|\d+(?:st|nd|rd|th|F)\b|"
    r"[A-ZÀ-Ý][\wäöüßéèÀ-ÿ\u0300-\u036f.\-]+(?:\s[\w.\-]+){0,2}\s\d+)"
)
_COUNTRY = re.compile(
    r"^(?:the\s)?(?:USA|U\.S\.A\.?|United States(?: of America)?|Canada|Ireland|IRELAND|"
    r"United Kingdom|UK|Germany|Deutschland|France|the Netherlands|Netherlands|Finland|"
    r"FINLAND|Czech Republic|Australia|Japan|Singapore|South Korea|Switzerland|Sweden|Norway|"
    r"Denmark|Spain|Italy|Luxembourg|Belgium|Austria|Israel|India|Brazil|New Zealand|Poland)$"
)


def _postcode(part: str) -> re.Match[str] | None:
    """A US ZIP, Australian or European postcode in one line or comma part."""
    return (
        _ZIP.search(part)
        or _AU_POSTCODE.search(part)
        or _EU_POSTCODE.search(part)
        or _OTHER_POSTCODE.search(part)
    )


def purpose_of(context: str) -> str:
    if _OTHER.search(context):
        return "other"
    if _DPO.search(context):
        return "dpo"
    if _PRIVACY.search(context):
        return "privacy"
    return "general"


def _sentence_at(sents: list[Sentence], position: int) -> Sentence | None:
    low, high = 0, len(sents)
    while low < high:
        mid = (low + high) // 2
        if sents[mid].end < position:
            low = mid + 1
        else:
            high = mid
    if low < len(sents) and sents[low].start <= position <= sents[low].end:
        return sents[low]
    return None


def _quote_for(sents: list[Sentence], text: str, start: int, end: int) -> str:
    sentence = _sentence_at(sents, start)
    if sentence is None:
        return text[start:end]
    match = re.compile(re.escape(text[start:end])).search(sentence.text)
    quote = quote_around(sentence, match)
    return quote if text[start:end] in quote else text[start:end]


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
            plain = re.sub(r"\\?\[dot\\?\]|\(dot\)", ".", plain)
            if plain.rsplit(".", 1)[-1].lower() in _FILE_TLDS or plain.count("@") != 1:
                continue
            if "%" in plain or _PLACEHOLDER_EMAIL.match(plain):
                continue  # a link's encoded copy ("support%2Bprivacy@"), a form's example
            if pattern is _OBFUSCATED and (("@" in value and "@ " not in value) or " at " in value):
                continue  # a plain address (found above) or prose ("look at example.com")
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
                "quote": _quote_for(sents, text, match.start(), match.start() + len(value)),
            }
    return list(found.values())


def phones(text: str, sents: list[Sentence]) -> list[dict[str, Any]]:
    """Phone numbers that phonenumbers accepts as valid, written as in the text."""
    import phonenumbers

    found: dict[str, dict[str, Any]] = {}
    urls = [m.span() for m in _URL.finditer(text)]
    for match in _VANITY.finditer(text):  # "800-524-TOYS (800-524-8697)", "1-833-PEARDECK"
        raw = match.group(0)
        as_digits = phonenumbers.convert_alpha_characters_in_number(match.group(1))
        try:
            parsed = phonenumbers.parse(as_digits, "US")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed) and raw not in found:
            found[raw] = {
                "value": raw,
                "purpose": purpose_of(window(text, match.start(), match.end(), 200)),
                "quote": _quote_for(sents, text, match.start(), match.end()),
            }
            urls.append(match.span())  # the digits inside are part of this number
    for match in _PHONE_CANDIDATE.finditer(text):
        raw = match.group(0).strip(" .-/(")
        digits = re.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15 or any(a <= match.start() < b for a, b in urls):
            continue
        context = window(text, match.start(), match.end(), 80)
        if not _PHONE_WORDS.search(context) and not raw.startswith("+"):
            continue
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
            r"tel:\s*$|registration|company (?:number|no)|VAT|\bID\b|\bNo\.?\s*$|"
            r"identification|\btax\b|\bEIN\b|regulation|directive",
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
        start = text.find(raw, match.start())
        found[raw] = {
            "value": raw,
            "purpose": purpose_of(window(text, match.start(), match.end(), 200)),
            "quote": _quote_for(sents, text, start, start + len(raw)),
        }
    return list(found.values())


def _is_us_address(candidate: str) -> bool:
    import usaddress

    try:
        tagged, kind = usaddress.tag(candidate)
    except usaddress.RepeatedLabelError:  # "600 California St., Floor 11, ...": a label twice
        labels = {label for _token, label in usaddress.parse(candidate)}
        tagged, kind = dict.fromkeys(labels, ""), "Street Address"
    has_place = "PlaceName" in tagged and ("StateName" in tagged or "ZipCode" in tagged)
    has_street = "AddressNumber" in tagged or "USPSBoxID" in tagged or "StreetName" in tagged
    return bool(has_place and has_street and kind in ("Street Address", "PO Box"))


def _address_lines(text: str) -> list[tuple[list[str], int]]:
    """Groups of short consecutive lines (a laid-out address block) with their offset.

    Blank lines do not end a group (some pages put each address line in its own paragraph);
    a long line, or one ending a sentence or a label (".", ":", "?"), does.
    """
    groups: list[tuple[list[str], int]] = []
    current: list[str] = []
    start = offset = 0
    for line in text.split("\n"):
        part = line.strip().lstrip(">").strip().strip("*_").rstrip("\\").strip().rstrip(",").strip()
        offset += len(line) + 1
        if not part:
            continue
        abbreviation = re.search(r"\b[A-Za-z]{1,4}\.$", part) and len(part) <= 40
        if len(part) <= 70 and (not part.endswith((".", ":", "?")) or abbreviation):
            if not current:
                start = offset - len(line) - 1
            current.append(part)
            continue
        if len(current) >= 2:
            groups.append((current, start))
        current = []
    if len(current) >= 2:
        groups.append((current, start))
    return groups


def _trim_block(lines: list[str]) -> list[str]:
    """From a block of lines, the street line through the postcode line (and a country)."""
    end = next(
        (i for i, line in enumerate(lines) if _ZIP.search(line) or _AU_POSTCODE.search(line)), None
    )
    if end is None:
        end = next(
            (
                i
                for i, line in enumerate(lines)
                if _EU_POSTCODE.search(line) or _OTHER_POSTCODE.search(line)
            ),
            None,
        )
    if end is None:
        return []
    code = _postcode(lines[end])
    begin = end - 1 if end > 0 and code is not None and code.start() <= 1 else end  # "50672 Köln"
    while begin > 0 and end - begin < 3 and not _STREET_START.match(lines[begin]):
        begin -= 1
    if not _STREET_START.match(lines[begin]) or (begin == end and not _is_one_line(lines[end])):
        return []
    if end + 1 < len(lines) and _COUNTRY.match(lines[end + 1]):
        end += 1
    parts = []
    for line in lines[begin : end + 1]:
        parts += [p.strip() for p in line.split(",") if p.strip()]
    return parts


def _is_one_line(line: str) -> bool:
    return line.count(",") >= 1


_INLINE = re.compile(
    r"(?:(?<![\w/])|(?<=[a-z])(?=\d))"  # "DeviantArt953 N Sycamore": a number glued on
    r"(?=((?:\d+[A-Za-z]?(?:[-/]\d+)?[ \t]+[A-Z0-9][^,\n;:()]{2,40}|"
    r"P\.?\s?O\.?\s+Box\s+\d+[^,\n]{0,20}|One\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,3}|"
    r"[A-ZÀ-Ý][\wäöüßÀ-ÿ\u0300-\u036f\-]{3,30}(?:\s[A-Za-z\-]+)?\s\d{1,4}(?:[/-]\d+)?[A-Za-z]?"
    r"(?:\s[A-Z])?)"
    r"(?:,\s*[^,\n;:()]{2,40}){1,4}))"
)


def _bare_zip(parts: list[str], at: int) -> re.Match[str] | None:
    """A ZIP in its own comma part after the state's ("San Francisco, CA, 94107")."""
    if at == 0 or not re.fullmatch(r"[A-Z]{2}", parts[at - 1]):
        return None
    return re.fullmatch(r"\d{5}(?:-\d{4})?", parts[at])


def postal_addresses(text: str, sents: list[Sentence]) -> list[dict[str, Any]]:
    """Postal addresses: laid-out blocks and addresses written inside a sentence."""
    found: dict[str, dict[str, Any]] = {}

    def accept(parts: list[str], position: int) -> None:
        if not parts or not all(p in text for p in parts):
            return
        value = ", ".join(parts)
        if value in found or len(value) > 160:
            return
        if _THIRD_PARTY.search(text[max(0, position - 100) : position]):
            return
        us = bool(_ZIP.search(value))
        if us and not _is_us_address(value):
            return
        found[value] = {
            "value": value,
            "purpose": purpose_of(window(text, position, position + len(value), 250)),
            "quote": _quote_for(sents, text, position, position + len(parts[0])),
        }

    for lines, offset in _address_lines(text):
        accept(_trim_block(lines), text.find(lines[0], offset))
    for match in _INLINE.finditer(text):
        parts = [p.strip().lstrip(">").strip() for p in match.group(1).split(",") if p.strip()]
        zip_at = next((i for i, p in enumerate(parts) if _postcode(p) or _bare_zip(parts, i)), None)
        if zip_at is None or not _STREET_START.match(parts[0]):
            continue
        code = _postcode(parts[zip_at]) or _bare_zip(parts, zip_at)
        assert code is not None
        if zip_at == 0 and not re.match(r"\s[-–]\s", parts[0][code.start() :]):
            continue  # only "140 Boulevard X - 75017 Paris" holds street and town in one part
        parts[zip_at] = parts[zip_at][: code.end()].rstrip(" ,")
        tail = parts[zip_at + 1 : zip_at + 2] if code.end() >= len(parts[zip_at]) else []
        tail = [p.split(". ")[0].rstrip(".") for p in tail]  # "Ireland. Telephone: ..."
        parts = parts[: zip_at + 1] + [p for p in tail if _COUNTRY.match(p)]
        accept(parts, match.start(1))
    values = list(found)
    for value in values:  # "449 Punt Road, ..." inside "Level 4, 449 Punt Road, ..."
        if any(value != other and value in other for other in values):
            del found[value]
    return list(found.values())
