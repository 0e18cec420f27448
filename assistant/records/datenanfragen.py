"""The Datenanfragen importer: their company and authority JSON files -> our record bundles.

Datenanfragen (https://github.com/datenanfragen/data, CC0 1.0) keeps one JSON file per company
under `companies/` and one per supervisory authority under `supervisory-authorities/`. This
module turns them into our own format, facts only:

- names, the brands and services a company runs, postal address, e-mail, phone, fax, web form,
  web site (and the domain of its host), countries, categories, request language, the identity
  details a company needs and whether it needs an ID document, the suggested channel, the
  sources and Datenanfragen's quality grade;
- left out on purpose: their free-text comments, custom letter templates, PGP keys, the NSFW
  flag and the search facet group.

A field that fails our validators (an e-mail address `email-validator` rejects, a phone number
outside the published pattern, a web address that is not http(s), ...) is skipped on its own
and counted; the rest of the record is kept. A record that cannot be read at all is rejected
and counted. The conversion functions here are pure; `datenanfragen_folder.import_folder`
reads a folder and writes `imported/companies.jsonl` and `imported/authorities.jsonl`
atomically, sorted by id, so the same input always gives byte-identical bundles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from assistant.records.import_report import ImportReport as ImportReport
from assistant.records.import_report import Skip as Skip
from assistant.records.model import (
    Authority,
    CompanyRecord,
    Contact,
    RequiredElement,
    is_slug,
)

LICENSE = "CC0-1.0"
COMPANIES_BUNDLE = "companies.jsonl"
AUTHORITIES_BUNDLE = "authorities.jsonl"

# Ids of the hand-written seed records; an imported record never takes one of them.
SEED_IDS = frozenset({"quality-outcomes", "connective-med", "qualfon", "cloudmed", "qualified"})
CLASH_SUFFIX = "-dade"

# Their phone/fax patterns, from schema.json and schema-supervisory-authorities.json.
COMPANY_PHONE = re.compile(r"^\+\d+ \d+ (?:\d+ )*\d+(?: ext\. \d+)?$")
AUTHORITY_PHONE = re.compile(r"^\+\d+ \d+ [\d ]+$")
HTTP_URL = re.compile(r"^https?://\S+$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
COUNTRY = re.compile(r"^[a-z]{2}$")
DOMAIN = re.compile(r"[a-z0-9.-]+\.[a-z]{2,}")

CHANNELS = {"letter": "postal", "email": "email", "fax": "fax", "webform": "webform"}
QUALITIES = ("tested", "verified", "imported", "scraped")

# What each contact is for, in our words (Datenanfragen lists contacts for privacy requests).
PURPOSES = {
    "email": "privacy requests by e-mail (Datenanfragen record)",
    "postal": "privacy requests by letter (Datenanfragen record)",
    "webform": "privacy requests through a web form (Datenanfragen record)",
    "fax": "privacy requests by fax (Datenanfragen record)",
    "phone": "privacy questions by phone (Datenanfragen record)",
}
CONTACT_ORDER = ("email", "postal", "webform", "fax", "phone")

# Their keys we read, and the ones we leave out by design (counted, never copied).
COMPANY_KEYS = frozenset(
    [
        "slug",
        "relevant-countries",
        "categories",
        "name",
        "runs",
        "address",
        "phone",
        "fax",
        "email",
        "webform",
        "web",
        "sources",
        "required-elements",
        "request-language",
        "needs-id-document",
        "suggested-transport-medium",
        "quality",
    ]
)
AUTHORITY_KEYS = frozenset(
    [
        "slug",
        "relevant-countries",
        "name",
        "address",
        "phone",
        "fax",
        "email",
        "webform",
        "web",
        "sources",
        "complaint-language",
    ]
)
LEFT_OUT = {
    "comments": "free-text comments",
    "custom-access-template": "custom letter templates",
    "custom-erasure-template": "custom letter templates",
    "custom-rectification-template": "custom letter templates",
    "custom-objection-template": "custom letter templates",
    "pgp-fingerprint": "PGP key details",
    "pgp-url": "PGP key details",
    "nsfw": "NSFW flag",
    "facet-group": "search facet group",
    "suggested-transport-medium": "suggested channel (authority records have no such field)",
}


# -- field helpers (pure) -----------------------------------------------------------------


def _validation_reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    return str(first["msg"]).removeprefix("Value error, ")


class _Fields:
    """Reads one raw record's fields, recording each one it has to skip."""

    def __init__(self, raw: dict[str, Any], record: str) -> None:
        self.raw = raw
        self.record = record
        self.skips: list[Skip] = []

    def skip(self, name: str, reason: str) -> None:
        self.skips.append(Skip(self.record, name, reason))

    def text(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.skip(key, f"not a string ({type(value).__name__})")
            return None
        value = value.strip()
        if not value:
            self.skip(key, "empty")
            return None
        return value

    def strings(self, key: str) -> list[str]:
        value = self.raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.skip(key, f"not a list ({type(value).__name__})")
            return []
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.skip(f"{key}[{i}]", "not a non-empty string")
                continue
            item = item.strip()
            if item not in out:
                out.append(item)
        return out

    def matching(self, key: str, pattern: re.Pattern[str], reason: str) -> str | None:
        """The text at `key` when `pattern` matches it; otherwise skipped for `reason`."""
        value = self.text(key)
        if value is not None and not pattern.match(value):
            self.skip(key, reason)
            return None
        return value

    def phone(self, key: str, pattern: re.Pattern[str]) -> str | None:
        return self.matching(key, pattern, "does not match the international number pattern")

    def url(self, key: str) -> str | None:
        return self.matching(key, HTTP_URL, "not an http(s) URL")

    def email(self, key: str) -> str | None:
        value = self.text(key)
        if value is None:
            return None
        try:
            Contact(id="check", kind="email", value=value, purpose="check")
        except ValidationError as exc:
            self.skip(key, _validation_reason(exc))
            return None
        return value

    def language(self, key: str) -> str | None:
        return self.matching(key, LANGUAGE, "not a two-letter ISO 639-1 code")

    def countries(self, key: str = "relevant-countries") -> list[str]:
        out: list[str] = []
        for i, code in enumerate(self.strings(key)):
            if code == "all":
                out.append("all")
            elif COUNTRY.match(code.lower()):
                out.append(code.upper())
            else:
                self.skip(f"{key}[{i}]", "not an ISO 3166-1 alpha-2 code or 'all'")
        return list(dict.fromkeys(out))

    def sources(self, key: str = "sources") -> list[str]:
        out: list[str] = []
        for i, url in enumerate(self.strings(key)):
            if HTTP_URL.match(url):
                out.append(url)
            else:
                self.skip(f"{key}[{i}]", "not an http(s) URL")
        return out


def domain_of(url: str) -> str | None:
    """The bare domain of a web address: 'https://www.Example.de/x' -> 'example.de'.

    An internationalised host becomes its ASCII (punycode) form; None when there is no usable
    host.
    """
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = host.rstrip(".").removeprefix("www.")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return host if DOMAIN.fullmatch(host) else None


def source_line_of(text: str) -> str | None:
    """The first line of SOURCE.txt, cleaned of control characters and capped in length."""
    for line in text.splitlines():
        line = "".join(ch for ch in line if ch.isprintable()).strip()
        if line:
            return line[:200]
    return None


def _source_note(slug: str, source_line: str | None) -> str:
    upstream = source_line or "an unrecorded upstream commit"
    return f"Datenanfragen record '{slug}', converted from {upstream}."


def _record_id(raw: dict[str, Any]) -> str:
    slug = raw.get("slug")
    if not isinstance(slug, str) or not slug.strip():
        raise ValueError("no slug")
    slug = slug.strip()
    if not is_slug(slug):
        raise ValueError(f"slug {slug!r} does not match our id pattern")
    return slug


def _record_name(raw: dict[str, Any]) -> str:
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("no name")
    return " ".join(name.split())


def _required_elements(f: _Fields) -> list[dict[str, Any]]:
    value = f.raw.get("required-elements")
    if value is None:
        return []
    if not isinstance(value, list):
        f.skip("required-elements", f"not a list ({type(value).__name__})")
        return []
    out: list[dict[str, Any]] = []
    for i, item in enumerate(value):
        try:
            element = RequiredElement.model_validate(item)
        except ValidationError as exc:
            f.skip(f"required-elements[{i}]", _validation_reason(exc))
            continue
        dumped = element.model_dump(mode="json")
        if dumped not in out:
            out.append(dumped)
    return out


# -- conversion (pure) ----------------------------------------------------------------------


def convert_company(
    raw: Any,
    *,
    source_line: str | None = None,
    reserved_ids: Collection[str] = SEED_IDS,
) -> tuple[CompanyRecord, list[Skip]]:
    """One Datenanfragen company object -> (our validated record, fields skipped).

    Raises ValueError when the object cannot become a record at all (not an object, no usable
    slug or name). An id in `reserved_ids` gets the suffix '-dade'.
    """
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    slug = _record_id(raw)
    record_id = slug + CLASH_SUFFIX if slug in reserved_ids else slug
    name = _record_name(raw)
    f = _Fields(raw, slug)

    values: dict[str, str | None] = {
        "email": f.email("email"),
        "postal": f.text("address"),
        "webform": f.url("webform"),
        "fax": f.phone("fax", COMPANY_PHONE),
        "phone": f.phone("phone", COMPANY_PHONE),
    }
    contacts: list[dict[str, Any]] = []
    for kind in CONTACT_ORDER:
        value = values[kind]
        if value is None:
            continue
        contact = {"id": kind, "kind": kind, "value": value, "purpose": PURPOSES[kind]}
        try:
            Contact.model_validate(contact)
        except ValidationError as exc:
            f.skip("address" if kind == "postal" else kind, _validation_reason(exc))
            continue
        contacts.append(contact)

    website = f.url("web")
    domains: list[str] = []
    if website is not None:
        domain = domain_of(website)
        if domain is None:
            f.skip("web", "no usable host name for a domain")
        else:
            domains.append(domain)

    preferred: str | None = None
    medium = f.text("suggested-transport-medium")
    if medium is not None:
        preferred = CHANNELS.get(medium)
        if preferred is None:
            f.skip("suggested-transport-medium", f"unknown medium {medium!r}")
        elif preferred not in {c["kind"] for c in contacts}:
            f.skip("suggested-transport-medium", f"names {medium!r} but that contact is missing")
            preferred = None

    quality = f.text("quality")
    if quality is not None and quality not in QUALITIES:
        f.skip("quality", f"unknown grade {quality!r}")
        quality = None

    id_document = raw.get("needs-id-document")
    if id_document is not None and not isinstance(id_document, bool):
        f.skip("needs-id-document", "not true or false")
        id_document = None

    data: dict[str, Any] = {
        "id": record_id,
        "name": name,
        "brands": [b for b in f.strings("runs") if b != name],
        "domains": domains,
        "website": website,
        "countries": f.countries(),
        "categories": f.strings("categories"),
        "request_language": f.language("request-language"),
        "source": {
            "kind": "datenanfragen",
            "urls": f.sources(),
            "quality": quality,
            "license": LICENSE,
            "note": _source_note(slug, source_line),
        },
        "contacts": contacts,
        "preferred_channel": preferred,
        "verification": {
            "id_document_required": id_document,
            "required_elements": _required_elements(f),
        },
    }
    try:
        record = CompanyRecord.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"does not validate: {_validation_reason(exc)}") from None
    return record, f.skips


def convert_authority(raw: Any, *, source_line: str | None = None) -> tuple[Authority, list[Skip]]:
    """One Datenanfragen supervisory-authority object -> (our Authority, fields skipped)."""
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    slug = _record_id(raw)
    f = _Fields(raw, slug)
    data: dict[str, Any] = {
        "id": slug,
        "name": _record_name(raw),
        "countries": f.countries(),
        "address": f.text("address"),
        "phone": f.phone("phone", AUTHORITY_PHONE),
        "fax": f.phone("fax", AUTHORITY_PHONE),
        "email": f.email("email"),
        "webform": f.url("webform"),
        "website": f.url("web"),
        "complaint_language": f.language("complaint-language"),
        "source": {
            "kind": "datenanfragen",
            "urls": f.sources(),
            "license": LICENSE,
            "note": _source_note(slug, source_line),
        },
    }
    try:
        authority = Authority.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"does not validate: {_validation_reason(exc)}") from None
    return authority, f.skips


def to_line(record: CompanyRecord | Authority) -> str:
    """One bundle line: compact JSON of the non-default fields, keys in model order."""
    data = record.model_dump(mode="json", exclude_defaults=True)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
