"""Find the article sentences a comment quotes, exactly or nearly, with or without quotation marks.

Comparing every comment with every article sentence through difflib is quadratic and slow on
long threads, so candidate sentences are first picked by shared word trigrams (shingles) through
an inverted index; only those few are aligned with difflib.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

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
    """Article sentences as word lists plus a shingle -> sentence index map, built once per article."""

    sentences: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]
    shingles: dict[tuple[str, ...], frozenset[int]]


def _words(text: str) -> list[tuple[str, int, int]]:
    """Lower-cased words with their character offsets, so a match can be cut out of the original."""
    return [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text)]


def _shingles(words: list[str] | tuple[str, ...]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def build_index(article_sentences: list[str]) -> QuoteIndex:
    """Index an article's sentences by word trigram; reuse it for all comments on that article."""
    words = tuple(tuple(w for w, _, _ in _words(s)) for s in article_sentences)
    postings: dict[tuple[str, ...], set[int]] = {}
    for i, sentence_words in enumerate(words):
        if len(sentence_words) >= MIN_SENTENCE_WORDS:
            for shingle in _shingles(sentence_words):
                postings.setdefault(shingle, set()).add(i)
    return QuoteIndex(
        tuple(article_sentences), words, {k: frozenset(v) for k, v in postings.items()}
    )


def _candidates(index: QuoteIndex, comment_words: list[str]) -> list[int]:
    """Sentences sharing at least two trigrams with the comment (one for short sentences)."""
    hits: Counter[int] = Counter()
    for shingle in _shingles(comment_words):
        hits.update(index.shingles.get(shingle, ()))
    return sorted(i for i, n in hits.items() if n >= min(2, len(index.words[i]) - SHINGLE + 1))


def _align(index: QuoteIndex, i: int, comment: str, tokens: list[tuple[str, int, int]]) -> Quote | None:
    """Align one candidate sentence with the comment; keep it if most of it, or a long run, is there."""
    sentence = index.words[i]
    comment_words = [w for w, _, _ in tokens]
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
    start, end = tokens[blocks[0].b][1], tokens[blocks[-1].b + blocks[-1].size - 1][2]
    exact = len(blocks) == 1 and blocks[0].size == len(sentence)
    return Quote(i, index.sentences[i], comment[start:end], round(coverage, 3), exact)


def find_quotes(
    comment: str, article_sentences: list[str], index: QuoteIndex | None = None
) -> list[Quote]:
    """Article sentences the comment quotes, in article order. Pass a prebuilt index at corpus scale."""
    index = index or build_index(article_sentences)
    tokens = _words(comment)
    candidates = _candidates(index, [w for w, _, _ in tokens])
    found = (_align(index, i, comment, tokens) for i in candidates)
    return [q for q in found if q is not None]
