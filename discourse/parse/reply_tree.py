"""Reply trees from indentation and reply markers, repaired rather than rejected.

Scraped trees are often broken (a level skipped, a reply whose parent was not
rendered, a count that does not match). Each fix is recorded as a `Repair` so the
user sees what was guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import re

from discourse.model import Comment, Repair, Span
from discourse.parse.dates import find_date, slashed_order

_LEVEL_TOLERANCE = 2
_MIN_DATED_THREAD = 4
_ONE_WAY = 2  # a thread read as sorted by time takes at least this many steps its way per step against it
_MIN_REPLIES_BEFORE_PARENT = 2
_REPLIES_PER_REPLY_BEFORE_PARENT = 4  # nesting is dropped when at least one reply in this many predates its parent
_STAIRCASE_REPLIES_PER_REPLY_BEFORE_PARENT = 20  # the same where the whole thread hangs from its first comment
_CLOCK = re.compile(r"(\d{1,2}):(\d\d)(?:\s*([ap])\.?m\b)?", re.IGNORECASE)


@dataclass
class OpenComment:
    """A comment while its lines are still being read."""

    indent: int
    text_column: int
    first_line: int
    last_line: int
    author: str | None = None
    date: str | None = None
    reply_to_name: str | None = None
    thread_number: tuple[int, ...] | None = None  # "1.2" printed in the head: the second reply to comment 1
    number: int | None = None
    paragraphs: list[list[str]] = field(default_factory=list)
    text_lines: list[int] = field(default_factory=list)
    body_indent: int | None = None
    kind: str = "comment"
    marked: bool = False  # opened at a list marker
    quotes_indented: bool = False  # opens by quoting a post indented under a "NAME said:" line deeper than its head
    furniture: list[str] = field(default_factory=list)  # its links and poster box, set apart from its text

    @property
    def empty(self) -> bool:
        """Nothing read yet but a marker or an image: not a comment (yet)."""
        return not self.paragraphs and self.author is None and self.date is None


def _reads_as_time(number: tuple[int, ...]) -> bool:
    """"10.15": an hour and its minutes as well as the fifteenth reply to comment 10. Read as a reply's
    number only after the reply numbered one less ("10.14"), as a thread numbers its replies in turn."""
    return len(number) == 2 and number[0] <= 23 and 10 <= number[1] <= 59


class TreeBuilder:
    """Places comments in document order, attaching each to the open comment above it."""

    def __init__(self) -> None:
        self.comments: list[Comment] = []
        self.repairs: list[Repair] = []
        self._indents: list[int] = []
        self._numbers: list[int] = []
        self._highest_number = 0
        self._by_author: dict[str, list[int]] = {}  # normalised name -> indices of that author's comments
        self._by_number: dict[tuple[int, ...], int] = {}  # a thread number printed in a head -> its comment
        self._signed = 0
        self._top_indent: int | None = None
        self._stack: list[tuple[int, int, int]] = []  # (index, indent, text_column)
        self._marked = False  # a site's reply marker or thread number was read: the nesting was checked against it
        self._dating = ThreadDating()

    @property
    def first_indent(self) -> int | None:
        return self._indents[0] if self._indents else None

    @property
    def top_indent(self) -> int | None:
        """The shallowest indentation of any comment so far: the top level."""
        return self._top_indent

    def has_author(self, name: str) -> bool:
        """Whether a comment so far is signed `name` (as a reply marker names it)."""
        return _normalise(name) in self._by_author

    @property
    def highest_number(self) -> int:
        """The highest top-level comment number so far (kept as it grows: asked once per comment)."""
        return self._highest_number

    @property
    def signed(self) -> int:
        """How many comments carry an author's name."""
        return self._signed

    def add(self, item: OpenComment) -> Comment:
        self._dating.note(item.date)
        while self._stack and self._stack[-1][1] >= item.indent:
            self._stack.pop()
        index = len(self.comments) + 1
        parent = self._stack[-1][0] if self._stack else None
        if parent is not None and item.indent > self._stack[-1][2] + _LEVEL_TOLERANCE:
            self.repairs.append(Repair(
                "indent_jump", f"comment {index} is indented deeper than a reply to comment {parent}; "
                f"attached to comment {parent}", index))
        numbered = self._numbered_parent(item, index, parent)
        parent = numbered if numbered is not None else self._marker_parent(item, index, parent)
        self._marked = self._marked or item.reply_to_name is not None or numbered is not None
        depth = self.comments[parent - 1].depth + 1 if parent else 0
        paragraphs = [" ".join(lines) for lines in item.paragraphs if lines]
        span = Span(item.first_line + 1, item.last_line + 1)
        comment = Comment(index, parent, depth, paragraphs, span, item.author, item.date, iso_moment(item.date),
                          kind=item.kind, furniture=item.furniture)
        self.comments.append(comment)
        self._signed += comment.author is not None
        if comment.author:
            self._by_author.setdefault(_normalise(comment.author), []).append(index)
        if item.thread_number:
            self._by_number.setdefault(item.thread_number, index)
        self._indents.append(item.indent)
        self._top_indent = item.indent if self._top_indent is None else min(self._top_indent, item.indent)
        if item.number is not None and parent is None:
            self._numbers.append(item.number)
            self._highest_number = max(self._highest_number, item.number)
        self._stack.append((index, item.indent, item.text_column))
        return comment

    def _numbered_parent(self, item: OpenComment, index: int, parent: int | None) -> int | None:
        """A thread number of two parts or more ("1.2", "#3.1.4") names the parent: the comment
        numbered with all but its last part. It beats indentation, which a flat rendering loses.
        None when there is no such number or no comment so numbered (a date like "12.05.2020"
        names no earlier comment), or when the number reads as a time of day (`_reads_as_time`)."""
        number = item.thread_number
        target = self._by_number.get(number[:-1]) if number and len(number) > 1 else None
        if target is None or _reads_as_time(number) and number[:-1] + (number[-1] - 1,) not in self._by_number:
            return None
        if target != parent:
            self._stack = [entry for entry in self._stack if entry[0] <= target]
            self.repairs.append(Repair(
                "reply_number", f"comment {index} is numbered {'.'.join(map(str, number))}: parent set to comment "
                f"{target} instead of {parent if parent else 'the article'}", index))
        return target

    def _marker_parent(self, item: OpenComment, index: int, parent: int | None) -> int | None:
        """A site's "responded to NAME" marker beats indentation, which depth limits distort.

        Where the comment the indentation places it under is NAME's, marker and nesting agree and
        the nesting stands, even when NAME wrote again later in the thread: answering the one
        comment the nesting shows is likelier than a depth limit having lifted the reply under
        another comment by the same name. Otherwise NAME may have written several comments: the
        latest one posted before this reply is meant (a reply cannot answer a comment written after it).
        """
        if not item.reply_to_name:
            return parent
        target = _normalise(item.reply_to_name)
        if parent is not None and _normalise(self.comments[parent - 1].author or "") == target:
            return parent
        posted = self._moment(item.date)
        for earlier in (self.comments[i - 1] for i in reversed(self._by_author.get(target, []))):
            earlier_posted = self._moment(earlier.date)
            if posted and earlier_posted and earlier_posted > posted:
                continue
            if earlier.index != parent:
                self._stack = [entry for entry in self._stack if entry[0] <= earlier.index]
                self.repairs.append(Repair(
                    "reply_marker", f"comment {index} says it replies to {item.reply_to_name}: "
                    f"parent set to comment {earlier.index} instead of {parent}", index, item.reply_to_name))
            return earlier.index
        self.repairs.append(Repair(
            "reply_target_missing", f"comment {index} replies to {item.reply_to_name}, who has no earlier "
            f"comment; kept under {parent if parent else 'the article'}", index, item.reply_to_name))
        return parent

    def finish(self, declared: int | None) -> None:
        self._settle_dates()
        self._repair_orphans()
        self._drop_nesting_against_time()
        self._replies_from_dates()
        self._check_numbering()
        if declared is not None and declared != len(self.comments):
            self.repairs.append(Repair(
                "count_mismatch", f"the page declares {declared} comments; {len(self.comments)} found"))

    def _drop_nesting_against_time(self) -> None:
        """Nesting under which replies were posted before the comments they answer is no reply tree:
        a rendering artefact (a list left open by each comment's footer draws every comment one level
        deeper than the one before) or a layout that indents for another reason. No reply can be older
        than its parent, so where several are, the thread is read flat (and the dates may then show its
        replies). One such reply alone may be an edited timestamp, and a long thread may hold a few (edits,
        time zones mixed): at least `_MIN_REPLIES_BEFORE_PARENT`, and one reply in
        `_REPLIES_PER_REPLY_BEFORE_PARENT`, are asked for. A thread that hangs whole from its first comment
        is the open list's staircase, no shape a discussion takes: there fewer suffice
        (`_STAIRCASE_REPLIES_PER_REPLY_BEFORE_PARENT`). Recorded as a repair, which replaces the repairs made
        to the indentation."""
        replies = [c for c in self.comments if c.parent is not None]
        if self._marked or len(replies) < _MIN_REPLIES_BEFORE_PARENT:
            return
        early = sum(self._posted_before(c, self.comments[c.parent - 1]) for c in replies)
        staircase = len(replies) == len(self.comments) - 1
        share = _STAIRCASE_REPLIES_PER_REPLY_BEFORE_PARENT if staircase else _REPLIES_PER_REPLY_BEFORE_PARENT
        if early < _MIN_REPLIES_BEFORE_PARENT or early * share < len(replies):
            return
        for comment in self.comments:
            comment.parent, comment.depth = None, 0
        self.repairs = [r for r in self.repairs if r.kind not in ("indent_jump", "orphan")]
        self.repairs.append(Repair(
            "nesting_against_time", f"{early} of {len(replies)} comments indented as replies were posted before the "
            "comment above them: the indentation is not read as replies"))

    def _replies_from_dates(self) -> None:
        """A flat thread (no indentation, no reply markers) sorted by time, where a comment breaks the order:
        the site nests replies under their comment and the rendering lost the nesting. In a thread printed
        oldest first, a comment dated after one printed below it is a reply; newest first, one dated after
        one printed above it. Its parent is the nearest comment above it that was posted before it. A guess,
        recorded.

        Applied only where every comment is dated to the minute, by a clock whose reading is known (see
        `ClockReading`), and most steps go one way in time (a thread sorted by votes is left flat)."""
        comments = self.comments
        if len(comments) < _MIN_DATED_THREAD or any(c.parent is not None for c in comments) or not self._dating.clock_known:
            return
        moments = [self._moment(c.date) for c in comments]
        if any(m is None for m in moments):
            return
        steps = list(zip(moments, moments[1:]))
        back = sum(later < earlier for earlier, later in steps)
        forward = sum(later > earlier for earlier, later in steps)
        if back and forward >= back * _ONE_WAY:
            bounds = _running_min(moments[::-1])[::-1][1:] + [None]  # the earliest comment printed below
        elif forward and back >= forward * _ONE_WAY:
            bounds = [None] + _running_min(moments)[:-1]  # the earliest comment printed above
        else:
            return
        replies = 0
        for position, (comment, posted, bound) in enumerate(zip(comments, moments, bounds)):
            if bound is None or posted <= bound:
                continue
            parent = next((p for p in range(position - 1, -1, -1) if moments[p] < posted), None)
            if parent is not None:
                comment.parent, comment.depth = parent + 1, comments[parent].depth + 1
                replies += 1
        if replies:
            self.repairs.append(Repair(
                "replies_from_dates", f"the thread shows no nesting, but {replies} comments break its order in "
                "time: each is read as a reply to the nearest comment above it posted before it"))

    def _repair_orphans(self) -> None:
        top_indent = min(self._indents, default=0)
        for comment, indent in zip(self.comments, self._indents):
            if comment.parent is None and indent > top_indent + _LEVEL_TOLERANCE:
                self.repairs.append(Repair(
                    "orphan", f"comment {comment.index} is indented as a reply but no comment precedes "
                    "it at a lower level; kept at the top level", comment.index))

    def _check_numbering(self) -> None:
        expected = 1
        for number in self._numbers:
            if number != expected:
                self.repairs.append(Repair(
                    "numbering_gap", f"top-level comment numbered {number} where {expected} was expected"))
            expected = number + 1


    def _moment(self, date_text: str | None) -> tuple[str, int] | None:
        """`moment` as the thread writes its dates (`ThreadDating`), with the clock left out (every time
        of a day the same) while it may be a 12-hour one printed without am/pm: "1:15" may come after "11:40"."""
        posted = moment(date_text, self._dating.day_first)
        return posted if posted is None or self._dating.clock_known else (posted[0], 0)

    def _settle_dates(self) -> None:
        """Each comment's ISO date as the whole thread shows its dates are written: a slashed date that reads
        either way takes the order the others show, and a time without am/pm is left out of it unless the
        thread shows a 24-hour clock."""
        dating = self._dating
        if dating.day_first is None and dating.clock_known:
            return  # read so when each comment was added
        for comment in self.comments:
            comment.date_iso = iso_moment(comment.date, dating.day_first, dating.clock_known)

    def _posted_before(self, reply: Comment, parent: Comment) -> bool:
        """The reply's timestamp is earlier than its parent's (by the minute where the clock is known, else by the day)."""
        posted, parent_posted = self._moment(reply.date), self._moment(parent.date)
        return bool(posted and parent_posted and posted < parent_posted)


