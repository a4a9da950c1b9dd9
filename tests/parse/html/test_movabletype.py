"""Movable Type and TypePad comment threads: the comment's text first, then a footer signature
("Posted by: NAME | DATE", "Posted by NAME at DATE"). A reader relies on the thread being named
`movabletype`, on each comment's author and date coming from its footer, and on the footer not
being part of the comment's text; Blogger pages, which share some class names, stay `blogger`."""

import pytest

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

LENA = ('Posted by: <a href="http://profile.typepad.com/lena" rel="nofollow">Lena</a> |\n'
        '   <a href="#comment-6a00d8341c5aa853ef0120a5b1f2e4970c">November 22, 2009 at 08:38 PM</a>')
OMAR = 'Posted by: Omar |\n     <a href="#comment-6a00d8341c5aa853ef0120a5b1f2e5970c">November 23, 2009 at 07:05 AM</a>'


def _typepad(lena: str = LENA, omar: str = OMAR, reply_inside: bool = True,
             generator: str = '<meta name="generator" content="http://www.typepad.com/">') -> str:
    """TypePad (Movable Type's hosted edition): `comments-content` holding `div.comment`s, each a
    `comment-content` and a `comment-footer`; Omar's reply in a replies block inside Lena's
    comment, or else in the one right after it."""
    reply = f"""<div class="comments-content comment-replies">
   <div class="comment font-entrybody" id="comment-6a00d8341c5aa853ef0120a5b1f2e5970c">
    <div class="comment-content"><p>Progress at what price?</p></div>
    <p class="comment-footer">{omar}</p>
   </div>
  </div>"""
    lena_comment = f"""<div class="comment font-entrybody" id="comment-6a00d8341c5aa853ef0120a5b1f2e4970c">
  <div class="comment-content"><p>Finally some progress on the bridge.</p></div>
  <p class="comment-footer">{lena}</p>"""
    thread = f"{lena_comment}{reply}</div>" if reply_inside else f"{lena_comment}</div>{reply}"
    return pages.page(f"""
<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3>
<div class="comments-content">
 {thread}
 <div class="comment font-entrybody" id="comment-6a00d8341c5aa853ef0120a5b1f2e6970c">
  <div class="comment-content"><p>I walked the old crossing for thirty years.</p><p>It is time.</p></div>
  <p class="comment-footer">Posted by: <a href="http://example.org/">Greta Holm</a> |
   <a href="#comment-6a00d8341c5aa853ef0120a5b1f2e6970c">November 24, 2009 at 01:17 PM</a></p>
 </div>
</div></div>""", head=generator)


TYPEPAD = _typepad()

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
    page = read(_typepad(generator=""))
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


def test_signatures_in_the_languages_of_typepad_s_templates():
    html = _typepad('Rédigé par : <a href="http://example.fr/">Léa Martin</a> | <a href="#c1">22 novembre 2009 à 20:38</a>',
                         'Publicado por: Omar | <a href="#c2">23 de noviembre de 2009 a las 07:05</a>')
    page = read(html)
    assert [(c.author, c.date, c.date_iso) for c in page.comments.items[:2]] == [
        ("Léa Martin", "22 novembre 2009 à 20:38", "2009-11-22T20:38"),
        ("Omar", "23 de noviembre de 2009 a las 07:05", "2009-11-23T07:05")]
    assert page.comments.items[0].paragraphs == ["Finally some progress on the bridge."]


def test_a_reply_link_after_the_signature_is_neither_date_nor_text():
    html = _typepad('Posted by: <a href="http://x.example/">Lena</a> | <a href="#c1">November 22, 2009 at 08:38 PM</a>'
                         ' <a class="comment-reply-link" href="#reply">Reply</a>',
                         'Posted by: Omar at November 23, 2009 07:05 AM')
    first, second = read(html).comments.items[:2]
    assert (first.author, first.date, first.paragraphs) == ("Lena", "November 22, 2009 at 08:38 PM",
                                                            ["Finally some progress on the bridge."])
    assert (second.author, second.date) == ("Omar", "November 23, 2009 07:05 AM")


def test_a_name_holding_at_is_read_whole_from_its_link():
    html = _typepad('Posted by: <a href="http://x.example/">Kate at the Mill</a> at November 22, 2009 08:38 PM',
                         'Posted by: Omar | November 23, 2009 07:05 AM')
    assert read(html).comments.items[0].author == "Kate at the Mill"


def test_replies_in_the_container_after_their_comment_answer_it():
    page = read(_typepad(reply_inside=False))
    assert [(c.author, c.parent) for c in page.comments.items] == [("Lena", None), ("Omar", 1), ("Greta Holm", None)]


