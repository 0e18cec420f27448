"""Records drafted by the policy reader from a dated corpus of policies (`companies-drafted.jsonl`).

The corpus is ToS;DR's tosback snapshots (ODC-By 1.0): one Markdown policy per service and an
INDEX.tsv naming the service and the snapshot's date. Each policy becomes a record with
`draft: true`, source kind "reader", the service, the snapshot date and the corpus named in its
source, and only short quotes (one sentence, under 300 characters). The policy text itself is
not shipped. Drafts that do not validate, and exact duplicates of a policy already drafted, are
skipped and listed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.records.datenanfragen import to_line

BUNDLE = "companies-drafted.jsonl"
UPSTREAM = "github.com/tosdr/tosback-versions (commit e3f5503), ODC-By 1.0"
MIN_BYTES = 3072


def _domains(reading: dict[str, Any], service: str) -> list[str]:
    """Domains of the policy's own contacts whose name resembles the service's, with the sites
    they belong to."""
    from rapidfuzz import fuzz

    from assistant.records.search import domain_label, normalise, site_of

    wanted = normalise(service).replace(" ", "")
    found: list[str] = []
    hosts = [e["address"].rsplit("@", 1)[1].lower() for e in reading["emails"]]
    for form in reading["web_forms"]:
        match = re.match(r"(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})", form["url"], re.I)
        if match:
            hosts.append(match.group(1).lower())
    sites: list[str] = []
    for host in hosts:
        label = domain_label(host)
        if wanted and fuzz.ratio(label, wanted) >= 80 and host not in found:
            found.append(host)
            if site_of(host) not in sites:
                sites.append(site_of(host))  # sellercentral.amazon.com is amazon.com's
    return list(dict.fromkeys(sites[:2] + found[:3]))


def draft_corpus(corpus: Path, reserved: set[str]) -> tuple[str, list[str]]:
    """(bundle text sorted by id, one message per policy skipped)."""
    from pydantic import ValidationError

    from assistant.records.policy_text import load_policy
    from assistant.records.reader import _slug, draft_record, read_policy

    index_file = corpus / "INDEX.tsv"
    try:
        rows = list(csv.DictReader(index_file.open(encoding="utf-8"), delimiter="\t"))
    except OSError as exc:
        raise UserError(f"{index_file}: cannot read the corpus index ({exc.strerror})") from None
    records: dict[str, str] = {}
    skipped: list[str] = []
    seen: set[str] = set()
    for row in rows:
        path = corpus / "policies" / f"{row['slug']}.md"
        try:
            raw = path.read_bytes()
        except OSError:
            skipped.append(f"{row['slug']}: no policy file")
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if len(raw) < MIN_BYTES or digest in seen:
            skipped.append(
                f"{row['slug']}: " + ("under 3 KB" if digest not in seen else "duplicate")
            )
            continue
        seen.add(digest)
        service = " ".join(row["service"].split())
        if "duplicate of" in service.lower():
            skipped.append(f"{row['slug']}: marked as a duplicate in the index")
            continue
        snapshot = dt.date.fromisoformat(row["snapshot_date"])
        try:
            policy = load_policy(path)
            reading = read_policy(policy)
            record_id = _slug(service)
            if record_id in reserved or record_id in records:
                record_id = f"{record_id}-{snapshot.year}"
            record = draft_record(
                reading,
                policy,
                name=service,
                record_id=record_id,
                urls=[f"https://{UPSTREAM.split(' ')[0]}"],
                snapshot=snapshot,
            )
        except (UserError, ValidationError, ValueError) as exc:
            skipped.append(f"{row['slug']}: {str(exc).splitlines()[0]}")
            continue
        source = record.source.model_copy(
            update={
                "file": None,
                "license": "ODC-By-1.0 (collection); quotes are the company's words",
                "note": f"Drafted by the policy reader from the {service} privacy policy as "
                f"captured on {snapshot.isoformat()} by ToS;DR ({UPSTREAM}); not checked by "
                "a person, and the policy may have changed since.",
            }
        )
        record = record.model_copy(update={"source": source, "domains": _domains(reading, service)})
        record = type(record).model_validate(record.model_dump())
        records[record.id] = to_line(record)
    return "".join(records[k] for k in sorted(records)), skipped


def import_corpus(corpus: Path, policies: Path, reserved: set[str]) -> tuple[Path, int, list[str]]:
    """Write `<policies>/imported/companies-drafted.jsonl`; (path, records, skipped)."""
    from assistant.safefile import write_replace

    text, skipped = draft_corpus(corpus, reserved)
    if not text:
        raise UserError(f"{corpus}: no policy could be drafted; nothing written")
    target = policies / "imported"
    target.mkdir(parents=True, exist_ok=True)
    path = write_replace(target / BUNDLE, text)
    path.chmod(0o644)
    return path, text.count("\n"), skipped
