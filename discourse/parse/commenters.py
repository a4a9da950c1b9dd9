"""Commenter lines: the name and timestamp that open (or close) a comment.

Sites print them in many shapes: "Jane says:", "Bob on May 1, 2020 said:",
"Dr. Jane Doe10/28/12 5:33 PM" (name glued to the time), "Fri, 2012-11-09 17:18 — Jane",
"Daveywrote on November 13th, 2012 at 5:49 am Link To Comment | Reply To Comment",
"Posted by: jonathan at October 29, 2012 05:23 PM" (after the text). What they share:
a timestamp (or a "says" verb) and, apart from filler words, no more than a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from discourse.parse import patterns

_MAX_META_CHARS = 160
_MAX_NAME_WORDS = 5
_MAX_LEFTOVER_WORDS = 8
_MAX_META_TOKENS = 24
_AVATAR = re.compile(r"^(avatar|gravatar|user avatar|profile picture)\s+", re.I)
# An avatar's alt text that names its owner before the name itself, which a renderer may glue to it: "Avatar of Bob
# BuilderBob Builder says:", "Profile picture for user Ann Ann". The longest owner the text goes on with is taken.
_AVATAR_OF_OWNER = re.compile(r"^(?:avatar|gravatar|user avatar|profile picture)\s+(?:of|for user|for)\s+"
                              r"(?P<owner>\S.{0,59})\s*(?=(?P=owner)\b)", re.I)
# An avatar's alt text naming its owner, printed before the name: "jo@example.net's avatar Jo", "Jo’s Gravatar Jo",
# "jo@example.net' Jo". A possessive counts only before an avatar word ("Jo's Bakery says:" is a name), and a bare
# "picture" or "photo" is none ("My son's picture day went great").
_AVATAR_WORD = r"(?:avatar|gravatar|profile (?:picture|photo))"
_MAX_OWNER_CHARS = 60  # an avatar owner's name or address before its possessive
# The address's parts are bounded and hold no "@": a long line of "a@a@…b.b." is rejected at once.
_OWNED_AVATAR = re.compile(
    r"^(?:(?P<email>[^\s@]{1,64}@[^\s@]{1,253}\.\w+)(?P<apostrophe>['’]s?)?"
    r"|(?P<owner>[^@\s][^@]{0,%d}?)['’]s(?=\s+" % (_MAX_OWNER_CHARS - 1) + _AVATAR_WORD + r"\s))"
    r"(?P<word>\s+" + _AVATAR_WORD + r")?\s+(?=\w)", re.I)
_AVATAR_WORD_STARTS = ("avatar", "gravatar", "profile ")
_POSSESSIVES = ("'s ", "’s ")
# English weekdays, whole or shortened ("Sun", "Thurs."); not any word that starts like one ("Suns", "Monroe").
_WEEKDAY = re.compile(r"^(mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs?(day)?)?|fri(day)?|sat(urday)?|sun(day)?)\.?,?$",
                      re.I)
# Weekdays in German, French, Spanish, Italian and Portuguese, whole or shortened: read as a
# weekday only after a comma ("Lindner, Do"), where no name goes on ("Mo Farah", "Domingo Díaz").
_WEEKDAY_AFTER_COMMA = re.compile(
    r"^(mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|seg|ter|qua|qui|sex|sáb|dom|segunda|terça|quarta|quinta|sexta)(-feira)?\.?,?$", re.I)
# The same weekdays written out: a name of its own before a date is one ("Mittwoch | 31. Juli 2019").
_FULL_WEEKDAY = re.compile(
    r"^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|lunedì|martedì|mercoledì|giovedì|venerdì|segunda-feira"
    r"|terça-feira|quarta-feira|quinta-feira|sexta-feira)$", re.I)
_DIGIT = re.compile(r"\d")
_SCORE = re.compile(r"^\(?[+\-−]\d+\)?$")  # a vote score printed by a name ("+8", "(-2)"): a name has no sign
# A comment's place in the thread printed before the name: "#12", "3.1", "#3.1.2" (`thread_number`).
THREAD_NUMBER = re.compile(r"^#?(?P<parts>\d{1,4}(?:\.\d{1,4})*)\.?(?=\s)|^#(?P<hashed>\d{1,4})\b")
# A vote or like count printed after the name: "Ann 5 points", "Ann Like (3)", "Ann 12 likes". Not a bare number
# ("Beavis 25" is a name).
_SCORE_AFTER_NAME = re.compile(r"(?<=\S)\s+(?:\(?[+\-−]?\d+\)?\s+(?:points?|likes?|votes?|punkte|puntos|pontos)"
                               r"|(?:likes?|thumbs? up)\s*\(?\d+\)?)$", re.I)
# A post's score or phpBB's "Post" before "by NAME" ("120 points by alice", "Post by alice » DATE").
_BEFORE_BY = frozenset({"point", "points", "vote", "votes", "post"})
_CLOCK_WORDS = {"uhr", "uur", "hrs", "hs"}  # after a clock time ("10:15 Uhr Kay sagt:"): the date's, not the name's
_AFTER_CLOCK_TIME = _CLOCK_WORDS | {"am", "pm", "a.m", "p.m", "h"}  # "10.15 am", "10.15 h": the number is a time
_THREAD_NUMBER_WORD = re.compile(r"#?\d{1,4}(?:\.\d{1,4})+\.?|#\d{1,4}")  # as a word of a head: not the name
# "by" before a commenter's name in other languages ("Par Bruno Gobin, le mercredi …"); English "by" is a filler word.
_BY_WORDS = {"par", "por", "von", "door", "przez", "da"}
_MAX_PLACEHOLDER_CHARS = 80
_MAX_BADGE_CHARS = 30
_CONNECTORS = {"on", "at", "am", "um", "le", "el", "em"}  # between a commenter's name and the date
# The prepositions that open a date in "On May 3, 2021, Ann wrote:" and its like in other languages (`introduces_quotation`).
_QUOTATION_OPENERS = {"on", "am", "le", "el", "em", "il", "op", "den", "dnia", "w", "no"}
_WEEKDAY_CHARS = 12  # "On Mon., May 3, 2021": room for a weekday between the preposition and the date
MAX_COMMENTER_CHARS = _MAX_META_CHARS + _MAX_PLACEHOLDER_CHARS  # longer lines are never commenter lines
# Replying is saying too: "Kay replied:", "Marie a répondu :", "Hans antwortete:" head a reply as "Kay says:" heads a comment.
_SAYING = {"says", "said", "wrote", "writes", "replied", "responded", "schreibt", "sagt", "schrieb", "meint", "antwortete",
           "dit", "écrit", "répondu", "dice", "dijo", "escribió", "escribe", "respondió", "disse", "escreveu", "diz",
           "respondeu", "schreef", "zegt", "antwoordde", "scrive", "scrisse", "rispose", "napisał", "napisała",
           "odpowiedział", "odpowiedziała", "skrev", "sagde", "säger", "svarade", "detto", "scritto", "risposto",
           "schrijft", "reageerde", "zei", "pisze", "skriver"}
# The past tense of saying before a colon, as a forum cites the post it quotes ("oldtom wrote: ↑ DATE", "Kay said:",
# "Hans schrieb:", "Marie a écrit :"): a quote's head. The present ("Kay says:") heads a comment of its own.
_CITES_POST = re.compile(r"(?<!\w)(?:wrote|said|schrieb|écrit|escribió|dijo|escreveu|disse|schreef|zei|scrisse|"
                         r"scritto|detto|napisała?|skrev|sagde)\s?:", re.I)
# What goes before a participle among them: "Marie a écrit", "Gianni ha scritto", "Kay has said".
_SAYING_AUXILIARIES = {"a", "ha", "has", "hat", "heeft"}
# The pronouns that speak in those languages, as written inside a sentence ("he said", "sagte sie", "il a dit").
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "you", "it", "il", "elle", "ils", "elles", "je", "tu", "nous", "vous",
                     "er", "sie", "es", "wir", "ich", "du", "ihr", "él", "ella", "ellos", "ellas", "yo", "tú", "ele",
                     "ela", "eles", "elas", "eu", "você", "hij", "zij", "ze", "ik", "wij", "io", "lui", "lei", "noi",
                     "loro", "ona", "oni", "ja", "han", "hon", "hun", "jeg", "jag", "vi"}
# The last letters of those verbs, in either case: most lines end otherwise ("." "," a bracket, another letter).
_SAYING_ENDS = frozenset(letter for verb in _SAYING for letter in (verb[-1], verb[-1].upper()))
SAYING_TAILS = _SAYING_ENDS | {":"}  # the last character of every stripped line `ends_with_saying` accepts
_URL = re.compile(r"https?://|www\.|/|\.(html?|php|aspx?)\b", re.I)
_LINK_TITLE = re.compile(r"\S\s+[»«|]\s+\S")
_NOT_VERIFIED = re.compile(r"\s*\(not verified\)$")
# Badges a site prints after a commenter's name (`display_name`), in the languages of the comment headers.
_BADGES = (r"author|post author|not verified|verified|moderator|mod|admin|administrator|staff|editor|guest"
           r"|top commenter|top fan|subscriber|member|premium|pro|op|autor|autorin|gast|auteur|auteure|invité|invitée|autore|ospite"
           r"|redacteur|redactie|gość|moderator(?:ka)?|författare|gäst")
_NAME_TAIL = re.compile(r"(?:\s*[(\[](?:%s)[)\]]|(?<=[)\]·|•])\s*(?:%s)|\s*[·|•]\s*(?:%s)|\s*[·|•])\s*$"
                        % (_BADGES, _BADGES, _BADGES), re.I)
_BADGE_HINT = re.compile(r"[)\]·|•]")
_BADGE_LINE = re.compile(r"^[(\[]?(?:%s)[)\]]?$" % _BADGES, re.I)
_SCORE_BEFORE_NAME = re.compile(r"^[+\-−]?\d{1,5}\s+(?=[^\W\d_])")  # "0 Kay", "+12 Bob Lee": a vote count
# Every letter that ends a glued verb ("Daveywrote") under IGNORECASE (the long s included): a cheap pre-check.
_GLUED_VERB_ENDS = "esdtESDTſ"
# A site's reply marker in a commenter's head: "Phil Whiteresponded to Davey", "Cy in reply to Ann",
# "Cy en réponse à Ann", "Cy als Antwort auf Ann", "Cy en respuesta a Ann", "Cy em resposta a Ann".
# The author is bounded (a name's length), so a long line of spaces is rejected in linear time.
_RESPONDED_TO = re.compile(r"^(?P<author>\S.{0,%d}?)\s{0,3}" % _MAX_META_CHARS
                           + r"(?:(?:responded|replied|in reply) to|en réponse à|als antwort auf"
                           r"|en respuesta a|em resposta a) (?P<target>.+?)$", re.I)
_QUOTE_MARKS = "> "  # a Markdown quote's, before a line it sets off
_REPLY_MARKER_LINE = re.compile(r"^(?:in reply to|replying to|en réponse à|als antwort auf|antwort auf|en respuesta a"
                                r"|em resposta a)\s+@?(?P<target>[^\s.!?][^.!?]{0,60}?)[.:]?$", re.I)
# The words a reply marker's languages open a thing's name with, not a person's ("In reply to the article:",
# "En réponse à l'article", "Als Antwort auf den Artikel"), as written: a name opens with a capital.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "my", "your", "his", "her", "our", "their", "its",
                          "le", "la", "les", "un", "une", "ce", "cet", "cette", "der", "die", "das", "den", "dem",
                          "ein", "eine", "einen", "einem", "el", "los", "las", "una", "o", "os", "as", "um", "uma"})


@dataclass
class Commenter:
    author: str | None
    date: str | None
    reply_to: str | None = None
    trailing: bool = False


def plain_item(text: str) -> str:
    """A list item's text without image placeholders, avatar alt text and a bare counter.

    Each substitution runs only where its first character is present: most lines are plain text.
    """
    if "[" in text:
        text = _without_images(text)
    text = text.strip()
    if text.isdigit() and len(text) <= 6:
        return ""  # a second numbering ("26. 52 [avatar]"); "1001 says:" keeps its numeric name
    if text[:1] in "AaGgUuPp":
        text = _AVATAR.sub("", _AVATAR_OF_OWNER.sub("", text)).strip()
    if "@" in text or ("'s " in text or "’s " in text) and _has_possessive_avatar(text):
        text = _without_owned_avatar(text)
    return text


def _has_possessive_avatar(text: str) -> bool:
    """The cheap test before `_OWNED_AVATAR` on a line without an address: a possessive after at most
    `_MAX_OWNER_CHARS` characters, followed by an avatar word (most lines with an apostrophe are prose)."""
    for possessive in _POSSESSIVES:
        at = text.find(possessive, 0, _MAX_OWNER_CHARS + len(possessive))
        if at > 0 and text[at + 3:at + 20].lower().startswith(_AVATAR_WORD_STARTS):
            return True
    return False


def _without_owned_avatar(text: str) -> str:
    """The item's text without an avatar's alt text naming its owner (`_OWNED_AVATAR`). A bare
    e-mail address, with no possessive nor avatar word after it, is a name ("jo@example.net says:")."""
    found = _OWNED_AVATAR.match(text)
    if found is None:
        return text
    if found.group("email"):
        owned = found.group("apostrophe") or found.group("word")
    else:
        owned = _owner_named_after(found.group("owner"), text[found.end():])
    return text[found.end():] if owned else text


def _owner_named_after(owner: str, rest: str) -> bool:
    """Whether a possessive avatar ("Jo’s Gravatar") heads a commenter line: the line is short and the
    owner's name comes again after the alt text ("Jo’s Gravatar Jo says:"). Prose that merely
    mentions an avatar goes on about something else ("The cat's avatar is cute")."""
    if len(owner) + len(rest) > _MAX_META_CHARS:
        return False
    first = owner.split()[0].casefold()
    return any(word.strip(",;:—–-|").casefold() == first for word in rest.split())


def _without_images(text: str) -> str:
    """Image placeholders dropped, except a bracket opening a linked title's part: "Blog » [Help
    Wanted] Draw A Rectangle" is a pingback's post title, whose brackets are its own words."""
    if "» [" not in text:
        return patterns.IMAGE_PLACEHOLDER.sub(" ", text)
    return patterns.IMAGE_PLACEHOLDER.sub(lambda found: found.group() if text.endswith("» ", 0, found.start())
                                          else " ", text)


