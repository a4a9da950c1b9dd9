"""Other stories' blocks after an article: a "View comments" control followed by cards of related
stories (a headline linking to the story, a byline and date, a teaser), a list of posts in plain
`div`s each with its own headline and "12 Comments" link, and an AMP page whose thread is printed as
text after the control that opens the comments on the full page. A user relies on no comment being
made up from another story's card, on the declared count being this article's, and on a thread the
page prints being read whatever control stands above it."""

import pytest

from discourse.parse import read_pages
from discourse.parse.html.stories import without_story_cards
from tests.parse.html import pages

_TITLE = "City council approves new bike lanes"
_STORY = ("The city council voted 6-1 on Tuesday night to approve protected bike lanes along three busy streets.",
          "Supporters packed the chamber and cheered loudly when the final vote was read out by the clerk.",
          "Opponents, mostly owners of small shops, argued that removing parking would drive customers away.")
_STORIES = [("School board delays vote on calendar", "Maria Lopez",
             "The board will revisit the plan in April after parents asked for more time to comment on it."),
            ("Library extends weekend hours", "Tim Cole",
             "The central library will stay open until 8 pm on Saturdays from next month on."),
            ("Water main break closes Elm Street", "Jo Park",
             "Crews expect the repair to take two days; drivers should use Oak Avenue instead.")]
# Related stories as two common themes print them: a link around the card's headline in an aside, and
# a heading holding its link in a plain list of `div`s.
CARDS = {
    "linked-card": '<aside class="related"><h2>More from News</h2>' + "".join(
        f'<div class="card"><a href="/news/{i}"><h3>{title}</h3></a><p>{teaser}</p><span>{name}</span> '
        f"<span>March {9 + i}, 2024</span></div>" for i, (title, name, teaser) in enumerate(_STORIES)) + "</aside>",
    "headline-link": '<div class="more-news"><h2>Latest</h2>' + "".join(
        f'<div class="story"><h3><a href="https://www.valley.example/news/{i}">{title}</a></h3><div class="meta">'
        f'{name} · March {9 + i}, 2024</div><p>{teaser}</p></div>' for i, (title, name, teaser) in enumerate(_STORIES))
    + "</div>"}
_THREAD = "".join(f"<p><strong>{name}</strong> March {12 + i // 2}, 2024 at {when}</p><p>{text}</p>" for i, (
    name, when, text) in enumerate([
        ("Helen Ward", "9:12 am", "About time, the junction by the school has needed this for years."),
        ("Tom Nash", "11:40 am", "I worry about deliveries to the shops on Main Street during the works."),
        ("Ruth Ames", "7:05 pm", "Tom, the council said deliveries will use the side streets before ten.")]))
_LINK = '<p><a href="https://www.valley.example/news/bike-lanes/comments">View Comments (3)</a></p>'
_BUTTON = '<div class="comments-cta"><button class="show-comments">View Comments (3)</button></div>'


def _page(root: str, section: str, after: str = "") -> str:
    return (f'<!doctype html>{root}<head><meta charset="utf-8"><title>{_TITLE}</title>'
            '<link rel="canonical" href="https://www.valley.example/news/bike-lanes"></head><body><main><article>'
            f'<h1>{_TITLE}</h1><div class="byline">By <span class="author">Dana Reyes'
            '</span> <time datetime="2024-03-12T09:00:00Z">March 12, 2024</time></div>'
            + "".join(f"<p>{text}</p>" for text in _STORY) + f"</article>{section}{after}</main>"
            "<footer><p>© 2024 The Valley Courier.</p></footer></body></html>")


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


@pytest.mark.parametrize("cards", CARDS.values(), ids=CARDS.keys())
def test_cards_after_a_link_to_the_comments_elsewhere_are_no_comments(cards):
    comments = read(_page('<html lang="en">', _LINK, cards)).comments
    assert (comments.items, comments.status, comments.declared) == ([], "script-only", 3)


@pytest.mark.parametrize("cards", CARDS.values(), ids=CARDS.keys())
def test_cards_after_a_comments_button_are_no_comments(cards):
    assert read(_page('<html lang="en">', _BUTTON, cards)).comments.items == []


