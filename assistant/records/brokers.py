"""California-registered data brokers as catalog records (imported/companies-brokers.jsonl).

The source is the list of rights pages that data brokers gave the California Privacy Protection
Agency's 2025 Data Broker Registry, collected and checked by CalMatters / The Markup (Apache-2.0,
github.com/the-markup/investigation-data-broker-opt-out-pages). Each row becomes one record with
`data_broker: true` and the page as its only channel (the list has no e-mail or postal
addresses). Facts only: the broker's name, its domains, the page, whether the page was hidden
from search engines, and which sensitive data it registered as collecting. No policy was read.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.records.datenanfragen import domain_of, to_line
from assistant.records.model import CompanyRecord
from assistant.records.search import normalise

BUNDLE = "companies-brokers.jsonl"
LICENSE = "Apache-2.0"
UPSTREAM = (
    "github.com/the-markup/investigation-data-broker-opt-out-pages, data/"
    "data-broker-opt-out-pages.csv (CalMatters / The Markup, August 2025)"
)
REGISTRY_URL = "https://cppa.ca.gov/data_broker_registry/"
DROP_NOTE = (
    "California residents can ask every registered data broker at once to delete their data "
    "through the California Privacy Protection Agency's Delete Request and Opt-out Platform "
    "(DROP, Cal. Civ. Code § 1798.99.86): open to people from 1 January 2026; brokers must "
    "process its requests from 1 August 2026 and check it at least every 45 days."
)
SENSITIVE = {
    "collects_minors_data": "data about minors",
    "collects_location_data": "precise geolocation data",
    "collects_reproductive_data": "reproductive health care data",
}
# Hosts of rights pages that serve many companies; never one broker's own domain.
PLATFORMS = frozenset({
    "google", "onetrust", "privacypillar", "trustarc", "typeform", "jotform", "zendesk",
    "hubspot", "ketch", "transcend", "securiti", "osano", "termly", "wix", "squarespace",
})  # fmt: skip
NEEDED_COLUMNS = ("company_name", "hostname_original", "url_final", "status")


def _slug(name: str) -> str:
    words = normalise(name).split()
    return "-".join(words)[:80].strip("-") or "broker"


def _yes(value: str | None) -> bool:
    return (value or "").strip().upper() == "TRUE"


def _domains(row: dict[str, str], page: str, names: list[str]) -> list[str]:
    """The broker's own domains: its registered host, and where its page is, unless that is a
    shared platform (a consent-management service, Google Docs) named for someone else."""
    from rapidfuzz import fuzz

    from assistant.records.search import domain_label, site_of

    wanted = [normalise(n).replace(" ", "") for n in names]
    found: list[str] = []
    original = (row.get("hostname_original") or "").strip()
    for text in (original, page, (row.get("url_original") or "").strip()):
        domain = domain_of(text if "://" in text else "https://" + text) if text else None
        if not domain or domain in found:
            continue
        label = domain_label(domain)
        resembles = any(fuzz.partial_ratio(label, w) >= 80 for w in wanted if w)
        if resembles or (text == original and label not in PLATFORMS):
            found.append(domain)
            # "accessrequest.taboola.com" is Taboola's: its site taboola.com is too, so the
            # broker is found by the address people know (and matches Taboola's other records).
            site = site_of(domain)
            compact = site.replace(".", "")
            if (
                site not in found
                and domain_label(site) not in PLATFORMS
                and any(fuzz.partial_ratio(compact, w) >= 80 for w in wanted if len(w) >= 4)
            ):
                found.append(site)
    return found


def broker_record(row: dict[str, str], record_id: str) -> CompanyRecord:
    """One CSV row as a validated record (ValueError when the row lacks a name or a page)."""
    name = " ".join((row.get("company_name") or "").split())
    page = (row.get("url_final") or row.get("url_checked") or "").strip()
    if not name or not re.match(r"^https?://\S+$", page):
        raise ValueError("no company name or no http(s) rights page")
    others = [
        " ".join(o.split()) for o in (row.get("other_company_names_that_use_url_original") or "")
        .split(";") if o.strip()
    ]  # fmt: skip
    domains = _domains(row, page, [name, *others])
    notes: list[dict[str, Any]] = [{"kind": "general", "text": DROP_NOTE}]
    if others:
        notes.append(
            {"kind": "scope", "text": "The same page serves these registered brokers too: "
             + "; ".join(others) + "."}
        )  # fmt: skip
    if _yes(row.get("hiding_found")):
        notes.append(
            {"kind": "contact", "text": "In August 2025 this page was found hidden from "
             "search engines (CalMatters / The Markup)."}
        )  # fmt: skip
    if (row.get("status") or "").strip() != "success":
        notes.append(
            {"kind": "contact", "text": "The page did not load when it was checked in August "
             "2025; if it still fails, write to the broker through its web site."}
        )  # fmt: skip
    collected = [what for column, what in SENSITIVE.items() if _yes(row.get(column))]
    if collected:
        notes.append(
            {"kind": "general", "text": "Registered with California as collecting "
             + ", ".join(collected) + "."}
        )  # fmt: skip
    raw = {
        "id": record_id,
        "name": name,
        "legal_name": name,
        "aliases": others,
        "domains": domains,
        "website": f"https://{domains[0]}/" if domains else None,
        "countries": ["US"],
        "source": {
            "kind": "data-broker-registry",
            "policy_read": False,
            "urls": [page, REGISTRY_URL],
            "license": LICENSE,
            "note": f"California Data Broker Registry 2025, via {UPSTREAM}.",
        },
        "contacts": [
            {
                "id": "rights-page",
                "kind": "webform",
                "value": page,
                "purpose": "the page the broker registered with California for deleting your "
                "data and using your privacy rights",
            }
        ],
        "preferred_channel": "webform",
        "notes": notes,
        "data_broker": True,
    }
    return CompanyRecord.model_validate(raw)


def convert_rows(rows: Iterable[dict[str, str]], reserved: set[str]) -> tuple[str, list[str]]:
    """The bundle text (sorted by id) and one message per row that could not be converted."""
    records: dict[str, CompanyRecord] = {}
    skipped: list[str] = []
    for number, row in enumerate(rows, start=2):
        base = _slug(row.get("company_name") or "")
        record_id = base if base not in reserved else f"{base}-broker"
        n = 2
        while record_id in records or record_id in reserved:
            record_id, n = f"{base}-broker-{n}", n + 1
        try:
            records[record_id] = broker_record(row, record_id)
        except ValueError as exc:
            skipped.append(f"line {number}: {str(exc).splitlines()[0]}")
    return "".join(to_line(records[k]) for k in sorted(records)), skipped


def read_rows(path: Path) -> list[dict[str, str]]:
    """The CSV rows; UserError when the file is unreadable or lacks the needed columns."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read the broker list ({exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in NEEDED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise UserError(f"{path}: not the broker list; missing column(s) {', '.join(missing)}")
    return list(reader)


def import_brokers(
    csv_path: Path, policies: Path, reserved: set[str]
) -> tuple[Path, int, list[str]]:
    """Write `<policies>/imported/companies-brokers.jsonl`; (path, records, skipped rows)."""
    from assistant.safefile import write_replace

    text, skipped = convert_rows(read_rows(csv_path), reserved)
    if not text:
        raise UserError(f"{csv_path}: no broker could be converted; nothing written")
    target = policies / "imported"
    target.mkdir(parents=True, exist_ok=True)
    path = write_replace(target / BUNDLE, text)
    path.chmod(0o644)  # shipped, public data
    return path, text.count("\n"), skipped
