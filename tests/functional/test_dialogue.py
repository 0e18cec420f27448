"""The conversation state machine: what it asks, in what order, and what it does with answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.dialogue.conversation import Conversation, Reply
from assistant.ledger.store import Ledger
from assistant.records.catalog import load_catalog

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def catalog(warm_home: Path):
    return load_catalog()


@pytest.fixture
def conv(catalog, tmp_path: Path) -> Conversation:
    c = Conversation(catalog, today=TODAY, letters_dir=tmp_path / "letters")
    c.start()
    return c


def say(conv: Conversation, *lines: str) -> list[Reply]:
    replies: list[Reply] = []
    for line in lines:
        replies = conv.send(line)
    return replies


def text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_greets_and_asks_for_company(catalog) -> None:
    c = Conversation(catalog, today=TODAY)
    replies = c.start()
    assert "Which company" in replies[-1].text
    assert c.expecting == "company"
    assert "Qualfon" in c.suggestions


def test_company_and_right_in_one_message(conv: Conversation) -> None:
    replies = conv.send("qualfn, I want them to delete my data")
    assert conv.company_id == "qualfon" and conv.right == "deletion"
    assert conv.expecting == "residence"
    assert "Where do you live" in replies[-1].text


def test_company_then_right_then_details_in_order(conv: Conversation) -> None:
    conv.send("qualfon")
    assert conv.expecting == "right"
    conv.send("copy of my data")
    assert conv.right == "access" and conv.expecting == "residence"
    conv.send("California")
    assert conv.residence == "US-CA" and conv.expecting == "name"
    conv.send("Jane Q. Public")
    assert conv.expecting == "email"
    replies = conv.send("jane.public@example.com")
    assert conv.expecting == "save"
    assert conv.pending_letter is not None
    assert conv.pending_letter.recipient == "consumerprivacy@qualfon.com"
    assert replies[-1].letter is conv.pending_letter
    assert "Jane Q. Public" in replies[-1].text


def test_save_track_and_dates(conv: Conversation, tmp_path: Path) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public", "jane.public@example.com")
    saved = conv.send("yes")
    files = [Path(f) for f in saved[0].files]
    assert {f.suffix for f in files} == {".txt", ".eml"}
    assert all(f.parent == tmp_path / "letters" for f in files)
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    tracked = conv.send("yes")
    assert conv.request_id is not None
    assert "7 January 2027" in tracked[0].text  # CCPA: 45 days from 2026-11-23
    with Ledger.open() as ledger:
        row = ledger.get(conv.request_id)
    assert (row.company_id, row.right, row.residence, row.law_id) == (
        "qualfon",
        "deletion",
        "US-CA",
        "ccpa",
    )
    assert row.sent == TODAY and row.respond_by == dt.date(2027, 1, 7)
    assert conv.stage == "remember"


def test_bad_email_is_refused(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public")
    replies = conv.send("jane@example")
    assert replies[-1].kind == "error"
    assert conv.email is None and conv.expecting == "email"
    conv.send("jane@example.com")
    assert conv.email == "jane@example.com"


def test_question_at_any_point_quotes_the_policy(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "CA")
    replies = conv.send("does Qualfon sell my data?")
    assert "We may share or sell your Personal Information" in replies[0].text
    assert "31 March 2020" in replies[0].text  # the policy's date
    assert conv.expecting == "name"  # and the conversation picks up where it was
    assert "name" in replies[-1].text


def test_deadline_question_uses_residence_and_company_promise(conv: Conversation) -> None:
    say(conv, "cloudmed copy of my data", "California")
    answer = conv.send("how long do they have to answer?")[0].text
    assert "7 January 2027" in answer
    assert "We aim to fulfill all verified requests within 45 days" in answer


def test_right_company_question_gives_processor_note(conv: Conversation) -> None:
    answer = conv.send("is Qualified the right company to ask?")[0].text
    assert "operator of the website" in answer


def test_contact_question(conv: Conversation) -> None:
    answer = conv.send("how do I contact Cloudmed?")[0].text
    assert "1-855-252-7606" in answer


def test_verification_question_says_what_not_to_send(conv: Conversation) -> None:
    answer = conv.send("what does cloudmed need to verify me?")[0].text
    assert "date of birth" in answer
    assert "Do not send a copy of an ID document" in answer


def test_correction_switches_company(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "California")
    replies = conv.send("no, I meant Cloudmed")
    assert conv.company_id == "cloudmed"
    assert conv.right == "deletion" and conv.residence == "US-CA"
    assert "Cloudmed" in replies[0].text


def test_back_undoes_the_last_answer(conv: Conversation) -> None:
    say(conv, "qualfon", "delete my data", "California")
    assert conv.residence == "US-CA"
    conv.send("back")
    assert conv.residence is None and conv.expecting == "residence"
    conv.send("back")
    assert conv.right is None and conv.expecting == "right"


def test_start_over_clears_the_request(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "California")
    replies = conv.send("start over")
    assert conv.company is None and conv.right is None and conv.residence is None
    assert "Which company" in replies[-1].text


def test_help_explains_and_repeats_the_question(conv: Conversation) -> None:
    conv.send("qualfon")
    reply = conv.send("help")[0].text
    assert "start over" in reply and "What would you like Qualfon to do" in reply


def test_ambiguous_company_asks_which(conv: Conversation) -> None:
    replies = conv.send("acxiom")
    assert conv.expecting == "company_choice"
    assert len(conv.candidates) >= 2
    assert "Which one" in replies[-1].text
    second = conv.candidates[1][0]
    conv.send("2")
    assert conv.company_id == second and conv.expecting == "right"


def test_unknown_company_gets_a_letter_to_the_given_contact(conv: Conversation) -> None:
    replies = conv.send("Blorptastic Widgets")
    assert "Blorptastic Widgets" in replies[-1].text and conv.expecting == "unknown_contact"
    say(conv, "privacy@blorptastic.example", "delete", "UK", "Ana Lima", "ana@example.com")
    letter = conv.pending_letter
    assert letter is not None
    assert letter.recipient == "privacy@blorptastic.example"
    assert letter.law_id == "uk-gdpr"


def conv_with_own_record(rights_home: Path, tmp_path: Path, slug: str, toml: str) -> Conversation:
    """A started conversation over a catalog that also holds the person's own record `toml`."""
    user = rights_home / "policies" / "companies"
    user.mkdir(parents=True)
    (user / f"{slug}.toml").write_text(toml, encoding="utf-8")
    c = Conversation(load_catalog(), today=TODAY, letters_dir=tmp_path)
    c.start()
    return c


