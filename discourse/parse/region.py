"""Where the article is: the run of prose between the page's menus and its sidebars.

Rendered pages put navigation, search forms and share buttons above the headline and
author boxes, tag lists and related links below the text. The article body is the run
of prose paragraphs; its headline is the title-like line just above the byline, or,
without a byline, just above the first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from discourse.parse import patterns
from discourse.parse.section import is_header

_MIN_PROSE_WORDS = 30
_MIN_SENTENCE_WORDS = 6
_MAX_GAP_BLOCKS = 4
_TITLE_LOOKBACK = 6
_MAX_LOOKAHEAD = 12
_SECTION_HEADING_WORDS = 12
_SHORT_RUN_PARAGRAPHS = 2
# What ends an article where it stands: an appeal for support, a newsletter box's call to sign up, a posting
# line. Tried only on blocks whose first four characters may open one (most blocks' do not).
_BODY_OVER = re.compile(f"(?:{patterns.source('SUPPORT_APPEAL').pattern})|(?:{patterns.source('NEWSLETTER_SIGNUP').pattern})"
                        f"|(?:{patterns.POSTED_LINE.pattern})", re.I)


def _prefixes(*words: str) -> frozenset[str]:
    return frozenset(case(word) for word in words for case in (str.lower, str.capitalize, str.upper))


_OVER_PREFIXES = _prefixes("whil", "if y", "plea", "supp", "dona", "beco", "unte", "sout", "apoi", "wesp", "apóy",
                           "sost", "this", "post", "publ",
                           "sign", "subs", "regi", "get ", "rece", "join", "meld", "abon", "insc", "susc", "reci",
                           "apún", "assi", "cada", "iscr", "rice", "abbo", "schr", "zapi", "news")
_CAPTION_PREFIXES = _prefixes("feat", "head", "top ", "cove", "lead", "main")  # "Featured image is of …"
_LONGER_RUN = 3
_LINK_HEADLINES = 2  # headlines under a colon that make it a related-posts box's lead-in
_LONE_BLOCK_WORDS = 300  # a lone paragraph taken for the article holds an article's words, not a notice's
_FORM_FIELD = re.compile(r"\[\s{4,}\]|\[\s*\]\s|\(\s?\)|\(\*\)")
# A forum's rating widget over a thread ("Thread Rating: 0 Vote(s) - 0 Average", "Rating: 4.5/5 (12 votes)"): a
# line of figures under a label, never a headline. After the label only figures and the widget's words: "Rating: Why
# Moody's Cut the City to Junk" is a headline.
_RATING_WIDGET = re.compile(r"^(thread |post |topic |user )?rating\s*:(\s|[\d.,/()–-]|votes?|\(s\)|average|stars?)*$"
                            r"|\bvotes?(\s*\(s\))?\s*[-–]\s*\d+([.,]\d+)?\s+average$", re.I)
_LEADING_IMAGE = re.compile(r"^(\[[^\]]{0,120}\])+(?=\w|[“\"‘(])")
_DIGIT = re.compile(r"\d")
_CAPTION = re.compile(r"^\(?(image|photo|picture|video|foto|bild|graphic)?\s*(source|credits?|courtesy|by)?\s*:"
                      r"|^(featured|header|top|cover|lead|main) (image|photo|picture)\b", re.I)
_CREDIT = re.compile(r"(?:^|\s)(?:fot\.|fot\.:|foto:|photo:|photos:|photo by|photograph:|image:|bild:|picture:"
                     r"|credit:|crédit photo|crédito:)", re.I)
_RULE = re.compile(r"^[━─_=*~·-]{3,}$")
_NAME_CHARS = 40
_DATE_LINE_MARKS = " ,|-–—·•"
_DATE_LINE_CHARS = 80
_NAME_DATE_REACH = 2  # a byline's name under its date line, a photo credit perhaps between
# The last words of a section's label, a party's or an outlet's name ("Local News", "Harbour District", "Labour Party",
# "Harbour Times", "Riverside Gazette", "Sport Extra"), never of a writer's name.
_LABEL_ENDS = frozenset("""
    news sport sports business politics opinion world district city county region
    party partei parti partido partito partij partia
    times gazette journal magazine online media tribune chronicle telegraph independent today bulletin sentinel
    examiner inquirer dispatch insider digest reporter network radio tv agency live extra review register globe
    monitor report
    zeitung nachrichten kurier rundschau tagblatt presse gazzetta corriere diario gazeta dziennik krant""".split())
# The last words of an outlet's name that are surnames too ("Washington Post", "Anna Post", "Peter Express"): an
# outlet's only in a name of three words or more ("South China Morning Post"), or after "The".
_SURNAME_ENDS = frozenset("post press express herald courier wire weekly daily mail standard guardian observer "
                          "mirror".split())
_SURNAME_END_WORDS = 3
# The first words of an outlet's name ("Daily Mail", "Evening Standard", "Sunday Times", "The Guardian"), never a
# person's.
_OUTLET_OPENERS = frozenset("the daily evening sunday".split())
# The first words of a local outlet's name that are no given names: a place's kind, a direction, a time of day
# ("North Press", "Valley Herald", "Morning Post"). Before a word of `_SURNAME_ENDS` they make a two-word outlet.
_PLACE_OPENERS = frozenset("north south east west northern southern eastern western central valley coast coastal "
                           "harbour harbor lake lakes hill hills county city metro town village island bay river "
                           "morning midday national regional local global capital".split())
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# The endings of a Russian or Ukrainian adjective as a rubric's or a party's first word ("Единая Россия", "Российская
# Газета", "Московский Комсомолец", "Українська правда"). No given name ends so: "Юрий", "Дмитрий" end in "-ий",
# left out, and an adjective surname ("Лев Толстой", "Алексей Навальный") is the second word, not the first.
_ADJECTIVE_ENDS = ("ая", "яя", "ое", "ее", "ые", "ие", "ой", "ый", "ский", "цкий", "ська", "цька", "ський", "цький",
                   "ське", "цьке", "ські")
# The nouns of a news site's sections and rubrics, of its own name and of parties, in Russian and Ukrainian: a
# capitalised line holding one ("Новости Москвы", "Спорт Сегодня", "Партия Роста") names no person.
_RUBRIC_NOUNS = frozenset("""
    новости новость погода спорт политика экономика общество культура происшествия наука технологии здоровье
    мнения мнение авто недвижимость образование регионы город столица мир страна россия украина война бизнес финансы
    шоу-бизнес туризм афиша лента главное интервью репортаж колонка блог блоги партия газета журнал радио телеканал
    телевидение агентство издание редакция союз фронт движение
    новини погода політика економіка суспільство культура події наука здоров'я думки регіони світ країна війна
    фінанси партія газета журнал телеканал агенція видання редакція спілка рух історія інтерв'ю їжа європа інновації
    ідеї інфографіка""".split())
_MARKER_CHARS = 8
_LIST_WORD = re.compile(r"[^\W\d_]{2,}")
_LIST_WORDS = 3  # a list of share buttons or bare links holds a word or two ("More")
_LIST_WORDS_REACH = 200


def is_prose(text: str) -> bool:
    """A paragraph of running text: a sentence (or a long run of words), not a menu, form or headline.

    The word count and the last character decide most blocks; the regexes run only on the rest.
    Words are counted up to the threshold only: a long paragraph is not split whole.
    """
    words = len(text.split(None, _MIN_PROSE_WORDS))
    if words < _MIN_SENTENCE_WORDS or (words < _MIN_PROSE_WORDS and not patterns.ends_with(text, ".!?:…")):
        return False
    if ("[" in text or "(" in text) and _FORM_FIELD.search(text) or _is_list_item(text):
        return False
    return words < _MIN_PROSE_WORDS or _letters(text) >= len(text) // 2


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _letters(text: str) -> int:
    """How many characters of text are letters (`str.isalpha`). Counting them one by one in Python
    took a fortieth of the parse: the ASCII ones are counted by deleting them in C, and only the
    other characters (a few accented letters, most often) one by one."""
    ascii_part = text.encode("ascii", "ignore")
    others = "".join(_NON_ASCII.findall(text)) if len(ascii_part) < len(text) else ""
    return len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS)) + sum(map(str.isalpha, others))


def _is_list_item(text: str) -> bool:
    if text[:1].isalpha():
        return False
    return bool(patterns.BULLET_MARKER.match(text) or patterns.NUMBER_MARKER.match(text))


def body_start(texts: list[str], touching: Callable[[int], bool] | None = None) -> int | None:
    """Index of the first body block: prose followed by prose (a lone blurb or deck is not a body).

    Images and lists between two paragraphs do not break the run, nor does one odd line (a
    lower-case pull quote); a headline, a date line or a horizontal rule does. `touching(i)`: whether
    block i follows block i - 1 with only blank lines between (nothing set apart, such as a byline);
    where given, the body's first sections are looked for above the run (`_sections_above`).
    """
    return _run_start(texts, touching, 0, fallback=True)


def _run_start(texts: list[str], touching: Callable[[int], bool] | None, begin: int,
               fallback: bool = False) -> int | None:
    """`body_start` from block `begin` on; without `fallback`, None where no run of prose starts."""
    prose = (i for i in range(begin, len(texts))
             if is_prose(texts[i]) and not _headline(texts[i]) and not _noscript(texts[i]))
    first = None
    for i in prose:
        first = i if first is None else first
        after = list(islice((text for text in texts[i + 1:i + 1 + _MAX_LOOKAHEAD] if not _inside_run(text)), 2))
        if after and is_prose(after[0]) or (len(after) == 2 and not title_like(after[0])
                                            and not _RULE.match(after[0]) and is_prose(after[1])):
            return i if touching is None else _sections_above(texts, i, touching)
    return first if fallback else None


def body_run(texts: list[str], touching: Callable[[int], bool] | None = None,
             author: str | None = None) -> tuple[int, int] | None:
    """(first, last) body blocks: the first run of prose (`body_start`, `body_end`), unless it is a
    short one of two paragraphs at most (a widget's or a sign-up box's text above the article) and a
    later run holds several times its words: then that run. Only a short run is looked past."""
    start = body_start(texts, touching)
    if start is None:
        return None
    last = body_end(texts, start, author, touching)
    words, paragraphs = _run_words(texts, start, last)
    begin = last + 1
    while paragraphs <= _SHORT_RUN_PARAGRAPHS:
        later = _run_start(texts, touching, begin)
        if later is None:
            lone = _lone_long_block(texts, begin, max(_LONGER_RUN * words, _LONE_BLOCK_WORDS))
            return (start, last) if lone is None else (lone, lone)
        end = body_end(texts, later, author, touching)
        more, count = _run_words(texts, later, end, _LONGER_RUN * words)
        if more >= _LONGER_RUN * words:
            start, last, words, paragraphs = later, end, more, count
        begin = end + 1
    return start, last


def _lone_long_block(texts: list[str], begin: int, enough: int) -> int | None:
    """The first prose block from `begin` on holding at least `enough` words: a whole article printed
    as one paragraph (a table cell of a several-column layout, as some renderers print it), with no
    second paragraph to make a run of."""
    for i in range(begin, len(texts)):
        if len(texts[i].split(None, enough)) >= enough and is_prose(texts[i]):
            return i
    return None


def _run_words(texts: list[str], first: int, last: int, enough: int | None = None) -> tuple[int, int]:
    """The words and the number of the prose blocks in texts[first:last + 1], counted until there are
    more blocks than a short run holds and, where `enough` is given, at least that many words."""
    words = paragraphs = 0
    for i in range(first, last + 1):
        if is_prose(texts[i]):
            words, paragraphs = words + len(texts[i].split()), paragraphs + 1
            if paragraphs > _SHORT_RUN_PARAGRAPHS and (enough is None or words >= enough):
                break
    return words, paragraphs


def _sections_above(texts: list[str], start: int, touching: Callable[[int], bool]) -> int:
    """The body's first sections above `start`: while a short section heading stands right above it
    and a long paragraph (more than one sentence's words) right above the heading, with only blank
    lines, images or lists between the three, the paragraph opens the body ("Headline", paragraph,
    "Section", paragraph, paragraph). A guess made on that shape only: a byline, a date or a rule
    between a deck and the body sets the deck apart, and a blurb is short."""
    while True:
        heading = _block_above(texts, start, touching)
        paragraph = _block_above(texts, heading, touching) if heading is not None else None
        if paragraph is None or not _section_heading(texts[heading]) or not _long_paragraph(texts[paragraph]):
            return start
        start = paragraph


def _block_above(texts: list[str], i: int, touching: Callable[[int], bool]) -> int | None:
    """The nearest block above i that is not a section's number ("<1>"), where nothing but blank
    lines and such numbers stands between the two."""
    for j in range(i - 1, max(i - 1 - _MAX_LOOKAHEAD, -1), -1):
        if not touching(j + 1):
            return None
        if not _marker_only(texts[j]):
            return j
    return None


_SENTENCE_BREAK = re.compile(r"[.!?…]['\"’”)]?\s+[\"“„‘(]?[A-ZÀ-Ý]")


def _long_paragraph(text: str) -> bool:
    """More than one sentence, and more words than one sentence holds: a deck or blurb is one sentence."""
    return len(text.split(None, _MIN_PROSE_WORDS)) > _MIN_PROSE_WORDS and is_prose(text) and not _noscript(text) \
        and _SENTENCE_BREAK.search(text) is not None


def _section_heading(text: str) -> bool:
    """A heading that may stand inside a body: short and title-like, not a date or a rule."""
    return title_like(text) and len(text.split()) <= _SECTION_HEADING_WORDS


_NOSCRIPT_ASK = re.compile(r"\b(?:enabl|activ|aktiv|ativ|habilit|abilit|turn(?:ed)? on|einschalt|allow)", re.I)
_NOSCRIPT_WORDS = 40
_PERSONAL_DATA = re.compile(r"personal (data|information)|personenbezogen|données personnelles|datos personales"
                            r"|dados pessoais|dati personali|dane osobowe|danych osobowych|privacy policy"
                            r"|datenschutzerklärung|politique de confidentialité")


def _noscript(text: str) -> bool:
    """"Please enable JavaScript to enjoy this site": a page's no-script notice, not its first paragraph;
    nor is a newsletter sign-up's consent to the use of personal data ("I agree to the processing of my
    personal data … to receive the newsletter")."""
    lowered = text.lower()
    if "newsletter" in lowered and _PERSONAL_DATA.search(lowered):
        return True
    return "javascript" in lowered and len(text.split(None, _NOSCRIPT_WORDS)) <= _NOSCRIPT_WORDS \
        and _NOSCRIPT_ASK.search(text) is not None


def _headline(text: str) -> bool:
    """"Is it a panic?" on a line of its own reads as a sentence but is a headline."""
    return "\n" not in text and title_like(text) and not text.endswith(".") and len(text.split()) <= 15


def _inside_run(text: str) -> bool:
    """Blocks that sit inside a body without interrupting it: images and lists."""
    bare = patterns.IMAGE_PLACEHOLDER.sub("", text).strip()
    return not bare or _is_list_item(text)


def _marker_only(text: str) -> bool:
    """A short block without a letter that is not a rule: a section's number ("<1>", "(2)", "§ 3")."""
    return len(text) <= _MARKER_CHARS and not _RULE.match(text) and not any(map(str.isalpha, text))


def body_end(texts: list[str], start: int, author: str | None = None,
             touching: Callable[[int], bool] | None = None) -> int:
    """Index of the last body block: the last prose block before a long run of non-prose blocks,
    or before the author's bio box ("Jane Doe is a reporter who …"). With `touching` (see
    `body_start`), a list right under a paragraph that ends with a colon is the body's too."""
    last, gap = start, 0
    for i in range(start + 1, len(texts)):
        text = texts[i]
        if author and len(author) > 3 and text.startswith(author + " ") or author_box_name(text):
            break
        head = text[:4]
        if head in _OVER_PREFIXES and _BODY_OVER.match(text):
            break  # an appeal ("While you are here… would you consider supporting our work?") or a posting
            # line ("This entry was posted in News. Bookmark the permalink."): the article is over
        if (":" in text or head in _CAPTION_PREFIXES) and _CAPTION.match(text):
            continue  # an image's caption or credit ("(Image credit: …)", "Featured image is of …")
        if is_prose(text):
            last, gap = i, 0
        elif text[:1].isdecimal() and is_header(text):
            break  # "10 Comments" over the comment form: the thread's header, the article is over
        elif last == i - 1 and not text[:1].isalpha() and _introduced_list(texts, i, touching):
            last, gap = i, 0  # the list a paragraph introduces ("… the specs:"): the body's, even at its end
        elif _is_list_item(text) and len(text.split(None, _MIN_PROSE_WORDS)) >= _MIN_PROSE_WORDS:
            continue  # a list of sentences inside the body: neither the end nor a break
        else:
            gap += 1
            if gap > _MAX_GAP_BLOCKS:
                break
    if last > start and _leads_links(texts, last):
        # "You may also want to check these out:" over headlines: a related-posts box's lead-in
        return next(i for i in range(last - 1, start - 1, -1) if i == start or is_prose(texts[i]))
    after = last + 1
    if touching is not None and after < len(texts) and touching(after) and _closing_line(texts[after]) \
            and not _BODY_OVER.match(texts[after]):
        return after  # "Oh, the things we do.": a short last sentence right under the last paragraph
    return last


def _leads_links(texts: list[str], i: int) -> bool:
    """Block i is one short sentence ending with a colon, and the blocks under it are headlines (the
    links of a related-posts box), not the list or picture it would introduce in an article."""
    text, after = texts[i], texts[i + 1:i + 1 + _LINK_HEADLINES]
    return (patterns.ends_with(text, ":") and len(text.split()) < _MIN_PROSE_WORDS
            and len(after) == _LINK_HEADLINES and all(map(title_like, after)))


def _closing_line(text: str) -> bool:
    """A sentence too short to read as prose on its own: two to five words, capitalised, ending a sentence."""
    words = len(text.split(None, _MIN_SENTENCE_WORDS))
    return 2 <= words < _MIN_SENTENCE_WORDS and text[:1].isupper() and patterns.ends_with(text, ".!?…") \
        and not _DIGIT.search(text) and not _is_list_item(text)


def _introduced_list(texts: list[str], i: int, touching: Callable[[int], bool] | None) -> bool:
    """Block i is a list of words right under a paragraph ending with a colon (or under such a list),
    with nothing but blank lines between."""
    text, above = texts[i], texts[i - 1]
    if touching is None or not _is_list_item(text) or not touching(i):
        return False
    if not (patterns.ends_with(above, ":") or _is_list_item(above)):
        return False
    return len(_LIST_WORD.findall(text, 0, _LIST_WORDS_REACH)) >= _LIST_WORDS


def author_box_name(text: str) -> str | None:
    """The name an author box opens with, printed twice (the photo's alt text, then the name):
    "Daniel Czyżewski Daniel Czyżewski Zapisz do:"; None for other blocks."""
    space = text.find(" ", 0, _NAME_CHARS)
    if space <= 0 or not text[:1].isupper() or text.find(" " + text[:space + 1], space, 2 * _NAME_CHARS) < 0:
        return None  # most blocks: the first word does not come again soon
    words = text.split(None, 8)
    for size in (2, 3, 4):
        if words[:size] == words[size:2 * size] and patterns.NAME_LINE.match(" ".join(words[:size])):
            return " ".join(words[:size])
    return None


def title_index(texts: list[str], anchor: int, author: str | None = None) -> int | None:
    """The nearest title-like block above anchor, skipping list items, dates and form fields, and
    the author's name (printed once, or twice: a photo's alt text, then the name) and photo credits."""
    name = " ".join(author.split()).casefold() if author else None
    looked, i = 0, anchor - 1
    while i >= 0 and looked < _TITLE_LOOKBACK:
        text = texts[i]
        if title_like(text):
            if name is not None and _undoubled_words(text).casefold() == name or _CREDIT.search(text) \
                    or dated_name(texts, i):
                i -= 1  # the byline's name, or an image's alt text over its credit ("… Fot. Europol Gaz"):
                continue  # passed over, and not counted as a block looked at
            return i
        looked, i = looked + 1, i - 1
    return None


def names_person(text: str) -> bool:
    """A name alone on its line (`patterns.NAME_LINE`) that may name a person. A rubric in Cyrillic script is
    capitalised like a name where it names a place or a party ("Новости Москвы", "Единая Россия"): such a line is
    left out where it has a rubric's shape (`_cyrillic_rubric`); any other is a name, whatever its surname's
    ending ("Лев Толстой", "Сергей Шойгу", "Олена Зеленська")."""
    text = patterns.unemphasised(text)
    if not patterns.NAME_LINE.match(text):
        return False
    return _CYRILLIC.search(text) is None or not _cyrillic_rubric(text.casefold().split())


def bare_name_of_person(text: str) -> bool:
    """A person's name alone by a date with no byline's label (`names_person`), not a section's label, a party's or
    an outlet's name of the same shape ("Local News", "Labour Party", "The Harbour Times", "Daily Mail"), told by the
    words that close or open it: the site's name over the date names no writer. An outlet's word that is a surname
    too closes a person's name of two words ("Anna Post", "Peter Express"), unless a place's word opens it ("North
    Press", "Valley Herald"). Under a label ("Von:" over "Anna City")
    the label vouches for the name, and these words are a surname there."""
    if not names_person(text):
        return False
    words = patterns.unemphasised(text).casefold().split()
    return words[0] not in _OUTLET_OPENERS and words[-1] not in _LABEL_ENDS \
        and (words[-1] not in _SURNAME_ENDS or len(words) < _SURNAME_END_WORDS and words[0] not in _PLACE_OPENERS)


def names_rubric(text: str) -> bool:
    """Capitalised words of a name's shape (`patterns.NAME_LINE`) naming a section, a party or an outlet, not a person
    (`bare_name_of_person`): "Local News", "The Harbour Times", "Новости Москвы"."""
    return patterns.NAME_LINE.match(text) is not None and not bare_name_of_person(text)


def _cyrillic_rubric(words: list[str]) -> bool:
    """Cyrillic words (lower case) of a rubric's or a party's shape: the first is an adjective ("единая россия",
    "московский комсомолец"), or one is a section's or a party's noun ("новости москвы"). A given name is no
    adjective, so a surname of an adjective's ending in second place ("лев толстой") passes."""
    return words[0].endswith(_ADJECTIVE_ENDS) or any(word in _RUBRIC_NOUNS for word in words)


def dated_name(texts: list[str], i: int) -> bool:
    """Block i is a bare name (two to four capitalised words) under the post's date line, a photo
    credit perhaps between: "Headline", "11 May 2021, 11:49", "Photo: …", "Jane Roe", body. Such a
    name is the byline, not the headline."""
    if not patterns.is_name_line(texts[i]) or _CREDIT.search(texts[i]):
        return False
    for j in range(i - 1, max(i - 1 - _NAME_DATE_REACH, -1), -1):
        if _date_line(texts[j]):
            return True
        if not _CREDIT.search(texts[j]):
            return False
    return False


def _date_line(text: str) -> bool:
    """A line that is a date and a time, nothing more ("11 maja 2021, 11:49"), but perhaps the post's reading time
    ("Mar 4, 2024 · 2 min read", "2 min read · Mar 4, 2024"): furniture by the byline, never a headline."""
    if _DIGIT.search(text) is None:
        return False
    spans = patterns.timestamps(text)
    rest = patterns.without_timestamps(text, spans).strip(_DATE_LINE_MARKS)
    return not rest or bool(spans) and len(text) <= _DATE_LINE_CHARS \
        and not patterns.READING_TIME.sub("", rest).strip(_DATE_LINE_MARKS)


def _cued_date_line(text: str) -> bool:
    """A date line, maybe under a date line's cue ("Updated 2 hours ago", "Published: May 2, 2023"): no title.
    `dated_name` keeps to the bare date: a headline of capitalised words under "Updated 2 hours ago" is a news
    page's timestamp over its headline, not a byline's name under its date."""
    cued = patterns.DATE_LINE.match(text)
    return _date_line(cued.group("date") if cued else text)


def _undoubled_words(text: str) -> str:
    """"Jane Roe Jane Roe" → "Jane Roe"; other text whitespace-normalised."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half] if half and len(words) % 2 == 0 and words[:half] == words[half:] else words)


def title_like(text: str) -> bool:
    if not (0 < len(text) <= 200) or len(text.split()) > 25 or re.search(r"[.,;:]$", text):
        return False
    if _is_list_item(text) or _FORM_FIELD.search(text) or sum(map(str.isalpha, text)) < 3:
        return False
    if text[:1].isdigit() and is_header(text):
        return False  # "5 Comments" under the headline
    if _CAPTION.match(text) or patterns.READING_TIME.fullmatch(text) or _RATING_WIDGET.search(text):
        return False
    if _cued_date_line(text):
        return False
    return not patterns.IMAGE_PLACEHOLDER.fullmatch(text)


def undouble(text: str) -> str:
    """"TitleTitle": the headline printed twice (visible and screen-reader copies) is one headline."""
    half = len(text) // 2
    if len(text) % 2 == 0 and half > 3 and text[:half] == text[half:]:
        return text[:half]
    return text


def strip_leading_image(text: str) -> str:
    """"[alt-text]First words": an image's placeholder glued to the paragraph is not text."""
    return _LEADING_IMAGE.sub("", text) if text.startswith("[") else text
