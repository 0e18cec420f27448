"""Messages whose words look like a request but ask nothing of the company named, and the
bounds of the rules that tell them apart: a name met only in an unrelated question ("Can I use
Tide pods ...? I want to erase a wine stain"), what the person did or does not mind, a right a
company might refuse, a deleted complaint ticket, a holiday that is no residence; and the cues
that do make a request ("Can you send them a request ...?", "il faut qu'ils ...", "jveux"),
brand names, a language official where the company serves."""

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
        "J'ai rectifié mon adresse sur le site de Fnac mais le colis est parti à l'ancienne, "
        "je veux être remboursé.",
        "J'ai rectifier mon adresse chez Fnac mais le colis est parti à l'ancienne, remboursez-moi",
    ],
)
def test_an_address_the_person_corrected_themselves_asks_no_correction(catalog, text) -> None:
    assert understand(text, catalog).right is None


def test_french_chat_shorthand_makes_the_message_french(catalog) -> None:
    intent = understand("jveux plus de pub de la part de zalando", catalog)
    assert (intent.company, intent.right) == ("zalando", "opt_out")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "J'ai donné ma nouvelle adresse à Cdiscount, mais les colis partent encore à "
            "l'ancienne. Il faut qu'ils mettent à jour mon dossier.",
            "correction",
        ),
        ("Mon colis Cdiscount est perdu depuis deux semaines. Il faut qu'ils me rembourse.", None),
    ],
)
def test_what_has_to_happen_after_a_grievance_is_the_ask(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


@pytest.mark.parametrize(
    "text",
    [
        "Can I use Tide pods on a white wool jumper or will it ruin it? I want to erase a red "
        "wine stain before my mum notices",
        "c'est quoi l'origine du nom cocktail Molotov ? je révise et je dois effacer les trucs "
        "faux de mes fiches",
    ],
)
def test_a_name_in_an_unrelated_question_gets_no_request(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (None, None)


def test_a_company_asked_about_then_a_request_is_still_a_request(catalog) -> None:
    intent = understand("Is Molotov any good? I want to delete my account there.", catalog)
    assert (intent.company, intent.right) == ("molotov", "deletion")


def test_a_dutch_writer_naming_a_belgian_only_company_means_it(catalog) -> None:
    intent = understand(
        "Ik zit al jaren bij Mobile Vikings en ben best tevreden. Ik wil alleen een overzicht "
        "van alles wat ze over mij hebben.",
        catalog,
    )
    assert (intent.company, intent.right) == ("mobilevikings", "access")


def test_here_in_a_city_is_where_the_person_lives(catalog) -> None:
    intent = understand("Ik zit bij Mobile Vikings, hier in Gent. Ik wil een overzicht.", catalog)
    assert intent.residence == "BE"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("kannst du rossmann sagen die solln aufhörn mir werbung zu schicken?? die app hab ich "
         "eh schon gelöscht", "opt_out"),
        ("Ya he borrado la app de Glovo, pero quiero que dejen de mandarme publicidad", "opt_out"),
        ("Honestly I'm not bothered about them keeping my name on file, I just want every bit of "
         "marketing from David Lloyd to stop", "opt_out"),
        ("wat info does ancestory actualy have on me??", "access"),
    ],
)  # fmt: skip
def test_what_the_person_did_or_does_not_mind_is_not_the_ask(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


def test_a_right_a_company_might_refuse_is_asked_about_not_for(catalog) -> None:
    intent = understand(
        "¿y pueden negarse a borrar mis datos si todavía les debo una factura?",
        catalog,
        current_company="masmovil",
    )
    assert intent.right is None


def test_a_question_about_two_rights_followed_by_not_getting_it_stays_a_question(catalog) -> None:
    intent = understand(
        "c quoi la diff entre le droit d'opposition et le droit a l'effacement ? "
        "jai jamais compris",
        catalog,
    )
    assert (intent.kind, intent.right) == ("question", None)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("I bought a washing machine from Currys and it went to my old flat in Leeds. The "
         "paperwork went to Leeds too. Can you send them a proper request to correct my "
         "address everywhere?", "dsg-retail"),
        ("Ik heb een Fairphone gekocht en ben verhuisd. Mijn oude adres staat nog in hun "
         "systeem. Kun je een verzoek sturen om mijn adres te laten corrigeren?", "fairphone"),
    ],
)  # fmt: skip
def test_asking_the_assistant_to_write_after_a_story_is_a_request(catalog, text, company) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", company, "correction")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Bitte schreib ImmoScout24, dass sie mein Konto löschen sollen.", "immobilienscout24"),
        ("can you get British Gas to stop sending me marketing", "britishgas-co"),
    ],
)
def test_short_brands_name_their_company(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


def test_the_clause_asking_the_chosen_right_names_the_company(catalog) -> None:
    intent = understand(
        "bonjour jvoudrais savoir quelles données Qualified a sur moi, ils m'ont démarché sur "
        "linkedin",
        catalog,
    )
    assert (intent.company, intent.right) == ("qualified", "access")


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Je veux que GameStop supprime mes données.", None, "deletion"),  # DE, AT, CH: ask
        ("Why did Zalando send me this? I want to opt out.", "zalando", "opt_out"),
        ("Zalando refused to delete my account. Help me.", "zalando", "deletion"),
        ("Zalando refuse de supprimer mes données", "zalando", "deletion"),
        ("He solicitado borrado de mis datos a Glovo.", "glovo", "deletion"),
        ("I'm not really bothered about them keeping my name on file, I just want marketing "
         "from David Lloyd to stop", "david-lloyd-leisure", "opt_out"),
        ("Delete my Zalando account, and tell me what data Otto has on me.", None, "access"),
    ],
)  # fmt: skip
def test_the_new_rules_keep_their_bounds(catalog, text, company, right) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, right)


def test_a_holiday_is_no_residence(catalog) -> None:
    intent = understand(
        "Ik ben op vakantie hier in Duitsland. Ik wil dat Vodafone mijn gegevens verwijdert.",
        catalog,
    )
    assert intent.residence is None and intent.company is None


@pytest.mark.parametrize(
    "text",
    [
        "Reishunger hat mir Basmati statt Sushireis geschickt und jetzt ist meine Reklamation im "
        "Kundenkonto einfach gelöscht",
        "LEGO me mandó una caja con piezas que faltan y la reclamación aparece como eliminada",
    ],
)
def test_a_deleted_complaint_ticket_is_no_deletion_request(catalog, text: str) -> None:
    assert understand(text, catalog).right is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("can PLT delete everything they have on me", "prettylittlething"),
        ("adidas Running soll alle meine Läufe löschen", "runtastic"),
        ("Die ÖBB sollen mir sagen, was sie über mich gespeichert haben.", "oebb-personenverkehr"),
        ("me compré un abrigo en & Other Stories y quiero que borren mi cuenta", "stories-com"),
    ],
)
def test_brand_names_of_catalog_companies(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("hola que datos tiene nike de mi? los quiero todos", "nike", "access"),
        ("quiero que Firefox deje de recoger mis datos de uso", "mozilla", "opt_out"),
        ("Ya dejé de analizar los datos, quiero que Nike me dé una copia de mis datos", "nike",
         "access"),
        ("Tree-Nation stuurt me elke week mails sinds ik een boom cadeau gaf, hou op aub",
         "tree-nation", "opt_out"),
    ],
)  # fmt: skip
def test_greetings_stop_collecting_and_stop_it(catalog, text, company, right) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, right)