def opens_with_avatar(text: str) -> bool:
    """An item's text (image placeholders aside) opens with an avatar's alt text ("Avatar Clare says:")."""
    if "[" in text:
        text = patterns.IMAGE_PLACEHOLDER.sub(" ", text)
    return _AVATAR.match(text.strip()) is not None


def read_commenter(text: str) -> Commenter | None:
    """The commenter named by a line, or None when the line is not a commenter line.

    A fresh object each call (callers fill in names); the reading itself is memoised within a
    page (`discourse.parse.section.forget_lines` starts each page afresh), since the section finder and the comment
    reader both ask about the same lines."""
    found = commenter_fields(text)
    return None if found is None else Commenter(*found)


_MAX_YEARLESS_NAME_WORDS = 3
# Words a page prints by a date that a renderer may glue to it ("ShareMar 4", "Last UpdatedMay 3"): never a name's.
_DATE_CUE_WORDS = frozenset("share shares comment comments edited updated posted published like likes today yesterday "
                            "new last".split())


def yearless_head(text: str) -> Commenter | None:
    """A head of a name and a day and month alone on one line ("Ann Lee  May 3"), or None. Such a line is
    no head by itself (a comment may name a day: "Opening Day May 3"); the comment reader takes it for
    one only where the section shows several (`CommentReader`). The name is a few capitalised words that
    hold no filler nor counter and end no sentence. A renderer that prints the name's link and the date's
    side by side glues them ("Peter HallMar 4", `_unglued_month`)."""
    words = text.split()
    glued = len(words) > 1 and words[-1][:1].isdigit() and _unglued_month(words[-2])  # a day after the month
    if glued:
        words[-2:-1] = glued
    if not 2 < len(words) <= _MAX_YEARLESS_NAME_WORDS + 2 or not patterns.is_partial_date(" ".join(words[-2:])):
        return None
    name = words[:-2]
    if (not all(word[:1].isupper() for word in name) or any(map(_is_filler, name)) or _ends_sentence(name[-1])
            or name[-1][-1] in ":,;"):
        return None
    if glued and (len(name) < 2 or any(word.casefold() in _DATE_CUE_WORDS for word in name)):
        return None  # "ShareMar 4", "EditedMay 3", "Last UpdatedMay 3": a button or a label glued to the date
    return Commenter(" ".join(name), " ".join(words[-2:]))


