"""Bylines printed over the headline under only menus (a name over the writer's role over the date, or a name
over the date), and names opening with a small word between the headline and its time ago, in a text browser's
and a Markdown rendering's shape; and the pages of like shape that keep their reading: a headline in two lines
like a name over a role, a headline wrapped at a small word, a news page's byline under its headline, a blog's
author head over its post."""

from discourse.parse import parse_text
from tests.parse.test_article_edges import page
from tests.parse.test_article_facts_titles import LAST, MORE, PARA

HEADLINE = "Council approves the harbour budget"
BODY = ("", PARA, "", MORE, "", LAST)
# A Markdown rendering: a paragraph on one line, a menu as a list, the headline marked "# ".
MARKDOWN_BODY = ("", " ".join(PARA.split()), "", " ".join(MORE.split()), "", LAST)
LISTED_MENU = ("  * [Home](/)", "  * [News](/news)", "  * [Sport](/sport)", "")


def facts(*lines: str) -> tuple[str | None, str | None, str | None]:
    article = parse_text(page(*lines)).article
    return article.title, article.author, article.date


def test_a_name_over_the_writers_role_over_the_date_above_the_headline_is_the_byline():
    for menu in (("Home | News | Sport", ""), ("Home", "")):
        assert facts(*menu, "Jane Doe", "Staff Writer", "March 4, 2023", "", HEADLINE, *BODY) \
            == (HEADLINE, "Jane Doe", "2023-03-04"), menu


def test_the_person_an_obituary_or_profile_is_about_over_a_role_over_the_date_is_no_byline():
    story = ("", "Margaret Hill, who edited the paper for two decades, has died at the age of 91, her family",
             "said on Thursday in a statement.", "", "Hill joined the newsroom as a typist in 1952.", *BODY)
    assert facts("Home | News | Sport", "", "Margaret Hill", "Former Editor", "March 4, 2023", "",
                 "A life spent in print", *story) == ("A life spent in print", None, "2023-03-04")
    profile = ("", "O'Brien has run the magazine since 1988 and says she will never retire from it.", *BODY)
    assert facts(*LISTED_MENU, "Anna O'Brien  ", "Vogue Editor  ", "March 4, 2023", "", "# In her own words",
                 *profile)[1] is None


def test_a_markdown_renderings_byline_over_the_marked_headline_under_a_listed_menu_is_read():
    lines = ("Jane Doe  ", "Staff Writer  ", "March 4, 2023", "", f"# {HEADLINE}", *MARKDOWN_BODY)
    assert facts(*LISTED_MENU, *lines) == (HEADLINE, "Jane Doe", "2023-03-04")
    assert facts(*LISTED_MENU, "Jane Doe", "", "March 4, 2023", "", f"# {HEADLINE}", *MARKDOWN_BODY) \
        == (HEADLINE, "Jane Doe", "2023-03-04")


def test_a_themes_author_and_date_over_the_headline_leave_the_headline_the_title():
    assert facts("Home | News | Sport", "", "Jane Doe", "", "March 4, 2023", "", HEADLINE, *BODY) \
        == (HEADLINE, "Jane Doe", "2023-03-04")


def test_a_byline_over_a_headline_in_two_lines_leaves_both_lines_the_title():
    assert facts("Home | News", "", "Jane Doe", "Staff Writer", "March 4, 2023", "", HEADLINE,
                 "after a long night of talks", *BODY) \
        == (f"{HEADLINE} after a long night of talks", "Jane Doe", "2023-03-04")


def test_a_short_headline_in_two_lines_like_a_name_over_a_role_stays_the_headline():
    for menu in (("Home | News", ""), LISTED_MENU):
        assert facts(*menu, "Council Names", "New Editor", "", "March 4, 2023", *BODY) \
            == ("Council Names New Editor", None, "2023-03-04"), menu
    standfirst = "The paper's new political editor starts in May."
    assert facts("Home | News", "", "Council Names", "New Editor", "", "March 4, 2023", "", standfirst, *BODY) \
        == ("Council Names New Editor", None, "2023-03-04")


def test_a_news_pages_byline_under_its_headline_stays_the_byline():
    assert facts("Home | News | Sport", "", HEADLINE, "", "Jane Doe", "Staff Writer", "March 4, 2023", *BODY) \
        == (HEADLINE, "Jane Doe", "2023-03-04")
    assert facts("Home | News", "", HEADLINE, "after a long night", "", "Jane Doe", "Staff Writer",
                 "March 4, 2023", *BODY) == (f"{HEADLINE} after a long night", "Jane Doe", "2023-03-04")


def test_a_blogs_author_head_over_its_post_stays_the_byline():
    for menu in (("Home | About | Archive", ""), LISTED_MENU):
        assert facts(*menu, "Jane Doe", "March 4, 2023", *BODY)[1:] == ("Jane Doe", "2023-03-04"), menu


def test_a_name_opening_with_a_small_word_between_the_headline_and_a_time_ago_is_the_byline():
    headline = "City Council Approves New Budget for Parks"
    for name in ("An Nguyen", "Le Minh", "Les Murray", "La Toya Jackson"):
        assert facts("Home | News", "", headline, name, "2 hours ago", *BODY)[:2] == (headline, name), name
        assert facts(*LISTED_MENU, f"{headline}  ", f"{name}  ", "2 hours ago", *MARKDOWN_BODY)[:2] \
            == (headline, name), name


