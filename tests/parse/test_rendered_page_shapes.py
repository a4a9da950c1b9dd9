"""Comment threads in the shapes text renderers (w3m, html2text) give common platforms' markup. Each page
is written by hand in the shape a renderer prints."""

import pytest

from discourse.parse import parse_text

ARTICLE = ["Council approves the new river bridge", "",
           "The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.",
           "",
           "Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.", ""]


def comments_after_article(*lines: str) -> list:
    """The comments read from the article followed by `lines`."""
    return parse_text("\n".join([*ARTICLE, *lines]) + "\n").comments.items


def comment_heads(*lines: str) -> list:
    """(author, parent) of each comment of the article followed by `lines`."""
    return [(c.author, c.parent) for c in comments_after_article(*lines)]


def test_an_avatar_alt_text_naming_its_owner_glued_to_the_name_is_not_the_name():
    assert comment_heads(
        "3 thoughts on “Council approves the new river bridge”", "",
        " 1. Avatar of Bob BuilderBob Builder says:", "    March 4, 2021 at 10:02 am", "",
        "    Finally! I have waited years for this bridge.", "", "    Reply",
        "     1. Avatar of Carol Skeptic Carol Skeptic says:", "        March 4, 2021 at 11:30 am", "",
        "        A tunnel would have been cheaper, I disagree.", "", "        Reply",
        " 2. Dan Local says:", "    March 5, 2021 at 8:00 am", "",
        "    Will there be a cycle lane on the bridge?", "", "    Reply",
    ) == [("Bob Builder", None), ("Carol Skeptic", 1), ("Dan Local", None)]


def test_not_verified_after_a_name_on_its_own_line_is_not_the_name():
    assert comment_heads(
        "Comments", "",
        "Ann Smith (not verified)", "", "Tue, 05/02/2023 - 10:00", "",
        "A bridge is cheaper to build and to keep, and the council has the money now.", "", "  • Reply", "",
        "Bob Jones (not verified)", "", "Tue, 05/02/2023 - 11:00", "",
        "Cheaper, but it cuts the riverside park in two and brings traffic to the quay.", "", "  • Reply", "",
    ) == [("Ann Smith", None), ("Bob Jones", None)]


@pytest.mark.parametrize("header, first, second", [
    ("Responses", "Ann Lee  May 3", "Bob  May 4"),
    ("Comments", "Ann Lee 3 May", "Bob 4 May"),  # under a bare header: the heads alone show the thread
])
def test_heads_of_a_name_and_a_yearless_date_with_no_blank_lines_open_comments(header, first, second):
    assert comment_heads(
        header, "",
        first, "Replied on my own site: the bridge is a good idea.",
        second, "I wrote about the costs on my blog.",
    ) == [("Ann Lee", None), ("Bob", None)]


def test_one_name_and_yearless_date_inside_text_opens_no_comment():
    assert comment_heads(
        "Comments", "",
        "Ann Lee says:", "March 4, 2021 at 10:02 am", "", "I will be there on the day.", "Opening Day May 3",
        "It was a good day for the town.", "",
    ) == [("Ann Lee", None)]


SIGNED = ("Ann Smith says:", "March 4, 2021 at 10:02 am", "")
UNSIGNED = ("Ann Smith", "", "Tue, 05/02/2023 - 10:00", "")
EVENTS = ("The summer events will cross the new bridge:", "Farmers Market May 3", "City Parade June 5",
          "Night Concert June 9")


@pytest.mark.parametrize("head", [SIGNED, UNSIGNED], ids=["signed", "unsigned"])
def test_a_list_of_events_and_days_in_a_comments_text_opens_no_comments(head):
    """"Farmers Market May 3" under a line of the text that runs on is that text, however many follow."""
    assert comment_heads(
        "2 thoughts on “Council approves the new river bridge”", "",
        *head, *EVENTS, "", "Reply", "",
        "Bob Jones", "", "Tue, 05/02/2023 - 11:00", "", "Good news for the market stalls.", "", "Reply", "",
        "Leave a Reply", "", "Your email address will not be published.",
    ) == [("Ann Smith", None), ("Bob Jones", None)]


