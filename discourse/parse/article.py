"""The article part of a plain-text page: title, byline, date, teaser, headings, body.

Lines arrive with the boilerplate already set apart; this module decides, for each
remaining line, whether it is metadata, the title, a heading or body text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import is_

from discourse.model import Article, Boilerplate, Heading, LineRole, Paragraph, Span
from discourse.parse import patterns, region
from discourse.parse.dates import MONTHS, WEEKDAYS, find_date
from discourse.parse.lines import FirstCharacters, digit_lines, line_span

_DASH_DECORATION = re.compile(r"^[–—\-•*]+\s*(.*?)\s*[–—\-•*]+$")
_DECORATION_CHARS = "–—-•*"
_WRAP_WIDTH = 120
_ECHO_LOOKBACK = 12
_TITLE_SEARCH_LINES = 6
_MAX_BYLINE_CHARS = 150
_MAX_BYLINE_PREFIX_WORDS = 6
_SENTENCE_REST_WORDS = 6  # words after "By NAME," with no date among them: a sentence goes on
_BY_WORD = re.compile(r"\b(by|von|par|por)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_DATE_AFTER_BODY = 12
_MAX_GLUED_BYLINE_CHARS = 100
_GLUED_BYLINE_LOOKBACK = 12  # blocks above the body: a kicker, the headline, the card, widgets, a photo
_LONE_BYLINE_LOOKBACK = 2  # blocks above the body: the by-line, perhaps a date or a photo between
_LOWER_CASE_NAME_WORDS = 2
_NAME_SUFFIXES = frozenset(("jr.", "sr.", "st.", "inc.", "ltd.", "co."))  # "King Jr.": a name's full stop, no sentence's
_COMMON_WORD_BY_WORDS = frozenset(("di", "door", "przez"))  # by-words that are other languages' words too
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_]|\.)?")  # "ann", "o'neil", "jean-luc", "j."
_NOT_NAME_OPENERS = frozenset(
    "the a an this that these those my our your his her their its all any some no now then far way "
    "der die das ein eine le la les un une el los las una il lo gli het een".split())
# Swedish and Norwegian "Av", Danish "Af" ("by"), or "Autor" ("Autorin", "Autorka", "Автор") without its colon, before a
# byline's name of two words or more over its date ("Av Sven Larsson", "Autor Heiko Sauer"): the by-word, not a first
# name. Read only there: elsewhere a line opening "Av" is seldom a byline.
_BY_WORD_BEFORE_NAME = re.compile(r"^(?:A[vf]|Autor(?:in|ka)?|Автор)\s+(?=\S+\s+\S)")
_NAME_WORDS = r"[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}"
_BYLINE_FIRST = frozenset("bBvVpPdDаАaA")  # the first letters of `patterns.BYLINE`'s words
# The small words inside a name ("Jan de Vries", "Ludwig van Beethoven"): not a sentence's words.
_NAME_PARTICLES = frozenset("de van der den von zu di da del della dos das du la le y e al bin ten ter".split())
# A capitalised "Le" or "El" straight after a name's first word, before a capitalised word: the surname's own
# particle ("Marie Le Pen", "Mohamed El Erian"), where `patterns.BYLINE_NAME_END` reads French or Spanish "on".
# After a fuller name it opens an outlet or a weekday ("Jean Dupont Le Mardi", "Juan Pérez El País").
_PARTICLE_AFTER_FIRST_NAME = re.compile(r"^\S+\s+(?:Le|El)(?=\s+[A-ZÀ-Ý])")
# "Jane RoePorJane Roe" (the photo's alt text, the by-word, the name), or "PorJane Roe" where the
# alt text is dropped: a by-word glued to the name's capital, never a word of a sentence or a menu.
_GLUED_BYLINE = re.compile(rf"^(?:[•*○]\s*)?(?:(?P<name>{_NAME_WORDS})\s*(?:By|Por|Par|Von|Door)\s*(?P=name)"
                           rf"|(?:By|Por|Par|Von|Door)(?P<glued>{_NAME_WORDS}))$")
# An image's description signed with the site's address ("… the best frosting I've tried. | www.example.com"):
# the alt or pin text a blog repeats beside each picture, not a paragraph.
_SIGNED_IMAGE_TEXT = re.compile(r"\|\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?$", re.I)
_RULE_CHARS = "━─═_=*~·-"
# A day and month (perhaps a year) closing a headline line: the post's date printed on the same line.
_TRAILING_DAY = re.compile(r"\s+(?:(?P<month>[^\W\d_]{3,9})\.?\s+\d{1,2}|\d{1,2}\.?\s+(?P<month2>[^\W\d_]{3,9})\.?)"
                           r"(?:,?\s+(?:19|20)\d\d)?$")
# A date the headline speaks of ("Vote set for May 5", "Wahl am 5. Mai") follows one of these words.
_DATE_PREPOSITIONS = frozenset(
    "on for by until till since from at in before after to of through next this last "
    "am vom bis ab seit zum le du au dès depuis jusqu el del desde hasta em do da até".split())
_ECHO_MIN_SHARE = 0.6  # an echo of the headline keeps most of its words
_SEPARATOR_DOTS = frozenset("·•|-–—")
# "# Headline": a Markdown heading's marks, left on a rendering too sparing of marks to be read as Markdown
_HEADING_MARKS = re.compile(r"^#{1,6}\s+")
_DATE_PREFIX_WORDS = 2  # "Sunday,", "Do", "wtorek,": a weekday before the date
_POSTED_BY = re.compile(r"posted by\b", re.IGNORECASE)
_POSTED = re.compile(r"\b(posted|published|publié|veröffentlicht|publicado|pubblicato|erschienen)\b", re.I)
_METADATA_START = re.compile(
    r"(by|von|par|por|di|door|przez|автор|autor(?:in|ka)?|last|updated?|published|posted|this|date|aktualisiert"
    r"|veröffentlicht|publié|publicado|latest|breaking|live|watch|developing)\b", re.IGNORECASE)
# A byline's label alone on its line, the name on the next ("Autor:" over "Heiko Sauer"), as a template prints a field
_BYLINE_LABEL = re.compile(r"(?:by|von|par|por|autor(?:in|ka)?|автор)\s*:", re.IGNORECASE)
_SENTENCE_STOPS = ".!?"
_LABEL_NAME_REACH = 2  # lines under a byline's label to its name, and under the name to its date: a blank perhaps
_METADATA_OPENERS = FirstCharacters(_METADATA_START)  # most lines start with no cue word's letter
_MAX_HEAD_WORDS = 3  # "bridgewatch", "Ann Lee", "Planning dana": a handle or name, perhaps a label run into it
_HEAD_MARKS = ",.|·•–—-#()0123456789_*"  # what is left of a head's date, post number and emphasis: "10:00am1" leaves "1"
_HEAD_MARKS_BUT_DOT = _HEAD_MARKS.replace(".", "")  # an initial's dot is the name's ("Сергей К.")
_HANDLE_MARKS = re.compile(r"[\d_@]")
# A clock time or a time ago: what a single capitalised name's head has beside its date ("Jo 2 hours ago"), where
# a word and a date alone may be a headline's ("Merkel 8. März 2023") or a place's dateline ("Kyiv 24 February 2023").
_FRESH_TIME = re.compile(r"\d:\d\d|\bago\b|\bvor\s+\d|\bil y a\b|\bhace\b|\bhá\b", re.IGNORECASE)
_CLOCK_TIME = re.compile(r"\d:\d\d")  # a forum dates a post to the minute, a blog's byline often to the day
_TIME_ZONES = frozenset("gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ct mt pt am pm a.m p.m".split())
_DATE_LINE_CUES = frozenset("news comments comment share updated posted published".split())
# Words a date line leaves that name no one: "Tue", "Mar", "GMT", "ET", "News ·", "12 Comments".
_NOT_NAME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | _TIME_ZONES | _DATE_LINE_CUES
# What joins a date to its time or follows the time ("at 10:00", "à 10h00", "10:00 Uhr", "10:00 hrs"): dropped
# from a head like a separator, it names no one.
_DATE_JOINERS = frozenset("at @ à a um om kl alle às o h hr hrs uhr horas hs ore godz".split())
_CJK_DATE = re.compile("[年月日]")  # "2023年3月4日": a date the timestamp patterns leave, never a name
_LABEL_WORDS = 2
# The small words a wrapped headline breaks before or after ("Ten things to do in" over "South London"): no
# name opens with one, and no headline's own line ends in one.
_WRAP_WORDS = _NOT_NAME_OPENERS | frozenset("in on at of to for from with by and or but after before about over into "
                                            "as".split())
_BODY_WIDTH_LINES = 12  # lines under a headline's block that tell the width of the text's column
# Small words that open names as well as phrases: "An Nguyen", "Le Minh", "Les Murray", "La Toya Jackson".
_NAME_OPENING_SMALL_WORDS = frozenset("an le la les el lo".split())
_NAME_WORDS_REACH = 30  # lines under a headline's block, where a story repeats its headline's words
_TOPIC_WORD_CHARS = 4  # a headline's word the story repeats: not "the", "new", "Lee"
_HEADLINE_TOPIC_WORDS = 2  # words of the story a headline over a byline's bare name repeats, at least
# A word capitalised inside a sentence ("… across Texas"), not opening it: a proper noun of the story.
_INNER_CAPITAL_WORD = re.compile(r"(?<=[^\s.!?:]\s)[A-ZÀ-Ý]\w*")
# A forum post's number ("#1", "Post #1"), printed within a few lines under the post's head (its date between).
_POST_NUMBER = re.compile(r"(?:post\s*)?#\d{1,7}", re.IGNORECASE)
_POST_NUMBER_REACH = 3
_MAX_ROLE_WORDS = 3  # "Senior Political Correspondent"
_HEADLINE_LINES = 3  # lines of a headline a browser wrapped
_ROLE_WORDS = frozenset(
    "writer reporter correspondent editor columnist contributor journalist critic "
    "redakteur redakteurin korrespondent korrespondentin autor autorin journaliste rédacteur rédactrice "
    "correspondant correspondante chroniqueur chroniqueuse periodista redactor redactora corresponsal columnista "
    "giornalista redattore redattrice corrispondente jornalista repórter colunista dziennikarz redaktor".split())
_BYLINE_IN_RUN_REACH = 3  # blocks of the run above a byline read inside it: a blurb, the headline
_MARKED_HEADING_REACH = 3  # blocks: a category's label, or a post's number, name and rank
_TOP_HEADING = re.compile(r"^#\s+\S")
# A poster box's field, a label of a word or two (perhaps closed by a colon) and a count or a month and year:
# "Join Date Jan 2020", "Posts: 42", then a separator. Matched one field at a time (`_fields_at`): a pattern
# repeating it would try each way of splitting a long line into fields before it failed.
_POSTER_FIELD = re.compile(r"(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)(?P<colon>:?)\s*(?:(?P<month>[^\W\d_]{3})\s)?"
                           r"(?P<count>\d+(?:[.,]\d+)*)\s*(?P<separator>[|·,]\s*)?")
_POSTER_FIELDS = 2  # fields a line holds to be a poster box's: one alone may be a headline ("Death toll: 42")
# Labels a poster box prints before a count or a month and year, where no colon or "|" marks its fields.
_POSTER_LABELS = frozenset("posts joined join messages reputation likes points threads replies karma beiträge "
                           "registriert mitglied inscrit mensajes registrado 帖子 积分 回复 主题 精华".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
# A menu's or a trail's separators: a bar, an arrow or a slash set apart by spaces ("Home / News / Politics"), or an
# arrow alone ("Home›News"). A slash within a word ("and/or", "24/7") parts nothing.
_MENU_SEPARATORS = re.compile(r"\s[|›»>/]\s|\s?[›»]\s?")
_MENU_MIN_ITEMS = 3
_TRAIL_MIN_ITEMS = 2  # "Home › Weather": a breadcrumb trail over a page's headline may be two links
_TRAIL_SEPARATORS = re.compile(r"\s>\s|\s?[›»]\s?")  # a breadcrumb trail's arrows: "Home › Weather"
_MENU_ITEM_WORDS = 4
_TABLE_MARKS = "-|: \t"
# A link post's site after its title, "(ferryapp.io)": lower-case host names, not a program's ("(Node.js)").
_LINKED_SITE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}")
_SOURCE_SUFFIXES = frozenset("js ts py rs rb md sh".split())  # "(vue.js)": a library's name, not a site's


@dataclass
class Block:
    """Consecutive lines that form one paragraph candidate."""

    first: int
    last: int
    text: str


def parse_article(lines: list[str], stripped: list[str], roles: list[LineRole | None],
                  end: int, blank_separated: bool = False, title_hint: str | None = None,
                  digits: list[bool] | None = None,
                  opening_head: tuple[int, str | None] | None = None) -> tuple[Article, list[Boilerplate]]:
    """Fill roles for lines[:end] that are still unassigned; return the article and the furniture around it.

    `stripped` holds the same lines without their indentation (`LineFacts.text`). `blank_separated`:
    the page's paragraphs are blank-line separated blocks even if its lines are long (a Markdown
    rendering writes a paragraph on one line, and the lines of one block are `<br>` breaks).
    `title_hint`: the title a comment header quotes ("40 Responses to “TITLE”"); a block above the
    body that reads the same is the headline. `digits`: whether each line holds a decimal digit
    (`LineFacts.digits`), where the caller has worked it out. `opening_head`: (line, name) of the head
    of a thread's opening post, where the page is a thread whose first post is the article: its byline."""
    article = Article()
    byline_at, headline_at = _read_metadata(stripped, digit_lines(stripped[:end]) if digits is None else digits,
                                            roles, end, article)
    if opening_head and (byline_at is None or byline_at >= opening_head[0]):  # no byline of the page's above it
        byline_at = _read_opening_head(stripped, roles, end, opening_head, article)
    blocks = _body_blocks(lines, stripped, roles, end, blank_separated)
    blocks, image_texts = _without_image_texts(blocks, stripped, roles)
    texts = [block.text for block in blocks]
    touching = _touching(blocks, roles)
    run = region.body_run(texts, touching, article.author)
    start = None if run is None else run[0]
    if run is None:
        first, last, title = 0, len(blocks) - 1, _first_title(texts)
    else:
        first, last = run
        if article.author is None and byline_at is None:
            byline_at = _read_glued_byline_above(blocks, texts, start, roles, article)
        if article.author is None and byline_at is None:
            byline_at = _read_lone_byline_above(blocks, texts, start, roles, article)
        if article.author is None and byline_at is None:
            byline_at = _read_name_over_role_above(blocks, stripped, start, roles, article)
        if article.author is None:
            _read_author_box(blocks, texts, last, roles, article)
        title = _headline_over_opening_head(blocks, texts, opening_head and byline_at, first, last)
        if title is None and article.author is None:
            title = _headline_under_bare_date(blocks, stripped, texts, roles, start)
        if title is None:
            under = byline_at if byline_at is not None or headline_at is None else headline_at + 1
            title = _weighed_title(blocks, stripped, _title_anchor(blocks, under, start), article.author)
            title = _headline_over_standfirst(texts, touching, title, start)
        else:
            first = start = title + 1
        echoed = _echoed_title(texts, title_hint, start) if title_hint else None
        title = title if echoed is None else echoed
    if title is not None and run is not None and title < first:
        first = _sentences_under_title(texts, touching, title, first)
    if title is not None and start is not None and article.author is None:
        _read_name_under_date(blocks, texts, title, start, roles, article)
    head = None
    if title is not None and start is not None and article.author is None:
        head = _read_head_under_title(blocks, stripped, title, start, roles, article)
    if title is not None:
        blocks[title] = _without_head_line(blocks[title], stripped, roles, article)
        article.title = region.undouble(_HEADING_MARKS.sub("", _title_text(stripped, blocks[title])))
        _assign(blocks[title], roles, LineRole.TITLE)
        _unglue_title(article, stripped, blocks[title])
    furniture = image_texts + _set_apart(stripped, blocks, roles, first, last, title, head)
    body = [block for position, block in enumerate(blocks[first:last + 1], first) if position != title]
    _read_headings_and_paragraphs(body, roles, article)
    if article.title is None:
        _infer_title(article)
    article.author = patterns.handle_of_glued_name(patterns.unemphasised(article.author))
    if article.date is None and blocks:
        top = blocks[title].first if title is not None else blocks[first].first
        for window in ((max(0, top - _TITLE_SEARCH_LINES), blocks[first].first + _DATE_AFTER_BODY),
                       (blocks[last].last, blocks[last].last + _DATE_AFTER_BODY)):
            if article.date is None:
                _read_date_line(lines, roles, article, window[0], min(end, window[1]))
    return article, furniture


