"""Weak evidence and frames: a receipt, a hand-over or a refusal in words no phrase list
foresaw is still read, while a reply with no evidence at all stays unread (the person is
asked); periods in weeks are recorded as days."""

from __future__ import annotations

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.dates import find_periods
from assistant.replies.message import parse_message, pasted
from assistant.replies.weak import receipt_evidence


def _mail(body: str, *, subject: str = "Your message", attachment: bool = False) -> bytes:
    head = (
        "From: Team <team@example-company.com>\n"
        f"Subject: {subject}\nDate: Tue, 01 Dec 2026 10:00:00 +0100\nMIME-Version: 1.0\n"
    )
    if not attachment:
        return (head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return (
        head + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n--b\n"
        'Content-Type: application/pdf\nContent-Disposition: attachment; filename="x.pdf"\n\n'
        "%PDF-1.4\n--b--\n"
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        "Hello,\n\nYour letter safely reached our privacy desk today.\n\nRegards, the team",
        "Guten Tag,\n\nIhr Schreiben ist bei unserer Rechtsabteilung eingetroffen.\n\nGruß",
        "Bonjour,\n\nVotre courriel a été transmis à notre service juridique.\n\nCordialement",
        "Hola:\n\nSu escrito ha llegado al departamento legal (expediente 2231-B).\n\nSaludos",
        "Buongiorno,\n\nla sua lettera è pervenuta al nostro ufficio legale.\n\nSaluti",
        "Beste,\n\nUw brief is in goede handen bij onze jurist.\n\nGroet",
    ],
)
def test_a_receipt_in_new_words_is_acknowledged(text: str) -> None:
    assert read_reply(pasted(text)).event == "acknowledged"


def test_a_promise_alone_or_nothing_at_all_stays_unread() -> None:
    assert read_reply(pasted("Thanks.")).event is None
    assert read_reply(pasted("Hello,\n\nHave a nice weekend.\n\nBye")).event is None
    assert receipt_evidence("The weather is fine today.") == 0


def test_a_case_number_counts_but_a_reply_subject_is_no_evidence() -> None:
    assert receipt_evidence("Your case number is 55-1209.") == 2
    reading = read_reply(parse_message(_mail("Noted, thanks.", subject="Re: delete my data")))
    assert reading.event != "answered_full"  # "delete" is in our own subject, not their answer


def test_a_file_handed_over_is_an_answer() -> None:
    body = "Hello,\n\nYou will find the file you asked for with this message.\n\nBest"
    reading = read_reply(parse_message(_mail(body, attachment=True)))
    assert reading.event == "answered_full"


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("We need a further 21 days to finish.", {"days": 21}),
        ("Wir brauchen drei Wochen zusätzlich.", {"days": 21}),
        ("Il nous faudra un mois de plus.", {"months": 1}),
    ],
)
def test_an_added_period_beside_a_marker_extends(text: str, extension: dict[str, int]) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.extension) == ("extended", extension)


def test_weeks_are_days() -> None:
    assert find_periods("three weeks") == [(0, {"days": 21})]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("We only run the platform and do not decide what sellers do with it.", "not_controller"),
        (
            "This law does not apply to our company, which has no US business.",
            "outside_jurisdiction",
        ),
        ("Le droit à l'opposition ne s'applique pas à ce traitement.", "exemption"),
    ],
)
def test_frames_give_the_reason(text: str, reason: str) -> None:
    assert read_reply(pasted(text)).reason == reason
