"""Words share one string within a page and are let go when the next page starts, so a long run's
memory does not grow with its corpus's vocabulary."""

import re

from discourse.analysis.page import forget_page_memos
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
