"""Issue 11: words found by measuring on unseen messages - an export of one's data is access,
a thing's nickname in quotes names no company, an idiom of forgetting is no request, a brand
written with its ampersand, and one company held twice is not a choice to ask about."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    "text",
    [
        "I want an export of all my data from Steam",
        "ich möchte einen Export meiner Daten von Steam",
        "Je veux un export de toutes mes données chez Deezer",
        "quiero exportar mis datos de Spotify",
        "voglio l'esportazione dei miei dati da Spotify",
        "graag een export van alle gegevens van mijn Steam account",
    ],
)
def test_an_export_of_ones_data_is_access(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", "access")


def test_exporting_something_else_is_no_request(catalog) -> None:
    assert understand("How do I export my playlists from Spotify?", catalog).right is None


def test_a_nickname_in_quotes_is_no_company(catalog) -> None:
    text = "my roommate calls our wifi router 'the Oracle' because it never answers anything"
    assert understand(text, catalog).company is None
    assert (
        understand("a company called 'Oracle' has my data, delete it", catalog).company == "oracle"
    )


@pytest.mark.parametrize(
    "text",
    [
        "quiero borrar de mi mente el final de esa serie, qué decepción",
        "I want to erase that episode from my memory",
        "Ich will das aus meinem Kopf löschen, so peinlich",
    ],
)
def test_erasing_a_memory_is_no_request(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.right is None or intent.kind != "request"


def test_a_brand_with_an_ampersand(catalog) -> None:
    text = "M&S Bank have my surname spelled wrong on my credit card account. I need it fixed."
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("marksandspencer-bank", "correction")


def test_one_company_held_twice_is_that_company(catalog) -> None:
    assert understand("RocketReach sells my work email, delete it", catalog).company in (
        "rocketreach",
        "rocketreach-broker",
    )


def test_two_companies_whose_sites_differ_are_still_asked_about(catalog) -> None:
    intent = understand("Equifax has my address wrong, fix it", catalog)
    assert intent.company is None and len(intent.companies) > 1


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Je voudrais que Sosh arrête de me démarcher par SMS", "orange"),
        ("quiero que X deje de usar mis datos para entrenar a Grok", "twitter"),
    ],
)
def test_brands_of_the_table(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


def test_a_question_with_isnt_rejects_no_company(catalog) -> None:
    intent = understand("Correct me if I'm wrong, but isn't Spotify a Swedish company?", catalog)
    assert intent.company in ("spotify", "spotify-2021")


@pytest.mark.parametrize(
    "text",
    [
        "Ah non pardon, pas Leboncoin, c'est Vinted.",
        "Nein warte, doch nicht löschen, die sollen das berichtigen.",
        "Scusa, anzi, voglio solo una copia.",
        "Nee wacht, het is Bol.",
    ],
)
def test_corrections_open_in_every_language(catalog, text: str) -> None:
    assert understand(text, catalog).correction


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("je m'oppose au démarchage lié à ma Livebox", "orange"),
        ("Quiero que Yoigo borre todos mis datos", "masmovil"),
        ("Tikkie moet stoppen met mijn gegevens gebruiken voor marketing", "abn-amro"),
        ("Verwijder mijn Flying Blue account en al mijn gegevens", "klm"),
        ("voglio sapere che dati ha Remini sulle mie foto", "bending-spoons"),
    ],
)
def test_products_name_the_company_that_runs_them(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    "text",
    [
        "I need to delete like 3000 photos from my phone, storage is full",
        "The Etsy seller sent me the wrong ring size and hasn't answered my messages",
    ],
)
def test_own_devices_and_wrong_parcels_are_no_requests(catalog, text: str) -> None:
    assert understand(text, catalog).kind != "request"


@pytest.mark.parametrize(
    "text",
    [
        "Zalando stuurt me elke dag mails, ik wil dat niet meer",
        "Zalando mi manda promo ogni giorno, basta!",
    ],
)
def test_mailings_refused_are_an_opt_out(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("zalando", "opt_out")


def test_a_name_written_wrong_in_french_is_a_correction(catalog) -> None:
    assert (
        "correction" in understand("mon nom est mal écrit chez Decathlon", catalog).rights_mentioned
    )


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Danielle Kowalski, no wait, it's spelled Danielle Kowalsky", "Danielle Kowalsky"),
        ("d'accord. Émilie Côté-Bélanger", "Émilie Côté-Bélanger"),
        ("oké. Joost 't Hart", "Joost 't Hart"),
        ("Ja. Hans Müller", "Hans Müller"),
    ],
)
def test_the_name_answer_without_its_acknowledgement_or_first_spelling(
    catalog, answer: str, name: str
) -> None:
    assert understand(answer, catalog, expecting="name").name == name


def test_a_place_correction_at_the_name_step_is_still_no_name(catalog) -> None:
    assert understand("Sorry, I meant Florida", catalog, expecting="name").name is None


@pytest.mark.parametrize(
    "text",
    ["Buongiorno! Come va oggi?", "Hallo, wie geht's?", "Bonjour, ça va ?", "Hi, how are you?"],
)
def test_a_greeting_with_how_are_you_is_a_greeting(catalog, text: str) -> None:
    assert understand(text, catalog, expecting="company").kind == "greeting"


def test_a_yes_where_the_place_is_asked_is_no_place(catalog) -> None:
    assert understand("Ja, gerne", catalog, expecting="residence").residence is None


def test_a_place_then_a_question(catalog) -> None:
    text = "Hamburg. Muss ich dafür eigentlich meinen Ausweis mitschicken?"
    assert understand(text, catalog, expecting="residence").residence == "DE-HH"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Die HVB soll mir bitte eine Kopie aller Daten schicken", "hypovereinsbank", "access"),
        ("Ich wohne in Zürich und möchte, dass Galaxus meine Daten löscht.", "digitec-ch",
         "deletion"),
        ("Ich will, dass Galaxus meine Daten löscht.", "datenschutzbuero", "deletion"),
        ("quiero saber qué datos ha mandado mi móvil Redmi a la nube", "mi-com", "access"),
        ("Voglio sapere tutti i dati che Fortnite ha raccolto su mio figlio", "epicgames",
         "access"),
        ("ticketcounter moet mij uit hun systeem halen!!!", "ticketcounter-nl", "deletion"),
        ("Bei der SCHUFA steht eine falsche Hausnummer, die sollen das richtigstellen.", "schufa",
         "correction"),
    ],
)  # fmt: skip
def test_more_brands_and_ways_to_ask(catalog, text: str, company: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, right)


@pytest.mark.parametrize(
    "text",
    [
        "Notre chienne s'appelle Fnac parce qu'on l'a trouvée devant le magasin",
        "La mia gattina si chiama Libero, come il mio vecchio indirizzo email",
        "Kun je me even een tikkie sturen voor de pizza van gisteren?",
    ],
)
def test_pets_and_everyday_words_name_no_company(catalog, text: str) -> None:
    assert understand(text, catalog).company is None


@pytest.mark.parametrize(
    ("answer", "name", "email"),
    [
        ("Maria Teresa De Luca, maria.deluca@tiscali.it", "Maria Teresa De Luca",
         "maria.deluca@tiscali.it"),
        ("ok sure, Priya Raghunathan", "Priya Raghunathan", None),
    ],
)  # fmt: skip
def test_a_name_with_an_email_or_acknowledgements(
    catalog, answer: str, name: str, email: str | None
) -> None:
    intent = understand(answer, catalog, expecting="name")
    assert (intent.name, intent.email) == (name, email)


@pytest.mark.parametrize("answer", ["sì, grazie", "yes please", "oui merci"])
def test_a_yes_or_thanks_is_never_a_name(catalog, answer: str) -> None:
    assert understand(answer, catalog, expecting="name").name is None


def test_my_names_is_no_company_where_a_choice_is_asked(catalog) -> None:
    intent = understand(
        "Manchester. my name's Tom Whitaker by the way", catalog, expecting="company_choice"
    )
    assert intent.company is None and intent.residence == "GB" and intent.name == "Tom Whitaker"


@pytest.mark.parametrize(
    ("answer", "code"), [("upstate New York, near Buffalo", "US-NY"), ("near Lyon", "FR")]
)
def test_a_qualified_place(catalog, answer: str, code: str) -> None:
    assert understand(answer, catalog, expecting="residence").residence == code


def test_abn_is_abn_amro(catalog) -> None:
    assert understand("ABN", catalog, expecting="company").company == "abn-amro"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("My Bonvoy profile has my last name spelled wrong, can you get them to fix it",
         "marriott", "correction"),
        ("vorrei scaricare tutti i dati che Garmin Connect ha raccolto dal mio orologio",
         "garmin", "access"),
        ("Tikkie laat nog steeds mijn meisjesnaam zien, dat moet aangepast worden", "abn-amro",
         "correction"),
    ],
)  # fmt: skip
def test_after_heldout14(catalog, text: str, company: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, right)


def test_a_right_taken_back_gives_way_to_the_other(catalog) -> None:
    text = (
        "quiero borrar... no, espera, no quiero borrar nada, solo saber qué datos tienen sobre mí"
    )
    assert understand(text, catalog).right == "access"


def test_sto_a_is_where_one_lives(catalog) -> None:
    assert understand("sto a Torino", catalog, expecting="residence").residence == "IT"


def test_a_title_before_a_name_makes_a_person(catalog) -> None:
    text = "Mein Nachbar Herr Rossmann hat schon wieder seinen Sperrmüll vor die Garage gestellt"
    assert understand(text, catalog).company is None
    assert understand("Rossmann soll meine Daten löschen", catalog).company == "rossmann"
