"""The count a header declares: each pattern is tried only where a match can begin or holds its count,
and the count is the one trying both patterns on every text gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.parse import patterns
from discourse.parse.section import declared_count

# Pieces of headers and of text, with the characters a case-blind match folds ("K" Kelvin sign, long "ſ",
# dotted "İ") and digits of other scripts.
PIECES = st.sampled_from([
    "12", "٣", "3", " ", "  ", "no", "One", "TWO", "keine", "\u212aeine", "\u017fix", "aucun", "un", "{", "}", "(", ")", ":", ".", "…",
    "comments", "Comments", "KOMMENTARE", "\u212aommentare", "re\u017fponses", "responses", "Discussion",
    "there are", "This post has", "yet", "on", "İ", "x", "A short paragraph", "the fourth", "\n",
])


def declared_the_long_way(header: str) -> int | None:
    match = patterns.COMMENT_HEADER.match(header) or patterns.COUNT_AFTER_HEADER.match(header)
    if not match:
        return None
    count = match.group("count").lower()
    return int(count) if count.isdigit() else patterns.COUNT_WORDS.get(count)


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join))
def test_the_count_is_the_one_both_patterns_give(header):
    assert declared_count(header) == declared_the_long_way(header)


def test_counts_before_and_after_the_noun():
    assert declared_count("12 Comments") == 12
    assert declared_count("\u212aeine Kommentare") == 0  # a Kelvin sign is a "k" to a case-blind match
    assert declared_count("Kommentare (3)") == 3
    assert declared_count("A short paragraph of about fifty characters here.") is None
