"""Doubt, said out loud: why a page's comment section may be wrong.

Every reader (plain text, HTML, exports) runs the same checks on the `Comments` it built, so an
editor sees the same warning whatever the input was. Each doubt is one plain sentence; a page
with any doubt is `comments.doubtful`. The checks look at what any wrong parse leaves behind
(counts that disagree, comments with no author or date, navigation-like items, evidence that
is only a guess), never at a particular site.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, itemgetter, methodcaller
from typing import NamedTuple

from discourse.model import Article, Comment, Comments, Page, Repair, Span
from discourse.parse import patterns
from discourse.parse.commenters import commenter_fields
from discourse.parse.section import declared_count

# Fewer comments found than declared, by at least this share of the declared count (and at least
# two: one may be deleted), is a doubt unless the page links to other pages of comments.
# More found than declared is a doubt at any gap: a page does not show comments it does not count.
COUNT_GAP_SHARE = 0.1
COUNT_GAP_MIN = 2
# A share of comments with neither author nor date above this means comment starts were guessed.
UNATTRIBUTED_SHARE = 0.5
# Comments this short that repeat, or that read like link titles, look like navigation.
NAVIGATION_WORDS = 12
NAVIGATION_SHARE = 0.5
# On a page with one or two "comments", unsigned ones this short are a widget's text ("Loading...").
FRAGMENT_WORDS = 3
# Comments read from lines (the plain-text reader, the HTML reader's text fallback): a paragraph of a
# comment's text that is a whole commenter line (a name and a date) is a comment start that was missed.
LINE_READ_SOURCES = {"text", "text-fallback"}
# An article whose text is mostly script code (a rendering that lost the page): above this share of its
# characters (of its first CODE_SAMPLE_CHARS: a sample, so a long page costs no more), in paragraphs
# with more than one of `;{}=()` per CODE_CHARS_PER_MARK characters.
CODE_SHARE = 0.5
CODE_CHARS_PER_MARK = 25
CODE_SAMPLE_CHARS = 20_000
_CODE_CHARS = ";{}=()"
_CODE_MARK = re.compile(f"[{re.escape(_CODE_CHARS)}]")
_LEADING_NUMBER = re.compile(r"\d+")
# A thread of signed comments (at least this share of those before the run, and at least
# SIGNED_BEFORE of them) that ends in a run of at least UNSIGNED_RUN unsigned ones: the reading ran on
# past the thread's end into what follows it (a sidebar's headed lists, a feed).
UNSIGNED_RUN = 2
SIGNED_BEFORE = 3
SIGNED_BEFORE_SHARE = 0.75
# Commenter heads ("Ann Smith May 2, 2023 at 10:00 am", or a name over a date) each followed by a
# paragraph of text, outside every comment read and above the comment form under them: at least this
# many are a thread that was missed.
UNREAD_HEADS = 2
# A commenter's name: at most this many words, each capitalised where there are several (a username is
# one word); a head of more, or of lowercase words ("Council approves the budget"), is a title.
NAME_WORDS = 3
# A head's block, or the date block under a name: at most this many words.
HEAD_BLOCK_WORDS = 8
# A comment's text under its head: at least PROSE_WORDS words, at most CAPITALISED_SHARE of them
# capitalised. A block of at most WIDGET_WORDS words between the two ("2 points") is a widget's.
PROSE_WORDS = 5
CAPITALISED_SHARE = 0.5
WIDGET_WORDS = 3
_CUT_SHORT = ("…", "...")
# A headline over a byline has at most this many words and ends in none of _SENTENCE_END.
TITLE_WORDS = 15
_SENTENCE_END = tuple(".!?…:)")
_POST_COUNT = re.compile(rf"\b\d+\s+{patterns.COMMENT_NOUN}\b", re.IGNORECASE)
_CLOCK_ALONE = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
# A line that counts comments ("12 Comments") has at most this many words.
COUNT_LINE_WORDS = 8
# The most words a check that visits every block asks of one (a head under a widget's line): a block's
# words are counted up to one more (`Block.words`), so that `words <= limit` holds for any limit up to it.
BLOCK_WORDS = max(HEAD_BLOCK_WORDS + WIDGET_WORDS, COUNT_LINE_WORDS, NAME_WORDS)
# A link printed under each comment ("Reply", "Report"): at least this many outside the comments read,
# and more than the comments found, are comments missed. Such a link is shorter than WIDGET_LINK_CHARS.
WIDGET_LINKS = 3
WIDGET_LINK_CHARS = 60
# Reply subject lines ("Re: River bridge or tunnel?", a forum's or a mailing list's post headers): at least
# this many of one subject, not in a list (a sidebar lists the latest replies), and more than the comments
# found, are replies missed. Such a line is shorter than SUBJECT_CHARS.
REPLY_SUBJECTS = 2
SUBJECT_CHARS = 200
# The poster's line under a subject ("by erin » Tue May 02, 2023 11:00 am"): at most this many words.
DATE_LINE_WORDS = 12
SUBJECT_COLON_REACH = 12  # "### > Antw:", the prefix with heading and quote marks
# List items that are a name alone, each over a sentence of its own ("• Ivan Petrov" over "Finally, the
# bridge."), one after another: at least this many, where no comment was read, beside a thread's furniture
# or with a question among them, are a thread's comments printed without dates.
NAMED_ITEMS = 2
# Where no comment was read, heads over text are a thread's only beside a sign of one (a header, a reply
# link, a count of votes; see `_shows_thread_furniture`), looked for at most this many blocks before the
# first head and after the last head's text. A widget's line glued above a head may run its words together
# ("ReplyFlag"): split where a capital follows a lowercase letter.
FURNITURE_REACH = 3
CLOSING_KINDS = ("comment_form", "closed_notice")  # the furniture under a thread: its form, its closed notice
# A comment's stamp finer than a teaser's date: a time of day ("at 10:00 am") or a time ago ("2 hours ago").
_TIME_OF_DAY_OR_AGO = re.compile(rf"\d:\d\d|\d\s+{patterns.RELATIVE_UNIT_FIRST}"
                                 rf"|{patterns.RELATIVE_WORD_FIRST}\d*\s+{patterns.RELATIVE_WORD_FIRST_UNITS}",
                                 re.IGNORECASE)
# What a thread prints that the shared patterns do not hold: headers in more languages and scripts, reply
# (patterns.REPLY_WORDS) and report links in more languages, vote buttons and counts ("▲ 12 ▼", "+3").
_MORE_HEADERS = re.compile(
    r"^(комментарии|комментарии читателей|отзывы|yorumlar|kommentit|hozzászólások|komentáře|komentarji|σχόλια"
    r"|コメント|评论|評論|留言|댓글|تعليقات|תגובות)$", re.IGNORECASE)
_MORE_LINKS = re.compile(
    rf"^({patterns.REPLY_WORDS}|melden|signaler|segnala|denunciar|denunciar abuso|пожаловаться|upvote|downvote"
    r"|vote up|vote down|reply with quote)$",
    re.IGNORECASE)
# A reply link's word in each language, matched against a whole run of letters: a furniture line's
# words may be run together with a count or another link ("Respect3 ReplyReport", "Like (3)Reply", "2Reply").
_REPLY_WORD = re.compile(patterns.REPLY_WORDS, re.IGNORECASE)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# A forum post's number beside it ("Post #2", "Post 2 of 9"); a bare number ("#2"), which a news thread may print
# too; a quote link's word ("Quote", "Zitieren").
_POST_NUMBER_LINE = re.compile(r"post\s*#\d{1,7}|post\s+\d{1,7}\s+of\s+\d{1,7}", re.IGNORECASE)
_BARE_NUMBER_LINE = re.compile(r"#\d{1,7}")
_QUOTE_WORD = re.compile(r"quote|multiquote|zitieren|citer|citar|cita|citeren|cytuj|цитировать|цитата", re.IGNORECASE)
_VOTES = re.compile(r"^(?:[▲△↑⇧]\s*[+-]?\d+\s*[▼▽↓⇩]?|[+-]?\d+\s*[▲△↑⇧▼▽↓⇩]|[+-]\d+)$")
# A forum's poster box beside each post: the poster's count of posts, when they joined ("Posts: 120",
# "Joined: March 2019", "Beiträge: 12").
_POSTER_BOX = re.compile(r"^(posts|joined|registered|member since|messages|beiträge|registriert|mitglied seit"
                         r"|messages postés|inscrit le|mensajes|registrado|messaggi|iscritto)(\s*:\s*\S.*|\s+\d.*)$",
                         re.IGNORECASE)
# A line of several links side by side ("Like · Reply · 2y"); digit groups in a count ("1,234 likes").
# Led by a lookbehind so that a long run of spaces is tried once, from its start, not from each of its spaces.
_LINK_SEPARATORS = re.compile(r"(?<!\s)\s+[·|•]\s+")
# A link run into a text's last sentence: a sentence's end, then one word of letters and nothing after it.
_GLUED_LINK = re.compile(r"[.!?…)](\w{2,12})$")
_GLUED_LINK_REACH = 16  # a text's last characters that may hold it, before a table's rule of at most _RULE_CHARS
_RULE_CHARS = 40
_RULE_MARKS = "-|: "
_CELL_MARKS = "| "  # round a table cell's text, as a rendering prints a table ("| Reply |")
# A reply or report link in any of the languages above, maybe in a table's cell: one pattern, one call a line,
# for the doubts and for the text reader's count of the links of a thread it did not read.
LINK_IN_CELL = re.compile(rf"(?:\|\s*)?(?P<link>{patterns.THREAD_LINK.pattern.lstrip('^')}"
                           rf"|{_MORE_LINKS.pattern.lstrip('^')})", re.IGNORECASE)
# What may follow a counted link on a line of its own: nothing, or a mark and more links or a name ("Report Post »
# erin"), but no word or colon that makes it a title ("Report on flooding (2022)", "Report: the bridge opens").
_LINK_ENDS_PHRASE = re.compile(r"\s*(?:$|[^\w\s:])")
_THOUSANDS = re.compile(r"(?<=\d)[,.\s](?=\d{3}\b)")
# The marks most often round a header or a count, and a sentence's end ("12 comments.").
_EDGE_MARKS = " #*>[]=-—–:.!?»«|~_"
# The first words of a sidebar's or a list's title, which the reply-link pattern also reads as sort
# controls ("Most popular", "Best", "Newest", "Top 10"), and of counts of likes, which a tweet shows too.
_TITLE_WORDS = frozenset({"most", "popular", "recent", "best", "newest", "oldest", "latest", "liked", "top",
                          "editors", "editors'", "editors’"})
_LIKES = re.compile(r"^\d+\s+likes?$", re.IGNORECASE)
# A quote's opening line that names whom it quotes ("Originally Posted by erin", "Quote from: erin on May 2").
_QUOTED_FROM = re.compile(r"^(?:quote:?\s*)?" + patterns.QUOTED_FROM_LABEL + r"\s*"
                          r"(?P<author>[^:»]{1,60}?)(?:\s+on\s.*|\s*[:»].*)?$", re.IGNORECASE)
# A word of a name or of a text, split alike ("Jean-Pierre" is two); a word of a username ("olga1987", "ivan_p",
# "J.", "D’Angelo").
_WORD = re.compile(r"\w+")
_USERNAME_WORD = re.compile(r"(?=\S*[^\W\d_])[\w.'’-]+")
# A quote's opening line ("erin on May 2, 2023 at 10:00 am said:") ends within this many characters and words
# (a name, "on", a date of up to six words, the verb).
SAYS_REACH = 100
SAYS_WORDS = NAME_WORDS + 8
# A date's parts: numbers, words, spaces, each other mark alone. A date of fewer numbers has no shape of its own.
_DATE_PARTS = re.compile(r"\d+|[^\W\d_]+|\s+|.")
DATE_SHAPE_NUMBERS = 2
DATE_SHAPES = 3  # the comments' most common date shapes looked for in their texts
# A forum's button under each post that quotes it, in a few languages (not a word that labels a quote or
# cites a source as well: "Цитата", "Citer").
_QUOTE_LINKS = frozenset({"quote", "zitieren", "citeren", "cytuj", "цитировать"})
# A verb of writing on a line of its own, under the name on the line above ("Mira Holt" over "wrote"), and
# a post's number or date under it ("#2"). Not "said": an interview prints each speaker over "said" too.
_WRITING_VERB = (r"(wrote|writes|schrieb|schreibt|a écrit|écrit|escribió|escribe|scrive"
                 r"|ha scritto|schreef|napisał|napisała|написал|написала)\s*:?")
_SAYS_ALONE = re.compile(rf"^{_WRITING_VERB}$", re.IGNORECASE)
# The same head with its lines joined in one paragraph ("M Mira Holt wrote #2"): the verb, then the rest.
_SAYS_IN_BLOCK = re.compile(rf"(?:^|\s){_WRITING_VERB}\s+(?P<after>\S.*)$", re.IGNORECASE)
SAYS_ALONE_CHARS = 16  # the longest of them, with its colon ("ha scritto:")
_POST_NUMBER = re.compile(r"^#\d{1,6}$")
# A name's first word that makes it a publication's ("The Times", "Die Zeit", "Le Monde"), not a poster's.
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "les", "l'", "el", "los", "las", "il",
                       "lo", "gli", "de", "het", "een"})
# A count of a post's notes (the likes, shares and replies a blog platform lists under a post: "6 notes"),
# ending a short line; a list item under it: its marker ("1.", "•"), then maybe an avatar's alt text ("[av]").
_NOTES_COUNT = re.compile(r"\b\d[\d,.]*\s+notes?$", re.IGNORECASE)
_NOTES_ENDS = ("notes", "note", "Notes", "Note", "NOTES", "NOTE")
_ITEM_LEAD = re.compile(rf"^\s*(?:\d{{1,6}}[.)]|[{re.escape(patterns.BULLETS)}])\s*(?:\[[^\]]{{1,30}}\]\s*)?")
# A tree found without any comment markup of a known kind. (The text fallback is not doubted for
# its source: the plain-text checks above apply to what it read.)
GUESSED_SOURCES = {"generic-repeated-blocks": "the comment tree was found by a generic detector of repeated blocks"}


class Block(NamedTuple):
    """A paragraph, heading or furniture item outside the comments: its text, whether it spans lines
    (a reader joins a paragraph's lines, so a widget's line may be glued to the head under it), its
    first line (0: a reader that keeps no line numbers), and its words counted up to BLOCK_WORDS + 1:
    the checks that visit every block ask its length in words, and one count a block serves them all."""
    text: str
    lines: bool
    first: int
    words: int


class Run(NamedTuple):
    """A run of list items that are a name over a sentence: how many, the first name, and the blocks
    it spans (from its first item to its last item's text)."""
    items: int
    first_name: str
    start: int
    end: int


_NO_RUN = Run(0, "", 0, 0)


@dataclass(frozen=True)
class UnreadSection:
    """What a reader saw of a comment section it could not read. `of_comments`: the evidence is a
    trace of comments themselves (a line that counts them, reply links under them: text pages),
    which no comment form or closed notice explains; otherwise it is elements named for comments
    (HTML), which a form or a closed notice would explain. `evidence`: that sign, in words."""
    evidence: str
    of_comments: bool


def assess(page: Page, unread_section: UnreadSection | None = None) -> list[str]:
    """The doubts about this page's comment section, in words (empty: nothing to doubt).
    `unread_section`: what a reader saw of a comment section it could not read, if anything."""
    comments = page.comments
    count_doubts = _count_doubts(comments)
    counted = comments.declared is not None and not count_doubts
    doubts = [*count_doubts, *([] if counted else _attribution_doubts(comments)),
              *([] if counted else [*_missed_start_doubts(comments), *_unsigned_tail_doubts(comments)]),
              *_navigation_doubts(comments),
              *_absence_doubts(comments, unread_section),
              *([] if comments.items else _script_doubts(page.article)),
              *([] if counted else _outside_doubts(page, unread_section))]
    if comments.items and comments.source in GUESSED_SOURCES:
        doubts.append(GUESSED_SOURCES[comments.source])
    if comments.items and not counted:
        doubts += _guessed_start_doubts(page)
    return doubts


def _guessed_start_doubts(page: Page) -> list[str]:
    """Comments found with no header, from name-and-date lines alone (a `guessed_start` repair): a feed of
    dated posts, a live blog's entries, or a thread whose subject lines were read as its names, looks the
    same. A thread read right shows it: each comment a name and a date over some text, no commenter head
    left inside a comment's text (a start that was missed), and a thread's own furniture beside its comments
    (see `_shows_own_furniture`), or a comment that says whom it answers. A live blog or a list of stories
    that prints "Reply" or "Report" under each entry shows that furniture too: its entries are still doubted
    where they are the page's main text (see `_reads_as_entries`)."""
    comments = page.comments
    if not any(repair.kind == "guessed_start" for repair in comments.repairs):
        return []
    items = [c for c in comments.items if c.is_reader_comment]
    if len(items) >= UNREAD_HEADS and all(map(_reads_as_signed_comment, items)) \
            and not _holds_a_head(items) and (_quotes_a_commenter(page) or _shows_own_furniture(items)):
        if not _reads_as_entries(page, items):
            return []
        return ["no header, and no article text before the comments: they may be a live blog's entries or a list "
                "of stories, not comments"]
    return ["no header: the comments were found from name-and-date lines alone, as a feed of posts shows"]


def _reads_as_entries(page: Page, items: list[Comment]) -> bool:
    """Whether comments found with no header are the page's own text: no paragraph of the article before them
    is running text, as on a live blog or a list of stories whose entries were read as comments, and they are
    signed as entries are (see `_signed_as_entries`). A thread's comments answer an article, or a forum's
    opening post read as one; a video's, a short question's or a cut article's thread answers little text."""
    return not any(_is_prose(paragraph.text) for paragraph in page.article.paragraphs) \
        and _signed_as_entries(items, page.article.author)


def _signed_as_entries(items: list[Comment], byline: str | None) -> bool:
    """Whether the comments are signed as a live blog's or a list's entries: by no one (a list of stories),
    by a few names again and again (at most one name for two entries: a live blog's staff), or by a name the
    article's byline holds ("By Jane Roe", "Ann Lee and Jane Roe"). A thread's commenters are mostly different
    people, and not the article's author."""
    names = {item.author.casefold() for item in items if item.author}
    return not names or 2 * len(names) <= len(items) \
        or any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", byline or "", re.IGNORECASE) for name in names)


def _shows_own_furniture(items: list[Comment]) -> bool:
    """Whether the comments show what a thread prints beside each comment and a feed does not, under most of
    them (see `_under_most`): a reply or report link, read as a further paragraph of a comment's text or set
    apart beside it ("Beantworten", "▲ 3 ▼"), or run into its last sentence ("…ago.reply"), a forum's poster
    box beside it ("Posts: 42"), the next commenter's letter avatar left at its end. A like, share or quote
    link or a count of likes is no sign: a live blog or a teaser list prints them under each entry too."""
    return _under_most(sum(any(map(_is_own_thread_widget, c.paragraphs[1:])) for c in items), len(items)) \
        or _under_most(sum(any(map(_is_thread_furniture, c.furniture)) for c in items), len(items)) \
        or _under_most(_glued_links_alike(items), len(items)) \
        or _under_most(_letter_avatars(items), len(items))


NESTED_THREAD_COMMENTS = 3  # the fewest comments whose flat reading is doubted for want of nesting


def hides_nesting(comments: Comments) -> bool:
    """Whether a thread read from lines may hold replies read as top-level comments: a reply link beside most
    of its comments (see `_under_most`), as a threaded platform prints one under each, yet no comment read as
    answering another. A rendering that prints nested comments flush left (w3m, html2text: no indentation,
    no "@name" or "In reply to") leaves no trace of which comment answers which, so the flat reading is stated
    as a caveat, not as the page's shape. A blog with no reply links, or a thread whose text shows one reply,
    says nothing of the kind."""
    items = [c for c in comments.items if c.is_reader_comment]
    if len(items) < NESTED_THREAD_COMMENTS or any(c.parent is not None for c in comments.items):
        return False
    return _under_most(sum(map(_offers_reply_link, items)), len(items)) \
        and not _under_most(sum(map(_shows_forum_post, items)), len(items))


def _shows_forum_post(comment: Comment) -> bool:
    """Whether a comment is printed as a forum's post: a post number ("Post #2", "Post 2 of 9") or a line of its
    poster's box ("Posts: 120") beside it, or a bare number ("#2") and a quote link ("Quote") together. A forum
    thread beside most of whose posts these show is flat by its engine's design (MyBB, phpBB): its reply links
    answer the thread, not a post. Either of the last two alone is no forum's sign: a news thread may number its
    comments, and a quote plugin print its link beside a nested thread's reply link."""
    furniture = comment.furniture
    if any(_POST_NUMBER_LINE.fullmatch(text) or _is_poster_box(text) for text in furniture):
        return True
    return any(_BARE_NUMBER_LINE.fullmatch(text) for text in furniture) and any(map(_offers_quote, furniture))


def _offers_quote(text: str) -> bool:
    """A furniture line of a few words that holds a quote link, its words maybe run together ("QuoteReply")."""
    words = _LETTER_RUN.findall(patterns.GLUED_WORDS.sub(" ", text))
    return len(words) <= COUNT_LINE_WORDS and any(_QUOTE_WORD.fullmatch(word) for word in words)


def _offers_reply_link(comment: Comment) -> bool:
    """Whether a reply link shows beside a comment: set apart beside it ("Reply", "Respect3 ReplyReport"), as
    a further paragraph of its text that is only links ("Like · Reply"), or run into its last sentence
    ("…years ago.reply", a table's cell)."""
    return any(map(_offers_reply, comment.furniture)) \
        or any(_offers_reply(text) for text in comment.paragraphs[1:] if _is_own_thread_widget(text)) \
        or bool(comment.paragraphs and _REPLY_WORD.fullmatch(_glued_link(comment.paragraphs[-1]) or ""))


def _offers_reply(text: str) -> bool:
    """A furniture line of a few words that holds a reply link, its words maybe run together ("ReplyReport")."""
    words = _LETTER_RUN.findall(patterns.GLUED_WORDS.sub(" ", text))
    return len(words) <= COUNT_LINE_WORDS and any(_REPLY_WORD.fullmatch(word) for word in words)


def _under_most(shown: int, comments: int) -> bool:
    """Whether a sign shown beside `shown` of the comments is a thread's: beside several and at least half of
    them. A thread prints it beside each comment; a live blog's one embedded tweet ("Reply"), a kicker
    ("Report") or a coincidence of the text beside one entry is not the page's."""
    return shown >= UNREAD_HEADS and 2 * shown >= comments


def _is_thread_furniture(text: str) -> bool:
    """A line set apart beside a comment that only a thread prints: a reply, report or vote link, its words
    maybe run together by the rendering ("Respect3 ReplyReport"), or a line of a forum's poster box."""
    words = patterns.GLUED_WORDS.sub(" ", text).split(None, COUNT_LINE_WORDS)
    return _is_own_thread_widget(" ".join(words)) or _is_poster_box(text) \
        or (len(words) <= WIDGET_WORDS and any(map(_is_own_thread_link, words)))


def _glued_links_alike(items: list[Comment]) -> int:
    """How many comments' last paragraphs end in the same reply or report link, as printed, run into the last
    sentence: a thread prints one link the same way under each comment, where a text that happens to end in
    the word ("(see the report).Report", "bridge.report") does it once, or in its own way."""
    links = Counter(filter(None, (_glued_link(c.paragraphs[-1]) for c in items if c.paragraphs)))
    return max(links.values(), default=0)


def _glued_link(text: str) -> str | None:
    """The reply or report link a paragraph ends in, run into its last sentence ("…years ago.reply"), as a
    rendering of a table's cells prints a thread's link after each comment's text (and maybe the table's rule
    after it: "---|---"); None where it ends in none."""
    tail = text[-(_GLUED_LINK_REACH + _RULE_CHARS):].rstrip(_RULE_MARKS)
    glued = _GLUED_LINK.search(tail[-_GLUED_LINK_REACH:])
    return glued.group(1) if glued and _is_own_thread_link(glued.group(1)) else None


def _letter_avatars(items: list[Comment]) -> int:
    """How many comments' texts end in one capital letter, the first of the next comment's author's name: the
    letter avatar a thread shows beside each commenter ("C" over "Carol Tunnel"), read as the text above it."""
    return sum(bool(before.paragraphs) and len(last := before.paragraphs[-1]) == 1 and last.isupper()
               and (after.author or "")[:1] == last for before, after in zip(items, items[1:]))


def _reads_as_signed_comment(comment: Comment) -> bool:
    """A comment with a name (not a subject line: "Re: Finally", "(no subject)"), a date and some text."""
    return bool(comment.date and comment.paragraphs) and _is_name_alone(comment.author or "")


def _holds_a_head(items: list[Comment]) -> bool:
    """Whether a paragraph of a comment's text is a commenter's head, a date alone, or opens with a date
    of the shape the comments' own dates have ("2021-03-04 11:15 am (UTC)"): the next comment's start,
    missed where its name was no name ("(no subject)")."""
    shapes = Counter(shape for shape in (_date_shape(c.date or "") for c in items) if shape)
    common = sorted(shape for shape, _ in shapes.most_common(DATE_SHAPES))  # a few: a page's cost stays linear
    opens_with_date = re.compile("|".join(common)) if common else None
    for text in (text for c in items for text in c.paragraphs):
        if _at_most_words(text, HEAD_BLOCK_WORDS) and (_is_date_alone(text) or _names_commenter(text)):
            return True
        if opens_with_date and opens_with_date.search(text[:SAYS_REACH]):
            return True
    return False


def _date_shape(date: str) -> str | None:
    """A pattern of a head's date, its words and numbers as any ("May 2, 2023" reads "June 12, 2024" too),
    from a date with at least DATE_SHAPE_NUMBERS numbers (one alone, "3 years ago", is any count's shape)."""
    parts = _DATE_PARTS.findall(date)
    if sum(part[:1].isdigit() for part in parts) < DATE_SHAPE_NUMBERS:
        return None
    return r"(?:^|\W)" + "".join(r"\d+" if part[:1].isdigit() else r"[^\W\d_]+" if part[:1].isalpha()
                                  else r"\s+" if part.isspace() else re.escape(part) for part in parts)


def _quotes_a_commenter(page: Page) -> bool:
    """A comment that says it answers an earlier comment's author ("erin said:", "@erin"): the reader
    records a `reply_marker` repair as it sets that comment as the parent. Or one that answers the
    article's author, where a thread's opening post was read as the article: the reader finds no earlier
    comment of that name (a `reply_target_missing` repair, which names it). Any other name with no earlier
    comment is no sign: a live blog's entry quotes the mayor, or a colleague whose entry comes later."""
    opener = (page.article.author or "").casefold()
    return any(repair.kind == "reply_marker" or repair.kind == "reply_target_missing" and opener
               and (repair.name or "").casefold() == opener for repair in page.comments.repairs)


def _count_doubts(comments: Comments) -> list[str]:
    """Declared against found; pingbacks may or may not be in a page's count, so either reading fits."""
    found, declared = comments.found, comments.declared
    if declared is None or (comments.status == "script-only" and not comments.items):
        return []  # a script loads the comments the page counts: its status and warning say so
    listed, taken_down = len(comments.items), _taken_down(comments)
    if declared in (found, listed, found + taken_down, listed + taken_down):
        return []
    if found > declared:
        return [f"{found} comments were found but the page declares only {declared}"]
    if found + taken_down == 0 and not _paginated(comments):
        return [f"the page declares {declared} comment{'s' if declared != 1 else ''} but none was found"]
    gap = declared - max(found + taken_down, min(listed + taken_down, declared))
    if gap < max(COUNT_GAP_MIN, COUNT_GAP_SHARE * declared) or _paginated(comments):
        return []
    return [f"the page declares {declared} comments but {found} were found"]


def _taken_down(comments: Comments) -> int:
    """Comments the page shows taken down ("This comment has been deleted"): a reader leaves them out,
    yet the page's count may include them. A reader records how many in a `deleted` repair whose
    message opens with the number."""
    counts = (_LEADING_NUMBER.match(repair.message) for repair in comments.repairs if repair.kind == "deleted")
    return sum(int(match.group()) for match in counts if match)


def _absence_doubts(comments: Comments, unread_section: UnreadSection | None) -> list[str]:
    """No comment found and nothing that says the page has none (no header, count, form, closed
    notice or script embed), while the page shows signs of a comment section: it is one no
    reader recognised. (A page with no such sign simply has no comments.)"""
    if not unread_section or comments.items or comments.header or comments.declared is not None:
        return []
    if comments.status == "script-only" or (comments.closed is not None and not unread_section.of_comments):
        return []  # a form or a closed notice explains elements named for comments; not a count
    return [f"no comment was read, yet the page shows signs of a comment section ({unread_section.evidence})"]


def paginated_repair(evidence: str) -> Repair:
    """What a reader records when the page links to other pages of its comments (`evidence`: the link)."""
    return Repair("paginated", f"the comments are paginated (\"{evidence}\"): this page shows only some of them")


def _paginated(comments: Comments) -> bool:
    """The page links to other pages of its comments, so it shows fewer than it declares."""
    return any(repair.kind == "paginated" for repair in comments.repairs)


def _attribution_doubts(comments: Comments) -> list[str]:
    """Comments with neither author nor date: their starts were guessed. Most comments without an
    author is a doubt too: comment sections name their commenters, menus and teasers do not.
    Not asked where the page's own count agrees with what was found: anonymous comments that the
    page counts are comments (sites that print no names exist)."""
    items = [c for c in comments.items if c.is_reader_comment]
    if len(items) < 2:
        return []  # one comment shows too little to doubt its start
    bare = sum(1 for c in items if not c.author and not c.date)
    if bare / len(items) > UNATTRIBUTED_SHARE:
        return [f"{bare} of {len(items)} comments show neither an author nor a date"]
    anonymous = sum(1 for c in items if not c.author)
    if anonymous / len(items) > UNATTRIBUTED_SHARE:
        return [f"{anonymous} of {len(items)} comments show no author"]
    return []


def _navigation_doubts(comments: Comments) -> list[str]:
    items = [c for c in comments.items if c.is_reader_comment]
    if len(items) < 3:
        fragments = [c for c in items if not c.author and not c.date and len(c.text.split()) <= FRAGMENT_WORDS]
        if items and len(fragments) == len(items):
            return [f"the only comments are {len(items)} unsigned fragment(s) of a few words, as a widget shows"]
        return []
    short = [c for c in items if _at_most_words(c.text, NAVIGATION_WORDS) and not _sentence_like(c.text)
             and not (c.author and c.date)]  # a signed, dated comment is not a menu entry, however short
    if len(short) / len(items) > NAVIGATION_SHARE:
        return [f"{len(short)} of {len(items)} comments are short title-like lines, as in navigation or a sidebar"]
    return []


def _at_most_words(text: str, limit: int) -> bool:
    """Whether text has at most `limit` words, without splitting all of a long comment."""
    return len(text.split(None, limit)) <= limit


def _sentence_like(text: str) -> bool:
    """Prose ends sentences or has a verb-ish spread of small words; link titles rarely do."""
    stripped = text.strip()
    return bool(stripped) and (stripped[-1] in ".!?…:)\"'" or len(re.findall(r"\b(i|you|we|it|is|are|was|the)\b",
                                                                          stripped.lower())) >= 2)


def _missed_start_doubts(comments: Comments) -> list[str]:
    """A paragraph inside a comment's text that is a commenter line of its own ("by Kim on Aug 8,
    2012 11:37 AM", "Kim says: May 1, 2020"): where comments are read from lines, that is the start
    of another comment that was not recognised, so two comments were read as one. (The HTML readers
    take comments from markup: a dated name in a comment's text there is text, a citation.)"""
    if comments.source not in LINE_READ_SOURCES:
        return []
    merged = sum(1 for c in comments.items if c.is_reader_comment and any(
        _is_commenter_paragraph(paragraph) for paragraph in c.paragraphs[1:]))
    if not merged:
        return []
    holds = "s hold" if merged != 1 else " holds"
    return [f"{merged} comment{holds} another commenter's name and date in {'their' if merged != 1 else 'its'} "
            "text: comment starts were missed"]


def _unsigned_tail_doubts(comments: Comments) -> list[str]:
    """Signed comments, then a run of unsigned ones to the end: the section's end was missed and the
    page's next block (a sidebar's lists, a feed of other posts) was read as comments. Not asked
    where the page's count agrees: a thread may end with anonymous comments that the page counts."""
    items = [c for c in comments.items if c.is_reader_comment]
    run = next((n for n, c in enumerate(reversed(items)) if c.author), len(items))
    before = items[:len(items) - run]
    signed = sum(1 for c in before if c.author)
    if run < UNSIGNED_RUN or signed < SIGNED_BEFORE or signed < SIGNED_BEFORE_SHARE * len(before):
        return []
    return [f"the last {run} comments show no author, after {signed} signed ones: the reading may have run past "
            "the end of the thread"]


def _is_commenter_paragraph(paragraph: str) -> bool:
    """A one-line paragraph naming a commenter and a date."""
    if "\n" in paragraph:
        return False
    fields = commenter_fields(paragraph.strip())
    return fields is not None and bool(fields[0]) and bool(fields[1])


def _script_doubts(article: Article) -> list[str]:
    """No comment read, and most of the article's text is script code ("function fbs_click()
    {u=location.href; …"): the rendering lost the page's content, so the absence of comments says
    nothing. (Asked only where no comment was read: a tutorial mostly of code may have a thread.)"""
    paragraphs, total = [], 0
    for paragraph in article.paragraphs:  # the article's first CODE_SAMPLE_CHARS characters judge it
        paragraphs.append(paragraph.text)
        total += len(paragraph.text)
        if total >= CODE_SAMPLE_CHARS:
            break
    joined = "".join(paragraphs)
    if not total or sum(map(joined.count, _CODE_CHARS)) * CODE_CHARS_PER_MARK <= CODE_SHARE * total:
        return []  # too few marks in all for half the text to be code (one count a mark, in C)
    code = sum(len(text) for text in paragraphs if len(_CODE_MARK.findall(text)) * CODE_CHARS_PER_MARK > len(text))
    if code / total <= CODE_SHARE:
        return []
    return ["no comment was read and the article's text is mostly script code: the page was not rendered as text, "
            "so its comments may be lost"]


def _outside_doubts(page: Page, unread_section: UnreadSection | None) -> list[str]:
    """Signs, in the page's text outside every comment read, of comments that were missed. Not asked
    where the page's own count agrees with what was found. Where the reader already said what it saw of
    a section it could not read, the line counts and the links it counted are not said again; heads
    over text, reply subject lines and names over sentences, which say where the comments are, still are."""
    blocks = _blocks_outside_comments(page)
    found = page.comments.found
    above = _above_comment_form(blocks, page)
    read = bool(page.comments.items)
    closing = {item.text.strip() for item in page.boilerplate if item.kind in CLOSING_KINDS}
    return [*_unread_head_doubts(above, read or unread_section is not None, closing),
            *_reply_subject_doubts(above, found),
            *([] if read else [*_named_item_doubts(above, closing), *_post_line_doubts(above)]),
            *([] if unread_section or page.comments.declared is not None
              else _counted_line_doubts(page.comments, blocks)),
            *([] if unread_section else _widget_line_doubts(blocks, found))]


def _unread_head_doubts(blocks: list[Block], thread_shown: bool, closing: set[str]) -> list[str]:
    """Lines outside every comment read that are commenter heads, each over a paragraph of prose: a
    thread, or part of one, that no reader recognised (a forum's posts, a widget's heads over their
    text). A feed of posts has a title over each byline, or a teaser cut short ("…") under it, a dated
    list of events or of videos no name over a date, so neither is taken for one. Where no comment was
    read (`thread_shown` false: nor any sign of a section seen by the reader), a name and a date over a
    paragraph may as well be an event's, a tweet's or a reporter's teaser: only a thread's furniture
    beside the heads makes them a thread's (see `_shows_thread_furniture`; `closing`: the texts of the page's
    comment forms and closed notices). A form or a closed notice under a post follows whatever list closes
    it (related posts, dated only by the day), so it counts only under heads stamped with a time of day or a
    time ago, as a comment's are."""
    found = [(n, head) for n, head in enumerate(_heads(blocks)) if head and not (n and _is_headline(blocks[n - 1].text))
             and _prose_follows(blocks, n + 1 + head.count("\n"))]
    if len(found) < UNREAD_HEADS:
        return []
    heads = [head for _, head in found]
    (start, _), (last, last_head) = found[0], found[-1]
    end = last + 2 + last_head.count("\n")
    closing_beside = closing if any(map(_TIME_OF_DAY_OR_AGO.search, heads)) else set()
    if not (thread_shown or _shows_thread_furniture(blocks, start, end, heads, closing_beside)):
        return []
    example = heads[0].replace("\n", " ")
    return [f"{len(heads)} lines outside the comments read name a commenter and a date over a paragraph of text "
            f"(\"{example[:60]}\"): comments were missed"]


def _shows_thread_furniture(blocks: list[Block], start: int, end: int, heads: list[str], closing: set[str],
                            reach: int = FURNITURE_REACH) -> bool:
    """Whether the blocks round a run of posts (blocks `start` to `end`, less one) show what a thread
    prints round its comments and an events list, a feed of tweets or teasers does not. Before the first
    post (up to a title, which heads another part of the page): a comment header or count ("Comments",
    "3 Replies"), a sort control. Between the posts: a reply or report link, a vote count ("2 points"), a
    forum's poster box ("Posts: 120", "Joined: March 2019"), a
    quote of a post above ("erin said:", naming one of the heads; also in the last post's text), or a head
    that opens with its letter avatar ("C Carol Tunnel") or under such a link glued to it. After the last
    post: a comment form or a closed notice (one of `closing`), a link to more comments. Only beside the
    posts: a page's "Report this ad" or a "Comments" menu entry elsewhere says nothing of them. A count
    under each post ("2 comments", "12 Likes") is a feed's too. After the last post, `reach` blocks are
    looked at."""
    names = {fields[0].lower() for fields in map(commenter_fields, (head.replace("\n", " ") for head in heads))
             if fields and fields[0]}
    for block in reversed(blocks[max(0, start - FURNITURE_REACH):start]):
        if _is_thread_header(block.text) or _is_thread_link(block.text):
            return True
        if _is_title(block.text):
            break
    between = blocks[start:end]
    after = blocks[end:end + reach]
    return any(_is_thread_link(block.text) or _is_poster_box(block.text) for block in between) \
        or any(map(_opens_with_furniture, heads)) \
        or any(_quotes_one_of(block.text, names) for block in (*between, *after)) \
        or any(block.text in closing or bool(patterns.COMMENT_PAGES.match(block.text)) for block in after)


def _is_poster_box(text: str) -> bool:
    """A line of a forum's poster box that counts or dates the poster ("Posts: 120", "Joined: 2019")."""
    return _at_most_words(text, WIDGET_WORDS + 1) and bool(_POSTER_BOX.match(patterns.link_text(text)))


def _bare(text: str) -> str:
    """A short line without the punctuation and symbols round a header or a count ("» Comments",
    "💬 Comments", "= Comments =", "#### 3 comments »"), but a count's brackets ("Comments (3)", "(3)
    Comments"). Other marks (an emoji) are walked past from both ends: a regex that looks for marks at
    a line's end tries every position of the line."""
    text = text.strip(_EDGE_MARKS)
    if text[:1].isalnum() and (text[-1:].isalnum() or text.endswith(")")):
        return text  # most lines: the marks stripped at C speed
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] == "(" and text[start + 1:start + 2].isdigit()):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == ")"):
        end -= 1
    return text[start:end]