def test_right_with_nothing_to_opt_out_of_explains_and_offers(catalog, tmp_path, rights_home):
    c = conv_with_own_record(
        rights_home,
        tmp_path,
        "nosale-shop",
        """id = "nosale-shop"
name = "Nosale Shop"
[source]
kind = "manual"
[[contacts]]
id = "mail"
kind = "email"
value = "privacy@nosale.example"
purpose = "privacy requests"
[rights.access]
offered = false
quote = "We do not give copies of data."
[sells_personal_information]
value = false
quote = "We never sell personal information."
""",
    )
    replies = c.send("Nosale Shop: stop selling my data")
    assert c.expecting == "right_confirm"
    assert "We never sell personal information." in replies[-1].text
    c.send("no")
    assert c.right is None and c.expecting == "right"
    replies = c.send("copy of my data")
    assert "We do not give copies of data." in replies[-1].text
    c.send("yes")
    assert c.right_confirmed and c.force
    say(c, "California", "Jane Q. Public", "jane@example.com")
    assert c.pending_letter is not None and c.pending_letter.kind == "access"


def test_postal_letter_asks_for_address_and_writes_pdf(catalog, tmp_path, rights_home):
    c = conv_with_own_record(
        rights_home,
        tmp_path,
        "postonly",
        """id = "postonly"
name = "Postonly Ltd"
[source]
kind = "manual"
[[contacts]]
id = "post"
kind = "postal"
value = "Postonly Ltd\\n1 High Street\\nLondon EC1A 1AA"
purpose = "privacy requests"
""",
    )
    say(c, "postonly delete my data", "UK", "Ana Lima", "ana@example.com")
    assert c.expecting == "address"
    c.send("2 Low Road, Leeds, LS1 1AA")
    assert c.pending_letter is not None and c.pending_letter.channel == "postal"
    files = c.send("yes")[0].files
    assert sorted(Path(f).suffix for f in files) == [".pdf", ".txt"]