def read_byline_in_thread(article: Article, stripped: list[str], roles: list[LineRole | None], comments) -> int | None:
    """No byline found: a name that signs comments in the thread (the author answering readers) is the
    byline where it opens a furniture line between the headline and the body ("Aziz Economic History,
    Economics … 16 Comments": a post's meta line), or a "NAME DATE" line after the comments (some
    sites print the byline under the thread). A guess, recorded in the article's provenance. Returns
    the line index read (now metadata), or None."""
    if article.author is not None or not comments.items:
        return None
    signed = sorted({" ".join(c.author.split()) for c in comments.items if c.author and c.author[:1].isalpha()},
                    key=len, reverse=True)
    if not signed:
        return None
    top = _meta_line_above_body(stripped, roles, signed)
    if top is not None:
        i, name = top
        article.author = name
        article.provenance["author"] = f"line {i + 1}, above the body, whose name signs comments in the thread"
        roles[i] = LineRole.METADATA
        return i
    folded = {name.casefold() for name in signed}
    for i in _dated_furniture_after(stripped, roles, max(c.span.last for c in comments.items)):
        text = stripped[i]
        found = find_date(text)
        if found is None:
            continue
        name = text[:text.find(found[1])].strip(" ,|–—-")
        if not patterns.NAME_LINE.match(name) or name.casefold() not in folded:
            continue
        article.author = name
        article.provenance["author"] = f"line {i + 1}, after the comments, whose name signs comments there"
        if article.date is None:
            article.date, article.date_text = found
            article.provenance["date"] = f"line {i + 1}, the byline after the comments"
        roles[i] = LineRole.METADATA
        return i
    return None


def _dated_furniture_after(stripped: list[str], roles: list[LineRole | None], start: int) -> list[int]:
    """The furniture lines from `start` on that are short enough for a byline and hold a digit (a date
    needs one). Picked in C, the digits found in one pass over the lines picked: on a long page most
    lines after the thread are furniture, and a regex search of each was most of the byline's cost."""
    set_apart = map(is_, roles[start:], repeat(LineRole.BOILERPLATE))
    furniture = [i for i in compress(range(start, len(stripped)), set_apart) if len(stripped[i]) <= _MAX_BYLINE_CHARS]
    return list(compress(furniture, digit_lines([stripped[i] for i in furniture])))


def _meta_line_above_body(stripped: list[str], roles: list[LineRole | None], signed: list[str]
                          ) -> tuple[int, str] | None:
    """The first line of a furniture block between the headline and the body that opens with a name
    from `signed` (longest first), followed by other words or nothing."""
    title = next((i for i, role in enumerate(roles) if role is LineRole.TITLE), None)
    if title is None:
        return None
    for i in range(title + 1, len(roles)):
        if roles[i] is LineRole.BODY:
            return None
        text = stripped[i]
        item = patterns.bullet_text(text)
        if roles[i] is not LineRole.BOILERPLATE or (roles[i - 1] is LineRole.BOILERPLATE and item is None):
            continue  # the first line of a block, or a list item
        text = item if item is not None else text
        for name in signed:
            if text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum()):
                return i, name
    return None


def _read_author_box(blocks: list[Block], texts: list[str], last: int, roles: list[LineRole | None],
                     article: Article) -> None:
    """No byline: an author box right after the body, opening with the name twice (photo alt text and
    name), names the author. A guess, recorded in the article's provenance."""
    for position in range(last + 1, min(len(blocks), last + 2)):
        name = region.author_box_name(texts[position])
        if name:
            article.author = name
            article.provenance["author"] = f"author box line {blocks[position].first + 1}, after the body"
            return


