"""News and blog article pages in shapes the dev pages do not show: a desk or agency declared as
the author beside a person's byline, a byline in <address>, an author page under /authors/,
"Updated … · Published …" date lines, a time-stamped update note above the text, and appeals
to subscribe, donate or follow that close the article. Each asserts what a reader of the parse
relies on: who wrote the article, when, and where its text starts and ends."""

import json

import pytest

from discourse.parse import read_pages
from discourse.parse.html.bylines import declared_author

FIRST = ("The harbour authority confirmed on Monday that the old ferry terminal will be demolished next year to "
         "make room for a park.")
LAST = "The authority said the demolition would cost less than repairing the roof, which leaks in every storm."
HEADLINE = "Old ferry terminal to be torn down"


def news(head: str = "", byline: str = "", before: str = "", after: str = "") -> str:
    """A news page: site header, the article (headline, byline, text) and a footer."""
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{HEADLINE} | Harbour Gazette"
            f"</title><meta property=\"og:site_name\" content=\"Harbour Gazette\">{head}</head><body>"
            "<header><a href=\"/\" class=\"logo\">Harbour Gazette</a><nav><a href=\"/news\">News</a></nav></header>"
            f"<main><article><h1>{HEADLINE}</h1>{byline}<div class=\"article-body\">{before}<p>{FIRST}</p>"
            "<p>Residents have argued for years about the building, which has stood empty since the last ferry "
            f"left in 2009.</p><p>{LAST}</p>{after}</div></article></main>"
            "<footer><p>Harbour Gazette 2024</p></footer></body></html>")


def json_ld(author) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
            "datePublished": "2024-05-06T08:00:00Z", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def article(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0].article


DESK = {"@type": "Organization", "name": "Harbour Gazette Newsdesk"}


@pytest.mark.parametrize("head, byline", [
    (json_ld(DESK), '<p class="byline">By Mira Holt</p>'),
    (json_ld([DESK]) + '<meta name="author" content="Mira Holt">', ""),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Old ferry terminal to be '
     'torn down", "author": {"@id": "#desk"}}, {"@type": "NewsMediaOrganization", "@id": "#desk", '
     '"name": "Harbour Gazette Newsdesk"}]}</script>', '<div class="byline">By Mira Holt</div>'),
], ids=["byline", "meta tag", "graph reference"])
def test_a_person_in_the_byline_or_the_meta_tags_wins_over_a_desk_declared_as_author(head, byline):
    found = article(news(head, byline))
    assert found.author == "Mira Holt"


def test_a_desk_declared_as_author_is_the_author_where_no_person_is_named():
    """Guard: an agency's or desk's story keeps the organisation as its author."""
    found = article(news(json_ld(DESK)))
    assert found.author == "Harbour Gazette Newsdesk"
    assert found.provenance["author"].startswith("json-ld author")


@pytest.mark.parametrize("byline", [
    "<address>Mira Holt</address>",
    '<div class="meta">Story by <a href="/authors/mira-holt">Mira Holt</a> · May 6, 2024</div>',
    '<p class="byline">By Mira Holt · Harbour reporter</p>',
])
def test_the_author_in_an_address_or_a_meta_line_with_a_dot_separator(byline):
    assert article(news(byline=byline)).author == "Mira Holt"


def test_an_address_in_the_site_footer_names_no_author():
    html = news().replace("<footer><p>Harbour Gazette 2024</p>", "<footer><address>Acme Media Group</address>")
    assert article(html).author is None


@pytest.mark.parametrize("line", [
    '<p class="dateline">Updated May 9, 2024 · Published May 6, 2024</p>',
    '<p class="dateline">Published May 6, 2024 · Updated May 9, 2024</p>',
])
def test_a_date_line_that_gives_the_update_and_the_publication_dates_the_article_by_its_publication(line):
    assert article(news(byline=line)).date == "2024-05-06"


def test_a_time_stamped_update_note_above_the_text_is_not_its_first_paragraph():
    found = article(news(before="<p><em>Updated on May 9, 2024 at 10:00 a.m.</em></p>"))
    assert found.paragraphs[0].text == FIRST


