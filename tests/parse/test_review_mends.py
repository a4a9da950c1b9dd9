"""Mends from a review of the text parser: adversarial lines that must stay fast, and sentences that
must not be read as commenter lines."""

import time

import pytest

from discourse.parse import parse_text
from discourse.parse import commenters
from discourse.parse.commenters import Commenter, plain_item, read_commenter

ARTICLE = "A Title About Trees\n\nBy Ann Author\n\nThe body of the article says something about trees.\n\n"


def _seconds(call, *args) -> float:
    started = time.perf_counter()
    call(*args)
    return time.perf_counter() - started


def test_a_long_line_of_at_signs_and_dots_is_cleaned_at_once():
    line = "a@" * 12_500 + "b." * 12_500
    assert len(line) == 50_000
    assert _seconds(plain_item, line) < 1


def test_a_reply_marker_is_looked_for_at_once_in_a_long_author():
    """Lines that long are never commenter lines; the reply marker's own bound is checked directly."""
    head = Commenter("a" + " " * 50_000 + "x", None)
    assert _seconds(commenters._with_reply_target, head) < 1
    assert head.reply_to is None
    assert read_commenter("Phil Whiteresponded to Davey on May 1, 2020 at 9:00 am").reply_to == "Davey"


@pytest.mark.parametrize("sentence", [
    "My son's picture day went great",
    "The cat's avatar is cute",
    "Anna's profile picture changed yesterday",
    "Jo's photo of Paris, by Ann",
])
def test_a_sentence_mentioning_someones_picture_keeps_its_words(sentence):
    assert plain_item(sentence) == sentence


@pytest.mark.parametrize("line, rest", [
    ("Jo’s Gravatar Jo says:", "Jo says:"),
    ("Anna Lee's profile picture Anna Lee on May 1, 2020 at 9:00 am", "Anna Lee on May 1, 2020 at 9:00 am"),
    ("Kay's avatar Fri, 2012-11-09 17:18 — Kay", "Fri, 2012-11-09 17:18 — Kay"),
])
def test_an_avatar_naming_the_commenter_who_follows_is_dropped(line, rest):
    assert plain_item(line) == rest
