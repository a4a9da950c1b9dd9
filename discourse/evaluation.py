"""Score the analyser against labelled JSON Lines files (``discourse evaluate``).

Record formats follow ``shared/eval/README.md``: one JSON object per line with ``id``,
``parent_id``, ``text`` and a ``label_*`` field. Only rows with a label the task knows are
scored; sentiment skips "ambiguous"/"mixed", stance skips the source posts themselves and
agreement skips the quoted parents (``role: quote``).
"""

from __future__ import annotations

import importlib
import json
import os
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

Record = dict
# A predictor gives the label and its probability (None where the task's scorer has none).
Predictor = Callable[[Record, dict[str, Record]], "tuple[str, float | None]"]


class EvaluationError(Exception):
    """A problem with the task or the input file, described in one line."""


@dataclass(frozen=True)
class _Task:
    label_field: str
    labels: tuple[str, ...]
    skip: Callable[[Record], bool]


TASKS = {
    "sentiment": _Task("label_sentiment", ("positive", "negative", "neutral"), lambda r: False),
    "stance": _Task(
        "label_stance_to_source", ("support", "deny", "query", "comment"),
        lambda r: bool(r.get("is_source")),
    ),
    "agreement": _Task(
        "label_agreement_with_parent", ("agree", "disagree", "neutral"),
        lambda r: r.get("role") == "quote",
    ),
}


@dataclass
class EvaluationResult:
    """Scores of one task on one file; ``confusion`` rows are gold, columns predicted."""

    task: str
    path: str
    n: int
    labels: list[str]
    macro_f1: float
    per_class: dict[str, dict]
    confusion: list[list[int]]
    baseline_label: str
    baseline_macro_f1: float

    def to_dict(self) -> dict:
        return asdict(self)


def evaluate(task: str, path: str | Path, predictions: str | Path | None = None) -> EvaluationResult:
    """Predict every usable record of ``path`` for ``task`` and score against its labels.

    predictions: a file to write one JSON object per scored record, ``{"id", "label",
    "confidence"}`` (the most probable label, and its probability), written atomically."""
    spec = _task(task)
    records = read_records(path)
    usable = [r for r in records if r.get(spec.label_field) in spec.labels and not spec.skip(r)]
    if not usable:
        raise EvaluationError(
            f"{path}: no usable records for task {task!r} "
            f"(need {spec.label_field} in {', '.join(spec.labels)})"
        )
    predict = _predictor(task)
    thread = {str(r["id"]): r for r in records if "id" in r}
    gold = [r[spec.label_field] for r in usable]
    scored = [predict(r, thread) for r in usable]
    if predictions is not None:
        write_predictions(predictions, usable, scored)
    return score_predictions(task, str(path), gold, [label for label, _ in scored], spec.labels)


def write_predictions(path: str | Path, records: list[Record], scored: list[tuple[str, float | None]]) -> None:
    """One JSON line per scored record, written to a temporary file then moved into place."""
    path = Path(path)
    lines = [
        json.dumps({"id": r.get("id"), "label": label, "confidence": None if p is None else round(p, 4)})
        for r, (label, p) in zip(records, scored)
    ]
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise EvaluationError(f"{path}: cannot write predictions: {error.strerror}") from None


def score_predictions(
    task: str, path: str, gold: list[str], predicted: list[str], labels: tuple[str, ...]
) -> EvaluationResult:
    """Metrics for given predictions, over the task's labels that occur in gold or predictions."""
    present = [label for label in labels if label in gold or label in predicted]
    confusion = confusion_matrix(gold, predicted, present)
    per_class, macro = per_class_scores(confusion, present)
    majority = Counter(gold).most_common(1)[0][0]
    _, baseline = per_class_scores(confusion_matrix(gold, [majority] * len(gold), present), present)
    return EvaluationResult(
        task, path, len(gold), present, macro, per_class, confusion.tolist(), majority, baseline
    )


def confusion_matrix(gold: list[str], predicted: list[str], labels: list[str]) -> np.ndarray:
    """Counts with rows = gold and columns = predicted, in ``labels`` order."""
    position = {label: i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=int)
    for truth, guess in zip(gold, predicted):
        if guess not in position:
            raise EvaluationError(f"predictor returned unknown label {guess!r}")
        matrix[position[truth], position[guess]] += 1
    return matrix


def per_class_scores(confusion: np.ndarray, labels: list[str]) -> tuple[dict[str, dict], float]:
    """Precision, recall, F1 and support per label, and their macro-averaged F1.
    An undefined ratio (nothing predicted, or no support) counts as 0, as in scikit-learn."""
    true_positive = np.diag(confusion).astype(float)
    predicted = confusion.sum(axis=0)
    support = confusion.sum(axis=1)
    precision = np.divide(true_positive, predicted, out=np.zeros_like(true_positive), where=predicted > 0)
    recall = np.divide(true_positive, support, out=np.zeros_like(true_positive), where=support > 0)
    total = precision + recall
    f1 = np.divide(2 * precision * recall, total, out=np.zeros_like(total), where=total > 0)
    per_class = {
        label: {
            "precision": float(precision[i]),
            "recall": float(recall[i]),
            "f1": float(f1[i]),
            "support": int(support[i]),
        }
        for i, label in enumerate(labels)
    }
    return per_class, float(f1.mean())


def read_records(path: str | Path) -> list[Record]:
    """All JSON objects of a JSON Lines file; blank lines are ignored."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: {'not a regular file' if path.exists() else 'file not found'}")
    records = []
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    records.append(_parse_line(path, number, line))
    except UnicodeDecodeError:
        raise EvaluationError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise EvaluationError(f"{path}: could not read ({error.strerror or error})") from None
    return records


def _parse_line(path: Path, number: int, line: str) -> Record:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise EvaluationError(f"{path}: bad JSON on line {number}: {error.msg}") from None
    if not isinstance(record, dict):
        raise EvaluationError(f"{path}: line {number} is not a JSON object")
    return record


def format_result(result: EvaluationResult) -> str:
    """Plain-text report: macro-F1 against the majority baseline, per-class table, confusion."""
    width = max(9, *(len(label) for label in result.labels))
    lines = [
        f"task {result.task} on {result.path}: {result.n} records",
        f"macro-F1 {result.macro_f1:.3f}   baseline (always {result.baseline_label!r}) "
        f"{result.baseline_macro_f1:.3f}",
        "",
        f"{'label':<{width}} precision  recall      f1  support",
    ]
    for label, scores in result.per_class.items():
        lines.append(
            f"{label:<{width}} {scores['precision']:9.3f} {scores['recall']:7.3f} "
            f"{scores['f1']:7.3f} {scores['support']:8d}"
        )
    lines += ["", "confusion (rows gold, columns predicted)"]
    lines.append(" " * width + "".join(f" {label:>{width}}" for label in result.labels))
    for label, row in zip(result.labels, result.confusion):
        lines.append(f"{label:<{width}}" + "".join(f" {count:>{width}d}" for count in row))
    return "\n".join(lines)


def _task(task: str) -> _Task:
    if task not in TASKS:
        raise EvaluationError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return TASKS[task]


def _predictor(task: str) -> Predictor:
    """The task's predictor, imported only when needed (stance lives in another module)."""
    if task == "sentiment":
        from discourse.analysis.sentiment import score_text

        return lambda record, thread: (score_text(record.get("text") or "").label, None)
    try:
        stance = importlib.import_module("discourse.analysis.stance")
    except ImportError as error:
        raise EvaluationError(f"{task} predictor unavailable: {error}") from None
    if task == "stance":
        return stance.predict_stance_record
    return stance.predict_agreement_record
