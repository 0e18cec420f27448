"""Which of the companies found in a message the person means, or None to ask.

Part of assistant.understanding.understand. Rules, in order:

- A company named only after "not" / "nicht" / "pas" / "no" / "non" / "niet" is not meant
  ("Not Google, it's Amazon").
- A company named only as where data goes ("sharing my data with Facebook", "an Dritte wie
  Facebook weitergeben") is not the one asked, when another is named.
- A company named again is the one meant ("I switched from Spotify to Deezer, I want Spotify
  to delete my data"); after "I mean" / "sorry" / "actually" the later one is.
- Of two companies in separate clauses, the one in the clause that asks for the right is
  meant ("Lösch mein Konto bei Spotify, ich nutz jetzt Apple Music"), unless the message says
  "too" / "auch" / "aussi" (then both are).
- A company named only as a past belief or provider ("first I thought it was Uber", "bei
  Vodafone war ich früher") is set aside for another one named.
- Of the company of the request under way and one other, named while a later step is
  answered, the other is meant: the person is turning to it.
- Otherwise two companies named side by side ("Facebook and Instagram", "Uber or Lyft") are a
  question to ask, never a guess.
- One brand with several entities in the catalog (Amazon's country sites, Sky UK / Ireland /
  Deutschland, Experian GmbH / Ltd.) is settled by where the person lives, or by the language
  they write in when that names one country site (amazon.de for German); otherwise asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.records.search import LEGAL_SUFFIXES, fold
from assistant.understanding.aliases import country_sites
from assistant.understanding.companies import CompanyMatch

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog

LANGUAGE_COUNTRY = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL"}


@dataclass
class Choice:
    """The company meant (or None) and what to offer when asking."""

    company: CompanyMatch | None = None
    options: list[CompanyMatch] = field(default_factory=list)  # ask among these
    reason: str = ""  # "two_companies" | "entities" | ""


# A match this close names a company; below it, a likeness of spelling only suggests one.
STRONG_SCORE = 0.78


def _live_mentions(family: list[CompanyMatch], aside: set[int]) -> int:
    """How often a brand is named outside the clauses that set it aside."""
    return len({p for m in family for p in m.positions} - aside)


def _families(found: list[CompanyMatch]) -> list[list[CompanyMatch]]:
    """Matches grouped by the words they came from (one brand -> its entities)."""
    groups: dict[str, list[CompanyMatch]] = {}
    for match in found:
        groups.setdefault(match.span.lower(), []).append(match)
    families = list(groups.values())
    families.sort(key=lambda f: min(min(m.positions or [0]) for m in f))
    return families


def _countries(catalog: Catalog, company_id: str) -> list[str]:
    try:
        return list(catalog.get(company_id).countries)
    except Exception:  # a record that cannot be read tells nothing about countries
        return []


_QUALITY_RANK = {"tested": 0, "verified": 1, "imported": 2, "scraped": 3}


# The European Economic Area, Switzerland and the United Kingdom: where one European
# controller commonly serves every country under one name (PayPal (Europe) S.à r.l.).
EUROPE = frozenset(
    ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
     "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
     "CH", "GB")
)  # fmt: skip


def _one_company(
    family: list[CompanyMatch], catalog: Catalog, country: str | None = None
) -> CompanyMatch | None:
    """When the records are one company held twice (they share a web domain: a record from
    two sources, or drafted from two dates of one policy), the best-sourced of them. Records of
    one European controller listed per country under one legal name (Vinted UAB, PayPal
    (Europe) S.à r.l.) are one company for a person in Europe (`country`), not for someone
    elsewhere; then the record naming the country's own site comes first."""
    shared: set[str] | None = None
    rank: list[tuple[int, int, int, int, CompanyMatch]] = []
    countries: set[tuple[str, ...]] = set()
    names = {_name_words(m.name) for m in family}
    one_controller = len(names) == 1 and country in EUROPE and country is not None
    ending = "." + ("uk" if country == "GB" else (country or "").lower())
    for number, match in enumerate(family):
        try:
            record = catalog.get(match.id)
        except Exception:  # unreadable: not provably the same
            return None
        domains = set(record.domains)
        shared = domains if shared is None else shared & domains
        if record.countries and "all" not in record.countries:
            countries.add(tuple(sorted(record.countries)))
        quality = _QUALITY_RANK.get(record.source.quality or "", 4)
        if record.source.kind == "reader":
            quality = 5  # drafted by a program, not checked by a person
        sites = [*record.domains, *record.brands]
        own = 0 if one_controller and any(s.lower().endswith(ending) for s in sites) else 1
        wide = -len(record.countries)  # then the record serving most countries
        rank.append((own, quality, wide, number, match))
    if not one_controller and (not shared or len(countries) > 1):  # Sky UK and Sky Ireland
        return None
    return min(rank, key=lambda item: item[:4])[4]


_GENERIC_ENDINGS = ("com", "net", "org", "eu", "io", "us", "co", "info", "app")


