"""Letters: the right recipient, law, citations, dates and asks, for seed and imported companies."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import stat
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from assistant.errors import UserError
from assistant.law.deadlines import compute_deadlines
from assistant.law.profiles import law_for
from assistant.letters.later import compose_complaint, compose_followup
from assistant.letters.model import KINDS, LetterRefused, Person
from assistant.letters.output import PDF_FONT, mailto_link, to_eml, to_pdf, to_text, write_letter
from assistant.letters.request import compose_request
from assistant.letters.routing import assess_right, choose_route
from assistant.letters.templates import environment, render
from assistant.records.model import RIGHTS, CompanyRecord
from assistant.vocabulary import long_date

TODAY = dt.date(2026, 11, 23)
SEEDS = ("quality-outcomes", "connective-med", "qualfon", "cloudmed", "qualified")
# Where each seed's requests go, read off the records by hand (policies/companies/*.toml).
SEED_ROUTES = {
    "quality-outcomes": ("email", "scott@qualityoutcomes.com"),
    "connective-med": ("webform", "https://connectivemed.com"),  # publishes no contact at all
    "qualfon": ("email", "consumerprivacy@qualfon.com"),
    "cloudmed": ("phone", "1-855-252-7606"),
    "qualified": ("email", "privacy@qualified.com"),
}
IMPORTED = ("1und1-gmx", "4sigma", "3dhubs", "4wmarketplace", "aljazeera", "accuweather-inc")


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Jane Q. Public", email="jane@example.com", address="1 Elm St\nSpringfield")


def record(**overrides) -> CompanyRecord:
    """A small hand-made record: one e-mail contact unless `contacts` says otherwise."""
    data = {
        "id": "acme",
        "name": "Acme",
        "legal_name": "Acme Widgets, Inc.",
        "source": {"kind": "manual"},
        "contacts": [
            {"id": "privacy", "kind": "email", "value": "privacy@acme.example", "purpose": "x"}
        ],
    }
    data.update(overrides)
    return CompanyRecord.model_validate(data)


def compose(rec, right, person, **kw):
    kw.setdefault("residence", "US-CA")
    kw.setdefault("today", TODAY)
    return compose_request(rec, right, person, **kw)


# -- every seed company, every right ------------------------------------------------------


@pytest.mark.parametrize("company_id", SEEDS)
@pytest.mark.parametrize("right", RIGHTS)
def test_seed_letters_have_recipient_citations_and_dates(catalog, jane, company_id, right):
    rec = catalog.get(company_id)
    letter = compose(rec, right, jane, force=True, correction="My surname is Public.")
    channel, recipient = SEED_ROUTES[company_id]
    assert (letter.channel, letter.recipient) == (channel, recipient)
    assert letter.law_id == "ccpa"
    law = law_for("US-CA")
    for citation in law.citation_for(right):
        assert citation in letter.body
    expected = compute_deadlines(law, right, TODAY, "US-CA")
    assert long_date(expected.respond_by) in letter.body
    assert letter.reference in letter.subject and letter.reference in letter.body
    assert letter.reference.startswith(f"RA-20261123-{company_id.upper().replace('-', '')}-")
    assert "Jane Q. Public" in letter.body
    # The postal address is not the company's business unless it asks or the letter is posted.
    assert "1 Elm St" not in letter.body


def test_qualfon_deletion_dates_in_words(catalog, jane):
    letter = compose(catalog.get("qualfon"), "deletion", jane)
    body = letter.body
    assert "Cal. Civ. Code § 1798.105" in body
    assert "respond by 7 January 2027" in body
    assert "confirm by 9 December 2026" in body
    assert "to 22 February 2027" in body and "by 7 January 2027" in body
    assert "service providers and contractors" in body
    assert "§ 1798.105(d)" in body
    assert letter.received == TODAY


@pytest.mark.parametrize("company_id", IMPORTED)
def test_imported_companies(catalog, jane, company_id):
    rec = catalog.get(company_id)
    letter = compose(rec, "access", jane, residence="DE", language="en")
    route = choose_route(rec, "access")
    assert letter.recipient == route.recipient
    kinds = {c.kind for c in rec.contacts}
    if "email" in kinds:
        assert letter.channel == "email"
        assert letter.recipient == next(c.value for c in rec.contacts if c.kind == "email")
    elif "postal" in kinds:
        assert letter.channel == "postal"
    assert "GDPR Art. 15" in letter.body
    law = law_for("DE")
    d = compute_deadlines(law, "access", letter.received, "DE")
    assert long_date(d.respond_by) in letter.body
    # GDPR access asks for retention, automated decisions and transfers too.
    assert "how long the data will be stored" in letter.body
    assert "the first copy is free of charge" in letter.body


def test_imported_postal_company_gets_a_posted_letter(catalog, jane):
    rec = catalog.get("aljazeera")
    letter = compose(rec, "deletion", jane, residence="GB")
    assert letter.channel == "postal"
    # Mon 23 Nov + 5 days = Sat 28 Nov, no delivery day -> Mon 30 Nov.
    assert letter.received == dt.date(2026, 11, 30)
    assert "the first delivery day at least five days after posting" in letter.body
    text = to_text(letter)
    assert "PO Box 23127" in text and "Doha" in text
    # A posted letter carries the sender's address for the reply.
    assert "1 Elm St" in text


def test_imported_record_asking_for_address(catalog, jane):
    rec = catalog.get("4sigma")  # Datenanfragen: requires name and address
    letter = compose(rec, "access", jane, residence="DE", language="en")
    assert "Postal address: 1 Elm St, Springfield" in letter.body
    nobody = Person(name="Jane", email="jane@example.com")
    letter = compose(rec, "access", nobody, residence="DE")
    assert "details to find me in your records (postal address)" in letter.body


# -- law or policy -------------------------------------------------------------------------


def test_no_law_rests_on_policy_quote_and_its_timeline(jane):
    rec = record(
        rights={
            "access": {
                "offered": True,
                "quote": "You may ask us for a copy of your data at any time.",
                "contacts": ["privacy"],
                "response_days": 30,
                "response_quote": "We answer every request within 30 days.",
            }
        }
    )
    letter = compose(rec, "access", jane, residence=None)
    assert letter.law_id is None
    assert "your own privacy policy, which says: “You may ask us for a copy" in letter.body
    assert "“We answer every request within 30 days.”" in letter.body
    assert "by 23 December 2026" in letter.body
    assert "Cal. Civ. Code" not in letter.body


def test_no_law_no_promise_states_no_date(jane):
    letter = compose(record(), "deletion", jane, residence="JP")
    assert letter.law_id is None
    assert "tell me by when I can expect your full answer" in letter.body
    assert "respond by" not in letter.body


def test_law_that_lacks_the_right_falls_back_to_policy(jane):
    rec = record(rights={"correction": {"offered": True, "quote": "You can ask us to fix errors."}})
    letter = compose(rec, "correction", jane, residence="US-IA", correction="Wrong birthday.")
    assert letter.law_id == "icdpa"
    assert "does not grant this particular right" in letter.body
    assert "“You can ask us to fix errors.”" in letter.body


def test_access_asks_for_everything(jane):
    body = compose(record(), "access", jane).body
    for words in (
        "categories of personal information",
        "categories of sources",
        "purpose",
        "categories of third parties",
        "specific pieces",
        "since 1 January 2022",  # the lookback, § 1798.130(a)(2)(B)
    ):
        assert words in body


def test_opt_out_covers_sale_sharing_and_gpc(jane):
    body = compose(record(), "opt_out", jane).body
    assert "stop selling" in body and "stop sharing" in body
    assert "Global Privacy Control" not in body  # only when the person says they use it
    assert "7026(d)" in body and "verify" not in body.replace("verification of identity", "")
    body = compose(record(), "opt_out", jane, gpc=True).body
    assert "Global Privacy Control" in body and "§ 7025(b)" in body


def test_correction_needs_text(jane):
    with pytest.raises(UserError, match="what is wrong"):
        compose(record(), "correction", jane)
    body = compose(record(), "correction", jane, correction="Born 1990, not 1909.").body
    assert "    Born 1990, not 1909." in body


# -- not offered / moot --------------------------------------------------------------------


def test_not_offered_is_refused_then_forced(jane):
    quote = "We do not delete account data on request."
    rec = record(rights={"deletion": {"offered": False, "quote": quote}})
    sentence = assess_right(rec, "deletion")
    assert sentence is not None and quote in sentence
    with pytest.raises(LetterRefused, match="does not offer"):
        compose(rec, "deletion", jane)
    letter = compose(rec, "deletion", jane, force=True)
    assert quote in letter.body
    assert letter.warnings[0] == sentence


def test_moot_opt_out_asks_for_confirmation(jane):
    quote = "We have never sold personal information."
    rec = record(sells_personal_information={"value": False, "quote": quote})
    assert quote in (assess_right(rec, "opt_out") or "")
    with pytest.raises(LetterRefused):
        compose(rec, "opt_out", jane)
    body = compose(rec, "opt_out", jane, force=True).body
    assert "confirm in writing that you do not sell" in body
    assert "standing opt-out" in body
    assert "Global Privacy Control" not in body
    assert quote in body


def test_opt_out_not_moot_when_company_shares(jane):
    rec = record(
        sells_personal_information={"value": False, "quote": "We do not sell data."},
        shares_personal_information={"value": True, "quote": "We share data for ads."},
    )
    assert assess_right(rec, "opt_out") is None


# -- identity and agents -------------------------------------------------------------------


def test_only_asked_details_are_stated():
    rec = record(
        verification={"data_points": ["customer number"], "quote": "give your customer number"}
    )
    person = Person(
        name="Jane",
        email="jane@example.com",
        identifiers={"Customer Number": "C-123", "SSN": "123-45-6789"},
    )
    letter = compose(rec, "access", person)
    assert "- customer number: C-123" in letter.body
    assert "123-45-6789" not in letter.body
    assert any("SSN" in w for w in letter.warnings)
    assert "not sending copies of identity documents" in letter.body


def test_id_document_never_enclosed_the_person_is_told(jane):
    rec = record(verification={"id_document_required": True})
    letter = compose(rec, "access", jane)
    assert "enclosed" not in letter.body and not letter.attachments
    assert any("identity document" in w for w in letter.warnings)
    plain = compose(record(), "access", jane)
    assert "enclosed" not in plain.body and not plain.attachments


def test_agent_variant(catalog):
    person = Person(name="Jane Q. Public", email="agent@example.com", agent_name="Sam Agent")
    letter = compose(catalog.get("qualfon"), "deletion", person)
    assert "I am Sam Agent" in letter.body
    assert "authorized agent of Jane Q. Public" in letter.body
    assert "signed authorisation" in letter.body and "is attached" in letter.body
    assert letter.sender_name == "Sam Agent"
    assert letter.signature.startswith("Sam Agent\nAuthorized agent for Jane Q. Public")
    assert "Jane Q. Public's personal information" in letter.subject


# -- channels ------------------------------------------------------------------------------


def test_right_own_contacts_win_over_general_ones(jane):
    rec = record(
        contacts=[
            {"id": "general", "kind": "email", "value": "info@acme.example", "purpose": "x"},
            {"id": "form", "kind": "webform", "value": "https://acme.example/p", "purpose": "x"},
        ],
        rights={"deletion": {"contacts": ["form"]}},
    )
    deletion = compose(rec, "deletion", jane)
    assert (deletion.channel, deletion.recipient) == ("webform", "https://acme.example/p")
    assert "web form" in (deletion.note or "")
    access = compose(rec, "access", jane)
    assert (access.channel, access.recipient) == ("email", "info@acme.example")


def test_phone_only_gives_a_script(catalog, jane):
    letter = compose(catalog.get("cloudmed"), "access", jane)
    assert letter.channel == "phone"
    assert "I am calling to make a privacy request" in letter.body
    assert "My name is Jane Q. Public" in letter.body
    assert "Yours sincerely" not in letter.body
    with pytest.raises(UserError):
        to_eml(letter)


def test_postal_only(jane):
    rec = record(
        contacts=[{"id": "post", "kind": "postal", "value": "Acme\n1 Road\nTown", "purpose": "x"}]
    )
    letter = compose(rec, "access", jane)
    assert (letter.channel, letter.recipient) == ("postal", "Acme\n1 Road\nTown")
    assert letter.received == dt.date(2026, 11, 30)  # Sat 28 Nov -> Mon 30 Nov


# -- output formats ------------------------------------------------------------------------


def test_eml_parses_back(catalog, jane):
    letter = compose(catalog.get("qualfon"), "access", jane)
    raw = to_eml(letter)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["To"].addresses[0].addr_spec == "consumerprivacy@qualfon.com"
    assert msg["From"].addresses[0].addr_spec == "jane@example.com"
    assert msg["From"].addresses[0].display_name == "Jane Q. Public"
    assert msg["Subject"] == letter.subject
    assert msg["X-Unsent"] == "1"
    assert msg["Message-ID"].endswith("@rights-assistant.invalid>")
    assert msg["Date"].datetime.date() == TODAY
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == letter.body  # SMTP line endings


def test_mailto_round_trip(catalog, jane):
    letter = compose(catalog.get("qualfon"), "opt_out", jane)
    link = mailto_link(letter)
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "consumerprivacy@qualfon.com"
    query = parse_qs(parts.query)
    assert query["subject"] == [letter.subject]
    assert query["body"] == [letter.body]


def test_pdf_gives_its_text_back(catalog, jane):
    from pypdf import PdfReader

    letter = compose(catalog.get("qualfon"), "deletion", jane)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(letter))).pages)
    flat = " ".join(text.split())
    for expected in (
        "Jane Q. Public",
        "consumerprivacy@qualfon.com",
        "23 November 2026",
        letter.reference,
        "Request to delete my personal information",
        "Cal. Civ. Code § 1798.105",
        "7 January 2027",
        "Yours sincerely",
    ):
        assert expected in flat


def test_text_form_has_letterhead_and_wrapped_body(catalog, jane):
    letter = compose(catalog.get("qualfon"), "access", jane)
    text = to_text(letter)
    assert text.startswith("Jane Q. Public\njane@example.com\n\n23 November 2026\n")
    assert f"Reference: {letter.reference}" in text
    assert all(len(line) <= 78 for line in text.split("\n") if not line.startswith("Subject:"))


def test_write_letter_private_and_never_overwrites(catalog, jane, tmp_path):
    letter = compose(
        catalog.get("qualfon"), "access", jane, reference="RA-20261123-QUALFON-ACC-0001"
    )
    first = write_letter(letter, tmp_path / "out", ["all"])
    assert sorted(p.suffix for p in first) == [".eml", ".pdf", ".txt"]
    for path in first:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.name.startswith("2026-11-23_qualfon_access_RA-20261123-QUALFON-ACC-0001")
    before = first[0].read_bytes()
    second = write_letter(letter, tmp_path / "out", ["txt"])
    assert second[0].name.endswith("_2.txt")
    assert first[0].read_bytes() == before


def test_eml_only_for_email_letters(catalog, jane, tmp_path):
    letter = compose(catalog.get("cloudmed"), "access", jane)
    written = write_letter(letter, tmp_path, ["all"])
    assert sorted(p.suffix for p in written) == [".pdf", ".txt"]


# -- follow-ups and complaints -------------------------------------------------------------


def _request(**kw):
    base = {
        "reference": "RA-20261001-QUALFON-ACC-AAAA",
        "company_id": "qualfon",
        "right": "access",
        "law_id": "ccpa",
        "residence": "US-CA",
        "channel": "email",
        "recipient": "consumerprivacy@qualfon.com",
        "sent": "2026-10-01",
        "respond_by": "2026-11-16",
        "extended_respond_by": "2026-12-30",
        "extension_notice_by": "2026-11-16",
        "due": "2026-11-16",
        "extension_granted": False,
    }
    base.update(kw)
    return base


def test_followup_overdue(catalog, jane):
    timeline = [
        {"event": "sent", "on": "2026-10-01"},
        {"event": "acknowledged", "on": "2026-10-05"},
    ]
    letter = compose_followup(_request(), timeline, catalog.get("qualfon"), jane, today=TODAY)
    assert letter.kind == "followup_overdue"
    assert "RA-20261001-QUALFON-ACC-AAAA" in letter.subject
    assert "ran out on 16 November 2026" in letter.body
    assert "5 October 2026: you acknowledged the request." in letter.body
    assert "by 7 December 2026" in letter.body  # today + 14 days
    assert "California Privacy Protection Agency" in letter.body or "complain to the" in letter.body
    assert letter.recipient == "consumerprivacy@qualfon.com"


def test_followup_late_extension(catalog, jane):
    timeline = [
        {"event": "sent", "on": "2026-10-01"},
        {"event": "extended", "on": "2026-11-20", "reason": None},
    ]
    letter = compose_followup(
        _request(late_extension=True, status="extended"), timeline, catalog.get("qualfon"), jane,
        today=TODAY, kind="followup_extension",
    )  # fmt: skip
    assert "On 20 November 2026 you told me" in letter.body
    assert "before the original deadline, 16 November 2026" in letter.body
    # The ledger does not know what the notice said: no claim that it gave no reasons.
    assert "gave none" not in letter.body


def test_complaint_goes_to_the_regulator(catalog, jane):
    law = law_for("US-CA")
    timeline = [{"event": "sent", "on": "2026-10-01"}]
    letter = compose_complaint(_request(), timeline, catalog.get("qualfon"), jane, today=TODAY)
    assert letter.recipient_name == law.regulator.name
    assert letter.recipient == law.regulator.complaint_url
    assert letter.channel == "webform"
    assert "Qualfon Data Services Group, LLC" in letter.body
    assert "Cal. Civ. Code § 1798.110" in letter.body
    assert "had to answer by 16 November 2026" in letter.body


def test_complaint_needs_a_law(catalog, jane):
    with pytest.raises(UserError, match="regulator"):
        compose_complaint(_request(law_id=None), [], catalog.get("qualfon"), jane, today=TODAY)


# -- the environment -----------------------------------------------------------------------


def test_environment_is_strict_and_plain():
    from jinja2 import StrictUndefined, UndefinedError

    env = environment()
    assert env.undefined is StrictUndefined
    assert env.autoescape is False
    with pytest.raises(UndefinedError):
        render("access", {"channel": "email"})


def test_every_kind_has_a_template():
    from assistant.paths import letters_dir

    for kind in KINDS:
        # English first, then the templates shared by every language (the loader's order)
        found = [d / f"{kind}.j2" for d in (letters_dir() / "en", letters_dir())]
        assert any(path.is_file() for path in found), kind
    assert (letters_dir() / "fonts" / PDF_FONT).is_file()


def test_followup_from_a_real_ledger_row(catalog, jane):
    from assistant import workflow
    from assistant.ledger.store import Ledger

    rec = catalog.get("qualfon")
    sent = dt.date(2026, 9, 1)
    with Ledger.open() as ledger:
        number = workflow.track(
            ledger, rec, "deletion", residence="US-CA", sent=sent, channel="email",
            recipient="consumerprivacy@qualfon.com",
        ).row.id  # fmt: skip
        row = ledger.get(number)
        timeline = [e.as_dict() for e in ledger.timeline(number)]
    letter = compose_followup(row.as_dict(TODAY), timeline, rec, jane, today=TODAY)
    assert row.respond_by is not None
    assert f"ran out on {long_date(row.respond_by)}" in letter.body
    assert "1 September 2026: I sent the request." in letter.body
    assert row.reference in letter.subject
    complaint = compose_complaint(row.as_dict(TODAY), timeline, rec, jane, today=TODAY)
    assert complaint.recipient_name == law_for("US-CA").regulator.name


def test_agent_followup_speaks_for_the_person(catalog):
    agent = Person(name="Jane Q. Public", email="sam@example.com", agent_name="Sam Agent")
    letter = compose_followup(_request(), [], catalog.get("qualfon"), agent, today=TODAY)
    assert "authorized agent of Jane Q. Public" in letter.body
    assert "access to Jane Q. Public's personal information" in letter.body
