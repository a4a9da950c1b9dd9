"""Shapes of page whose comment section the reader once misread: an AMP page whose comments open
behind a "View Comments (14)" control, a byline's comment-count link where a script loads the
thread, a static blog's flat list whose replies carry only a reply class, a comment form's labels
beside a byline-less article, a site credit in the footer, and a live blog's timed entries. A user
relies on the count the page declares, on no comment being made up from what follows a control or
a live blog's entries, on each reply answering its comment, and on a form or a credit never naming
the author."""

import pytest

from discourse.parse import read_pages
from discourse.parse.html.comments import furniture
from tests.parse.html import pages

_HEAD = ('<head><meta charset="utf-8"><title>City council approves new bike lanes | The Valley Courier</title>'
         '<meta property="og:title" content="City council approves new bike lanes"></head>')
_NAV = ('<header class="site-header"><a href="/">The Valley Courier</a><nav><a href="/news">News</a> '
        '<a href="/sports">Sports</a></nav></header>')
_STORY = ("The city council voted 6-1 on Tuesday night to approve protected bike lanes along three busy streets.",
          "Supporters packed the chamber and cheered loudly when the final vote was read out by the clerk.",
          "Opponents, mostly owners of small shops, argued that removing parking would drive customers away.",
          "Construction is expected to begin in the summer and to last about eighteen months.")
_ARTICLE = ('<article><h1>City council approves new bike lanes</h1><div class="byline">By <span class="author">'
            'Maria Lopez</span> <time datetime="2024-03-12T09:00:00Z">March 12, 2024</time></div>'
            + "".join(f"<p>{text}</p>" for text in _STORY) + "</article>")
# Other stories' cards after the comments control: each a headline, a teaser, a name and a date.
_CARDS = ('<aside class="related"><h2>More from News</h2>' + "".join(
    f'<div class="card"><a href="/news/{i}"><h3>{title}</h3></a><p>{teaser}</p><span>{name}</span> '
    f'<span>March {9 + i}, 2024</span></div>'
    for i, (title, teaser, name) in enumerate([
        ("School board delays vote on calendar", "The board will revisit the plan in April after parents asked.",
         "Maria Lopez"),
        ("Library extends weekend hours", "The central library will stay open until 8 pm on Saturdays.", "Tim Cole"),
        ("Water main break closes Elm Street", "Crews expect the repair to take two days; use Oak Avenue.",
         "Jo Park")])) + "</aside>")


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def _page(root: str, section: str, after: str = _CARDS) -> str:
    return (f"<!doctype html>{root}{_HEAD}<body>{_NAV}<main>{_ARTICLE}{section}{after}</main>"
            "<footer><p>© 2024 The Valley Courier.</p></footer></body></html>")


def test_amp_page_comments_behind_a_button_are_declared_and_none_is_made_up():
    page = read(_page('<html amp lang="en">',
                      '<section class="amp-comments"><button on="tap:comments-lightbox">View Comments (14)</button>'
                      "</section>"))
    comments = page.comments
    assert (comments.declared, comments.items, comments.status) == (14, [], "script-only")
    assert comments.header == "View Comments (14)"
    assert any("not in the saved page" in warning for warning in page.warnings)


@pytest.mark.parametrize("control", [
    '<button class="show-comments">View comments (5)</button>',
    '<button type="button" data-action="load-comments">Show comments (5)</button>',
    '<a href="javascript:void(0)" class="load-comments">Show comments (5)</a>',
    '<a href="#" role="button">View comments (5)</a>'], ids=["button", "typed-button", "script-link", "hash-link"])
@pytest.mark.parametrize("after", ["", _CARDS], ids=["nothing-after", "cards-after"])
def test_a_button_that_loads_the_comments_by_script_makes_them_script_only_with_its_count(control, after):
    page = read(_page('<html lang="en">', f'<div class="comments-cta">{control}</div>', after=after))
    comments = page.comments
    assert (comments.status, comments.declared, comments.items, comments.source) == (
        "script-only", 5, [], "comments-link")
    assert comments.doubts == []