def _is_thread_header(text: str) -> bool:
    """A comment header or a line that counts comments, bare or decorated ("Comments", "— 3 Replies —",
    "Комментарии")."""
    if not _at_most_words(text, COUNT_LINE_WORDS):
        return False
    bare = _bare(text)
    return any(pattern.match(line) for line in (text, bare)
               for pattern in (patterns.BARE_COMMENT_HEADER, _MORE_HEADERS)) or declared_count(bare) is not None


def _is_thread_link(text: str) -> bool:
    """A line that is only links a thread prints under each comment, a few words each ("Reply", "Report
    abuse", "Like · Reply · 2y", "Beantworten", "▲ 12 ▼", "Load more comments"), not a line that opens
    with such a word ("Report: costs rise", "Reply to this article"), a list's title the reply-link
    pattern also reads ("Most popular", "Top 10") or a count of likes (a tweet shows one too)."""
    return _at_most_words(text, COUNT_LINE_WORDS) and _is_links_line(_THOUSANDS.sub("", patterns.link_text(text)),
                                                                     _is_one_link)


def _is_links_line(text: str, is_link: Callable[[str], bool]) -> bool:
    """A line of a few words a link, side by side ("Like · Reply · 2y"), one of which `is_link` takes."""
    parts = _LINK_SEPARATORS.split(text)
    return all(_at_most_words(part, WIDGET_WORDS) for part in parts) and any(map(is_link, parts))


