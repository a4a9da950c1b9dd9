"""Comments read from each kind of markup evidence, with the tree the markup shows."""

import pytest

from discourse.parse import read_pages
from tests.parse.html import pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def tree(page):
    return [(c.index, c.parent, c.author) for c in page.comments.items]


def test_wordpress_thread_nesting_dates_and_pingback():
    page = read(pages.WORDPRESS)
    comments = page.comments
    assert comments.source == "wordpress" and comments.status == "present"
    assert tree(page) == [(1, None, "Bob Builder"), (2, 1, "Carol Skeptic"),
                          (3, None, "Bridge news roundup | Other Blog"), (4, None, "Dan Local")]
    assert [c.kind for c in comments.items] == ["comment", "comment", "pingback", "comment"]
    assert comments.found == 3 and comments.declared == 3  # the pingback is not a reader comment
    first = comments.items[0]
    assert first.date == "March 4, 2021 at 10:02 am" and first.date_iso == "2021-03-04T10:02"
    assert first.paragraphs == ["Finally! I have waited years for this bridge.", "Good news for the east side."]
    assert [c.depth for c in comments.items] == [0, 1, 0, 0]
    assert comments.closed is False  # a comment form


def test_drupal_replies_in_the_indented_block_after_their_parent():
    page = read(pages.DRUPAL)
    assert page.comments.source == "drupal"
    assert tree(page) == [(1, None, "Anna"), (2, 1, "Bernd")]
    assert page.comments.items[1].date_iso == "2021-03-04T11:20"
    assert page.comments.declared == 2


def test_schema_org_microdata_nested_comments():
    page = read(pages.MICRODATA)
    assert page.comments.source == "schema.org"
    assert tree(page) == [(1, None, "Eve Engineer"), (2, 1, "Frank")]
    assert page.comments.items[0].date_iso == "2021-03-04T12:00"
    assert page.comments.items[0].paragraphs == ["The load calculations in the report look sound to me."]


def test_schema_org_json_ld_comments_when_the_markup_has_none():
    page = read(pages.JSON_LD)
    assert page.comments.source == "schema.org"
    assert tree(page) == [(1, None, "Gina"), (2, 1, "Hal")]
    assert page.comments.items[1].text == "Agreed, finally."


def test_blogger_replies_inside_their_thread():
    page = read(pages.BLOGGER)
    assert page.comments.source == "blogger"
    assert tree(page) == [(1, None, "Ivy"), (2, 1, "Jack")]
    assert page.comments.items[0].date_iso == "2021-03-04T15:05"
    assert page.comments.items[0].paragraphs == ["Great reporting on the vote."]  # no Reply/Delete


def test_disqus_static_fallback_list():
    page = read(pages.DISQUS_STATIC)
    assert page.comments.source == "disqus-static"
    assert tree(page) == [(1, None, "Kim"), (2, 1, "Lee")]
    assert page.comments.status == "present"


def test_microformats_h_cite_responses():
    page = read(pages.MICROFORMATS)
    assert page.comments.source == "microformats"
    assert tree(page) == [(1, None, "Mia"), (2, None, "Ned")]


def test_forum_quote_block_makes_a_reply_to_the_quoted_author():
    page = read(pages.FORUM)
    assert tree(page) == [(1, None, "oliver"), (2, None, "petra"), (3, 1, "quinn")]
    assert "oliver said:" not in page.comments.items[2].paragraphs


def test_generic_repeated_blocks_with_their_meta_line_after_the_text():
    page = read(pages.GENERIC)
    assert page.comments.source == "generic-repeated-blocks"
    assert tree(page) == [(1, None, "Rita"), (2, None, "Sam"), (3, None, "Tom")]
    assert page.comments.items[0].paragraphs == ["Excellent news for commuters on the east side."]
    assert "generic detector" in " ".join(page.comments.doubts)  # a guessed tree is said to be one


@pytest.mark.parametrize("name", ["WORDPRESS", "DRUPAL", "MICRODATA", "BLOGGER", "GENERIC"])
def test_comments_never_leak_into_the_body_nor_the_body_into_comments(name):
    page = read(getattr(pages, name))
    body = page.article.text
    assert body.startswith("The city council voted on Tuesday")
    assert body.endswith("they would keep campaigning against the plan.")
    assert page.comments.found >= 2
    for comment in page.comments.items:
        assert not comment.text or comment.text not in body
        assert "council voted" not in comment.text


def test_script_only_comments_are_reported_as_such_not_as_zero():
    page = read(pages.SCRIPT_ONLY)
    assert page.comments.status == "script-only"
    assert page.comments.items == []
    assert any("loaded by a script" in warning for warning in page.warnings)