def _unglued_month(word: str) -> list[str] | None:
    """"HallMar" as ["Hall", "Mar"]: a name's last word, capitalised and in small letters after its capital,
    glued to a month's name; None for any other word ("McMay", "iPhone", "May")."""
    for at in range(len(word) - 3, 1, -1):
        if word[at].isupper() and word[at - 1].islower():
            head, month = word[:at], word[at:]
            if head[1:].islower() and head[0].isupper() and month.rstrip(".").casefold() in patterns.MONTHS:
                return [head, month]
            return None
    return None


def forget() -> None:
    """Empty the memo of commenter lines (a new page begins)."""
    _memoised_fields.cache_clear()


def commenter_fields(text: str) -> tuple | None:
    """`read_commenter` as a tuple (author, date, reply_to, trailing), or None: the memoised reading,
    cheaper to ask where only whether the line names a commenter matters.

    Most lines hold no digit, no bracket and no verb of saying: they are answered before the memo,
    whose look-up and bookkeeping cost more than the test (and whose room they would fill)."""
    if "[" not in text and _DIGIT.search(text) is None and not _ends_with_verb(text):
        return None  # cleaning the item (`plain_item`) would keep both the missing digit and verb
    return _memoised_fields(text)


@lru_cache(maxsize=8192)
def _memoised_fields(text: str) -> tuple | None:
    found = _parse_commenter(text)
    return None if found is None else (found.author, found.date, found.reply_to, found.trailing)


