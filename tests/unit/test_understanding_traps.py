"""Issue 11, "Why": every trap the issue lists, one test each, read by `understand()` over the
project's own catalog - and the misspellings, brands and sentence shapes that must not trip it.
The dialogue's side of the same traps is in tests/functional/test_dialogue.py."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.typos import fix_typos
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


# -- common words are not companies ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        ("Was weißt du eigentlich über die DSGVO?", "uber"),
        ("Bitte, kannst du mir ein Rezept für Apfelkuchen geben?", "bitel"),
        ("can you write me a poem about cats", "caats"),
        ("I want my life back from TikTok, I'm on it six hours a day lol", "mylife"),
        ("Give me a good apple pie recipe.", "apple"),
        ("Orange ou citron, c'est quoi le mieux pour une tarte ?", "orange"),
        ("Quiero una copia de todo lo que guarda Gmail sobre mí.", "microsoft"),
        ("Please Delete My Data", "mydata"),
    ],
)
def test_a_common_word_is_not_a_company(catalog, text: str, not_this: str) -> None:
    intent = understand(text, catalog)
    picked = {intent.company} | {m.id for m in intent.companies}
    assert not any(c and c.startswith(not_this) for c in picked), (text, picked)


def test_a_poem_starts_no_request(catalog) -> None:
    intent = understand("can you write me a poem about cats", catalog)
    assert (intent.company, intent.right) == (None, None)
    assert intent.kind != "request"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Home Depot should stop selling my info", ("shah", "home")),
        ("Capital One keeps my old address, please correct it", ("one-com", "onecom", "one")),
    ],
)
def test_a_word_of_a_longer_name_is_not_that_company(catalog, text: str, wrong) -> None:
    """ "Home" of Home Depot is not Shah Home Ltd; "One" of Capital One is not one.com."""
    intent = understand(text, catalog)
    picked = [c for c in [intent.company, *(m.id for m in intent.companies)] if c]
    assert not any(p.startswith(wrong) or p in wrong for p in picked), picked
    for company_id in picked:  # a pick, if any, carries the whole name
        name = catalog.get(company_id).name.lower()
        assert "depot" in name or "capital" in name, name


# -- keywords in sentences that are not requests ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My Spotify playlist got deleted, can you restore it?",
        "Amazon delivered the wrong item. I ordered a kettle and got a toaster.",
        "Correct me if I'm wrong, but isn't Spotify a Swedish company?",
        "My landlord wants a copy of my passport, is that normal?",
        "Mi jefe quiere que borre los correos antiguos del servidor, ¿cómo lo hago?",
        "Come si cancella una macchia di vino dalla tovaglia?",
        "Hoe verwijder ik een app van mijn telefoon?",
    ],
)
def test_keywords_outside_a_request_start_nothing(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.right is None and intent.kind != "request", (text, intent.kind, intent.right)


# -- brands, nicknames and parents -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("I want to know everything Meta knows about me.", "facebook"),
        ("Insta should delete my photos and my account data", "instagram"),
        (
            "fb keeps showing me ads for stuff I only looked at on other websites. Make it stop",
            "facebook",
        ),
        ("Delete my YouTube history", "google"),
        ("I want a copy of my Xbox data", "microsoft"),
        ("iCloud: please send me a copy of all my data", "apple"),
        ("Bitte bei H&M meine Kundendaten löschen.", "hm-mode"),
        ("1&1 soll meine Daten löschen", "1und1"),
        ("N26 hat mein Geburtsdatum falsch, das soll korrigiert werden", "n26-bank"),
        ("Sky UK: stop using my viewing data for advertising.", "sky-gb"),
        (
            "My AWS account is closed now. Please have AWS erase my personal details too.",
            "amazon-aws",
        ),
        (
            "Ich verlange Auskunft nach Art. 15 DSGVO. Adressat: Deutsche Telekom.",
            "deutsche-telekom-ag",
        ),
    ],
)
def test_brands_and_parents_are_found(catalog, text: str, company: str) -> None:
    if company not in catalog:
        pytest.skip(f"{company} is not in this catalog")
    assert understand(text, catalog).company == company


def test_they_after_a_question_is_the_company_in_view(catalog) -> None:
    intent = understand("can they delete it?", catalog, current_company="cloudmed")
    assert intent.company == "cloudmed"
    intent = understand("I want them to delete it", catalog)
    assert (intent.kind, intent.right) == ("request", "deletion")  # the dialogue fills "them"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("I switched from Spotify to Deezer, I want Spotify to delete my data.", "spotify"),
        (
            "I'm not asking Strava to delete anything, I just want them to stop sharing my runs.",
            "strava",
        ),
        ("Nicht Vodafone, sondern O2 – da will ich meine Daten löschen lassen.", "o2-de"),
    ],
)
def test_the_company_meant_among_two_or_after_a_negated_verb(catalog, text, company) -> None:
    if company not in catalog:
        pytest.skip(f"{company} is not in this catalog")
    assert understand(text, catalog).company == company


# -- places with a company in the same sentence ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "company", "residence"),
    [
        ("I live in Munich and want Zalando to send me a copy of my data.", "zalando", "DE-BY"),
        (
            "Ich wohne in Stuttgart und möchte wissen, welche Daten Check24 über mich hat.",
            "check24",
            "DE-BW",
        ),
        ("Soy de Perú pero vivo en Madrid. Quiero que Glovo elimine mi cuenta.", "glovo", "ES"),
    ],
)
def test_a_place_beside_a_company_is_where_the_person_lives(catalog, text, company, residence):
    intent = understand(text, catalog)
    assert (intent.company, intent.residence) == (company, residence)


def test_a_place_answering_which_company_is_a_place(catalog) -> None:
    for text in ("Texas", "I live in California"):
        intent = understand(text, catalog, expecting="company")
        assert intent.company is None and intent.unknown_company is None, text
        assert intent.residence in ("US-TX", "US-CA")


# -- one brand, several country entities: settled by the residence, else asked ---------------


def test_country_entities_are_asked_about_without_a_residence(catalog) -> None:
    intent = understand("I want to know everything Amazon knows about me", catalog)
    assert intent.company is None and intent.must_ask == "entities"


def test_the_residence_picks_the_entity(catalog) -> None:
    intent = understand("I live in Madrid, Amazon should delete my data", catalog)
    assert intent.company == "amazon-es"


# -- misspelt request words, in six languages ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("can u get me a coppy of all the personel info duolingo has on me", "access"),
        ("pls delet my acount data from pinterest, evrything", "deletion"),
        ("STOP SELING MY DATA REDDIT", "opt_out"),
        ("Auskumft über meine Daten von der Schufa bitte", "access"),
        ("wiederspruch gegen personalisierte werbung bei ebay!!", "opt_out"),
        ("supprimmer mes donées chez vinted svp", "deletion"),
        ("k dejen de bender mis datos los de jazztel", "opt_out"),
        ("ik wil dat ziggo mijn gegevns verwijderd", "deletion"),
    ],
)
def test_misspelt_request_words_are_read_as_meant(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I sold my bike and deleted the ad", "en"),
        ("Ich habe Post bekommen", "de"),
        ("Qualfon delivers the goods", "en"),
    ],
)
def test_real_words_are_never_corrected(text: str, lang: str) -> None:
    assert fix_typos(text, lang) == text


# -- negation across a subordinate clause ----------------------------------------------------


def test_not_that_it_deletes_but_a_copy(catalog) -> None:
    intent = understand(
        "Ich will nicht, dass N26 mein Konto löscht – ich möchte nur eine Kopie meiner Daten.",
        catalog,
    )
    assert intent.right == "access"


# -- a company the catalog does not know, a cancellation, a yes with more words ------------------


def test_an_unknown_company_named_in_a_request_is_kept_to_offer_a_letter(catalog) -> None:
    intent = understand("I want Walmart to delete my data", catalog)
    if intent.company is None:
        assert intent.unknown_company == "Walmart" and intent.right == "deletion"
    intent = understand("I live in Munich and want my data deleted", catalog)
    assert intent.unknown_company is None  # a place is not a company


@pytest.mark.parametrize(
    "text", ["actually never mind", "ach, vergiss es", "en fait laissez tomber", "laat maar"]
)
def test_never_mind_is_a_cancellation_where_an_answer_is_expected(catalog, text: str) -> None:
    assert understand(text, catalog, expecting="name").command == "cancel"
    assert understand(text, catalog, expecting="yes_no").command is None  # there it is a no


@pytest.mark.parametrize("text", ["ja bitte", "oui, suivez-la", "sí, guárdala", "ok, yes"])
def test_a_yes_with_a_few_more_words_is_a_yes(catalog, text: str) -> None:
    assert understand(text, catalog, expecting="yes_no").yes_no is True


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Datenkopie nach DSGVO von Netflix anfordern", "access"),
        ("Bitte um Datenlöschung bei Otto", "deletion"),
        ("Ich möchte, dass mich Zalando vergisst", "deletion"),
        ("Meine Adresse bei Vodafone stimmt nicht mehr, bitte ändern", "correction"),
        ("Stop aux pubs personnalisées de Google", "opt_out"),
        ("Quiero saber todo lo que Google sabe de mí", "access"),
        ("Voglio sapere tutto quello che Google sa di me", "access"),
        (
            "Ik woon in Antwerpen, Proximus moet stoppen met het doorverkopen van mijn gegevens",
            "opt_out",
        ),
        ("J'aimerais récupérer une copie de mes données chez Free", "access"),
    ],
)
def test_inflections_and_compounds_of_the_right_words(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


def test_a_wish_with_que_is_not_a_question(catalog) -> None:
    intent = understand("que dejen de vender mis datos los de Glovo", catalog)
    assert (intent.kind, intent.right) == ("request", "opt_out")


def test_a_company_after_an_article_in_german(catalog) -> None:
    if "telekom-de" not in catalog:
        pytest.skip("no telekom-de")
    intent = understand("Kann ich bei der Telekom Auskunft verlangen?", catalog)
    assert intent.company == "telekom-de" and intent.kind == "question"