@pytest.mark.parametrize("head", [SIGNED, UNSIGNED], ids=["signed", "unsigned"])
def test_events_listed_after_the_comment_form_make_no_heads_of_a_line_in_a_comment(head):
    """One "Opening Day May 3" in a comment's text and an events list in the sidebar after the form: no thread
    of such heads."""
    assert comment_heads(
        "2 thoughts on “Council approves the new river bridge”", "",
        *head, "I will be there on the day.", "Opening Day May 3", "It was a good day for the town.", "", "Reply", "",
        "Bob Jones", "", "Tue, 05/02/2023 - 11:00", "", "Good news for the market stalls.", "", "Reply", "",
        "Leave a Reply", "", "Your email address will not be published.", "",
        "Upcoming Events", "", "Farmers Market May 3", "City Parade June 5", "",
    ) == [("Ann Smith", None), ("Bob Jones", None)]


def test_days_named_in_signed_comments_are_their_text():
    """Where heads read "NAME says:", a name and a day on a line of a comment's own is text, wherever it stands."""
    assert comment_heads(
        "2 thoughts on “Council approves the new river bridge”", "",
        *SIGNED, "I will be there on the day.", "Opening Day May 3", "", "Reply", "",
        "Bob Jones says:", "March 5, 2021 at 8:00 am", "", "So will I, and the market after.", "Market Night June 9", "",
        "Reply", "",
    ) == [("Ann Smith", None), ("Bob Jones", None)]


@pytest.mark.parametrize("widget", ["2  Reply", "2Reply"])  # as w3m and html2text print a count by its link
def test_a_vote_count_by_a_reply_link_is_no_header_of_the_comments_after_it(widget):
    assert comment_heads(
        "3 Comments", "",
        "Bob Builder• 3 years ago", "", "Finally a decision. The old ferry could not cope with the traffic any more.", "",
        widget,
        "Carol Tunnel• 3 years ago", "", "The ferry was fine, it just needed a second boat at rush hour.", "",
        "Reply",
        "Dan Cyclist• 3 years ago", "", "Will there be a separate cycle lane on the bridge this time?", "",
        "Reply",
    ) == [("Bob Builder", None), ("Carol Tunnel", None), ("Dan Cyclist", None)]


def test_reader_responses_heads_a_thread_signed_after_each_comment():
    assert comment_heads(
        "Reader responses", "",
        "Excellent news for commuters on the east side.", "", "Posted by Rita at March 4, 2021 02:10 PM", "",
        "I still think this money should go to schools.", "", "Posted by Sam at March 4, 2021 03:20 PM", "",
    ) == [("Rita", None), ("Sam", None)]


def test_an_undated_pingback_item_between_comments_is_kept_as_a_pingback():
    parsed = parse_text("\n".join([
        *ARTICLE, "3 thoughts on “Council approves the new river bridge”", "",
        " 1. Bob Builder says:", "    March 4, 2021 at 10:02 am", "", "    Finally! I have waited years for this bridge.", "",
        "    Reply",
        "     1. Carol Skeptic says:", "        March 4, 2021 at 11:30 am", "",
        "        A tunnel would have been cheaper, I disagree.", "", "        Reply",
        " 2. Pingback: Bridge news roundup | Other Blog",
        " 3. Dan Local says:", "    March 5, 2021 at 8:00 am", "", "    Will there be a cycle lane on the bridge?", "",
        "    Reply"]) + "\n")
    assert [(c.kind, c.author) for c in parsed.comments.items] == [
        ("comment", "Bob Builder"), ("comment", "Carol Skeptic"), ("pingback", "Bridge news roundup | Other Blog"),
        ("comment", "Dan Local")]
    assert parsed.comments.found == 3


