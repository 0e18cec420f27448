"""Postal addresses in a policy: laid-out address blocks and addresses written in a sentence.

US addresses are checked with usaddress, country names with pycountry; other countries'
postcodes are recognised by their shape. An address is only ever pieces of the text joined with
", " (nothing is completed or guessed), returned with the sentence it sits in as its quote and
what it is for. A provider's address ("We use X Inc., 101 Avenue ...") is left out, and one
address written twice ("St"/"Street", with or without "USA") is given once.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from assistant.records.reader_company import LEGAL_FORM, first_word
from assistant.records.reader_contacts import purpose_of
from assistant.records.reader_sentences import Sentence, quote_for, sentence_at, window

_STREET_WORDS = (
    r"(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Drive|Dr\b|Lane|Ln\b|Way|Place|Pl\b|"
    r"Parkway|Pkwy|Row|Court|Ct\b|Suite|Square|Plaza|Highway|Circle|Terrace)"
)
_ZIP = re.compile(
    r"\b(?!Box\b|Suite\b|Floor\b|Unit\b)(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),? "
    r"\d{5}(?:-\d{4})?\b"
)
# A European postcode and town ("10115 Berlin", "1012 AB Amsterdam", "D-22765 Hamburg").
_EU_POSTCODE = re.compile(
    r"(?:^|,\s*|\s[-–]\s)((?:\d{4}\s?[A-Z]{2}|\d{3}\s\d{2}|(?:[A-Z]{1,2}-)?\d{4,5})\s+"
    r"(?!(?:[A-Z][a-z]+\s)?" + _STREET_WORDS + r")[A-ZÀ-Ý][\w\u0300-\u036f\-]+(?:\s\d{1,2})?)"
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
# An address given as a third party's ("The Provider is Google Inc., ...", "an die X AG, ...",
# "Informationen des Drittanbieters: Google Dublin, Google Ireland Ltd., ...").
_THIRD_PARTY = re.compile(
    r"(?:[Pp]rovider is|Dienst(?:es)? der|Webanalysedienst|service (?:of|from|provided by|operated "
    r"by)|\ban die|Anbieter(?:in)? ist|Drittanbieters?:?)\s+(?:[^,;\n]{1,40},\s*){1,2}$"
)
# A sentence about a service the company uses, which names the provider's address, and words
# that make an address one to write to or the company's own.
_SERVICE_USED = re.compile(
    r"\b(?:we|website|site|app) (?:also )?uses?\b|\bwe use\b|\bservices? (?:of|from|provided by)\b|"
    r"\b(?:operated|offered|provided) by\b|\bexploité|\bbetrieben von|\bplugins?\b|"
    r"\bhosted by\b|\bservice provider\b",
    re.I,
)
# Another company's name right before an address ("Cloudflare, Inc., 101 Townsend St, ...",
# "The Rocket Science Group, LLC dba Mailchimp, 675 Ponce ..."): the processor's address.
_NAMED_BEFORE = re.compile(
    r"(?:^|[\n(;:|]|\.\s)\s*(?:[*\-•]\s+)?(?:\*\*)?"
    r"((?:The )?[A-Z][\w&'’.\-]*(?: (?:[A-Z0-9&][\w&'’.\-]*|of|and|de|du|la)){0,5},? "
    + LEGAL_FORM
    + r")"
    r"(?: dba [\w&'’.\- ]{1,30})?\s*,\s*$"
)
# A heading that gives the company's own address ("Contact us:\n\nEvergreen Holdings Ltd, ...").
_CONTACT_HEADING = re.compile(
    r"(?:\bcontact(?: us| details| information)?|\bwrite to us|\bour address|\brepresentative|"
    r"\bcontroller|\bimpressum|\bkontakt)\b[^\n]{0,30}:?\s*\n+\s*$",
    re.I,
)
_WRITE_TO = re.compile(
    r"\bcontact|\bwrite\b|\bwriting\b|(?<![-.])\bmail\b|\bsend\b|\breach\b|"
    r"(?<!IP )(?<!e-mail )(?<!email )\baddress(?:ed)?\b|"
    r"\bquestions?\b|\brequests?\b|\bnotices?\b|\bcomplaints?\b|\bkontakt|\battention\b|"
    r"\bplace of business\b|\blocated at\b|\bregistered (?:office|address)\b|\bheadquarter|"
    r"\b(?:we|us|our)\b[^.]{0,40}\b(?:office|based)\b",
    re.I,
)
_AU_POSTCODE = re.compile(r"\b[A-Z][a-z]+,? (?:VIC|NSW|QLD|SA|WA|TAS|ACT|NT),? \d{4}\b")
# A named building that opens an address ("Gordon House, Barrow Street, Dublin 4").
_BUILDING = (
    r"(?:The\s)?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s"
    r"(?:House|Building|Tower|Centre|Center|Court|Hall)\b"
)
_STREET_START = re.compile(
    r"^(?:\d+[A-Za-z]?(?:[-/]\d+)?\s+\S|(?:P\.?\s?O\.?\s+)?Box\s+\d|Level\s+\d|Suite\s+\d|"
    r"One\s+[A-Z]|"
    r"Locked Bag|\d+(?:st|nd|rd|th|F)\b|"
    r"[A-ZÀ-Ý][\wäöüßéèÀ-ÿ\u0300-\u036f.\-]+(?:\s[\w.\-]+){0,2}\s\d+|" + _BUILDING + ")"
)
# A line naming a suite, floor or unit inside a building ("Suite 805", "16th Floor").
_UNIT_LINE = re.compile(
    r"^(?:Suite|Ste\.?|Floor|Fl\.?|Unit|Level|Room|Rm\.?|Apt\.?|Building|Bldg\.?)\s+\w+$|"
    r"^\d+(?:st|nd|rd|th)?\s+(?:Floor|Fl\.?)$",
    re.I,
)
_COUNTRY = re.compile(
    r"^(?:the\s)?(?:USA|U\.S\.A\.?|United States(?: of America)?|Canada|Ireland|IRELAND|"
    r"United Kingdom|UK|Germany|Deutschland|France|the Netherlands|Netherlands|Finland|"
    r"FINLAND|Czech Republic|Australia|Japan|Singapore|South Korea|Switzerland|Sweden|Norway|"
    r"Denmark|Spain|Italy|Luxembourg|Belgium|Austria|Israel|India|Brazil|New Zealand|Poland|"
    r"Turkey|Korea|China)$"
)


def _is_country(part: str) -> bool:
    """A country's name as an address's last line ("USA", "FRANCE", "Republic of Korea")."""
    if _COUNTRY.match(part):
        return True
    if len(part) < 4 or not re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,3}", part):
        return False  # a state's code ("CA", "MD") is not a country here
    return _country_names().get(part.lower().removeprefix("the ")) is not None


@functools.cache
def _country_names() -> dict[str, str]:
    """Every country's name, official name and common name (ISO 3166, pycountry), lower case."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                names[name.lower()] = country.alpha_2
    return names


