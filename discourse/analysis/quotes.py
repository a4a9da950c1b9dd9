"""Find the article sentences a comment quotes, exactly or nearly, with or without quotation marks.

Comparing every comment with every article sentence through difflib is quadratic and slow on
long threads, so candidate sentences are first picked by shared word trigrams (shingles) through
an inverted index; only those few are aligned with difflib.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain

from discourse.analysis.text import Prepared, clause_words, lower_findall, prepare, sentence_clause_tokens

SHINGLE = 3
MIN_SENTENCE_WORDS = 4
MIN_COVERAGE = 0.6
MIN_FRAGMENT_WORDS = 6

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True)
class Quote:
    """One quoted article sentence; similarity is the share of its words found in order in the comment."""

    sentence_index: int
    sentence: str
    comment_text: str
    similarity: float
    exact: bool


@dataclass(frozen=True)
class QuoteIndex:
    """Article sentences as word lists, and where each word trigram occurs, built once per article.

    Trigrams are kept as their hashes (`_shingles`). first maps a trigram to the first indexed sentence
    that has it; shared, the few trigrams found in more than one sentence to all of theirs, in order
    (most trigrams occur once: so the index is built by dict operations, not a Python step per trigram)."""

    sentences: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]
    first: dict[int, int]
    shared: dict[int, list[int]]


def _spans(text: str) -> list[tuple[int, int]]:
    """The character offsets of the words of `_lower_words`, so a match can be cut out of the original."""
    return [m.span() for m in _WORD.finditer(text)]


def _shingles(words: list[str] | tuple[str, ...]) -> set[int]:
    """Word trigrams (SHINGLE = 3), as the hashes of the word triples: a comment's and each article
    sentence's trigrams are kept while the page is analysed, and an int is half the size of a triple
    (two different triples with one 64-bit hash, about one chance in 2**64 a pair, could at most make a
    sentence a candidate that difflib then aligns)."""
    return set(map(hash, zip(words, words[1:], words[2:])))


def _lower_words(text: str) -> list[str]:
    """The comment's words, lower-cased (their offsets, `_spans`, are needed only to cut out a quote).
    "’" and "'" are alike to the pattern, so it is replaced in the text rather than in each word."""
    return lower_findall(_WORD, text.replace("’", "'"))


def build_index(article_sentences: Sequence[str]) -> QuoteIndex:
    """Index an article's sentences by word trigram; reuse it for all comments on that article.

    Sentences shorter than MIN_SENTENCE_WORDS are not indexed. Each sentence's trigrams are a set, so
    no sentence is listed twice for one trigram."""
    indexed = [_indexed_sentence(s) for s in article_sentences]
    kept = [(i, shingles) for i, (words, shingles) in enumerate(indexed) if len(words) >= MIN_SENTENCE_WORDS]
    first: dict[int, int] = {}
    for i, shingles in reversed(kept):  # the earliest sentence's index is written last
        first.update(dict.fromkeys(shingles, i))
    shared: dict[int, list[int]] = {}
    if sum(len(shingles) for _, shingles in kept) > len(first):  # some trigram is in several sentences
        repeated = {shingle for shingle, n in Counter(chain.from_iterable(s for _, s in kept)).items() if n > 1}
        for i, shingles in kept:
            for shingle in shingles & repeated:
                shared.setdefault(shingle, []).append(i)
    return QuoteIndex(tuple(article_sentences), tuple(w for w, _ in indexed), first, shared)


@lru_cache(maxsize=4096)
def _indexed_sentence(sentence: str) -> tuple[tuple[str, ...], frozenset[int]]:
    """A sentence's words and trigrams; memoised, as a page indexes its article's sentences twice
    (per paragraph for display, and in the whole text as the stance cues' context)."""
    words = tuple(_lower_words(sentence))
    return words, frozenset(_shingles(words))


def prepared_index(prepared: Prepared) -> QuoteIndex:
    """The quote index of a prepared text's sentences, built once (use `prepared.using`)."""
    return build_index(prepared.sentences)


def _candidates(index: QuoteIndex, comment_shingles: set[int]) -> list[int]:
    """Sentences sharing at least two trigrams with the comment (one for short sentences)."""
    hits: Counter[int] = Counter()
    first, shared = index.first, index.shared
    for shingle in first.keys() & comment_shingles:  # most of a comment's trigrams are in no sentence
        if shingle in shared:
            hits.update(shared[shingle])
        else:
            hits[first[shingle]] += 1
    return sorted(i for i, n in hits.items() if n >= min(2, len(index.words[i]) - SHINGLE + 1))


def _align(
    index: QuoteIndex, i: int, comment: str, spans: list[tuple[int, int]], comment_words: list[str]
) -> Quote | None:
    """Align one candidate sentence with the comment; keep it if most of it, or a long run, is there."""
    sentence = index.words[i]
    blocks = [
        b
        for b in SequenceMatcher(None, sentence, comment_words, autojunk=False).get_matching_blocks()
        if b.size >= 2
    ]
    if not blocks:
        return None
    coverage = sum(b.size for b in blocks) / len(sentence)
    if coverage < MIN_COVERAGE and max(b.size for b in blocks) < MIN_FRAGMENT_WORDS:
        return None
    start, end = spans[blocks[0].b][0], spans[blocks[-1].b + blocks[-1].size - 1][1]
    exact = len(blocks) == 1 and blocks[0].size == len(sentence)
    return Quote(i, index.sentences[i], comment[start:end], round(coverage, 3), exact)


def find_quotes(
    comment: str | Prepared, article_sentences: Sequence[str], index: QuoteIndex | None = None
) -> list[Quote]:
    """Article sentences the comment quotes, in article order. Pass a prebuilt index at corpus scale.

    A `Prepared` comment is tokenised once for all the indexes it is matched against."""
    index = index or build_index(list(article_sentences))
    prepared = prepare(comment)
    candidates = _candidates(index, prepared.using(_comment_shingles))
    if not candidates:
        return []
    spans, words = prepared.get(_spans), prepared.using(_comment_words)
    found = (_align(index, i, prepared.text, spans, words) for i in candidates)
    return [q for q in found if q is not None]


def _comment_words(prepared: Prepared) -> list[str]:
    """`_lower_words` of the text, from the reading its claim terms share (`clause_words`)."""
    return prepared.using(clause_words)


def _comment_shingles(prepared: Prepared) -> set[int]:
    return _shingles(prepared.using(_comment_words))


def quotes_of(comment: str | Prepared, source: Prepared) -> list[Quote]:
    """`find_quotes` against the sentences of another prepared text (a parent comment, an article),
    found once per comment and source (the page's own quotes of the article and the stance cue ask alike).

    Its index is built only when the comment shares a word trigram with it (every trigram of a
    sentence is one of the whole text's, so without one nothing can be quoted)."""
    return prepare(comment).using(source.using(_quotes_in))


def _quotes_in(source: Prepared):
    """The function of a prepared comment that finds its quotes of source: one per source, so that a
    comment's memo keeps its quotes of each text it was read against."""

    def quotes(prepared: Prepared) -> list[Quote]:
        if prepared.using(_comment_shingles).isdisjoint(source.using(_comment_shingles)):
            return []
        return find_quotes(prepared, source.sentences, source.using(prepared_index))

    return quotes


# A comment's forms that only the quote passes read: its words, their offsets, its trigrams, and, when it is a
# parent, its sentences' index and the function that finds its replies' quotes of it (`Prepared.forget` drops them
# once no reply is left to read them).
COMMENT_FORMS = (
    _comment_shingles, _comment_words, clause_words, sentence_clause_tokens, _spans, prepared_index, _quotes_in,
)
