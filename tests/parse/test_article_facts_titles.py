"""The headline of rendered journal, live-blog, forum and link-site pages, where a post's head, a poster
box, a menu or a table's marks stand next to it; and the ordinary news pages of like shape, which keep theirs."""

import time

from discourse.parse import parse_text
from tests.parse.test_article_edges import page

# Paragraphs wrapped as a text browser wraps them (a block of lines, not a line each).
PARA = ("The harbour board met on Thursday to decide the ferry timetable for the summer months, and\n"
        "the skippers asked for an earlier first crossing on weekdays.")
MORE = ("Fares stay as they are until the autumn, when the board looks again at the cost of fuel and\n"
        "the wages of the crews who run the boats.")
LAST = "The new timetable is posted at both piers from next week."


def title_of(*lines: str) -> str | None:
    return parse_text(page(*lines)).article.title


def test_a_journal_posts_handle_and_date_under_the_headline_is_no_title():
    assert title_of("Harbour Diary Shop Log in", "", "Summer ferries start early", "",
                    "skipper_jo June 5th, 2022", "", PARA, "", MORE, "", LAST) == "Summer ferries start early"


def test_a_live_blogs_entry_head_under_the_headline_is_no_title():
    assert title_of("County News", "", "Storm live: roads closed across the county", "", "Ann Lee 2 hours ago", "",
                    PARA, "", MORE, "", LAST) == "Storm live: roads closed across the county"


def test_a_date_first_head_with_the_handle_after_it_is_no_title():
    assert title_of("Harbour Diary", "", "Summer ferries start early", "", "2022-06-05 09:15 am skipper_jo", "",
                    PARA, "", MORE, "", LAST) == "Summer ferries start early"


def test_a_category_label_run_into_the_opening_posts_head_is_no_title():
    assert title_of("Harbour Boards", "", "Which ferry app do you use?", "", "Boats",
                    "skipper_jo Jun 5, 2022, 9:15am1", "", PARA, "", MORE, "", LAST) == "Which ferry app do you use?"


def test_a_headline_with_a_clock_time_stays_the_title():
    assert title_of("Harbour Times", "", "Polls close at 8:00", "", "By Jane Roe", "", PARA, "", MORE, "", LAST) \
        == "Polls close at 8:00"


def test_a_headline_that_reads_as_a_head_stays_the_title_with_nothing_above_it():
    assert title_of("Flood warning 2 hours ago", "", "By Jane Roe", "", PARA, "", MORE, "", LAST) \
        == "Flood warning 2 hours ago"


def test_a_news_headline_over_a_dated_byline_stays_the_title():
    parsed = parse_text(page("Harbour Times", "", "Ferries start early this summer", "",
                             "Jane Roe June 5, 2022", "", PARA, "", MORE, "", LAST))
    assert parsed.article.title == "Ferries start early this summer"
    assert parsed.article.author == "Jane Roe"


def test_a_poster_boxs_fields_above_the_opening_post_are_no_title():
    assert title_of("Harbour Boards", "", "Which ferry app do you use?", "", "1. 06-05-2022, 09:15 AM#1", "",
                    "Posts 310", "Joined Mar 2019", "", PARA, "", MORE, "", LAST) == "Which ferry app do you use?"


def test_a_headline_with_one_count_in_it_stays_the_title():
    assert title_of("Harbour Times", "", "Ferry passengers: 12,000", "", PARA, "", MORE, "", LAST) \
        == "Ferry passengers: 12,000"


def test_a_menu_line_run_into_a_link_posts_title_is_dropped_with_the_linked_site():
    assert title_of("Harbour Links hot | new | ask | show", "Ferry timetable app for the", "islands (ferryapp.io)",
                    "", "42 points by skipper_jo 3 hours ago | 12 comments", "", PARA, "", MORE, "", LAST) \
        == "Ferry timetable app for the islands"


def test_a_breadcrumb_and_a_posts_counts_run_into_a_threads_title_are_dropped():
    assert title_of("Harbour Boards", "", "Harbour Boards › Boats › Which ferry app do you use?",
                    "Views: 812 | Replies: 4 Which ferry app do you use?", "", "skipper_jo 2022-06-05 09:15",
                    "", PARA, "", MORE, "", LAST) == "Which ferry app do you use?"


def test_a_news_headline_of_two_lines_keeps_both():
    assert title_of("Harbour Times", "", "Ferry timetable changes for the", "islands this summer", "", PARA, "",
                    MORE, "", LAST) == "Ferry timetable changes for the islands this summer"


def test_a_table_rows_marks_around_a_link_posts_title_are_dropped():
    assert title_of("| Harbour Links new | ask  ", "---  ", "| | Ferry timetable app for the islands (ferryapp.io)  ",
                    "---|---  ", "", PARA, "", MORE, "", LAST) == "Ferry timetable app for the islands"


