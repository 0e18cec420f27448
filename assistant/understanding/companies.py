"""Companies named inside a sentence: names, legal names, brands, domains and typos.

Part of assistant.understanding.understand. Exact lookups go through the catalog's search index
(assistant.records.search); typos through rapidfuzz over spelling-neutral forms
("qualphon" meets "qualfon"); brands and nicknames through data/aliases.toml. Precision
first: a span whose words are all everyday words in one of six languages (assistant.understanding
.lexicon: "home", "sky", "bitte", "über") counts only when the person wrote it as a name, or
answered "which company?" with exactly that; typos are never looked for in everyday words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from assistant.records.search import fold, host_of
from assistant.understanding.aliases import alias_table
from assistant.understanding.company_index import (
    KIND_SCORE,
    CompanyIndex,
    company_index,
    domain_owners,
    named_by_label,
    phonetic,
    term_owners,
)
from assistant.understanding.lexicon import (
    COMMON_ZIPF,
    LANGUAGES,
    in_a_dictionary,
    language_zipf,
    zipf,
)
from assistant.understanding.name_context import (
    HONORIFICS,
    KINDS_OF_SHOP,
    PETS,
    THOUGHT,
    WAS,
    WRONGNESS_VERBS,
    a_name_follows,
    accented_word,
    inside_exact_names,
    meant_before,
    met_with,
    nicknames,
    person_follows,
    pet_or_person_named,
    things_named,
)
from assistant.understanding.span_hints import LIKENESS, with_country
from assistant.understanding.spans import (
    ACCOUNT_AFTER,
    ARTICLES,
    FUNCTION_CODES,
    FUZZY_ZIPF,
    GLUE_WORDS,
    INFINITIVE_LEADS,
    NEGATION_BRIDGE,
    NEGATORS,
    PERSON_NOUNS,
    RARE_ZIPF,
    SLOT_AFTER,
    SLOT_BEFORE,
    STATUTE_PARTS,
    accept_span,
    candidates,
    capitalised,
    foreign_name,
    german_compound,
    inside_longer_name,
    name_plural,
    place_named,
    recipient_positions,
    sentence_initial,
    span_norm,
    tokenise,
)
from assistant.understanding.words import words

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog

# How common a word in lower case after "une"/"een" must be to name a thing ("une orange"),
# not a company.
THING_ZIPF = 3.5  # a word this common or more, after "une"/"een" in lower case, is a thing


@dataclass
class CompanyMatch:
    """One company the text may name."""

    id: str
    name: str
    span: str
    how: str  # "domain" | "exact" | "brand" | "product" | "fuzzy"
    score: float  # 0..1
    positions: list[int] = field(default_factory=list)  # word numbers where it is named
    negated: bool = False  # every mention follows "not" / "nicht" / "pas" ...
    recipient: bool = False  # every mention is who data goes to ("sharing my data with X")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "span": self.span,
            "how": self.how,
            "score": round(self.score, 2),
        }


# A word written the way only a brand is: capitals around a dot ("E.ON") or inside a word.
_STYLED = re.compile(r"[A-Z]\.[A-Z]|[a-z][A-Z]")


def find_companies(
    text: str,
    catalog: Catalog,
    *,
    blocked_words: set[str] | None = None,
    whole_answer: bool = False,
    lang: str = "en",
    request: bool = False,
    about_data: bool = True,
) -> tuple[list[CompanyMatch], str | None]:
    """Companies named in `text`, best first, and the span they came from. `lang`: in German
    every noun is capitalised, so a capital letter there is no sign of a name. `request`: the
    message asks for a right, so a word where a request names its company counts. `about_data`:
    the message speaks of personal data, so a brand that is also a word may open it."""
    cindex = company_index(catalog)
    aliases = alias_table(catalog)
    matches: dict[int, CompanyMatch] = {}
    span_used: str | None = None
    owner_of = cindex.owner_of

    recipients: set[int] = set()

    def offer(owner: int, span: str, how: str, score: float, pos: int, negated: bool) -> None:
        if owner in cindex.preferred:
            score = min(1.0, score + 0.03)
        current = matches.get(owner)
        recipient = pos in recipients
        if current is None:
            matches[owner] = CompanyMatch(
                cindex.ids[owner], cindex.names[owner], span, how, score, [pos], negated, recipient
            )
            return
        if pos not in current.positions:
            current.positions.append(pos)
        current.negated = current.negated and negated
        current.recipient = current.recipient and recipient
        if score > current.score:
            current.span, current.how, current.score = span, how, score

    def ranked() -> list[CompanyMatch]:
        return sorted(matches.values(), key=lambda m: (-m.score, len(m.name)))

    # Domains and URLs first: they are unambiguous. Then the words, which may name another
    # company too ("Eerst Booking.com en daarna Airbnb ...; Airbnb mag alles wissen": both).
    for word in text.split():
        word = word.strip("<>()[],;!?'\"")
        if "@" in word:
            continue
        host = host_of(word.rstrip("."))
        for owner in domain_owners(cindex, host) if host and "." in host else []:
            offer(owner, word, "domain", 1.0, 0, False)

    tokenise.cache_clear()  # a new message: tokenised afresh, then shared by its readers
    tokens, raw_tokens, seps = tokenise(text)
    letters = [ch for ch in text if ch.isalpha()]
    cased = any(ch.isupper() for ch in letters) and any(ch.islower() for ch in letters)
    words_typed = [w for w in text.split() if w[:1].isalpha()]
    if len(words_typed) >= 3 and all(w[:1].isupper() for w in words_typed):
        cased = False  # "Please Delete My Data": Title Case tells nothing about names
    # a place word inside a company's own name ("die Volksbank Stuttgart") is not the place
    in_names = inside_exact_names(cindex.exact, tokens) if blocked_words else set()
    blocked = {
        i
        for i, t in enumerate(tokens)
        if t == "@"
        or (t in (blocked_words or ()) and i not in in_names)
        or (  # a short number, unless it ends a name ("Check 24", "Lotto 24")
            t.isdigit() and len(t) < 3 and not (i and tokens[i - 1] + t in cindex.exact)
        )
        or (t in STATUTE_PARTS and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit())
    }
    things, owned = things_named(tokens, raw_tokens, lang, about_data, seps)
    negators = NEGATORS
    asking = text.rstrip().endswith("?")
    unwanted: set[int] = set()
    for i, t in enumerate(tokens):
        if t in THOUGHT and WAS & set(tokens[i + 1 : i + 4]):
            unwanted.update(range(i + 1, min(i + 5, len(tokens))))  # "pensaba que era Netflix
            continue  # pero no, es Spotify": not Netflix
        if i and tokens[i - 1] in WRONGNESS_VERBS:
            continue  # "klopt niet bij Swapfiets", "stimmt nicht bei Otto": wrong there
        if t in ("isnt", "wasnt") and asking:
            continue  # "isn't Spotify a Swedish company?" asks; "it isn't Spokeo, it's X" denies
        if t in negators and not (i + 1 < len(tokens) and tokens[i + 1] in negators):
            for j in range(i + 1, min(i + 3, len(tokens))):
                if re.search(r"[,.;:!?\u2013\u2014]|qu'$", seps[j]):
                    break  # "keine Kopie, Zalando soll ...", "pas qu'Uber supprime": not Uber
                unwanted.add(j)
                if tokens[j] not in NEGATION_BRIDGE:
                    break  # "not asking Strava to ...": the verb is negated, not Strava
    people = {i + 1 for i, t in enumerate(tokens) if t in PERSON_NOUNS or t in PETS}
    # "Herr Rossmann", "Mrs Otto", "Madame Leclerc": a title, then a person's name
    people |= {i + 1 for i, t in enumerate(tokens) if t in HONORIFICS}
    # "Otto, mein Nachbar, ...", "Otto, my neighbour": the name is a person's
    named_people = {i for i in range(len(tokens) - 2) if person_follows(tokens, i + 1)}
    named_people |= {i for i in range(len(tokens) - 2) if a_name_follows(tokens, i + 1)}
    # "mi perro se llama Bolt", "my sister is called Sky": named after a person or a pet
    people |= {i + 1 for i in range(1, len(tokens)) if pet_or_person_named(tokens, i)}
    named_things = nicknames(text)  # "calls our router 'the Oracle'": a nickname, no company
    people |= {i for i, t in enumerate(tokens) if t in named_things}
    recipients.update(recipient_positions(tokens, seps))

    covered: set[int] = set()
    spans = candidates(tokens, blocked, seps)
    first_words = cindex.first_words
    for start, end, span in spans:
        if end - start > 1 and tokens[start].replace("&", "") not in first_words:
            joined = "".join(tokens[start:end])  # ("M&S Bank" is indexed as "ms bank")
            if joined not in cindex.exact and joined not in aliases:
                continue  # no name of several words starts with this word
        if any(i in covered for i in range(start, end)):
            continue
        norm = span_norm(span)
        if not norm:
            continue
        last = raw_tokens[end - 1]
        if end - start > 1 and last.islower() and last in FUNCTION_CODES.get(lang, ()):
            continue  # "Zara de mí": the preposition, not Germany
        curated = aliases.get(span) or aliases.get(span.replace(" ", ""))
        term_nos = cindex.exact.get(norm) or joined_name_terms(cindex, norm, raw_tokens[start:end])
        label_owners = cindex.labels.get(norm.replace(" ", ""), [])
        if not (curated or term_nos or label_owners) and name_plural(norm, last):
            norm, curated = norm[:-1], aliases.get(span[:-1])  # "snapchats servers"
            term_nos = cindex.exact.get(norm) if zipf(norm) < COMMON_ZIPF else None
        if not curated and not term_nos and not label_owners:
            continue
        if not curated and accented_word(raw_tokens[start:end]):
            # "des idées de caméo": a word with its accents is the word, not Cameo - unless the
            # company's own name carries them ("sézane", Sézane)
            word = raw_tokens[start]
            term_nos = [
                n for n in term_nos or [] if word in cindex.names[cindex.term_owner[n]].lower()
            ]
            label_owners = [o for o in label_owners if word in cindex.names[o].lower()]
            if not term_nos and not label_owners:
                continue
        if by_medium(tokens, raw_tokens, start, end):
            continue  # "des pubs par mail", "per sms", "by post": how, not who
        if end - start == 1 and tokens[start] in ("dm", "pm") and tokens[end : end + 1] == ["me"]:
            continue  # "DM me": a direct message, asked for
        if end < len(tokens) and seps[end] == "-" and tokens[end] in LIKENESS:
            covered.update(range(start, end))
            continue  # "my Schufa-like file", "ein Amazon-ähnlicher Shop": a likeness
        if (start in people or end - 1 in named_people) and not whole_answer:
            continue  # "my neighbour Otto", "Otto, mein Nachbar": a person
        if curated and curated.ordinary and met_with(tokens, start) and not whole_answer:
            continue  # "der Termin mit Otto am Freitag": whom the person meets
        thing = start in things and zipf(raw_tokens[start]) >= THING_ZIPF
        owned_thing = start in owned and end - start == 1 and not curated  # not "my xbox"
        if (thing or owned_thing) and not whole_answer:
            covered.update(range(start, end))  # nor a typo of another name
            continue
        if not curated and inside_longer_name(tokens, raw_tokens, seps, start, end, lang == "de"):
            continue  # "One" of "Capital One", "Home" of "Home Depot": a part, not the name
        in_slot = request and not {tokens[start], tokens[end - 1]} & GLUE_WORDS
        # "nicht golem, ich meinte heise": the company the person meant, correcting a choice
        meant = start > 0 and meant_before(tokens, start)
        # "have to reply to": "to" that opens an infinitive is no recipient's slot
        infinitive = start > 1 and tokens[start - 1] == "to"
        in_slot = in_slot and not (infinitive and tokens[start - 2] in INFINITIVE_LEADS)
        in_slot = (
            bool(meant)
            or (
                in_slot
                and (
                    (start > 0 and fold(raw_tokens[start - 1]).replace("'", "") in SLOT_BEFORE)
                    or (  # "bei der Telekom", "chez la Fnac"
                        start > 1
                        and tokens[start - 1] in ARTICLES
                        and fold(raw_tokens[start - 2]).replace("'", "") in SLOT_BEFORE
                    )
                    or (
                        end < len(tokens)
                        and tokens[end] in SLOT_AFTER
                        and (start == 0 or (start == 1 and tokens[0] in ARTICLES))
                    )
                    or raw_tokens[end - 1].endswith("'s")
                    # "set up an ancestry account": a service's own account, if no everyday word
                    or (
                        end < len(tokens)
                        and tokens[end] in ACCOUNT_AFTER
                        and max(zipf(w) for w in raw_tokens[start:end]) < COMMON_ZIPF
                    )
                )
            )
        )
        by_site = not term_nos or all(cindex.term_kind[n] == "domain" for n in term_nos)
        # where the company is asked, a web address's own word counts as the whole answer or
        # written as a name ("Si tratta di ATM, ..."); not "my name's Tom" (name.com)
        answered = whole_answer and (
            end - start == len(tokens) or all(capitalised(w) for w in raw_tokens[start:end])
        )
        only_label = (label_owners or term_nos) and by_site and not curated and not answered
        joined_name = end - start > 1 and all(capitalised(w) for w in raw_tokens[start:end])
        commonest = min(zipf(w) for w in raw_tokens[start:end])
        if only_label and commonest > 0 and not joined_name:
            # Only a web address's own word ("sms" of sms-inc.com) is no name - unless the
            # record's own name begins with it and a request names its company there
            # ("Edeka soll meine Daten löschen": edeka.de, EDEKA ZENTRALE).
            label_owners = named_by_label(cindex, label_owners, norm.replace(" ", ""))
            styled = any(_STYLED.search(w) for w in raw_tokens[start:end])  # "E.ON", "bunQ"
            # an acronym no everyday word of the message's language: "cosa sa di me ATM"
            styled = styled or (
                about_data
                and end - start == 1
                and raw_tokens[start].isupper()
                and language_zipf(tokens[start], lang) < RARE_ZIPF
            )
            if not (label_owners and (in_slot or styled) and commonest < COMMON_ZIPF):
                continue
            term_nos = []
        if (
            term_nos
            and not curated
            and not whole_answer
            and not about_data
            and not label_owners  # "Etsy" is etsy.com's own word: its name
            and all(cindex.term_kind[n] == "brand" for n in term_nos if n < len(cindex.term_kind))
        ):
            covered.update(range(start, end))  # nor a typo of it
            continue  # only a product a record lists ("Deutschlandticket"), no privacy matter
        # "J'habite à Montréal. Qualified a associé mon profil ...": a capitalised word that is
        # no word of the message's language names the company it matches
        foreign = about_data and bool(term_nos) and foreign_name(raw_tokens[start:end], lang)
        if not accept_span(
            raw_tokens[start:end],
            initial=sentence_initial(raw_tokens, seps, start),
            curated=curated,
            cased=cased,
            whole_answer=whole_answer and end - start == len(tokens),
            nouns_capitalised=lang == "de",
            in_slot=in_slot or foreign,
            about_data=about_data,
        ):
            continue
        if not whole_answer and place_named(raw_tokens, seps, start, end):
            covered.update(range(start, end))
            continue  # "Oracle, Arizona", "Orange, Texas": a town, named by its region
        negated = start in unwanted
        span = with_country(span, tokens, raw_tokens, seps, end)
        if curated:
            for company_id in curated.ids:
                if company_id in owner_of:
                    how = "product" if curated.product else "brand"
                    offer(owner_of[company_id], span, how, 0.97, start, negated)
        elif term_nos:
            for owner, kind in term_owners(cindex, term_nos).items():
                offer(owner, span, "exact", KIND_SCORE.get(kind, 0.9), start, negated)
        else:
            for owner in label_owners:
                offer(owner, span, "exact", KIND_SCORE["domain_label"], start, negated)
        covered.update(range(start, end))
        span_used = span_used or span

    # Fuzzy: whole spans against terms that start like them (spelling-neutral forms).
    for start, end, span in spans:
        if end - start > 3 or any(i in covered for i in range(start, end)):
            continue
        words = tokens[start:end]
        if words[0] in GLUE_WORDS or words[-1] in GLUE_WORDS:
            continue
        if accented_word(raw_tokens[start:end]) and span_norm(span) in cindex.exact:
            continue  # "caméo": the word, which the exact names above have already weighed
        frequencies = [zipf(w) for w in raw_tokens[start:end]]
        if max(frequencies) >= 4.6 or min(frequencies) >= FUZZY_ZIPF:
            continue
        one_word = re.sub(r"(\w)\1{2,}", r"\1", raw_tokens[start]) if end - start == 1 else ""
        if lang in LANGUAGES and one_word.islower() and in_a_dictionary(one_word, (lang,)):
            continue  # a word of the message's language ("profila", "bastaaa"), not a misspelt name
        if lang == "de" and len(one_word) >= 9 and german_compound(fold(one_word), tail=5):
            continue  # "Werbemails", "Kundenkonto": a German compound, not a misspelt name
        compact = phonetic(span.replace(" ", ""))
        if len(span.replace(" ", "")) < 5 or len(compact) < 4 or not compact[0].isalpha():
            continue
        bucket = cindex.buckets.get(compact[0])
        if not bucket:
            continue
        texts, nos = bucket
        cutoff = 88.0 if len(compact) <= 5 else 84.0
        for _text, score, pos in process.extract(
            compact, texts, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
        ):
            term_no = nos[pos]
            if len(cindex.term_text[term_no].replace(" ", "")) < 5:
                continue  # one letter off a short name is another word: "Avios" is no Avis
            kind = cindex.term_kind[term_no]
            value = 0.92 * score / 100 * KIND_SCORE.get(kind, 0.9)
            curated = aliases.get(cindex.term_text[term_no])
            owners = [owner_of[i] for i in curated.ids] if curated else []
            if start in people or end - 1 in named_people or span in KINDS_OF_SHOP:
                continue  # a pet's name ("il mio gatto si chiama Glovo"), a kind of shop
            longer = f"{cindex.term_text[term_no]} {tokens[end]}" if end < len(tokens) else ""
            if longer in cindex.exact:  # "virgn media": Virgin Media, not Virgin
                for owner, _kind in term_owners(cindex, cindex.exact[longer]).items():
                    offer(owner, f"{span} {raw_tokens[end]}", "fuzzy", value, start, False)
                continue
            # every record named so ("experain": Experian Ltd. and GmbH as well as Inc.), not one
            # whose web address merely reads so (barclays.de for "barclys")
            alike = term_owners(cindex, cindex.exact.get(cindex.term_text[term_no], [term_no]))
            named_so = [o for o, how in alike.items() if how != "domain"]
            for owner in owners or named_so or [cindex.term_owner[term_no]]:
                offer(owner, span, "fuzzy", value, start, start in unwanted)
            span_used = span_used or span
    found = ranked()
    return found, span_used if found else None


# A way of sending things, after the word that introduces one ("par mail", "per sms").
_MEDIUM_WORDS = words(
    "mail email sms post courrier telefono telephone phone fax lettre brief correo posta"
)
_BY = words("par per via by por op")


def by_medium(tokens: list[str], raw_tokens: list[str], start: int, end: int) -> bool:
    """A medium written in lower case after "par", "per", "via", "by": no company's name."""
    return (
        end - start == 1
        and start > 0
        and tokens[start] in _MEDIUM_WORDS
        and raw_tokens[start].islower()
        and tokens[start - 1] in _BY
    )


def joined_name_terms(cindex: CompanyIndex, norm: str, raw_words: list[str]) -> list[int] | None:
    """The catalog terms written as one word that these words make when joined ("Social Deal"
    for "SocialDeal"); none when an everyday word of the run is written in lower case: "ad
    targeting" is two words of a sentence, not "Adtargeting"."""
    if norm.count(" ") == 1 and any(w.islower() and zipf(w) >= COMMON_ZIPF for w in raw_words):
        return None
    return cindex.exact.get(norm.replace(" ", ""))
