"""Fit the stance weights on ../shared/eval and write stance_weights.json (deterministic).

Run as `python3 -m discourse.analysis.fit_stance [EVAL_DIR] [TASK ...]`. Each model is a
class-weighted multinomial logistic regression over the named features of `stance.py`; where a task
has a `TextSpec`, a word + character n-gram tf-idf regression (`stance_text.py`) is stacked under
it: its out-of-fold class probabilities (inner folds by page or thread) are features of the cue model.
It is validated by leaving whole pages out (news; whole threads for RumourEval and SubReddit),
with macro-F1 printed per file; the confident share of each fold uses the threshold chosen on the
other folds' held-out predictions. Then the model is refitted on everything, with the threshold
chosen on all held-out predictions, and its weights stored (`stance_weights.json`, and
`stance_text_<task>.json` for a text model); a task with an author model also stores the model of
the article's author's replies ("<task>_author", which reads the cue features alone). Everything is
deterministic: a rerun writes the same bytes.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from discourse.analysis.stance import (
    AUTHOR_MODEL_SUFFIX, AUTHOR_REPLY_FEATURE, WEIGHTS_FILE, record_agreement_features, record_stance_features,
)
from discourse.analysis.stance_text import ANALYSERS, tfidf, weights_file
from discourse.analysis.text import without_furniture

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
FOLDS = 12
# Confident labels must be right this often on held-out pages; below that confidence: "unclear".
CONFIDENT_ACCURACY = 0.75
STANCE, AGREEMENT = "label_stance_to_source", "label_agreement_with_parent"


@dataclass(frozen=True)
class TextSpec:
    """The stacked n-gram text model (`stance_text.py`): L2 strength, how many word and character
    n-grams it keeps (the most frequent seen in at least two texts), and the inner folds (by page or
    thread) that give the cue model the text model's out-of-fold probabilities to learn from."""

    C: float = 1.0
    words: int = 6000
    chars: int = 10000
    inner: int = 4


@dataclass(frozen=True)
class Task:
    """files: the data the model is validated on; extra: (file, weight) of other-domain data that
    only trains it. power: class weight (n / (k * count)) ** power, 1 fully balanced. text: the
    stacked n-gram text model, if any. calibrated: the confidence is the mean of the label's
    probability under the model and under a second model of the same features fitted without class
    weights (whose probabilities follow how often each label is right; the class-weighted model,
    which picks the label, inflates the rare labels'), shipped as the model's "confidence_model".
    author_model: the article's author's replies (`stance.AUTHOR_REPLY_FEATURE`) are decided by a model
    of their own, fitted on the author's replies alone (the same L2 strength and class weights, no
    extra data) and shipped as "<task>_author": the author answering readers thanks, answers and
    corrects, ways of agreeing that the readers' replies and the extra data, which outnumber the
    author's, drown out in a shared model."""

    files: tuple[str, ...]
    label_field: str
    featurise: object
    C: float
    power: float
    extra: tuple[tuple[str, float], ...] = ()
    text: TextSpec | None = None
    calibrated: bool = False
    author_model: bool = False


TASKS = {
    "stance_news": Task(("stance-news-dev.jsonl", "stance-news-dev-2.jsonl"), STANCE, record_stance_features, 0.3, 0.75,
                        calibrated=True),
    # The author's replies by a model of their own: held out by page 0.537 -> 0.564 over both files
    # (first file 0.558 -> 0.627; the second, 2 of whose 124 replies are the author's, 0.463 both ways).
    "agreement_news": Task(
        ("agreement-news-dev.jsonl", "agreement-news-dev-2.jsonl"), AGREEMENT, record_agreement_features, 0.1, 1.0,
        extra=(("agreement-subreddit-dev.jsonl", 0.3),), author_model=True,
    ),
    # L2 strength 0.03 (0.3 before): the pick of a 4-fold grouped inner CV over all the data and in 6 of the
    # 12 outer training parts (0.1 in 5, 0.3 in 1); held out by thread 0.494 (0.492 before).
    "stance_social": Task(("stance-rumoureval2019-dev.jsonl",), STANCE, record_stance_features, 0.03, 0.75),
    "agreement_social": Task(("agreement-subreddit-dev.jsonl",), AGREEMENT, record_agreement_features, 0.3, 1.0,
                             text=TextSpec()),
}
RULE_LABEL = "comment"


@dataclass
class Data:
    """Feature values per record (None: settled by rule), labels, groups and source file; the
    n-grams of each record's text (per analyser of `stance_text`)."""

    features: list[dict[str, float] | None]
    labels: np.ndarray
    groups: np.ndarray
    sources: np.ndarray
    ids: list[str]
    grams: list[tuple[Counter, ...]]


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
    grams = [tuple(analyse(without_furniture(r["text"])) for _, analyse in ANALYSERS) for r in usable]
    return Data(features, np.array([r[label_field] for r in usable]), np.array(groups),
                np.array([path.name] * len(usable)), [r["id"] for r in usable], grams)


