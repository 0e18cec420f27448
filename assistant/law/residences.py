"""Where a person lives: residence codes (ISO 3166-1 / 3166-2), their names, and free-text lookup.

A residence is an upper-case ISO code: a country ("DE", "GB", "IE") or a subdivision ("US-CA",
"CA-QC", "GB-SCT"). `resolve_residence` turns what a person types ("California", "calif.",
"Deutschland", "UK", "Québec") into a code; `residence_name` goes the other way.

Two-letter input is read as a country code, with one exception: "CA" means California, because
a person typing "CA" into a US-focused prompt almost always means the state. Canada is "Canada"
(the code "CA" only where it comes from a profile or a CA-xx province code, e.g. CA-ON). German
Länder (DE-BY) and Swiss cantons (CH-ZH) matter for holidays. A subdivision the table does not
know is still accepted when its country has no table.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "PR": "Puerto Rico",
}  # fmt: skip

CA_PROVINCES: dict[str, str] = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories",
    "NU": "Nunavut", "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec",
    "SK": "Saskatchewan", "YT": "Yukon",
}  # fmt: skip

DE_LAENDER: dict[str, str] = {
    "BW": "Baden-Württemberg", "BY": "Bavaria", "BE": "Berlin", "BB": "Brandenburg",
    "HB": "Bremen", "HH": "Hamburg", "HE": "Hesse", "MV": "Mecklenburg-Vorpommern",
    "NI": "Lower Saxony", "NW": "North Rhine-Westphalia", "RP": "Rhineland-Palatinate",
    "SL": "Saarland", "SN": "Saxony", "ST": "Saxony-Anhalt", "SH": "Schleswig-Holstein",
    "TH": "Thuringia",
}  # fmt: skip

CH_CANTONS: dict[str, str] = {
    "AG": "Aargau", "AI": "Appenzell Innerrhoden", "AR": "Appenzell Ausserrhoden",
    "BE": "Bern", "BL": "Basel-Landschaft", "BS": "Basel-Stadt", "FR": "Fribourg",
    "GE": "Geneva", "GL": "Glarus", "GR": "Graubünden", "JU": "Jura", "LU": "Lucerne",
    "NE": "Neuchâtel", "NW": "Nidwalden", "OW": "Obwalden", "SG": "St. Gallen",
    "SH": "Schaffhausen", "SO": "Solothurn", "SZ": "Schwyz", "TG": "Thurgau", "TI": "Ticino",
    "UR": "Uri", "VD": "Vaud", "VS": "Valais", "ZG": "Zug", "ZH": "Zurich",
}  # fmt: skip

GB_NATIONS: dict[str, str] = {
    "ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland",
}  # fmt: skip

COUNTRIES: dict[str, str] = {
    "AT": "Austria", "BE": "Belgium", "BG": "Bulgaria", "HR": "Croatia", "CY": "Cyprus",
    "CZ": "Czechia", "DK": "Denmark", "EE": "Estonia", "FI": "Finland", "FR": "France",
    "DE": "Germany", "GR": "Greece", "HU": "Hungary", "IE": "Ireland", "IT": "Italy",
    "LV": "Latvia", "LT": "Lithuania", "LU": "Luxembourg", "MT": "Malta",
    "NL": "Netherlands", "PL": "Poland", "PT": "Portugal", "RO": "Romania", "SK": "Slovakia",
    "SI": "Slovenia", "ES": "Spain", "SE": "Sweden", "IS": "Iceland", "LI": "Liechtenstein",
    "NO": "Norway", "GB": "United Kingdom", "CH": "Switzerland", "US": "United States",
    "CA": "Canada", "BR": "Brazil", "MX": "Mexico", "AU": "Australia", "NZ": "New Zealand",
    "JP": "Japan", "KR": "South Korea", "CN": "China", "IN": "India", "SG": "Singapore",
    "ZA": "South Africa", "AR": "Argentina", "CL": "Chile", "CO": "Colombia", "IL": "Israel",
    "TR": "Turkey", "UA": "Ukraine", "RS": "Serbia", "AD": "Andorra", "MC": "Monaco",
    "SM": "San Marino", "IM": "Isle of Man", "JE": "Jersey",
    "GG": "Guernsey",
}  # fmt: skip

# Other names people type, already folded (lower case, no accents, no dots).
ALIASES: dict[str, str] = {
    "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB-SCT", "wales": "GB-WLS", "northern ireland": "GB-NIR",
    "usa": "US", "us": "US", "u s": "US", "u s a": "US", "united states of america": "US",
    "america": "US", "deutschland": "DE", "osterreich": "AT", "oesterreich": "AT",
    "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "espana": "ES", "italia": "IT",
    "nederland": "NL", "holland": "NL", "the netherlands": "NL", "belgie": "BE",
    "belgique": "BE", "danmark": "DK", "sverige": "SE", "norge": "NO", "suomi": "FI",
    "polska": "PL", "eire": "IE", "republic of ireland": "IE", "ellada": "GR",
    "magyarorszag": "HU", "cesko": "CZ", "czech republic": "CZ", "slovensko": "SK",
    "slovenija": "SI", "hrvatska": "HR", "romania": "RO", "brasil": "BR", "island": "IS",
    "quebec": "CA-QC", "washington state": "US-WA", "washington dc": "US-DC", "dc": "US-DC",
    "calif": "US-CA", "cal": "US-CA", "colo": "US-CO", "conn": "US-CT", "del": "US-DE",
    "fla": "US-FL", "ind": "US-IN", "ky": "US-KY", "md": "US-MD", "minn": "US-MN",
    "mont": "US-MT", "neb": "US-NE", "nebr": "US-NE", "n h": "US-NH", "n j": "US-NJ",
    "n y": "US-NY", "ore": "US-OR", "oreg": "US-OR", "r i": "US-RI", "tenn": "US-TN",
    "tex": "US-TX", "va": "US-VA", "mass": "US-MA", "mich": "US-MI", "ill": "US-IL",
    "ny": "US-NY", "nyc": "US-NY", "new york city": "US-NY", "socal": "US-CA",
    "bayern": "DE-BY", "baden wurttemberg": "DE-BW", "nordrhein westfalen": "DE-NW",
    "hessen": "DE-HE", "niedersachsen": "DE-NI", "sachsen": "DE-SN", "thuringen": "DE-TH",
    "zurich": "CH-ZH", "zuerich": "CH-ZH", "geneve": "CH-GE", "genf": "CH-GE",
}  # fmt: skip

_SUBDIVISIONS: dict[str, dict[str, str]] = {
    "US": US_STATES,
    "CA": CA_PROVINCES,
    "GB": GB_NATIONS,
    "DE": DE_LAENDER,
    "CH": CH_CANTONS,
}
_CODE = re.compile(r"^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"[.\u2019']", "", plain)
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Folded name -> code, for every known place."""
    table: dict[str, str] = {}
    for code, name in COUNTRIES.items():
        table[fold(name)] = code
    for country, subs in _SUBDIVISIONS.items():
        for sub, name in subs.items():
            table.setdefault(fold(name), f"{country}-{sub}")
    table["england"] = "GB"
    table.update(ALIASES)
    return table