def _is_one_link(link: str) -> bool:
    """One link of a thread's widget (see `_is_thread_link`)."""
    link = link.strip()
    first = link.split(None, 1)[0].lower() if link else ""
    if patterns.REPLY_LINK.match(link):
        if first[:1].isdigit():
            return not _LIKES.match(link)  # "2 points", "3 replies"; a count of likes is a tweet's too
        return first not in _TITLE_WORDS
    return _is_own_thread_link(link)


def _is_own_thread_widget(text: str) -> bool:
    """A line of links only a thread prints under each comment: a reply or report link, a permalink or a
    vote widget ("Reply", "Report abuse", "Like · Reply", "▲ 3 ▼"). Not a like, share, quote, flag or
    recommend link, nor a count of likes or votes, alone: a live blog, a feed of teasers or a list of
    quotes prints those under each entry too."""
    return _at_most_words(text, COUNT_LINE_WORDS) and _is_links_line(patterns.link_text(text), _is_own_thread_link)


def _is_own_thread_link(link: str) -> bool:
    """One link of `_is_own_thread_widget`."""
    link = link.strip()
    thread = patterns.THREAD_LINK.match(link)
    return bool(thread and thread.end() == len(link)) or bool(_MORE_LINKS.match(link) or _VOTES.match(link))


