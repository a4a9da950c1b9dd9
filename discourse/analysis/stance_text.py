"""A word and character n-gram text model, stacked under the cue models of `stance.py`.

A tf-idf logistic regression over the comment's own words (unigrams and bigrams) and character
2-5-grams within words (the n-grams catch spellings, word pieces and punctuation the named cues
do not list). Its class probabilities enter the cue model as features (`text_<label>`), so the cue
model decides how far to trust it; fitted out of fold, so the cue model learns that trust on texts
the text model has not seen. `fit_stance.py` fits both; the text model's vocabulary, idf and
weights are shipped per task as `stance_text_<task>.json` (a task without such a file has no text
model). Pure Python at run time: the same analysers build the vocabulary when fitting and the
vectors when predicting, so a shipped model reads a text exactly as its fit did.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from discourse.analysis.cues import Hit

CHAR_RANGE = (2, 5)
_WORD = re.compile(r"(?u)\b\w\w+\b")
# How many of the n-grams that pushed the decision most are shown as its evidence.
EVIDENCE = 4


def weights_file(task: str) -> str:
    return f"stance_text_{task}.json"


def word_grams(text: str) -> Counter:
    """Lower-cased words of two or more letters, and each pair of neighbours."""
    words = _WORD.findall(text.lower())
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


def char_grams(text: str) -> Counter:
    """Character 2-5-grams inside each lower-cased word padded with a space on both sides."""
    grams: Counter = Counter()
    low, high = CHAR_RANGE
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, min(high, len(padded)) + 1):
            grams.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


ANALYSERS = (("word", word_grams), ("char", char_grams))


def tfidf(grams: Counter, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear term frequency times idf over the known n-grams, scaled to unit length."""
    values = {g: (1.0 + math.log(n)) * idf[g] for g, n in grams.items() if g in idf}
    norm = math.sqrt(sum(v * v for v in values.values()))
    return {g: v / norm for g, v in values.items()} if norm else {}


class TextModel:
    """classes; intercept per class; per analyser, n-gram -> idf and n-gram -> weight per class."""

    def __init__(self, data: dict) -> None:
        """data: the shipped form, {"classes", "intercept", "word": {n-gram: [idf, weight, ...]}, "char": ...}."""
        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.intercept: tuple[float, ...] = tuple(data["intercept"])
        self.idf = {kind: {g: v[0] for g, v in data[kind].items()} for kind, _ in ANALYSERS}
        self.weights = {kind: {g: tuple(v[1:]) for g, v in data[kind].items()} for kind, _ in ANALYSERS}

    def vectors(self, text: str) -> dict[str, dict[str, float]]:
        """Per analyser, the text's tf-idf values over the model's n-grams."""
        return {kind: tfidf(analyse(text), self.idf[kind]) for kind, analyse in ANALYSERS}

    def probabilities(self, text: str) -> tuple[dict[str, float], list[tuple[str, tuple[float, ...]]]]:
        """Each class's probability, and each n-gram's push per class (its value times its weight)."""
        scores = list(self.intercept)
        pushes = []
        for kind, values in self.vectors(text).items():
            for gram, value in values.items():
                push = tuple(value * w for w in self.weights[kind][gram])
                pushes.append((gram, push))
                scores = [s + p for s, p in zip(scores, push)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}, pushes


@lru_cache(maxsize=None)
def load_text_model(task: str) -> TextModel | None:
    """The shipped text model of a task, or None if it has none."""
    source = resources.files("discourse.analysis").joinpath(weights_file(task))
    if not source.is_file():
        return None
    return TextModel(json.loads(source.read_text(encoding="utf-8")))


def ngram_hits(text: str, task: str) -> dict[str, Hit]:
    """The text model's probability of each label as features `text_<label>`, each with the words
    and word pieces that pushed toward that label most; {} when the task has no text model."""
    model = load_text_model(task)
    if model is None or not text.strip():
        return {}
    probs, pushes = model.probabilities(text)
    hits = {}
    for k, label in enumerate(model.classes):
        strongest = sorted(((p[k] - sum(p) / len(p), g) for g, p in pushes), key=lambda pair: (-pair[0], pair[1]))
        words = [repr(g.strip()) for push, g in strongest[:EVIDENCE] if push > 0]
        evidence = f"text model: {probs[label]:.0%} {label}" + (f" ({', '.join(words)})" if words else "")
        hits[f"text_{label}"] = Hit(round(probs[label], 4), evidence)
    return hits
