"""A picture's credit beside an article with no other byline: "Photo by Jane Smith", "Photograph: Jane
Smith/Reuters", "Image: Jane Smith", a figure's caption, a picture's own schema.org item. A user relies on
the article's author being its writer, never the photographer nor an embedded video's maker; a byline that also credits photos ("Words
and photos by …"), an author card with a portrait and a byline beside a photo credit still name the writer."""

import time

import pytest

from discourse.parse import read_pages
from discourse.parse.html.article import byline_name

_STORY = "".join(f"<p>{text}</p>" for text in (
    "The city council voted 6-1 on Tuesday night to approve protected bike lanes along three busy streets.",
    "Supporters packed the chamber and cheered loudly when the final vote was read out by the clerk.",
    "Opponents, mostly owners of small shops, argued that removing parking would drive customers away."))


def _author(block: str, before_story: bool = True) -> str | None:
    body = block + _STORY if before_story else _STORY + block
    html = ('<!doctype html><html lang="en"><head><title>Council approves bike lanes</title></head><body><article>'
            f"<h1>Council approves bike lanes</h1>{body}</article></body></html>")
    return read_pages(html.encode("utf-8"), "page.html")[0].article.author


@pytest.mark.parametrize("credit", [
    '<figure><img src="a.jpg"><figcaption>The council chamber on Tuesday. Photo by Jane Smith</figcaption></figure>',
    '<div class="image"><img src="a.jpg"><p class="photo-credit">Photo by Jane Smith</p></div>',
    "<p>Photo by Jane Smith</p>",
    "<small>Photo by Jane Smith on Unsplash</small>",
    '<div class="byline">Photograph: Jane Smith/Reuters</div>',
    '<p class="byline">Image: Jane Smith</p>',
    '<p class="author">Foto: Hans Müller/dpa</p>',
    '<figure><img src="a.jpg"><figcaption>Cyclists on Main Street. Photograph: '
    '<a href="/contributors/jane-smith">Jane Smith</a>/Reuters</figcaption></figure>',
    '<p class="caption">Photograph: <a href="/contributors/jane-smith">Jane Smith</a>/Reuters</p>',
    '<p>Photograph: <a href="/contributors/jane-smith">Jane Smith</a>/Reuters</p>',
    '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img src="a.jpg">'
    '<span itemprop="author">Jane Smith</span></div>',
    '<figure><img src="a.jpg"><figcaption><cite>Photo by <a rel="author" href="https://photos.example/@jane">'
    "Jane Smith</a> on Unsplash</cite></figcaption></figure>",
    '<div class="hero"><img src="a.jpg"><div class="caption">Cyclists on Main Street <span class="byline">'
    "Photo by Jane Smith</span></div></div>"])
def test_a_picture_s_credit_is_never_the_article_s_author(credit):
    assert _author(credit) is None
    assert _author(credit, before_story=False) is None


@pytest.mark.parametrize("byline", [
    '<p class="byline">Words and photos by Jane Doe</p>',
    '<p class="byline">By <a href="/author/jane-doe">Jane Doe</a>. Photo: Tim Cole</p>',
    '<p class="byline">Text: Jane Doe | Photos: Tim Cole</p>',
    '<figure class="author-card"><img src="jane.jpg"><figcaption class="author-name">Jane Doe</figcaption></figure>',
    '<div class="byline">By Jane Doe</div><figure><img src="a.jpg"><figcaption>Photo by Tim Cole</figcaption></figure>'])
def test_a_byline_beside_a_picture_s_credit_names_the_writer(byline):
    assert _author(byline) == "Jane Doe"


@pytest.mark.parametrize("byline", [
    '<p class="byline">Photos: Jane Smith, Text: Tom Lee</p>',
    '<p class="credits">Images: Getty. By Tom Lee</p>',
    '<p class="byline">Photos by Jane Smith | Words by Tom Lee</p>',
    '<p class="byline">Photo: J. Smith; Illustration: Ann Cole; by Tom Lee</p>'])
def test_a_byline_opening_with_a_picture_s_credit_names_the_writer_after_it(byline):
    assert _author(byline) == "Tom Lee"


@pytest.mark.parametrize("byline", [
    '<p class="byline">Story by Tom Lee; photos by Jane Smith</p>',
    '<p class="byline">Words by Tom Lee, pictures by Jane Smith</p>',
    '<p class="byline">By Tom Lee. Photos by Jane Smith</p>',
    '<p class="byline">Written by Tom Lee; illustrations by Jane Smith</p>',
    '<p class="byline">Reporting by Tom Lee; Editing by Jane Smith</p>'])
def test_a_byline_listing_roles_names_the_writer_before_the_other_credits(byline):
    assert _author(byline) == "Tom Lee"


@pytest.mark.parametrize("byline, author", [
    ('<p class="byline">By Jane Smith; Tom Lee</p>', "Jane Smith; Tom Lee"),
    ('<p class="byline">By Jane Smith; Additional reporting by Tom Lee</p>', "Jane Smith")])
def test_a_semicolon_ends_the_writer_s_name_only_before_another_role_s_credit(byline, author):
    assert _author(byline) == author


