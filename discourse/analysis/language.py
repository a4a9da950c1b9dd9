"""Which language a text is in, and its topic words in that language.

Corpus topics are fitted within a language: fitted across languages, topics group pages by
language (a "topic" of German function words) instead of by subject. The guess counts each
language's function words (`stopwords.FUNCTION_WORDS`) among the text's words; an article is long
enough for that to be sure, a one-line comment is not, so comments take their article's language.
"""

from __future__ import annotations

import re
from functools import reduce

from discourse.analysis.stopwords import FUNCTION_WORDS
from discourse.analysis.topics import topic_words

ENGLISH = "en"
UNDETERMINED = "und"
# A language is named when its function words make up at least this share of the text's words
# (running prose in any of these languages is 20-45% function words).
MIN_FUNCTION_SHARE = 0.12
MIN_WORDS = 20
MIN_LETTERS = 3
_WORD = re.compile(r"[^\W\d_]+")  # an apostrophe splits: French "qu'il" is "qu" and "il"
_ALL_FUNCTION_WORDS = reduce(frozenset.union, FUNCTION_WORDS.values())


def words(text: str) -> list[str]:
    """Lower-cased words in any alphabet (letters only, so digits, apostrophes and punctuation split them)."""
    return _WORD.findall(text.lower())


def guess_language(text: str) -> str:
    """ISO 639-1 code of the language whose function words the text uses most, or "und" when the
    text is too short or no language's function words are common enough in it."""
    found = words(text)
    if len(found) < MIN_WORDS:
        return UNDETERMINED
    shares = {code: sum(word in listed for word in found) / len(found) for code, listed in FUNCTION_WORDS.items()}
    best = max(sorted(shares), key=shares.__getitem__)
    return best if shares[best] >= MIN_FUNCTION_SHARE else UNDETERMINED


def language_topic_words(text: str, language: str) -> list[str]:
    """The text's topic words for a text in `language`: English keeps `topics.topic_words`; other
    languages drop their own function words (all languages' when the language is undetermined),
    numbers and words shorter than three letters."""
    if language == ENGLISH:
        return topic_words(text)
    dropped = FUNCTION_WORDS.get(language, _ALL_FUNCTION_WORDS)
    return [word for word in words(text) if len(word) >= MIN_LETTERS and word not in dropped]
