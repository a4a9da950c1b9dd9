"""The per-article figures in plain words, for an editor rather than a statistician.

`in_short` gives the few sentences the summary and the report open with: whether the parse can be
trusted, who took issue with the article and over which words, whether the author answered, who
backed the author, and how the comments' tone compares with the article's. `caveats` names, in a
word or two each, why a page's figures may not stand (the index marks those pages). The phrasing
helpers (`counted`, `refs`, `comment_count_line`) are shared by the terminal and the HTML report so
both say the same thing the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from discourse.analysis.cues import PUSHBACK
from discourse.analysis.page import ENGLISH_ONLY_NOTE, CommentAnalysis, PageAnalysis
from discourse.analysis.summary import Summary
from discourse.model import Comments

# Below this many reader comments a share or a split says little about the readers.
FEW_COMMENTS = 5
# A difference in tone is called clear below this p-value (two-sided).
CLEAR_DIFFERENCE = 0.05
NAMED_COMMENTS = 3
PASSAGE_WORDS = 10
UNCLEAR = "unclear"
SCRIPT_ONLY = "script-only"
SCRIPT_ONLY_SENTENCE = "Comments are loaded by a script and not in the saved page, so none could be read."
NOT_ENGLISH_SENTENCE = ("The page is not in English: the tone and stance figures rely on English word lists and "
                        "mean little here.")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 comment', '2 comments', '0 comments'."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def refs(indices: list[int], most: int | None = None) -> str:
    """'#1', '#1 and #2', '#1, #2 and #5'; with `most`, those past it as 'and 4 more'."""
    shown = [f"#{i}" for i in indices[:most]]
    rest = len(indices) - len(shown)
    if rest:
        return ", ".join(shown) + f" and {rest} more"
    if len(shown) < 2:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" \u2026" if len(words) > n else "")


def section_state(comments: Comments) -> str | None:
    """Why a page has no comments to read, in one sentence; None when it has some."""
    if comments.items:
        return None
    if comments.status == SCRIPT_ONLY:
        return SCRIPT_ONLY_SENTENCE
    if comments.status == "absent":
        return "No comment section was found on the page."
    closed = " and comments are closed" if comments.closed else ""
    return f"The page has no comments{closed}."


def comment_count_line(summary: Summary, comments: Comments) -> str:
    """'10 found; the page says 11', '25 found; the page states no count', or why there are none."""
    if not comments.items and comments.status == SCRIPT_ONLY:
        return "none in the saved page: a script loads them"
    if not comments.items and comments.status == "absent":
        return "none: no comment section found"
    found = f"{summary.comments} found"
    if summary.declared is None:
        return f"{found}; the page states no count"
    if summary.declared == summary.comments:
        return f"{found}, as the page says"
    return f"{found}; the page says {summary.declared}"


_STANCE_WORDS = {"neutral": "neutral", "query": "asking a question", "unclear": "unclear"}


def other_readers(counts: dict[str, int]) -> str:
    """Readers neither agreeing nor disagreeing, by stance: '5 neutral, 2 asking a question, 1 unclear'."""
    return ", ".join(f"{n} {_STANCE_WORDS.get(label, label)}" for label, n in sorted(counts.items()))


def doubt_sentence(comments: Comments) -> str | None:
    if not comments.doubts:
        return None
    return "The comment section may be misread: " + "; ".join(comments.doubts) + "."


NESTING_HIDDEN_SENTENCE = ("Replies may be shown as top-level comments: the page offers a reply link under each "
                           "comment, but its text does not show which comment answers which.")


def nesting_sentence(comments: Comments) -> str | None:
    """The caveat of a text rendering that hid the thread's nesting: its reply figures (none) may be wrong."""
    return NESTING_HIDDEN_SENTENCE if comments.nesting_hidden else None


def caveats(analysis: PageAnalysis, summary: Summary) -> list[str]:
    """Why this page's figures may not stand: a doubtful parse, replies its text did not show, few
    comments, another language."""
    found = []
    if analysis.page.comments.doubtful:
        found.append("doubtful parse")
    if analysis.page.comments.nesting_hidden:
        found.append("replies not shown")
    if summary.comments and summary.disagreement.n < FEW_COMMENTS:
        found.append("few comments")
    if ENGLISH_ONLY_NOTE in analysis.notes:
        found.append("not English")
    return found


