"""Stance of a comment toward the article's author, and of a reply toward its parent.

A multinomial linear model over the named cues of `cues.py`, with weights fitted by
`fit_stance.py` and shipped in `stance_weights.json`. Every decision lists the cues that
fired and how much each pushed toward the chosen label, so an editor can check it.
One weight set per kind of data (news comments, social-media threads), because the same
cue means different things on a blog and on Twitter.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from discourse.analysis.author import name_matches
from discourse.analysis.cues import (
    Context,
    Hit,
    author_hits,
    combined_hits,
    context_hits,
    make_context,
    relation_hits,
    sentiment_hits,
    text_hits,
)
from discourse.analysis.quotes import Quote
from discourse.analysis.text import Prepared, prepare

WEIGHTS_FILE = "stance_weights.json"
TO_AUTHOR = {"support": "agree", "deny": "disagree", "comment": "neutral", "query": "query"}
SOCIAL_PLATFORMS = frozenset({"twitter", "reddit"})


@dataclass(frozen=True)
class Cue:
    """A fired cue; weight is its push toward the chosen label (negative: against it)."""

    name: str
    text: str
    weight: float


@dataclass(frozen=True)
class Stance:
    """label in {agree, disagree, neutral, query}; score in [-1, 1], negative = disagree."""

    label: str
    score: float
    cues: tuple[Cue, ...]


@lru_cache(maxsize=1)
def load_weights() -> dict:
    """The fitted weight sets, read once from the package."""
    return json.loads(resources.files("discourse.analysis").joinpath(WEIGHTS_FILE).read_text())


def _flag(on: bool, name: str, text: str) -> dict[str, Hit]:
    return {name: Hit(1.0, text)} if on else {}


def stance_features(
    comment: str | Prepared,
    article: Context,
    *,
    is_reply: bool = False,
    reply_to_author: bool = False,
    opening_post: bool = False,
    by_source_author: bool = False,
) -> dict[str, Hit]:
    """All cues for a comment's stance toward the article and its author."""
    comment = prepare(comment)
    hits = {
        **text_hits(comment),
        **sentiment_hits(comment, article),
        **context_hits(comment, article, "article"),
        **author_hits(comment, article.author),
        **_flag(is_reply, "is_reply", "replies to another comment"),
        **_flag(reply_to_author, "reply_to_author", "replies to the author's comment"),
        **_flag(opening_post, "opening_post", "is the thread's opening post"),
        **_flag(by_source_author, "by_source_author", "written by the opening post's author"),
    }
    return {**hits, **combined_hits(hits)}


def agreement_features(
    reply: str | Prepared, parent: Context, *, by_article_author: bool = False, parent_is_author: bool = False
) -> dict[str, Hit]:
    """All cues for a reply's stance toward the comment it answers."""
    reply = prepare(reply)
    hits = {
        **text_hits(reply),
        **sentiment_hits(reply, parent),
        **context_hits(reply, parent, "parent"),
        **relation_hits(reply, parent.prepared or parent.text, "parent"),
        **_flag(by_article_author, "by_article_author", "written by the article's author"),
        **_flag(parent_is_author, "parent_is_author", "answers the article's author"),
        **author_hits(reply, None),
    }
    if "?" in parent.text:
        hits["parent_question"] = Hit(1.0, "the parent asks a question")
    if parent.polarity < -0.05:
        hits["parent_negative"] = Hit(min(1.0, -parent.polarity), f"parent polarity {parent.polarity:+.2f}")
    return {**hits, **combined_hits(hits)}


def classify(hits: dict[str, Hit], model: dict) -> tuple[str, dict[str, float], tuple[Cue, ...]]:
    """Softmax over linear scores; the cues carry their contribution to the winning label."""
    classes, weights = model["classes"], model["weights"]
    scores = {c: model["intercept"][c] for c in classes}
    fired = [(name, hit, weights[name]) for name, hit in hits.items() if name in weights]
    for _, hit, by_class in fired:
        value = hit.value
        for c, w in by_class.items():
            scores[c] += w * value
    top = max(scores.values())
    exp = {c: math.exp(s - top) for c, s in scores.items()}
    total = sum(exp.values())
    probs = {c: e / total for c, e in exp.items()}
    label = max(classes, key=lambda c: (scores[c], -classes.index(c)))
    cues = [
        Cue(name, hit.text, weight)
        for name, hit, by_class in fired
        if (weight := round(hit.value * by_class.get(label, 0.0), 3))
    ]
    return label, probs, tuple(sorted(cues, key=lambda c: -abs(c.weight)))


