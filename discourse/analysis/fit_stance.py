"""Fit the stance weights on ../shared/eval and write stance_weights.json (deterministic).

Run as `python3 -m discourse.analysis.fit_stance [EVAL_DIR]`. For each kind of data it fits a
class-balanced multinomial logistic regression over the named cues only (no bag of words),
reports macro-F1 cross-validated by page/thread (the honest figure: held-out pages are new
pages) and in-sample, then refits on everything and stores the weights.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from discourse.analysis.cues import Hit
from discourse.analysis.stance import (
    WEIGHTS_FILE,
    record_agreement_features,
    record_stance_features,
)

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
C = 0.5
FOLDS = 12
# name: (file, label field, featuriser, class-weight power: 1 = fully balanced, 0 = none).
# RumourEval is 70% "comment"; fully balancing it over-predicts the rare classes.
TASKS = {
    "stance_news": ("stance-news-dev.jsonl", "label_stance_to_source", record_stance_features, 1.0),
    "stance_social": ("stance-rumoureval2019-dev.jsonl", "label_stance_to_source", record_stance_features, 0.75),
    "agreement_news": ("agreement-news-dev.jsonl", "label_agreement_with_parent", record_agreement_features, 1.0),
    "agreement_social": ("agreement-subreddit-dev.jsonl", "label_agreement_with_parent", record_agreement_features, 1.0),
}
RULE_LABEL = "comment"


def load(path: Path, label_field: str) -> tuple[list[dict], dict[str, dict]]:
    """Labelled records of one file, and every record by id for parent lookups."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    thread = {r["id"]: r for r in records}
    return [r for r in records if r.get(label_field)], thread


def matrix(hits: list[dict[str, Hit] | None], names: list[str]) -> np.ndarray:
    return np.array([[h[n].value if h and n in h else 0.0 for n in names] for h in hits])


def fit(x: np.ndarray, y: np.ndarray, power: float) -> LogisticRegression:
    """Class weights (n / (k * count)) ** power, so rare classes count without swamping the common one."""
    classes, counts = np.unique(y, return_counts=True)
    weights = {c: (len(y) / (len(classes) * n)) ** power for c, n in zip(classes, counts)}
    return LogisticRegression(C=C, class_weight=weights, max_iter=5000).fit(x, y)


def predict(model: LogisticRegression, x: np.ndarray, ruled: np.ndarray) -> np.ndarray:
    """Model labels, with records settled by rule (the author's own comments) set to comment."""
    return np.where(ruled, RULE_LABEL, model.predict(x))


def cross_validate(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, ruled: np.ndarray, power: float
) -> np.ndarray:
    """Out-of-fold predictions with whole pages/threads held out together."""
    out = np.empty(len(y), dtype=object)
    folds = GroupKFold(n_splits=min(FOLDS, len(set(groups))))
    for train, test in folds.split(x, y, groups):
        train = train[~ruled[train]]
        out[test] = predict(fit(x[train], y[train], power), x[test], ruled[test])
    return out


def export(model: LogisticRegression, names: list[str], figures: dict[str, float]) -> dict:
    classes = [str(c) for c in model.classes_]
    weights = {
        name: {c: round(float(model.coef_[k, j]), 4) for k, c in enumerate(classes)}
        for j, name in enumerate(names)
    }
    intercept = {c: round(float(model.intercept_[k]), 4) for k, c in enumerate(classes)}
    return {"classes": classes, "intercept": intercept, "weights": weights, **figures}


def run_task(
    eval_dir: Path, file: str, label_field: str, featurise, power: float
) -> tuple[dict, dict[str, float]]:
    records, thread = load(eval_dir / file, label_field)
    hits = [featurise(r, thread) for r in records]
    names = sorted({n for h in hits if h for n in h})
    x, y = matrix(hits, names), np.array([r[label_field] for r in records])
    ruled = np.array([h is None for h in hits])
    groups = np.array([r.get("thread_id") or r["id"] for r in records])
    cv = f1_score(y, cross_validate(x, y, groups, ruled, power), average="macro")
    model = fit(x[~ruled], y[~ruled], power)
    fitted = f1_score(y, predict(model, x, ruled), average="macro")
    figures = {"cv_macro_f1": round(cv, 4), "in_sample_macro_f1": round(fitted, 4), "n": len(y)}
    return export(model, names, figures), figures


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[0]) if argv else EVAL_DIR
    out: dict[str, dict] = {}
    for name, (file, label_field, featurise, power) in TASKS.items():
        out[name], figures = run_task(eval_dir, file, label_field, featurise, power)
        print(f"{name:18} {file:34} n={figures['n']:5}  macro-F1 cross-validated by thread "
              f"{figures['cv_macro_f1']:.3f}  in-sample {figures['in_sample_macro_f1']:.3f}")
    target = Path(__file__).with_name(WEIGHTS_FILE)
    target.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