def in_short(analysis: PageAnalysis, summary: Summary) -> list[str]:
    """The summary in a few plain sentences, most important first."""
    page = analysis.page
    sentences = [s for s in (doubt_sentence(page.comments), nesting_sentence(page.comments), _language(analysis),
                             section_state(page.comments)) if s]
    readers = [c for c in analysis.comments if not c.is_author]
    if readers:
        sentences.append(_sides(analysis, summary, readers))
        sentences.append(_author_answered(analysis, readers))
        sentences.extend(s for s in (_backers(analysis, readers), _questions(readers), _unclear(readers)) if s)
        if len(readers) < FEW_COMMENTS:
            sentences.append(f"With only {counted(len(readers), 'reader comment')}, these shares say little.")
    if analysis.comments:
        sentences.append(tone_in_words(analysis, summary))
    return sentences


def _language(analysis: PageAnalysis) -> str | None:
    return NOT_ENGLISH_SENTENCE if ENGLISH_ONLY_NOTE in analysis.notes else None


def _sides(analysis: PageAnalysis, summary: Summary, readers: list[CommentAnalysis]) -> str:
    against = [c for c in readers if c.stance_to_author.label == "disagree"]
    favour = summary.stances.get("agree", 0)
    if not against and not favour:
        return f"No reader clearly took a side on the article ({counted(len(readers), 'reader comment')})."
    n = summary.disagreement.n  # readers whose stance is clear: the unclear are counted apart
    lead = sides_lead(len(against), favour, n)
    if not against:
        return f"{lead}: none of {counted(n, 'reader')} with a clear stance took issue with the article."
    reasons = [_over_what(c, analysis) for c in against[:NAMED_COMMENTS]]
    more = f"; and {len(against) - NAMED_COMMENTS} more" if len(against) > NAMED_COMMENTS else ""
    return (f"{lead}: {len(against)} of {counted(n, 'reader')} with a clear stance took issue with the article "
            f"({'; '.join(reasons)}{more}).")


def sides_lead(against: int, favour: int, clear: int) -> str:
    """The opening words for who took a side: "split" only while the smaller side has more than a
    quarter of those who took one, so 3 against 1 reads as pushback, not as an even divide."""
    if against and favour:
        if against >= 3 * favour:
            return "Most readers who took a side pushed back"
        if favour >= 3 * against:
            return "Most readers who took a side backed the author, some pushed back"
        return "Readers were split"
    if against:
        return "Readers pushed back" if against * 2 >= clear else "Some readers pushed back"
    return "Readers leaned toward the author"


def who(c: CommentAnalysis) -> str:
    """'Anna (#3)' where the page names the commenter, else '#3'."""
    return f"{c.comment.author} (#{c.index})" if c.comment.author else f"#{c.index}"


def _over_what(c: CommentAnalysis, analysis: PageAnalysis) -> str:
    """Who, and what they objected to: the article passage they quote, else their own pushback words."""
    if c.quotes:
        passage = first_words(c.quotes[0].sentence, PASSAGE_WORDS)
        return f"{who(c)} over the passage \u201c{passage}\u201d"
    words = pushback_words(c)
    if words:
        return f"{who(c)} with " + ", ".join(f"\u201c{w}\u201d" for w in words[:3])
    return who(c)


def pushback_words(c: CommentAnalysis) -> list[str]:
    """The comment's own words behind its disagreement: the text of its pushback cues that the
    comment holds (a cue's text may also be a figure such as a polarity, which is left out)."""
    found: list[str] = []
    for cue in c.stance_to_author.cues:
        if cue.weight <= 0 or (cue.name not in PUSHBACK and cue.name != "pushback"):
            continue
        for piece in cue.text.split(" | "):
            piece = piece.strip()
            if piece and piece in c.comment.text and piece not in found:
                found.append(piece)
    return found