def concat(parts: list[Data]) -> Data:
    return Data(
        [f for p in parts for f in p.features], np.concatenate([p.labels for p in parts]),
        np.concatenate([p.groups for p in parts]), np.concatenate([p.sources for p in parts]),
        [i for p in parts for i in p.ids], [g for p in parts for g in p.grams],
    )


def class_weights(labels: np.ndarray, power: float) -> dict[str, float]:
    classes, counts = np.unique(labels, return_counts=True)
    return {c: (len(labels) / (len(classes) * n)) ** power for c, n in zip(classes, counts)}


def training_rows(rows: list[dict[str, float]], labels: np.ndarray, task: Task, extra: list[tuple[Data, float]]
                  ) -> tuple[list[dict[str, float]], list, np.ndarray]:
    """The rows a model of the task trains on, their labels and sample weights: the task's class
    weights, and the extra data's rows weighted by its share (one place, so that any model fitted
    on the task's data weighs it as the shipped regression does)."""
    weights = [class_weights(labels, task.power)[y] for y in labels]
    rows, labels = list(rows), list(labels)
    for data, share in extra:
        by_class = class_weights(data.labels, task.power)
        rows += [f for f in data.features if f is not None]
        labels += [y for f, y in zip(data.features, data.labels) if f is not None]
        weights += [share * by_class[y] for f, y in zip(data.features, data.labels) if f is not None]
    return rows, labels, np.array(weights)


def fit(rows: list[dict[str, float]], labels: np.ndarray, task: Task, extra: list[tuple[Data, float]]):
    """The model and its vectoriser; the extra data weighted by its share."""
    rows, labels, weights = training_rows(rows, labels, task, extra)
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(rows)
    model = LogisticRegression(C=task.C, max_iter=5000).fit(x, labels, sample_weight=weights)
    return model, vectoriser


# ---- The stacked text model -----------------------------------------------------------------


@dataclass
class TextFit:
    """A fitted text model: per analyser its n-grams (column order) and their idf; the regression."""

    vocabulary: list[list[str]]
    idf: list[dict[str, float]]
    model: LogisticRegression

    def matrix(self, grams: list[tuple[Counter, ...]]):
        blocks = []
        for k, vocabulary in enumerate(self.vocabulary):
            column = {g: j for j, g in enumerate(vocabulary)}
            data, indices, indptr = [], [], [0]
            for row in grams:
                values = tfidf(row[k], self.idf[k])
                for g in sorted(values, key=column.__getitem__):
                    indices.append(column[g])
                    data.append(values[g])
                indptr.append(len(indices))
            blocks.append(csr_matrix((data, indices, indptr), shape=(len(grams), len(vocabulary))))
        return hstack(blocks).tocsr()

    def probabilities(self, grams: list[tuple[Counter, ...]]) -> np.ndarray:
        return self.model.predict_proba(self.matrix(grams)) if grams else np.zeros((0, len(self.model.classes_)))

    def export(self) -> dict:
        out: dict = {"classes": [str(c) for c in self.model.classes_],
                     "intercept": [round(float(b), 4) for b in self.model.intercept_]}
        offset = 0
        for (kind, _), vocabulary, idf in zip(ANALYSERS, self.vocabulary, self.idf):
            out[kind] = {g: [round(idf[g], 4), *(round(float(w), 4) for w in self.model.coef_[:, offset + j])]
                         for j, g in enumerate(vocabulary)}
            offset += len(vocabulary)
        return out


def text_json(text_fit: TextFit) -> str:
    """The text model as shipped (`stance_text_<task>.json`)."""
    return json.dumps(text_fit.export(), separators=(",", ":"), sort_keys=True) + "\n"


def fit_text(grams: list[tuple[Counter, ...]], labels: np.ndarray, task: Task) -> TextFit:
    """Vocabulary (n-grams in at least two texts, the most frequent first, ties by the n-gram),
    smoothed idf, and a class-weighted logistic regression on the tf-idf vectors."""
    spec = task.text
    vocabularies, idfs = [], []
    for k, limit in enumerate((spec.words, spec.chars)):
        df = Counter(g for row in grams for g in row[k])
        kept = sorted((g for g, n in df.items() if n >= 2), key=lambda g: (-df[g], g))[:limit]
        vocabularies.append(sorted(kept))
        idfs.append({g: math.log((1 + len(grams)) / (1 + df[g])) + 1.0 for g in kept})
    text_fit = TextFit(vocabularies, idfs, LogisticRegression(C=spec.C, max_iter=5000))
    by_class = class_weights(labels, task.power)
    text_fit.model.fit(text_fit.matrix(grams), labels, sample_weight=np.array([by_class[y] for y in labels]))
    return text_fit