def test_a_headerless_thread_signed_after_each_comment_keeps_its_first_comment():
    assert comment_heads(
        "Construction is expected to begin next spring, and the council says the bridge will open soon.", "",
        "Share on Facebook Tweet", "",
        "Excellent news for commuters on the east side, and about time too.", "",
        "Posted by: Rita at March 4, 2021 02:10 PM", "",
        "I found the old plan: the 2009 study says the same thing.", "",
        "Posted by: Sam at March 4, 2021 03:20 PM", "",
        "Only if the buses are rerouted across it, which nobody has promised yet.", "",
        "Posted by: Tom at March 5, 2021 09:45 AM", "",
        "© 2021 The Daily Example. All rights reserved.", "",
    ) == [("Rita", None), ("Sam", None), ("Tom", None)]


def test_a_headerless_thread_of_names_over_relative_dates_is_read():
    assert comment_heads(
        "Construction is expected to begin next spring, and the council says the bridge will open soon.", "",
        "Share on Facebook Tweet",
        "B", "Bob Builder", "3 years ago", "2 points", "",
        "Finally a decision. The old ferry could not cope with the traffic any more.", "",
        "C", "Carol Tunnel", "3 years ago", "",
        "The ferry was fine, it just needed a second boat at rush hour.", "",
        "D", "Dan Cyclist", "2 years ago", "",
        "Will there be a separate cycle lane on the bridge this time?", "",
        "© 2021 The Daily Example. All rights reserved.", "",
    ) == [("Bob Builder", None), ("Carol Tunnel", None), ("Dan Cyclist", None)]


def test_a_headerless_thread_whose_heads_follow_widget_lines_with_no_blank_line_is_read():
    parsed = parse_text("\n".join([*ARTICLE,
        "Construction is expected to begin next spring, and the council says the bridge will open soon.", "",
        "Share on Facebook Tweet",
        "Ann Smith May 2, 2023 at 10:00 am", "",
        "A bridge is cheaper to build and to keep, and the council has the money now.", "",
        "Respect3 ReplyReport",
        "Bob Jones May 2, 2023 at 11:00 am", "",
        "Cheaper, but it cuts the riverside park in two and brings traffic to the quay.", "",
        "Respect3 ReplyReport",
        "Carla Diaz May 3, 2023 at 9:00 am", "",
        "Please add a cycle lane this time, the old bridge had none at all.", "",
        "Respect3 ReplyReport", "",
    ]) + "\n")
    assert [(c.author, c.paragraphs) for c in parsed.comments.items] == [
        ("Ann Smith", ["A bridge is cheaper to build and to keep, and the council has the money now."]),
        ("Bob Jones", ["Cheaper, but it cuts the riverside park in two and brings traffic to the quay."]),
        ("Carla Diaz", ["Please add a cycle lane this time, the old bridge had none at all."]),
    ]


def test_empty_list_markers_over_their_heads_are_no_text_and_do_not_end_the_thread():
    assert comment_heads(
        "3 responses to “Council approves the new river bridge”", "",
        " 1.", "    Ann Smith", "    May 2, 2023 at 10:00 am", "",
        "    A bridge is cheaper to build and to keep, and the council has the money now.", "", "    Reply",
        "     1.", "        Bob Jones", "        May 2, 2023 at 11:00 am", "",
        "        Cheaper, but it cuts the riverside park in two and brings traffic to the quay.", "", "        Reply",
        " 2.", "    Carla Diaz", "    May 3, 2023 at 9:00 am", "",
        "    Please add a cycle lane this time, the old bridge had none at all.", "", "    Reply", "",
    ) == [("Ann Smith", None), ("Bob Jones", 1), ("Carla Diaz", None)]