def test_a_headlines_tail_opening_with_a_small_word_its_story_repeats_stays_in_the_headline():
    for first, tail, story in (("Council Plans", "An Island Escape", "The island gets a new ferry pier and a park"),
                               ("Council Backs", "Les Halles Market", "The market stays open on Sundays")):
        opening = f"{story}, the council said on Thursday after a long debate."
        assert facts("Home | News", "", first, tail, "2 hours ago", "", opening, *BODY)[:2] \
            == (f"{first} {tail}", None), tail


def test_a_short_headline_the_page_broke_before_a_small_word_stays_one_headline():
    for first, tail in (("Rain Threatens", "Le Mans Start"), ("Barcelona Lead", "La Liga Title Race"),
                        ("Why We Need", "An Honest Budget"), ("Endurance Racing Classic", "Le Mans Returns"),
                        ("West End Favourite", "Les Misérables Tours")):
        assert facts("Home | News", "", first, tail, "2 hours ago", *BODY)[:2] == (f"{first} {tail}", None), tail
        assert facts(*LISTED_MENU, f"{first}  ", f"{tail}  ", "2 hours ago", *MARKDOWN_BODY)[:2] \
            == (f"{first} {tail}", None), tail


def test_a_headlines_tail_opening_with_an_english_small_word_stays_in_the_headline():
    for first, tail in (("Council Plans", "The Harbour Park"), ("Council Approves Budget", "For Harbour Parks"),
                        ("Ten things to do in", "South London"), ("Council Plans", "An Hour Of Fireworks")):
        assert facts("Home | News", "", first, tail, "2 hours ago", *BODY)[:2] == (f"{first} {tail}", None), tail


def test_a_name_and_the_writers_role_a_paragraph_each_name_the_writer_not_the_role():
    byline = ("Jane Doe", "", "Staff Writer", "", "March 4, 2023")
    assert facts(*LISTED_MENU, f"# {HEADLINE}", "", *byline, *MARKDOWN_BODY) == (HEADLINE, "Jane Doe", "2023-03-04")
    assert facts(*LISTED_MENU, *byline, "", f"# {HEADLINE}", *MARKDOWN_BODY) == (HEADLINE, "Jane Doe", "2023-03-04")
    assert facts("Home | News", "", HEADLINE, "", *byline, *BODY) == (HEADLINE, "Jane Doe", "2023-03-04")


def test_a_headline_ending_in_a_role_word_a_paragraph_over_the_date_names_no_writer():
    for headline in ("Meet the Editor", "Meet Our Editor"):
        assert facts(*LISTED_MENU, "# Harbour Times", "", headline, "", "March 4, 2023", *MARKDOWN_BODY)[:2] \
            == (headline, None), headline


def test_a_short_headline_over_its_date_that_ends_the_breadcrumb_trail_is_the_headline():
    for trail in ("Home > News > Storm Hits Texas", "Home › News › Storm Hits Texas"):
        assert facts(trail, "", "Storm Hits Texas", "", "March 4, 2023", *BODY) \
            == ("Storm Hits Texas", None, "2023-03-04"), trail
    trail = "[Home](/) › [News](/news) › Storm Hits Texas"
    assert facts(*LISTED_MENU, trail, "", "Storm Hits Texas", "", "March 4, 2023", *MARKDOWN_BODY) \
        == ("Storm Hits Texas", None, "2023-03-04")


def test_an_authors_head_under_a_breadcrumb_trail_ending_in_another_title_stays_the_byline():
    trail = "[Home](/) › [News](/news) › Council approves the harbour budget"
    assert facts(*LISTED_MENU, trail, "", "Jane Doe", "", "March 4, 2023", *MARKDOWN_BODY)[1:] \
        == ("Jane Doe", "2023-03-04")


def test_a_short_headline_set_apart_over_a_time_ago_stays_the_headline_whatever_stands_above_it():
    tops = (("[Skip to main content](#main)", "", *LISTED_MENU), (*LISTED_MENU, "[The Harbour Daily Times](/)", ""),
            ("Home  News  Sport  Weather  Culture", ""), ("[Home] [News] [Sport] [Weather]", ""),
            ("We use cookies to improve your experience. Accept", ""),
            ("Home | News", "", "LIVE: latest updates from the coast", ""),
            ("Home | News", "", "A look at the week's wild weather across the south", ""))
    for top in tops:
        for headline in ("Storm Hits Texas", "# Storm Hits Texas"):
            assert facts(*top, headline, "", "2 hours ago", *BODY)[:2] == ("Storm Hits Texas", None), top


def test_a_label_credit_or_button_between_a_long_headline_and_a_time_ago_names_no_writer():
    for line in ("Premier League", "Climate Crisis", "Getty Images", "Share Article", "Local News"):
        assert facts("Home | News", "", HEADLINE, "", line, "", "2 hours ago", *BODY)[1] is None, line