def test_identifying_details_are_asked_with_why_and_included(conv: Conversation) -> None:
    say(conv, "cloudmed copy of my data", "CA", "Jane Q. Public")
    replies = conv.send("jane@example.com")
    assert conv.expecting == "identifiers"
    asked = replies[-1].text
    assert "date of birth" in asked and "Don't send government issued ID" in asked
    conv.send("date of birth: 1980-01-31")
    assert conv.identifiers == {"date of birth": "1980-01-31"}
    assert "1980-01-31" in conv.pending_letter.body


def test_no_email_address_in_record_asks_for_one(conv: Conversation) -> None:
    say(conv, "connective med", "opt out", "CA", "Jane Q. Public", "jane@example.com")
    assert conv.expecting == "contact_needed"
    conv.send("privacy@connectivemed.example")
    assert conv.pending_letter.recipient == "privacy@connectivemed.example"


def test_correction_right_asks_what_is_wrong(conv: Conversation) -> None:
    say(conv, "quality outcomes has my old address", "CA", "Jane Q. Public", "jane@example.com")
    assert conv.right == "correction" and conv.expecting == "correction_text"
    conv.send("My address is 1 Elm St, not 1 Oak St")
    assert "1 Elm St, not 1 Oak St" in conv.pending_letter.body


def test_details_remembered_and_offered_next_time(catalog, tmp_path) -> None:
    c = Conversation(catalog, today=TODAY, letters_dir=tmp_path)
    c.start()
    say(c, "qualfon delete my data", "CA", "Jane Q. Public", "jane@example.com", "yes", "yes")
    assert c.expecting == "remember"
    c.send("yes")
    with Ledger.open() as ledger:
        assert ledger.profile_get()["email"] == "jane@example.com"
    again = Conversation(catalog, today=TODAY, letters_dir=tmp_path)
    assert "Welcome back, Jane Q. Public" in again.start()[0].text
    replies = again.send("cloudmed delete my data")
    assert again.expecting == "use_profile" and "jane@example.com" in replies[-1].text
    again.send("yes")
    assert (again.name, again.email, again.residence) == (
        "Jane Q. Public",
        "jane@example.com",
        "US-CA",
    )
    assert again.expecting == "identifiers"  # straight past residence, name and e-mail
    again.send("forget my details")
    with Ledger.open() as ledger:
        assert ledger.profile_get() is None


def test_remember_is_asked_once(catalog, tmp_path) -> None:
    c = Conversation(catalog, today=TODAY, letters_dir=tmp_path)
    c.start()
    say(c, "qualfon delete my data", "CA", "Jane Q. Public", "jane@example.com", "yes", "yes")
    c.send("no")
    assert c.finished
    say(c, "qualfon copy of my data", "yes", "yes")
    assert c.expecting is None and c.finished  # not asked a second time


def test_my_requests_lists_tracked_requests(conv: Conversation) -> None:
    say(
        conv,
        "qualfon delete my data",
        "CA",
        "Jane Q. Public",
        "jane@example.com",
        "yes",
        "yes",
        "no",
    )
    listing = conv.send("my requests")[0].text
    assert "Qualfon" in listing and "deletion" in listing


