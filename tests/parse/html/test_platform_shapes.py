"""Small pages in the shapes common platforms print (WordPress with an SEO plugin's JSON-LD graph,
Drupal's RDFa, hAtom blogs, forums, definition-list comment threads), each asserting what a user
reads from the parse: the article's header fields and the comment thread."""

from discourse.parse import read_pages
from tests.parse.html import pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def _plain_post(head: str = "", byline: str = "", title: str = "Council approves the new river bridge") -> str:
    """An article with no byline element of its own unless given one."""
    return (f"<html><head><title>{title} | Riverside Notes</title>{head}</head><body>"
            '<div class="post"><h1>Council approves the new river bridge</h1>'
            f"{byline}<div class=\"entry\">"
            "<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of "
            "argument.</p><p>Construction is expected to begin next spring, and the council says the bridge will "
            "open within three years.</p></div></div></body></html>")


# --- the article's header ---------------------------------------------------------------------

SEO_GRAPH = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "Organization", "@id": "https://example.org/#organization", "name": "Riverside Notes"},
 {"@type": "WebPage", "@id": "https://example.org/bridge/#webpage", "name": "Council approves the new river bridge"},
 {"@type": "Article", "@id": "https://example.org/bridge/#article", "headline": "Council approves the new river bridge",
  "author": {"@id": "https://example.org/#/schema/person/7f3"}, "publisher": {"@id": "https://example.org/#organization"},
  "datePublished": "2021-03-04T09:15:00+00:00"},
 {"@type": ["Person"], "@id": "https://example.org/#/schema/person/7f3", "name": "Jane Reporter"}]}</script>"""


def test_a_json_ld_graph_names_the_author_by_reference():
    article = read(_plain_post(SEO_GRAPH)).article
    assert article.author == "Jane Reporter"
    assert article.provenance["author"].startswith("json-ld author")
    assert article.date == "2021-03-04"


def test_a_meta_byline_with_its_by_is_the_name_alone():
    article = read(_plain_post('<meta name="byl" content="By Jane Reporter">')).article
    assert article.author == "Jane Reporter"


def test_a_surname_particle_at_the_start_of_an_author_meta_is_kept():
    for key, name, shown in (("author", "Di Stefano Marco", "Di Stefano Marco"),
                             ("dc.creator", "von Hippel, Eric", "Eric von Hippel")):  # in a byline's order
        assert read(_plain_post(f'<meta name="{key}" content="{name}">')).article.author == shown
    assert read(_plain_post('<meta name="byl" content="BY JANE REPORTER">')).article.author == "JANE REPORTER"


def test_a_headline_with_a_colon_is_kept_whole_after_the_blog_s_name_in_the_page_title():
    html = _plain_post(title="x").replace(
        "<title>x | Riverside Notes</title>", "<title>Dana Blogger | notes &raquo; Bridges: Why We Argue</title>").replace(
        "<h1>Council approves the new river bridge</h1>", "<h2>Bridges: Why We Argue</h2>")
    assert read(html).article.title == "Bridges: Why We Argue"


def test_drupal_rdfa_date_on_the_article_not_the_comment():
    byline = ('<div class="submitted"><span property="dc:date dc:created" content="2012-10-26T15:40:00-04:00">'
              "Fri, 26/10/2012 - 15:40</span></div>")
    comment = ('<div id="comments"><div class="comment"><span property="dc:date dc:created" '
               'content="2012-10-29T08:00:00-04:00">Mon</span><p>A reader writes at length here.</p></div></div>')
    html = _plain_post(byline=byline).replace("</body>", comment + "</body>")
    article = read(html).article
    assert article.date == "2012-10-26" and article.provenance["date"].startswith("rdfa")


def test_hatom_published_date_in_the_abbr_title():
    byline = '<p class="entry-meta">Posted on <abbr class="published" title="2009-06-14T10:20:00+02:00">Sunday</abbr></p>'
    article = read(_plain_post(byline=byline)).article
    assert article.date == "2009-06-14" and article.provenance["date"].startswith("hatom")


def test_the_date_the_byline_shows_wins_over_a_utc_timestamp_a_day_later():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves the new river '
            'bridge", "datePublished": "2022-05-04T00:44:52.000Z"}</script>')
    byline = '<ul class="article-date"><li>Brasília</li><li>03/05/2022 21:44</li></ul>'
    article = read(_plain_post(head, byline)).article
    assert article.date == "2022-05-03"  # the local date shown, read day-first since a day-first reading fits
    same_day = read(_plain_post(head.replace("00:44:52", "12:44:52"), byline.replace("03/05", "04/05"))).article
    assert same_day.date == "2022-05-04"


def test_a_timestamp_far_from_midnight_keeps_its_day_and_an_update_shown_by_the_headline_does_not_move_it():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves the new river '
            'bridge", "datePublished": "2022-05-03T09:10:00-03:00", "dateModified": "2022-05-04T10:00:00-03:00"}'
            "</script>")
    # No zone shows 09:10 at UTC-3 on the next day: a May 4 by the headline is not the publication day.
    assert read(_plain_post(head, '<div class="post-meta">May 4, 2022</div>')).article.date == "2022-05-03"
    late = head.replace("09:10:00", "23:10:00")  # 02:10 UTC on May 4: a site on UTC shows May 4
    assert read(_plain_post(late, '<div class="post-meta">May 4, 2022</div>')).article.date == "2022-05-04"
    assert read(_plain_post(late, '<div class="post-meta">Updated May 4, 2022</div>')).article.date == "2022-05-03"


def test_an_impossible_declared_date_is_no_date():
    for value in ("2012-13-45T99:99", "2021-02-30"):
        byline = f'<span property="dc:date dc:created" content="{value}"></span>'
        assert read(_plain_post(byline=byline)).article.date != value[:10]
    byline = '<span property="dc:date" content="2021-02-30"></span><time class="published" datetime="2021-02-03">'
    assert read(_plain_post(byline=byline)).article.date == "2021-02-03"


def test_a_date_declared_in_a_comment_is_not_the_article_s_date():
    comment = ('<div id="comments"><div class="comment"><span property="dc:date dc:created" '
               'content="2012-10-29T08:00:00-04:00">Mon</span><p>A reader writes at length here.</p></div></div>')
    article = read(_plain_post().replace("</body>", comment + "</body>")).article
    assert article.date != "2012-10-29"


# --- the body's start ---------------------------------------------------------------------------

_TEXT = ("<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of "
         "argument.</p><p>Construction is expected to begin next spring, and the council says the bridge will open "
         "within three years.</p><p>Opponents, who had argued for a tunnel, said they would keep campaigning.</p>")


def _news(inside: str) -> str:
    return ("<html><head><title>Council approves the new river bridge | The Daily Example</title></head><body>"
            f'<article><h1>Council approves the new river bridge</h1><div class="story">{inside}</div></article>'
            "</body></html>")


def test_a_standfirst_set_as_a_heading_is_the_teaser_not_a_section_title():
    deck = ("<h5><em>After ten years of argument the council has decided, and the east side will get the bridge "
            "its residents asked for.</em></h5><hr>")
    article = read(_news(deck + _TEXT)).article
    assert article.teaser.startswith("After ten years of argument")
    assert article.paragraphs[0].text.startswith("The city council voted")
    assert article.headings == []


def test_a_lead_in_its_own_box_before_a_box_of_links_starts_the_body():
    lead = ('<div class="story-top"><p>The east side will finally get its bridge, the council decided on '
            'Tuesday.</p></div>')
    related = ('<div class="story-module"><h5>See also</h5><div class="card"><a href="/a">Ferry fares rise again '
               'for the third year in a row</a></div><div class="card"><a href="/b">Tunnel plan shelved after '
               'the cost review</a></div></div>')
    article = read(_news(f'{lead}{related}<div class="story-text">{_TEXT}</div>')).article
    assert article.paragraphs[0].text.startswith("The east side will finally get its bridge")
    assert "Ferry fares" not in article.text and "See also" not in article.text
    assert article.paragraphs[-1].text.startswith("Opponents")


def test_a_lead_box_named_as_a_standfirst_stays_out_of_the_body():
    lead = ('<div class="story-standfirst"><p>The east side will finally get its bridge, the council decided on '
            'Tuesday.</p></div>')
    article = read(_news(f'{lead}<div class="story-text">{_TEXT}</div>')).article
    assert article.paragraphs[0].text.startswith("The city council voted")


# --- comment threads ----------------------------------------------------------------------------

def _post(number: int, author: str, when: str, text: str) -> str:
    return (f'<div class="post" id="post-{number}"><div class="postauthor"><a class="username" href="/u/{author}">'
            f'{author}</a></div><div class="postdate">{when}</div><div class="postbody">{text}</div></div>')


FORUM_THREAD = (
    '<html><head><title>Is the new bridge open to trucks? - Riverside Forum</title></head><body class="forum">'
    '<div id="thread-17" class="thread"><h1 class="thread-title">Is the new bridge open to trucks?</h1>'
    '<div class="postlist">'
    + _post(101, "oliver", "4 March 2021, 10:00",
            "<p>The council approved the bridge on Tuesday, and the plans show two lanes each way. Nothing in the "
            "documents says whether heavy trucks will be allowed on it, or only cars and buses.</p>")
    + _post(102, "petra", "4 March 2021, 10:30", "<p>Buses only on the middle lane, I think. Trucks were never part of it.</p>")
    + _post(103, "quinn", "4 March 2021, 11:00",
            '<blockquote class="quote"><div class="attribution">oliver said:</div>Nothing in the documents says '
            "whether heavy trucks will be allowed</blockquote><p>No, trucks must use the ring road.</p>")
    + _post(104, "oliver", "4 March 2021, 11:20", "<p>Thanks, that settles it for me then.</p>")
    + "</div></div></body></html>")


def test_a_forum_thread_s_replies_are_its_comments_and_the_opening_post_its_article():
    page = read(FORUM_THREAD)
    assert page.comments.source == "forum"
    assert [(c.author, c.parent) for c in page.comments.items] == [("petra", None), ("quinn", None), ("oliver", None)]
    assert page.comments.items[1].paragraphs[-1] == "No, trucks must use the ring road."
    assert page.article.title == "Is the new bridge open to trucks?"
    assert page.article.paragraphs[0].text.startswith("The council approved the bridge on Tuesday")
    assert "ring road" not in page.article.text


def test_forum_posts_in_a_comment_section_all_answer_the_article_above_them():
    under_article = read(FORUM_THREAD.replace('<div class="postlist">', '<div class="postlist reader-comments">'))
    assert [c.author for c in under_article.comments.items] == ["oliver", "petra", "quinn", "oliver"]
    # The same list named for no comment section is the thread itself: its first post is the article.
    thread = read(FORUM_THREAD.replace('<div class="postlist">', '<div class="postlist reader-posts">'))
    assert [c.author for c in thread.comments.items] == ["petra", "quinn", "oliver"]


def test_a_schema_org_discussion_reads_as_a_forum():
    html = FORUM_THREAD.replace('class="post"', 'class="entry" itemscope itemtype="https://schema.org/DiscussionForumPosting"')
    page = read(html)
    assert page.comments.source == "forum"
    assert [c.author for c in page.comments.items] == ["petra", "quinn", "oliver"]


def test_posts_marked_as_discussion_postings_in_microdata_and_rdfa_at_once_are_each_read_once():
    html = FORUM_THREAD.replace('class="post"', 'class="entry" itemscope itemtype="https://schema.org/DiscussionForumPosting"'
                                ' typeof="DiscussionForumPosting"')
    page = read(html)
    assert page.comments.source == "forum"
    assert [c.author for c in page.comments.items] == ["petra", "quinn", "oliver"]


def test_repeated_posts_on_a_page_that_is_no_discussion_are_not_a_forum():
    html = FORUM_THREAD.replace('class="forum"', "").replace("thread", "story").replace("Forum", "News")
    assert read(html).comments.source != "forum"


DEFINITION_LIST = pages.page("""
<div id="comments"><h3>3 Comments</h3>
<dl class="commentlist">
 <dt><a href="http://rita.example">Rita</a> wrote on March 4, 2021 at 2:10 pm:</dt>
 <dd><p>Excellent news for commuters on the east side.</p><p>About time, too.</p></dd>
 <dt>Sam wrote on March 4, 2021 at 3:20 pm:</dt>
 <dd><p>I still think this money should go to the schools.</p></dd>
 <dt>Tom wrote on March 5, 2021 at 9:45 am:</dt>
 <dd><p>Will the old ferry keep running after it opens?</p></dd>
