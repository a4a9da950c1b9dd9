"""Dates of text pages that a weekday settles: a slashed date reads either way ("05/02/2023"), and the
weekday printed before it ("Tue,") fits one reading alone."""

from discourse.parse import parse_text
from discourse.parse.dates import find_date
from tests.parse.test_article_edges import page
from tests.parse.test_article_facts_titles import LAST, MORE, PARA


def date_under_headline(meta_line: str) -> str | None:
    return parse_text(page("Harbour Times", "", "Ferries start early this summer", "", meta_line, "", PARA, "",
                           MORE, "", LAST)).article.date


def test_a_drupal_submitted_line_with_its_weekday_gives_the_date():
    assert date_under_headline("Submitted by Ann Lee on Tue, 05/02/2023 - 10:00") == "2023-05-02"


def test_the_weekday_picks_day_first_where_that_reading_fits_it():
    assert date_under_headline("Submitted by Ann Lee on Sun, 05/02/2023 - 10:00") == "2023-02-05"


def test_a_german_weekday_abbreviation_settles_the_order_too():
    assert find_date("Di., 02/05/2023") == ("2023-05-02", "02/05/2023")


def test_a_slashed_date_without_a_weekday_stays_unread():
    assert date_under_headline("Submitted by Ann Lee on 05/02/2023 - 10:00") is None


def test_a_weekday_that_fits_neither_reading_leaves_the_date_unread():
    assert find_date("Mon, 05/02/2023") is None


def test_a_short_word_that_is_also_a_weekday_settles_nothing_without_its_comma():
    assert find_date("so 05/02/2023") is None
