"""The byline of a news page that is a name over the writer's role (over the date, or not), or a name run into
the headline's block over a time ago; and the pages of like shape whose name over a date stays the byline: a
blog's or a theme's author head, above or under the headline, and a forum's opening post."""

import textwrap

from discourse.parse import parse_text
from tests.parse.test_article_edges import page
from tests.parse.test_article_facts_titles import LAST, MORE, PARA

READERS = ("3 Responses", "", "Kristine", "March 5, 2023 at 9:12 am", "", "I think the plan is a mistake.", "",
           "gemma_w", "March 5, 2023 at 10:40 am", "", "I disagree, the investment is overdue.")


def facts(*lines: str) -> tuple[str | None, str | None, str | None]:
    article = parse_text(page(*lines)).article
    return article.title, article.author, article.date


def test_a_blogs_author_head_with_no_blank_line_before_its_date_stays_the_byline():
    for menu in (("Home | About | Archive", ""), ()):
        assert facts(*menu, "Jane Doe", "March 4, 2023", "", PARA, "", MORE, "", LAST)[1:] \
            == ("Jane Doe", "2023-03-04"), menu


def test_a_blogs_author_head_over_readers_heads_stays_the_byline():
    assert facts("Home | About | Archive", "", "Jane Doe", "", "March 4, 2023", "", PARA, "", MORE, "", LAST, "",
                 *READERS)[1:] == ("Jane Doe", "2023-03-04")


def test_a_forums_opening_post_head_stays_the_byline_over_replies_by_name_or_handle():
    opening = ("Forums | Bikes | Repairs", "", "Ann Lee", "", "March 4, 2023, 10:00 am", "", PARA, "", MORE, "")
    for reply in ("Bob Ray", "**Bob Ray**  ", "bob_r"):
        assert facts(*opening, reply, "March 4, 2023, 11:00 am", "", LAST)[1] == "Ann Lee", reply


def test_an_authors_head_set_apart_over_the_date_under_only_menus_stays_the_byline():
    for menu in ("Home | About | Archive", "Home", "Home > News > Council approves the harbour budget"):
        assert facts(menu, "", "Jane Doe", "", "March 4, 2023", "", PARA, "", MORE, "", LAST)[1:] \
            == ("Jane Doe", "2023-03-04"), menu


def test_a_themes_author_and_date_over_the_headline_stay_the_byline():
    assert facts("Home | News | Sport", "", "Jane Doe", "", "March 4, 2023", "", "Council approves the harbour budget",
                 "", PARA, "", MORE, "", LAST)[1:] == ("Jane Doe", "2023-03-04")


def test_a_name_over_the_date_under_a_headline_stays_the_byline():
    assert facts("Home | News | Sport", "", "Ferries start early this summer", "", "Jane Roe", "March 4, 2023", "",
                 PARA, "", MORE, "", LAST) == ("Ferries start early this summer", "Jane Roe", "2023-03-04")


def test_an_advice_columns_name_over_the_writers_byline_stays_the_title():
    assert facts("Home | Life | Advice", "", "Ask Amy", "", "Amy Dickinson", "March 4, 2023", "", PARA, "", MORE,
                 "", LAST) == ("Ask Amy", "Amy Dickinson", "2023-03-04")


def test_a_blogs_author_head_under_the_blogs_name_stays_the_byline():
    assert facts("Harbour Kitchen Notes", "", "Ann Lee", "March 4, 2023", "", PARA, "", MORE, "", LAST)[1:] \
        == ("Ann Lee", "2023-03-04")


def test_a_forums_opening_post_head_stays_the_byline_where_the_replies_heads_repeat_its_shape():
    opening = ("Home | Forums | Help", "", "Ann Lee", "March 4, 2023 at 10:00 am", "", PARA, "", MORE, "")
    replies = ("Bob Ray", "March 4, 2023 at 11:00 am", "", LAST, "", "Cy Park", "March 4, 2023 at 11:30 am", "",
               "The ferry was late again today, and nobody told us why it was.")
    assert facts(*opening, *replies)[1] == "Ann Lee"