@pytest.mark.parametrize("section", [
    '<div id="comments-area"><button class="toggle-comments">Show comments (0)</button><div id="respond">'
    '<h3>Leave a Reply</h3><form action="/wp-comments-post.php" id="commentform"><textarea name="comment"></textarea>'
    '<input type="submit" value="Post Comment"></form></div></div>',
    '<div class="comments-cta"><button class="show-comments">View comments (5)</button></div>'
    '<p class="closed">Comments are closed.</p>',
    '<div class="share"><a href="javascript:void(0)">Share</a> <a href="#">Read comments</a></div>',
    '<aside class="related"><h2>Related stories</h2>' + "".join(
        f'<div class="story"><h3><a href="/local/{slug}">{title}</a></h3><p>{teaser}</p><button>View comments</button>'
        "</div>" for slug, title, teaser in (("roads", "Roads resurfaced", "The town will resurface roads."),
                                              ("school", "School opens", "A new school opens."))) + "</aside>",
    '<div class="most-read"><p>Most read</p><ul>' + "".join(
        f'<li><a href="/local/{slug}">{title}</a> <a href="javascript:openComments({i})">Read comments</a></li>'
        for i, (slug, title) in enumerate((("roads", "Roads to be resurfaced this summer"),
                                           ("school", "New school opens its doors")), 4)) + "</ul></div>",
    '<div class="story"><a href="/local/school">School opens</a> <button>View comments</button></div>'],
    ids=["zero-count", "closed-notice", "share-bar-placeholder", "related-stories", "list-of-stories",
         "beside-another-story"])
def test_a_control_that_loads_no_comments_of_this_page_makes_them_no_script_s(section):
    comments = read(_page('<html lang="en">', section, after="")).comments
    assert comments.status != "script-only"
    assert comments.source != "comments-link"


def test_a_button_over_comments_the_markup_holds_is_no_sign_of_a_script():
    unread = "".join(f'<section class="comment">{text}</section>' for text in (
        "About time, the junction by the school has needed this for years now.",
        "I worry about deliveries to the shops on Main Street during the works.",
        "The council said deliveries will use the side streets before ten in the morning."))
    page = read(_page('<html lang="en">', f'<button class="toggle">Show comments (3)</button><div hidden>{unread}</div>',
                      after=""))
    assert page.comments.status != "script-only"


def test_link_that_opens_the_comments_on_another_page_declares_their_count():
    page = read(_page('<html lang="en">', '<p><a href="https://example.com/bike-lanes/comments">Show all 9 comments'
                                          "</a></p>", after=""))
    assert (page.comments.declared, page.comments.items, page.comments.source) == (9, [], "comments-link")


def test_link_to_the_comments_in_this_page_leaves_them_to_be_read():
    thread = ('<div id="comments"><h2>2 Comments</h2>'
              '<div class="c"><p><b>Helen Ward</b> March 12, 2024 at 9:12 am</p><p>About time, the junction by the '
              "school has needed this for years.</p></div>"
              '<div class="c"><p><b>Tom Nash</b> March 12, 2024 at 11:40 am</p><p>I worry about deliveries to the '
              "shops on Main Street during the works.</p></div></div>")
    page = read(_page('<html lang="en">', '<p><a href="#comments">View Comments (2)</a></p>' + thread, after=""))
    assert [c.author for c in page.comments.items] == ["Helen Ward", "Tom Nash"]
    assert page.comments.status == "present"


def _disqus_page(links: str) -> str:
    return ('<!doctype html><html lang="en"><head><title>Why I switched back to a paper notebook</title></head><body>'
            '<article class="post"><h1 class="entry-title">Why I switched back to a paper notebook</h1>'
            f'<div class="entry-meta">Posted on <time datetime="2023-09-04">September 4, 2023</time> by '
            f'<span class="author vcard"><a href="/author/tom">Tom Reyes</a></span> · {links}</div>'
            '<div class="entry-content">' + "".join(f"<p>{text}</p>" for text in _STORY) + "</div></article>"
            '<div id="disqus_thread"></div><script>var d = document, s = d.createElement("script"); '
            's.src = "https://slownotes.disqus.com/embed.js"; d.body.appendChild(s);</script></body></html>')


def test_disqus_count_link_is_the_declared_count_of_a_thread_a_script_loads():
    for link in ('<a href="https://slownotes.example/paper/#disqus_thread">14 Comments</a>',
                 '<a href="/paper/" data-disqus-identifier="412 https://slownotes.example/?p=412">14 Comments</a>',
                 '<a href="/paper/"><span class="dsq-postid" data-dsqidentifier="412">14 Comments</span></a>',
                 '<span class="comments-link"><a href="/paper/#comments">14 Comments</a></span>'):
        page = read(_disqus_page(link))
        assert (page.comments.declared, page.comments.status, page.comments.items) == (14, "script-only", [])
        assert any("loaded by a script" in warning for warning in page.warnings)
        assert not page.comments.doubtful