def _sentences_under_title(texts: list[str], touching, title: int, first: int) -> int:
    """The body's first block, moved up over the sentences between the headline and it, nothing but
    blank lines between them: "I'd like to introduce my costume: Matt Romney!" reads as a headline on
    its own, but with the headline found above it, it opens the body."""
    while first - 1 > title and touching(first) and region.is_prose(texts[first - 1]):
        first -= 1
    return first


def _read_name_under_date(blocks: list[Block], texts: list[str], title: int, start: int,
                          roles: list[LineRole | None], article: Article) -> None:
    """No byline: a bare name between the headline and the body, right under the date line, is the
    author ("Headline", "11 May 2021", "Jane Roe", body). A guess, recorded in the provenance."""
    for position in range(title + 1, start):
        if region.dated_name(texts, position) and region.bare_name_of_person(texts[position]):
            article.author = texts[position]
            article.provenance["author"] = f"line {blocks[position].first + 1}, a name under the date line"
            _assign(blocks[position], roles, LineRole.METADATA)
            return


def _headline_under_bare_date(blocks: list[Block], stripped: list[str], texts: list[str], roles: list[LineRole | None],
                              start: int) -> int | None:
    """A name-shaped block right under a date line above the body ("12 March 2024" over "Storm Hits Texas"), where
    no line above the date could be the headline (only menus, a trail, a label's single words: `_headline_above`):
    that block is the headline. A byline's bare name under its date stands under a headline (`_read_name_under_date`)."""
    for position in range(1, start):
        if region.dated_name(texts, position) and _is_date_line(texts[position - 1]):
            return None if _headline_above(stripped, roles, blocks[position - 1].first) else position
    return None


def _read_head_under_title(blocks: list[Block], stripped: list[str], title: int, start: int,
                           roles: list[LineRole | None], article: Article) -> int | None:
    """No byline: a post's head between the headline and the body ("bridgewatch March 4th, 2021", a label
    perhaps run into it) names the author, and dates the post where no date was read. A guess, recorded in
    the provenance. Returns the head's block, or None."""
    for position in range(title + 1, start):
        block = blocks[position]  # its last line ("Planning" over "dana May 2, …"), or all of it ("oliver" over a date)
        for line in (stripped[block.last], block.text):
            name = _head_name(line)
            if name:
                break
        else:
            continue
        if _METADATA_START.match(name) or " " not in name and not _is_handle(name) and _is_date_line(line):
            return None  # "Updated 2 hours ago", "Politics 2 hours ago", "Video 2:34": the page's own, not a poster's
        if _is_rubric(" ".join(word.strip(_HEAD_MARKS_BUT_DOT) for word in name.split())):
            return None  # "Local News 12 March 2024", "Новости Москвы 12 марта 2024": the page's rubric, dated
        article.author = name
        article.provenance["author"] = f"line {block.first + 1}, a post's head under the headline"
        found = find_date(line) if article.date is None else None
        if found:
            article.date, article.date_text = found
            article.provenance["date"] = article.provenance["author"]
        _assign(block, roles, LineRole.METADATA)
        return position
    return None


def _read_date_line(lines: list[str], roles: list[LineRole | None], article: Article, first: int, end: int) -> None:
    """No dated byline: the first line in lines[first:end] (near the headline, or just after the body)
    that is a date
    ("Sunday, October 28, 2012", "This entry was posted on 23 October 2012 at 8:14 pm", "The Harbour Times
    12 March 2024": an outlet's name or a rubric before it). A guess, recorded in the article's provenance."""
    for i in range(first, end):
        if roles[i] in (LineRole.BODY, LineRole.HEADING, LineRole.BLANK) or _DIGIT.search(lines[i]) is None:
            continue
        text = lines[i].strip()
        found = find_date(text) if len(text) <= _MAX_BYLINE_CHARS else None
        if found is None:
            continue
        prefix = patterns.READING_TIME.sub("", text[:text.find(found[1])])  # "2 min read · Mar 4, 2024"
        if len(prefix.split()) <= _DATE_PREFIX_WORDS or _POSTED.search(prefix) \
                or region.names_rubric(prefix.strip(" ,|·•–—-")):
            article.date, article.date_text = found
            article.provenance["date"] = f"date line {i + 1}"
            return


def _touching(blocks: list[Block], roles: list[LineRole | None]):
    """Whether block k follows block k - 1 with only blank lines between (nothing set apart)."""
    def touching(k: int) -> bool:
        return k > 0 and all(roles[i] is LineRole.BLANK for i in range(blocks[k - 1].last + 1, blocks[k].first))
    return touching


def _title_anchor(blocks: list[Block], byline_at: int | None, start: int) -> int:
    """The headline stands above the byline (or the line under a headline read already) when it precedes the body,
    else above the body."""
    if byline_at is None or byline_at > blocks[start].first:
        return start
    return sum(1 for block in blocks if block.first < byline_at)


def _headline_over_opening_head(blocks: list[Block], texts: list[str], head_at: int | None, first: int,
                                last: int) -> int | None:
    """The head of a thread's opening post (`head_at`, its line) read inside the body's first blocks, under a
    title-like block: that block is the headline, and the body starts under the head ("A community for …",
    "Should the city build …?", "submitted 3 hours ago by dana", body: a community's blurb and the post's
    title read as prose). Only an opening post's head: on a story, a name over a date further down is a
    comment's, and the line above it a sort control. Returns the headline's position."""
    if head_at is None or blocks[first].first > head_at:
        return None
    below = next((k for k in range(first, min(last, first + _BYLINE_IN_RUN_REACH) + 1) if blocks[k].first > head_at),
                 None)
    if below is None or below == first:
        return None
    above = below - 1
    return above if region.title_like(texts[above]) else None


def _weighed_title(blocks: list[Block], stripped: list[str], anchor: int, author: str | None) -> int | None:
    """The nearest title-like block above anchor that is no post's head ("bridgewatch March 4th, 2021", "Ann
    Lee 2 hours ago", "Jane Reporter wrote") nor a poster box's fields ("Join Date Jan 2020 Posts 12"): on
    forums and live blogs these stand between the headline and the text. Where nothing title-like is above
    them, the nearest block stays the title. Then a marked "# " heading just above a label wins (`_marked_heading_above`)."""
    texts = [block.text for block in blocks]
    nearest = region.title_index(texts, anchor, author)
    title = nearest
    while title is not None and _stands_under_headline(blocks, stripped, texts, title, author):
        title = region.title_index(texts, title, author)
    return _marked_heading_above(blocks, stripped, texts, nearest if title is None else title)


def _headline_over_standfirst(texts: list[str], touching, title: int | None, start: int) -> int | None:
    """The title-like block right above the pick, nothing but blank lines between, is the headline where the pick
    is its standfirst (a subtitle printed as a paragraph: Substack's, a magazine's dek): the block above is longer
    than a kicker or a site's name, the pick longer still, and the block above names the story's topic by more of
    the story's words (two at least) than the pick does. A kicker or a site's name over the headline stays above it.
    A short pick naming none of the story's words stays too: a witty headline ("Sunday Treats") under a blog's
    tagline or a forum's breadcrumb cannot be told from a section's label under the headline."""
    if not title or not touching(title) or not region.title_like(texts[title - 1]):
        return title
    headline_words, pick_words = len(texts[title - 1].split()), len(texts[title].split())
    if headline_words <= _MAX_HEAD_WORDS or pick_words <= headline_words:
        return title
    story = texts[start:start + _NAME_WORDS_REACH]
    named = _topic_words(texts[title - 1], story)
    return title - 1 if named >= _HEADLINE_TOPIC_WORDS and named > _topic_words(texts[title], story) else title


def _stands_under_headline(blocks: list[Block], stripped: list[str], texts: list[str], i: int,
                           author: str | None) -> bool:
    """Block i is a post's head, a poster box's fields or "… wrote"; or a date line ("Tue, 04/03/2023",
    "Kyiv 24 February 2023") under a block long enough to be the headline, where a short one may be a site's
    name over a headline that holds a date ("Merkel 8. März 2023")."""
    if _block_head(blocks[i], stripped) or _is_poster_fields(texts[i]) or _is_commenter_head(texts, i) \
            or _name_under_topic_over_date(texts, i, author):
        return True
    if not _is_date_line(texts[i]):
        return False
    above = region.title_index(texts, i, author)
    return above is not None and len(texts[above].split()) > _MAX_HEAD_WORDS


def _name_under_topic_over_date(texts: list[str], i: int, author: str | None) -> bool:
    """Block i is a name alone ("Jane Roe") over a date line ("2 hours ago", "Updated May 2"), under a title-like
    block that names the story's topic by two words or more while the name names it by none (`_names_topic`): a
    byline's name printed as a paragraph of its own, as html2text prints it, under the headline. A kicker, a
    standfirst or a site's name over a short headline ("Storm Hits Texas") leaves it the title: the headline
    names the topic too, or the block above it names it by one word at most ("The Harbour Times")."""
    if i + 1 >= len(texts) or not patterns.is_name_line(texts[i]) or not _is_date_line(texts[i + 1]):
        return False
    story = texts[i + 2:i + 2 + _NAME_WORDS_REACH]
    above = region.title_index(texts, i, author)
    return above is not None and _names_topic(texts[above], story, _HEADLINE_TOPIC_WORDS) \
        and not _names_topic(texts[i], story)


def _marked_heading_above(blocks: list[Block], stripped: list[str], texts: list[str], title: int | None) -> int | None:
    """A top-level heading still marked "# " (a rendering too sparing of marks to be read as Markdown) in the
    few blocks above an unmarked pick of a word or two over a forum post's opening (a category's label,
    "Planning"; a poster's rank, "Junior Member"; "wrote") is the headline. Any other pick stays: a site's
    name may be the page's "# " heading, over a short headline set in plain text ("Brexit talks" over a byline,
    a date or the body)."""
    if title is None or texts[title].startswith("#") or len(texts[title].split()) > _LABEL_WORDS \
            or not _opens_forum_post(blocks, stripped, texts, title):
        return title
    for i in range(title - 1, max(title - 1 - _MARKED_HEADING_REACH, -1), -1):
        if _TOP_HEADING.match(texts[i]) and region.title_like(texts[i]):
            return i
    return title


