"""`rights companies`: the bounds on what is typed (--limit, the query, the id)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main


@pytest.fixture(autouse=True)
def warm(warm_home: Path) -> None:
    """Every test starts with the catalog cache in place."""


@pytest.mark.parametrize(
    "limit",
    ["0", "-1", "101", "9223372036854775808", "18446744073709551616", "9" * 5000, "1e3", "\u0661"],
)
def test_search_limit_is_bounded(capsys, limit):
    code = main(["companies", "search", "qualfon", f"--limit={limit}"])
    err = capsys.readouterr().err
    assert code == 2 and "--limit" in err and "1 to 100" in err
    assert len(err) < 1500 and "Traceback" not in err


def test_search_limit_in_range_works(capsys):
    assert main(["companies", "search", "qualfon", "--limit=100", "--json"]) == 0
    assert main(["companies", "search", "qualfon", "--limit=1", "--json"]) == 0


@pytest.mark.parametrize("query", ["qual\x1b[2Jfon", "qual\nfon", "q" * 100_000, "  "])
def test_search_query_goes_through_the_text_checks(capsys, query):
    assert main(["companies", "search", query]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rights: query: ") and "\x1b" not in err and len(err) < 400


@pytest.mark.parametrize("company", ["x" * 1_000_000, "qual\x1b]0;x\x07fon", "", "Qualfon"])
def test_show_checks_the_id_and_never_echoes_it_whole(capsys, company):
    assert main(["companies", "show", company]) == 2
    err = capsys.readouterr().err
    assert "company id" in err and "\x1b" not in err and len(err) < 400
