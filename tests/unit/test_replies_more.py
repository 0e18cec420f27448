"""More replies written for these tests: refusals and their reasons, partial answers, other
channels and non-replies in each language, and dates written in each language's way."""

from __future__ import annotations

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.message import pasted

CASES = [
    # (language, text, event, reason, new_due, extension)
    ("en", "Dear Sir,\n\nAs we have not received the verification documents we asked for on "
     "3 December, we have closed your request.\n\nRegards",
     "denied", "not_verified", None, None),
    ("en", "Hello,\n\nWe have deleted your profile and your order history. However, we must "
     "keep your invoices for seven years to meet our tax obligations, so these will not be "
     "deleted.\n\nThanks",
     "answered_part", "exemption", None, None),
    ("en", "Hi,\n\nThis request is manifestly excessive: it is the sixth identical request "
     "you have sent this year, so we will not act on it.\n\nRegards",
     "denied", "too_many_requests", None, None),
    ("en", "Hello,\n\nWe need more time to gather your data and will send a full response by "
     "March 3, 2027.\n\nBest",
     "extended", None, "2027-03-03", None),
    ("en", "Hi Sam,\n\nYour order #88123 has been dispatched and will arrive on Friday. Track "
     "it with tracking number 1Z999.\n\nThe Shop",
     "not_a_reply", None, None, None),
    ("en", "Hello,\n\nWe are sorry, but we cannot process your request: we only act as a "
     "processor on behalf of our business customers.\n\nRegards",
     "denied", "not_controller", None, None),
    ("de", "Sehr geehrter Herr Weber,\n\nda wir keine Kopie Ihres Ausweises erhalten haben "
     "und Ihre Identität daher nicht bestätigt werden konnte, haben wir Ihren Antrag "
     "abgelehnt.\n\nMit freundlichen Grüßen",
     "denied", "not_verified", None, None),
    ("de", "Guten Tag,\n\nbitte stellen Sie Ihren Antrag über unser Datenschutzportal unter "
     "https://example.de/datenschutz, da wir Anfragen per E-Mail nicht bearbeiten können."
     "\n\nIhr Kundenservice",
     "use_other_channel", None, None, None),
    ("de", "Sehr geehrte Frau Schulz,\n\nwir sind lediglich Auftragsverarbeiter und können "
     "Ihrem Auskunftsersuchen daher nicht entsprechen. Bitte wenden Sie sich an den "
     "Verantwortlichen.\n\nMit freundlichen Grüßen",
     "denied", "not_controller", None, None),
    ("fr", "Madame,\n\nVotre demande est manifestement excessive en raison de son caractère "
     "répétitif ; nous ne pouvons donc pas y donner suite.\n\nCordialement",
     "denied", "too_many_requests", None, None),
    ("fr", "Bonjour,\n\nNous avons supprimé votre compte client. Toutefois, nous devons "
     "conserver vos factures pendant dix ans en application d'une obligation légale."
     "\n\nCordialement",
     "answered_part", "exemption", None, None),
    ("fr", "Monsieur,\n\nEn raison du nombre de demandes reçues, le délai de réponse est "
     "prolongé de deux mois ; nous vous répondrons au plus tard le 3 mars 2027.\n\nCordialement",
     "extended", None, "2027-03-03", {"months": 2}),
    ("es", "Estimado Sr. López:\n\nLe informamos de que no podemos atender su solicitud, ya "
     "que la normativa no resulta aplicable a residentes fuera de la Unión Europea."
     "\n\nAtentamente",
     "denied", "outside_jurisdiction", None, None),
    ("es", "Hola:\n\nPara ejercer sus derechos, utilice el formulario disponible en nuestra "
     "web https://ejemplo.es/privacidad.\n\nUn saludo",
     "use_other_channel", None, None, None),
    ("es", "Estimada cliente:\n\nNo nos es posible suprimir sus datos de facturación, ya que "
     "debemos conservarlos durante seis años por obligación legal.\n\nAtentamente",
     "denied", "exemption", None, None),
    ("it", "Gentile Cliente,\n\nper poter dare seguito alla Sua richiesta, La preghiamo di "
     "inviarci copia di un documento d'identità in corso di validità.\n\nCordiali saluti",
     "identity_asked", None, None, None),
    ("it", "Gentile Signore,\n\nLa Sua richiesta non può essere accolta in quanto "
     "manifestamente eccessiva, trattandosi della quinta richiesta identica in pochi mesi."
     "\n\nCordiali saluti",
     "denied", "too_many_requests", None, None),
    ("it", "Gentile Cliente,\n\nLa risposta completa Le sarà inviata entro il 15 marzo 2027, "
     "poiché abbiamo bisogno di più tempo per raccogliere i dati.\n\nCordiali saluti",
     "extended", None, "2027-03-15", None),
    ("nl", "Beste heer Bakker,\n\nOmdat wij geen kopie van uw identiteitsbewijs hebben "
     "ontvangen, hebben wij uw verzoek afgesloten.\n\nMet vriendelijke groet",
     "denied", "not_verified", None, None),
    ("nl", "Beste Lisa,\n\nWe hebben je account verwijderd. Je factuurgegevens moeten we "
     "echter zeven jaar bewaren vanwege de fiscale bewaarplicht.\n\nGroet",
     "answered_part", "exemption", None, None),
    ("nl", "Geachte heer,\n\nWij hebben meer tijd nodig en sturen u uiterlijk 1 maart 2027 "
     "een volledig antwoord.\n\nMet vriendelijke groet",
     "extended", None, "2027-03-01", None),
    ("nl", "Hoi Kim,\n\nJe bestelling is onderweg en wordt morgen bezorgd.\n\nTeam Winkel",
     "not_a_reply", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event", "reason", "new_due", "extension"), CASES)
def test_reads_refusals_partial_answers_and_dates(
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
