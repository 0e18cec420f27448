"""The policy record format: strict pydantic models for companies and supervisory authorities.

A company record says what the company's own privacy policy says and nothing more. For a
record written from a policy (`source.kind == "policy"`), every fact carries `quote`: the exact
words of the policy that support it, and `rights check` confirms each quote occurs in
`policies/sources/<id>.txt`. Records imported from the Datenanfragen database carry no quotes;
their facts rest on the source URLs and quality grade named in `source`.

Unknown keys are errors everywhere (`extra="forbid"`). The JSON Schema in policies/schema.json
is generated from `CompanyRecord` (see `company_schema()`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

RIGHTS: tuple[str, ...] = ("access", "deletion", "opt_out", "correction")
RightName = Literal["access", "deletion", "opt_out", "correction"]
ContactKind = Literal["email", "phone", "postal", "webform", "fax"]

# The yes / no statements (`Claim` fields) a record may make.
CLAIMS = (
    "sells_personal_information",
    "shares_personal_information",
    "honours_gpc",
    "honours_dnt",
)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG_PATTERN)

Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Quote = Annotated[str, Field(min_length=3, max_length=4000)]


class Strict(BaseModel):
    """Base for every record model: unknown keys are errors, values are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


SourceKind = Literal["policy", "datenanfragen", "manual", "data-broker-registry", "reader"]
# Kinds whose facts were read from the company's own policy, so every fact carries a quote.
QUOTED_KINDS = ("policy", "reader")


class Source(Strict):
    """Where a record's facts come from."""

    kind: SourceKind = Field(
        description="policy: hand-written from the policy text in 'file'; reader: drafted by "
        "the policy reader from a saved policy (see 'file', 'urls', 'snapshot_date'); "
        "datenanfragen / data-broker-registry: converted from a public database."
    )
    file: str | None = Field(
        default=None, description="Policy text under policies/sources/, for kind 'policy'."
    )
    policy_read: bool = Field(
        default=False,
        description="Whether anyone read the company's privacy policy for this record. "
        "False for imported records: their rights, verification and selling facts are unknown, "
        "not denied. Defaults to true for kinds 'policy' and 'reader'.",
    )
    snapshot_date: dt.date | None = Field(
        default=None,
        strict=False,  # an ISO date string in a JSON bundle
        description="The date of the policy text that was read (a saved copy).",
    )
    urls: list[str] = Field(default_factory=list, description="Where the facts were published.")
    quality: Literal["tested", "verified", "imported", "scraped"] | None = Field(
        default=None, description="Datenanfragen's own grade of the record."
    )
    license: str | None = None
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _default_policy_read(cls, raw: object) -> object:
        if isinstance(raw, dict) and "policy_read" not in raw:
            return {**raw, "policy_read": raw.get("kind") in QUOTED_KINDS}
        return raw

    @model_validator(mode="after")
    def _policy_needs_file(self) -> Source:
        if self.kind == "policy" and not self.file:
            raise ValueError("a record written from a policy names its source text in 'file'")
        if self.file is not None and ("/" in self.file or "\\" in self.file or ".." in self.file):
            raise ValueError("'file' is a bare file name inside policies/sources/")
        return self


class Contact(Strict):
    """One way to reach the company."""

    id: Slug = Field(description="Short name the rights section refers to, e.g. 'privacy-email'.")
    kind: ContactKind
    value: Text = Field(description="The address, number or URL exactly as published.")
    purpose: Text = Field(description="What the policy says this contact is for.")
    quote: Quote | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _check_value(self) -> Contact:
        if any(ch in self.value for ch in "\r\n\x00") and self.kind != "postal":
            raise ValueError("a contact value must be a single line")
        if self.kind == "email":
            from email_validator import EmailNotValidError, validate_email

            try:
                validate_email(self.value, check_deliverability=False)
            except EmailNotValidError as exc:
                raise ValueError(f"not a valid e-mail address: {exc}") from None
        if self.kind == "webform" and not re.match(r"^https?://\S+$", self.value):
            raise ValueError("a web form is an http(s) URL")
        if self.kind in ("phone", "fax") and len(re.findall(r"\d", self.value)) < 3:
            raise ValueError("a phone or fax number needs digits")
        return self


class RightPolicy(Strict):
    """What the policy says about one right."""

    offered: bool | None = Field(
        default=None, description="true / false as the policy says; null when it says nothing."
    )
    quote: Quote | None = Field(default=None, description="Supports 'offered' and 'contacts'.")
    contacts: list[Slug] = Field(default_factory=list, description="Ids from `contacts`.")
    response_days: int | None = Field(default=None, ge=1, le=400)
    response_day_kind: Literal["calendar", "business"] = "calendar"
    extension_days: int | None = Field(default=None, ge=1, le=400)
    response_quote: Quote | None = Field(
        default=None, description="Supports 'response_days' and 'extension_days'."
    )
    frequency_per_12_months: int | None = Field(default=None, ge=1, le=100)
    frequency_quote: Quote | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _numbers_need_quotes(self) -> RightPolicy:
        if (self.response_days or self.extension_days) and not self.response_quote:
            raise ValueError("response_days/extension_days need 'response_quote'")
        if self.frequency_per_12_months and not self.frequency_quote:
            raise ValueError("frequency_per_12_months needs 'frequency_quote'")
        return self