def test_a_number_wrapped_onto_its_own_line_stays_the_comments_text():
    parsed = parse_text("\n".join([*ARTICLE, "Comments", "",
        "Ann Smith says:", "May 2, 2023 at 10:00 am", "",
        "I would pick the Note", "2.", "",
        "Bob Jones says:", "May 2, 2023 at 11:00 am", "", "The old one was better.", "",
    ]) + "\n")
    assert parsed.comments.items[0].paragraphs == ["I would pick the Note 2."]


@pytest.mark.parametrize("marker", ["In reply to Ann Smith.", "Replying to @Ann Smith", "En réponse à Ann Smith",
                                    "> In reply to Ann Smith:", "> > Replying to @Ann Smith"])
def test_a_reply_marker_line_over_a_flat_replys_text_names_its_parent(marker):
    parsed = parse_text("\n".join([*ARTICLE, "3 Comments", "",
        "Ann Smith May 2, 2023 at 10:00 am", "", "A bridge is cheaper to build and to keep.", "", "Reply", "",
        "Carla Diaz May 2, 2023 at 10:30 am", "", "Please add a cycle lane this time.", "", "Reply", "",
        "Bob Jones May 2, 2023 at 11:00 am", marker, "", "The park matters more.", "", "Reply", "",
    ]) + "\n")
    assert [(c.author, c.parent, c.paragraphs) for c in parsed.comments.items] == [
        ("Ann Smith", None, ["A bridge is cheaper to build and to keep."]),
        ("Carla Diaz", None, ["Please add a cycle lane this time."]),
        ("Bob Jones", 1, ["The park matters more."]),
    ]


@pytest.mark.parametrize("marker", ["> In reply to the article:", "In reply to the article.", "En réponse à l'article"])
def test_a_reply_marker_line_that_names_a_thing_stays_the_replys_text(marker):
    # A thing ("the article") is no commenter: the line is what the reader wrote, and no reply is repaired.
    parsed = parse_text("\n".join([*ARTICLE, "2 Comments", "",
        "Ann Smith May 2, 2023 at 10:00 am", "", "A bridge is cheaper to build and to keep.", "", "Reply", "",
        "Bob Jones May 2, 2023 at 11:00 am", marker, "", "The park matters more.", "", "Reply", "",
    ]) + "\n")
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("Ann Smith", None), ("Bob Jones", None)]
    assert marker.lstrip("> ") in parsed.comments.items[1].text
    assert not parsed.comments.repairs


def name_shown_twice(name: str, date: str, text: str) -> tuple[str, ...]:
    """A comment as wpDiscuz's markup renders in w3m: the avatar's alt text and the name's link on two
    lines, the date, the text, a vote count and "Reply"."""
    return (name, name, date, "", text, "", "0", "Reply")


def test_a_name_printed_twice_over_its_date_heads_one_comment_and_does_not_end_the_thread():
    assert comment_heads(
        "3 Comments", "[                    ] [Post Comment]",
        *name_shown_twice("Mira Holt", "March 4, 2021 10:20 am", "The bridge is long overdue, the queues are a misery."),
        *name_shown_twice("Tom Baker", "March 4, 2021 11:05 am", "Misery is a strong word, but the queues are long."),
        *name_shown_twice("Lena Fox", "March 5, 2021 8:40 am", "Who pays for the upkeep once it is built?"), "",
    ) == [("Mira Holt", None), ("Tom Baker", None), ("Lena Fox", None)]

def test_a_line_of_text_said_twice_in_a_comment_stays_its_text():
    parsed = parse_text("\n".join([*ARTICLE, "2 Comments", "",
                                   "Ann Lee", "March 4, 2021 10:20 am", "", "Never again.", "Never again.", "",
                                   "Bob Hale", "March 4, 2021 11:05 am", "", "Agreed.", ""]) + "\n")
    assert [c.paragraphs for c in parsed.comments.items] == [["Never again. Never again."], ["Agreed."]]