@pytest.mark.parametrize("control", [_LINK, _BUTTON], ids=["link", "button"])
@pytest.mark.parametrize("root", ['<html lang="en">', '<html amp lang="en">'], ids=["page", "amp"])
def test_a_thread_printed_as_text_after_the_control_is_read_without_the_cards_below_it(root, control):
    comments = read(_page(root, control + f'<div class="comments-list">{_THREAD}</div>', CARDS["linked-card"])).comments
    assert [(c.author, c.date) for c in comments.items] == [
        ("Helen Ward", "March 12, 2024 at 9:12 am"), ("Tom Nash", "March 12, 2024 at 11:40 am"),
        ("Ruth Ames", "March 13, 2024 at 7:05 pm")]
    assert comments.status == "present"


def test_an_amp_page_s_unsigned_text_after_the_control_is_no_thread():
    notes = ("<h3>Comments</h3><p>Comments are moderated and may take a while to appear on the full page.</p>"
             "<p>Please keep to the topic and be kind to other readers of the Courier.</p>")
    comments = read(_page('<html amp lang="en">', _BUTTON + notes)).comments
    assert (comments.items, comments.status, comments.declared) == ([], "script-only", 3)


@pytest.mark.parametrize("control", [_LINK, _BUTTON], ids=["link", "button"])
@pytest.mark.parametrize("heading", ["<h3>Comments</h3>", "<h2>Comments</h2><p>Be the first to comment.</p>"])
def test_an_amp_page_s_lone_comments_heading_after_the_control_is_no_thread(control, heading):
    page = read(_page('<html amp lang="en">', control + heading))
    comments = page.comments
    assert (comments.items, comments.status, comments.declared) == ([], "script-only", 3)
    assert (comments.doubtful, comments.repairs) == (False, [])
    assert not any("declares 3 comments" in warning for warning in page.warnings)


def _post_list(count_text: str) -> str:
    posts = "".join(
        f'<div class="post"><h2 class="post-title"><a href="/news/{slug}">{title}</a></h2><div class="post-meta">'
        f'March {i + 1}, 2024 · <span class="comments-link"><a href="/news/{slug}#comments">{count_text}</a></span>'
        f"</div><p>{teaser}</p></div>"
        for i, (slug, (title, _, teaser)) in enumerate(zip(("calendar", "library"), _STORIES)))
    return f'<div class="post-list">{posts}</div>'


@pytest.mark.parametrize("count_text", ["12 Comments", "1 Comment"])
def test_a_count_link_in_another_story_s_block_is_not_this_article_s_count(count_text):
    comments = read(_page('<html lang="en">', "", _post_list(count_text))).comments
    assert comments.declared is None
    assert comments.doubts == []


def test_the_article_s_own_count_link_beside_its_linked_headline_is_its_count():
    html = _page('<html lang="en">', '<div id="disqus_thread"></div><script src="https://valley.disqus.com/embed.js">'
                                     "</script>", _post_list("12 Comments")).replace(
        "<h1>City council approves new bike lanes</h1>",
        '<h1><a href="https://www.valley.example/news/bike-lanes" rel="bookmark">City council approves new bike lanes'
        '</a></h1><span class="comments-link"><a href="/news/bike-lanes#disqus_thread">7 Comments</a></span>')
    comments = read(html).comments
    assert (comments.declared, comments.status) == (7, "script-only")


def test_related_cards_leave_a_thread_in_comment_markup_as_it_is():
    html = pages.WORDPRESS.replace("</main>", CARDS["headline-link"] + "</main>")
    assert [c.author for c in read(html).comments.items] == [c.author for c in read(pages.WORDPRESS).comments.items]


def test_a_date_block_inside_a_comment_of_plain_blocks_is_its_head_not_a_reply():
    said = [("Helen Ward", "March 12, 2024 at 9:12 am", "About time, the junction by the school needed this."),
            ("Tom Nash", "March 12, 2024 at 11:40 am", "I worry about deliveries to the shops during the works."),
            ("Ruth Ames", "March 13, 2024 at 7:05 pm", "Tom, deliveries will use the side streets before ten.")]
    thread = "".join(f"<div><div><b>{name}</b></div><div>{when}</div><div>{text}</div></div>" for name, when, text in said)
    comments = read(_page('<html lang="en">', f'<h2>Comments</h2><div class="comment-list">{thread}</div>')).comments
    assert [(c.author, c.date, c.paragraphs, c.parent) for c in comments.items] == [
        (name, when, [text], None) for name, when, text in said]


