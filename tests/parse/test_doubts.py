"""Doubts about a comment section, each on a small page or comment list of the shape that raises it."""

from discourse.model import Boilerplate, Comment, Comments, Span
from discourse.parse import parse_text, read_pages
from discourse.parse.doubts import assess, paginated_repair
from tests.parse.html import pages as html_pages

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def comment(n: int, *paragraphs: str, author: str | None = "Kim") -> Comment:
    return Comment(n, None, 0, list(paragraphs), Span(n, n), author, "May 1, 2020 at 10:00 am")


def with_comments(source: str, *items: Comment):
    parsed = parse_text(page("A Headline", "", PARA, "", PARA))
    parsed.comments = Comments(items=list(items), header="Comments", source=source)
    return parsed


def test_a_commenter_line_inside_a_comments_text_is_a_missed_start():
    # Two comments read as one: the second's signature ("by Lee on DATE") sits in the first's text.
    merged = with_comments(
        "text",
        comment(1, "I agree with the article on every point.", "by Lee on Aug 8, 2012 11:37 AM MST",
                "No, the lanes are a waste of money."),
        comment(2, "Another reader's view, in a sentence."),
    )
    doubts = assess(merged)
    assert any("comment starts were missed" in doubt for doubt in doubts)


def test_a_dated_name_in_running_text_or_in_markup_read_comments_is_no_doubt():
    prose = with_comments(
        "text",
        comment(1, "See the paper I mentioned.", "Stepanov wrote about this in 2007, and he was right."),
        comment(2, "Another reader's view, in a sentence."),
    )
    assert not assess(prose)
    # A reader that takes comments from markup knows where each starts: a citation line is text.
    cited = with_comments(
        "wordpress",
        comment(1, "See the paper I mentioned.", "Alexander Stepanov Notes on Programming 10/31/2007"),
        comment(2, "Another reader's view, in a sentence."),
    )
    assert not assess(cited)


def test_a_page_whose_article_is_script_code_is_doubted():
    code = ("function share() {u=location.href;t=document.title;window.open('http://example.com/?u='+u+'&t='+t,"
            "'sharer','toolbar=0,status=0');return false;} ord=Math.random(); ord=ord*100000;")
    parsed = parse_text(page("A Site", "", "  * About", "  * Contact", "", code, "", code, "", "document.write(year);"))
    assert parsed.comments.doubtful
    assert any("script code" in doubt for doubt in parsed.comments.doubts)


def test_an_article_with_some_code_in_it_is_not_doubted():
    snippet = "for (i = 0; i < n; i++) { total += x[i]; }"
    parsed = parse_text(page("How To Sum A List", "", PARA, "", snippet, "", PARA, "", PARA, "", PARA))
    assert not any("script code" in doubt for doubt in parsed.comments.doubts)


def test_a_thread_of_signed_comments_ending_in_unsigned_ones_is_doubted():
    signed = [comment(n, f"Signed comment number {n}, a sentence.", author=f"Reader{n}") for n in (1, 2, 3, 4)]
    feed = [comment(n, f"Another post's title {n}", author=None) for n in (5, 6)]
    doubts = assess(with_comments("text", *signed, *feed))
    assert any("run past the end of the thread" in doubt for doubt in doubts)
    # One unsigned comment at the end, or unsigned ones among signed ones, is an ordinary thread.
    assert not assess(with_comments("text", *signed, feed[0]))
    assert not assess(with_comments("text", signed[0], *feed, *signed[1:]))


def test_a_code_tutorial_with_its_thread_is_not_doubted_for_its_code():
    code = "for (i = 0; i < n; i++) { total += x[i]; } return (total);"
    parsed = parse_text(page(
        "How To Sum A List", "", code, "", code, "", code, "", "3 Comments", "",
        "Kim on May 1, 2020 at 10:00 am said:", "Thanks, this helped.", "",
        "Lee on May 1, 2020 at 11:00 am said:", "Nice trick.", "",
        "Max on May 1, 2020 at 12:00 pm said:", "Works for me too.", ""))
    assert parsed.comments.found == 3
    assert not any("script code" in doubt for doubt in parsed.comments.doubts)


def _drupal_like_thread(link: str) -> str:
    """A page whose comments open with a numeric id line no reader takes for a commenter line, each
    followed by the site's link under a comment."""
    blocks = []
    for n, name in enumerate(["malikai", "skater", "abraxas"]):
        blocks += [f"08/09/2012 - 13:0{n} | 269154{n} {name}", f"{name}'s picture", "",
                   "A reader's view, in a sentence or two of text.", "", f"  • {link}", ""]
    return page("A Headline", "", PARA, "", PARA, "", "Comment viewing options", "", *blocks)


