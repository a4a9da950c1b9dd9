"""Comment threads in shapes real sites print that the other fixtures do not show: block-theme
WordPress, Drupal's Olivero theme, Blogger's threaded comments, a comment embed rendered into the
page before it was saved, replies nested eight deep, comments taken down, action bars written as
one line, a thread in German with no markup named for comments, a "top comments" preview before
the full list, and embeds whose comments live in a frame the saved page does not hold. A user
relies on each comment being read once, with its author, date, words and the comment it answers."""

import re

import pytest

from discourse.parse import read_pages
from discourse.parse.html.comments import fields
from tests.parse.html import pages
from tests.parse.html.steps import count_ancestor_steps

_THREE = [("Ann Smith", "A bridge is cheaper to build and to keep, and the council has the money now."),
          ("Bob Jones", "Cheaper, but it cuts the riverside park in two and brings traffic to the quay."),
          ("Carla Diaz", "Please add a cycle lane this time, the old bridge had none at all.")]


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def summary(html: str) -> list[tuple]:
    return [(c.author, c.date_iso, c.paragraphs, c.parent) for c in read(html).comments.items]


_EXPECTED = [("Ann Smith", "2023-05-02T10:00", [_THREE[0][1]], None),
             ("Bob Jones", "2023-05-02T11:00", [_THREE[1][1]], 1),
             ("Carla Diaz", "2023-05-03T09:00", [_THREE[2][1]], None)]
_WHEN = [("2023-05-02T10:00:00+00:00", "May 2, 2023 at 10:00 am"), ("2023-05-02T11:00:00+00:00", "May 2, 2023 at 11:00 am"),
         ("2023-05-03T09:00:00+00:00", "May 3, 2023 at 9:00 am")]


def _block_theme(i: int, replies: str = "") -> str:
    """One comment of a WordPress block theme (`wp-block-comment-template`)."""
    (name, text), (iso, shown) = _THREE[i], _WHEN[i]
    children = f'<ol class="children">{replies}</ol>' if replies else ""
    return f"""<li id="comment-{i + 5}" class="comment even depth-{2 if i == 1 else 1}"><div class="wp-block-columns">
<div class="wp-block-column" style="flex-basis:40px"><div class="wp-block-avatar"><img alt="{name} Avatar" class="avatar"></div></div>
<div class="wp-block-column"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://ann.example.org">{name}</a></div>
<div class="wp-block-group"><div class="wp-block-comment-date"><time datetime="{iso}"><a href="#comment-{i + 5}">{shown}</a></time></div></div>
<div class="wp-block-comment-content"><p>{text}</p></div>
<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></div></div>{children}</li>"""


BLOCK_THEME = pages.page(f"""<div class="wp-block-comments"><h2 class="wp-block-comments-title">3 responses to
“Council approves the new river bridge”</h2><ol class="wp-block-comment-template">{_block_theme(0, _block_theme(1))}{_block_theme(2)}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 class="comment-reply-title">Leave a Reply</h3>
<form class="comment-form"><textarea name="comment"></textarea></form></div></div>""")


def _olivero(i: int, shown: str, reply: str = "") -> str:
    """One comment of Drupal 10's Olivero theme; replies in the `div.indented` after it."""
    name, text = _THREE[i]
    return f"""<article id="comment-{i + 1}" class="comment js-comment by-anonymous" role="article" data-drupal-selector="comment">
<div class="comment__picture-wrapper"><img src="u.png" alt="Profile picture for user {name}"></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>{name} (not verified)</span></p>
<p class="comment__time">{shown}</p></footer><div class="comment__content">
<div class="text-formatted field field--name-comment-body field__item"><p>{text}</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/1/comment_body/{i + 1}">Reply</a></li></ul></div></div>
</article>{f'<div class="indented">{reply}</div>' if reply else ''}"""


OLIVERO = pages.page(f"""<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
{_olivero(0, "Tue, 05/02/2023 - 10:00", _olivero(1, "Tue, 05/02/2023 - 11:00"))}{_olivero(2, "Wed, 05/03/2023 - 09:00")}</section>""")


def _blogger(i: int, shown: str, replies: str = "") -> str:
    """One comment of Blogger's threaded comments; replies in its `comment-replies` box."""
    name, text = _THREE[i]
    return f"""<li class="comment" id="c10{i}"><div class="avatar-image-container"><img src="a.png" alt=""></div>
<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/{i}">{name}</a></cite>
<span class="datetime secondary-text"><a rel="nofollow" href="?showComment=10{i}#c10{i}">{shown}</a></span></div>
<p class="comment-content">{text}</p><span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="10{i}">Reply</a>
<span class="item-control blog-admin"><a href="https://www.blogger.com/comment/delete/1/10{i}">Delete</a></span></span></div>
<div class="comment-replies">{replies}</div><div class="comment-replybox-single" id="c10{i}-ce"></div></li>"""


