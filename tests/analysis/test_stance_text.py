import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from discourse.analysis import fit_stance
from discourse.analysis.stance import classify, load_weights, predict_agreement_record, with_text_model
from discourse.analysis.stance_text import (
    ANALYSERS, TextModel, _strongest, char_grams, load_text_model, ngram_hits, tfidf, weights_file, word_grams,
)
from tests.conftest import shared_path

TEXTS = [
    "I completely agree, this is exactly right.",
    "No, that's wrong. Masks don't work like that at all.",
    "Where did you read that? Source please.",
    "Exactly right, well said.",
    "That is simply wrong, and you know it.",
    "I'm not sure; where is the data?",
    "Agree with every word of this.",
    "Wrong again: read the study before you post.",
    "What do you mean by that?",
]
LABELS = np.array(["agree", "disagree", "neutral"] * 3)
TASK = fit_stance.Task((), "label", None, 1.0, 1.0, text=fit_stance.TextSpec(C=1.0, words=50, chars=200))


def _grams(texts):
    return [tuple(analyse(t) for _, analyse in ANALYSERS) for t in texts]


def test_analysers_read_words_and_word_pieces_as_scikit_learn_does():
    """The n-grams are those of TfidfVectorizer (word 1-2-grams; char_wb 2-5-grams), so the model
    is the standard one, written out in plain Python for run time."""
    for text in TEXTS:
        words = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()(text)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()(text)
        assert word_grams(text) == Counter(words)
        assert char_grams(text) == Counter(chars)


def test_the_shipped_form_predicts_what_the_fitted_model_predicts():
    fitted = fit_stance.fit_text(_grams(TEXTS), LABELS, TASK)
    shipped = TextModel(json.loads(json.dumps(fitted.export())))
    expected = fitted.probabilities(_grams(["Totally agree with you.", "That is wrong and misleading."]))
    for text, row in zip(["Totally agree with you.", "That is wrong and misleading."], expected):
        probs, _ = shipped.probabilities(text)
        assert [probs[c] for c in shipped.classes] == pytest.approx(list(row), abs=2e-3)


def test_fitting_the_text_model_is_deterministic():
    first = fit_stance.fit_text(_grams(TEXTS), LABELS, TASK).export()
    again = fit_stance.fit_text(_grams(list(TEXTS)), LABELS.copy(), TASK).export()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert len(first["word"]) <= 50 and len(first["char"]) <= 200


def test_text_model_hits_give_each_label_a_probability_and_the_words_behind_it():
    hits = ngram_hits("No, you're wrong, masks do not work.", "agreement_social")
    if not hits:
        pytest.skip("no text model shipped for agreement_social")
    assert set(hits) == {"text_agree", "text_disagree", "text_neutral"}
    assert sum(h.value for h in hits.values()) == pytest.approx(1.0, abs=1e-3)
    assert hits["text_disagree"].value > hits["text_agree"].value
    assert "text model" in hits["text_disagree"].text and "'" in hits["text_disagree"].text
    assert ngram_hits("   ", "agreement_social") == {}
    assert ngram_hits("anything", "no_such_task") == {}


def test_the_cue_model_weighs_the_text_model_where_one_is_shipped():
    for task in fit_stance.TASKS:
        model = load_text_model(task)
        weights = load_weights()[task]["weights"]
        assert (model is not None) == any(name.startswith("text_") for name in weights), task
        if model is not None:
            hits = with_text_model({}, "Yes, exactly right.", task)
            assert {f"text_{c}" for c in model.classes} == set(hits)
            assert classify(hits, load_weights()[task])[0] in model.classes


def test_shipped_text_weights_are_modest():
    folder = Path(fit_stance.__file__).parent
    for task in fit_stance.TASKS:
        path = folder / weights_file(task)
        assert not path.exists() or path.stat().st_size < 1_000_000


@pytest.mark.parametrize("task", [name for name, t in fit_stance.TASKS.items() if t.text is not None])
def test_fit_script_reproduces_the_shipped_text_model(task):
    """Refitting the text model on its task's dev files gives the shipped file byte for byte (the cue
    model on top is checked by running the fit script; this part is the large one)."""
    spec = fit_stance.TASKS[task]
    data = fit_stance.concat([
        fit_stance.load(shared_path("eval", f), spec.label_field, spec.featurise) for f in spec.files
    ])
    kept = [i for i, f in enumerate(data.features) if f is not None]
    fitted = fit_stance.fit_text([data.grams[i] for i in kept], data.labels[kept], spec)
    shipped = (Path(fit_stance.__file__).parent / weights_file(task)).read_text(encoding="utf-8")
    assert fit_stance.text_json(fitted) == shipped


def test_predicting_a_social_reply_uses_its_text_model():
    reply = {"id": "r", "text": "You're wrong, that's not how it works.", "parent_text": "Masks work.",
             "platform": "reddit", "role": "response"}
    label, confidence = predict_agreement_record(reply, {})
    assert label in {"agree", "disagree", "neutral"} and 0 < confidence <= 1


def _plain_reading(model: TextModel, text: str) -> tuple[list[float], list[tuple[str, tuple[float, ...]]]]:
    """The scores and pushes as the fit defines them: `tfidf` per analyser, then a push per n-gram added
    one after another to the intercept."""
    scores, pushes = list(model.intercept), []
    for kind, analyse in ANALYSERS:
        rows = model.rows[kind]
        idf = {g: float(model.idf[row]) for g, row in rows.items()}
        for gram, value in tfidf(analyse(text), idf).items():
            push = tuple(value * float(w) for w in model.weights[rows[gram]])
            pushes.append((gram, push))
            scores = [s + p for s, p in zip(scores, push)]
    return scores, pushes


def test_a_text_is_read_bit_for_bit_as_the_fit_reads_it():
    """Memoised word pieces and one gathered product give the same pushes and probabilities to the
    last bit as reading each n-gram alone, repeated words and unknown words included."""
    fitted = fit_stance.fit_text(_grams(TEXTS), LABELS, TASK)
    model = TextModel(json.loads(json.dumps(fitted.export())))
    texts = TEXTS + ["wrong wrong WRONG, agree? agree.", "zzz qqq", "", "Exactly right, exactly right again.",
                     " ".join(["wrong"] * 70 + ["agree"] * 3)]
    for text in texts:
        scores, pushes = _plain_reading(model, text)
        probs, read = model.probabilities(text)
        assert [read.gram(i) for i in range(len(read.rows))] == [g for g, _ in pushes]
        assert [tuple(row) for row in read.by_class.tolist()] == [p for _, p in pushes]
        exp = [math.exp(s - max(scores)) for s in scores]
        assert list(probs.values()) == [e / sum(exp) for e in exp]


def test_the_evidence_is_the_strongest_leads_with_ties_broken_by_the_n_gram():
    leads = np.array([0.5, 0.2, 0.5, -1.0, 0.2, 0.2, 0.0])
    grams = ["b", "z", "a", "c", "y", "x", "w"]
    assert _strongest(leads, grams.__getitem__) == [2, 0, 5, 4]
    assert _strongest(np.array([-0.1, 0.0]), ["a", "b"].__getitem__) == []
    assert _strongest(np.zeros(0), [].__getitem__) == []
