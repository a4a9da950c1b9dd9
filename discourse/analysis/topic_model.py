"""Corpus topics in bounded memory: NMF fitted on a sample of articles, then applied to each one.

A corpus of any size is read once. `TopicSample` keeps a uniform random sample of at most
TOPIC_SAMPLE article documents (reservoir sampling, seeded, so the same corpus in the same order
gives the same sample); `fit_topics` fits TF-IDF and NMF on it; `TopicModel.shares` then gives any
article its topic shares on its own, so pages can be written one at a time. A corpus no larger
than the sample is fitted on every article.

An article's shares are the exact non-negative least-squares fit of its TF-IDF vector by the
topics (what NMF's transform approximates iteratively), so they do not depend on which other
articles are processed with it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import math
import random
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path

import numpy as np
from scipy import sparse

from discourse.analysis.nmf import column_counts, count_matrix, idf, nmf_components, tfidf
from discourse.analysis.topics import BACKGROUND_CORPUS, Term, topic_words

TOPIC_SAMPLE = 1_000
MIN_DOCUMENTS = 10
MIN_TERM_DOCUMENTS = 2
TERMS_PER_TOPIC = 10
_EIGENVALUE_FLOOR = 1e-12


@dataclass(frozen=True)
class Topic:
    """An NMF topic: its top terms, weighted by their share of the topic's loading; language is the
    language of the documents it was fitted on, where topics are fitted per language."""

    terms: tuple[Term, ...]
    language: str | None = None


@dataclass(frozen=True)
class CorpusTopics:
    """Topics over a list of documents, with each document's shares; empty with a reason when too small.

    weights[d][t] is the share of document d's reconstructed TF-IDF mass that topic t supplies
    (rows sum to 1, or are all 0 for a document with no vocabulary terms).
    """

    topics: list[Topic]
    weights: list[tuple[float, ...]]
    reason: str | None
    documents: int
    vocabulary: int


Document = str | Mapping[str, int]
"""A text, or its topic words already counted (what an export keeps of each article)."""


class TopicSample:
    """A uniform random sample of at most `size` documents from a stream (Vitter's algorithm R)."""

    def __init__(self, size: int = TOPIC_SAMPLE, seed: int = 0):
        if size < 1:
            raise ValueError(f"the topic sample needs at least 1 document, not {size}")
        self.size, self.seen = size, 0
        self._random = random.Random(seed)
        self._documents: list[Document] = []

    def add(self, document: Document) -> None:
        self.seen += 1
        if len(self._documents) < self.size:
            self._documents.append(_packed(document))
            return
        slot = self._random.randrange(self.seen)
        if slot < self.size:
            self._documents[slot] = _packed(document)

    @property
    def documents(self) -> list[Document]:
        return [_unpacked(document) for document in self._documents]

    def fit(self) -> TopicModel:
        """Topics fitted on the sample, for the whole stream it was drawn from."""
        return fit_topics(self._documents, documents=self.seen)  # unpacked one at a time by `_counts`


_SEPARATOR = "\x00"


def _packed(document: Document) -> Document | tuple[bytes, bytes]:
    """A counted document as one string of its words and an array of their counts, in its order, each
    compressed: a sample of a thousand dicts of words held about 6 MiB in small objects, the string
    and the array 2.9 MiB, compressed 1.1 MiB (most counts are 1). Texts, and counts that do not fit (a
    word holding the separator, a count that is no 32-bit integer), stay as they are."""
    if isinstance(document, str):
        return document
    words = _SEPARATOR.join(document)
    try:
        counts = array("i", document.values())
    except (OverflowError, TypeError):
        return document
    if len(counts) != (words.count(_SEPARATOR) + 1 if document else 0):
        return document
    return zlib.compress(words.encode("utf-8", "surrogatepass"), 1), zlib.compress(counts.tobytes(), 1)


def _unpacked(document: Document | tuple[bytes, bytes]) -> Document:
    if not isinstance(document, tuple):
        return document
    counts = array("i")
    counts.frombytes(zlib.decompress(document[1]))
    if not counts:
        return {}
    words = zlib.decompress(document[0]).decode("utf-8", "surrogatepass")
    return dict(zip(words.split(_SEPARATOR), counts))


@dataclass(frozen=True)
class TopicModel:
    """Topics fitted on `fitted_on` of a corpus's `documents` articles; no topics, with a reason, when too few.

    vocabulary counts the terms found in at least MIN_TERM_DOCUMENTS of the fitted documents;
    each topic's Term counts are over those documents too.
    """

    topics: list[Topic]
    reason: str | None
    documents: int
    fitted_on: int
    vocabulary: int
    _columns: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _idf: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)
    _components: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)), repr=False, compare=False)
    _solver: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False, compare=False)
    _term_topics: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict, repr=False, compare=False)

    def shares(self, document: Document) -> tuple[float, ...]:
        """Each topic's share of the document's fitted TF-IDF mass; all 0 without vocabulary terms;
        () when the model has no topics."""
        if not self.topics:
            return ()
        columns, values = self._tfidf(document)
        if not len(columns):
            return tuple(0.0 for _ in self.topics)
        loadings = self._loadings(columns, values)
        mass = loadings * self._components.sum(axis=1)
        total = mass.sum()
        return tuple(_round(m / total) if total > 0 else 0.0 for m in mass)

    def term_topic(self, words: Iterable[str]) -> int | None:
        """The topic whose top terms, by their weights, the words use most (lowest id on ties);
        None when they use none. For texts too short for NMF, such as comments."""
        if not self.topics:
            return None
        scores = [0.0] * len(self.topics)
        for word in words:
            for topic, weight in self._term_topics.get(word, ()):
                scores[topic] += weight
        best = max(range(len(scores)), key=lambda t: (scores[t], -t))
        return best if scores[best] > 0 else None

    def _tfidf(self, document: Document) -> tuple[np.ndarray, np.ndarray]:
        counts = {word: count for word, count in _counts(document).items() if word in self._columns}
        columns = np.array([self._columns[word] for word in counts], dtype=int)
        values = np.array(list(counts.values()), dtype=float) * self._idf[columns]
        norm = math.sqrt(float(values @ values))
        return columns, values / norm if norm else values

    def _loadings(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        """argmin ||x - w H|| over w >= 0, solved in the k-dimensional space of the Gram matrix H Hᵀ."""
        root, inverse_root = self._solver
        projected = self._components[:, columns] @ values
        return nnls(root, inverse_root @ projected)[0]


def nnls(matrix: np.ndarray, vector: np.ndarray) -> tuple[np.ndarray, float]:
    """`scipy.optimize.nnls(matrix, vector)`: the solution and the residual's norm.

    SciPy's function is a thin check around its compiled solver; importing `scipy.optimize` for it
    costs about 0.2 s of CPU per process (it loads the whole optimisation package and the special
    functions), so the compiled solver is loaded on its own and called as SciPy calls it (the same
    code, the same bits). Should SciPy move or change it, its public function is used instead."""
    solver = _nnls_solver()
    if solver is None:
        from scipy.optimize import nnls as scipy_nnls

        return scipy_nnls(matrix, vector)
    matrix = np.asarray_chkfinite(matrix, dtype=np.float64, order="C")
    vector = np.asarray_chkfinite(vector, dtype=np.float64)
    if matrix.ndim != 2 or vector.ndim != 1 or matrix.shape[0] != vector.shape[0]:
        raise ValueError(f"nnls: shapes {matrix.shape} and {vector.shape} do not match")
    solution, norm, info = solver(matrix, vector, 3 * matrix.shape[1])
    if info == 3:
        raise RuntimeError("Maximum number of iterations reached.")
    return solution, norm


@cache
def _nnls_solver():
    if "scipy.optimize" in sys.modules:
        return None  # already paid for: use the public function
    return load_nnls_solver()


def load_nnls_solver():
    """SciPy's compiled Lawson-Hanson solver (`scipy.optimize._slsqplib.nnls`, which
    `scipy.optimize.nnls` calls with the matrix, the vector and 3 x the columns as the iteration
    limit), loaded from its file without the package around it; None when it cannot be (another
    SciPy layout), or when `scipy.optimize.nnls` no longer calls it so."""
    try:
        import scipy

        folder = Path(scipy.__file__).parent / "optimize"
        wrapper = (folder / "_nnls.py").read_text(encoding="utf-8")
        if "from ._slsqplib import nnls as _nnls" not in wrapper or "_nnls(A, b, maxiter)" not in wrapper \
                or "maxiter = 3*n" not in wrapper:
            return None
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            location = folder / f"_slsqplib{suffix}"
            if location.is_file():
                spec = importlib.util.spec_from_file_location("scipy.optimize._slsqplib", location)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return module.nnls
    except (ImportError, OSError, AttributeError):
        pass
    return None


class LanguageSample:
    """A `TopicSample` per language, so that topics are fitted within a language: fitted across
    languages, NMF finds the languages (a topic of German function words), not the subjects."""

    def __init__(self, size: int = TOPIC_SAMPLE, seed: int = 0):
        if size < 1:
            raise ValueError(f"the topic sample needs at least 1 document, not {size}")
        self.size, self.seed = size, seed
        self._samples: dict[str, TopicSample] = {}

    def add(self, document: Document, language: str) -> None:
        self._samples.setdefault(language, TopicSample(self.size, self.seed)).add(document)

    def fit(self) -> LanguageTopics:
        """Each language's topics, fitted on its own sample; a language with too few documents has none."""
        models = {language: sample.fit() for language, sample in sorted(self._samples.items())}
        topics, offsets = [], {}
        for language, model in models.items():
            offsets[language] = len(topics)
            topics.extend(Topic(topic.terms, language) for topic in model.topics)
        return LanguageTopics(models, topics, offsets)


@dataclass(frozen=True)
class LanguageTopics:
    """Topics fitted per language, numbered across languages in the order of their language codes.

    A document is given only the topics of its own language: `shares` is 0 on every other topic.
    """

    models: dict[str, TopicModel]
    topics: list[Topic]
    offsets: dict[str, int]

    def shares(self, document: Document, language: str) -> tuple[float, ...]:
        """Each topic's share of the document's fitted mass, across every language's topics; () when
        no language has topics."""
        shares = [0.0] * len(self.topics)
        model = self.models.get(language)
        if model is not None and model.topics:
            start = self.offsets[language]
            shares[start:start + len(model.topics)] = model.shares(document)
        return tuple(shares)

    def term_topic(self, words: Iterable[str], language: str) -> int | None:
        """The topic of the text's language whose top terms the words use most (see `TopicModel.term_topic`)."""
        model = self.models.get(language)
        found = model.term_topic(words) if model is not None else None
        return None if found is None else self.offsets[language] + found


def fit_topics(
    sample: Sequence[Document], documents: int | None = None, n_topics: int | None = None,
    min_documents: int = MIN_DOCUMENTS,
) -> TopicModel:
    """NMF topics over TF-IDF of the sample's terms found in at least MIN_TERM_DOCUMENTS documents.

    documents: how many the corpus holds (default: the sample is the corpus). Topics from a handful
    of pages just restate the pages, so below min_documents (or with too little shared vocabulary)
    there are none and the reason says why. n_topics defaults to about sqrt(documents / 2), 2 to 10.
    """
    if n_topics is not None and n_topics < 1:
        raise ValueError(f"n_topics must be at least 1, not {n_topics}")
    total = len(sample) if documents is None else documents
    matrix, vocabulary = _shared_vocabulary(sample)
    wanted = n_topics or max(2, min(10, round(math.sqrt(total / 2))))
    reason = _why_no_topics(total, len(sample), len(vocabulary), wanted, min_documents)
    if reason:
        return TopicModel([], reason, total, len(sample), len(vocabulary))
    weights = idf(matrix)
    counts = _TermCounts.of(matrix)
    matrix = tfidf(matrix, weights, copy=False)  # the counts' own arrays: the fit holds one matrix, not two
    components = nmf_components(matrix, wanted, max_iter=1000)
    del matrix
    topics = [_topic(row, vocabulary, counts) for row in components]
    return TopicModel(
        topics=topics, reason=None, documents=total, fitted_on=len(sample), vocabulary=len(vocabulary),
        _columns={term: j for j, term in enumerate(vocabulary)}, _idf=weights,
        _components=components, _solver=_gram_root(components), _term_topics=_term_topics(topics),
    )


def corpus_topics(
    documents: list[Document], n_topics: int | None = None, min_documents: int = MIN_DOCUMENTS
) -> CorpusTopics:
    """Topics fitted on every document, and each document's shares."""
    model = fit_topics(documents, n_topics=n_topics, min_documents=min_documents)
    weights = [model.shares(d) for d in documents] if model.topics else []
    return CorpusTopics(model.topics, weights, model.reason, model.documents, model.vocabulary)


def _counts(document: Document | tuple[bytes, bytes]) -> Mapping[str, int]:
    if isinstance(document, str):
        return Counter(topic_words(document))
    return _unpacked(document)


def _term_topics(topics: list[Topic]) -> dict[str, tuple[tuple[int, float], ...]]:
    """Each top term's (topic, weight) pairs, so a text is scored by a pass over its words."""
    pairs: dict[str, list[tuple[int, float]]] = {}
    for number, topic in enumerate(topics):
        for term in topic.terms:
            pairs.setdefault(term.term, []).append((number, term.weight))
    return {term: tuple(found) for term, found in pairs.items()}


def _why_no_topics(documents: int, fitted: int, vocabulary: int, wanted: int, min_documents: int) -> str | None:
    needed = max(min_documents, wanted)
    if documents < needed or fitted < needed:
        return f"{documents} document{'' if documents == 1 else 's'}: too few for topics (need at least {needed})"
    if vocabulary < 2 * wanted:
        shared = f"{vocabulary} terms shared by {MIN_TERM_DOCUMENTS}+ documents"
        return f"{shared}: too few for {wanted} topics (need at least {2 * wanted})"
    return None


def _shared_vocabulary(sample: Sequence[Document]) -> tuple[sparse.csr_matrix, list[str]]:
    """The count matrix of the terms in at least MIN_TERM_DOCUMENTS documents, and those terms in order.

    Document frequencies are counted first and only the shared terms go into the matrix: a matrix of
    all the sample's terms, reordered and then cut down, was most of the fit's memory. The shared
    terms' document frequencies add up to the matrix's stored counts, so its arrays are made at their
    size. The documents are unpacked one at a time, in each pass."""
    frequency = Counter(chain.from_iterable(map(_counts, sample)))  # a document's terms, each once
    shared = sorted(term for term, documents in frequency.items() if documents >= MIN_TERM_DOCUMENTS)
    stored = sum(frequency[term] for term in shared)
    del frequency
    return count_matrix(map(_counts, sample), shared, stored)


def _gram_root(components: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """R and S with ||R w - S H x||² = ||x - w H||² - ||x||² + ||S H x||², so both have one minimiser.

    With H Hᵀ = Q Λ Qᵀ: R = Λ^½ Qᵀ and S = Λ^-½ Qᵀ (Rᵀ S H x = H x, since H x lies in the range
    of H Hᵀ; eigenvalues near 0 are dropped, so linearly dependent topics do no harm). A k×k
    problem per article instead of one as wide as the vocabulary.
    """
    eigenvalues, vectors = np.linalg.eigh(components @ components.T)
    keep = eigenvalues > _EIGENVALUE_FLOOR * max(eigenvalues.max(), _EIGENVALUE_FLOOR)
    scale = np.sqrt(eigenvalues[keep])
    return scale[:, None] * vectors[:, keep].T, vectors[:, keep].T / scale[:, None]


@dataclass(frozen=True)
class _TermCounts:
    """Each term's count over the fitted documents and how many of them hold it, and how many there are."""

    totals: np.ndarray
    documents: np.ndarray
    fitted: int

    @classmethod
    def of(cls, matrix: sparse.csr_matrix) -> _TermCounts:
        columns = matrix.shape[1]
        totals = column_counts(matrix.indices, columns, weights=matrix.data)  # whole counts: exact
        return cls(totals, column_counts(matrix.indices, columns, kept=matrix.data != 0), matrix.shape[0])


def _topic(loadings: np.ndarray, vocabulary: list[str], counts: _TermCounts) -> Topic:
    total = loadings.sum() or 1.0
    top = sorted(np.flatnonzero(loadings > 0), key=lambda j: (-loadings[j], vocabulary[j]))
    terms = tuple(
        Term(vocabulary[j], _round(loadings[j] / total), int(counts.totals[j]), int(counts.documents[j]),
             counts.fitted, BACKGROUND_CORPUS)
        for j in top[:TERMS_PER_TOPIC]
    )
    return Topic(terms)


def _round(value: float) -> float:
    return round(float(value), 6)
