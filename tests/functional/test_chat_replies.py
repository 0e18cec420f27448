"""A company's answer given in the chat: read, explained, recorded only on "yes", and answered
with a drafted letter; in the conversation itself and in `rights chat --plain`."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from assistant import workflow
from assistant.cli.main import main
from assistant.dialogue.conversation import Conversation
from assistant.ledger.store import Ledger
from assistant.records.catalog import Catalog

SENT = dt.date(2026, 11, 2)
TODAY = dt.date(2026, 11, 20)
REFERENCE = "RA-20261102-INGNL-ACC-7A3C"
EXTENSION = f"""\
Subject: Re: Verzoek om inzage {REFERENCE}

Dear Ms Jansen,

Thank you for your request of 2 November 2026.

We need two further months to answer your request.

Kind regards,
Privacy Office
ING Bank N.V.
privacy@ing.nl
"""
ID_DEMAND = f"""\
Subject: Your request {REFERENCE}

Dear Ms Jansen,

Before we can answer, please send us a copy of your passport or identity card.

Kind regards,
Privacy Office, ING
"""
NOT_AN_ANSWER = """\
Thank you for your e-mail. I am out of the office until 1 December and have no access to my
e-mail. For urgent matters please contact my colleague.
"""


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load(include_user=False, use_cache=False)


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    return {"ledger_path": tmp_path / "requests.sqlite3", "letters_dir": tmp_path / "letters"}


def track(ledger_path: Path | None, catalog: Catalog, *, reference: str = REFERENCE) -> int:
    with Ledger.open(ledger_path) as ledger:
        ledger.profile_set({"name": "Pieter Jansen", "email": "pieter@example.org"})
        tracked = workflow.track(
            ledger, catalog.get("ing-diba"), "access", residence="NL", sent=SENT,
            channel="email", reference=reference,
        )  # fmt: skip
    return tracked.row.id


def talk(conversation: Conversation, *messages: str) -> str:
    said = []
    for message in messages:
        said += [reply.text for reply in conversation.send(message)]
    return "\n\n".join(said)


def chat(catalog: Catalog, paths: dict[str, Path]) -> Conversation:
    conversation = Conversation(
        catalog, today=TODAY, ledger_path=paths["ledger_path"], letters_dir=paths["letters_dir"]
    )
    conversation.start()
    return conversation


def events(ledger_path: Path | None, request_id: int) -> list[str]:
    with Ledger.open(ledger_path) as ledger:
        return [e.event for e in ledger.timeline(request_id)]


def test_an_extension_is_explained_recorded_and_answered(
    catalog: Catalog, paths: dict[str, Path]
) -> None:
    request_id = track(paths["ledger_path"], catalog)
    with Ledger.open(paths["ledger_path"]) as ledger:
        due_before = ledger.get(request_id).due
    conversation = chat(catalog, paths)

    said = talk(conversation, f"they answered request {request_id}:\n{EXTENSION}")
    assert "take more time" in said
    assert "2 months" in said
    assert "We need two further months" in said  # the deciding sentence, quoted
    assert f"Shall I record this on request **#{request_id}**" in said
    assert events(paths["ledger_path"], request_id) == ["sent"]  # asked first, not recorded

    said = talk(conversation, "yes")
    assert events(paths["ledger_path"], request_id) == ["sent", "extended"]
    with Ledger.open(paths["ledger_path"]) as ledger:
        row = ledger.get(request_id)
        kept = ledger.replies(request_id)
    assert row.status == "extended"
    assert due_before is not None and row.due is not None
    assert row.due > due_before + dt.timedelta(days=50)  # one month plus two more
    assert str(row.due) in said
    assert len(kept) == 1 and "two further months" in kept[0]["text"]
    assert "Shall I draft the next letter" in said and "why they need more time" in said

    said = talk(conversation, "yes")
    letters = sorted(paths["letters_dir"].glob("*.txt"))
    assert len(letters) == 1
    body = letters[0].read_text(encoding="utf-8")
    assert "Pieter Jansen" in body and body.strip().splitlines()[0] in said
    with Ledger.open(paths["ledger_path"]) as ledger:
        assert str(letters[0]) in ledger.get(request_id).letter_files
    assert events(paths["ledger_path"], request_id) == ["sent", "extended"]  # not sent yet


def test_no_records_nothing(catalog: Catalog, paths: dict[str, Path]) -> None:
    request_id = track(paths["ledger_path"], catalog)
    conversation = chat(catalog, paths)
    said = talk(conversation, f"they answered request {request_id}:\n{ID_DEMAND}", "no")
    assert "proof of identity" in said
    assert "haven't recorded" in said
    assert events(paths["ledger_path"], request_id) == ["sent"]
    with Ledger.open(paths["ledger_path"]) as ledger:
        assert ledger.replies(request_id) == []
    assert not paths["letters_dir"].exists() or not any(paths["letters_dir"].iterdir())


def test_answer_pasted_line_by_line_then_done(catalog: Catalog, paths: dict[str, Path]) -> None:
    request_id = track(paths["ledger_path"], catalog)
    conversation = chat(catalog, paths)
    said = talk(conversation, "they answered")  # no number: the reference will say
    assert "Say **done**" in said
    for line in ID_DEMAND.splitlines():
        if line.strip():
            assert conversation.send(line) == []  # taken quietly, more to come
    said = talk(conversation, "done")
    assert "proof of identity" in said and f"#{request_id}" in said  # by our reference
    said = talk(conversation, "yes")
    assert events(paths["ledger_path"], request_id) == ["sent", "identity_asked"]
    assert "objection to the ID demand" in said
    said = talk(conversation, "no")
    assert "no letter" in said.lower()
    assert not paths["letters_dir"].exists() or not any(paths["letters_dir"].iterdir())


def test_an_unsure_match_is_asked_never_guessed(catalog: Catalog, paths: dict[str, Path]) -> None:
    first = track(paths["ledger_path"], catalog)
    second = track(paths["ledger_path"], catalog, reference="RA-20261102-INGNL-ACC-9B1D")
    conversation = chat(catalog, paths)
    no_reference = ID_DEMAND.replace(REFERENCE, "").replace("Subject: Your request", "Subject:")
    said = talk(conversation, f"they answered:\n{no_reference}")
    assert "Which request does it answer?" in said
    said = talk(conversation, f"#{second}")
    assert f"record this on request **#{second}**" in said
    talk(conversation, "yes")
    assert events(paths["ledger_path"], second) == ["sent", "identity_asked"]
    assert events(paths["ledger_path"], first) == ["sent"]


def test_not_an_answer_is_not_recorded(catalog: Catalog, paths: dict[str, Path]) -> None:
    request_id = track(paths["ledger_path"], catalog)
    conversation = chat(catalog, paths)
    said = talk(conversation, f"reply to request {request_id}:\n{NOT_AN_ANSWER}")
    assert "not an answer" in said and "nothing to record" in said
    assert events(paths["ledger_path"], request_id) == ["sent"]


def test_help_says_how(catalog: Catalog, paths: dict[str, Path]) -> None:
    assert "they answered request 2:" in talk(chat(catalog, paths), "help")


def test_plain_chat_reads_records_and_drafts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], warm_home: Path,
    catalog: Catalog, tmp_path: Path,
) -> None:  # fmt: skip
    request_id = track(None, catalog)
    lines = [f"they answered request {request_id}:"]
    lines += [line for line in EXTENSION.splitlines() if line.strip()]
    lines += ["done", "yes", "yes", "quit"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out_dir = tmp_path / "out"
    status = main(["chat", "--plain", "--today", TODAY.isoformat(), "--out", str(out_dir)])
    out = capsys.readouterr().out
    assert status == 0
    assert "two further months" in out and "Recorded" in out
    assert events(None, request_id) == ["sent", "extended"]
    assert len(list(out_dir.glob("*.txt"))) == 1


def test_blank_lines_of_a_pasted_answer_keep_its_paragraphs(
    catalog: Catalog, paths: dict[str, Path]
) -> None:
    request_id = track(paths["ledger_path"], catalog)
    conversation = chat(catalog, paths)
    talk(conversation, f"they answered request {request_id}:")
    assert conversation.taking_paste
    for line in EXTENSION.splitlines():
        assert conversation.send(line) == []  # blank lines too: taken quietly
    said = talk(conversation, "done")
    assert "two further months" in said
    assert "2 November 2026.\n\nWe need two further months" in conversation.reply_steps.text
    assert not conversation.taking_paste