def _quotes_one_of(text: str, names: set[str]) -> bool:
    """A quote's opening line that names one of `names` ("erin said: A bridge…", "> erin wrote:",
    "Originally Posted by erin", "Quote from: erin on May 02, 2023")."""
    text = text.lstrip("> ")
    said = _says(text) or _QUOTED_FROM.match(text[:SAYS_REACH])
    return bool(said) and said.group("author").strip().lower() in names


def _says(text: str) -> re.Match | None:
    """A text that opens with a name (a few words), maybe a date, and a verb of saying before a colon
    ("erin said:", "Kim says: May 2, 2023", "erin on May 2, 2023 at 10:00 said:"), as the commenter line
    pattern reads it: each colon within the first few words is tried, as a clock holds one too."""
    for colon in re.finditer(":", text[:SAYS_REACH]):
        opening = text[:colon.start()]
        said = patterns.COMMENTER_LINE.match(opening) if _at_most_words(opening, SAYS_WORDS) else None
        if said:
            return said
    return None


def _opens_with_furniture(head: str) -> bool:
    """A head under a widget's line glued to it, that line a reply link or a count of votes ("Like
    ReplyFlag", which a rendering runs together, "3 points"), a head whose first word is the letter of
    its name's avatar ("C Carol Tunnel"), or one whose name says ("Kim says: May 2, 2023")."""
    if _says(head):
        return True
    words = patterns.GLUED_WORDS.sub(" ", head).split()
    if len(words) > 1 and len(words[0]) == 1 and words[0].isupper() and words[1][:1] == words[0]:
        return True
    return any(_is_glued_furniture(" ".join(words[:cut])) for cut in range(1, min(WIDGET_WORDS, len(words) - 1) + 1)) \
        or any(patterns.THREAD_LINK.fullmatch(word) for word in words[:WIDGET_WORDS])


