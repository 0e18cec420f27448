"""The learned word weights: how they are applied, and when they may overrule the rules
(replies written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.replies.learned import (
    MIN_WORDS,
    Verdict,
    classify,
    deciding_sentence,
    load,
    second_opinion,
)
from assistant.replies.model import REASONS, REPLY_EVENTS
from assistant.replies.sentences import sentences

ROOT = Path(__file__).resolve().parents[2]

PORTAL = (
    "Beste mevrouw De Vries,\n\nDank voor uw e-mail over uw persoonsgegevens. Verzoeken van "
    "deze aard handelen wij uitsluitend af via het privacyformulier in de Mijn Omgeving, omdat "
    "wij daar kunnen nagaan dat het verzoek echt van de accounthouder komt. U vindt het "
    "formulier onder Instellingen > Privacy > Mijn gegevens. Na het invullen ontvangt u binnen "
    "een maand antwoord.\n\nMet vriendelijke groet,\nKlantenservice FietsAbonnement"
)
RECEIPT = (
    "Dear Mr Patel,\n\nThank you for getting in touch with the Customer Data team. This note is "
    "to let you know that your message about your personal information has been logged under "
    "case 448120 and passed to a specialist, who will look into it and come back to you as "
    "soon as they can, and in any case within the period the law allows. There is nothing "
    "further you need to do at this stage.\n\nKind regards,\nCustomer Data Team"
)
PROCESSOR = (
    "Estimada señora:\n\nLe informamos de que nuestra empresa presta servicios de centro de "
    "llamadas por cuenta de su compañía de seguros, que es la responsable del tratamiento de "
    "sus datos. Nosotros actuamos únicamente como encargado del tratamiento y no podemos "
    "decidir sobre su solicitud, por lo que le rogamos que se dirija directamente a su "
    "aseguradora.\n\nAtentamente,\nOficina de Protección de Datos"
)


def _rules(event: str | None, reason: str | None = None, kind: str | None = None) -> Verdict:
    quotes = {"event": "a sentence the rules chose"} if event else {}
    return Verdict(event, reason, kind, quotes, None)


def _weigh(text: str, rules: Verdict, *, cut: bool = False) -> Verdict:
    return second_opinion(text, sentences(text), rules, cut)


def test_the_shipped_weights_know_every_event_and_every_reason() -> None:
    weights = load()
    assert sorted(weights["event"]["classes"]) == sorted(REPLY_EVENTS)
    assert sorted(weights["reason"]["classes"]) == sorted(REASONS)
    assert weights["replies"] > 1000


def test_the_weights_train_only_on_development_and_spent_held_out_sets() -> None:
    """A held-out set still waiting for its measurement must never be trained on: every set
    the weights name is dev, or a held-out set the corpus README records as measured."""
    readme = (ROOT / "tests" / "data" / "replies" / "README.md").read_text(encoding="utf-8")
    for name in load()["trained_on"]:
        assert (ROOT / "tests" / "data" / "replies" / name / "labels.json").exists()
        if name.startswith("heldout"):
            assert f"`{name}/`" in readme and "spent" in readme, name


def test_probabilities_add_up_and_rank_the_likeliest_first() -> None:
    weighing = classify("event", RECEIPT)
    chances = [chance for _name, chance in weighing.ranked]
    assert abs(sum(chances) - 1.0) < 1e-9
    assert chances == sorted(chances, reverse=True)
    assert weighing.best == "acknowledged"


def test_where_the_rules_cannot_tell_the_words_decide() -> None:
    verdict = _weigh(RECEIPT, _rules(None))
    assert verdict.event == "acknowledged"
    assert verdict.confidence is not None and verdict.confidence >= 0.35
    assert verdict.quotes["event"] in RECEIPT


def test_the_words_overrule_a_reading_they_find_unlikely_and_quote_their_own_sentence() -> None:
    verdict = _weigh(PORTAL, _rules("denied", "other"))
    assert (verdict.event, verdict.reason) == ("use_other_channel", None)
    assert "formulier" in verdict.quotes["event"]


def test_a_refusal_s_reason_comes_from_the_words_when_the_rules_name_none() -> None:
    verdict = _weigh(PROCESSOR, _rules("denied", "other"))
    assert (verdict.event, verdict.reason) == ("denied", "not_controller")
    assert "del tratamiento" in verdict.quotes["reason"]  # who is controller, or processor


def test_a_reading_the_words_find_likely_stands() -> None:
    verdict = _weigh(RECEIPT, _rules("acknowledged"))
    assert verdict.event == "acknowledged"
    assert verdict.quotes == {"event": "a sentence the rules chose"}


def test_short_cut_or_header_told_replies_keep_the_rules_reading() -> None:
    short = "Hello,\n\nHave a nice weekend.\n\nBye"
    assert len(short.split()) < MIN_WORDS
    assert _weigh(short, _rules(None)).event is None
    assert _weigh(PORTAL, _rules("denied", "other"), cut=True).event == "denied"
    bounce = _rules("not_a_reply", kind="bounce")
    assert _weigh(RECEIPT, bounce) == bounce


def test_the_quoted_sentence_is_never_a_greeting() -> None:
    lines = sentences(PORTAL)
    assert deciding_sentence("event", "use_other_channel", lines) != "Beste mevrouw De Vries,"


def test_weights_file_is_compact_json_with_its_provenance() -> None:
    raw = json.loads((ROOT / "assistant" / "replies" / "weights.json").read_text("utf-8"))
    assert raw["scikit_learn"] and raw["min_documents"] >= 1
    assert all(
        len(row) == 1 + len(raw["event"]["classes"]) for row in raw["event"]["terms"].values()
    )


def test_letter_groups_are_taken_within_padded_words() -> None:
    from assistant.replies.learned import _letter_groups

    assert _letter_groups("ab", 3, 5) == {" ab": 1, "ab ": 1, " ab ": 1}
    groups = _letter_groups("no data", 3, 3)
    assert groups[" no"] == 1 and groups["ata"] == 1 and "o d" not in groups


def test_the_reason_weights_read_letter_groups_too() -> None:
    reason = load()["reason"]
    assert reason["letter_groups"] == [3, 5] and len(reason["letters"]) > 1000
    assert "letters" not in load()["event"]


def test_a_part_refused_beside_a_fulfilment_is_a_partial_answer() -> None:
    text = (
        "Dear Mr Brown,\n\nFollowing your request we have deleted your customer account, your "
        "order history and your marketing preferences from our systems. Invoices issued to you "
        "in the last ten years are kept, because commercial and tax law oblige us to keep them; "
        "they are blocked for any other use and will be destroyed when that period ends.\n\n"
        "Kind regards,\nData Protection Team"
    )
    verdict = _weigh(text, _rules("answered_full"))
    assert verdict.event == "answered_part"
    assert verdict.reason == "exemption"