def test_a_marked_heading_above_a_category_label_is_the_headline():
    assert title_of("Harbour Boards", "", "# Which ferry app do you use?", "", "Boats", "",
                    "skipper_jo Jun 5, 2022, 9:15am1", "", PARA, "", MORE, "", LAST) == "Which ferry app do you use?"


def test_a_plain_headline_under_a_sites_marked_name_stays_the_title():
    assert title_of("# Harbour Times", "", "Ferries start early this summer", "", "By Jane Roe", "", PARA, "",
                    MORE, "", LAST) == "Ferries start early this summer"


def test_a_communitys_blurb_above_a_threads_title_and_its_submitted_line_is_no_title():
    replies = []
    for head, text in (("[–]harbour_cat 4 points 3 hours ago", "The early boat is the calmest crossing in winter,"
                                                               " the wind picks up by noon."),
                       ("[–]deckhand 2 points 2 hours ago", "I take the last boat, it is never full in January."),
                       ("[–]gull_watch 3 points 1 hour ago", "The middle boat has the best cafe on board.")):
        replies += [head, "", text, "", "  • permalink", "  • reply", ""]
    parsed = parse_text(page(
        "lemmy ferrytalk", "", "A community for talking about ferries, harbours and island travel.", "",
        "Which crossing do you take in winter?", "", "submitted 5 hours ago by skipper_jo", "",
        "The winter timetable has three boats a day. Which one do you take, and is the early one",
        "worth the cold wait on the pier?", "", "all 3 comments", "", *replies, "about blog help"))
    assert parsed.article.title == "Which crossing do you take in winter?"
    assert parsed.article.paragraphs[0].text.startswith("The winter timetable")


def test_a_news_deck_between_the_headline_and_the_byline_is_no_title():
    parsed = parse_text(page("Harbour Times", "", "Ferries start early this summer", "",
                             "The board moved the first crossing to six in the morning on weekdays.", "",
                             "By Jane Roe", "", PARA, "", MORE, "", LAST))
    assert parsed.article.title == "Ferries start early this summer"
    assert parsed.article.author == "Jane Roe"


def test_a_posters_name_over_the_verb_that_opens_the_post_is_no_title():
    assert title_of("Harbour Boards", "", "Which crossing do you take in winter?", "", "• S", "", "Sam Skipper", "",
                    "schrieb:", "", "#1", "", PARA, "", MORE, "", LAST) == "Which crossing do you take in winter?"


def test_a_headline_that_quotes_what_someone_said_stays_the_title():
    assert title_of("Harbour Times", "", "Here is what the harbour master said", "", "By Jane Roe", "", PARA, "",
                    MORE, "", LAST) == "Here is what the harbour master said"


def test_a_journal_posts_head_under_the_headline_names_and_dates_the_post():
    article = parse_text(page("Harbour Diary", "", "Summer ferries start early", "", "skipper_jo June 5th, 2022", "",
                              PARA, "", MORE, "", LAST)).article
    assert (article.author, article.date) == ("skipper_jo", "2022-06-05")


def test_a_news_pages_updated_line_under_the_headline_names_no_author():
    article = parse_text(page("Harbour Times", "", "Ferries start early this summer", "", "Updated 2 hours ago", "",
                              PARA, "", MORE, "", LAST)).article
    assert article.title == "Ferries start early this summer"
    assert article.author is None


def test_a_handle_over_its_date_under_the_headline_is_the_byline_not_furniture():
    parsed = parse_text(page("Is the ferry running in the storm?", "", "skipper_jo", "5 June 2022, 10:00", "", PARA, "",
                             MORE, "", LAST))
    assert (parsed.article.title, parsed.article.author) == ("Is the ferry running in the storm?", "skipper_jo")
    assert parsed.article.date == "2022-06-05"
    assert "skipper_jo" not in [item.text for item in parsed.boilerplate]


def test_a_headline_of_many_scores_is_read_at_once():
    # Each "Name N," reads as a poster box's field: the line is weighed field by field, not by trying every
    # way of splitting it into fields (which took minutes on this line).
    headline = "Rovers 3, Pier 2, Bay 1, Dock 0, Ham 4, Vale 2, Gull 1, Quay 2, Tide 5, Mast 1, Keel 0 at the end"
    started = time.perf_counter()
    parsed = parse_text(page("Harbour Times", "", headline, "", "By Jane Roe", "", PARA, "", MORE, "", LAST))
    assert time.perf_counter() - started < 2
    assert parsed.article.title == headline


def test_a_headline_of_scores_under_the_sites_name_stays_the_title():
    # Names and numbers with no colon, "|", month and year or poster's label are no poster box's fields.
    for headline in ("Rovers 3 Harbour United 1", "Regatta 2024 race 4"):
        assert title_of("Harbour Sport", "", headline, "", "By Jane Roe", "", PARA, "", MORE, "", LAST) == headline


