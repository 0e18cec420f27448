"""Law profiles: which privacy law covers a residence, the rights it grants, its deadlines,
citations and regulator.

Each law is one TOML file, `policies/laws/<id>.toml`, validated by the strict `LawProfile`
model (unknown keys are errors). A profile holds numbers and citations only; the date
arithmetic lives in `assistant.law.deadlines`. Every right and every deadline carries the section
it comes from, every profile lists its `sources`, and where sources disagree a `disagreements`
entry says which reading the profile takes: always the one that never calls a company late
when it is not.

`law_for("US-CA")` picks the profile whose `residences` lists the code, falling back from a
subdivision to its country ("DE-BY" -> GDPR via "DE"). Profiles with no residences (HIPAA) are
never picked from a residence alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from assistant.errors import RecordError
from assistant.law.residences import is_known, normalise_code, residence_name, resolve_residence
from assistant.law.rules import (
    AppealRules,
    DeadlineRules,
    Disagreement,
    EntityScope,
    Extension,
    Frequency,
    LaterPart,
    Period,
    Regulator,
    SourceRef,
)
from assistant.records.model import RIGHTS, RightName, Slug, Strict, Text

__all__ = [
    "AppealRules",
    "DeadlineRules",
    "Disagreement",
    "EntityScope",
    "Extension",
    "Frequency",
    "LawProfile",
    "Period",
    "Regulator",
    "RightRule",
    "SourceRef",
    "check_laws",
    "law_for",
    "laws_dir",
    "load_laws",
    "residence_name",
    "resolve_residence",
]

Residence = Annotated[str, Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
ExtensionRule = Literal["from_receipt", "later_of"]
MonthCounting = Literal["from_day_after", "beginning_with"]


class RightRule(Strict):
    """One right the law grants, from the day it exists."""

    citation: Text = Field(description="The section a letter quotes for this right.")
    also_cites: list[str] = Field(default_factory=list)
    description: Text = Field(description="What the right gives, in plain words.")
    in_force_from: dt.date | None = Field(
        default=None, description="When the right was added, if later than the law."
    )
    in_force_until: dt.date | None = Field(
        default=None, description="The first day the right no longer exists, if repealed."
    )
    in_force_citation: str | None = Field(
        default=None, description="The act that added (or repealed) the right."
    )
    later_parts: list[LaterPart] = Field(
        default_factory=list, description="Parts of the right added after it began."
    )
    verification: str | None = Field(
        default=None, description="How the company may check who is asking."
    )
    verification_required: bool = True
    frequency: Frequency | None = None
    deadlines: DeadlineRules | None = Field(
        default=None, description="Overrides the profile's deadlines for this right."
    )
    no_deadline: str | None = Field(
        default=None,
        description="Set when the law grants the right but fixes no time to answer: why.",
    )
    note: str | None = None


class LawProfile(Strict):
    """One privacy law, as `policies/laws/<id>.toml` describes it."""

    id: Slug
    name: Text
    short_name: Text
    jurisdiction: Text
    residences: list[Residence] = Field(default_factory=list)
    applies_to: str | None = Field(
        default=None, description="Who the law covers when that is not a place of residence."
    )
    citation: Text = Field(description="The law as a whole.")
    enacted: str | None = Field(default=None, description="The bill and act that made the law.")
    in_force_from: dt.date | None = None
    in_force_until: dt.date | None = None
    in_force_note: str | None = None
    roll_calendar_deadlines: bool = Field(
        default=True,
        description="Move a calendar-day or month deadline that ends on a weekend or public "
        "holiday to the next working day.",
    )
    roll_note: Text = Field(
        description="Why deadlines are (or are not) moved off non-working days."
    )
    roll_saturday: bool = Field(
        default=True,
        description="Whether a last day on a Saturday moves too. False where the law's own "
        "time rule moves only a last day that is a holiday (Sunday and the listed days), as "
        "Canada's Interpretation Act s. 26 and s. 35(1) do.",
    )
    entity_scope: EntityScope | None = Field(
        default=None,
        description="Which businesses the law covers and which it exempts as a whole, where "
        "a letter cannot assume the company is covered.",
    )
    clock_from_identity: str | None = Field(
        default=None,
        description="Where the law's period runs from the later of the request and the "
        "information asked for to confirm the person's identity: the provision that says so. "
        "Recording that the person gave it then moves the deadlines later, never earlier.",
    )
    calendars: list[str] = Field(
        default_factory=list,
        description="Statutory holiday calendars (assistant.law.calendars) this law's time "
        "computation uses on top of the person's residence, e.g. Canada's Interpretation Act.",
    )
    controller_calendar: bool = Field(
        default=False,
        description="Also skip the holidays where the company acts (the later date), because "
        "the law's time rules point to the place the act is done.",
    )
    calendar_note: str | None = None
    month_counting: MonthCounting = Field(
        default="from_day_after",
        description="'from_day_after': months run from the day after receipt to the "
        "corresponding date; 'beginning_with': the day of receipt counts (UK GDPR Art. 12A).",
    )
    month_counting_why: str | None = None
    controller_complaint: LaterPart | None = Field(
        default=None, description="A statutory complaint to the controller, and from when."
    )
    extension_rule: ExtensionRule | None = Field(
        default=None,
        description="'from_receipt': the extended deadline is receipt + (first + extra) "
        "periods; 'later_of': the later of that and the (moved) first deadline + extra.",
    )
    extension_rule_why: str | None = None
    deadlines: DeadlineRules = Field(default_factory=lambda: DeadlineRules())
    appeal: AppealRules | None = Field(
        default=None, description="The person's appeal and the company's deadline to decide."
    )
    no_appeal: str | None = Field(default=None, description="Why the law gives no appeal.")
    cure_period: str | None = Field(
        default=None, description="The Attorney General's cure period, where it matters."
    )
    rights: dict[RightName, RightRule]
    regulator: Regulator
    regulators: dict[Residence, Regulator] = Field(
        default_factory=dict, description="Regulator per residence, where it differs."
    )
    sources: list[SourceRef] = Field(min_length=1)
    disagreements: list[Disagreement] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    @field_validator("residences")
    @classmethod
    def _known_residences(cls, value: list[str]) -> list[str]:
        for code in value:
            if not is_known(code):
                raise ValueError(f"{code!r} is not a residence code this assistant knows")
        dupes = sorted({c for c in value if value.count(c) > 1})
        if dupes:
            raise ValueError(f"residences repeat: {', '.join(dupes)}")
        return value

    @field_validator("calendars")
    @classmethod
    def _known_calendars(cls, value: list[str]) -> list[str]:
        from assistant.law.calendars import CALENDARS

        for name in value:
            if name not in CALENDARS:
                raise ValueError(f"unknown calendar {name!r}; known: {', '.join(CALENDARS)}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> LawProfile:
        if not self.residences and not self.applies_to:
            raise ValueError("a law with no residences must say whom it covers in 'applies_to'")
        for code in self.regulators:
            if code not in self.residences:
                raise ValueError(f"regulators.{code}: not one of this law's residences")
        if not self.rights:
            raise ValueError("a law grants at least one right")
        for right, rule in self.rights.items():
            if rule.no_deadline is None and self.rules_for(right).respond is None:
                raise ValueError(
                    f"rights.{right}: no 'respond' deadline; set one, or say why in 'no_deadline'"
                )
            start = self.right_start(right)
            if rule.in_force_until and start and rule.in_force_until <= start:
                raise ValueError(f"rights.{right}: in_force_until is not after its start")
        if self.appeal is not None and self.no_appeal:
            raise ValueError("set 'appeal' or 'no_appeal', not both")
        extended = [r.extension for r in (self.deadlines, self.appeal) if r is not None]
        extended += [r.deadlines.extension for r in self.rights.values() if r.deadlines]
        if any(e is not None for e in extended) and not (
            self.extension_rule and self.extension_rule_why
        ):
            raise ValueError(
                "a law with an extension must say how it is counted: 'extension_rule' "
                "(from_receipt or later_of) and 'extension_rule_why'"
            )
        return self

    # -- questions other modules ask ------------------------------------------------------

    def grants(self, right: str, on: dt.date | None = None) -> bool:
        """True when the law gives people this right (on `on`, when a date is given)."""
        if right not in self.rights:
            return False
        return on is None or self.right_in_force_on(right, on)

    def right_start(self, right: str) -> dt.date | None:
        """The first day a request for this right has a deadline (law or right, the later)."""
        rule = self.rights.get(right)  # type: ignore[call-overload]
        starts = [d for d in (self.in_force_from, rule and rule.in_force_from) if d]
        return max(starts) if starts else None

    def right_end(self, right: str) -> dt.date | None:
        rule = self.rights.get(right)  # type: ignore[call-overload]
        ends = [d for d in (self.in_force_until, rule and rule.in_force_until) if d]
        return min(ends) if ends else None

    def right_in_force_on(self, right: str, day: dt.date) -> bool:
        start, end = self.right_start(right), self.right_end(right)
        return (start is None or day >= start) and (end is None or day < end)

    def citation_for(self, right: str) -> list[str]:
        """The statute citations a letter quotes for this right (empty if not granted)."""
        rule = self.rights.get(right)  # type: ignore[call-overload]
        if rule is None:
            return []
        return [rule.citation, *rule.also_cites]

    def rules_for(self, right: str) -> DeadlineRules:
        """The deadlines for this right: its own override, else the profile's."""
        rule: RightRule | None = self.rights.get(right)  # type: ignore[call-overload]
        if rule is not None and rule.deadlines is not None:
            return rule.deadlines
        return self.deadlines

    def frequency_for(self, right: str) -> Frequency | None:
        rule = self.rights.get(right)  # type: ignore[call-overload]
        return rule.frequency if rule is not None else None

    def verification_for(self, right: str) -> str | None:
        rule = self.rights.get(right)  # type: ignore[call-overload]
        return rule.verification if rule is not None else None

    def regulator_for(self, residence: str | None = None) -> Regulator:
        """The regulator for a residence (a country's own authority under GDPR)."""
        if residence:
            code = normalise_code(residence) or residence
            for key in (code, code.split("-")[0]):
                if key in self.regulators:
                    return self.regulators[key]
        return self.regulator

    def in_force_on(self, day: dt.date) -> bool:
        started = self.in_force_from is None or day >= self.in_force_from
        return started and (self.in_force_until is None or day < self.in_force_until)

    def status_on(self, day: dt.date) -> Literal["in_force", "not_yet", "ended"]:
        """Whether the law is in force on `day`, enacted but not yet in force, or repealed."""
        if self.in_force_from is not None and day < self.in_force_from:
            return "not_yet"
        if self.in_force_until is not None and day >= self.in_force_until:
            return "ended"
        return "in_force"

    def covers(self, residence: str) -> bool:
        code = normalise_code(residence) or residence
        return code in self.residences or code.split("-")[0] in self.residences

    def summary(self, on: dt.date | None = None) -> dict:
        """A short description for listings (with `on`, whether it is in force that day)."""
        data = {
            "id": self.id,
            "short_name": self.short_name,
            "name": self.name,
            "jurisdiction": self.jurisdiction,
            "residences": len(self.residences),
            "in_force_from": self.in_force_from.isoformat() if self.in_force_from else None,
            "in_force_until": self.in_force_until.isoformat() if self.in_force_until else None,
            "rights": sorted(self.rights, key=RIGHTS.index),
            "right_starts": {
                r: d.isoformat()
                for r in sorted(self.rights, key=RIGHTS.index)
                if (d := self.right_start(r)) is not None and d != self.in_force_from
            },
        }
        if on is not None:
            data["status"] = self.status_on(on)
        return data


