"""Still more ways companies say the same things: opt-outs and corrections carried out, copies
sent, portals, receipts and refusals, in each language (replies written for these tests)."""

from __future__ import annotations

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.message import pasted

CASES = [
    ("en", "Hi,\n\nYou have been opted out of the sale and sharing of your personal "
     "information.\n\nThanks", "answered_full", None),
    ("en", "Hello,\n\nWe've updated the email address on your account as requested.\n\nBest",
     "answered_full", None),
    ("en", "Dear Sir,\n\nEnclosed is a copy of the personal information we hold about you."
     "\n\nRegards", "answered_full", None),
    ("en", "Hi,\n\nThanks for your message. Please resend your request using the form in the "
     "Privacy section of our app.\n\nCheers", "use_other_channel", None),
    ("en", "Hello,\n\nThanks for reaching out! Our privacy team is reviewing your request and "
     "will be in touch shortly.\n\nSupport", "acknowledged", None),
    ("de", "Hallo,\n\nwir haben Ihre E-Mail-Adresse aktualisiert und die falsche Anschrift "
     "berichtigt.\n\nGrüße", "answered_full", None),
    ("de", "Sehr geehrte Frau Lang,\n\nanbei erhalten Sie die Auskunft über die zu Ihrer Person "
     "gespeicherten Daten.\n\nMit freundlichen Grüßen", "answered_full", None),
    ("de", "Guten Tag,\n\nzu Ihrer E-Mail-Adresse sind bei uns keine personenbezogenen Daten "
     "gespeichert.\n\nMit freundlichen Grüßen", "answered_full", "no_data"),
    ("de", "Guten Tag,\n\nda Sie in den USA wohnen, findet die DSGVO auf Ihr Anliegen keine "
     "Anwendung; wir können Ihrem Antrag daher nicht nachkommen.\n\nGrüße",
     "denied", "outside_jurisdiction"),
    ("fr", "Bonjour,\n\nNous avons bien pris en compte votre opposition : vos données ne seront "
     "plus partagées avec nos partenaires.\n\nCordialement", "answered_full", None),
    ("fr", "Madame,\n\nPour exercer vos droits, nous vous invitons à utiliser le formulaire en "
     "ligne disponible sur notre site.\n\nCordialement", "use_other_channel", None),
    ("fr", "Madame,\n\nFaute de justificatif d'identité reçu dans le délai imparti, votre "
     "demande a été clôturée.\n\nCordialement", "denied", "not_verified"),
    ("es", "Hola:\n\nTe adjuntamos un archivo con todos los datos personales que tratamos sobre "
     "ti.\n\nUn saludo", "answered_full", None),
    ("es", "Estimado cliente:\n\nLe confirmamos que hemos actualizado su dirección postal en "
     "nuestros sistemas.\n\nAtentamente", "answered_full", None),
    ("es", "Estimado cliente:\n\nLe informamos que su solicitud ha sido registrada y será "
     "respondida en el plazo de un mes.\n\nAtentamente", "acknowledged", None),
    ("it", "Gentile Cliente,\n\nLe confermiamo di aver aggiornato il Suo indirizzo e-mail come "
     "richiesto.\n\nCordiali saluti", "answered_full", None),
    ("it", "Gentile Cliente,\n\nLa invitiamo a presentare la richiesta compilando il modulo "
     "online presente nell'area Privacy del nostro sito.\n\nCordiali saluti",
     "use_other_channel", None),
    ("it", "Gentile Cliente,\n\nDa verifiche effettuate non risultano Suoi dati personali nei "
     "nostri archivi.\n\nCordiali saluti", "answered_full", "no_data"),
    ("nl", "Beste klant,\n\nIn de bijlage vind je een overzicht van de persoonsgegevens die we "
     "van je verwerken.\n\nGroet", "answered_full", None),
    ("nl", "Beste klant,\n\nWe hebben je e-mailadres gewijzigd zoals gevraagd.\n\nGroet",
     "answered_full", None),
    ("nl", "Geachte heer,\n\nUw verzoek is geregistreerd en wordt binnen een maand "
     "afgehandeld.\n\nMet vriendelijke groet", "acknowledged", None),
    ("nl", "Beste heer,\n\nWij verwerken geen persoonsgegevens van u; er is niets om te "
     "verwijderen.\n\nGroet", "answered_full", "no_data"),
    # Told not to send the request again, or what will be weighed: a receipt, not a refusal.
    ("en", "Hello,\n\nYour request is logged as case 4471 and we will reply within one month. "
     "There is no need to send it again.\n\nPrivacy team", "acknowledged", None),
    ("es", "Hola:\n\nHemos registrado su petición y le contestaremos en el plazo de un mes. No "
     "es necesario volver a enviar la solicitud.\n\nUn saludo", "acknowledged", None),
    ("it", "Gentile Cliente,\n\nabbiamo ricevuto la Sua richiesta e Le risponderemo entro un "
     "mese. Non serve inviare di nuovo la richiesta.\n\nCordiali saluti", "acknowledged", None),
    ("nl", "Hallo,\n\nWe hebben je verzoek ontvangen. Ons team kijkt na welke gegevens we "
     "moeten bewaren en welke we kunnen wissen; binnen een maand hoor je van ons.\n\nGroet",
     "acknowledged", None),
    ("de", "Guten Tag,\n\nIhr Antrag ist eingegangen. Wir prüfen derzeit, welche Daten wir "
     "aufbewahren müssen, und melden uns innerhalb eines Monats.\n\nGrüße",
     "acknowledged", None),
    # The ID belongs to a second channel offered beside the one the reply points to.
    ("en", "Hello,\n\nWe do not handle privacy requests by e-mail. Please use the request form "
     "in your account settings. You can also write to us at PO Box 12, Leeds, enclosing a copy "
     "of your ID.\n\nPrivacy team", "use_other_channel", None),
    # Refused for want of verification; the ID step is advice for a later request.
    ("en", "Hi,\n\nWe could not verify that the request came from you, so we have closed it. "
     "You may file a new request at any time; please complete the identity check then."
     "\n\nPrivacy", "denied", "not_verified"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event", "reason"), CASES)
def test_other_phrasings(language: str, text: str, event: str, reason: str | None) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason, reading.language) == (event, reason, language)


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("El plazo se amplía hasta el 3 de febrero.", "2026-12-15", "2027-02-03"),
        ("Wir werden Ihnen bis zum 3. Februar antworten.", "2027-01-10", "2027-02-03"),
        ("We will reply by March 2 at the latest.", "2027-01-20", "2027-03-02"),
        ("Wij antwoorden uiterlijk 1 april.", "2027-01-20", "2027-04-01"),
        ("Risponderemo entro il 15 marzo.", "2027-01-20", "2027-03-15"),
        # a day already past when the reply was written is not put a year ahead
        ("We received your request on 10 December.", "2026-12-15", None),
        # "may" as a verb after a number is no month
        ("Article 30 may apply.", "2027-01-20", None),
    ],
)
def test_a_date_without_a_year_is_read_from_the_day_the_reply_was_sent(
    text: str, sent: str, expected: str | None
) -> None:
    import datetime as dt

    from assistant.replies.dates import find_dates

    found = [d.isoformat() for _pos, d in find_dates(text, "en", dt.date.fromisoformat(sent))]
    assert found == ([expected] if expected else [])


def test_a_date_without_a_year_is_not_read_when_the_day_of_writing_is_unknown() -> None:
    from assistant.replies.dates import find_dates

    assert find_dates("Wir werden Ihnen bis zum 3. Februar antworten.", "de") == []


def test_the_period_added_is_not_the_law_s_month_named_before_it() -> None:
    from email.message import EmailMessage

    from assistant.replies.message import read_messages

    msg = EmailMessage()
    msg["From"] = "dpo@example.it"
    msg["Subject"] = "Proroga"
    msg["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
    msg.set_content(
        "Gentile Cliente,\n\nla complessità della richiesta non ci consente di rispondere "
        "entro il termine di un mese. Il termine è pertanto prorogato di due mesi, ai sensi "
        "dell'art. 12 del GDPR.\n\nDistinti saluti\n"
    )
    (message,) = read_messages(bytes(msg))
    reading = read_reply(message)
    assert reading.event == "extended"
    assert reading.extension == {"months": 2}