def test_quit_finishes(conv: Conversation) -> None:
    conv.send("quit")
    assert conv.finished


def test_today_is_what_it_is_given(catalog, tmp_path) -> None:
    c = Conversation(catalog, today=dt.date(2027, 3, 1), letters_dir=tmp_path)
    c.start()
    say(c, "qualfon delete my data", "CA", "Jane Q. Public", "jane@example.com")
    assert c.pending_letter.date == dt.date(2027, 3, 1)


# -- polish: issues found trying the assistant -----------------------------------------------


def overdue_ledger(catalog) -> None:
    """One deletion request sent 60 days before TODAY: overdue under the CCPA."""
    from assistant.workflow import track as track_request

    with Ledger.open() as ledger:
        track_request(
            ledger,
            catalog.get("qualfon"),
            "deletion",
            residence="US-CA",
            sent=TODAY - dt.timedelta(days=60),
            channel="email",
        )


def test_overdue_notice_is_its_own_reply_and_can_be_left_out(catalog, tmp_path) -> None:
    overdue_ledger(catalog)
    c = Conversation(catalog, today=TODAY, letters_dir=tmp_path)
    replies = c.start()
    assert [r.kind for r in replies] == ["reminder", "question"]
    assert "1 request(s) are overdue" in replies[0].text
    assert "overdue" not in replies[1].text
    quiet = Conversation(catalog, today=TODAY, letters_dir=tmp_path).start(reminders=False)
    assert len(quiet) == 1 and "overdue" not in quiet[0].text
    assert "Which company" in quiet[0].text


