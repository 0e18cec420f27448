"""The deadline engine against hand-computed cases (tests/data/deadline_oracle.toml).

Each case was worked out with a calendar and the statute, not with the engine; its `reason`
says how. A disagreement is settled from the statute and written next to the case, never by
copying the engine's answer.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from assistant.law.deadlines import appeal_deadline, appeal_decision_due, compute_deadlines
from assistant.law.profiles import load_laws

ORACLE = Path(__file__).resolve().parent.parent / "data" / "deadline_oracle.toml"
CASES = tomllib.loads(ORACLE.read_text(encoding="utf-8"))["case"]
LAWS = load_laws()


def _day(text: str | None) -> dt.date | None:
    return None if text in (None, "none") else dt.date.fromisoformat(text)


def _run(case: dict):
    law = LAWS[case["law"]]
    controller = case.get("controller")
    if case["right"] == "appeal":
        if "sent" in case:
            return appeal_decision_due(
                law, _day(case["sent"]), case["residence"], case["channel"], None, controller
            )
        return appeal_deadline(law, _day(case["received"]), case["residence"], controller)
    return compute_deadlines(
        law, case["right"], _day(case["received"]), case["residence"], controller=controller
    )


def test_the_oracle_is_big_and_explained():
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 60
    assert len(set(ids)) == len(ids)
    for case in CASES:
        assert case["reason"].strip(), case["id"]
        assert case["law"] in LAWS, case["id"]
    # It covers new laws, effective dates, month ends, leap years and both calendars.
    assert {"okdpa", "ldpa", "apdpa", "vdposa"} <= {c["law"] for c in CASES}
    assert any(c.get("controller") for c in CASES)
    assert any("02-29" in c.get("due", "") for c in CASES)
    assert sum(c["due"] == "none" for c in CASES) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_oracle_case(case):
    result = _run(case)
    got = (result.respond_by, result.extended_respond_by)
    want = (_day(case["due"]), _day(case["extended"]))
    assert got == want, f"{case['id']}: {case['reason']}"
    if "acknowledge" in case:
        assert result.acknowledge_by == _day(case["acknowledge"]), case["id"]
    if "why" in case:
        assert case["why"] in " ".join(result.explanations), (case["id"], result.explanations)
    if result.respond_by is not None:
        assert result.law_id == case["law"]
