"""understand(): a table of what people really type, with the company and right each one means.

The table test computes the pass rate over every row, prints each miss, and asserts >= 95%.
Focused tests below pin the other slots (residence, e-mail, dates, yes/no, commands,
questions, negation).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import Intent, understand

# (message, expected company id or None, expected right or None, what the assistant asked for)
TABLE: list[tuple[str, str | None, str | None, str | None]] = [
    # --- both slots, seed companies, plain and with typos
    ("I want Qualfon to delete my data", "qualfon", "deletion", None),
    ("qualfon keeps calling me, make them remove me", "qualfon", "deletion", None),
    ("qualfn delete my data", "qualfon", "deletion", None),
    ("Please erase everything Qualfon has about me", "qualfon", "deletion", None),
    ("I'd like a copy of my data from Qualfon", "qualfon", "access", None),
    ("what does qualfon know about me", "qualfon", "access", None),
    ("Qualfon: stop selling my personal information", "qualfon", "opt_out", None),
    ("tell qualfon to fix my address", "qualfon", "correction", None),
    ("qualphon wipe my info", "qualfon", "deletion", None),
    ("DSAR for qualfon.com", "qualfon", "access", None),
    ("Do not sell or share my info - qualfon", "qualfon", "opt_out", None),
    ("i want qualfon to forget me", "qualfon", "deletion", None),
    ("Cloudmed, please delete my personal data", "cloudmed", "deletion", None),
    ("clodmed delete me", "cloudmed", "deletion", None),
    ("cloud med what data do you have on me", "cloudmed", "access", None),
    ("I want to know what Cloudmed holds about me", "cloudmed", "access", None),
    ("cloudmed has my name spelled wrong", "cloudmed", "correction", None),
    ("opt me out at cloudmed", "cloudmed", "opt_out", None),
    ("get rid of my data at cloudmed.com", "cloudmed", "deletion", None),
    ("cloudmd, right to know request", "cloudmed", "access", None),
    ("Make Cloudmed stop sharing my data", "cloudmed", "opt_out", None),
    (
        "Quality Outcomes has my old address, please update it",
        "quality-outcomes",
        "correction",
        None,
    ),
    ("delete my account at quality outcomes", "quality-outcomes", "deletion", None),
    ("qualty outcomes - what info do they have on me?", "quality-outcomes", "access", None),
    ("quality outcome erase my data", "quality-outcomes", "deletion", None),
    ("request access to my data from Quality Outcomes LLC", "quality-outcomes", "access", None),
    ("Quality Outcomes should not sell my data", "quality-outcomes", "opt_out", None),
    ("Connective Med: I want my records deleted", "connective-med", "deletion", None),
    ("conective med copy of my data pls", "connective-med", "access", None),
    ("connectivemed.com remove me", "connective-med", "deletion", None),
    ("connective medical opt out of sale", "connective-med", "opt_out", None),
    ("ConnectiveMed has an inaccurate phone number for me", "connective-med", "correction", None),
    ("see what connective med has about me", "connective-med", "access", None),
    ("I want Qualified to delete everything", "qualified", "deletion", None),
    ("qualified.com what do you know about me", "qualified", "access", None),
    ("Qualified.com, Inc. - right to be forgotten", "qualified", "deletion", None),
    ("qualifed stop selling my data", "qualified", "opt_out", None),
    ("Qualified has my email wrong, correct it", "qualified", "correction", None),
    ("subject access request to qualified", "qualified", "access", None),
    ("nuke my data at qualfon", "qualfon", "deletion", None),
    ("yo qualfon, scrub me from ur systems", "qualfon", "deletion", None),
    ("cloudmed plz dont sell my stuff", "cloudmed", "opt_out", None),
    ("QUALFON DELETE MY DATA NOW", "qualfon", "deletion", None),
    ("can cloudmed send me everything they have on me?", "cloudmed", "access", None),
    ("I need Qualfon to correct my date of birth", "qualfon", "correction", None),
    ("how do I make quality outcomes erase my info", "quality-outcomes", "deletion", None),
    ("Could you help me get my data from Cloudmed", "cloudmed", "access", None),
    ("rectify my records at connective med", "connective-med", "correction", None),
    ("Qualfon Data Services Group, LLC deletion request", "qualfon", "deletion", None),
    ("www.qualfon.com download my data", "qualfon", "access", None),
    ("https://www.cloudmed.com/ opt-out", "cloudmed", "opt_out", None),
    ("I'm in California and qualfon keeps my data, delete it", "qualfon", "deletion", None),
    ("delet my data qualfon", "qualfon", "deletion", None),
    ("i want to see my data at qulafon", "qualfon", "access", None),
    # --- negation
    ("I don't want to delete anything, just see what they have", None, "access", None),
    ("Qualfon: don't delete my data, I only want a copy", "qualfon", "access", None),
    ("not asking for deletion, I want to know what cloudmed stores", "cloudmed", "access", None),
    ("I don't want a copy, just delete it", None, "deletion", None),
    ("I don't want them to sell my info", None, "opt_out", None),
    ("don't erase my account, just fix my phone number", None, "correction", None),
    ("I do not want to opt out, I want my data deleted", None, "deletion", None),
    ("never mind the copy - please remove me from qualified", "qualified", "deletion", None),
    ("no need to delete, rather correct my name", None, "correction", None),
    ("I don't want Cloudmed keeping my data", "cloudmed", "deletion", None),
    # --- right only
    ("I want them to delete my data", None, "deletion", None),
    ("what do you know about me", None, "access", None),
    ("copy of my data please", None, "access", None),
    ("forget me", None, "deletion", None),
    ("wipe everything", None, "deletion", None),
    ("get rid of my info", None, "deletion", None),
    ("stop selling my data", None, "opt_out", None),
    ("do not sell or share my personal information", None, "opt_out", None),
    ("fix my address", None, "correction", None),
    ("DSAR", None, "access", None),
    ("right to know", None, "access", None),
    ("remove me", None, "deletion", None),
    ("erase my stuff", None, "deletion", None),
    ("my address is out of date", None, "correction", None),
    ("opt out", None, "opt_out", None),
    ("I want to know what info they have on me", None, "access", None),
    ("they have my name wrong", None, "correction", None),
    ("right to be forgotten", None, "deletion", None),
    ("show me what they got on me", None, "access", None),
    ("purge my records", None, "deletion", None),
    ("don't sell my info", None, "opt_out", None),
    ("I want a data export", None, "access", None),
    ("update my email address, it's wrong", None, "correction", None),
    # --- company only (including "which company?" answers)
    ("qualfn", "qualfon", None, None),
    ("Qualfon", "qualfon", None, "company"),
    ("clodmed", "cloudmed", None, "company"),
    ("cloud med", "cloudmed", None, "company"),
    ("it's Quality Outcomes", "quality-outcomes", None, "company"),
    ("connective med", "connective-med", None, "company"),
    ("qualified.com", "qualified", None, "company"),
    ("the company is Qualfon", "qualfon", None, None),
    ("I have a problem with Cloudmed", "cloudmed", None, None),
    ("qualfon.com", "qualfon", None, None),
    ("Qualified.com, Inc.", "qualified", None, "company"),
    ("spotify", "spotify", None, "company"),
    # --- other companies from the imported catalog
    ("delete my spotify account data", "spotify", "deletion", None),
    ("I want zalando to delete my data", "zalando", "deletion", None),
    ("what does netflix know about me", "netflix", "access", None),
    ("ryanair stop selling my data", "ryanair", "opt_out", None),
    ("copy of my data from dropbox", "dropbox", "access", None),
    ("erase my data at github", "github", "deletion", None),
    ("schufa has wrong information about me", "schufa", "correction", None),
    ("reddit delete everything", "reddit", "deletion", None),
    ("airbnb dsar", "airbnb", "access", None),
    ("I want to know what linkedin has on me", "linkedin", "access", None),
    ("strava sells my data? stop it", "strava", "opt_out", None),
    ("23andme delete my genetic data", "23andme", "deletion", None),
    ("spotfy delete my data", "spotify", "deletion", None),
    ("zalnado erase me", "zalando", "deletion", None),
    ("klarna.com access request", "klarna", "access", None),
    ("tell duolingo to forget me", "duolingo", "deletion", None),
    ("equifax: do not sell my personal information", "equifax-gb", "opt_out", None),
    # --- traps: everyday words that are also brands in a large catalog
    ("I want them to delete my data, all of it", None, "deletion", None),
    ("please send me a copy by post", None, "access", None),
    ("me", None, None, None),
    ("them", None, None, None),
    ("I want to start a request", None, None, None),
    ("one more thing", None, None, None),
    ("can you help me with my data", None, None, None),
    # --- neither slot
    ("hi", None, None, None),
    ("hello there", None, None, None),
    ("help", None, None, None),
    ("thanks!", None, None, None),
    ("yes", None, None, None),
    ("no", None, None, None),
    ("start over", None, None, None),
    ("California", None, None, "residence"),
    ("Jane Q. Public", None, None, "name"),
    ("jane.public@example.com", None, None, "email"),
    ("what's the weather like", None, None, None),
    # --- short answers to "which right?"
    ("delete", None, "deletion", "right"),
    ("access", None, "access", "right"),
    ("opt-out", None, "opt_out", "right"),
    ("correction", None, "correction", "right"),
    ("2", None, "deletion", "right"),
    ("deletoin", None, "deletion", "right"),
    # --- questions name the company but ask for no right
    ("does Qualfon sell my data?", "qualfon", None, None),
    ("how do I contact Cloudmed?", "cloudmed", None, None),
    ("is Qualified the right company to ask?", "qualified", None, None),
    ("what does connective med need to verify me?", "connective-med", None, None),
    ("how long does quality outcomes have to answer?", "quality-outcomes", None, None),
    # --- corrections
    ("no, I meant Cloudmed", "cloudmed", None, "name"),
    ("actually it's qualified, not qualfon", "qualified", None, None),
    # --- written after the rules above were tuned, as a check on over-fitting (21 of these 25
    # passed on their first run; PayPal has three records, so the assistant asks which one)
    ("Can Qualfon tell me what personal info they've collected?", "qualfon", "access", None),
    ("I'd like Cloudmed to erase all records about me", "cloudmed", "deletion", None),
    ("pls make qualified stop selling my info to advertisers", "qualified", "opt_out", None),
    ("my phone number at Quality Outcomes is outdated", "quality-outcomes", "correction", None),
    ("send me everything connective med knows about me", "connective-med", "access", None),
    ("I never signed up for qualfon, get my data out of there", "qualfon", "deletion", None),
    ("qualfon sold my number, I want that to stop", "qualfon", "opt_out", None),
    ("Cloudmed misspelled my last name", "cloudmed", "correction", None),
    ("what info has qualified.com got about me", "qualified", "access", None),
    ("close my account with spotify and delete the data", "spotify", "deletion", None),
    ("I'm done with facebook, erase me", "facebook", "deletion", None),
    ("download my data from google", "google", "access", None),
    ("paypal please correct my address", None, "correction", None),
    ("tiktok should not sell my data", "tiktok", "opt_out", None),
    ("Please remove all my personal details from your database", None, "deletion", None),
    ("I would like to exercise my right of access", None, "access", None),
    ("I object to the sale of my personal information", None, "opt_out", None),
    ("not interested in a copy, I just want it gone", None, "deletion", None),
    ("cloudmd", "cloudmed", None, "company"),
    ("quallified", "qualified", None, "company"),
    ("I got a letter from qualfon, what do they have on me", "qualfon", "access", None),
    ("how did Qualfon get my data? I want it deleted", "qualfon", "deletion", None),
    ("my name is spelled wrong in qualified's system", "qualified", "correction", None),
    ("the weather is nice today", None, None, None),
    ("I want to talk to someone", None, None, None),
]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def run_row(catalog, text: str, expecting: str | None) -> Intent:
    return understand(text, catalog, expecting=expecting, today=dt.date(2026, 11, 23))


def test_table_is_large_and_varied() -> None:
    assert len(TABLE) >= 120
    assert len({row[0] for row in TABLE}) == len(TABLE), "rows repeat"
    assert {row[1] for row in TABLE} >= {
        "qualfon",
        "cloudmed",
        "qualified",
        "quality-outcomes",
        "connective-med",
        None,
    }
    assert {row[2] for row in TABLE} == {"access", "deletion", "opt_out", "correction", None}


def test_understanding_pass_rate(catalog) -> None:
    misses = []
    for text, company, right, expecting in TABLE:
        intent = run_row(catalog, text, expecting)
        if (intent.company, intent.right) != (company, right):
            misses.append(
                f"{text!r}: expected ({company}, {right}), got ({intent.company}, {intent.right})"
                f" candidates={[c.id for c in intent.companies][:3]}"
            )
    rate = 1 - len(misses) / len(TABLE)
    print(f"\nunderstanding pass rate: {rate:.1%} ({len(TABLE) - len(misses)}/{len(TABLE)})")
    for miss in misses:
        print("  MISS", miss)
    assert rate >= 0.95, "\n".join(misses)


# --- other slots -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("California", "US-CA"),
        ("CA", "US-CA"),
        ("Germany", "DE"),
        ("UK", "GB"),
        ("I live in Quebec", "CA-QC"),
        ("in Ontario", "CA-ON"),
        ("new york", "US-NY"),
    ],
)
def test_residence_as_an_answer(catalog, text: str, code: str) -> None:
    intent = understand(text, catalog, expecting="residence")
    assert intent.residence == code
    assert intent.confidence["residence"] == 1.0


def test_residence_inside_a_sentence(catalog) -> None:
    intent = understand("I live in Germany and want Qualfon to delete my data", catalog)
    assert (intent.residence, intent.company, intent.right) == ("DE", "qualfon", "deletion")
    intent = understand("Texas resident here, what does cloudmed have on me", catalog)
    assert intent.residence == "US-TX"


def test_short_words_are_not_places_in_a_sentence(catalog) -> None:
    # "in", "me", "or", "hi" are US state codes; inside a sentence they are just words.
    for text in ("delete me in qualfon", "hi qualfon", "copy or delete"):
        assert understand(text, catalog).residence is None


def test_email_valid_and_invalid(catalog) -> None:
    good = understand("my email is Jane.Public@Example.com", catalog, expecting="email")
    assert good.email == "Jane.Public@example.com"
    bad = understand("jane@@example", catalog, expecting="email")
    assert bad.email is None and bad.email_error
    none = understand("Jane", catalog, expecting="email")
    assert none.email is None and "@" in (none.email_error or "")


def test_name_as_an_answer(catalog) -> None:
    assert understand("Jane Q. Public", catalog, expecting="name").name == "Jane Q. Public"
    assert understand("my name is Ana Lima", catalog, expecting="name").name == "Ana Lima"
    assert understand("it's Bo", catalog, expecting="name").name == "Bo"
    assert understand("12345", catalog, expecting="name").name is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-23", dt.date(2026, 11, 23)),
        ("I sent it on 11/23/2026", dt.date(2026, 11, 23)),
        ("23.11.2026", dt.date(2026, 11, 23)),
        ("November 23, 2026", dt.date(2026, 11, 23)),
        ("23 Nov 2026", dt.date(2026, 11, 23)),
        ("yesterday", dt.date(2026, 11, 22)),
    ],
)
def test_dates(catalog, text: str, day: dt.date) -> None:
    intent = understand(text, catalog, expecting="date", today=dt.date(2026, 11, 23))
    assert intent.date == day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yes", True),
        ("Yep!", True),
        ("sure", True),
        ("go ahead", True),
        ("no", False),
        ("nope", False),
        ("not now", False),
        ("skip", False),
    ],
)
def test_yes_no(catalog, text: str, value: bool) -> None:
    assert understand(text, catalog, expecting="yes_no").yes_no is value


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("help", "help"),
        ("back", "back"),
        ("go back", "back"),
        ("start over", "restart"),
        ("list companies", "list_companies"),
        ("my requests", "my_requests"),
        ("quit", "quit"),
        ("forget my details", "forget_profile"),
    ],
)
def test_commands(catalog, text: str, command: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.command) == ("command", command)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("does Qualfon sell my data?", "selling"),
        ("do they share my info with anyone?", "selling"),
        ("how do I contact Cloudmed?", "contact"),
        ("what's their email address?", "contact"),
        ("how long do they have to answer?", "deadline"),
        ("when do they have to respond?", "deadline"),
        ("what do they need to verify me?", "verification"),
        ("do I need to send my ID?", "verification"),
        ("is Qualified the right company to ask?", "right_company"),
        ("should I ask the website instead?", "right_company"),
    ],
)
def test_questions(catalog, text: str, topic: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.question) == ("question", topic)


def test_a_request_phrased_as_a_question_is_a_request(catalog) -> None:
    intent = understand("can you make qualfon delete my data?", catalog)
    assert intent.kind == "request" and intent.question is None
    assert (intent.company, intent.right) == ("qualfon", "deletion")


def test_negation_is_recorded(catalog) -> None:
    intent = understand("I don't want to delete anything, just see what they have", catalog)
    assert intent.right == "access"
    assert "deletion" in intent.negated_rights


def test_correction_flag(catalog) -> None:
    intent = understand("no, I meant Cloudmed", catalog, expecting="right")
    assert intent.correction and intent.company == "cloudmed"


def test_confidence_per_slot(catalog) -> None:
    intent = understand("qualfn delete my data", catalog)
    assert set(intent.confidence) >= {"company", "right"}
    exact = understand("Qualfon delete my data", catalog)
    assert exact.confidence["company"] > intent.confidence["company"]
    assert all(0 < v <= 1 for v in intent.confidence.values())


def test_common_words_are_not_companies(catalog) -> None:
    # "Me", "Them", "Home" and "Post" are brands in the imported catalog.
    for text in ("delete me", "tell them to stop", "send it home", "by post please"):
        assert understand(text, catalog).company is None, text


def test_unknown_company_is_named(catalog) -> None:
    intent = understand("Blorptastic Widgets", catalog, expecting="company")
    assert intent.company is None
    assert intent.unknown_company == "Blorptastic Widgets"


def test_unsubscribe_is_a_hint_not_a_right(catalog) -> None:
    intent = understand("unsubscribe me from their newsletter", catalog)
    assert intent.right is None and intent.right_hint == "unsubscribe"


def test_json_shape(catalog) -> None:
    data = understand("qualfn delete my data", catalog).as_json()
    assert data["company"] == "qualfon" and data["right"] == "deletion"
    assert set(data["confidence"]) >= {"company", "right"}


def test_email_error_reads_as_a_clause_without_its_full_stop(catalog) -> None:
    bad = understand("jane@ex@ample.com", catalog, expecting="email")
    assert bad.email is None
    assert bad.email_error and "invalid characters" in bad.email_error
    assert not bad.email_error.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "sorry, I got that wrong - it's not Spokeo, it's Whitepages",
        "my mistake, I meant Whitepages",
        "wrong company, it's Whitepages",
    ],
)
def test_the_persons_own_slip_is_no_correction_request(catalog, text: str) -> None:
    intent = run_row(catalog, text, None)
    assert intent.company == "whitepages"
    assert intent.right != "correction"


def test_a_parcel_brand_resolves_to_the_parcel_company(catalog) -> None:
    intent = run_row(catalog, "Mein DHL-Paket liegt seit neun Tagen im Verteilzentrum", None)
    assert (intent.kind, intent.company) == ("complaint", "dhl-paket-gmbh")


@pytest.mark.parametrize(
    ("text", "company", "right", "kind"),
    [
        ("Otto, mein Nachbar, hat sich meine Leiter ausgeliehen", None, None, None),
        ("Otto soll meine Daten löschen", "otto-handel", "deletion", "request"),
        ("pls del my acct at qualfon", "qualfon", "deletion", "request"),
        ("show me my requests", None, None, "command"),
        ("Zalando stuurde de verkeerde maat en mijn retourgeld is er nog niet", "zalando", None,
         "complaint"),
        ("PlayStation moet stoppen met het delen van mijn gegevens met adverteerders",
         "playstation-com", "opt_out", "request"),
        ("No es Movistar, es Orange. Quiero que dejen de pasarle mis datos a terceros", "orange",
         "opt_out", "request"),
    ],
)  # fmt: skip
def test_people_words_and_plain_grievances(catalog, text, company, right, kind) -> None:
    intent = run_row(catalog, text, None)
    assert intent.company == company
    assert (intent.right if intent.kind == "request" else None) == right
    if kind:
        assert intent.kind == kind


def test_the_italian_and_spanish_del_is_no_deletion(catalog) -> None:
    for text in ("Mi serve una copia del contratto d'affitto", "Quiero una copia del contrato"):
        assert run_row(catalog, text, None).right != "deletion"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Mijn huisnummer klopt niet bij Swapfiets", "swapfiets-nl", "correction"),
        ("Pensaba que era Netflix pero no, es Spotify: que dejen de usar mis datos para anuncios",
         "spotify", "opt_out"),
        ("I thought Netflix had my data, please delete it", "netflix", "deletion"),
        ("cancellate il mio account PSN e tutti i dati collegati", "playstation-com", "deletion"),
        ("Ich will mein Douglas-Konto nicht löschen, aber die sollen meinen Namen richtig "
         "schreiben", "douglas", "correction"),
    ],
)  # fmt: skip
def test_wrong_there_thought_it_was_and_product_names(catalog, text, company, right) -> None:
    intent = run_row(catalog, text, None)
    assert (intent.company, intent.right) == (company, right)


def test_a_wrong_delivery_is_a_complaint(catalog) -> None:
    intent = run_row(catalog, "Amazon mi ha consegnato un frullatore al posto delle cuffie", None)
    assert intent.kind == "complaint"
    assert intent.right is None


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Lexa is de naam van mijn nichtje, mooie naam toch?", None, None),
        ("Ich wohne in Stuttgart und möchte, dass die Volksbank Stuttgart meine Daten löscht",
         "volksbank-stuttgart", "deletion"),
        ("I want a copy of my Battle.net data, every login and every purchase",
         "blizzard-entertainment", "access"),
        ("hi, I want my Spotify account and everything they have on me deleted", "spotify",
         "deletion"),
        ("I'm not asking BeenVerified what they have on me, I just want the listing gone",
         "beenverified-inc-and-its-subsidiaries-and-affiliates", "deletion"),
    ],
)  # fmt: skip
def test_names_of_people_places_in_names_and_the_wish_verb(catalog, text, company, right) -> None:
    intent = run_row(catalog, text, None)
    assert (intent.company, intent.right if intent.kind == "request" else None) == (company, right)


@pytest.mark.parametrize(
    ("text", "residence"),
    [("Texas, Austin area", "US-TX"), ("Maryland, sorry", "US-MD"), ("bueno, no, mejor no", None)],
)
def test_places_answered_with_words_around_them(catalog, text, residence) -> None:
    assert run_row(catalog, text, "residence").residence == residence


@pytest.mark.parametrize(
    ("text", "expecting", "company"),
    [
        ("Mi perro se llama Bolt y corre muchísimo en la playa", None, None),
        ("Bolt should delete my data", None, "bolt"),
        ("Pursuant to Cal. Civ. Code 1798.120 (CCPA), I direct Acxiom not to sell my data", None,
         "acxiom-broker"),
        ("Es geht um dm", "company", "dm-drogerie"),
    ],
)  # fmt: skip
def test_pets_cited_laws_and_lead_ins(catalog, text, expecting, company) -> None:
    assert run_row(catalog, text, expecting).company == company


def test_of_two_banks_the_one_them_stands_for_in_its_sentence_is_meant(catalog) -> None:
    intent = run_row(
        catalog,
        "I moved from Nationwide to NatWest last year. NatWest is fine, but Nationwide keeps "
        "posting me offers, make them stop",
        None,
    )
    assert intent.company == "nationwide-building-society"  # never NatWest
    intent = run_row(catalog, "I moved from Nationwide to NatWest. Make them stop the offers", None)
    assert intent.company is None  # "them" in a sentence of its own: asked
    assert {"nationwide-building-society", "natwest"} <= {m.id for m in intent.companies}


def test_a_device_names_its_maker_only_in_a_request(catalog) -> None:
    shop = run_row(
        catalog, "Back Market m'a envoyé un iPhone reconditionné, je veux être remboursé", None
    )
    assert (shop.kind, shop.company) == ("complaint", None)
    maker = run_row(catalog, "I want a copy of the data my iPhone sent to Apple", None)
    assert (maker.company, maker.right) == ("apple", "access")


@pytest.mark.parametrize(
    ("text", "expecting", "company"),
    [
        ("Il mio gatto si chiama Glovo perché arriva sempre quando suona il citofono", None, None),
        ("My dog Bumble keeps stealing socks off the drying rack", None, None),
        ("want to see wat data virgn media keeps about me", None, "virgin-media"),
        ("Molotov", "company", "molotov"),
    ],
)  # fmt: skip
def test_pets_longer_names_and_far_away_towns(catalog, text, expecting, company) -> None:
    assert run_row(catalog, text, expecting).company == company


@pytest.mark.parametrize(
    "text",
    [
        "Unser Kater heißt Rossmann, weil wir ihn als Baby vor dem Laden gefunden haben",
        "Ma fille a appelé son lapin Deezer, va savoir pourquoi",
    ],
)
def test_pets_named_after_companies(catalog, text) -> None:
    assert run_row(catalog, text, None).company is None


def test_a_kind_of_shop_is_no_misspelt_company(catalog) -> None:
    text = "Keine Löschung bitte – die Drogerie Müller soll nur die falsche Adresse korrigieren."
    assert run_row(catalog, text, None).company is None  # not dm-drogerie markt
    assert run_row(catalog, "dm drogerie soll meine daten löschen", None).company == "dm-drogerie"


def test_a_timetable_question_is_no_access_request(catalog) -> None:
    intent = run_row(catalog, "Ich brauche eine Auskunft: wann fährt heute der letzte Zug?", None)
    assert intent.right is None
