"""Thread pages of forum engines and CMS comment lists, each in the software's own markup: what a
user reads from them is the thread's title and opening poster, and each reply's poster, time,
words and the post it answers."""

import pytest

from discourse.parse import read_pages
from tests.parse.html import even_more_platform_pages as pages
from tests.parse.html.pages import page


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def thread(html: str) -> list[tuple]:
    """(poster, ISO time, first words, parent) of each comment."""
    return [(c.author, c.date_iso, c.paragraphs[0][:20] if c.paragraphs else None, c.parent)
            for c in read(html).comments.items]


REPLIED = [("Mira Holt", "2021-03-04T10:20", "The bridge is long o", None),
           ("Tom Baker", "2021-03-04T11:05", "Misery is a strong w", None),
           ("Lena Fox", "2021-03-04T11:50", "Who pays for the upk", None)]


@pytest.mark.parametrize("html", [pages.SMF, pages.MYBB, pages.INVISION, pages.NODEBB],
                         ids=["smf", "mybb", "invision", "nodebb"])
def test_a_forum_engine_s_thread_reads_as_the_opening_post_and_its_replies(html):
    parsed = read(html)
    assert (parsed.article.title, parsed.article.author, parsed.article.date) == (pages.TITLE, "Jane Reporter",
                                                                                  "2021-03-04")
    assert [p.text for p in parsed.article.paragraphs] == [pages.OPENING]
    assert parsed.comments.source == "forum"
    assert thread(html) == REPLIED


BOARD_NOTES = {"description": "<p class=\"board-desc\">Talk about local news, the council and the river towns "
                              "with other readers here.</p>",
               "welcome": "<div class=\"notice\"><p>Welcome to the Daily Example community forum. Please read the "
                          "house rules before you post, be kind to one another, and remember that the moderators "
                          "may remove posts that break them.</p></div>"}


@pytest.mark.parametrize("note", sorted(BOARD_NOTES))
@pytest.mark.parametrize("html", [pages.SMF, pages.MYBB, pages.INVISION, pages.NODEBB],
                         ids=["smf", "mybb", "invision", "nodebb"])
def test_a_board_s_notice_above_a_thread_leaves_the_opening_post_the_article(html, note):
    """A board description or welcome notice at the top of the page is prose outside every post,
    yet no article the posts answer: the opening post stays the body and its poster the author."""
    start = html.index(">", html.index("<body")) + 1
    noted = html[:start] + BOARD_NOTES[note] + html[start:]
    parsed = read(noted)
    assert (parsed.article.author, [p.text for p in parsed.article.paragraphs]) == ("Jane Reporter", [pages.OPENING])
    assert thread(noted) == REPLIED


def test_a_foot_crediting_forum_software_makes_the_page_a_thread():
    """Guard: the same posts under a foot that credits a blog engine are no forum thread."""
    credited_to_a_blog = pages.MYBB.replace('Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>',
                                            'Powered By <a href="https://wordpress.org">WordPress</a>')
    assert read(credited_to_a_blog).comments.source != "forum"


def test_a_poster_s_rank_and_post_count_on_lines_under_the_name_are_not_the_name():
    """MyBB prints "Member" under the name in the author box, SMF a list of the poster's fields."""
    assert [c.author for c in read(pages.MYBB).comments.items] == ["Mira Holt", "Tom Baker", "Lena Fox"]
    assert [c.author for c in read(pages.SMF).comments.items] == ["Mira Holt", "Tom Baker", "Lena Fox"]


def test_a_name_and_a_date_on_two_lines_of_one_author_box_still_give_the_name():
    """Guard: a date on the line under the name parts them by its place, as before."""
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}<br>March {i}, 2021 '
                    f'at 10:0{i} am</div><div class="comment-text"><p>{text}</p></div></li>'
                    for i, (name, text) in enumerate([("Mira Holt", "The bridge is long overdue."),
                                                      ("Tom Baker", "It will cost far more than they say.")], 1))
    assert [(c.author, c.date_iso) for c in read(page(f'<ol class="commentlist">{items}</ol>')).comments.items] == [
        ("Mira Holt", "2021-03-01T10:01"), ("Tom Baker", "2021-03-02T10:02")]


