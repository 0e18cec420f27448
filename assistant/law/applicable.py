"""Which privacy law applies to one request, judged from both sides: the person and the company.

A law reaches a request through the person (where they live) only when it also reaches the
company, and some laws reach a company through where it is established whoever writes to it:

- GDPR Art. 3(1) (and UK GDPR Art. 3(1)): a controller established in the EU/EEA (the UK) is
  bound for all its processing, wherever the person lives;
- GDPR Art. 3(2)(a) (and UK GDPR Art. 3(2)(a)): a controller outside offering goods or services
  to people in the Union (the UK): the record's `countries` list the person's country, or "all";
- LGPD Art. 3: processing in Brazil, or goods and services offered to people in Brazil;
- FADP Art. 3(1): processing that has effects in Switzerland, even when caused abroad;
- US state laws and Canadian laws: the business must do business in (or target) the state or
  country; the record must show it (its `countries`, or the law named in its own policy). The
  thresholds those laws add (revenue, number of consumers) cannot be known from outside, so the
  letter says it relies on them and the person is told.

A law the company's policy itself names for the person's region also counts ("named"). When
several apply, the letter is written under the strongest that grants the right (STRENGTH) and
names the others; when none applies, `Applicable.promises` holds the company's own published
commitments for the person's region, and the letter rests on them and says so.

The company's country of establishment is read only from a country line of a published postal
address (or a US "ST 12345" line); nothing is guessed from a name or a domain.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.law.profiles import LawProfile, law_for, load_laws
from assistant.law.residences import fold, normalise_code, residence_name

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord, NamedLaw

__all__ = [
    "NAMED_WITHOUT_ARTICLE",
    "STRENGTH",
    "Applicable",
    "Basis",
    "applicable_laws",
    "establishment",
    "the_law",
]

# How much a law gives a person, for choosing among several that apply (higher wins). The
# European laws give the fullest access (Art. 15 lists every item) and erasure on grounds;
# Quebec and the LGPD follow them; the CCPA gives the most among US laws (lookback, sources,
# purposes); PIPEDA has no erasure right; the other US state laws give confirmation, access
# and a portable copy.
STRENGTH: dict[str, int] = {
    "gdpr": 100,
    "uk-gdpr": 95,
    "fadp": 90,
    "quebec-law25": 80,
    "lgpd": 75,
    "ccpa": 70,
    "alberta-pipa": 62,
    "bc-pipa": 62,
    "pipeda": 60,
    "hipaa-access": 30,
}
US_STATE_STRENGTH = 50

EU_WIDE = {"gdpr"}
# Laws named without "the" in English: "under PIPEDA", never "the PIPEDA".
NAMED_WITHOUT_ARTICLE: dict[str, str] = {
    "pipeda": "PIPEDA",
    "quebec-law25": "Quebec's private sector Act",
    "alberta-pipa": "Alberta's PIPA",
    "bc-pipa": "British Columbia's PIPA",
}


def the_law(law: LawProfile) -> str:
    """How an English sentence names a law: 'the GDPR', 'the CCPA', but 'PIPEDA'."""
    return NAMED_WITHOUT_ARTICLE.get(law.id, f"the {law.short_name}")


def _the_capital(law: LawProfile) -> str:
    name = the_law(law)
    return name[:1].upper() + name[1:]


PRIVACY_SHIELD_NOTE = (
    "The EU-U.S. Privacy Shield was declared invalid by the Court of Justice of the EU on "
    "16 July 2020 (Case C-311/18, Schrems II); the Swiss-U.S. framework was judged inadequate by "
    "the Swiss FDPIC in September 2020. A company's published commitment under it is still its "
    "own promise, but no longer a legal basis for transfers."
)

# Country names a postal address may end with, folded, in the languages of the records.
_COUNTRY_WORDS: dict[str, str] = {
    "germany": "DE", "deutschland": "DE", "austria": "AT", "osterreich": "AT",
    "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "svizzera": "CH",
    "france": "FR", "frankreich": "FR", "spain": "ES", "espana": "ES", "spanien": "ES",
    "italy": "IT", "italia": "IT", "italien": "IT", "netherlands": "NL",
    "the netherlands": "NL", "nederland": "NL", "niederlande": "NL", "belgium": "BE",
    "belgique": "BE", "belgie": "BE", "belgien": "BE", "luxembourg": "LU", "luxemburg": "LU",
    "ireland": "IE", "irland": "IE", "denmark": "DK", "danemark": "DK", "sweden": "SE",
    "schweden": "SE", "norway": "NO", "norwegen": "NO", "finland": "FI", "finnland": "FI",
    "poland": "PL", "polen": "PL", "polska": "PL", "czech republic": "CZ", "czechia": "CZ",
    "tschechien": "CZ", "portugal": "PT", "greece": "GR", "griechenland": "GR",
    "hungary": "HU", "ungarn": "HU", "romania": "RO", "rumanien": "RO", "bulgaria": "BG",
    "croatia": "HR", "slovakia": "SK", "slovenia": "SI", "estonia": "EE", "latvia": "LV",
    "lithuania": "LT", "malta": "MT", "cyprus": "CY", "iceland": "IS", "liechtenstein": "LI",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "grossbritannien": "GB", "vereinigtes konigreich": "GB",
    "united states": "US", "united states of america": "US", "usa": "US", "u.s.a.": "US",
    "us": "US", "vereinigte staaten": "US", "canada": "CA", "kanada": "CA", "brazil": "BR",
    "brasil": "BR", "brasilien": "BR",
}  # fmt: skip
_US_STATE_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(-\d{4})?\s*$")


@dataclass(frozen=True)
class Basis:
    """One law that reaches this request, and why."""

    law: LawProfile
    reason: str  # "establishment", "targeting", "effects", "residence", "named", "registered"
    citation: str | None  # the provision that makes the law reach the company, if any
    explanation: str  # one English sentence for the person (never part of the letter)
    assumed: bool = False  # the record does not show that the company reaches the person


@dataclass(frozen=True)
class Applicable:
    """The law a letter is written under, the others that also apply, and the promises."""

    primary: Basis | None
    others: tuple[Basis, ...] = ()
    promises: tuple[NamedLaw, ...] = ()
    notes: tuple[str, ...] = field(default=())
    company_country: str | None = None


def address_country(address: str) -> str | None:
    """The country a postal address names on its last line ('Deutschland', 'USA', or a US
    'MI 48203' line); None when it names none."""
    lines = [line.strip() for line in address.split("\n") if line.strip()]
    if not lines:
        return None
    code = _COUNTRY_WORDS.get(fold(lines[-1]).strip(" .,"))
    if code is None and _US_STATE_ZIP.search(lines[-1]):
        code = "US"
    if code is None:
        code = _COUNTRY_WORDS.get(fold(lines[-1].split(",")[-1]).strip(" ."))
    return code


def establishment(record: CompanyRecord) -> str | None:
    """The country of the company's published postal address, when the address names it."""
    found = {
        code
        for contact in record.contacts
        if contact.kind == "postal" and (code := address_country(contact.value)) is not None
    }
    return found.pop() if len(found) == 1 else None