def is_known(code: str) -> bool:
    """True when `code` is a residence code this module can name."""
    match = _CODE.match(code)
    if not match:
        return False
    country, sub = match.groups()
    if country not in COUNTRIES:
        return False
    return sub is None or sub in _SUBDIVISIONS.get(country, {sub: ""})


def normalise_code(code: str) -> str | None:
    """'us-ca' -> 'US-CA', 'GB-ENG' -> 'GB'; None when it is not a well-formed code."""
    text = code.strip().upper().replace("_", "-")
    if not _CODE.match(text):
        return None
    if text in ("GB-ENG", "UK"):
        return "GB"
    return text


def resolve_residence(text: str) -> str | None:
    """Turn a place name or code a person typed into a residence code, or None if unknown."""
    raw = text.strip()
    if not raw:
        return None
    if raw.upper() == "CA":
        return "US-CA"  # the documented exception: "CA" is California
    code = normalise_code(raw)
    if code is not None and is_known(code):
        return code
    if len(raw) == 2 and raw.isalpha() and raw.upper() in US_STATES:
        return f"US-{raw.upper()}"
    folded = fold(raw)
    names = _names()
    if folded in names:
        return names[folded]
    for prefix in ("state of ", "the state of ", "province of ", "the "):
        if folded.startswith(prefix) and folded[len(prefix) :] in names:
            return names[folded[len(prefix) :]]
    if len(folded) >= 4:
        from rapidfuzz import fuzz, process

        best = process.extractOne(folded, list(names), scorer=fuzz.ratio, score_cutoff=88)
        if best is not None:
            return names[best[0]]
    return None


def residence_name(code: str) -> str:
    """'US-CA' -> 'California', 'DE' -> 'Germany'; a code it cannot name comes back as given."""
    normal = normalise_code(code) or code
    match = _CODE.match(normal)
    if not match:
        return code
    country, sub = match.groups()
    if sub is None:
        return COUNTRIES.get(country, normal)
    return _SUBDIVISIONS.get(country, {}).get(sub, normal)


def holiday_region(code: str) -> tuple[str, str | None]:
    """The (country, subdivision) whose public holidays count as non-working days.

    England's holidays stand for the whole United Kingdom when no nation is given ("GB" ->
    ("GB", "ENG")); other countries use national holidays unless a subdivision is given.
    """
    normal = normalise_code(code) or code.upper()
    country, _, sub = normal.partition("-")
    if country == "GB" and not sub:
        return "GB", "ENG"
    return country, sub or None
