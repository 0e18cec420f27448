"""Which data protection authority a letter names: a German resident's Land authority.

Private companies in Germany answer to the authority of a Land (BDSG § 40), not the federal
BfDI; a person may complain to the authority where they live (GDPR Art. 77(1)). The Land's
authority comes from the catalog's supervisory-authority records; everyone else's regulator
is the law profile's for their residence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.law.profiles import LawProfile
    from assistant.records.catalog import Catalog


def regulator_name(law: LawProfile | None, residence: str) -> str | None:
    """The regulator kept with a request: a German resident's Land authority when the
    residence names the Land, else the law's regulator for the residence."""
    if law is None:
        return None
    if law.id == "gdpr" and "-" in residence and residence.startswith("DE"):
        from assistant.records.catalog import load_catalog

        found = followup_authority(load_catalog(), law.id, residence)
        if found and found.get("name"):
            return str(found["name"])
    return law.regulator_for(residence).name


def followup_authority(catalog: Catalog, law_id: str | None, residence: str) -> dict | None:
    """The authority a follow-up may name: a German resident's Land authority when known
    (None otherwise: the law profile's regulator for the residence)."""
    try:
        return competent_authority(catalog, law_id, residence)
    except UserError:
        return None


def competent_authority(
    catalog: Catalog, law_id: str | None, residence: str, land: str | None = None
) -> dict[str, object] | None:
    """The authority a GDPR complaint from a German resident goes to: their Land's (`land`,
    e.g. "DE-BY", or the residence when it names the Land). UserError asking for the Land when
    neither does; None for everyone else (the law profile's regulator)."""
    from assistant.letters.complaint import GERMAN_LAND_AUTHORITIES, regulator_from_authority

    if law_id != "gdpr" or residence.split("-")[0] != "DE":
        return None
    code = (land or residence).upper()
    if code not in GERMAN_LAND_AUTHORITIES:
        raise UserError(
            "which German Land do you live in? The complaint goes to its data protection authority",
            hint="one of: "
            + ", ".join(sorted(GERMAN_LAND_AUTHORITIES))
            + " (`rights complain N --land CODE`)",
        )
    wanted = GERMAN_LAND_AUTHORITIES[code]
    for authority in catalog.authorities():
        if authority.id == wanted:
            return regulator_from_authority(authority)
    return None
