"""Reply chains nested far deeper than any real thread: every comment is still read once, with its
own words, in linear time; replies below the kept depth answer the comment the last kept reply
answers, and the page says so. Threads of ordinary depth are read as they are nested, and a tag left
open on each paragraph of a long article keeps its paragraphs."""

import time

import pytest

from discourse.parse import read_pages
from discourse.parse.html.nesting import MAX_LEVELS, MAX_TAG_LEVELS
from tests.parse.html import pages


def wordpress_chain(depth: int) -> str:
    """Each comment the only reply to the one before, in WordPress's `ul.children`."""
    opened = "".join(f'<li class="comment depth-{i + 1}"><div class="comment-author"><cite class="fn">Ann {i}</cite>'
                     f'</div><div class="comment-body"><p>Reply {i}: I do not agree with the council.</p></div>'
                     f'<ul class="children">' for i in range(depth))
    return pages.page('<div id="comments"><ol class="comment-list">' + opened + "</ul></li>" * depth + "</ol></div>")


def drupal_chain(depth: int) -> str:
    """Each reply in a `div.indented` after the comment it answers, the containers nested in each other."""
    opened = "".join(f'<div class="comment"><div class="submitted"><span class="username">Anna {i}</span> am '
                     f'<span class="date">4. März 2021 - 10:15</span></div><div class="content"><p>Antwort {i}: '
                     f'Das sehe ich anders.</p></div></div><div class="indented">' for i in range(depth))
    return pages.page('<section id="comments" class="comments">' + opened + "</div>" * depth + "</section>",
                      head='<meta name="generator" content="Drupal 7 (http://drupal.org)">')


def microdata_chain(depth: int) -> str:
    """schema.org comments in bare `div`s, told apart from their text's `div` by `itemprop` alone."""
    opened = "".join(f'<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author" '
                     f'itemscope itemtype="https://schema.org/Person"><span itemprop="name">Eve {i}</span></span>'
                     f'<div itemprop="text"><p>Reply {i}: the load calculations in the report look sound to me.</p>'
                     f'</div>' for i in range(depth))
    return pages.page('<section class="discussion">' + opened + "</div>" * depth + "</section>")


CHAINS = {"wordpress": wordpress_chain, "drupal": drupal_chain, "microdata": microdata_chain}


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


@pytest.mark.parametrize("shape", CHAINS)
def test_replies_below_the_kept_depth_answer_the_comment_the_last_kept_reply_answers(shape):
    depth = MAX_LEVELS + 6
    page = read(CHAINS[shape](depth))
    items = page.comments.items
    assert [c.paragraphs[0].split(":")[0] for c in items] == [f"Reply {i}" if shape != "drupal" else f"Antwort {i}"
                                                              for i in range(depth)]
    assert all(len(c.paragraphs) == 1 for c in items)
    assert [c.parent for c in items[:MAX_LEVELS - 1]] == [None, *range(1, MAX_LEVELS - 1)]
    assert {c.parent for c in items[MAX_LEVELS + 1:]} == {MAX_LEVELS - 1}
    assert [r.kind for r in page.comments.repairs] == ["nesting_capped"]


@pytest.mark.parametrize("shape", CHAINS)
def test_a_chain_as_deep_as_the_kept_depth_is_read_as_nested(shape):
    page = read(CHAINS[shape](MAX_LEVELS))
    assert [c.parent for c in page.comments.items] == [None, *range(1, MAX_LEVELS)]
    assert page.comments.repairs == []


def _seconds(html: str) -> float:
    raw = html.encode("utf-8")
    return pages.best_seconds(lambda: read_pages(raw, "page.html"))


@pytest.mark.parametrize("shape", CHAINS)
def test_a_reply_chain_four_times_as_deep_takes_about_four_times_as_long(shape):
    """A hostile chain of 1,600 replies nested in each other reads in linear time: 4x the replies
    within 8x the time (the whole chain read from each comment's subtree took 16x and more)."""
    small, large = _seconds(CHAINS[shape](400)), _seconds(CHAINS[shape](1600))
    assert large <= 8 * max(small, 0.01), (small, large)


def class_per_level_chain(depth: int) -> str:
    """Each reply in the one before, each with a class of its own: no class repeats down the chain."""
    opened = "".join(f'<div id="comment-{i}" class="k{i}"><p>Reply {i}: I do not agree with the council.</p>'
                     for i in range(depth))
    return pages.page('<div id="comments">' + opened + "</div>" * depth + "</div>")


def test_a_chain_that_changes_its_class_at_each_level_is_still_read_in_bounded_time():
    """3,000 replies nested in each other, a new class at each level, are capped by their tag
    (read whole, 36 s); generous for a loaded machine."""
    html = class_per_level_chain(3000)
    began = time.process_time()
    page = read(html)
    assert time.process_time() - began < 20
    assert len(page.comments.items) == 3000
    assert any(f"more than {MAX_LEVELS} deep" in warning for warning in page.warnings)


@pytest.mark.parametrize("opener", ["<font face=arial>", "<div>"])
def test_a_tag_left_open_on_each_paragraph_keeps_the_article_s_paragraphs(opener):
    """Broken markup nests a long article's paragraphs a hundred deep in one tag: not a reply chain."""
    texts = [f"Paragraph {i} of the long article about the harbour and its old ferry terminal." for i in range(80)]
    page = read("<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
                + "".join(f"{opener}<p>{text}</p>" for text in texts) + "</article></body></html>")
    assert [p.text for p in page.article.paragraphs][-70:] == texts[-70:]
    assert page.warnings == []


def test_markup_nested_past_its_tag_s_cap_is_read_with_a_warning_without_a_thread():
    html = pages.page("").replace("<body>", "<body>" + "<div>" * (MAX_TAG_LEVELS + 20), 1)
    page = read(html)
    assert page.comments.items == []
    assert any("were read at that level" in warning for warning in page.warnings)