class ThreadDating:
    """How a thread writes its dates, as far as its comments show it (kept as the thread is read).

    A time printed without am/pm ("1:15") is a 24-hour one only where the thread shows it, by an hour past
    12 or an hour 0 without am/pm. Where every such hour is 1 to 12, the site may print a 12-hour clock
    without am/pm, and ordering by the clock could make replies look older than their parents: the clock
    is not used (the day still is). A slashed date that reads either way ("02/03/2020") is day first where
    some of the thread's dates can only be read day first ("18/02/2020") and none only month first, and the
    other way round; with no such date, or both kinds, it stays unread."""

    def __init__(self) -> None:
        self._unmarked = False  # a time without am/pm was seen
        self._past_noon = False  # ... and one whose hour only a 24-hour clock prints
        self._orders: set[bool] = set()  # the orders the slashed dates seen can only be read in

    def note(self, date_text: str | None) -> None:
        if not date_text:
            return
        order = slashed_order(date_text)
        if order is not None:
            self._orders.add(order)
        clock = _CLOCK.search(date_text) if ":" in date_text else None
        if clock is None or clock.group(3):
            return
        self._unmarked = True
        hour = int(clock.group(1))
        self._past_noon = self._past_noon or hour > 12 or hour == 0

    @property
    def clock_known(self) -> bool:
        return not self._unmarked or self._past_noon

    @property
    def day_first(self) -> bool | None:
        return next(iter(self._orders)) if len(self._orders) == 1 else None


