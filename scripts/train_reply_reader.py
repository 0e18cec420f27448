"""Train the reply reader's word weights from the labelled replies in tests/data/replies.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_reply_reader.py          # writes assistant/replies/weights.json

Two multinomial logistic regressions (scikit-learn) over TF-IDF word unigrams and bigrams of a
reply's own text (its subject and the latest message, quoted history and signature removed by
assistant/replies/message.py, exactly as the reader sees it):

- `event`: acknowledged, identity_asked, ... over every labelled reply;
- `reason`: not_verified, no_data, ... over every labelled reply that gives a reason;
- `no_data`: of the full answers, which say "we hold nothing about you" (reason no_data);
- `part`: of the answers, which fulfil the request in full and which refuse a part of it.

Only the weights are shipped (vocabulary, idf, one weight per class, intercepts), so reading a
reply needs no scikit-learn: assistant/replies/learned.py applies them. After writing, this
script checks that learned.py gives the same class as scikit-learn for every training reply.

Which folders train: `TRAINING_SETS`. A held-out set joins only once it has been measured
(spent, see tests/data/replies/README.md); a set still waiting for its measurement never does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "replies"
OUT = ROOT / "assistant" / "replies" / "weights.json"

# Development sets and spent held-out sets (each measured once before it joined).
TRAINING_SETS = (
    "dev",
    "dev_batch5",
    "dev_batch6",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
)
# Settings chosen once, by leave-one-set-out runs over the spent held-out sets; not tuned to
# any set still unseen.
MIN_DOCUMENTS = 3  # a word or pair of words must appear in this many replies to count
STRENGTH = 10.0  # scikit-learn's C: the inverse of the regularisation
DECIMALS = 5
# The reason also reads letter groups within words (3 to 5 letters, the 20,000 most frequent):
# on unseen sets they told refusal reasons apart better than whole words alone (90% against
# 83%), while for the event they added nothing.
LETTER_GROUPS = (3, 5)
MAX_LETTER_GROUPS = 20_000


def labelled(sets: tuple[str, ...]) -> list[tuple[str, str, dict[str, Any]]]:
    """(set, the text the reader weighs, the label) for every labelled reply of `sets`."""
    from assistant.replies.learned import reader_text
    from assistant.replies.message import read_messages

    out: list[tuple[str, str, dict[str, Any]]] = []
    for name in sets:
        folder = DATA / name
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        for path in sorted(folder.iterdir()):
            if path.name == "labels.json" or path.suffix == ".md" or path.name.startswith("."):
                continue
            for index, message in enumerate(read_messages(path.read_bytes(), path.name), 1):
                key = f"{path.name}#{index}" if path.suffix == ".mbox" else path.name
                if key in labels:
                    out.append((name, reader_text(message), labels[key]))
    return out


class Features:
    """Word unigrams and bigrams, and (for the reason) letter groups of 3 to 5 within words,
    each block weighted by TF-IDF and scaled to length one, side by side."""

    def __init__(self, letters: bool) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from assistant.replies.learned import TOKEN

        self.blocks = {
            "terms": TfidfVectorizer(
                ngram_range=(1, 2),
                min_df=MIN_DOCUMENTS,
                sublinear_tf=True,
                token_pattern=TOKEN.pattern,
            )
        }
        if letters:
            self.blocks["letters"] = TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=LETTER_GROUPS,
                min_df=MIN_DOCUMENTS,
                sublinear_tf=True,
                max_features=MAX_LETTER_GROUPS,
            )

    def fit_transform(self, texts: list[str]) -> Any:
        from scipy.sparse import hstack

        return hstack([v.fit_transform(texts) for v in self.blocks.values()]).tocsr()

    def transform(self, texts: list[str]) -> Any:
        from scipy.sparse import hstack

        return hstack([v.transform(texts) for v in self.blocks.values()]).tocsr()


def fit(texts: list[str], targets: list[str], letters: bool) -> tuple[dict[str, Any], Any, Any]:
    """Weights as learned.py reads them, with the fitted features and classifier."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    features = Features(letters)
    matrix = features.fit_transform(texts)
    classifier = LogisticRegression(C=STRENGTH, max_iter=5000)
    classifier.fit(matrix, targets)
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # scikit-learn keeps one row for two classes: the
        coef = np.vstack([np.zeros_like(coef), coef])  # second's; a softmax over [0, z] is
        intercept = np.concatenate([[0.0], intercept])  # its logistic curve exactly
    model: dict[str, Any] = {
        "classes": [str(c) for c in classifier.classes_],
        "intercept": [round(float(b), DECIMALS) for b in intercept],
    }
    offset = 0
    for block, vectoriser in features.blocks.items():
        table: dict[str, list[float]] = {}
        for term, column in sorted(vectoriser.vocabulary_.items()):
            weights = [round(float(w), DECIMALS) for w in coef[:, offset + column]]
            table[term] = [round(float(vectoriser.idf_[column]), DECIMALS), *weights]
        model[block] = table
        offset += len(vectoriser.vocabulary_)
    if letters:
        model["letter_groups"] = list(LETTER_GROUPS)
    return model, features, classifier


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = parser.parse_args(argv)
    import sklearn

    rows = labelled(TRAINING_SETS)
    texts = [text for _set, text, _label in rows]
    event_model, event_vec, event_clf = fit(
        texts, [label["event"] for _s, _t, label in rows], letters=False
    )
    with_reason = [(text, label["reason"]) for _s, text, label in rows if label.get("reason")]
    reason_model, reason_vec, reason_clf = fit(
        [text for text, _r in with_reason], [reason for _t, reason in with_reason], letters=True
    )
    full = [(text, str(label.get("reason"))) for _s, text, label in rows
            if label["event"] == "answered_full"]  # fmt: skip
    no_data_model, no_data_vec, no_data_clf = fit(
        [text for text, _r in full], [reason for _t, reason in full], letters=True
    )
    answers = [(text, label["event"]) for _s, text, label in rows
               if label["event"] in ("answered_full", "answered_part")]  # fmt: skip
    part_model, part_vec, part_clf = fit(
        [text for text, _e in answers], [event for _t, event in answers], letters=True
    )
    weights = {
        "about": "Word weights of the reply reader; made by scripts/train_reply_reader.py.",
        "trained_on": {name: sum(1 for row in rows if row[0] == name) for name in TRAINING_SETS},
        "replies": len(rows),
        "replies_with_reason": len(with_reason),
        "scikit_learn": sklearn.__version__,
        "min_documents": MIN_DOCUMENTS,
        "strength": STRENGTH,
        "event": event_model,
        "reason": reason_model,
        "no_data": no_data_model,
        "part": part_model,
    }
    args.out.write_text(json.dumps(weights, ensure_ascii=False, separators=(",", ":")) + "\n")
    from assistant.replies import learned

    learned.load.cache_clear()
    disagree = 0
    for name, vec, clf, pool in (
        ("event", event_vec, event_clf, texts),
        ("reason", reason_vec, reason_clf, [t for t, _r in with_reason]),
        ("no_data", no_data_vec, no_data_clf, [t for t, _r in full]),
        ("part", part_vec, part_clf, [t for t, _e in answers]),
    ):
        expected = clf.predict(vec.transform(pool))
        for text, want in zip(pool, expected, strict=True):
            got = learned.classify(name, text, args.out)
            disagree += got.best != want
    print(
        f"{len(rows)} replies ({len(with_reason)} with a reason), "
        f"{len(event_model['terms'])} event terms, {len(reason_model['terms'])} reason terms "
        f"and {len(reason_model['letters'])} letter groups; "
        f"learned.py disagrees with scikit-learn on {disagree}; wrote {args.out}"
    )
    return 1 if disagree else 0


if __name__ == "__main__":
    raise SystemExit(main())
