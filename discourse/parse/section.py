"""Where the comment section starts: its header chosen by weighing every candidate.

A page holds many lines that read like a comment header: a count in the byline ("2
responses"), a "Comments" menu entry, teasers for other stories ("41 comments"), a
per-user counter. Taking the first one fails on real pages, so each candidate that is
followed by something comment-like is weighed by what follows it up to the next such
candidate: signed lines (a name with a date or a "says" verb) count most, list markers
a little, and a declared count that agrees with the signed lines counts too. A page with
no usable header may still hold comments: a run of signed lines after the article body.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
import re
from itertools import accumulate, compress, islice

from discourse.parse import patterns
from discourse.parse.commenters import (MAX_COMMENTER_CHARS, SAYING_TAILS, commenter_fields, ends_sentence, ends_with_saying,
                                        may_name_commenter, plain_item, yearless_head)
from discourse.parse.commenters import forget as forget_commenters
from discourse.parse.boilerplate import line_kind
from discourse.parse.lines import FirstCharacters, LineFacts
from discourse.parse.starts import Dispatch, starts

_LOOKAHEAD = 15
YEARLESS_HEADS = 2  # one-line heads of a name and a yearless date that show a thread (`yearless_head`)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# Whether a line holds a match of `patterns.COMMENT_DATE` at a digit not preceded by a digit: every
# timestamp `commenter_fields` reads is one (`patterns.timestamps` skips those after a digit). The
# same alternatives, but only whether one matches is asked: the optional tails are left off, the
# optional second digit is factored out so each alternative opens with its own character, and a
# digit after a digit is passed over at once (on the long pages' digit lines, half the time).
_RELATIVE = patterns.RELATIVE_UNIT_FIRST
_MONTH = r"(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
_AFTER_DAY = (rf"[./]\d{{1,2}}[./]\d{{2,4}}|:\d\d|\s+(?:{_MONTH}|\d{{4}}|{_RELATIVE})"
              rf"|(?:st|nd|rd|th)(?:\.?\s+{_MONTH}|,?\s+\d{{4}})|\.\s+{_MONTH}|,\s+\d{{4}}")
_WORD_FIRST = rf"{patterns.RELATIVE_WORD_FIRST}\d*\s+{patterns.RELATIVE_WORD_FIRST_UNITS}"
_HYPHENED = r"(?<!-\d)\d?-\d{1,2}-(?:19|20)\d\d(?!\d)"  # "13-03-2024", "1-1-2020": the timestamp pattern's hyphened date
_DATE = re.compile(rf"\d(?<!\d\d)(?:{_HYPHENED}|\d(?:\d\d-\d\d-\d\d|\d*\s+{_RELATIVE}|{_AFTER_DAY})|{_AFTER_DAY}"
                   rf"|{_WORD_FIRST})",
                   re.IGNORECASE).search
# Evidence weights: a signed line (name + date, or "NAME says:") is strong, a bare list marker weak.
_SIGNED_WEIGHT = 1.0
_MARKER_WEIGHT = 0.25
_AGREEMENT_BONUS = 3.0
_EVIDENCE_LINES = 300  # non-blank lines weighed after a candidate: a thread shows its kind well before
_COUNTED_BONUS = 0.5
# A run of signed lines without a header opens a section when this many come within the window.
_HEADERLESS_SIGNED = 3
_HEADERLESS_WINDOW = 80
_MIN_PROSE_BEFORE = 3
_SENTENCE_ENDS = frozenset(".!?")
_PROSE_WORDS = 12
_MAX_HEAD_CHARS = 240  # a name with its date and links, image placeholders included
_MAX_HEADER_CHARS = 200  # a longer line is text, not a header
_MAX_LOWERED_HEADER = 2 * _MAX_HEADER_CHARS  # its lower case: "İ" lower-cased is two characters, no other more
_NAME_LINE_WORDS = 3  # a name alone on its line, its date on the next
_DATED_ITEM_REACH = 6  # lines under a name's dated item within which the post's text begins
_FORUM_POSTS = 2  # lines of a forum's furniture, one a post, that show a forum's thread (`shows_forum_furniture`)
_SUBJECT_REACH = 3  # lines over a post's head within which a reply's subject stands (blank lines between)
_THREAD_LINK_WORDS = 3  # a reply, quote or permalink link's words at most ("Report this post")
# Signs of a forum thread among its posts' heads (`_shows_thread`).
_PROFILE_BUTTONS = re.compile(patterns.PROFILE_BUTTONS + r"(?:\s+(?:quote|report|reply))*", re.IGNORECASE)
_QUOTE_LINK = re.compile(r"(?:multi-?)?quote", re.IGNORECASE)
_QUOTE_OPENING = re.compile(r"^(?P<name>[^\s:][^:]{0,60}?)\s+(?:said|wrote|schrieb|a écrit|escribió)\s*:", re.IGNORECASE)
# The opening of a quoted post that names whom it quotes by a forum's words, not a verb ("Originally Posted by erin")
_QUOTED_FROM = re.compile(r"^" + patterns.QUOTED_FROM_LABEL + r"\s*(?P<name>[^\s:]+(?:\s+[^\s:]+){0,2}?)"
                          r"(?:\s+on\s.*)?$", re.IGNORECASE)
_REACTIONS = re.compile(r"^\d+\s+(?:likes?|points?|votes?|upvotes?)$", re.IGNORECASE)  # "3 Likes" under a post
_POST_NUMBER = re.compile(r"(?:^|\s)#\d{1,7}(?:\s|$)")
_LONE_POST_NUMBER = re.compile(r"#\d{1,7}")
# A post number a renderer ran into the post's time before it ("10:00am2"): forums number their posts
_GLUED_POST_NUMBER = re.compile(r"\d[ap]m\d{1,7}$", re.IGNORECASE)
# The labels of a poster's details in a forum's poster box
_DETAIL_LABELS = r"posts|messages|join date|joined|registered|reputation|karma|member since"
_POSTER_DETAILS = re.compile(r"^(?:posts|messages|joined|registered|reputation|karma|member since)\b\s*:?\s*\S",
                             re.IGNORECASE)
# A poster box's detail ("Posts: 42", "Joined: Jan 2020", "Join Date" over "Jan 2020"): a count or date of the poster's
_POSTER_DETAIL = re.compile(r"^(?:" + _DETAIL_LABELS + ")"
                            r"\s*:?\s*(?P<value>[^:]{0,20})$", re.IGNORECASE)
# A time of day in a post's timestamp ("9:40", "9h40", "9.40 am")
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d\d|h\d\d|\.\d\d\s*(?:[ap]\.?m|h|uhr)\b)", re.IGNORECASE)
_DETAIL_WORD = re.compile(_DETAIL_LABELS, re.IGNORECASE)  # a detail's label, anywhere in a line
# In lower-cased lines, what `_DETAIL_WORD` may find in them: a label, or a letter that the case-blind search reads
# as one of a label's and lower-casing does not give as it ("ı" and "ſ" stay, "İ" gives "i" and a dot above). Each
# a literal, not a class: a search for literals alone skips to their first letters.
_LABEL_OR_FOLDED = re.compile(_DETAIL_LABELS + "|ı|ſ|\u0307")
_DETAIL_CHARS = 48  # a poster detail's line at most, list marker and all ("* Member since: 12 January 2021")
_BOX_REACH = 12  # lines from a poster box's name to its first detail, and from its last to the post's date
_MAX_DETAIL_VALUE = 24  # "Jan 2020", "12" under a label alone
BOX_NAME_CHARS = 40  # a poster's name over a box, heading marks aside
# A forum's rank under a poster's name ("Junior Member", "Newbie", "Site Admin")
_RANK = re.compile(r"(?:^|\s)(?:member|newbie|admin|administrator|moderator|mod|guest|user|poster|veteran|contributor)s?$",
                   re.IGNORECASE)
_ENTRY_LINK = re.compile(r"permalink|report", re.IGNORECASE)  # a live blog's entries and a feed's posts have them too
# A comment's links to its neighbours in the tree, or its fold toggle, after its head ("bob 2 hours ago | next [–]")
_TREE_LINKS = re.compile(r"\|\s*(?:parent|next|prev|root|context)\b|\[[–-]\]", re.IGNORECASE)
# phpBB's head over each post, its name and date parted by a guillemet ("Post by erin » Mon Mar 04, 2024 10:20 am"),
# or the name alone before it ("erin » 04 Mar 2024, 10:20", `is_guillemet_head`)
_GUILLEMET_HEAD = re.compile(r"^(?P<by>(?:post\s+)?by\s+)?[^»]{1,60}?\s»\s(?P<date>.*)", re.IGNORECASE)
_WEEKDAY_BEFORE_DATE = 12  # "Mon, ", "Montag, ": what may stand between a head's guillemet and its date
_HEAD_DATE_CHARS = 60  # the head's date, a weekday and a clock time with it: looked for there only
_FORUM_SIGNS = frozenset({"reply link", "post quoted or poster's details", "post number", "tree links", "post head"})
_TIME_AGO = re.compile(r"(?:\d+|an?|one)\s+" + patterns.RELATIVE_UNIT_FIRST, re.IGNORECASE)
_ARTICLE_PROSE = 2  # prose lines under a header, with no prose above it, that make it the article's meta line


@dataclass
class Section:
    """Where the section starts, and a count declared by another header line (a count shown
    only above the article: "5 Comments" in the byline, a bare "Comments" above the list)."""

    start: int
    declared_elsewhere: int | None = None
    headerless: bool = False
    flush: bool = False  # headerless, and no head's text indented under it: the start is a guess
    opening_head: int | None = None  # the head of a thread's opening post, which is the article: its byline


def forget_lines() -> None:
    """Start a page with empty memos: only lines of the same page are worth remembering."""
    marker.cache_clear()
    forget_commenters()


def declared_count(header: str) -> int | None:
    """The count a comment header declares ("12 Comments", "Comments (12)", "No comments yet"), or None.
    Each pattern only where a match can begin (the first character) or holds its count (a digit): most
    texts asked are no header, and both patterns ignore case, which the regex engine tries slowly."""
    match = (_COUNT_LEADS[header[:1]] and patterns.COMMENT_HEADER.match(header)
             or _DIGIT.search(header) is not None and patterns.COUNT_AFTER_HEADER.match(header))
    if not match:
        return None
    count = match.group("count").lower()
    return int(count) if count.isdigit() else patterns.COUNT_WORDS.get(count)


class _MarkerLeads(dict):
    """Whether a line whose text opens with a character may be a list marker line, by character:
    `marker`'s own first test (a digit, or no letter nor number), one dict look-up where it was two
    method calls, in the loops that ask it of many lines. A character is asked once and remembered (up
    to `_REMEMBERED` of them, so a page of scattered scripts cannot grow it without end)."""

    _REMEMBERED = 4096

    def __missing__(self, lead: str) -> bool:
        may = lead.isdigit() or not lead.isalnum()
        if len(self) < self._REMEMBERED:
            self[lead] = may
        return may


MAY_LEAD_MARKER = _MarkerLeads()


@lru_cache(maxsize=8192)
def marker(line: str):
    """(indent, text column, item text) of a list marker line, or None (memoised: the finder and the
    reader ask about the same lines; `forget_lines` clears it per page)."""
    stripped = line.strip()
    first = stripped[:1]
    # Each marker pattern opens with `\s*` (what `strip` takes off) and a decimal digit or a bullet:
    # the first character left says which pattern can match, if any (a regex call per line cost more).
    if first.isdecimal():
        match = patterns.NUMBER_MARKER.match(line)
        bare = match is None and patterns.BARE_NUMBER.match(stripped)
    elif first and first in patterns.BULLETS:
        match = patterns.BULLET_MARKER.match(line)
        bare = match is None and patterns.BULLET_MARKER.match(line + " x")
    else:
        return None
    if match:
        return len(match.group("indent")), match.start("text"), match.group("text")
    return (len(line) - len(stripped), len(line), "") if bare else None


_COUNT_LEADS = FirstCharacters(patterns.COMMENT_HEADER)  # the first characters of a count before the noun
_NOUN_FIRST_HEADER = patterns.lowercase_source(patterns.COMMENT_HEADER, patterns.source("BARE_COMMENT_HEADER"))
_COUNT_LAST_HEADER = patterns.lowercase_matcher(patterns.COUNT_AFTER_HEADER)
_NOUN_FIRST_STARTS = starts(_NOUN_FIRST_HEADER)
_NOUN_FIRST = _NOUN_FIRST_STARTS.first
_NOUN_FIRST_DISPATCH = Dispatch(_NOUN_FIRST_HEADER)
_NOUN_FIRST_MATCH = _NOUN_FIRST_DISPATCH.match  # only the alternatives the first character admits


def is_guillemet_head(text: str) -> bool:
    """A forum post's head of a name and a date parted by a guillemet: "Post by erin » Mon Mar 04, 2024 10:20 am", or
    without the by-word where the date follows the guillemet at once (a weekday before it at most) and no other
    guillemet does ("erin » 04 Mar 2024, 10:20"): a breadcrumb trail ("Board index » Fishing » Tackle") names pages."""
    found = _GUILLEMET_HEAD.match(text)
    if found is None or found.group("by"):
        return found is not None
    date = found.group("date")
    spans = patterns.timestamps(date[:_HEAD_DATE_CHARS]) if "»" not in date else []
    return bool(spans) and spans[0][0] <= _WEEKDAY_BEFORE_DATE


def shows_forum_furniture(texts: list[str]) -> bool:
    """Whether a thread's stripped lines show a forum's own furniture, once a post at least (`_FORUM_POSTS`): a post's
    row of profile buttons ("PM Find Quote"), its number alone ("#2") or phpBB's head ("by erin » DATE"). There a lone
    "Top" is a post's link back to the page's top; under a news story it may be a reader's whole comment, and one
    such line may be a reader's too."""
    signs = (text for text in texts if text and (_PROFILE_BUTTONS.fullmatch(text) or _LONE_POST_NUMBER.fullmatch(text)
                                                 or is_guillemet_head(text)))
    return next(islice(signs, _FORUM_POSTS - 1, None), None) is not None