def _postcode(part: str) -> re.Match[str] | None:
    """A US ZIP, Australian or European postcode in one line or comma part."""
    return (
        _ZIP.search(part)
        or _AU_POSTCODE.search(part)
        or _EU_POSTCODE.search(part)
        or _OTHER_POSTCODE.search(part)
    )


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
    while (  # "8 Market Place / Suite 805 / Baltimore, MD 21202": the street above the suite
        begin > 0
        and end - begin < 4
        and _UNIT_LINE.match(lines[begin])
        and _STREET_START.match(lines[begin - 1])
        and not _UNIT_LINE.match(lines[begin - 1])
    ):
        begin -= 1
    if not _STREET_START.match(lines[begin]) or (begin == end and not _is_one_line(lines[end])):
        return []
    if end + 1 < len(lines) and _is_country(lines[end + 1]):
        end += 1
    parts = []
    for line in lines[begin : end + 1]:
        parts += [p.strip() for p in line.split(",") if p.strip()]
    return parts


# The separator of an address written on one line with dashes ("Street 1 - 1000 Town - Land").
_DASH = re.compile(r"\s[-–]\s")
# A page footer's own marks ("Mailfence™ © 2021 - Rue Middelbourg 64B - B-1170 Brussels").
_FOOTER = re.compile(r"©|\(c\)|™|\bcopyright\b", re.IGNORECASE)


def _is_one_line(line: str) -> bool:
    return line.count(",") >= 1


