"""Time score_text against a plain TextBlob loop, or refit the old polarity thresholds.

    python3 benchmarks/analyse_sentiment.py ../shared/eval/sentiment-goemotions-dev.jsonl
    python3 benchmarks/analyse_sentiment.py --fit ../shared/eval/sentiment-goemotions-dev.jsonl

Both read the positive/negative/neutral rows of a labelled JSON Lines file. The label itself
comes from the label model fitted by `python3 -m discourse.analysis.fit_sentiment ../shared/eval`
(which prints its cross-validated macro-F1); `--fit` grid-searches the polarity thresholds of
`sentiment.label_for`, the rule the model replaced, kept for comparison.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from discourse.analysis.sentiment import _decide, _sentence_hits, label_features, score_text
from discourse.evaluation import TASKS, confusion_matrix, per_class_scores, read_records

LABELS = ["positive", "negative", "neutral"]
GRID = np.round(np.arange(0.0, 0.61, 0.01), 2)


def labelled_texts(path: str) -> tuple[list[str], list[str]]:
    field = TASKS["sentiment"].label_field
    rows = [r for r in read_records(path) if r.get(field) in LABELS]
    return [r.get("text") or "" for r in rows], [r[field] for r in rows]


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    return per_class_scores(confusion_matrix(gold, predicted, LABELS), LABELS)[1]


def labels_at(polarities: np.ndarray, positive: float, negative: float) -> list[str]:
    return np.where(
        polarities >= positive, "positive", np.where(polarities <= negative, "negative", "neutral")
    ).tolist()


def fit_thresholds(path: str) -> None:
    """Grid-search POSITIVE_THRESHOLD and NEGATIVE_THRESHOLD (of `label_for`) for macro-F1."""
    texts, gold = labelled_texts(path)
    polarities = np.array([score_text(text).polarity for text in texts])
    best = max(
        (macro_f1(gold, labels_at(polarities, up, -down)), up, -down) for up in GRID[1:] for down in GRID[1:]
    )
    print(f"POSITIVE_THRESHOLD = {best[1]}\nNEGATIVE_THRESHOLD = {best[2]}\nmacro-F1 {best[0]:.4f}")


def time_it(label: str, function, texts: list) -> None:
    start = time.perf_counter()
    for text in texts:
        function(text)
    elapsed = time.perf_counter() - start
    print(f"{label:<32} {len(texts) / elapsed:8.0f} texts/s  ({elapsed / len(texts) * 1e6:5.1f} us/text)")


def benchmark(path: str) -> None:
    from textblob import TextBlob

    texts, _ = labelled_texts(path)
    score_text("warm the lexicon cache")
    TextBlob("warm the lexicon cache").sentiment
    _sentence_hits.cache_clear()  # cold: every sentence scored from scratch
    time_it("discourse score_text", score_text, texts)
    features = [label_features(text) for text in texts]
    time_it("  of which the label model", _decide, features)
    time_it("TextBlob(text).sentiment", lambda text: TextBlob(text).sentiment, texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="labelled JSON Lines file (label_sentiment)")
    parser.add_argument("--fit", action="store_true", help="fit the label thresholds instead")
    args = parser.parse_args()
    fit_thresholds(args.path) if args.fit else benchmark(args.path)


if __name__ == "__main__":
    main()