def _opens_forum_post(blocks: list[Block], stripped: list[str], texts: list[str], i: int) -> bool:
    """Block i is "… wrote", or the line under it is a poster's handle over a date and clock time or a poster
    box's fields, or "… wrote" follows it: a forum post's opening, where a capitalised name over a date may be
    a news page's byline, and a handle over a day alone a blog's ("jdoe · March 4, 2023"): a forum dates its
    posts to the minute. The line, not the next block: the head may be read as the byline already."""
    if _is_commenter_head(texts, i) or i + 1 < len(texts) and _is_commenter_head(texts, i + 1):
        return True
    under = next((stripped[k] for k in range(blocks[i].last + 1, len(stripped)) if stripped[k]), "")
    name = _head_name(under)
    return bool(name and " " not in name and _is_handle(name) and _CLOCK_TIME.search(under)) \
        or _is_poster_fields(under)


def _block_head(block: Block, stripped: list[str]) -> str | None:
    """The name in a post's head that is a block's last line under a label ("Planning" over "dana May 2, …")
    or all of it. A head line under more words than a label's is run into the headline's own block, which
    stays the headline (`_without_head_line`)."""
    return (_head_name(stripped[block.last]) if _under_label(block, stripped) else None) or _head_name(block.text)


def _without_head_line(block: Block, stripped: list[str], roles: list[LineRole | None], article: Article) -> Block:
    """The headline's block less a date line run into it from below ("Ferries start early", "March 4, 2023 at
    10:00 am", no blank line between), or a post's head under more than a label's words, set down as metadata:
    the page's line, not the headline's words. A name line between the headline and the date line ("Jane Roe"
    over "2 hours ago") is the byline's: it names the author where none was read."""
    if block.first == block.last:
        return block
    last = stripped[block.last]
    dated = _is_date_line(last)
    if not (dated or _head_name(last) and not _under_label(block, stripped)):
        return block
    roles[block.last] = LineRole.METADATA
    end = block.last
    if article.author is None and dated and _byline_name_over(stripped, block.first, end - 1, block.last):
        end -= 1
        article.author = stripped[end]
        article.provenance["author"] = f"line {end + 1}, a name between the headline and its date line"
        roles[end] = LineRole.METADATA
    return Block(block.first, end - 1, " ".join(line for line in stripped[block.first:end] if line))


def _byline_name_over(stripped: list[str], first: int, i: int, last: int) -> bool:
    """Line i of a block opening at `first` and closing at `last` is a name alone on its line, under the
    headline's own line: no wrapped headline's tail ("… Budget for" over "New Parks") nor a section's label
    ("Local News")."""
    return i > first and region.bare_name_of_person(stripped[i]) and _broken_by_the_page(stripped, i, last)


def _broken_by_the_page(stripped: list[str], i: int, last: int) -> bool:
    """Line i's first word had room on the line above, as wide as the text's column under line `last` (a
    menu or footer may be wider), and neither line breaks at a small word ("… to do in" over "South London",
    "… Small Shops" over "In South London"): the page broke the two lines, no browser wrapped one line."""
    above, words = stripped[i - 1].split(), stripped[i].split()
    if not above or above[-1].casefold() in _WRAP_WORDS:
        return False
    if words[0].casefold() in _WRAP_WORDS and not _name_opened_by_small_word(stripped, i, last):
        return False
    column = stripped[last + 1:last + 1 + _BODY_WIDTH_LINES]
    return len(stripped[i - 1]) + 1 + len(words[0]) <= max(map(len, column), default=0)


def _name_opened_by_small_word(stripped: list[str], i: int, last: int) -> bool:
    """Line i is a name that opens with a capitalised small word of some language ("An Nguyen", "Le Minh", "Les
    Murray", "La Toya Jackson"), not a headline's tail ("An Island Escape"): its other words are no small words
    but a name's particles, and the text under line `last` never prints one of them in lower case, as a story
    repeats its headline's words and not its writer's name. A name has a name's few words under a whole
    headline: a headline the page broke in two has short halves ("Rain Threatens" over "Le Mans Start")."""
    words = stripped[i].split()
    if words[0].casefold() not in _NAME_OPENING_SMALL_WORDS or not words[0][:1].isupper() \
            or len(words) > _MAX_HEAD_WORDS or len(stripped[i - 1].split()) <= _MAX_HEAD_WORDS:
        return False
    rest = [word.casefold() for word in words[1:]]
    if any(word in _WRAP_WORDS and word not in _NAME_PARTICLES for word in rest):
        return False
    text = " ".join(stripped[last + 1:last + 1 + _NAME_WORDS_REACH])
    printed = {word for word in _WORD.findall(text) if word.islower()}
    return printed.isdisjoint(rest)


def _under_label(block: Block, stripped: list[str]) -> bool:
    """The lines of a block above its last are a label's few words, or none."""
    return sum(len(stripped[i].split()) for i in range(block.first, block.last)) <= _LABEL_WORDS


def _head_name(text: str) -> str | None:
    """The name or handle in a post's head, a line of a date, clock time or "2 hours ago" and a name of
    capitalised words ("Ann Lee") or one handle ("bridgewatch", "jo_99"); a single capitalised word with a
    clock time or time ago ("Jo 2 hours ago"). None for a headline ("Biden visits Kyiv March 4, 2023",
    "Polls close at 8:00") and for what a date line leaves: a weekday, month, time zone, cue word, a place
    in capitals or a wire's credit ("Tue,", "GMT", "12 Comments", "NEW YORK, /PRNewswire/"), and for a small
    word that leads a byline's date onto its own line ("on March 3, 2024")."""
    if _DIGIT.search(text) is None:
        return None
    kept = _head_words(text)
    words = [word.strip(_HEAD_MARKS) for word in kept]
    if not 0 < len(words) <= _MAX_HEAD_WORDS or any(word.casefold() in _NOT_NAME_WORDS or "/" in word
                                                     or _CJK_DATE.search(word) for word in words):
        return None
    name = " ".join(kept).strip(_HEAD_MARKS)
    if name.isupper():
        return None
    if len(words) > 1:
        if kept[-1].rstrip(_HEAD_MARKS_BUT_DOT).endswith(".") and not _labels_a_noun(f"{name}."):
            words[-1], name = f"{words[-1]}.", f"{name}."  # "Сергей К. 12 марта 2024": the initial keeps its dot
        return name if patterns.NAME_LINE.match(" ".join(words)) else None
    return name if _is_handle(name) and name.casefold() not in _WRAP_WORDS or _FRESH_TIME.search(text) else None


def _is_handle(name: str) -> bool:
    """A handle, not a capitalised word: "bridgewatch", "jo_99", "@dana"."""
    return name[:1].islower() or _HANDLE_MARKS.search(name) is not None


def _is_date_line(text: str) -> bool:
    """A date and what a date line prints beside it: a weekday, time zone or cue word ("Mon 6 Mar 2023 10.00
    GMT", "News · 4 March 2023"), a place ("Kyiv", "NEW YORK,") or a wire's credit ("/PRNewswire/")."""
    spans = patterns.timestamps(text)
    if not spans:
        return False
    words = [word.strip(_HEAD_MARKS) for word in _head_words(text, spans)]
    return len(words) <= _MAX_HEAD_WORDS and all(
        word.casefold() in _NOT_NAME_WORDS or "/" in word or word[:1].isupper() or _CJK_DATE.search(word)
        for word in words)


def _head_words(text: str, spans: list[tuple[int, int]] | None = None) -> list[str]:
    """The words of a line before its first date or time and after its last, less separators, post numbers and
    a clock's unit: "dana May 2, 2023, 10:00am1" → ["dana"], "March 4, 2023 at 10:00 Uhr" → []. What stands
    between a date and its time joins them ("at", "@", "alle", "om") and names no one. [] where the line holds
    no timestamp. `spans`: the line's timestamps, where the caller has found them."""
    if spans is None:
        spans = patterns.timestamps(text)
    if not spans:
        return []
    outside = f"{text[:spans[0][0]]} {text[spans[-1][1]:]}"  # not what joins a date to its time: "at", "@", "alle"
    return [word for word in outside.split()
            if word.strip(_HEAD_MARKS) and word.strip(_HEAD_MARKS).casefold() not in _DATE_JOINERS]


def _is_commenter_head(texts: list[str], i: int) -> bool:
    """A poster's name and "wrote" (or another language's verb), in one block or the name's block over the
    verb's: "Jane Reporter wrote", "Jane Reporter" over "wrote". The name is a capitalised name or a handle."""
    pairs = [texts[i]]
    if i > 0:
        pairs.append(f"{texts[i - 1]} {texts[i]}")  # the verb under the name
    if i + 1 < len(texts):
        pairs.append(f"{texts[i]} {texts[i + 1]}")  # the name over the verb
    for text in pairs:
        head = patterns.COMMENTER_LINE.match(text) if len(text) <= _MAX_BYLINE_CHARS else None
        name = head.group("author") if head and not head.group("date") else None
        if name and (patterns.NAME_LINE.match(name) or len(name.split()) == 1):
            return True
    return False


def _is_poster_fields(text: str) -> bool:
    """A poster box's fields, each with a sign of one: "Join Date Jan 2020 Posts 12", "查看: 512|回复: 3". A
    headline of names and numbers has none: "Arsenal 2 Chelsea 1", "Wimbledon 2023 day 5"."""
    if _DIGIT.search(text) is None:
        return False
    fields = _fields_at(text, colons=False)
    if len(fields) < _POSTER_FIELDS or fields[-1].end() != len(text):
        return False
    piped = all("|" in (field.group("separator") or "") for field in fields[:-1])
    return piped or all(_is_posters_field(field) for field in fields)


def _is_posters_field(field: re.Match[str]) -> bool:
    """A field with its colon, a month and year ("Joined Mar 2019") or a poster box's label ("Posts 42")."""
    label = field.group("label").casefold().split()
    month = (field.group("month") or label[-1]).casefold()
    return bool(field.group("colon")) or label[0] in _POSTER_LABELS \
        or month in MONTHS and _YEAR.fullmatch(field.group("count")) is not None


