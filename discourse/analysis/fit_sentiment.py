"""Fit the sentiment label model on ../shared/eval and write sentiment_weights.json and
sentiment_text.json (deterministic).

Run as `python3 -m discourse.analysis.fit_sentiment [EVAL_DIR]`. Reads the positive/negative/
neutral rows of sentiment-goemotions-dev.jsonl and fits a class-balanced multinomial logistic
regression over the named summary features of `sentiment.LABEL_FEATURES` (no words are re-scored;
polarity, subjectivity and evidence stay as they are). Three of those features come from a stacked
text model: a naive Bayes word table (add-one smoothed log share of each label's texts holding the
word, centred per word; words in at least `TEXT_MIN_TEXTS` training texts), whose means over a text's
distinct known words the label model reads. It is stacked out of fold: the label model learns from text
features of texts the word table was not fitted on (inner 5-fold), so it learns how far to trust it.

A fixed fifth of the rows (a stratified split with a fixed seed) is held out from every choice. On
the other four fifths it prints macro-F1 from stratified 5-fold cross-validation (repeated with
three fixed seeds, averaged) for the model, for the same model without the text model (the label
model before it), and for the polarity thresholds both replaced (grid-searched on each training
fold); then the held-out fifth's figures from models fitted on the four fifths; then the in-sample
figure; and stores the word table and the weights refitted on all rows.

Texts without any evidence are labelled neutral by rule, so the model is fitted on the others;
every figure is over all rows, rule included.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, train_test_split

from discourse.analysis import sentiment
from discourse.analysis.text import split_sentences

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
FILE = "sentiment-goemotions-dev.jsonl"
LABEL_FIELD = "label_sentiment"
C = 0.1  # on standardised features: moderate L2 regularisation
FOLDS = 5
SEEDS = (0, 1, 2)  # the 5-fold split is repeated with each seed and the figures averaged
HELD_OUT = 0.2  # the share of rows no choice is made on
HELD_OUT_SEED = 2026
INNER_FOLDS = 5  # the out-of-fold text features the label model is fitted on
TEXT_MIN_TEXTS = 10  # a word enters the text model if at least this many training texts hold it
TEXT_SMOOTHING = 1.0  # add-one
TEXT_MIN_WEIGHT = 0.1  # a word whose weights are all smaller than this is left out
RULE_LABEL = "neutral"
THRESHOLD_GRID = np.round(np.arange(0.01, 0.61, 0.01), 2)
TEXT_COLUMNS = slice(sentiment.LABEL_FEATURES.index(sentiment.TEXT_FEATURES[0]), None)
LEXICON_COLUMNS = slice(0, TEXT_COLUMNS.start)


def load(eval_dir: Path) -> tuple[list[str], np.ndarray]:
    lines = (eval_dir / FILE).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    rows = [r for r in rows if r.get(LABEL_FIELD) in sentiment.LABELS]
    return [r.get("text") or "" for r in rows], np.array([r[LABEL_FIELD] for r in rows])


def featurise(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[frozenset[str]]]:
    """Feature matrix (the text model's columns 0, see `with_text`), whether each text has evidence,
    each text's polarity, and each text's distinct words as the text model reads them."""
    rows, has_evidence, polarity, words = [], [], [], []
    for text in texts:
        sentences = split_sentences(text)
        hits, counts, _ = sentiment._pooled(sentiment._sentence_evidence(sentences))
        features = sentiment._features(hits, counts, frozenset())
        rows.append(features)
        has_evidence.append(bool(hits))
        polarity.append(features[sentiment.LABEL_FEATURES.index("polarity")])
        words.append(frozenset(chain.from_iterable(map(sentiment.sentence_words, sentences))))
    return np.array(rows, dtype=float), np.array(has_evidence), np.array(polarity), words


def fit_text(words: list[frozenset[str]], gold: np.ndarray) -> dict[str, tuple[float, ...]]:
    """The word table: for each word in at least TEXT_MIN_TEXTS texts, per label (sorted) the log of
    its smoothed share among that label's texts' words, centred over the labels and rounded."""
    classes = sorted(sentiment.LABELS)
    held = Counter(chain.from_iterable(words))
    vocabulary = sorted(word for word, n in held.items() if n >= TEXT_MIN_TEXTS)
    by_class = [Counter(chain.from_iterable(w for w, y in zip(words, gold) if y == label)) for label in classes]
    totals = [sum(counts[word] for word in vocabulary) + TEXT_SMOOTHING * len(vocabulary) for counts in by_class]
    table = {}
    for word in vocabulary:
        logs = [math.log((counts[word] + TEXT_SMOOTHING) / total) for counts, total in zip(by_class, totals)]
        mean = sum(logs) / len(logs)
        weights = tuple(round(value - mean, sentiment.TEXT_ROUND) for value in logs)
        if max(map(abs, weights)) >= TEXT_MIN_WEIGHT:
            table[word] = weights
    return table


def text_features(words: list[frozenset[str]], table: dict[str, tuple[float, ...]]) -> np.ndarray:
    """The text model's features of each text, as `sentiment` computes them."""
    columns = sentiment.text_columns(table)
    return np.array([sentiment.text_scores(w & table.keys(), columns) for w in words], dtype=float).reshape(
        len(words), len(sentiment.TEXT_FEATURES))


def with_text(x: np.ndarray, words: list[frozenset[str]], gold: np.ndarray, train: np.ndarray,
              test: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray, dict]:
    """The rows of train and test with the text model's features: out of fold (inner stratified folds)
    for train, from the word table fitted on all of train for test. Also returns that word table."""
    x_train, x_test = x[train].copy(), x[test].copy()
    for inner_fit, inner_test in StratifiedKFold(INNER_FOLDS, shuffle=True, random_state=seed).split(train, gold[train]):
        table = fit_text([words[i] for i in train[inner_fit]], gold[train[inner_fit]])
        x_train[inner_test, TEXT_COLUMNS] = text_features([words[i] for i in train[inner_test]], table)
    table = fit_text([words[i] for i in train], gold[train])
    x_test[:, TEXT_COLUMNS] = text_features([words[i] for i in test], table)
    return x_train, x_test, table


class Model:
    """Logistic regression fitted on standardised features, stored in raw feature units."""

    def __init__(self, x: np.ndarray, y: np.ndarray, c: float = C) -> None:
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale == 0] = 1.0
        fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        fitted.fit((x - mean) / scale, y)
        self.classes = [str(label) for label in fitted.classes_]
        weights = fitted.coef_ / scale
        intercept = fitted.intercept_ - weights @ mean
        # Softmax ignores a shift shared by all classes: centre, so each weight reads on its own.
        self.weights = weights - weights.mean(axis=0)
        self.intercept = intercept - intercept.mean()

    def predict(self, x: np.ndarray, has_evidence: np.ndarray) -> np.ndarray:
        """As `sentiment` labels: the best-scoring label the polarity's sign allows."""
        scores = x @ self.weights.T + self.intercept
        polarity = x[:, sentiment.LABEL_FEATURES.index("polarity")]
        allowed = np.array([[c in sentiment.allowed_labels(p) for c in self.classes] for p in polarity])
        scores = np.where(allowed, scores, -np.inf)
        return np.where(has_evidence, np.array(self.classes)[scores.argmax(axis=1)], RULE_LABEL)

    def export(self, figures: dict) -> dict:
        return {
            "classes": self.classes,
            "intercept": {c: round(float(self.intercept[k]), 6) for k, c in enumerate(self.classes)},
            "weights": {
                name: {c: round(float(self.weights[k, j]), 6) for k, c in enumerate(self.classes)}
                for j, name in enumerate(sentiment.LABEL_FEATURES)
            },
            **figures,
        }