def test_a_name_over_the_writers_role_over_the_date_is_the_byline():
    for role in ("Staff writer", "Senior Reporter", "Correspondent", "Political Editor"):
        assert facts("Home | News | Sport", "", "City Council Approves New Budget for Parks", "", "Kay Lum", role,
                     "June 12, 2022 at 8:00 am", "", PARA, "", MORE, "", LAST) \
            == ("City Council Approves New Budget for Parks", "Kay Lum", "2022-06-12"), role


def test_a_headline_ending_in_a_role_word_over_the_date_stays_the_title():
    assert facts("Home | News | Sport", "", "Harbour Times", "", "Meet the Editor", "", "June 12, 2022", "", PARA, "",
                 MORE, "", LAST)[:2] == ("Meet the Editor", None)


def test_a_name_between_the_headline_and_a_time_ago_in_one_block_is_the_byline():
    assert facts("Home | News", "", "City Council Approves New Budget for Parks", "Jane Roe", "2 hours ago", "",
                 PARA, "", MORE, "", LAST)[:2] == ("City Council Approves New Budget for Parks", "Jane Roe")


def test_a_wrapped_headlines_title_case_tail_over_a_time_ago_stays_in_the_headline():
    first = "Council approves the new budget for the harbour, the ferries and the old bridge over the"
    assert len(first) + len(" River") > max(map(len, (PARA + "\n" + MORE).splitlines()))
    assert facts("Home | News", "", first, "River Tees", "2 hours ago", "", PARA, "", MORE, "", LAST)[:2] \
        == (f"{first} River Tees", None)


def test_a_name_over_the_writers_role_with_no_date_is_the_byline():
    assert facts("Home | News | Sport", "", "City Council Approves New Budget for Parks", "", "Kay Lum",
                 "Staff writer", "", PARA, "", MORE, "", LAST)[:2] == ("City Council Approves New Budget for Parks",
                                                                     "Kay Lum")


def test_a_headline_wrapped_on_a_narrow_page_into_a_name_and_a_role_stays_the_headline():
    narrow = [line for text in (PARA, MORE, LAST) for line in (*textwrap.wrap(" ".join(text.split()), 24), "")]
    assert facts("Home | News", "", "Harbour Board Hires", "Ferry Editor", "", *narrow)[:2] \
        == ("Harbour Board Hires Ferry Editor", None)


def test_a_wrapped_headlines_tail_after_a_small_word_over_a_time_ago_stays_in_the_headline():
    for first, tail in (("Ten things to do in", "South London"), ("Council Approves Budget", "For Harbour Parks")):
        assert facts("Home | News", "", first, tail, "2 hours ago", "", PARA, "", MORE, "", LAST)[:2] \
            == (f"{first} {tail}", None), tail


def test_a_headline_wrapped_in_a_narrow_column_under_a_wide_menu_keeps_its_tail():
    narrow = [line for text in (PARA, MORE, LAST) for line in (*textwrap.wrap(" ".join(text.split()), 52), "")]
    menu = "Home | News | Sport | Weather | Contact | Subscribe | Sign in | Search the whole site archive here"
    first = "Why The Harbour Budget Vote Matters For Small Shops"
    assert facts(menu, "", first, "Across London", "2 hours ago", "", *narrow)[:2] == (f"{first} Across London", None)


def test_a_sections_label_between_the_headline_and_a_time_ago_names_no_writer():
    assert facts("Home | News", "", "Council approves the harbour budget", "Local News", "2 hours ago", "", PARA, "",
                 MORE, "", LAST)[1] is None


def test_a_short_headline_in_two_lines_like_a_name_over_a_role_under_a_menu_is_the_headline():
    assert facts("Home | News", "", "Paper Hires", "Political Editor", "", PARA, "", MORE, "", LAST)[:2] \
        == ("Paper Hires Political Editor", None)
    assert facts("Home | News", "", "Council Names", "New Editor", "", "March 4, 2023", "", PARA, "", MORE, "",
                 LAST) == ("Council Names New Editor", None, "2023-03-04")