def _teasers(link) -> str:
    """Other stories as a bold line, a date and a teaser, with a link to the story after the teaser."""
    return '<div class="more">' + "".join(
        f'<div class="item"><b>{title.split(" ")[0]} {title.split(" ")[-1]}</b> <span>March {9 + i}, 2024</span><p>'
        f"{teaser} {link(i, title)}</p></div>" for i, (title, _, teaser) in enumerate(_STORIES)) + "</div>"


@pytest.mark.parametrize("link", [
    lambda i, _: f'<a href="/news/{i}">More</a>',
    lambda i, _: f'<a href="https://www.valley.example/news/story-{i}/">Read the story</a>'], ids=["relative", "own-host"])
def test_teasers_whose_headline_is_no_link_are_no_comments(link):
    assert read(_page('<html lang="en">', "", _teasers(link))).comments.items == []


@pytest.mark.parametrize("link", [
    lambda i, _: f'<a href="https://www.valley.example/news/bike-lanes/comment/{i}">Permalink</a>',
    lambda i, _: f'<a href="/c/{4512 + i}">Permalink</a> <a href="/flag/{4512 + i}">Flag</a>',
    lambda i, _: f'<a href="/comment/{4512 + i}#comment-{4512 + i}">Permalink</a>',
    lambda i, _: f'<a href="/news/{i}">More</a> <a href="/report/{i}">Report</a>',
    lambda i, _: f'Same as <a href="/news/{i}">the ferry plan</a> last year.',
    lambda i, _: '<a href="/login">Log in to reply</a>',
    lambda i, _: f'<a href="/news/{i}">More</a> <span class="author-badge">Subscriber</span>',
    lambda i, _: f'<a href="/news/{i % 2}">See this story</a>'],
    ids=["permalink-below", "site-permalink-and-flag", "drupal-permalink", "report", "link-in-a-sentence", "one-page",
         "author-mark", "repeated"])
@pytest.mark.parametrize("heading", ["", "<h2>Comments</h2>"], ids=["no-header", "comments-header"])
def test_a_thread_whose_comments_link_to_pages_of_the_site_is_still_read(link, heading):
    assert len(read(_page('<html lang="en">', heading, _teasers(link))).comments.items) == 3


@pytest.mark.parametrize("heading", ["<h2>Comments</h2>", "<h3>3 Responses</h3>"])
def test_blocks_that_read_on_to_other_posts_under_a_comment_header_are_its_thread(heading):
    comments = read(_page('<html lang="en">', heading, _teasers(lambda i, _: f'<a href="/news/{i}">More</a>'))).comments
    assert len(comments.items) == 3


def test_commenters_names_that_link_to_their_pages_leave_a_thread_read():
    thread = "".join(f'<div><a href="/{name.split()[0].lower()}"><b>{name}</b></a> <span>{when}</span><p>{text}</p></div>'
                      for name, when, text in (
                          ("Helen Ward", "March 12, 2024 at 9:12 am", "About time, the junction needed this for years."),
                          ("Tom Nash", "March 12, 2024 at 11:40 am", "I worry about deliveries to the shops on Main St."),
                          ("Ruth Ames", "March 13, 2024 at 7:05 pm", "Tom, deliveries will use the side streets then.")))
    comments = read(_page('<html lang="en">', f'<h2>Comments</h2><div class="thread">{thread}</div>')).comments
    assert [c.author for c in comments.items] == ["Helen Ward", "Tom Nash", "Ruth Ames"]


# A long archive: thousands of headlines in one list, bare or each in its own card.
LISTS = {
    "bare": lambda n: "".join(f'<h3><a href="/news/{i}">Story number {i} of the list</a></h3><p>Teaser {i}.</p>'
                              for i in range(n)),
    "cards": lambda n: "".join(f'<div class="post"><h3><a href="/news/{i}">Story number {i} of the list</a></h3>'
                               f"<p>Teaser {i}.</p></div>" for i in range(n))}