def _fields_at(text: str, colons: bool) -> list[re.Match[str]]:
    """The poster-box fields that open text, one after another (each with its colon, where `colons`)."""
    fields: list[re.Match[str]] = []
    end = 0
    while end < len(text):
        field = _POSTER_FIELD.match(text, end)
        if field is None or colons and not field.group("colon"):
            break
        fields.append(field)
        end = field.end()
    return fields


def _title_text(stripped: list[str], block: Block) -> str:
    """The headline's text from its block, without what a rendering ran into it: a menu or breadcrumb line
    above it ("Hacker News new | past | comments | ask"), a post's stats ("查看: 512|回复: 3"), a Markdown
    table's marks ("| | Show HN: … ---|---"), and the linked site's address after a link post's title
    ("… simulator (example.org)")."""
    lines = [line for line in stripped[block.first:block.last + 1] if line]
    lead = 0
    while lead < len(lines) - 1 and (_is_menu(lines[lead]) or _is_poster_fields(lines[lead])
                                     or _is_table_rule(lines[lead])):
        lead += 1  # only what opens the block: a headline's own second line may hold "2 > 1" or a score
    kept = [line for line in lines[lead:] if not _is_table_rule(line)]
    text = " ".join(kept) if kept and len(kept) < len(lines) else block.text
    if "|" in text:
        fields = _fields_at(text, colons=True)
        end = fields[-1].end() if fields else 0
        piped = "|" in text[:end]  # "查看: 512|回复: 3": a headline may open with its own ("Sensex: 60,000, …")
        text = text[end:] if piped and len(fields) >= _POSTER_FIELDS and end < len(text) else text
    if text.startswith("|"):
        text = text.strip(_TABLE_MARKS)
    return _without_linked_site(text)


def _without_linked_site(text: str) -> str:
    """text less a link post's site in brackets at its end: "… simulator (example.org)". Read from the last
    "(", not searched for: a pattern led by spaces would try each space of a long run of them."""
    opening = text.rfind("(")
    if opening < 1 or not text.endswith(")") or not text[opening - 1].isspace():
        return text
    site = text[opening + 1:-1]
    if _LINKED_SITE.fullmatch(site) is None or site.rsplit(".", 1)[1] in _SOURCE_SUFFIXES:
        return text
    return text[:opening].rstrip()


def _is_table_rule(line: str) -> bool:
    """A Markdown table's rule under its header row: "---|---", "| --- |"."""
    return "---" in line and not line.strip(_TABLE_MARKS)


def _is_menu(line: str, separators: re.Pattern = _MENU_SEPARATORS, least: int = _MENU_MIN_ITEMS) -> bool:
    """A row of short links ("new | past | comments | ask") or a breadcrumb trail ("Forum › Town › Post"), of
    `least` items at least parted by `separators`."""
    items = [item for item in separators.split(line) if item.strip()]
    return len(items) >= least and all(len(item.split()) <= _MENU_ITEM_WORDS for item in items[:-1])


def _is_trail(line: str) -> bool:
    """A menu, or a breadcrumb trail of two links parted by an arrow ("Home › Weather", "Home > News"). Two items
    parted by a bar or a slash are an account's links ("Login | Register") or a title's parts ("Storm | Live",
    "Israel / Gaza"), no trail; three are ("Home / News / Weather")."""
    return _is_menu(line) or _is_menu(line, _TRAIL_SEPARATORS, _TRAIL_MIN_ITEMS)


def _echoed_title(texts: list[str], hint: str, start: int) -> int | None:
    """The block above the body that reads as the title quoted by the comment header."""
    wanted = " ".join(hint.split()).casefold()
    for i in range(start - 1, max(start - 1 - _ECHO_LOOKBACK, -1), -1):
        if len(texts[i]) < 2 * len(wanted) + 2 and region.undouble(" ".join(texts[i].split())).casefold() == wanted:
            return i
    return None


def _unglue_title(article: Article, stripped: list[str], block: Block) -> None:
    """A headline line that ends in a day and month has the post's date glued on, and often the
    blog's or section's name before it ("… Friday Waiology Jul 26"). Cut the date; then, if another
    line of the page (a list of recent posts) prints a shorter start of what is left, that is the
    headline. Both are guesses, named in the title's provenance."""
    glued = _TRAILING_DAY.search(article.title)
    month = glued and (glued.group("month") or glued.group("month2")).casefold().rstrip(".")
    if not glued or month not in MONTHS:
        return
    title = article.title[:glued.start()].rstrip()
    if not title or title.split()[-1].casefold().strip(",") in _DATE_PREPOSITIONS:
        return
    article.title, article.provenance["title"] = title, f"line {block.first + 1}, before the date glued to it"
    echo = _shorter_echo(title, stripped, block)
    if echo is not None:
        article.title = _unmarked(stripped[echo])
        article.provenance["title"] += f", cut to its echo on line {echo + 1}"


def _shorter_echo(title: str, stripped: list[str], block: Block) -> int | None:
    """The longest line elsewhere on the page (list markers aside) that is the title's start, cut at a
    word and keeping most of it."""
    best, best_length = None, 0
    for i, line in enumerate(stripped):
        text = _unmarked(line)
        if (block.first <= i <= block.last or not text or len(text) >= len(title) or len(text) <= best_length
                or len(text) < _ECHO_MIN_SHARE * len(title)):
            continue
        if title.startswith(text) and title[len(text)] == " ":
            best, best_length = i, len(text)
    return best


def _unmarked(line: str) -> str:
    """A line without its list marker ("○ ", "• ", "* ", "1. ")."""
    for pattern in (patterns.BULLET_MARKER, patterns.NUMBER_MARKER):
        marked = pattern.match(line)
        if marked:
            return marked.group("text")
    return line


def _first_title(texts: list[str]) -> int | None:
    """Pages without running prose: the first short line near the top, if no sentence comes first."""
    for i, text in enumerate(texts[:_TITLE_SEARCH_LINES]):
        if _title_like(text):
            return i
        if len(text) > 200 or re.search(r"[.!?]['\"’”]?$", text):
            return None
    return None


def _set_apart(stripped: list[str], blocks: list[Block], roles: list[LineRole | None], first: int, last: int,
               title: int | None, head: int | None = None) -> list[Boilerplate]:
    """Blocks outside the body run are page furniture: menus above the headline, the rest "other"; not the
    headline, nor the post's head read as the byline (`head`)."""
    furniture: list[Boilerplate] = []
    add, role = furniture.append, LineRole.BOILERPLATE
    for position in chain(range(min(first, len(blocks))), range(max(first, last + 1), len(blocks))):  # not the body's
        if position == title or position == head:
            continue
        kind = "navigation" if title is not None and position < title else "other"
        block = blocks[position]
        for i in range(block.first, block.last + 1):  # `_assign`, and a line's furniture, in one pass
            if roles[i] is None:
                roles[i] = role
            if stripped[i]:
                add(Boilerplate(stripped[i], kind, line_span(i + 1)))
    return furniture


def _assign(block: Block, roles: list[LineRole | None], role: LineRole) -> None:
    for i in range(block.first, block.last + 1):
        if roles[i] is None:
            roles[i] = role


def _unassigned(roles: list[LineRole | None], end: int):
    return (i for i in range(end) if roles[i] is None)


def _read_metadata(lines: list[str], digit: list[bool], roles: list[LineRole | None], end: int,
                   article: Article) -> tuple[int | None, int | None]:
    """Bylines, dates and the teaser (lines: stripped; `digit`: whether each holds a digit); returns the line of
    the "By NAME" byline and that of a short headline read over its date line ("Storm Hits Texas" over "12 March
    2024", `_headline_under_trail`), each None where there is none. Only the first name over a date is the
    byline's: a rubric there ("Local News", "Новости Москвы") is set down as the byline's line but names no author."""
    byline_at = headline_at = None
    named_over_date = guessed_name = False  # a bare name over a date line read as the author
    body_at = _first_prose_line(lines, roles, end)
    for i in _unassigned(roles, end):
        text = lines[i]
        if not digit[i] and (not _METADATA_OPENERS[text[:1]] or _METADATA_START.match(text) is None):
            continue  # cheap pre-check: every metadata line starts with a cue word or holds a date
        if article.author is None and i < body_at and _read_name_under_label(lines, roles, i, article):
            byline_at = i  # the headline stands above it
            continue
        if guessed_name and _POSTED_BY.match(text):
            guessed_name = False  # the first signature only
            if _signs_alone(lines, roles, i, end) and _read_signature(lines, i, article):
                roles[i] = LineRole.METADATA
                continue
        if article.author is None and _read_byline(text, article):
            roles[i] = LineRole.METADATA
            by = patterns.BYLINE.match(text) or patterns.INLINE_BYLINE.search(text)
            byline_at = i if by else byline_at  # "Jane Doe 11/08/2020" may sit above the headline
            if article.date is None:
                _read_date_beside(lines, roles, i, article)
            continue
        dated = patterns.DATE_LINE.match(text)
        if patterns.POSTED_LINE.match(text) and find_date(text):
            _read_date(text, article)
            roles[i] = LineRole.METADATA
        elif dated and len(text) < 80 and find_date(dated.group("date")):
            _read_date(text, article)
            roles[i] = LineRole.METADATA
            if not _headline_over_timestamp(lines, roles, i):
                _read_name_above(lines, roles, i, article)
        elif article.date is None and _dated_item(text):
            _read_date(text, article)  # "• January 28, 2018" over "• Bebs", "• 80 Comments": a post's meta list
            roles[i] = LineRole.METADATA
            article.provenance["date"] = f"date item line {i + 1}"
            byline_at = i if byline_at is None else byline_at  # the headline stands above it
        elif article.author is None and not named_over_date and _name_over_date(lines, roles, i):
            named_over_date = True
            _read_date(text, article)  # "Heiko Sauer" over "Do 9 Apr 2020": a byline in two lines
            roles[i] = LineRole.METADATA
            above = _name_line_above(lines, roles, i)
            headline = _headline_around_byline(lines, roles, above, i)
            # over a role, a headline in two lines or the person an obituary is about: no byline, nor is a name over
            # a date further down (a reply's, a card's)
            over_role = headline == "none" and _name_over_role(lines, roles, above, i)
            if not over_role and headline == "none" and (_last_crumb_above(lines, above)
                                                         or _headline_under_trail(lines, above, i)):
                headline_at = above  # the headline, over its date: a bare name under the date is the byline's
                _read_name_under_dated_headline(lines, roles, i, article)
            elif not over_role:
                byline_at = byline_at if headline == "below" else above  # the headline stands above it
                _read_name_above(lines, roles, i, article)
                guessed_name = article.author is not None
        elif article.teaser is None and patterns.TEASER.match(text) and _is_first_content(roles, i):
            article.teaser = text
            roles[i] = LineRole.TEASER
    return byline_at, headline_at


