"""The general rules for rendered real pages, each on a small hand-written page of its shape."""

from discourse.model import LineRole
from discourse.parse import parse_text
from discourse.parse.commenters import read_commenter

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_menus_above_the_headline_and_a_bio_below_are_not_body():
    text = page(
        "  • Home", "  • About", "  • Contact", "",
        "Search [                    ] Go", "",
        "A Headline About Things", "",
        "March 3rd, 2019 by Jane Roe", "",
        PARA, "", PARA.replace("This", "That"), "",
        "Jane Roe is a writer who covers things and other things for this site and others.", "",
        "  • Tags", "  • Archive",
    )
    parsed = parse_text(text)
    assert parsed.article.title == "A Headline About Things"
    assert parsed.article.author == "Jane Roe"
    assert [p.text[:4] for p in parsed.article.paragraphs] == ["This", "That"]
    assert {b.kind for b in parsed.boilerplate if b.text.startswith("• Home")} == {"navigation"}


def test_a_deck_and_caption_between_headline_and_body_are_not_body():
    text = page(
        "Is This The Question?", "",
        "A deck that sums up the story in one sentence, says the writer.", "",
        "By Jane Roe Published 09 November 2012 13:50", "",
        "  • Share", "", "A photo caption. Photo: Agency", "",
        PARA, "", PARA,
    )
    parsed = parse_text(text)
    assert parsed.article.title == "Is This The Question?"
    assert parsed.article.author == "Jane Roe"
    assert parsed.article.paragraphs[0].text == PARA


def test_headline_printed_twice_and_image_placeholder_glued_to_the_text():
    text = page("Twice ToldTwice Told", "", "[photo-123]" + PARA, "", PARA)
    parsed = parse_text(text)
    assert parsed.article.title == "Twice Told"
    assert parsed.article.paragraphs[0].text == PARA


def test_commenter_lines_glued_to_dates_and_reply_markers():
    found = read_commenter("Daveywrote on November 13th, 2012 at 5:49 am Link To Comment | Reply To Comment")
    assert (found.author, found.date) == ("Davey", "November 13th, 2012 at 5:49 am")
    found = read_commenter("Ann Leeresponded to Davey on November 13th, 2012 at 8:19 am Link To Comment")
    assert (found.author, found.reply_to) == ("Ann Lee", "Davey")
    assert read_commenter("Dr. Jo Smith10/28/12 5:33 PM").author == "Dr. Jo Smith"
    assert read_commenter("Fri, 2012-11-09 17:18 — Kim Doe (not verified)").author == "Kim Doe"
    assert read_commenter("Posted by: kim at October 29, 2012 05:23 PM").trailing
    assert read_commenter("We met on May 5, 2020 and talked about the article for hours.") is None


def test_numbered_comments_with_nested_replies_end_before_the_sidebar():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "3 Responses", "",
        " 1. Avatar Kim says:", "    May 1, 2020 at 9:00 am", "", "    First comment text.", "", "    Reply",
        "     1. Avatar Lee says:", "        May 1, 2020 at 9:30 am", "", "        A reply to Kim.", "",
        " 2. Avatar Max says:", "    May 2, 2020 at 1:00 pm", "", "    Second top-level comment.", "",
        "Subscribe to our newsletter", "Get the free book", "",
        "  • Recipes", "  • Travel", "  • Contact",
    )
    parsed = parse_text(text)
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("Kim", None), ("Lee", 1), ("Max", None)]
    assert parsed.line_roles[-1] is LineRole.BOILERPLATE


def test_list_inside_a_signed_comment_is_its_text_and_a_sidebar_list_ends_the_section():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "2 comments", "",
        "kim says:", "", "My points:", "", "1. one thing", "2. another thing", "",
        "  • Posted on May 1 2020 | 1:23 pm", "  • Reply", "",
        "lee says:", "", "I agree with the points made.", "",
        "  • Popular", "", "  • Archives", "", "  • Categories", "", "  • About", "",
    )
    parsed = parse_text(text)
    assert [c.author for c in parsed.comments.items] == ["kim", "lee"]
    assert "another thing" in parsed.comments.items[0].text


