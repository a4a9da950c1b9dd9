"""A comment's date as printed in its date element, read to ISO 8601 only where it is surely a date."""

import time

import pytest

from discourse.parse.html.comments.comment_dates import parse_shown_date


@pytest.mark.parametrize("shown, iso", [
    ("05-04-2021", "2021-05-04"),  # either way: month first until the thread settles it
    ("25-04-2021", "2021-04-25"),  # only day first
    ("25/04/2021", "2021-04-25"),
    ("04-25-2021, 10:00 AM", "2021-04-25T10:00"),
    ("10/28/12 5:41 PM", "2012-10-28T17:41"),
    ("10/28/12 at 5:41 PM", "2012-10-28T17:41"),
    ("3-4-22", "2022-03-04"),
    ("04.25.2021", "2021-04-25"),  # dotted, only month first
    ("25.06.12 um 11:06", "2012-06-25T11:06"),  # dotted, two-digit year, only day first
])
def test_day_month_and_year_in_figures_are_read_either_way_round_where_only_one_reads(shown, iso):
    assert parse_shown_date(shown) == iso


@pytest.mark.parametrize("shown", ["05.06.12 um 11:06", "11.06.12 at 11:06 am"])
def test_dotted_figures_with_a_two_digit_year_that_read_either_way_are_no_date_alone(shown):
    assert parse_shown_date(shown) is None


@pytest.mark.parametrize("month_first, iso", [(True, "2012-11-06T11:06"), (False, "2012-06-11T11:06")])
def test_dotted_figures_that_read_either_way_follow_the_order_the_thread_settles(month_first, iso):
    assert parse_shown_date("11.06.12 at 11:06 am", month_first=month_first) == iso


@pytest.mark.parametrize("shown", ["Score 3-4-22", "pages 3-4-22 of the report", "31-31-2021", "02-30-2021"])
def test_figures_that_are_no_date_give_none(shown):
    assert parse_shown_date(shown) is None


@pytest.mark.parametrize("shown, iso", [("Posted 10/28/12", "2012-10-28"), ("Posted on 10/28/12", "2012-10-28"),
                                        ("on 3-4-22", "2022-03-04")])
def test_figures_after_a_posting_word_are_a_date(shown, iso):
    assert parse_shown_date(shown) == iso


@pytest.mark.parametrize("line", ["1.2. " * 3000, "12.12.12" * 3000, "word 04.25. " * 3000])
def test_a_3000_word_line_of_dotted_figures_is_read_at_once(line):
    began = time.process_time()
    parse_shown_date(line)
    assert time.process_time() - began < 1
