"""Markdown-style renderings (html2text): read as the plain text they stand for, line for line."""

from discourse.model import LineRole
from discourse.parse import parse_text
from discourse.parse.markdown import looks_like_markdown, normalise

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# An article with a threaded comment list as html2text writes it: `#` headings, `* ` menus, list
# items whose date and text start at column 0, one empty line between an item's paragraphs and
# two or more where the list ends.
H2T_PAGE = page(
    "  * Home", "  * About", "", "",
    "# The Bridge Is Closed", "",
    "By Ann Smith on May 1, 2020", "",
    PARA, "", PARA, "", PARA, "",
    "### 3 Responses to “The Bridge Is Closed”", "",
    "  1. [Kim](http://kim.example) says:", "",
    "May 1, 2020 at 10:00 am", "",
    "No, you are **wrong**: the repairs could have waited.", "",
    "Reply", "",
    "     1. Lee says:", "",
    "May 1, 2020 at 11:00 am", "",
    "About time the council acted on the bridge.", "",
    "Reply", "",
    "  2. Max says:", "",
    "May 1, 2020 at 12:00 pm", "",
    "Agreed\\. Cars can wait a year.", "",
    "Reply", "", "", "",
    "#### Leave a Reply", "",
    "Your email address will not be published.",
)


def test_an_html2text_page_is_told_from_a_browser_text_dump():
    assert looks_like_markdown(H2T_PAGE)
    w3m_like = page("The Bridge Is Closed", "", PARA, "", "3 Responses", "",
                    " 1. Kim says:", "    May 1, 2020 at 10:00 am", "    No.", "  • Home", "  • About")
    assert not looks_like_markdown(w3m_like)
    assert not looks_like_markdown(page("# 1 in the charts", "", PARA, "", "* starred note"))


def test_the_rendering_keeps_every_line_in_its_place():
    normalised = normalise(H2T_PAGE)
    source, lines = H2T_PAGE.split("\n"), normalised.split("\n")
    assert len(lines) == len(source)
    assert lines[4] == "The Bridge Is Closed"
    assert [bool(line.strip()) for line in lines] == [bool(line.strip()) for line in source]


def test_marks_links_images_and_escapes_are_dropped_and_their_text_kept():
    lines = normalise(page(
        "# Title #", "", "A [link text](http://x.example/a \"t\") and ![a chart](c.png) here.",
        "Some **bold**, _italic_ and *starred* words; snake_case_name stays.",
        "29\\. Mai 2019 \\- a date", "[1]: http://x.example/ref", "__strong__ and [ref text][1]")).split("\n")
    assert lines[0] == "Title"
    assert lines[2] == "A link text and a chart here."
    assert lines[3] == "Some bold, italic and starred words; snake_case_name stays."
    assert lines[4] == "29. Mai 2019 - a date"
    assert lines[5] == ""  # a reference definition holds no text of the page
    assert lines[6] == "strong and ref text"


def test_lines_inside_a_list_item_are_indented_under_it_until_the_list_ends():
    lines = normalise(H2T_PAGE).split("\n")
    at = lines.index(" 1. Kim says:")
    assert lines[at + 2] == "    May 1, 2020 at 10:00 am"
    assert lines[at + 4] == "    No, you are wrong: the repairs could have waited."
    reply = lines.index("     1. Lee says:")
    assert lines[reply + 4] == "        About time the council acted on the bridge."
    assert lines[lines.index(" 2. Max says:") + 4] == "    Agreed. Cars can wait a year."
    assert "Leave a Reply" in lines  # after the list's closing empty lines: at column 0 again
    assert "Your email address will not be published." in lines


def test_text_before_a_list_of_another_kind_is_not_the_last_items():
    lines = normalise(page(
        "  * Kim 17 September 2020 16:08", "", "First comment.", "",
        "  * View all 12 comments", "", "Show more comments", "", "Most popular", "",
        "  1. Another story", "  2. A third story")).split("\n")
    assert lines[2] == "    First comment."  # the next item continues the same list
    assert lines[6] == "Show more comments" and lines[8] == "Most popular"
    assert lines[10] == " 1. Another story"


def test_a_numbering_restart_or_another_bullet_begins_a_new_list_and_a_sibling_continues_it():
    lines = normalise(page(
        "  1. First", "", "Under the first.", "", "  1. Again one", "", "After the restart.", "",
        "  2. Two", "", "Under two.", "", "  * Star", "", "Under the star.", "", "  + Plus", "", "After the plus.")).split("\n")
    assert lines[2] == "Under the first."  # "1." after "1." restarts the numbering: a new list
    assert lines[6] == "    After the restart."  # "2." follows "1.": the lines are the item's
    assert lines[10] == "Under two."  # a bullet after a number: a new list
    assert lines[14] == "Under the star."  # "+" after "*": another list


def test_nested_bullets_are_laid_out_as_a_text_browser_does():
    lines = normalise(page("  * Top", "    * Reply", "      * Deeper", "  * Next")).split("\n")
    assert lines == ["  • Top", "      □ Reply", "          ☆ Deeper", "  • Next", ""]


def test_tables_quotes_and_rules():
    lines = normalise(page(
        "  * |  Kim August 9th, 2012 at 2:00 pm |  ", "---|---|---", "", "> Lee said:", "> ", "> quoted words",
        "", "* * *")).split("\n")
    assert lines[0] == "  • Kim August 9th, 2012 at 2:00 pm"
    assert lines[1] == ""  # the rule under a table's header row
    assert lines[3:6] == ["    Lee said:", "", "    quoted words"]
    assert set(lines[7]) == {"━"}