def test_bare_number_lines_and_name_date_lines_open_comments():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "{ 2 comments… read them below or add one }", "",
        "1", "", "Kim Doe 11.06.12 at 11:06 am", "", "    First comment.", "",
        "2", "", "lee 11.06.12 at 11:22 am", "", "    Second comment.", "",
        "Some sidebar heading", "Another sidebar line",
    )
    parsed = parse_text(text)
    assert [(c.author, c.text) for c in parsed.comments.items] == [
        ("Kim Doe", "First comment."), ("lee", "Second comment.")]


def test_signature_after_the_text_closes_each_comment():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "Comments", "",
        "I think the article is right.", "",
        "Posted by: kim at October 29, 2012 05:23 PM", "",
        "I do not agree at all.", "", "Not one bit.", "",
        "Posted by: lee at October 29, 2012 06:10 PM", "",
    )
    parsed = parse_text(text)
    assert [(c.author, len(c.paragraphs)) for c in parsed.comments.items] == [("kim", 1), ("lee", 2)]


def test_thread_listed_twice_is_read_once():
    thread = [" 1. kimwrote on May 1, 2020 at 9:00 am", "", "    First.", "",
              " 2. leewrote on May 1, 2020 at 9:30 am", "", "    Second.", ""]
    text = page("Title Here", "", PARA, "", PARA, "", "2 Responses", "", *thread, *thread)
    assert parse_text(text).comments.found == 2


def test_zero_declared_means_what_follows_is_furniture():
    text = page("Title Here", "", PARA, "", PARA, "", "No Comments Yet", "", "Comments are closed", "",
                "  • Related story one", "  • Related story two")
    parsed = parse_text(text)
    assert parsed.comments.found == 0 and parsed.comments.closed is True


def test_name_line_above_a_timestamp_names_the_comment():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "2 comments to Title Here", "",
        "  • [avatar] Kim Doe", "    September 27th, 2012 at 11:01 pm", "", "    Nice post.", "",
        "  • [avatar] Lee", "    September 28th, 2012 at 1:01 am", "", "    Thanks.",
    )
    parsed = parse_text(text)
    assert [(c.author, c.text) for c in parsed.comments.items] == [("Kim Doe", "Nice post."), ("Lee", "Thanks.")]


def test_name_line_then_bare_timestamp_heads_each_comment_and_count_after_noun():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "Comments: 2", "",
        "Robs", "Tuesday, 11 May 2021, 23:13", "", "First text here.", "", "Reply",
        "Anon", "Tuesday, 11 May 2021, 22:32", "", "Second text here.", "", "Reply",
    )
    parsed = parse_text(text)
    assert parsed.comments.declared == 2
    assert [(c.author, c.text) for c in parsed.comments.items] == [
        ("Robs", "First text here."), ("Anon", "Second text here.")]


def test_a_forum_quote_header_is_a_reply_marker():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "2 Comments", "",
        "  • ", "    kim 17 September 2020 14:17", "    I think so.", "    Reply",
        "  • ", "    lee 17 September 2020 15:03", "", "        kim said:", "        I think so.", "",
        "    I do not.", "    Reply",
    )
    parsed = parse_text(text)
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("kim", None), ("lee", 1)]


def test_reply_marker_names_the_latest_comment_posted_before_the_reply():
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "3 Responses", "",
        " 1. Annwrote on May 1st, 2020 at 9:00 am", "", "    First.", "",
        "      □ Bobresponded to Ann on May 1st, 2020 at 9:10 am", "", "        Second.", "",
        "      □ Annresponded to Bob on May 1st, 2020 at 11:00 am", "", "        Third.", "",
        "      □ Cyresponded to Ann on May 1st, 2020 at 10:00 am", "", "        Fourth.", "",
    )
    parsed = parse_text(text)
    assert [c.parent for c in parsed.comments.items] == [None, 1, 2, 1]


def test_a_numeric_user_name_and_a_quoted_signature():
    assert read_commenter("[5966] 1009 schreibt:").author == "1009"
    text = page(
        "Title Here", "", PARA, "", PARA, "",
        "Comments", "",
        "First comment.", "", "Posted by: kim at October 30, 2012 05:30 AM", "",
        "\"First comment.", "Posted by: kim at October 30, 2012 05:30 AM\"", "", "I quote kim.", "",
        "Posted by: lee at October 30, 2012 06:09 AM", "",
    )
    parsed = parse_text(text)
    assert [c.author for c in parsed.comments.items] == ["kim", "lee"]
