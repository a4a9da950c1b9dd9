"""`discourse evaluate`: metrics, record selection and clear errors on bad files."""

import json
import sys
import types

import numpy as np
import pytest

from discourse.evaluation import (
    EvaluationError,
    confusion_matrix,
    evaluate,
    format_result,
    per_class_scores,
    score_predictions,
)


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture
def fake_stance(monkeypatch):
    """Stand-in predictors, so these tests check plumbing, not the stance model's accuracy."""
    seen = {}

    def predict_stance_record(record, thread):
        seen.setdefault("threads", []).append(thread)
        return ("query" if record["text"].endswith("?") else "comment"), 0.9

    def predict_agreement_record(record, thread):
        return ("disagree" if "no" in record["text"].lower().split() else "agree"), 0.6

    module = types.ModuleType("discourse.analysis.stance")
    module.predict_stance_record = predict_stance_record
    module.predict_agreement_record = predict_agreement_record
    monkeypatch.setitem(sys.modules, "discourse.analysis.stance", module)
    return seen


def test_metrics_on_a_hand_computed_confusion():
    gold = ["pos", "pos", "pos", "neg", "neg", "neu"]
    predicted = ["pos", "pos", "neg", "neg", "neu", "neu"]
    labels = ["pos", "neg", "neu"]
    confusion = confusion_matrix(gold, predicted, labels)
    assert confusion.tolist() == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]
    per_class, macro = per_class_scores(confusion, labels)
    assert per_class["pos"] == {"precision": 1.0, "recall": pytest.approx(2 / 3), "f1": pytest.approx(0.8), "support": 3}
    assert per_class["neg"]["f1"] == pytest.approx(0.5)
    assert per_class["neu"]["f1"] == pytest.approx(2 / 3)
    assert macro == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)


def test_metrics_agree_with_scikit_learn():
    from sklearn.metrics import f1_score

    rng = np.random.default_rng(0)
    labels = ["a", "b", "c", "d"]
    gold = rng.choice(labels, 200).tolist()
    predicted = rng.choice(labels, 200).tolist()
    _, macro = per_class_scores(confusion_matrix(gold, predicted, labels), labels)
    assert macro == pytest.approx(f1_score(gold, predicted, labels=labels, average="macro"))


def test_class_never_predicted_scores_zero_and_baseline_is_majority():
    result = score_predictions("t", "f", ["x", "x", "y"], ["x", "x", "x"], ("x", "y"))
    assert result.per_class["y"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert result.baseline_label == "x"
    assert result.baseline_macro_f1 == pytest.approx(result.macro_f1)


def test_sentiment_skips_ambiguous_and_mixed(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [
        {"id": "1", "text": "I love this, wonderful!", "label_sentiment": "positive"},
        {"id": "2", "text": "This is awful and I hate it.", "label_sentiment": "negative"},
        {"id": "3", "text": "The bus leaves at noon.", "label_sentiment": "neutral"},
        {"id": "4", "text": "Wow what?", "label_sentiment": "ambiguous"},
        {"id": "5", "text": "Great but sad", "label_sentiment": "mixed"},
    ])
    result = evaluate("sentiment", path)
    assert result.n == 3
    assert result.macro_f1 == 1.0
    assert result.confusion == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert json.loads(json.dumps(result.to_dict()))["macro_f1"] == 1.0


def test_stance_skips_source_posts_and_passes_the_whole_thread(tmp_path, fake_stance):
    path = write_jsonl(tmp_path / "stance.jsonl", [
        {"id": "s", "parent_id": None, "is_source": True, "text": "Claim", "label_stance_to_source": "support"},
        {"id": "a", "parent_id": "s", "is_source": False, "text": "Really?", "label_stance_to_source": "query"},
        {"id": "b", "parent_id": "a", "is_source": False, "text": "Fine", "label_stance_to_source": "comment"},
        {"id": "c", "parent_id": "s", "is_source": False, "text": "Nope", "label_stance_to_source": "deny"},
    ])
    result = evaluate("stance", path)
    assert result.n == 3
    assert result.labels == ["deny", "query", "comment"]
    assert result.per_class["deny"]["recall"] == 0.0
    assert set(fake_stance["threads"][0]) == {"s", "a", "b", "c"}


def test_agreement_uses_only_responses(tmp_path, fake_stance):
    path = write_jsonl(tmp_path / "agree.jsonl", [
        {"id": "q", "parent_id": None, "role": "quote", "text": "Masks work", "label_agreement_with_parent": None},
        {"id": "r", "parent_id": "q", "role": "response", "text": "No they do not", "label_agreement_with_parent": "disagree"},
        {"id": "r2", "parent_id": "q", "role": "response", "text": "Yes indeed", "label_agreement_with_parent": "agree"},
    ])
    result = evaluate("agreement", path)
    assert result.n == 2
    assert result.macro_f1 == 1.0
    assert "macro-F1 1.000" in format_result(result)


def test_format_result_shows_table_confusion_and_baseline(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [
        {"id": "1", "text": "Wonderful!", "label_sentiment": "positive"},
        {"id": "2", "text": "Dreadful.", "label_sentiment": "positive"},
        {"id": "3", "text": "Dreadful.", "label_sentiment": "negative"},
    ])
    text = format_result(evaluate("sentiment", path))
    assert "macro-F1" in text and "baseline (always 'positive')" in text
    assert "precision" in text and "confusion (rows gold, columns predicted)" in text
    assert "negative" in text.splitlines()[-1]


def test_missing_file(tmp_path):
    with pytest.raises(EvaluationError, match="file not found"):
        evaluate("sentiment", tmp_path / "nope.jsonl")


def test_bad_json_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "text": "ok", "label_sentiment": "neutral"}\n\n{"id": 2,\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="bad JSON on line 3"):
        evaluate("sentiment", path)


def test_line_that_is_not_an_object(tmp_path):
    path = tmp_path / "list.jsonl"
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 1 is not a JSON object"):
        evaluate("sentiment", path)


def test_no_usable_records(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "text": "hi", "label_sentiment": "mixed"}])
    with pytest.raises(EvaluationError, match="no usable records for task 'sentiment'"):
        evaluate("sentiment", path)


def test_unknown_task(tmp_path):
    with pytest.raises(EvaluationError, match="unknown task 'emotion'"):
        evaluate("emotion", tmp_path / "any.jsonl")


def test_error_messages_are_one_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    with pytest.raises(EvaluationError) as caught:
        evaluate("sentiment", path)
    assert "\n" not in str(caught.value)


def test_predictions_file_has_one_object_per_scored_record(tmp_path, fake_stance):
    path = write_jsonl(tmp_path / "stance.jsonl", [
        {"id": "s", "parent_id": None, "is_source": True, "text": "Claim", "label_stance_to_source": "support"},
        {"id": "a", "parent_id": "s", "text": "Really?", "label_stance_to_source": "query"},
        {"id": "b", "parent_id": "a", "text": "Fine", "label_stance_to_source": "comment"},
    ])
    out = tmp_path / "predictions.jsonl"
    evaluate("stance", path, predictions=out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"id": "a", "label": "query", "confidence": 0.9}, {"id": "b", "label": "comment", "confidence": 0.9}]


def test_predictions_into_a_missing_folder_is_a_one_line_error(tmp_path, fake_stance):
    path = write_jsonl(tmp_path / "stance.jsonl", [{"id": "a", "text": "Hm?", "label_stance_to_source": "query"}])
    with pytest.raises(EvaluationError, match="cannot write predictions"):
        evaluate("stance", path, predictions=tmp_path / "missing" / "p.jsonl")
