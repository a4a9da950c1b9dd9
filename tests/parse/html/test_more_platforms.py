"""Comment systems common on blogs and news sites, each page in the platform's own markup: what a
user reads from it is each comment's commenter, date and the comment it answers, and the article's
title, author and date."""

import pytest

from discourse.parse import read_pages
from tests.parse.html import more_platform_pages as pages
from tests.parse.html.pages import page


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def thread(html: str) -> list[tuple]:
    """(author, date_iso, parent) of each comment."""
    return [(c.author, c.date_iso, c.parent) for c in read(html).comments.items]


@pytest.mark.parametrize("html, author", [(pages.WPDISCUZ, "Jane Reporter"), (pages.HIGHLANDER, "Jane Reporter"),
                                          (pages.DREAMWIDTH, "riverwatcher"), (pages.LIVEJOURNAL, "bridgewatch")],
                         ids=["wpdiscuz", "highlander", "dreamwidth", "livejournal"])
def test_the_article_is_read_around_the_comments(html, author):
    article = read(html).article
    assert (article.title, article.author, article.date) == ("Council approves the new river bridge", author,
                                                             "2021-03-04")


def test_wpdiscuz_comments_with_a_reply_nested_in_its_comment():
    assert thread(pages.WPDISCUZ) == [("Mira Holt", "2021-03-04T10:20", None), ("Tom Baker", "2021-03-04T11:05", 1),
                                      ("Lena Fox", "2021-03-05T08:40", None)]


def test_wordpress_com_highlander_comments_and_their_form():
    page = read(pages.HIGHLANDER)
    assert thread(pages.HIGHLANDER) == [("annlee", "2021-03-04T12:10", None), ("Jane Reporter", "2021-03-04T13:00", 1)]
    assert "Enter your comment here" not in " ".join(p for c in page.comments.items for p in c.paragraphs)


def test_dreamwidth_replies_from_the_level_of_each_flat_thread_block():
    page = read(pages.DREAMWIDTH)
    assert page.comments.source == "livejournal"
    assert thread(pages.DREAMWIDTH) == [("ferrylover", "2021-03-04T10:02", None),
                                        ("riverwatcher", "2021-03-04T10:40", 1), ("tunnelfan", "2021-03-04T11:15", None)]


def _flat_comments(level_classes: list[str]) -> str:
    """Three comments side by side, none inside another, each with the given class."""
    rows = [("Mira Holt", "The bridge is long overdue."), ("Tom Baker", "It will cost far more than they say."),
            ("Lena Fox", "A tunnel would have kept the view.")]
    items = "".join(f'<div class="comment {level}" id="c{i}"><div class="comment-author">{name}</div>'
                    f'<div class="comment-text"><p>{text}</p></div></div>'
                    for i, (level, (name, text)) in enumerate(zip(level_classes, rows)))
    return page(f'<div id="comments"><h2>3 comments</h2>{items}</div>')


@pytest.mark.parametrize("level_classes", [
    ["user-level-1", "user-level-5", "user-level-2"],
    ["comment-depth-2", "comment-depth-1", "comment-depth-2"],
    ["comment-depth-1", "comment-depth-3", "comment-depth-2"],
], ids=["a commenter's rank", "the first comment a reply", "a reply two levels down"])
def test_flat_comments_whose_classes_are_no_thread_s_levels_answer_none(level_classes):
    """A rank class is not a level, and levels that no thread could print are not read as one."""
    assert [parent for _, _, parent in thread(_flat_comments(level_classes))] == [None, None, None]


def test_flat_comments_reply_by_their_comment_depth_class():
    """Guard: a thread's levels, one deeper at most from comment to comment, still give the replies."""
    levels = ["comment-depth-1", "comment-depth-2", "comment-depth-1"]
    assert [parent for _, _, parent in thread(_flat_comments(levels))] == [None, 1, None]


def test_livejournal_replies_from_the_twig_level():
    page = read(pages.LIVEJOURNAL)
    assert page.comments.source == "livejournal"
    assert thread(pages.LIVEJOURNAL) == [("ferrylover", "2021-03-04T10:02", None),
                                         ("bridgewatch", "2021-03-04T10:40", 1), ("tunnelfan", "2021-03-04T11:15", None)]
    assert [c.paragraphs for c in page.comments.items][2] == ["A tunnel would have kept the view of the old harbour."]


def test_cackle_s_list_for_readers_without_scripts():
    page = read(pages.CACKLE)
    assert page.comments.source == "cackle-static"
    assert thread(pages.CACKLE) == [("Ivan Petrov", None, None), ("Olga", None, None), ("Guest", None, None)]
    assert page.comments.items[1].paragraphs == ["And who will pay for the repairs in ten years?"]


@pytest.mark.parametrize("platform", sorted(pages.SCRIPT_ONLY))
def test_comments_a_platform_s_script_loads_are_not_read_as_none(platform):
    """A page that holds only a comment system's element and script says its comments are the
    script's to load, not that it has none."""
    page = read(pages.SCRIPT_ONLY[platform])
    assert (page.comments.status, page.comments.items) == ("script-only", [])
    assert page.article.author == "Jane Reporter"