def test_letter_reply_carries_the_text_around_the_letter(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public")
    reply = conv.send("jane@example.com")[-1]
    assert reply.kind == "letter" and reply.letter is not None
    assert reply.intro.startswith("Here is your letter to **")
    assert "```" not in reply.intro and "```" not in reply.outro
    assert "Jane Q. Public" not in reply.intro + reply.outro  # the letter itself is in neither
    assert reply.outro.endswith("Shall I save it? (**yes** / **no**)")
    assert reply.text.startswith(reply.intro) and reply.text.endswith(reply.outro)
    plain = Reply("hello")
    assert (plain.intro, plain.outro) == ("", "")


def test_bad_email_message_has_one_full_stop(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public")
    reply = conv.send("jane@ex@ample.com")[-1]
    assert reply.kind == "error"
    assert "invalid characters: '@'. Please type it again." in reply.text
    assert ".." not in reply.text


def test_them_after_a_question_means_the_company_asked_about(conv: Conversation) -> None:
    asked = conv.send("does Qualfon sell my data?")
    assert asked[0].company_id == "qualfon" and conv.company is None
    replies = conv.send("I want them to delete my data")
    assert conv.company_id == "qualfon" and conv.right == "deletion"
    assert conv.expecting == "residence"
    assert "Qualfon" in replies[0].text


def test_company_asked_about_after_a_finished_request_is_taken(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public", "jane@example.com", "yes", "no")
    say(conv, "no")  # don't remember
    assert conv.finished
    conv.send("how do I contact Cloudmed?")
    conv.send("I want them to delete my data")
    assert conv.company_id == "cloudmed" and conv.right == "deletion"


def test_named_company_still_wins_over_the_one_asked_about(conv: Conversation) -> None:
    conv.send("does Qualfon sell my data?")
    conv.send("I want cloudmed to delete my data")
    assert conv.company_id == "cloudmed"


def test_processor_note_is_shown_once(conv: Conversation) -> None:
    advice = "send your request to the operator of the website"
    said = []
    for line in ("qualified delete my data", "CA", "Jane Q. Public", "jane@example.com"):
        said += conv.send(line)
    said += conv.send("yes")  # save
    assert conv.expecting == "track"
    said += conv.send("yes")  # track
    assert conv.request_id is not None
    assert sum(r.text.count(advice) for r in said) == 1


def test_save_letter_saves_exactly_the_formats_asked(conv: Conversation, tmp_path) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public", "jane@example.com")
    replies = conv.save_letter(["pdf"])
    assert [Path(f).suffix for f in replies[0].files] == [".pdf"]
    assert conv.saved_files == replies[0].files
    assert conv.stage == "track" and replies[-1].kind == "question"  # offers to track
    conv.send("yes")
    with Ledger.open() as ledger:
        assert ledger.get(conv.request_id).letter_files == conv.saved_files
    # Saved later, after tracking: the ledger's list of letter files follows.
    more = conv.save_letter(["txt", "pdf"])
    assert [Path(f).suffix for f in more[0].files] == [".txt"]  # the PDF was there already
    assert [Path(f).suffix for f in conv.saved_files] == [".pdf", ".txt"]
    assert Path(conv.saved_files[0]).stem == Path(conv.saved_files[1]).stem
    with Ledger.open() as ledger:
        assert ledger.get(conv.request_id).letter_files == conv.saved_files
    again = conv.save_letter(["pdf"])
    assert again[0].files == [] and "already saved" in again[0].text


def test_save_letter_without_a_letter_says_so(conv: Conversation) -> None:
    replies = conv.save_letter(["txt"])
    assert replies[0].kind == "error" and "no letter" in replies[0].text


def test_company_asked_about_is_used_once(conv: Conversation) -> None:
    conv.send("does Qualfon sell my data?")
    say(conv, "I want them to delete my data", "CA", "Jane Q. Public", "jane@example.com")
    say(conv, "yes", "no", "no")  # save, don't track, don't remember
    assert conv.finished
    replies = conv.send("I want them to give me a copy of my data")
    assert conv.company is None and conv.expecting == "company"
    assert "Which company" in replies[-1].text


# -- the scripted conversations of tests/data/understanding/conversations.jsonl --------------

CONVERSATIONS = (
    Path(__file__).resolve().parent.parent / "data" / "understanding" / "conversations.jsonl"
)
# Scripts whose turns do not fit the questions this dialogue asks (each reason says which turn),
# kept visible: strict, so a fix that makes one pass shows up.
_SCRIPT_DOES_NOT_FIT = {
    "conv-15": "SFR takes letters by post: the e-mail is followed by a postal-address question "
    "the script answers with 'oui'",
    "conv-19": "Movistar is not in the catalog: its letter needs an address the script never gives",
    "conv-21": "Poste Italiane is not in the catalog: its letter needs an address the script "
    "never gives",
    "conv-22": "Bol.com is not in the catalog: its letter needs an address the script never gives",
}


def _conversations() -> list[dict]:
    import json

    return [json.loads(line) for line in CONVERSATIONS.read_text("utf-8").splitlines()]


def _catalog_ids(catalog, company: dict | None) -> set[str]:
    """Catalog ids for an expected company given by name and web domain."""
    from assistant.records.search import normalise

    if not company:
        return set()
    index = catalog.index
    found = {
        index.ids[index.term_owner[n]]
        for n in index.exact.get("@" + company["domain"].lower(), ())
        if n < len(index.term_owner)
    }
    found |= {
        index.ids[index.term_owner[n]]
        for n in index.exact.get(normalise(company["name"]), ())
        if index.term_kind[n] in ("name", "legal_name", "alias", "brand")
    }
    return found


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(
            row,
            id=row["id"],
            marks=[pytest.mark.xfail(reason=_SCRIPT_DOES_NOT_FIT[row["id"]], strict=True)]
            if row["id"] in _SCRIPT_DOES_NOT_FIT
            else [],
        )
        for row in _conversations()
    ],
)
def test_scripted_conversation_ends_as_the_person_meant(catalog, tmp_path, script) -> None:
    """Each script (detours, questions mid-flow, bad e-mails, cities, "never mind") ends in the
    right tracked letter, signed with the right name, or in nothing tracked when cancelled.
    The script's last "yes" answers the letter; this dialogue asks to save and then to track,
    so that same answer is given to both (and "no" to remembering the details)."""
    conv = Conversation(catalog, today=TODAY, letters_dir=tmp_path / "letters")
    conv.start()
    for turn in script["turns"]:
        conv.send(turn)
    expect = script["expect"]
    if expect["outcome"] == "tracked":
        for _ in range(2):
            if conv.request_id is None and conv.stage in ("save", "track"):
                conv.send(script["turns"][-1])
        letter = conv.pending_letter
        assert conv.request_id is not None, script["id"]
        assert letter is not None
        ids = _catalog_ids(catalog, expect["company"])
        if ids:
            assert letter.company_id in ids
        else:  # not in the catalog: a letter to the company named
            assert expect["company"]["name"].lower() in letter.recipient_name.lower()
        assert letter.right == expect["right"]
        assert letter.sender_name == expect["name"]
        assert letter.sender_email == expect["email"]
        if expect["residence"]:
            assert conv.residence == expect["residence"]
    else:
        assert conv.request_id is None
        with Ledger.open() as ledger:
            assert ledger.list_requests() == []
        letter = conv.pending_letter
        assert letter is None or letter.sender_name not in script["turns"]


# -- the traps of issue 11: the dialogue asks or declines instead of guessing -----------------


@pytest.mark.parametrize(
    "cancel", ["actually never mind", "ach, vergiss es", "olvídalo, no importa"]
)
def test_never_mind_at_the_name_step_drops_the_request(conv: Conversation, cancel: str) -> None:
    say(conv, "qualfon delete my data", "CA")
    assert conv.expecting == "name"
    replies = conv.send(cancel)
    assert "dropped" in replies[0].text
    assert conv.company is None and conv.right is None and conv.pending_letter is None
    with Ledger.open() as ledger:
        assert ledger.list_requests() == []


@pytest.mark.parametrize(("place", "code"), [("Texas", "US-TX"), ("I live in California", "US-CA")])
def test_a_place_given_for_the_company_is_where_the_person_lives(conv, place, code) -> None:
    conv.send("delete my data")
    assert conv.expecting == "company"
    conv.send(place)
    assert conv.company is None and conv.expecting == "company"
    assert conv.residence == code


def test_country_entities_are_offered_by_country_and_picked_by_country(conv) -> None:
    replies = conv.send("Alexa recordings - I want every one of them deleted.")
    assert conv.expecting == "company_choice" and conv.company is None
    labels = [label for _id, label in conv.candidates]
    assert len(set(labels)) == len(labels) > 1  # told apart, not six identical names
    assert "amazon.es" in replies[-1].text
    conv.send("Spain")
    assert conv.company_id == "amazon-es"


def test_two_companies_named_are_asked_about(conv: Conversation) -> None:
    conv.send("Delete my data from Facebook and Instagram.")
    assert conv.expecting == "company_choice" and conv.company is None
    assert {i for i, _n in conv.candidates} >= {"facebook", "instagram"}


@pytest.mark.parametrize(
    "line",
    [
        "can you write me a poem about cats",
        "I want my life back from TikTok, I'm on it six hours a day lol",
        "Give me a good apple pie recipe.",
        "My Spotify playlist got deleted, can you restore it?",
        "Amazon delivered the wrong item. I ordered a kettle and got a toaster.",
        "Correct me if I'm wrong, but isn't Spotify a Swedish company?",
    ],
)
def test_no_request_starts_from_words_that_only_look_like_one(conv, line: str) -> None:
    conv.send(line)
    assert conv.right is None and conv.pending_letter is None
    assert conv.company_id is None or conv.company_id not in ("mylife", "caats", "apple")


def test_them_after_a_question_about_cloudmed(conv: Conversation) -> None:
    conv.send("does Cloudmed sell my data?")
    conv.send("I want them to delete it")
    assert (conv.company_id, conv.right) == ("cloudmed", "deletion")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how long does Qualfon keep my data?", "does not say how long"),
        ("can my daughter do it for me with cloudmed?", "authorized agent"),
        ("what data does Cloudmed collect?", "does not list the personal data"),
    ],
)
def test_policy_questions_are_answered_from_the_record(conv, question: str, said: str) -> None:
    replies = conv.send(question)
    assert replies[0].kind == "answer" and said in replies[0].text
    assert conv.right is None and conv.pending_letter is None


