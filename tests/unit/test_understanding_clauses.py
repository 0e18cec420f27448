"""How the parts of a sentence decide company and right: elided articles ("qu'Uber"), who
receives data ("sharing with Facebook"), negation words in each language, the clause that asks
for the right, national web sites, everyday-word brands outside a privacy matter, German
compounds, and requests or questions phrased about "me" in six languages."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _read(catalog, text: str, current: str | None = None):
    intent = understand(text, catalog, current_company=current)
    return intent.company, (intent.right if intent.kind == "request" else None)


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Je vis à Montréal, je voudrais qu'Uber efface mon compte.", "uber", "deletion"),
        ("Je veux qu'Insta arrête de me cibler avec de la pub.", "instagram", "opt_out"),
        ("L'app d'Uber garde mes données, je veux qu'elles soient effacées", "uber", "deletion"),
    ],
)
def test_an_elided_article_does_not_hide_the_name(catalog, text, company, right) -> None:
    assert _read(catalog, text) == (company, right)


@pytest.mark.parametrize(
    "text",
    [
        "Stop WhatsApp from sharing my number with Facebook.",
        "Que WhatsApp deje de compartir mis datos con Facebook.",
        "WhatsApp soll meine Daten nicht mit Facebook teilen.",
    ],
)
def test_the_company_data_goes_to_is_not_the_one_asked(catalog, text) -> None:
    assert _read(catalog, text) == ("whatsapp", "opt_out")


@pytest.mark.parametrize(
    "text",
    [
        "Delete my data at Facebook and Instagram",
        "I use Facebook and Instagram, delete my data",
        "Delete my Facebook data. Instagram too.",
    ],
)
def test_two_companies_for_one_right_are_still_asked_about(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None
    assert {m.id for m in intent.companies} == {"facebook", "instagram"}


def test_the_clause_asking_for_the_right_names_the_company(catalog) -> None:
    text = "Lösch mein Konto bei Spotify, ich nutz jetzt Apple Music."
    assert _read(catalog, text) == ("spotify", "deletion")


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Nessuna cancellazione: voglio solo che Netflix corregga il mio cognome.", "netflix",
         "correction"),
        ("Ni Movistar ni Orange: es Glovo el que tiene que borrar mis datos.", "glovo",
         "deletion"),
        ("Je ne veux pas qu'Uber supprime mon compte, juste qu'ils corrigent mon numéro.", "uber",
         "correction"),
        ("Mijn dochter heeft een Spotify-account. Ze gebruikt het niet meer en ik wil dat alles "
         "wordt verwijderd.", "spotify", "deletion"),
    ],
)  # fmt: skip
def test_negation_words_and_their_reach(catalog, text, company, right) -> None:
    assert _read(catalog, text) == (company, right)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Ik woon in Rotterdam en wil dat Amazon mijn gegevens verwijdert.", "amazon-nl"),
        ("Seattle, Washington here; I want Amazon to delete my Alexa recordings.", "amazon"),
        ("Richiesta di rettifica: il mio indirizzo su Zalando è sbagliato.", "zalando"),
    ],
)
def test_the_entity_for_the_persons_country(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


def test_a_national_company_of_another_country_is_asked_about(catalog) -> None:
    intent = understand("voglio ke vodafone cancelli i miei dati subitoo", catalog)
    assert intent.company is None
    assert [m.id for m in intent.companies] == ["vodafone-de"]


@pytest.mark.parametrize(
    "text",
    [
        "Zoom in on the map please",
        "Ich fahre morgen mit der Bahn nach Hamburg.",
        "Free ou Orange, lequel est le moins cher ?",
    ],
)
def test_an_everyday_word_brand_needs_a_privacy_matter(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and not intent.companies


def test_a_german_compound_is_no_company_name(catalog) -> None:
    text = "Und die sollen auch meine alte Lieferadresse löschen."
    assert _read(catalog, text, current="zalando") == ("zalando", "deletion")


@pytest.mark.parametrize(
    ("text", "kind", "right"),
    [
        ("Ik woon in Antwerpen. Kan Netflix mij een kopie van mijn gegevens sturen?", "request",
         "access"),
        ("Kann Netflix mir sagen, welche Daten sie über mich haben?", "request", "access"),
        ("¿Puede Spotify vender mis datos a otras empresas?", "question", None),
        ("Was hat Payback eigentlich alles über mich gespeichert? Ich will das schriftlich.",
         "request", "access"),
    ],
)  # fmt: skip
def test_requests_phrased_as_questions(catalog, text, kind, right) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right if intent.kind == "request" else None) == (kind, right)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Madame, je vous prie de bien vouloir me communiquer l'ensemble des données "
         "personnelles me concernant détenues par Deezer.", "access"),
        ("google soll alles über mich vergessen", "deletion"),
        ("Voglio che Facile.it smetta di cedere i miei dati a terzi.", "opt_out"),
        ("Netflix keeps recommending stuff, I want them to stop using my data for that",
         "opt_out"),
        ("Hey, can you get LinkedIn to hand over all the data they hold on me?", "access"),
        ("hey kannst du bei airbnb anfragen welche daten die von mir haben", "access"),
        ("Ich bin umgezogen und die Adresse bei der Sparkasse ist noch die alte.", "correction"),
        ("Albert Heijn stuurt me steeds aanbiedingen, daar wil ik vanaf.", "opt_out"),
    ],
)  # fmt: skip
def test_right_phrases(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


def test_a_formal_german_letter_names_the_telekom(catalog) -> None:
    text = "Hiermit mache ich mein Recht auf Auskunft nach Art. 15 DSGVO gegenüber der Telekom."
    assert _read(catalog, text) == ("telekom-de", "access")


def test_a_company_named_again_outweighs_an_unknown_one_beside_it(catalog) -> None:
    text = "Ich hab bei Lidl und Aldi Kundenkarten, aber es geht mir nur um Lidl: bitte Auskunft."
    assert _read(catalog, text) == ("lidl", "access")


def test_where_someone_has_always_lived(catalog) -> None:
    text = "I've lived in Bristol my whole life. I need Experian to correct my file."
    intent = understand(text, catalog)
    assert (intent.residence, intent.company, intent.right) == ("GB", "experian-gb", "correction")


def test_a_capitalised_german_noun_is_no_brand_outside_a_privacy_matter(catalog) -> None:
    intent = understand("Wer hat die Fußball-WM 2014 gewonnen?", catalog)
    assert intent.company is None and not intent.companies


def test_words_with_sharp_s_are_known_words() -> None:
    from assistant.understanding.lexicon import zipf

    assert zipf("Fußball") > 4 and zipf("Straße") > 4


def test_a_name_written_with_a_standalone_ampersand(catalog) -> None:
    text = "Wohnhaft in Innsbruck. Ich möchte, dass Miles & More meine Daten löscht."
    assert _read(catalog, text) == ("miles-and-more", "deletion")


def test_selling_a_bike_is_not_selling_data(catalog) -> None:
    intent = understand(
        "Ich hab bei Kleinanzeigen ein Fahrrad verkauft, aber der Käufer zahlt nicht.", catalog
    )
    assert intent.right is None and intent.kind == "complaint"


def test_a_brand_that_collects_for_another_is_asked_about_not_picked(catalog) -> None:
    text = "hallo, ich hätte gern ne auskunft von dm was die über mich haben (payback + app)"
    intent = understand(text, catalog)
    assert intent.company is None
    assert {m.id for m in intent.companies} == {"dm-drogerie", "payback"}


def test_asking_through_us_whether_they_can_act_is_a_request(catalog) -> None:
    text = "Mijn telefoonnummer bij Deliveroo is veranderd, kunnen ze dat aanpassen?"
    assert _read(catalog, text) == ("deliveroo", "correction")
    assert understand("Can they delete my data?", catalog).kind == "question"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Wir haben ein Konto bei IKEA. Das Konto und alle Daten sollen weg.", "deletion"),
        ("Je ne veux pas que Bolt efface mon compte, je veux juste qu'ils arrêtent de partager "
         "mes données.", "opt_out"),
        ("k dejen de mandarme publi de h&m!!", "opt_out"),
        ("h&m keeps spamming me with promos, make it stop, they can keep my account", "opt_out"),
        ("Je souhaite que IKEA me communique toutes les données qu'elle détient sur moi.",
         "access"),
        ("Vorrei che IKEA mi comunicasse quali dati personali conserva su di me.", "access"),
        ("Ik wil dat IKEA mij laat weten welke persoonsgegevens ze van mij hebben.", "access"),
        ("Ich will wissen, an wen Check24 meine Daten weitergegeben hat.", "access"),
        ("Ik doe een beroep op mijn recht op vergetelheid bij Google.", "deletion"),
        ("Ich will das die Telekom mich nicht mehr anruft wegen irgendwelcher Angebote",
         "opt_out"),
        ("I'm requesting a copy of all personal information Reddit has collected about me.",
         "access"),
    ],
)  # fmt: skip
def test_more_right_phrases(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


def test_a_product_a_record_lists_is_no_company_outside_a_privacy_matter(catalog) -> None:
    intent = understand("Was kostet ein Deutschlandticket?", catalog)
    assert intent.company is None and not intent.companies


def test_a_brand_that_is_its_own_web_address_is_still_found(catalog) -> None:
    text = "Est-ce qu'Etsy a le droit de partager mes achats avec des annonceurs ?"
    assert understand(text, catalog).company == "etsy"


def test_two_capitalised_words_joined_are_a_web_address(catalog) -> None:
    text = "Wie lange muss Trade Republic meine Ausweisdaten aufbewahren?"
    assert understand(text, catalog).company == "trade-republic-bank-gmbh"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Je veux qu'Alexa oublie tous mes enregistrements vocaux.", "deletion"),
        ("Voglio che Alexa dimentichi tutte le mie registrazioni.", "deletion"),
        ("Ik wil dat Alexa al mijn opnames vergeet.", "deletion"),
        ("Quiero que YouTube deje de guardar mi historial de búsqueda.", "deletion"),
        ("No quiero que Etsy borre nada, solo que me digan qué datos guardan.", "access"),
    ],
)
def test_forget_and_stop_keeping_in_each_language(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


def test_a_town_named_with_its_state_is_no_company(catalog) -> None:
    intent = understand("The weather in Oracle, Arizona is brutal this week.", catalog)
    assert intent.company is None and not intent.companies
    assert understand("I want Oracle to delete my data", catalog).company == "oracle"


def test_a_company_with_its_own_record_is_not_its_parent(catalog) -> None:
    assert understand("Quiero que Fitbit elimine mis datos de salud.", catalog).company == "fitbit"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("I want Yahoo to delete my old email account and everything in it.", "verizon-media",
         "deletion"),
        ("Nein, nicht löschen. Ich will nur, dass Disney meine E-Mail-Adresse ändert.", "disney",
         "correction"),
        ("I looked myself up and Intelius shows my old phone number. I want my listing taken "
         "down.", "intelius", "deletion"),
        ("Nee, niets verwijderen: alleen een kopie van wat Garmin over mij weet.", "garmin",
         "access"),
    ],
)  # fmt: skip
def test_brand_names_and_phrasings_found_later(catalog, text, company, right) -> None:
    assert _read(catalog, text) == (company, right)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Edeka soll meine Daten löschen", "edeka-zentrale"),
        ("REWE soll meine Daten löschen", "rewe-shop"),
        ("E.ON soll meine Daten löschen", "eon-energie"),
        ("Delete my data at REWE", "rewe-shop"),
    ],
)
def test_a_web_address_word_that_begins_the_records_name_names_it_where_requests_do(
    catalog, text, company
) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.company) == ("request", company)


def test_an_everyday_word_that_is_a_web_address_word_is_not_enough(catalog) -> None:
    intent = understand("Signal should delete my data", catalog)
    assert intent.company is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Ab wann ist PayPal zu spät mit der Antwort?", "paypal"),
        ("Qu'est-ce que je peux faire si Free ne répond pas dans le mois ?", "free-fr"),
    ],
)
def test_a_question_about_a_requests_answer_names_its_company(catalog, text, company) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.company) == ("question", company)


def test_a_loose_likeness_keeps_no_right_alive(catalog) -> None:
    intent = understand("I need to erase the whiteboard before class.", catalog)
    assert intent.company is None and intent.kind != "request"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("orange a mon ancienne adresse faut changer", "correction"),
        ("booking tiene mi telefono viejo, cambienlo", "correction"),
        ("booking ha il mio vecchio numero cambiatelo", "correction"),
        ("booking heeft mn oude nummer, graag veranderen", "correction"),
        ("Je réside à Marseille et je veux qu'Uber m'envoie mes données.", "access"),
        ("Ik woon in Den Haag en wil dat Spotify mij mijn gegevens stuurt.", "access"),
        ("Ich will nicht, dass Vodafone irgendwas löscht – ich brauche nur eine Aufstellung "
         "meiner gespeicherten Daten.", "access"),
        ("J'ai acheté un billet, depuis SNCF Connect m'envoie des mails tous les jours. Je ne "
         "veux plus recevoir leurs offres commerciales.", "opt_out"),
    ],
)  # fmt: skip
def test_old_details_sending_me_my_data_and_overviews(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


def test_a_german_negation_closing_the_clause(catalog) -> None:
    text = (
        "Ich möchte nicht, dass meine Daten an Dritte weitergegeben werden – aber löschen soll "
        "Payback sie nicht."
    )
    assert _read(catalog, text) == ("payback", "opt_out")


def test_a_question_about_ones_rights_names_its_company(catalog) -> None:
    intent = understand("Welche Rechte habe ich eigentlich gegenüber der Schufa?", catalog)
    assert (intent.kind, intent.company) == ("question", "schufa")


def test_a_likeness_of_spelling_does_not_compete_with_a_named_company(catalog) -> None:
    assert _read(catalog, "kiero saver ke sabe facebook de mi") == ("facebook", "access")


@pytest.mark.parametrize(
    "text",
    [
        "I demand that TikTok stop commercially exploiting my data.",
        "J'exige que TikTok cesse immédiatement toute exploitation commerciale de mes données.",
        "Exijo que TikTok deje de explotar comercialmente mis datos.",
        "Pretendo che TikTok smetta di sfruttare commercialmente i miei dati.",
        "Ik eis dat TikTok stopt met het commercieel gebruiken van mijn gegevens.",
    ],
)
def test_commercial_exploitation_is_an_objection(catalog, text) -> None:
    assert _read(catalog, text) == ("tiktok", "opt_out")


@pytest.mark.parametrize(
    "text",
    [
        "¿Tengo que justificar por qué quiero que Spotify borre mis datos?",
        "Moet ik uitleggen waarom ik wil dat Spotify mijn gegevens verwijdert?",
        "Dois-je justifier ma demande de suppression auprès de Spotify ?",
    ],
)
def test_asking_what_one_must_do_is_a_question(catalog, text) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("question", None)


def test_can_they_tell_me_with_a_company_in_view_is_a_request(catalog) -> None:
    text = "Können die mir sagen, was sie alles gespeichert haben?"
    assert _read(catalog, text, current="netflix") == ("netflix", "access")


def test_dutch_separable_verbs_and_plural_agreement(catalog) -> None:
    text = "MIJN GEGEVENS BIJ AMAZON KLOPPEN NIET PAS ZE AAN"
    assert understand(text, catalog).right == "correction"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("Ich war bei Tinder. Jetzt will ich, dass nichts mehr von mir dort existiert.",
         "match-group", "deletion"),
        ("Alexa soll nicht mehr mithören und alle Aufnahmen löschen.", "amazon-de", "deletion"),
        ("löschung meines kontos bei check 24", "check24", "deletion"),
    ],
)  # fmt: skip
def test_german_clauses_compounds_and_numbers(catalog, text, company, right) -> None:
    assert _read(catalog, text) == (company, right)


def test_what_the_person_deletes_themselves_is_no_request(catalog) -> None:
    intent = understand(
        "Mein Chef will, dass ich die alten Kundendaten aus der Tabelle lösche.", catalog
    )
    assert intent.right is None


def test_an_unknown_company_asked_for_information_keeps_the_right(catalog) -> None:
    text = "Ich wohne in der Nähe von Stuttgart und will eine Datenauskunft von Bosch."
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (None, "access")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Je voudrais que tout disparaisse sur Vinted : photos, adresse, historique.", "deletion"),
        ("Quiero que desaparezca todo de Wallapop: fotos, dirección, historial.", "deletion"),
        ("I'd like all of it to disappear from Vinted: photos, address, history.", "deletion"),
        ("Ik wil dat alles bij Vinted verdwijnt: foto's, adres, geschiedenis.", "deletion"),
        ("Retiro mi consentimiento: Spotify no debe usar mis datos con fines publicitarios.",
         "opt_out"),
    ],
)  # fmt: skip
def test_disappearing_and_withdrawn_consent(catalog, text, right) -> None:
    assert understand(text, catalog).right == right


@pytest.mark.parametrize(
    "text",
    [
        "Il y a trois ans j'ai créé un compte sur Vinted pour vendre des vêtements de bébé.",
        "Drie jaar geleden maakte ik een account op Vinted om babykleren te verkopen.",
    ],
)
def test_selling_ones_own_things_is_not_selling_data(catalog, text) -> None:
    assert understand(text, catalog).right != "opt_out"


@pytest.mark.parametrize(
    "text",
    [
        "Delete the last paragraph of my email please.",
        "Borra el último párrafo de mi correo, porfa.",
    ],
)
def test_editing_a_text_is_no_request(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.kind != "request" and intent.right is None


@pytest.mark.parametrize(
    "text",
    ["whats pintrest got on me", "Please ask Discord what information they've collected on me."],
)
def test_contracted_what_they_have_on_me(catalog, text) -> None:
    assert understand(text, catalog).right == "access"


@pytest.mark.parametrize(
    "text",
    [
        "Merci de faire cesser toute utilisation de mes données à des fins de profilage - Google.",
        "Ik wil dat Google stopt met het profileren op basis van mijn gegevens.",
        "Por favor, que Google deje de usar mis datos para elaborar perfiles.",
    ],
)
def test_profiling_is_an_objection_and_its_word_is_not_misspelt(catalog, text) -> None:
    assert _read(catalog, text) == ("google", "opt_out")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Wie storniere ich eine Bestellung bei Otto?", "otto-handel"),
        ("Hoe annuleer ik een bestelling bij Amazon?", "amazon-nl"),
    ],
)
def test_an_everyday_word_brand_named_about_an_order(catalog, text, company) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, None)


def test_german_will_without_a_question_mark_is_a_wish(catalog) -> None:
    intent = understand("will nich das payback meine einkäufe auswertet", catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", "payback", "opt_out")