class RightsPolicy(Strict):
    access: RightPolicy = Field(default_factory=RightPolicy)
    deletion: RightPolicy = Field(default_factory=RightPolicy)
    opt_out: RightPolicy = Field(default_factory=RightPolicy)
    correction: RightPolicy = Field(default_factory=RightPolicy)

    def get(self, right: str) -> RightPolicy:
        if right not in RIGHTS:
            raise KeyError(right)
        policy: RightPolicy = getattr(self, right)
        return policy


class RequiredElement(Strict):
    """An identifying detail the company needs (Datenanfragen's 'required-elements')."""

    desc: Text
    type: Literal["input", "textarea", "email", "address", "name", "birthdate"] = "input"
    optional: bool = False


class Verification(Strict):
    """How the company verifies a person, and whether an agent may act for them."""

    data_points: list[str] = Field(
        default_factory=list, description="The data points the policy asks for."
    )
    quote: Quote | None = None
    id_document_required: bool | None = Field(
        default=None, description="true only when an ID document is needed in every case."
    )
    required_elements: list[RequiredElement] = Field(default_factory=list)
    authorized_agent: bool | None = None
    authorized_agent_proof: str | None = None
    agent_quote: Quote | None = None
    note: str | None = None


class Claim(Strict):
    """A yes / no / unknown statement the policy makes, with its words."""

    value: bool | None = None
    quote: Quote | None = None
    note: str | None = None


class NamedLaw(Strict):
    """A law or region the policy itself names."""

    name: Text
    regions: list[str] = Field(default_factory=list, description="ISO 3166 codes, e.g. US-CA.")
    quote: Quote | None = None


class Note(Strict):
    """Something a person needs to know before writing."""

    kind: Literal["processor", "scope", "source-damage", "contact", "general"] = "general"
    text: Text
    quote: Quote | None = None


class AccountDeletion(Strict):
    """Where a person closes their account with this service (from JustDeleteMe, MIT)."""

    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=2000)]
    difficulty: Literal["easy", "medium", "hard", "impossible", "limited"] | None = None
    email: str | None = Field(default=None, description="An address that closes accounts.")
    source: str = Field(default="JustDeleteMe", description="Where the link comes from.")


class Processor(Strict):
    """Whether the company says it handles some data only on behalf of its clients."""

    scope: Literal["only", "partly"]
    advice: Text = Field(description="Who the person should ask instead.")
    quote: Quote | None = None


