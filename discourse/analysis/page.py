"""One page's analysis: every comment's sentiment, topic and stance, and the article's sentences.

Pure: the same page gives the same analysis. Each text (the article, every comment) is read
once into a `text.Prepared`, whose sentences, tokens, sentiment and cue hits are then shared by
the sentiment, stance, topic and quote analyses; the article's context and each parent's are
built once per page. Between pages only read-only lexicons, fitted weights and memos keyed by
text (a sentence's sentiment evidence, a context, a token's content form) are kept, and those
give the same result for the same text however often they are asked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from discourse.analysis.author import comment_tuples, find_author_comments
from discourse.analysis.quotes import (
    COMMENT_FORMS as QUOTE_FORMS, Quote, _indexed_sentence, build_index, find_quotes, quotes_of,
)
from discourse.analysis.language import ENGLISH, UNDETERMINED, comment_language, guess_language
from discourse.analysis.sentiment import (
    ENGLISH_LIKE, Sentiment, _prepared_evidence, _prepared_polarity, _prepared_score, _prepared_sentence_polarities,
    _sentence_hits, evidence_sentiment, looks_english, score_in, score_sentences, score_text, unscored,
)
from discourse.analysis.cues import COMMENT_FORMS as CUE_FORMS, Context, _claim_role, build_context, claim_terms
from discourse.analysis.stance import (
    UNCLEAR, Cue, Stance, author_cues_toward, by_author_stance, parent_cues_toward, stance_to_author, stance_to_parent,
    unread_stance,
)
from discourse.analysis.text import (
    Prepared, _sentence_tuple, forget_page_words, forget_sentence_tokens, split_sentences, without_furniture,
)
from discourse.analysis.topics import (
    Distinctive, Drift, OnTopic, Term, _content_form, _prepared_content_words, _prepared_topic_counts,
    _prepared_topic_words, distinctive_words, drift_along_branches, key_terms, on_topic_scores,
)
from discourse.model import Comment, Page

ENGLISH_ONLY_NOTE = "the sentiment lexicon and stance cues are English-only; scores on other languages mean little"


@dataclass
class SentenceAnalysis:
    """An article sentence; quoted_by and contested_by list comment indices."""

    index: int
    paragraph: int
    text: str
    sentiment: Sentiment
    quoted_by: list[int] = field(default_factory=list)
    contested_by: list[int] = field(default_factory=list)


@dataclass(slots=True)
class CommentAnalysis:
    comment: Comment
    thread_root: int
    is_author: bool
    author_evidence: list[str]
    sentiment: Sentiment
    on_topic: OnTopic
    drift: Drift
    stance_to_author: Stance
    stance_to_parent: Stance | None
    quotes: list[Quote]

    @property
    def index(self) -> int:
        return self.comment.index

    @property
    def words(self) -> int:
        return len(self.comment.text.split())


@dataclass
class PageAnalysis:
    """A page's analysis. The comments' key terms, their distinctive words and the notes are worked out on
    first read (`comment_terms`, `distinctive`, `notes`): the export's rows read none of them, and they were
    a twentieth of its analysis."""

    page: Page
    article_sentiment: Sentiment
    sentences: list[SentenceAnalysis]
    comments: list[CommentAnalysis]
    article_terms: list[Term]
    # The article's language guess ("und" when its function words do not tell) and the texts as the
    # analysis prepared them (the article, then each comment without its widget furniture), so that
    # rows built from the analysis reuse their words instead of reading the texts again.
    article_language: str | None = field(default=None, repr=False, compare=False)
    prepared: tuple[Prepared, ...] = field(default=(), repr=False, compare=False)
    # Other pages' texts, for the comments' key terms (a copy: the caller's list may change before they are read).
    corpus: list[str] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def comment_terms(self) -> list[Term]:
        """The comments' key terms, read against the corpus when the analysis was given one."""
        items = self.page.comments.items
        if not items:
            return []
        return key_terms("\n\n".join(c.text for c in items), self.corpus, parts=self.prepared[1:])

    @cached_property
    def distinctive(self) -> list[Distinctive]:
        """Words the comments use more than the article."""
        return distinctive_words(self.prepared[1:], self.prepared[0]) if self.page.comments.items else []

    @cached_property
    def notes(self) -> list[str]:
        """What a reader should know about the page's figures (an English-only lexicon, unscored comments)."""
        return _notes(self.page) + _unscored_note(self.comments)


