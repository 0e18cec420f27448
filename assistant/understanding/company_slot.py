"""The company slot of an Intent (assistant.understanding.understand): the company named, the
companies to ask among, or the name of one the catalog does not know; and, where the
conversation asked "which company?", a place given instead ("Texas", "Milano").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.understanding.choose import choose_company
from assistant.understanding.clauses import (
    ALSO,
    FORMER_NAME,
    MAY_KEEP,
    right_clause_words,
    set_aside_words,
)
from assistant.understanding.companies import CompanyMatch, find_companies
from assistant.understanding.intent import Intent
from assistant.understanding.intents import (
    CORRECTION_MARK,
    about_a_request,
    has_privacy_object,
    is_complaint,
    is_question,
)
from assistant.understanding.message_cues import (
    EITHER_ONE,
    KIND_OF_COMPANY,
    first_one,
    law_country,
    named_in_use,
)
from assistant.understanding.places import LANGUAGE_COUNTRIES
from assistant.understanding.rights import find_rights
from assistant.understanding.slots import find_residence
from assistant.understanding.unknown_names import (
    guess_unknown_company,
    named_unknown,
    unknown_rival,
)
from assistant.understanding.words import clean_text, words

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog


def place_instead_of_company(intent: Intent, original: str, catalog: Catalog, lang: str) -> None:
    """Asked "which company?", the person answered with a place ("Texas", "Milano"): that is
    where they live, not a company - unless it is a brand the alias table knows."""
    if intent.company and intent.companies and intent.companies[0].how in ("brand", "product"):
        return
    if intent.company and len(intent.text.split()) > 1:
        return
    code, words = find_residence(original, whole=True, lang=lang)
    if not code or words is None or len(words) < 3:
        return
    if (
        intent.company
        and intent.companies[0].how == "exact"
        and code.split("-")[0] not in LANGUAGE_COUNTRIES.get(lang, ())
    ):
        return  # "Molotov" from a French writer: the company, not a town in Russia
    intent.residence, intent.residence_text = code, words
    intent.confidence["residence"] = 0.8
    intent.company = intent.company_name = intent.company_span = intent.unknown_company = None
    intent.companies = []
    intent.confidence.pop("company", None)


def find_company_slot(
    intent: Intent,
    original: str,
    low: str,
    catalog: Catalog,
    expecting: str | None,
    residence_words: set[str],
    lang: str,
    in_view: str | None = None,
) -> None:
    """Fill the company slot, or the companies to ask among, or the unknown name given.
    `in_view`: the company of the request being prepared, when a later step is answered."""
    conf = intent.confidence
    skip = residence_words if expecting != "company" else set()
    found, span = find_companies(
        original,
        catalog,
        blocked_words=skip,
        whole_answer=expecting in ("company", "company_choice") or intent.correction,
        lang=lang,
        request=bool(
            intent.right or intent.correction or expecting in ("company", "company_choice")
        ),
        about_data=bool(
            has_privacy_object(low)
            or about_a_request(low)
            or is_complaint(low)
            or expecting
            or intent.right
            or intent.topic
        ),
    )
    cleft = _SINGLED_OUT.search(original) if found and expecting is None else None
    corrected = _CORRECTED_TO.search(original) if found and cleft is None else None
    if corrected and any(_names(clean_text(corrected.group("name")), m) for m in found):
        cleft = corrected  # "nee, het is ABN AMRO": only a company found ("Sorry, it's Urgent!")
    if cleft is not None:  # "C'est chez Bouygues que je veux ...": that one, of those named
        named = clean_text(cleft.group("name"))
        singled = [m for m in found if _names(named, m)]
        if not singled:  # not in the catalog: the name given, not the other company named
            intent.unknown_company = cleft.group("name")
            return
        found = singled + [m for m in found if m.negated and m not in singled]  # "non è X"
    in_use = named_in_use(low) if len({m.span.lower() for m in found}) == 2 else None
    if in_use:  # "... uso solo Glovo. Fammi cancellare quello che non uso"
        _not_meant(found, lambda span: span == in_use)
    if found and MAY_KEEP.search(low):  # "Rossmann kann bleiben": not the one asked
        _set_aside_kept(found, original, low, lang)
    spans = sorted({clean_text(m.span) for m in found})
    first = first_one(low, spans) if len(spans) > 1 else None
    if first:  # "Do Equifax first", "..., start with them"
        _not_meant(found, lambda span: span != first)
    if found:
        intent.rejected = [m.id for m in found if m.negated]
        marks = list(CORRECTION_MARK.finditer(low))  # the last: "eigentlich X, aber nee, Y"
        mark = marks[-1] if marks else None
        corrected_after = None
        if mark:
            corrected_after = len(re.findall(r"[\w&'.+@-]+", low[: mark.start()]))
        right_words, set_aside = None, None
        if len({m.span.lower() for m in found}) > 1:
            named_at = {p for m in found for p in m.positions}
            set_aside = set_aside_words(original, lang, named_at)
            if intent.right:
                right_words = right_clause_words(original, lang, named_at, intent.right)
        choice = choose_company(
            found,
            catalog,
            residence=intent.residence or law_country(low),
            lang=lang,
            corrected_after=corrected_after,
            right_words=right_words,
            # "je sais plus lequel ... c'est Amazon qui ...": singled out after all
            either=bool(EITHER_ONE.search(low)) and cleft is None,
            in_view=None if ALSO.search(low) else in_view,
            set_aside=set_aside,
        )
        rival = unknown_rival(original, found, residence_words, lang)
        if choice.company is not None and rival is None:
            rival = _instead_of_former(original, found, choice.company.id, residence_words, lang)
        if choice.company is not None and rival is None:
            rival = _addressed_in_request(original, found, residence_words, lang)
        if choice.company is not None and rival is None:
            top = choice.company
            intent.company, intent.company_name = top.id, top.name
            intent.company_span = top.span
            conf["company"] = round(top.score, 2)
            intent.companies = [top]
        elif choice.company is not None:
            intent.unknown_company = rival
            conf["company"] = 0.3
        elif choice.options:
            intent.companies = choice.options[:8]
            intent.company_span = span
            intent.must_ask = choice.reason or None
            conf["company"] = round(choice.options[0].score * 0.6, 2)
    elif expecting == "company" or intent.correction:
        short = re.sub(
            r"^(?:it'?s|it is|the company is|company|they'?re|called|at|from|with|bei|von|der|"
            r"die|chez|aupres de|de|del|da|presso|van|bij|c'est)\s+",
            "",
            original.strip(" .!?"),
            flags=re.IGNORECASE,
        )
        if expecting == "company" and len(short.split()) <= 5 and not intent.right:
            # "I live in California" is a place, not a company; in a question ("what about
            # Wallapop?", "how's it going?") only a word written as a name can be one
            if intent.residence is None and not is_question(low, lang):
                intent.unknown_company = short
            elif intent.residence is None:
                intent.unknown_company = guess_unknown_company(original, lang)
            return
        guess = guess_unknown_company(original, lang)
        if guess and not set(clean_text(guess).split()) <= residence_words:
            intent.unknown_company = guess  # not "abito in Emilia-Romagna, a Bologna"
    known = intent.company or intent.companies or intent.unknown_company
    if not known and intent.right and expecting in (None, "company"):
        # A request naming a company the catalog does not know ("I want Walmart to delete my
        # data"): keep the name, to offer a letter to it - never a place the person lives in.
        guess = named_unknown(
            original, lang, frozenset(residence_words), about_data=has_privacy_object(low)
        )
        kind = KIND_OF_COMPANY.search(low)
        if guess and kind and clean_text(guess) in kind.group(0):
            guess = None  # "mein Handyanbieter": a company yet to be named, not its name
        if guess and not set(clean_text(guess).split()) & residence_words:
            code, _words = find_residence(guess, whole=True, lang=lang)
            intent.unknown_company = None if code else guess


def _not_meant(found: list[CompanyMatch], test: Callable[[str], bool]) -> None:
    """Mark as not meant each company whose span (as cleaned) passes `test`."""
    for match in found:
        match.negated = match.negated or test(clean_text(match.span))


# "kann bleiben", "can stay": the company itself may stay, not just some of the data.
_STAYS = re.compile(r"\b(?:bleiben|stay|rester|quedarse|restare|blijven)\b")


def _set_aside_kept(found: list[CompanyMatch], original: str, low: str, lang: str) -> None:
    """Mark as not meant a company last named where the person says it may keep the data or
    stay ("Rossmann kann bleiben"), when another company is named or the company itself may
    stay; not "Spotify can keep my playlists but delete my payment data"."""
    kept = set_aside_words(original, lang, {p for m in found for p in m.positions}, MAY_KEEP)
    # what the person last says of it decides ("bei Rossmann und bei Müller ... Rossmann kann
    # bleiben")
    is_kept = {m.id: bool(m.positions) and max(m.positions) in kept for m in found}
    others = any(not kept_one for kept_one in is_kept.values())
    stays = any(_STAYS.search(cue.group(0)) for cue in MAY_KEEP.finditer(low))
    for match in found:
        if is_kept[match.id] and (others or stays):
            match.negated = True


def _instead_of_former(
    original: str, found: list[CompanyMatch], chosen: str, residence_words: set[str], lang: str
) -> str | None:
    """A name the catalog lacks, when every mention of the company chosen is a former name
    ("bij Odido ... toen heette het nog T-Mobile") or one that may keep the data ("Netflix can
    keep my stuff ... but Hulu needs to wipe everything"): that name is meant."""
    named_at = {p for m in found if m.id == chosen for p in m.positions}
    said = clean_text(original)
    if not named_at or not (FORMER_NAME.search(said) or MAY_KEEP.search(said)):
        return None
    if not named_at <= set_aside_words(original, lang, named_at):
        return None
    known = {w for m in found for w in clean_text(m.span).split()}
    return named_unknown(original, lang, frozenset(residence_words | known))


# Words before the company a request is addressed to: "chiedere a Poste Italiane di ...",
# "ask Walmart to", "demander à La Poste", "vragen aan Ziggo", "pedirle a Renfe"; not "to"
# ("correct it to Patel"), "de" or "da" ("the name de Vries", "da Silva").
# ... or asked to act: "Quiero que Jazztel borre mis datos", "voglio che Enel smetta"
_ADDRESSEE = words(
    "a à aan an ask tell chez bei presso bij al alla alle auprès aupres que che dat dass"
    " von vom"  # "Von der Techniker will ich, dass sie ..."
)
# ... and only with "to" after the name: "I want Hulu to erase everything" (not "I get Qobuz
# through my phone plan")
_ASKED_TO = words("want need get make")
_ARTICLE = words("der die das dem den la le el il lo de het the")


_REQUEST_PARTS = re.compile(
    r"(?<=[.!?;])\s+|,\s+(?=(?:but|aber|sondern|mais|pero|sino|ma|maar)\b)", re.IGNORECASE
)


def _addressed_in_request(
    original: str, found: list[CompanyMatch], residence_words: set[str], lang: str
) -> str | None:
    """A name the catalog lacks, addressed by the last sentence that asks for something, when
    the company found is named only before it ("... mia zia me le gira su WhatsApp. ...
    Vorrei chiedere a Poste Italiane di aggiornare i miei dati"): that name is meant."""
    asking = [  # "Netflix can keep my account, but I want Hulu to erase ...": the "but" part
        s for s in _REQUEST_PARTS.split(original) if s and find_rights(clean_text(s), lang)[0]
    ]
    if not asking:
        return None
    sentence = asking[-1]  # the closing request ("Vorrei chiedere a ... di ...")
    known = {w for m in found for w in re.findall(r"\w+", clean_text(m.span))}
    if known & set(re.findall(r"\w+", clean_text(sentence))):
        return None  # the company found is named where the request is made
    name = named_unknown(sentence, lang, frozenset(residence_words | known))
    if not name or known & set(re.findall(r"\w+", clean_text(name))):
        return None  # "ask Amazon Germany" after "amazon.de": the same company
    if any(_names(clean_text(name), m) for m in found):
        return None  # "Flying Blue ... Ik wil dat KLM ... wist": the company found, by name
    before = [w.lower().strip(",") for w in sentence[: sentence.find(name)].split()]
    if len(before) > 1 and before[-1] in _ARTICLE:
        before.pop()  # "Von der Techniker will ich, dass ...": the word before the article
    if not before:
        return None
    if before[-1] in _ASKED_TO:
        after = sentence[sentence.find(name) + len(name) :].split()
        return name if after and after[0].lower() == "to" else None
    return name if before[-1] in _ADDRESSEE else None


# "C'est chez Bouygues que je veux ...", "è Esselunga che mi preoccupa", "it's Experian that
# still has my old postcode": a cleft sentence singles out the company meant.
_SINGLED_OUT = re.compile(
    r"(?i:\b(?:c['’]est (?:chez |à |a |avec )?|it'?s |it is |è |es (?:en |con )?|"
    r"het is (?:bij )?|es ist ))(?P<name>[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}),? "
    r"(?i:(?:(?:el|la|los|las|il|quella|quello) )?(?:que|qui|that|who|which|che|donde|die|der|"
    r"dat|wo)\b)"  # "es BBVA el que tiene mal mi dirección"
)


# "o wacht, nee, het is ABN AMRO. Bij ING zit mijn vriend": the one the correction names.
_CORRECTED_TO = re.compile(
    r"(?i:(?:\b(?:nee|no|non|nein|sorry|pardon|wait|wacht|actually|eigenlijk|en fait|anzi|"
    r"perdon|scusa)\b\s*[,;:!-]+|"
    # remembered while typing: "je sais plus lequel ... ah si c'est SFR", "ah ja, es ist O2"
    r"\b(?:ah|oh|ach)\b[\s,]*(?:si|oui|ja|yes|sí|right|ok)?\b[\s,:!-]*)[^.!?]{0,20}?"
    r"(?<!\bnon )(?<!\bnot )(?<!\bpas )(?<!\bniet )(?<!\bnicht )(?<!\bno )"  # "non è X": not X
    r"\b(?:c['’]est|it'?s|it is|è|es|het is|es ist|das ist) )"
    r"(?P<name>[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3})(?=\s*(?:[.,;!?]|$))"
)
_WORD = re.compile(r"[^\W_]+")


def _names(named: str, match: CompanyMatch) -> bool:
    """Whether `named` (cleaned) names the company of `match`: as written, its first words
    ("Vestiaire" of Vestiaire Collective), words of its name ("Booking" of Booking.com), or
    its initials ("SEN")."""
    span, words = _WORD.findall(clean_text(match.span)), _WORD.findall(named)
    name = _WORD.findall(clean_text(match.name))
    initials = "".join(w[0] for w in span if w)
    return span[: len(words)] == words or set(words) <= set(name) or named == initials
