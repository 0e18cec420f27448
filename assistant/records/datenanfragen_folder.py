"""Reading a Datenanfragen checkout: find the record files, convert them all, write the bundles.

The conversion of one record lives in assistant.records.datenanfragen (pure functions); this
module walks the folder, collects every skip and rejection in an ImportReport, and writes
`imported/companies.jsonl` and `imported/authorities.jsonl` atomically, sorted by id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.records.datenanfragen import (
    AUTHORITIES_BUNDLE,
    AUTHORITY_KEYS,
    COMPANIES_BUNDLE,
    COMPANY_KEYS,
    LEFT_OUT,
    SEED_IDS,
    ImportReport,
    Skip,
    convert_authority,
    convert_company,
    source_line_of,
    to_line,
)

# -- reading a folder -----------------------------------------------------------------------


def record_files(folder: Path, report: ImportReport) -> list[Path]:
    """The record files in one folder: `*.json`, plus extension-less files (noted).

    Hidden files and files with any other suffix are ignored, with a note.
    """
    found: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise UserError(f"{folder}: cannot list the folder ({exc.strerror})") from None
    for path in entries:
        if not path.is_file() or path.name.startswith("."):
            continue
        if path.suffix == ".json":
            found.append(path)
        elif path.suffix == "":
            found.append(path)
            report.notes.append(
                f"{folder.name}/{path.name}: file name lacks '.json'; read as a record anyway"
            )
        else:
            report.notes.append(f"{folder.name}/{path.name}: not a .json file; ignored")
    return found


def _load_json(path: Path) -> Any:
    with path.open("rb") as handle:
        return json.load(handle)


def _read_records(
    files: list[Path], known: Iterable[str], report: ImportReport
) -> Iterable[tuple[Path, dict[str, Any]]]:
    """(file, parsed object) for each readable record; unreadable ones go to `rejected`."""
    known = frozenset(known)
    for path in files:
        where = f"{path.parent.name}/{path.name}"
        try:
            raw = _load_json(path)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            report.rejected.append(Skip(where, "(file)", f"cannot read JSON: {exc}"))
            continue
        if not isinstance(raw, dict):
            report.rejected.append(Skip(where, "(file)", "not a JSON object"))
            continue
        for key in sorted(raw):
            if key in known:
                continue
            if key in LEFT_OUT:
                report.left_out[LEFT_OUT[key]] += 1
            else:
                name = raw["slug"] if isinstance(raw.get("slug"), str) else where
                report.skipped.append(Skip(name, key, "unknown key, not part of their schema"))
        stem = path.name.removesuffix(".json")
        if isinstance(raw.get("slug"), str) and raw["slug"] != stem:
            report.notes.append(f"{where}: slug {raw['slug']!r} differs from the file name")
        yield path, raw


def _convert_all(
    folder: Path,
    known: Iterable[str],
    convert: Callable[[dict[str, Any]], tuple[Any, list[Skip]]],
    report: ImportReport,
) -> tuple[dict[str, Any], int]:
    """Convert every record file in `folder`: (id -> record, number of files), one per id.

    Files whose name matches their slug are taken before the others, so a stray copy under
    another file name never displaces the proper file.
    """
    files = record_files(folder, report)
    pairs = list(_read_records(files, known, report))
    pairs.sort(
        key=lambda pair: (pair[0].name.removesuffix(".json") != pair[1].get("slug"), pair[0].name)
    )
    converted: dict[str, Any] = {}
    for path, raw in pairs:
        where = f"{folder.name}/{path.name}"
        try:
            record, skips = convert(raw)
        except ValueError as exc:
            report.rejected.append(Skip(where, "(record)", str(exc)))
            continue
        if record.id in converted:
            report.rejected.append(Skip(where, "slug", f"duplicate id {record.id!r}"))
            continue
        if record.id != raw["slug"]:
            report.renamed[raw["slug"]] = record.id
        converted[record.id] = record
        report.skipped.extend(skips)
    return converted, len(files)


def convert_folder(
    folder: Path, *, reserved_ids: Collection[str] = SEED_IDS
) -> tuple[str, str, ImportReport]:
    """Convert a Datenanfragen checkout into (companies bundle, authorities bundle, report).

    Reads only; writes nothing. Raises UserError when `folder` is not such a checkout.
    """
    folder = Path(folder)
    companies_dir = folder / "companies"
    authorities_dir = folder / "supervisory-authorities"
    if not folder.is_dir():
        raise UserError(
            f"{folder}: no such folder",
            hint="give the path of a Datenanfragen data checkout (it holds companies/)",
        )
    if not companies_dir.is_dir():
        raise UserError(
            f"{folder}: no companies/ folder inside; this is not a Datenanfragen data checkout",
            hint="clone https://github.com/datenanfragen/data and pass its folder",
        )
    report = ImportReport()
    source_file = folder / "SOURCE.txt"
    if source_file.is_file():
        report.source_line = source_line_of(source_file.read_text("utf-8", errors="replace"))
    if report.source_line is None:
        report.notes.append("no SOURCE.txt naming the upstream commit; notes say 'unrecorded'")

    companies, report.company_files = _convert_all(
        companies_dir,
        COMPANY_KEYS,
        lambda raw: convert_company(raw, source_line=report.source_line, reserved_ids=reserved_ids),
        report,
    )
    authorities: dict[str, Any] = {}
    if authorities_dir.is_dir():
        authorities, report.authority_files = _convert_all(
            authorities_dir,
            AUTHORITY_KEYS,
            lambda raw: convert_authority(raw, source_line=report.source_line),
            report,
        )
    else:
        report.notes.append("no supervisory-authorities/ folder; no authorities converted")

    report.companies = len(companies)
    report.authorities = len(authorities)
    report.skipped.sort()
    report.rejected.sort()
    companies_text = "".join(to_line(companies[k]) for k in sorted(companies))
    authorities_text = "".join(to_line(authorities[k]) for k in sorted(authorities))
    return companies_text, authorities_text, report


def existing_ids(policies: Path) -> set[str]:
    """Ids of the hand-written records in `policies/companies/`, which imports must not take."""
    return {p.stem for p in (policies / "companies").glob("*.toml")}


def import_folder(folder: Path, out: Path) -> ImportReport:
    """Convert `folder` and write `<out>/imported/companies.jsonl` and `authorities.jsonl`.

    `out` is a policies folder. Both files are replaced atomically; nothing is written when no
    company could be converted.
    """
    from assistant.safefile import write_replace

    reserved = SEED_IDS | existing_ids(Path(out))
    companies_text, authorities_text, report = convert_folder(folder, reserved_ids=reserved)
    if report.companies == 0:
        raise UserError(
            f"{folder}: no company record could be converted; nothing written",
            hint="check that companies/ holds Datenanfragen JSON records",
        )
    target = Path(out) / "imported"
    target.mkdir(parents=True, exist_ok=True)  # shipped data: the usual umask, not 0700
    for name, text in ((COMPANIES_BUNDLE, companies_text), (AUTHORITIES_BUNDLE, authorities_text)):
        path = write_replace(target / name, text)
        path.chmod(0o644)  # shipped, public data: readable by everyone
        report.written.append(str(path))
    return report
