"""`rights catalog import-datenanfragen`: convert the Datenanfragen database into our bundles."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.cli.output import check_out_path, clean_for_terminal, print_json

if TYPE_CHECKING:
    from assistant.records.import_report import ImportReport

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

    p_brokers = sub.add_parser(
        "import-brokers",
        help="convert California's registered data brokers into catalog records",
        description="Convert the list of rights pages California-registered data brokers gave "
        "the Data Broker Registry (CalMatters / The Markup, Apache-2.0) into "
        "POLICIES_DIR/imported/companies-brokers.jsonl: one record per broker, marked "
        '"data_broker": true, its rights page as the channel.',
        epilog="examples:\n  rights catalog import-brokers "
        "../shared/brokers/data-broker-opt-out-pages.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_brokers.add_argument("path", metavar="CSV", help="data-broker-opt-out-pages.csv")
    p_brokers.add_argument("--out", metavar="POLICIES_DIR", help="policies folder to write into")
    p_brokers.add_argument("--json", action="store_true", help="print the summary as JSON")
    p_brokers.set_defaults(handler=run_import_brokers)

    p_jdm = sub.add_parser(
        "import-justdeleteme",
        help="convert JustDeleteMe's account-deletion links (attached to records by domain)",
        description="Convert JustDeleteMe's sites.json (MIT) into "
        "POLICIES_DIR/imported/account-deletion.jsonl. Each company whose domain matches "
        "then shows where to close the account: the page, how hard it is, an e-mail address.",
        epilog="examples:\n  rights catalog import-justdeleteme ../shared/justdeleteme/sites.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_jdm.add_argument("path", metavar="SITES_JSON", help="JustDeleteMe's sites.json")
    p_jdm.add_argument("--out", metavar="POLICIES_DIR", help="policies folder to write into")
    p_jdm.add_argument("--json", action="store_true", help="print the summary as JSON")
    p_jdm.set_defaults(handler=run_import_justdeleteme)

    p_draft = sub.add_parser(
        "draft-policies",
        help="draft records with the policy reader from a dated corpus of policies",
        description="Read every policy of a corpus laid out as ToS;DR's tosback snapshots "
        "(INDEX.tsv with slug, service, snapshot_date; policies/<slug>.md) and write "
        "POLICIES_DIR/imported/companies-drafted.jsonl: one draft record per policy, each "
        "fact quoted, the service and snapshot date named in its source. The texts are not "
        "copied.",
        epilog="examples:\n  rights catalog draft-policies ../shared/policy-corpus",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_draft.add_argument("path", metavar="CORPUS", help="the corpus folder (holding INDEX.tsv)")
    p_draft.add_argument("--out", metavar="POLICIES_DIR", help="policies folder to write into")
    p_draft.add_argument("--json", action="store_true", help="print the summary as JSON")
    p_draft.set_defaults(handler=run_draft_policies)


def run_import(args: argparse.Namespace) -> int:
    from assistant import paths
    from assistant.errors import UserError
    from assistant.records.datenanfragen_folder import import_folder

    source = Path(args.path).expanduser()
    out = check_out_path(args.out, "--out") if args.out is not None else paths.policies_dir()
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


def _out_folder(args: argparse.Namespace) -> Path:
    from assistant import paths
    from assistant.errors import UserError

    out = check_out_path(args.out, "--out") if args.out is not None else paths.policies_dir()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: --out must be a folder (a policies folder)")
    return out


def _taken_ids(out: Path, own_bundle: str) -> set[str]:
    """Ids used by the hand-written records and every other bundle in `out`."""
    import json

    reserved = {p.stem for p in (out / "companies").glob("*.toml")}
    for bundle in sorted((out / "imported").glob("companies*.jsonl")):
        if bundle.name != own_bundle:
            with bundle.open("rb") as handle:
                reserved |= {json.loads(line)["id"] for line in handle if line.strip()}
    return reserved


def run_draft_policies(args: argparse.Namespace) -> int:
    from assistant.records.drafted import BUNDLE, import_corpus

    out = _out_folder(args)
    path, count, skipped = import_corpus(Path(args.path).expanduser(), out, _taken_ids(out, BUNDLE))
    if args.json:
        print_json({"written": str(path), "records": count, "skipped": skipped})
        return 0
    print(f"Wrote {count} drafted record(s) to {path}")
    for line in skipped:
        print(f"  skipped {clean_for_terminal(line)}")
    return 0


def run_import_brokers(args: argparse.Namespace) -> int:
    from assistant.records.brokers import BUNDLE, import_brokers

    out = _out_folder(args)
    path, count, skipped = import_brokers(
        Path(args.path).expanduser(), out, _taken_ids(out, BUNDLE)
    )
    if args.json:
        print_json({"written": str(path), "records": count, "skipped": skipped})
        return 0
    print(f"Wrote {count} data broker record(s) to {path}")
    for line in skipped:
        print(f"  skipped {clean_for_terminal(line)}")
    return 0


def run_import_justdeleteme(args: argparse.Namespace) -> int:
    from assistant.records.justdeleteme import import_sites

    path, count, skipped = import_sites(Path(args.path).expanduser(), _out_folder(args))
    if args.json:
        print_json({"written": str(path), "links": count, "skipped": skipped})
        return 0
    print(f"Wrote {count} account-deletion link(s) to {path} ({skipped} without a page or domain)")
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
