"""Who wrote the article and each comment, and where the article's text starts, in markup the other
fixtures do not show: a schema.org author whose name is a meta tag's content, "By:" with a colon,
writers' elements and pages named in other words and languages, a page whose JSON-LD article is
its WebPage's main entity, an opening note set in italics, a box of key points, a picture's
caption or credit above the text, Discourse's
"user (Full Name)", Blogger's classic comment list, "says:" in more languages, and a name in bold
above the date (not a bold first line below it)."""

import json

import pytest

from discourse.parse import read_pages
from tests.parse.html.pages import page
from tests.parse.html.test_commenter_names import NAMES, TEXTS, authors as commenter_names, plain_thread
from tests.parse.html.test_news_article_shapes import FIRST, HEADLINE, article, news

NAME = "Mira Holt"


BYLINES = {
    # A schema.org author whose name is a meta tag's content.
    "meta name beside a shorter shown name": f'<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
                                             f'<meta itemprop="name" content="{NAME}"><a itemprop="url" href="/team/mira">'
                                             "Mira</a></div>",
    "meta name alone": f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" '
                       f'content="{NAME}"></span>',
    # A colon after the byline's word.
    "By: in a byline": f'<p class="byline">By: {NAME}</p>',
    "By: in a line": f"<p>By: {NAME}</p>",
    "Written by: in bold": f"<p><strong>Written by:</strong> {NAME}</p>",
    "Posted by: and a date": f'<div class="post-meta">Posted by: <a href="/u/mira">{NAME}</a> | May 6, 2024</div>',
    # An element or a page named for the writer, in other words and languages.
    "writer": f'<div class="writer">{NAME}</div>',
    "reporter": f'<span class="reporter-name">{NAME}</span>',
    "columnist": f'<div class="columnist-name">{NAME}</div>',
    "writers' pages": f'<p><a href="/writers/mira-holt">{NAME}</a></p>',
    "contributors' pages": f'<p><a href="/contributors/mira-holt">{NAME}</a></p>',
    "Autor pages": f'<p><a href="https://example.de/autor/mira-holt/">{NAME}</a></p>',
    "auteur pages": f'<p><a href="https://example.fr/auteur/mira-holt">{NAME}</a></p>',
}


@pytest.mark.parametrize("byline", BYLINES.values(), ids=BYLINES)
def test_the_author_is_read_from_the_byline_s_marks_and_words(byline):
    assert article(news(byline=byline)).author == NAME


@pytest.mark.parametrize("link", [
    '<a href="/columnists/">Columnists</a>',
    '<a href="/authors/">Our authors</a>',
    '<span class="menu-item-contributors"><a href="/team">Contributors</a></span>',
])
@pytest.mark.parametrize("byline", ["", f'<p class="byline">By {NAME}</p>'], ids=["no byline", "byline"])
def test_a_menu_s_link_to_the_site_s_writers_names_no_author(link, byline):
    html = news(byline=byline).replace('<nav><a href="/news">News</a></nav>',
                                       f'<div class="main-menu"><a href="/news">News</a> {link}</div>')
    assert article(html).author == (NAME if byline else None)


@pytest.mark.parametrize("link", [
    '<a href="/columnists/tom-berg/why-ferries-matter">Tom Berg</a>',
    '<a href="/reporter/tips/submit">Send Us Tips</a>',
    '<a href="/authors/page/2">Next Page</a>',
])
def test_a_link_below_a_writer_s_page_names_no_author(link):
    """A related story by another writer, a tips form, the next page of the writers' list."""
    html = news(byline=f'<p class="byline">By {NAME}</p>', after=f"<p>More: {link}</p>")
    assert article(html).author == NAME


@pytest.mark.parametrize("byline, name", [
    ('<p class="byline">By Tom Marsh 5 min read</p>', "Tom Marsh"),
    ('<span class="author-name">Ann Mayer</span> 2 hours ago', "Ann Mayer"),
    ('<p class="byline">By Ann Mayer March 4, 2024</p>', "Ann Mayer"),
    ('<p class="byline">By Ann Mayer Mar. 4, 2024</p>', "Ann Mayer"),
], ids=["Marsh", "Mayer", "a month's name", "a month's abbreviation"])
def test_a_surname_that_starts_like_a_month_is_kept_whole(byline, name):
    """Only a whole month's name or abbreviation before a number is a date cut from the name."""
    assert article(news(byline=byline)).author == name