def test_count_links_of_several_articles_declare_no_count():
    links = ('<a href="/a/#disqus_thread">14 Comments</a> <a href="/b/#disqus_thread">3 Comments</a>')
    assert read(_disqus_page(links)).comments.declared is None


def _static_thread(reply_class: str, top_class: str = "comment") -> str:
    said = [("Peter Hall", "We live at 1,800 metres and had the same trouble; halving the starter helped most."),
            ("Anna Berg", "Thanks Peter, that matches what I found. Did you change the water as well?"),
            ("Lucia Gomez", "Is a Dutch oven necessary? I only have a baking stone and the crust stays pale."),
            ("Sam Ortiz", "A tray of boiling water on the bottom rack works nearly as well as a lid.")]
    items = "".join(
        f'<li class="{reply_class if i % 2 else top_class}" id="c{i}"><div class="comment-meta"><strong>{name}'
        f'</strong> <span class="comment-date">January {9 + i}, 2024</span></div><div class="comment-text"><p>{text}'
        f'</p></div><a class="comment-reply-link" href="#reply-c{i}">Reply</a></li>'
        for i, (name, text) in enumerate(said))
    return ('<!doctype html><html lang="en"><head><title>Baking sourdough at altitude</title>'
            '<meta name="generator" content="Hugo 0.120.0"></head><body><article><h1>Baking sourdough at altitude</h1>'
            + "".join(f"<p>{text}</p>" for text in _STORY) +
            f'</article><section id="comments"><h2>4 Comments</h2><ol class="comments">{items}</ol></section>'
            "</body></html>")


def test_flat_list_replies_marked_by_class_answer_the_comment_before_them():
    for reply_class in ("comment comment-reply", "comment reply", "reply"):
        comments = read(_static_thread(reply_class)).comments.items
        assert [(c.author, c.parent, c.depth) for c in comments] == [
            ("Peter Hall", None, 0), ("Anna Berg", 1, 1), ("Lucia Gomez", None, 0), ("Sam Ortiz", 3, 1)], reply_class


def test_reply_link_in_every_comment_makes_no_comment_a_reply():
    comments = read(_static_thread("comment")).comments.items
    assert [c.parent for c in comments] == [None] * 4


def _form_page(footer: str = "© Balcony Garden") -> str:
    fields = "".join(f'<p class="form-{name}"><label for="{name}">{label}</label> <input id="{name}" name="{name}" '
                     f'placeholder="{label}"></p>' for name, label in
                     (("author", "Name *"), ("email", "Email *"), ("url", "Website")))
    return ('<!doctype html><html lang="en"><head><title>Ten years of growing tomatoes</title></head><body>'
            '<article class="post"><h1 class="entry-title">Ten years of growing tomatoes</h1>'
            '<time class="entry-date" datetime="2022-06-14T08:00:00+00:00">June 14, 2022</time>'
            + "".join(f"<p>{text}</p>" for text in _STORY) +
            '</article><div id="respond" class="comment-respond"><h3>Leave a Reply</h3>'
            f'<form action="/wp-comments-post.php" id="commentform"><textarea name="comment"></textarea>{fields}'
            f'<input type="submit" value="Post Comment"></form></div><footer class="site-info">{footer}</footer>'
            "</body></html>")


def test_comment_form_labels_never_name_the_author():
    page = read(_form_page())
    assert page.article.author is None
    assert page.comments.items == []


def test_site_credit_in_the_footer_never_names_the_author():
    for credit in ("Proudly powered by WordPress", "Theme by ThemeGrill", "Designed by Studio Kobalt"):
        assert read(_form_page(credit)).article.author is None, credit


def test_byline_still_names_the_author_beside_a_comment_form():
    html = _form_page().replace("</h1>", '</h1><p class="byline">By Jane Marsh</p>')
    assert read(html).article.author == "Jane Marsh"


