"""Per-article discourse figures: did readers push back, where, how hard, and on topic?"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from discourse.analysis.page import CommentAnalysis, PageAnalysis, SentenceAnalysis
from discourse.analysis.statistics import Proportion, TestResult, controversy, mann_whitney, wilson_interval

ON_TOPIC_THRESHOLD = 0.05
MIN_WORDS_FOR_OFF_TOPIC = 15


@dataclass(frozen=True)
class Thread:
    """A top-level comment and its replies; heat counts the disagreements inside it."""

    root: int
    size: int
    disagreements: int
    negative: int


@dataclass(frozen=True)
class Telling:
    """A comment that stands out, with why."""

    role: str
    index: int
    score: float
    first_words: str


@dataclass(frozen=True)
class AuthorReply:
    index: int
    evidence: tuple[str, ...]
    replies: dict[str, int]


@dataclass(frozen=True)
class Summary:
    """stances counts the readers' stances toward the author by label (an `unclear` label, where the
    stance model gives one, is counted apart from the others)."""

    comments: int
    declared: int | None
    threads: int
    max_depth: int
    commenters: int | None
    author_replies: list[AuthorReply]
    article_polarity: float
    comment_sentiment: dict[str, int]
    sentiment_test: TestResult
    on_topic: Proportion
    disagreement: Proportion  # of the readers whose stance is clear (not "unclear")
    agreement: Proportion
    unclear: int  # readers' comments whose stance toward the author is unclear, left out of both shares
    controversy: float
    stances: dict[str, int]
    top_disagreement_cues: list[tuple[str, int]]
    contested: list[SentenceAnalysis]
    heated_thread: Thread | None
    telling: list[Telling]


def summarise(analysis: PageAnalysis) -> Summary:
    comments = analysis.comments
    readers = [c for c in comments if not c.is_author]
    stances = Counter(c.stance_to_author.label for c in readers)
    clear = len(readers) - stances["unclear"]
    authors = {c.comment.author for c in comments if c.comment.author}
    return Summary(
        comments=len(comments),
        declared=analysis.page.comments.declared,
        threads=sum(1 for c in comments if c.comment.parent is None),
        max_depth=max((c.comment.depth for c in comments), default=0),
        commenters=len(authors) if authors else None,
        author_replies=_author_replies(comments),
        article_polarity=analysis.article_sentiment.polarity,
        comment_sentiment=dict(Counter(c.sentiment.label for c in comments)),
        sentiment_test=mann_whitney([s.sentiment.polarity for s in analysis.sentences],
                                    [c.sentiment.polarity for c in comments],
                                    "Mann-Whitney U, article sentences vs comments (polarity)"),
        on_topic=wilson_interval(sum(c.on_topic.score >= ON_TOPIC_THRESHOLD for c in comments), len(comments)),
        disagreement=wilson_interval(stances["disagree"], clear),
        agreement=wilson_interval(stances["agree"], clear),
        unclear=stances["unclear"],
        controversy=controversy(stances["agree"], stances["disagree"], clear),
        stances=dict(stances),
        top_disagreement_cues=_top_cues(readers),
        contested=sorted((s for s in analysis.sentences if s.contested_by),
                         key=lambda s: (-len(s.contested_by), s.index)),
        heated_thread=_heated_thread(comments),
        telling=_telling(readers),
    )


def _author_replies(comments: list[CommentAnalysis]) -> list[AuthorReply]:
    """The author's comments and how the replies to them leaned."""
    found = []
    for own in (c for c in comments if c.is_author):
        received = Counter(c.stance_to_parent.label for c in comments
                           if c.comment.parent == own.index and c.stance_to_parent)
        found.append(AuthorReply(own.index, tuple(own.author_evidence), dict(received)))
    return found


def _top_cues(readers: list[CommentAnalysis], k: int = 5) -> list[tuple[str, int]]:
    counts = Counter(cue.name for c in readers if c.stance_to_author.label == "disagree"
                     for cue in c.stance_to_author.cues if cue.weight > 0)
    return counts.most_common(k)


def _heated_thread(comments: list[CommentAnalysis]) -> Thread | None:
    """The thread with the most disagreement; a comment nobody answered is not a thread."""
    threads: dict[int, list[CommentAnalysis]] = {}
    for c in comments:
        threads.setdefault(c.thread_root, []).append(c)
    ranked = [
        Thread(root, len(members), sum(_disagrees(c) for c in members),
               sum(c.sentiment.label == "negative" for c in members))
        for root, members in threads.items()
    ]
    ranked = [t for t in ranked if t.disagreements and t.size > 1]
    return max(ranked, key=lambda t: (t.disagreements, t.negative, t.size, -t.root), default=None)


def _disagrees(c: CommentAnalysis) -> bool:
    to_parent = c.stance_to_parent.label if c.stance_to_parent else None
    return c.stance_to_author.label == "disagree" or to_parent == "disagree"


def _first_words(c: CommentAnalysis, n: int = 12) -> str:
    words = c.comment.text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _telling(readers: list[CommentAnalysis]) -> list[Telling]:
    """Most disagreeing, most agreeing, most off-topic: one comment each, where there is one."""
    picks = []
    against = [c for c in readers if c.stance_to_author.label == "disagree"]
    if against:
        pick = min(against, key=lambda c: (c.stance_to_author.score, c.index))
        picks.append(Telling("most disagreeing", pick.index, pick.stance_to_author.score, _first_words(pick)))
    favour = [c for c in readers if c.stance_to_author.label == "agree"]
    if favour:
        pick = max(favour, key=lambda c: (c.stance_to_author.score, -c.index))
        picks.append(Telling("most agreeing", pick.index, pick.stance_to_author.score, _first_words(pick)))
    long_enough = [c for c in readers if c.words >= MIN_WORDS_FOR_OFF_TOPIC]
    if long_enough:
        pick = min(long_enough, key=lambda c: (c.on_topic.score, c.index))
        picks.append(Telling("most off-topic", pick.index, pick.on_topic.score, _first_words(pick)))
    return picks
