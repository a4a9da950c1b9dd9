"""Fit the stance weights on ../shared/eval and write stance_weights.json (deterministic).

Run as `python3 -m discourse.analysis.fit_stance [EVAL_DIR]`. Each model is a class-weighted
multinomial logistic regression over the named features of `stance.py`.
It is validated by leaving whole pages out (news; whole threads for RumourEval and SubReddit),
with macro-F1 printed per file; the confidence threshold below which a label is "unclear" is
chosen on those held-out predictions. Then it is refitted on everything and its weights stored.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from discourse.analysis.stance import WEIGHTS_FILE, record_agreement_features, record_stance_features

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
FOLDS = 12
# Confident labels must be right this often on held-out pages; below that confidence: "unclear".
CONFIDENT_ACCURACY = 0.75
STANCE, AGREEMENT = "label_stance_to_source", "label_agreement_with_parent"


@dataclass(frozen=True)
class Task:
    """files: the data the model is validated on; extra: (file, weight) of other-domain data that
    only trains it. power: class weight (n / (k * count)) ** power, 1 fully balanced."""

    files: tuple[str, ...]
    label_field: str
    featurise: object
    C: float
    power: float
    extra: tuple[tuple[str, float], ...] = ()


TASKS = {
    "stance_news": Task(("stance-news-dev.jsonl", "stance-news-dev-2.jsonl"), STANCE, record_stance_features, 0.3, 0.75),
    "agreement_news": Task(
        ("agreement-news-dev.jsonl", "agreement-news-dev-2.jsonl"), AGREEMENT, record_agreement_features, 0.3, 1.0,
        extra=(("agreement-subreddit-dev.jsonl", 0.3),),
    ),
    "stance_social": Task(("stance-rumoureval2019-dev.jsonl",), STANCE, record_stance_features, 0.3, 0.75),
    "agreement_social": Task(("agreement-subreddit-dev.jsonl",), AGREEMENT, record_agreement_features, 0.3, 1.0),
}
RULE_LABEL = "comment"


@dataclass
class Data:
    """Feature values per record (None: settled by rule), labels, groups and source file."""

    features: list[dict[str, float] | None]
    labels: np.ndarray
    groups: np.ndarray
    sources: np.ndarray
    ids: list[str]


def load(path: Path, label_field: str, featurise) -> Data:
    """The labelled records of one file (the source posts and quoted parents left out), featurised."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    thread = {r["id"]: r for r in records}
    usable = [r for r in records if r.get(label_field) and not r.get("is_source") and r.get("role") != "quote"]
    features = []
    for record in usable:
        hits = featurise(record, thread)
        features.append(None if hits is None else {name: hit.value for name, hit in hits.items()})
    groups = [str(r.get("thread_id") or r["id"]).split("#")[0] for r in usable]
    return Data(features, np.array([r[label_field] for r in usable]), np.array(groups),
                np.array([path.name] * len(usable)), [r["id"] for r in usable])


def concat(parts: list[Data]) -> Data:
    return Data(
        [f for p in parts for f in p.features], np.concatenate([p.labels for p in parts]),
        np.concatenate([p.groups for p in parts]), np.concatenate([p.sources for p in parts]),
        [i for p in parts for i in p.ids],
    )


def class_weights(labels: np.ndarray, power: float) -> dict[str, float]:
    classes, counts = np.unique(labels, return_counts=True)
    return {c: (len(labels) / (len(classes) * n)) ** power for c, n in zip(classes, counts)}


def fit(rows: list[dict[str, float]], labels: np.ndarray, task: Task, extra: list[tuple[Data, float]]):
    """The model and its vectoriser; the extra data weighted by its share."""
    weights = [class_weights(labels, task.power)[y] for y in labels]
    rows, labels = list(rows), list(labels)
    for data, share in extra:
        by_class = class_weights(data.labels, task.power)
        rows += [f for f in data.features if f is not None]
        labels += [y for f, y in zip(data.features, data.labels) if f is not None]
        weights += [share * by_class[y] for f, y in zip(data.features, data.labels) if f is not None]
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(rows)
    model = LogisticRegression(C=task.C, max_iter=5000).fit(x, labels, sample_weight=np.array(weights))
    return model, vectoriser