def is_header(text: str) -> bool:
    """A line that reads like a comment header ("12 Comments", "Comments (12)", "Kommentare")."""
    return 0 < len(text) <= _MAX_HEADER_CHARS and _lowered_header(text, text.lower())


def _lowered_header(text: str, lowered: str) -> bool:
    """`is_header` of a stripped line of at most 200 characters and its lower-cased form.

    "Comments (12)" ends with its count (or the bracket after it): only such lines are tried
    against that pattern, which otherwise tries forty positions of every line of the page."""
    if _NOUN_FIRST(lowered[:1]) and _NOUN_FIRST_MATCH(lowered) is not None:
        return True
    last = text[-1]
    return (last.isdigit() or last == ")") and _COUNT_LAST_HEADER.match(lowered) is not None


def header_lines(facts: LineFacts) -> list[int]:
    """Every line that reads like a comment header: `_lowered_header` spelt out over the page's
    lower-cased lines (it runs on every line). The noun-first pattern is asked once per distinct
    line text (a page repeats its blank lines, menus and widgets: a joined page of 20,000 lines
    holds 12,700 texts), and its answers are spread back over the lines in C. A count last
    ("Comments (12)") needs a digit and a noun holding one of `_COUNT_NOUN_STEMS`: that pattern is
    tried on such lines only."""
    texts, lowered = facts.text, facts.lowered
    headers = _noun_first_headers(dict.fromkeys(lowered))
    found = [i for i in compress(range(len(lowered)), map(headers.__contains__, lowered))
             if len(texts[i]) <= _MAX_HEADER_CHARS] if headers else []
    count_last, stems = _COUNT_LAST_HEADER.match, _COUNT_NOUN_STEMS
    counted = [k for k in compress(range(len(texts)), facts.digits)
               if (texts[k][-1] in _COUNT_ENDS or texts[k][-1] > "\x7f" and texts[k][-1].isdigit())
               and len(texts[k]) <= _MAX_HEADER_CHARS and any(map(lowered[k].__contains__, stems))
               and count_last(lowered[k]) is not None]
    return sorted({*found, *counted}) if counted else found