# Movable Type 4 and later sign with a byline above the text instead: found by the comment
# conventions, still named by the generator.
MT4 = pages.page("""
<div id="comments" class="comments"><h2 class="comments-header">2 Comments</h2><div class="comments-content">
<div class="comment" id="comment-301"><div class="inner"><div class="comment-header"><div class="asset-meta">
 <span class="byline"><span class="vcard author"><a class="fn url" href="http://example.net/">Nora Lind</a></span>
 on <a href="#comment-301"><abbr class="published" title="2009-03-04T10:15:00+01:00">March 4, 2009 10:15 AM</abbr></a></span>
 </div></div><div class="comment-content"><p>The vote was closer than it looked.</p></div></div></div>
<div class="comment" id="comment-302"><div class="inner"><div class="comment-header"><div class="asset-meta">
 <span class="byline"><span class="vcard author"><span class="fn">Piet</span></span>
 on <a href="#comment-302"><abbr class="published" title="2009-03-04T11:40:00+01:00">March 4, 2009 11:40 AM</abbr></a></span>
 </div></div><div class="comment-content"><p>Two abstentions decided it.</p></div></div></div>
</div></div>""", head='<meta name="generator" content="Movable Type Publishing Platform 4.38">')


def test_a_movable_type_4_thread_signed_by_a_byline_is_still_movable_type():
    page = read(MT4)
    assert page.comments.source == "movabletype"
    assert read(MT4.replace('<meta name="generator" content="Movable Type Publishing Platform 4.38">', "")
                ).comments.source == "movabletype"
    assert [(c.author, c.date_iso, c.paragraphs) for c in page.comments.items] == [
        ("Nora Lind", "2009-03-04T10:15", ["The vote was closer than it looked."]),
        ("Piet", "2009-03-04T11:40", ["Two abstentions decided it."])]


def test_a_movable_type_reply_byline_names_the_comment_it_answers():
    html = MT4.replace('<span class="vcard author"><span class="fn">Piet</span></span>\n on',
                       '<span class="vcard author"><span class="fn">Piet</span></span> replied to '
                       '<a href="#comment-301">comment from Nora Lind</a> |')
    assert [(c.author, c.parent, c.paragraphs) for c in read(html).comments.items] == [
        ("Nora Lind", None, ["The vote was closer than it looked."]), ("Piet", 1, ["Two abstentions decided it."])]


def test_a_class_that_only_contains_blogger_s_comments_content_is_not_blogger():
    def comment(name: str, text: str) -> str:
        return (f'<div class="news-comment"><div class="news-comment-author">{name}</div>'
                f'<div class="news-comment-date">11 maja 2021, 17:00</div><p>{text}</p></div>')
    html = pages.page('<div class="news-comments-content"><h3>Komentarze (2)</h3>'
                      + comment("Robs", "Most powinien powstać dawno temu.") + comment("KNP", "Kto za to zapłaci?")
                      + "</div>")
    page = read(html)
    assert [c.author for c in page.comments.items] == ["Robs", "KNP"]
    assert page.comments.source not in ("blogger", "movabletype")


def test_a_page_whose_generator_names_another_platform_is_not_movable_type():
    page = read(_typepad(generator='<meta name="generator" content="WordPress 6.4.2">'))
    assert page.comments.source != "movabletype"
    assert [c.author for c in page.comments.items] == ["Lena", "Omar", "Greta Holm"]


def test_signatures_after_their_comments_in_a_comment_section_sign_them_and_stay_out_of_the_article():
    def signed(number: int) -> str:
        return (f'<a id="c{number}"></a><div class="comment-content"><p>Comment number {number} on the bridge.</p></div>'
                f'<p class="comment-footer">Posted by: <a href="http://example.org/{number}">Reader {number}</a> | '
                f'<a href="#c{number}">November {number}, 2009 at 08:38 PM</a></p>')
    html = pages.page('<div class="comments" id="comments"><h3>Comments</h3><div class="comments-content">'
                      + "".join(signed(n) for n in range(1, 13)) + "</div></div>")
    page = read(html)
    assert page.comments.source == "movabletype"
    assert [(c.author, c.date, c.paragraphs) for c in page.comments.items] == [
        (f"Reader {n}", f"November {n}, 2009 at 08:38 PM", [f"Comment number {n} on the bridge."]) for n in range(1, 13)]
    assert not any("Posted by" in p.text for p in page.article.paragraphs)