def test_reply_links_on_a_page_where_no_comment_was_read_are_doubted():
    parsed = parse_text(_drupal_like_thread("Login or register to post comments"))
    assert not parsed.comments.items  # the shape no reader recognises: the doubt is what tells the editor
    assert parsed.comments.doubtful
    assert any("3 reply or report links" in doubt and '"Login or register to post comments"' in doubt
               for doubt in parsed.comments.doubts)


def test_a_page_without_comments_or_reply_links_is_not_doubted():
    assert not parse_text(_drupal_like_thread("Share this")).comments.doubtful
    assert not parse_text(page("A Headline", "", PARA, "", PARA, "", "  • Reply", "  • Report")).comments.doubtful


def _wordpress_comment(n: int, text: str) -> str:
    return (f'<li id="comment-{n}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><b class="fn">Reader {n}</b> <span class="says">says:</span></div>'
            f'<div class="comment-metadata"><time datetime="2023-05-02T10:0{n}:00+00:00">May 2, 2023 at 10:0{n} am</time>'
            f'</div></footer><div class="comment-content"><p>{text}</p></div></article></li>')


def test_comments_the_page_shows_taken_down_count_towards_its_declared_figure():
    # "6 Comments", three of them replaced by a notice: the three left out are not missing.
    shown = [_wordpress_comment(n, f"Reader {n} thinks the bridge is a good idea, for reasons.") for n in (1, 3, 5)]
    taken_down = [_wordpress_comment(n, "This comment has been deleted.") for n in (2, 4, 6)]
    items = "".join(item for pair in zip(shown, taken_down) for item in pair)
    parsed = read_pages(html_pages.page(f'<div id="comments" class="comments-area"><h2 class="comments-title">'
                                        f'6 Comments</h2><ol class="comment-list">{items}</ol></div>').encode(),
                        "page.html")[0]
    assert (parsed.comments.found, parsed.comments.declared) == (3, 6)
    assert not parsed.comments.doubtful


def _forum_thread(*posts: tuple[str, ...]) -> str:
    """A page whose posts are a name over a date over the text (a paragraph each), no header: a shape
    no reader reads."""
    lines = ["Is the new bridge open to trucks?", "", "oliver", "4 March 2021, 10:00", "", PARA, "", PARA, ""]
    for name, date, *paragraphs in posts:
        lines += [name, date, "", *(line for text in paragraphs for line in (text, ""))]
    return page(*lines)


def test_commenter_heads_over_text_outside_the_comments_read_are_doubted():
    # The last post quotes one above it: a thread's furniture, which a list of dated items does not show.
    parsed = parse_text(_forum_thread(
        ("petra", "4 March 2021, 10:30", "Buses only on the middle lane, I think. Trucks were never part of it."),
        ("quinn", "4 March 2021, 11:00", "petra said: Buses only on the middle lane",
         "No, trucks must use the ring road, as the signs say.")))
    assert not parsed.comments.items
    assert any("2 lines outside the comments read name a commenter" in doubt and "comments were missed" in doubt
               for doubt in parsed.comments.doubts)
    # Without the quote, names and dates over paragraphs show no thread's furniture: an events list or a
    # reporter's teasers print the same, so it is no doubt.
    assert not parse_text(_forum_thread(
        ("petra", "4 March 2021, 10:30", "Buses only on the middle lane, I think. Trucks were never part of it."),
        ("quinn", "4 March 2021, 11:00", "No, trucks must use the ring road, as the signs say."))).comments.doubtful
    # One such head is a byline, not a thread.
    assert not parse_text(_forum_thread(
        ("petra", "4 March 2021, 10:30", "Buses only on the middle lane, I think. Trucks were never part of it."),
    )).comments.doubtful


def test_an_article_with_an_empty_comment_form_is_not_doubted():
    parsed = parse_text(page(
        "A Headline", "", "By Jane Reporter on March 4, 2021", "", PARA, "", PARA, "", "Leave a Reply", "",
        "Your email address will not be published. Required fields are marked *", "", "Comment", "", "Name *", "",
        "Email *", "", "[Post Comment]"))
    assert not parsed.comments.doubtful