@pytest.mark.parametrize("shape", LISTS)
def test_a_list_four_times_as_long_takes_about_four_times_as_long_to_clear_of_cards(shape):
    """8,000 headlines in one list: 4x the headlines within 8x the time (each card's test read the
    whole list's text again: 16x and more, about 4 s where 0.15 s do)."""
    small, large = [_page("<html>", '<div class="list">' + LISTS[shape](n) + "</div>") for n in (2000, 8000)]
    small_seconds, large_seconds = (pages.best_seconds(lambda: without_story_cards(html, _TITLE))
                                    for html in (small, large))
    assert large_seconds <= 8 * max(small_seconds, 0.01), (small_seconds, large_seconds)


# Other stories' cards with no link at all: a name-like headline (or the story's reporter), a date and a
# teaser, under a heading or in an element that names the block.
_UNLINKED = {
    "most-read-heading": lambda: '<section><h2>Most read</h2><ul>' + "".join(
        f"<li><strong>{name}</strong> <time>March {9 + i}, 2024</time> <p>{teaser}</p></li>"
        for i, (_, name, teaser) in enumerate(_STORIES)) + "</ul></section>",
    "wrapped-heading": lambda: '<div class="box"><div class="box-title"><h3>Popular now</h3></div>' + "".join(
        f'<div class="entry"><div>{title.split()[0]} {title.split()[-1]}</div><div>March {9 + i}, 2024</div>'
        f"<div>{teaser}</div></div>" for i, (title, _, teaser) in enumerate(_STORIES)) + "</div>",
    "headline-heading": lambda: '<section><h2>Related stories</h2>' + "".join(
        f"<div class='c'><h4>{title}</h4><div>{name} · March {9 + i}, 2024</div><p>{teaser}</p></div>"
        for i, (title, name, teaser) in enumerate(_STORIES)) + "</section>",
    "named-element": lambda: '<div class="block-related">' + "".join(
        f'<div class="item"><b>{title.split()[0]} {title.split()[-1]}</b> <span>March {9 + i}, 2024</span>'
        f"<p>{teaser}</p></div>" for i, (title, _, teaser) in enumerate(_STORIES)) + "</div>"}


@pytest.mark.parametrize("cards", _UNLINKED.values(), ids=_UNLINKED.keys())
@pytest.mark.parametrize("header", ["", "<h2>3 Comments</h2>"], ids=["no-header", "thread-by-script"])
def test_unlinked_cards_of_a_block_named_for_other_stories_are_no_comments(cards, header):
    comments = read(_page('<html lang="en">', header, cards())).comments
    assert comments.items == []


def _signed_thread(reply: str = "") -> str:
    return "".join(f"<div><b>{name}</b> <span>{when}</span><p>{text}</p>{reply}</div>" for name, when, text in (
        ("Helen Ward", "March 12, 2024 at 9:12 am", "About time, the junction by the school needed this."),
        ("Tom Nash", "March 12, 2024 at 11:40 am", "I worry about deliveries to the shops during the works."),
        ("Ruth Ames", "March 13, 2024 at 7:05 pm", "Tom, deliveries will use the side streets before ten.")))


@pytest.mark.parametrize("section", [
    '<div class="related"><h2>Related</h2><p><a href="/news/1">School board delays vote</a></p></div>'
    '<div class="thread">{thread}</div>',
    '<h2>Most read</h2><div class="thread">{thread_with_replies}</div>',
    '<section id="comments"><h2>Most popular</h2><div class="list">{thread}</div></section>'],
    ids=["after-a-related-box", "reply-controls", "in-the-comment-section"])
def test_a_thread_near_a_block_of_other_stories_is_still_read(section):
    html = section.format(thread=_signed_thread(), thread_with_replies=_signed_thread('<a href="#r">Reply</a>'))
    assert [c.author for c in read(_page('<html lang="en">', html)).comments.items] == [
        "Helen Ward", "Tom Nash", "Ruth Ames"]


# Headings of threads that begin like a block of other stories' heading, over a thread with no reply control.
@pytest.mark.parametrize("heading", ["Most popular comments", "Recommended comments", "Related discussion",
                                     "Trending discussion", "Top posts", "Latest posts", "Recent posts"])