class CompanyRecord(Strict):
    """Everything the assistant knows about one company, each fact tied to its source."""

    id: Slug
    name: Text
    legal_name: str | None = None
    aliases: list[str] = Field(default_factory=list, description="Other names it is known by.")
    brands: list[str] = Field(default_factory=list, description="Brands and services it runs.")
    domains: list[str] = Field(default_factory=list)
    website: str | None = None
    policy_url: str | None = None
    policy_date: dt.date | None = Field(default=None, strict=False)  # ISO string in JSON too
    policy_date_quote: Quote | None = None
    countries: list[str] = Field(default_factory=list, description="ISO 3166-1 codes or 'all'.")
    categories: list[str] = Field(default_factory=list)
    request_language: str | None = None
    source: Source
    contacts: list[Contact] = Field(default_factory=list)
    preferred_channel: Literal["email", "postal", "webform", "fax", "phone"] | None = None
    rights: RightsPolicy = Field(default_factory=RightsPolicy)
    verification: Verification = Field(default_factory=Verification)
    sells_personal_information: Claim = Field(default_factory=Claim)
    shares_personal_information: Claim = Field(default_factory=Claim)
    honours_gpc: Claim = Field(default_factory=Claim)
    honours_dnt: Claim = Field(default_factory=Claim)
    laws_named: list[NamedLaw] = Field(default_factory=list)
    processor: Processor | None = None
    notes: list[Note] = Field(default_factory=list)
    data_broker: bool = Field(
        default=False,
        description="Registered as a data broker (sells data about people it has no "
        "relationship with), e.g. in California's Data Broker Registry.",
    )
    account_deletion: AccountDeletion | None = None
    draft: bool = Field(
        default=False,
        description="Drafted by the policy reader and not yet confirmed by a person.",
    )

    @field_validator("name", "legal_name")
    @classmethod
    def _printable_name(cls, value: str | None) -> str | None:
        """A company's name goes into letters, e-mail headers and the screen: one line, no
        terminal controls, no direction overrides, no noncharacters."""
        from assistant.textsafety import describe_char, first_bad_char

        bad = first_bad_char(value) if value is not None else None
        if bad is not None:
            raise ValueError(f"contains the control character {describe_char(bad)}")
        return value

    @field_validator("policy_date")
    @classmethod
    def _policy_date_in_range(cls, value: dt.date | None) -> dt.date | None:
        from assistant.vocabulary import EARLIEST_DAY, LATEST_DAY

        if value is not None and not EARLIEST_DAY <= value <= LATEST_DAY:
            raise ValueError(f"{value} is not a plausible policy date ({EARLIEST_DAY} or later)")
        return value

    @field_validator("domains")
    @classmethod
    def _bare_domains(cls, value: list[str]) -> list[str]:
        for domain in value:
            if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", domain):
                raise ValueError(f"{domain!r} is not a bare lower-case domain like 'example.com'")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> CompanyRecord:
        ids = [c.id for c in self.contacts]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"contact ids repeat: {', '.join(dupes)}")
        for right in RIGHTS:
            for ref in self.rights.get(right).contacts:
                if ref not in ids:
                    raise ValueError(f"rights.{right}.contacts names unknown contact {ref!r}")
        if self.source.kind in QUOTED_KINDS:
            missing = [path for path, _ in self.unquoted_facts()]
            if missing:
                raise ValueError(
                    "a record written from a policy quotes every fact; no quote for: "
                    + ", ".join(missing)
                )
        return self

    def unquoted_facts(self) -> list[tuple[str, object]]:
        """Facts that are stated but carry no quote (allowed only for imported records)."""
        missing: list[tuple[str, object]] = []
        if self.policy_date and not self.policy_date_quote:
            missing.append(("policy_date", self.policy_date))
        for i, contact in enumerate(self.contacts):
            if not contact.quote:
                missing.append((f"contacts[{i}].quote", contact.value))
        for right in RIGHTS:
            rp = self.rights.get(right)
            if rp.offered is not None and not rp.quote:
                missing.append((f"rights.{right}.quote", rp.offered))
        for name in CLAIMS:
            claim: Claim = getattr(self, name)
            if claim.value is not None and not claim.quote:
                missing.append((f"{name}.quote", claim.value))
        v = self.verification
        if v.data_points and not v.quote:
            missing.append(("verification.quote", v.data_points))
        if v.authorized_agent is not None and not v.agent_quote:
            missing.append(("verification.agent_quote", v.authorized_agent))
        for i, law in enumerate(self.laws_named):
            if not law.quote:
                missing.append((f"laws_named[{i}].quote", law.name))
        if self.processor and not self.processor.quote:
            missing.append(("processor.quote", self.processor.scope))
        return missing

    def quotes(self) -> list[tuple[str, str]]:
        """Every (field path, quote) pair in the record, for checking against the source."""
        found: list[tuple[str, str]] = []

        def walk(value: object, path: str) -> None:
            if isinstance(value, BaseModel):
                for name in type(value).model_fields:
                    walk(getattr(value, name), f"{path}.{name}" if path else name)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    walk(item, f"{path}[{i}]")
            elif isinstance(value, str) and path.rsplit(".", 1)[-1].endswith("quote"):
                found.append((path, value))

        walk(self, "")
        return found

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def contacts_for(self, right: str) -> list[Contact]:
        """The contacts the policy names for this right, else every published contact."""
        named = [c for c in (self.contact(i) for i in self.rights.get(right).contacts) if c]
        return named or list(self.contacts)

    def public_dict(self) -> dict:
        """The record as `rights companies show --json` prints it: stable keys first."""
        full = self.model_dump(mode="json")
        rights = {}
        for right in RIGHTS:
            rp = self.rights.get(right)
            rights[right] = {
                "offered": rp.offered,
                "contacts": [
                    {"kind": c.kind, "value": c.value, "purpose": c.purpose}
                    for c in (self.contact(i) for i in rp.contacts)
                    if c is not None
                ],
                "response_days": rp.response_days,
                "response_day_kind": rp.response_day_kind,
                "extension_days": rp.extension_days,
                "frequency_per_12_months": rp.frequency_per_12_months,
                "quote": rp.quote,
                "response_quote": rp.response_quote,
                "note": rp.note,
            }
        out = {
            "id": self.id,
            "name": self.name,
            "legal_name": self.legal_name,
            "contacts": [
                {"kind": c.kind, "value": c.value, "purpose": c.purpose, "quote": c.quote}
                for c in self.contacts
            ],
            "rights": rights,
            "sells_personal_information": self.sells_personal_information.value,
            "verification": {
                "data_points": list(self.verification.data_points),
                "authorized_agent": self.verification.authorized_agent,
                "id_document_required": self.verification.id_document_required,
                "quote": self.verification.quote,
            },
            "source": full["source"],
        }
        for key, value in full.items():
            out.setdefault(key, value)
        return out


class Authority(Strict):
    """A supervisory authority a complaint can be addressed to."""

    id: Slug
    name: Text
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 codes, upper case, or 'all'.")
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    webform: str | None = None
    website: str | None = None
    complaint_language: str | None = None
    source: Source


def is_slug(value: str) -> bool:
    return bool(_SLUG.fullmatch(value)) and len(value) <= 120


def company_schema() -> dict:
    """The JSON Schema of a company record, as published at policies/schema.json."""
    schema = CompanyRecord.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://rights-assistant.invalid/policies/schema.json"
    return schema
