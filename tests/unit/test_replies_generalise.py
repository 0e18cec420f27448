"""The reader on phrasings it was not written around: which period is the one added, dates
promised long after the law's month, boilerplate that refuses nothing, and messages that are
no reply at all; and malformed input that must not crash it."""

from __future__ import annotations

import pytest

from assistant.replies.classify import read_reply
from assistant.replies.message import parse_message, pasted, read_messages


def _mail(
    body: str, *, subject: str = "Your request", date: str = "Tue, 01 Dec 2026 10:00:00 +0100"
) -> bytes:
    return (
        f"From: Privacy <privacy@example-company.com>\nSubject: {subject}\nDate: {date}\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        # the law's month is named first; the added period comes after it
        (
            "Het verzamelen kost meer tijd dan de wettelijke termijn van een maand.\n\n"
            "Wij hebben daarom twee maanden extra nodig.",
            {"months": 2},
        ),
        ("We are extending the deadline by two months.", {"months": 2}),
        ("Le plazo para responderle se amplía en 60 días.", {"days": 60}),
    ],
)
def test_the_period_added_wins_over_the_laws_own(text: str, extension: dict[str, int]) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.extension) == ("extended", extension)


def test_a_new_total_is_no_extension_period() -> None:
    text = (
        "Il ne nous sera pas possible de répondre dans le délai d'un mois.\n\n"
        "Ce délai est donc porté à trois mois au total, soit jusqu'au 5 février 2027."
    )
    reading = read_reply(parse_message(_mail(text)))
    assert (reading.event, reading.extension, reading.new_due) == ("extended", None, "2027-02-05")


def test_a_promise_long_after_the_laws_month_is_an_extension() -> None:
    text = "Le daremos riscontro entro il 4 febbraio 2027."
    reading = read_reply(parse_message(_mail(text)))
    assert (reading.event, reading.new_due) == ("extended", "2027-02-04")


def test_a_promise_within_the_laws_month_stays_a_receipt() -> None:
    text = "We have received your request. We will respond by 30 December 2026."
    reading = read_reply(parse_message(_mail(text)))
    assert (reading.event, reading.new_due) == ("acknowledged", None)


def test_complaint_rights_boilerplate_refuses_nothing() -> None:
    text = (
        "Hemos procedido a suprimir sus datos personales.\n\n"
        "Le recordamos que puede presentar una reclamación ante la AEPD si considera que sus "
        "derechos no han sido debidamente atendidos."
    )
    assert read_reply(pasted(text)).event == "answered_full"


@pytest.mark.parametrize(
    "text",
    [
        "Hemos tramitado tu solicitud: tu cuenta ha sido dada de baja y ya no recibirás nuestras "
        "newsletters.",
        "Le confermiamo che i Suoi dati sono stati rimossi dalle nostre liste e che non riceverà "
        "più comunicazioni promozionali.",
    ],
)
def test_no_longer_receiving_mail_is_done_not_refused(text: str) -> None:
    assert read_reply(pasted(text)).event == "answered_full"


def test_a_channel_named_only_to_refuse_it_is_a_refusal() -> None:
    text = (
        "We do not accept requests submitted through third-party websites, apps or automated "
        "services. We will therefore not be taking any action on this request."
    )
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == ("denied", "other")


def test_a_part_no_longer_kept_is_refused_for_no_data() -> None:
    text = (
        "In allegato Le trasmettiamo l'elenco dei Suoi dati.\n\n"
        "Non Le possiamo invece trasmettere le immagini della videosorveglianza, che vengono "
        "cancellate automaticamente dopo sette giorni."
    )
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == ("answered_part", "no_data")


def test_an_email_about_nothing_of_a_request_is_no_reply() -> None:
    text = (
        "Dear customer,\n\nWe're upgrading our network in your area on 2 December.\n\n"
        "You don't need to do anything.\n\nBT"
    )
    reading = read_reply(parse_message(_mail(text, subject="Planned engineering work")))
    assert (reading.event, reading.kind) == ("not_a_reply", "other")


