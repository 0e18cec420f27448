"""A company name as a person types it -> the one company it names, or nothing (ask).

Search ranks; resolving decides. A name resolves only when the best hits are exact (score 99 or
more: the name, a legal name, alias, brand or web address, as typed) and every record scoring
as high is the same company: records sharing a web site, or country sites of one brand
("amazon.de", "amazon.fr") whose names begin alike. Otherwise the answer is no company and the
candidates, so the caller asks; a wrong company is worse than a question.

Which of one company's records to write to is a second question (`entity_for_residence`):
without a residence it is settled only when one record stands out (a single one, one held
twice, or the only one serving everyone); else the person is asked where they live.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from assistant.records.search import TIER_EXACT, domain_label, normalise, site_of

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog
    from assistant.records.model import CompanyRecord

RESOLVE_SCORE = 99.0  # an exact hit: the name (or brand, alias, web address) as typed
# E-mail domains that tell nothing about whose address it is: mail services, privacy-request
# platforms serving many companies (regulators' addresses are left out by their ".gov").
# fmt: off
SHARED_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "aol.com", "icloud.com", "me.com", "gmx.de", "gmx.net", "web.de", "proton.me",
    "protonmail.com", "onetrust.com", "trustarc.com", "truste.com", "zendesk.com",
})
# fmt: on


class Resolution(NamedTuple):
    """What a typed name stands for.

    `company`: the records of the one company it names (empty: unsure, ask); `entity`: the
    record to write to, when that is settled; `candidates`: ids to offer when asking."""

    company: list[str]
    entity: str | None
    candidates: list[str]


def resolve_name(catalog: Catalog, text: str, residence: str | None = None) -> Resolution:
    """The company `text` names, if the catalog is sure of it (see the module's docstring)."""
    hits = catalog.search(text, limit=10)
    if not hits:
        return Resolution([], None, [])
    candidates = [h.id for h in hits[:5]]
    top = [h for h in hits if h.score == hits[0].score]
    if hits[0].score < RESOLVE_SCORE or any(h.tier != TIER_EXACT for h in top):
        return Resolution([], None, candidates)
    records = [catalog.get(h.id) for h in top]
    placed = [r for r in records if hosts_of(r)]
    if len(records) > 1 and not (placed and one_brand(placed)):
        return Resolution([], None, candidates)
    # A record with no web address at all (a draft read from a policy, an imported entry)
    # joins only under the very name another one matched: nothing says it is someone else.
    names = {h.matched for h, r in zip(top, records, strict=True) if r in placed}
    alone = [h.matched for h, r in zip(top, records, strict=True) if r not in placed]
    if placed and any(name not in names for name in alone):
        return Resolution([], None, candidates)
    from assistant.records.entities import entity_for_residence, one_company

    chosen = entity_for_residence(records, residence)
    if chosen is None and residence is None:
        everywhere = [r for r in placed if "all" in r.countries]
        chosen = everywhere[0] if len(everywhere) == 1 else one_company(placed)
    return Resolution([r.id for r in records], chosen.id if chosen else None, candidates)


def hosts_of(record: CompanyRecord) -> set[str]:
    """The web sites a record is known by: its domains, and the domains of its e-mail
    addresses that carry its name or its site's (dpo@snap.com for Snapchat; not an outside
    data protection officer's firm)."""
    from rapidfuzz import fuzz

    hosts = {site_of(d) for d in record.domains}
    names = [normalise(record.name).replace(" ", "")]
    names += [label for label in map(domain_label, record.domains) if len(label) >= 4]
    for contact in record.contacts:
        if contact.kind == "email" and "@" in contact.value:
            site = site_of(contact.value.rsplit("@", 1)[1].strip().lower())
            if site in SHARED_MAIL or ".gov" in "." + site or "europa.eu" in site:
                continue
            label = domain_label(site)
            if any(n and fuzz.partial_ratio(label, n) >= 85 for n in names):
                hosts.add(site)  # its own name, or its web site's ("bahn" in deutschebahn.com)
    return hosts


def one_brand(records: list[CompanyRecord]) -> bool:
    """Whether the records are one company: each shares a web site with the first, or a web
    address's label (amazon.de, amazon.fr) while their names begin with the same word."""
    first = records[0]
    return all(_same(first, other) for other in records[1:])


def _same(one: CompanyRecord, other: CompanyRecord) -> bool:
    if hosts_of(one) & hosts_of(other):
        return True
    labels = {domain_label(d) for d in one.domains}
    if not labels & {domain_label(d) for d in other.domains}:
        return False
    words = normalise(one.name).split()[:1], normalise(other.name).split()[:1]
    return bool(words[0]) and words[0] == words[1]