def _is_glued_furniture(text: str) -> bool:
    """A widget's words glued above a head: a reply link or a count of reactions that opens with its
    number ("3 Likes": glued to the name of the comment it counts for, no tweet prints it so)."""
    return _is_thread_link(text) or (text[:1].isdigit() and bool(patterns.REPLY_LINK.match(text)))


def _reply_subject_doubts(blocks: list[Block], found: int) -> list[str]:
    """Post headers that answer one subject ("Re: River bridge or tunnel?"), each over its poster's name
    or date, as a forum or a mailing list prints over each reply ("by erin » Tue May 02, 2023"), outside
    the comments read more times than comments were found: replies were missed. Not those in a list, as
    a sidebar of the latest replies shows them; not those over a letter or a memo, signed with no date."""
    subjects: Counter[str] = Counter()
    shown: dict[str, str] = {}
    # A subject's prefix holds a colon within the first few characters: most blocks are passed over by that.
    for n in (n for n, block in enumerate(blocks) if ":" in block.text[:SUBJECT_COLON_REACH]):
        text = blocks[n].text.lstrip("#> ")
        match = patterns.REPLY_SUBJECT.match(text) if len(text) < SUBJECT_CHARS and not patterns.bullet_text(text) else None
        if match and _dated_after(blocks, n + 1):
            subject = " ".join(match.group("subject").split()).lower()
            subjects[subject] += 1
            shown.setdefault(subject, text)
    subject, times = max(subjects.items(), key=lambda item: item[1], default=("", 0))
    if times < REPLY_SUBJECTS or times <= found:
        return []
    return [f"{times} lines outside the comments read are reply subject lines (\"{shown[subject][:60]}\"), "
            f"but {found} comments were found: comments were missed"]