@dataclass
class _PageWork:
    """What every comment of a page is read against, computed once per page.

    Each text (the article, every comment) is a `Prepared`, so its sentences, tokens, sentiment
    and cue hits are computed once and shared by the sentiment, stance, topic and quote analyses.
    """

    page: Page
    article: Prepared
    article_context: Context
    texts: list[Prepared]
    authored: dict[int, list[str]]
    sentence_texts: list[str]
    # None on a page without comments (nothing looks quotes up), and where the article's own index serves
    quote_index: object
    language: str  # the article's, or English when its function words do not tell: a short comment's default
    parent_contexts: dict[int, Context] = field(default_factory=dict)

    def parent_context(self, index: int) -> Context:
        """The context of comment `index` (1-based) as a parent, built once however many replies."""
        if index not in self.parent_contexts:
            self.parent_contexts[index] = build_context(self.texts[index - 1])
        return self.parent_contexts[index]


def forget_page_memos() -> None:
    """Start a page with empty memos of sentences and tokens. They pay off within a page (an article's
    sentences are indexed and scored twice, its words recur); kept across pages they filled up as a
    corpus grew, holding 25-30 MiB of sentences, trigrams, tokens and claim terms after a few thousand pages."""
    _indexed_sentence.cache_clear()
    _sentence_hits.cache_clear()
    forget_sentence_tokens()
    _content_form.cache_clear()
    claim_terms.cache_clear()
    _claim_role.cache_clear()
    forget_page_words()


def analyse_page(page: Page, corpus: list[str] | None = None) -> PageAnalysis:
    """Analyse one parsed page; corpus (other pages' texts) sharpens key terms when given."""
    forget_page_memos()
    article = Prepared(page.article.text)
    guessed = guess_language(article.text)
    language = ENGLISH if guessed == UNDETERMINED else guessed
    sentences = _sentences(page, language)
    items = page.comments.items
    texts = [Prepared(without_furniture(c.text)) for c in items]
    authored = find_author_comments(comment_tuples(items), page.article.author)
    on_topic = on_topic_scores(article, texts)
    drift = drift_along_branches([c.parent for c in items], [score.score for score in on_topic])
    sentence_texts = [s.text for s in sentences]
    # The quotes of the article's context are those of its sentences, when the whole text splits into the
    # paragraphs' sentences (about half the pages): then no index of the paragraphs' sentences is built.
    own_index = sentence_texts != list(article.sentences)
    work = _PageWork(
        page, article, build_context(article, page.article.author), texts, authored,
        sentence_texts, build_index(sentence_texts) if items and own_index else None, language,
    )
    for text in texts:
        text.forget(_TOPIC_FORMS)
    comments = _comments(work, on_topic, drift)
    _mark_quoted_and_contested(sentences, comments)
    for text in texts:
        text.keep_only(_ROW_FORMS)
    return PageAnalysis(
        page=page,
        article_sentiment=_article_sentiment(article, sentences, language),
        sentences=sentences,
        comments=comments,
        article_terms=key_terms(article, corpus),
        article_language=guessed,
        prepared=(article, *texts),
        corpus=None if corpus is None else list(corpus),
    )


# What the rows read of a comment's prepared text once its page is analysed (`report.frames`): its topic
# words, and its sentiment, which its analysis holds anyway. Its sentences, content words and topic counts,
# kept with them, were a tenth of a long page's working set while its rows were built.
_ROW_FORMS = (_prepared_topic_words, _prepared_score)

# What the topic passes (on-topic scores, key terms, distinctive words) alone read of a comment: made and
# dropped before the comments' stances, so that a long page does not hold them through the stance passes.
_TOPIC_FORMS = (_prepared_content_words, _prepared_topic_counts)


def _article_sentiment(article: Prepared, sentences: list[SentenceAnalysis], language: str) -> Sentiment:
    """The article's evidence, with polarity the mean over its sentences and the label from it.

    The evidence sum saturates on a long text (a 600-word report reads as -0.9), which
    would make every article look more extreme than the comments it is compared with;
    the label model was fitted on comment-sized texts, so the article's label comes from
    the polarity thresholds instead.
    """
    if language not in ENGLISH_LIKE:
        return unscored(language)
    if not sentences:
        return score_text(article)
    polarity = sum(s.sentiment.polarity for s in sentences) / len(sentences)
    return evidence_sentiment(article, polarity)


def _sentences(page: Page, language: str) -> list[SentenceAnalysis]:
    """The article's sentences with their sentiment (none in a language other than English)."""
    sentences: list[SentenceAnalysis] = []
    for number, paragraph in enumerate(page.article.paragraphs):
        if language in ENGLISH_LIKE:
            scored = score_sentences(paragraph.text)
        else:
            scored = [(text, unscored(language)) for text in split_sentences(paragraph.text)]
        for text, sentiment in scored:
            sentences.append(SentenceAnalysis(len(sentences), number, text, sentiment))
    return sentences


