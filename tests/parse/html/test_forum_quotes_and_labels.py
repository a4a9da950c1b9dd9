"""Forum pages print words of their own around a topic and its quotes: the kind of page before the
topic's heading ("Thread:"), and the quoted poster's name over a quote ("erin wrote:", "Originally
Posted by erin"). A reader wants the topic as the title and each post's own words as its text."""

import pytest

from discourse.parse import read_pages
from tests.parse.html.test_discussion_platforms import PHPBB, VBULLETIN


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


@pytest.mark.parametrize("label", ["Thread:", "Topic:", "Thema:"])
def test_the_label_before_a_forum_topic_s_heading_is_not_part_of_the_title(label):
    html = VBULLETIN.replace("Thread:", label)
    assert read(html).article.title == "River bridge or tunnel?"


def test_a_headline_whose_label_the_page_title_repeats_keeps_it():
    html = VBULLETIN.replace("<title>River bridge or tunnel?</title>",
                             "<title>Explainer: River bridge or tunnel? - Town Forum</title>").replace(
        "Thread:", "Explainer:")
    assert read(html).article.title == "Explainer: River bridge or tunnel?"


def test_a_quote_s_who_wrote_it_line_is_neither_glued_to_the_quote_nor_the_poster_s_words():
    reply = read(PHPBB).comments.items[-1]
    assert reply.paragraphs == ["A bridge, because it is cheaper",
                                "A tunnel keeps the view of the old town from the riverside path."]
    assert reply.parent == 1


def test_vbulletin_s_originally_posted_by_line_is_not_the_poster_s_words():
    reply = read(VBULLETIN).comments.items[-1]
    assert reply.paragraphs == ["A bridge, because it is cheaper",
                                "A tunnel keeps the view of the old town from the riverside path."]
    assert reply.parent == 1