# -- loading ------------------------------------------------------------------------------

_CACHE: dict[Path, dict[str, LawProfile]] = {}


def laws_dir(policies: Path | None = None) -> Path:
    """The folder of law profiles: `<policies>/laws`."""
    from assistant import paths

    return (policies or paths.policies_dir()) / "laws"


def _validate(path: Path) -> LawProfile:
    from assistant.records.catalog import read_toml, validate_model

    law = validate_model(LawProfile, read_toml(path), str(path))
    if law.id != path.stem:
        raise RecordError(str(path), "id", f"{law.id!r} must equal the file name {path.stem!r}")
    return law


def _read_all(policies: Path | None) -> tuple[dict[str, LawProfile], list[RecordError]]:
    folder = laws_dir(policies)
    laws: dict[str, LawProfile] = {}
    problems: list[RecordError] = []
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        problems.append(RecordError(str(folder), None, "no law profiles (*.toml) found"))
    owner: dict[str, str] = {}
    for path in files:
        try:
            law = _validate(path)
        except RecordError as exc:
            problems.append(exc)
            continue
        clash = [f"{code} (already in {owner[code]})" for code in law.residences if code in owner]
        if clash:
            problems.append(
                RecordError(str(path), "residences", "covered by two laws: " + ", ".join(clash))
            )
            continue
        for code in law.residences:
            owner[code] = law.id
        laws[law.id] = law
    return laws, problems


def load_laws(policies: Path | None = None) -> dict[str, LawProfile]:
    """Every law profile by id, validated; cached per process. Bad profiles raise a UserError."""
    key = laws_dir(policies).resolve()
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    laws, problems = _read_all(policies)
    if problems:
        from assistant.records.catalog import CatalogErrors

        raise CatalogErrors(problems)
    _CACHE[key] = laws
    return laws


def check_laws(policies: Path | None = None) -> list[RecordError]:
    """One RecordError per bad profile (used by `rights check`); empty when all are sound."""
    return _read_all(policies)[1]


def law_for(
    residence: str, laws: dict[str, LawProfile] | None = None, *, on: dt.date | None = None
) -> LawProfile | None:
    """The law covering people who live in `residence`, or None when no law does.

    A subdivision falls back to its country ("DE-BY" -> the law listing "DE"). With `on`, a law
    not yet in force on that date is not returned.
    """
    code = normalise_code(residence)
    if code is None:
        return None
    table = load_laws() if laws is None else laws
    for key in (code, code.split("-")[0]):
        for law in table.values():
            if key in law.residences:
                if on is not None and not law.in_force_on(on):
                    return None
                return law
    return None
