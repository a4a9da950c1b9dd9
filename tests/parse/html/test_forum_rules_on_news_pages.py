"""Ordinary news and blog pages that carry some mark a forum engine also prints (a foot's credit, a
page class, a list or a box named like a forum's): the article stays the page's, and only the
readers' comments are comments."""

import pytest

from discourse.parse import read_pages
from tests.parse.html import even_more_platform_pages as pages

HEADLINE = "Town library reopens after the flood"
STORY = ["The town library opened its doors again on Monday, eight months after the river flooded its basement.",
         "Volunteers carried some four thousand books back to the shelves over the weekend.",
         "The reading room keeps its old hours, and the children's corner has new carpets."]
READERS = [("Ada Quinn", "Good news at last, my kids have missed the Saturday story hour all winter."),
           ("Ben Ortiz", "Will the basement archive be open to the public again, or is it lost for good?"),
           ("Cleo Park", "Thanks to every volunteer who carried boxes, that was hard work in the cold.")]


def news_page(after_story: str = "", foot: str = "<p>© 2022 The Valley Courier</p>", body_attrs: str = "",
              head: str = "") -> str:
    """A newspaper's article page: a headline, a byline, three paragraphs, then `after_story`."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE} | The Valley Courier</title>{head}'
            f'</head><body {body_attrs}><main><article class="story"><h1>{HEADLINE}</h1>'
            f'<p class="byline">By <span class="author">Nora Field</span>, <time datetime="2022-05-09">May 9, 2022'
            f'</time></p><div class="story-body">{paragraphs}</div></article>{after_story}</main>'
            f'<footer class="site-footer">{foot}</footer></body></html>')


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def messages(cls: str = "message") -> str:
    """The readers' comments, each a box numbered like a forum's message."""
    return "".join(f'<div class="{cls}" id="msg-{i}"><span class="user">{name}</span> '
                   f'<span class="date">May 9, 2022 14:0{i}</span><div class="text"><p>{text}</p></div></div>'
                   for i, (name, text) in enumerate(READERS, 1))


def test_an_article_page_that_calls_itself_a_topic_keeps_its_body_author_and_every_comment():
    """The page's class says "topic", yet its article is outside the posts: the first post answers
    the article and does not replace it."""
    parsed = read(news_page(f'<section id="talk"><h2>Your views</h2>{messages()}</section>', body_attrs='class="topic"'))
    assert [p.text for p in parsed.article.paragraphs] == STORY
    assert parsed.article.author == "Nora Field"
    assert [c.author for c in parsed.comments.items] == [name for name, _ in READERS]


def teasers() -> str:
    """Other stories under the article, each a card with its reporter, date and summary."""
    return "".join(f'<article class="post" id="post-{i}"><h3><a href="/story-{i}">Another story {i}</a></h3>'
                   f'<span class="author">Writer {i}</span> <span class="date">May {i}, 2022</span>'
                   f'<p>A short summary of story {i}, telling readers in a few lines what it covers in the valley.</p>'
                   f'</article>' for i in range(1, 5))


@pytest.mark.parametrize("foot", ["<p>Our members' forum is powered by phpBB, join it today.</p>",
                                  "<p>The Discourse © 2022</p>",
                                  "<p>Encouraging civil discourse © 2022</p>",
                                  "<p>Vanilla Media Group © 2022</p>",
                                  "<p>Comments powered by Discourse</p>"],
                         ids=["forum-link", "paper-named-discourse", "motto", "publisher-named-vanilla", "comments-by"])
def test_a_news_foot_that_mentions_forum_software_does_not_make_other_stories_comments(foot):
    parsed = read(news_page(f'<section class="more"><h2>More stories</h2>{teasers()}</section>', foot=foot))
    assert [p.text for p in parsed.article.paragraphs] == STORY
    assert parsed.comments.items == []


def test_a_forum_s_foot_is_found_after_the_footers_of_its_posts():
    """Posts with a footer box each (a signature, a button row) come before the site's foot."""
    boxes = ('<div class="post_footer"><div class="footer_signature">Rivers are roads.</div>'
             '<div class="footer_buttons">Top</div></div>')
    html = pages.MYBB.replace('<div class="post_meta"', boxes + '<div class="post_meta"')
    assert html.count('footer') >= 12
    parsed = read(html)
    assert parsed.comments.source == "forum"
    assert parsed.article.author == "Jane Reporter"


@pytest.mark.parametrize("attributes", ['data-page-headline="Library reopens: join the thread"',
                                        'data-page-desk="board of trustees"', 'data-page-section="topics"'])
def test_free_text_in_a_page_s_data_attributes_does_not_make_it_a_forum(attributes):
    """A page's headline or desk name in a `data-page-*` attribute may hold "thread" or "board";
    only the names of its template or controller say what kind of page it is."""
    parsed = read(news_page(f'<section id="comments"><h2>Comments</h2>{messages()}</section>', body_attrs=attributes))
    assert parsed.comments.source != "forum"
    assert [c.author for c in parsed.comments.items] == [name for name, _ in READERS]
    assert [p.text for p in parsed.article.paragraphs] == STORY


