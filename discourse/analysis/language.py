"""Which language a text is in, and its topic words in that language.

Corpus topics are fitted within a language: fitted across languages, topics group pages by
language (a "topic" of German function words) instead of by subject. The guess counts each
language's function words (`stopwords.FUNCTION_WORDS`) among the text's words; an article is long
enough for that to be sure, a one-line comment is not, so comments take their article's language.
"""

from __future__ import annotations

import re
from functools import lru_cache, reduce

from discourse.analysis.stopwords import FUNCTION_WORDS
from discourse.analysis.cues import text_words
from discourse.analysis.text import Prepared, lowers_alike
from discourse.analysis.topics import topic_words

ENGLISH = "en"
UNDETERMINED = "und"
# A language is named when its function words make up at least this share of the text's words
# (running prose in any of these languages is 20-45% function words).
MIN_FUNCTION_SHARE = 0.12
MIN_WORDS = 20
MIN_LETTERS = 3
_WORD = re.compile(r"[^\W\d_]+")  # an apostrophe splits: French "qu'il" is "qu" and "il"
# `_WORD` where a text's only characters it takes are ASCII (after `lower`, a to z): a range test per
# character instead of a Unicode category lookup, a third of the time; `_OTHER_WORD_CHAR` finds the
# characters `_WORD` takes outside ASCII (letters, and digits that are not decimal such as "²").
_ASCII_WORD = re.compile(r"[a-z]+")
_OTHER_WORD_CHAR = re.compile(r"[^\W\d_\x00-\x7f]")
_ALL_FUNCTION_WORDS = reduce(frozenset.union, FUNCTION_WORDS.values())
# Each function word's row packed into one integer: a field of `_COUNT_BITS` bits per language (in
# `FUNCTION_WORDS` order) holding 1 where that language lists it, so one sum of a text's rows counts every
# language at once. No field can carry into the next: that would take 2**32 words, a list of 32 GiB.
_COUNT_BITS = 32
_COUNT_MASK = (1 << _COUNT_BITS) - 1
_LANGUAGE_SHIFTS = tuple((language, _COUNT_BITS * k) for k, language in enumerate(FUNCTION_WORDS))
_FUNCTION_WORD_ROWS = {
    word: sum(1 << shift for language, shift in _LANGUAGE_SHIFTS if word in FUNCTION_WORDS[language])
    for word in _ALL_FUNCTION_WORDS
}
# A comment whose words are at least this share function words of English (or of its page's language),
# and no fewer than any other language's, is in that language without asking lingua (most are).
PLAIN_SHARE = 0.15
# Below this many words a comment is too short for any guess: it takes its page's language.
MIN_COMMENT_WORDS = 4
# Languages in other scripts lingua is also asked about (Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK).
OTHER_SCRIPTS = ("ru", "uk", "el", "ar", "he", "hi", "zh", "ja", "ko")
_LATIN = re.compile(r"[a-zà-ɏ]+")
# Web addresses and @handles are in no language ("https www youtube com watch" read as Portuguese).
_NO_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|@\w+", re.I)
# lingua's confidence (low-accuracy mode) a language needs to be named; below it the page's language stands.
MIN_CONFIDENCE = 0.95
# The names of the languages `comment_language` can name, for a reader ("written in German").
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "uk": "Ukrainian", "el": "Greek", "ar": "Arabic",
    "he": "Hebrew", "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
}


def language_name(code: str) -> str:
    """A language's English name ("German" for "de"); the code itself, quoted, for one not listed."""
    return LANGUAGE_NAMES.get(code, f"'{code}'")


def words(text: str) -> list[str]:
    """Lower-cased words in any alphabet (letters only, so digits, apostrophes and punctuation split them)."""
    return _read_words(text)[0]


def _read_words(text: str, prepared: Prepared | None = None) -> tuple[list[str], bool]:
    """`words(text)`, and whether its letters after lower-casing are all ASCII (then so is every word).

    Most texts' letters are, curly quotes and dashes being no letters: those are read by `_ASCII_WORD`, or
    from the cue words of `prepared` (the prepared form of this very text), which a comment's stance reads
    anyway. Read from the lower-cased text (`lowers_alike`), those are the runs of a to z and apostrophes,
    the runs of `_ASCII_WORD` joined at apostrophes."""
    lowered = text.lower()
    if lowered.isascii() or not _OTHER_WORD_CHAR.search(lowered):
        if prepared is not None and lowers_alike(text):
            return _split_at_apostrophes(text_words(prepared)), True
        return _ASCII_WORD.findall(lowered), True
    return _WORD.findall(lowered), False


