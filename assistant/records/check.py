"""`rights check`: validate every record, every quote and the published schema.

Each problem is a RecordError naming the file, the field and what is wrong, so a person can go
straight to the line to fix. Checks:
- every company record validates (strict model; the id equals the file name; no duplicate ids);
- every quote in a record written from a policy occurs in its policies/sources/ text, after
  whitespace normalisation;
- policies/schema.json equals the schema generated from the model;
- supervisory authorities validate.

Law profiles are checked by assistant.law.profiles.check_laws (law sits above records);
`rights check` runs both.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from assistant import paths
from assistant.errors import RecordError
from assistant.records.catalog import Catalog, is_under, validate_authority, validated_bundle

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

SCHEMA_FILE = "schema.json"


def squash_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space, so line breaks never hide a quote."""
    return re.sub(r"\s+", " ", text).strip()


def check_quotes(record: CompanyRecord, policies: Path, where: str) -> list[RecordError]:
    """Every quote must be found, word for word, in the record's source text."""
    if record.source.kind not in ("policy", "reader") or not record.source.file:
        return []
    source = policies / "sources" / record.source.file
    try:
        text = squash_whitespace(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [RecordError(where, "source.file", f"source text {source} does not exist")]
    except UnicodeDecodeError:
        return [RecordError(where, "source.file", f"source text {source} is not UTF-8")]
    problems = []
    for field, quote in record.quotes():
        if squash_whitespace(quote) not in text:
            shown = quote if len(quote) <= 70 else quote[:67] + "..."
            problems.append(
                RecordError(where, field, f"quote not found in {source.name}: {shown!r}")
            )
    return problems


def check_schema(policies: Path) -> list[RecordError]:
    from assistant.records.model import company_schema

    path = policies / SCHEMA_FILE
    expected = company_schema()
    try:
        published = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [RecordError(str(path), None, "missing; run `rights check --write-schema`")]
    except ValueError as exc:
        return [RecordError(str(path), None, f"not valid JSON: {exc}")]
    if published != expected:
        return [
            RecordError(
                str(path),
                None,
                "stale: it differs from the model; run `rights check --write-schema`",
            )
        ]
    return []


def write_schema(policies: Path) -> Path:
    from assistant.records.model import company_schema
    from assistant.safefile import write_replace

    text = json.dumps(company_schema(), indent=2, ensure_ascii=False) + "\n"
    return write_replace(policies / SCHEMA_FILE, text)


def check_authorities(policies: Path) -> list[RecordError]:
    path = policies / "imported" / "authorities.jsonl"
    if not path.exists():
        return []
    problems: list[RecordError] = []
    seen: set[str] = set()
    for number, _offset, authority in validated_bundle(path, validate_authority):
        if isinstance(authority, RecordError):
            problems.append(authority)
            continue
        if authority.id in seen:
            where = f"{path}:{number}"
            problems.append(RecordError(where, "id", f"duplicate authority id {authority.id!r}"))
        seen.add(authority.id)
    return problems


class CheckResult(TypedDict):
    """How many records and quotes were checked, and every problem found."""

    records: int
    quotes: int
    problems: list[RecordError]


def run_checks(policies: Path | None = None, *, include_user: bool = True) -> CheckResult:
    """Run every check; returns counts and the list of problems."""
    policies = policies or paths.policies_dir()
    user = paths.data_dir() / "policies" if include_user else None
    files = Catalog.source_files(policies, user)
    records, locations, problems = Catalog.validate_files(files)
    for record in records:
        location = locations[record.id]
        where = location.file if not location.line else f"{location.file}:{location.line}"
        own = user is not None and is_under(location.file, user)
        problems += check_quotes(record, user if own and user else policies, where)
    problems += check_schema(policies)
    problems += check_authorities(policies)
    return {
        "records": len(records),
        "quotes": sum(len(r.quotes()) for r in records),
        "problems": problems,
    }
