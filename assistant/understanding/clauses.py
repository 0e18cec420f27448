"""Which clause of a message asks for the right: of two companies named in separate clauses,
the one named where the right is asked for is meant ("Lösch mein Konto bei Spotify, ich nutz
jetzt Apple Music"), unless another clause adds to it ("Instagram too", "auch", "aussi"); and
which clauses set a company aside ("first I thought it was Uber").

Part of assistant.understanding.understand; the word numbers are the company finder's
(assistant.understanding.spans.tokenise), so they meet CompanyMatch.positions.
"""

from __future__ import annotations

import re

from assistant.understanding.phrases import THEY
from assistant.understanding.rights import find_rights
from assistant.understanding.spans import tokenise
from assistant.understanding.typos import fix_typos
from assistant.understanding.words import clean_text

# A right asked for in so many words ("Delete my Zalando account": 1.2), not touched by a
# story's word ("ils m'ont démarché": 1.0).
FIRM_WEIGHT = 1.2

# "too", "also", "the same": a second clause that adds a company rather than sets one aside.
ALSO = re.compile(
    r"\b(?:too|also|as well|same|auch|ebenfalls|ebenso|gleiche|aussi|egalement|meme|tambien|"
    r"mismo|misma|anche|pure|stesso|stessa|ook|zelfde|idem)\b"
)


# "it's Acxiom I want to write to", "an die Telekom will ich schreiben": the clause that says
# where the letter goes.
WRITE_TO = re.compile(
    r"\b(?:write to|writing to|send (?:it|the letter|this) to|schreiben|anschreiben|"
    r"ecrire a|escribir(?:le)? a|escribirle|scrivere a|schrijven (?:naar|aan))\b"
)


# "first I thought it was Uber", "erst dachte ich, das wäre die Allianz", "bei Vodafone war ich
# früher": a clause that sets a company aside as a past belief or a past provider.
# A former name: "toen heette het nog T-Mobile", "früher hieß es E-Plus".
FORMER_NAME = re.compile(
    r"(?:used to be|was (?:still )?|formerly )called|(?:heette|hiess) (?:het|es|das|die|ze) "
    r"(?:nog|fruher|damals|vroeger|toen)|s'appelait (?:encore|alors|avant)|"
    r"se llamaba (?:antes|entonces|todavia)|si chiamava (?:ancora|prima|allora)"
)
# "Netflix can keep my stuff", "Rossmann kann bleiben": a company that may keep the data.
MAY_KEEP = re.compile(
    r"(?<!not )(?<!no )(?<!non )(?<!ne )(?<!niet )(?<!nicht )(?<!nichts )"
    r"(?:can keep (?:my|it|them|everything|the)|(?:kann|darf|konnen|durfen) (?:alles |es |sie )?"
    r"(?:bleiben|behalten)|(?:peut|peuvent) (?:tout )?(?:garder|rester)|(?:puede|pueden) "
    r"(?:quedarse|guardar\w*)|(?:puo|possono) (?:tenere|restare)|(?:mag|mogen) (?:alles )?"
    r"(?:houden|blijven))"
)
SET_ASIDE = re.compile(
    r"\b(?:i (?:first )?thought|i used to be (?:with|at|on)|i left|i quit|"
    r"i(?:'ve| have)? (?:already )?(?:closed|cancelled|canceled)|"
    r"dachte ich|ich dachte|war ich fruher|hatte ich fruher|habe ich (?:\w+ ){0,3}gekundigt|"
    r"bin ich (?:\w+ ){0,4}raus|"  # "bei der AOK bin ich seit zehn Jahren raus"
    r"je pensais|je croyais|j'ai (?:\w+ ){0,2}(?:quitte|resilie)|j'etais chez|"
    r"pensaba|pense que|creia|crei que|deje(?! de)|"
    r"pensavo|credevo|ho lasciato|ero con|"
    r"dacht ik|ik dacht|ben ik weggegaan|heb ik (?:\w+ ){0,3}opgezegd|zat ik vroeger|"
    # "Rossmann ist mir egal", "lo de Mango me da igual": a company the person does not mind
    r"ist mir (?:egal|wurst)|me da igual|me (?:da|importa) lo mismo|je m'en fiche|peu importe|"
    r"non mi interessa|non m'importa|maakt me niet uit|kan me niet schelen|"
    r"i don'?t care about|doesn'?t matter|"
    # one already dealt with: "Sky hab ich schon erledigt", "Netflix I already did"
    r"schon erledigt|bereits erledigt|already (?:done|did|sorted|handled)|deja (?:fait|regle)|"
    r"ya (?:lo )?hice|ya esta hecho|gia fatto|al gedaan|al geregeld|"
    # fixed by the person, or still in use: "bei Check24 hab ich's selbst schon geändert",
    # "en Iberia ya lo arreglé", "Glovo lo uso ancora"
    r"hab(?:e)? ich(?:'s| es)? (?:selbst )?(?:schon )?(?:selbst )?(?:geandert|korrigiert)|"
    r"i (?:already )?(?:changed|fixed|updated) it myself|ya lo (?:arregle|cambie|corregi)|"
    r"je l'ai deja (?:corrige|modifie)|l'ho gia (?:corretto|sistemato)|heb ik al aangepast|"
    r"(?:lo )?uso ancora|i still use|ich nutze (?:es |sie )?noch|je l'utilise encore|"
    r"lo sigo usando|gebruik ik nog|"
    # a service the person keeps: "je garde Spotify mais je veux que Deezer efface"
    r"je (?:garde|conserve)|i'?m keeping|i(?:'ll| will) keep|"
    r"ich behalte|behalte ich|me quedo con|ik behoud|"
    + MAY_KEEP.pattern
    + "|"
    + FORMER_NAME.pattern
    + r")\b"
)