def test_a_verified_identity_is_not_an_id_request() -> None:
    text = "We have successfully verified your identity, and your request is now being processed."
    assert read_reply(pasted(text)).event == "acknowledged"


def test_an_mbox_with_raw_8bit_headers_is_read() -> None:
    data = (
        b"From privacy@example.com Tue Dec  1 10:00:00 2026\n"
        b"From: Caf\xe9 <privacy@example.com>\nSubject: R\xe9ponse\n\n"
        b"Nous avons bien re\xe7u votre demande.\n"
    )
    (message,) = read_messages(data, "thread.mbox")
    reading = read_reply(message)  # the undeclared 8-bit body is read as Windows-1252
    assert "reçu" in reading.text and reading.event == "acknowledged"


def test_a_malformed_message_id_does_not_crash() -> None:
    data = (
        b"From: a@example.com\nMessage-ID: <@>\nIn-Reply-To: <\nSubject: x\n\n"
        b"We have deleted your data.\n"
    )
    assert read_reply(parse_message(data)).event == "answered_full"


@pytest.mark.parametrize(
    ("text", "event", "reason"),
    [
        # a correction refused because the record matches the ID: not a want of proof
        (
            "Dal confronto con il documento d'identità consegnato all'apertura del conto, i dati "
            "da noi registrati risultano corretti; pertanto la rettifica richiesta non può essere "
            "effettuata.",
            "denied",
            "other",
        ),
        # kept for the retention period, then deleted: an exemption, not "no data"
        (
            "Ihrem Löschantrag können wir aus diesen Gründen nicht nachkommen. Die Daten werden "
            "gesperrt und nach Ablauf der Aufbewahrungsfrist am 31.12.2036 automatisch gelöscht.",
            "denied",
            "exemption",
        ),
        # the data given, and the part asked for no longer exists
        (
            "Le adjuntamos la relación de datos asociados a su cuenta. Las grabaciones de "
            "videovigilancia se conservan durante un máximo de 30 días y ya no existen.",
            "answered_part",
            "no_data",
        ),
        # the law invoked does not apply to the company
        (
            "Coolblue is alleen in Nederland actief. De CCPA geldt niet voor ons, dus op die grond "
            "kunnen we niets met je verzoek.",
            "denied",
            "outside_jurisdiction",
        ),
        # another party is the controller of that part
        (
            "Im Anhang erhalten Sie eine Übersicht Ihrer Daten. Für die Vertragsdaten ist nicht "
            "die Lidl Stiftung, sondern die Drillisch Online GmbH verantwortlich; bitte richten "
            "Sie diesen Teil direkt an diese.",
            "answered_part",
            "not_controller",
        ),
        # an ID request asked weeks ago, then the request closed unverified: a refusal
        (
            "On November 12 we emailed you to ask for the information we need to confirm that "
            "the request came from you. We have not received a response. Because we were unable "
            "to verify your identity, we cannot process your request, and it has now been closed.",
            "denied",
            "not_verified",
        ),
    ],
)
def test_refusals_and_their_reasons(text: str, event: str, reason: str) -> None:
    reading = read_reply(pasted(text))
    assert (reading.event, reading.reason) == (event, reason)


def test_an_if_clause_does_not_hide_where_to_go() -> None:
    text = (
        "Para corregir tu nombre, entra en tu cuenta. Si quieres ejercer otros derechos, utiliza "
        "el formulario de Privacidad de la web; por este canal no podemos gestionar tu petición."
    )
    assert read_reply(pasted(text)).event == "use_other_channel"


def test_an_offer_after_an_if_clause_is_no_instruction() -> None:
    text = (
        "Los datos son necesarios para la ejecución del contrato. En consecuencia, no podemos "
        "atender su solicitud mientras el contrato siga en vigor. Si desea dar de baja el "
        "suministro, puede hacerlo desde su área de cliente."
    )
    assert read_reply(pasted(text)).event == "denied"
