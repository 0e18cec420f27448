"""`rights check`: validate every company record, quote, law profile and the schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.cli.output import bounded_message, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate every record, quote, law profile and the schema",
        description="Validate every company record (fields, types, unknown keys, duplicate "
        "ids), check each quote against the policy text it comes from, validate law profiles "
        "and supervisory authorities, and compare policies/schema.json with the model. Exits "
        "2 if anything is wrong, naming the file and field.",
    )
    parser.add_argument(
        "--policies", type=Path, help="check another policies/ folder (default: the shipped one)"
    )
    parser.add_argument(
        "--write-schema",
        action="store_true",
        help="regenerate policies/schema.json from the record model, then check",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from assistant import paths
    from assistant.errors import UserError
    from assistant.records.check import run_checks, write_schema

    policies = args.policies
    if policies is not None and not (policies / "companies").is_dir():
        raise UserError(f"{policies} has no companies/ folder; is it a policies/ folder?")
    if args.write_schema:
        written = write_schema(policies or paths.policies_dir())
        print(f"wrote {written}", file=sys.stderr)
    from assistant.law.profiles import check_laws

    result = run_checks(policies, include_user=policies is None)
    problems = list(result["problems"])
    laws_folder = policies or paths.policies_dir()
    if (laws_folder / "laws").is_dir():
        problems += check_laws(laws_folder)
    if args.json:
        print_json(
            {
                "ok": not problems,
                "records": result["records"],
                "quotes": result["quotes"],
                "problems": [
                    {"file": p.file, "field": p.field, "problem": p.problem} for p in problems
                ],
            }
        )
    else:
        for problem in problems:
            print(f"error: {bounded_message(problem.message)}", file=sys.stderr)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{result['records']} records, {result['quotes']} quotes checked: {status}")
    return 2 if problems else 0
