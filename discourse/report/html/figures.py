"""The per-article figures the pages show, computed once from the analysis and its summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import fmean

from discourse.analysis.page import CommentAnalysis, PageAnalysis
from discourse.analysis.summary import ON_TOPIC_THRESHOLD, Summary

STANCES = ("disagree", "agree", "neutral", "query")
SENTIMENTS = ("positive", "neutral", "negative")


@dataclass(frozen=True)
class ArticleReport:
    """One article's page: its file name in the output folder, analysis and summary."""

    name: str
    analysis: PageAnalysis
    summary: Summary

    @property
    def title(self) -> str:
        return self.analysis.page.article.title or f"(untitled: {self.analysis.page.source.path})"


def disagrees(c: CommentAnalysis) -> bool:
    """Disagrees with the author or with the comment it answers (as the summary's heated thread counts)."""
    to_parent = c.stance_to_parent.label if c.stance_to_parent else None
    return c.stance_to_author.label == "disagree" or to_parent == "disagree"


def off_topic(c: CommentAnalysis) -> bool:
    """Below the summary's on-topic threshold, so the filter matches the on-topic share."""
    return c.on_topic.score < ON_TOPIC_THRESHOLD


def author_threads(analysis: PageAnalysis) -> set[int]:
    """Roots of the threads in which the article's author wrote."""
    return {c.thread_root for c in analysis.comments if c.is_author}


def comment_mean(analysis: PageAnalysis) -> float | None:
    polarities = [c.sentiment.polarity for c in analysis.comments]
    return fmean(polarities) if polarities else None


def sentiment_counts(summary: Summary) -> list[tuple[str, int]]:
    return [(label, summary.comment_sentiment.get(label, 0)) for label in SENTIMENTS]


def stance_counts(analysis: PageAnalysis) -> list[tuple[str, int]]:
    """Readers' stances toward the author (any other label, such as "unclear", after the usual four,
    only where it occurs), then the author's own comments as their own bar."""
    readers = Counter(c.stance_to_author.label for c in analysis.comments if not c.is_author)
    counts = [(label, readers.get(label, 0)) for label in STANCES]
    counts += sorted((label, n) for label, n in readers.items() if label not in STANCES)
    own = sum(c.is_author for c in analysis.comments)
    return counts + [("author", own)] if own else counts


def depth_levels(analysis: PageAnalysis) -> list[tuple[int, int, int]]:
    """(depth, disagreeing, comments) for every depth from 0 to the deepest reply."""
    totals = Counter(c.comment.depth for c in analysis.comments)
    against = Counter(c.comment.depth for c in analysis.comments if disagrees(c))
    return [(depth, against[depth], totals[depth]) for depth in range(max(totals, default=-1) + 1)]