# What each comment's stance, quote and sentiment passes memoise on its prepared text, no longer read once the
# comment and its replies are analysed (its sentiment and topic words, which the rows read, are kept): held to
# the end of a page of hundreds of comments, they were half its working set (10.9 MiB on a page of 528
# comments). Its sentences go too: every form read from them is made by then (0.35 MiB on that page).
# A set: `Prepared.forget` tests each memoised form against it.
_PASS_FORMS = frozenset(QUOTE_FORMS + CUE_FORMS + (
    _prepared_evidence, _prepared_polarity, _prepared_sentence_polarities, _sentence_tuple,
))


def _comments(work: _PageWork, on_topic: list[OnTopic], drift: list[Drift]) -> list[CommentAnalysis]:
    """Each comment's analysis, in page order, aligned along the tree (`_align_along_the_tree`) as soon as
    it is made; a comment's stance, quote and sentiment forms are dropped after its last reply, so a long
    page holds those of its open threads only. Readers give each reply after its parent; were one to come first, the
    page is analysed whole before it is aligned, as nothing can be dropped early."""
    items = work.page.comments.items
    if any(comment.parent is not None and comment.parent >= comment.index for comment in items):
        comments = [_comment(work, comment, on_topic[i], drift[i]) for i, comment in enumerate(items)]
        for analysed in comments:
            _align_along_the_tree(work, comments, analysed)
        return comments
    last_reply = {comment.index: comment.index for comment in items}
    for comment in items:
        if comment.parent in last_reply:
            last_reply[comment.parent] = max(last_reply[comment.parent], comment.index)
    done: dict[int, list[int]] = {}
    for index, last in last_reply.items():
        done.setdefault(last, []).append(index)
    comments = []
    for i, comment in enumerate(items):
        comments.append(_comment(work, comment, on_topic[i], drift[i]))
        _align_along_the_tree(work, comments, comments[-1])
        sentences = work.texts[comment.index - 1].sentences
        for index in done.get(comment.index, ()):
            work.texts[index - 1].forget(_PASS_FORMS)
            work.parent_contexts.pop(index, None)
        _forget_sentence_memos(sentences)
    return comments


def _forget_sentence_memos(sentences: tuple[str, ...]) -> None:
    """Empty the memo of sentences' sentiment evidence, and let go of the tokens of the comment's own
    sentences (`sentences`), after each comment. The evidence pays off for the article, whose sentences are
    read several times before the comments (and whose forms its prepared text keeps), and for the open
    threads' parents, whose forms their prepared texts keep too; a comment's own sentences are rarely met
    again, so kept to the end of the page they only added to its peak (with the sentiment forms dropped after
    a comment's last reply, a page of 528 comments peaked at 6.6 MiB, not 8.3). The tokens of the comments
    not yet analysed are kept: the topic pass read them all, and their sentiment reads them again."""
    _sentence_hits.cache_clear()
    forget_sentence_tokens(sentences)


def _comment(work: _PageWork, comment: Comment, on_topic: OnTopic, drift: Drift) -> CommentAnalysis:
    page, authored = work.page, work.authored
    items = page.comments.items
    text = work.texts[comment.index - 1]
    if work.quote_index is None:
        quotes = quotes_of(text, work.article)
    else:
        quotes = find_quotes(text, work.sentence_texts, work.quote_index)
    is_author = comment.index in authored
    parent = items[comment.parent - 1] if comment.parent else None
    language = comment_language(text, work.language)
    read = language in ENGLISH_LIKE  # the sentiment lexicon and the stance models read English only
    if is_author:
        to_author = by_author_stance("; ".join(authored[comment.index]))
    elif not read:
        to_author = unread_stance(language)
    else:
        to_author = stance_to_author(
            text, work.article_context, page.article.author, quotes,
            is_reply=parent is not None, reply_to_author=parent is not None and parent.index in authored,
            comment_author=comment.author,
        )
    if parent is None:
        to_parent = None
    elif not read:
        to_parent = unread_stance(language)
    else:
        to_parent = stance_to_parent(text, work.parent_context(parent.index), parent.index in authored, is_author)
    return CommentAnalysis(
        comment=comment,
        thread_root=_thread_root(items, comment),
        is_author=is_author,
        author_evidence=authored.get(comment.index, []),
        sentiment=score_in(text, language),
        on_topic=on_topic,
        drift=drift,
        stance_to_author=to_author,
        stance_to_parent=to_parent,
        quotes=quotes,
    )


# Stance toward a comment, as stance toward the author: what the reply's agreement with the author's
# own comment, or the author's reply to a reader, says about the author.
_AS_TO_AUTHOR = {"agree": "agree", "disagree": "disagree"}