def _with_text(rows: list, probabilities: np.ndarray, classes) -> list:
    return [None if row is None else {**row, **{f"text_{c}": round(float(p), 4) for c, p in zip(classes, probs)}}
            for row, probs in zip(rows, probabilities)]


def stacked(data: Data, train: np.ndarray, test: np.ndarray, task: Task, extra: list[tuple[Data, float]]):
    """The cue rows of train and test, and the extra data, with the text model's probabilities added:
    out of fold (inner folds by group) for train, from the text model fitted on all of train for test
    and extra. Returns (train rows, test rows, extra, the text model fitted on train or None)."""
    train_rows = [data.features[i] for i in train]
    test_rows = [data.features[i] for i in test]
    if task.text is None:
        return train_rows, test_rows, extra, None
    labels = data.labels[train]
    classes = sorted(set(labels))
    inner = np.zeros((len(train), len(classes)))
    splits = GroupKFold(n_splits=min(task.text.inner, len(set(data.groups[train]))))
    for a, b in splits.split(labels, labels, data.groups[train]):
        part = fit_text([data.grams[train[i]] for i in a], labels[a], task)
        inner[b] = part.probabilities([data.grams[train[i]] for i in b])
    whole = fit_text([data.grams[i] for i in train], labels, task)
    test_rows = _with_text(test_rows, whole.probabilities([data.grams[i] for i in test]), classes)
    extra = [(replace(d, features=_with_text(d.features, whole.probabilities(d.grams), classes)), share)
             for d, share in extra]
    return _with_text(train_rows, inner, classes), test_rows, extra, whole


