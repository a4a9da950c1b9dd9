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