def _align_along_the_tree(work: _PageWork, comments: list[CommentAnalysis], c: CommentAnalysis) -> None:
    """Make stance to the author and to the parent say the same where they are the same question.

    A reply to the author's own comment takes its stance toward the author from its stance toward
    that comment ("Well said, Mr. Cole" under his reply supports him). The author's reply to a
    reader agrees with the reader as far as the reader agrees with the author: it takes the
    reader's clear stance toward the author as its stance toward the reader. A reader's reply that
    agrees with another reader yet takes the other side toward the author is unclear toward the
    author (`thread_consistent`). Comments are aligned in page order, so a parent is settled before its
    replies. Either way the cues list the rule, the decision it carries over, and the comment's own cues
    toward the new label."""
    parent = comments[c.comment.parent - 1] if c.comment.parent else None
    if parent is None or c.stance_to_parent is None:
        return
    if parent.is_author and not c.is_author and c.stance_to_parent.leading in _AS_TO_AUTHOR:
        carried = _restated(c.stance_to_parent, f"its stance toward the author's comment #{parent.index}")
        own = author_cues_toward(carried.leading, work.texts[c.index - 1], work.article_context,
                                 is_reply=True, reply_to_author=True)
        c.stance_to_author = _with_own_cues(carried, own)
    elif c.is_author and not parent.is_author and parent.stance_to_author.label in _AS_TO_AUTHOR:
        carried = _restated(parent.stance_to_author, f"#{parent.index}'s stance toward the author")
        own = parent_cues_toward(carried.leading, work.texts[c.index - 1], work.parent_context(parent.index),
                                 by_article_author=True)
        c.stance_to_parent = _with_own_cues(carried, own)
    elif not c.is_author and not parent.is_author:
        c.stance_to_author = thread_consistent(c.stance_to_author, c.stance_to_parent, parent.stance_to_author,
                                               parent.index)


_OPPOSITE = {"agree": "disagree", "disagree": "agree"}


def thread_consistent(to_author: Stance, to_parent: Stance, parent_to_author: Stance, parent: int) -> Stance:
    """A reply that agrees with a reader cannot stand on the other side toward the author from that
    reader: one of the two decisions is wrong and nothing tells which, so the stance toward the
    author becomes unclear, its cues saying why (its probabilities and leading label stay)."""
    side = _OPPOSITE.get(parent_to_author.label)
    if to_parent.label != "agree" or side is None or to_author.label != side:
        return to_author
    reason = (f"agrees with #{parent}, who {parent_to_author.label}s with the author, "
              f"yet reads as {to_author.label}ing: the two decisions contradict each other")
    return replace(to_author, label=UNCLEAR, cues=(Cue("thread", reason, 0.0), *to_author.cues))


def _restated(stance: Stance, reason: str) -> Stance:
    """A stance carried over from a related decision, with that decision's probability and evidence."""
    label = _AS_TO_AUTHOR.get(stance.label, stance.label)
    probabilities = tuple((_AS_TO_AUTHOR.get(name, name), p) for name, p in stance.probabilities)
    return replace(stance, label=label, probabilities=probabilities, cues=(Cue("thread", reason, 0.0), *stance.cues))


def _with_own_cues(stance: Stance, own: tuple[Cue, ...]) -> Stance:
    """The carried-over stance's cues, then the comment's own ones that are not already listed."""
    listed = {(cue.name, cue.text) for cue in stance.cues}
    return replace(stance, cues=(*stance.cues, *(cue for cue in own if (cue.name, cue.text) not in listed)))


def _thread_root(items: list[Comment], comment: Comment) -> int:
    while comment.parent is not None:
        comment = items[comment.parent - 1]
    return comment.index


def _mark_quoted_and_contested(sentences: list[SentenceAnalysis], comments: list[CommentAnalysis]) -> None:
    """A passage is contested when a comment that disagrees with the author quotes it."""
    for analysis in comments:
        for quote in analysis.quotes:
            sentence = sentences[quote.sentence_index]
            sentence.quoted_by.append(analysis.index)
            if analysis.stance_to_author.label == "disagree":
                sentence.contested_by.append(analysis.index)


def _unscored_note(comments: list[CommentAnalysis]) -> list[str]:
    """Which comments have no polarity (and no stance) because they are not in English, said once per page."""
    languages = Counter(c.sentiment.language for c in comments if not c.sentiment.scored)
    if not languages:
        return []
    named = ", ".join(f"{code}: {n}" for code, n in sorted(languages.items()))
    count = sum(languages.values())
    return [f"{count} comment{'s' if count != 1 else ''} not in English ({named}): no sentiment polarity "
            "and an unclear stance (the lexicon and the stance models read English only); they are left out "
            "of the tone and disagreement figures"]


def _notes(page: Page) -> list[str]:
    sample = page.article.text[:4000] + " " + " ".join(c.text for c in page.comments.items[:20])
    return [] if not sample.strip() or looks_english(sample) else [ENGLISH_ONLY_NOTE]


__all__ = ["analyse_page", "PageAnalysis", "CommentAnalysis", "SentenceAnalysis"]