def _comments_with(parts: str) -> str:
    """Two comments, each a name, then the given parts with {text} for the commenter's words."""
    rows = [("Mira Holt", "The bridge is long overdue, the ferry queues are a misery."),
            ("Tom Baker", "It will cost far more than the council says it will.")]
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>'
                    + parts.format(text=text, i=i) + "</li>" for i, (name, text) in enumerate(rows, 1))
    return page(f'<ol class="commentlist">{items}</ol>')


def test_buttons_in_a_box_named_for_the_message_are_not_the_message():
    """SMF's "under_message" holds only Like and Quote: the words are in the box named "post"."""
    html = _comments_with('<div class="post"><p>{text}</p></div>'
                          '<div class="under_message"><a href="#">Like</a> <a href="#">Quote</a></div>')
    assert [c.paragraphs[0][:12] for c in read(html).comments.items] == ["The bridge i", "It will cost"]


def test_a_wrapper_named_for_keeping_the_foot_down_is_no_footer():
    """SMF wraps the whole page in `#footerfix`; a thread in a real footer box is still no thread."""
    in_a_footer = pages.SMF.replace('<div id="footerfix">', '<div id="footer">')
    assert read(pages.SMF).comments.items and read(in_a_footer).comments.source != "forum"


def test_a_page_that_calls_itself_a_topic_s_view_opens_with_its_first_post_though_the_posts_box_says_comments():
    """Invision names its page `data-pageController="topic"` and the posts' box `#comments`."""
    assert read(pages.INVISION).comments.items[0].author == "Mira Holt"
    # Guard: posts in a box named for comments on a page that is no one topic's view all answer the article.
    forum_backed = pages.INVISION.replace('data-pageController="topic"', 'data-pageController="article"')
    assert [c.author for c in read(forum_backed).comments.items][:2] == ["Jane Reporter", "Mira Holt"]


def test_joomla_k2_comments_are_the_items_of_the_list_named_for_them():
    """K2's comments are `li.even`/`li.odd` in `ul.itemCommentsList`, each with a "Comment Link" permalink."""
    parsed = read(pages.K2)
    assert [(c.author, c.date_iso, c.paragraphs, c.parent) for c in parsed.comments.items] == [
        (name, f"2021-03-04T{time}", [text], None) for name, time, text in pages.REPLIES]
    assert parsed.comments.source == "comment-markup"
    assert [p.text for p in parsed.article.paragraphs][0].startswith("The city council voted")


def test_items_of_a_list_named_for_comments_in_a_sidebar_are_no_thread():
    """Guard: a "latest comments" list in a sidebar widget is other pages' comments."""
    sidebar = ('<aside class="sidebar"><ul class="comments-list">'
               + "".join(f'<li><a href="/n/{i}">{name}</a> on Some story: {text}</li>'
                         for i, (name, _, text) in enumerate(pages.REPLIES)) + "</ul></aside>")
    assert read(page(sidebar)).comments.items == []


def test_a_comment_list_whose_items_are_named_comments_keeps_its_nested_replies():
    """Guard: WordPress's `ol.commentlist` holds `li.comment` items, a reply nested in its comment;
    the list's own items, counted alone, would drop the reply."""
    def item(i: int, text: str, replies: str = "") -> str:
        return (f'<li class="comment" id="comment-{i}"><div class="comment-author"><cite class="fn">Reader {i}</cite>'
                f'</div><div class="comment-content"><p>{text}</p></div>{replies}</li>')

    reply = '<ol class="children">' + item(9, "No, the tunnel would have cost twice as much.") + "</ol>"
    items = "".join(item(i, f"Comment number {i} on the bridge and its cost.", reply if i == 4 else "")
                    for i in range(1, 6))
    parsed = read(page(f'<ol class="commentlist">{items}</ol>'))
    assert [(c.author, c.parent) for c in parsed.comments.items][3:5] == [("Reader 4", None), ("Reader 9", 4)]