def test_a_box_of_most_discussed_headlines_named_a_comment_list_is_no_thread():
    box = ('<aside class="talked-about"><h3>Most discussed</h3><ul class="comment-list">'
           + "".join(f'<li><a href="/news/{i}">Another valley story number {i} about the school budget</a> '
                     f'<span>({20 - i})</span></li>' for i in range(5)) + '</ul></aside>')
    assert read(news_page(box)).comments.items == []


def test_a_list_of_linked_headlines_after_the_article_is_not_its_body():
    """Five linked headlines after three paragraphs: the paragraphs stay the body."""
    box = ('<div class="more"><ul>' + "".join(f'<li><a href="/news/{i}">Another valley story number {i} about the '
                                              f'school budget</a></li>' for i in range(5)) + '</ul></div>')
    assert [p.text for p in read(news_page(box)).article.paragraphs] == STORY


def test_a_thread_s_sorting_tabs_in_a_list_named_for_comments_leave_a_script_s_comments_to_load():
    tabs = ('<div id="comments"><ul class="comments-list-sort"><li>Newest comments first</li><li>Oldest comments '
            'first</li><li>Most liked comments</li></ul><div id="coral_thread"></div>'
            '<script src="https://coral.example.org/assets/js/embed.js"></script></div>')
    parsed = read(news_page(tabs))
    assert parsed.comments.items == []
    assert parsed.comments.status == "script-only"


def test_a_note_for_readers_without_scripts_does_not_replace_a_short_page_s_text():
    """A podcast page says one sentence of its own; its "turn JavaScript on" note is longer, yet it
    names no headline of the page and is no copy of it."""
    note = ('<noscript><div class="no-js"><h2>Scripts are turned off</h2><p>The audio player, the comments and the '
            'newsletter form on this page need JavaScript. Turn it on in your browser and reload the page to hear '
            'the episode, or find it in your podcast app.</p><p>Ad blockers and privacy extensions may block these '
            'scripts too: allow our site in them to hear the episode.</p><p>Transcripts of every episode are sent '
            'to our members each week; write to the newsroom to receive them, whether your browser runs scripts '
            'or not.</p></div></noscript>')
    html = news_page(note).replace("".join(f"<p>{text}</p>" for text in STORY), f"<p>{STORY[0]}</p>")
    assert [p.text for p in read(html).article.paragraphs] == [STORY[0]]


def test_a_blog_post_marked_a_discussion_posting_keeps_its_author_and_its_first_comment():
    """The article is marked a DiscussionForumPosting and its text carries no itemprop (its player
    loads it); its comments are marked Comment, the first published an hour after the post."""
    comments = "".join(f'<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
                       f'<span itemprop="author">{name}</span> <time itemprop="dateCreated" '
                       f'datetime="2022-05-09T1{i}:30">May 9</time><div itemprop="text"><p>{text}</p></div></div>'
                       for i, (name, text) in enumerate(READERS, 1))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head><body>'
            '<article itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">'
            f'{HEADLINE}</h1><p>By <span itemprop="author">Nora Field</span> <time itemprop="datePublished" '
            'datetime="2022-05-09T09:00">May 9, 2022</time></p><div id="player"></div>'
            f'<section id="comments"><h2>Comments</h2>{comments}</section></article></body></html>')
    parsed = read(html)
    assert parsed.article.author == "Nora Field"
    assert [c.author for c in parsed.comments.items] == [name for name, _ in READERS]
    assert not any(name in p.text for p in parsed.article.paragraphs for name, _ in READERS)


@pytest.mark.parametrize("above", ["Subscriber", "AQ", "Kommentar von:"], ids=["badge", "initials", "lead"])
def test_a_line_above_a_commenter_s_name_is_not_taken_for_the_name(above):
    """A badge, the commenter's initials or a lead word on a line of its own sits over the name;
    only a poster's rank or count under the name is cut off."""
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author"><div>{above}</div>'
                    f'<div>{name}</div></div><div class="comment-date">May 9, 2022 at 1{i}:00</div>'
                    f'<div class="comment-text"><p>{text}</p></div></li>' for i, (name, text) in enumerate(READERS, 1))
    parsed = read(news_page(f'<section id="comments"><ol class="commentlist">{items}</ol></section>'))
    assert len(parsed.comments.items) == len(READERS)
    for comment, (name, _) in zip(parsed.comments.items, READERS):
        assert name in (comment.author or "")  # a badge or initials may stay beside it, never stand for it


def test_a_commenter_s_profile_box_does_not_date_the_comment():
    """"Member since" in a box named for the user is when the commenter joined, not when they wrote."""
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>'
                    f'<div class="user-info">Member since March {i}, 2018</div>'
                    f'<div class="comment-content"><p>{text}</p></div><p>Written two hours ago</p></li>'
                    for i, (name, text) in enumerate(READERS, 1))
    parsed = read(news_page(f'<ol class="commentlist">{items}</ol>'))
    assert [c.author for c in parsed.comments.items] == [name for name, _ in READERS]
    assert not any((c.date_iso or "").startswith("2018") for c in parsed.comments.items)