@pytest.mark.parametrize("appeal", [
    "<p>Sign up for our free newsletter to get the best of the Gazette delivered to your inbox every morning.</p>",
    "<p>Our journalism is free to read, but it is not free to make. If you value it, please consider a donation "
    "today.</p>",
    '<div class="support"><p>Support independent local journalism. Become a member today for as little as $5 a '
    "month.</p></div>",
    "<p>Follow us on Twitter and Facebook for more local news.</p>",
])
def test_an_appeal_to_the_reader_after_the_last_paragraph_is_not_body(appeal):
    assert article(news(after=appeal)).paragraphs[-1].text == LAST


@pytest.mark.parametrize("closing", [
    "<p>The harbour trust said residents who want to support the park can donate at the town hall until "
    "Friday.</p>",
    "<p>Those who wish to follow the works can sign up for a guided tour of the site, the authority said.</p>",
])
def test_a_last_paragraph_that_reports_an_appeal_stays_body(closing):
    """Guard: a sentence about donations or sign-ups is the article's, where it does not ask the reader."""
    text = closing[3:-4]
    assert article(news(after=closing)).paragraphs[-1].text == text



@pytest.mark.parametrize("closing", [
    "<h3>About the author</h3><p>Mira Holt has covered the harbour for the Gazette since 2015 and writes about "
    "ferries and ports.</p>",
    "<p>Reporting by Mira Holt; Editing by Sam Oduya</p>",
    "<p>(Reporting by Mira Holt; additional reporting by Lee Chan; editing by Sam Oduya)</p>",
    "<p>This article was originally published on The Coast Review. Read the original article.</p>",
    "<p>Have a news tip? Email us at tips@harbour.example.</p>",
    "<p>Editor's note: An earlier version of this story gave the wrong year for the last ferry.</p>",
])
def test_the_desk_s_notes_and_the_author_s_box_after_the_last_paragraph_are_not_body(closing):
    assert article(news(after=closing)).paragraphs[-1].text == LAST


def test_an_editors_note_above_the_text_is_not_its_first_paragraph():
    found = article(news(before="<p>Editor's note: This story has been updated with comment from the "
                                "authority.</p>"))
    assert found.paragraphs[0].text == FIRST


def test_a_kicker_inside_the_headline_s_element_is_not_part_of_the_title():
    html = news().replace(f"<h1>{HEADLINE}</h1>", f'<h1><span class="kicker">Analysis</span> {HEADLINE}</h1>')
    assert article(html).title == HEADLINE


def test_a_label_that_the_page_title_repeats_stays_in_the_title():
    """Guard: a headline that starts with a styled word is cut only where the page's titles leave it out."""
    html = news().replace(f"<h1>{HEADLINE}</h1>", f'<h1><span class="label">Exclusive:</span> {HEADLINE}</h1>') \
        .replace(f"<title>{HEADLINE}", f"<title>Exclusive: {HEADLINE}")
    assert article(html).title == f"Exclusive: {HEADLINE}"



@pytest.mark.parametrize("head", [
    json_ld({"@type": "Person", "name": "By Mira Holt"}),
    json_ld({"@type": "Person", "name": "Mira Holt, Staff Writer"}),
    '<meta name="author" content="Mira Holt | Senior Reporter">',
], ids=["byline word", "job title", "job title after a bar"])
def test_a_declared_author_loses_what_a_byline_prints_around_the_name(head):
    assert article(news(head)).author == "Mira Holt"


def test_a_declared_author_that_the_byline_confirms_is_given_as_the_byline_prints_it():
    found = article(news(json_ld({"@type": "Person", "name": "mira holt"}), '<p class="byline">By Mira Holt</p>'))
    assert (found.author, found.provenance["author"]) == ("Mira Holt", "json-ld author, byline")


def test_a_declared_author_thousands_of_characters_long_is_cut_before_it_is_read():
    """Hostile metadata: a name padded with 20,000 spaces is cut to a name's length, so the
    job-title pattern never sees the long run (on it, its search takes quadratic time)."""
    assert len(declared_author("Mira Holt" + " " * 20_000 + ",", "en")) <= 200