def _split_at_apostrophes(found: list[str]) -> list[str]:
    """The words cut at their apostrophes, empty pieces left out; the list itself when none holds one
    (most texts), so never change the list returned."""
    joined = " ".join(found)
    if "'" not in joined:
        return found
    return joined.replace("'", " ").split()


def guess_language(text: str) -> str:
    """ISO 639-1 code of the language whose function words the text uses most, or "und" when the
    text is too short or no language's function words are common enough in it."""
    found = words(text)
    if len(found) < MIN_WORDS:
        return UNDETERMINED
    counts = function_word_counts(found)
    best = max(sorted(counts), key=counts.__getitem__)
    return best if counts[best] >= MIN_FUNCTION_SHARE * len(found) else UNDETERMINED


def function_word_counts(found: list[str]) -> dict[str, int]:
    """How many of the words are each language's function words: the sum of the function words' packed
    rows (`_FUNCTION_WORD_ROWS`), cut into one count per language; most words are no language's function
    word and have no row, so one lookup each drops them."""
    total = sum(filter(None, map(_FUNCTION_WORD_ROWS.get, found)))
    return {language: (total >> shift) & _COUNT_MASK for language, shift in _LANGUAGE_SHIFTS}


def comment_language(text: str | Prepared, default: str = ENGLISH) -> str:
    """ISO 639-1 code of a comment's language, `default` (its page's language) when it is too short to
    tell; "und" for a text without words (emoji alone), which any lexicon may read.

    Comments plainly in English or in their page's language are told by their function words; the
    others go to lingua, restricted to a few languages (one-line comments fool a function-word count).
    Web addresses and @handles are left out first: their words are in no language (a comment of links
    alone takes its page's language). A prepared text without them is read from its cue words (`_read_words`)."""
    prepared = text if isinstance(text, Prepared) else None
    text, links = _without_addresses(text.text if prepared else text)
    found, ascii_letters = _read_words(text, None if links else prepared)
    if not found:
        return default if links else UNDETERMINED
    if not ascii_letters and sum(map(_is_latin, found)) < len(found) / 2:
        return _lingua(text, default)  # another script says more than a few words can
    if len(found) < MIN_COMMENT_WORDS:
        return default
    counts = function_word_counts(found)
    most = max(counts.values())
    for plain in (ENGLISH, default):
        if counts.get(plain, 0) == most >= PLAIN_SHARE * len(found):
            return plain
    return _lingua(text, default)


def _without_addresses(text: str) -> tuple[str, int]:
    """`_NO_LANGUAGE.subn(" ", text)`, run only when the text holds what each of its matches starts with
    ("://", "www." in any case, "@"): most comments hold none, and a case-blind pattern is tried at every
    character."""
    if "://" in text or "@" in text or ("." in text and "www." in text.lower()):
        return _NO_LANGUAGE.subn(" ", text)
    return text, 0


def _is_latin(word: str) -> bool:
    return word.isascii() or _LATIN.fullmatch(word) is not None


def _lingua(text: str, default: str) -> str:
    best = _detector().compute_language_confidence_values(text)[0]
    return best.language.iso_code_639_1.name.lower() if best.value >= MIN_CONFIDENCE else default


@lru_cache(maxsize=1)
def _detector():
    """lingua's detector for the languages of `FUNCTION_WORDS` and the commonest other scripts' (built
    once, imported only when needed: few languages keep it quick and its guesses among likely ones).
    Low-accuracy mode (trigrams only): the full models take 4 s to load. It is unsure on short texts
    ("Super Idee, danke dir!" reads as Dutch at 0.86), hence MIN_CONFIDENCE: on 6,117 English texts of
    the eval files 2 come out as another language, and on the dev pages' comments none but the two
    truly in another language differs from its page's language."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in (*FUNCTION_WORDS, *OTHER_SCRIPTS)]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def language_topic_words(text: str | Prepared, language: str) -> list[str]:
    """The text's topic words for a text in `language`: English keeps `topics.topic_words`; other
    languages drop their own function words (all languages' when the language is undetermined),
    numbers and words shorter than three letters."""
    if language == ENGLISH:
        return topic_words(text)
    dropped = FUNCTION_WORDS.get(language, _ALL_FUNCTION_WORDS)
    text = text.text if isinstance(text, Prepared) else text
    return [word for word in words(text) if len(word) >= MIN_LETTERS and word not in dropped]