def _parse_commenter(text: str) -> Commenter | None:
    """The reading behind `commenter_fields`, asked only of lines that pass its first test."""
    if len(text) > MAX_COMMENTER_CHARS:
        return None
    text = plain_item(text)
    if not text or len(text) > _MAX_META_CHARS:
        return None
    says = patterns.COMMENTER_LINE.match(text) if _ends_with_verb(text) else None
    if says:
        author = says.group("author").strip()
        if author[:1].isdigit() or author[:1] in "+-−(#":  # "1.   Roger Weeks Says:", "+8 Kay says:": a
            # second numbering, a place in the thread or a vote score before the name
            author = _clean_name(author) or author
        head = text[:says.start("verb")]
        found = _with_reply_target(_date_before_saying(head, author, says.group("date")))
        return None if _speaks_a_sentence(found.author) else found
    if not _may_hold_date(text) or _ends_sentence(text) or len(text.split()) > _MAX_META_TOKENS:
        return None
    spans = patterns.timestamps(text)
    if not spans:
        return Commenter(None, text) if patterns.is_partial_date(text) else None
    linkback = is_link_title(text)
    leftover = patterns.META_FILLER.sub(" ", patterns.without_timestamps(text, spans)).split()
    if len(leftover) > _MAX_LEFTOVER_WORDS and not linkback:
        return None
    start = _date_start(text, spans[0][0])
    name = _clean_name(text[:start]) or _clean_name(text[spans[-1][1]:])
    if name and (len(name.split()) > _MAX_NAME_WORDS or _URL.search(name)) and not is_link_title(name):
        return None
    date = text[start:spans[-1][1]]
    trailing = bool(patterns.TRAILING_META.match(text))
    return _with_reply_target(Commenter(name, date, trailing=trailing))


