"""Publishing platforms the dev pages do not show (Substack, Ghost, Medium, Blogger, Squarespace, a
Discourse topic as the browser shows it), each a whole page in the platform's own markup
(`publishing_platform_pages`), and the general readings they asked for: a name alone over a date
alone opening a response (a forum's rank there names no one), a date inside a link beside the name's block, a user name printed beside
the full name, a forum's "in reply to" tab, and a date shown short ("Mar '24") with the full one in
its tooltip. A user relies on the title, author, date, body edges, declared count, commenters and
replies of each."""

import pytest

from discourse.parse import read_pages
from tests.parse.html.publishing_platform_pages import FACTS, PAGES


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


@pytest.mark.parametrize("name", PAGES)
def test_a_platform_s_post_and_comments_are_read_as_it_prints_them(name):
    page = read(PAGES[name])
    article, comments = page.article, page.comments
    title, author, date, first, last, declared, thread = FACTS[name]
    assert (article.title, article.author, article.date) == (title, author, date)
    assert (article.paragraphs[0].text, article.paragraphs[-1].text) == (first, last)
    assert comments.declared == declared
    assert [(c.author, c.parent) for c in comments.items] == thread


def test_ghost_s_native_comments_are_a_script_s_and_its_photo_credit_names_no_one():
    page = read(PAGES["ghost"])
    assert page.comments.status == "script-only"
    assert page.article.author == "Mira Holt"
    assert read(PAGES["ghost"].replace('"author": {"@type": "Person", "name": "Mira Holt", '
                                       '"url": "https://rivernotes.example/author/mira/"}, ', "")).article.author == "Mira Holt"


def test_every_comment_of_the_platforms_is_dated():
    for name in ("substack", "medium", "blogger", "squarespace", "discourse"):
        assert all(c.date_iso for c in read(PAGES[name]).comments.items), name


_ARTICLE = ('<html lang="en"><head><title>Council approves the footbridge</title></head><body><article>'
            "<h1>Council approves the footbridge</h1><p>The river council voted on Tuesday to approve the "
            "long-debated footbridge at Mill Lane.</p><p>Construction is expected to begin next spring.</p></article>")
_SAID = [("Ann Lee", "ann", "I cross at Mill Lane every day and the detour adds twenty minutes."),
         ("Bob Stone", "bob", "A ferry would have been cheaper to run, but the bridge lasts longer."),
         ("Cy Hart", "cy", "Will the bridge be wide enough for cargo bikes? The drawings do not say.")]


def _thread(item) -> str:
    return (_ARTICLE + '<section class="responses"><h2>Responses (3)</h2>'
            + "".join(item(i, *said) for i, said in enumerate(_SAID)) + "</section></body></html>")


def test_a_name_alone_over_a_date_alone_opens_a_response():
    html = _thread(lambda i, name, _, text: f'<div class="r{i % 2} x"><div class="q"><div><p>{name}</p></div>'
                                            f'<div><p>Mar {4 + i}, 2024</p></div></div><div><pre>{text}</pre></div></div>')
    assert [(c.author, c.date, c.paragraphs) for c in read(html).comments.items] == [
        (name, f"Mar {4 + i}, 2024", [text]) for i, (name, _, text) in enumerate(_SAID)]


_RANKED = {
    "blocks": lambda rank: _thread(lambda i, _, __, text: f'<div class="r{i % 2} x"><div class="q"><div><p>{rank}</p>'
                                   f'</div><div><p>Mar {4 + i}, 2024</p></div></div><div><pre>{text}</pre></div></div>'),
    "paragraphs": lambda rank: (_ARTICLE + '<section id="comments"><h2>Comments</h2><ol class="commentlist">' + "".join(
        f'<li class="comment"><div class="comment-body"><p>{rank}</p><p>Mar {4 + i}, 2024</p><p>{text}</p></div></li>'
        for i, (_, _, text) in enumerate(_SAID)) + "</ol></section></body></html>")}


