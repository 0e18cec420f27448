"""Replies that say several things at once, or carry boilerplate that looks like an answer:
the reader must pick what decides (replies written for these tests)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.message import parse_message, pasted

NOREPLY = ("This mailbox is not monitored and we cannot respond to replies sent to this "
           "address.")  # fmt: skip

CASES = [
    ("en", "Hello,\n\nWe have received your request to delete your data and will complete it "
     f"within 30 days.\n\n{NOREPLY}\n\nPrivacy Team", "acknowledged", None),
    ("en", "Hello,\n\nThanks for your request. We need to confirm your identity first: please "
     "reply with the postcode and date of birth on your account.\n\nPrivacy Team",
     "identity_asked", None),
    ("en", "Hi,\n\nYour data export is ready and attached to this email. If you are not "
     "satisfied with our response, you can complain to the ICO.\n\nData Protection",
     "answered_full", None),
    ("en", "Dear Ms Ray,\n\nWe have removed your profile from our people-search site. We are "
     "not able to delete the public court records themselves, as these come from government "
     "sources and are exempt under the CCPA.\n\nSupport",
     "answered_part", "exemption"),
    ("de", "Sehr geehrter Herr Vogel,\n\nSie haben bereits am 3. und am 20. November "
     "gleichlautende Anträge gestellt. Wir betrachten Ihre erneute Anfrage als offenkundig "
     "unbegründet und werden sie nicht bearbeiten.\n\nMit freundlichen Grüßen",
     "denied", "too_many_requests"),
    ("de", "Hallo,\n\nwie zufrieden waren Sie mit unserem Service? Bewerten Sie uns mit einem "
     "Klick.\n\nIhr Team", "not_a_reply", None),
    ("es", "Hola:\n\nEstaré fuera de la oficina hasta el 7 de enero de 2027. Para asuntos "
     "urgentes, escriba a privacidad@ejemplo.es.\n\nMarta", "not_a_reply", None),
    ("es", "Estimado Sr. Ortiz:\n\nHemos suprimido los datos de su cuenta. No obstante, no "
     "podemos eliminar las facturas emitidas, que debemos conservar por obligación legal "
     "durante seis años.\n\nAtentamente", "answered_part", "exemption"),
    pytest.param(
        "it", "Gentile Signora,\n\nabbiamo cancellato il Suo account. Tuttavia i dati relativi "
        "ai pagamenti sono trattati da PayPal in qualità di titolare autonomo del trattamento: "
        "La invitiamo a rivolgersi direttamente a PayPal.\n\nCordiali saluti",
        "answered_part", "not_controller",
    ),
    ("fr", "Bonjour,\n\nNous accusons réception de votre demande. Afin de l'instruire, merci de "
     "nous indiquer votre numéro de client.\n\nCordialement", "identity_asked", None),
    ("nl", "Beste klant,\n\nDit is een automatisch antwoord. Ik ben afwezig tot en met 5 "
     "januari.\n\nGroet", "not_a_reply", None),
    ("nl", "Beste heer,\n\nWe hebben uw verzoek ontvangen. Vanwege de complexiteit verlengen "
     "we de termijn met twee maanden, tot uiterlijk 28 februari 2027.\n\nGroet",
     "extended", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event", "reason"), CASES)
def test_the_deciding_part_wins(language: str, text: str, event: str, reason: str | None) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason, reading.language) == (event, reason, language)


def test_the_additional_days_a_law_permits_taken_are_an_extension() -> None:
    reading = read_reply(
        pasted(
            "Dear Ms Hale,\n\nThank you for your request. We are taking advantage of the "
            "additional 45 calendar days that the CCPA permits when reasonably necessary, given "
            "the volume of records we need to compile.\n\nPrivacy Office"
        )
    )
    assert reading.event == "extended"
    assert reading.extension == {"days": 45}


@pytest.mark.parametrize(
    ("text", "event", "reason"),
    [
        (  # a part turned to and found missing, after the rest was done
            "Guten Tag,\n\nIhr Kundenkonto haben wir wie gewünscht gelöscht. Zu der genannten "
            "Gutscheinkarte konnten wir dagegen keine Daten finden.\n\nIhr Datenschutzteam",
            "answered_part",
            "no_data",
        ),
        (  # backups that cannot be changed, for technical reasons: a part kept, reason other
            "Hola:\n\nHemos eliminado tu cuenta y tus pedidos. No obstante, las copias de "
            "seguridad no pueden editarse una a una por motivos técnicos y se sobrescribirán en "
            "60 días.\n\nEquipo de Privacidad",
            "answered_part",
            "other",
        ),
        (  # a sentence opening on one part ("Over uw ...") says that part is gone
            "Beste heer Smit,\n\nHierbij ontvangt u het overzicht van uw huidige polissen en "
            "de bijbehorende betalingen. Over uw oude reisverzekering uit 2014 hebben wij geen "
            "gegevens meer, omdat die na afloop van de bewaartermijn zijn vernietigd.\n\n"
            "Met vriendelijke groet",
            "answered_part",
            "no_data",
        ),
        (  # "no existe ninguna": the recording asked for does not exist
            "Hola Ana:\n\nTe enviamos a continuación la información de tu cuenta: perfil, "
            "viajes y pagos. En cuanto a la grabación de la llamada del 3 de mayo, no existe "
            "ninguna: no grabamos esas llamadas.\n\nEquipo de Privacidad",
            "answered_part",
            "no_data",
        ),
        (  # a part held back for a pending check, no ground the law names: reason other
            "Guten Tag,\n\nIhr Kundenkonto haben wir gelöscht. Die Kontodaten können wir "
            "derzeit nicht löschen, da zu Ihrem Konto noch eine interne Prüfung wegen einer "
            "strittigen Rückbuchung läuft.\n\nIhr Datenschutzteam",
            "answered_part",
            "other",
        ),
        (  # backups that cannot be deleted one by one: a part kept, reason other
            "Gentile cliente,\n\nabbiamo provveduto a cancellare i dati anagrafici e di "
            "contatto della Sua ex utenza. I dati presenti nelle copie di backup non possono "
            "essere cancellati singolarmente e verranno sovrascritti entro il 30/06/2027.\n\n"
            "Cordiali saluti",
            "answered_part",
            "other",
        ),
        (  # backups that are merely overwritten in time: nothing refused
            "Hi,\n\nWe've deleted your account and the personal data associated with it. "
            "Backups are overwritten on a rolling basis within 30 days.\n\nPrivacy Team",
            "answered_full",
            None,
        ),
        (  # an adverb of contrast inside the refusal sets the kept part apart
            "Sehr geehrter Herr Roth,\n\nwir haben Ihre Daten für Marketingzwecke gelöscht. "
            "Ihre Kontodaten unterliegen jedoch den gesetzlichen Aufbewahrungspflichten nach "
            "§ 257 HGB und können erst nach Ablauf der Frist gelöscht werden.\n\nIhre Bank",
            "answered_part",
            "exemption",
        ),
        (  # already sent once, not sent "a second time": too many requests for that part
            "Bonjour,\n\nVous trouverez ci-dessous le récapitulatif des données relatives à "
            "vos contrats. En revanche, les enregistrements de vos appels vous ont déjà été "
            "communiqués le 14 octobre et nous ne vous les adresserons pas une seconde fois."
            "\n\nCordialement",
            "answered_part",
            "too_many_requests",
        ),
        (  # the data of a person who has died: not personal data under the GDPR, reason other
            "Geachte mevrouw,\n\nHet inzagerecht uit de AVG geldt alleen voor gegevens van "
            "levende personen, en daarom kunnen wij u de reisgegevens van uw overleden vader "
            "niet verstrekken.\n\nMet vriendelijke groet",
            "denied",
            "other",
        ),
        (  # "we searched by your name and date of birth" asks for nothing: nothing found
            "Geachte heer,\n\nNaar aanleiding van uw verzoek hebben wij gezocht op uw naam, uw "
            "adres en uw geboortedatum. Na een zoektocht in al onze databases hebben wij geen "
            "persoonsgegevens over u aangetroffen.\n\nMet vriendelijke groet",
            "answered_full",
            "no_data",
        ),
        (  # "the details you gave do not let us identify you": refused, not verified
            "Madame,\n\nNous avons bien reçu votre demande d'effacement. Les informations que "
            "vous nous avez communiquées ne nous permettent pas de vous identifier avec "
            "certitude parmi nos clients ; nous ne pouvons donc pas donner suite à votre "
            "demande.\n\nCordialement",
            "denied",
            "not_verified",
        ),
        (  # the part the person named ("the second account you listed") is not there
            "Dear Ms Hale,\n\nWe have contacted the lender and updated the address shown "
            "against your credit card account. We could not find the second account you listed "
            "anywhere on your credit file, so there was nothing for us to amend there.\n\n"
            "Customer Relations",
            "answered_part",
            "no_data",
        ),
        (  # "de ese tipo": of that kind of data, none exists
            "Estimado cliente:\n\nHemos suprimido su ficha de cliente. No consta en nuestros "
            "sistemas ninguna historia clínica a su nombre, por lo que no hay datos de ese tipo "
            "que suprimir.\n\nAtentamente",
            "answered_part",
            "no_data",
        ),
        (  # an ID card number corrected is done, nothing asked
            "Estimado cliente:\n\nLe confirmamos que hemos corregido su fecha de nacimiento y "
            "el número de su documento de identidad en su cuenta.\n\nAtentamente",
            "answered_full",
            None,
        ),
        (  # the data listed in the reply itself, one part refused
            "Bonjour,\n\nVous trouverez ci-dessous les informations relatives à votre ligne "
            "mobile : titulaire, numéro, forfait et moyen de paiement.\n\nEn revanche, "
            "concernant votre box, vous nous avez adressé cinq demandes identiques depuis "
            "septembre : nous ne donnerons pas suite une sixième fois.\n\nCordialement",
            "answered_part",
            "too_many_requests",
        ),
        (  # what the archive holds is no request for ID, nor a pointer to the app
            "Hi Sam,\n\nI've attached a copy of the personal data we hold about you. The archive "
            "includes your identity verification data and your in-app messages.\n\nPrivacy",
            "answered_full",
            None,
        ),
    ],
)
def test_parts_and_contents_are_read_for_what_they_are(
    text: str, event: str, reason: str | None
) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == (event, reason)


def test_a_date_to_hand_the_data_over_long_after_the_reply_extends_it() -> None:
    reading = read_reply(
        replace(
            pasted(
                "Estimada clienta:\n\nDada la complejidad de su solicitud, le facilitaremos la "
                "información antes del 15/04/2027.\n\nLe recordamos que puede dirigirse a la "
                "Agencia Española de Protección de Datos si considera que sus derechos no han "
                "sido atendidos.\n\nAtentamente",
            ),
            date="2027-01-10",  # sent then: the date lies three months on
        )
    )
    assert (reading.event, reading.new_due) == ("extended", "2027-04-15")


def test_a_period_after_a_verb_of_extending_is_the_time_added() -> None:
    reading = read_reply(
        pasted(
            "Estimada clienta:\n\nSu solicitud requiere consultar varios sistemas. Por ello, "
            "prorrogamos el plazo de respuesta dos meses, de modo que recibirá nuestra "
            "contestación antes del 20 de febrero de 2027.\n\nAtentamente"
        )
    )
    assert (reading.event, reading.extension, reading.new_due) == (
        "extended",
        {"months": 2},
        "2027-02-20",
    )


def test_a_survey_link_under_a_refusal_is_no_survey() -> None:
    reading = read_reply(
        pasted(
            "Hi Dana,\n\nBecause your state's privacy law does not give residents a right to "
            "have this information deleted, the public records will stay in our database.\n\n"
            "Rate your support experience: https://support.example.com/survey\n\nSupport"
        )
    )
    assert (reading.event, reading.reason) == ("denied", "outside_jurisdiction")


def test_our_request_under_a_spanish_outlook_separator_is_not_the_reply() -> None:
    reading = read_reply(
        pasted(
            "Estimada clienta:\n\nLe informamos de que el plazo para responderle se prorroga "
            "dos meses más, conforme al artículo 12.3 del RGPD.\n\nUn saludo\n\n"
            "-----Mensaje original-----\nDe: María <maria@example.org>\nAsunto: Derecho de "
            "acceso\n\nSolicito copia de mis datos. Les ruego que respondan antes del 11 de "
            "diciembre de 2026.\n"
        )
    )
    assert (reading.event, reading.extension, reading.new_due) == (
        "extended",
        {"months": 2},
        None,
    )


def test_a_promise_past_the_month_since_the_quoted_request_extends_it() -> None:
    reading = read_reply(
        replace(
            pasted(
                "Hallo Frau Özdemir,\n\nentschuldigen Sie bitte, dass es etwas dauert. Eine "
                "abschließende Rückmeldung erhalten Sie von uns bis zum 8. Januar 2027.\n\n"
                "Viele Grüße\n\n-----Ursprüngliche Nachricht-----\nVon: Fatma Özdemir "
                "<f@example.net>\nGesendet: Mittwoch, 25. November 2026 21:14\nBetreff: "
                "Löschung\n\nBitte löschen Sie mein Kundenkonto.\n"
            ),
            date="2026-12-17",  # three weeks before the promised date, but the request's
        )  # month ran out on 25 December
    )
    assert (reading.event, reading.new_due) == ("extended", "2027-01-08")


@pytest.mark.parametrize(
    ("text", "event", "reason"),
    [
        # "we cannot verify you by e-mail; use the form in your account": where to go
        ("Salut,\n\nNous ne traitons pas les demandes envoyées par e-mail, car nous ne pouvons "
         "pas vérifier que tu es bien la titulaire du compte. Utilise le formulaire disponible "
         "dans ton compte, rubrique Paramètres.\n\nÀ bientôt", "use_other_channel", None),
    ],
)  # fmt: skip
def test_a_form_in_the_account_is_where_to_go(text: str, event: str, reason: str | None) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == (event, reason)


def test_a_part_put_first_before_we_refuse_it_is_a_partial_answer() -> None:
    reading = read_reply(
        pasted(
            "Beste meneer,\n\nUw e-mailadres en uw adres zijn aangepast in ons systeem. De "
            "aantekening van de adviseur passen wij niet aan, omdat het om een professionele "
            "inschatting gaat.\n\nMet vriendelijke groet"
        )
    )
    assert reading.event == "answered_part"  # its reason, named by no rule, is the weights'
    assert "passen wij niet aan" in reading.quotes["event"]


@pytest.mark.parametrize(
    ("name", "event", "reason"),
    [
        # "di seguito riportiamo i dati ...:" then "- anagrafica e codice fiscale": data given,
        # not proof asked for; the copy sent before is refused as a repeated request
        ("servizioelettrico_a2f0.eml", "answered_part", "too_many_requests"),
        ("vinted_1be5.eml", "use_other_channel", None),
        ("wur_6c13.eml", "answered_part", "other"),
    ],
)
def test_spent_replies_read_right(name: str, event: str, reason: str | None) -> None:
    path = Path(__file__).parent.parent / "data" / "replies" / "heldout24" / name
    reading = read_reply(parse_message(path.read_bytes()))
    assert (reading.event, reading.reason) == (event, reason)