def test_closed_and_empty_sections():
    closed = read(pages.CLOSED)
    assert closed.comments.closed is True and closed.comments.declared == 0
    assert closed.comments.status == "empty"
    assert [b.kind for b in closed.boilerplate] == ["closed_notice"]
    absent = read(pages.NO_COMMENTS)
    assert absent.comments.status == "absent" and absent.comments.items == []


_LONGER = ('<div class="entry-content">' + "<p>The bridge, first proposed in 2009, will carry two lanes of traffic, "
           "a bus lane and a cycle path, and its cost, now estimated at 120 million, is shared with the region.</p>" * 4)
MOVABLE_TYPE = pages.page("""
<div class="comments-body">
<div id="c101"><p>Excellent news for commuters on the east side, and about time too.</p></div>
<p class="posted">Posted by: Rita at March 4, 2021 02:10 PM</p>
<div id="c102"><p>I found the old plan: <a>the 2009 study</a><a /> and it says the same thing.</p></div>
<p class="posted">Posted by: <a href="mailto:sam@example.org">Sam</a> at March 4, 2021 03:20 PM</p>
<div id="c103"><p><i>Rita at March 4, 2021 02:10 PM</i></p>
<blockquote><p>Excellent news for commuters on the east side, and about time too.</p></blockquote>
<p>Only if the buses are rerouted across it, which nobody has promised yet.</p></div>
<p class="posted">Posted by: Tom at March 5, 2021 09:45 AM</p>
</div>""").replace('<div class="entry-content">', _LONGER)


def test_meta_printed_after_each_comment_is_that_comment_s_own():
    """Movable Type prints "Posted by: NAME at DATE" after each comment: that line names the author,
    even when the comment quotes another one's meta line, when it quotes with a blockquote, and when
    an unclosed <a> makes the parser reopen empty links between the blocks."""
    page = read(MOVABLE_TYPE)
    assert [(c.author, c.date) for c in page.comments.items] == [
        ("Rita", "March 4, 2021 02:10 PM"), ("Sam", "March 4, 2021 03:20 PM"), ("Tom", "March 5, 2021 09:45 AM")]
    third = page.comments.items[2].text
    assert "Only if the buses are rerouted" in third
    assert "Posted by" not in page.article.text



def test_a_numeric_user_name_in_the_name_element_is_the_author():
    """Some platforms give users numbers for names; a number in a comment's name element is its
    author, where a bare number elsewhere (a vote count) is not."""
    html = pages.page("""
<div id="comments"><h3>2 Comments</h3><ol class="commentlist">
<li class="comment depth-1" id="li-comment-1"><div class="comment-author vcard"><cite class="fn">1009</cite>
 <span class="says">schreibt:</span></div><div class="comment-meta"><a href="#c1">29. Mai 2019 um 10:48</a></div>
 <div class="comment-body"><p>Genetic engineering is the real question behind this project.</p></div></li>
<li class="comment depth-1" id="li-comment-2"><div class="comment-author vcard"><cite class="fn">Mara</cite></div>
 <div class="comment-meta"><a href="#c2">29. Mai 2019 um 11:03</a></div><span class="votes">12</span>
 <div class="comment-body"><p>I disagree with the premise of the whole assignment.</p></div></li>
</ol></div>""")
    assert [c.author for c in read(html).comments.items] == ["1009", "Mara"]


def test_a_paginated_thread_says_so_and_its_shortfall_is_not_a_doubt():
    """The header counts every page of the thread; links to the other pages explain the shortfall."""
    paged = pages.WORDPRESS.replace("3 thoughts on", "40 thoughts on").replace(
        '<ol class="comment-list">',
        '<nav class="comment-navigation"><a href="/bridge/comment-page-2/#comments">Older Comments</a></nav>'
        '<ol class="comment-list">')
    page = read(paged)
    assert page.comments.declared == 40 and page.comments.found < 40
    assert any(r.kind == "paginated" for r in page.comments.repairs) and not page.comments.doubtful
    unexplained = read(pages.WORDPRESS.replace("3 thoughts on", "40 thoughts on"))
    assert not any(r.kind == "paginated" for r in unexplained.comments.repairs) and unexplained.comments.doubtful


def test_a_permalink_to_one_comment_is_not_a_link_to_another_page():
    permalinks = pages.WORDPRESS.replace('href="#comment-11"', 'href="/bridge/comment-page-1/#comment-11"')
    assert not any(r.kind == "paginated" for r in read(permalinks).comments.repairs)
