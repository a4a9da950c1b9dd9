"""Offline sentence splitting and tokenisation.

TextBlob's default splitter needs NLTK's Punkt data, which is not installed with the
package; a regex splitter with an abbreviation list is faster and good enough for news
and comment prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, filterfalse

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt vs etc e.g i.e u.s u.k u.n no gen col lt sgt capt gov sen rep
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est fig approx pop mn bn
    al cf ca vol pp""".split()
)

_SENTENCE_END = re.compile(r"""([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9À-Ý])""")
_TOKEN = re.compile(
    r"""[:;=8][-o^']?[)(\]\[dDpP/\\|]   # emoticons such as :) ;-( :D
    |<3
    |[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-z]+)*(?:[-.][A-Za-z0-9]+)*  # words, contractions, U.S, al-Qaeda
    |[!?]+
    """,
    re.VERBOSE,
)


_ABBREVIATION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _ends_with_abbreviation(chunk: str) -> bool:
    """Whether the word before the chunk's final "." is an abbreviation: the word is the run of
    letters and dots at the end (read from the end, not searched for from the start)."""
    word = chunk[len(chunk.rstrip(_ABBREVIATION_CHARS)) : -1]
    if not word:
        return False
    stem = word.lower().rstrip(".")
    return stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha())


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations like "Mr." and "U.S." intact."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end(2)
        chunk = text[start:end]
        if match.group(1) == "." and not match.group(2) and _ends_with_abbreviation(chunk):
            continue
        if chunk.strip():
            sentences.append(" ".join(chunk.split()))
        start = match.end()
    rest = text[start:]
    if rest.strip():
        sentences.append(" ".join(rest.split()))
    return sentences


# The characters outside [A-Za-zÀ-ÖØ-öø-ÿ] whose lower case is in it ("K", the Kelvin sign, is "k").
_LOWERS_INTO_LATIN = "\u0130\u0178\u1e9e\u212a\u212b"


# One string per distinct word of the page being analysed (see `lower_findall`).
_PAGE_WORDS: dict[str, str] = {}


def forget_page_words() -> None:
    """Let go of the last page's words. Interned (`sys.intern`), every word of every page would stay for
    the rest of the run: a table growing with the corpus's vocabulary, each new word a lasting string
    allocated among a page's short-lived objects, keeping the memory around it from being handed back."""
    _PAGE_WORDS.clear()


def lower_findall(pattern: re.Pattern[str], text: str) -> list[str]:
    """`pattern.findall(text)`, each match lower-cased, for a pattern of Latin letters, digits,
    apostrophes and punctuation (no other character lower-cases into those): found in the lower-cased
    text at once, unless a character would turn into a letter.

    Equal words are one string within a page (`_PAGE_WORDS`): a page's texts keep their word lists
    (quotes, cues, topics) while the page is analysed, and a thread of hundreds of comments repeats the
    same few thousand words, so one string per distinct word keeps a long page's working set, and the
    memory it leaves behind, small."""
    return page_words(lower_words(pattern, text))


def page_words(words) -> list[str]:
    """The words, each as the page's one string for it (`_PAGE_WORDS`): for word lists kept while the
    page is analysed, so equal words share one string rather than each occurrence holding its own."""
    return list(map(_PAGE_WORDS.setdefault, words, words))


def lowers_alike(text: str) -> bool:
    """Whether a pattern of Latin letters finds the same words in the lower-cased text as in the text (then
    lower-cased): no character of it outside those letters lower-cases into one of them."""
    return text.isascii() or not any(char in text for char in _LOWERS_INTO_LATIN)


def lower_words(pattern: re.Pattern[str], text: str) -> list[str]:
    """`lower_findall` without the page's word table: for words that are filtered or counted and let go."""
    if lowers_alike(text):
        return pattern.findall(text.lower())
    return [word.lower() for word in pattern.findall(text)]


def tokenize(text: str) -> list[str]:
    """Words (with contractions and hyphens kept whole), emoticons, and runs of ! and ?."""
    return _TOKEN.findall(text)


# The tokens of the sentences read and not yet let go (`sentence_tokens`), at most SENTENCE_TOKENS_HELD.
_SENTENCE_TOKENS: dict[str, tuple[str, ...]] = {}
SENTENCE_TOKENS_HELD = 8192