def test_a_huge_message_is_refused_with_a_clear_line(conv: Conversation) -> None:
    replies = conv.send("delete my data at qualfon " * 40_000)  # about 1 MB
    assert "too long" in " ".join(r.text for r in replies)
    assert conv.company is None and conv.right is None


# -- follow-ups and complaints from the chat ---------------------------------------------------


def _overdue_signed(catalog) -> int:
    from assistant.letters.model import Person
    from assistant.workflow import remember_requester
    from assistant.workflow import track as track_request

    with Ledger.open() as ledger:
        tracked = track_request(
            ledger,
            catalog.get("qualfon"),
            "deletion",
            residence="US-CA",
            sent=TODAY - dt.timedelta(days=60),
            channel="email",
        )
        request_id = tracked.row.id
        remember_requester(
            ledger, request_id, Person(name="Jane Q. Public", email="jq@example.com")
        )
    return request_id


def test_follow_up_by_number_writes_saves_and_records_it(catalog, tmp_path) -> None:
    request_id = _overdue_signed(catalog)
    c = Conversation(catalog, today=TODAY, letters_dir=tmp_path / "letters")
    c.start()
    replies = c.send(f"follow up on request {request_id}")
    reply = replies[0]
    assert "(privacy@qualfon.com)" in reply.text  # the contact `rights followup` writes to
    assert "Jane Q. Public" in reply.text
    assert "followup_overdue" in reply.files[0]  # 60 days after sending: past the 45
    assert {Path(f).suffix for f in reply.files} == {".txt", ".eml"}
    assert all(Path(f).parent == tmp_path / "letters" for f in reply.files)
    with Ledger.open() as ledger:
        last = ledger.timeline(request_id)[-1]
    assert last.event == "followup_sent" and last.on == TODAY
    assert last.note == f"letter {Path(reply.files[0]).name}"


