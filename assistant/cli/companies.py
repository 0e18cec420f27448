"""`rights companies list|search|show`: look companies up in the catalog."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from assistant.cli.output import clean_for_terminal, print_json

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog


MAX_LIMIT = 100  # more hits than anyone reads; and the fuzzy matcher takes a C long


def search_limit(text: str) -> int:
    """argparse type for `companies search --limit`: a whole number from 1 to MAX_LIMIT."""
    from assistant.textsafety import shown

    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 6):
        raise argparse.ArgumentTypeError(
            f"{shown(text, 30)} is not a number of hits (1 to {MAX_LIMIT})"
        )
    if not 1 <= int(value) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{int(value)} is out of range: give 1 to {MAX_LIMIT}")
    return int(value)


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
        epilog="exit status: 0 when something matches, 1 when nothing does (as grep), 2 for a "
        "problem with the input or the catalog.",
    )
    p_search.add_argument("query", help="what to look for")
    p_search.add_argument(
        "--limit",
        type=search_limit,
        default=10,
        help=f"most hits to show (1 to {MAX_LIMIT}; default 10)",
    )
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
    from assistant.textsafety import clean_line

    query = clean_line(args.query, "query", limit=200)
    hits = load_catalog().search(query, limit=args.limit)
    if args.json:
        print_json([h.as_dict() for h in hits])
        return 0
    if not hits:
        from assistant.textsafety import shown

        print(f"No company matches {shown(query)}.")
        return 1
    for hit in hits:
        print(f"{hit.score:5.1f}  {hit.id:<32} {clean_for_terminal(hit.name)}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from assistant.cli.output import check_company_id
    from assistant.records.card import describe_company

    record = load_catalog().get(check_company_id(args.id, "company id"))
    if args.json:
        print_json(record.public_dict())
    else:
        print(clean_for_terminal(describe_company(record)))
    return 0


def _learn_options(args: argparse.Namespace) -> tuple[str | None, str | None, Any]:
    """--name, --url and --date of `companies learn`, through the same checks as every typed
    value: one line, no controls, bounded; a web address; a date in the range we accept."""
    from assistant.cli.output import parse_day
    from assistant.errors import UserError
    from assistant.textsafety import clean_line, shown

    name = clean_line(args.name, "--name", limit=200) if args.name is not None else None
    url = clean_line(args.url, "--url", limit=2000) if args.url is not None else None
    if url is not None and (not url.lower().startswith(("https://", "http://")) or " " in url):
        raise UserError(
            f"--url {shown(url)} is not a web address", hint="give it as https://example.com/..."
        )
    snapshot = parse_day(args.date, "--date") if args.date is not None else None
    return name, url, snapshot


def run_learn(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pydantic import ValidationError

    from assistant import paths
    from assistant.errors import UserError
    from assistant.records.card import describe_company
    from assistant.records.learn import learn, save_draft

    name, url, snapshot = _learn_options(args)
    catalog = load_catalog()
    try:
        record, policy = learn(
            Path(args.path).expanduser(),
            name=name,
            url=url,
            snapshot=snapshot,
            taken=set(catalog.ids()),
        )
    except ValidationError as exc:  # a draft the record model refuses: said, not a traceback
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem.get("loc", ())) or "record"
        raise UserError(
            f"{args.path}: the draft record is not valid ({where}: {problem.get('msg', '')})",
            hint="check the options you gave (--name, --url), or write the record by hand",
        ) from None
    if args.json:
        print_json(record.public_dict())
    else:
        print(clean_for_terminal(describe_company(record)))
    if args.save:
        record_file, _source = save_draft(record, policy, paths.data_dir() / "policies")
        where = clean_for_terminal(str(record_file))
        print(f"Saved as {where}", file=sys.stderr if args.json else sys.stdout)
    elif not args.json:
        print("\nThis is a draft: nothing was saved. Add --save to keep it as your own record.")
    return 0