def _author_answered(analysis: PageAnalysis, readers: list[CommentAnalysis]) -> str:
    own = [c for c in analysis.comments if c.is_author]
    if not own:
        return "The author did not answer: no comment by the author was found."
    by_index = {c.index: c for c in analysis.comments}
    answered = [by_index[c.comment.parent] for c in own if c.comment.parent in by_index]
    critics = [c for c in answered if not c.is_author and c.stance_to_author.label == "disagree"]
    replies = Counter(c.stance_to_parent.label for c in analysis.comments
                      if c.stance_to_parent and c.comment.parent in {o.index for o in own} and not c.is_author)
    parts = [f"The author wrote {counted(len(own), 'comment')} ({refs([c.index for c in own], 6)})"]
    if critics:
        parts.append(f"answering {refs([c.index for c in critics])}, who took issue")
    elif answered:
        parts.append(f"in reply to {refs(sorted({c.index for c in answered}), 6)}")
    sentence = ", ".join(parts)
    if replies:
        received = ", ".join(f"{n} {_AGREEMENT_WORDS.get(label, label)}" for label, n in replies.most_common())
        sentence += f"; readers' replies to the author: {received}"
    return sentence + "."


_AGREEMENT_WORDS = {"agree": "agreed", "disagree": "disagreed", "neutral": "neutral", "query": "asked"}


def _backers(analysis: PageAnalysis, readers: list[CommentAnalysis]) -> str | None:
    """Readers who agree with the author, or who agree with one of the author's comments without
    taking issue with the article."""
    own = {c.index for c in analysis.comments if c.is_author}
    backers = [c for c in readers if c.stance_to_author.label == "agree"
               or (c.stance_to_author.label != "disagree" and c.comment.parent in own
                   and c.stance_to_parent and c.stance_to_parent.label == "agree")]
    if not backers:
        took_issue = any(c.stance_to_author.label == "disagree" for c in readers)
        return "No reader clearly backed the author." if took_issue else None
    names = ", ".join(who(c) for c in backers[:NAMED_COMMENTS])
    more = f" and {len(backers) - NAMED_COMMENTS} more" if len(backers) > NAMED_COMMENTS else ""
    return f"{counted(len(backers), 'reader')} backed the author ({names}{more})."


def _questions(readers: list[CommentAnalysis]) -> str | None:
    asking = [c.index for c in readers if c.stance_to_author.label == "query"]
    if not asking:
        return None
    return f"{counted(len(asking), 'reader')} asked the author a question ({refs(asking, 6)})."


def _unclear(readers: list[CommentAnalysis]) -> str | None:
    unclear = [c for c in readers if c.stance_to_author.label == UNCLEAR]
    if not unclear:
        return None
    unread = sum(c.stance_to_author.confidence is None for c in unclear)  # not in English: not read at all
    why = f" ({unread} not in English, which the stance model cannot read)" if unread else ""
    return (f"For {counted(len(unclear), 'comment')} ({refs([c.index for c in unclear], 6)}) the stance toward "
            f"the author is unclear{why}; they are counted apart.")


def tone_in_words(analysis: PageAnalysis, summary: Summary) -> str:
    """The article-against-comments sentiment test, as a sentence without its statistics."""
    test = summary.sentiment_test
    if test.p_value is None:
        return f"The comments' tone cannot be compared with the article's: {test.reason}."
    if test.p_value >= CLEAR_DIFFERENCE:
        return "There is no clear difference between the article's tone and the comments'."
    comments = [c.sentiment.polarity for c in analysis.comments if c.sentiment.scored]
    side = "more negative" if sum(comments) / len(comments) < summary.article_polarity else "more positive"
    return f"The comments are clearly {side} in tone than the article."


@dataclass(frozen=True)
class AuthorGroup:
    """The author's comments that share one reason for being the author's, and the replies they got."""

    indices: tuple[int, ...]
    reason: str
    replies: dict[str, int]


def author_groups(summary: Summary) -> list[AuthorGroup]:
    """The author's comments grouped by their first piece of evidence, so a reason shared by 26
    comments is said once."""
    groups: dict[str, tuple[list[int], Counter]] = {}
    for reply in summary.author_replies:
        reason = reply.evidence[0] if reply.evidence else "recognised as the author"
        indices, received = groups.setdefault(reason, ([], Counter()))
        indices.append(reply.index)
        received.update(reply.replies)
    return [AuthorGroup(tuple(indices), reason, dict(received)) for reason, (indices, received) in groups.items()]