def _signs_alone(lines: list[str], roles: list[LineRole | None], i: int, end: int) -> bool:
    """Whether line i is the only "Posted by" line left: a post signs once, a list of stories under it signs each
    teaser, and those are other posts' writers."""
    return not any(roles[j] is None and _POSTED_BY.match(lines[j]) for j in range(i + 1, end))


def _read_signature(lines: list[str], i: int, article: Article) -> bool:
    """"Posted by NAME at 9:15 AM" (Blogger's signature under the post, its time perhaps on the next line) names the
    author where a bare name over the date line only guessed it (a blog's title over the day's date): it replaces
    the guess. Returns whether it did."""
    signed = lines[i] if i + 1 >= len(lines) or _byline_name(lines[i]) else f"{lines[i]} {lines[i + 1]}"
    name = _byline_name(signed)
    if name is None:
        return False
    article.author = name
    article.provenance["author"] = f"line {i + 1}, the post's signature"
    return True


def _first_prose_line(lines: list[str], roles: list[LineRole | None], end: int) -> int:
    """The first unread line of running text that closes a sentence (`region.is_prose`), where the body begins;
    `end` where none does. A byline's label alone over a name is read above it only: in the body "Von:" over "Berlin
    Hbf" is a timetable's field, "Von:" over "Klaus Becker" a quoted e-mail's. A sidebar's run of tags above the
    headline closes none, or with a cut tag's dots ("Atheistische Religionsgese...")."""
    return next((k for k in range(end) if roles[k] is None and patterns.ends_with(lines[k], _SENTENCE_STOPS)
                 and not lines[k].endswith("..") and region.is_prose(lines[k])), end)


def _read_name_under_label(lines: list[str], roles: list[LineRole | None], i: int, article: Article) -> bool:
    """Line i is a byline's label alone ("Autor:", "Von:") over a person's name ("Heiko Sauer"), a blank line perhaps
    between: the name is the author, and both lines are metadata, as is a date alone under the name ("18. Okt 2023"),
    which dates the article. Whether it was read."""
    if not _BYLINE_LABEL.fullmatch(lines[i]):
        return False
    below = _next_written(lines, i)
    if below is None or roles[below] is not None or not region.names_person(lines[below]):
        return False
    article.author = lines[below]
    article.provenance["author"] = f"line {below + 1}, a name under the byline's label"
    dated = _next_written(lines, below)
    if dated is not None and _name_over_date(lines, roles, dated) and _name_line_above(lines, roles, dated) == below:
        _read_date(lines[dated], article)
        roles[dated] = LineRole.METADATA
    roles[i] = roles[below] = LineRole.METADATA
    return True


def _read_name_under_dated_headline(lines: list[str], roles: list[LineRole | None], i: int, article: Article) -> None:
    """A person's name alone in its block right under date line i, the headline over the date ("Storm Hits Texas",
    "12 March 2024", "Jane Roe", body), is the byline, as `_read_name_under_date` reads it under a headline found
    later. A guess, recorded in the provenance."""
    below = _next_written(lines, i)
    if below is None or roles[below] is not None or not region.bare_name_of_person(lines[below]) \
            or below + 1 < len(lines) and lines[below + 1]:
        return
    article.author = lines[below]
    article.provenance["author"] = f"line {below + 1}, a name under the date line"
    roles[below] = LineRole.METADATA


def _next_written(lines: list[str], i: int) -> int | None:
    """The first line after line i that is not blank, across one blank line at most."""
    return next((k for k in range(i + 1, min(i + 1 + _LABEL_NAME_REACH, len(lines))) if lines[k]), None)


def _read_opening_head(stripped: list[str], roles: list[LineRole | None], end: int,
                       opening_head: tuple[int, str | None], article: Article) -> int:
    """The byline of a thread's opening post: its head's name, and the date on the head's line or the line
    under it (a name over its date). Those lines become metadata. Returns the head's line."""
    i, name = opening_head
    article.author = name
    article.provenance["author"] = f"line {i + 1}, the head of the thread's opening post"
    roles[i] = LineRole.METADATA
    for k in (i, i + 1):
        found = find_date(stripped[k]) if k < end else None
        if found is not None:
            article.date, article.date_text = found
            article.provenance["date"] = f"line {k + 1}, the head of the thread's opening post"
            roles[k] = LineRole.METADATA
            break
    for k in range(i + 1, min(i + 1 + _POST_NUMBER_REACH, end)):
        if _POST_NUMBER.fullmatch(stripped[k]):
            roles[k] = LineRole.METADATA  # the post's number ("#1") between its head and its text
    return i


def _read_lone_byline_above(blocks: list[Block], texts: list[str], start: int, roles: list[LineRole | None],
                            article: Article) -> int | None:
    """No byline: a by-line alone in its block just above the body ("by ann lee") names the author even in
    lower case, which elsewhere reads as a sentence's words; returns its line (the headline stands above it)."""
    for position in range(start - 1, max(start - 1 - _LONE_BYLINE_LOOKBACK, -1), -1):
        text, alone = texts[position], blocks[position].first == blocks[position].last
        byline = patterns.BYLINE.match(text) if alone and text[:1] in _BYLINE_FIRST else None
        name = _name_after_by_word(byline, lambda: True) if byline and not byline.group("rest") else None
        if name:
            article.author = name
            article.provenance["author"] = f"line {blocks[position].first + 1}, a by-line alone above the body"
            _assign(blocks[position], roles, LineRole.METADATA)
            return blocks[position].first
    return None


def _read_name_over_role_above(blocks: list[Block], stripped: list[str], start: int, roles: list[LineRole | None],
                               article: Article) -> int | None:
    """No byline: a block of a name over the writer's role just above the body ("Kay Lum" over "Staff writer")
    names the author, where the page broke the lines (a wrapped headline's tail may read as a role: "… Our New"
    over "Senior Editor") and a headline stands above it: under only menus, the block is the headline ("Paper
    Hires" over "Political Editor"). Returns its line."""
    for position in range(start - 1, max(start - 1 - _LONE_BYLINE_LOOKBACK, -1), -1):
        block = blocks[position]
        if block.last == block.first + 1 and patterns.NAME_LINE.match(stripped[block.first]) \
                and _is_role_line(stripped[block.last]) and _broken_by_the_page(stripped, block.last, block.last) \
                and _headline_above(stripped, roles, block.first):
            article.author = stripped[block.first]
            article.provenance["author"] = f"line {block.first + 1}, a name over the writer's role above the body"
            _assign(block, roles, LineRole.METADATA)
            return block.first
    return None


def _read_glued_byline_above(blocks: list[Block], texts: list[str], start: int, roles: list[LineRole | None],
                             article: Article) -> int | None:
    """No byline: "• Jane RoePorJane Roe" (an author card's photo alt text, by-word and name, glued in
    one line or item), or "• PorJane Roe" without the alt text, in the blocks just above the body,
    names the author; returns its line (the headline stands above it). Looked for only there, and
    only where no byline was read: the test is a regex on a line."""
    for position in range(start - 1, max(start - 1 - _GLUED_BYLINE_LOOKBACK, -1), -1):
        text = texts[position]
        glued = _GLUED_BYLINE.match(text) if len(text) <= _MAX_GLUED_BYLINE_CHARS else None
        if glued:
            article.author = glued.group("name") or glued.group("glued")
            article.provenance["author"] = f"line {blocks[position].first + 1}, a name glued to a by-word"
            _assign(blocks[position], roles, LineRole.METADATA)
            return blocks[position].first
    return None


def _dated_item(text: str) -> bool:
    """A list item that is a date and nothing more ("• January 28, 2018")."""
    item = patterns.bullet_text(text)
    if item is None:
        return False
    found = find_date(item) if len(item) <= _MAX_BYLINE_CHARS else None
    return found is not None and not item.replace(found[1], "").strip(" ,|–—-")


def _read_date_beside(lines: list[str], roles: list[LineRole | None], i: int, article: Article) -> None:
    """A byline without a date: the date line right above or below it ("August 9th, 2012 1:05 PM
    Tags: …" over "by Phil Plait in …"), where the date opens the line."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and roles[j] is None and lines[j] and len(lines[j]) <= _MAX_BYLINE_CHARS \
                and _DIGIT.search(lines[j]):
            found = find_date(lines[j])
            if found and len(lines[j][:lines[j].find(found[1])].split()) <= _DATE_PREFIX_WORDS:
                article.date, article.date_text = found
                article.provenance["date"] = f"date line {j + 1}, beside the byline"
                roles[j] = LineRole.METADATA
                return


def _name_over_date(lines: list[str], roles: list[LineRole | None], i: int) -> bool:
    """A line that is only a date, perhaps with the post's reading time ("Mar 4, 2024 · 2 min read"), under a line
    that is only a name."""
    text = lines[i].strip()
    above = _name_line_above(lines, roles, i)
    if above < 0 or roles[above] is not None or not patterns.is_name_line(lines[above].strip()):
        return False
    found = find_date(text) if len(text) <= _MAX_BYLINE_CHARS else None
    if found is None:
        return False
    before, _, after = (patterns.READING_TIME.sub("", part) for part in text.partition(found[1]))
    return len(before.split()) <= _DATE_PREFIX_WORDS and len(after.split()) <= _DATE_PREFIX_WORDS + 1


def _headline_around_byline(lines: list[str], roles: list[LineRole | None], name_at: int, date_at: int) -> str:
    """Where the headline stands beside a name over date line `date_at`: "above" where a line above could be
    one; else "below" where the block under the date reads as one (a theme prints the byline over the
    headline, under only menus), unless the story under it names the person, as an obituary or a profile
    names its subject and a story never its writer ("Margaret Hill" over "Former Editor"); else "none"."""
    if _headline_above(lines, roles, name_at):
        return "above"
    below = _headline_below(lines, roles, date_at) and not _named_in_story(lines, name_at, date_at)
    return "below" if below else "none"


def _named_in_story(lines: list[str], name_at: int, date_at: int) -> bool:
    """The surname on line `name_at` is a word of the lines under date line `date_at`, as far as a story
    repeats its headline's words: the story is about that person."""
    words = _WORD.findall(lines[name_at])
    return bool(words) and words[-1] in _WORD.findall(" ".join(lines[date_at + 1:date_at + 1 + _NAME_WORDS_REACH]))