def _running_min(values: list) -> list:
    out, low = [], None
    for value in values:
        low = value if low is None or value < low else low
        out.append(low)
    return out


def moment(date_text: str | None, day_first: bool | None = None) -> tuple[str, int] | None:
    """(ISO day, minutes after midnight) of a comment timestamp, or None when either is missing
    (`day_first`: how to read a slashed date that reads either way, `find_date`)."""
    day = find_date(date_text, day_first) if date_text else None
    clock = _CLOCK.search(date_text) if day else None
    if not clock:
        return None
    hours, minutes, half = int(clock.group(1)), int(clock.group(2)), (clock.group(3) or "").lower()
    if half:
        hours = hours % 12 + (12 if half == "p" else 0)
    return day[0], hours * 60 + minutes


def iso_moment(date_text: str | None, day_first: bool | None = None, clock_known: bool = True) -> str | None:
    """A comment timestamp as ISO 8601: `YYYY-MM-DDTHH:MM` with a clock time, `YYYY-MM-DD` without;
    None without a full date (a date without a year is not guessed). A time without am/pm is left out
    where the thread does not show a 24-hour clock (`clock_known`, `ThreadDating`)."""
    if not date_text:
        return None
    posted = moment(date_text, day_first)
    if posted and (clock_known or _has_half_of_day(date_text)):
        return f"{posted[0]}T{posted[1] // 60:02d}:{posted[1] % 60:02d}"
    day = find_date(date_text, day_first)
    return day[0] if day else None


# A social handle printed after a commenter's display name, "Ann (@ann_b)": kept in the name as shown, but a
# reply marker names the person ("responded to Ann"), so names are compared without it.
_HANDLE = re.compile(r"\s*\(@\w[\w.]{0,30}\)")


def _has_half_of_day(date_text: str) -> bool:
    clock = _CLOCK.search(date_text)
    return bool(clock and clock.group(3))


def _normalise(name: str) -> str:
    """A commenter's name as compared with a reply marker's: in lower case, spaces evened, a handle dropped."""
    if "(@" in name:
        name = _HANDLE.sub("", name)
    return " ".join(name.lower().split())
