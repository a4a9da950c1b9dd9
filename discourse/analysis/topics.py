"""What a page is about, whether comments stay on it, and what commenters add.

All functions are pure and deterministic, and every number comes with the counts or
terms behind it, so a report can show why a comment scored as it did. Words are
`content_words`: lower-cased tokens minus stop words, numbers and 1-2 letter tokens.
Similarity, distinctiveness and corpus topics (`topic_model`) use `topic_words`, which also drop
everyday words (think, people, good) that match by accident rather than by topic.
Text in scripts the tokenizer does not cover (e.g. Cyrillic, CJK) yields no words and
so scores zero rather than failing.
"""

from __future__ import annotations

import heapq
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse

from discourse.analysis.stopwords import COMMON_WORDS, STOPWORDS
from discourse.analysis.text import Prepared, text_tokens, tokenize

BACKGROUND_CORPUS = "corpus"
BACKGROUND_COMMON_WORDS = "common-english"
BACKGROUND_DOCUMENTS = 9
PRIOR_FLOOR = 0.01

_ACRONYMS = {"US": "u.s", "UK": "u.k", "UN": "u.n", "EU": "e.u"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NUMBER = re.compile(r"[\d.-]+")


@dataclass(frozen=True)
class Term:
    """A weighted term with the counts behind its weight.

    document_frequency is out of `documents`; background says what those were:
    BACKGROUND_CORPUS (the given documents plus this one) or BACKGROUND_COMMON_WORDS
    (this document plus BACKGROUND_DOCUMENTS pseudo-documents of everyday English, each
    holding every word in `stopwords.COMMON_WORDS` and nothing else).
    """

    term: str
    weight: float
    count: int
    document_frequency: int
    documents: int
    background: str


@dataclass(frozen=True, slots=True)
class OnTopic:
    """Cosine similarity of a comment to the article, split by the terms that carry it.

    contributions[i] is the part of score supplied by shared_terms[i]; they sum to score.
    """

    score: float
    shared_terms: tuple[str, ...]
    contributions: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Drift:
    """How much less on topic a comment is than the comments above it.

    from_parent = score(parent) - score(comment); from_thread_root is the same against
    the top-level comment that opened the thread. Positive means the reply moved away
    from the article. Both are None for top-level comments, which answer the article
    itself (their off-topicness is simply 1 - score).
    """

    comment: int
    parent: int | None
    thread_root: int
    from_parent: float | None
    from_thread_root: float | None


@dataclass(frozen=True)
class Distinctive:
    """A word commenters favour over the article (Monroe, Colaresi & Quinn 2008).

    log_odds is the prior-smoothed log-odds ratio, comments versus article; z is it
    divided by its estimated standard deviation, so |z| > 1.96 is unlikely by chance.
    comments_using shows whether many commenters use the word or one repeats it.
    """

    term: str
    z: float
    log_odds: float
    count_comments: int
    count_article: int
    comments_using: int


def content_words(text: str | Prepared) -> list[str]:
    """Topic-bearing words: lower-cased, possessives stripped, stop words and numbers dropped."""
    if isinstance(text, Prepared):
        return list(text.using(_prepared_content_words))
    return list(_content_words(text))


def topic_words(text: str | Prepared) -> list[str]:
    """Content words that are not everyday vocabulary, for matching texts by topic."""
    if isinstance(text, Prepared):
        return list(text.using(_prepared_topic_words))
    return list(_topic_words(text))


def _content_words(text: str) -> tuple[str, ...]:
    _bounded_content_forms()
    return tuple(filter(None, map(_content_form, tokenize(text))))


def _prepared_content_words(prepared: Prepared) -> tuple[str, ...]:
    """The content words of its sentences' tokens, which the sentiment reads too (`text.sentence_tokens`),
    so a comment is tokenised once for both."""
    _bounded_content_forms()
    return tuple(filter(None, map(_content_form, text_tokens(prepared.sentences))))


def _bounded_content_forms() -> None:
    """Empty the memo of content forms once it holds `CONTENT_FORMS_HELD` tokens (checked once a text)."""
    if _content_form.cache_info().currsize >= CONTENT_FORMS_HELD:
        _content_form.cache_clear()


def _paragraph_content_words(prepared: Prepared) -> tuple[tuple[str, ...], ...]:
    return tuple(_content_words(paragraph) for paragraph in _PARAGRAPH_BREAK.split(prepared.text))


def _topic_words(text: str) -> tuple[str, ...]:
    return tuple(filterfalse(COMMON_WORDS.__contains__, _content_words(text)))


def _prepared_topic_words(prepared: Prepared) -> tuple[str, ...]:
    return tuple(filterfalse(COMMON_WORDS.__contains__, prepared.using(_prepared_content_words)))


def _text(text: str | Prepared) -> str:
    return text.text if isinstance(text, Prepared) else text


def _topic_counts(text: str | Prepared) -> Counter[str]:
    """Counter of topic words; shared per prepared text, so callers must not change it."""
    if isinstance(text, Prepared):
        return text.using(_prepared_topic_counts)
    return Counter(_topic_words(text))


def _prepared_topic_counts(prepared: Prepared) -> Counter[str]:
    return Counter(prepared.using(_prepared_topic_words))


# Longer words are no content words: the longest seen in the dev comments and articles that are words and
# not web addresses are German compounds of up to 28 letters ("Selbstvermarktungsstrategien").
LONGEST_CONTENT_WORD = 30

# The memo of `_content_form` holds at most this many tokens: it is emptied with each page's memos, and by
# `_bounded_content_forms` when texts read outside pages (key terms of a corpus, evaluation records) fill it.
CONTENT_FORMS_HELD = 1 << 16


# Unbounded for lru_cache, which then keeps a plain dict: a bounded one adds a linked-list node of about
# 90 bytes per token (0.5 MiB on a page of 528 comments) and moves it on every hit.
@lru_cache(maxsize=None)
def _content_form(token: str) -> str | None:
    """A token's content word, or None when it is not one (memoised: tokens repeat a lot): lower-cased
    (US, UK, UN and EU as u.s, u.k, u.n, e.u), a possessive "'s" or trailing apostrophes cut, and none
    when shorter than 3 letters or longer than `LONGEST_CONTENT_WORD` (a web address's slug, a keyboard
    run, a pasted code: no term a reader argues over), a stop word, a number or not starting with a letter or
    digit. A token already in lower case is its own content word, not a copy, so the page's word and it are
    one string."""
    if token in _ACRONYMS:
        word = _ACRONYMS[token]
    else:
        word = token.lower()
        if word == token:
            word = token
        if "’" in word:
            word = word.replace("’", "'")
        word = word[:-2] if word.endswith("'s") else word.rstrip("'")
    too_short_or_long = not 3 <= len(word) <= LONGEST_CONTENT_WORD
    if too_short_or_long or word in STOPWORDS or not word[0].isalnum():
        return None
    # A number starts with a decimal digit (`\d` is Unicode's Nd, which `isdecimal` tells), the letter or
    # digit it starts with being no "." or "-": most words need no match.
    if word[0].isdecimal() and _NUMBER.fullmatch(word):
        return None
    return word


def _round(value: float) -> float:
    return round(float(value), 6)


def key_terms(
    document: str | Prepared,
    corpus: list[str] | None = None,
    k: int = 10,
    *,
    parts: Sequence[str | Prepared] | None = None,
) -> list[Term]:
    """The document's k highest TF-IDF terms, L2-normalised so weights lie in [0, 1].

    parts: the texts the document joins with blank lines (a page's comments), whose words are
    counted part by part rather than by tokenising the document again.

    idf = ln((1 + N) / (1 + df)) + 1 over N documents. With a corpus, those are the
    corpus plus this document (once, even if the corpus holds it too). A single page has no peers, so without a corpus the
    background is a stand-in in which everyday words are everywhere and others rare:
    "think" or "people" then weigh about 0.37 of a topic word used as often.
    """
    if parts is None:
        counts = Counter(content_words(document))
    else:
        counts = Counter()
        for part in parts:
            words = part.using(_prepared_content_words) if isinstance(part, Prepared) else _content_words(part)
            counts.update(words)
    if corpus is None:
        # BACKGROUND_DOCUMENTS copies of COMMON_WORDS: a word is in all of them or in none.
        label, documents = BACKGROUND_COMMON_WORDS, BACKGROUND_DOCUMENTS + 1
        frequency = Counter({w: 1 + BACKGROUND_DOCUMENTS * (w in COMMON_WORDS) for w in counts})
    else:
        background = [set(content_words(text)) for text in corpus if text != _text(document)]
        label = BACKGROUND_CORPUS
        frequency = _document_frequency(counts, background)
        documents = len(background) + 1
    idf = {df: math.log((1 + documents) / (1 + df)) + 1 for df in set(frequency.values())}  # few distinct df
    raw = {t: c * idf[frequency[t]] for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
    top = heapq.nsmallest(k, ((-_round(v / norm), t) for t, v in _contenders(raw, k, norm)))
    return [Term(t, -weight, counts[t], frequency[t], documents, label) for weight, t in top]


def _contenders(raw: dict[str, float], k: int, norm: float) -> Iterable[tuple[str, float]]:
    """The terms that can be among the k highest once their weights (raw / norm) are rounded to 6
    decimals: rounding never reorders two weights, only ties them, so a term whose weight is more than
    two rounding steps below the k-th highest cannot be (the rest are not rounded: most of a long
    text's terms)."""
    if k <= 0 or len(raw) <= 4 * k:
        return raw.items()
    floor = heapq.nlargest(k, raw.values())[-1] - _CONTENDER_MARGIN * norm
    return [(t, v) for t, v in raw.items() if v >= floor]


_CONTENDER_MARGIN = 1e-5  # in weight units: two rounding steps (1e-6 each) and room for float error


def _document_frequency(counts: Counter[str], background: Iterable[Set[str]]) -> Counter[str]:
    frequency = Counter(dict.fromkeys(counts, 1))
    for words in background:
        frequency.update(word for word in counts if word in words)
    return frequency


def on_topic_scores(article: str | Prepared, comments: Sequence[str | Prepared]) -> list[OnTopic]:
    """Cosine similarity of each comment to the article, with the shared terms behind it.

    One TF-IDF model is fitted per page on the article's paragraphs plus the comments,
    so a word the article uses in every paragraph counts less than a specific one:
    idf = ln((1 + N) / (1 + df)) + 1 over those N documents, vectors L2-normalised (scikit-learn's
    TfidfTransformer defaults, computed here in plain Python: a page is small, and building
    sparse matrices for it cost more than the arithmetic).
    """
    article_counts = _topic_counts(article)
    if not comments or not article_counts:
        return [OnTopic(0.0, (), ()) for _ in comments]
    paragraphs = _paragraph_topic_counts(article)
    comment_counts = [_topic_counts(c) for c in comments]
    frequency: Counter[str] = Counter()
    for counts in paragraphs + comment_counts:
        frequency.update(counts.keys())
    documents = len(paragraphs) + len(comment_counts) + 1
    by_frequency = {df: math.log(documents / (df + 1)) + 1 for df in set(frequency.values())}
    idf = {word: by_frequency[df] for word, df in frequency.items()}
    article_vector = _unit_tfidf(article_counts, idf)
    return [_on_topic(_unit_tfidf(counts, idf), article_vector) for counts in comment_counts]


def _paragraph_topic_counts(article: str | Prepared) -> list[Counter[str]]:
    if isinstance(article, Prepared):
        paragraphs = article.using(_paragraph_content_words)
        return [Counter(filterfalse(COMMON_WORDS.__contains__, words)) for words in paragraphs]
    return [_topic_counts(p) for p in _PARAGRAPH_BREAK.split(article)]


def _unit_tfidf(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """TF-IDF weights of the words in the model's vocabulary, scaled to unit length."""
    weights = {word: count * idf[word] for word, count in sorted(counts.items()) if word in idf}
    values = weights.values()
    norm = math.sqrt(sum(map(operator.mul, values, values)))
    return {word: v / norm for word, v in weights.items()} if norm else weights


def _on_topic(comment: dict[str, float], article: dict[str, float]) -> OnTopic:
    """One comment's term-by-term products with the article vector."""
    pairs = sorted(
        ((word, v * article[word]) for word, v in comment.items() if word in article),
        key=lambda pair: (-pair[1], pair[0]),
    )
    pairs = [(word, v) for word, v in pairs if v > 0]
    score = min(1.0, sum(v for _, v in pairs))
    return OnTopic(_round(score), tuple(t for t, _ in pairs), tuple(_round(v) for _, v in pairs))


def drift_along_branches(parents: list[int | None], scores: list[float]) -> list[Drift]:
    """Per comment, how far its on-topic score fell from its parent's and thread root's.

    parents[i] is the 1-based index of comment i+1's parent, as in `Comment.parent`.
    A parent that is not an earlier comment cannot come from a repaired reply tree, so
    rather than guess, that comment is treated as top-level.
    """
    if len(parents) != len(scores):
        raise ValueError(f"{len(parents)} parents but {len(scores)} scores")
    roots: list[int] = []
    drifts: list[Drift] = []
    for index, (parent, score) in enumerate(zip(parents, scores), start=1):
        if parent is None or not 1 <= parent < index:
            roots.append(index)
            drifts.append(Drift(index, None, index, None, None))
            continue
        root = roots[parent - 1]
        roots.append(root)
        from_parent = _round(scores[parent - 1] - score)
        drifts.append(Drift(index, parent, root, from_parent, _round(scores[root - 1] - score)))
    return drifts


def distinctive_words(
    comments: Sequence[str | Prepared], article: str | Prepared, prior: list[str] | None = None, k: int = 15
) -> list[Distinctive]:
    """Words commenters use more than the article, by z-scored log-odds (Monroe et al. 2008).

    The informative Dirichlet prior alpha_w is the word's count in `prior` (default:
    comments and article pooled) plus PRIOR_FLOOR, which shrinks rare words towards no
    difference so a word said once is not "distinctive". Only words with z > 0 (leaning
    to the comments) are returned, highest z first; odds need at least two distinct words.
    """
    per_comment = [_topic_counts(c) for c in comments]
    counts = _GroupCounts.of(per_comment, _topic_counts(article))
    if prior is None:
        background = counts.comments + counts.article
    else:
        background = _pooled(Counter(topic_words(text)) for text in prior)
    alpha = {w: background[w] + PRIOR_FLOOR for w in counts.comments | counts.article}
    if len(alpha) < 2:
        return []
    alpha_total = sum(alpha.values())
    top = heapq.nsmallest(k, ((-z, w) for z, w in _z_scores(counts, alpha, alpha_total) if z > 0))
    return [_distinctive(w, counts, alpha[w], alpha_total) for _, w in top]


@dataclass(frozen=True)
class _GroupCounts:
    comments: Counter[str]
    article: Counter[str]
    comments_total: int
    article_total: int
    comments_using: Counter[str]

    @classmethod
    def of(cls, per_comment: list[Counter[str]], article: Counter[str]) -> _GroupCounts:
        comments = _pooled(per_comment)
        using = Counter(word for counts in per_comment for word in counts)
        return cls(comments, article, comments.total(), article.total(), using)


def _pooled(counters: Iterable[Counter[str]]) -> Counter[str]:
    pooled: Counter[str] = Counter()
    for counts in counters:
        pooled.update(counts)
    return pooled


def _distinctive(word: str, counts: _GroupCounts, alpha: float, alpha_total: float) -> Distinctive:
    z, log_odds = _z_and_log_odds(word, counts, alpha, alpha_total)
    in_comments, in_article = counts.comments[word], counts.article[word]
    using = counts.comments_using[word]
    return Distinctive(word, _round(z), _round(log_odds), in_comments, in_article, using)


def _z(word: str, counts: _GroupCounts, alpha: float, alpha_total: float) -> float:
    """The rounded z-score alone, to rank every word before building the top few."""
    return _round(_z_and_log_odds(word, counts, alpha, alpha_total)[0])


def _z_scores(counts: _GroupCounts, alpha: dict[str, float], alpha_total: float) -> Iterator[tuple[float, str]]:
    """(`_z`, word) for every comment word. A word's z depends on nothing but its two counts and its alpha,
    and most words share theirs with others (said once in the comments, never in the article), so each
    distinct triple is computed once."""
    known: dict[tuple[int, int, float], float] = {}
    comments, article = counts.comments, counts.article
    for word in comments:
        key = (comments[word], article[word], alpha[word])
        z = known.get(key)
        if z is None:
            z = known[key] = _z(word, counts, alpha[word], alpha_total)
        yield z, word


def _z_and_log_odds(word: str, counts: _GroupCounts, alpha: float, alpha_total: float) -> tuple[float, float]:
    in_comments, in_article = counts.comments[word], counts.article[word]
    log_odds = _log_odds(in_comments, counts.comments_total, alpha, alpha_total) - _log_odds(
        in_article, counts.article_total, alpha, alpha_total
    )
    return log_odds / math.sqrt(1 / (in_comments + alpha) + 1 / (in_article + alpha)), log_odds


def _log_odds(count: int, total: int, alpha: float, alpha_total: float) -> float:
    return math.log((count + alpha) / (total + alpha_total - count - alpha))