_INLINE = re.compile(
    r"(?:(?<![\w/])|(?<=[a-z])(?=\d))"  # "DeviantArt953 N Sycamore": a number glued on
    r"(?=((?:\d+[A-Za-z]?(?:[-/]\d+)?[ \t]+[A-Z0-9][^,\n;:()]{2,40}|"
    # a French, Italian or Spanish street, its type in lower case ("19 rue de Paris")
    r"\d+[A-Za-z]?,?[ \t]+(?:rue|avenue|boulevard|bd|place|quai|chemin|all[ée]e|route|via|"
    r"viale|piazza|corso|calle|avenida|paseo)\b[^,\n;:()]{2,40}|"
    r"P\.?\s?O\.?\s+Box\s+\d+[^,\n]{0,20}|One\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,3}|"
    + _BUILDING
    + r"|"
    r"[A-ZÀ-Ý][\wäöüßÀ-ÿ\u0300-\u036f\-]{3,30}(?:\s[A-Za-z\-]+)?\s\d{1,4}(?:[/-]\d+)?[A-Za-z]?"
    r"(?:\s[A-Z])?)"
    r"(?:,\s*[^,\n;:()]{2,40}){1,4}))"
)


_LOCATED_AT = re.compile(r"\b(?:located|based|situated|registered) at\s+", re.I)
_TOWN = re.compile(
    r"(?!(?:Tel|Telephone|Phone|Fax|E-?mail|Contact|Attn|Attention|Website|Web)\b)"
    r"[A-Z][a-zà-ÿ'\-]+(?: [A-Z][a-zà-ÿ'\-]+)?"
)


def _bare_zip(parts: list[str], at: int) -> re.Match[str] | None:
    """A ZIP in its own comma part after the state's ("San Francisco, CA, 94107")."""
    if at == 0 or not re.fullmatch(r"[A-Z]{2}", parts[at - 1]):
        return None
    return re.fullmatch(r"\d{5}(?:-\d{4})?", parts[at])


