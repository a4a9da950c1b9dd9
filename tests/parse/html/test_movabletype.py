"""Movable Type and TypePad comment threads: the comment's text first, then a footer signature
("Posted by: NAME | DATE", "Posted by NAME at DATE"). A reader relies on the thread being named
`movabletype`, on each comment's author and date coming from its footer, and on the footer not
being part of the comment's text; Blogger pages, which share some class names, stay `blogger`."""

from discourse.parse import read_pages
from tests.parse.html import pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def _summary(page):
    return [(c.author, c.date, c.parent, c.paragraphs) for c in page.comments.items]


# Movable Type 3's default templates: a `comments-body` per comment, its signature inside it.
CLASSIC = pages.page("""
<div id="comments"><h2 class="comments-header">Comments</h2>
<a id="c000101"></a>
<div class="comments-body"><p>The tunnel would have cost twice as much.</p><p>Good call by the council.</p>
<span class="comments-post">Posted by: <a href="http://example.net/" rel="nofollow">Mia Kowalski</a> at March 4, 2005 10:15 AM</span></div>
<a id="c000102"></a>
<div class="comments-body"><p>Who pays for the upkeep, though?</p>
<span class="comments-post">Posted by: Tom | March 4, 2005 11:02 PM</span></div>
<a id="c000103"></a>
<div class="comments-body"><p>The state, according to the plan.</p>
<span class="comments-post">Posted by Ana Ruiz at March 5, 2005 08:40 AM</span></div>
</div>""", head='<meta name="generator" content="Movable Type 3.35">')

# TypePad (Movable Type's hosted sibling): `comments-content` holding `div.comment`s, each with a
# `comment-content` and a `comment-footer`; a reply nested in its own `comments-content`.
TYPEPAD = pages.page("""
<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3>
<div class="comments-content">
 <div class="comment font-entrybody" id="comment-6a00d8341c5aa853ef0120a5b1f2e4970c">
  <div class="comment-content"><p>Finally some progress on the bridge.</p></div>
  <p class="comment-footer">Posted by: <a href="http://profile.typepad.com/lena" rel="nofollow">Lena</a> |
   <a href="#comment-6a00d8341c5aa853ef0120a5b1f2e4970c">November 22, 2009 at 08:38 PM</a></p>
  <div class="comments-content comment-replies">
   <div class="comment font-entrybody" id="comment-6a00d8341c5aa853ef0120a5b1f2e5970c">
    <div class="comment-content"><p>Progress at what price?</p></div>
    <p class="comment-footer">Posted by: Omar |
     <a href="#comment-6a00d8341c5aa853ef0120a5b1f2e5970c">November 23, 2009 at 07:05 AM</a></p>
   </div>
  </div>
 </div>
 <div class="comment font-entrybody" id="comment-6a00d8341c5aa853ef0120a5b1f2e6970c">
  <div class="comment-content"><p>I walked the old crossing for thirty years.</p><p>It is time.</p></div>
  <p class="comment-footer">Posted by: <a href="http://example.org/">Greta Holm</a> |
   <a href="#comment-6a00d8341c5aa853ef0120a5b1f2e6970c">November 24, 2009 at 01:17 PM</a></p>
 </div>
</div></div>""", head='<meta name="generator" content="http://www.typepad.com/">')

# Older Movable Type templates: the comment's text in `div#cNNN`, its signature in the `p.posted` after it.
SIGNED_AFTER = pages.page("""
<h2 id="comments">Comments</h2>
<div id="c2001"><p>Twenty years of talk and now a vote in one evening.</p></div>
<p class="posted">Posted by: <a href="mailto:kim@example.com">Kim</a> at October 29, 2012 05:23 PM</p>
<div id="c2002"><p>Read the budget before cheering, please.</p></div>
<p class="posted">Posted by: Dev Patel at October 29, 2012 06:10 PM</p>
""", head='<meta name="generator" content="http://www.movabletype.org/">')


def test_a_movable_type_thread_is_named_and_signed_by_its_footers():
    page = read(CLASSIC)
    assert page.comments.source == "movabletype"
    assert _summary(page) == [
        ("Mia Kowalski", "March 4, 2005 10:15 AM", None,
         ["The tunnel would have cost twice as much.", "Good call by the council."]),
        ("Tom", "March 4, 2005 11:02 PM", None, ["Who pays for the upkeep, though?"]),
        ("Ana Ruiz", "March 5, 2005 08:40 AM", None, ["The state, according to the plan."])]
    assert page.comments.items[0].date_iso == "2005-03-04T10:15"
    assert not page.comments.doubts


def test_a_typepad_thread_is_movable_type_with_its_nested_reply():
    page = read(TYPEPAD)
    assert page.comments.source == "movabletype"
    assert _summary(page) == [
        ("Lena", "November 22, 2009 at 08:38 PM", None, ["Finally some progress on the bridge."]),
        ("Omar", "November 23, 2009 at 07:05 AM", 1, ["Progress at what price?"]),
        ("Greta Holm", "November 24, 2009 at 01:17 PM", None,
         ["I walked the old crossing for thirty years.", "It is time."])]
    assert page.comments.items[1].date_iso == "2009-11-23T07:05"


def test_typepad_markup_without_its_generator_is_still_movable_type():
    html = TYPEPAD.replace('<meta name="generator" content="http://www.typepad.com/">', "")
    page = read(html)
    assert page.comments.source == "movabletype"
    assert [c.author for c in page.comments.items] == ["Lena", "Omar", "Greta Holm"]


def test_a_signature_after_the_comment_belongs_to_the_comment_before_it():
    page = read(SIGNED_AFTER)
    assert page.comments.source == "movabletype"
    assert _summary(page) == [
        ("Kim", "October 29, 2012 05:23 PM", None, ["Twenty years of talk and now a vote in one evening."]),
        ("Dev Patel", "October 29, 2012 06:10 PM", None, ["Read the budget before cheering, please."])]
    assert not page.comments.doubts
    assert not any("Posted by" in p.text for p in page.article.paragraphs)


def test_a_movable_type_article_footer_is_not_a_comment():
    html = CLASSIC.replace('<div class="entry-content">',
                           '<p class="entry-footer">Posted by Jane Reporter at March 4, 2005 09:00 AM</p>'
                           '<div class="entry-content">')
    assert [c.author for c in read(html).comments.items] == ["Mia Kowalski", "Tom", "Ana Ruiz"]


def test_blogger_threads_stay_blogger():
    assert read(pages.BLOGGER).comments.source == "blogger"
    without_generator = pages.BLOGGER.replace('<meta content="blogger" name="generator">', "")
    page = read(without_generator)
    assert page.comments.source == "blogger"
    assert [(c.author, c.parent) for c in page.comments.items] == [("Ivy", None), ("Jack", 1)]


def test_a_comment_that_only_says_posted_by_in_its_text_keeps_its_text():
    html = CLASSIC.replace("<p>Who pays for the upkeep, though?</p>",
                           "<p>Posted by the mayor on the town site, the plan says nothing of upkeep.</p>")
    tom = read(html).comments.items[1]
    assert tom.author == "Tom"
    assert tom.paragraphs == ["Posted by the mayor on the town site, the plan says nothing of upkeep."]