@pytest.mark.parametrize("shape", _RANKED)
@pytest.mark.parametrize("rank", ["Senior Member", "New Member", "Global Moderator"])
def test_a_forum_rank_over_a_date_alone_is_no_commenter_s_name(shape, rank):
    items = read(_RANKED[shape](rank)).comments.items
    assert [c.date for c in items] == [f"Mar {4 + i}, 2024" for i in range(len(_SAID))]
    assert [c.author for c in items] == [None] * len(_SAID)


def test_a_date_in_a_link_names_the_commenter_in_the_block_beside_the_link():
    html = _thread(lambda i, name, _, text: f'<div class="resp"><div>{name}</div><a href="#r{i}"><span class="date">'
                                            f"March {4 + i}, 2024</span></a><p>{text}</p></div>")
    assert [c.author for c in read(html).comments.items] == [name for name, _, _ in _SAID]


def test_a_user_name_beside_the_full_name_is_the_commenter_s_name():
    html = _thread(lambda i, name, handle, text: f'<div class="comment"><div class="names user-card"><span class="username">'
                                                 f'{handle}</span> <span class="full-name">{name}</span></div>'
                                                 f'<time datetime="2024-03-0{4 + i}">Mar {4 + i}</time><p>{text}</p></div>')
    assert [c.author for c in read(html).comments.items] == [handle for _, handle, _ in _SAID]


def _signed(box) -> str:
    """A thread whose author boxes (a full name, a handle) are given by `box(name, handle)`."""
    return _thread(lambda i, name, handle, text: f'<li class="comment"><div class="comment-author">{box(name, handle)}'
                                                 f'</div><time datetime="2024-03-0{4 + i}">Mar {4 + i}</time>'
                                                 f'<div class="comment-content"><p>{text}</p></div></li>')


def test_a_handle_beside_the_full_name_leaves_the_full_name_the_commenter_s_name():
    html = _signed(lambda name, handle: f'<span class="display-name">{name}</span> <span class="username">@{handle}'
                                        "</span>")
    assert [c.author for c in read(html).comments.items] == [name for name, _, _ in _SAID]


def test_a_handle_alone_names_the_commenter_without_its_at_sign():
    html = _signed(lambda name, handle: f'<span class="username">@{handle}</span>')
    assert [c.author for c in read(html).comments.items] == [handle for _, handle, _ in _SAID]


@pytest.mark.parametrize("badge", ["Verified", "Moderator", "Senior Member", "Staff"])
def test_a_badge_in_the_user_name_element_leaves_the_full_name_the_commenter_s_name(badge):
    html = _signed(lambda name, handle: f'<span class="display-name">{name}</span> <span class="username">{badge}'
                                        "</span>")
    assert [c.author for c in read(html).comments.items] == [name for name, _, _ in _SAID]


def test_an_in_reply_to_tab_names_the_comment_answered():
    def post(i, name, handle, text):
        tab = f'<div class="reply-to-tab"><img class="avatar" alt="" src="a.png"><span>{_SAID[0][1]}</span></div>' \
            if i == 2 else ""
        return (f'<div class="comment" id="post_{i}"><span class="username">{handle}</span>{tab}'
                f'<time datetime="2024-03-0{4 + i}">Mar {4 + i}</time><p>{text}</p></div>')
    assert [(c.author, c.parent) for c in read(_thread(post)).comments.items] == [("ann", None), ("bob", None),
                                                                                 ("cy", 1)]


def test_a_short_date_with_the_full_one_in_its_tooltip_dates_the_comment():
    html = _thread(lambda i, name, _, text: f'<div class="comment"><span class="author">{name}</span><span '
                                            f'class="relative-date" title="Mar {4 + i}, 2024 9:15 am">Mar \'24</span>'
                                            f"<p>{text}</p></div>")
    assert [c.date_iso for c in read(html).comments.items] == [f"2024-03-0{4 + i}T09:15" for i in range(3)]