def sentence_tokens(sentence: str) -> tuple[str, ...]:
    """`tokenize(sentence)`, memoised until the sentence is let go (`forget_sentence_tokens`): the tokens
    of a sentence (as `split_sentences` gives it) are read by the topic words of the whole page first, then
    by the sentiment comment by comment, and joined into the whole text's (`text_tokens`).
    One string per distinct word of the page, as `lower_findall`'s words are."""
    tokens = _SENTENCE_TOKENS.get(sentence)
    if tokens is None:
        if len(_SENTENCE_TOKENS) >= SENTENCE_TOKENS_HELD:
            _SENTENCE_TOKENS.clear()
        found = _TOKEN.findall(sentence)
        tokens = _SENTENCE_TOKENS[sentence] = tuple(map(_PAGE_WORDS.setdefault, found, found))
    return tokens


def forget_sentence_tokens(sentences=None) -> None:
    """Let go of the memoised tokens of these sentences, or of all of them: a comment's once it is
    analysed, the whole page's before the next. Emptied all at once after each comment, they were read
    twice: the page's topic pass tokenises every comment before the first is analysed."""
    if sentences is None:
        _SENTENCE_TOKENS.clear()
        return
    for sentence in sentences:
        _SENTENCE_TOKENS.pop(sentence, None)


def text_tokens(sentences) -> Iterator[str]:
    """`tokenize(text)` from the text's `split_sentences`: sentences are cut at whitespace, which no
    token holds, and only whitespace is changed in them, so their tokens one after another are the
    text's (`tests/analysis/test_prepared.py` checks it)."""
    return chain.from_iterable(map(sentence_tokens, sentences))


# A text's words with their contractions ("don't", "O'Neil's"; a "’" read as "'"), and the punctuation that
# ends a clause: the claim terms read both, a text's quote words are the words alone (`clause_words`).
_CLAUSE_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-z]+)*|[,;:()—–]")
CLAUSE_PUNCTUATION = frozenset(",;:()—–")


def clause_tokens(sentence: str) -> list[str]:
    """A sentence's words and clause punctuation, lower-cased, a "’" as "'"."""
    return lower_findall(_CLAUSE_TOKEN, sentence.replace("’", "'"))


def sentence_clause_tokens(prepared: "Prepared") -> tuple[list[str], ...]:
    """Each sentence's `clause_tokens`: one reading of a text for its claim terms and its quote words."""
    return tuple(map(clause_tokens, prepared.sentences))


def clause_words(prepared: "Prepared") -> list[str]:
    """The text's words without the clause punctuation, from its sentences' `clause_tokens`: the words the
    pattern of words alone finds in the whole text. No punctuation mark is a word's character, so leaving
    the marks out of the matches leaves those of the words; and sentences are cut at whitespace, which no
    word holds, and keep every other character."""
    tokens = chain.from_iterable(prepared.using(sentence_clause_tokens))
    return list(filterfalse(CLAUSE_PUNCTUATION.__contains__, tokens))


# Text that comment widgets leave in a comment's text ("This comment has sparked a hot debate! What
# do you think? Thumb up 7", "Reply", "Report abuse", "12 likes"): not the commenter's words, and a
# prompt such as "What do you think?" must not read as their question. Widget prompts are dropped
# from the end of a comment after its last sentence; single words ("Reply", "Like") only as whole lines.
_WIDGET_PROMPT = (
    r"this (?:comment|post|reply) (?:has|is|was) [^.!?\n]{1,60}[.!?]+|what do you think\??|tell us what you think\.?"
    r"|was this (?:comment |review )?helpful\??|(?:vote|thumbs?) (?:up|down)(?: \(?\d+\)?)?"
    r"|\d+ (?:likes?|points?|votes?|replies)|log ?in to reply|rate this:?"
)
_WIDGET_WORD = r"report(?: abuse| comment)?|reply|like|share|flag|permalink|[↑↓▲▼]"
_FURNITURE_LINE = re.compile(rf"^[ \t]*(?:(?:{_WIDGET_PROMPT}|{_WIDGET_WORD})[ \t|·•]*)+$\n?", re.I | re.M)
_TRAILING_PROMPTS = re.compile(rf"(?<=[.!?…\s])[ \t]*(?:(?:{_WIDGET_PROMPT})[ \t|·•]*)+\s*$", re.I)