def _dated_after(blocks: list[Block], n: int) -> bool:
    """Whether block n, or the one after it where block n is a widget's few words ("#1"), is a short
    line with a date ("by erin » Tue May 02, 2023 11:00 am", "[xx] March 04, 2021")."""
    if n < len(blocks) and blocks[n].words <= WIDGET_WORDS and not _has_date(blocks[n].text):
        n += 1
    return n < len(blocks) and _has_date(blocks[n].text)


def _has_date(text: str) -> bool:
    """A short line that gives a date (more than a clock time alone), with or without a name."""
    fields = commenter_fields(text) if _at_most_words(text, DATE_LINE_WORDS) else None
    return fields is not None and bool(fields[1]) and not _CLOCK_ALONE.match(fields[1].strip())


def _named_item_doubts(blocks: list[Block], closing: set[str]) -> list[str]:
    """List items that are a name alone, each over a sentence ("• Olga" over "And who will pay for the
    repairs?"), one after another, where no comment was read: a thread whose comments show a name but no
    date. A list of names alone (a menu: "• Politics", "• Sport") has no sentence between its items. The
    shape alone is an events list's, a glossary's or a list of pros and cons too: it counts only beside a
    thread's furniture, or where one of the sentences asks a question (what readers ask one another; a
    list that describes does not). Only the items' own sentences are asked, and a form or closed notice
    counts only just under the last item: the article runs on after a list, to a question of its own or
    to the comment form under a post that has no comments."""
    best = _longest_named_run(blocks)
    if best.items < NAMED_ITEMS:
        return []
    asks = any(patterns.ends_with(block.text, "?") for block in blocks[best.start:best.end])
    if not (asks or _shows_thread_furniture(blocks, best.start, best.end, [], closing, reach=1)):
        return []
    return [f"{best.items} list items outside the comments read are a name over a sentence "
            f"(\"{best.first_name[:60]}\"), as a thread's comments show: comments were missed"]


def _post_line_doubts(blocks: list[Block]) -> list[str]:
    """Where no comment was read, the lines of posts that no head shows whole: a verb of saying under a
    name, a count of a post's notes. Each check asks only about the few blocks it may start at (a short
    one, one that ends in "notes"), picked out of the blocks without a Python step per block."""
    texts = list(map(itemgetter(0), blocks))
    short = list(compress(range(len(texts)), map(SAYS_ALONE_CHARS.__ge__, map(len, texts))))
    joined = list(compress(range(len(texts)), map(attrgetter("lines"), blocks)))
    counts = list(compress(range(len(texts)), map(methodcaller("endswith", _NOTES_ENDS), texts)))
    return [*_split_says_doubts(blocks, short, joined), *_notes_doubts(blocks, counts)]


def _split_says_heads(blocks: list[Block], lines: list[int]) -> list[str]:
    """The heads of a name over a verb of writing on a line of its own ("Mira Holt" over "wrote"), a post's
    number or date under it ("#2"), over a comment's text, as "Mira Holt wrote"; `lines`: the blocks that
    may be the verb. Without the number or the date, a press review's "The Times" over "wrote:" over a
    paragraph reads the same."""
    verbs = (n for n in lines if 0 < n < len(blocks) - 2 and _SAYS_ALONE.match(blocks[n].text))
    return [f"{blocks[n - 1].text} {blocks[n].text}" for n in verbs if _is_poster_name(blocks[n - 1].text)
            and (_POST_NUMBER.match(blocks[n + 1].text) or _is_date_alone(blocks[n + 1].text))
            and _is_prose(blocks[n + 2].text)]


