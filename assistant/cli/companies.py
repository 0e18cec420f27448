"""`rights companies list|search|show`: look companies up in the catalog."""

from __future__ import annotations

import argparse

from assistant.cli.output import clean_for_terminal, print_json


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


def run_list(args: argparse.Namespace) -> int:
    from assistant.records.catalog import load_catalog

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
    from assistant.records.catalog import load_catalog

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
    from assistant.records.catalog import load_catalog

    record = load_catalog().get(args.id)
    if args.json:
        print_json(record.public_dict())
    else:
        print(clean_for_terminal(describe_company(record)))
    return 0