_LINKBACK_PREFIX = re.compile(r"^(?P<kind>pingback|trackback)\s*:\s*", re.I)
_ELLIPSIS_QUOTE = re.compile(r"^\[(\.\.\.|…)\]")


def linkback_kind(author: str | None, paragraphs: list[str]) -> tuple[str, str | None]:
    """("pingback" or "trackback" or "comment", the author without a "Pingback:" prefix).

    Another site linking here shows as "Pingback: TITLE", as an excerpt framed by "[...]", or as
    a post title ("Title » Blog") with no text of its own. An unsigned item that is only "Pingback:
    TITLE" is named by its title, as a signed one is."""
    text = " ".join(paragraphs).strip()
    for source in (author or "", text):
        prefix = _LINKBACK_PREFIX.match(source)
        if prefix:
            title = source[prefix.end():] if author is None and len(source) <= _MAX_META_CHARS else None
            return prefix.group("kind").lower(), _LINKBACK_PREFIX.sub("", author or "") or title or None
    if _ELLIPSIS_QUOTE.match(text) or (author and not text and is_link_title(author)):
        return "pingback", author
    return "comment", author


def is_link_title(text: str) -> bool:
    """"Post Title » Blog Name", "Post Title | Site": how a pingback names the page that links here."""
    return _LINK_TITLE.search(text) is not None


