"""Page analyses as three tidy tables (articles, comments, sentences) for pandas and spreadsheets.

Columns, their order and dtypes come from `discourse.report.columns`, so a column cannot be
added here without being documented there. Nullable dtypes (Int64, boolean, string) keep a
missing value missing instead of turning an int column into floats.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from discourse.analysis.page import CommentAnalysis, PageAnalysis, SentenceAnalysis
from discourse.analysis.stance import Stance
from discourse.analysis.summary import Summary, summarise
from discourse.analysis.language import guess_language, language_topic_words
from discourse.analysis.text import Prepared
from discourse.report.columns import LIST_SEPARATOR, TABLES, dtypes, text_columns

if TYPE_CHECKING:  # pandas and the topic model (SciPy) load where tables are built, not in workers
    import pandas as pd

    from discourse.analysis.topic_model import LanguageTopics, Topic


@dataclass(frozen=True)
class Frames:
    """The three tables, joined on article_id."""

    articles: pd.DataFrame
    comments: pd.DataFrame
    sentences: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(name, getattr(self, name)) for name in TABLES]


TOPIC_TERMS = 1000


@dataclass(frozen=True)
class PageRows:
    """One page's rows before the corpus is known; `finish_rows` fills article_id and the topic columns.

    Plain values, no analysis: a worker process can send it, and an export can spool it to disk.
    """

    path: str
    article: dict
    comments: list[dict]
    sentences: list[dict]
    topic_counts: dict[str, int]  # the article's, for the corpus topics
    comment_topic_words: list[str]  # each comment's topic words, space-separated, for its topic
    language: str = "und"  # the article's, guessed: topics are fitted within a language
    record: str | None = None  # an export item's own id, which becomes its article_id


def to_frames(analyses: Iterable[PageAnalysis]) -> Frames:
    """Tables for a batch of analysed pages; topics are fitted as `discourse export` fits them."""
    from discourse.analysis.topic_model import LanguageSample

    pages = [page_rows(analysis) for analysis in analyses]
    sample = LanguageSample()
    for page in pages:
        sample.add(page.topic_counts, page.language)
    topics = sample.fit()
    ids = article_ids([page.path for page in pages], [page.record for page in pages])
    finished = [finish_rows(page, article_id, topics) for page, article_id in zip(pages, ids)]
    return Frames(table_frame("articles", [page.article for page in finished]),
                  table_frame("comments", [row for page in finished for row in page.comments]),
                  table_frame("sentences", [row for page in finished for row in page.sentences]))


def page_rows(analysis: PageAnalysis) -> PageRows:
    """Everything the tables need from one analysed page, so the analysis can be dropped.

    Comments take their article's language: a short comment's own guess is unsure."""
    text = analysis.page.article.text
    language = guess_language(text) if analysis.article_language is None else analysis.article_language
    article, *comments = _as_prepared(analysis)
    return PageRows(
        path=analysis.page.source.path,
        article=_article_row(analysis, summarise(analysis), language),
        comments=_comment_rows(analysis),
        sentences=[_sentence_row(sentence) for sentence in analysis.sentences],
        topic_counts=topic_counts(article, language),
        comment_topic_words=[" ".join(language_topic_words(comment, language)) for comment in comments],
        language=language,
        record=export_record(analysis.page),
    )


def _as_prepared(analysis: PageAnalysis) -> list[str | Prepared]:
    """The article's text, then each comment's, as the analysis prepared them where it read the same
    text (so their words are not found again), else as written."""
    texts: list[str | Prepared] = [analysis.page.article.text, *(c.comment.text for c in analysis.comments)]
    for i, prepared in enumerate(analysis.prepared[:len(texts)]):
        if prepared.text == texts[i]:
            texts[i] = prepared
    return texts


def export_record(page) -> str | None:
    """The item id of a page read from an export (a post, thread or article id), else None."""
    from discourse.parse.exports import EXPORT_FORMATS

    return page.source.record if page.source.format in EXPORT_FORMATS else None


def topic_counts(text: str | Prepared, language: str = "en", terms: int = TOPIC_TERMS) -> dict[str, int]:
    """The text's `terms` most frequent topic words (of a text in `language`) with their counts.

    Corpus topics need no more of a page: topics fitted on these are those of the full texts,
    bar the rarest words of a very long article.
    """
    counts = Counter(language_topic_words(text, language))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:terms])


def finish_rows(page: PageRows, article_id: str, topics: LanguageTopics) -> PageRows:
    """The page's rows with their article_id and topic columns (topics of the page's language only)."""
    topic, share = _dominant(topics.shares(page.topic_counts, page.language)) if topics.topics else (None, None)
    article = {**page.article, "article_id": article_id, "topic": topic, "topic_share": share,
               "topic_terms": _topic_terms(topics.topics[topic]) if topic is not None else None}
    comments = [{**row, "article_id": article_id, "topic": topics.term_topic(words.split(), page.language)}
                for row, words in zip(page.comments, page.comment_topic_words)]
    sentences = [{**row, "article_id": article_id} for row in page.sentences]
    return replace(page, article=article, comments=comments, sentences=sentences)


def article_ids(paths: list[str], records: list[str | None] | None = None) -> list[str]:
    """File stems (an export item's own id where given), made unique in input order: a repeated one
    gets -2, -3 …"""
    ids = ArticleIds()
    return [ids.next(path, record) for path, record in zip(paths, records or [None] * len(paths))]


class ArticleIds:
    """Article ids handed out one page at a time, as `article_ids` gives them for the whole list."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def next(self, path: str, record: str | None = None) -> str:
        stem = candidate = record or Path(path).stem
        suffix = 2
        while candidate in self._used:
            candidate, suffix = f"{stem}-{suffix}", suffix + 1
        self._used.add(candidate)
        return candidate


def table_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows in the documented column order and dtypes; an undocumented or missing column is a bug."""
    import pandas as pd

    names = list(dtypes(table))
    for row in rows:
        if list(row) != names:
            raise ValueError(f"{table} row columns differ from the data dictionary: {sorted(set(row) ^ set(names))}")
    frame = pd.DataFrame(rows, columns=names).astype(dtypes(table))
    text = text_columns(table)
    frame[text] = frame[text].mask(frame[text] == "")
    return frame


def _article_row(analysis: PageAnalysis, summary: Summary, language: str) -> dict:
    """The article's row; article_id and the topic columns are placeholders until `finish_rows`."""
    page, article = analysis.page, analysis.page.article
    comments = analysis.comments
    return {
        "article_id": None,
        "path": page.source.path,
        "title": article.title,
        "title_inferred": article.title_inferred,
        "author": article.author,
        "outlet": article.outlet,
        "section": article.section,
        "url": article.url,
        "date": article.date,
        "encoding": page.source.encoding,
        "language": language,
        "paragraphs": len(article.paragraphs),
        "words": len(article.text.split()),
        "sentences": len(analysis.sentences),
        "comments_found": summary.comments,
        "comments_declared": summary.declared,
        "comments_closed": page.comments.closed,
        "comments_status": page.comments.status,
        "comments_doubtful": page.comments.doubtful,
        "comment_doubts": _listed(page.comments.doubts),
        "comments_nesting_hidden": page.comments.nesting_hidden,
        "repairs": len(page.comments.repairs),
        "threads": summary.threads,
        "max_depth": summary.max_depth,
        "commenters": summary.commenters,
        "author_comments": len(summary.author_replies),
        "reader_comments": summary.disagreement.n + summary.unclear,
        "unclear_stances": summary.unclear,
        "article_polarity": analysis.article_sentiment.polarity,
        "article_subjectivity": analysis.article_sentiment.subjectivity,
        "comment_polarity_mean": _mean(c.sentiment.polarity for c in comments),
        "comment_subjectivity_mean": _mean(c.sentiment.subjectivity for c in comments),
        "sentiment_p_value": summary.sentiment_test.p_value,
        "disagree_share": summary.disagreement.share,
        "disagree_low": summary.disagreement.low,
        "disagree_high": summary.disagreement.high,
        "agree_share": summary.agreement.share,
        "agree_low": summary.agreement.low,
        "agree_high": summary.agreement.high,
        "controversy": summary.controversy,
        "on_topic_share": summary.on_topic.share,
        "key_terms": _listed(t.term for t in analysis.article_terms),
        "topic": None,
        "topic_share": None,
        "topic_terms": None,
    }


def _mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values there are (a text not in English has no polarity)."""
    values = [value for value in values if value is not None]
    return sum(values) / len(values) if values else None


def _listed(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _dominant(weights: tuple[float, ...]) -> tuple[int | None, float | None]:
    """The topic with the largest share (lowest id on ties); none for a document without topic terms."""
    best = max(range(len(weights)), key=lambda t: (weights[t], -t))
    return (best, weights[best]) if weights[best] > 0 else (None, None)


def _topic_terms(topic: Topic) -> str:
    return _listed(term.term for term in topic.terms)


def _comment_rows(analysis: PageAnalysis) -> list[dict]:
    positions: Counter[int] = Counter()
    rows = []
    for c in analysis.comments:
        positions[c.thread_root] += 1
        rows.append(_comment_row(c, positions[c.thread_root]))
    return rows


def _comment_row(c: CommentAnalysis, position: int) -> dict:
    quote = max(c.quotes, key=lambda q: q.similarity, default=None)
    to_parent = c.stance_to_parent
    return {
        "article_id": None,
        "comment_index": c.index,
        "parent_index": c.comment.parent,
        "depth": c.comment.depth,
        "thread_root": c.thread_root,
        "position": position,
        "author": c.comment.author,
        "is_author": c.is_author,
        "date": c.comment.date,
        "text": c.comment.text,
        "words": c.words,
        "polarity": c.sentiment.polarity,
        "subjectivity": c.sentiment.subjectivity,
        "sentiment_label": c.sentiment.label,
        "sentiment_evidence": _listed(e.text for e in c.sentiment.evidence),
        "on_topic": c.on_topic.score,
        "drift_from_parent": c.drift.from_parent,
        "topic": None,
        "stance_to_author": c.stance_to_author.label,
        "stance_to_author_score": c.stance_to_author.score,
        "stance_to_author_confidence": c.stance_to_author.confidence,
        "stance_to_author_cues": _cues(c.stance_to_author),
        "stance_to_parent": to_parent.label if to_parent else None,
        "stance_to_parent_score": to_parent.score if to_parent else None,
        "stance_to_parent_confidence": to_parent.confidence if to_parent else None,
        "stance_to_parent_cues": _cues(to_parent) if to_parent else None,
        "quotes": len(c.quotes),
        "quoted_sentence": quote.sentence_index if quote else None,
        "quoted_text": quote.sentence if quote else None,
    }


def _cues(stance: Stance) -> str:
    """The cues behind the label, strongest first; cues that pushed against it are left out."""
    pushing = [cue for cue in stance.cues if cue.is_rule]
    pushing += sorted((cue for cue in stance.cues if cue.weight > 0), key=lambda cue: -cue.weight)
    return _listed(f"{cue.name}: {cue.text}" for cue in pushing)


def _sentence_row(sentence: SentenceAnalysis) -> dict:
    return {
        "article_id": None,
        "sentence_index": sentence.index,
        "paragraph_index": sentence.paragraph,
        "text": sentence.text,
        "polarity": sentence.sentiment.polarity,
        "subjectivity": sentence.sentiment.subjectivity,
        "sentiment_label": sentence.sentiment.label,
        "quoted_by": len(sentence.quoted_by),
        "contested_by": len(sentence.contested_by),
    }


__all__ = ["Frames", "PageRows", "ArticleIds", "to_frames", "page_rows", "finish_rows", "table_frame", "article_ids",
           "topic_counts"]