def _sites(catalog: Catalog, company_id: str) -> list[str]:
    """The record's web sites, and the other countries' sites its company runs (aliases)."""
    try:
        domains = list(catalog.get(company_id).domains)
    except Exception:  # unreadable: no sites known
        return []
    return domains + list(country_sites(catalog).get(company_id, ()))


def _spoken_in(lang: str, countries: list[str] | tuple[str, ...] | set[str]) -> bool:
    """True when `lang` is an official language of every one of `countries` (Dutch of Belgium,
    so a Dutch writer naming Mobile Vikings, mobilevikings.be, means that company; not French
    of GameStop Deutschland, which serves DE, AT and CH), per CLDR."""
    from babel.languages import get_official_languages

    served = [c for c in countries if c != "all"]
    return bool(served) and all(lang in get_official_languages(c, de_facto=True) for c in served)


def _national_site(catalog: Catalog, company_id: str, country: str) -> bool:
    """True when the record's web sites are all another country's (vodafone.de for Spain)."""
    domains = _sites(catalog, company_id)
    endings = {d.rsplit(".", 1)[-1].lower() for d in domains}
    if not endings or endings & set(_GENERIC_ENDINGS):
        return False
    return country.lower() not in endings and not (country == "GB" and "uk" in endings)


def _own_site(catalog: Catalog, company_id: str, country: str) -> bool:
    """True when one of the record's web sites is the country's own (amazon.nl for NL; for
    the United States, a .com site among national ones: amazon.com)."""
    domains = _sites(catalog, company_id)
    endings = {"GB": ("uk",), "US": ("us", "com")}.get(country, (country.lower(),))
    return any(d.rsplit(".", 1)[-1].lower() in endings for d in domains)


def _drop_drafts(family: list[CompanyMatch], catalog: Catalog) -> list[CompanyMatch]:
    """Records drafted by a program from a policy snapshot give way to checked records of the
    same brand found by the same words."""
    checked = []
    for match in family:
        try:
            if catalog.get(match.id).source.kind != "reader":
                checked.append(match)
        except Exception:  # unreadable: keep it out of the checked ones
            continue
    return checked or family


def _name_words(name: str) -> str:
    """A name's words without legal form (not `normalise`, which also drops "UK" or "DE")."""
    words = re.split(r"[^0-9a-z]+", fold(name).replace("&", " and "))
    return " ".join(w for w in words if w and w not in LEGAL_SUFFIXES)


def _named_as(family: list[CompanyMatch]) -> list[CompanyMatch]:
    """The entities whose own name is what the person typed ("Deutsche Post" -> Deutsche Post
    AG, not Deutsche Post Adress GmbH; "Otto" -> Otto GmbH, not myToys)."""
    span = _name_words(family[0].span)
    # German declines the adjective of a name: "der Deutschen Post" is Deutsche Post.
    span = re.sub(r"^(\w+e)n ", r"\1 ", span) if " " in span else span
    exact = [m for m in family if _name_words(m.name) == span]
    forms = set(re.split(r"[^0-9a-z]+", fold(family[0].span))) & LEGAL_SUFFIXES
    if forms and len(exact) > 1:  # "Experian Ltd": the one whose legal form was typed
        exact = [m for m in exact if forms & set(re.split(r"[^0-9a-z]+", fold(m.name)))] or exact
    if exact:
        return exact
    return [m for m in family if _name_words(m.name).startswith(span + " ")]


def _span_country(span: str) -> str | None:
    """A country inside the brand as typed: "Sky UK", "Amazon Deutschland", "amazon.de"."""
    from assistant.law.residences import resolve_residence

    words = span.replace(".", " ").split()
    if len(words) < 2 or fold(words[-1]) in LEGAL_SUFFIXES:
        return None  # "Otto GmbH & Co": "Co" is a legal form, not Colorado
    code = resolve_residence(words[-1]) if len(words[-1]) >= 2 else None
    return code.split("-")[0] if code else None


