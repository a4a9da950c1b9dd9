"""The text renderings of the publishing platforms' pages (tests/parse/html/publishing_platform_pages.py), as
`w3m -dump -T text/html -cols 80` and the html2text command print them (stored in platform_renderings/): the text
reader reads from them the article facts the HTML reader reads from the markup. A date line holding the post's
reading time ("Mar 4, 2024• 2 min read", Ghost's and Medium's) is the byline's, under its writer's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.parse import parse_text
from tests.parse.html.publishing_platform_pages import FACTS
from tests.parse.test_unseen_misreadings import STORM_STORY

RENDERINGS = Path(__file__).parent / "platform_renderings"
RENDERERS = ["w3m", "h2t"]


def _read(platform: str, renderer: str):
    path = RENDERINGS / f"{platform}.{renderer}.txt"
    return parse_text(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("platform", ["ghost", "medium", "squarespace"])
def test_a_platforms_rendering_gives_the_article_facts_its_markup_gives(platform, renderer):
    article = _read(platform, renderer).article
    assert (article.title, article.author, article.date) == FACTS[platform][:3]


@pytest.mark.parametrize("date", ["Mar 4, 2024• 2 min read", "Mar 4, 2024 · 12 minute read", "2 min read · Mar 4, 2024",
                                  "4. März 2024 · Lesezeit: 3 Min."])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["touching", "blank-between"])
def test_a_name_over_a_date_and_reading_time_is_the_byline(date, gap):
    article = parse_text(f"Storm Hits Texas\n\nMira Holt{gap}{date}\n\n{STORM_STORY}").article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", "Mira Holt", "2024-03-04")


@pytest.mark.parametrize("headline", ["Storm of March 4, 2024 Leaves Thousands Without Power",
                                      "A 2 min read on the storm of March 4, 2024 and what it cost"])
def test_a_headline_holding_a_date_stays_the_headline(headline):
    article = parse_text(f"{headline}\n\nBy Mira Holt\n\n{STORM_STORY}").article
    assert (article.title, article.author) == (headline, "Mira Holt")
