"""The comment count the page's structured data declares for its own article (JSON-LD, microdata,
RDFa; commentCount, a CommentAction interactionStatistic, the legacy interactionCount), and never
the count of another item on the page."""

import pytest

from discourse.parse import read_pages
from tests.parse.html import pages

HEADLINE = "Council approves the new river bridge"
OTHER = "Lottery winner buys a castle in Scotland"
# The WordPress fixture's three comments, under a header that states no count.
THREAD = pages.WORDPRESS.replace("3 thoughts on &ldquo;Council approves the new river bridge&rdquo;", "Discussion")


def declared(head: str = "", after_article: str = "", into_article: tuple[str, str] = ("", "")) -> int | None:
    html = THREAD.replace('<meta property="og:site_name" content="The Daily Example">',
                          '<meta property="og:site_name" content="The Daily Example">' + head)
    opening, inside = into_article
    if opening:
        html = html.replace('<article class="post">', opening, 1)
    html = html.replace('<h1 class="entry-title">', inside + '<h1 class="entry-title">', 1)
    html = html.replace('<div id="comments"', after_article + '<div id="comments"', 1)
    page = read_pages(html.encode(), "page.html")[0]
    assert page.comments.found == 3
    return page.comments.declared


def json_ld(fields: str, kind: str = "NewsArticle", headline: str = HEADLINE) -> str:
    return (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "{kind}", '
            f'"headline": "{headline}", {fields}}}</script>')


COMMENT_ACTION = ('"interactionStatistic": [{"@type": "InteractionCounter", "interactionType": '
                  '"https://schema.org/LikeAction", "userInteractionCount": 90}, {"@type": "InteractionCounter", '
                  '"interactionType": {"@type": "CommentAction"}, "userInteractionCount": "%s"}]')


@pytest.mark.parametrize("fields, count", [
    ('"commentCount": 7', 7),
    (COMMENT_ACTION % "12", 12),
    (COMMENT_ACTION % "1,204", 1204),
    ('"interactionCount": "UserComments:5"', 5),
    ('"interactionCount": ["UserPageVisits:800", "UserComments:6"]', 6),
])
def test_json_ld_of_the_page_s_article_declares_the_count(fields, count):
    assert declared(head=json_ld(fields)) == count


def test_json_ld_likes_and_views_are_not_comments():
    likes = ('"interactionStatistic": {"@type": "InteractionCounter", "interactionType": '
             '"http://schema.org/LikeAction", "userInteractionCount": 90}, "interactionCount": "UserPageVisits:800"')
    assert declared(head=json_ld(likes)) is None


def test_json_ld_of_another_story_declares_nothing():
    assert declared(head=json_ld('"commentCount": 41', headline=OTHER)) is None
    both = json_ld('"commentCount": 41', headline=OTHER) + json_ld('"commentCount": 3')
    assert declared(head=both) == 3


MICRODATA_ARTICLE = '<article class="post" itemscope itemtype="https://schema.org/NewsArticle">'


@pytest.mark.parametrize("inside, count", [
    ('<meta itemprop="commentCount" content="9">', 9),
    ('<meta itemprop="interactionCount" content="UserComments:4">', 4),
    ('<div itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter">'
     '<link itemprop="interactionType" href="https://schema.org/CommentAction">'
     '<span itemprop="userInteractionCount">11</span> comments</div>', 11),
])
def test_microdata_of_the_page_s_article_declares_the_count(inside, count):
    headline = f'<meta itemprop="headline" content="{HEADLINE}">'
    assert declared(into_article=(MICRODATA_ARTICLE, headline + inside)) == count


def test_microdata_of_a_related_story_card_declares_nothing():
    card = (f'<aside class="related"><div itemscope itemtype="https://schema.org/NewsArticle">'
            f'<a itemprop="url" href="/castle"><span itemprop="headline">{OTHER}</span></a>'
            f'<meta itemprop="commentCount" content="41"></div></aside>')
    assert declared(after_article=card) is None


def test_microdata_of_another_kind_of_item_is_not_the_article_s_count():
    site = '<div itemscope itemtype="https://schema.org/Blog"><meta itemprop="commentCount" content="5000"></div>'
    assert declared(into_article=(MICRODATA_ARTICLE, f'<meta itemprop="headline" content="{HEADLINE}">'),
                    after_article=site) is None


@pytest.mark.parametrize("property_name", ["schema:commentCount", "commentCount", "http://schema.org/commentCount"])
def test_rdfa_of_the_page_s_article_declares_the_count(property_name):
    opening = '<article class="post" vocab="https://schema.org/" typeof="BlogPosting">'
    inside = f'<meta property="headline" content="{HEADLINE}"><meta property="{property_name}" content="8">'
    assert declared(into_article=(opening, inside)) == 8


def test_rdfa_of_a_related_story_card_declares_nothing():
    card = (f'<aside vocab="https://schema.org/"><div typeof="Article"><span property="name">{OTHER}</span>'
            f'<span property="commentCount">41</span></div></aside>')
    assert declared(after_article=card) is None


@pytest.mark.parametrize("written", ["²", "١٢" + "٣" * 5000, "9" * 5000])
def test_a_count_of_odd_digits_declares_nothing_rather_than_failing(written):
    """A superscript digit passes `isdigit` yet is no number, and 5,000 digits exceed what `int`
    converts: the page still reads, with no declared count."""
    assert declared(head=json_ld(f'"commentCount": "{written}"')) is None