def may_name_commenter(text: str) -> bool:
    """Cheap test that a line could be a commenter line: it holds a digit or ends with a verb of saying."""
    return _DIGIT.search(text) is not None or _ends_with_verb(text)


def _speaks_a_sentence(author: str | None) -> bool:
    """"I asked my brother and he said:": a sentence of a comment's text ending in a verb of saying, not
    a commenter line. Its speaker is longer than a name (a linking post's title aside) or is a subject
    pronoun, written as one writes it inside a sentence ("and she said:"; "Ella says:" is a name)."""
    words = (author or "").split()
    if len(words) > _MAX_NAME_WORDS:
        return not (is_link_title(author) or _LINKBACK_PREFIX.match(author))
    return len(words) > 1 and (words[-1] in _SUBJECT_PRONOUNS or words[-1] == "I")


def _ends_sentence(text: str) -> bool:
    """A full stop ends a sentence, but not "5:49 p.m." nor an initial ("josh g.", "James C.")."""
    if not patterns.ends_with(text, ".!?"):
        return False
    last = text.rstrip("'\"’”)").rsplit(None, 1)[-1].lower()
    return not (last.endswith(("a.m.", "p.m.")) or (len(last) == 2 and last[0].isalpha() and last[1] == "."))


def _ends_with_verb(text: str) -> bool:
    """Cheap pre-check for "Jane says:": the last word is a verb of saying (its last letter first)."""
    text = text.rstrip(": ")
    if text[-1:] not in _SAYING_ENDS:
        return False
    words = text.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _SAYING


ends_with_saying = _ends_with_verb  # half of `may_name_commenter`, for loops that spell it out
ends_sentence = _ends_sentence  # a line with no verb of saying that ends so names no commenter


def _may_hold_date(text: str) -> bool:
    """Cheap pre-check: every timestamp has a digit."""
    return _DIGIT.search(text) is not None


def _clean_name(text: str) -> str | None:
    """The name left once filler words, weekdays and counters around it are dropped."""
    words = text.split()
    while words and (_is_filler(words[0]) and words[0].rstrip(":").lower() not in _SAYING
                     or len(words) > 1 and words[0].lower() in _BY_WORDS
                     or len(words) > 2 and words[0].lower() in _BEFORE_BY and words[1].lower() == "by"):
        words.pop(0)  # a verb of saying ends a head, never opens one: "Said Hamideh" is a name; "120 points by alice",
        # "Post by alice" (phpBB's head)
    while words and _is_filler(words[-1]) and not _ends_name(words):
        if len(words) > 2 and words[-1].lower() in _CONNECTORS and words[-2].isdigit() and words[-3][:1].isalpha():
            words.pop()  # "Beavis 25 on Aug 8": a number between a name and "on DATE" is the name's
            break
        words.pop()
    _drop_saying_verb(words)
    if len(words) > 1 and words[-2].endswith(",") and _WEEKDAY_AFTER_COMMA.match(words[-1]):
        words = words[:-2] + [words[-2].rstrip(",")]  # "Josef Lindner, Do 9 Apr 2020": a weekday in other languages
    elif len(words) > 2 and words[-3].endswith(",") and _is_filler(words[-2]) and _WEEKDAY_AFTER_COMMA.match(words[-1]):
        words = words[:-3] + [words[-3].rstrip(",")]  # "Par Bruno Gobin, le mercredi 15 mai 2019": with its article
    if len(words) == 1 and (words[0].endswith(",") or _FULL_WEEKDAY.match(words[0])):
        return None  # "wtorek, 11 maja 2021", "Mittwoch | 31. Juli 2019": a weekday in any language
    name = " ".join(words)
    if name[-1:] in _GLUED_VERB_ENDS:
        name = patterns.GLUED_VERB.sub("", name).strip()
    if "(" in name:
        name = _NOT_VERIFIED.sub("", name)
    if name[-1:].isdigit() or name[-1:] in ")sSe":
        name = _SCORE_AFTER_NAME.sub("", name)
    return name.rstrip(",;") or None