POSTS = [("mara", "12 June 2022, 09:00",
          "The library board is choosing between late evenings and Sunday mornings for next year."),
         ("tomas", "12 June 2022, 09:40", "Late evenings, because most of us work until six and cannot come earlier."),
         ("ines", "12 June 2022, 10:15", "Sunday mornings would suit families with small children much better.")]


def forum_posts(under_head: str = "", under_text: str = "", dates: tuple[str, ...] = ()) -> list[str]:
    """A question and two answers with no comment header, each post a name over its date over its text;
    `under_head` (its "{n}" the post's number) under each date, `under_text` under each text, `dates`
    in place of the posts' own."""
    lines = ["Which library hours suit you best?", ""]
    for n, (name, date, text) in enumerate(POSTS, 1):
        lines += [name, dates[n - 1] if dates else date, *([under_head.format(n=n)] if under_head else []), "",
                  text, "", *([under_text, ""] if under_text else [])]
    return lines


FORUM_POSTS = forum_posts(under_text="Reply")
TIMES_AGO = ("3 hours ago", "2 hours ago", "1 hour ago")


@pytest.mark.parametrize("under_head, under_text, dates", [
    ("", "Reply", ()),
    ("", "[Quote]", ()),
    ("", "Respect3 ReplyReport", ()),  # a widget's links run together
    ("#{n}", "", ()),
    ("Posts: 120", "", ()),
    ("", "", ("June 12, 2022, 9:00am1", "June 12, 2022, 9:40am2", "June 12, 2022, 10:15am3")),  # numbers run in
    ("", "3 Likes", TIMES_AGO),  # two different signs a live blog may each print alone
    ("", "Permalink", TIMES_AGO),
])
def test_a_thread_whose_first_head_opens_the_page_reads_the_opening_post_as_the_article(under_head, under_text, dates):
    parsed = parse_text("\n".join(forum_posts(under_head, under_text, dates)) + "\n")
    assert (parsed.article.title, parsed.article.author) == ("Which library hours suit you best?", "mara")
    assert [c.author for c in parsed.comments.items] == ["tomas", "ines"]


@pytest.mark.parametrize("under_text", ["", "Report an error", "Quote of the day"])
def test_names_over_dates_with_nothing_of_a_forum_round_them_stay_the_articles_text(under_text):
    parsed = parse_text("\n".join(forum_posts(under_text=under_text)) + "\n")  # a live blog's entries, an interview's
    assert parsed.comments.items == []
    assert {text for _, _, text in POSTS} <= {paragraph.text for paragraph in parsed.article.paragraphs}


@pytest.mark.parametrize("under_text, dates", [
    ("", TIMES_AGO),  # a live blog's entries, newest first
    ("3 Likes", ()),  # embedded posts of a social network
    ("Permalink", ()),
    ("Report", ()),
])
def test_entries_with_one_sign_a_live_blog_or_feed_prints_too_stay_the_articles_text(under_text, dates):
    parsed = parse_text("\n".join(forum_posts(under_text=under_text, dates=dates)) + "\n")
    assert parsed.comments.items == []
    assert {text for _, _, text in POSTS} <= {paragraph.text for paragraph in parsed.article.paragraphs}


def test_a_byline_above_the_first_head_keeps_the_page_an_article():
    parsed = parse_text("\n".join(["Library hours, as they were decided", "", "By Kay Lum, June 12, 2022", "",
                                    *forum_posts(under_text="Permalink")[2:]]) + "\n")
    assert (parsed.article.title, parsed.article.author) == ("Library hours, as they were decided", "Kay Lum")
    assert parsed.comments.items == []


@pytest.mark.parametrize("byline", ["Kay Lum, June 12, 2022", "Kay Lum June 12, 2022 10:00"])
def test_a_name_and_dated_year_above_the_first_head_keeps_the_page_an_article(byline):
    parsed = parse_text("\n".join(["Library hours, as they were decided", "", byline, "",
                                    *forum_posts(under_text="Reply")[2:]]) + "\n")
    assert parsed.comments.items == []
    assert {text for _, _, text in POSTS} <= {paragraph.text for paragraph in parsed.article.paragraphs}


