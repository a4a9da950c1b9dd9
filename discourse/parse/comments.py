"""The comment section of a plain-text page: where it starts, its header, its comments, its end.

A comment starts at a marker (a number, a bullet, a bare number line) or at a commenter
line ("Jane says:", "Jane on 11/08/2020 at 9:52"); unmarked text indented under a comment
continues it. Nesting comes from the marker's indentation, or from a site's "responded to
NAME" marker. On sites that print the commenter after the text ("Posted by: NAME at DATE")
that line closes the comment instead. The section ends where the page's furniture resumes
(a comment form after the comments, sidebar link lists, unexplained lines); the rest of
the page is boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import compress, islice, repeat
from operator import is_not

from discourse.model import Boilerplate, Comments, LineRole, Repair
from discourse.parse import patterns
from discourse.parse.boilerplate import line_kind, lowered_line_kind, lowered_line_kinds
from discourse.parse.commenters import (Commenter, cites_post, commenter_fields, display_name, ends_with_saying,
                                        introduces_quotation, is_badge, is_link_title, linkback_kind, opens_with_avatar,
                                        plain_item, read_commenter, reply_marker_target, thread_number, yearless_head)
from discourse.parse.dates import find_date
from discourse.parse.doubts import paginated_repair
from discourse.parse.lines import LineFacts, line_span
from discourse.parse.reply_tree import OpenComment, TreeBuilder
from discourse.parse.section import (MAY_LEAD_MARKER, YEARLESS_HEADS, Section, declared_count, is_header as _is_header,
                                     marker as _marker, poster_box, quote_set_off, shows_forum_furniture, BOX_NAME_CHARS,
                                     PosterDetails)
from discourse.parse.starts import starts

_LOOKAHEAD = 15
_UNEXPLAINED_RUN = 2
_INDENT_SLACK = 2
_SHORT_ITEM_WORDS = 8
_LINK_LIST_ITEMS = 3
_ABSORB_WORDS = 6
_NAME_WORDS = 4
_NAME_CHARS = 40
_CLOSING_KINDS = frozenset({"closed_notice", "comment_form"})  # the kinds of furniture `_note_closed` reads
_DAY_MONTH_CHARS = 16  # "3rd September": no line of a day and month alone is longer
_HANDLE = re.compile(r"(?:^|[\s(])@\w")  # "Ann (@ann_k)", "Ann @ann": a commenter's handle by the name
_SENTENCE_MARKS = ".!?…"
_PAGE_LINK_CHARS = 60
_PAGE_LINKS_AFTER = 40
_GLUED_HEAD_CHARS = 100
_AVATAR_HEADS = 3  # heads opening with an avatar's alt text before a doubled name is read once
_GLUED_HEAD_SLACK = 3  # "… at 11:01 pm": the timestamp pattern may leave a letter or two of the time's end
_WIDGET = patterns.lowercase_matcher(patterns.source("REPLY_LINK"))
_WIDGET_FIRST = starts(_WIDGET).first
# A comment's own links as some journal platforms print them ("• Link", "• Reply", "• Thread"): words that
# also name people, so read as links only inside an open comment (`CommentReader._is_comment_link`).
_COMMENT_LINK = re.compile(r"(?:link|thread|parent)", re.IGNORECASE)
_COMMENT_LINK_CHARS = 6
_COMMENT_PAGES = patterns.lowercase_matcher(patterns.source("COMMENT_PAGES"))
_AFTER = patterns.lowercase_matcher(patterns.source("AFTER_COMMENTS"))
_AFTER_FIRST = starts(_AFTER).first
_FIRST = re.compile(r"1\b")  # numbering back at one
_NUMBER = re.compile(r"\d+")
# A list marker with nothing after it ("1.", "•"): a block theme's list item whose head w3m prints on the lines under it
_EMPTY_MARKER = re.compile(rf"(\d{{1,6}}[.)]|[{re.escape(patterns.BULLETS)}])")
# Characters no filler word nor separator (patterns.META_FILLER) holds: a line with one is text, and
# removing the filler to see whether anything is left (which scans the whole line) can be skipped.
_NOT_FILLER = re.compile(r"[\d.!?'\"’”]")
_LEADING_URL = re.compile(r"^(https?://|www\.)\S+\s+")  # a profile link printed before the name


def _is_timestamp(text: str) -> bool:
    """"29. Mai 2019 um 10:45" is a date line, not item 29 of a list."""
    found = read_commenter(text)
    return found is not None and found.author is None


def _is_form_heading(kind: str | None, text: str) -> bool:
    """A comment form's heading ("Leave a Reply"), not one of its one-word field labels: the thread is over."""
    return kind == "comment_form" and len(text.split()) > 1


def _is_widget(text: str) -> bool:
    """A reply or report link, a like or rating button, a sort tab: comment furniture."""
    lowered = text.lower()
    return _WIDGET_FIRST(lowered[:1]) and _WIDGET.match(lowered) is not None


def _may_be_name(text: str) -> bool:
    """A short line that could be a commenter's name: no sentence, no widget, no furniture."""
    return (len(text) <= _NAME_CHARS and len(text.split()) <= _NAME_WORDS and display_name(text)[:1].isalnum()
            and not patterns.ends_clause(text, _SENTENCE_MARKS + ":,") and not _is_widget(text)
            and line_kind(text) is None)


def _heads_next(opened: OpenComment, found: Commenter, text: str) -> bool:
    """A head naming someone else under an open comment with its own name and date but no text: that comment's text
    was only its reply link ("Sue Ward on DATE", "Reply", "Kay Lum on DATE"). It stays, without text, and the head
    opens the next comment; a bare marker's comment, or one named but not dated, takes the head, and a quote's head
    ("oldtom wrote: ↑ DATE", `cites_post`) opens the post's quotation, not a comment."""
    return not opened.paragraphs and None not in (opened.author, opened.date, found.author) \
        and found.author != opened.author and not cites_post(text)


