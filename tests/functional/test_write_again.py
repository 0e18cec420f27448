"""`rights requests remind N DATE`: the person chooses the day to write again, where no law
sets a deadline; a request with a legal deadline keeps the law's dates."""

from __future__ import annotations

import json

import pytest

from assistant.cli.main import main


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def track(capsys: pytest.CaptureFixture, residence: str) -> dict:
    code, out, err = run(
        capsys, "track", "qualfon", "access", "--sent", "2026-11-02", "--residence",
        residence, "--channel", "email", "--json",
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def test_the_day_to_write_again_can_be_moved_and_reminders_follow_it(capsys) -> None:
    row = track(capsys, "US-MI")  # Michigan: no comprehensive privacy law
    assert row["due"] is None
    code, out, _ = run(capsys, "requests", "remind", str(row["id"]), "2026-11-20")
    assert code == 0 and "2026-11-20" in out
    code, out, _ = run(capsys, "reminders", "--today", "2026-11-19", "--json")
    (before,) = json.loads(out)
    assert before["kind"] == "waiting" and "write again from 2026-11-20" in before["next_step"]
    code, out, _ = run(capsys, "reminders", "--today", "2026-11-20", "--json")
    (due,) = json.loads(out)
    assert due["kind"] == "write_again" and due["request_id"] == row["id"]


def test_a_legal_deadline_is_never_replaced(capsys) -> None:
    row = track(capsys, "US-CA")
    code, _, err = run(capsys, "requests", "remind", str(row["id"]), "2027-03-01")
    assert code == 2 and "legal deadline" in err and "Traceback" not in err
    code, out, _ = run(capsys, "requests", "show", str(row["id"]), "--json")
    assert json.loads(out)["due"] == row["due"]


@pytest.mark.parametrize(
    ("day", "said"),
    [("2026-11-01", "not after"), ("2029-01-01", "two years"), ("2026-13-01", "DATE")],
)
def test_days_out_of_range_are_refused(capsys, day: str, said: str) -> None:
    row = track(capsys, "US-MI")
    code, _, err = run(capsys, "requests", "remind", str(row["id"]), day)
    assert code == 2 and said in err
