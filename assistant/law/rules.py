"""The building blocks of a law profile: periods, extensions, appeals, regulators, sources.

`assistant.law.profiles` assembles them into a `LawProfile`; `assistant.law.deadlines` turns them
into dates. Every figure carries the section it comes from (`citation`).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from assistant.records.model import Strict, Text

__all__ = [
    "AppealRules",
    "DayUnit",
    "DeadlineRules",
    "Disagreement",
    "EntityScope",
    "Extension",
    "Frequency",
    "LaterPart",
    "Period",
    "Regulator",
    "SourceRef",
]

DayUnit = Literal["calendar_days", "business_days", "months"]


class Period(Strict):
    """A span of time counted from the day after receipt, with the section that sets it."""

    amount: int = Field(ge=1, le=400)
    unit: DayUnit
    citation: Text
    note: str | None = None

    def describe(self) -> str:
        words = {"calendar_days": "calendar days", "business_days": "business days"}
        unit = words.get(self.unit, "month" if self.amount == 1 else "months")
        if self.amount == 1 and self.unit != "months":
            unit = unit[:-1]
        return f"{self.amount} {unit}"


class Extension(Period):
    """Extra time a company may take on top of the first period."""

    notice: Literal["within_first_period", "none_required"] = Field(
        default="within_first_period",
        description="Whether the company must tell the person before the first deadline.",
    )


class DeadlineRules(Strict):
    """The deadlines for one kind of request."""

    acknowledge: Period | None = None
    respond: Period | None = None
    extension: Extension | None = None

    @model_validator(mode="after")
    def _extension_needs_respond(self) -> DeadlineRules:
        if self.extension is not None:
            if self.respond is None:
                raise ValueError("an extension needs a 'respond' period to extend")
            if self.extension.unit != self.respond.unit:
                raise ValueError("'extension' must be counted in the same unit as 'respond'")
        return self


class AppealRules(DeadlineRules):
    """A person's appeal against a refusal: their window, the company's deadline, then where to
    complain. `respond` is the company's time to decide, counted from receipt of the appeal."""

    citation: Text = Field(description="The section that gives the right to appeal.")
    window: Text = Field(description="How long the person has to appeal, in plain words.")
    window_days: int | None = Field(
        default=None, ge=1, le=400, description="A fixed number of days, when the law sets one."
    )
    complaint: Text = Field(
        description="Where the person goes when the appeal is denied (the Attorney General)."
    )
    complaint_citation: str | None = None
    complaint_url: str | None = None
    no_deadline: str | None = Field(
        default=None, description="Why no decision deadline is given (e.g. not confirmed)."
    )
    note: str | None = None

    @model_validator(mode="after")
    def _decides(self) -> AppealRules:
        if (self.respond is None) == (self.no_deadline is None):
            raise ValueError(
                "an appeal needs either 'respond' (the company's time to decide) or "
                "'no_deadline' (why there is none)"
            )
        return self


class LaterPart(Strict):
    """Part of a right that was added after the right itself (e.g. CCPA opt-out of sharing)."""

    what: Text
    in_force_from: dt.date
    citation: Text


class Frequency(Strict):
    """How often a person may use a right (or use it free of charge)."""

    limit: int = Field(ge=1, le=100)
    per: Literal["12_months", "calendar_year"] = "12_months"
    meaning: Literal["at_most", "free"] = Field(
        description="'at_most': the company need not answer more often; "
        "'free': more requests may cost a fee or be declined as excessive."
    )
    citation: Text
    note: str | None = None

    def describe(self) -> str:
        span = "12 months" if self.per == "12_months" else "calendar year"
        if self.meaning == "at_most":
            return f"at most {self.limit} time(s) in any {span} ({self.citation})"
        return f"free of charge {self.limit} time(s) in any {span} ({self.citation})"


class Regulator(Strict):
    """Where to complain when a company does not answer."""

    name: Text
    website: str | None = None
    address: str | None = None
    email: str | None = None
    complaint_url: str | None = None
    phone: str | None = None
    note: str | None = None


class SourceRef(Strict):
    """Where a figure comes from: an official statute, regulation or regulator page."""

    title: Text
    url: str | None = None
    note: str | None = None


class Disagreement(Strict):
    """Sources that read the law differently, and the reading this profile takes."""

    topic: Text
    readings: list[str] = Field(min_length=1)
    chosen: Text
    why: Text


class EntityScope(Strict):
    """Which businesses a law covers, and those it exempts as a whole (a small business, a
    HIPAA covered entity), each in the statute's words with its section. A letter under such
    a law states the obligation conditionally unless the company's coverage is established."""

    covers: Text = Field(description="Who the law applies to, in plain words.")
    covers_citation: Text
    exempt: list[str] = Field(
        default_factory=list, description="Entities the law does not apply to, in plain words."
    )
    exempt_citation: str | None = None
    note: str | None = None