def test_live_blog_entries_are_the_body_not_comments():
    entries = [("23:40", "The first result is in from the harbour ward, where turnout was just over 61 per cent."),
               ("22:15", "Counting staff say ballot boxes from the northern villages are late because of fog."),
               ("21:05", "Both main candidates have arrived at the count; neither would predict the result."),
               ("20:00", "Polls have now closed and the first counts are expected around eleven o'clock.")]
    blog = "".join(f'<div class="liveblog-entry"><div class="entry-meta"><span class="entry-author">Claire Dunn</span>'
                   f' <time datetime="2024-11-05T{when}:00Z">{when}</time></div><p>{text}</p></div>'
                   for when, text in entries)
    html = ('<!doctype html><html lang="en"><head><title>Election night live</title><script type="application/ld+json">'
            '{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Election night live",'
            '"author":{"@type":"Person","name":"Claire Dunn"}}</script></head><body><article>'
            f'<h1>Election night live</h1><p class="byline">By Claire Dunn</p><div class="liveblog">{blog}</div>'
            "</article></body></html>")
    page = read(html)
    assert page.comments.items == []
    body = " ".join(p.text for p in page.article.paragraphs)
    assert all(text in body for _, text in entries)


def test_controls_of_several_stories_leave_the_page_to_be_read():
    teasers = "".join(f'<p><a href="/news/{i}/comments">View Comments ({count})</a></p>' for i, count in enumerate((4, 9)))
    page = read(_page('<html lang="en">', teasers))
    assert page.comments.status != "script-only"
    assert page.comments.source != "comments-link"


def test_a_plain_comment_form_beside_unnamed_comments_is_no_comment():
    fields = "".join(f'<p class="form-{name}"><label for="{name}">{label}</label> <input id="{name}" name="{name}" '
                     f'placeholder="{label}"></p>' for name, label in (("author", "Name *"), ("email", "Email *"),
                                                                        ("url", "Website")))
    html = ('<!doctype html><html lang="en"><head><title>Ten years of growing tomatoes</title></head><body><article>'
            "<h1>Ten years of growing tomatoes</h1>" + "".join(f"<p>{text}</p>" for text in _STORY) +
            '</article><div id="comments"><h2>3 Responses</h2><div>Helen Ward says:<br>June 15, 2022 at 9:12 am<br>'
            "Which variety did best for you in the shade? Our balcony faces north.<br><br>Tomasz Nowak says:<br>"
            "June 15, 2022 at 11:40 am<br>The pigeon story made me laugh. We lost our strawberries the same way.<br><br>"
            "Ruth Ames says:<br>June 16, 2022 at 7:05 pm<br>Thank you for this, I am starting my first year with "
            "cherry tomatoes.</div>"
            '<div><h3>Leave a Reply</h3><form action="/post" method="post"><p>Your email address will not be '
            'published. Required fields are marked *</p><p><label for="text">Comment *</label><textarea name="text">'
            f'</textarea></p>{fields}<p><input type="submit" value="Post Comment"></p></form></div></div>'
            "</body></html>")
    comments = read(html).comments.items
    assert [c.author for c in comments] == ["Helen Ward", "Tomasz Nowak", "Ruth Ames"]
    assert not any("Name" in " ".join(c.paragraphs) for c in comments)


_TEXT_THREAD = ("<h2>Comments</h2>"
                "<p>Alice said on March 5, 2021 at 9:14 am:</p><p>This is great news for the northern estates, the old "
                "route took forever to reach the hospital.</p>"
                "<p>Bob said on March 5, 2021 at 10:02 am:</p><p>I wonder who is paying for it, the article does not "
                "say anything about the budget at all.</p>"
                "<p>Carol said on March 6, 2021 at 8:30 pm:</p><p>Bob, it is in the council minutes, the county grant "
                "covers most of the first three years.</p>")


def _bus_page(byline_link: str, after: str = _TEXT_THREAD) -> str:
    return ('<!doctype html><html><head><title>Council approves new bus routes</title><link rel="canonical" '
            'href="https://gazette.example/news/bus-routes"></head><body><div class="story">'
            f'<h1>Council approves new bus routes</h1><div class="byline">By Jane Doe, March 4, 2021 · {byline_link}'
            '</div><div class="story-body"><p>The town council voted on Tuesday to approve three new bus routes that '
            "will connect the northern estates with the hospital and the train station.</p><p>Services are expected "
            "to begin in the autumn after a consultation with residents over the summer months.</p></div></div>"
            f'{after}<div class="footer"><p>Copyright Town Gazette 2021</p></div></body></html>')


def test_a_comments_link_never_keeps_the_thread_in_the_page_from_being_read():
    for link in ('<a href="https://gazette.example/news/bus-routes#comments">Read comments</a>',
                 '<a href="/news/bus-routes/#comments">Show comments</a>',
                 '<a href="/news/bus-routes/comments?page=2">View all comments</a>',
                 '<span class="comments-link"><a href="/news/bus-routes#comments">No Comments</a></span>'):
        page = read(_bus_page(link))
        assert [c.author for c in page.comments.items] == ["Alice", "Bob", "Carol"], link
        assert len(page.article.paragraphs) == 2, link


