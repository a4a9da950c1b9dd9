"""Words share one string within a page and are let go when the next page starts, so a long run's
memory does not grow with its corpus's vocabulary."""

import re

from discourse.analysis import cues
from discourse.analysis.page import forget_page_memos
from discourse.analysis.sentiment import _sentence_hits
from discourse.analysis.text import lower_findall, sentence_tokens

WORD = re.compile(r"[a-z]+")


def test_equal_words_of_a_page_are_one_string():
    forget_page_memos()
    first = lower_findall(WORD, "Quokkas everywhere")[0]
    assert lower_findall(WORD, "QUOKKAS again")[0] is first


def test_the_next_page_does_not_keep_the_last_pages_words():
    forget_page_memos()
    first = lower_findall(WORD, "Quokkas everywhere")[0]
    forget_page_memos()
    again = lower_findall(WORD, "quokkas")[0]
    assert again == first and again is not first


def test_sentence_tokens_share_the_pages_words():
    forget_page_memos()
    word = lower_findall(WORD, "wombats")[0]
    assert sentence_tokens("Some wombats dig.")[1] is word


def test_the_sentiments_lower_cased_words_share_the_pages_words():
    """Each scored sentence keeps its lower-cased words in its memo: a repeated word is one string."""
    forget_page_memos()
    first = _sentence_hits("Wombats are great.").words[0]
    again = _sentence_hits("WOMBATS dig at night.").words[0]
    assert again == "wombats" and again is first


def test_a_sentences_content_words_share_the_pages_words():
    forget_page_memos()
    word = lower_findall(WORD, "wombats")[0]
    assert next(iter(cues._content_words("Wombats!"))) is word