def cross_validate(data: Data, task: Task, extra: list[tuple[Data, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold labels and their probabilities, whole pages/threads held out together."""
    labels = np.empty(len(data.labels), dtype=object)
    confidence = np.ones(len(data.labels))
    ruled = np.array([f is None for f in data.features])
    labels[ruled] = RULE_LABEL
    folds = GroupKFold(n_splits=min(FOLDS, len(set(data.groups))))
    for train, test in folds.split(data.labels, data.labels, data.groups):
        train, test = train[~ruled[train]], test[~ruled[test]]
        model, vectoriser = fit([data.features[i] for i in train], data.labels[train], task, extra)
        probs = model.predict_proba(vectoriser.transform([data.features[i] for i in test]))
        labels[test] = model.classes_[probs.argmax(axis=1)]
        confidence[test] = probs.max(axis=1)
    return labels, confidence


def choose_threshold(gold: np.ndarray, predicted: np.ndarray, confidence: np.ndarray) -> float:
    """The lowest confidence above which the held-out labels are CONFIDENT_ACCURACY right (running
    from the most confident down), but never above the median: at most half the labels unclear,
    so a weak model says how weak it is instead of hiding nearly every label."""
    order = np.argsort(-confidence, kind="stable")
    right = np.cumsum(gold[order] == predicted[order]) / np.arange(1, len(order) + 1)
    ok = np.nonzero(right >= CONFIDENT_ACCURACY)[0]
    keep = max(ok[-1] if len(ok) else 0, (len(order) - 1) // 2)
    return round(float(confidence[order][keep]), 3)


def report(name: str, data: Data, predicted: np.ndarray, confidence: np.ndarray, threshold: float) -> dict:
    """Held-out figures per file and for all: macro-F1, the confident share and its accuracy, the
    accuracy of the most confident half."""
    figures: dict[str, dict] = {}
    for source in [*dict.fromkeys(data.sources), "all"]:
        mask = np.ones(len(data.labels), bool) if source == "all" else data.sources == source
        gold, guess, conf = data.labels[mask], predicted[mask], confidence[mask]
        sure = conf >= threshold
        half = np.argsort(-conf, kind="stable")[: len(gold) // 2]
        figures[source] = {
            "n": int(mask.sum()),
            "macro_f1": round(float(f1_score(gold, guess, average="macro")), 4),
            "confident_share": round(float(sure.mean()), 4),
            "confident_accuracy": round(float((gold[sure] == guess[sure]).mean()) if sure.any() else 0.0, 4),
            "confident_half_accuracy": round(float((gold[half] == guess[half]).mean()), 4),
        }
        f = figures[source]
        print(f"{name:17} {source:34} n={f['n']:5}  held-out macro-F1 {f['macro_f1']:.3f}  "
              f"confident {f['confident_share']:.0%} ({f['confident_accuracy']:.0%} right)  "
              f"most confident half {f['confident_half_accuracy']:.0%} right")
    return figures


def export(model: LogisticRegression, vectoriser: DictVectorizer, threshold: float, figures: dict) -> dict:
    classes = [str(c) for c in model.classes_]
    weights = {}
    for j, name in enumerate(vectoriser.feature_names_):
        by_class = {c: round(float(model.coef_[k, j]), 4) for k, c in enumerate(classes)}
        if any(by_class.values()):
            weights[name] = by_class
    intercept = {c: round(float(model.intercept_[k]), 4) for k, c in enumerate(classes)}
    return {"classes": classes, "intercept": intercept, "threshold": threshold, "held_out": figures, "weights": weights}


def run_task(eval_dir: Path, name: str, task: Task, cache: dict) -> dict:
    def data_of(file: str) -> Data:
        if (file, task.label_field) not in cache:
            cache[file, task.label_field] = load(eval_dir / file, task.label_field, task.featurise)
        return cache[file, task.label_field]

    data = concat([data_of(f) for f in task.files])
    extra = [(data_of(f), share) for f, share in task.extra]
    predicted, confidence = cross_validate(data, task, extra)
    threshold = choose_threshold(data.labels, predicted, confidence)
    figures = report(name, data, predicted, confidence, threshold)
    kept = [i for i, f in enumerate(data.features) if f is not None]
    model, vectoriser = fit([data.features[i] for i in kept], data.labels[kept], task, extra)
    return export(model, vectoriser, threshold, figures)


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[0]) if argv else EVAL_DIR
    only = argv[1:] or list(TASKS)
    target = Path(__file__).with_name(WEIGHTS_FILE)
    out = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    cache: dict = {}
    for name in only:
        out[name] = run_task(eval_dir, name, TASKS[name], cache)
    target.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