def _noun_first_headers(distinct) -> set[str]:
    """The lower-cased line texts of `distinct` that the noun-first pattern matches, the pattern tried
    only where the first character admits it (`_NOUN_FIRST_STARTS.admit` and `Dispatch.match` spelt out:
    a call per line costs more than the test). A text longer than `_MAX_LOWERED_HEADER` is passed
    over: its line is longer than a header."""
    dispatch = _NOUN_FIRST_DISPATCH
    tables, admitted, decimal = dispatch.tables, _NOUN_FIRST_ADMITTED, _NOUN_FIRST_STARTS.decimal
    found = set()
    for lowered in distinct:
        first = lowered[:1]
        if (first in admitted or decimal and first > "\x7f" and first.isdecimal()) and len(lowered) <= _MAX_LOWERED_HEADER:
            table = tables.get(first, dispatch)
            if table is dispatch:  # not built yet
                table = dispatch.table(first)
            if table is not None and table.match(lowered) is not None:
                found.add(lowered)
    return found


class _Every:
    def __contains__(self, first: str) -> bool:
        return True


# The first characters `header_lines` tries the noun-first pattern on, the ASCII digits among them
# where it admits any decimal digit; the last characters of a count-last header (besides other
# digits); a part of each noun of `patterns.COUNT_AFTER_HEADER`, lower-cased.
_NOUN_FIRST_ADMITTED = _Every() if _NOUN_FIRST_STARTS.every else (
    _NOUN_FIRST_STARTS.chars | (frozenset("0123456789") if _NOUN_FIRST_STARTS.decimal else frozenset()))
_COUNT_ENDS = frozenset("0123456789)")
_COUNT_NOUN_STEMS = ("omment", "oment", "responses", "ussion", "eacti", "éacti", "коммент")


def signed(line: str, dated: bool = False) -> bool:
    """A line that names a commenter: a name with a date, or a name with a verb of saying (or, when
    `dated`, a comment's timestamp on a line of its own, its name on the line above)."""
    found = _signature(line, marker(line))
    return found is not None and (found[0] is not None or dated)


def _signature(line: str, listed) -> tuple | None:
    """The commenter a line (or its list item) names, as `commenter_fields` (its author first); cheap
    pre-checks first: most lines are text."""
    text = plain_item(listed[2]) if listed else line.strip()
    return commenter_fields(text) if may_name_commenter(text) else None


def find_section(lines: list[str], facts: LineFacts) -> Section | None:
    """The comment section's first line: the best-supported header, a run of signed lines, or None."""
    headers = header_lines(facts)
    opening = [i for i in headers if _opens_section(lines, facts.text, i)]
    prose = _prose_lines(lines, _MIN_PROSE_BEFORE)
    first_prose = prose[0] if prose else len(lines)
    bounds = [*opening[1:], len(lines)]
    heads_article = _ArticleHeads(lines, facts, first_prose)
    opening = _without_reply_toggles(lines, facts.text,
                                     [i for i, end in zip(opening, bounds) if not heads_article(i, end)])
    counts = {i: declared_count(facts.text[i]) for i in headers}
    if len(opening) == 1:
        return _with_count_elsewhere(lines, facts, Section(opening[0]), counts, len(lines))
    if opening:
        return _weigh(lines, facts, opening, counts)
    counted = [i for i in headers if counts[i] is not None and not heads_article(i, len(lines))]
    headerless, flush = _signed_run(lines[:counted[-1] + 1] if counted else lines, prose)  # a later run loses to the header
    before = [i for i in counted if headerless is None or i < headerless]
    if before:
        return Section(before[-1])  # a counted header with the comment form between it and the comments
    if headerless is not None:
        start = _text_signed_after(lines, headerless)
        return Section(start, next((counts[i] for i in counted), None), headerless=True, flush=flush)
    first = next((line for line in lines if line.strip()), "")
    if patterns.NUMBER_MARKER.match(first) or patterns.COMMENTER_LINE.match(first.strip()):
        return Section(0)  # a page of comments alone
    return None if counted else _replies_to_opening_post(lines, first_prose)


