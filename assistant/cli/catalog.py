"""`rights catalog import-datenanfragen`: convert the Datenanfragen database into our bundles."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.cli.output import clean_for_terminal, print_json

if TYPE_CHECKING:
    from assistant.records.datenanfragen import ImportReport

IMPORT_DESCRIPTION = """\
Convert a checkout of the Datenanfragen company database (https://github.com/datenanfragen/data,
CC0 1.0) into the catalog's own format. Facts only: names, the brands each company runs,
postal address, e-mail, phone, fax, web form, web site and domain, countries, categories,
the identity details a company needs, whether it needs an ID document, the suggested channel,
the record's sources and quality grade. Their free-text comments, custom letter templates,
PGP keys and NSFW flags are left out.

A field that fails validation (for example an e-mail address with hidden characters) is skipped
and counted; the rest of its record is kept. The summary lists every skipped field and why.

Writes POLICIES_DIR/imported/companies.jsonl and POLICIES_DIR/imported/authorities.jsonl,
sorted by id, so importing the same checkout twice gives identical files."""

IMPORT_EPILOG = """\
examples:
  rights catalog import-datenanfragen ~/src/datenanfragen-data
  rights catalog import-datenanfragen ../shared/datenanfragen --out ./policies --json"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "catalog",
        help="maintain the company catalog (import the Datenanfragen database)",
        description="Maintain the catalog of company records shipped with the assistant.",
    )
    sub = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)

    p_import = sub.add_parser(
        "import-datenanfragen",
        help="convert a Datenanfragen data checkout into the catalog's bundles",
        description=IMPORT_DESCRIPTION,
        epilog=IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_import.add_argument(
        "path", metavar="PATH", help="the Datenanfragen checkout (the folder holding companies/)"
    )
    p_import.add_argument(
        "--out",
        metavar="POLICIES_DIR",
        help="policies folder to write imported/ into (default: the shipped policies folder)",
    )
    p_import.add_argument("--json", action="store_true", help="print the summary as JSON")
    p_import.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from assistant import paths
    from assistant.errors import UserError
    from assistant.records.datenanfragen import import_folder

    source = Path(args.path).expanduser()
    out = Path(args.out).expanduser() if args.out else paths.policies_dir()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: --out must be a folder (a policies folder)")
    try:
        report = import_folder(source, out)
    except PermissionError as exc:
        raise UserError(f"cannot write the bundles: {exc}") from None
    if args.json:
        print_json(report.as_dict())
        return 0
    print(clean_for_terminal(summary_text(report)))
    return 0


def summary_text(report: ImportReport) -> str:
    """A readable summary of an ImportReport."""
    lines = [
        f"Converted {report.companies} of {report.company_files} company file(s) and "
        f"{report.authorities} of {report.authority_files} supervisory authority file(s).",
    ]
    if report.source_line:
        lines.append(f"Source: {report.source_line}")
    for path in report.written:
        lines.append(f"Wrote {path}")
    counts = report.skip_counts()
    if counts:
        lines.append(f"Fields skipped ({len(report.skipped)}):")
        lines += [f"  {n:5d}  {reason}" for reason, n in counts.items()]
        lines.append("  records: " + ", ".join(sorted({s.record for s in report.skipped})))
    if report.rejected:
        lines.append(f"Records rejected ({len(report.rejected)}):")
        lines += [f"  {s.record}: {s.field}: {s.reason}" for s in report.rejected]
    if report.left_out:
        lines.append("Left out by design (fields seen):")
        lines += [f"  {n:5d}  {what}" for what, n in sorted(report.left_out.items())]
    if report.renamed:
        lines.append("Renamed to avoid clashing with hand-written records:")
        lines += [f"  {old} -> {new}" for old, new in sorted(report.renamed.items())]
    if report.notes:
        lines.append("Notes:")
        lines += [f"  {note}" for note in report.notes]
    return "\n".join(lines)