def test_an_html2text_page_parses_like_its_plain_rendering():
    parsed = parse_text(H2T_PAGE)
    assert parsed.source.format == "markdown"
    assert parsed.article.title == "The Bridge Is Closed"
    assert parsed.article.author == "Ann Smith"
    assert [p.text for p in parsed.article.paragraphs] == [PARA] * 3
    assert [c.author for c in parsed.comments.items] == ["Kim", "Lee", "Max"]
    assert [c.parent for c in parsed.comments.items] == [None, 1, None]
    assert parsed.comments.items[0].paragraphs == ["No, you are wrong: the repairs could have waited."]
    assert parsed.comments.declared == 3
    assert len(parsed.line_roles) == len(H2T_PAGE.splitlines())
    assert parsed.line_roles[H2T_PAGE.splitlines().index("Agreed\\. Cars can wait a year.")] is LineRole.COMMENT


def test_a_plain_rendering_is_read_as_text():
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", "2 Comments", "",
                             " 1. Kim says:", "    May 1, 2020 at 10:00 am", "    First.", "",
                             " 2. Lee says:", "    May 1, 2020 at 11:00 am", "    Second."))
    assert parsed.source.format == "text"
    assert [c.author for c in parsed.comments.items] == ["Kim", "Lee"]


def test_star_lines_broken_by_line_breaks_are_paragraph_text_not_a_list():
    lines = normalise(page(
        "  1. Kim says:", "", "The scams, biggest first:", "",
        "* Coal scam = $213 billion  ", "* Port scam = $12 billion  ", "* Fodder scam = $211 million", "",
        "  2. Lee says:", "", "Quite a list.")).split("\n")
    assert lines[4:7] == ["    * Coal scam = $213 billion", "    * Port scam = $12 billion",
                          "    * Fodder scam = $211 million"]
    assert lines[8] == " 2. Lee says:"


def test_a_heading_at_the_margin_ends_the_list_it_follows():
    # html2text writes a heading at column 0 and may leave one empty line only after a list: the
    # heading and what follows it are the page's next block, not the last item's paragraphs.
    lines = normalise(page(
        "  1. Kim says:", "", "First comment.", "", "  2. Lee says:", "", "Second comment.", "",
        "### Browse All Accessories", "", "Cases and Skins Chargers Cradles Batteries")).split("\n")
    assert lines[6] == "    Second comment."
    assert lines[8] == "Browse All Accessories"
    assert lines[10] == "Cases and Skins Chargers Cradles Batteries"


def test_a_sidebar_block_after_the_last_comment_is_not_read_into_it():
    parsed = parse_text(page(
        "# The Bridge Is Closed", "", "By Ann Smith on May 1, 2020", "", PARA, "", PARA, "",
        "### 2 Responses", "",
        "  1. [Kim](http://kim.example) says:", "", "May 1, 2020 at 10:00 am", "", "First comment on the bridge.", "",
        "  2. Lee says:", "", "May 1, 2020 at 11:00 am", "", "Second comment on the bridge.", "",
        "### Browse All Accessories", "", "Cases and Skins Chargers Cradles Bluetooth Headsets Batteries", "",
        "### Latest Headlines", "", "  * [A story](http://x.example/a)", "  * [Another story](http://x.example/b)",
    ))
    assert [c.author for c in parsed.comments.items] == ["Kim", "Lee"]
    assert parsed.comments.items[-1].paragraphs == ["Second comment on the bridge."]


def test_an_item_holding_only_a_list_shows_the_inner_item_a_level_deeper():
    # "*      * Reply": html2text writes an item whose content is a list on the outer item's line.
    lines = normalise(page("  * Posted on May 1, 2020", "  *     * Reply", "", "    * Lee says:")).split("\n")
    assert lines[0] == "  • Posted on May 1, 2020"
    assert lines[1] == "      □ Reply"
    assert lines[3] == "      □ Lee says:"


def test_a_list_item_holding_only_a_heading_reads_as_a_heading():
    lines = normalise(page("  * #### Like Our Blog", "", "  * #### Categories", "", "Select Category News Sport",
                           "  * ##### Kim", "", "A comment under a name heading.")).split("\n")
    assert lines[0] == "Like Our Blog"  # a widget's title over nothing: no list entry
    assert lines[2] == "  • Categories" and lines[4] == "    Select Category News Sport"
    assert lines[5] == "  • Kim"  # a heading with text under it stays an item (a commenter's name)


def test_a_sidebar_of_headed_widgets_after_a_thread_of_bare_names_is_not_read_as_comments():
    parsed = parse_text(page(
        "# Time To Begin, Again", "", "By Jo Bat on October 19, 2012", "", PARA, "", PARA, "",
        "### 3 Comments", "", "  * artsyphotos", "", "I enjoy reading your posts, thoughtful and insightful.", "",
        "    * johnbattelle", "", "Thanks for the encouraging words!", "",
        "  * datron", "", "Thanks for the invitation to the trip.", "", "", "", "",
        "  * #### Medium Rectangle (fits Tower)", "", "  * #### Like Our Blog", "",
        "  * #### Categories", "", "Select Category Bike Book Related Columns Internet Life Media", "",
        "  * #### Most Active Posts", "", "  * #### Top Posts", "", "    * Predictions: The Roundup",
        "    * The Database of Intentions",
    ))
    assert [c.author for c in parsed.comments.items] == ["artsyphotos", "johnbattelle", "datron"]
    assert [c.parent for c in parsed.comments.items] == [None, 1, None]