def test_a_list_of_dated_events_is_not_a_missed_thread():
    dated = parse_text(page(
        "A Short History Of The Bridge", "", PARA, "", PARA, "", "Timeline", "",
        "May 1, 2019", "", "The council proposes a bridge across the river at the old ferry landing.", "",
        "June 3, 2020", "", "Engineers publish the first designs, with two lanes each way.", "",
        "March 4, 2021", "", "The council votes to approve the bridge after a long debate."))
    titled = parse_text(page(
        "A Short History Of The Bridge", "", PARA, "", PARA, "", "Timeline", "",
        "May 1, 2019: Council proposes the bridge", "", "The council proposes a bridge at the old ferry landing.",
        "", "June 3, 2020: Engineers publish designs", "", "Engineers publish the first designs, two lanes each way.",
        "", "March 4, 2021: Council votes", "", "The council votes to approve the bridge after a long debate."))
    assert not dated.comments.doubtful
    assert not titled.comments.doubtful


def test_related_links_with_bylines_and_teasers_are_not_a_missed_thread():
    parsed = parse_text(page(
        "A Headline", "", "By Jane Reporter on March 4, 2021", "", PARA, "", PARA, "", "Related articles", "",
        "Council approves the new budget", "By Tom Writer on March 1, 2021", "",
        "The council approved the budget on Monday, with a small rise in the rates.", "",
        "Ferry service to end next year", "By Ann Editor on February 20, 2021", "",
        "The ferry will stop running once the bridge opens, the operator says.", "",
        "Bridge designs on show at the library", "By Tom Writer on February 2, 2021", "",
        "The designs can be seen at the library until the end of the month, the council says."))
    assert not parsed.comments.doubtful


def test_commenter_heads_glued_under_a_widgets_line_are_doubted():
    # The buttons under one comment and the head of the next printed with no blank line between: the
    # head is the end of a paragraph.
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Share this", "Ann Smith May 2, 2023 at 10:00 am", "",
        "A bridge is cheaper to build and to keep, and the council has the money now.", "",
        "Like ReplyFlag", "Bob Jones May 2, 2023 at 11:00 am", "",
        "Cheaper, but it cuts the riverside park in two and brings traffic to the quay.", "",
        "Like ReplyFlag", "Carla Diaz May 3, 2023 at 9:00 am", "",
        "Please add a cycle lane this time, the old bridge had none.", "", "Like ReplyFlag"))
    assert not parsed.comments.items
    assert any('"Like ReplyFlag Bob Jones May 2, 2023 at 11:00 am"' in doubt for doubt in parsed.comments.doubts)


def _with_furniture(*lines: str):
    """Two signed comments read, on a page whose furniture holds `lines` (a line each), no count taken."""
    parsed = with_comments("comment-markup", comment(1, "A reader's view, in a sentence."),
                           comment(2, "Another reader's view, in a sentence.", author="Lee"))
    parsed.boilerplate += [Boilerplate(line, "other", Span(0, 0)) for line in lines]
    return parsed


def test_a_line_counting_more_comments_than_were_read_is_doubted():
    doubts = assess(_with_furniture("Share this", "12 Comments"))
    assert 'a line counts 12 comments ("12 Comments") but 2 were found' in doubts


def test_lines_that_count_as_many_comments_or_count_other_posts_are_no_doubt():
    assert not assess(_with_furniture("Comments (2)", "3 Comments"))  # one may be deleted
    assert not assess(_with_furniture("Most discussed: The bridge vote (12 comments)", "Older posts"))
    assert not assess(_with_furniture("The bridge vote", "12 Comments", "The ferry's last day", "4 Comments"))
    assert not assess(_with_furniture("The bridge vote", "12 Comments", "The ferry's last day", "12 Comments"))
    assert not assess(_with_furniture("0 Comments", "0 Comments", "7 Comments"))
    paginated = _with_furniture("12 Comments")
    paginated.comments.repairs.append(paginated_repair("Older comments"))
    assert not assess(paginated)


def test_a_line_counting_comments_is_read_up_to_eight_words():
    # The word count a block is read with must reach the longest count line: one word more is a sentence.
    assert any("a line counts 12 comments" in doubt
               for doubt in assess(_with_furniture("There are 12 comments on the bridge vote")))
    assert not assess(_with_furniture("There are 12 comments on the new bridge vote"))


def test_reply_links_outside_the_comments_read_more_than_the_comments_found_are_doubted():
    doubts = assess(_with_furniture("Reply", "  • Reply", "Reply", "Reply"))
    assert any('"reply") is printed 4 times' in doubt and "2 comments were found" in doubt for doubt in doubts)


def test_a_reply_and_a_report_link_under_each_comment_read_are_no_doubt():
    assert not assess(_with_furniture("Reply", "Report", "Reply", "Report", "Leave a Reply", "Cancel reply"))


def test_signs_outside_the_comments_are_no_doubt_where_the_pages_count_agrees():
    counted = _with_furniture("Reply", "Reply", "Reply", "Reply")
    counted.comments.declared = 2
    assert not assess(counted)