BLOGGER = pages.page(f"""<div class="comments" id="comments"><h4>3 comments:</h4><div class="comments-content">
<div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
{_blogger(0, "May 2, 2023 at 10:00 AM", '<div class="comment-thread inline-thread"><span class="thread-toggle"><span class="thread-count"><a>Replies</a></span></span><ol class="thread-chrome thread-expanded"><div>' + _blogger(1, "May 2, 2023 at 11:00 AM") + '</div><div class="continue"><a class="comment-reply">Reply</a></div></ol></div>')}
{_blogger(2, "May 3, 2023 at 9:00 AM")}</ol><div id="top-continue" class="continue"><a class="comment-reply">Add comment</a></div>
<div class="loadmore hidden"><a>Load more...</a></div></div></div></div></div>""", head='<meta name="generator" content="blogger">')


def _coral(i: int, replies: str = "") -> str:
    """One comment of a Coral Talk stream as the browser had rendered it when the page was saved."""
    (name, text), (iso, _) = _THREE[i], _WHEN[i]
    return f"""<div class="coral coral-comment coral-indent-{1 if i == 1 else 0}" id="comment-c{i}" role="article">
<div class="coral-comment-header"><div class="coral-comment-userInfo"><button class="coral-comment-username coral-username"><span>{name}</span></button>
<time class="coral-timestamp coral-comment-timestamp" datetime="{iso}">{_WHEN[i][1]}</time></div></div>
<div class="coral-content coral-comment-content"><p>{text}</p></div>
<div class="coral-comment-actionBar"><button class="coral-comment-reactButton"><span>Respect</span><span>3</span></button>
<button class="coral-comment-replyButton">Reply</button><button class="coral-comment-reportButton">Report</button></div>
<div class="coral-replyList">{replies}</div></div>"""


CORAL = pages.page(f"""<div id="coral_thread"><div class="coral coral-stream"><div class="coral-comments">{_coral(0, _coral(1))}{_coral(2)}</div></div></div>
<script src="https://talk.daily.example/assets/js/embed.js"></script>""")


def _substack(i: int, replies: str = "") -> str:
    """One comment of a Substack thread as rendered: the comment, then its answers, in one list item;
    the date shown without its year ("May 2"), the full one in its tooltip."""
    (name, text), (iso, shown) = _THREE[i], _WHEN[i]
    return f"""<div class="comment-list-item"><div class="comment" id="comment-{i}"><div class="profile-img-wrap"><img alt="{name}'s avatar"></div>
<div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/profile/{i}">{name}</a></span>
<a class="comment-meta-item comment-date" href="#comment-{i}" title="{iso}">{shown.split(",")[0]}</a></div>
<div class="comment-body"><p><span>{text}</span></p></div><div class="comment-actions"><a class="like-button">Like (3)</a><a>Reply</a></div></div></div>
<div class="comment-list">{replies}</div></div>"""


SUBSTACK = pages.page(f"""<div class="comments-section"><h4 class="comments-heading">3 Comments</h4><div class="comment-list">
<div class="comment-list-items">{_substack(0, _substack(1))}{_substack(2)}</div></div></div>""")


@pytest.mark.parametrize("html", [BLOCK_THEME, OLIVERO, BLOGGER, CORAL, SUBSTACK], ids=[
    "wp-block-theme", "drupal-olivero", "blogger-threaded", "coral-rendered", "substack"])
def test_a_platform_s_thread_is_read_with_its_authors_dates_words_and_replies(html):
    assert summary(html) == _EXPECTED


def _wordpress(i: int, name: str, text: str, depth: int, replies: str = "", actions: str = "") -> str:
    """A WordPress comment; `actions` is a like-and-report bar a plugin appends to its text."""
    children = f'<ol class="children">{replies}</ol>' if replies else ""
    return f"""<li id="comment-{i}" class="comment depth-{depth}"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2023-05-02T10:{i:02d}:00+00:00">May 2, 2023 at 10:{i:02d} am</time></div></footer>
<div class="comment-content"><p>{text}</p>{actions}</div></article>{children}</li>"""


def _wordpress_thread(items: str, header: str) -> str:
    return pages.page(f'<div id="comments" class="comments-area"><h2 class="comments-title">{header}</h2>'
                      f'<ol class="comment-list">{items}</ol></div>')