def _country(code: str) -> str:
    return code.split("-")[0]


def _targets(record: CompanyRecord, code: str) -> bool | None:
    """Does the record show the company offering its services where `code` is? None: unknown."""
    countries = [c.upper() for c in record.countries]
    if not countries:
        return None
    return "ALL" in countries or _country(code) in countries or code in countries


def _named_for(record: CompanyRecord, law: LawProfile, residence: str) -> bool:
    """The company's policy names this law for the person's region."""
    keys = {fold(law.short_name), fold(law.name.split("(")[0].strip())}
    for named in record.laws_named:
        text = fold(named.name)
        if not any(k and k in text for k in keys):
            continue
        if not named.regions or residence in named.regions or _country(residence) in named.regions:
            return True
    return False


def _strength(law: LawProfile) -> int:
    if law.id in STRENGTH:
        return STRENGTH[law.id]
    return (
        US_STATE_STRENGTH
        if law.jurisdiction.startswith(("US", "United States"))
        or any(r.startswith("US-") for r in law.residences)
        else 40
    )


def applicable_laws(
    record: CompanyRecord,
    residence: str | None,
    right: str,
    *,
    today: dt.date,
    laws: dict[str, LawProfile] | None = None,
) -> Applicable:
    """Every law that reaches this request, the strongest granting `right` first."""
    table = load_laws() if laws is None else laws
    code = normalise_code(residence) if residence else None
    home = establishment(record)
    bases: dict[str, Basis] = {}
    notes: list[str] = []

    def add(basis: Basis) -> None:
        if basis.law.id not in bases and basis.law.in_force_on(today):
            bases[basis.law.id] = basis

    if home is not None:
        law = law_for(home, table, on=today)
        if law is not None and law.id in ("gdpr", "uk-gdpr"):
            add(Basis(law, "establishment", f"{law.short_name} Art. 3(1)",
                      f"{record.name} is established in {residence_name(home)}, so "
                      f"{the_law(law)} binds it whoever writes (Art. 3(1))."))  # fmt: skip
        elif law is not None and law.id in ("fadp", "lgpd"):
            add(Basis(law, "establishment", _territorial(law),
                      f"{record.name} processes data in {residence_name(home)}."))  # fmt: skip
    if code is not None:
        law = law_for(code, table, on=today)
        if law is not None:
            basis = _residence_basis(record, law, code)
            if basis is not None:
                add(basis)
            elif law.id not in bases:
                notes.append(
                    f"{_the_capital(law)} protects people in {residence_name(code)}, but "
                    f"{record.name}'s record shows no activity there "
                    f"(it lists: {', '.join(record.countries) or 'nothing'}), so the letter "
                    "does not rely on it."
                )
    own = law_for(code, table, on=today) if code is not None else None

    def rank(basis: Basis) -> tuple[bool, bool, int]:
        # Of the GDPR and the UK GDPR, both reaching the company, the person's own comes
        # first: its regulator is the one they can complain to (a Briton writing to
        # Amazon's Luxembourg entity for amazon.co.uk is under the UK GDPR, Art. 3(2)(a),
        # and the ICO; the GDPR's authorities are for people in the EU).
        home_pair = own is not None and basis.law.id == own.id and {"gdpr", "uk-gdpr"} <= set(bases)
        return basis.law.grants(right, on=today), home_pair, _strength(basis.law)

    ranked = sorted(bases.values(), key=rank, reverse=True)
    primary = ranked[0] if ranked else None
    if primary is not None and primary.assumed:
        notes.append(primary.explanation)
    promises: tuple[NamedLaw, ...] = ()
    if code is not None:
        promises = tuple(
            named
            for named in record.laws_named
            if (code in named.regions or _country(code) in named.regions)
            and not any(_named_for(record, b.law, code) for b in ranked)
        )
        if any("privacy shield" in fold(n.name) for n in promises):
            notes.append(PRIVACY_SHIELD_NOTE)
    return Applicable(primary, tuple(ranked[1:]), promises, tuple(notes), home)