def name_text(line: str) -> str:
    """A name line's text without its list marker, image placeholders and avatar alt text."""
    return plain_item(name_text_raw(line))


def _head_glued_to_text(item: str) -> tuple[Commenter | None, str | None]:
    """A list item that opens with a commenter's name and timestamp, then, after two spaces or more,
    the comment's text on the same line (a rendering that writes a comment's parts as one line):
    (the commenter, the text), or (None, None). The head must end at its timestamp."""
    cut = item.find("  ")
    if cut > _GLUED_HEAD_CHARS or not item[cut - 1:cut].isalnum() or _NUMBER.search(item, 0, cut) is None:
        return None, None  # most items: no time right before the first two spaces
    head, text = item[:cut].strip(), item[cut:].strip()
    spans = patterns.timestamps(head) if text else []
    if not spans or spans[-1][1] < len(head) - _GLUED_HEAD_SLACK:
        return None, None
    found = read_commenter(head)
    if found is None or found.author is None or found.date is None:
        return None, None
    return found, text


def name_text_raw(line: str) -> str:
    """A head line's item text, its avatar's alt text kept (see `name_text`)."""
    found = _marker(line)
    return found[2] if found else line.strip()


class CommentReader:
    """Reads lines[start:] into comments, boilerplate and line roles."""

    def __init__(self, lines: list[str], facts: LineFacts, roles: list[LineRole | None]) -> None:
        self.lines, self.roles = lines, roles
        self.text, self.lowered, self.indent, self.digits = facts.text, facts.lowered, facts.indent, facts.digits
        self.tree = TreeBuilder()
        self.section = Comments()
        self.boilerplate: list[Boilerplate] = []
        self._open: OpenComment | None = None
        self._blank_before = False
        self._trailing = False
        self._stopped = False
        self._unexplained = 0
        self._seen: set[tuple] = set()
        # (author, date) -> the longest paragraph it signed: the same signature under the same text again is
        # a quotation; under other text, a second comment of the same minute
        self._signatures: dict[tuple, str] = {}
        self._marker_opened = self._line_opened = 0
        self._unsigned = False
        self._form_seen = False  # a comment form was read (before any comment, a link list then ends the section)
        self._yearless_heads = False  # the section shows heads dated by a day and month alone ("Ann" over "May 3")
        self._yearless_name_heads = False  # ... and of a name and such a date on one line ("Ann  May 3")
        self._dated_items_head = False  # a comment opened at a name over a dated list item ("erin", "• May 2, 2023")
        self._box_end = -1  # the last line of the poster box read last (`_opens_poster_box`)
        self._details: PosterDetails | None = None  # the page's poster details, searched from the first need on
        self._section_start = 0
        self._forum_furniture: bool | None = None  # `_shows_forum_furniture`, worked out at its first need

    def read(self, section: Section) -> tuple[Comments, list[Boilerplate]]:
        start = section.start
        self._trailing = self._meta_follows_text(start if section.headerless else start + 1)
        self._unsigned = not self._trailing and self._shows_no_commenter_lines(start)
        self._yearless_heads = self._shows_yearless_heads(start)
        self._section_start = start
        self._yearless_name_heads = self._shows_yearless_name_heads(start)
        roles, blank = self.roles, LineRole.BLANK
        for i in range(start, len(self.lines)):
            if roles[i] is blank:
                self._blank_before = True
                continue
            if self._stopped:
                self._set_rest_apart(i)
                break
            self._read_line(i)
            self._blank_before = False
        self._close()
        self._note_closed_above(start)
        self._adopt_count(section)
        self._note_guessed_start(section)
        self._note_pagination(max(0, start - _LOOKAHEAD), self._last_comment_line(start) + _PAGE_LINKS_AFTER)
        self.tree.finish(self.section.declared)
        self.section.items, self.section.repairs = self.tree.comments, self.tree.repairs
        self._undouble_avatar_names()
        return self.section, self.boilerplate

    def _undouble_avatar_names(self) -> None:
        """Where most comments' heads open with an avatar's alt text ("Avatar Clare says:"), a head
        without it whose name is printed twice ("Armin Armin says:") had the name as its avatar's alt
        text: one name. A guess, recorded as an `avatar_name` repair."""
        items = self.section.items
        heads = [name_text_raw(self.lines[c.span.first - 1]) for c in items]
        led = sum(map(opens_with_avatar, heads))
        if led < _AVATAR_HEADS or 2 * led < len(items):
            return
        for comment, head in zip(items, heads):
            words = (comment.author or "").split()
            half = len(words) // 2
            if half and len(words) % 2 == 0 and words[:half] == words[half:] and not opens_with_avatar(head):
                comment.author = " ".join(words[:half])
                self.section.repairs.append(Repair(
                    "avatar_name", f"the name printed twice is read once ({comment.author}): where most comments' "
                    "heads open with an avatar's alt text, this avatar's alt text was the name", comment.index))

    def _note_guessed_start(self, section: Section) -> None:
        """Comments found without a header, from name-and-date lines whose text is not indented under them
        (the weakest evidence of a thread: a feed of dated posts looks the same): a guess, recorded."""
        if section.flush:
            self.tree.repairs.append(Repair(
                "guessed_start", "the comments were found without a header, from name-and-date lines over text "
                "at their own indent"))

    def _adopt_count(self, section: Section) -> None:
        """A count printed elsewhere (above the article) that agrees with the signed comments is the
        declared count; the guess is recorded."""
        if self.section.declared is not None or section.declared_elsewhere is None:
            return
        self.section.declared = section.declared_elsewhere
        self.tree.repairs.append(Repair(
            "count_elsewhere", f"the count {section.declared_elsewhere} is read from a header line away from "
            "the comments, which agrees with the comments found"))

    def _note_closed_above(self, start: int) -> None:
        """"This entry is now closed for comments" just above the comments' header (between the article
        and its comments, as some themes print it) says commenting is closed, as it would below."""
        if self.section.closed:
            return
        for lowered in self.lowered[max(0, start - _LOOKAHEAD):start]:
            if lowered and patterns.CLOSED_NOTICE.match(lowered):
                self.section.closed = True
                return

    def _shows_no_commenter_lines(self, start: int) -> bool:
        """No "NAME says:" or "NAME DATE" line near the start: a site that prints bare names."""
        window = self.lines[start + 1:start + 1 + 4 * _LOOKAHEAD]
        return not any(line.strip() and read_commenter(name_text(line)) for line in window)

    def _names_item(self, i: int, plain: str) -> bool:
        """"• artsyphotos" over a paragraph, where no commenter lines are printed: the item is a name."""
        if not self._unsigned or len(plain.split()) > _NAME_WORDS or patterns.ends_clause(plain, _SENTENCE_MARKS + ":,"):
            return False
        after = self._next_line(i)
        return (after is not None and _marker(self.lines[after]) is None
                and self.indent[after] > self.indent[i])

    def _last_comment_line(self, start: int) -> int:
        return max((c.span.last - 1 for c in self.tree.comments), default=start)

    def _note_pagination(self, first: int, end: int) -> None:
        """Links to other pages of comments (just before or after them) explain a count larger than
        the comments shown."""
        for line, text, lowered in zip(self.lines[first:end], self.text[first:end], self.lowered[first:end]):
            if text and len(line) <= _PAGE_LINK_CHARS and _COMMENT_PAGES.match(lowered):
                self.tree.repairs.append(paginated_repair(text))
                return

    def _meta_follows_text(self, first: int) -> bool:
        """True on sites that print "Posted by: NAME at DATE" after each comment's text, read from line
        `first` (a headerless section's first line is its first comment's, a header's is not)."""
        seen_text = False
        for line in self.lines[first:first + 4 * _LOOKAHEAD]:
            text = line.strip()
            if not text or line_kind(text) or _marker(line):
                continue
            found = read_commenter(text)
            if found:
                return found.trailing and seen_text
            seen_text = True
        return False

    @property
    def _started(self) -> bool:
        return bool(self.tree.comments) or (self._open is not None and not self._open.empty)

    def _set_rest_apart(self, first: int) -> None:
        """The lines after the section's end are furniture, each with its kind ("other" where no pattern
        names one). All in C but the making of each `Boilerplate`: on most pages these lines are most of
        those after the comments, and the blank lines among them (a third to half) are passed over."""
        roles, blank = self.roles, LineRole.BLANK
        written = list(map(is_not, roles[first:], repeat(blank)))
        kinds = lowered_line_kinds(list(compress(self.lowered[first:], written)), "other")
        spans = map(line_span, compress(range(first + 1, len(roles) + 1), written))
        self.boilerplate.extend(map(Boilerplate, compress(self.text[first:], written), kinds, spans))
        roles[first:] = map((blank, LineRole.BOILERPLATE).__getitem__, written)
        for kind in _CLOSING_KINDS.intersection(kinds):  # the outcome is the same in any order
            self._note_closed(kind)

    def _read_line(self, i: int) -> None:
        if i <= self._box_end:
            return  # a poster box's line, read with its name
        text, lowered = self.text[i], self.lowered[i]
        # `marker`'s own first test, before its memo: most lines open with a letter
        listed = _marker(self.lines[i]) if MAY_LEAD_MARKER[text[:1]] else None
        kind = lowered_line_kind(lowered)
        explained = True
        if self.section.header is None and not self._started and _is_header(text):
            self.section.header, self.section.declared = text, declared_count(text)
            self.roles[i] = LineRole.COMMENT_HEADER
            self._stopped = self.section.declared == 0
        elif kind:
            self._boilerplate(i, kind)
            self._stopped = self._started and _is_form_heading(kind, text)
            self._form_seen = self._form_seen or kind == "comment_form"  # a link list after it ends the section
        elif self._started and _AFTER_FIRST(lowered[:1]) and _AFTER.match(lowered) and self._at_top_level(i):
            self._boilerplate(i, "related_links")  # "About the author", "Related articles": the thread is over
            self._stopped = True
        elif len(text) <= BOX_NAME_CHARS and not self.digits[i] and self._opens_poster_box(i):
            pass  # the length first: most lines are a comment's text
        elif self._is_subject_over_head(i, text):
            self.roles[i] = LineRole.COMMENT_META  # the next post's subject, not the text of the post above
        elif (_WIDGET_FIRST(lowered[:1]) and _WIDGET.match(lowered) is not None or self._is_comment_link(i, text)
              or self._is_top_link(lowered)):
            self._set_link_apart(i, text)
        elif self._wraps_commenter_line(i, text):
            self.roles[i] = LineRole.COMMENT_META
        elif listed is not None and self._read_marker(i, listed):
            pass
        elif self._names_replied_comment(text):
            self.roles[i] = LineRole.COMMENT_META
        elif self._started and self.roles[i - 1] is not LineRole.COMMENT and _EMPTY_MARKER.fullmatch(text):
            self.roles[i] = LineRole.COMMENT_META  # an empty item's marker, not a wrapped line's tail ("Note" over "2.")
        elif self._read_commenter_line(i, text):
            self.roles[i] = LineRole.COMMENT_META
        elif not plain_item(text) and self._open is not None:
            self.roles[i] = LineRole.COMMENT_META
        elif self._doubles_name_above(i):
            self._boilerplate(i, "other")
        elif self._continues(i) or self._starts_trailing_comment(i):
            self._append_text(i, text, self.indent[i])
        else:
            self._boilerplate(i, "other")
            explained = False
        self._unexplained = 0 if explained else self._unexplained + 1
        if self._unexplained >= _UNEXPLAINED_RUN and self._started:
            self._stopped = True

    def _opens_poster_box(self, i: int) -> bool:
        """A forum post's head: a name over a poster box ("Posts: 42"), dated under the box or just above the name
        (`poster_box`). The head's lines are the comment's meta; where a numbered date line above the name opened
        the comment already, the name signs that one."""
        if self._details is None:
            self._details = PosterDetails(self.lines, self.text, self.lowered)
        box = poster_box(self.lines, i, self._details)
        if box is None:
            return False
        name, date, first, self._box_end = box
        opened = self._open
        if not (opened is not None and opened.first_line == first and not opened.paragraphs):
            self._drop_text_from(first)  # a date line above the name, read as the previous post's text
            self._start(first, min(self.indent[first], self.indent[i]))
            self._line_opened += 1
        self._attach(Commenter(name, date))
        self._open.last_line = self._box_end
        for k in range(first, self._box_end + 1):
            if self.text[k]:
                self.roles[k] = LineRole.COMMENT_META
                self._keep_box_line(plain_item(self.text[k]), name, date)
        return True

    def _keep_box_line(self, line: str, name: str, date: str | None) -> None:
        """Keep a poster box's line ("Posts: 42") with the open comment as its furniture, but the name and date
        the comment holds already."""
        if name not in line and not (date and date in line):
            self._open.furniture.append(line)

    def _at_top_level(self, i: int) -> bool:
        """Line i is indented no deeper than the thread's top-level comments (not inside a comment's text)."""
        top = self.tree.top_indent
        return self.indent[i] <= (top if top is not None else self._open.indent if self._open else 0)

    def _wraps_commenter_line(self, i: int, text: str) -> bool:
        """The wrapped tail of a long commenter line ("Reply To / Comment") is not comment text."""
        opened = self._open
        return (opened is not None and not opened.paragraphs and opened.last_line == i - 1
                and _NOT_FILLER.search(text) is None and not patterns.META_FILLER.sub("", text).strip())

    def _boilerplate(self, i: int, kind: str) -> None:
        self.roles[i] = LineRole.BOILERPLATE
        self.boilerplate.append(Boilerplate(self.text[i], kind, line_span(i + 1)))
        self._note_closed(kind)

    def _note_closed(self, kind: str) -> None:
        """A closed notice says commenting is closed; a comment form, unless a notice said so, that it is open."""
        if kind == "closed_notice":
            self.section.closed = True
        elif kind == "comment_form" and self.section.closed is None:
            self.section.closed = False

    def _read_marker(self, i: int, marker: tuple[int, int, str]) -> bool:
        """A list marker line (`marker`: its indent, text column and item text) opens a comment,
        names or dates the open one, or ends the section; False when it is none of these."""
        if self._trailing and self._started and self._starts_link_list(i, signed_after=True):
            self._drop_unsigned()
            self._stopped = True
            self._boilerplate(i, "other")
            return True
        if self._trailing:
            return False  # where the signature follows the text, lists are part of the text
        indent, column, item = marker
        if item and self.text[i][:1].isdigit() and _is_timestamp(self.text[i]):
            return False
        indented_in_text = self._inside_signed_text(indent) and indent > (self.tree.top_indent or 0)
        if (self._started or self._form_seen) and not indented_in_text and self._starts_link_list(i):
            self._stopped = True
            self._boilerplate(i, "other")
            return True
        if self._restarts_numbering(i, indent):
            self._stopped = True
            self._boilerplate(i, "other")
            return True
        plain = plain_item(item)
        if _is_widget(plain) or self._is_comment_link(i, plain):  # a reply link, even inside a comment's text
            self._set_link_apart(i, plain)
            return True
        found = read_commenter(item) if plain else None
        text_after = None
        if found is None and plain and "  " in item:
            found, text_after = _head_glued_to_text(item)
            if found is not None:  # "Jane Roe May 1, 2020 at 9:41 am  Great post…": head and text in one item
                self._open_at_marker(i, indent, column, item, plain, found)
                self._append_text(i, text_after, column)
                return True
        if (plain and not found and self._inside_signed_text(indent) and not self._signature_follows(i)
                and not self._names_item(i, plain)):
            return False
        if found and found.author is None and self._dates_name_item(i, plain, found):
            self._open_under_name(i, found, self.indent[i])  # "erin" over "• May 2, 2023": a forum post's head
            self._dated_items_head = True
            self.roles[i] = LineRole.COMMENT_META
        elif found and found.author is None and self._open is not None:
            if self._open.author is None and self._open.marked and self._open.paragraphs:
                self._absorb(self._open, i, found)  # "1. Jack Friday" over "□ November 6th, 2012": the name
            self._attach(found)
            self.roles[i] = LineRole.COMMENT_META
        else:
            self._open_at_marker(i, indent, column, item, plain, found)
        return True

    def _set_link_apart(self, i: int, text: str) -> None:
        """Line i is a comment's link ("Reply", "Report"): not its text, but kept with it as a sign of a thread."""
        self.roles[i] = LineRole.COMMENT_META
        if self._open is not None:
            self._open.furniture.append(text)

    def _shows_forum_furniture(self) -> bool:
        """Whether the thread shows a forum's buttons, post numbers or heads: read once, and only where a line asks
        (a lone "Top", a reply's subject), as few threads have such lines."""
        if self._forum_furniture is None:
            self._forum_furniture = shows_forum_furniture(self.text[self._section_start:])
        return self._forum_furniture

    def _is_top_link(self, lowered: str) -> bool:
        """A lone "Top" after a post's text in a forum's thread: the post's link back to the page's top. As a
        comment's only line it is the reader's word ("Top", as German and Dutch readers write it)."""
        return (lowered == "top" and self._open is not None and bool(self._open.paragraphs)
                and self._shows_forum_furniture())

    def _is_subject_over_head(self, i: int, text: str) -> bool:
        """Line i, a reply's subject ("Re: Harbour wall") right over a post's head in a forum's thread: it heads the
        post under it, as phpBB prints a subject over each reply, and is no line of the post above."""
        if not (patterns.REPLY_SUBJECT.match(text) and self._shows_forum_furniture()):
            return False
        after = self._next_line(i)
        return after is not None and commenter_fields(self.text[after]) is not None

    def _is_comment_link(self, i: int, text: str) -> bool:
        """Line i, "Link", "Thread" or "Parent" alone inside an open comment, is one of the comment's links as
        some journal platforms print them, unless a timestamp follows: then it names the next commenter."""
        if self._open is None or len(text) > _COMMENT_LINK_CHARS or not _COMMENT_LINK.fullmatch(text):
            return False
        after = self._next_line(i)
        return after is None or not _is_timestamp(self.text[after])

    def _dates_name_item(self, i: int, plain: str, found: Commenter) -> bool:
        """A list item holding a timestamp alone, a blank line under a short name line set apart: the name's
        date, printed as the first of a forum post's meta items. Not under a comment's own name or text, nor
        where another such item follows (a list of dates under a line of a comment's text). Under a comment's
        text, only where the section's comments open so: a lone dated item there is more likely an event's in
        the text ("Town Hall", "• 12 June 2022")."""
        above = i - 2
        opened = self._open
        if opened is not None and opened.paragraphs and not self._dated_items_head:
            return False
        if found.date is None or len(found.date) < len(plain) - 1 or above < 1 or self.text[i - 1]:
            return False
        after = self._next_line(i)
        listed = _marker(self.lines[after]) if after is not None else None
        if listed is not None and _is_timestamp(plain_item(listed[2])):
            return False
        in_head = opened is not None and not opened.paragraphs and opened.last_line >= above
        return (not in_head and not self.text[above - 1] and _may_be_name(self.text[above])
                and _marker(self.lines[above]) is None and self.indent[above] <= self.indent[i])

    def _names_replied_comment(self, text: str) -> bool:
        """A reply marker line ("In reply to Ann.") between a signed head and its text: whom the reply answers,
        kept as the head's "responded to" is (`TreeBuilder` takes the latest earlier comment by that name)."""
        opened = self._open
        if opened is None or opened.author is None or opened.paragraphs or opened.reply_to_name is not None:
            return False
        opened.reply_to_name = reply_marker_target(text)
        return opened.reply_to_name is not None

    def _restarts_numbering(self, i: int, indent: int) -> bool:
        """Top-level numbering back at 1: the thread is listed again (another sort order)."""
        restart = _FIRST.match(self.text[i]) is not None
        highest = max(self.tree.highest_number, self._open.number or 0 if self._open else 0)
        first = self.tree.first_indent
        return restart and highest > 1 and (first is None or indent <= first)

    @property
    def _marker_led(self) -> bool:
        """Every comment so far opened at a list marker: a lone commenter-like line is then text."""
        return self._marker_opened >= 2 and self._line_opened == 0

    def _inside_signed_text(self, indent: int) -> bool:
        """A list inside a signed comment's text: on such sites replies open with a commenter line."""
        opened = self._open
        return (opened is not None and opened.author is not None and opened.body_indent is not None
                and indent >= opened.body_indent)

    def _signature_follows(self, i: int) -> bool:
        """"□ NAME" over "Posted DATE | Permalink": a name and its date open a reply, not a list item."""
        after = self._next_line(i)
        if after is None or after > i + 2 or _marker(self.lines[after]) is not None:
            return False
        found = read_commenter(self.text[after])
        return found is not None and found.author is None and found.date is not None

    def _open_at_marker(self, i: int, indent: int, column: int, item: str, plain: str,
                        found: Commenter | None) -> None:
        opened = self._open
        if opened and not opened.paragraphs and opened.author and opened.last_line == i - 1:
            opened.indent = indent
        else:
            self._start(i, indent)
            self._marker_opened += 1
            self._open.marked = True
        self._open.text_column = column
        number = _NUMBER.match(self.text[i])
        if number:
            self._open.number = int(number.group())
        self._open.thread_number = self._open.thread_number or thread_number(self.text[i])
        if found:
            self._attach(found)
            self.roles[i] = LineRole.COMMENT_META
        elif plain and self._names_item(i, plain):
            self._open.author = _LEADING_URL.sub("", plain) or plain
            self.roles[i] = LineRole.COMMENT_META
        elif plain:
            self._append_text(i, item, column)
        else:
            self.roles[i] = LineRole.COMMENT_META

    def _read_commenter_line(self, i: int, text: str) -> bool:
        """A commenter line opens a comment, or names the one a bare marker (or its name line) opened."""
        found = self._commenter_of(i, text)
        if found is None:
            return False
        opened = self._open
        if self._opens_quotation(opened, i, text):
            return False  # "On May 3, 2021, Ann wrote:" under a head or its text: the quoted post's date
        if self._quotes_comment(opened, found) and not self._dated_under(i):
            opened.reply_to_name = found.author.lstrip("> @")  # "> @erin wrote:", as html2text prints a quoted post
            opened.quotes_indented = self.indent[i] > opened.indent
            return True
        if found.author is None and self._name_above(i) and self._dates_a_head(i, text):
            self._open_under_name(i, found, self.indent[i])
            return True
        if found.author is None and opened is not None and opened.paragraphs and not self._absorb(opened, i, found):
            return False  # a date inside a comment's text
        if self._cites_in_text(opened, i):
            return False
        unsigned = opened is None or opened.author is None
        if self._trailing and not found.trailing and found.author is not None and unsigned:
            return False  # "Anonymous at DATE" in a thread signed after the text: a quote inside a comment
        if found.trailing and self._trailing:
            paragraphs = [" ".join(lines) for lines in opened.paragraphs] if opened is not None else []
            signed = self._signatures.get((found.author, found.date))
            if signed is not None and (not paragraphs or any(signed in paragraph for paragraph in paragraphs)):
                return False  # a quoted comment's signature (under its quoted text), inside the quoting comment
            self._signatures[(found.author, found.date)] = max(paragraphs, key=len, default="")
            if opened is not None and opened.author is None:
                self._attach(found)
                self._open.last_line = i
            self._close()
            return True
        if opened is None or not (opened.empty or not opened.paragraphs or self._absorb(opened, i, found)) \
                or _heads_next(opened, found, text):
            if self._marker_led and not self._heads_apart(opened, i, found):
                return False
            self._start(i, self.indent[i])
            self._line_opened += 1
        self._attach(found)
        self._open.thread_number = self._open.thread_number or thread_number(text)
        self._open.indent = min(self._open.indent, self.indent[i])
        self._open.last_line = i
        return True

    def _open_under_name(self, i: int, found: Commenter, indent: int) -> None:
        """Open a comment at the name line above timestamp line i (its indent at most `indent`, the date's)."""
        name_line = self._name_line_above(i)
        found.author = self._take_name_above(i)
        above = _marker(self.lines[name_line])
        self._start(name_line, min(above[0] if above else self.indent[name_line], indent))
        self._line_opened += 1
        self._attach(found)
        self._open.last_line = i

    def _heads_apart(self, opened: OpenComment | None, i: int, found: Commenter) -> bool:
        """A named head set apart from the open comment's text (a blank line above it, no deeper than the
        comment's marker) opens a comment even where comments open at list markers: "10.15 Kay says:"
        after items 10, 11, 12 is a head whose time looks like no list number. Inside the text column
        a commenter-like line stays text."""
        return (opened is not None and found.author is not None and self._blank_before
                and self.indent[i] <= opened.indent)

    def _cites_in_text(self, opened: OpenComment | None, i: int) -> bool:
        """"Alexander Stepanov Notes on Programming 10/31/2007" on the line right under a comment's text, at
        its text's indentation, where the comment was opened at a list marker that named and dated it:
        the source of a quotation, part of the text. Where a site lists its comments, the next one
        opens at the next marker (or at least after a blank line)."""
        return (opened is not None and opened.marked and opened.author is not None and opened.date is not None
                and bool(opened.text_lines) and opened.text_lines[-1] == i - 1 and not self._blank_before
                and opened.body_indent is not None and self.indent[i] >= opened.body_indent)

    def _opens_quotation(self, opened: OpenComment | None, i: int, text: str) -> bool:
        """"On May 3, 2021, Ann wrote:" right under a head or right after a line of the comment's text, with
        no blank line between, introduces the post the comment quotes. After text and a blank line the same
        line heads the next comment, and right after text too where the comment's own head read so: a thread
        whose every head reads so is no one comment quoting all the others."""
        if opened is None or opened.last_line != i - 1 or not introduces_quotation(text):
            return False
        if opened.text_lines:
            return not any(map(introduces_quotation, self.text[opened.first_line:opened.text_lines[0]]))
        return bool(opened.author or opened.date)

    @staticmethod
    def _quotes_comment(opened: OpenComment | None, found: Commenter) -> bool:
        """A signed comment that opens with "NAME said:" quotes NAME's comment: a forum's reply marker."""
        return (opened is not None and opened.author is not None and not opened.paragraphs
                and found.author is not None and found.date is None and found.author != opened.author)

    def _dated_under(self, i: int) -> bool:
        """The next written line is a timestamp alone: line i ("Kay Lum says:") heads a comment over its date, where
        a forum's "erin said:" over a quoted post has the post's text under it."""
        under = self._next_line(i)
        return under is not None and _is_timestamp(self.text[under])

    def _name_above(self, i: int) -> bool:
        """"Robs" on the line right above a bare timestamp (or one blank line above it, as a
        Markdown rendering sets blocks apart): the two lines head a comment."""
        above = self._name_line_above(i)
        if above < 0 or not self.text[above] or self.roles[above] not in (LineRole.COMMENT, LineRole.BOILERPLATE):
            return False
        return _may_be_name(self.text[above])

    def _doubles_name_above(self, i: int) -> bool:
        """"Tom Baker" under "Tom Baker", a blank line between perhaps, a date under them: the name printed twice
        (an avatar's alt text, then the name's link; w3m sets the two blocks apart on Medium) heads one comment.
        The repeat is part of the head, not a second line of unexplained furniture that would end the thread
        before the date is read."""
        if i == 0 or self.text[i] != self.text[self._line_above(i)] or not _may_be_name(self.text[i]):
            return False
        after = self._next_line(i)
        return after is not None and self._commenter_of(after, self.text[after]) is not None

    def _dates_a_head(self, i: int, text: str) -> bool:
        """A day and month alone ("June 3") dates the name above it only where the section shows heads of
        that shape or the name reads as a commenter's (a handle, a badge): a comment listing places and
        days ("Paris" over "June 3") is text. A date with its year or clock always may."""
        if self._yearless_heads or not patterns.is_partial_date(text):
            return True
        above = self._name_line_above(i)
        return above != self._line_above(i) or _HANDLE.search(self.text[above]) is not None

    def _shows_yearless_heads(self, start: int) -> bool:
        """Lines of a day and month alone under a line set apart from what comes before by a blank line (or
        the section's start): the heads of a thread ("Ann" over "May 3"), as a list in a comment's text is not.
        A month and a two-digit year ("Blizzard" over "Jan '78") names a past event as often: such heads count
        only where no line dated in full comes before them, as a comment's head dated with its year does."""
        found = self._heads_shown(start, partial(self._dates_name_set_apart, start))
        if not found or not any(patterns.has_short_year(self.text[i]) for i in found):
            return bool(found)
        before = compress(range(start + 1, found[0]), self.digits[start + 1:found[0]])
        return not any(find_date(self.text[i]) for i in before)

    def _dates_name_set_apart(self, start: int, i: int) -> bool:
        """Line i is a day and month alone under a name line that follows a blank line or the section's start."""
        if len(self.text[i]) > _DAY_MONTH_CHARS or not patterns.is_partial_date(self.text[i]):
            return False
        above = self._name_line_above(i)
        return above >= start and (above == start or not self.text[above - 1])

    def _shows_yearless_name_heads(self, start: int) -> bool:
        """Lines of a name and a day and month alone (`yearless_head`) where heads stand: the heads of a thread
        that sets no blank line between its comments. A list of events and days in a comment's text ("Opening
        Day May 3" under "Farmers Market May 2") is none, and where the heads are signed ("Ann says:") such
        lines are text wherever they stand."""
        found = self._heads_shown(start, partial(self._names_and_dates_a_head, start))
        return bool(found) and not any(map(partial(self._signs_a_head, start), range(start + 1, found[-1])))

    def _names_and_dates_a_head(self, start: int, i: int) -> bool:
        """Line i is a name and a day and month alone where a head can stand."""
        text = self.text[i]
        return (len(text) <= _NAME_CHARS + _DAY_MONTH_CHARS and yearless_head(text) is not None
                and self._stands_as_head(start, i))

    def _signs_a_head(self, start: int, i: int) -> bool:
        """Line i names a commenter ("Ann says:", "Ann on May 3, 2021") where a head can stand."""
        fields = commenter_fields(self.text[i]) if self.text[i] else None
        return fields is not None and fields[0] is not None and self._stands_as_head(start, i)

    def _stands_as_head(self, start: int, i: int) -> bool:
        """Line i stands where a head can: right under the section's start, a blank line, a reply link or a
        line that ends a sentence (a comment's end); under a line that runs on, it is a line of the text."""
        above = self.text[i - 1]
        return i - 1 == start or not above or patterns.ends_with(above, _SENTENCE_MARKS) or _is_widget(above)

    def _heads_shown(self, start: int, is_head: Callable[[int], bool]) -> list[int]:
        """The first `YEARLESS_HEADS` lines after the section's start that pass `is_head`, where no comment
        form nor the section's end comes between them (lines in a sidebar after the form are not the
        thread's); else none. Only the lines holding a digit are tried, picked in C: on a long page most
        lines after the section's start hold none, and a test of each in Python cost more than reading
        those that do."""
        heads = filter(is_head, compress(range(start + 1, len(self.text)), self.digits[start + 1:]))
        found = list(islice(heads, YEARLESS_HEADS))
        if len(found) < YEARLESS_HEADS or any(map(self._ends_thread, range(found[0] + 1, found[-1]))):
            return []
        return found

    def _ends_thread(self, i: int) -> bool:
        """Line i is where the reader stops: a comment form's heading or the furniture after the comments."""
        lowered = self.lowered[i]
        return (_is_form_heading(lowered_line_kind(lowered), lowered)
                or _AFTER_FIRST(lowered[:1]) and _AFTER.match(lowered) is not None)

    def _commenter_of(self, i: int, text: str) -> Commenter | None:
        """The commenter a line names, a yearless head where the section shows such heads, or None."""
        if self._yearless_name_heads and self.digits[i]:
            head = yearless_head(text)
            if head is not None:
                return head
        if not self.digits[i] and "[" not in text and not ends_with_saying(text):
            return None  # `commenter_fields`'s own first test, the line's digit already known: most lines
        if commenter_fields(text) is None:
            return None  # the memoised reading, without making a Commenter
        return read_commenter(text)

    def _take_name_above(self, i: int) -> str:
        """Move the name line out of the previous comment's text (or the furniture); close that comment."""
        above = self._name_line_above(i)
        name = name_text(self.lines[above])
        self._drop_text_from(above)  # the name line, and a badge line under it
        while self.boilerplate and self.boilerplate[-1].span.first >= above + 1:
            self.boilerplate.pop()
        self._close()
        for line in range(above, i):
            if self.text[line]:
                self.roles[line] = LineRole.COMMENT_META
        return name

    def _drop_text_from(self, first: int) -> None:
        """Take the open comment's text lines from line `first` on out of it: they head the next comment."""
        opened = self._open
        while opened is not None and opened.text_lines and opened.text_lines[-1] >= first:
            opened.text_lines.pop()
            opened.paragraphs[-1].pop()
            if not opened.paragraphs[-1]:
                opened.paragraphs.pop()
            opened.last_line = opened.text_lines[-1] if opened.text_lines else opened.first_line

    def _name_line_above(self, i: int) -> int:
        """The line above a bare timestamp where a name would be: the line above it, or the line above a
        badge printed between the name and the date ("Ann Lee" over "Author" over "May 3, 2021")."""
        above = self._line_above(i)
        if above > 0 and is_badge(self.text[above]):
            above = self._line_above(above)
        if above > 0 and self.text[above] and self.text[self._line_above(above)] == self.text[above]:
            return self._line_above(above)  # the name printed twice
        return above

    def _line_above(self, i: int) -> int:
        """The line above line i, across one blank line."""
        return i - 2 if i >= 2 and not self.text[i - 1] else i - 1

    def _absorb(self, opened: OpenComment, i: int, found: Commenter) -> bool:
        """A short name line right above a timestamp is the comment's header, not its text."""
        if len(opened.text_lines) != 1 or i - opened.first_line > 3 or opened.date is not None:
            return False
        text = opened.paragraphs[0][0] if len(opened.paragraphs) == 1 else ""
        # "15. What to upgrade to?" over a date, one blank line between perhaps (a Markdown rendering's blocks)
        on_marker = opened.first_line == self._line_above(i) == opened.text_lines[0]
        if on_marker and is_link_title(text):
            pass  # "2. Post Title | Site" over a date: a pingback's title
        elif not text or len(text.split()) > _ABSORB_WORDS or (patterns.ends_with(text, _SENTENCE_MARKS)
                                                               and not on_marker):
            return False
        if opened.author is None and found.author is None:
            opened.author = plain_item(text) or None
        self.roles[opened.text_lines[0]] = LineRole.COMMENT_META
        opened.paragraphs, opened.text_lines, opened.body_indent = [], [], None
        return True

    def _attach(self, found: Commenter) -> None:
        opened = self._open
        opened.author = opened.author or found.author
        opened.date = opened.date or found.date
        if found.reply_to:
            opened.reply_to_name = found.reply_to

    def _continues(self, i: int) -> bool:
        opened = self._open
        if opened is None:
            return False
        indent = self.indent[i]
        if self._trailing and opened.author is None and opened.paragraphs:
            return True  # signed after the text: all up to the signature is the comment's, a quote first or not
        if opened.empty:
            return indent > opened.indent
        if opened.quotes_indented:
            return indent >= opened.indent  # the quoted post indented, the comment's own words at its head's indent
        if opened.body_indent is not None:
            indented_body = opened.body_indent > opened.indent and indent > opened.indent
            return indent >= opened.body_indent - _INDENT_SLACK or indented_body
        return indent >= opened.indent or indent > 0

    def _starts_trailing_comment(self, i: int) -> bool:
        """On "Posted by"-after-text sites, text with no comment open begins the next comment."""
        if not self._trailing or self._open is not None:
            return False
        self._start(i, self.indent[i])
        return True

    def _next_line(self, i: int) -> int | None:
        for j in range(i + 1, min(i + 1 + _LOOKAHEAD, len(self.lines))):
            if self.text[j]:
                return j
        return None

    def _starts_link_list(self, i: int, signed_after: bool = False) -> bool:
        """Sidebars and menus after the comments: several link items in a row end the section.

        Where the signature follows the text a list may be part of a comment's text: there only a
        longer run of link items ends the section."""
        for _ in range(_LINK_LIST_ITEMS * (2 if signed_after else 1)):
            if i is None or not self._is_link_item(i, signed_after):
                return False
            i = self._next_line(i)
        return True

    def _drop_unsigned(self) -> None:
        """Text read since the last signature, on a sign-after site, is furniture when the section ends."""
        if self._open is not None and self._open.author is None:
            self._close()

    def _is_link_item(self, i: int, signed_after: bool = False) -> bool:
        """A short item without closing punctuation and with nothing written under it."""
        marker = _marker(self.lines[i])
        if marker is None or (self._trailing and not signed_after):
            return False  # where the signature follows the text, lists are part of the text
        plain = plain_item(marker[2])
        if not plain or len(plain.split()) > _SHORT_ITEM_WORDS or patterns.ends_with(plain, _SENTENCE_MARKS):
            return False
        if _is_widget(plain) or read_commenter(plain):
            return False
        after = self._next_line(i)
        if after is None or _marker(self.lines[after]) is not None:
            return True
        return self.indent[after] <= marker[0] or not plain_item(self.lines[after])

    def _start(self, i: int, indent: int) -> None:
        self._close()
        self._open = OpenComment(indent=indent, text_column=indent, first_line=i, last_line=i)

    def _append_text(self, i: int, text: str, column: int) -> None:
        comment = self._open
        quoted = quote_set_off(text) if not comment.paragraphs else None
        if quoted is not None:  # "erin wrote:A bridge…": a reply to erin's post; its own words may follow at its head's indent
            comment.quotes_indented = column > comment.indent
            if self.tree.has_author(quoted):  # a quote of the opening post or of someone else names no parent
                comment.reply_to_name = comment.reply_to_name or quoted
        if self._blank_before or not comment.paragraphs:
            comment.paragraphs.append([])
        comment.paragraphs[-1].append(text)
        comment.text_lines.append(i)
        comment.body_indent = column if comment.body_indent is None else min(comment.body_indent, column)
        comment.last_line = i
        self.roles[i] = LineRole.COMMENT

    def _close(self) -> None:
        """Hand the open comment to the tree; a bare marker, or unsigned text on a sign-after site, is none."""
        opened, self._open = self._open, None
        if opened is None or opened.empty or (self._trailing and opened.author is None):
            if opened is not None:
                for i in opened.text_lines:
                    self.roles[i] = LineRole.BOILERPLATE
                    self.boilerplate.append(Boilerplate(self.text[i], "other", line_span(i + 1)))
            return
        if self._is_unsigned_link(opened):
            self._set_apart(opened)
            return
        key = (opened.author, opened.date, "".join(map("".join, opened.paragraphs)).replace(" ", ""))
        top_level = self.tree.top_indent is None or opened.indent <= self.tree.top_indent
        if top_level and opened.author and opened.date and key in self._seen:
            self._set_apart(opened)  # a second listing of the thread (another sort order)
            self._stopped = True
            return
        self._seen.add(key)
        opened.kind, opened.author = linkback_kind(display_name(opened.author), [" ".join(lines) for lines in opened.paragraphs])
        self.tree.add(opened)

    def _is_unsigned_link(self, opened: OpenComment) -> bool:
        """Where comments are signed, a short unsigned, undated item is a menu entry ("Most read"), but for
        another site's link here ("Pingback: TITLE")."""
        if self.tree.signed < 2 or opened.author or opened.date:
            return False
        texts = [" ".join(lines) for lines in opened.paragraphs]
        text = " ".join(texts)
        return (len(text.split()) <= _SHORT_ITEM_WORDS and not patterns.ends_with(text, _SENTENCE_MARKS)
                and linkback_kind(None, texts)[0] == "comment")

    def _set_apart(self, opened: OpenComment) -> None:
        """Lines read as a comment that turned out not to be one: boilerplate after all."""
        for i in range(opened.first_line, opened.last_line + 1):
            if self.roles[i] is not LineRole.BLANK:
                self._boilerplate(i, "other")
