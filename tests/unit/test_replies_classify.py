"""The reply reader on short replies written for these tests (not from the dev or held-out
sets): each says one thing, in one of the six languages, in words the dev set does not use."""

from __future__ import annotations

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.message import pasted
from assistant.replies.sentences import sentences

CASES = [
    # (language, text, event, reason, new_due, extension)
    ("en", "Hello,\n\nThis email confirms that your data subject access request has been "
     "logged with our privacy team. We aim to respond within one month.\n\nRegards,\nAcme",
     "acknowledged", None, None, None),
    ("en", "Dear Ms Lee,\n\nBefore we can release any information we must verify your identity. "
     "Please send us a scan of your passport or driving licence.\n\nThanks",
     "identity_asked", None, None, None),
    ("en", "Hi,\n\nOwing to the volume of records involved, we will need an additional 45 days "
     "to complete your request.\n\nBest",
     "extended", None, None, {"days": 45}),
    ("en", "Hello,\n\nWe have processed your deletion request and your account has been "
     "permanently erased.\n\nKind regards",
     "answered_full", None, None, None),
    ("en", "Dear customer,\n\nWe searched our systems and found no records associated with "
     "your email address.\n\nRegards",
     "answered_full", "no_data", None, None),
    ("en", "Hello,\n\nWe are unable to fulfil your request because our records show you "
     "live in Texas, and the California Consumer Privacy Act only applies to residents of "
     "California.\n\nRegards",
     "denied", "outside_jurisdiction", None, None),
    ("en", "Hi,\n\nWe received your request. Please note that we handle all privacy requests "
     "through our online portal at https://privacy.example.com/requests; please submit it "
     "there.\n\nThanks",
     "use_other_channel", None, None, None),
    ("de", "Sehr geehrte Frau Kurz,\n\nhiermit bestätigen wir den Eingang Ihres Antrags auf "
     "Auskunft. Wir werden uns fristgerecht bei Ihnen melden.\n\nMit freundlichen Grüßen",
     "acknowledged", None, None, None),
    ("de", "Guten Tag,\n\nzur Prüfung Ihrer Identität senden Sie uns bitte eine Kopie Ihres "
     "Personalausweises.\n\nFreundliche Grüße",
     "identity_asked", None, None, None),
    ("de", "Sehr geehrter Herr Roth,\n\nwegen der Vielzahl der betroffenen Systeme verlängern "
     "wir die Frist zur Beantwortung um zwei Monate bis zum 15. März 2027.\n\nMit "
     "freundlichen Grüßen",
     "extended", None, "2027-03-15", {"months": 2}),
    ("de", "Guten Tag,\n\nwir haben Ihr Kundenkonto sowie alle dazugehörigen Daten gelöscht."
     "\n\nViele Grüße",
     "answered_full", None, None, None),
    ("de", "Sehr geehrte Damen und Herren,\n\nIhrem Antrag auf Löschung können wir nicht "
     "nachkommen, da wir die Daten aufgrund gesetzlicher Aufbewahrungspflichten (§ 147 AO) "
     "weiter speichern müssen.\n\nMit freundlichen Grüßen",
     "denied", "exemption", None, None),
    ("fr", "Madame,\n\nNous accusons réception de votre demande de suppression, qui sera "
     "traitée dans les meilleurs délais.\n\nCordialement",
     "acknowledged", None, None, None),
    ("fr", "Bonjour,\n\nAfin de vérifier votre identité, merci de nous transmettre une copie "
     "de votre carte d'identité.\n\nCordialement",
     "identity_asked", None, None, None),
    ("fr", "Bonjour,\n\nVous trouverez ci-joint une copie des données personnelles vous "
     "concernant.\n\nCordialement",
     "answered_full", None, None, None),
    ("fr", "Madame,\n\nAprès vérification, nous ne détenons aucune donnée vous concernant."
     "\n\nCordialement",
     "answered_full", "no_data", None, None),
    ("es", "Estimado cliente:\n\nHemos recibido su solicitud de acceso y le responderemos en "
     "el plazo legal.\n\nAtentamente",
     "acknowledged", None, None, None),
    ("es", "Estimada Sra. Ruiz:\n\nPara tramitar su solicitud, le rogamos nos remita una "
     "copia de su DNI por ambas caras.\n\nAtentamente",
     "identity_asked", None, None, None),
    ("es", "Hola:\n\nHemos eliminado su cuenta y todos sus datos personales de nuestros "
     "sistemas.\n\nUn saludo",
     "answered_full", None, None, None),
    ("es", "Estimado Sr. Gil:\n\nDebido al volumen de información, ampliamos el plazo de "
     "respuesta en dos meses, hasta el 20 de marzo de 2027.\n\nAtentamente",
     "extended", None, "2027-03-20", {"months": 2}),
    ("it", "Gentile Cliente,\n\nLa informiamo che abbiamo ricevuto la Sua richiesta di "
     "cancellazione e che verrà evasa entro i termini di legge.\n\nCordiali saluti",
     "acknowledged", None, None, None),
    ("it", "Gentile Signore,\n\nLe comunichiamo che abbiamo provveduto alla cancellazione "
     "dei Suoi dati personali.\n\nCordiali saluti",
     "answered_full", None, None, None),
    ("it", "Gentile Signora,\n\nvista la complessità della richiesta, il termine per la "
     "risposta è prorogato di ulteriori due mesi.\n\nDistinti saluti",
     "extended", None, None, {"months": 2}),
    ("nl", "Beste klant,\n\nWe hebben je verzoek in goede orde ontvangen en nemen binnen "
     "een maand contact met je op.\n\nMet vriendelijke groet",
     "acknowledged", None, None, None),
    ("nl", "Geachte heer De Vries,\n\nWij hebben uw gegevens uit al onze systemen verwijderd."
     "\n\nMet vriendelijke groet",
     "answered_full", None, None, None),
    ("nl", "Beste Anna,\n\nIn verband met de omvang van je verzoek verlengen we de termijn "
     "met twee maanden.\n\nGroet",
     "extended", None, None, {"months": 2}),
    ("nl", "Geachte mevrouw,\n\nWij zijn slechts verwerker namens onze klanten en kunnen uw "
     "verzoek daarom niet inwilligen. Neemt u contact op met de verwerkingsverantwoordelijke."
     "\n\nMet vriendelijke groet",
     "denied", "not_controller", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event", "reason", "new_due", "extension"), CASES)
def test_reads_each_kind_of_reply(
    language: str,
    text: str,
    event: str,
    reason: str | None,
    new_due: str | None,
    extension: dict[str, int] | None,
) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == (event, reason)
    assert (reading.new_due, reading.extension) == (new_due, extension)
    assert reading.language == language
    assert reading.quote and reading.quote in " ".join(text.split())


def test_out_of_office_is_not_a_reply_even_with_dates() -> None:
    text = "Hello,\n\nI am out of the office until 4 January 2027 with no access to email.\n\nTom"
    reading = read_reply(pasted(text))
    assert (reading.event, reading.kind, reading.new_due) == ("not_a_reply", "ooo", None)


def test_nothing_recognisable_is_unclear_rather_than_guessed() -> None:
    reading = read_reply(pasted("Hello,\n\nPlease call me back tomorrow.\n\nBob"))
    assert reading.event is None
    assert reading.next is None


def test_sentences_keep_abbreviations_together() -> None:
    text = "Under Cal. Civ. Code § 1798.130 we may refuse. Art. 12 Abs. 3 DSGVO applies."
    assert sentences(text) == [
        "Under Cal. Civ. Code § 1798.130 we may refuse.",
        "Art. 12 Abs. 3 DSGVO applies.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hello,\n\nWe have received your request. If we need to verify your identity, we will "
        "contact you.\n\nRegards",
        "Hello,\n\nWe have received your request and will respond within one month; this may "
        "be extended by two further months where necessary.\n\nRegards",
        "Guten Tag,\n\nwir haben Ihren Antrag erhalten. Die Frist kann in Ausnahmefällen um "
        "zwei Monate verlängert werden.\n\nGrüße",
    ],
)
def test_what_might_happen_is_not_what_happened(text: str) -> None:
    reading = read_reply(pasted(text))
    assert reading.event == "acknowledged"
    assert (reading.new_due, reading.extension) == (None, None)
