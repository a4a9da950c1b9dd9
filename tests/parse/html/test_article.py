"""The article from HTML: header fields with their evidence, body paragraphs, and line spans."""

from discourse.model import LineRole
from discourse.parse import read_pages
from tests.parse.html import pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def test_header_fields_and_where_they_came_from():
    article = read(pages.WORDPRESS).article
    assert article.title == "Council approves the new river bridge"  # the headline, not the <title>
    assert article.author == "Jane Reporter"
    assert article.date == "2021-03-04"
    assert article.outlet == "The Daily Example"
    assert article.provenance["title"] == "heading h1"
    assert article.provenance["author"] == "byline"
    assert article.provenance["outlet"] == "meta og:site_name"


def test_json_ld_author_and_date_are_used_and_named():
    article = read(pages.JSON_LD).article
    assert article.author == "Jane Reporter" and article.provenance["author"].startswith("json-ld author")
    assert article.date == "2021-03-04" and article.provenance["date"] == "json-ld datePublished"


def test_body_paragraphs_headings_and_sections():
    article = read(pages.WORDPRESS).article
    assert [h.text for h in article.headings] == ["What happens next"]
    assert [p.section for p in article.paragraphs] == [None, "What happens next", "What happens next"]
    assert "Share on Facebook" not in article.text and "All rights reserved" not in article.text


def test_the_site_name_heading_is_not_the_title():
    html = pages.page("").replace('<h1 class="entry-title">', '<h2 class="entry-title">').replace(
        "river bridge</h1>", "river bridge</h2>")
    assert read(html).article.title == "Council approves the new river bridge"


def test_spans_number_the_kept_blocks_in_document_order():
    page = read(pages.WORDPRESS)
    spans = ([p.span for p in page.article.paragraphs] + [h.span for h in page.article.headings]
             + [c.span for c in page.comments.items])
    lines = sorted(line for span in spans for line in range(span.first, span.last + 1))
    assert len(lines) == len(set(lines))  # no two pieces share a line
    assert max(lines) <= page.source.line_count == len(page.line_roles)
    body_last = max(p.span.last for p in page.article.paragraphs)
    assert all(c.span.first > body_last for c in page.comments.items)
    first = page.comments.items[0]
    assert page.line_roles[first.span.first - 1] == LineRole.COMMENT_META
    assert page.line_roles[first.span.last - 1] == LineRole.COMMENT
    assert page.source.format == "html"


def _blog(post_header: str, sidebar: str = "", title: str = "Council approves the new river bridge | Riverside Notes",
          lead: str = "") -> str:
    """A blog page without metadata: a header that links home, the post, a sidebar."""
    return (f"<html><head><title>{title}</title></head><body>"
            '<h1 class="blog-title"><a href="/">Riverside Notes</a></h1>'
            f'<div class="post">{post_header}<div class="entry">{lead}'
            "<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of "
            "argument.</p><p>Construction is expected to begin next spring, and the council says the bridge will "
            "open within three years.</p></div></div>"
            f'<div class="sidebar">{sidebar}</div></body></html>')


def test_the_author_link_by_the_headline_beats_an_author_link_in_a_blogroll():
    html = _blog('<h2 class="post-title">Council approves the new river bridge</h2>'
                 '<p class="post-data"><a href="/" rel="author external">Sam Writer</a></p>',
                 sidebar='<ul><li><a href="http://other.example/author/pat-pundit">Pat Pundit</a></li></ul>')
    assert read(html).article.author == "Sam Writer"


def test_the_site_name_is_not_the_author_and_a_by_line_opening_the_body_is():
    html = _blog('<h2 class="post-title"><a href="/2021/03/bridge">Council approves the new river bridge</a> '
                 '<span class="author">Riverside Notes</span> <small>Mar 4</small></h2>',
                 lead="<p><em>By Dana Guest</em></p>")
    article = read(html).article
    assert article.author == "Dana Guest"
    assert article.provenance["author"] == "byline line at the body's start"
    assert article.title == "Council approves the new river bridge"  # the byline inside the <h2> left out
    assert article.paragraphs[0].text.startswith("The city council voted")


def test_a_name_followed_by_a_date_in_a_meta_block_is_the_byline():
    html = _blog('<h2 class="post-title">Council approves the new river bridge</h2>',
                 sidebar='<div class="meta"><span class="user">Phil Black</span> <span class="date">Nov 12th 2012'
                         '</span> Learn more about: <a href="/c/local">local</a></div>')
    assert read(html).article.author == "Phil Black"


def test_a_publication_label_in_an_author_element_is_not_a_name():
    html = _blog('<h2 class="entry-title">Council approves the new river bridge</h2><div class="entry-meta">'
                 '<span class="meta-prep-author">Veröffentlicht am</span> <span>13. März 2019</span> '
                 '<span class="by-author">von <span class="author vcard"><a class="url fn n" rel="author" '
                 'href="/author/mv/">Mara Vogt</a></span></span></div>')
    assert read(html).article.author == "Mara Vogt"


def test_a_weekday_between_name_and_date_is_not_part_of_the_name():
    from discourse.parse.html.article import byline_name

    assert byline_name("Heiko Sonne Do 9 Apr 2020") == "Heiko Sonne"
    assert byline_name("Jane Doe | 3 May 2021") == "Jane Doe"
    assert byline_name("Posted Nov 12, 2012") is None and byline_name("May 3, 2012 at 9 am") is None