def cross_validate(data: Data, task: Task, extra: list[tuple[Data, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Out-of-fold labels, their probabilities and each record's fold, whole pages/threads held out together."""
    labels = np.empty(len(data.labels), dtype=object)
    confidence = np.ones(len(data.labels))
    fold_of = np.zeros(len(data.labels), dtype=int)
    ruled = np.array([f is None for f in data.features])
    labels[ruled] = RULE_LABEL
    folds = GroupKFold(n_splits=min(FOLDS, len(set(data.groups))))
    for fold, (train, test) in enumerate(folds.split(data.labels, data.labels, data.groups)):
        fold_of[test] = fold
        train, test = train[~ruled[train]], test[~ruled[test]]
        train_rows, test_rows, fold_extra, _ = stacked(data, train, test, task, extra)
        model, vectoriser = fit(train_rows, data.labels[train], task, fold_extra)
        probs = model.predict_proba(vectoriser.transform(test_rows))
        labels[test] = model.classes_[probs.argmax(axis=1)]
        confidence[test] = probs.max(axis=1)
        if task.calibrated:
            sure, sure_vectoriser = fit(train_rows, data.labels[train], replace(task, power=0.0), fold_extra)
            sure_probs = sure.predict_proba(sure_vectoriser.transform(test_rows))
            confidence[test] = (probs.max(axis=1) + sure_probs[np.arange(len(test)), probs.argmax(axis=1)]) / 2
        if task.author_model:
            _decide_author_replies(data, train, test, task, labels, confidence)
    return labels, confidence, fold_of


def author_replies(data: Data, rows: np.ndarray) -> np.ndarray:
    """Those of rows that are the article's author's replies."""
    return rows[np.array([data.features[i].get(AUTHOR_REPLY_FEATURE, 0.0) > 0 for i in rows], dtype=bool)]


def fit_author_model(data: Data, rows: np.ndarray, task: Task):
    """The author's replies' own model (`Task.author_model`), fitted on those of rows alone."""
    own = author_replies(data, rows)
    return fit([data.features[i] for i in own], data.labels[own], task, [])


def _decide_author_replies(data: Data, train: np.ndarray, test: np.ndarray, task: Task, labels: np.ndarray,
                           confidence: np.ndarray) -> None:
    """The author's replies among test relabelled by their own model, fitted on the author's replies in train;
    left to the shared model where train holds too few of them to fit one (fewer than two labels)."""
    mine = author_replies(data, test)
    if len(mine) and len(set(data.labels[author_replies(data, train)])) > 1:
        model, vectoriser = fit_author_model(data, train, task)
        probs = model.predict_proba(vectoriser.transform([data.features[i] for i in mine]))
        labels[mine] = model.classes_[probs.argmax(axis=1)]
        confidence[mine] = probs.max(axis=1)


def choose_threshold(gold: np.ndarray, predicted: np.ndarray, confidence: np.ndarray) -> float:
    """The lowest confidence above which the held-out labels are CONFIDENT_ACCURACY right (running
    from the most confident down), but never above the median: at most half the labels unclear,
    so a weak model says how weak it is instead of hiding nearly every label."""
    order = np.argsort(-confidence, kind="stable")
    right = np.cumsum(gold[order] == predicted[order]) / np.arange(1, len(order) + 1)
    ok = np.nonzero(right >= CONFIDENT_ACCURACY)[0]
    keep = max(ok[-1] if len(ok) else 0, (len(order) - 1) // 2)
    return round(float(confidence[order][keep]), 3)


def confident(gold: np.ndarray, predicted: np.ndarray, confidence: np.ndarray, fold_of: np.ndarray) -> np.ndarray:
    """Which held-out labels are confident, each fold's threshold chosen on the other folds' held-out
    predictions (so the confident share and its accuracy are held-out figures too)."""
    sure = np.zeros(len(gold), bool)
    for fold in np.unique(fold_of):
        mine = fold_of == fold
        threshold = choose_threshold(gold[~mine], predicted[~mine], confidence[~mine])
        sure[mine] = confidence[mine] >= threshold
    return sure


def report(name: str, data: Data, predicted: np.ndarray, confidence: np.ndarray, fold_of: np.ndarray) -> dict:
    """Held-out figures per file and for all: macro-F1, the confident share and its accuracy
    (thresholds chosen on the other folds), the accuracy of the most confident half."""
    figures: dict[str, dict] = {}
    confident_all = confident(data.labels, predicted, confidence, fold_of)
    for source in [*dict.fromkeys(data.sources), "all"]:
        mask = np.ones(len(data.labels), bool) if source == "all" else data.sources == source
        gold, guess, conf = data.labels[mask], predicted[mask], confidence[mask]
        sure = confident_all[mask]
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
    return {**linear(model, vectoriser), "threshold": threshold, "held_out": figures}


def linear(model: LogisticRegression, vectoriser: DictVectorizer) -> dict:
    """classes, intercept per class and the non-zero weights per feature and class, rounded."""
    classes = [str(c) for c in model.classes_]
    weights = {}
    for j, name in enumerate(vectoriser.feature_names_):
        by_class = {c: round(float(model.coef_[k, j]), 4) for k, c in enumerate(classes)}
        if any(by_class.values()):
            weights[name] = by_class
    intercept = {c: round(float(model.intercept_[k]), 4) for k, c in enumerate(classes)}
    return {"classes": classes, "intercept": intercept, "weights": weights}


def run_task(eval_dir: Path, name: str, task: Task, cache: dict) -> tuple[dict[str, dict], TextFit | None]:
    """Validate one task, then refit it on everything: its shipped models by name (the task's, and
    "<name>_author" for an author model) and its text model, if any."""
    def data_of(file: str) -> Data:
        if (file, task.label_field) not in cache:
            cache[file, task.label_field] = load(eval_dir / file, task.label_field, task.featurise)
        return cache[file, task.label_field]

    data = concat([data_of(f) for f in task.files])
    extra = [(data_of(f), share) for f, share in task.extra]
    predicted, confidence, fold_of = cross_validate(data, task, extra)
    threshold = choose_threshold(data.labels, predicted, confidence)
    figures = report(name, data, predicted, confidence, fold_of)
    kept = np.array([i for i, f in enumerate(data.features) if f is not None])
    rows, _, extra, text_fit = stacked(data, kept, kept[:0], task, extra)
    model, vectoriser = fit(rows, data.labels[kept], task, extra)
    out = export(model, vectoriser, threshold, figures)
    if task.calibrated:
        out["confidence_model"] = linear(*fit(rows, data.labels[kept], replace(task, power=0.0), extra))
    models = {name: out}
    if task.author_model:
        models[name + AUTHOR_MODEL_SUFFIX] = {**linear(*fit_author_model(data, kept, task)), "threshold": threshold}
    return models, text_fit


def weights_json(out: dict) -> str:
    """The shipped form of `stance_weights.json`: every task's model under its name."""
    return json.dumps(out, indent=0, sort_keys=True) + "\n"


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[0]) if argv else EVAL_DIR
    only = argv[1:] or list(TASKS)
    target = Path(__file__).with_name(WEIGHTS_FILE)
    out = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    cache: dict = {}
    for name in only:
        models, text_fit = run_task(eval_dir, name, TASKS[name], cache)
        out.update(models)
        text_target = target.with_name(weights_file(name))
        if text_fit is not None:
            text_target.write_text(text_json(text_fit), encoding="utf-8")
            print(f"wrote {text_target}")
        elif text_target.exists():
            text_target.unlink()
            print(f"removed {text_target}")
    target.write_text(weights_json(out), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