@pytest.mark.parametrize("wrapper", ["site has-navbar", "container menu-push", "page-wrapper sticky-nav", "no-nav"])
def test_a_page_wrapper_named_for_its_menu_keeps_the_byline(wrapper):
    html = news(byline=f'<span class="author-name">{NAME}</span>').replace("<body>", f'<body><div class="{wrapper}">')
    assert article(html.replace("</body>", "</div></body>")).author == NAME


def test_the_author_of_an_article_given_as_its_web_page_s_main_entity():
    data = {"@context": "https://schema.org", "@type": "WebPage",
            "mainEntity": {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Person", "name": NAME}}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert article(news(head=head)).author == NAME


def test_an_opening_note_in_italics_is_set_apart_from_the_text():
    note = "This story was produced in partnership with the Harbour Trust."
    found = article(news(before=f"<p><em>{note}</em></p>"))
    assert (found.teaser, found.paragraphs[0].text) == (note, FIRST)


def test_a_post_written_all_in_italics_starts_with_its_first_paragraph():
    """Guard: italics that run on are the writer's style, not a note above the text."""
    html = news().replace("<p>", "<p><em>").replace("</p>", "</em></p>")
    assert article(html).paragraphs[0].text == FIRST


@pytest.mark.parametrize("box", ["key-points", "article-highlights", "takeaways"])
def test_a_box_of_key_points_above_the_text_is_not_its_start(box):
    points = (f'<div class="{box}"><h3>Key points</h3><ul><li>The terminal will be torn down next year</li>'
              "<li>A park will take its place by the water</li></ul></div>")
    found = article(news(before=points))
    assert found.teaser == "The terminal will be torn down next year\nA park will take its place by the water"
    assert found.paragraphs[0].text == FIRST
    assert found.headings == []


def test_a_summary_box_s_links_after_its_deck_are_not_the_teaser():
    """Only a list's items or a box named for key points are points: a summary box's other blocks are not."""
    deck = "The vote followed years of argument about the empty building and its leaking roof."
    summary = (f'<div class="article-summary"><p>{deck}</p><p>Related: <a href="/fares">Ferry fares to rise</a></p>'
               '<p>Related: <a href="/wall">Harbour wall repairs begin</a></p></div>')
    found = article(news(before=summary))
    assert (found.teaser, found.paragraphs[0].text) == (deck, FIRST)


POINTS = ("The terminal will be torn down next year", "A park will take its place by the water")


@pytest.mark.parametrize("box", [
    '<div class="article-summary"><ul><li>{}</li><li>{}</li></ul></div>',
    '<div class="tldr"><p>{}</p><p>{}</p></div>',
], ids=["a summary's list", "a tl;dr box's paragraphs"])
def test_the_points_of_a_summary_s_list_or_a_tl_dr_box_are_the_teaser(box):
    assert article(news(before=box.format(*POINTS))).teaser == "\n".join(POINTS)


def test_a_standfirst_box_s_heading_does_not_replace_its_text():
    intro = "The vote followed years of argument about the empty building and its leaking roof."
    found = article(news(before=f'<div class="intro"><h2>Why now</h2><p>{intro}</p></div>'))
    assert (found.teaser, found.paragraphs[0].text, found.headings) == (intro, FIRST, [])


@pytest.mark.parametrize("before", [
    '<p><img src="a.jpg" alt=""></p><p class="wp-caption-text">The old terminal in 2019.</p>',
    "<p>(Image credit: Getty Images)</p>",
    "<p>Photo courtesy of the Harbour Trust.</p>",
], ids=["a caption named as text", "an image credit in brackets", "a photo credit as a sentence"])
def test_a_picture_s_caption_or_credit_above_the_text_is_not_its_start(before):
    assert article(news(before=before)).paragraphs[0].text == FIRST


def test_a_short_opening_sentence_about_a_source_is_the_text_s_start():
    """Guard: a credit above the text carries a credit's mark (a colon, ©, brackets, "photo", "courtesy")."""
    opening = "A source from the ministry confirmed it."
    assert article(news(before=f"<p>{opening}</p>")).paragraphs[0].text == opening


def test_a_short_opening_sentence_about_photos_is_the_text_s_start():
    """Guard: only a short line reads as a credit; a sentence that opens "Photos from" is the article's."""
    opening = ("Photos from the harbour this week show how far the old ferry terminal has decayed since the last "
               "ferry left.")
    assert article(news(before=f"<p>{opening}</p>")).paragraphs[0].text == opening


def comments(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0].comments.items


def test_a_schema_org_comment_whose_author_s_name_is_a_meta_tag_s_content():
    items = "".join(
        f'<div class="comment" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f'<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{name}">'
        f'<img src="a.png" alt=""></div><time itemprop="dateCreated" datetime="2021-03-0{at}T10:00">March {at}, 2021'
        f'</time><div itemprop="text"><p>{text}</p></div></div>'
        for at, (name, text) in enumerate(zip(NAMES, TEXTS), 1))
    found = comments(page(f'<div id="comments"><h2>3 Responses</h2>{items}</div>'))
    assert [(c.author, c.paragraphs) for c in found] == [(name, [text]) for name, text in zip(NAMES, TEXTS)]


def test_a_forum_post_s_author_is_the_user_name_its_markup_marks_not_the_full_name_beside_it():
    """Discourse prints "ana (Ana Ruiz)": schema.org marks the user name as the author's name."""
    posts = "".join(
        f'<div id="post_{at}" itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope '
        f'itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{name.split()[0].lower()}"><span itemprop="name">'
        f'{name.split()[0].lower()}</span></a> ({name})</span><span class="crawler-post-infos"><time itemprop="datePublished" '
        f'datetime="2021-03-0{at}T10:00:00Z" class="post-time">March {at}, 2021, 10:00am</time></span></div>'
        f'<div class="post" itemprop="articleBody"><p>{text}</p></div></div>'
        for at, (name, text) in enumerate(zip(NAMES, TEXTS), 1))
    html = (f'<html lang="en"><head><title>{HEADLINE} - Town Forum</title></head><body><div id="main-outlet">'
            f'<h1>{HEADLINE}</h1>{posts}</div></body></html>')
    assert [c.author for c in comments(html)] == ["tom", "lena"]


def test_blogger_s_classic_comment_list_names_each_commenter_and_dates_each_comment():
    """`dl#comments-block`: "NAME said..." as the term, the text, then a footer with the time."""
    shown = ["Anonymous", *NAMES[1:]]
    items = "".join(
        f'<dt class="comment-author" id="c{at}"><a name="c{at}"></a>{name} said...</dt>'
        f'<dd class="comment-body"><p>{text}</p></dd>'
        f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{at}">3/{at}/21 10:00 AM</a></span></dd>'
        for at, (name, text) in enumerate(zip(shown, TEXTS), 1))
    found = comments(page(f'<div id="comments"><h4>3 comments:</h4><dl id="comments-block">{items}</dl></div>'))
    assert [(c.author, c.date_iso, c.paragraphs) for c in found] == [
        (name, f"2021-03-0{at}T10:00", [text]) for at, (name, text) in enumerate(zip(shown, TEXTS), 1)]


@pytest.mark.parametrize("says", ["dedi ki:", "говорит:", "λέει:", "berkata:", "sanoo:", "spune:"])
def test_what_a_commenter_says_in_more_of_the_languages_themes_are_translated_into(says):
    """WordPress's "NAME says:" as its Turkish, Russian, Greek, Indonesian, Finnish and Romanian themes print it."""
    assert commenter_names(plain_thread(lambda name: f"{name} {says}")) == list(NAMES)


def test_a_name_in_bold_above_the_date_on_the_next_line_signs_the_comment():
    items = "".join(f'<li id="comment-{at}"><p><b>{name}</b><br><small>March {at}, 2021 at 10:00 am</small></p>'
                    f"<p>{text}</p></li>" for at, (name, text) in enumerate(zip(NAMES, TEXTS), 1))
    found = comments(page(f'<div id="comments"><h3>3 comments</h3><ol>{items}</ol></div>'))
    assert [(c.author, c.paragraphs) for c in found] == [(name, [text]) for name, text in zip(NAMES, TEXTS)]


def test_a_bold_line_below_the_date_is_the_comment_s_words_not_its_signature():
    items = "".join(f'<li id="comment-{at}"><p><small>March {at}, 2021 at 10:00 am</small><br><b>Totally agree</b>'
                    f"</p><p>{text}</p></li>" for at, text in enumerate(TEXTS, 1))
    found = comments(page(f'<div id="comments"><h3>3 comments</h3><ol>{items}</ol></div>'))
    assert [c.author for c in found] == [None] * len(TEXTS)
    assert [c.paragraphs for c in found] == [["Totally agree", text] for text in TEXTS]