def _clauses(text: str) -> tuple[list[str], list[list[int]], list[bool]]:
    """The raw words of `text` as the company finder counts them, its clauses as lists of
    word numbers (split at punctuation and at a dash between spaces), and for each clause
    whether it opens a sentence."""
    _tokens, raw_tokens, seps = tokenise(text)
    clauses: list[list[int]] = [[]]
    opens = [True]
    for number, sep in enumerate(seps):
        if number and re.search(r"[,.;:!?]|\s[-\u2013\u2014]\s", sep):
            clauses.append([])
            opens.append(bool(re.search(r"[.!?]", sep)))
        clauses[-1].append(number)
    return raw_tokens, clauses, opens


# "je garde Spotify mais je veux que Deezer efface": what follows "but" is said anew.
_CONTRAST = frozenset({"but", "aber", "sondern", "mais", "pero", "sino", "ma", "maar"})


def _at_contrasts(raw_tokens: list[str], clauses: list[list[int]]) -> list[list[int]]:
    """The clauses, each split again before a word of contrast ("but", "mais", "aber")."""
    parts: list[list[int]] = []
    for clause in clauses:
        parts.append([])
        for number in clause:
            if parts[-1] and raw_tokens[number].lower() in _CONTRAST:
                parts.append([])
            parts[-1].append(number)
    return parts


def set_aside_words(
    text: str, lang: str, named_at: set[int], cue: re.Pattern[str] = SET_ASIDE
) -> set[int]:
    """The word numbers of the clauses of `text` that name a company only as a past belief
    or a past provider ("erst dachte ich, das wäre die Allianz"), or as one that may keep the
    data (`cue` MAY_KEEP: "Rossmann kann bleiben")."""
    raw_tokens, clauses, _opens = _clauses(text)
    found: set[int] = set()
    carried = False  # "erst dachte ich, das wäre ...": the cue reaches into the next clause
    for clause in _at_contrasts(raw_tokens, clauses):
        words = clean_text(fix_typos(" ".join(raw_tokens[n] for n in clause), lang))
        cued = carried or bool(cue.search(words))
        named = bool(named_at.intersection(clause))
        if cued and named:
            found.update(clause)
        carried = cued and not named and len(clause) <= 4
    return found


def right_clause_words(
    text: str, lang: str, named_at: set[int], right: str | None = None
) -> set[int] | None:
    """The word numbers (as the company finder counts words) of the clauses of `text` that
    ask for a right or say where the letter goes, or None when there is a single clause or a
    clause naming a company adds it to another ("Instagram too"). Only the clauses holding a
    word of `named_at` (where companies are named) are read. With `right`, the right the
    message asks for, a clause touching only another right ("quelles données Qualified a sur
    moi, ils m'ont démarché sur linkedin") does not count, unless no clause asks for `right`."""
    found = _clauses_asking(text, lang, named_at, None)
    if right is None or not found:
        return found
    return _clauses_asking(text, lang, named_at, right) or found


def _clauses_asking(text: str, lang: str, named_at: set[int], right: str | None) -> set[int] | None:
    """right_clause_words, for clauses asking for `right` (any right when None) or firmly for
    another ("Delete my Zalando account, and tell me what Otto has on me": both asked)."""
    raw_tokens, clauses, opens = _clauses(text)
    if len(clauses) < 2:
        return None
    found: set[int] = set()
    # "sur Vinted on m'a bloqué, et je voudrais savoir ce qu'ils ont": a right asked of
    # "them" goes to the company named before it in the same sentence
    last_named: list[int] = []
    for clause, opening in zip(clauses, opens, strict=True):
        last_named = [] if opening else last_named
        named = bool(named_at.intersection(clause))
        words = clean_text(fix_typos(" ".join(raw_tokens[n] for n in clause), lang))
        if named and ALSO.search(words):
            return None
        hits = [
            h for h in find_rights(words, lang)[0] if right in (None, h[0]) or h[1] >= FIRM_WEIGHT
        ]
        asks = bool(hits or WRITE_TO.search(words))
        if asks and named:
            found.update(clause)
        elif asks and last_named and THEY.search(words):
            found.update(last_named)
        if named:
            last_named = clause
    return found


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# The person in a question ("Why did Zalando send me this?"): about their own dealings with the
# company, no aside. Italian "mi" is left out: "mi dai una ricetta?" asks the assistant.
_ABOUT_ME = re.compile(
    r"\b(?:me|my|mine|mir|mich|mein\w*|moi|mes|mon|ma|mij|mijn|mis|mio|mia|miei|mie)\b|\bm'",
    re.I,
)


def named_only_in_an_aside(original: str, span: str, lang: str) -> bool:
    """A company named only in a question that asks nothing of anyone's data, the right asked
    in another sentence that names no one: "Can I use Tide pods on a wool jumper? I want to
    erase a red wine stain", "c'est quoi l'origine du nom cocktail Molotov ? ... je dois
    effacer les trucs faux de mes fiches". The right is the person's own business, not a
    request to that company. The caller has checked that the message names no personal data
    and no "they"."""
    sentences = [s.strip() for s in _SENTENCE.findall(original) if s.strip()]
    wanted = span.casefold()
    naming = [s for s in sentences if wanted in s.casefold()]
    if len(sentences) < 2 or not naming or len(naming) == len(sentences):
        return False
    for sentence in naming:
        words = clean_text(fix_typos(sentence, lang))
        if not sentence.endswith("?") or find_rights(words, lang)[0] or WRITE_TO.search(words):
            return False
        if _ABOUT_ME.search(sentence):
            return False
    return True
