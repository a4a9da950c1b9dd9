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
from typing import TYPE_CHECKING, Callable, NamedTuple

if TYPE_CHECKING:  # NumPy is imported when a text model is loaded: the analysis of a page need not load it
    import numpy as np

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
    return Counter(gram for word in text.lower().split() for gram in word_pieces(word))


def word_pieces(word: str) -> list[str]:
    """The character 2-5-grams of one lower-cased word padded with a space on both sides, in order."""
    padded = f" {word} "
    low, high = CHAR_RANGE
    return [padded[i : i + n] for n in range(low, min(high, len(padded)) + 1) for i in range(len(padded) - n + 1)]


ANALYSERS = (("word", word_grams), ("char", char_grams))


def tfidf(grams: Counter, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear term frequency times idf over the known n-grams, scaled to unit length."""
    values = {g: (1.0 + math.log(n)) * idf[g] for g, n in grams.items() if g in idf}
    norm = math.sqrt(sum(v * v for v in values.values()))
    return {g: v / norm for g, v in values.items()} if norm else {}


class Pushes(NamedTuple):
    """The known n-grams of a text as the model's rows (word grams first, each analyser's in the order
    they first occur) and each one's push per class, its tf-idf value times its weight (a row per n-gram);
    names are the model's n-grams by row, looked up only for the few shown as evidence."""

    rows: list[int]
    by_class: np.ndarray
    names: list[str]

    def gram(self, i: int) -> str:
        return self.names[self.rows[i]]

    def leads(self) -> np.ndarray:
        """Each n-gram's lead toward each class: its push for the class less its mean push over the
        classes (a running sum, as `sum` adds a tuple)."""
        import numpy as np

        return self.by_class - (np.add.accumulate(self.by_class, axis=1)[:, -1] / self.by_class.shape[1])[:, None]


class TextModel:
    """classes; intercept per class; the n-grams of both analysers as rows of an idf column and a
    weight matrix (a column per class), so a text's pushes are one gather and one product.

    A word's known character grams are the same every time it occurs, so they are memoised per word
    (`_word_rows`): counting a text's character grams is then a lookup per word, not per n-gram."""

    def __init__(self, data: dict) -> None:
        """data: the shipped form, {"classes", "intercept", "word": {n-gram: [idf, weight, ...]}, "char": ...}."""
        import numpy as np

        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.intercept: tuple[float, ...] = tuple(data["intercept"])
        self.grams: list[str] = []
        self.rows: dict[str, dict[str, int]] = {}
        for kind, _ in ANALYSERS:
            self.rows[kind] = {gram: len(self.grams) + i for i, gram in enumerate(data[kind])}
            self.grams.extend(data[kind])
        table = np.array([v for kind, _ in ANALYSERS for v in data[kind].values()], dtype=float)
        table = table.reshape(len(self.grams), 1 + len(self.classes))
        self.idf = table[:, 0].copy()
        self.weights = np.ascontiguousarray(table[:, 1:])
        self._word_rows: dict[str, tuple[int, ...]] = {}
        # 1 + ln(n) for the counts n an n-gram mostly has in one text, each computed by `math.log` as
        # `tfidf` does (index n; index 0 is never read)
        self._sublinear_tf = np.array([0.0] + [1.0 + math.log(n) for n in range(1, 64)])

    def probabilities(self, text: str) -> tuple[dict[str, float], Pushes]:
        """Each class's probability, and each n-gram's push per class. A score is the intercept plus
        the pushes added one n-gram after another in the pushes' order (a running sum, not a dot
        product, whose order of additions NumPy may choose), so its bits are those of `tfidf`'s values
        weighed and added one by one."""
        import numpy as np

        rows: list[int] = []
        values = [np.zeros(0)]
        for counts in (self._word_counts(text), self._char_counts(text)):
            unit = self._unit_tfidf(counts)
            if len(unit):
                rows.extend(counts)
                values.append(unit)
        pushes = self.weights[np.array(rows, dtype=np.intp)] * np.concatenate(values)[:, None]
        running = np.add.accumulate(np.vstack([self.intercept, pushes]), axis=0)
        scores = running[-1].tolist()
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        probs = {c: e / total for c, e in zip(self.classes, exp)}
        return probs, Pushes(rows, pushes, self.grams)

    def _word_counts(self, text: str) -> dict[int, int]:
        """Row -> count of the text's known word grams, in the order they first occur."""
        rows = self.rows["word"]
        return {rows[g]: n for g, n in word_grams(text).items() if g in rows}

    def _char_counts(self, text: str) -> Counter:
        """Row -> count of the text's known character grams, in the order they first occur."""
        counts: Counter = Counter()
        for word in text.lower().split():
            counts.update(self._known_pieces(word))
        return counts

    def _known_pieces(self, word: str) -> tuple[int, ...]:
        """The rows of a word's known character grams, in order (memoised; bounded, as words are open-ended)."""
        found = self._word_rows.get(word)
        if found is None:
            if len(self._word_rows) >= 1 << 16:
                self._word_rows.clear()
            rows = self.rows["char"]
            found = self._word_rows[word] = tuple(rows[g] for g in word_pieces(word) if g in rows)
        return found

    def _unit_tfidf(self, counts: dict[int, int]) -> np.ndarray:
        """`tfidf` of one analyser's counts: the same products and the same running sum of squares."""
        import numpy as np

        if not counts:
            return np.zeros(0)
        found = np.fromiter(counts.values(), dtype=np.intp, count=len(counts))
        if found.max() < len(self._sublinear_tf):
            tf = self._sublinear_tf[found]
        else:
            tf = np.array([1.0 + math.log(n) for n in counts.values()])
        values = tf * self.idf[list(counts)]
        norm = math.sqrt(np.add.accumulate(values * values)[-1])
        return values / norm if norm else np.zeros(0)


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
    leads = pushes.leads()
    hits = {}
    for k, label in enumerate(model.classes):
        words = [repr(pushes.gram(i).strip()) for i in _strongest(leads[:, k], pushes.gram)]
        evidence = f"text model: {probs[label]:.0%} {label}" + (f" ({', '.join(words)})" if words else "")
        hits[f"text_{label}"] = Hit(round(probs[label], 4), evidence)
    return hits


def _strongest(leads: np.ndarray, gram: Callable[[int], str]) -> list[int]:
    """The indices of the `EVIDENCE` largest positive leads, ties by the n-gram and then by place: only
    the leads at or above the cut are sorted, not every n-gram of the text."""
    import numpy as np

    positive = np.flatnonzero(leads > 0)
    if len(positive) > EVIDENCE:
        cut = np.partition(leads[positive], -EVIDENCE)[-EVIDENCE]
        positive = positive[leads[positive] >= cut]
    by_lead = leads.tolist()
    return sorted(positive.tolist(), key=lambda i: (-by_lead[i], gram(i)))[:EVIDENCE]