# How a widget prompt ends, once its closing marks and a vote's number are cut off, as IGNORECASE reads it:
# lower-cased, unless the text holds one of the three characters IGNORECASE matches with one of their
# letters and `str.lower` does not turn into it (dotted and dotless I, long s). The prompts that end with
# any words ("this comment has been removed") start with these within 80 characters of their end.
_PROMPT_ENDS = ("think", "helpful", "up", "down", "like", "likes", "point", "points", "vote", "votes", "replies",
                "reply", "this")
_OPEN_PROMPTS = ("this comment", "this post", "this reply")
_OPEN_PROMPT_REACH = 80
_CASE_ODD_LETTERS = frozenset("\u0130\u0131\u017f")


def without_furniture(text: str) -> str:
    """The text without comment-widget furniture; a text that is nothing else is kept as it is."""
    stripped = _FURNITURE_LINE.sub("", text)
    if _may_end_with_prompt(stripped):
        stripped = _TRAILING_PROMPTS.sub("", stripped)
    stripped = stripped.rstrip()
    return stripped if stripped.strip() else text


def _may_end_with_prompt(text: str) -> bool:
    """False where `_TRAILING_PROMPTS` cannot match, told without trying it at every space of the text (most
    of the time of the whole cut). A match ends the text, so the text ends as its last prompt does
    (`_PROMPT_ENDS`, `_OPEN_PROMPTS`) once what may follow the prompt's words is cut off: separators and
    spaces, the marks a prompt ends with (".", "?", "!!", ":"), a vote's number and its brackets."""
    end = text.rstrip().rstrip(" \t|·•").rstrip(".!?:)")
    cut = len(end)
    while cut and end[cut - 1].isdecimal():
        cut -= 1
    end = end[:cut].rstrip(" (")[-_OPEN_PROMPT_REACH:]
    if not _CASE_ODD_LETTERS.isdisjoint(end):
        return True
    end = end.lower()
    return end.endswith(_PROMPT_ENDS) or any(words in end for words in _OPEN_PROMPTS)


_MISSING = object()  # no memoised value yet (None is a value a form may have)


class Prepared:
    """A text with the forms derived from it (sentences, tokens, sentiment, cue hits) computed once.

    The analyses of one comment (sentiment, stance cues, topics, quotes) each need the same
    sentences and tokens; rather than re-tokenise, they ask the comment's `Prepared` for
    `derive(text)` (or `derive(prepared)` through `using`) and get the value the first caller
    computed. `derive` must be a pure function of the text (the memo is keyed by the function),
    and its value is shared, so never mutate it.
    """

    __slots__ = ("text", "_memo")

    def __init__(self, text: str) -> None:
        self.text = text
        self._memo: dict = {}

    # A miss is looked up with `dict.get`, not by catching KeyError: every form of every text misses
    # once, and raising costs more than the lookup.

    def get(self, derive):
        """derive(text), computed on first use."""
        value = self._memo.get(derive, _MISSING)
        if value is _MISSING:
            value = self._memo[derive] = derive(self.text)
        return value

    def using(self, derive):
        """derive(self), computed on first use: for forms built from other prepared forms."""
        value = self._memo.get(derive, _MISSING)
        if value is _MISSING:
            value = self._memo[derive] = derive(self)
        return value

    def forget(self, derives) -> None:
        """Drop the memoised values of derives (computed again if asked for again). The memo is copied, not
        emptied in place: a dict keeps the table it grew to, about 570 bytes a comment that stays to the page's end."""
        self._memo = {derive: value for derive, value in self._memo.items() if derive not in derives}

    def keep_only(self, derives) -> None:
        """Drop every memoised value but those of derives (the others are computed again if asked for)."""
        self._memo = {derive: value for derive, value in self._memo.items() if derive in derives}

    @property
    def sentences(self) -> tuple[str, ...]:
        return self.get(_sentence_tuple)

    def __repr__(self) -> str:
        return f"Prepared({self.text[:40]!r}…)" if len(self.text) > 40 else f"Prepared({self.text!r})"


def _sentence_tuple(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


def prepare(text: "str | Prepared") -> Prepared:
    """The text as a `Prepared` (unchanged if it is one already)."""
    return text if isinstance(text, Prepared) else Prepared(text)
