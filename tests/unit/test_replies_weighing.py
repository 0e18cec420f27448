"""How the reader weighs a sentence rather than a phrase: a negation only denies the verb that
follows it, "no longer" makes a fulfilment, a reason beside "however" refuses a part, a reason
stated alone refuses, compound words and folded headers are read (replies written for these
tests, not taken from the evaluation corpus)."""

from __future__ import annotations

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.cues import signals
from assistant.replies.message import pasted, read_messages
from assistant.replies.stems import stem_signals


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        ("We will not be providing the call recordings to you.", {"refuse"}, set()),
        ("Nous ne pourrons pas donner suite à cette demande.", {"refuse"}, set()),
        ("Vos données ne seront plus traitées à des fins publicitaires.", set(), {"refuse"}),
        ("Ihre Daten werden nicht mehr verarbeitet.", set(), {"refuse"}),
        ("We have not yet finished and will not delay further.", set(), {"no_data"}),
        ("No nos es posible suprimir sus datos todavía.", {"refuse"}, {"no_data"}),
        ("Wir haben keine Daten zu Ihrer E-Mail-Adresse gefunden.", {"no_data"}, set()),
        ("We found no matching account for that address.", {"no_data"}, set()),
        ("Bitte verwenden Sie das Datenschutzformular.", {"channel"}, set()),
        ("Nutzen Sie dafür unser Kundenportal.", {"channel"}, set()),
        ("Ik ben op vakantie en lees mijn mail niet.", {"ooo"}, set()),
        ("We need until 3 March 2027 to complete the response.", {"extension"}, set()),
        ("We need additional information about your account.", set(), {"extension"}),
        ("Abbiamo bisogno di 20 giorni ulteriori per completare la risposta.", {"extension"},
         set()),
    ],
)  # fmt: skip
def test_word_order_and_negation(sentence: str, present: set[str], absent: set[str]) -> None:
    found = signals(sentence)
    assert present <= found, found
    assert not absent & found, found


def test_a_compound_word_is_read_by_its_part() -> None:
    assert "channel" in stem_signals("Bitte nutzen Sie unser Datenschutzportal.")
    assert "channel" not in stem_signals("Bitte nutzen Sie die Gelegenheit.")


@pytest.mark.parametrize(
    ("text", "event", "reason"),
    [
        # a reason beside "however" / "jedoch" refuses the part it concerns
        ("Hello,\n\nWe have deleted your profile.\n\nHowever, payment records are kept for "
         "seven years to meet our legal obligations.\n\nThanks", "answered_part", "exemption"),
        ("Hallo,\n\nIhr Konto haben wir gelöscht.\n\nRechnungen bleiben jedoch wegen der "
         "gesetzlichen Aufbewahrungspflicht gespeichert.\n\nGrüße", "answered_part", "exemption"),
        # a reason stated alone is a refusal
        ("Dear customer,\n\nWe act solely as a processor on behalf of the retailer you bought "
         "from.\n\nRegards", "denied", "not_controller"),
        # an ID request that refuses until the ID arrives still asks
        ("Hi,\n\nWe cannot process your request until you send us a copy of your passport."
         "\n\nThanks", "identity_asked", None),
        # "we cannot confirm you own the account" refuses; it asks for nothing
        ("Hi,\n\nPlease use our privacy portal at https://privacy.example.com to make your "
         "request.\n\nWe are unable to act on requests by e-mail, as we cannot confirm that you "
         "own the account.\n\nThanks", "use_other_channel", None),
    ],
)  # fmt: skip
def test_sentences_weighed_together(text: str, event: str, reason: str | None) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == (event, reason)


def test_a_header_folded_from_its_first_line_is_still_a_message() -> None:
    raw = (
        b"From:\n Privacy Team =?utf-8?q?=C3=A9quipe?= <privacy@example.com>\n"
        b"Subject: Your request\nDate: Tue, 01 Dec 2026 10:00:00 +0000\n"
        b"Content-Type: text/plain; charset=utf-8\n\nWe have deleted your account.\n"
    )
    (message,) = read_messages(raw, "reply.eml")
    assert message.domain == "example.com"
    assert "From:" not in message.full_text
    assert read_reply(message).event == "answered_full"
