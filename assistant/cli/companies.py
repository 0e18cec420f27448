"""`rights companies list|search|show`: look companies up in the catalog."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from assistant.cli.output import clean_for_terminal, print_json

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "companies",
        help="list, search and show company records",
        description="Look up companies: their contacts, the rights their policy offers, "
        "what they need to verify you, and where each fact comes from.",
    )
    sub = parser.add_subparsers(dest="companies_command", metavar="ACTION", required=True)

    p_list = sub.add_parser("list", help="every company id and name")
    p_list.add_argument("--json", action="store_true", help="print JSON")
    p_list.set_defaults(handler=run_list)

    p_search = sub.add_parser(
        "search",
        help="find a company by name, brand or domain (typos are fine)",
        description="Search names, brands and domains. Typos ('qualfn'), spacing ('cloud med'), "
        "domains ('qualfon.com') and legal names ('Qualified.com, Inc.') all work.",
    )
    p_search.add_argument("query", help="what to look for")
    p_search.add_argument("--limit", type=int, default=10, help="most hits to show (default 10)")
    p_search.add_argument("--json", action="store_true", help="print a JSON list of hits")
    p_search.set_defaults(handler=run_search)

    p_show = sub.add_parser("show", help="one company's record, with the policy's own words")
    p_show.add_argument("id", help="the company id, e.g. qualfon")
    p_show.add_argument("--json", action="store_true", help="print the record as JSON")
    p_show.set_defaults(handler=run_show)

    p_learn = sub.add_parser(
        "learn",
        help="read a saved privacy policy and draft a record of the company",
        description="Read a privacy policy you saved (HTML page, PDF, Markdown or text) and "
        "draft a record: contacts and what each is for, the rights it offers and to whom, "
        "response times, verification, authorized agents, selling and sharing, Do Not Track, "
        "retention and the company's role. Every fact comes with the policy's own words; what "
        "the policy does not say stays unknown. Nothing is saved unless you add --save.",
        epilog="examples:\n"
        "  rights companies learn ~/Downloads/acme-privacy.html\n"
        '  rights companies learn policy.pdf --name "Acme" --json\n'
        "  rights companies learn policy.md --url https://acme.example/privacy --save",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_learn.add_argument("path", metavar="PATH", help="the saved policy (.html, .pdf, .md, .txt)")
    p_learn.add_argument("--name", help="the company's name, if the policy does not say it")
    p_learn.add_argument("--url", help="where the policy was published (kept as its source)")
    p_learn.add_argument("--date", help="when you saved it (YYYY-MM-DD)")
    p_learn.add_argument("--json", action="store_true", help="print the draft as JSON")
    p_learn.add_argument(
        "--save", action="store_true", help="keep it as your own record (in your data folder)"
    )
    p_learn.set_defaults(handler=run_learn)


def load_catalog() -> Catalog:
    """The catalog; each skipped record of the person's own is reported on stderr."""
    from assistant.records.catalog import load_catalog as load

    catalog = load()
    for line in catalog.problem_lines():
        print(f"warning: {clean_for_terminal(line)}", file=sys.stderr)
    return catalog


def run_list(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    rows = catalog.names()
    if args.json:
        print_json([{"id": i, "name": n} for i, n in rows])
    else:
        width = max((len(i) for i, _ in rows), default=0)
        for company_id, name in rows:
            print(f"{company_id:<{width}}  {clean_for_terminal(name)}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from assistant.errors import UserError

    if args.limit < 1:
        raise UserError("--limit must be 1 or more")
    hits = load_catalog().search(args.query, limit=args.limit)
    if args.json:
        print_json([h.as_dict() for h in hits])
        return 0
    if not hits:
        print(f"No company matches {clean_for_terminal(args.query)!r}.")
        return 1
    for hit in hits:
        print(f"{hit.score:5.1f}  {hit.id:<32} {clean_for_terminal(hit.name)}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from assistant.records.card import describe_company

    record = load_catalog().get(args.id)
    if args.json:
        print_json(record.public_dict())
    else:
        print(clean_for_terminal(describe_company(record)))
    return 0


def run_learn(args: argparse.Namespace) -> int:
    import datetime as dt
    from pathlib import Path

    from assistant import paths
    from assistant.errors import UserError
    from assistant.records.card import describe_company
    from assistant.records.learn import learn, save_draft

    snapshot = None
    if args.date:
        try:
            snapshot = dt.date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"--date {args.date!r} is not a date like 2026-12-01") from None
    catalog = load_catalog()
    record, policy = learn(
        Path(args.path).expanduser(),
        name=args.name,
        url=args.url,
        snapshot=snapshot,
        taken=set(catalog.ids()),
    )
    if args.json:
        print_json(record.public_dict())
    else:
        print(clean_for_terminal(describe_company(record)))
    if args.save:
        record_file, _source = save_draft(record, policy, paths.data_dir() / "policies")
        print(f"Saved as {record_file}", file=sys.stderr if args.json else sys.stdout)
    elif not args.json:
        print("\nThis is a draft: nothing was saved. Add --save to keep it as your own record.")
    return 0
