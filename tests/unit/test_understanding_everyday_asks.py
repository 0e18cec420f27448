"""Everyday ways of asking, and of telling what one did oneself: "sent to me", "récupérer les
données liées à mon compte", "non mi chiamasse più", "stop met die mails", "mijn naam goed
schrijft"; a correction the person made themselves ("j'ai rectifié mon adresse") is no request,
and a question followed by "je comprends rien" stays a question."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("I want all the photos Spotify scanned from my phone sent to me.", "access"),
        ("Je veux télécharger toutes les données associées à mon compte Deezer.", "access"),
        ("vorrei ke wind nn mi kiamasse + per le promozioni", "opt_out"),
        ("vorrei che Fastweb non mi telefonasse più", "opt_out"),
        ("jumbo stop met die folders", "opt_out"),
        ("Ik wil niks meer van Zalando ontvangen, die mails zijn te veel", "opt_out"),
        ("Kan Ziggo mijn achternaam goed schrijven? Er staat Bakker in plaats van Backer.",
         "correction"),
    ],
)  # fmt: skip
def test_everyday_words_name_the_right(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai corrigé mon adresse sur le site de Chronopost mais le colis est reparti à "
        "l'ancienne. Je veux être remboursé.",
        "He corregido mi dirección en la web de Correos pero mi dirección sigue mal en el envío, "
        "quiero que me devuelvan el dinero.",
        "Ho aggiornato l'indirizzo sull'app di Poste ma il pacco è tornato indietro, rimborso!",
    ],
)
def test_a_correction_the_person_made_is_no_request(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.right is None and intent.kind == "complaint"


def test_the_own_correction_leaves_a_later_request_standing(catalog) -> None:
    intent = understand(
        "I already updated my address in the app, but Spotify still shows the old one. "
        "Please correct it on their side.",
        catalog,
    )
    assert (intent.kind, intent.right) == ("request", "correction")


@pytest.mark.parametrize(
    "text",
    [
        "C'est quoi la différence entre l'accès et la portabilité ? je comprends rien",
        "Was ist der Unterschied zwischen Auskunft und Löschung? Ich verstehe das nicht",
        "What's the difference between deletion and opting out? I don't get it",
    ],
)
def test_a_question_then_being_lost_stays_a_question(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "question" and intent.right is None


def test_a_dictionary_word_after_my_is_a_thing_not_a_brand(catalog) -> None:
    intent = understand(
        "Since I joined Walmart+ my mailbox is full of flyers. I'd like Walmart to stop "
        "selling my info.",
        catalog,
    )
    assert intent.company is None and intent.unknown_company == "Walmart+"
    assert intent.right == "opt_out"
    # a brand the alias data knows stays a brand ("my xbox live profile")
    assert understand("delete my xbox live profile", catalog).company == "microsoft"


def test_the_company_asked_in_the_but_clause_is_meant(catalog) -> None:
    intent = understand(
        "I moved from Hulu to Netflix in May. Netflix can keep my account, but I want Hulu "
        "to erase what they hold on me.",
        catalog,
    )
    assert intent.company is None and intent.unknown_company == "Hulu"


def test_a_name_written_as_a_domain_does_not_hide_the_other_names(catalog) -> None:
    intent = understand(
        "Eerst Booking.com en daarna Airbnb gebruikt; Airbnb mag al mijn gegevens wissen.",
        catalog,
    )
    assert (intent.company, intent.right) == ("airbnb", "deletion")


def test_a_company_remembered_while_typing_is_settled(catalog) -> None:
    intent = understand(
        "Bouygues ou SFR, je ne sais plus lequel m'envoie de la pub... ah oui c'est SFR. "
        "Je veux qu'ils arrêtent.",
        catalog,
    )
    assert intent.company == "sfr" and intent.right == "opt_out"


@pytest.mark.parametrize(
    "text",
    [
        "No quiero cerrar la cuenta en Unicaja, solo que me corrijan el segundo apellido.",
        "No quiero borrar nada en Unicaja, solo el apellido, que está mal.",
    ],
)
def test_only_a_surname_to_fix_after_no_is_a_correction(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", "correction")


def test_what_they_have_in_their_file_on_me_is_access(catalog) -> None:
    intent = understand(
        "Ce qu'ils ont dans leur dossier sur moi chez SFR, je veux le voir.", catalog
    )
    assert (intent.company, intent.right) == ("sfr", "access")


def test_the_persons_old_and_new_surname_are_no_companies(catalog) -> None:
    intent = understand(
        "I married in May and changed my surname from Adeyemi to Clarke. Sky still have me as "
        "Adeyemi on the account. Can you help me ask them to update my name?",
        catalog,
    )
    assert intent.unknown_company is None and intent.right == "correction"
    intent = understand(
        "I changed my surname from Okafor to Bennett. Virgin Media still have me as Okafor.",
        catalog,
    )
    assert intent.unknown_company is None and intent.company == "virgin-media"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Je veux seulement qu'ils arrêtent de m'envoyer des SMS promotionnels.", "opt_out"),
        ("je comprends rien à tout ça je voudrais qu'on supprime ce compte merci", "deletion"),
    ],
)
def test_french_wishes_without_punctuation_or_a_noun(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog, current_company="fnac")
    assert (intent.kind, intent.right) == ("request", right)


def test_a_refund_asked_of_a_shop_is_no_request_about_data(catalog) -> None:
    intent = understand(
        "Ma commande Darty est arrivée cassée. Je veux qu'on supprime la commande et qu'on me "
        "rembourse.",
        catalog,
    )
    assert intent.kind == "complaint" and intent.right is None


@pytest.mark.parametrize(
    "text",
    [
        "Entro quanti giorni deve rispondermi Vodafone se chiedo l'accesso ai miei dati?",
        "Binnen hoeveel dagen moet Bol antwoorden als ik inzage vraag?",
    ],
)
def test_within_how_many_days_is_a_question(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "question" and intent.right is None


def test_an_order_history_is_personal_data(catalog) -> None:
    intent = understand("Hoe lang mag Thuisbezorgd mijn bestelgeschiedenis bewaren?", catalog)
    assert intent.kind == "question" and intent.company == "takeaway-com"


def test_whom_the_person_meets_is_no_company(catalog) -> None:
    intent = understand("Bitte löschen: das Essen mit Otto am Samstag fällt aus.", catalog)
    assert intent.company is None and not intent.companies
    assert understand("Otto soll meine Daten löschen", catalog).company == "otto-handel"


def test_a_story_of_a_late_delivery_ending_in_an_objection_is_a_request(catalog) -> None:
    intent = understand(
        "J'ai acheté une table chez Fnac, livrée avec un mois de retard. Depuis je reçois leurs "
        "SMS promo chaque jour. Je m'oppose à ce qu'ils utilisent mes coordonnées pour la "
        "prospection.",
        catalog,
    )
    assert (intent.kind, intent.company, intent.right) == ("request", "fnac", "opt_out")


def test_the_insurers_short_names_find_it_and_a_technician_does_not(catalog) -> None:
    assert understand("TK soll meine Daten löschen", catalog).company == "techniker-krankenkasse"
    intent = understand("Die Techniker soll meine Daten löschen", catalog)
    assert intent.company == "techniker-krankenkasse"
    intent = understand(
        "Der Techniker von Vodafone hat meine Adresse notiert, bitte löschen", catalog
    )
    assert intent.company == "vodafone-de"


def test_a_wish_in_doubt_is_no_request_for_a_right(catalog) -> None:
    intent = understand("je sais pas si je veux supprimer mon compte fnac", catalog)
    assert intent.right is None


@pytest.mark.parametrize(
    "text",
    [
        "I use Spotify. I get Qobuz through my phone plan, please delete my data",
    ],
)
def test_a_name_after_get_or_like_is_not_the_company_asked(catalog, text: str) -> None:
    assert understand(text, catalog).unknown_company is None


def test_a_service_after_my_is_the_service_unless_the_thing_does_something(catalog) -> None:
    assert understand("delete my reddit data", catalog).company == "reddit"
    assert understand("please delete my telegram data", catalog).company == "telegram"


@pytest.mark.parametrize(
    "text",
    [
        "I want the new phone Amazon promised sent to me",
        "Free a arrêté de m'envoyer mes factures papier, c'est bizarre",
        "Vodafone non mi scrivono più, strano",
    ],
)
def test_a_story_of_mail_that_stopped_or_a_parcel_asks_no_right(catalog, text: str) -> None:
    assert understand(text, catalog).right is None


@pytest.mark.parametrize(
    "text",
    [
        "Amazon: la cronologia spedizione è ferma da giorni, uffa",
    ],
)
def test_a_parcels_tracking_history_is_no_personal_data(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind != "request" and intent.right is None


def test_a_correction_asked_for_earlier_is_not_one_made_by_the_person(catalog) -> None:
    intent = understand(
        "J'ai demandé rectification de mon adresse à Fnac il y a un mois, toujours rien.",
        catalog,
    )
    assert (intent.kind, intent.right) == ("request", "correction")


@pytest.mark.parametrize(
    "text",
    [
        "Il mio nome è Luca Bianchi, sono passato da Iliad a Kena: cancellate i miei dati",
        "My surname is Bell. I moved from Iliad to Kena, please delete my data",
    ],
)
def test_moving_from_one_operator_to_another_is_no_renaming(catalog, text: str) -> None:
    assert understand(text, catalog).unknown_company == "Iliad"


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
