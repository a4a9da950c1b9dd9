"""Stance of a comment toward the article's author, and of a reply toward its parent.

A multinomial logistic regression over features computed once per text: the named cues of
`cues.py` (families of phrases, openers, questions, sarcasm, the relation to the article or
the parent: overlap, quotes and rebuttals, addressing the author). Where a task ships a text model
(`stance_text.py`: word and character n-grams), its class probabilities are features too, so
the cue model decides how far to trust the n-grams (raw n-grams as cue-model features lowered
held-out news stance). The weights are fitted by `fit_stance.py` and shipped in
`stance_weights.json`. Each decision carries its probability; below the threshold chosen on
held-out pages the label is "unclear". Every decision lists the features that pushed it most,
with the words in the comment that fired them, so an editor can check it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

from discourse.analysis.author import name_matches
from discourse.analysis.cues import (
    Context, Hit, author_hits, combined_hits, context_hits, make_context, relation_hits, rhetorical_form_hits,
    sentiment_hits, text_hits,
)
from discourse.analysis.language import language_name
from discourse.analysis.quotes import Quote
from discourse.analysis.stance_text import ngram_hits
from discourse.analysis.text import Prepared, prepare, without_furniture

WEIGHTS_FILE = "stance_weights.json"
TO_AUTHOR = {"support": "agree", "deny": "disagree", "comment": "neutral", "query": "query"}
FROM_AUTHOR = {label: name for name, label in TO_AUTHOR.items()}
UNCLEAR = "unclear"
SOCIAL_PLATFORMS = frozenset({"twitter", "reddit"})
# Cues that state a rule which settled the label, not a weighed feature (their weight is 0).
RULE_CUES = frozenset({"thread", "by_author", "language"})
# Cues whose meaning depends on where a news comment stands: a top-level comment's pushback, praise
# or overlap is aimed at the article, a reply's mostly at the comment it answers (replies are
# "comment" toward the author three times in four). The news stance model weighs each of these
# twice: a weight shared by all comments, and one for the comment's place ("top:pushback"); an
# explanation adds the two into one cue.
PLACED_CUES = frozenset({
    "pushback", "disagreement_words", "second_person", "endorsement", "agreement_words", "praise", "negation",
    "insult", "question", "sarcasm", "contrast", "endorsing_opener", "addresses_other",
    "opposite_sentiment_to_context", "same_sentiment_as_context", "article_overlap", "length",
})
# The same for a reply's agreement with its parent, placed by who writes it: the article's author
# answering a reader thanks, corrects or answers a question ("author:thanks"), where a reader's
# thanks or pushback is aimed at another reader ("reader:pushback"). Held out by page this lifted
# news agreement macro-F1 from 0.507 to 0.528 (fit_stance).
AGREEMENT_PLACED_CUES = frozenset({
    "thanks", "praise", "agreement_words", "endorsement", "pushback", "question", "genuine_question",
    "parent_question", "negation", "contrast", "second_person", "endorsing_opener", "disagreement_words", "length",
})
# Weighed once more under a negative parent ("negative_parent:negation"): complaining along with a
# complaint agrees, the same words under a glad parent push back (news agreement held out 0.528 -> 0.537).
# And once more, with weights of their own, under a glad parent ("positive_parent:negation"), where they
# turn its tone around (news agreement held out 0.577 -> 0.586, SubReddit 0.551 -> 0.554).
NEGATIVE_PARENT_CUES = frozenset({"negative_sentiment", "negation", "disagreement_words", "insult"})
# The feature that marks the article's author's reply. On news pages such a reply is decided by a model
# of its own, "agreement_news_author" (`fit_stance.Task.author_model`): the author thanks, answers and
# corrects readers, which the readers' replies, far more of them, outweigh in a shared model.
AUTHOR_REPLY_FEATURE = "by_article_author"
AUTHOR_MODEL_SUFFIX = "_author"  # a task's author model ships under the task's name and this
AUTHOR_REPLY_MODEL = "agreement_news" + AUTHOR_MODEL_SUFFIX


@dataclass(frozen=True, slots=True)
class Cue:
    """A feature that fired; weight is its push toward the leading label (negative: against it).

    Slotted, as `Stance` is: a page of hundreds of comments holds tens of thousands of cues while it is
    analysed, and an instance dict made each 40 bytes larger."""

    name: str
    text: str
    weight: float

    @property
    def is_rule(self) -> bool:
        """A rule that settled the label (thread consistency, the author's own comment), shown with the
        cues that pushed it though it has no weight."""
        return self.name in RULE_CUES


@dataclass(frozen=True, slots=True)
class Stance:
    """label in {agree, disagree, neutral, query, unclear}; score in [-1, 1], negative = disagree.

    confidence is how sure the leading label is: its probability under the model, or under the
    model's confidence model where it ships one (news stance); `probabilities` gives every label's. When confidence is below the threshold chosen on held-out pages the label is
    "unclear" (the leading label is still `leading`). A comment the models cannot read (not in
    English) is unclear with no score and no confidence (None), its cue saying why."""

    label: str
    score: float | None
    cues: tuple[Cue, ...]
    confidence: float | None = 1.0
    probabilities: tuple[tuple[str, float], ...] = ()

    @property
    def leading(self) -> str:
        """The most probable label, shown or not."""
        return max(self.probabilities, key=lambda pair: pair[1])[0] if self.probabilities else self.label

    @property
    def clear(self) -> bool:
        return self.label != UNCLEAR


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
    """All features of a comment's stance toward the article and its author."""
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


def placed(hits: dict[str, Hit], place: str, cues: frozenset[str] = PLACED_CUES) -> dict[str, Hit]:
    """The hits with a copy of each of `cues` named for the comment's place ("reply:pushback")."""
    return {**hits, **{f"{place}:{name}": hit for name, hit in hits.items() if name in cues}}


def news_stance_features(comment: str | Prepared, article: Context, is_reply: bool, reply_to_author: bool
                         ) -> dict[str, Hit]:
    """The features of the news stance model: `stance_features` with the placed cues, and the forms of a
    question that asserts (`cues.rhetorical_form_hits`), which keep a rhetorical question from reading
    as a query (held out by page 0.564 -> 0.576 over both news files). RumourEval's model goes without:
    held out by thread it reads 0.494 with them as without."""
    hits = stance_features(comment, article, is_reply=is_reply, reply_to_author=reply_to_author)
    return placed({**hits, **rhetorical_form_hits(comment)}, "reply" if is_reply else "top")


def with_text_model(hits: dict[str, Hit], text: str | Prepared, model_name: str) -> dict[str, Hit]:
    """The cue hits and the stacked n-gram text model's probabilities (`stance_text.py`), if the
    model has one."""
    return {**hits, **ngram_hits(text.text if isinstance(text, Prepared) else text, model_name)}


def agreement_features(
    reply: str | Prepared, parent: Context, *, by_article_author: bool = False, parent_is_author: bool = False
) -> dict[str, Hit]:
    """All features of a reply's stance toward the comment it answers, its cues placed by who writes
    it (`AGREEMENT_PLACED_CUES`) and its negative words by a negative or a glad parent (`NEGATIVE_PARENT_CUES`)."""
    reply = prepare(reply)
    hits = {
        **text_hits(reply),
        **sentiment_hits(reply, parent),
        **context_hits(reply, parent, "parent"),
        **relation_hits(reply, parent.prepared or parent.text, "parent"),
        **_flag(by_article_author, AUTHOR_REPLY_FEATURE, "written by the article's author"),
        **_flag(parent_is_author, "parent_is_author", "answers the article's author"),
        **author_hits(reply, None),
        **_flag("?" in parent.text, "parent_question", "the parent asks a question"),
    }
    hits = placed({**hits, **combined_hits(hits)}, "author" if by_article_author else "reader", AGREEMENT_PLACED_CUES)
    if parent.polarity < -0.05:
        hits["parent_negative"] = Hit(min(1.0, -parent.polarity), f"parent polarity {parent.polarity:+.2f}")
        hits = placed(hits, "negative_parent", NEGATIVE_PARENT_CUES)
    elif parent.polarity > 0.05:
        hits = placed(hits, "positive_parent", NEGATIVE_PARENT_CUES)
    return hits


def classify(hits: dict[str, Hit], model: dict) -> tuple[str, dict[str, float], tuple[Cue, ...]]:
    """Softmax over linear scores; the fired features carry their contribution to the leading label
    over the mean of the others (what pushed the decision), strongest first. The plain reading of a
    model for any caller; the pipeline uses `decide`, its one-pass form, which the tests hold equal to it."""
    fired = _fired(hits, model)
    label, probs = _softmax(fired, model)
    return label, probs, _cues_toward(fired, label, model)


def _fired(hits: dict[str, Hit], model: dict) -> list[tuple[str, Hit]]:
    """The hits the model has weights for."""
    weights = model["weights"]
    return [(name, hit) for name, hit in hits.items() if name in weights]


def _softmax(fired: list[tuple[str, Hit]], model: dict) -> tuple[str, dict[str, float]]:
    """The leading label (ties to the earlier class) and each class's probability, without the cues
    `classify` explains it by: a confidence model's decision is never shown. Each class's score is its
    intercept plus the fired features' weighted values, added in the features' order."""
    table = _weight_table(model)
    rows = table.rows
    scores = table.intercepts
    for name, hit in fired:
        value = hit.value
        scores = [score + weight * value for score, weight in zip(scores, rows[name])]
    return _probabilities(scores, table.classes)


def _probabilities(scores: list[float], classes: tuple[str, ...]) -> tuple[str, dict[str, float]]:
    """The leading class (ties to the earlier one) and the softmax of the scores."""
    top = max(scores)
    exp = [math.exp(score - top) for score in scores]
    total = sum(exp)
    probs = {c: e / total for c, e in zip(classes, exp)}
    return classes[max(range(len(classes)), key=lambda k: (scores[k], -k))], probs


class _WeightTable(NamedTuple):
    """A model's weights as rows of numbers in its classes' order, so a score is added up without a
    dict lookup per class (a class a feature has no weight for gets 0.0, which adds nothing); and, per
    label asked for, each feature's cue name (a placed cue's without its place) and lead toward it
    (`_lead`), the same for every comment."""

    model: dict
    classes: tuple[str, ...]
    intercepts: list[float]
    rows: dict[str, tuple[float, ...]]
    leads: dict[str, dict[str, tuple[str, float]]]

    def leads_toward(self, label: str) -> dict[str, tuple[str, float]]:
        """Each feature's cue name and `_lead` toward label, computed on first use."""
        if label not in self.leads:
            self.leads[label] = {name: (name.rpartition(":")[2], _lead(by_class, label))
                                 for name, by_class in self.model["weights"].items()}
        return self.leads[label]


class _JointTable(NamedTuple):
    """A model and its confidence model scored in one pass over the hits (`decide`): each feature's
    row is its weights in the model's classes, then in the confidence model's (0.0 in the model that
    does not weigh it, which adds nothing to a score), and whether the model itself weighs it (only
    those are explained)."""

    classes: tuple[str, ...]
    confidence_classes: tuple[str, ...]  # () for a model without a confidence model
    intercepts: list[float]
    rows: dict[str, tuple[tuple[float, ...], bool]]


# id(model) -> its weight tables; a table keeps the model, so the id cannot be reused while it stands.
_WEIGHT_TABLES: dict[int, _WeightTable] = {}
_JOINT_TABLES: dict[int, tuple[dict, _JointTable]] = {}


def _weight_table(model: dict) -> _WeightTable:
    """The model's `_WeightTable`, built on first use (fitted models are never changed in place)."""
    found = _WEIGHT_TABLES.get(id(model))
    if found is not None and found.model is model:
        return found
    classes = tuple(model["classes"])
    rows = {name: tuple(by_class.get(c, 0.0) for c in classes) for name, by_class in model["weights"].items()}
    if len(_WEIGHT_TABLES) >= 64:
        _WEIGHT_TABLES.clear()
    intercepts = [model["intercept"][c] for c in classes]
    table = _WEIGHT_TABLES[id(model)] = _WeightTable(model, classes, intercepts, rows, {})
    return table


def _joint_table(model: dict) -> _JointTable:
    """The `_JointTable` of a model and its confidence model (none: its own rows only), built on first use."""
    found = _JOINT_TABLES.get(id(model))
    if found is not None and found[0] is model:
        return found[1]
    own = _weight_table(model)
    other = _weight_table(model["confidence_model"]) if "confidence_model" in model else None
    other_rows = other.rows if other else {}
    no_own, no_other = (0.0,) * len(own.classes), (0.0,) * (len(other.classes) if other else 0)
    rows = {name: (own.rows.get(name, no_own) + other_rows.get(name, no_other), name in own.rows)
            for name in {**own.rows, **other_rows}}
    if len(_JOINT_TABLES) >= 64:
        _JOINT_TABLES.clear()
    table = _JointTable(own.classes, other.classes if other else (), own.intercepts + (other.intercepts if other else []),
                        rows)
    _JOINT_TABLES[id(model)] = (model, table)
    return table


def _cues_toward(fired: list[tuple[str, Hit]], label: str, model: dict) -> tuple[Cue, ...]:
    """The fired features with their push toward `label`, strongest first; a placed cue's two weights
    ("pushback" and "top:pushback") make one cue."""
    leads = _weight_table(model).leads_toward(label)
    pushes: dict[tuple[str, str], float] = {}
    for name, hit in fired:
        cue, lead = leads[name]
        key = (cue, hit.text)
        pushes[key] = pushes.get(key, 0.0) + hit.value * lead
    cues = [Cue(name, text, weight) for (name, text), push in pushes.items() if (weight := round(push, 3))]
    return tuple(sorted(cues, key=lambda c: (-abs(c.weight), c.name)))


def _lead(by_class: dict[str, float], label: str) -> float:
    """A feature's weight for `label` less its mean weight for the other labels."""
    others = [w for c, w in by_class.items() if c != label]
    return by_class.get(label, 0.0) - sum(others) / max(1, len(others))


def label_confidence(hits: dict[str, Hit], model: dict, label: str, probs: dict[str, float]) -> float:
    """How sure the label is: its probability under the model, averaged with its probability under the
    model's confidence model where it has one (fitted without class weights, so its probabilities
    follow how often each label is right, where the class-weighted model inflates the rare labels')."""
    if "confidence_model" not in model:
        return probs[label]
    confidence_model = model["confidence_model"]
    return (probs[label] + _softmax(_fired(hits, confidence_model), confidence_model)[1][label]) / 2


def decide(hits: dict[str, Hit], model_name: str, pro: str, con: str, rename: dict[str, str]) -> Stance:
    """The Stance of a model's decision: unclear below the model's confidence threshold. The model and
    its confidence model are scored in one pass over the hits (`_JointTable`); each score is the sum
    `classify` and `label_confidence` add, in the same order."""
    model = load_weights()[model_name]
    joint = _joint_table(model)
    scores = joint.intercepts
    fired = []
    for name, hit in hits.items():
        found = joint.rows.get(name)
        if found is not None:
            value = hit.value
            scores = [score + weight * value for score, weight in zip(scores, found[0])]
            if found[1]:
                fired.append((name, hit))
    width = len(joint.classes)
    label, probs = _probabilities(scores[:width], joint.classes)
    confidence = probs[label]
    if joint.confidence_classes:
        confidence = (confidence + _probabilities(scores[width:], joint.confidence_classes)[1][label]) / 2
    shown = rename.get(label, label) if confidence >= model.get("threshold", 0.0) else UNCLEAR
    probabilities = tuple((rename.get(c, c), round(p, 3)) for c, p in probs.items())
    return Stance(shown, round(probs[pro] - probs[con], 3), _cues_toward(fired, label, model), round(confidence, 3),
                  probabilities)


def by_author_stance(reason: str) -> Stance:
    """The author's own comments carry no stance toward the author (annotation guideline)."""
    return Stance("neutral", 0.0, (Cue("by_author", reason, 0.0),))


def unread_stance(language: str) -> Stance:
    """The stance of a comment not in English: unclear, with no score or probability. The cue lexicons
    and n-gram models are English; on German or French words their label would be noise."""
    reason = f"written in {language_name(language)}: the stance model reads English only"
    return Stance(UNCLEAR, None, (Cue("language", reason, 0.0),), None)


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
        return by_author_stance(f"comment author {comment_author!r} is the byline")
    context = article if isinstance(article, Context) else make_context(article, author)
    hits = with_text_model(news_stance_features(comment, context, is_reply, reply_to_author), comment, "stance_news")
    if quotes and "quotes_article" not in hits:
        hits["quotes_article"] = Hit(max(q.similarity for q in quotes), quotes[0].comment_text[:120])
    return decide(hits, "stance_news", "support", "deny", TO_AUTHOR)


def author_cues_toward(
    label: str,
    comment: str | Prepared,
    article: Context,
    *,
    is_reply: bool = False,
    reply_to_author: bool = False,
) -> tuple[Cue, ...]:
    """The comment's own cues toward the author, explained as pushes toward `label` (agree, disagree, ...):
    for a stance toward the author settled by a thread rule, the comment's own evidence stays listed."""
    hits = with_text_model(news_stance_features(comment, article, is_reply, reply_to_author), comment, "stance_news")
    return _explained(hits, "stance_news", FROM_AUTHOR.get(label, label))


def parent_cues_toward(label: str, reply: str | Prepared, parent: Context, by_article_author: bool = False
                       ) -> tuple[Cue, ...]:
    """The reply's own cues toward its parent, explained as pushes toward `label` (see `author_cues_toward`)."""
    hits = agreement_features(reply, parent, by_article_author=by_article_author)
    return _explained(with_text_model(hits, reply, "agreement_news"), news_agreement_model(by_article_author), label)


def _explained(hits: dict[str, Hit], model_name: str, label: str) -> tuple[Cue, ...]:
    model = load_weights()[model_name]
    return _cues_toward(_fired(hits, model), label, model)


def stance_to_parent(
    reply: str | Prepared, parent: str | Context, parent_is_author: bool = False, by_article_author: bool = False
) -> Stance:
    """Stance of a reply toward the comment it answers: agree, disagree or neutral (news weights).

    parent: its text, or its `Context` (`cues.build_context` of the parent's prepared text).
    parent_is_author / by_article_author: the parent / the reply is the article's author's comment."""
    context = parent if isinstance(parent, Context) else make_context(parent)
    hits = agreement_features(reply, context, by_article_author=by_article_author, parent_is_author=parent_is_author)
    hits = with_text_model(hits, reply, "agreement_news")
    return decide(hits, news_agreement_model(by_article_author), "agree", "disagree", {})


def news_agreement_model(by_article_author: bool) -> str:
    """The news agreement model that decides a reply: the article's author's replies have their own."""
    return AUTHOR_REPLY_MODEL if by_article_author else "agreement_news"


# ---- Labelled records (`discourse evaluate`, `fit_stance`) -------------------------------------


def is_social(record: dict) -> bool:
    """Tweets and Reddit posts (RumourEval, SubReddit) get their own weights."""
    return record.get("platform") in SOCIAL_PLATFORMS or "topic" in record or "src_file" in record


def record_stance_features(record: dict, thread: dict[str, dict]) -> dict[str, Hit] | None:
    """Features of one stance record; None when the record is by the article's author. A social post
    is also marked when it is on Reddit, where replies to a rumour take a side far less often than on
    Twitter (RumourEval: 93% of Reddit replies are "comment", 70% on Twitter)."""
    parent = thread.get(record.get("parent_id") or "", {})
    text = without_furniture(record["text"])
    if is_social(record):
        hits = stance_features(
            text, make_context(record.get("article_text") or ""), is_reply=record.get("depth", 1) > 1,
            opening_post=bool(record.get("is_source")),
            by_source_author=bool(record.get("is_source_author")) and not record.get("is_source"),
        )
        return {**hits, **_flag(record.get("platform") == "reddit", "reddit", "posted on Reddit")}
    if record.get("is_source_author") or name_matches(record.get("author"), record.get("article_author")):
        return None
    context = make_context(record.get("article_text") or "", record.get("article_author"))
    is_reply = bool(record.get("parent_id")) and record["parent_id"] != record.get("thread_id")
    return news_stance_features(text, context, is_reply, bool(parent.get("is_source_author")))


def record_agreement_features(record: dict, thread: dict[str, dict]) -> dict[str, Hit]:
    """Features of one agreement record (a reply with its parent_text)."""
    parent = thread.get(record.get("parent_id") or "", {})
    by_author = not is_social(record) and (
        bool(record.get("is_source_author")) or name_matches(record.get("author"), record.get("article_author"))
    )
    parent_text = without_furniture(record.get("parent_text") or parent.get("text") or "")
    return agreement_features(
        without_furniture(record["text"]), make_context(parent_text),
        by_article_author=by_author, parent_is_author=bool(parent.get("is_source_author")),
    )


def stance_model_name(record: dict) -> str:
    return "stance_social" if is_social(record) else "stance_news"


def agreement_model_name(record: dict, hits: dict[str, Hit]) -> str:
    return "agreement_social" if is_social(record) else news_agreement_model(AUTHOR_REPLY_FEATURE in hits)


def predict_stance_record(record: dict, thread: dict[str, dict]) -> tuple[str, float]:
    """(support / deny / query / comment, its probability) for one eval record; thread maps id -> record."""
    hits = record_stance_features(record, thread)
    return ("comment", 1.0) if hits is None else _predicted(hits, record, stance_model_name(record))


def predict_agreement_record(record: dict, thread: dict[str, dict]) -> tuple[str, float]:
    """(agree / disagree / neutral, its probability) for one eval reply record."""
    hits = record_agreement_features(record, thread)
    return _predicted(hits, record, agreement_model_name(record, hits))


def _predicted(hits: dict[str, Hit], record: dict, name: str) -> tuple[str, float]:
    """The most probable label of model `name` for a record's cue hits (with its text model's), and its confidence."""
    hits = with_text_model(hits, without_furniture(record["text"]), name)
    model = load_weights()[name]
    label, probs = _softmax(_fired(hits, model), model)
    return label, label_confidence(hits, model, label, probs)