@pytest.mark.parametrize("buttons", ['<a href="#r">Reply</a> <a href="#a">Report abuse</a>',
                                     '<a href="/login">Log in to reply</a>',
                                     '<a href="/pm">Message user</a> <a href="/block">Block</a>'],
                         ids=["reply-report", "log-in", "message-user"])
def test_a_row_of_buttons_in_a_box_named_for_the_message_is_not_the_comment_s_text(buttons):
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>'
                    f'<div class="comment-meta">May {i}, 2022 at 10:0{i} am</div>'
                    f'<div class="message-actions">{buttons}</div><div class="post"><p>{text}</p></div></li>'
                    for i, (name, text) in enumerate(READERS, 1))
    parsed = read(news_page(f'<ol class="commentlist">{items}</ol>'))
    assert [c.paragraphs for c in parsed.comments.items] == [[text] for _, text in READERS]


@pytest.mark.parametrize("empty", ['<span class="updated" title="2022-05-20"></span>',
                                   '<time datetime="2022-02-30T25:61"></time>'], ids=["edited", "no-such-day"])
def test_an_empty_element_dates_a_comment_only_with_a_real_time_it_is_made_for(empty):
    """A tooltip of when the comment was edited, or a value no calendar has, is not its date."""
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>'
                    f'<div class="meta">wrote {empty}</div><div class="comment-content"><p>{text}</p></div></li>'
                    for i, (name, text) in enumerate(READERS, 1))
    parsed = read(news_page(f'<ol class="commentlist">{items}</ol>'))
    assert [c.date_iso for c in parsed.comments.items] == [None] * len(READERS)


def test_posts_in_a_sticky_footer_bar_are_other_threads_posts():
    """A fixed footer bar ("footer-fixed") that shows the latest posts of other threads is the
    page's foot; only a layout wrapper called "footerfix" is not."""
    latest = "".join(pages._MYBB_POST.format(pid=900 + i, uid=9, number=i, name="Ola Berg", time="08:00", subject="Ferry",
                                             text="Another thread's post about the ferry timetable and its winter fares.")
                     for i in range(4))
    html = pages.MYBB.replace('<div id="footer">', f'<div class="footer-fixed">{latest}</div><div id="footer">')
    assert [c.author for c in read(html).comments.items] == ["Mira Holt", "Tom Baker", "Lena Fox"]


def test_a_blog_engine_named_by_a_later_generator_meta_still_names_the_comments():
    """A plugin may print its own generator meta before the blog engine's."""
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>'
                    f'<div class="comment-date">May {i}, 2022 at 10:0{i} am</div>'
                    f'<div class="comment-text"><p>{text}</p></div></li>' for i, (name, text) in enumerate(READERS, 1))
    head = '<meta name="generator" content="Site Kit by Google 1.99"><meta name="generator" content="WordPress 6.1">'
    parsed = read(news_page(f'<section id="comments"><ol>{items}</ol></section>', head=head))
    assert parsed.comments.source == "wordpress"


def test_a_short_article_that_calls_itself_a_topic_keeps_its_body_beside_a_long_first_comment():
    """Three short paragraphs beside a first comment longer than all of them: a run of paragraphs in
    a container holding no post is the article, not a notice above a thread."""
    long_reply = " ".join(["I was at the meeting and the volunteers deserve far more than thanks from the council."] * 5)
    readers = messages().replace(READERS[0][1], long_reply)
    assert len(long_reply) > sum(len(text) for text in STORY)
    parsed = read(news_page(f'<section id="talk"><h2>Your views</h2>{readers}</section>', body_attrs='class="topic"'))
    assert [p.text for p in parsed.article.paragraphs] == STORY
    assert [c.author for c in parsed.comments.items] == [name for name, _ in READERS]


@pytest.mark.parametrize("value, iso", [("2021-02-30T25:61", None), ("2021-02-28T25:61", None),
                                        ("2022-05-09T10:30", "2022-05-09T10:30")], ids=["no-such-day", "no-such-hour",
                                                                                        "real"])
def test_a_time_element_s_value_dates_a_comment_only_where_the_calendar_has_it(value, iso):
    """A `<time>` showing "yesterday" over a value no calendar or clock has ("2021-02-30T25:61") gives
    no ISO date; a real value is the date."""
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>'
                    f'<div class="meta"><time datetime="{value}">yesterday</time></div>'
                    f'<div class="comment-content"><p>{text}</p></div></li>' for i, (name, text) in enumerate(READERS, 1))
    parsed = read(news_page(f'<ol class="commentlist">{items}</ol>'))
    assert [c.date_iso for c in parsed.comments.items] == [iso] * len(READERS)