def _headline_under_trail(lines: list[str], name_at: int, date_at: int) -> bool:
    """Line `name_at`, under a breadcrumb trail, names the topic of the story under date line `date_at` by two
    words, or by one the story prints capitalised inside a sentence ("Storm Hits Texas" over "… across Texas"): a
    short headline over its date. A writer's name there ("Will Hutton", "Mark Price") shares an everyday word at
    most, in lower case or opening a sentence ("we will pay", "Power prices rose"), and stays the byline."""
    if _nearest_trail_above(lines, name_at) is None:
        return False
    story = lines[date_at + 1:date_at + 1 + _NAME_WORDS_REACH]
    proper_nouns = " ".join(word for line in story for word in _INNER_CAPITAL_WORD.findall(line))
    return _names_topic(lines[name_at], story, _HEADLINE_TOPIC_WORDS) or _names_topic(lines[name_at], [proper_nouns])


def _names_topic(line: str, story: list[str], least: int = 1) -> bool:
    """At least `least` words of `line` (of `_TOPIC_WORD_CHARS` letters or more) are words of the story, whatever
    their case: a headline of capitalised words names the story's topic ("Storm Hits Texas" over "The storm
    brought…"), where a writer's name is seldom a word of the story they write."""
    return _topic_words(line, story) >= least


def _topic_words(line: str, story: list[str]) -> int:
    """How many words of `line` of `_TOPIC_WORD_CHARS` letters or more are words of the story, whatever their case."""
    words = {word.casefold() for word in _WORD.findall(line) if len(word) >= _TOPIC_WORD_CHARS}
    return len(words.intersection(_WORD.findall(" ".join(story).casefold()))) if words else 0


def _name_over_role(lines: list[str], roles: list[LineRole | None], name_at: int, date_at: int) -> bool:
    """A name-like line over the writer's role over date line `date_at`: a byline ("Jane Doe" over "Staff
    Writer"), or a headline in two lines of that shape ("Council Names" over "New Editor")."""
    role = lines[name_at + 1].strip() or lines[name_at + 2].strip()  # a paragraph each: a blank line between
    return name_at != _line_above(roles, date_at) and _is_role_line(role)


def _last_crumb_above(lines: list[str], i: int) -> bool:
    """Line i is the last item of the nearest breadcrumb trail above it ("Home › News › Storm Hits Texas" over
    "Storm Hits Texas"): the trail ends in the page's own title, so the line is the headline, not a byline's
    name."""
    trail = _nearest_trail_above(lines, i)
    if trail is None:
        return False
    last_crumb = _TRAIL_SEPARATORS.split(_MENU_SEPARATORS.split(trail)[-1])[-1]
    return last_crumb.strip().casefold() == lines[i].strip().casefold()


def _nearest_trail_above(lines: list[str], i: int) -> str | None:
    """The nearest menu or breadcrumb trail above line i ("Home | News | Weather", "Home › Weather"), stripped, up
    to the nearest line of running text: a trail over a headline stands above the story; None where there is none."""
    for k in range(i - 1, -1, -1):
        text = lines[k].strip()
        if text and _is_trail(text):
            return text
        if region.is_prose(text):
            return None
    return None


def _headline_below(lines: list[str], roles: list[LineRole | None], i: int) -> bool:
    """Whether the block under line i, past blank lines, reads as a headline: a few lines not yet read, no
    sentence's closing stop, set apart from what follows. The body's first paragraph ends in a stop."""
    k = i + 1
    while k < len(lines) and roles[k] is LineRole.BLANK:
        k += 1
    first = k
    while k < len(lines) and k - first <= _HEADLINE_LINES and roles[k] is None:
        k += 1
    return first < k <= first + _HEADLINE_LINES and k < len(lines) and roles[k] is LineRole.BLANK \
        and region.title_like(" ".join(lines[first:k]))


def _headline_above(lines: list[str], roles: list[LineRole | None], i: int) -> bool:
    """Whether a line above line i could be the headline: one not yet read, nor a menu, a menu's list item ("*
    Home") or a row of single words. The look up stops at the first such line."""
    for k in range(i - 1, -1, -1):
        text = lines[k].strip()
        if text and roles[k] is None and not _is_menu(text) and not _is_word_row(text) \
                and patterns.bullet_text(text) is None:
            return True
    return False


def _is_word_row(text: str) -> bool:
    """A word, or words parted by a menu's separators: "Home", "Home | News", "Sport › Football"."""
    return all(" " not in item.strip() for item in _MENU_SEPARATORS.split(text))


def _read_byline(text: str, article: Article) -> bool:
    name = _byline_name(text)
    if name is None:
        return False
    article.author = name
    byline = patterns.BYLINE.match(text)
    outlet = patterns.OUTLET_IN_PARENS.search(byline.group("rest") or "") if byline else None
    article.outlet = outlet.group(1).strip() if outlet else None
    _read_date(text, article)
    return True


def _byline_name(text: str) -> str | None:
    """The author of a byline line: "By NAME | …", "DATE by NAME", "NAME DATE", or None.

    The anchored patterns go first and the date search last: most lines are neither.
    """
    if len(text) > _MAX_BYLINE_CHARS:
        return None
    byline = patterns.BYLINE.match(text) if text[:1] in _BYLINE_FIRST else None
    if byline:
        rest = byline.group("rest")
        if rest and _DIGIT.search(rest) is None and len(rest.split(None, _SENTENCE_REST_WORDS)) >= _SENTENCE_REST_WORDS:
            return None  # "Por isso, está tentando …", "By then, the council had …": a sentence, not a byline
        return _name_after_by_word(byline, lambda: _has_timestamp(text))
    if _DIGIT.search(text) is None:
        return None
    inline = patterns.INLINE_BYLINE.search(text) if _BY_WORD.search(text) else None
    if inline and _prefix_words(_undated(text[:inline.start()])) <= _MAX_BYLINE_PREFIX_WORDS and _has_timestamp(text):
        return _name_before_rest(inline.group("name"), lambda: True)
    named = patterns.NAME_THEN_DATE.match(text)
    if named and len(text.split()) <= 8 and _has_timestamp(text):
        name = _name_before_date(text, named.group("name"))
        return None if _is_rubric(name) else name
    return None


def _is_rubric(name: str) -> bool:
    """Words read before a date as a name that name no person: a section's label or a party ("Local News",
    "Новости Москвы", `region.bare_name_of_person`), or a noun labelled by a capital (`_labels_a_noun`). A single
    word is a name or a handle."""
    return " " in name and (not region.bare_name_of_person(name) or _labels_a_noun(name))


def _labels_a_noun(name: str) -> bool:
    """A word and a capital with its stop that is a noun's label ("Plan B.", "Vitamin D."), not a name's initial
    ("John D.", `patterns.ends_clause`). Only that shape is asked: a name's suffix closes with a stop too ("Martin
    Luther King Jr."), and a clause's test would take it for a sentence's end."""
    words = name.split()
    return len(words) == 2 and len(words[1]) == 2 and words[1][0].isupper() and words[1][1] == "." \
        and patterns.ends_clause(name, ".")


def _name_before_date(text: str, name: str) -> str:
    """"Sarah Gooding March 5, 2020": the date begins at a month word the name pattern took in."""
    found = find_date(text)
    at = text.find(found[1]) if found else -1
    if 0 < at < len(name):
        return text[:at].strip(" ,|–—-") or name
    return name


def _name_after_by_word(byline: re.Match, signed: Callable[[], bool]) -> str | None:
    """The name after a by-word (`_name_before_rest`). Italian "di", Dutch "door" and Polish "przez" open
    ordinary lines in other languages too ("Di Maio, Roma", "Di 3. Mai", "Door prizes, raffles and more"),
    so after them only a capitalised name of two words or more, without digits, is a byline's."""
    name = _name_before_rest(byline.group("name"), signed)
    if name is None or byline.group(1).lower() not in _COMMON_WORD_BY_WORDS:
        return name
    words = name.split()
    fits = (len(words) > 1 and _DIGIT.search(name) is None and words[0][:1].isupper()
            and all(word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in words))
    return name if fits else None


def _name_before_rest(name: str, signed: Callable[[], bool]) -> str | None:
    """"Jane Doe on May 1" → "Jane Doe"; "… by spray painting the ads" never gets here. `signed`: whether
    the line is a byline by its shape (a date follows the name, or the line stands alone above the body),
    asked only of names that read like a sentence's words: there a short name in lower case ("ann lee")
    is a name, as sites print them."""
    if "[" in name:
        name = patterns.IMAGE_PLACEHOLDER.sub("", name).strip()  # "[NR] admin": a logo's alt text
    particle = _PARTICLE_AFTER_FIRST_NAME.match(name)
    cut = patterns.BYLINE_NAME_END.search(name, particle.end() if particle else 0)
    words = _undoubled(name[:cut.start()] if cut else name).split()
    if not words or len(words) > 5 or _reads_as_sentence(words) and not (_lower_case_name(words) and signed()):
        return None
    if len(words) == 1 and words[0].lower() in _NOT_NAME_OPENERS:  # "By now, we know": no handle
        return None
    return " ".join(words)