def test_a_short_headline_with_a_date_in_it_stays_the_title():
    # Words that are no name nor handle ("Mayor visits Arran") or one capitalised word with no clock time are
    # a headline's, not a post's head.
    for headline, byline in (("Mayor visits Arran March 4, 2023", "By Jane Roe"),
                             ("Mayor visits Arran March 4, 2023", ""), ("Hafenfest 8. März 2023", "")):
        article = parse_text(page("Hafenblatt", "", headline, "", byline, "", PARA, "", MORE, "", LAST)).article
        assert article.title is not None and article.title.startswith(headline.split()[0])
        assert article.author == (byline[3:] or None)


def test_a_date_line_under_the_headline_names_no_author():
    for date_line in ("Tue, 04/03/2023", "Tuesday, March 7, 2023", "Mon 6 Mar 2023 10.00 GMT",
                      "March 4, 2023, 5:00 a.m. ET", "_Tuesday, March 7, 2023_", "Oban 24 February 2023",
                      "News · 4 March 2023", "March 4, 2023 12 Comments", "OBAN, March 4, 2023 /HarbourWire/ --"):
        assert title_and_author_over(date_line) == ("Ferries start early this summer", None), date_line


def title_and_author_over(line: str) -> tuple[str | None, str | None]:
    """The title and author read from a news page with `line` between its headline and its body."""
    article = parse_text(page("Harbour Times", "", "Ferries start early this summer", "", line, "", PARA, "", MORE,
                              "", LAST)).article
    return article.title, article.author


def test_a_short_plain_headline_under_a_sites_marked_name_stays_the_title():
    for under in ("By Jane Roe", "Jane Roe 4 March 2023", PARA):
        assert title_of("# Harbour Times", "", "Ferry talks", "", under, "", PARA, "", MORE, "", LAST) \
            == "Ferry talks"


def test_a_headlines_own_words_are_kept_whole():
    # Only what opens the headline's block is a menu or a post's stats; colon fields open a thread's title
    # only where "|" parts them.
    for lines, headline in ((("Harbour Times", "", "Regatta report:", "Rovers 2 Harbour United 1"),
                             "Regatta report: Rovers 2 Harbour United 1"),
                            (("Harbour Times", "", "Fares rise as board says", "fuel > wages > repairs"),
                             "Fares rise as board says fuel > wages > repairs"),
                            (("Harbour Times", "", "Boats: 12, Crews: 40 as the season opens"),
                             "Boats: 12, Crews: 40 as the season opens")):
        assert title_of(*lines, "", "By Jane Roe", "", PARA, "", MORE, "", LAST) == headline


def test_a_libraries_name_in_brackets_stays_in_the_headline():
    for headline in ("Why the ferry app left Deno (Node.js)", "Timetables in the browser (vue.js)"):
        assert title_of("Harbour Dev", "", headline, "", "By Jane Roe", "", PARA, "", MORE, "", LAST) == headline


def test_the_words_joining_a_date_to_its_time_name_no_author():
    for date_line in ("March 4, 2023 at 10:00 am", "March 4, 2023 @ 10:00 am", "4 de marzo de 2023 - 10:00 h",
                      "04.03.2023, 10:00 Uhr", "2023年3月4日 10:00", "4 marzo 2023 alle 10:00",
                      "4 maart 2023 om 10:00", "4. mars 2023 kl 10:00", "4 March 2023 10:00 hrs",
                      "4 mars 2023 à 10h00"):
        assert title_and_author_over(date_line) == ("Ferries start early this summer", None), date_line


def test_a_handle_before_a_date_and_its_time_still_names_the_poster():
    article = parse_text(page("Harbour Diary", "", "Summer ferries start early", "",
                              "skipper_jo March 4, 2023 at 10:00 am", "", PARA, "", MORE, "", LAST)).article
    assert (article.title, article.author) == ("Summer ferries start early", "skipper_jo")


def test_a_date_line_in_the_headlines_own_block_leaves_the_headline_the_title():
    for date_line in ("March 4, 2023 at 10:00 am", "Politics 2 hours ago", "04.03.2023, 10:00 Uhr",
                      "jdoe · March 4, 2023"):
        article = parse_text(page("Harbour Times", "", "Ferries start early this summer", date_line, "", PARA,
                                  "", MORE, "", LAST)).article
        assert (date_line, article.title) == (date_line, "Ferries start early this summer")


def test_a_section_media_or_credit_word_beside_a_time_names_no_author():
    for date_line in ("Politics 2 hours ago", "Video 2:34", "4 March 2023 | 10:00 | Reuters", "Opinion 10:00",
                      "Sport 3 hours ago"):
        assert title_and_author_over(date_line) == ("Ferries start early this summer", None), date_line


def test_a_short_headline_over_a_blogs_handle_and_date_stays_the_title_under_a_marked_site_name():
    assert title_of("# Harbour Times", "", "Ferry talks", "", "skipper_jo · March 4, 2023", "", PARA, "", MORE,
                    "", LAST) == "Ferry talks"