def _listed_thread(head: str = "", item_class: str = "comment") -> str:
    """A thread in `ol.commentlist > li`, the words every theme and platform uses; `head` adds to the page's head."""
    items = "".join(f'<li class="{item_class}" id="comment-{i}"><cite>{name}</cite> <span class="date">Mar {4 + i}, '
                    f"2024</span><p>{text}</p></li>" for i, (name, _, text) in enumerate(_SAID))
    return (_ARTICLE.replace("</head>", f"{head}</head>") + '<div id="comments"><h2>3 Comments</h2>'
            f'<ol class="commentlist">{items}</ol></div></body></html>')


def test_a_thread_that_shows_no_mark_of_wordpress_is_not_named_wordpress():
    assert read(PAGES["substack"]).comments.source == "comment-markup"
    assert read(_listed_thread()).comments.source == "comment-markup"


def _classic_thread(item) -> str:
    """A thread in `ol.commentlist` as a saved page keeps it: its styles under "Page_files/", not "/wp-content/"."""
    items = "".join(item(i, name, text) for i, (name, _, text) in enumerate(_SAID))
    return (_ARTICLE.replace("</head>", '<link rel="stylesheet" href="Page_files/style.css"></head>')
            + f'<div id="comments"><h3>3 Responses</h3><ol class="commentlist">{items}</ol></div></body></html>')


# WordPress's classic comment template as a theme's own callback prints it (no `depth-N`, no `thread-even`),
# and as Kubrick printed it before threaded comments.
_CLASSIC_WORDPRESS = {
    "callback": lambda i, name, text: (
        f'<li class="comment" id="comment-{i}"><div class="comment-body"><div class="comment-author vcard">'
        f'<cite class="fn">{name}</cite> <span class="says">says:</span></div><div class="comment-meta '
        f'commentmetadata"><a href="#comment-{i}">March {4 + i}, 2024 at 10:02 am</a></div><p>{text}</p></div></li>'),
    "kubrick": lambda i, name, text: (
        f'<li class="{"alt" if i % 2 else ""}" id="comment-{i}"><cite>{name}</cite> Says:<br><small '
        f'class="commentmetadata"><a href="#comment-{i}">March {4 + i}th, 2024 at 10:02 am</a></small>'
        f"<p>{text}</p></li>")}


@pytest.mark.parametrize("item", _CLASSIC_WORDPRESS.values(), ids=_CLASSIC_WORDPRESS.keys())
def test_a_saved_classic_wordpress_thread_is_named_wordpress(item):
    comments = read(_classic_thread(item)).comments
    assert comments.source == "wordpress"
    assert [c.author for c in comments.items] == [name for name, _, _ in _SAID]


@pytest.mark.parametrize("item", [
    lambda i, name, text: (f'<li class="comment"><div class="comment-body"><div class="comment-author vcard">'
                           f'<cite>{name}</cite></div><span class="date">Mar {4 + i}, 2024</span><p>{text}</p>'
                           "</div></li>"),
    lambda i, name, text: f'<li class="comment"><cite>{name}</cite> says: <p>{text}</p></li>'],
    ids=["borrowed-words", "says-alone"])
def test_a_theme_with_some_of_wordpress_s_classic_words_is_not_named_wordpress(item):
    assert read(_classic_thread(item)).comments.source == "comment-markup"


@pytest.mark.parametrize("head, item_class", [
    ('<meta name="generator" content="WordPress 6.4.3">', "comment"),
    ('<meta name="generator" content="Elementor 3.20"><link rel="stylesheet" '
     'href="https://ferry.example/wp-content/themes/astra/style.css">', "comment"),
    ('<meta name="generator" content="Site Kit by Google 1.120">', "comment even thread-even depth-1")],
    ids=["generator", "theme-path", "template-classes"])
def test_wordpress_is_named_by_its_generator_its_paths_or_its_template_s_classes(head, item_class):
    assert read(_listed_thread(head, item_class)).comments.source == "wordpress"