def postal_addresses(
    text: str, sents: list[Sentence], own: str | None = None
) -> list[dict[str, Any]]:
    """Postal addresses: laid-out blocks and addresses written inside a sentence. With the
    company's own legal name known, an address that follows another company's name is left out."""
    found: dict[str, dict[str, Any]] = {}
    processors: set[str] = set()  # addresses given as another company's, wherever else they are
    opening = re.sub(r"[^a-z0-9]+", " ", text[:400].lower()).split()

    def accept(parts: list[str], position: int) -> None:
        if not parts or not all(p in text for p in parts):
            return
        value = ", ".join(parts)
        if value in found or len(value) > 160:
            return
        if _THIRD_PARTY.search(text[max(0, position - 100) : position]):
            return
        named = _NAMED_BEFORE.search(text, max(0, position - 80), position)
        if (
            own
            and named
            and first_word(named.group(1)) != first_word(own)
            and first_word(named.group(1)) not in opening
            and not _CONTACT_HEADING.search(text, max(0, named.start(1) - 60), named.start(1))
        ):
            processors.add(value)
            return  # "Zendesk, Inc., 1019 Market Street, ...": a processor's address
        sentence = sentence_at(sents, position)
        if (
            sentence is not None
            and _SERVICE_USED.search(sentence.text)
            and not _WRITE_TO.search(sentence.text)
        ):
            return  # a provider's address in "We use X Inc. (address) to host ..."
        # "Paris, 35500 Vitré" looks like "City, 12345" but is a European postcode and town
        us = bool(_ZIP.search(value)) and not any(_EU_POSTCODE.search(p) for p in parts)
        if us and not _is_us_address(value):
            return
        found[value] = {
            "value": value,
            "purpose": purpose_of(window(text, position, position + len(value), 250)),
            "quote": quote_for(sents, text, position, position + len(parts[0])),
        }

    for lines, offset in _address_lines(text):
        accept(_trim_block(lines), text.find(lines[0], offset))
    for match in _INLINE.finditer(text):
        parts = [p.strip().lstrip(">").strip() for p in match.group(1).split(",") if p.strip()]
        parts = [re.sub(r"(?<=\d)\.$", "", p) for p in parts]  # "TX, 78664." ends a sentence
        # "1.1 We are OsmAnd B.V. located at Logger 41, ...": the street follows "located at"
        parts[0] = _LOCATED_AT.split(parts[0])[-1].strip()
        zip_at = next((i for i, p in enumerate(parts) if _postcode(p) or _bare_zip(parts, i)), None)
        if zip_at is None or not _STREET_START.match(parts[0]):
            continue
        code = _postcode(parts[zip_at]) or _bare_zip(parts, zip_at)
        assert code is not None
        if zip_at == 0 and not re.match(r"\s[-–]\s", parts[0][code.start() :]):
            continue  # only "140 Boulevard X - 75017 Paris" holds street and town in one part
        # the postcode alone ("1186 RM"), the town in the next part; not "140 00 Prague 4"
        code_only = not re.search(r"[a-z]", parts[zip_at])
        parts[zip_at] = parts[zip_at][: code.end()].rstrip(" ,")
        tail = parts[zip_at + 1 : zip_at + 3] if code.end() >= len(parts[zip_at]) else []
        tail = [p.split(". ")[0].rstrip(".;") for p in tail]  # "Ireland. Telephone: ..."
        if (
            tail
            and _TOWN.fullmatch(tail[0])
            and not _is_country(tail[0])
            and code_only
            and not _ZIP.search(parts[zip_at])  # a US ZIP ends the address: "..., Attn"
            and not re.fullmatch(r"\d{5}(?:-\d{4})?", parts[zip_at])  # "CA, 94107, Attention"
        ):
            town = tail[0]  # "1186 RM, Amstelveen, the Netherlands": the town after the code
            parts = parts[: zip_at + 1] + [town] + [p for p in tail[1:2] if _is_country(p)]
        else:
            parts = parts[: zip_at + 1] + [p for p in tail[:1] if _is_country(p)]
        accept(parts, match.start(1))
    for line in re.finditer(r"[^\n]+", text):
        if not _FOOTER.search(line.group(0)):
            continue  # only a page's own footer; not "gehostet bei: Hetzner - Industriestr. 25"
        parts = _DASH.split(line.group(0))
        for at in range(1, len(parts)):
            code = _EU_POSTCODE.match(parts[at].strip())
            street = parts[at - 1].strip()
            if not code or code.end() < len(parts[at].strip()) or not _STREET_START.match(street):
                continue  # "Rue Middelbourg 64B - B-1170 Brussels - Belgium": a footer's address
            country = [p.strip() for p in parts[at + 1 : at + 2] if _is_country(p.strip())]
            accept([street, parts[at].strip(), *country], line.start() + line.group(0).find(street))
    for value in processors:
        found.pop(value, None)  # "Meta Platforms, Inc., 1 Hacker Way" in one place: not ours
    values = list(found)
    for value in values:  # "449 Punt Road, ..." inside "Level 4, 449 Punt Road, ..."
        if any(value != other and value in other for other in values):
            del found[value]
    kept: dict[str, str] = {}  # one entry per address written twice ("St"/"Street", "USA")
    for value in list(found):
        key = _address_key(value)
        if key not in kept:
            kept[key] = value
            continue
        shorter = min(value, kept[key], key=len)
        kept[key] = max(value, kept[key], key=len)
        del found[shorter]
    return list(found.values())


_SPELLED_OUT = {"st": "street", "ave": "avenue", "rd": "road", "blvd": "boulevard", "ste": "suite"}


def _address_key(value: str) -> str:
    """An address with its spelling evened out: case, punctuation, "St"/"Street", "Str."/
    "Straße", a ZIP+4's last four digits and a closing "USA"/"United States" do not make it
    another address."""
    key = re.sub(r"\b(\d{5})-\d{4}\b", r"\1", value.lower())
    key = re.sub(r"(?<=\w)(?:straße|strasse|str\.)", "str", key)  # "Chausseestr." = "-straße"
    for name, code in _us_states().items():  # "Chicago, Illinois 60654" = "Chicago, IL 60654"
        key = re.sub(rf"\b{name}(?= \d{{5}}\b)", code, key)
    words = [_SPELLED_OUT.get(w, w) for w in re.findall(r"[^\W_]+", key)]
    joined = " ".join(words)
    return re.sub(r"(?: united states(?: of america)?| usa| us)$", "", joined)


@functools.cache
def _us_states() -> dict[str, str]:
    """US state names, lower case, to their two-letter codes ("illinois" -> "il")."""
    import pycountry

    states = pycountry.subdivisions.get(country_code="US")  # type: ignore[no-untyped-call]
    return {state.name.lower(): state.code.split("-")[1].lower() for state in states or []}