def _joined_says_heads(blocks: list[Block], joined: list[int]) -> list[str]:
    """The same heads as `_split_says_heads` where a rendering joined the head's lines in one paragraph
    ("M Mira Holt wrote #2", an avatar's letter before the name), over a comment's text; `joined`: the
    blocks that span lines."""
    heads = []
    for n in (n for n in joined if blocks[n].words <= HEAD_BLOCK_WORDS and n + 1 < len(blocks)):
        text = blocks[n].text
        says = _SAYS_IN_BLOCK.search(text)
        after = says.group("after") if says else ""
        if says and (_POST_NUMBER.match(after) or _is_date_alone(after)) and _is_prose(blocks[n + 1].text) \
                and _is_poster_name(_past_marks(text[:says.start()].split())):
            heads.append(text)
    return heads


def _past_marks(words: list[str]) -> str:
    """The words after those of one character or digits alone that a head may open with (a score, a bullet,
    an avatar's letter: "0 • M Mira Holt")."""
    k = 0
    while k < len(words) and (len(words[k]) == 1 or words[k].isdigit()):
        k += 1
    return " ".join(words[k:])


def _is_poster_name(text: str) -> bool:
    """A name alone (see `_is_name_alone`) that does not open with an article, as a publication's does."""
    return _is_name_alone(text) and text.split(None, 1)[0].lower() not in _ARTICLES


def _split_says_doubts(blocks: list[Block], lines: list[int], joined: list[int]) -> list[str]:
    """Posts headed by a name over "wrote" over the post's number or date, where no comment was read: a
    forum's thread, its heads split over lines (`lines`: the short blocks) or joined again by a rendering
    (`joined`: the blocks that span lines)."""
    heads = [*_split_says_heads(blocks, lines), *_joined_says_heads(blocks, joined)]
    if len(heads) < UNREAD_HEADS:
        return []
    return [f"{len(heads)} lines outside the comments read are a name over a verb of writing and a post's number "
            f"or date over a paragraph of text (\"{heads[0][:60]}\"): comments were missed"]


def _notes_doubts(blocks: list[Block], lines: list[int]) -> list[str]:
    """A line that counts a post's notes ("6 notes"), with a note just under it that says something
    ("1. ferrylover said: Finally a way across…"), where no comment was read: the notes hold comments. A
    note is a list item: a line under the count that is none opens the next post ("Ruth said: …").
    `lines`: the blocks that may be the count."""
    for n in (n for n in lines if blocks[n].words <= COUNT_LINE_WORDS
              and _NOTES_COUNT.search(blocks[n].text)):
        for block in blocks[n + 1:n + 1 + FURNITURE_REACH]:
            lead = _ITEM_LEAD.match(block.text)
            note = block.text[lead.end():] if lead else ""
            said = _says(note)
            if said and _is_name_alone(said.group("author").strip()) and _says_something(note[said.end():]):
                return [f"a line counts a post's notes (\"{blocks[n].text[:60]}\") and a note under it says "
                        f"something (\"{note[:60]}\"), but no comment was read: comments were missed"]
    return []


def _says_something(after: str) -> bool:
    """Whether the rest of a line after a verb of saying and its colon holds words of a comment."""
    return len(after.partition(":")[2].split(None, PROSE_WORDS)) >= PROSE_WORDS


def _longest_named_run(blocks: list[Block]) -> Run:
    """The longest run of list items that are a name over a sentence, and the paragraphs that carry it on
    (see `_carries`). A name over a short reply ("Agreed!") carries it on too; any other list item, or a
    block between that does not carry it, ends it. Only list items are visited one by one; the blocks
    between two of them only within a run. After the last item only its links ("Reply") are taken: the
    paragraphs under it are as likely the article's, run on after the list."""
    best = run = _NO_RUN
    for n in (n for n, block in enumerate(blocks) if block.text[:1] in patterns.BULLETS):
        if run.items and not all(map(_carries, blocks[run.end:n])):
            run = _NO_RUN
        name = _item_name(blocks[n].text)
        text = blocks[n + 1].text if n + 1 < len(blocks) else ""
        if name and _speaks_after_name(text, name):
            run = run._replace(items=run.items + 1, end=n + 2) if run.items else Run(1, name, n, n + 2)
        elif name and run.items and patterns.ends_with(text, ".!?…"):
            run = run._replace(end=n + 2)
        else:
            run = _NO_RUN
        if run.items > best.items or (run.items and run.start == best.start):
            best = run
    end = best.end
    while end < len(blocks) and _is_thread_link(blocks[end].text):
        end += 1
    return best._replace(end=end)


def _carries(block: Block) -> bool:
    """A block that carries a run of named list items on: a further paragraph of a comment that ends a
    sentence, or a line of a comment's links ("Reply")."""
    return block.text[:1] not in patterns.BULLETS and (patterns.ends_with(block.text, ".!?…")
                                                         or _is_thread_link(block.text))


def _speaks_after_name(text: str, name: str) -> bool:
    """Whether text reads as what the named one wrote: running text that ends a sentence (a headline
    under a topic does not) and does not name them (a sidebar's blurb names what it describes: "This
    site is backed by Jean-Pierre Tours")."""
    if not (_is_prose(text) and patterns.ends_with(text, ".!?…")):
        return False
    return not set(_WORD.findall(text.lower())) & set(_WORD.findall(name.lower()))


def _item_name(text: str) -> str | None:
    """The name a list item is ("• Ivan Petrov", "• olga1987", "• J. Smith"), if it is a name alone."""
    item = patterns.bullet_text(text)
    return item if item and _is_name_alone(item) else None


def _is_name_alone(text: str) -> bool:
    """A commenter's name and nothing else: a username or a few capitalised words, no marks but a name's."""
    words = text.split(None, NAME_WORDS)
    return bool(words) and all(map(_USERNAME_WORD.fullmatch, words)) and _is_name(words)


def _is_name(words: list[str]) -> bool:
    """A commenter's name: one word (a username), or a few capitalised ones; more, or lowercase ones
    ("Council approves the budget"), are a title."""
    return len(words) <= NAME_WORDS and (len(words) == 1 or all(word[:1].isupper() for word in words))


def _blocks_outside_comments(page: Page) -> list[Block]:
    """The page's paragraphs, headings and furniture in the order of their lines (a reader without line
    numbers keeps the article's order), less those inside a comment read."""
    article = page.article
    items = sorted((item for group in (article.paragraphs, article.headings, page.boilerplate) for item in group),
                   key=attrgetter("span.first"))
    inside = _comment_lines(page.comments)
    read = bool(inside[0])  # where no comment was read, no block is asked whether one covers it
    return [Block(text := item.text.strip(), item.span.last > item.span.first > 0, item.span.first,
                  len(text.split(None, BLOCK_WORDS)))
            for item in items if not (read and item.span.first > 0 and _covered(item.span, inside))]


def _comment_lines(comments: Comments) -> tuple[list[int], list[int]]:
    """The lines the comments read cover, as sorted, disjoint runs: (firsts, lasts). Comments without
    line numbers (0) cover none."""
    firsts: list[int] = []
    lasts: list[int] = []
    for first, last in sorted((c.span.first, c.span.last) for c in comments.items if c.span.first > 0):
        if lasts and first <= lasts[-1] + 1:
            lasts[-1] = max(lasts[-1], last)
        else:
            firsts.append(first)
            lasts.append(last)
    return firsts, lasts


def _covered(span: Span, runs: tuple[list[int], list[int]]) -> bool:
    """Whether a run of comment lines holds the whole span."""
    firsts, lasts = runs
    n = bisect_right(firsts, span.first) - 1
    return n >= 0 and span.last <= lasts[n]


def _heads(blocks: list[Block]) -> list[str | None]:
    """Per block, the commenter head it opens: the block itself (or a head with a widget's line glued
    above it: "Respect3 ReplyReport" over "Bob Jones May 2, 2023", one paragraph), or the block (a name)
    and the next one (its date alone) joined by a newline; None where it opens none."""
    heads: list[str | None] = []
    for n, (text, _, _, words) in enumerate(blocks):
        after = blocks[n + 1].text if n + 1 < len(blocks) else ""
        if words <= NAME_WORDS and _is_date_alone(after) and _names_commenter(f"{text} {after}"):
            heads.append(f"{text}\n{after}")
        else:
            heads.append(_head_in_block(blocks[n]))
    return heads