def _stance(hits: dict[str, Hit], model_name: str, pro: str, con: str, rename: dict[str, str]) -> Stance:
    label, probs, cues = classify(hits, load_weights()[model_name])
    return Stance(rename.get(label, label), round(probs[pro] - probs[con], 3), cues)


def _by_author_stance(reason: str) -> Stance:
    """The author's own comments carry no stance toward the author (annotation guideline)."""
    return Stance("neutral", 0.0, (Cue("by_author", reason, 0.0),))


def stance_to_author(
    comment: str | Prepared,
    article: str | Context,
    author: str | None = None,
    quotes: list[Quote] | None = None,
    *,
    is_reply: bool = False,
    reply_to_author: bool = False,
    comment_author: str | None = None,
) -> Stance:
    """Stance of a reader comment toward the article and its author (news weights).

    article: its text, or its `Context` (built once per page with `cues.build_context`).
    quotes, if given, are the article quotes already found in the comment (for display only;
    the model finds its own). is_reply: the comment answers another comment, not the article.
    """
    if name_matches(comment_author, author):
        return _by_author_stance(f"comment author {comment_author!r} is the byline")
    context = article if isinstance(article, Context) else make_context(article, author)
    hits = stance_features(comment, context, is_reply=is_reply, reply_to_author=reply_to_author)
    if quotes and "quotes_article" not in hits:
        hits["quotes_article"] = Hit(max(q.similarity for q in quotes), quotes[0].comment_text[:120])
    return _stance(hits, "stance_news", "support", "deny", TO_AUTHOR)


def stance_to_parent(reply: str | Prepared, parent: str | Context, parent_is_author: bool = False) -> Stance:
    """Stance of a reply toward the comment it answers: agree, disagree or neutral (news weights).

    parent: its text, or its `Context` (`cues.build_context` of the parent's prepared text)."""
    context = parent if isinstance(parent, Context) else make_context(parent)
    hits = agreement_features(reply, context, parent_is_author=parent_is_author)
    return _stance(hits, "agreement_news", "agree", "disagree", {})


def is_social(record: dict) -> bool:
    """Tweets and Reddit posts (RumourEval, SubReddit) get their own weights."""
    return record.get("platform") in SOCIAL_PLATFORMS or "topic" in record or "src_file" in record


def record_stance_features(record: dict, thread: dict[str, dict]) -> dict[str, Hit] | None:
    """Cues for one stance record; None when the record is by the article's author."""
    parent = thread.get(record.get("parent_id") or "", {})
    if is_social(record):
        context = make_context(record.get("article_text") or "")
        return stance_features(
            record["text"], context, is_reply=record.get("depth", 1) > 1,
            opening_post=bool(record.get("is_source")),
            by_source_author=bool(record.get("is_source_author")) and not record.get("is_source"),
        )
    if record.get("is_source_author") or name_matches(record.get("author"), record.get("article_author")):
        return None
    context = make_context(record.get("article_text") or "", record.get("article_author"))
    is_reply = bool(record.get("parent_id")) and record["parent_id"] != record.get("thread_id")
    return stance_features(
        record["text"], context, is_reply=is_reply, reply_to_author=bool(parent.get("is_source_author"))
    )


def record_agreement_features(record: dict, thread: dict[str, dict]) -> dict[str, Hit]:
    """Cues for one agreement record (a reply with its parent_text)."""
    parent = thread.get(record.get("parent_id") or "", {})
    by_author = not is_social(record) and (
        bool(record.get("is_source_author"))
        or name_matches(record.get("author"), record.get("article_author"))
    )
    return agreement_features(
        record["text"], make_context(record.get("parent_text") or parent.get("text") or ""),
        by_article_author=by_author, parent_is_author=bool(parent.get("is_source_author")),
    )


def stance_model_name(record: dict) -> str:
    return "stance_social" if is_social(record) else "stance_news"


def agreement_model_name(record: dict) -> str:
    return "agreement_social" if is_social(record) else "agreement_news"


def predict_stance_record(record: dict, thread: dict[str, dict]) -> str:
    """support / deny / query / comment for one eval record; thread maps id -> record for parents."""
    hits = record_stance_features(record, thread)
    if hits is None:
        return "comment"
    return classify(hits, load_weights()[stance_model_name(record)])[0]


def predict_agreement_record(record: dict, thread: dict[str, dict]) -> str:
    """agree / disagree / neutral for one eval reply record."""
    hits = record_agreement_features(record, thread)
    return classify(hits, load_weights()[agreement_model_name(record)])[0]