def test_an_app_shell_s_copy_for_readers_without_scripts_is_the_page():
    """Flarum prints a thread only in a `noscript`, under a "Loading..." shell: its opening post is the body."""
    parsed = read(pages.FLARUM)
    assert parsed.article.title == pages.TITLE
    assert [p.text for p in parsed.article.paragraphs] == [pages.OPENING]


SHELL_COPY = ("<article><h2>Council approves the new river bridge</h2><p>By Jane Reporter</p>"
              f"<p>{pages.OPENING}</p><p>Construction is expected to begin next spring, and the council says the "
              "bridge will open within three years.</p></article>")


def shell_page(title: str, shown: str) -> str:
    """A script's shell showing `shown` (nothing, or a loading note) and the article only in a `noscript`."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div id="root">{shown}</div><noscript>{SHELL_COPY}</noscript></body></html>')


@pytest.mark.parametrize("title", ["Daily Example", "Bridge approved | Daily Example"], ids=["site-name", "seo-title"])
def test_an_empty_shell_s_copy_is_the_page_whatever_its_title_says(title):
    """A shell with no text of its own has only the copy to read, though the title repeats no
    headline of it (a site's name, a headline written for search engines)."""
    assert pages.OPENING in [p.text for p in read(shell_page(title, "")).article.paragraphs]


def test_a_loading_shell_s_copy_is_found_by_the_headline_after_the_site_s_name():
    parsed = read(shell_page("Daily Example | Council approves the new river bridge", "Loading..."))
    assert [p.text for p in parsed.article.paragraphs][0] == pages.OPENING


def test_a_noscript_beside_a_page_s_own_text_stays_hidden():
    """Guard: a note for readers without scripts on an ordinary page is no part of the article."""
    note = ("<noscript><p>Please enable JavaScript to view the comments on Council approves the new river bridge, "
            "which a comment service loads after the page and needs scripts to show to you. Readers who block "
            "scripts can still read the article and reach us by mail.</p></noscript>")
    assert len(note) > 200  # longer than the floor for a copy and naming the headline: the page's own text keeps it hidden
    last = "said they would keep campaigning against the plan.</p>"
    parsed = read(page("").replace(last, last + note))  # in the article's text, where a copy would be read
    assert not any("enable JavaScript" in p.text for p in parsed.article.paragraphs)


@pytest.mark.parametrize("name", sorted(pages.SCRIPT_EMBEDS))
def test_a_comment_service_s_embed_is_comments_a_script_loads(name):
    """The page holds no comment of the service's, saved before or after its script ran: none is
    read, and the page says a script loads them, under the article read whole."""
    parsed = read(page(pages.SCRIPT_EMBEDS[name]))
    assert (parsed.comments.status, parsed.comments.items) == ("script-only", [])
    assert (parsed.article.title, parsed.article.author) == (pages.TITLE, "Jane Reporter")


def test_a_time_a_script_fills_in_is_read_from_its_tooltip():
    """A "timeago" element is empty until its script runs; its title holds the ISO time."""
    html = _comments_with('<div class="meta">wrote <a href="#" class="timeago" title="2021-03-0{i}T10:20:00.000Z"></a>'
                          '</div><div class="comment-content"><p>{text}</p></div>')
    assert [c.date_iso for c in read(html).comments.items] == ["2021-03-01T10:20", "2021-03-02T10:20"]


def test_comments_of_a_discussion_posting_with_text_of_its_own_all_answer_it():
    """Guard: where the posting declares its own text before its comments, the first comment is a reply."""
    opening = f'<div itemprop="text"><p>{pages.OPENING}</p></div><ul component="topic"'
    html = pages.NODEBB.replace('<ul component="topic"', opening, 1)
    assert [c.author for c in read(html).comments.items][:2] == ["Jane Reporter", "Mira Holt"]