def _head_in_block(block: Block) -> str | None:
    """The commenter head a block is, or ends with after a widget's few words on a line above it."""
    if block.words > HEAD_BLOCK_WORDS + (WIDGET_WORDS if block.lines else 0):
        return None
    if _names_commenter(block.text):
        return block.text
    if not block.lines:
        return None  # no widget's line above it
    words = block.text.split()
    glued = (" ".join(words[cut:]) for cut in range(1, WIDGET_WORDS + 1) if cut < len(words))
    return block.text if any(map(_names_commenter, glued)) else None


def _names_commenter(text: str) -> bool:
    """A line naming a commenter by a name (not a title) and a date (more than a clock time alone,
    which a video's length shows too). A line that counts comments ("by Kim 3 months ago 9 comments")
    is a post's byline in a feed: a comment's head does not count comments."""
    fields = commenter_fields(text)
    if fields is None or not fields[0] or not fields[1] or _CLOCK_ALONE.match(fields[1].strip()) \
            or _POST_COUNT.search(text):
        return False
    return _is_name(fields[0].split())


def _is_date_alone(text: str) -> bool:
    """A block that is a date and nothing else (as under a name on a line of its own)."""
    fields = commenter_fields(text) if _at_most_words(text, HEAD_BLOCK_WORDS) else None
    return fields is not None and not fields[0] and bool(fields[1]) and not _CLOCK_ALONE.match(fields[1].strip())


def _above_comment_form(blocks: list[Block], page: Page) -> list[Block]:
    """The blocks, less those below the comment form under the comments read: a sidebar's or a
    footer's, whose lists of posts, events or latest comments are no missed thread."""
    last = max((c.span.last for c in page.comments.items), default=0)
    form = min((item.span.first for item in page.boilerplate if item.kind == "comment_form" and
                item.span.first > last > 0), default=0)
    return [block for block in blocks if block.first <= form] if form else blocks


def _prose_follows(blocks: list[Block], n: int) -> bool:
    """Whether block n, or the one after it where block n is a widget's few words ("2 points"), reads
    as a comment's text."""
    if n < len(blocks) and blocks[n].words <= WIDGET_WORDS and any(map(str.isalpha, blocks[n].text)):
        n += 1  # a bare number ("12") is a post's count of comments, under a feed's byline
    return n < len(blocks) and _is_prose(blocks[n].text)


def _is_title(text: str) -> bool:
    """A headline: words enough for more than a widget's label ("Reply With Quote"), few enough for a
    line, and no sentence's end. Its case says nothing: sentence-case titles ("Ferry service to end next
    year") read as running text, yet a comment's text that short and unended is rare."""
    return not _at_most_words(text, WIDGET_WORDS) and _at_most_words(text, TITLE_WORDS) \
        and not text.endswith(_SENTENCE_END)


def _is_headline(text: str) -> bool:
    """A title over a head, not a line of a comment's links above the next one ("Like · Reply · 2y")."""
    return _is_title(text) and not _is_thread_link(text)


def _is_prose(text: str) -> bool:
    """Running text: words enough, mostly lowercase (a title capitalises most of its words), not a
    teaser cut short, and no commenter head of its own."""
    words = [word for word in text.split() if word[:1].isalpha()]
    if len(words) < PROSE_WORDS or text.endswith(_CUT_SHORT) or _names_commenter(text):
        return False
    return sum(word[:1].isupper() for word in words) <= CAPITALISED_SHARE * len(words)


def _counted_line_doubts(comments: Comments, blocks: list[Block]) -> list[str]:
    """The one line outside the comments read that counts comments ("12 Comments", "Comments (12)"),
    counting more than were found, on a page whose reader took no count from it: the section, or part
    of it, was not read. Several such lines, even of one count or of none ("0 Comments"), are a feed's
    or a sidebar's, each counting another post's comments; so is one placed after the first comment
    read, as a section's own count heads it. (A page that links to other pages of its comments shows
    fewer than it counts.) The scan stops at a second such line."""
    if _paginated(comments):
        return []
    counted = None  # the block that counts comments, and its count
    for block in blocks:  # a plain loop: a chained generator's step cost more than the test
        # not `_bare`: a call for each block
        count = declared_count(block.text.strip(_EDGE_MARKS)) if block.words <= COUNT_LINE_WORDS else None
        if count is not None:
            if counted is not None:
                return []  # a second such line
            counted = block, count
    if counted is None:
        return []
    block, count = counted
    if count < comments.found + COUNT_GAP_MIN or block.first > _first_comment_line(comments):
        return []
    text = block.text
    return [f"a line counts {count} comments (\"{text[:60]}\") but {comments.found} were found"]


def _first_comment_line(comments: Comments) -> float:
    """The first line of the first comment read (infinity where none was read, or none has lines)."""
    return min((c.span.first for c in comments.items if c.span.first > 0), default=float("inf"))


def counted_link(text: str) -> str | None:
    """The reply or report link a short line prints (see `LINK_IN_CELL`), without a leading cell mark, where
    it is the line's whole phrase: in a table's cell only where it fills its row ("| 回复", as a forum's table
    prints its reply row, not "| Report | 2022 | 1 MB |", a table of reports), elsewhere only before nothing
    or a mark (see `_LINK_ENDS_PHRASE`). None for any other line: a list or table of reports, or a headline
    opening with "Report", would otherwise be counted as a thread that was not read."""
    link = LINK_IN_CELL.match(text)
    if link is None:
        return None
    rest = text[link.end("link"):]
    fills = rest.strip(_CELL_MARKS) == "" if link.start("link") else _LINK_ENDS_PHRASE.match(rest)
    return text[link.start("link"):].rstrip(_CELL_MARKS) if fills else None


def _widget_line_doubts(blocks: list[Block], found: int) -> list[str]:
    """A link that a thread prints under each comment ("Reply", "Report", "permalink", "Ответить", in a
    table's cell or not: "| 回复"), outside the comments read more times than comments were found: comments
    were missed. Counted per link text, as a thread that prints both "Reply" and "Report" under each comment
    shows each once a comment. A forum's "Quote" button under each post counts alike, but only beside a
    thread's other signs (two lines of reply or report links or votes, a poster box under each name: "Posts:
    42", or two posts signed by a poster's name over a line with a number, see `_signed_posts`), as a
    ticker's or a quote's own "Quote" link shows none."""
    short = [patterns.link_text(block.text) for block in blocks if len(block.text) < WIDGET_LINK_CHARS]
    shown = Counter(short)  # each distinct line matched once: a page repeats its short lines
    links: Counter[str] = Counter()
    for text, link in zip(shown, map(LINK_IN_CELL.match, shown)):
        if link:
            links[text[link.start("link"):].rstrip(_CELL_MARKS).lower()] += shown[text]
    quotes = Counter(filter(_QUOTE_LINKS.__contains__, map(str.lower, short)))  # no Python step per line
    if quotes and (_shows_thread_signs(short) or _signed_posts(blocks) >= UNREAD_HEADS):
        links += quotes
    link, times = max(links.items(), key=lambda item: item[1], default=("", 0))
    if times < WIDGET_LINKS or times <= found:
        return []
    return [f"a link shown under each comment (\"{link}\") is printed {times} times outside the comments read, "
            f"but {found} comments were found: comments were missed"]


def _signed_posts(blocks: list[Block]) -> int:
    """How many blocks are a poster's name alone over a line of a few words that holds a number (the poster's
    rank and count of posts, "Members • 42", or the post's date) over a paragraph of running text, as a forum
    heads each post. A name right over its text is no sign: a page of quotations, reactions or testimonials
    prints each so, with its own "Quote" link."""
    return sum(_is_poster_name(block.text) and n + 1 < len(blocks) and blocks[n + 1].words <= HEAD_BLOCK_WORDS
               and any(map(str.isdigit, blocks[n + 1].text)) and _is_prose_at(blocks, n + 2)
               for n, block in enumerate(blocks) if block.words <= NAME_WORDS)


def _is_prose_at(blocks: list[Block], n: int) -> bool:
    """Whether block n is there and reads as running text."""
    return n < len(blocks) and _is_prose(blocks[n].text)


def _shows_thread_signs(lines: list[str]) -> bool:
    """Whether short lines show a thread beside a forum's "Quote" buttons: two lines of reply or report
    links or votes, or a poster box's line under each of several names ("Posts: 42")."""
    return sum(map(_is_own_thread_widget, lines)) >= UNREAD_HEADS or sum(map(_is_poster_box, lines)) >= WIDGET_LINKS
