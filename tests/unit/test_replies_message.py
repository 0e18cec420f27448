"""Reading replies of every MIME shape, mailboxes and pasted text (assistant/replies/message.py)."""

from __future__ import annotations

import base64
from email.message import EmailMessage

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.message import html_to_text, read_messages

ANSWER = "Wir haben Ihre Daten gelöscht."
QUOTED = "Bitte verlängern Sie die Frist nicht."


def _headers(msg: EmailMessage, subject: str = "Ihre Anfrage RA-20261201-OTTO-DEL-22BB") -> None:
    msg["From"] = "Datenschutz <datenschutz@otto.de>"
    msg["To"] = "jane@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 15 Dec 2026 11:32:08 +0100"
    msg["Message-ID"] = "<abc@otto.de>"
    msg["In-Reply-To"] = "<ours@example.org>"


def _plain(charset: str = "utf-8", cte: str = "quoted-printable") -> bytes:
    msg = EmailMessage()
    _headers(msg)
    msg.set_content(f"Guten Tag,\n\n{ANSWER}\n\nGrüße\n", charset=charset, cte=cte)
    return msg.as_bytes()


def _html_only() -> bytes:
    msg = EmailMessage()
    _headers(msg)
    body = (
        f"<html><body><p>Guten Tag,</p><p>{ANSWER}</p><div class='gmail_quote'>Am 1.12. "
        f"schrieb Jane:<blockquote><p>{QUOTED}</p></blockquote></div></body></html>"
    )
    msg.set_content(body, subtype="html", cte="base64")
    return msg.as_bytes()


def _multipart_with_attachment() -> bytes:
    msg = EmailMessage()
    _headers(msg)
    msg.set_content(f"Guten Tag,\n\n{ANSWER}\n\n> {QUOTED}\n")
    msg.add_alternative(f"<p>Guten Tag,</p><p>{ANSWER}</p>", subtype="html")
    msg.add_attachment(b"name,email\n", maintype="text", subtype="csv", filename="daten.csv")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="../x.pdf")
    return msg.as_bytes()


@pytest.mark.parametrize(
    "data",
    [
        _plain(),
        _plain("iso-8859-1", "quoted-printable"),
        _plain("utf-8", "base64"),
        _plain("iso-8859-1", "8bit"),
        _html_only(),
        _multipart_with_attachment(),
    ],
    ids=["qp", "latin1-qp", "base64", "latin1-8bit", "html-only", "multipart+attachments"],
)
def test_every_mime_shape_gives_the_same_answer(data: bytes) -> None:
    (message,) = read_messages(data, "reply.eml")
    assert ANSWER in message.latest_text
    assert QUOTED not in message.latest_text
    assert message.domain == "otto.de"
    assert message.date == "2026-12-15"
    reading = read_reply(message)
    assert reading.event == "answered_full"
    assert reading.reference == "RA-20261201-OTTO-DEL-22BB"
    assert reading.language == "de"


def test_attachments_are_named_without_their_folders() -> None:
    (message,) = read_messages(_multipart_with_attachment(), "reply.eml")
    assert message.attachments == ("daten.csv", "x.pdf")


def test_an_mbox_gives_each_message() -> None:
    one, two = _plain(), _html_only()
    mbox = b"From a@b Tue Dec 15 10:00:00 2026\n" + one + b"\nFrom a@b Tue Dec 15 11:00:00 2026\n"
    mbox += two + b"\n"
    messages = read_messages(mbox, "inbox.mbox")
    assert len(messages) == 2
    assert all(ANSWER in m.latest_text for m in messages)


def test_pasted_text_without_headers_drops_the_quoted_request() -> None:
    text = f"Guten Tag,\n\n{ANSWER}\n\nAm 01.12.2026 schrieb Jane <jane@example.org>:\n> {QUOTED}\n"
    (message,) = read_messages(text.encode(), "-")
    assert message.domain is None
    assert ANSWER in message.latest_text and QUOTED not in message.latest_text


def test_a_bounce_is_not_a_reply_but_keeps_our_reference() -> None:
    report = EmailMessage()
    report["From"] = "Mail Delivery System <MAILER-DAEMON@mail.example.com>"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report.set_content("Your message could not be delivered to privacy@shop.example.")
    original = EmailMessage()
    original["Subject"] = "Request RA-20261202-SHOP-DEL-45D0"
    original.set_content("Please delete my data; if you need to extend the period, say why.")
    report.add_attachment(original)
    report.replace_header("Content-Type", report["Content-Type"].replace("mixed", "report"))
    (message,) = read_messages(report.as_bytes(), "bounce.eml")
    reading = read_reply(message)
    assert (reading.event, reading.kind) == ("not_a_reply", "bounce")
    assert reading.reference == "RA-20261202-SHOP-DEL-45D0"


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\xff\xfe garbage",
        b"From: x\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nbroken",
        b"Subject: =?utf-8?b?!!!?=\nContent-Transfer-Encoding: base64\n\n@@@not base64@@@",
        b"Content-Type: text/plain; charset=klingon\nSubject: hi\n\nHallo",
        base64.b64encode(b"just base64 pasted"),
        "<p>Nous avons bien reçu votre demande.<p>".encode(),
    ],
)
def test_odd_input_never_crashes(data: bytes) -> None:
    for message in read_messages(data, "odd.eml"):
        read_reply(message)


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    text = html_to_text("<style>p{}</style><p>One &amp; two</p><script>x()</script><p>Three</p>")
    assert text == "One & two\n\nThree"


def test_a_reply_forwarded_to_oneself_is_read_as_the_company_s() -> None:
    msg = EmailMessage()
    msg["From"] = "Jane <jane@example.org>"
    msg["Subject"] = "Fwd: Ihre Anfrage"
    msg.set_content(
        "FYI\n\n---------- Forwarded message ---------\nFrom: Datenschutz <privacy@otto.de>\n"
        "Date: Tue, 15 Dec 2026\nSubject: Ihre Anfrage\n\nGuten Tag,\n\n"
        f"{ANSWER}\n\nGrüße\n"
    )
    (message,) = read_messages(msg.as_bytes(), "fwd.eml")
    assert message.domain == "otto.de"
    assert read_reply(message).event == "answered_full"


def test_a_huge_reply_is_read_from_its_start_and_says_so() -> None:
    """A pasted log of megabytes with no full stops: the answer at the top is still read, the
    rest is not, and the reading says it was cut (the person reads the rest)."""
    filler = "ticket status open queue privacy team " * 60_000  # 2.3 MB, one endless sentence
    (message,) = read_messages(f"{ANSWER}\n\n{filler}".encode())
    reading = read_reply(message)
    assert reading.event == "answered_full"
    assert reading.cut is True
    assert reading.as_dict()["cut"] is True
    assert len(message.full_text) <= 1_000_000


def test_a_reply_of_ordinary_length_is_not_cut() -> None:
    (message,) = read_messages(_plain())
    assert read_reply(message).cut is False


def test_a_whole_mailbox_of_thousands_is_refused_with_advice() -> None:
    from assistant.errors import UserError
    from assistant.replies.message import MAX_MBOX_MESSAGES

    one = b"From a@example.com Mon Jan  4 10:00:00 2027\nSubject: hi\n\nhello\n\n"
    with pytest.raises(UserError, match="at most") as caught:
        read_messages(one * (MAX_MBOX_MESSAGES + 1), "all.mbox")
    assert caught.value.hint and "split" in caught.value.hint
    assert len(read_messages(one * 3, "three.mbox")) == 3