</dl></div>""")


def test_a_definition_list_thread_pairs_each_name_with_the_text_after_it():
    page = read(DEFINITION_LIST)
    assert [c.author for c in page.comments.items] == ["Rita", "Sam", "Tom"]
    assert page.comments.items[0].paragraphs == ["Excellent news for commuters on the east side.", "About time, too."]
    assert page.comments.items[2].date == "March 5, 2021 at 9:45 am"
    assert page.comments.declared == 3 and not page.comments.doubtful
    assert "ferry" not in page.article.text


def _dl(terms: list[str], definitions: list[str]) -> str:
    return "<dl>" + "".join(f"<dt>{t}</dt><dd>{d}</dd>" for t, d in zip(terms, definitions)) + "</dl>"


_TERMS = ["Rita wrote on March 4, 2021 at 2:10 pm:", "Sam wrote on March 4, 2021 at 3:20 pm:",
          "Tom wrote on March 5, 2021 at 9:45 am:"]
_SAID = ["Excellent news for commuters on the east side.", "I still think this money should go to the schools.",
         "Will the old ferry keep running after it opens?"]


def test_a_definition_list_outside_a_comment_section_is_not_a_thread():
    assert read(pages.page(f'<div id="comments">{_dl(_TERMS, _SAID)}</div>')).comments.source == "definition-list"
    assert read(pages.page(f'<div class="glossary">{_dl(_TERMS, _SAID)}</div>')).comments.source != "definition-list"


def test_a_definition_list_of_links_dates_or_nothing_is_not_a_thread():
    links = [f'<a href="/x{n}">{text}</a>' for n, text in enumerate(_SAID)]
    widget = f'<aside class="sidebar"><div class="widget recent-comments"><h3>Latest comments</h3>{_dl(_TERMS, _SAID)}</div></aside>'
    timeline = _dl(["March 4, 2021", "March 9, 2021", "April 1, 2021"], _SAID)
    for html in (pages.page(f'<div id="comments">{_dl(_TERMS, links)}</div>'),
                 pages.page(f'<div id="comments">{_dl(_TERMS, ["", "", ""])}</div>'),
                 pages.page(f'<div class="discussion-timeline">{timeline}</div>'),
                 pages.NO_COMMENTS.replace("</main>", f"</main>{widget}")):
        assert read(html).comments.source != "definition-list"


def _li(number: int, author: str, text: str) -> str:
    return (f'<li class="comment" id="comment-{number}"><div class="comment-author"><cite class="fn">{author}</cite>'
            f' says:</div><div class="comment-date">March {number}, 2021 at 10:00 am</div><p>{text}</p></li>')


def test_a_thread_printed_twice_in_two_orders_is_read_once_in_the_first_order():
    items = [(1, "Ann", "The first comment on the bridge."), (2, "Ben", "A second view on the bridge."),
             (3, "Cat", "A third thought about the tunnel.")]
    recent = "".join(_li(*item) for item in items)
    rated = "".join(_li(*item) for item in reversed(items))
    html = pages.page(f'<div id="comments"><h3>3 Responses</h3>Sort: Most Recent | Highest Rated'
                      f'<ol class="commentlist" id="list_recent">{recent}</ol>'
                      f'<ol class="commentlist" id="list_high_rated" style="display:none">{rated}</ol></div>')
    page = read(html)
    assert [c.author for c in page.comments.items] == ["Ann", "Ben", "Cat"]
    assert not page.comments.doubtful


def test_a_recent_comments_widget_in_the_sidebar_is_not_the_thread():
    widget = ('<aside class="widget"><h3>Recent Comments</h3><ul id="recentcomments">'
              '<li class="recentcomments"><span class="comment-author-link">Zed</span> on <a href="/x">Another '
              'story about the town</a></li><li class="recentcomments"><span class="comment-author-link">Yan</span>'
              ' on <a href="/y">Yet another story</a></li></ul></aside>')
    page = read(pages.WORDPRESS.replace("</main>", f"</main>{widget}"))
    assert "Zed" not in [c.author for c in page.comments.items]


def _builder_block(text: str) -> str:
    """One text block as a page builder (Elementor) nests it: section, columns, a "widget"."""
    return ('<section class="elementor-section elementor-element"><div class="elementor-container"><div '
            'class="elementor-column"><div class="elementor-widget-wrap"><div class="elementor-element '
            'elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><div '
            f'class="elementor-text-editor">{text}</div></div></div></div></div></div></section>')


def test_a_page_builder_post_is_read_whole_not_one_of_its_blocks():
    blocks = [
        "<p>Summer is here, and with it the short dresses and the hair worn up, which leaves the ears to be seen.</p>",
        "<p>This brand has a clever idea: every earring can be made your own, with charms that clip on and off.</p>",
        "<p>Without pierced ears you need not miss out either, since the ear cuffs simply clip on.</p>",
    ]
    share = ('<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div '
             'class="elementor-widget-container"><a href="#">Share on Facebook, your friends will love it</a></div></div>')
    html = ("<html><head><title>Ear Candy | Style Notes</title></head><body><div class=\"entry\">"
            "<h1>Ear Candy</h1>" + "".join(_builder_block(b) for b in blocks) + share + "</div></body></html>")
    article = read(html).article
    assert [p.text.split(",")[0] for p in article.paragraphs] == [
        "Summer is here", "This brand has a clever idea: every earring can be made your own",
        "Without pierced ears you need not miss out either"]
    assert "Share on Facebook" not in article.text


def test_elements_named_for_comments_that_no_reader_read_make_the_page_doubtful():
    unread = "".join(f'<div class="kommentarbox">Dies ist ein Leserbeitrag Nummer {n} zur neuen Brücke über den '
                     "Fluss, ohne Namen und ohne Datum.</div>" for n in range(1, 4))
    page = read(pages.page(f'<div class="kommentarliste">{unread}</div>'))
    assert not page.comments.items and page.comments.doubtful
    assert "signs of a comment section" in page.comments.doubts[0]
    assert not read(pages.NO_COMMENTS).comments.doubtful


def test_a_recent_comments_widget_an_opinion_piece_or_one_nested_comment_are_no_sign_of_unread_comments():
    widget = ('<aside class="widget widget_recent_comments"><h3>Recent Comments</h3><ul>' + "".join(
        f'<li class="recent-comment-item"><span class="comment-author-link">Reader {n}</span> on <a href="/x{n}">How '
        f"the council plans to pay for the new bridge, part {n}</a></li>" for n in range(1, 6)) + "</ul></aside>")
    assert not read(pages.NO_COMMENTS.replace("</main>", f"</main>{widget}")).comments.doubtful
    opinion = _plain_post().replace('<div class="entry">', '<div class="commentary-body"><div class="commentary-text">'
                                    ).replace("</div></div></body>", "</div></div></div></body>")
    assert not read(opinion).comments.doubtful
    # One unread comment in three nested boxes named for comments is one comment, not three.
    nested = ('<div class="comment-box"><div class="comment-body"><div class="comment-text">A single reader wrote '
              "this about the bridge and the tunnel plan.</div></div></div>")
    assert not read(pages.page(nested)).comments.doubtful


def test_a_closing_editors_note_in_italics_is_not_the_article_s_last_paragraph():
    note = ('<p class="rteright"><i>This is part 2 of "<a href="/part-1">The bridge debate</a>", which appeared here '
            "last week.</i></p>")
    article = read(_news(_TEXT + note)).article
    assert article.paragraphs[-1].text.startswith("Opponents")
    emphasis = "<p>They said it again: <em>not this bridge</em>, and they meant it more than ever before.</p>"
    assert read(_news(_TEXT + emphasis)).article.paragraphs[-1].text.startswith("They said it again")


def test_a_post_written_all_in_italics_keeps_every_paragraph():
    lines = [f"Day {n} of the walk: the river was high and the bridge works had not yet begun." for n in range(1, 9)]
    article = read(_news("".join(f"<p><em>{line}</em></p>" for line in lines))).article
    assert [p.text for p in article.paragraphs] == lines
    note = "<p><i>This is part 2 of a series.</i></p>"
    assert read(_news(_TEXT + note)).article.paragraphs[-1].text.startswith("Opponents")


def test_an_opening_line_that_repeats_its_image_s_description_is_not_the_body_s_start():
    opening = ('<p>Try this bridge walk along the river. It is the best view of the city.<img src="b.jpg" '
               'alt="Try this bridge walk along the river. It is easily the best view of the city | example.org"></p>')
    article = read(_news(opening + _TEXT)).article
    assert article.paragraphs[0].text.startswith("The city council voted")
    captioned = '<p>The walk is long but it is worth every step of it, as anyone who tried can tell.<img src="b.jpg" alt="bridge"></p>'
    assert read(_news(captioned + _TEXT)).article.paragraphs[0].text.startswith("The walk is long")


def test_the_declared_author_link_outranks_a_name_element_nearer_the_headline():
    byline = ('<div class="entry-meta"><span class="vcard"><span class="fn">Riverside Desk</span></span></div>')
    closing = '<p class="post-footer">Filed by <a rel="author" href="/author/jane-reporter/">Jane Reporter</a></p>'
    html = _plain_post(byline=byline).replace("</div></div></body>", f"</div>{closing}</div></body>")
    assert read(html).article.author == "Jane Reporter"


def test_a_grid_of_other_stories_with_authors_and_dates_is_not_a_thread():
    card = ('<article class="post" id="post-{n}"><h3><a href="/s{n}">Another story about the river and the town, '
            'number {n}</a></h3><span class="post-author">Jane Reporter</span> <time class="post-date" '
            'datetime="2021-03-0{n}">March {n}, 2021</time></article>')
    grid = '<div class="story-grid">' + "".join(card.format(n=n) for n in range(1, 5)) + "</div>"
    # The page calls itself a forum and the grid sits in no sidebar: only its cards' being all link
    # and no prose tells it from a thread.
    html = _plain_post().replace("</body>", grid + "</body>").replace("<body>", '<body class="page-forum">')
    page = read(html)
    assert page.comments.source != "forum" and not page.comments.items


def _story_cards(box: str) -> str:
    """Four other stories, each with its author, its date and an excerpt long enough to read as a post."""
    card = ('<article class="post" id="post-{n}"><h3><a href="/s{n}">Other story {n}</a></h3><span '
            'class="post-author">Jane Reporter</span> <time datetime="2021-03-0{n}">March {n}, 2021</time><p>An '
            "excerpt of another story about the town and its river, long enough to read as prose here.</p></article>")
    return f'<div class="{box}">' + "".join(card.format(n=n) for n in range(1, 5)) + "</div>"


def test_a_class_that_only_contains_a_forum_word_does_not_make_the_page_a_discussion():
    for name in ("topic-transport", "has-onboarding", "leaderboard-ad", "dashboard", "keyboard-nav"):
        html = _plain_post().replace("</body>", _story_cards("stories") + "</body>").replace(
            "<body>", f'<body class="{name}">')
        page = read(html)
        assert page.comments.source != "forum" and not page.comments.items, name
    for name in ("page-forum", "thread_view", "section-viewtopic"):
        html = _plain_post().replace("</body>", _story_cards("stories") + "</body>").replace(
            "<body>", f'<body class="{name}">')
        assert read(html).comments.source == "forum", name


def test_posts_in_a_related_stories_box_on_a_forum_page_are_not_its_thread():
    for box in ("related-posts", "sidebar"):
        html = _plain_post().replace("</body>", _story_cards(box) + "</body>").replace("<body>", '<body class="forum">')
        page = read(html)
        assert page.comments.source != "forum" and not page.comments.items, box


def test_other_stories_excerpts_around_an_article_stay_out_of_its_body():
    teaser = ('<div class="card"><div class="card-body"><h3><a href="/t{n}">Story {n}</a></h3><p>An excerpt of '
              "another story, number {n}, long enough to read as prose, about the town and its river.</p></div></div>")
    html = ("<html><head><title>Council approves the new river bridge | The Daily Example</title></head><body>"
            '<div class="entry"><h1>Council approves the new river bridge</h1><div class="story-text">'
            + _TEXT + "</div>" + "".join(teaser.format(n=n) for n in range(1, 9)) + "</div></body></html>")
    article = read(html).article
    assert article.paragraphs[0].text.startswith("The city council voted")
    assert article.paragraphs[-1].text.startswith("Opponents")


def test_hatom_publication_date_wins_over_an_update_printed_first():
    byline = ('<p class="entry-meta">Updated <time class="updated" datetime="2010-01-02">Jan 2</time>, first '
              'posted <time class="published" datetime="2009-06-14">June 14</time></p>')
    assert read(_plain_post(byline=byline)).article.date == "2009-06-14"


def test_today_s_date_in_the_masthead_does_not_move_the_article_s_date():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves the new river '
            'bridge", "datePublished": "2022-05-03T21:10:00-03:00"}</script>')
    masthead = ('<div class="top-date">Wednesday, May 4, 2022</div><ul class="sections">'
                + "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(60)) + "</ul>")
    html = _plain_post(head).replace("<body>", f"<body>{masthead}")
    assert read(html).article.date == "2022-05-03"


def test_a_count_of_comments_a_script_loads_is_no_doubt_the_status_says_why_none_are_here():
    page = read(pages.SCRIPT_ONLY.replace('<div id="disqus_thread">', '<h3>12 Comments</h3><div id="disqus_thread">'))
    assert page.comments.status == "script-only" and page.comments.declared == 12
    assert not page.comments.doubtful
    assert any("loaded by a script" in warning for warning in page.warnings)