def test_replies_nested_eight_deep_each_answer_the_one_they_sit_in():
    chain = ""
    for depth in range(8, 0, -1):
        chain = _wordpress(depth, f"Reader {depth}", f"Answer number {depth} in a long exchange about the bridge.", depth, chain)
    page = read(_wordpress_thread(chain, "8 Comments"))
    assert [(c.author, c.parent, c.depth) for c in page.comments.items] == [
        (f"Reader {n}", n - 1 or None, n - 1) for n in range(1, 9)]


@pytest.mark.parametrize("notice", ["This comment has been deleted.", "[removed]",
                                    "This comment has been removed by the author.", "Dieser Kommentar wurde gelöscht."])
def test_a_comment_taken_down_is_not_read_and_its_reply_answers_the_comment_above_it(notice):
    taken_down = f'<li id="comment-2" class="comment depth-2"><article class="comment-body"><div class="comment-content"><p><em>{notice}</em></p></div></article><ol class="children">{_wordpress(3, "Dan Cole", "I agree with whoever that was, the park matters.", 3)}</ol></li>'
    html = _wordpress_thread(_wordpress(1, "Ann Smith", _THREE[0][1], 1, taken_down), "3 Comments")
    page = read(html)
    assert [(c.author, c.parent) for c in page.comments.items] == [("Ann Smith", None), ("Dan Cole", 1)]
    assert [r.kind for r in page.comments.repairs] == ["deleted"]


def test_a_comment_taken_down_lends_its_name_and_date_to_no_article():
    """The page has no byline: the deleted comment's name line is still the commenter's."""
    items = _wordpress(1, "Ann", "Removed.", 1) + _wordpress(2, "Bob Jones", _THREE[1][1], 1)
    page = read(re.sub(r'<p class="byline">.*?</p>', "", _wordpress_thread(items, "2 Comments"), flags=re.S))
    assert (page.article.author, page.article.date) == (None, None)
    assert [c.author for c in page.comments.items] == ["Bob Jones"]


@pytest.mark.parametrize("actions", [
    '<p class="c-bar"><span>Like 3</span> <span>Report</span> <span>Share</span></p>',
    '<p class="c-bar"><a href="#">Like</a> (12) · <a href="#">Reply</a> · <a href="#">Report</a></p>',
    '<p class="c-bar"><a href="#">Antworten</a> <a href="#">Melden</a> <span>Gefällt mir 3</span></p>'])
def test_an_action_bar_the_markup_does_not_name_is_not_the_commenter_s_words(actions):
    page = read(_wordpress_thread(_wordpress(1, "Ann Smith", _THREE[0][1], 1, actions=actions), "1 Comment"))
    assert page.comments.items[0].paragraphs == [_THREE[0][1]]


def test_a_german_thread_with_no_markup_named_for_comments_reads_names_without_their_verb():
    posts = "".join(f'<div class="beitrag"><div class="kopf"><span class="nutzer">{name}</span> schrieb am {shown}:</div>'
                    f'<div class="txt"><p>{text}</p></div><div class="akt"><a href="#">Antworten</a> <a href="#">Melden</a>'
                    f' <span>Gefällt mir 3</span></div></div>'
                    for name, shown, text in [("Anna", "2. Mai 2023 um 10:00", "Eine Brücke ist billiger als ein Tunnel, sagt der Rat."),
                                              ("Bernd", "2. Mai 2023 um 11:00", "Billiger schon, aber sie zerschneidet den Park.")])
    page = read(pages.page(f'<section class="leserstimmen"><h2>Leserkommentare</h2>{posts}</section>'))
    assert [(c.author, c.date_iso, c.paragraphs) for c in page.comments.items] == [
        ("Anna", "2023-05-02T10:00", ["Eine Brücke ist billiger als ein Tunnel, sagt der Rat."]),
        ("Bernd", "2023-05-02T11:00", ["Billiger schon, aber sie zerschneidet den Park."])]


def test_a_top_comments_preview_cut_short_is_not_counted_again():
    full = "".join(_wordpress(i, name, text, 1) for i, (name, text) in enumerate(_THREE, 1))
    preview = ('<div class="comments-preview"><h3>Most liked</h3><ol class="comment-list">'
               + _wordpress(2, _THREE[1][0], _THREE[1][1][:50] + "…", 1) + '</ol></div>')
    page = read(pages.page(preview + f'<div id="comments" class="comments-area"><h2 class="comments-title">3 Comments</h2>'
                                     f'<ol class="comment-list">{full}</ol></div>'))
    assert [(c.author, c.paragraphs) for c in page.comments.items] == [(name, [text]) for name, text in _THREE]
    assert page.comments.doubts == []
    assert page.article.paragraphs[-1].text.startswith("Opponents, who had argued for a tunnel")