def pick_entity(
    family: list[CompanyMatch], catalog: Catalog, residence: str | None, lang: str
) -> CompanyMatch | None:
    """The one entity of a brand that serves the person, or None when that is unclear."""
    whole = family
    family = _drop_drafts(family, catalog) if len(family) > 1 else family
    country = _span_country(family[0].span)
    if country is None:
        country = residence.split("-")[0] if residence else LANGUAGE_COUNTRY.get(lang)
    if country is not None and len(whole) > 1:
        serving = [m for m in family if country in _countries(catalog, m.id)]
        if serving:  # the brand's entity for the person's country, however it was named
            family = serving
        own_site = [m for m in family if _own_site(catalog, m.id, country)]
        if not serving and not own_site:  # only a drafted record has the country's site
            own_site = [m for m in whole if _own_site(catalog, m.id, country)]
            family = own_site or family
        if len(family) > 1 and len(own_site) == 1:  # amazon.nl for the Netherlands
            family = own_site
    if len(family) > 1 and country in EUROPE and len({_name_words(m.name) for m in family}) == 1:
        return _one_company(family, catalog, country)  # one controller for all of Europe
    best = max(m.score for m in family)
    close = [m for m in family if m.score >= best - 0.02]
    if len(close) > 1 and set(re.split(r"[^0-9a-z]+", fold(family[0].span))) & LEGAL_SUFFIXES:
        close = _named_as(close) or close  # "Experian Ltd": the legal form typed names one
    if country is None and len({tuple(_countries(catalog, m.id)) for m in close}) > 1:
        # one company held twice (RocketReach and RocketReach LLC: one name, one web site) is
        # that company; Equifax Ltd. (GB) or Equifax Inc. (US), or Epsilon Data Management
        # (US) and Epsilon International UK on one site, nothing says which: ask
        if len({_name_words(m.name) for m in close}) > 1:
            return None
        return _one_company(close, catalog, country)
    if len(close) > 1:
        close = _named_as(close) or close
    if len(close) > 1:
        same = _one_company(close, catalog, country)
        if same is not None:
            close = [same]
    if len(close) == 1:
        only = close[0]
        countries = _countries(catalog, only.id)
        if (
            country
            and countries
            and "all" not in countries
            and country not in countries
            and (_national_site(catalog, only.id, country) or len(whole) > 1)
            and not (residence is None and _spoken_in(lang, countries))
        ):  # Vodafone GmbH (vodafone.de) for someone writing in Spanish; ZARA Deutschland or
            return None  # Zara UK, both serving other countries, for a Spanish writer: ask
        return only
    if country is not None:
        everywhere = [m for m in close if "all" in _countries(catalog, m.id)]
        if everywhere and residence:
            close = everywhere
    if len(close) > 1:
        close = _named_as(close) or close
    if len(close) == 1:
        return close[0]
    return _one_company(close, catalog, country)


def choose_company(
    found: list[CompanyMatch],
    catalog: Catalog,
    *,
    residence: str | None,
    lang: str,
    corrected_after: int | None,
    right_words: set[int] | None = None,
    either: bool = False,
    in_view: str | None = None,
    set_aside: set[int] | None = None,
) -> Choice:
    """Apply the rules above to `found` (best first). `corrected_after`: the word number after
    which the person corrected themselves ("Qualfon, sorry, I mean Qualified"), if any.
    `right_words`: the word numbers of the clauses that ask for a right, when the message has
    several clauses ("Lösch mein Konto bei Spotify, ich nutz jetzt Apple Music"). `either`:
    the person leaves it open which ("chez l'un des deux"): never one chosen for them.
    `in_view`: the company of the request under way, when the message answers a later step;
    of it and one other named, the other is the one the person turns to ("bei Vodafone war ich
    früher, jetzt bin ich bei der Telekom"). `set_aside`: the word numbers of clauses that
    name a company as a past belief or provider ("erst dachte ich, das wäre die Allianz")."""
    strong = [m for m in found if m.score >= STRONG_SCORE]
    if not strong:
        return Choice(options=found[:5])
    families = _families(strong)
    named = [f for f in families if any(m.how != "fuzzy" for m in f)]
    if named:  # a likeness of spelling does not compete with a company named as written
        families = named
    meant = [f for f in families if not all(m.negated for m in f)]
    if not meant:  # "No es Vodafone, es Movistar": the one meant is not in the catalog
        return Choice(reason="not_known")
    if len(meant) > 1:  # "stop WhatsApp sharing my data with Facebook": Facebook receives it
        asked = [f for f in meant if not all(m.recipient for m in f)]
        if asked:
            meant = asked
    if len(meant) > 1 and set_aside:
        current = [f for f in meant if not all(p in set_aside for m in f for p in m.positions)]
        if current:
            meant = current
        live = [_live_mentions(f, set_aside) for f in meant]
        top = max(live)  # named more often where it is not set aside
        if live.count(top) == 1:
            meant = [meant[live.index(top)]]
    if len(meant) == 2 and in_view:
        others = [f for f in meant if all(m.id != in_view for m in f)]
        if len(others) == 1:
            meant = others
    if len(meant) > 1 and corrected_after is not None:
        later = [f for f in meant if max(max(m.positions or [0]) for m in f) > corrected_after]
        if len(later) == 1:
            meant = later
    if len(meant) > 1:  # named more often, where it is not set aside ("Sky hab ich schon erledigt")
        counts = [_live_mentions(f, set_aside or set()) for f in meant]
        top = max(counts)
        most = [f for f, n in zip(meant, counts, strict=True) if n == top]
        if len(most) == 1 and top > 1:
            meant = most
    if len(meant) > 1 and right_words and not either:  # only one named where the right is
        asked = [f for f in meant if any(p in right_words for m in f for p in m.positions)]
        if len(asked) == 1:
            meant = asked
    if len(meant) > 1:
        options = [pick_entity(f, catalog, residence, lang) or f[0] for f in meant]
        return Choice(options=options[:6], reason="two_companies")
    family = meant[0]
    entity = pick_entity(family, catalog, residence, lang)
    if entity is None:
        return Choice(options=family[:8], reason="entities")
    if either:  # "Orange or the other one, either": the other is not in the catalog
        return Choice(options=[entity], reason="two_companies")
    return Choice(company=entity, options=[entity])