def test_a_page_with_one_byline_over_its_text_has_no_thread():
    parsed = parse_text("\n".join(FORUM_POSTS[:7]) + "\n")
    assert parsed.comments.items == []


def test_a_reply_quoting_an_indented_post_goes_on_after_the_quote():
    parsed = parse_text("\n".join([
        *ARTICLE, "3 Comments", "",
        "tomas", "12 June 2022, 09:40", "",
        "Late evenings, because most of us work until six and cannot come earlier.", "",
        "mara", "12 June 2022, 11:00", "",
        "    tomas said:", "    most of us work until six", "",
        "The board heard the same from the staff.", "",
        "ines", "12 June 2022, 11:30", "",
        "Then evenings it is, I hope they agree on Monday.", "",
    ]) + "\n")
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("tomas", None), ("mara", 1), ("ines", None)]
    assert parsed.comments.items[1].paragraphs[-1] == "The board heard the same from the staff."


def test_a_time_zone_in_brackets_is_the_dates_and_link_and_thread_items_are_a_comments_links():
    assert comment_heads(
        "2 comments", "",
        "ferry_fan", "", "2021-03-04 10:02 am (UTC)", "", "  • Link", "",
        "At last a crossing that does not depend on the weather.", "", "  • Reply", "  • Thread", "",
        "harbour_view", "", "2021-03-04 11:15 am (UTC)", "", "  • Link", "",
        "A tunnel would have kept the view of the old harbour.", "", "  • Reply", "  • Thread", "",
    ) == [("ferry_fan", None), ("harbour_view", None)]


def test_a_name_over_a_dated_meta_item_heads_a_forum_post():
    parsed = parse_text("\n".join([
        "Which library hours suit you best?", "",
        "mara", "", "  • 12 June 2022", "",
        "The library board is choosing between late evenings and Sunday mornings for next year.", "",
        "tomas", "", "  • 12 June 2022", "",
        "Late evenings, because most of us work until six and cannot come earlier.", "",
        "ines", "", "  • 13 June 2022", "",
        "    tomas said:", "    most of us work until six", "",
        "Sunday mornings would suit families with small children much better.", "",
    ]) + "\n")
    assert parsed.article.author == "mara"
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("tomas", None), ("ines", 1)]


def test_dated_items_under_a_line_of_a_comment_are_its_text():
    assert comment_heads(
        "2 Comments", "",
        "Ann Lee says:", "March 4, 2021 at 10:02 am", "", "The board meets twice before the vote:", "",
        "Meetings", "", "  • 12 June 2022", "  • 19 June 2022", "",
        "Bob Ray says:", "March 4, 2021 at 11:00 am", "", "Thanks, I will be at both of them.", "",
    ) == [("Ann Lee", None), ("Bob Ray", None)]


def test_heads_of_a_name_and_its_date_set_apart_by_a_blank_line_open_a_headerless_thread():
    spaced = [line for line in FORUM_POSTS for line in ((line, "") if line and line[0].islower() else (line,))]
    parsed = parse_text("\n".join(spaced) + "\n")  # "mara", "", "12 June 2022, 09:00", as html2text sets lines apart
    assert (parsed.article.author, parsed.article.date) == ("mara", "2022-06-12")
    assert [c.author for c in parsed.comments.items] == ["tomas", "ines"]


def test_a_byline_the_article_reads_above_the_first_head_names_the_author_not_the_head():
    parsed = parse_text("\n".join(["Library hours, as they were decided", "", "Posted by Kay Lum on June 12, 2022", "",
                                   *FORUM_POSTS[2:]]) + "\n")
    assert (parsed.article.title, parsed.article.author) == ("Library hours, as they were decided", "Kay Lum")