def test_a_page_s_own_script_variable_named_like_a_comment_system_says_no_comments_are_loaded():
    """"anyComments" in a page's script is a variable, not AnyComment's widget."""
    comments = read(page("<script>var anyComments = [];</script>")).comments
    assert (comments.status, comments.items) == ("absent", [])


def test_medium_s_writer_from_its_byline_link_or_its_declared_creator():
    article = read(pages.MEDIUM).article
    assert (article.title, article.author, article.date) == ("Council approves the new river bridge", "Mira Holt",
                                                             "2021-03-04")
    assert article.paragraphs[0].text.startswith("The city council voted")
    creator_only = pages.MEDIUM.replace('data-testid="authorName" ', "")
    byline_only = pages.MEDIUM.replace('"creator": ["Mira Holt"], ', "")
    assert read(creator_only).article.author == read(byline_only).article.author == "Mira Holt"
    assert read(creator_only).article.provenance["author"] == "json-ld creator"


def test_tumblr_notes_that_hold_words_are_the_comments():
    """Replies and reblogs that add words are what readers wrote; likes and bare reblogs are not."""
    page = read(pages.TUMBLR)
    assert (page.article.title, page.article.date) == ("Council approves the new river bridge", "2021-03-04")
    assert page.comments.source == "tumblr-notes"
    assert thread(pages.TUMBLR) == [("ferrylover", None, None), ("tunnelfan", None, None)]
    assert [c.paragraphs for c in page.comments.items] == [
        ["Finally a way across that does not depend on the weather."], ["A tunnel would have kept the view of the old harbour."]]


def test_jcomments_tree_with_a_reply_in_its_comment_s_own_list():
    assert thread(pages.JCOMMENTS) == [("Anna", "2021-03-04T10:15", None), ("Peter", "2021-03-04T11:40", 1),
                                       ("Maria", "2021-03-05T08:05", None)]


# --- bylines and commenter names as platforms print them -------------------------------------

def _with_byline(byline: str, head: str = "", comments: str = "") -> str:
    return page(comments, head=head).replace(
        'By <span class="author vcard"><span class="fn">Jane Reporter</span></span> on', byline)


def test_two_authors_in_a_byline_are_both_kept_as_printed():
    assert read(_with_byline("By Ann Lee and Bob Ray on")).article.author == "Ann Lee and Bob Ray"


def test_an_author_printed_in_capitals_is_kept_as_printed():
    assert read(_with_byline("By MIRA HOLT on")).article.author == "MIRA HOLT"


def _declared(key: str, content: str) -> str | None:
    return read(_with_byline("", head=f'<meta name="{key}" content="{content}">')).article.author


@pytest.mark.parametrize("key", ["DC.creator", "dcterms.creator", "citation_author"])
def test_a_catalogue_s_surname_first_author_reads_in_a_byline_s_order(key):
    assert _declared(key, "Holt, Mira") == "Mira Holt"


@pytest.mark.parametrize("key, content", [
    ("author", "Holt, Mira"), ("author", "Ann, Bob"), ("author", "Reuters, AP"),
    ("DC.creator", "Reuters, Bloomberg"), ("DC.creator", "Staff, Reuters"), ("dcterms.creator", "Newsdesk, Harbour"),
])
def test_an_author_list_or_an_agency_outside_a_catalogue_s_order_is_kept_as_declared(key, content):
    """Only a catalogue writes surname first, and never an agency or a desk."""
    assert _declared(key, content) == content


def test_medium_s_author_meta_names_the_writer_not_the_profile_link():
    head = ('<meta name="author" content="Mira Holt"><meta property="article:author" content="https://medium.com/@mira">'
            '<meta name="twitter:creator" content="@mira">')
    assert read(_with_byline("", head=head)).article.author == "Mira Holt"


def test_a_commenter_s_handle_after_the_name_is_kept_as_displayed():
    """A commenter's name is kept as the page displays it, handle and all (the convention the
    hand-checked pages follow: "austere (@austereseeker)")."""
    comments = ('<div id="comments"><ol class="comment-list"><li id="comment-1" class="comment depth-1">'
                '<div class="comment-author vcard"><b class="fn">Ann (@ann_l)</b> says:</div>'
                '<div class="comment-metadata"><time datetime="2021-03-04T10:00">March 4, 2021</time></div>'
                '<div class="comment-content"><p>Nice bridge, and about time too.</p></div></li></ol></div>')
    authors = [c.author for c in read(_with_byline("By Jane Reporter on", comments=comments)).comments.items]
    assert authors == ["Ann (@ann_l)"]


def test_a_box_of_key_points_is_the_teaser_with_every_point():
    box = ('<div class="key-points"><h2>Key points</h2><ul><li>The council approved the bridge on Tuesday.</li>'
           '<li>Building starts next spring.</li><li>Opponents still want a tunnel.</li></ul></div>')
    article = read(page("").replace('<div class="entry-content">', '<div class="entry-content">' + box)).article
    assert article.teaser.split("\n") == ["The council approved the bridge on Tuesday.", "Building starts next spring.",
                                         "Opponents still want a tunnel."]
    assert article.paragraphs[0].text.startswith("The city council voted on Tuesday")