def test_follow_up_without_a_number_asks_which_and_writes_nothing(catalog, tmp_path) -> None:
    request_id = _overdue_signed(catalog)
    c = Conversation(catalog, today=TODAY, letters_dir=tmp_path / "letters")
    c.start()
    replies = c.send("please write a follow-up")
    assert replies[-1].kind == "question"
    assert f"#{request_id}" in replies[-1].text
    assert not (tmp_path / "letters").exists()
    with Ledger.open() as ledger:
        assert [e.event for e in ledger.timeline(request_id)] == ["sent"]


def test_remind_me_is_not_read_as_a_follow_up(conv: Conversation) -> None:
    from assistant.dialogue import followup_steps

    assert followup_steps.parse("remind me tomorrow") is None
    assert followup_steps.parse("complain about #3") == ("complaint", 3)
    assert followup_steps.parse("Follow-up request 12") == ("followup", 12)


# -- "sent on" when tracking from the chat ------------------------------------------------------


def _at_track_question(conv: Conversation) -> None:
    say(conv, "qualfon delete my data", "CA", "Jane Q. Public", "jane.public@example.com", "yes")
    assert conv.expecting == "track"


def test_track_takes_the_day_it_was_sent(conv: Conversation) -> None:
    _at_track_question(conv)
    conv.send("yes, I sent it on 2026-11-18")
    with Ledger.open() as ledger:
        row = ledger.get(conv.request_id)
    assert row.sent == dt.date(2026, 11, 18)
    # 45 days from 18 Nov end on Saturday 2 Jan 2027, which moves to Monday 4 Jan.
    assert row.due == dt.date(2027, 1, 4)