def test_a_spanish_signature_after_its_comment_is_not_part_of_the_text():
    html = pages.page('<div class="comments" id="comments"><h3>Comentarios</h3><div class="comments-content">'
                      + "".join(f'<a id="c{n}"></a><div class="comment-content"><p>El puente número {n}, por fin.</p>'
                                f'</div><p class="comment-footer">Publicado por: Lector {n} | {n} de noviembre de 2009 a '
                                f'las 20:38</p>' for n in range(1, 4)) + "</div></div>")
    assert [(c.author, c.date, c.paragraphs) for c in read(html).comments.items] == [
        (f"Lector {n}", f"{n} de noviembre de 2009 a las 20:38", [f"El puente número {n}, por fin."]) for n in range(1, 4)]


def _with_trackbacks(trackbacks: str) -> str:
    return CLASSIC.replace('<div id="comments">', f'<div id="trackbacks">{trackbacks}</div><div id="comments">')


# Movable Type 4's trackback list: "Trackback from WEBLOG on TITLE", the excerpt, "Tracked on DATE".
MT4_TRACKBACKS = """<h2 class="trackbacks-header">1 TrackBack</h2>
<div class="trackbacks-info"><p>TrackBack URL for this entry: http://example.com/mt/mt-tb.cgi/411</p></div>
<div class="trackbacks-content"><div class="trackback" id="ping-901"><div class="inner">
<div class="trackback-header">Trackback from <a href="http://rivers.example.net/">River Notes</a> on <a href="http://rivers.example.net/bridge.html">A bridge at last</a></div>
<div class="trackback-content"><p class="trackback-excerpt">The council finally made up its mind about the crossing. [Read More]</p></div>
<div class="trackback-footer">Tracked on <a href="http://rivers.example.net/bridge.html">March 5, 2005 9:12 AM</a></div>
</div></div></div>"""

# Movable Type 3's: "» TITLE from WEBLOG", the excerpt with its "[Read More]" link, "Tracked on DATE".
MT3_TRACKBACKS = """<h3>Trackback Pings</h3><p>TrackBack URL for this entry:<br>http://example.com/mt/mt-tb.cgi/77</p>
<a id="p000012"></a><div class="trackback-body"><p>&raquo; <a href="http://rivers.example.net/bridge.html">A bridge at last</a> from River Notes<br>
The council finally made up its mind about the crossing. <a href="http://rivers.example.net/bridge.html">[Read More]</a></p>
<span class="trackback-post">Tracked on March 5, 2005 09:12 AM</span></div>"""


@pytest.mark.parametrize("trackbacks", [MT4_TRACKBACKS, MT3_TRACKBACKS], ids=["mt4", "mt3"])
def test_trackbacks_are_listed_as_such_dated_and_not_counted_as_reader_comments(trackbacks):
    page = read(_with_trackbacks(trackbacks))
    assert page.comments.found == 3
    linkbacks = [c for c in page.comments.items if c.kind == "trackback"]
    assert [(c.date_iso, c.paragraphs) for c in linkbacks] == [
        ("2005-03-05T09:12", ["The council finally made up its mind about the crossing."])]
    assert [c.author for c in page.comments.items if c.kind == "comment"] == ["Mia Kowalski", "Tom", "Ana Ruiz"]
    assert page.article.paragraphs[-1].text.startswith("Opponents, who had argued for a tunnel")


def test_the_trackbacks_header_is_not_the_comment_header():
    page = read(_with_trackbacks(MT4_TRACKBACKS).replace('<h2 class="comments-header">Comments</h2>',
                                                          '<h2 class="comments-header">3 Comments</h2>'))
    assert (page.comments.header, page.comments.declared) == ("3 Comments", 3)


def test_a_trackback_in_the_comment_list_signed_tracked_on_is_a_trackback_not_a_reader_comment():
    trackback = ('<div class="comments-body"><p>Trackback from <a href="http://rivers.example.net/">River Notes</a> on '
                 '<a href="http://rivers.example.net/bridge.html">A bridge at last</a></p>'
                 '<p>The council finally made up its mind about the crossing.</p>'
                 '<span class="comments-post">Tracked on March 5, 2005 09:12 AM</span></div>')
    page = read(CLASSIC.replace('<a id="c000103"></a>', trackback + '<a id="c000103"></a>'))
    assert page.comments.found == 3
    assert [(c.kind, c.date_iso, c.paragraphs) for c in page.comments.items if c.kind != "comment"] == [
        ("trackback", "2005-03-05T09:12", ["The council finally made up its mind about the crossing."])]