def test_two_anonymous_comments_one_beginning_with_the_other_s_words_are_both_read():
    short = "I am not sure about this bridge at all..."
    longer = "I am not sure about this bridge at all, but the tunnel would have cost twice as much."
    items = _wordpress(1, "Anonymous", short, 1) + _wordpress(2, "Anonymous", longer, 1)
    page = read(_wordpress_thread(items, "2 Comments"))
    assert [c.paragraphs for c in page.comments.items] == [[short], [longer]]


def test_replies_in_utility_classed_markup_are_the_comments_not_their_name_lines():
    def post(i: int, replies: str = "") -> str:
        name, text = _THREE[i]
        return (f'<div class="mt-4 flex gap-3"><div class="mt-1 flex gap-2"><span class="font-bold">{name}</span></div>'
                f'<div class="mt-1 text-sm">{_WHEN[i][1]}</div><div class="mt-2 text-base"><p>{text}</p></div>'
                f'<div class="ml-8 mt-2">{replies}</div></div>')
    assert summary(pages.page(f'<section class="talk"><h3>3 Comments</h3>{post(0, post(1))}{post(2)}</section>')) == _EXPECTED


@pytest.mark.parametrize("embed", [
    '<script src="https://giscus.app/client.js" data-repo="ann/blog" data-mapping="pathname" async></script>'
    '<div class="giscus"><iframe class="giscus-frame" title="Comments" src="https://giscus.app/en/widget"></iframe></div>',
    '<script src="https://utteranc.es/client.js" repo="ann/blog" issue-term="pathname" async></script>'
    '<div class="utterances"><iframe class="utterances-frame" title="Comments" src="https://utteranc.es/utterances.html"></iframe></div>',
    '<section class="article-comments"><iframe title="comments-frame" src="about:blank"></iframe>'
    '<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.12/umd/comments-ui.min.js" '
    'data-ghost-comments="https://blog.example/" data-post-id="64a"></script></section>'], ids=["giscus", "utterances", "ghost"])
def test_comments_an_embed_loads_into_a_frame_are_not_in_the_saved_page_and_it_says_so(embed):
    page = read(pages.page(embed))
    assert (page.comments.status, page.comments.items, page.comments.doubts) == ("script-only", [], [])


@pytest.mark.parametrize("header", ["Leserkommentare (3)", "7 Leserkommentare", "Commenti (3)", "Reacties (3)",
                                    "Discussion (3)", "Kommentarer (3)"])
def test_a_header_that_counts_the_comments_after_its_word_or_in_a_compound_declares_the_count(header):
    full = "".join(_wordpress(i, name, text, 1) for i, (name, text) in enumerate(_THREE, 1))
    page = read(_wordpress_thread(full, header))
    assert (page.comments.header, page.comments.declared) == (header, int("".join(filter(str.isdigit, header))))


@pytest.mark.parametrize("heading", ["Final thoughts (2)", "Early reactions (3)"])
def test_an_article_heading_with_a_count_in_brackets_is_no_comment_header(heading):
    page = read(pages.page("").replace("<h2>What happens next</h2>", f"<h2>{heading}</h2>"))
    assert (page.comments.header, page.comments.declared) == (None, None)


def test_a_thread_in_a_section_after_the_site_footer_is_read_and_stays_out_of_the_article():
    full = "".join(_wordpress(i, name, text, 1) for i, (name, text) in enumerate(_THREE, 1))
    after = (f'<section id="comments" class="comments-area"><h2 class="comments-title">3 Comments</h2>'
             f'<ol class="comment-list">{full}</ol></section>')
    html = pages.page("").replace("</footer>\n</body>", f"</footer>{after}\n</body>")
    page = read(html)
    assert [(c.author, c.paragraphs) for c in page.comments.items] == [(name, [text]) for name, text in _THREE]
    assert page.article.paragraphs[-1].text.startswith("Opponents, who had argued for a tunnel")


def test_reading_a_deeply_nested_reply_chain_looks_above_each_comment_only_to_its_own_box(monkeypatch):
    """Each comment's text is sought below its own box: a hostile chain of thousands of replies
    must not walk every comment's ancestors up to the page (quadratic: minutes for one page)."""
    steps = count_ancestor_steps(monkeypatch, fields)
    depth = 150
    replies = "".join(f'<li class="comment"><div class="comment-author"><cite class="fn">Ann {i}</cite></div><div '
                      f'class="comment-body"><p>Reply {i}: I do not agree with the council.</p></div><ul class="children">'
                      for i in range(depth))
    page = read(pages.page('<div id="comments"><ol class="comment-list">' + replies + "</ul></li>" * depth + "</ol></div>"))
    assert len(page.comments.items) == depth
    assert steps[0] <= 20 * depth