def test_a_thread_whose_heading_begins_with_a_word_of_other_stories_is_still_read(heading):
    html = f'<div class="area"><h2>{heading}</h2><div class="list">{_signed_thread()}</div></div>'
    assert [c.author for c in read(_page('<html lang="en">', html)).comments.items] == [
        "Helen Ward", "Tom Nash", "Ruth Ames"]


def test_a_german_thread_of_the_most_liked_comments_is_still_read():
    html = f'<div class="area"><h2>Beliebteste Kommentare</h2><div class="list">{_signed_thread()}</div></div>'
    assert len(read(_page('<html lang="de">', html)).comments.items) == 3


# A thread's order named on its element, below the comment header.
@pytest.mark.parametrize("name", ["sort-popular", "list recommended", "thread trending"])
def test_a_thread_under_its_header_in_an_element_named_for_its_order_is_still_read(name):
    html = f'<h2>3 Responses</h2><div class="{name}">{_signed_thread()}</div>'
    comments = read(_page('<html lang="en">', html)).comments
    assert (comments.status, [c.author for c in comments.items]) == ("present", ["Helen Ward", "Tom Nash", "Ruth Ames"])


_SLUGS = ("school-board", "library-hours", "water-main")
# A list of stories in markup that names nothing, each story with a link to its own comments.
_STORY_LISTS = {
    "list-items": lambda: "<ul>" + "".join(
        f'<li><a href="/news/{slug}">{title}</a> <a href="/news/{slug}#comments">View comments</a></li>'
        for slug, (title, _, _) in zip(_SLUGS, _STORIES)) + "</ul>",
    "plain-blocks": lambda: "<div>" + "".join(
        f'<div><p><a href="https://www.valley.example/news/{slug}">{title}</a></p><p>{teaser}</p>'
        f'<p><a href="https://www.valley.example/news/{slug}/comments">Read comments</a></p></div>'
        for slug, (title, _, teaser) in zip(_SLUGS, _STORIES)) + "</div>",
    "one-teaser": lambda: f'<div><p>{_STORIES[0][2]} <a href="/news/{_SLUGS[0]}">Read more</a></p>'
                          f'<a href="/news/{_SLUGS[0]}#comments">View comments</a></div>'}


@pytest.mark.parametrize("stories", _STORY_LISTS.values(), ids=_STORY_LISTS.keys())
def test_a_link_to_another_story_s_comments_leaves_this_page_s_thread_unloaded_by_no_script(stories):
    comments = read(_page('<html lang="en">', "", stories())).comments
    assert (comments.status, comments.declared) == ("absent", None)


def test_a_link_to_this_article_s_comments_page_beside_its_own_linked_headline_is_its_control():
    html = _page('<html lang="en">', "").replace(
        f"<h1>{_TITLE}</h1>", f'<div class="head"><h1><a href="/news/bike-lanes">{_TITLE}</a></h1>'
                              '<a href="/news/bike-lanes/comments">View Comments (3)</a></div>')
    comments = read(html).comments
    assert (comments.status, comments.declared) == ("script-only", 3)


# Links beside the article's own "View comments" that open this page, or name no story: its date,
# "Permalink" and "Print" (to this address, or elsewhere on a page that gives its address another path).
@pytest.mark.parametrize("link", [
    '<a href="/news/bike-lanes">Permalink</a>',
    '<a href="/news/bike-lanes?print=1">Print</a>',
    '<a href="https://www.valley.example/news/bike-lanes" rel="bookmark">March 12, 2024</a>',
    '<a href="/2024/03/12/bike-lanes" rel="bookmark">March 12, 2024</a>'],
    ids=["permalink", "print", "date-permalink", "date-at-another-path"])
def test_a_link_beside_this_article_s_comments_link_that_names_no_other_story_leaves_it_its_control(link):
    slug = "2024/03/12/bike-lanes" if "2024/03" in link else "news/bike-lanes"
    html = _page('<html lang="en">', "").replace(
        f"<h1>{_TITLE}</h1>", f'<h1>{_TITLE}</h1><div class="meta"><a href="/authors/dana-reyes">Dana Reyes</a> | '
                              f'{link} | <a href="/{slug}/comments">View comments (3)</a></div>')
    comments = read(html).comments
    assert (comments.source, comments.status, comments.declared) == ("comments-link", "script-only", 3)