def _without_reply_toggles(lines: list[str], texts: list[str], opening: list[int]) -> list[int]:
    """The candidates but those that are a comment's reply toggle ("3 Replies", "View 2 more replies") under a
    signed line of the thread an earlier candidate opens: they open that comment's replies, not the section.
    (A toggle with no comment above it may be the section's header, as some sites word it.)"""
    kept: list[int] = []
    for i in opening:
        if not (kept and patterns.REPLY_LINK.match(texts[i])
                and any(texts[k] and signed(lines[k]) for k in range(kept[-1] + 1, i))):
            kept.append(i)
    return kept


def _opens_section(lines: list[str], texts: list[str], i: int) -> bool:
    """Whether a comment (or a notice that comments are closed) follows header i within `_LOOKAHEAD`
    lines: `starts_comment` spelt out on the stripped lines (`texts`), `marker`'s first test first; or
    `YEARLESS_HEADS` heads of a name and a yearless date ("Ann  May 3"), of which one alone is no head."""
    yearless = 0
    for k in range(i + 1, min(i + 1 + _LOOKAHEAD, len(lines))):
        text = texts[k]
        if text and (MAY_LEAD_MARKER[text[0]] and marker(lines[k]) is not None
                     or commenter_fields(text) is not None or patterns.CLOSED_NOTICE.match(text)):
            return True
        yearless += bool(text) and yearless_head(text) is not None
        if yearless >= YEARLESS_HEADS:
            return True
    return False


def _weigh(lines: list[str], facts: LineFacts, opening: list[int], counts: dict[int, int | None]) -> Section:
    """The candidate with the most comment evidence up to the next candidate (ties: the earlier).

    On a long page most candidates are other threads' or teasers', and reading every window's lines
    as commenter lines was a third of the parse. So each candidate is known first by a bound on its
    score (its window's length), then by a closer one (`_ceiling`, from cheap tests), then by its
    score, and the candidate with the highest figure so far is the one looked at more closely: once
    that figure is a score, no other candidate can beat it. The choice is the one weighing every
    candidate would make."""
    texts, digits = facts.text, facts.digits
    windows = {i: _window(texts, i + 1, end) for i, end in zip(opening, [*opening[1:], len(lines)])}
    evidence: dict[int, tuple[float, tuple[int, int]]] = {}

    def above(i: int) -> list[int]:
        """Counts shown above candidate i (by the byline): those below are other stories' teasers."""
        return [count for j, count in counts.items() if count and j < i]

    def score(i: int, weight: float, signatures: tuple[int, ...], agree=_agrees) -> float:
        """The score of a window with this weight and these signature counts (`_may_agree`: its bound)."""
        agrees = any(agree(count, signatures) for count in ([counts[i]] if counts[i] else above(i)))
        return weight + _AGREEMENT_BONUS * agrees + _COUNTED_BONUS * (counts[i] is not None)

    def closer(i: int, known: int) -> float:
        """The next figure of candidate i after the one `known` (0: its window's length, 1: its ceiling)."""
        if known == 1:
            evidence[i] = _evidence(lines, texts, windows[i], digits)
            return score(i, *evidence[i])
        weight, signers = _ceiling(lines, texts, windows[i], digits)
        return score(i, weight, (signers,), _may_agree)

    queue = [(-score(i, len(windows[i]), (len(windows[i]),), _may_agree), i, 0) for i in opening]
    heapq.heapify(queue)  # highest figure first, then the earlier candidate
    while queue[0][2] < 2:
        _, i, known = heapq.heappop(queue)
        heapq.heappush(queue, (-closer(i, known), i, known + 1))
    best = queue[0][1]
    elsewhere = None
    if counts[best] is None:
        elsewhere = next((count for count in above(best) if _agrees(count, evidence[best][1])), None)
    return Section(best, elsewhere)


class _ArticleHeads:
    """Whether a count header heads the article ("5 Comments" under the headline): no prose above it
    (`first_prose`: the page's first prose line), and below it, up to `end`, prose with at most one
    signature. Prose lines are counted once over the page, and signed lines once as far down as a
    question needs (up to its `end`, or its second signature), so that asking it of many headers
    costs no scan of the rest of the page each time (a page of count lines alone was quadratic), and
    a header with two comments under it costs no reading of every line below them."""

    def __init__(self, lines: list[str], facts: LineFacts, first_prose: int):
        self.lines = lines
        self.facts = facts
        self.first_prose = first_prose
        self._prose: list[int] | None = None
        self._signed = [0]  # _signed[k]: the signed lines among lines[:k], for k read so far

    def __call__(self, i: int, end: int) -> bool:
        if self.first_prose < i:
            return False
        if self._prose is None:
            self._prose = [0, *accumulate(map(_is_prose_line, self.lines))]
        if self._prose[end] - self._prose[i + 1] < _ARTICLE_PROSE:
            return False
        return self._at_most_one_signed(i + 1, end)

    def _at_most_one_signed(self, first: int, end: int) -> bool:
        """Whether lines[first:end] hold at most one signed line: the counts read on until `end`, or until
        the lines from `first` hold two (no more lines can bring the count back)."""
        counts, lines, facts = self._signed, self.lines, self.facts
        while len(counts) <= end and (len(counts) <= first or counts[-1] - counts[first] <= 1):
            k = len(counts) - 1
            counts.append(counts[k] + _names_signer(lines[k], facts.text[k], facts.digits[k]))
        return len(counts) > end and counts[end] - counts[first] <= 1


def _names_signer(line: str, text: str, digit: bool) -> bool:
    """`signed(line)` of a line and its stripped text (`digit`: whether it holds one), blank lines
    passed over: `_read_signature`'s cheap first tests before any call."""
    if not text:
        return False
    found = _read_signature(line, text, digit)[1]
    return found is not None and found[0] is not None


def _with_count_elsewhere(lines: list[str], facts: LineFacts, section: Section, counts: dict[int, int | None],
                          end: int) -> Section:
    """A bare header ("Kommentare") with a count shown above it ("10 Kommentare" by the byline) that
    agrees with the signed lines under it: that count is the declared one. Counts below the thread
    are other stories' teasers."""
    declared = [count for i, count in counts.items() if count and i < section.start]  # above the thread only
    if counts[section.start] is None and declared:
        texts = facts.text
        signatures = _evidence(lines, texts, _window(texts, section.start + 1, end), facts.digits)[1]
        section.declared_elsewhere = next((count for count in declared if _agrees(count, signatures)), None)
    return section