def _drop_saying_verb(words: list[str]) -> None:
    """"Anna schrieb am", "Marie a écrit le", "Luca scrisse il", "Jan schreef op": a verb of saying between
    a name and its date is the head's, not the name's; so are its auxiliary ("a", "ha") and the preposition
    that opens the date where filler words do not hold it ("il", "op"). Only a verb written in lower case:
    "Ana Diz", "Paolo Dice" end with names."""
    if len(words) > 2 and words[-1].lower() in _QUOTATION_OPENERS and words[-2] in _SAYING:
        words.pop()
    if len(words) > 1 and words[-1] in _SAYING:
        words.pop()
        if len(words) > 1 and words[-1] in _SAYING_AUXILIARIES:
            words.pop()


def display_name(name: str | None) -> str | None:
    """The name as displayed, without the vote count a site prints before it and the badges it prints after
    it: "0 Kay", "Bob (@bob) Author", "Cy [Moderator]", "Di · Top commenter" are Kay, "Bob (@bob)" (a handle
    is part of the name shown), Cy and Di. A badge word counts only set apart (after a handle, a dot or in
    brackets): "Mary Guest" may be a name. Nothing is dropped that would leave no name, nor are the emphasis marks
    round a name on an unread Markdown rendering kept ("**Kay**", `patterns.unemphasised`). A text longer than a
    meta line is no name to tidy, and the badge pattern, which backtracks over long runs of spaces, never sees
    it."""
    if name and len(name) > _MAX_META_CHARS:
        return name
    name = patterns.handle_of_glued_name(patterns.unemphasised(name))
    if name and (name[:1].isdigit() or name[:1] in "+-−"):
        name = _SCORE_BEFORE_NAME.sub("", name)
    if not name or not _BADGE_HINT.search(name):
        return name
    kept = name
    while True:
        shorter = _NAME_TAIL.sub("", kept).rstrip(" ·|•-–—,")
        if shorter == kept or not shorter:
            return kept
        kept = shorter


def is_badge(text: str) -> bool:
    """A line that is only a badge ("Author", "Top commenter", "[Moderator]"), printed between a name and its date."""
    return len(text) <= _MAX_BADGE_CHARS and _BADGE_LINE.match(text) is not None


def _ends_name(words: list[str]) -> bool:
    """"Omaha Sun": a weekday-like last word is part of the name unless set off by a comma or a separator
    ("erin » Tue May 02, 2023")."""
    last = words[-1]
    return (len(words) > 1 and _WEEKDAY.match(last) is not None and not last.endswith((",", "."))
            and not words[-2].endswith(",") and any(map(str.isalnum, words[-2])))


def _is_filler(word: str) -> bool:
    word = word.strip(":;,|") or word
    return bool(patterns.META_FILLER.fullmatch(word) or word.rstrip(".)").isdigit() or _WEEKDAY.match(word)
                or _SCORE.match(word) or _THREAD_NUMBER_WORD.fullmatch(word) or word.lower() in _CLOCK_WORDS
                or not any(ch.isalnum() for ch in word))


def thread_number(text: str) -> tuple[int, ...] | None:
    """A comment's place in the thread printed at the start of its head ("1.2 Bob on …": the second
    reply to comment 1), or None. Only a number with at least two parts says whose reply it is."""
    found = THREAD_NUMBER.match(text)
    if found is None:
        return None
    parts = (found.group("parts") or found.group("hashed")).split(".")
    if any(len(part) > 1 and part.startswith("0") for part in parts) or _opens_clock_time(text[found.end():]):
        return None  # "12.05. Kay", "10.15 Uhr Kay": a time of day or a date; a thread is not numbered "05"
    return tuple(int(part) for part in parts)


