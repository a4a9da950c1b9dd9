"""Fit the sentiment label model on ../shared/eval and write sentiment_weights.json (deterministic).

Run as `python3 -m discourse.analysis.fit_sentiment [EVAL_DIR]`. Reads the positive/negative/
neutral rows of sentiment-goemotions-dev.jsonl and fits a class-balanced multinomial logistic
regression over the named summary features of `sentiment.LABEL_FEATURES` only (no words are
re-scored; polarity, subjectivity and evidence stay as they are). It prints macro-F1 from
stratified 5-fold cross-validation (repeated with three fixed seeds, averaged) for the model and, for comparison, for the
polarity thresholds it replaces (grid-searched on each training fold), then the in-sample
figures, and stores the weights refitted on all rows.

Texts without any evidence are labelled neutral by rule, so the model is fitted on the others;
every figure is over all rows, rule included.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from discourse.analysis import sentiment
from discourse.analysis.text import split_sentences

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
FILE = "sentiment-goemotions-dev.jsonl"
LABEL_FIELD = "label_sentiment"
C = 0.1  # on standardised features: moderate L2 regularisation
FOLDS = 5
SEEDS = (0, 1, 2)  # the 5-fold split is repeated with each seed and the figures averaged
RULE_LABEL = "neutral"
THRESHOLD_GRID = np.round(np.arange(0.01, 0.61, 0.01), 2)


def load(eval_dir: Path) -> tuple[list[str], np.ndarray]:
    lines = (eval_dir / FILE).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    rows = [r for r in rows if r.get(LABEL_FIELD) in sentiment.LABELS]
    return [r.get("text") or "" for r in rows], np.array([r[LABEL_FIELD] for r in rows])


def featurise(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature matrix, whether each text has evidence, and each text's polarity."""
    rows, has_evidence, polarity = [], [], []
    for text in texts:
        hits, counts = sentiment._pooled(sentiment._sentence_evidence(split_sentences(text)))
        features = sentiment._features(hits, counts)
        rows.append(features)
        has_evidence.append(bool(hits))
        polarity.append(features[sentiment.LABEL_FEATURES.index("polarity")])
    return np.array(rows, dtype=float), np.array(has_evidence), np.array(polarity)


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


def cross_validate(
    x: np.ndarray, y: np.ndarray, has_evidence: np.ndarray, polarity: np.ndarray, seed: int, c: float = C
) -> tuple[float, float]:
    """Out-of-fold macro-F1 of the label model and of the thresholds, on the same folds."""
    model_out = np.empty(len(y), dtype=object)
    threshold_out = np.empty(len(y), dtype=object)
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(x, y):
        fit_rows = train[has_evidence[train]]
        model_out[test] = Model(x[fit_rows], y[fit_rows], c).predict(x[test], has_evidence[test])
        threshold_out[test] = threshold_labels(polarity[test], *fit_thresholds(polarity[train], y[train]))
    return macro_f1(y, model_out.astype(str)), macro_f1(y, threshold_out.astype(str))


def weights_json(eval_dir: Path) -> str:
    """The label model fitted on EVAL_DIR, as `sentiment_weights.json` holds it (figures printed)."""
    texts, y = load(eval_dir)
    x, has_evidence, polarity = featurise(texts)
    runs = np.array([cross_validate(x, y, has_evidence, polarity, seed) for seed in SEEDS])
    cv_model, cv_thresholds = runs.mean(axis=0)
    model = Model(x[has_evidence], y[has_evidence])
    in_sample = macro_f1(y, model.predict(x, has_evidence))
    in_sample_thresholds = macro_f1(
        y, threshold_labels(polarity, sentiment.POSITIVE_THRESHOLD, sentiment.NEGATIVE_THRESHOLD)
    )
    print(f"{FILE}: n={len(y)} ({int(has_evidence.sum())} with evidence); macro-F1, "
          f"stratified {FOLDS}-fold CV averaged over seeds {', '.join(map(str, SEEDS))}")
    print(f"  label model, {len(sentiment.LABEL_FEATURES)} features, C={C}:  cross-validated {cv_model:.4f} "
          f"(per seed {', '.join(f'{v:.4f}' for v in runs[:, 0])})  in-sample {in_sample:.4f}")
    print(f"  polarity thresholds (before):        cross-validated {cv_thresholds:.4f} "
          f"(per seed {', '.join(f'{v:.4f}' for v in runs[:, 1])})  in-sample {in_sample_thresholds:.4f}")
    figures = {
        "cv_macro_f1": round(float(cv_model), 4),
        "cv_macro_f1_thresholds": round(float(cv_thresholds), 4),
        "in_sample_macro_f1": round(in_sample, 4),
        "in_sample_macro_f1_thresholds": round(in_sample_thresholds, 4),
        "n": len(y),
        "folds": FOLDS,
        "seeds": list(SEEDS),
        "C": C,
    }
    return json.dumps(model.export(figures), indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[0]) if argv else EVAL_DIR
    target = Path(sentiment.__file__).with_name(sentiment.WEIGHTS_FILE)
    target.write_text(weights_json(eval_dir), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