def set_apart_cards(date_line: str, under_text: str = "") -> list[str]:
    """Three titles or names each over its date, a blank line between, over a line of text, as html2text
    prints an events list or a site's cards of other stories (`date_line` formats the day)."""
    cards = [("Farmers Market", "Local growers sell fruit, vegetables and bread in the square all morning."),
             ("Book Fair", "Publishers and authors from the region meet readers in the library."),
             ("Jazz Night", "The city band plays its summer programme in the park by the river.")]
    return [line for n, (name, text) in enumerate(cards, 2)
            for line in (name, "", date_line.format(day=n), "", text, "", *([under_text, ""] if under_text else []))]


@pytest.mark.parametrize("date_line", ["June {day}, 2023", "  • June {day}, 2023"])
def test_names_set_apart_from_their_dates_after_an_article_are_its_text_without_a_forums_signs(date_line):
    parsed = parse_text("\n".join([*ARTICLE, "Tickets go on sale next week at the library and at the tourist office.", "",
                                   *set_apart_cards(date_line)]) + "\n")
    assert parsed.comments.items == []


def test_names_set_apart_from_their_dates_with_reply_links_are_a_threads_comments():
    parsed = parse_text("\n".join([*ARTICLE, "Tickets go on sale next week at the library and at the tourist office.", "",
                                   *set_apart_cards("June {day}, 2023", "Reply")]) + "\n")
    assert [c.author for c in parsed.comments.items] == ["Farmers Market", "Book Fair", "Jazz Night"]


def test_one_dated_item_under_a_line_of_a_comment_is_its_text():
    comments = comments_after_article(
        "2 Comments", "",
        "Ann Lee says:", "March 4, 2021 at 10:02 am", "", "The residents' group meets once more before the works:", "",
        "Town Hall", "", "  • 12 June 2022", "", "Everyone is welcome, and we will bring the drawings.", "",
        "Bob Ray says:", "March 4, 2021 at 11:00 am", "", "Thanks, I will be there with my neighbours.", "",
    )
    assert [c.author for c in comments] == ["Ann Lee", "Bob Ray"]
    assert comments[0].paragraphs[-1] == "Everyone is welcome, and we will bring the drawings."


def test_commenters_named_link_or_parent_keep_their_names():
    assert comment_heads(
        "3 Comments", "",
        "Link", "May 2, 2023 at 10:00 am", "", "At last a crossing that does not depend on the weather.", "",
        "Parent", "May 2, 2023 at 10:30 am", "", "My children will be able to cycle across it to school now.", "",
        "zelda", "May 2, 2023 at 11:00 am", "", "A tunnel would have kept the view of the old harbour.", "",
    ) == [("Link", None), ("Parent", None), ("zelda", None)]


def test_link_and_thread_lines_under_a_comments_text_are_its_links():
    parsed = parse_text("\n".join([
        *ARTICLE, "2 Comments", "",
        "ferry_fan", "2021-03-04 10:02 am", "", "At last a crossing that does not depend on the weather.", "",
        "Thread", "", "Link", "",
        "harbour_view", "2021-03-04 11:15 am", "", "A tunnel would have kept the view of the old harbour.", "",
        "Thread", "", "Link", "",
    ]) + "\n")
    assert [(c.author, c.paragraphs) for c in parsed.comments.items] == [
        ("ferry_fan", ["At last a crossing that does not depend on the weather."]),
        ("harbour_view", ["A tunnel would have kept the view of the old harbour."])]


def test_an_opening_post_headed_by_a_bare_name_item_names_the_author_without_its_marker():
    parsed = parse_text("\n".join([
        "Which library hours suit you best?", "",
        *(line for name, _, text in POSTS for line in (f"* {name}", f"    {text}", "    Reply")),
    ]) + "\n")
    assert parsed.article.author == "mara"
    assert [c.author for c in parsed.comments.items] == ["tomas", "ines"]