def test_a_link_to_this_page_or_its_next_page_is_no_control_that_opens_comments_elsewhere():
    for link in ('<a href="https://gazette.example/news/bus-routes#comments">Read comments (3)</a>',
                 '<a href="/news/bus-routes/?cpage=2#comments">View all 3 comments</a>'):
        page = read(_bus_page(link, after=""))
        assert page.comments.source != "comments-link", link
        assert page.comments.declared is None, link


def test_a_zero_count_link_states_no_count():
    page = read(_bus_page('<span class="comments-link"><a href="/news/bus-routes#comments">0 Comments</a></span>',
                          after=""))
    assert page.comments.declared is None


def test_another_storys_count_link_is_not_this_articles_count():
    stories = ('<div class="more"><h2>More stories</h2><ul><li><a href="/news/library">Library to open on Sundays</a> '
               '<span class="comments-link"><a href="/news/library#comments">12 Comments</a></span></li></ul></div>')
    page = read(_bus_page("", after=stories))
    assert page.comments.declared is None
    assert page.comments.doubts == []


def test_short_comments_with_inline_reply_boxes_are_all_read():
    said = [("Ann Lee", "Agreed."), ("Bo Chan", "Well said!"), ("Cy Hart", "Source please?"),
            ("Di Moss", "Thanks for writing this up, it matches what I saw at the meeting on Monday evening."),
            ("Ed Fox", "Nope."), ("Flo Kim", "The second route will also help the students at the college a lot.")]
    thread = "".join(f'<div class="cmt" id="c{i}"><div class="cmt-head"><span class="cmt-user">{name}</span> '
                     f'<span class="cmt-time">March {5 + i}, 2021</span></div><div class="cmt-text">{text}</div>'
                     f'<div class="cmt-actions"><a href="#c{i}">Reply</a><form class="cmt-reply-form" '
                     'style="display:none" action="/post" method="post"><textarea name="body"></textarea>'
                     "<button>Send</button></form></div></div>" for i, (name, text) in enumerate(said))
    page = read(_bus_page("", after=f'<div class="discussion"><h3>Reader comments (6)</h3>{thread}</div>'))
    assert [c.author for c in page.comments.items] == [name for name, _ in said]


@pytest.mark.parametrize("item_class", ["comment", "cmt"])
def test_short_comments_with_reply_boxes_inside_a_form_that_wraps_the_page_are_all_read(item_class):
    said = [("Ann Lee", "Agreed."), ("Bo Chan", "Well said!"), ("Cy Hart", "Source please?"),
            ("Di Moss", "Thanks for writing this up, it matches what I saw at the meeting on Monday evening."),
            ("Ed Fox", "Nope.")]
    thread = "".join(f'<div class="{item_class}" id="comment-{i}"><span class="name">{name}</span> <span class="date">'
                     f'March {5 + i}, 2021 at 9:1{i} am</span><div class="text">{text}</div><div class="reply-box" '
                     f'style="display:none"><textarea name="ctl00$reply{i}"></textarea><input type="submit" '
                     f'name="ctl00$btnReply{i}" value="Reply"></div></div>' for i, (name, text) in enumerate(said))
    form = ('<div class="post-comment"><h4>Leave a comment</h4><label>Name</label><input name="ctl00$txtName">'
            '<label>Email</label><input name="ctl00$txtEmail"><textarea name="ctl00$txtComment"></textarea>'
            '<input type="submit" name="ctl00$btnPost" value="Post"></div>')
    page = _bus_page("", after=f'<div class="comments"><h3>Comments (5)</h3>{thread}</div>{form}')
    assert [c.author for c in read(_in_page_form(page)).comments.items] == [name for name, _ in said]


def _in_page_form(page: str) -> str:
    """The page built as one ASP.NET form, as WebForms prints it."""
    return page.replace("<body>", '<body><form method="post" action="./Article.aspx?id=42" id="aspnetForm"><input '
                                  'type="hidden" name="__VIEWSTATE" value="dDwtMTA4">').replace("</body>", "</form></body>")