THREAD = ("Comments", "", "  1. Ann Smith says:", "     December 5, 2026 at 10:14 am", "",
          "     Finally, a bridge. I have waited for it since my kids were in school.", "",
          "  2. Bob Jones says:", "     December 5, 2026 at 11:02 am", "",
          "     It looks nice but the cycle lane is far too narrow for the people who will use it.", "")


def test_related_posts_with_sentence_case_titles_over_bylines_are_not_a_missed_thread():
    # A title, a blank line, a byline, a teaser: the title, in sentence case, reads like running text.
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "More from the Gazette", "",
        "Ferry service to end next year", "", "Tom Writer, December 1, 2026", "",
        "The ferry will stop running once the bridge opens, the operator said in a statement.", "",
        "Council approves the new budget", "", "Ann Editor, November 20, 2026", "",
        "The council approved the budget on Monday, with a small rise in the rates for most homes.", "",
        *THREAD))
    assert parsed.comments.found == 2
    assert not parsed.comments.doubtful


def test_a_sidebars_line_counting_comments_after_the_thread_is_no_doubt():
    # "Most discussed" under the comments read: its count is another post's.
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", *THREAD, "Most discussed", "",
                             "Ferry service to end next year", "", "12 Comments", ""))
    assert parsed.comments.found == 2
    assert not parsed.comments.doubtful


def test_latest_comments_listed_below_the_comment_form_are_not_a_missed_thread():
    # A sidebar's "Latest comments" under the form: excerpts of comments on other posts.
    latest = ("Latest Comments", "", "Dave Miller", "December 4, 2026", "",
              "I used the ferry every day for ten years and I will miss it more than I can say.", "",
              "Eve Brown", "December 3, 2026", "",
              "the rates went up again and nobody asked us what we wanted the money spent on.", "")
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", *THREAD, "Leave a Reply", "",
                             "Your email address will not be published. Required fields are marked *", "",
                             "Comment", "", "Name *", "", "[Post Comment]", "", *latest))
    assert parsed.comments.found == 2
    assert not parsed.comments.doubtful


def test_a_reply_link_under_each_comment_read_is_no_doubt():
    # Three comments read, the reply link printed under each left outside them: nothing was missed.
    parsed = with_comments("text", comment(1, "A reader's view, in a sentence."),
                           comment(2, "Another reader's view, in a sentence.", author="Lee"),
                           comment(3, "A third view, in a sentence.", author="Max"))
    parsed.boilerplate += [Boilerplate("Reply", "other", Span(0, 0)) for _ in range(3)]
    assert not assess(parsed)


def test_a_list_of_videos_with_their_lengths_is_not_a_missed_thread():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Videos", "",
        "Kim", "10:32", "", "The new bridge seen from the river on its first morning, with the band playing.", "",
        "Lee", "4:05", "", "the ferry makes its last crossing before the service ends, filmed from the deck.", ""))
    assert not parsed.comments.doubtful



def _feed(*posts: tuple[str, str]) -> str:
    """An article over a list of recent posts, each a byline over its teaser. The first byline reads as
    the article's own; the others are the feed's."""
    return page("A Headline", "", PARA, "", PARA, "", "Recent posts", "",
                *(line for byline, teaser in posts for line in (byline, "", teaser, "")))


def test_a_feed_of_posts_with_bylines_counting_comments_or_teasers_cut_short_is_no_missed_thread():
    counted = parse_text(_feed(
        ("by Kim 3 months ago 9 comments", "the council approved the budget on monday, with a rise in the rates."),
        ("by Lee 4 months ago 2 comments", "the ferry will stop running once the bridge opens, the operator says."),
        ("by Max 5 months ago 5 comments", "the bridge designs are on show at the library until the end of june.")))
    teasers = parse_text(_feed(
        ("Kim May 2, 2023", "the council approved the budget on monday, with a small rise in the rates…"),
        ("Lee May 1, 2023", "the ferry will stop running once the bridge opens, the operator says in a…"),
        ("Max April 30, 2023", "the bridge designs are on show at the library until the end of the…")))
    assert not counted.comments.doubtful
    assert not teasers.comments.doubtful


def test_a_feed_whose_bylines_count_thoughts_or_reactions_is_no_missed_thread():
    # The nouns a count of comments takes are those of a comment section's header.
    parsed = parse_text(_feed(
        ("by Kim 3 months ago 9 thoughts", "the council approved the budget on monday, with a rise in the rates."),
        ("by Lee 4 months ago 2 thoughts", "the ferry will stop running once the bridge opens, the operator says."),
        ("by Max 5 months ago 5 reactions", "the bridge designs are on show at the library until the end of june.")))
    assert not parsed.comments.doubtful