def test_track_yesterday_and_a_future_day_is_refused(conv: Conversation) -> None:
    _at_track_question(conv)
    refused = conv.send("I sent it on 2026-12-25")
    assert conv.request_id is None and conv.expecting == "track"
    assert "after today" in text(refused)
    conv.send("I sent it yesterday")
    with Ledger.open() as ledger:
        assert ledger.get(conv.request_id).sent == TODAY - dt.timedelta(days=1)


def test_plain_yes_tracks_as_sent_today(conv: Conversation) -> None:
    _at_track_question(conv)
    conv.send("yes")
    with Ledger.open() as ledger:
        assert ledger.get(conv.request_id).sent == TODAY


# The four scripts above that stop at a question their author did not foresee (a postal address
# for a company that takes letters by post; where to send a letter to a company the catalog
# lacks) end in the right letter once the person answers that question.
UNFORESEEN_ANSWERS = {
    "unknown_contact": "privacy@{domain}",
    "contact_needed": "privacy@{domain}",
    "address": "12 Example Street, 10115 Berlin",
}


@pytest.mark.parametrize("script_id", sorted(_SCRIPT_DOES_NOT_FIT))
def test_scripts_end_right_once_the_unforeseen_question_is_answered(
    catalog, tmp_path, script_id: str
) -> None:
    script = next(row for row in _conversations() if row["id"] == script_id)
    expect = script["expect"]
    conv = Conversation(catalog, today=TODAY, letters_dir=tmp_path / "letters")
    conv.start()
    asked: list[str] = []

    def answer_what_is_asked() -> None:
        while conv.expecting in UNFORESEEN_ANSWERS and len(asked) < 5:
            asked.append(conv.expecting)
            conv.send(UNFORESEEN_ANSWERS[conv.expecting].format(**expect["company"]))

    for turn in script["turns"]:
        answer_what_is_asked()
        conv.send(turn)
    for _ in range(3):
        answer_what_is_asked()
        if conv.request_id is None and conv.stage in ("save", "track"):
            conv.send(script["turns"][-1])
    assert asked, "the script should have met a question it did not foresee"
    letter = conv.pending_letter
    assert conv.request_id is not None and letter is not None
    ids = _catalog_ids(catalog, expect["company"])
    if ids:
        assert letter.company_id in ids
    else:
        assert expect["company"]["name"].lower() in letter.recipient_name.lower()
    assert letter.right == expect["right"]
    assert (letter.sender_name, letter.sender_email) == (expect["name"], expect["email"])
    assert conv.residence == expect["residence"]


def test_a_message_with_terminal_escapes_is_refused_and_the_question_stays(conv) -> None:
    conv.send("qualfon, delete my data")
    assert conv.expecting == "residence"
    replies = conv.send("California\x1b]0;pwned\x07")
    assert replies[0].kind == "error" and "control character" in replies[0].text
    assert conv.residence is None and conv.expecting == "residence"
    assert "Where do you live" in replies[-1].text


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Zalando", "Datenanfragen.de's public list of privacy contacts"),
        ("Spokeo", "filed in California's register of data brokers"),
    ],
)
def test_where_a_record_comes_from_is_said_plainly(conv, company: str, said: str) -> None:
    text_said = text(conv.send(company))
    assert said in text_said
    assert "graded" not in text_said and "details you gave me" not in text_said


def test_a_bare_yes_is_not_taken_for_what_a_correction_should_say(conv: Conversation) -> None:
    replies = say(conv, "Je veux que SFR corrige mon adresse postale", "J'habite à Lyon",
                  "Jean-Baptiste Le Goff", "jb.legoff@example.fr", "oui")  # fmt: skip
    assert "what is wrong" in text(replies).lower()
    assert conv.expecting == "correction_text"
    say(conv, "Mon adresse est 12 rue des Lilas, et non 21 rue des Lilas")
    assert conv.expecting != "correction_text"