def _opens_clock_time(rest: str) -> bool:
    """The word after a number is a clock's ("10.15 Uhr", "10.15 am"): the number was a time of day."""
    words = rest.split(None, 1)
    return bool(words) and words[0].lower().rstrip(".,") in _AFTER_CLOCK_TIME


def _date_before_saying(head: str, author: str, date: str | None) -> Commenter:
    """"August 9, 2012 at 10:15 am | Kay says:": a timestamp opening the words before the verb
    (`head`) is the date where a name follows it (the verb pattern would take "am" for a connector
    and the name for the date); otherwise the pattern's author and date stand."""
    if _DIGIT.search(head) and (date is None or not _DIGIT.search(date)):
        spans = patterns.timestamps(head)
        name = _clean_name(head[spans[-1][1]:]) if spans and not _clean_name(head[:spans[0][0]]) else None
        if name:
            return Commenter(name, head[spans[0][0]:spans[-1][1]])
    return Commenter(author, date)


def _date_start(text: str, start: int) -> int:
    """Where a timestamp whose first word holds a name's end really starts: at the capital that follows
    a small letter ("Sarah GoodingMarch 3, 2012", "Ann LeeMay 3, 2012": the name glued to the month,
    which the date pattern took from "odingMarch", "LeeMay"; no month has a capital inside it).
    Elsewhere where it was found."""
    for at in range(start + 1, min(len(text), start + 20)):
        if not text[at].isalpha():
            break
        if text[at].isupper() and text[at - 1].islower():
            return at
    return start


def introduces_quotation(text: str) -> bool:
    """"On May 3, 2021, Ann wrote:", "On May 3, 2021:", "Am 3. Mai 2021 schrieb Ann:": a line that opens with
    a preposition and a date and ends with a colon, with at most a name and a verb of saying between them,
    introduces a quoted post. Under a comment's head its date is the quoted post's, not the comment's."""
    words = text.split(None, 1)
    if len(words) < 2 or words[0].lower() not in _QUOTATION_OPENERS or not text.endswith(":"):
        return False
    spans = patterns.timestamps(text)
    if not spans or spans[0][0] > len(words[0]) + _WEEKDAY_CHARS:
        return False
    between = text[spans[-1][1]:-1].strip(" ,").split()
    if not between:
        return True
    return 1 < len(between) <= _MAX_NAME_WORDS + 1 and (between[-1].lower() in _SAYING or between[0].lower() in _SAYING)


def cites_post(text: str) -> bool:
    """A quote's head: a name and a past verb of saying before a colon ("oldtom wrote: ↑ Mon Mar 04, 2024 10:20 am"),
    which a forum prints over the post a reply quotes."""
    return _CITES_POST.search(text) is not None


def reply_marker_target(text: str) -> str | None:
    """The name a site's reply marker on a line of its own names ("In reply to Ann.", "Replying to @Ann",
    "En réponse à Ann"), printed between a reply's head and its text, also as a Markdown rendering quotes it
    ("> In reply to Ann:"); None for any other line, and where it names a thing ("In reply to the article")."""
    text = text.lstrip(_QUOTE_MARKS)
    found = _REPLY_MARKER_LINE.match(text) if len(text) <= _MAX_META_CHARS else None
    name = _clean_name(found.group("target")) if found else None
    return name if name and not _opens_with_determiner(name) else None


def _opens_with_determiner(name: str) -> bool:
    """A reply marker's target that opens with an article or a determiner ("the article", "l'article"): a
    thing, not a commenter, so the line is no marker but the reply's text."""
    first = name.split(None, 1)[0]
    return first in _DETERMINERS or first.startswith("l'")


def _with_reply_target(found: Commenter) -> Commenter:
    replied = _RESPONDED_TO.match(found.author or "")
    if replied:
        found.author, found.reply_to = replied.group("author"), _clean_name(replied.group("target"))
    return found
