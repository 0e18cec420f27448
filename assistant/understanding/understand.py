"""Understanding what a person types: free text -> an Intent with slots and a confidence for each.

Rules and fuzzy matching only (regular expressions, rapidfuzz over the catalog's search index);
no network, no model, no I/O. The slots:

- company: a catalog id, from names, legal names, brands, domains and typos
  (assistant.understanding.companies).
- right: "access", "deletion", "opt_out" or "correction", from everyday words ("what do you know
  about me", "forget me", "stop selling"), with negation (assistant.understanding.rights).
- residence, name, e-mail and a date (assistant.understanding.slots); yes/no, a command (help,
  back, start over, list companies, my requests, quit) and a question topic (selling, contact,
  deadline, verification, right_company).

`expecting` says what the conversation just asked for; it lets a bare answer ("California",
"Jane Q. Public", "Post") fill the slot it was asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.understanding.choose import STRONG_SCORE
from assistant.understanding.clauses import named_only_in_an_aside
from assistant.understanding.companies import CompanyMatch, find_companies
from assistant.understanding.company_slot import find_company_slot, place_instead_of_company
from assistant.understanding.intent import (
    ANSWERED_TOPICS,
    COMMANDS,
    MAX_MESSAGE_CHARS,
    QUESTION_TOPICS,
    RIGHT_NAMES,
    Intent,
)
from assistant.understanding.intents import (
    asks_a_fee,
    has_privacy_object,
    is_complaint,
    is_offtopic,
    is_question,
    is_smalltalk,
)
from assistant.understanding.lexicon import detect_language
from assistant.understanding.message_cues import (
    APOLOGY,
    ASKED_OF_THEM,
    KIND_OF_COMPANY,
    LEAD_IN,
    REQUEST_NOUN,
    SELF_CORRECTION,
    WANT_THEM_TO,
    WANTS_BACK,
    ends_in_request,
    last_sentence,
)
from assistant.understanding.phrases import (
    _COMMAND_RULES,
    _CORRECTION,
    _GREETING,
    _NO,
    _QUESTION_RULES,
    _REQUEST_VERB,
    _THANKS,
    _YES,
    CAN_THEY_ACT,
    CANCEL,
    SOFT_YES,
    THEY,
    WHAT_ABOUT_ME,
    can_company_act,
)
from assistant.understanding.rights import (
    UNSUBSCRIBE,
    choose_right,
    find_rights,
    without_taken_back,
)
from assistant.understanding.rights_en import RIGHT_RULES
from assistant.understanding.short_rights import right_from_short_answer
from assistant.understanding.slots import (
    DATE_PATTERN,
    INTRODUCED,
    NAME_CUE,
    clean_name,
    find_residence,
    introduced_name,
    name_after_cue,
    name_answer,
    parse_date,
    parse_email,
    place_in_one_part,
)
from assistant.understanding.typos import fix_typos
from assistant.understanding.unknown_names import asked_of
from assistant.understanding.words import COMMON_WORDS, clean_text

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog

__all__ = [
    "COMMANDS",
    "COMMON_WORDS",
    "QUESTION_TOPICS",
    "RIGHT_NAMES",
    "RIGHT_RULES",
    "CompanyMatch",
    "Intent",
    "clean_name",
    "find_companies",
    "find_residence",
    "parse_date",
    "parse_email",
    "understand",
]

# --------------------------------------------------------------------------------------------
# The entry point.


# A mail program's line under a pasted message: "Sent from my iPhone", "Von meinem iPhone
# gesendet", "Enviado desde mi iPhone" name the person's phone, not the company written to.
_MAIL_SIGNATURE = re.compile(
    r"^\s*(?:(?:sent from my|envoy[ée] de mon|enviado desde mi|inviato dal mio|verzonden (?:met|"
    r"vanaf) mijn) (?:iphone|ipad|android|samsung \w+|galaxy \w+|smartphone|mobile|phone|"
    r"huawei|xiaomi|pixel)|von meinem (?:iphone|ipad|android|smartphone|handy|samsung \w+) "
    r"gesendet)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _span_named(intent: Intent) -> str:
    """The words the chosen company was named by in the message."""
    spans = [c.span for c in intent.companies if c.id == intent.company]
    return spans[0] if spans else intent.company_name or ""


def understand(
    text: str,
    catalog: Catalog,
    *,
    expecting: str | None = None,
    today: dt.date | None = None,
    current_company: str | None = None,
    under_way: str | None = None,
) -> Intent:
    """Read one message. `expecting` is what the conversation asked for: "company", "right",
    "residence", "name", "email", "address", "date", "yes_no", or None. `current_company`:
    the company "they" stands for; `under_way`: the company of the request being prepared,
    which a message naming it and another one turns away from."""
    if len(text) > MAX_MESSAGE_CHARS:
        intent = Intent(text=text[:200], kind="refused")
        intent.refused = (
            f"That message is too long for me to read ({len(text):,} characters; the limit is "
            f"{MAX_MESSAGE_CHARS:,}). Please tell me in a sentence or two which company and what "
            "you want."
        )
        return intent
    intent = Intent(text=text.strip())
    original = _MAIL_SIGNATURE.sub("", text).strip()  # "Enviado desde mi iPhone": no company
    low = clean_text(original)
    if not low:
        return intent
    lang = intent.language = detect_language(original)
    conf = intent.confidence

    bare = low.strip(" .!?")
    for name, pattern in _COMMAND_RULES:
        if pattern.match(low):
            if name in ("quit",) and bare in ("stop", "done", "end") and expecting == "yes_no":
                continue
            intent.command = name
            intent.kind = "command"
            conf["command"] = 1.0
            return intent

    if expecting not in (None, "yes_no") and CANCEL.match(low) and len(low.split()) <= 8:
        intent.command = "cancel"
        intent.kind = "command"
        conf["command"] = 0.9
        return intent

    intent.correction = bool(_CORRECTION.match(low)) and len(low.split()) > 1
    if _YES.match(low):
        intent.yes_no, intent.kind = True, "yes"
        conf["yes_no"] = 1.0
    elif _NO.match(low):
        intent.yes_no, intent.kind = False, "no"
        conf["yes_no"] = 1.0
    elif SOFT_YES.match(low) and len(low.split()) <= 5:
        intent.yes_no = True  # "ja bitte", "oui, suivez-la", "si, guardala"
        conf["yes_no"] = 0.7
    elif re.match(r"^(?:no|nope|nah)\b", low):
        intent.yes_no = False
        conf["yes_no"] = 0.7
    if intent.yes_no is not None and intent.kind in ("yes", "no"):
        return intent
    if _GREETING.match(low):
        intent.kind = "greeting"
        return intent
    if _THANKS.match(low):
        intent.kind = "thanks"
        return intent
    # Misspelt request words ("coppy", "delet", "Auskumft") are read as meant from here on;
    # company names are still looked up in the words as typed.
    low = clean_text(fix_typos(original, lang))

    # E-mail.
    intent.email, intent.email_error = parse_email(original)
    if intent.email:
        conf["email"] = 1.0
    if expecting == "email" and intent.email is None and intent.email_error is None:
        intent.email_error = "that does not look like an e-mail address (it needs an @)"

    # Date.
    if expecting == "date" or DATE_PATTERN.search(low):
        intent.date = parse_date(low, today)
        if intent.date:
            conf["date"] = 1.0 if expecting == "date" else 0.8

    # Name.
    if expecting == "name" and not original.rstrip().endswith("?"):
        intent.name = name_answer(original, intent.email)  # a question is never a name
        if intent.name:
            conf["name"] = 0.9
    else:
        m = NAME_CUE.search(original)
        if m and re.search(
            r"\bname\b|call me|hei(?:ss|\u00df)e|appelle|nom|llamo|nombre|chiamo|nome|heet|naam",
            m.group(0),
            re.IGNORECASE,
        ):
            intent.name = name_after_cue(m.group(1))
        elif (introduced := INTRODUCED.search(original)) is not None:
            intent.name = introduced_name(introduced.group(1))  # "I'm Anna-Louise ..."
        if intent.name:
            conf["name"] = 0.8

    # Residence.
    residence_words: set[str] = set()
    # (at the name step only when the answer is no name: "sorry, I meant Florida")
    if expecting not in ("name", "email", "address") or (expecting == "name" and not intent.name):
        code, words = find_residence(original, whole=expecting in ("residence", "right"), lang=lang)
        if not code and expecting == "residence":
            # "Maryland, sorry", "Texas, Austin area": the place, with words around it
            code, words = find_residence(APOLOGY.sub(" ", original), whole=False, lang=lang)
        if (
            not code
            and expecting == "residence"
            and "," in original
            and len(low.split()) <= 5
            and intent.yes_no is None  # "Ja, gerne": an answer to something else, no place
        ):
            code, words = place_in_one_part(original, lang)  # "Texas, Austin area"
        if code:
            intent.residence, intent.residence_text = code, words
            conf["residence"] = 1.0 if expecting == "residence" else 0.85
            residence_words = set(clean_text(words or "").split())

    # What kind of message: a question, a complaint about something else, off-topic.
    question_form = is_question(low, lang)
    topic = None
    for name, pattern in _QUESTION_RULES:
        if pattern.search(low):
            topic = name
            break
    asked = question_form or topic in ("deadline", "verification", "right_company", "agent")
    if asked and not question_form and topic and ends_in_request(low):
        # a story's earlier sentence touched the topic; its last one asks for something
        asked = bool(dict(_QUESTION_RULES)[topic].search(last_sentence(low)))
    if topic == "right_company" and not question_form and SELF_CORRECTION.search(low):
        asked = False  # "wrong one - not Cloudmed, I meant Qualfon": a switch, not a question
    request_verb = bool(_REQUEST_VERB.search(low)) and topic in ("selling", "contact")
    if topic and asked and not request_verb:
        intent.topic = topic
        intent.question = topic if topic in ANSWERED_TOPICS else None
        conf["question"] = 0.9 if question_form else 0.7
    complaint = is_complaint(low) and not (question_form and not is_offtopic(low))
    offtopic = is_offtopic(low)

    # Right.
    hits, negated, _spans = find_rights(low, lang)
    if ends_in_request(low):  # "... deleted the app, all good. [...] I'd like to know what
        closing = len(low) - len(last_sentence(low))  # Hinge has on me": the closing asks
        hits = [h for h in hits if h[2] >= closing] or hits
    if complaint and ends_in_request(low):  # a grievance told first, then "But I want them
        closing = len(low) - len(last_sentence(low))  # to stop texting me": a request
        complaint = is_complaint(low[closing:]) or not any(p >= closing for _r, _w, p in hits)
    if intent.topic == "selling":
        hits = [h for h in hits if h[0] != "opt_out"]
    if intent.topic == "verification":
        hits = [h for h in hits if h[0] != "access" or h[1] >= 1.2]
    right, right_conf, ranked = choose_right(without_taken_back(hits, negated))
    intent.negated_rights = sorted({r for r, _pos in negated} - set(ranked))
    if right is None and expecting == "right":
        right, right_conf = right_from_short_answer(bare)
    if right:
        intent.right = right
        intent.rights_mentioned = ranked
        conf["right"] = right_conf
    if right is None and UNSUBSCRIBE.search(low):
        intent.right_hint = "unsubscribe"

    # Company.
    if expecting not in ("name", "email", "address", "date") or intent.correction:
        said, said_low = original, low
        if expecting in ("company", "company_choice") and (lead := LEAD_IN.match(original)):
            said = original[lead.end() :]  # "Es geht um dm", "it's about Spotify": the name
            said_low = low[len(low) - len(said) :] if len(low) == len(original) else said.lower()
        find_company_slot(
            intent, said, said_low, catalog, expecting, residence_words, lang, under_way
        )
    if expecting in ("company", "company_choice") and intent.residence is None:
        place_instead_of_company(intent, original, catalog, lang)
    in_view = current_company is not None and current_company in catalog
    # only a faint likeness of spelling ("Werbemails" ~ webmail) names no other company
    named = [c for c in intent.companies if c.how != "fuzzy" or c.score >= STRONG_SCORE]
    they = intent.company is None and not named and not intent.unknown_company
    they = they and current_company not in intent.rejected  # "nicht MediaMarkt": not "they"
    if they and in_view and current_company:
        intent.company = current_company  # "they", "sie", "ils", "ze": the company in view
        intent.company_name = catalog.get(current_company).name
        conf["company"] = 0.8

    if (
        intent.company
        and intent.right
        and expecting is None
        and not has_privacy_object(low)
        and not THEY.search(low)
        and not WANT_THEM_TO.search(low)
        and named_only_in_an_aside(original, _span_named(intent), lang)
    ):  # "Can I use Tide pods on wool? I want to erase a wine stain": no one is asked
        intent.rights_mentioned = intent.rights_mentioned or [intent.right]
        intent.right = None
        intent.company, intent.company_name, intent.companies = None, None, []
        conf.pop("right", None)
        conf.pop("company", None)

    strong_candidates = any(c.score >= STRONG_SCORE for c in intent.companies)
    # "voglio solo che correggano un dato sbagliato, un ritardo di pagamento": a right asked
    # for in so many words, about personal data, outweighs a grievance word beside it
    stated_right = bool(
        intent.right
        and has_privacy_object(low)
        and any(r == intent.right and w >= 1.2 for r, w, _p in hits)
        and ASKED_OF_THEM.search(low)
        and not question_form
        and not low.rstrip().endswith("?")
        and not WANTS_BACK.search(low)
    )
    # A right is acted on only in a request about personal data.
    asks_what_they_hold = bool(
        (intent.right == "access" and WHAT_ABOUT_ME.search(low))
        or (intent.right and lang == "en" and CAN_THEY_ACT.search(low))
        or (
            intent.right
            and intent.companies
            and can_company_act(low, lang, intent.companies[0].span)
        )
    ) and not asks_a_fee(low)  # "si les pido qué datos tienen de mí, ¿me pueden cobrar?"
    not_a_request = (
        intent.question is not None
        or intent.topic is not None
        or (question_form and not asks_what_they_hold)
        or (complaint and not stated_right)
        or (offtopic and not intent.company)
        or (
            expecting != "right"
            and not intent.company
            and not strong_candidates  # a loose likeness ("whiteboard") is no company
            and not has_privacy_object(low)
            and not THEY.search(low)
            and not WANT_THEM_TO.search(low)  # "voglio solo che smettano di profilarmi"
            and not KIND_OF_COMPANY.search(low)  # "mon opérateur": a company, yet to be named
            # "una richiesta di cancellazione per Esselunga", "je veu ke leboncoin supprime
            # mon conte": a request to a company not known
            and not (
                intent.unknown_company
                and (REQUEST_NOUN.search(low) or asked_of(intent.unknown_company, original))
            )
            and len(low.split()) >= 6
        )
    )
    if not_a_request and intent.right and expecting != "right":
        intent.rights_mentioned = intent.rights_mentioned or [intent.right]
        intent.right = None
        conf.pop("right", None)

    for key, value in conf.items():
        conf[key] = round(min(1.0, max(0.0, value)), 2)
    # Kind.
    if intent.topic or (question_form and not intent.right and not asks_what_they_hold):
        intent.kind = "question"
    elif complaint and not intent.right and not stated_right:
        intent.kind = "complaint"
        if intent.company and all(
            m.how == "product" for m in intent.companies if m.id == intent.company
        ):  # "Back Market sent me an iPhone with a dead battery": the shop, not Apple
            intent.company, intent.companies = None, []
    elif intent.right or (intent.company and not offtopic) or strong_candidates:
        intent.kind = "request"
    elif intent.residence or intent.name or intent.email or intent.date or intent.email_error:
        intent.kind = "answer"
    elif intent.yes_no is not None:
        intent.kind = "yes" if intent.yes_no else "no"
    elif offtopic or is_smalltalk(low):
        intent.kind = "offtopic"
    return intent
