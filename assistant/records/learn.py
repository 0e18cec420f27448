"""Teaching the assistant a company: read a saved policy, draft a record, keep it as one's own.

`learn` reads the file and drafts the record (nothing is written); `save_draft` writes the
record to `<data>/policies/companies/<id>.toml` and the text it quotes to
`<data>/policies/sources/<id>.txt` (files 0600, folders 0700), so `rights check` can confirm
every quote later. An id the catalog already uses gets "-own" added rather than shadowing it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord
    from assistant.records.policy_text import PolicyText


def learn(
    path: Path,
    *,
    name: str | None = None,
    url: str | None = None,
    snapshot: dt.date | None = None,
    taken: set[str] | frozenset[str] = frozenset(),
) -> tuple[CompanyRecord, PolicyText]:
    """The draft record for the policy saved at `path`, and the text it was read from."""
    from assistant.records.policy_text import load_policy
    from assistant.records.reader import _slug, draft_record, read_policy

    try:
        policy = load_policy(path)
        reading = read_policy(policy)
    except RecursionError:  # a page of elements nested thousands deep
        raise UserError(
            f"{path} is nested too deeply to read as a policy",
            hint="save the page as plain text or PDF and try that",
        ) from None
    record = draft_record(reading, policy, name=name, urls=[url] if url else [], snapshot=snapshot)
    record_id = record.id
    while record_id in taken:
        record_id = (
            f"{record_id}-own" if not record_id.endswith("-own") else _slug(record_id + " 2")
        )
    update: dict[str, Any] = {"id": record_id}
    source = record.source.model_copy(update={"file": f"{record_id}.txt"})
    update["source"] = source
    return record.model_copy(update=update), policy


def to_toml(record: CompanyRecord) -> str:
    """The record as TOML, the format of the person's own records."""
    import tomlkit

    data = record.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    for key in ("policy_date",):
        if key in data:
            data[key] = dt.date.fromisoformat(data[key])
    if "snapshot_date" in data.get("source", {}):
        data["source"]["snapshot_date"] = dt.date.fromisoformat(data["source"]["snapshot_date"])
    header = (
        "# Drafted by `rights companies learn` from a saved privacy policy. Every fact quotes\n"
        "# the policy (the text is in ../sources/). Check it, then set draft = false.\n"
    )
    return header + tomlkit.dumps(data)


def save_draft(record: CompanyRecord, policy: PolicyText, policies: Path) -> tuple[Path, Path]:
    """Write the record and its source text under `policies` (the person's own folder)."""
    from assistant.safefile import write_new, write_replace

    record_file = policies / "companies" / f"{record.id}.toml"
    source_file = policies / "sources" / f"{record.id}.txt"
    if record_file.exists():
        raise UserError(
            f"{record_file} already exists",
            hint="remove it first, or give another --name to save a second record",
        )
    write_replace(source_file, policy.text)
    write_new(record_file, to_toml(record))
    return record_file, source_file
