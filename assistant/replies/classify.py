"""From a reply's own text to a Reading: what happened, why, the new dates, the deciding words.

The text (quoted history and signature already removed by assistant/replies/message.py) is cut
into sentences (assistant/replies/sentences.py); each sentence carries the signals of
assistant/replies/cues.py. The verdict weighs them in a fixed order, each step a rule a person
could check by reading the reply:

1. an out-of-office, a bounce or a survey is `not_a_reply`, whatever it mentions;
2. a refusal because the person never proved who they are is `denied` / `not_verified`;
3. a request for proof of identity is `identity_asked` (it blocks the rest, even an
   extension given in the same letter, whose period is still recorded);
4. an extension is `extended`; "use our portal" is `use_other_channel`;
5. "we hold no data about you" is `answered_full` / `no_data`;
6. a refusal beside a fulfilled part is `answered_part`, a refusal alone `denied`, each with
   the reason its sentence gives (`other` when it gives none of the known ones);
7. a fulfilment is `answered_full`, a receipt `acknowledged`;
8. a newsletter or shipping notice with none of the above is `not_a_reply`.
9. with no strong signal (or only a quiet e-mail), weak evidence read by structure in
   assistant/replies/weak.py: a receipt ("your letter reached our team", a case number given)
   or a file handed over, taken only when no sentence carries a signal of another kind.
When nothing applies the event is None: the front end says it could not tell.
Language is told by simplemma's detector over the six languages (sentences.py); an
extension's new date and period are read by assistant/replies/extension_dates.py.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.replies.cues import signals
from assistant.replies.extension_dates import extension_dates, late_answer, requested_on
from assistant.replies.learned import READ_CHARS, Verdict, reader_text, second_opinion
from assistant.replies.message import ReplyMessage
from assistant.replies.model import Reading
from assistant.replies.parts import (
    CONTRAST,
    ONE_PART,
    SET_AGAINST,
    given_but_none_of,
    none_of_one_part,
)
from assistant.replies.sentence_context import CLOSED, KEPT_FOR, MEDIUM, PLEASE, SELF, THE_FORM
from assistant.replies.sentences import detect_language, sentences
from assistant.replies.weak import unproven, weak_answer, weak_receipt

REFERENCE = re.compile(r"\bRA-\d{8}-[A-Z0-9]{1,16}-[A-Z]{2,4}-[0-9A-F]{4}\b")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_NEGATION = re.compile(r"\b(not|cannot|can't|nicht|keine?|pas|non|no|niet|geen)\b", re.I)
# A refusal that asks: "until you send", "sans ce justificatif", "merci de nous indiquer".
_UNTIL = re.compile(
    r"\b(until|unless|before|without|bis|solange|ohne|sans|tant que|jusqu|avant|hasta|sin|"
    r"mientras|antes|finché|fino a|senza|prima|tot|zolang|zonder|voordat|please|kindly|bitte|"
    r"merci de|veuillez|por favor|le rogamos|te rogamos|la preghiamo|ti preghiamo|gelieve|"
    r"graag)\b",
    re.IGNORECASE,
)
_REASON_ORDER = (
    ("r_not_personal", "other"),  # "not personal data" decides, whatever law it names
    ("r_not_verified", "not_verified"),
    ("r_too_many", "too_many_requests"),
    ("r_jurisdiction", "outside_jurisdiction"),
    ("r_not_controller", "not_controller"),
    ("r_gone", "no_data"),
    ("r_exemption", "exemption"),
    ("r_accurate", "other"),
)
# Reasons that refuse by themselves ("we only process this data for your bank"); an exemption
# is also named in replies that do not refuse anything ("we keep invoices for ten years").
_STANDALONE_REASONS = frozenset(
    {"r_not_controller", "r_too_many", "r_jurisdiction", "r_not_personal"}
)
_MUST = re.compile(
    r"\b(must|only|doivent|uniquement|müssen|nur|deben|únicamente|devono|solo|moeten|alleen|"
    r"imprescindible|necesario|nécessaire|notwendig|erforderlich|necessario|indispensabile|"
    r"noodzakelijk|essential|with (a )?(photo )?ID|mit (Ihrem )?Ausweis|avec (une )?pièce|"
    r"con (su )?(DNI|documento)|met (een )?(legitimatie|identiteitsbewijs))\b",
    re.IGNORECASE,
)
# The words a reply to a privacy request cannot do without (in one form or another).
_ABOUT_A_REQUEST = re.compile(
    r"\b(request|enquiry|anfrage|antrag|ersuchen|anliegen|demande|requête|solicitud|petición|"
    r"richiesta|istanza|verzoek|aanvraag|privacy|datenschutz|données|datos|dati|gegevens|data|"
    r"daten|personal|personnel|personnelles|personales|personali|persoonlijke|persoonsgegevens|"
    r"gdpr|dsgvo|rgpd|avg|ccpa|cpra|auskunft|löschung|suppression|effacement|accès|acceso|"
    r"supresión|accesso|cancellazione|inzage|verwijdering|account|konto|compte|cuenta|conto|"
    r"information|informationen|informations|información|informazioni|informatie|right|rights|"
    r"recht|rechte|rechten|droit|droits|derecho|derechos|diritti)",
    re.IGNORECASE,
)
# A subject that answers ours: "Re:", "AW:", "RE:", "R:", "RV:", "Antw:", "SV:", "TR:".
_REPLY = re.compile(r"^\s*(re|aw|r|rv|antw|sv|wg|tr|fw|fwd)\s*(\[\d+\])?\s*:", re.IGNORECASE)
# A subject naming a request or a right (not just "your data": notices say that too).
_SUBJECT_REQUEST = re.compile(
    r"\b(request|anfrage|antrag|auskunft|löschung|berichtigung|demande|rectification|suppression|"
    r"solicitud|supresión|rectificación|acceso|richiesta|istanza|cancellazione|rettifica|"
    r"verzoek|inzage\w*|verwijder\w*|correctie|gdpr|dsgvo|rgpd|avg)\b",
    re.IGNORECASE,
)
_AGAIN = re.compile(
    r"\b(again|new request|volver a|de nuevo|nuevamente|erneut|neuen? (Anfrage|Antrag)|à nouveau|"
    r"nouvelle demande|di nuovo|nuova richiesta|opnieuw|nieuw verzoek)\b",
    re.IGNORECASE,
)
_QUALIFIERS = frozenset(
    {"conditional", "noreply", "because", "disclaimer", "past", "answer_by", "id_document"}
)
_ANY_REASON = frozenset(signal for signal, _reason in _REASON_ORDER)
_NOT_A_REPLY_FIRST = ("bounce", "ooo", "survey", "notice")
# What only an answer to a request says (a survey link beneath it changes nothing).
_ANSWERING = frozenset({"refuse", "done", "identity", "extension", "no_data"}) | _ANY_REASON
_AUTO_SUBJECT = re.compile(
    r"^(automatic reply|auto(matische)?[- ]?(reply|antwort|antwoord)|réponse automatique|"
    r"risposta automatica|respuesta automática|out of office|abwesenheit\w*|absence)\b",
    re.IGNORECASE,
)


# A company's own answer fits in far fewer characters; past this the rest is not read (a pasted
# log, an attached table inlined): `Reading.cut` says so, and the person reads the rest
# (READ_CHARS, from assistant/replies/learned.py, which weighs the same text).


def read_reply(message: ReplyMessage) -> Reading:
    """What `message` says (see the module docstring for the order of the rules)."""
    text = message.latest_text or message.full_text
    cut = len(text) > READ_CHARS or message.cut
    text = text[:READ_CHARS]
    found = [(s, signals(s)) for s in sentences(text)]
    subject_signals = signals(message.subject)
    language = detect_language(text)
    reference = find_reference(message)
    event, reason, kind, quotes = _verdict(message, found, subject_signals)
    if event is None and subject_signals and not _REPLY.match(message.subject):
        # the body says nothing known: the subject may (not "Re: <our own subject>")
        event, reason, kind, quotes = _verdict(message, [(message.subject, subject_signals)], set())
    if event is None or kind == "other":  # no strong signal, or only a quiet e-mail: a receipt
        receipt = weak_receipt(found, message.subject)  # or a hand-over in words no list foresaw
        handed = weak_answer(found, message.attachments)
        if receipt is not None:
            event, kind, quotes = "acknowledged", None, {"event": receipt}
        elif handed is not None:
            event, kind, quotes = "answered_full", None, {"event": handed}
    if event in (None, "acknowledged") or kind == "other":  # "other": quiet, not a notice
        requested = requested_on(message.full_text, reference, language)
        late = late_answer(found, language, message.date, requested=requested)
        if late is not None:  # "we will answer by 3 March", long after the law's month
            event, reason, kind, quotes = "extended", None, None, {"event": late[1]}
            found = [(s, sig | {"extension"} if s == late[1] else sig) for s, sig in found]
    every = set().union(*(sig for _s, sig in found)) if found else set()
    verdict = second_opinion(
        reader_text(message),
        [s for s, _sig in found] or [message.subject],
        Verdict(event, reason, kind, quotes, None),
        cut,
    )
    event, reason, kind, quotes = verdict.event, verdict.reason, verdict.kind, verdict.quotes
    if event == "extended" and "extension" not in every:  # the weights saw the extension
        found = [(s, sig | {"extension"} if s == quotes["event"] else sig) for s, sig in found]
    new_due, extension = None, None
    if event in ("extended", "identity_asked") and _sentences_with(found, "extension"):
        new_due, extension, date_quote = extension_dates(found, language, message.date)
        if new_due is None and event == "extended":
            promised = late_answer(found, language, message.date, after=dt.timedelta(0))
            new_due = promised[0].isoformat() if promised else None
        if date_quote:
            quotes["date"] = date_quote
    quote = quotes.get("date") if event == "extended" and "date" in quotes else quotes.get("event")
    return Reading(
        event=event,
        reason=reason,
        new_due=new_due,
        extension=extension,
        quote=quote,
        quotes=quotes,
        language=language,
        reference=reference,
        domain=message.domain,
        subject=message.subject,
        date=message.date,
        sender=message.sender,
        message_id=message.message_id,
        in_reply_to=message.in_reply_to,
        attachments=message.attachments,
        text=text,
        kind=kind,
        links=tuple(dict.fromkeys(u.rstrip(".,;") for u in _URL.findall(text))),
        reasons_given=event == "extended" and _near(found, "extension", "because"),
        id_document=event == "identity_asked" and _near(found, "identity", "id_document"),
        cut=cut,
        confidence=verdict.confidence,
    )


def _near(found: list[tuple[str, set[str]]], anchor: str, signal: str) -> bool:
    """Whether `signal` is in a sentence carrying `anchor` or in the one before or after."""
    for index, (_sentence, sig) in enumerate(found):
        if anchor in sig:
            window = found[max(0, index - 1) : index + 2]
            if any(signal in near for _s, near in window):
                return True
    return False


def find_reference(message: ReplyMessage) -> str | None:
    """Our reference (RA-...) in the subject, the reply or the quoted request."""
    for source in (message.subject, message.latest_text, message.full_text, message.raw_text):
        hit = REFERENCE.search(source.replace("=\n", ""))
        if hit:
            return hit.group(0)
    return None


def _sentences_with(found: list[tuple[str, set[str]]], name: str) -> list[str]:
    return [s for s, sig in found if name in sig]


# "You may also write to us at …": a second way, offered beside the one the reply points to.
_ALTERNATIVE = re.compile(
    r"\b(also|alternatively|également|aussi|alternativement|auch|alternativ|anche|oppure|"
    r"in alternativa|ook|también|o bien)\b",
    re.IGNORECASE,
)


def _verdict(
    message: ReplyMessage, found: list[tuple[str, set[str]]], subject_signals: set[str]
) -> tuple[str | None, str | None, str | None, dict[str, str]]:
    """(event, reason, kind of non-reply, deciding sentences)."""
    every = set().union(*(sig for _s, sig in found)) if found else set()

    def first(name: str) -> str:
        hits = _sentences_with(found, name)
        if name == "channel":  # the sentence that says where to go, not what is refused
            hits = [h for h in hits if not _NEGATION.search(h)] + hits
        return hits[0] if hits else message.subject

    sender = message.sender.lower()
    if message.content_type == "multipart/report" or "mailer-daemon" in sender:
        return "not_a_reply", None, "bounce", {"event": first("bounce")}
    if _AUTO_SUBJECT.match(message.subject) and "ooo" in every | subject_signals:
        return "not_a_reply", None, "ooo", {"event": first("ooo")}
    for kind in _NOT_A_REPLY_FIRST:
        if kind == "survey" and every & _ANSWERING:
            continue  # "Rate your support experience" under a refusal: the refusal counts
        if kind in every:
            return "not_a_reply", None, kind, {"event": first(kind)}

    refusals = _sentences_with(found, "refuse")
    if "done" in every:  # "attached is your data. Your request is now closed": closing, no refusal
        refusals = [s for s in refusals if not (CLOSED.search(s) and not _NEGATION.search(s))]
    if "r_not_controller" in every:  # "ask them directly" refuses when another party decides
        refusals += [s for s in _sentences_with(found, "redirect") if s not in refusals]
    if "r_not_controller" in every and "redirect" in every and not refusals:
        refusals = _sentences_with(found, "redirect")  # "we passed your request to them"
    refusals += [  # "deleted, except what the law makes us keep": the kept part is refused
        s for s, sig in found if {"done", "except"} <= sig and s not in refusals
    ]
    # "requests must reach us by post, with a copy of your ID": where to send, not a demand
    # "or write to us by post, enclosing ID" beside "please use the form in your account":
    # the ID belongs to the other channel, it is not asked for this request
    elsewhere = any("channel" in sig and "identity" not in sig for _s, sig in found)
    # "you may submit a new request; please complete the verification then": advice for a
    # later request after a refusal for want of verification, not an ask now
    refused_unverified = "r_not_verified" in every
    # "here are the data we hold:" then "- name and tax code": the items given, not asked for
    listed = {
        found[i][0]
        for i in range(1, len(found))
        if "done" in found[i - 1][1] and found[i - 1][0].rstrip().endswith(":")
    }
    asks = [
        s for s, sig in found if "identity" in sig and not sig & {"refuse", "r_not_verified"}
        and s not in listed
        and not ("channel" in sig and (_MUST.search(s) or elsewhere))
        and not (elsewhere and _ALTERNATIVE.search(s))
        and not (refused_unverified and _AGAIN.search(s))
        and not (elsewhere and THE_FORM.search(s))  # "the form asks for your card number"
        and not ("channel" in sig and _URL.search(s))  # "use our portal at ... so we can verify"
    ]  # fmt: skip
    if "r_not_verified" in every and not asks:
        verified = _sentences_with(found, "r_not_verified")
        both = [s for s in verified if s in refusals]
        done = [  # a part done besides: not "closed your request", not "send it again with ..."
            s for s, sig in found if "done" in sig and not sig & {"refuse", "identity"}
            and s not in verified and not _AGAIN.search(s)
        ]  # fmt: skip
        event = "answered_part" if done else "denied"  # "name updated; birth date needs proof"
        way = [  # a link, or "use the form in your account" (no link to give)
            s for s, sig in found if "channel" in sig and (_URL.search(s) or THE_FORM.search(s))
        ]
        if way and any(MEDIUM.search(s) for s in (both or verified)):
            # "we cannot verify you by e-mail; please use our online form at ...": a channel
            return "use_other_channel", None, None, {"event": way[0]}
        return event, "not_verified", None, {"event": (both or verified)[0]}
    # "we cannot act until you send your ID" asks; "we cannot confirm you own the account"
    # refuses and asks for nothing
    asks += [
        s for s, sig in found if "identity" in sig and s not in asks + list(listed)
        and _UNTIL.search(s)
        and "r_not_verified" not in sig and not ("channel" in sig and _URL.search(s))
    ]  # fmt: skip
    if asks:
        return "identity_asked", None, None, {"event": asks[0]}
    if "extension" in every:
        return "extended", None, None, {"event": first("extension")}
    controller = [  # "please use the form, which the controller handles itself": the way to go
        s
        for s in _sentences_with(found, "r_not_controller")
        if not ("channel" in signals(s) and PLEASE.search(s))
    ]
    # "we do not accept requests made through apps" beside a refusal names no channel to use
    named = [
        s  # "not by e-mail: use the link", "use the form; we cannot act on e-mails": a clause
        for s in _sentences_with(found, "channel")  # that says where to go, with no negation
        if _UNTIL.search(s)
        or any(
            "channel" in signals(clause) and not _NEGATION.search(clause)
            for clause in re.split(r"[:;]", s)
        )
    ]
    if controller and not refusals and not any(_URL.search(s) for s in named):
        refusals = controller  # "another party decides; ask them": a refusal, not a channel
    if refusals and named:  # beside a refusal, a channel counts when it is *the* way to ask
        named = [  # (a link, "only", "must") or the refusal is of the way used ("not by e-mail")
            s for s in named
            if _URL.search(s) or _MUST.search(s) or PLEASE.search(s) or SELF.search(s)
            or any(MEDIUM.search(r) or "channel" in signals(r) for r in refusals)
        ]  # fmt: skip
    # "your sixth request this year: we will not handle it" beside "download it yourself": a
    # refusal for a reason that stands alone is no pointer to another channel
    decided = any(signals(r) & _STANDALONE_REASONS for r in refusals)
    channel = "channel" in every and not (controller and refusals) and not decided
    if channel and (named or not refusals):
        return "use_other_channel", None, None, {"event": first("channel")}
    handed_but_none = [s for s, _sig in found if given_but_none_of(s)]
    handed_but_none += [s for s in [none_of_one_part(found)] if s]
    if handed_but_none and not set(refusals) - set(handed_but_none):  # "enclosed is your data;
        quote = handed_but_none[0]  # however, no call recordings exist": a part not there
        return "answered_part", "no_data", None, {"event": quote, "reason": quote, "part": quote}
    if "no_data" in every and not (refusals and every & _STANDALONE_REASONS):
        return "answered_full", "no_data", None, {"event": first("no_data")}
    if not refusals and not every & {"done", "ack"}:  # a reason stated alone refuses
        refusals = [s for s, sig in found if sig & _STANDALONE_REASONS]
    if not refusals and "done" in every:  # "attached is your data; the recordings are kept
        refusals = [  # only 30 days and no longer exist": the part asked for is not given
            s for s, sig in found if "r_gone" in sig and "done" not in sig and KEPT_FOR.search(s)
        ]
        # "account deleted; the backups cannot be changed, for technical reasons": a part
        kept = [s for s, sig in found if "r_not_personal" in sig and "done" not in sig]
        if kept and not refusals:
            return (
                "answered_part",
                "other",
                None,
                {"event": kept[0], "reason": kept[0], "part": kept[0]},
            )
    if refusals:
        reason, why = _reason(found, refusals)
        quote = why or refusals[0]
        done = [s for s in _sentences_with(found, "done") if s not in refusals]
        done += [
            s for s in refusals if {"done", "except"} <= signals(s)
            or ("done" in signals(s) and CONTRAST.search(s))
        ]  # fmt: skip
        event = "answered_part" if done else "denied"
        quotes = {"event": quote, "reason": why or quote}
        opening = CONTRAST.match(refusals[0].lstrip()) or ONE_PART.match(refusals[0].lstrip())
        set_apart = (  # "Ihre Kontodaten unterliegen jedoch ...": an adverb of contrast, anywhere
            opening or SET_AGAINST.search(refusals[0]) or "r_not_personal" in signals(quote)
        )
        if done and set_apart and refusals[0] not in done:  # "[deleted.] However, the backups
            quotes["part"] = refusals[0]  # cannot be changed": the part refused, set apart
        return event, reason, None, quotes
    if "done" in every:
        return "answered_full", None, None, {"event": first("done")}
    if "ack" in every:
        return "acknowledged", None, None, {"event": first("ack")}
    reasons = [s for s, sig in found if sig & _ANY_REASON]
    if reasons and not every & {"done", "ack"}:  # a reason alone ("exempt under HIPAA")
        reason, why = _reason(found, reasons)
        return "denied", reason, None, {"event": why or reasons[0], "reason": why or reasons[0]}
    for kind in ("shipping", "marketing", "survey_weak"):
        if kind in every:
            return "not_a_reply", None, kind.split("_")[0], {"event": first(kind)}
    if message.headers.get("list-unsubscribe") and found:  # a mailing with none of the above
        return "not_a_reply", None, "marketing", {"event": found[0][0]}
    text = " ".join(s for s, _sig in found)
    # an e-mail of some length that says nothing of a request or of data (a pasted line is
    # too little to tell)
    quiet = not every - _QUALIFIERS  # no sentence says anything a reply would
    about = _ABOUT_A_REQUEST.search(text) or _SUBJECT_REQUEST.search(message.subject)
    if (
        quiet
        and message.subject
        and len(found) >= 3
        and not about
        and not _REPLY.match(message.subject)
    ):
        return "not_a_reply", None, "other", {"event": found[0][0]}
    return None, None, None, {}


def _reason(found: list[tuple[str, set[str]]], refusals: list[str]) -> tuple[str, str | None]:
    """The refusal's reason: first from the refusing sentences, then from the whole reply."""
    for pool in (refusals, [s for s, _sig in found]):
        for signal, reason in _REASON_ORDER:
            for sentence, sig in found:
                if sentence in pool and signal in sig:
                    return reason, sentence
    if refusals and unproven(found, refusals[0]):  # refused for want of the proof asked for
        return "not_verified", refusals[0]
    return "other", None