def _lower_case_name(words: list[str]) -> bool:
    """"ann lee", "jean-luc o'neil": a given name and a surname written in lower case. "the numbers", "now we
    know", "ici la sortie" are not: a name opens with no article, pronoun or adverb of time, and one longer than
    two words holds particles ("de la") that a sentence's words hold too, so only two words are taken."""
    return (len(words) == _LOWER_CASE_NAME_WORDS and words[0].lower() not in _NOT_NAME_OPENERS
            and all(_NAME_WORD.fullmatch(word) for word in words))


def _reads_as_sentence(words: list[str]) -> bool:
    """"By night the trees sleep.", "Di notte gli alberi dormono": a sentence opening with the byline's
    word. A name ends with no full stop (but an initial's or a suffix's: "King Jr.", "Acme Ltd.") and has
    no two small words but its particles ("Jan de Vries"); a one-word handle ("admin") may be small. Only
    words of letters count as a sentence's small words: markup or an address in a byline ("<img src=x",
    "onerror=...") is no prose."""
    last = words[-1]
    if (patterns.ends_with(last, ".!?") and not (len(last) == 2 and last[0].isalpha())
            and last.lower() not in _NAME_SUFFIXES):
        return True
    small = [word for word in words if word[:1].islower() and _is_prose_word(word)
             and word.lower() not in _NAME_PARTICLES]
    return len(words) > 1 and len(small) >= 2


def _is_prose_word(word: str) -> bool:
    """"now,", "it's", "well-known": letters, an apostrophe or hyphen, a trailing comma; not "src=x"."""
    return word.rstrip(",;:").replace("'", "").replace("-", "").isalpha()


def _undoubled(name: str) -> str:
    """"Jane Roe Jane Roe": a name and its link text (or its photo's alt text) are one name."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


def _undated(text: str) -> str:
    return patterns.without_timestamps(text, patterns.timestamps(text)) if _DIGIT.search(text) else text


def _prefix_words(text: str) -> int:
    return len(_WORD.findall(text))


def _has_timestamp(text: str) -> bool:
    return _DIGIT.search(text) is not None and bool(patterns.timestamps(text))


def _read_date(text: str, article: Article) -> None:
    found = find_date(text)
    if found and article.date is None:
        article.date, article.date_text = found


def _line_above(roles: list[LineRole | None], i: int) -> int:
    """The line above line i, across one blank line (a Markdown rendering sets every block apart)."""
    return i - 2 if i >= 2 and roles[i - 1] is LineRole.BLANK else i - 1


def _name_line_above(lines: list[str], roles: list[LineRole | None], i: int) -> int:
    """Where a byline's name would stand above date line i: the line above, or above the reading time
    and the dot printed between name and date ("Mira Holt" over "3 min read" over "·" over the date)."""
    above = _line_above(roles, i)
    while above > 0 and roles[above] is None and _parts_name_from_date(lines, above):
        above = _line_above(roles, above)
    return above


def _parts_name_from_date(lines: list[str], i: int) -> bool:
    """Line i is a reading time or a lone separator dot, as printed between a byline's name and its date; or
    the writer's role right under the line above ("Kay Lum" over "Staff writer"), or set apart by a blank line
    where it reads as a name ("Staff Writer", a paragraph each): a role never names the writer."""
    text = lines[i].strip()
    return text in _SEPARATOR_DOTS or patterns.READING_TIME.fullmatch(text) is not None \
        or _is_role_line(text) and (bool(lines[i - 1].strip()) or patterns.NAME_LINE.match(text) is not None)


def _is_role_line(text: str) -> bool:
    """A writer's role on a line of its own: "Staff writer", "Senior Reporter", "Correspondent", "Political
    Editor". A few words of letters, the last a newsroom's role; "Letter to the Editor" is a column's name."""
    words = text.split()
    return 0 < len(words) <= _MAX_ROLE_WORDS and words[-1].casefold() in _ROLE_WORDS \
        and all(word.isalpha() for word in words)


def _read_name_above(lines: list[str], roles: list[LineRole | None], i: int, article: Article) -> None:
    """A bare name right above a "Last updated:" line is the byline (a reading time between them is
    furniture of the byline); not where a "By NAME" byline stands right under the date line: the line above
    is the headline, over the page's timestamp ("Storm Hits Texas", "Updated 12 March 2024", "By Mira Holt")."""
    if _byline_under(lines, i):
        return
    above = _name_line_above(lines, roles, i)
    if above >= 0 and roles[above] is None and patterns.is_name_line(lines[above].strip()):
        if article.author is None and region.bare_name_of_person(lines[above].strip()):
            article.author = _BY_WORD_BEFORE_NAME.sub("", _undoubled(lines[above].strip()))
        for line in range(above, i):
            if roles[line] is None:
                roles[line] = LineRole.METADATA


def _headline_over_timestamp(lines: list[str], roles: list[LineRole | None], i: int) -> bool:
    """The name-like line over cued date line i ("Updated 12 March 2024", "Mis à jour le 12 mars 2024": the page's
    timestamp) names the story's topic by two of its words: the headline, as a writer's name seldom does."""
    above = _name_line_above(lines, roles, i)
    if above < 0 or roles[above] is not None or not patterns.is_name_line(lines[above].strip()):
        return False  # no name-like line over it: most dated lines, told before the story's words are read
    return _names_topic(lines[above], lines[i + 1:i + 1 + _NAME_WORDS_REACH], _HEADLINE_TOPIC_WORDS)


def _byline_under(lines: list[str], i: int) -> bool:
    """The first line under line i, across a blank line, is a byline opened by its by-word ("By Mira Holt")."""
    below = next((line.strip() for line in lines[i + 1:i + 1 + _LABEL_NAME_REACH] if line.strip()), "")
    return below[:1] in _BYLINE_FIRST and patterns.BYLINE.match(below) is not None and _byline_name(below) is not None


def _is_first_content(roles: list[LineRole | None], i: int) -> bool:
    return all(role in (LineRole.BLANK, LineRole.METADATA) for role in roles[:i])


def _title_like(text: str) -> bool:
    return 0 < len(text) <= 200 and len(text.split()) <= 25 and not re.search(r"[.,;:]$", text)


def _body_blocks(lines: list[str], stripped: list[str], roles: list[LineRole | None], end: int,
                 blank_separated: bool = False) -> list[Block]:
    """Paragraphs: one per line on unwrapped pages, blank-line separated blocks on wrapped ones."""
    wrapped = blank_separated or max(map(len, lines[:end]), default=0) <= _WRAP_WIDTH
    if not wrapped:  # a block per line: no runs to gather
        return [Block(i, i, stripped[i]) for i in range(end) if roles[i] is None]
    runs: list[list[int]] = []
    rule_before = False
    for i in _unassigned(roles, end):
        rule = (stripped[i][:1] or "x") in _RULE_CHARS and _is_rule(stripped[i])
        if runs and runs[-1][-1] == i - 1 and not rule and not rule_before:
            runs[-1].append(i)  # joined once at the end: appending to a growing string is quadratic
        else:
            runs.append([i])
        rule_before = rule
    return [Block(run[0], run[0], stripped[run[0]]) if len(run) == 1 else
            Block(run[0], run[-1], " ".join([stripped[i] for i in run])) for run in runs]


def _without_image_texts(blocks: list[Block], stripped: list[str], roles: list[LineRole | None]
                         ) -> tuple[list[Block], list[Boilerplate]]:
    """Set apart the blocks that hold an image's site-signed description (with the link line a
    related-posts box may print under it), before the body is looked for:
    a description repeated above the first paragraph would otherwise open the body, one below the
    last would end it. The address may stand on a line of its own, wrapped under the description."""
    kept: list[Block] = []
    furniture: list[Boilerplate] = []
    for block in blocks:
        if "|" not in block.text or not (_SIGNED_IMAGE_TEXT.search(block.text)  # the address wrapped to a line
                                         or any(map(_SIGNED_IMAGE_TEXT.search, stripped[block.first:block.last + 1]))):
            kept.append(block)
            continue
        for i in range(block.first, block.last + 1):
            if roles[i] is None and stripped[i]:
                roles[i] = LineRole.BOILERPLATE
                furniture.append(Boilerplate(stripped[i], "other", line_span(i + 1)))
    return kept, furniture


def _is_rule(line: str) -> bool:
    """A horizontal rule ("━━━━", "-----"): it separates blocks even without a blank line around it."""
    text = line.strip()
    return len(text) >= 3 and text[0] in _RULE_CHARS and not text.strip(_RULE_CHARS)


def _heading_text(block: Block) -> str | None:
    """Short, title-like lines without closing punctuation are section headings."""
    text = block.text
    if block.last != block.first or len(text) > 104:
        return None
    decorated = _DASH_DECORATION.match(text) if text[:1] in _DECORATION_CHARS else None
    if decorated:
        text = decorated.group(1)
    if not text or len(text) > 100 or patterns.ends_with(text, ".,;:!?…") or not (text[0].isupper() or text[0].isdigit()):
        return None  # the end and first character before counting words: most blocks end a sentence
    return None if len(text.split()) > 14 else text


def _read_headings_and_paragraphs(blocks: list[Block], roles: list[LineRole | None], article: Article) -> None:
    section = None
    final = len(blocks) - 1  # the last block is never a heading
    paragraph, body, add = Paragraph, LineRole.BODY, article.paragraphs.append
    for position, block in enumerate(blocks):
        first, last = block.first, block.last
        heading = _heading_text(block) if position < final else None
        span = line_span(first + 1) if first == last else Span(first + 1, last + 1)
        if heading:
            section = heading
            article.headings.append(Heading(heading, span))
            role = LineRole.HEADING
        else:
            text = block.text  # `strip_leading_image`'s own first test before calling it: most blocks open with a letter
            add(paragraph(region.strip_leading_image(text) if text[:1] == "[" else text, section, span))
            role = body
        if first == last:
            roles[first] = role
        else:
            roles[first:last + 1] = [role] * (last + 1 - first)


def _infer_title(article: Article) -> None:
    """No headline on the page: fall back to the teaser or first heading, marked as inferred."""
    candidate = article.teaser.split(":", 1)[1].strip() if article.teaser else None
    if candidate is None and article.headings:
        candidate = article.headings[0].text
    if candidate:
        article.title, article.title_inferred = candidate, True
