"""Hostile input: header injection, path traversal, NUL bytes, huge and unusual Unicode names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import importlib.util
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters import output
from assistant.letters.model import Letter, Person
from assistant.letters.output import _has_rtl, to_eml, to_pdf, to_text, write_letter
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 11, 23)
EXPECTED_HEADERS = {
    "to",
    "from",
    "subject",
    "date",
    "message-id",
    "x-unsent",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
}


def acme() -> CompanyRecord:
    return CompanyRecord.model_validate(
        {
            "id": "acme",
            "name": "Acme",
            "source": {"kind": "manual"},
            "contacts": [
                {"id": "p", "kind": "email", "value": "privacy@acme.example", "purpose": "x"}
            ],
        }
    )


def letter_for(name: str, **kw) -> Letter:
    person = Person(name=name, email=kw.pop("email", "jane@example.com"), **kw)
    return compose_request(acme(), "access", person, residence="US-CA", today=TODAY)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


# -- header injection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Jane\r\nBcc: victim@example.com",
        "Jane\nBcc: victim@example.com",
        "Jane\rBcc: victim@example.com",
        "Jane\x00Doe",
        "Jane\u2028Bcc: victim@example.com",
        "Jane\u202eeoD",  # right-to-left override hides text
        "Jane\x1b[31mRed",
    ],
)
def test_control_characters_in_names_are_refused(name):
    with pytest.raises(textsafety.FieldError, match="control character"):
        Person(name=name, email="jane@example.com")


@pytest.mark.parametrize(
    "address",
    [
        "jane@example.com\r\nBcc: victim@example.com",
        "jane@example.com\nBcc: victim@example.com",
        "jane@example.com\x00",
        "jane@example.com, victim@example.com",
        "Jane <jane@example.com>",
        "not-an-address",
    ],
)
def test_bad_or_injected_email_is_refused(address):
    with pytest.raises(textsafety.FieldError, match="email"):
        Person(name="Jane", email=address)


def test_eml_headers_cannot_be_added_even_by_a_forged_letter():
    """A Letter built by hand, bypassing Person, still cannot add a header."""
    good = letter_for("Jane")
    forged = dataclasses.replace(
        good,
        subject="Hello\r\nBcc: victim@example.com\r\nX-Evil: 1",
        sender_name="Jane\r\nCc: victim@example.com",
        recipient_name="Acme\nReply-To: attacker@example.com",
    )
    msg = parse(to_eml(forged))
    assert {k.lower() for k in msg} == EXPECTED_HEADERS
    assert msg["Bcc"] is None and msg["Cc"] is None and msg["Reply-To"] is None
    assert msg["X-Evil"] is None
    assert "\n" not in msg["Subject"] and "Bcc: victim@example.com" in msg["Subject"]
    assert [a.addr_spec for a in msg["To"].addresses] == ["privacy@acme.example"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=80))
def test_any_name_is_refused_or_gives_the_same_headers(name):
    try:
        letter = letter_for(name)
    except textsafety.FieldError:
        return
    msg = parse(to_eml(letter))
    assert {k.lower() for k in msg} == EXPECTED_HEADERS
    assert [a.addr_spec for a in msg["From"].addresses] == ["jane@example.com"]
    assert [a.addr_spec for a in msg["To"].addresses] == ["privacy@acme.example"]
    assert msg["From"].addresses[0].display_name == letter.sender_name


# -- paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "company_id", ["../../etc/passwd", "..", "a/b", "/etc/passwd", "acme\x00", "ACME", ""]
)
def test_path_traversal_in_company_id_is_refused(tmp_path, company_id):
    letter = dataclasses.replace(letter_for("Jane"), company_id=company_id)
    target = tmp_path / "letters"
    with pytest.raises(UserError, match="not a valid company id"):
        write_letter(letter, target, ["txt"])
    assert not target.exists() or not any(target.iterdir())
    assert not (tmp_path / "etc").exists()


@pytest.mark.parametrize("reference", ["../x", "RA/1", "ra-lower", "RA-1\nX", "A" * 200])
def test_bad_references_are_refused(tmp_path, reference):
    with pytest.raises(UserError, match="reference"):
        compose_request(
            acme(),
            "access",
            Person(name="Jane", email="jane@example.com"),
            residence=None,
            today=TODAY,
            reference=reference,
        )


def test_file_names_never_contain_the_persons_text(tmp_path):
    letter = letter_for("Robert'); DROP TABLE--")
    (path,) = write_letter(letter, tmp_path, ["txt"])
    assert path.parent == tmp_path
    assert path.name == f"2026-11-23_acme_access_{letter.reference}.txt"
    assert os.listdir(tmp_path) == [path.name]


# -- size ----------------------------------------------------------------------------------


def test_ten_thousand_character_name_is_refused_with_the_limit():
    with pytest.raises(textsafety.FieldError) as caught:
        Person(name="J" * 10_000, email="jane@example.com")
    assert "10,000 characters" in str(caught.value)
    assert "limit is 200" in str(caught.value)


def test_name_at_the_limit_renders_everywhere():
    name = "Ä" * textsafety.LIMITS["name"]
    letter = letter_for(name)
    assert name in letter.body
    assert parse(to_eml(letter))["From"].addresses[0].display_name == name
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(letter))).pages)
    assert "ÄÄÄÄÄÄÄÄÄÄ" in text


def test_huge_address_and_correction_are_refused():
    with pytest.raises(textsafety.FieldError, match="limit"):
        Person(name="Jane", email="jane@example.com", address="x" * 10_000)
    with pytest.raises(textsafety.FieldError, match="limit"):
        compose_request(
            acme(),
            "correction",
            Person(name="Jane", email="jane@example.com"),
            residence=None,
            today=TODAY,
            correction="y" * 10_000,
        )


# -- unusual Unicode -----------------------------------------------------------------------


def pdf_text(letter: Letter) -> str:
    from pypdf import PdfReader

    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(letter))).pages)


@pytest.mark.parametrize(
    "name",
    ["דנה כהן", "محمد علي", "Ελένη Παπαδοπούλου", "Иван Петров", "Nguyễn Thị Ánh", "Zoë O'Brien"],
)
def test_names_in_other_scripts_render_in_text_eml_and_pdf(name):
    letter = letter_for(name)
    assert name in letter.body
    msg = parse(to_eml(letter))
    assert msg["From"].addresses[0].display_name == name
    assert name in msg.get_content()
    if _has_rtl(name) and importlib.util.find_spec("uharfbuzz") is None:
        # Without the shaping engine right-to-left text would come out backwards: refused.
        with pytest.raises(UserError, match="uharfbuzz"):
            to_pdf(letter)
        return
    assert name in pdf_text(letter)


def test_combining_marks_are_composed():
    letter = letter_for("Zoe\u0308 Jose\u0301")  # e + combining diaeresis / acute
    assert letter.sender_name == "Zoë José"
    assert "Zoë José" in letter.body
    assert "Zoë José" in pdf_text(letter)


def test_emoji_renders_in_text_eml_and_pdf():
    letter = letter_for("Jane 😀")
    assert "Jane 😀" in letter.body
    assert parse(to_eml(letter))["From"].addresses[0].display_name == "Jane 😀"
    assert "Jane 😀" in to_text(letter)
    assert "😀" in pdf_text(letter)  # DejaVu Sans draws the basic emoticons


def test_pdf_says_why_when_no_font_can_draw_a_name(monkeypatch):
    monkeypatch.setattr(output, "SYSTEM_FALLBACK_FONTS", ())
    letter = letter_for("山田太郎")
    assert "山田太郎" in letter.body
    assert parse(to_eml(letter))["From"].addresses[0].display_name == "山田太郎"
    with pytest.raises(UserError, match="U\\+5C71") as caught:
        to_pdf(letter)
    assert "--format txt" in str(caught.value)


def test_pdf_refusal_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(output, "SYSTEM_FALLBACK_FONTS", ())
    letter = letter_for("山田太郎")
    with pytest.raises(UserError):
        write_letter(letter, tmp_path, ["txt", "pdf"])
    assert list(tmp_path.iterdir()) == []


def test_multiline_address_line_endings_are_normalised():
    person = Person(name="Jane", email="jane@example.com", address="1 Elm St\r\nTown\r\n\r\n")
    assert person.address == "1 Elm St\nTown"
    with pytest.raises(textsafety.FieldError):
        Person(name="Jane", email="jane@example.com", address="1 Elm St\x00")


def test_one_line_squeezes_everything():
    assert textsafety.one_line("a\r\nb\x00c\u2029d\u202e") == "a b c d"


ESCAPED_NAMES = [
    "Acme\x1b]0;owned\x07 Corp",
    "\x1b[31mAcme\x1b[0m Corp",
    "Acme\x1b]8;;https://evil.example/\x1b\\ Corp",
    "Acme\x9b2J Corp",
]


@pytest.mark.parametrize("name", ESCAPED_NAMES)
def test_plain_text_removes_escape_sequences_whole(name):
    assert textsafety.plain_text(name) == "Acme Corp"


@pytest.mark.parametrize("name", ESCAPED_NAMES)
def test_a_record_whose_name_has_escapes_is_refused(name):
    with pytest.raises(ValueError, match="control character"):
        CompanyRecord.model_validate({**acme().model_dump(mode="json"), "name": name})


@pytest.mark.parametrize("name", ESCAPED_NAMES)
def test_a_company_name_with_escapes_never_reaches_a_letter(name):
    # Records are refused at load (above); a letter still cleans the name, should one slip by.
    record = acme().model_copy(update={"name": name})
    letter = compose_request(
        record, "access", Person(name="Jane Doe", email="jane@example.com"),
        residence="US-CA", today=TODAY,
    )  # fmt: skip
    text = to_text(letter)
    assert not any(c in text for c in "\x1b\x9b\x07"), text
    assert "]0;" not in text and "[31m" not in text


def test_an_email_longer_than_mail_servers_take_is_refused():
    # RFC 5321: at most 64 characters before the @.
    with pytest.raises(textsafety.FieldError, match="too long before the @"):
        textsafety.clean_email("j" * 65 + "@example.com")
    assert textsafety.clean_email("j" * 64 + "@example.com").startswith("j" * 64)
