"""Readings that a story, a statute and everyday words must not throw off: an "Art. 15 GDPR"
is no Art.com and a cited law no company, "une orange" is a fruit, "one of the two" leaves the
choice to the person, a grievance told before the request does not hide it, and a right named
after "before" is not the one asked for now."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_a_statute_article_is_no_company(catalog) -> None:
    intent = understand(
        "Please send me a copy of all the personal data Spotify holds about me, this is a "
        "subject access request under Art. 15 GDPR.",
        catalog,
    )
    assert (intent.company, intent.right) == ("spotify", "access")


def test_a_cited_law_is_no_unknown_company_and_they_is_the_company_in_view(catalog) -> None:
    intent = understand(
        "Ich widerspreche der Werbung nach Art. 21 DSGVO, die sollen das sofort lassen",
        catalog,
        current_company="spotify",
    )
    assert intent.unknown_company is None
    assert (intent.company, intent.right) == ("spotify", "opt_out")


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mangé une orange ce matin puis j'ai effacé le tableau avant le cours",
        "ik ga morgen picknicken in het park met een picnic kleed, zin in!",
    ],
)
def test_a_lower_case_word_after_an_indefinite_article_is_a_thing(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None
    assert not intent.companies


def test_a_capitalised_brand_after_an_article_is_still_the_company(catalog) -> None:
    intent = understand("ik wil mijn account bij een Picnic verwijderen", catalog)
    assert intent.company == "picnic-app-nl"


def test_one_of_the_two_is_asked_not_chosen(catalog) -> None:
    intent = understand(
        "J'ai un forfait chez Orange et la box chez Bouygues, je voudrais demander l'accès à "
        "mes données chez l'un des deux",
        catalog,
    )
    assert intent.company is None
    assert intent.right == "access"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        (
            "Flew Ryanair to Porto in March, they charged me 55 euros for a bag that fit the "
            "sizer, I argued at the gate. Whatever, I've given up on the money. But what do "
            "they keep on me, passport number, card, the notes from the gate agent? I want a "
            "copy of all of it",
            "ryanair",
            "access",
        ),
        (
            "Je ne veux plus rien avoir à faire avec Vinted, qu'ils effacent mon compte et "
            "toutes mes données.",
            "vinted-uab",
            "deletion",
        ),
        (
            "hmm actually, before deleting anything I just want a copy of what Spotify has",
            "spotify",
            "access",
        ),
    ],
)
def test_the_request_at_the_end_of_a_story(catalog, text, company, right) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "request"
    assert (intent.company, intent.right) == (company, right)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Voglio che la TIM smetta di chiamarmi con le offerte", "opt_out"),
        ("mon opérateur m'envoie des pubs par SMS sans arrêt, je veux que ça cesse", "opt_out"),
    ],
)
def test_stop_the_marketing_is_an_opt_out_even_before_the_company_is_known(
    catalog, text, right
) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "request"
    assert intent.right == right


def test_a_spanish_de_after_a_name_is_no_german_entity(catalog) -> None:
    """'Zara de mí' is not ZARA Deutschland: with only the UK and German entities, a Spanish
    writer is asked which, never sent to one of them."""
    intent = understand("Quiero saber qué datos tiene Zara de mí", catalog)
    assert intent.company is None
    assert {c.id for c in intent.companies} == {"zara-gb", "zara-de"}


def test_abbreviations_and_years_are_no_unknown_company(catalog) -> None:
    intent = understand(
        "can you ask them to fix my address? it still shows the apartment I left in 2019",
        catalog,
        current_company="spotify",
    )
    assert (intent.company, intent.right) == ("spotify", "correction")
    intent = understand(
        "Dites-leur d'arrêter de m'envoyer des SMS publicitaires", catalog, current_company="sfr"
    )
    assert (intent.company, intent.right) == ("sfr", "opt_out")


def test_what_someone_asked_of_the_person_is_no_request(catalog) -> None:
    intent = understand(
        "My landlord asked me to delete the photos of the flat I posted online", catalog
    )
    assert intent.kind != "request" or intent.right is None


def test_the_last_self_correction_names_the_company(catalog) -> None:
    intent = understand(
        "Eigentlich wollte ich an Lidl schreiben, aber nee, Kaufland ist das Problem: die "
        "sollen mir sagen, was sie über mich gespeichert haben.",
        catalog,
    )
    assert (intent.company, intent.right) == ("kaufland", "access")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Voglio esercitare il diritto alla cancellazione presso Subito.it", "deletion"),
        (
            "J'habite à Montréal. Je veux que Vidéotron supprime mes renseignements personnels.",
            "deletion",
        ),
        ("DELTE MY UBER ACCOUNT AND EVERYTHING U HAVE ON ME", "deletion"),
        (
            "Vorrei vedere tutta la cronologia delle posizioni che Google Maps ha salvato su di me",
            "access",
        ),
    ],
)
def test_rights_in_words_the_rules_had_missed(catalog, text, right) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "request"
    assert intent.right == right


def test_a_person_who_cannot_say_which_company_is_asked(catalog) -> None:
    intent = understand(
        "J'ai été chez SFR puis chez Bouygues, je sais plus lequel garde encore mes anciennes "
        "données, je veux juste qu'elles soient supprimées",
        catalog,
    )
    assert intent.company is None
    assert intent.right == "deletion"


def test_an_unknown_company_named_twice_outweighs_the_one_moved_to(catalog) -> None:
    intent = understand(
        "I cancelled Hulu last year and moved to Netflix. Hulu apparently still has my card "
        "details, so please get them to delete it.",
        catalog,
    )
    assert intent.company != "netflix"


def test_an_old_router_is_no_old_address(catalog) -> None:
    intent = understand(
        "Ich hab noch meinen alten Telekom-Router, aber mein Vertrag läuft über 1&1 und das "
        "Internet bricht dauernd ab.",
        catalog,
    )
    assert intent.right is None
    assert intent.company is None


def test_to_opening_an_infinitive_is_no_place_for_a_company(catalog) -> None:
    intent = understand(
        "How long does a company have to reply to a subject access request in the UK?", catalog
    )
    assert intent.company is None
    assert not intent.companies


def test_a_shop_named_twice_with_a_common_words_spelling_is_not_lost_to_an_app(catalog) -> None:
    # "subito" is also Italian for "at once"; written as a name twice, it names the shop
    intent = understand(
        "Ho venduto una bici su Subito il mese scorso. Poi mi hanno scritto su Telegram degli "
        "sconosciuti. Vorrei sapere che dati conserva Subito su di me.",
        catalog,
    )
    assert intent.company != "telegram"
    assert intent.unknown_company == "Subito"


def test_how_someone_else_asked_to_delete_something_is_no_request(catalog) -> None:
    intent = understand("My nephew asked me how to delete his search history on Google", catalog)
    assert intent.right is None
    intent = understand("The new trainee, Lidia, asked me how to delete cookies, no idea", catalog)
    assert (intent.kind, intent.right) == ("unknown", None)


def test_a_storys_closing_wish_decides_the_right(catalog) -> None:
    intent = understand(
        "I deleted the Tinder app last year and moved on. A friend says they keep old chats "
        "anyway. I'd really like to know what Tinder still has on me.",
        catalog,
    )
    assert intent.right == "access"


def test_an_identity_number_to_fix_makes_a_story_a_request(catalog) -> None:
    intent = understand(
        "Alla posta mi hanno detto che il codice fiscale non torna. C'è un errore. Mi serve che "
        "Poste Italiane corregga il codice fiscale nei loro archivi.",
        catalog,
    )
    assert (intent.kind, intent.right, intent.unknown_company) == (
        "request",
        "correction",
        "Poste Italiane",
    )


def test_can_a_named_company_act_is_a_request_but_can_they_stays_a_question(catalog) -> None:
    intent = understand("I'm in Ohio - can Spokeo remove my listing from their site?", catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", "spokeo", "deletion")
    assert understand("Can they remove my data?", catalog).kind == "question"
    assert understand("Can you delete my last message?", catalog).right is None


def test_a_company_set_aside_as_a_past_belief_leaves_the_other(catalog) -> None:
    intent = understand(
        "Zuerst dachte ich, das war die Allianz, aber mein Vertrag läuft über die AXA. Die "
        "sollen bitte meine Adresse korrigieren.",
        catalog,
    )
    assert (intent.company, intent.right) == ("axa", "correction")


def test_the_clause_saying_where_the_letter_goes_decides(catalog) -> None:
    intent = understand(
        "I got junk mail for weeks, too. At first I blamed Uber since I had just signed up. "
        "Now I know better - it's Acxiom I want to write to, for a copy of my profile.",
        catalog,
        today=None,
    )
    assert intent.company is None or intent.company.startswith("acxiom")
    assert {c.id for c in intent.companies} <= {"acxiom", "acxiom-broker", "acxiom-gb"}


def test_the_company_under_way_gives_way_to_the_other_one_named(catalog) -> None:
    intent = understand(
        "nee sorry, bij ING heb ik alleen een spaarrekening, het gaat om ABN AMRO",
        catalog,
        expecting="residence",
        under_way="ing-diba",
    )
    assert intent.company == "abn-amro"


def test_a_kind_of_company_is_no_unknown_name(catalog) -> None:
    intent = understand("Mein Handyanbieter nervt mich ständig mit Werbeanrufen", catalog)
    assert intent.unknown_company is None
    assert intent.right == "opt_out"


def test_passing_data_on_to_partners_is_an_opt_out_in_dutch(catalog) -> None:
    intent = understand("Ik wil dat bunq mijn gegevens niet meer aan partners doorgeeft", catalog)
    assert intent.right == "opt_out"


def test_a_person_shaped_name_is_no_company_name() -> None:
    from assistant.understanding.slots import looks_like_person_name

    assert looks_like_person_name("Ana de la Rosa Vidal")
    assert looks_like_person_name("Joost van den Heuvel")
    assert looks_like_person_name("Ama Owusu-Ansah")
    assert not looks_like_person_name("Banco de Sabadell")
    assert not looks_like_person_name("Hugo Boss")


def test_an_account_closed_elsewhere_leaves_the_company_still_writing(catalog) -> None:
    intent = understand(
        "Ik bestelde bij Picnic en bij Deliveroo. Mijn Deliveroo-account heb ik al opgezegd. "
        "Maar Picnic blijft me mailen, ik wil dat ze alles wissen.",
        catalog,
    )
    assert (intent.company, intent.right) == ("picnic-app-nl", "deletion")


def test_what_they_kept_is_an_access_request(catalog) -> None:
    intent = understand("I'd like to see exactly what Airbnb kept from my ID check", catalog)
    assert intent.right == "access"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        (
            "Abito a Torino. Mi serve una richiesta di cancellazione per Esselunga, la carta "
            "Fidaty non la uso più da anni.",
            "Esselunga",
            "deletion",
        ),
        (
            "Ik woon in Eindhoven. Kun je een verwijderingsverzoek opstellen voor Marktplaats?",
            "Marktplaats",
            "deletion",
        ),
        (
            "Hola! vivo en Ciudad de México. ¿Me ayudas a pedirle a Mercado Libre acceso a mis "
            "datos?",
            "Mercado Libre",
            "access",
        ),
    ],
)
def test_a_place_said_first_is_passed_over_for_the_company_not_known(
    catalog, text: str, company: str, right: str
) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "request"
    assert (intent.unknown_company, intent.right) == (company, right)
    assert intent.residence in ("IT", "NL", "MX")


def test_opposing_in_so_many_words_is_an_opt_out(catalog) -> None:
    intent = understand(
        "CaixaBank me llama cada semana para venderme seguros, quiero oponerme al uso de mis "
        "datos con fines comerciales",
        catalog,
    )
    assert intent.right == "opt_out"


def test_everyday_words_joined_are_no_one_word_company(catalog) -> None:
    intent = understand(
        "hey can u get linkedn to stop useing my profile for there ad targeting thx", catalog
    )
    assert intent.company == "linkedin"  # never Adtargeting GmbH
    assert understand("je veu savoir ce que bla bla car a sur moi", catalog).company == (
        "blablacar"
    )


def test_help_with_homework_is_no_request(catalog) -> None:
    intent = understand(
        "Mon prof m'a demandé de résumer le droit à l'oubli pour un exposé, tu peux m'aider à "
        "faire un plan ?",
        catalog,
    )
    assert intent.right is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hello, my name is Siobhán Ní Bhriain and I live in Dublin, Ireland. I'd like "
            "Spotify to send me a copy of my data.",
            "Siobhán Ní Bhriain",
        ),
        (
            "Ich heiße Hans-Jürgen Müller-Lüdenscheidt und wohne in Köln",
            "Hans-Jürgen Müller-Lüdenscheidt",
        ),
        ("Mon nom est mal écrit sur mon compte SNCF Connect", None),
        ("show me the requests I've already sent", None),
    ],
)
def test_the_name_after_my_name_is_ends_where_the_name_does(
    catalog, text: str, name: str | None
) -> None:
    intent = understand(text, catalog)
    assert intent.name == name
    assert intent.unknown_company is None


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        (
            "Under the CCPA (Cal. Civ. Code 1798.110) I'm asking Spokeo to disclose the categories "
            "and the specific pieces of personal information it has compiled about me.",
            "spokeo",
            "access",
        ),
        (
            "dropped Lyft for Uber ages ago, Lyft doesn't need my ride history anymore so have "
            "them erase it",
            "lyft",
            "deletion",
        ),
        (
            "el alexa de la cocina lo escucha todo, quiero que amazon me diga que grabaciones de "
            "voz tienen guardadas mias",
            "amazon-es",
            "access",
        ),
    ],
)
def test_rights_asked_in_other_words(catalog, text: str, company: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, right)


def test_a_former_name_is_not_the_company_meant(catalog) -> None:
    intent = understand(
        "Ik las over het datalek bij Odido. Ik zat daar jaren geleden, toen heette het nog "
        "T-Mobile. Ik wil weten welke gegevens ze nog van mij hebben.",
        catalog,
    )
    assert intent.company is None  # never T-Mobile USA
    assert (intent.unknown_company, intent.right) == ("Odido", "access")


@pytest.mark.parametrize(
    ("text", "company", "unknown", "right"),
    [
        (
            "J'ai eu SFR puis Bouygues. C'est chez Bouygues que je veux récupérer une copie de "
            "mes données, SFR je m'en fiche.",
            None,
            "Bouygues",
            "access",
        ),
        (
            "Both Airbnb and Booking.com have my email, but it's Booking that won't stop with "
            "the marketing emails. Opt me out of those please, Airbnb's fine.",
            "booking-com",
            None,
            "opt_out",
        ),
        (
            "Ho la carta sia di Esselunga che di Coop, ma è Esselunga che mi preoccupa: voglio "
            "che smettano di profilarmi in base a quello che compro",
            None,
            "Esselunga",
            "opt_out",
        ),
        (
            "Vivo en Valencia y quiero que El Corte Inglés rectifique mi dirección",
            None,
            "El Corte Inglés",
            "correction",
        ),
    ],
)
def test_the_company_a_cleft_sentence_singles_out(
    catalog, text: str, company: str | None, unknown: str | None, right: str
) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.unknown_company, intent.right) == (company, unknown, right)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("hey can u get me a copy of evrything linkedin has stored on me", "access"),
        ("quiero saber toda la info que google guarda sobre mi", "access"),
        ("Mijn oude Thuisbezorgd-account moet weg, met alle gegevens erbij.", "deletion"),
        ("Ik wil dat mijn gegevens bij bunq gecorrigeerd worden", "correction"),
    ],
)
def test_rights_said_the_way_people_say_them(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


def test_a_question_about_objecting_to_a_tax_value_is_no_request(catalog) -> None:
    intent = understand(
        "Ik wil bezwaar maken tegen de WOZ-waarde van mijn huis, hoe doe ik dat?", catalog
    )
    assert intent.right is None


def test_a_name_with_two_particles_is_kept_whole(catalog) -> None:
    intent = understand(
        "Hi, my name is Margaret van der Berg, I live in Toronto and my email is "
        "m.vanderberg@example.ca.",
        catalog,
    )
    assert intent.name == "Margaret van der Berg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hi, I'm Anna-Louise Pemberton-Reyes, I live in Toronto, and Connective Med has my "
            "date of birth wrong.",
            "Anna-Louise Pemberton-Reyes",
        ),
        ("Soy Ana García y quiero que Glovo borre mis datos", "Ana García"),
        ("I'm New York based and want Spotify to delete my data", None),
        ("I'm Very Angry at Spotify", None),
        ("I am Canadian and Spotify has my data", None),
    ],
)
def test_a_person_introducing_themselves_gives_a_name_only_shaped_like_one(
    catalog, text: str, name: str | None
) -> None:
    assert understand(text, catalog).name == name


@pytest.mark.parametrize(
    ("text", "kind", "right"),
    [
        (
            "Google is fine, it's Dropbox I want scrubbed, they still have my old account",
            "request",
            "deletion",
        ),
        (
            "Je veux récupérer une copie de tout ce que Messenger a gardé de mes conversations",
            "request",
            "access",
        ),
        ("Je veux savoir tout ce que YouTube a enregistré sur moi", "request", "access"),
        (
            "Amazon mi ha mandato il prodotto sbagliato, voglio cancellare l'ordine",
            "complaint",
            None,
        ),
        (
            "Reddit removed my post and now I'm locked out, how do I get my account back",
            "complaint",
            None,
        ),
    ],
)
def test_orders_and_accounts_to_get_back_are_no_rights_and_plain_words_are(
    catalog, text: str, kind: str, right: str | None
) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == (kind, right)


def test_our_everyday_thing_is_no_company(catalog) -> None:
    intent = understand("onze picnic in het vondelpark viel letterlijk in het water haha", catalog)
    assert intent.company is None and not intent.companies
    assert understand("picnic moet mijn gegevens verwijderen", catalog).company == "picnic-app-nl"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Abito a Milano. Chiedo che Enel Energia non usi più i miei dati per telefonate "
            "commerciali.",
            "opt_out",
        ),
        (
            "Orange a mal orthographié mon nom sur toutes les factures, vous pouvez leur demander "
            "de corriger ça ?",
            "correction",
        ),
    ],
)
def test_asking_the_assistant_to_ask_them_is_a_request(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)
