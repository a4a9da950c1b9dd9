"""The faster paths give what the plain ones they replace give, including on awkward characters."""

import re

import pytest

from discourse.analysis import cues, quotes
from discourse.analysis.author import address_pattern, addresses_author
from discourse.analysis.sentiment import score_sentences, sentence_polarities
from discourse.analysis.text import ABBREVIATIONS, Prepared, _ends_with_abbreviation, lower_findall
from discourse.analysis.topics import content_words, on_topic_scores

# The Kelvin sign, dotted capital I, long s, dotless i, capital Y with diaeresis, capital sharp s.
AWKWARD = [
    "", "Plain ASCII words, don't they?", "Kelvin \u212a and \u212bngstr\u00f6m", "\u0130stanbul \u0130S big",
    "\u0178ves \u1e9eTRASSE", "It\u2019s O\u2019Neil\u2019s, isn\u2019t it", "na\u00efve caf\u00e9 \u00c9COLE",
    "Cole\u017f \u0131an \u0130an", "(yes; no) \u2014 maybe \u2013 not, don't",
]


@pytest.mark.parametrize("pattern", [cues._WORD, quotes._WORD, cues._CLAUSE_TOKEN])
@pytest.mark.parametrize("text", AWKWARD)
def test_lower_findall_is_findall_then_lower(pattern, text):
    assert lower_findall(pattern, text) == [word.lower() for word in pattern.findall(text)]


@pytest.mark.parametrize("text", [
    "Great article. The comments are awful!", "I don't like it, but it is not bad :)", "", "No.",
])
def test_sentence_polarities_are_those_of_score_sentences(text):
    expected = tuple((sentence, sentiment.polarity) for sentence, sentiment in score_sentences(text))
    assert sentence_polarities(text) == expected
    assert sentence_polarities(Prepared(text)) == expected


@pytest.mark.parametrize("byline", ["Juan Cole", "Ian Ross", "Sam", "Kirk Stein", None])
@pytest.mark.parametrize("text", AWKWARD + ["Thanks Juan, well put.", "Mr. ROSS: no.", "SAM, you are wrong",
                                            "Thanks \u0130an!", "Mr. Ro\u017f\u017f, hi", "\u212airk, wrong"])
def test_addresses_author_skips_only_texts_without_the_name(byline, text):
    pattern = address_pattern(byline)
    match = pattern.search(text) if pattern else None
    assert addresses_author(text, byline) == (match.group().strip() if match else None)


@pytest.mark.parametrize("chunk", [
    "Mr.", "See the U.S.", "It was 5.", "Ask Dr.", "x.", ".", "..", "E.g.", "That is all.", "Co.", "no. 5.",
    "The end\n.", "U.S.A.", "é.",
] + [word + "." for word in ABBREVIATIONS])
def test_abbreviation_read_from_the_end_as_the_search_finds_it(chunk):
    word = re.search(r"([A-Za-z.]+)\.$", chunk)
    stem = word.group(1).lower().rstrip(".") if word else None
    expected = bool(word) and (stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()))
    assert _ends_with_abbreviation(chunk) == expected


def test_content_words_by_paragraph_are_those_of_the_whole_text():
    article = "Masks work.\n\nThe mayor's plan -- U.S. style -- failed.\n \n\u201cMasks\u201d again; 2020 data."
    comments = ["Masks do not work for the mayor.", "Data?\n\nThe plan failed."]
    assert content_words(Prepared(article)) == content_words(article)
    assert on_topic_scores(Prepared(article), [Prepared(c) for c in comments]) == on_topic_scores(article, comments)