def macro_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    return float(f1_score(gold, predicted, labels=list(sentiment.LABELS), average="macro"))


def threshold_labels(polarity: np.ndarray, positive: float, negative: float) -> np.ndarray:
    return np.where(polarity >= positive, "positive", np.where(polarity <= negative, "negative", "neutral"))


def fit_thresholds(polarity: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """The polarity thresholds with the best macro-F1 (the rule the model replaces); ties go to the
    higher positive, then the negative threshold nearer zero.

    Every pair of the grid is scored at once: the positive and negative labels depend on one
    threshold each, the neutral label's counts are what the two leave, so a 60 x 60 grid costs two
    comparisons per text instead of 3,600 labellings. The per-label F1 is the same `2 tp / (hits +
    truths)` in the same order of operations as `macro_f1`, so the same pair wins."""
    up, down = THRESHOLD_GRID, -THRESHOLD_GRID
    positive = polarity[None, :] >= up[:, None]  # [up, text]
    negative = polarity[None, :] <= down[:, None]  # [down, text]
    is_positive, is_negative, is_neutral = (gold == label for label in sentiment.LABELS)

    def f1(true_positive: np.ndarray, hits: np.ndarray, truths: int) -> np.ndarray:
        total = hits + truths
        return np.divide(2 * true_positive, total, out=np.zeros(np.broadcast(true_positive, total).shape),
                         where=total > 0)

    f1_positive = f1((positive & is_positive).sum(axis=1), positive.sum(axis=1), is_positive.sum())[:, None]
    f1_negative = f1((negative & is_negative).sum(axis=1), negative.sum(axis=1), is_negative.sum())[None, :]
    neutral_hits = len(gold) - positive.sum(axis=1)[:, None] - negative.sum(axis=1)[None, :]
    neutral_right = (is_neutral.sum() - (positive & is_neutral).sum(axis=1)[:, None]
                     - (negative & is_neutral).sum(axis=1)[None, :])
    scores = (f1_positive + f1_negative + f1(neutral_right, neutral_hits, is_neutral.sum())) / len(sentiment.LABELS)
    best_up, best_down = max(zip(*np.nonzero(scores == scores.max())), key=lambda ud: (up[ud[0]], down[ud[1]]))
    return up[best_up], down[best_down]


class Data(NamedTuple):
    """The featurised rows: features, whether each has evidence, polarity, distinct words, gold label."""

    x: np.ndarray
    has_evidence: np.ndarray
    polarity: np.ndarray
    words: list[frozenset[str]]
    gold: np.ndarray


def fit_and_label(data: Data, train: np.ndarray, test: np.ndarray, seed: int) -> tuple[np.ndarray, ...]:
    """Labels of the test rows from models fitted on the train rows: the label model with the text
    model, the label model without it, and the polarity thresholds."""
    x_train, x_test, _ = with_text(data.x, data.words, data.gold, train, test, seed)
    evidence = data.has_evidence[train]
    gold = data.gold[train][evidence]
    with_words = Model(x_train[evidence], gold).predict(x_test, data.has_evidence[test])
    lexicon = Model(x_train[evidence][:, LEXICON_COLUMNS], gold).predict(
        x_test[:, LEXICON_COLUMNS], data.has_evidence[test])
    thresholds = threshold_labels(data.polarity[test], *fit_thresholds(data.polarity[train], data.gold[train]))
    return with_words, lexicon, thresholds


def cross_validate(data: Data, rows: np.ndarray, seed: int) -> tuple[float, ...]:
    """Out-of-fold macro-F1 over ``rows`` of the label model, of it without the text model, and of the
    thresholds, on the same folds."""
    out = np.empty((3, len(rows)), dtype=object)
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(rows, data.gold[rows]):
        out[:, test] = fit_and_label(data, rows[train], rows[test], seed)
    return tuple(macro_f1(data.gold[rows], labels.astype(str)) for labels in out)


def split_held_out(gold: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows choices are made on and the fixed held-out fifth, each in file order."""
    tuned, held_out = train_test_split(np.arange(len(gold)), test_size=HELD_OUT, stratify=gold,
                                       random_state=HELD_OUT_SEED)
    return np.sort(tuned), np.sort(held_out)


def fitted(eval_dir: Path) -> dict[str, str]:
    """The label model and the text model's word table fitted on EVAL_DIR, as the shipped files
    (`sentiment.WEIGHTS_FILE`, `sentiment.TEXT_MODEL_FILE`) hold them; the figures are printed."""
    texts, gold = load(eval_dir)
    data = Data(*featurise(texts), gold)
    tuned, held_out = split_held_out(gold)
    runs = np.array([cross_validate(data, tuned, seed) for seed in SEEDS])
    cv_model, cv_lexicon, cv_thresholds = runs.mean(axis=0)
    held = [macro_f1(gold[held_out], labels) for labels in fit_and_label(data, tuned, held_out, SEEDS[0])]
    everything = np.arange(len(gold))
    x, _, table = with_text(data.x, data.words, gold, everything, everything[:0], SEEDS[0])
    evidence = data.has_evidence
    model = Model(x[evidence], gold[evidence])
    in_sample = macro_f1(gold, model.predict(x, evidence))
    in_sample_thresholds = macro_f1(
        gold, threshold_labels(data.polarity, sentiment.POSITIVE_THRESHOLD, sentiment.NEGATIVE_THRESHOLD)
    )
    per_seed = [", ".join(f"{v:.4f}" for v in runs[:, k]) for k in range(3)]
    print(f"{FILE}: n={len(gold)} ({int(evidence.sum())} with evidence); macro-F1. Tuned on {len(tuned)} rows "
          f"(stratified {FOLDS}-fold CV averaged over seeds {', '.join(map(str, SEEDS))}); "
          f"{len(held_out)} rows held out (seed {HELD_OUT_SEED})")
    print(f"  label model, {len(sentiment.LABEL_FEATURES)} features, C={C}:  cross-validated {cv_model:.4f} "
          f"(per seed {per_seed[0]})  held-out {held[0]:.4f}  in-sample {in_sample:.4f}")
    print(f"  without the text model (before):  cross-validated {cv_lexicon:.4f} "
          f"(per seed {per_seed[1]})  held-out {held[1]:.4f}")
    print(f"  polarity thresholds:              cross-validated {cv_thresholds:.4f} "
          f"(per seed {per_seed[2]})  held-out {held[2]:.4f}  in-sample {in_sample_thresholds:.4f}")
    print(f"  text model: {len(table)} words (in at least {TEXT_MIN_TEXTS} texts, a weight of at least {TEXT_MIN_WEIGHT})")
    figures = {
        "cv_macro_f1": round(float(cv_model), 4),
        "cv_macro_f1_without_text_model": round(float(cv_lexicon), 4),
        "cv_macro_f1_thresholds": round(float(cv_thresholds), 4),
        "held_out_macro_f1": round(held[0], 4),
        "held_out_macro_f1_without_text_model": round(held[1], 4),
        "held_out_macro_f1_thresholds": round(held[2], 4),
        "in_sample_macro_f1": round(in_sample, 4),
        "in_sample_macro_f1_thresholds": round(in_sample_thresholds, 4),
        "n": len(gold),
        "n_held_out": len(held_out),
        "folds": FOLDS,
        "seeds": list(SEEDS),
        "held_out_seed": HELD_OUT_SEED,
        "C": C,
        "text_min_texts": TEXT_MIN_TEXTS,
        "text_min_weight": TEXT_MIN_WEIGHT,
    }
    words = {"classes": sorted(sentiment.LABELS), "words": {word: list(w) for word, w in table.items()}}
    return {
        sentiment.WEIGHTS_FILE: json.dumps(model.export(figures), indent=1, sort_keys=True) + "\n",
        sentiment.TEXT_MODEL_FILE: json.dumps(words, separators=(",", ":"), sort_keys=True) + "\n",
    }


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[0]) if argv else EVAL_DIR
    try:
        files = fitted(eval_dir)
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"fit_sentiment: cannot fit on {eval_dir}: {error}")
    for name, content in files.items():
        target = Path(sentiment.__file__).with_name(name)
        target.write_text(content, encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