def _territorial(law: LawProfile) -> str | None:
    # A Swiss controller is covered as a private person processing data (FADP Art. 2(1)(a));
    # Art. 3(1), the effects rule, is for processing abroad.
    return {"fadp": "FADP Art. 2(1)(a)", "lgpd": "LGPD Art. 3"}.get(law.id)


def _residence_basis(record: CompanyRecord, law: LawProfile, code: str) -> Basis | None:
    """How the law of the person's residence reaches the company, or None when it does not."""
    place = residence_name(code)
    if _named_for(record, law, code):
        # Named by the company's own policy; under the GDPR (UK GDPR) a company established
        # outside is still reached only by Art. 3(2)(a), which the letter states as well.
        reach = f"{law.short_name} Art. 3(2)(a)" if law.id in ("gdpr", "uk-gdpr") else None
        return Basis(law, "named", reach,
                     f"{record.name}'s own policy names {the_law(law)} for people in "
                     f"{place}.")  # fmt: skip
    targets = _targets(record, code)
    if law.id == "fadp":
        return Basis(law, "effects", "FADP Art. 3(1)",
                     "The FADP covers processing that has effects in Switzerland, even when "
                     "it happens abroad (Art. 3(1)).")  # fmt: skip
    if targets is None and law.id in ("gdpr", "uk-gdpr"):
        # Outside the EU (UK), the law reaches a company only by Art. 3(2): the letter says so,
        # as a condition ("insofar as you offer ..."), and the person is told it is assumed.
        return Basis(law, "targeting", f"{law.short_name} Art. 3(2)(a)",
                     f"{record.name}'s record does not say where it operates; the letter "
                     f"relies on {the_law(law)} insofar as it offers its services to people in "
                     f"{place} ({law.short_name} Art. 3(2)(a)).",
                     assumed=True)  # fmt: skip
    if targets is None:
        return Basis(law, "residence", None,
                     f"{record.name}'s record does not say where it operates; the letter "
                     f"assumes {the_law(law)} of {place} reaches it.",
                     assumed=True)  # fmt: skip
    if not targets:
        return None
    if law.id in ("gdpr", "uk-gdpr"):
        return Basis(law, "targeting", f"{law.short_name} Art. 3(2)(a)",
                     f"{record.name} offers its services to people in {place} "
                     f"({law.short_name} Art. 3(2)(a)).")  # fmt: skip
    if law.id == "lgpd":
        return Basis(
            law,
            "targeting",
            "LGPD Art. 3, II",
            f"{record.name} offers its services to people in Brazil (LGPD Art. 3, II).",
        )
    if law.id == "ccpa" and record.data_broker:
        return Basis(law, "registered", "Cal. Civ. Code § 1798.99.80(a), (c)",
                     f"{record.name} is registered in California as a data broker, which the "
                     "law defines as a business under the CCPA (Cal. Civ. Code § 1798.99.80(a), "
                     "(c)), so the CCPA covers it.")  # fmt: skip
    thresholds = any(r.startswith("US-") for r in law.residences)
    return Basis(
        law,
        "residence",
        None,
        f"{record.name} does business where you live; {the_law(law)} covers it "
        + (
            "if it meets the law's thresholds, which cannot be checked from outside."
            if thresholds
            else "for what it does there."
        ),
    )