def test_a_form_that_wraps_the_page_is_measured_once_per_reading_not_once_per_comment(monkeypatch):
    measured = []
    monkeypatch.setattr(furniture, "_wraps_page", lambda form: measured.append(form) or True)
    thread = "".join(f'<div class="comment" id="comment-{i}"><span class="name">Reader {i}</span> <span class="date">'
                     f'March 5, 2021</span><div class="text">Agreed.</div><div class="reply-box"><textarea '
                     f'name="r{i}"></textarea></div></div>' for i in range(60))
    form = '<div class="post-comment"><input name="ctl00$txtEmail"><textarea name="ctl00$txtComment"></textarea></div>'
    page = read(_in_page_form(_bus_page("", after=f'<div class="comments"><h3>Comments</h3>{thread}</div>{form}')))
    assert len(page.comments.items) == 60
    assert len(measured) <= 3  # each reader that weighs comment forms measures it once


def test_a_podcast_host_is_its_author():
    html = ('<!doctype html><html><head><title>Episode 12: The history of the bicycle</title></head><body><article>'
            '<h1>Episode 12: The history of the bicycle</h1><p class="meta">Hosted by Jane Doe · March 4, 2021</p>'
            '<div class="content"><p>In this episode we trace the bicycle from the draisine of 1817 to the modern '
            "carbon racing frame, with stops in Paris and Coventry.</p><p>Our guest is a historian of technology who "
            "has written three books on early cycling clubs.</p></div></article></body></html>")
    assert read(html).article.author == "Jane Doe"


def test_short_comments_named_for_comments_with_inline_reply_boxes_are_all_read():
    said = [("Ann Lee", "Agreed."), ("Bo Chan", "Well said, thank you!"), ("Cy Hart", "Source please?"),
            ("Di Moss", "Thanks for writing this up, it matches what I saw at the meeting on Monday evening.")]
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author"><cite class="fn">{name}</cite>'
                    f'</div><div class="comment-meta"><a href="#comment-{i}">March {5 + i}, 2024 at 9:00 am</a></div>'
                    f'<p>{text}</p><div class="reply"><form class="reply-form" action="/reply" method="post">'
                    '<textarea name="text"></textarea><button>Send</button></form></div></li>'
                    for i, (name, text) in enumerate(said))
    page = read(_page('<html lang="en">', f'<div id="comments"><h3>4 Comments</h3><ol class="commentlist">{items}'
                                          "</ol></div>", after=""))
    assert [(c.author, c.paragraphs) for c in page.comments.items] == [(name, [text]) for name, text in said]


@pytest.mark.parametrize("form", [
    '<div class="comment"><h3>Leave a comment</h3><form action="/post" method="post"><textarea name="comment">'
    "</textarea>{fields}<button>Post</button></form></div>",
    '<form action="/post" method="post"><div class="comment"><label>Comment *</label><textarea name="comment">'
    "</textarea></div>{fields}<button>Post</button></form>"], ids=["form-in-a-comment-box", "text-field-in-a-comment-box"])
def test_the_comment_form_named_for_comments_is_no_comment(form):
    fields = "".join(f'<p><label for="{name}">{label}</label> <input id="{name}" name="{name}"></p>'
                     for name, label in (("author", "Name *"), ("email", "Email *")))
    items = "".join(f'<div class="comment" id="comment-{i}"><cite class="fn">{name}</cite> <span class="date">March '
                    f'{5 + i}, 2024</span><p>{text}</p></div>' for i, (name, text) in enumerate(
                        [("Ann Lee", "The junction by the school has needed this for years, finally."),
                         ("Bo Chan", "I worry about deliveries to the shops during the works.")]))
    page = read(_page('<html lang="en">', f'<div id="comments"><h3>2 Comments</h3>{items}{form.format(fields=fields)}'
                                          "</div>", after=""))
    assert [c.author for c in page.comments.items] == ["Ann Lee", "Bo Chan"]


def test_a_reply_placed_by_its_class_alone_is_noted_as_a_guess():
    page = read(_static_thread("reply"))
    assert [c.parent for c in page.comments.items] == [None, 1, None, 3]
    guesses = [r for r in page.comments.repairs if r.kind == "replies_from_reply_class"]
    assert len(guesses) == 1 and guesses[0].message.startswith("2 comment(s) marked only as replies")
    assert any("marked only as replies" in warning for warning in page.warnings)


def test_replies_nested_in_their_comment_are_no_guess():
    page = read(pages.WORDPRESS)
    assert any(c.parent is not None for c in page.comments.items)
    assert not any(r.kind == "replies_from_reply_class" for r in page.comments.repairs)