def _evidence(lines: list[str], texts: list[str], window: list[int], digits: list[bool]) -> tuple[float, tuple[int, int]]:
    """(weight, (named signed lines, all signed lines including bare timestamps)) of the lines of a
    `_window` (`texts`: the same lines stripped, `LineFacts.text`; `digits`: `LineFacts.digits`)."""
    weight, named, dated = 0.0, 0, 0
    for k in window:
        listed, found = _read_signature(lines[k], texts[k], digits[k])
        if found is not None:
            weight, dated = weight + _SIGNED_WEIGHT, dated + 1
            named += found[0] is not None
        elif listed is not None:
            weight += _MARKER_WEIGHT
    return weight, (named, dated)


def _window(texts: list[str], first: int, end: int) -> list[int]:
    """The lines a candidate is weighed on: the first `_EVIDENCE_LINES` non-blank ones of texts[first:end]."""
    return list(islice(compress(range(first, end), texts[first:end]), _EVIDENCE_LINES))  # no Python code per line


def _read_signature(line: str, text: str, digit: bool) -> tuple:
    """(`marker`, `commenter_fields` of the line or its list item) of a non-blank line and its stripped
    text: `marker` and `_signature` spelt out, their cheap first tests before any call (the weighing
    asks this of many lines of a long page; `digit`: whether the line holds a digit)."""
    listed = marker(line) if MAY_LEAD_MARKER[text[0]] else None  # marker's own first test
    item = plain_item(listed[2]) if listed else text
    holds_digit = _DIGIT.search(item) is not None if listed else digit
    found = commenter_fields(item) if holds_digit or ends_with_saying(item) else None
    return listed, found


