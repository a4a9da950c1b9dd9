"""Words share one string within a page and are let go when the next page starts, so a long run's
memory does not grow with its corpus's vocabulary."""

import re
import sys

from discourse.analysis import cues, topics
from discourse.analysis.page import forget_page_memos
from discourse.analysis.sentiment import _sentence_hits
from discourse.analysis.text import Prepared, lower_findall, sentence_tokens

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
    sentences = cues._sentence_words(Prepared("Wombats dig! They sleep."))
    assert [words for _, _, words in sentences] == [{"wombats"}, {"sleep"}]
    assert next(iter(sentences[0][2])) is word


def test_a_lower_case_tokens_content_word_is_the_token_itself():
    """A content word is not a second copy of a word already in lower case (a long page holds thousands)."""
    forget_page_memos()
    tokens = sentence_tokens("Some wombats dig.")
    assert topics._content_form(tokens[1]) is tokens[1]
    assert topics._content_form("Wombats") == "wombats"


def test_the_memo_of_content_words_stays_bounded_outside_pages(monkeypatch):
    """Texts read one after another without pages (a corpus's key terms, evaluation records) do not grow it."""
    monkeypatch.setattr(topics, "CONTENT_FORMS_HELD", 8)
    forget_page_memos()
    for number in range(20):
        topics._content_words(f"wombat{number} quokka{number} numbat{number}")
        assert topics._content_form.cache_info().currsize <= 8 + 3


def test_a_forgotten_form_gives_back_its_room_in_the_memo():
    prepared = Prepared("one two three")
    forms = [lambda text, n=n: n for n in range(30)]
    for form in forms:
        prepared.get(form)
    full = sys.getsizeof(prepared._memo)
    prepared.forget(forms[1:])
    assert prepared.get(forms[0]) == 0
    assert sys.getsizeof(prepared._memo) < full / 4