def test_a_video_s_byline_names_its_maker():
    assert _author('<div class="byline">Video by <a href="/author/tom-lee">Tom Lee</a></div>') == "Tom Lee"


_PLAYER = ('<div class="video-embed"><iframe src="https://player.vimeo.com/video/1"></iframe>'
           '<p class="video-title">Drone view of Main Street</p>{credit}</div>')


@pytest.mark.parametrize("credit", ['<p class="byline">By Tim Cole</p>', '<span class="author">Tim Cole</span>',
                                    "<p>By Tim Cole</p>"])
def test_an_embedded_video_s_credit_is_never_the_article_s_author(credit):
    player = _PLAYER.format(credit=credit)
    assert _author(player) is None
    assert _author(player, before_story=False) is None
    assert _author('<p class="byline">By Jane Doe</p>' + player) == "Jane Doe"


# Players as saved pages keep them: named for the player and holding only a poster or the script that
# builds it, or named for a video in one word ("videoWrapper", "videoplayer").
_SAVED_PLAYERS = {
    "poster": '<div class="video-player" data-video-id="88"><img src="poster.jpg" alt="">{credit}</div>',
    "script": '<div class="jw-player"><script>player.load(88)</script>{credit}</div>',
    "box-with-player-script": ('<div class="video-box"><script src="https://cdn.jwplayer.com/libraries/a1.js"></script>'
                               "{credit}</div>"),
    "one-word-box": '<div class="videoWrapper"><iframe src="https://www.youtube.com/embed/1"></iframe>{credit}</div>',
    "one-word-player": ('<div class="videoplayer"><iframe src="https://player.vimeo.com/video/1"></iframe>'
                        "{credit}</div>")}


@pytest.mark.parametrize("player", _SAVED_PLAYERS.values(), ids=_SAVED_PLAYERS.keys())
@pytest.mark.parametrize("credit", ['<p class="byline">By Tim Cole</p>', "<p>By Tim Cole</p>"])
def test_a_saved_player_s_credit_is_never_the_article_s_author(player, credit):
    assert _author(player.format(credit=credit)) is None
    assert _author(player.format(credit=credit), before_story=False) is None


# Boxes of a video story's head that hold the byline beside a script that builds no player.
_NO_PLAYERS = {
    "json-ld": ('<div class="video-header">{byline}<script type="application/ld+json">'
                '{{"@type": "NewsArticle", "headline": "Council approves bike lanes"}}</script></div>'),
    "data-layer": '<div class="video-story-header">{byline}<script>window.dataLayer = [];</script></div>',
    "analytics": '<div class="videos">{byline}<script src="https://stats.example/track.js"></script></div>',
    "bare-jw-token": '<div class="jw">{byline}</div>'}


@pytest.mark.parametrize("box", _NO_PLAYERS.values(), ids=_NO_PLAYERS.keys())
def test_a_byline_in_a_video_story_s_box_without_a_player_is_the_author(box):
    assert _author(box.format(byline='<p class="byline">By Dana Reyes</p>')) == "Dana Reyes"


def test_a_box_named_for_a_sportsman_leaves_the_byline_inside_it_the_author():
    card = '<div class="player-card"><p class="byline">By Jane Doe</p><p>Striker, 24, joined in May</p></div>'
    assert _author(card) == "Jane Doe"


def test_the_page_s_declared_author_in_the_lead_video_s_box_is_the_article_s_author():
    player = _PLAYER.format(credit='<p class="byline">By <a rel="author" href="/jane-doe">Jane Doe</a></p>')
    assert _author(player) == "Jane Doe"


@pytest.mark.parametrize("credit", ["", "<p>By Tim Cole</p>"], ids=["no-credit", "video-credit"])
@pytest.mark.parametrize("byline", ["<div>By Jane Smith</div>", '<p class="byline">By Jane Smith</p>'])
def test_a_byline_in_the_block_that_holds_a_lead_video_names_the_author(byline, credit):
    lead = f'<div class="top">{byline}{_PLAYER.format(credit=credit)}</div>'
    html = ('<!doctype html><html lang="en"><head><title>Storm hits the coast</title></head><body>'
            f'<h1>Storm hits the coast</h1>{lead}<div class="text">{_STORY}</div></body></html>')
    assert read_pages(html.encode("utf-8"), "page.html")[0].article.author == "Jane Smith"


def test_a_video_item_s_author_is_never_the_article_s_author_but_the_article_s_own_is():
    video = ('<div itemprop="video" itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="name" '
             'content="Drone view"><span itemprop="author">Tim Cole</span></div>')
    assert _author(video) is None
    article = ('<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">Jane Doe</span>'
               f"{video}</div>")
    assert _author(article) == "Jane Doe"


@pytest.mark.parametrize("line", [
    "Photo: Jane Smith, " * 1500, "Photo: " + "word " * 3000, "Photo: J. " * 1000 + "By Tom Lee",
    "By Tom Lee" + " ;" * 3000 + " photos by Jane Smith", "By " + "Tom Lee, " * 1500 + "photos by Jane Smith"])
def test_a_3000_word_line_of_credits_is_read_at_once(line):
    began = time.process_time()
    byline_name(line)
    assert time.process_time() - began < 1