def _agrees(declared: int, signatures: tuple[int, int]) -> bool:
    """The declared count matches the named signatures, or (names printed apart) all the timestamps."""
    return any(found > 0 and abs(declared - found) <= max(1, declared // 5) for found in signatures)


def _may_agree(declared: int, signers: tuple[int]) -> bool:
    """Whether `_agrees` could hold for some signature count from 1 to `signers[0]` (the most there can be)."""
    return signers[0] > 0 and signers[0] >= declared - max(1, declared // 5)


def _ceiling(lines: list[str], texts: list[str], window: list[int], digits: list[bool]) -> tuple[float, int]:
    """The most `_evidence` of a `_window` can weigh, and the most lines it can find signed
    (`digits`: whether each line holds a decimal digit, `LineFacts.digits`).

    A line can be signed only where `commenter_fields` of it (or of its list item: a suffix of it,
    with the same last word) gets past its first tests: a closing verb of saying, or a timestamp
    in at most `MAX_COMMENTER_CHARS` characters that does not end a sentence. Other lines weigh at
    most a list marker's weight. A line with image placeholders ("[avatar]"), or a long one that
    may be a list item (the item is shorter), is read as the weighing reads it: that costs little
    on lines without a digit, as most are, and such lines are few. The timestamp pattern, whose
    every match begins with a digit, is tried only on lines that hold one (a seventh of a joined
    page's parse went to trying it on lines without)."""
    signers, listed = 0, 0
    for k in window:
        text = texts[k]
        may_list = MAY_LEAD_MARKER[text[0]]
        if "[" in text or may_list and len(text) > MAX_COMMENTER_CHARS:
            found_listed, found = _read_signature(lines[k], text, digits[k])
            signers += found is not None
            listed += found is None and found_listed is not None
        elif ((text[-1] in SAYING_TAILS and ends_with_saying(text))
              or (digits[k] and len(text) <= MAX_COMMENTER_CHARS and _DATE(text) is not None
                  and not ends_sentence(text))):
            signers += 1
        else:
            listed += may_list
    return signers * _SIGNED_WEIGHT + listed * _MARKER_WEIGHT, signers


def _prose_lines(lines: list[str], count: int) -> list[int]:
    """The page's first `count` prose lines (fewer where it has fewer), found once for the header
    weighing and the headerless search: on a page without prose each was a pass over every line."""
    ends, found, short = _SENTENCE_ENDS, [], set()  # short: line texts of fewer words, met already
    for i, line in enumerate(lines):  # `_is_prose_line` spelt out: on a page of short lines it ran on every line
        if len(line) > _PROSE_WORDS * 2 and line.rstrip(patterns.CLOSERS)[-1:] in ends and line not in short:
            if len(line.split()) < _PROSE_WORDS:
                short.add(line)
            else:
                found.append(i)
                if len(found) >= count:
                    break
    return found[:max(count, 0)]


def _signed_run(lines: list[str], prose: list[int]) -> tuple[int | None, bool]:
    """The first of several comment heads close together after some prose (`prose`: the page's first
    prose lines): comments without a header; and whether no head of the run has its text indented under it."""
    start = prose[-1] + 1 if len(prose) >= _MIN_PROSE_BEFORE else len(lines)
    heads, flush = _head_run(lines, start)
    if heads and any(_date_set_apart(lines, i) for i in heads) and not _shows_thread(lines, heads):
        return None, False  # an article's list of events, a site's cards of other stories
    return (_head_start(lines, heads[0]), flush) if heads else (None, False)


def _date_set_apart(lines: list[str], i: int) -> bool:
    """Head i is a name alone with its date under a blank line (`_dated_below`), as html2text prints every
    line and forum themes a post's meta items, but also as events and story cards print a title or an author
    over a date: such heads make a thread only beside a forum's signs."""
    return i + 1 < len(lines) and not lines[i + 1].strip() and _dated_below(lines, i)


def _replies_to_opening_post(lines: list[str], first_prose: int) -> Section | None:
    """A thread of posts with no header whose first head opens the page's written text: a forum or
    discussion thread, or a short post signed in its byline, whose opening post is the article (its head
    the byline) and whose later heads are the replies. The section starts at the second head; the same
    evidence as a headerless run after the article (`_head_run`), and, like it, a guess."""
    if first_prose >= len(lines):
        return None  # no written text for an opening post
    heads, flush = _head_run(lines, 0, first_prose + _HEADERLESS_WINDOW)
    if not heads or heads[0] > first_prose:
        return None
    boxed = _boxed_reply(lines, heads)
    if not (boxed or _shows_thread_signs(lines, heads)):
        return None
    if not boxed and _has_byline(lines[:heads[0]]):
        return None  # a byline over dated heads: an article's; over boxed replies, the thread's own ("Started by erin")
    return Section(_subject_start(lines, _head_start(lines, heads[1])), headerless=True, flush=flush,
                   opening_head=heads[0])


def _head_start(lines: list[str], i: int) -> int:
    """The first line of head i: the date line above its name where a poster box's date stands there."""
    box = poster_box(lines, i)
    return i if box is None else box[2]


def _subject_start(lines: list[str], i: int) -> int:
    """The line of the reply's subject ("Re: Harbour wall") right over head i, as phpBB prints it, or else i: the
    subject heads the reply, never the opening post's last line."""
    above = next((k for k in range(i - 1, max(-1, i - 1 - _SUBJECT_REACH), -1) if lines[k].strip()), None)
    return above if above is not None and patterns.REPLY_SUBJECT.match(lines[above].strip()) else i


def _has_byline(lines: list[str]) -> bool:
    """A reporter's byline ("By Kay Lum, May 2, 2023", or a name and a dated year with no "By": "Kay Lum, May 2,
    2023", the page's first dated line): the page above it is an article, its dated heads a live blog's
    entries or the cards of other stories, not a thread's posts (a post's own head is a head of the run)."""
    if any(patterns.BYLINE.match(line.strip()) for line in lines):
        return True
    dated = next((found for found in (_signature(line, None) for line in lines) if found and found[1]), None)
    return dated is not None and dated[0] is not None and _YEAR.search(dated[1]) is not None


def _shows_thread(lines: list[str], heads: list[int]) -> bool:
    """Whether a run of heads shows what a forum prints round its posts and a live blog, a feed of posts, an
    interview, a vox pop, a glossary or a list of events or teasers does not: one sign only a forum prints
    (`_FORUM_SIGNS`: a reply or quote link, a quote of one of the heads' posts ("mara said:"), a post number
    ("#2"), a poster's details ("Posts: 120", "Joined: May 2020"), links to a post's neighbours in the tree
    ("| parent | next [–]")) or two different signs that a live blog or a
    feed of posts prints too (a date told as time ago, a count of likes, a permalink or report link), or a head
    over a poster box (`poster_box`) after the first. Names over dates alone read as both. A box over the first
    head alone is an author's box as blogs print it over the article: the heads after it must show the thread."""
    return _boxed_reply(lines, heads) or _shows_thread_signs(lines, heads)


def _shows_thread_signs(lines: list[str], heads: list[int]) -> bool:
    """`_shows_thread` where no head after the first stands over a poster box."""
    if poster_box(lines, heads[0]) is not None:
        heads = heads[1:]
        if not heads:
            return False
    names = {name.lower() for name in (head_name(lines, i) for i in heads) if name}
    near_head = {k for i in heads for k in (i, i + 1, i + 2)}
    shown = set()
    for k in range(heads[0], min(heads[-1] + _LOOKAHEAD, len(lines))):
        sign = _thread_sign(lines[k].strip(), names, k in near_head)
        if sign in _FORUM_SIGNS:
            return True
        shown.add(sign)
    return len(shown - {None}) >= 2


def _boxed_reply(lines: list[str], heads: list[int]) -> bool:
    """A head after the run's first stands over a poster box: a reply's, as only a forum prints."""
    return any(poster_box(lines, i) is not None for i in heads[1:])


def _thread_sign(text: str, names: set[str], by_head: bool) -> str | None:
    """The kind of thread sign a line is (`_shows_thread`), or None; `names`: the heads' names, lower-cased;
    `by_head`: whether the line is a head's or just under one, where a post number or a time ago is."""
    if not text or len(text) > _MAX_HEAD_CHARS:
        return None
    link = patterns.link_text(text)
    linked = _thread_link(link)
    if linked is not None:
        return linked
    if _REACTIONS.match(link):
        return "reactions"
    quoted = _QUOTE_OPENING.match(text.lstrip("> *"))
    if quoted is not None and quoted.group("name").lower() in names or _POSTER_DETAILS.match(link) is not None:
        return "post quoted or poster's details"
    if by_head and (_POST_NUMBER.search(text) is not None or _GLUED_POST_NUMBER.search(text) is not None):
        return "post number"
    if by_head and _TREE_LINKS.search(text) is not None:
        return "tree links"
    if by_head and is_guillemet_head(text):
        return "post head"
    return "time ago" if by_head and _TIME_AGO.search(text) is not None else None


def _thread_link(link: str) -> str | None:
    """The kind of a reply, report, quote or permalink link, alone or run together with a widget's other links
    ("Respect3 ReplyReport"), or None; not a line that only opens with such a word ("Report an error"). A reply
    or quote link is a forum's; a bare permalink or report link is also a live blog entry's or a post's in a feed."""
    if _PROFILE_BUTTONS.fullmatch(link):
        return "reply link"  # a forum post's row of buttons ("PM Find Quote")
    unglued = patterns.GLUED_WORDS.sub(" ", link)
    if len(unglued.split()) > _THREAD_LINK_WORDS:
        return None
    parts = (link, *unglued.split()) if unglued != link else (link,)
    links = [part for part in parts if patterns.THREAD_LINK.fullmatch(part) or _QUOTE_LINK.fullmatch(part)]
    if not links:
        return None
    return "entry link" if all(_ENTRY_LINK.fullmatch(part) for part in links) else "reply link"


def _head_run(lines: list[str], start: int, end: int | None = None) -> tuple[list[int], bool]:
    """The heads of the first run of several comment heads close together from line `start` (before line
    `end`), and whether none of them has its text indented under it (([], False) where there is no such run).

    A head is a signed line or a list item holding only a short name, with text written under it. A run
    whose heads all have their text at their own indent must name more than one commenter: one name
    over every text is a feed of one author's posts (a site's cards of other stories)."""
    heads: list[tuple[int, bool]] = []
    for i in range(start, len(lines) if end is None else min(end, len(lines))):
        indented = _heads_text(lines, i) if lines[i].strip() else None
        if indented is not None:
            heads = [(j, deeper) for j, deeper in heads if i - j < _HEADERLESS_WINDOW] + [(i, indented)]
            if len(heads) < _HEADERLESS_SIGNED:
                continue
            if any(deeper for _, deeper in heads):
                return [j for j, _ in heads], False
            if len({head_name(lines, j) for j, _ in heads}) > 1:
                return [j for j, _ in heads], True
    return [], False


def _text_signed_after(lines: list[str], i: int) -> int:
    """The first line of a headerless run: head i, or, where head i is a signature printed after its
    comment's text ("Posted by: Rita at DATE"), the first line of the block of text just above it, which is
    the first comment's (its last paragraph at least: where the comment's text starts is not shown)."""
    found = _signature(lines[i], marker(lines[i]))
    if found is None or not found[3]:
        return i
    end = i
    while end and not lines[end - 1].strip():
        end -= 1
    first = end
    while first and lines[first - 1].strip():
        first -= 1
    return first if first < end else i


def _is_prose_line(line: str) -> bool:
    """A line of running text: a dozen words ending a sentence (the cheap end test first)."""
    return len(line) > _PROSE_WORDS * 2 and patterns.ends_with(line, ".!?") and len(line.split()) >= _PROSE_WORDS


def _heads_text(lines: list[str], i: int) -> bool | None:
    """Whether line i is a comment head with its text indented under it (True) or at its own indent
    (False), or None where it heads no comment. A head with indented text is a signed line or a
    bare-name list item, followed within two lines by indented prose; one with its text at its own
    indent (a page that does not indent comments under their heads) is a signed line opening a block."""
    line = lines[i]
    if len(line) > _MAX_HEAD_CHARS:
        return None
    indented = _text_under(lines, i)
    if not indented and not _flush_head(lines, i):
        # the text under it first: cheaper than reading the line
        return False if _name_over_date(lines, i) or poster_box(lines, i) is not None else None
    listed = marker(line)
    name = plain_item(listed[2]) if listed else ""
    if indented and listed and 0 < len(name.split()) <= 3 and not patterns.ends_clause(name, ".!?:,"):
        return True  # a bare name
    found = _signature(line, listed)
    return indented if found is not None and found[0] is not None else None


def head_name(lines: list[str], i: int) -> str | None:
    """The commenter head i names: its signature's, or a bare-name list item's or a name-over-date head's
    name, without the list marker or a comma left after it ("Ann Lee, 34, nurse,")."""
    listed = marker(lines[i])
    found = _signature(lines[i], listed)
    name = found[0] if found is not None else plain_item(listed[2]) if listed else lines[i].strip()
    return name.rstrip(" ,") if name else name


def _name_over_date(lines: list[str], i: int) -> bool:
    """Line i is a short name alone, a timestamp alone on the next line ("Bob Builder" over "3 years ago") or
    under a blank line (`_dated_below`), and written text follows within the two non-blank lines after the
    timestamp: a head that names no date on the name's line, as Commento and some themes print it."""
    words = lines[i].split()
    if not 0 < len(words) <= _NAME_LINE_WORDS or i + 1 >= len(lines) or patterns.ends_clause(lines[i].strip(), ".!?:,;"):
        return False
    if _DIGIT.search(lines[i]) or _signature(lines[i], None) is not None:
        return False
    if lines[i + 1].strip():
        found = _signature(lines[i + 1], None)
        return found is not None and found[0] is None and found[1] is not None and _text_under(lines, i + 1, deeper=False)
    return _dated_below(lines, i)


def _dated_below(lines: list[str], i: int) -> bool:
    """Name line i, a blank line, then a timestamp alone, on its own (a Markdown rendering sets every line
    apart) or as a list item ("• May 2, 2023", the first of a forum post's meta items), and within the two
    non-blank lines after it (a Markdown rendering leaves up to three blank lines between), at the name's
    indent or under it, written text or the "NAME said:" line of a quoted post."""
    if i + 2 >= len(lines):
        return False
    listed = marker(lines[i + 2]) if MAY_LEAD_MARKER[lines[i + 2].lstrip()[:1]] else None
    found = _signature(lines[i + 2], listed)
    if found is None or found[0] is not None or found[1] is None:
        return False
    indent = len(lines[i]) - len(lines[i].lstrip())
    return any(len(line) - len(line.lstrip()) >= indent and (_writes(line.strip()) or ends_with_saying(line.strip()))
               for line in _first_written(lines, i + 3, _DATED_ITEM_REACH))


def _flush_head(lines: list[str], i: int) -> bool:
    """Line i opens a block (a blank line, the page's start, a rule or a line of comment or page furniture above
    it: "Like 3 Reply Report", "Share on Facebook Tweet", as renderers print them with no blank line before the
    next head), may name a commenter (a digit or a closing verb of saying), and written text follows at its
    own indent within the next two non-blank lines."""
    above = lines[i - 1].strip() if i else ""
    if not may_name_commenter(lines[i]) or above and not (_is_furniture(above) or _is_unworded(above)):
        return False
    return _text_under(lines, i, deeper=False)


def _is_unworded(text: str) -> bool:
    """A rule between blocks: no letter nor digit ("━━━━", "---|---|---", as renderers draw a table's rows)."""
    return not any(map(str.isalnum, text))


def _is_furniture(text: str) -> bool:
    """A comment's widget line (a reply link, a like button and its count) or a page's footer or form line."""
    return patterns.REPLY_LINK.match(text) is not None or line_kind(text) is not None


def _text_under(lines: list[str], i: int, deeper: bool = True) -> bool:
    """Written text indented under line i (`deeper`), or at its own indent (a column less: w3m leaves one before
    an inline head), within the next two non-blank lines (two lines below at most). A quoted post's opening
    set off as a quotation, indented or marked ("> erin wrote:"), is where a reply's text begins. A forum post's
    number alone between a head and its text ("#2", a paragraph of its own) is passed over."""
    indent = len(lines[i]) - len(lines[i].lstrip())
    below = list(islice(_written(lines, i + 1, 3), 2))
    if below and lines[below[0]].lstrip()[:1] == "#" and _LONE_POST_NUMBER.fullmatch(lines[below[0]].strip()):
        below = list(islice(_written(lines, below[0] + 1, 3), 2))
    for line in (lines[k] for k in below):
        text = line.strip()
        shift = len(line) - len(line.lstrip()) - indent
        if (shift > 0 if deeper else -1 <= shift <= 0) and (
                _writes(text) or (shift > 0 or text[:1] == ">") and opens_quote(text) is not None):
            return True
    return False


def opens_quote(text: str) -> str | None:
    """The name a quoted post's opening line quotes ("erin wrote:", "> Originally Posted by erin", "Quote from:
    erin on May 02, 2023"), or None: a forum reply's text may begin with the post it answers, so a head's text
    may open with one, and the post it quotes is the one it replies to."""
    text = text.lstrip("> ")
    # the colon first: the verb's opening is tried at each space of a line that has none
    found = (_QUOTE_OPENING.match(text) if ":" in text else None) or _QUOTED_FROM.match(text)
    return found.group("name").lstrip("@") if found is not None else None  # "@bob wrote:": bob


def quote_set_off(text: str) -> str | None:
    """The name a quoted post's opening quotes where the line is a quotation's caption of its own: marked ("> erin
    wrote:"), ending at its colon ("erin wrote:"), run into the quoted words with no space ("erin wrote:A bridge…",
    as w3m prints a quote's caption and its text) or a forum's caption ("Originally Posted by erin"). A comment's
    sentence that opens "The mayor said: the building is unsafe" is its own text, not a quotation."""
    name = opens_quote(text)
    if name is None or text[:1] == ">":
        return name
    found = _QUOTE_OPENING.match(text)
    return name if found is None or not text[found.end():found.end() + 1].isspace() else None


def _first_written(lines: list[str], start: int, reach: int) -> list[str]:
    """The first two non-blank lines among the `reach` lines from line `start`: where a head's text begins."""
    return [lines[k] for k in islice(_written(lines, start, reach), 2)]


def _writes(text: str) -> bool:
    """Written text, not a headline under a tag: a sentence end, or a line too long for a headline."""
    words = len(text.split())
    return words >= _PROSE_WORDS or (words >= 3 and patterns.ends_with(text, ".!?…"))


def poster_box(lines: list[str], i: int, details: PosterDetails | None = None) -> tuple[str, str, int, int] | None:
    """The poster, date, first and last line of a forum post's head that names its poster at line i, over a poster box under
    it, or None. The box (a rank, an avatar's placeholder, then details: "Posts: 42", "Joined: Jan 2020") stands
    between the name and the post's text, as phpBB, MyBB, SMF and vBulletin themes print a post; its date is a
    timestamp to the minute alone under the box (after a "#2" or a subject line) or just above the name (a
    numbered post's "1. 05-02-2023, 10:00 AM#1"). A name over a date with no detail between is no box. `details`:
    the page's poster details where a reader keeps them, asked only under a line that may be a name."""
    name = _box_name(lines[i])
    detail = _first_detail(lines, i) if name is not None and (details is None or details.in_reach(i)) else None
    if detail is None:
        return None
    above = i - 1 if i < 2 or lines[i - 1].strip() else i - 2
    date = _post_time(lines[above]) if above >= 0 else None
    if date is not None:
        return name, date, above, _last_detail(lines, detail)
    for k in _written(lines, detail + 1, _BOX_REACH):
        date = _post_time(lines[k])
        if date is not None:
            return name, date, i, k
        if not (_box_line(lines[k]) or _is_detail(lines, k)):
            return None
    return None


class PosterDetails:
    """The poster details (`_is_detail`) of a page's lines, found as a reader moves down the page: it looks for a
    poster box only above one, not with a search of the lines under each name, and each line is searched once, only
    where it lies within a box's reach under a line the reader asks about. `texts`, `lowered`: the lines without
    their indentation, and those lower-cased (`LineFacts`)."""

    def __init__(self, lines: list[str], texts: list[str], lowered: list[str]) -> None:
        self._lines, self._texts, self._lowered = lines, texts, lowered
        self._asked = -1  # the last line asked about
        self._searched = 0  # the lines from the last one asked about to this one are searched
        self._found: list[int] = []

    def in_reach(self, i: int) -> bool:
        """A poster detail lies within a box's reach under line i (or the reader went back up: the box is then
        looked for)."""
        if i < self._asked:
            return True
        self._asked = i
        end = min(i + 1 + _BOX_REACH, len(self._lines))
        start = max(i + 1, self._searched)
        if start < end:
            self._found += self._details_among(start, end)
            self._searched = end
        k = bisect.bisect_right(self._found, i)
        return k < len(self._found) and self._found[k] <= i + _BOX_REACH

    def _details_among(self, start: int, end: int) -> list[int]:
        """The poster details among lines `start` to `end` (less one): a short line whose lower-cased text holds a
        label (`_LABEL_OR_FOLDED`, which skips to the labels' first letters where the case-blind `_DETAIL_WORD`
        tries every label at every character), then the case-blind label, then the detail."""
        texts, lowered = self._texts, self._lowered
        return [k for k in range(start, end) if len(texts[k]) <= _DETAIL_CHARS and _LABEL_OR_FOLDED.search(lowered[k])
                and _DETAIL_WORD.search(texts[k]) and _is_detail(self._lines, k)]


def _box_name(line: str) -> str | None:
    """A poster box's top line as a name ("Mira Holt", "#### dana"), or None: a few words with a letter and no
    digit that end no sentence, not a list item (a box's ranks and a post's buttons are listed) nor a rank."""
    if len(line) > BOX_NAME_CHARS + 4 or _DIGIT.search(line) or marker(line) is not None:
        return None  # the length first: most lines are text
    name = line.strip().strip("# ")
    words = name.split()
    if not 0 < len(words) <= _NAME_LINE_WORDS or patterns.ends_clause(name, ".!?:,;") or not _is_ranked_apart(name):
        return None
    return name


def _is_ranked_apart(name: str) -> bool:
    """A name may head a box: it has a letter, and is no rank nor an avatar's placeholder."""
    return any(map(str.isalpha, name)) and _RANK.search(name) is None and not patterns.IMAGE_PLACEHOLDER.fullmatch(name)


def _first_detail(lines: list[str], i: int) -> int | None:
    """The first poster detail under name line i within its box, where only a rank, an avatar's placeholder or
    list items come between (a post's buttons under its text are not a box's top), or None."""
    for k in _written(lines, i + 1, _BOX_REACH):
        if _is_detail(lines, k):
            return k
        if marker(lines[k]) is None and _is_ranked_apart(lines[k].strip()):
            return None
    return None


def _last_detail(lines: list[str], detail: int) -> int:
    """The last line of the run of poster details from line `detail` (a label alone has its value on the line under
    it; a detail with its value beside it, "Posts: 42", ends on its own line)."""
    last, value = detail, None
    for k in _written(lines, detail, _BOX_REACH):
        if k == value:
            last, value = k, None
        elif _is_detail(lines, k):
            last, value = k, None if _detail(lines, k).group("value") else _value_under(lines, k)
        else:
            break
    return last


def _is_detail(lines: list[str], k: int) -> bool:
    """Line k is a poster's detail: "Posts: 42", "Joined: Jan 2020", or a label alone over its value ("Join Date"
    over "Jan 2020", as a definition list renders)."""
    found = _detail(lines, k)
    if found is None:
        return False
    if found.group("value"):
        return _DIGIT.search(found.group("value")) is not None
    value = _value_under(lines, k)
    return value is not None and len(lines[value]) <= _MAX_DETAIL_VALUE and _DIGIT.search(lines[value]) is not None


def _detail(lines: list[str], k: int) -> re.Match | None:
    """Line k read as a poster detail's label and its value on the same line, if any ("Posts: 42", "Join Date")."""
    listed = marker(lines[k])
    return _POSTER_DETAIL.match(plain_item(listed[2]) if listed else lines[k].strip())


def _value_under(lines: list[str], k: int) -> int | None:
    """The first written line under line k, the next line or the one after a blank line."""
    return next(_written(lines, k + 1, 2), None)


def _box_line(line: str) -> bool:
    """A line a poster box may hold besides details: a rank, an avatar's placeholder, a post number, a subject."""
    text = line.strip()
    return len(text.split()) < _PROSE_WORDS and not patterns.ends_with(text, ".!?")


def _post_time(line: str) -> str | None:
    """The timestamp of a line that holds one to the minute and names no one, or None: a forum stamps each post
    with its time, where a writer's or a member's profile dates a day ("June 2, 2022")."""
    found = _signature(line, marker(line))
    return found[1] if found is not None and found[0] is None and _CLOCK_TIME.search(found[1]) else None


def _written(lines: list[str], start: int, reach: int) -> Iterator[int]:
    """The non-blank lines among the `reach` lines from line `start`, one by one: most searches stop at the first."""
    return filter(lambda k: lines[k].strip(), range(start, min(start + reach, len(lines))))
