"""The ledger: file safety, schema, every status transition, extensions, warnings, profile."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledger_helpers import SENT, add

from assistant.errors import UserError
from assistant.law.deadlines import compute_deadlines
from assistant.law.profiles import load_laws
from assistant.ledger.rows import display_status
from assistant.ledger.schema import (
    EVENTS,
    KEEP,
    SCHEMA_VERSION,
    STORED_STATUSES,
    TRANSITIONS,
    WAITING,
)
from assistant.ledger.store import Ledger, TransitionRefused
from assistant.records.model import CompanyRecord
from assistant.workflow import new_request_warnings, track

DAY = dt.timedelta(days=1)


@pytest.fixture
def ledger() -> Iterator[Ledger]:
    led = Ledger.open()
    yield led
    led.close()


def company(**extra: object) -> CompanyRecord:
    return CompanyRecord.model_validate(
        {"id": "acme", "name": "Acme Inc.", "source": {"kind": "manual"}, **extra}
    )


# -- the file -----------------------------------------------------------------------------


def test_ledger_file_is_private_wal_with_foreign_keys(rights_home: Path) -> None:
    with Ledger.open() as led:
        add(led)
        path = rights_home / "requests.sqlite3"
        assert led.path == path
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert stat.S_IMODE(os.stat(name).st_mode) == 0o600, name
        assert led.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert led.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert led.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        with pytest.raises(sqlite3.IntegrityError):
            led.conn.execute(
                "INSERT INTO events (request_id, event, on_date) VALUES (999, 'sent', '2026-01-01')"
            )


def test_reopening_keeps_the_data(rights_home: Path) -> None:
    with Ledger.open() as led:
        number = add(led)
    with Ledger.open() as led:
        assert led.get(number).reference.startswith("RA-TEST-")
        assert [e.event for e in led.timeline(number)] == ["sent"]


def test_newer_schema_is_refused(rights_home: Path) -> None:
    path = rights_home / "requests.sqlite3"
    Ledger.open().close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(UserError, match="newer Rights Assistant"):
        Ledger.open()


def test_a_file_that_is_not_a_ledger_gives_a_clear_error(rights_home: Path) -> None:
    (rights_home / "requests.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="not a readable request ledger"):
        Ledger.open()


def test_request_row_keeps_the_computed_dates(ledger: Ledger) -> None:
    number = add(ledger)
    row = ledger.get(number)
    assert row.status == "sent"
    assert row.sent == row.received == SENT
    assert row.acknowledge_by == SENT + 14 * DAY
    assert row.respond_by == row.due == SENT + 45 * DAY
    assert row.extended_respond_by == SENT + 90 * DAY
    assert row.deadlines["explanations"] == ["a test deadline"]
    assert row.regulator == "California Privacy Protection Agency"


def test_same_reference_twice_is_refused(ledger: Ledger) -> None:
    number = add(ledger)
    ref = ledger.get(number).reference
    row = ledger.get(number)
    with pytest.raises(UserError, match="already tracked"):
        ledger.add_request(
            company_id="acme", company_name="Acme", right="access", law_id=None,
            residence="US-CA", channel="email", reference=ref, sent=SENT, received=SENT,
            deadlines=_dl(row),
        )  # fmt: skip


def _dl(row):  # type: ignore[no-untyped-def]
    from ledger_helpers import deadlines

    return deadlines(row.received)


def test_unknown_request_number(ledger: Ledger) -> None:
    with pytest.raises(UserError, match="no request number 42"):
        ledger.get(42)


# -- every transition ---------------------------------------------------------------------

# How to bring a fresh request into each stored status.
PATHS: dict[str, list[tuple[str, str | None]]] = {
    "draft": [],
    "sent": [],
    "acknowledged": [("acknowledged", None)],
    "extended": [("extended", None)],
    "needs_action": [("identity_asked", None)],
    "fulfilled": [("answered_full", None)],
    "denied": [("acknowledged", None), ("denied", "no_data")],
    "closed": [("closed", None)],
}


def _request_in(ledger: Ledger, status: str) -> int:
    number = add(ledger, status="draft" if status == "draft" else "sent")
    for event, reason in PATHS[status]:
        ledger.record_event(number, event, on=SENT + DAY, reason=reason)
    assert ledger.get(number).status == status
    return number


@pytest.mark.parametrize("status", STORED_STATUSES)
@pytest.mark.parametrize("event", EVENTS)
def test_every_transition(ledger: Ledger, status: str, event: str) -> None:
    number = _request_in(ledger, status)
    before = ledger.get(number)
    events_before = len(ledger.timeline(number))
    reason = "other" if event == "denied" else None
    on = SENT + 2 * DAY
    target = TRANSITIONS.get((status, event))
    if target is None:
        with pytest.raises(TransitionRefused, match=f"is {status}"):
            ledger.record_event(number, event, on=on, reason=reason)
        assert ledger.get(number) == before
        assert len(ledger.timeline(number)) == events_before
        return
    after = ledger.record_event(number, event, on=on, reason=reason)
    if target == KEEP:
        expected = status
    elif target == WAITING:
        expected = "acknowledged" if before.acknowledged_on else "sent"
    else:
        expected = target
    assert after.status == expected
    assert ledger.timeline(number)[-1].event == event
    assert len(ledger.timeline(number)) == events_before + 1


def test_transition_table_covers_only_known_names() -> None:
    for (status, event), target in TRANSITIONS.items():
        assert status in STORED_STATUSES and event in EVENTS
        assert target in (*STORED_STATUSES, KEEP, WAITING)
        assert target != "overdue"  # derived, never stored


def test_draft_sent_counts_deadlines_from_the_sending_day(ledger: Ledger) -> None:
    number = add(ledger, status="draft")
    sent = dt.date(2026, 3, 2)
    row = ledger.record_event(number, "sent", on=sent)
    law = load_laws()["ccpa"]
    expected = compute_deadlines(law, "access", sent, "US-CA")
    assert (row.status, row.sent, row.received) == ("sent", sent, sent)
    assert row.due == row.respond_by == expected.respond_by
    assert row.acknowledge_by == expected.acknowledge_by


def test_reopened_goes_back_to_waiting_with_its_history(ledger: Ledger) -> None:
    number = _request_in(ledger, "denied")
    row = ledger.record_event(number, "reopened", on=SENT + 3 * DAY, note="they wrote again")
    assert row.status == "acknowledged"
    assert row.denial_reason is None and row.finished_on is None
    extended = _request_in(ledger, "extended")
    ledger.record_event(extended, "answered_full", on=SENT + 3 * DAY)
    assert ledger.record_event(extended, "reopened", on=SENT + 4 * DAY).status == "extended"


def test_identity_given_returns_to_waiting(ledger: Ledger) -> None:
    number = _request_in(ledger, "needs_action")
    assert ledger.get(number).action_reason == "identity_asked"
    assert ledger.record_event(number, "identity_given", on=SENT + 3 * DAY).status == "sent"


def test_event_before_sending_is_refused(ledger: Ledger) -> None:
    number = add(ledger)
    with pytest.raises(UserError, match="before the request was sent"):
        ledger.record_event(number, "acknowledged", on=SENT - DAY)


def test_unknown_event(ledger: Ledger) -> None:
    number = add(ledger)
    with pytest.raises(UserError, match="unknown event"):
        ledger.record_event(number, "ghosted", on=SENT)


# -- denial reasons -----------------------------------------------------------------------


def test_denial_needs_a_known_reason(ledger: Ledger) -> None:
    number = add(ledger)
    with pytest.raises(UserError, match="say why"):
        ledger.record_event(number, "denied", on=SENT + DAY)
    with pytest.raises(UserError, match="unknown denial reason"):
        ledger.record_event(number, "denied", on=SENT + DAY, reason="rude")
    with pytest.raises(UserError, match="only with a 'denied'"):
        ledger.record_event(number, "acknowledged", on=SENT + DAY, reason="other")
    row = ledger.record_event(number, "denied", on=SENT + DAY, reason="too_many_requests")
    assert (row.status, row.denial_reason, row.finished_on) == (
        "denied",
        "too_many_requests",
        SENT + DAY,
    )
    assert ledger.timeline(number)[-1].reason == "too_many_requests"


# -- extensions ---------------------------------------------------------------------------


def test_extension_in_time_moves_the_due_date(ledger: Ledger) -> None:
    number = add(ledger)
    notice = SENT + 45 * DAY  # the last day the company may give notice
    row = ledger.record_event(number, "extended", on=notice, note="complex request")
    assert row.status == "extended"
    assert row.due == SENT + 90 * DAY
    assert row.extension_granted and not row.late_extension
    assert row.alerts == ()
    assert "moved" in (ledger.timeline(number)[-1].outcome or "")


def test_late_extension_is_flagged_and_keeps_the_due_date(ledger: Ledger) -> None:
    number = add(ledger)
    row = ledger.record_event(number, "extended", on=SENT + 46 * DAY)
    assert row.late_extension and not row.extension_granted
    assert row.due == SENT + 45 * DAY
    assert row.status == "sent"
    assert display_status(row.status, row.due, SENT + 46 * DAY) == "overdue"
    assert any("already late" in alert for alert in row.alerts)


def test_extension_the_law_does_not_allow_is_flagged(ledger: Ledger) -> None:
    number = add(ledger, extension_days=None)
    row = ledger.record_event(number, "extended", on=SENT + DAY)
    assert row.late_extension
    assert row.due == SENT + 45 * DAY
    assert any("allows no extension" in alert for alert in row.alerts)


def test_a_second_extension_is_flagged(ledger: Ledger) -> None:
    number = add(ledger)
    ledger.record_event(number, "extended", on=SENT + DAY)
    ledger.record_event(number, "identity_asked", on=SENT + 2 * DAY)
    row = ledger.record_event(number, "extended", on=SENT + 3 * DAY)
    assert row.late_extension
    assert row.due == SENT + 90 * DAY  # the first, valid extension stands


def test_extension_with_real_ccpa_dates(ledger: Ledger) -> None:
    record = company()
    number = track(
        ledger, record, "deletion", residence="US-CA", sent=dt.date(2026, 1, 5), channel="email"
    ).row.id
    row = ledger.get(number)
    law = load_laws()["ccpa"]
    expected = compute_deadlines(law, "deletion", dt.date(2026, 1, 5), "US-CA")
    assert row.due == expected.respond_by
    after = ledger.record_event(number, "extended", on=expected.extension_notice_by)
    assert after.due == expected.extended_respond_by


# -- derived status -----------------------------------------------------------------------


def test_overdue_is_derived_from_the_date(ledger: Ledger) -> None:
    number = add(ledger)
    row = ledger.get(number)
    assert row.display_status(row.due) == "sent"
    assert row.display_status(row.due + DAY) == "overdue"
    assert row.days_late(row.due + 3 * DAY) == 3
    ledger.record_event(number, "answered_full", on=row.due + 2 * DAY)
    assert ledger.get(number).display_status(row.due + 9 * DAY) == "fulfilled"
    assert [r.id for r in ledger.list_overdue(row.due + DAY)] == []


def test_list_filters(ledger: Ledger) -> None:
    a = add(ledger, company="acme")
    b = add(ledger, company="globex")
    ledger.record_event(b, "acknowledged", on=SENT + DAY)
    assert [r.id for r in ledger.list_requests(company="globex")] == [b]
    assert [r.id for r in ledger.list_requests(status="sent")] == [a]
    with pytest.raises(UserError):
        ledger.list_requests(status="lost")


# -- warnings -----------------------------------------------------------------------------


def test_third_ccpa_request_to_know_within_12_months(ledger: Ledger) -> None:
    law = load_laws()["ccpa"]
    record = company()
    add(ledger, sent=dt.date(2025, 3, 1))  # more than 12 months before: does not count
    add(ledger, sent=dt.date(2025, 6, 1))
    early = new_request_warnings(ledger, record, "access", law, dt.date(2026, 4, 1))
    assert not any("third" in w for w in early)
    ledger.record_event(1, "answered_full", on=dt.date(2025, 4, 1))
    ledger.record_event(2, "answered_full", on=dt.date(2025, 7, 1))
    add(ledger, sent=dt.date(2026, 1, 10))
    ledger.record_event(3, "answered_full", on=dt.date(2026, 2, 1))
    warnings = new_request_warnings(ledger, record, "access", law, dt.date(2026, 4, 1))
    third = [w for w in warnings if "third" in w]
    assert third and "1798.130(b)" in third[0] and "CCPA" in third[0]
    # another right, or another law: no such warning
    other = new_request_warnings(ledger, record, "deletion", law, dt.date(2026, 4, 1))
    assert not any("third" in w for w in other)
    assert not any(
        "third" in w
        for w in new_request_warnings(ledger, record, "access", None, dt.date(2026, 4, 1))
    )


def test_open_request_for_same_right_is_mentioned(ledger: Ledger) -> None:
    add(ledger, sent=dt.date(2026, 1, 10))
    warnings = new_request_warnings(ledger, company(), "access", None, dt.date(2026, 2, 1))
    assert any("still open" in w for w in warnings)


def test_processor_warnings(ledger: Ledger) -> None:
    only = company(processor={"scope": "only", "advice": "Write to the shop you bought from."})
    partly = company(processor={"scope": "partly", "advice": "Ask the clinic too."})
    [w_only] = new_request_warnings(ledger, only, "deletion", None, SENT)
    [w_partly] = new_request_warnings(ledger, partly, "deletion", None, SENT)
    assert "only on behalf of its clients" in w_only and "shop you bought from" in w_only
    assert "some personal data on behalf" in w_partly and "clinic" in w_partly


def test_id_demand_on_an_opt_out_is_flagged(ledger: Ledger) -> None:
    opt_out = add(ledger, right="opt_out")
    row = ledger.record_event(opt_out, "identity_asked", on=SENT + DAY)
    assert row.status == "needs_action"
    assert any("needs no identity verification" in a and "7026" in a for a in row.alerts)
    access = add(ledger, right="access")
    assert ledger.record_event(access, "identity_asked", on=SENT + DAY).alerts == ()


# -- profile ------------------------------------------------------------------------------


def test_profile_remember_and_forget(ledger: Ledger, rights_home: Path) -> None:
    assert ledger.profile_get() is None
    ledger.profile_set({"name": "Zebediah Quux", "email": "zq@example.com", "residence": "DE"})
    ledger.profile_set({"address": "1 Long Road"})
    assert ledger.profile_get() == {
        "address": "1 Long Road",
        "email": "zq@example.com",
        "name": "Zebediah Quux",
        "residence": "DE",
    }
    with pytest.raises(UserError):
        ledger.profile_set({"password": "x"})
    ledger.profile_forget()
    assert ledger.profile_get() is None
    ledger.close()
    for name in ("requests.sqlite3", "requests.sqlite3-wal"):
        path = rights_home / name
        if path.exists():
            assert b"Zebediah" not in path.read_bytes(), name
