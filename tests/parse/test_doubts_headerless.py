"""The doubt on comments found with no header: said where the read may be wrong, not on a thread read right."""

import pytest

from discourse.parse import parse_text

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")
NO_HEADER = "no header"


def page(*lines: str) -> str:
    return "\n".join(["A Headline", "", PARA, "", PARA, "", PARA, "", *lines]) + "\n"


def posts(*posts: tuple[str, ...]) -> list[str]:
    """Posts of a name-and-date head over a paragraph, and the lines under each."""
    return [line for head, text, *under in posts for line in (head, text, "", *under)]


def thread(under: tuple[str, ...] = (), quote: str = "") -> str:
    """Three comments with no header above them, `under` each one, the second opening with `quote`."""
    return page(*posts(
        ("Ann Lee May 2, 2023 at 10:00 am", "A bridge is cheaper to build and to keep up than a tunnel.", *under),
        ("Bob Stone May 2, 2023 at 11:00 am", f"{quote}\n\n" * bool(quote)
         + "Cheaper, but it splits the park along the river in two.", *under),
        ("Cy Park May 2, 2023 at 12:00 pm", "Please add a cycle lane this time, the old one had none.", *under)))


def no_header_doubts(text: str) -> tuple[list[str | None], list[str]]:
    parsed = parse_text(text)
    return [c.author for c in parsed.comments.items], [d for d in parsed.comments.doubts if NO_HEADER in d]


@pytest.mark.parametrize("under, quote", [(("▲ 3 ▼", ""), ""), (("Beantworten", ""), ""), ((), "Ann Lee said:")])
def test_a_headerless_thread_with_a_threads_furniture_is_not_doubted(under, quote):
    # Each comment a name and a date over text, and a reply link or a vote widget read with its text, or a
    # quote of a commenter among them: what a thread prints and a feed of posts does not.
    assert no_header_doubts(thread(under, quote)) == (["Ann Lee", "Bob Stone", "Cy Park"], [])


def test_a_headerless_run_without_a_threads_furniture_stays_doubted():
    # A feed of dated posts, or a live blog's entries under a share link, reads the same way.
    authors, doubts = no_header_doubts(thread())
    assert authors == ["Ann Lee", "Bob Stone", "Cy Park"] and doubts
    live = page(*posts(
        ("Jane Roe May 2, 2023 at 10:00 am", "The council has opened the meeting, with the bridge first.", "Share", ""),
        ("Jane Roe May 2, 2023 at 11:00 am", "Councillors are now debating the cost of the tunnel option.", "Share", ""),
        ("Tom Fisk May 2, 2023 at 12:00 pm", "The vote is in: the bridge is approved by nine votes to four.",
         "Share", "")))
    authors, doubts = no_header_doubts(live)
    assert len(authors) == 3 and doubts


@pytest.mark.parametrize("under", ["Reply", "Report", "Respect3 ReplyReport"])
def test_a_headerless_thread_with_a_reply_link_set_apart_under_each_comment_is_not_doubted(under):
    # The reader sets a reply or report link apart from the comment's text (even with its words run
    # together by the rendering); it is still what a thread prints under each comment and a feed does not.
    parsed = parse_text(thread((under, "")))
    assert [c.author for c in parsed.comments.items] == ["Ann Lee", "Bob Stone", "Cy Park"]
    assert [c.paragraphs for c in parsed.comments.items][0] == ["A bridge is cheaper to build and to keep up than a tunnel."]
    assert not [d for d in parsed.comments.doubts if NO_HEADER in d]


@pytest.mark.parametrize("under", ["Like", "12 likes", "12 votes", "Recommend", "Quote", "Flag"])
def test_a_headerless_run_with_a_like_or_a_vote_count_under_each_entry_stays_doubted(under):
    # A live blog likes its entries, a teaser list counts votes, a list of quotes has a button to quote each:
    # none of that is a thread's own, whether read with the text or set apart beside it.
    authors, doubts = no_header_doubts(thread((under, "")))
    assert authors == ["Ann Lee", "Bob Stone", "Cy Park"] and doubts


@pytest.mark.parametrize("quoted", ["Ruth Kay", "Tom Fisk"])
def test_a_live_blog_quoting_someone_who_wrote_no_earlier_entry_stays_doubted(quoted):
    # The mayor, or a colleague whose entry comes later: quoted in an entry's text, no commenter answered.
    live = page(*posts(
        ("Jane Roe May 2, 2023 at 10:00 am", "The council has opened the meeting, with the bridge first."),
        ("Jane Roe May 2, 2023 at 11:00 am", f"{quoted} said:\n\nWe have waited thirty years for this bridge to come."),
        ("Tom Fisk May 2, 2023 at 12:00 pm", "The vote is in: the bridge is approved by nine votes to four.")))
    authors, doubts = no_header_doubts(live)
    assert authors == ["Jane Roe", "Jane Roe", "Tom Fisk"] and doubts


@pytest.mark.parametrize("quoted", ["oliver", "Oliver"])
def test_a_thread_quoting_its_opening_post_read_as_the_article_is_not_doubted(quoted):
    # A forum's first post is read as the article; a reply that quotes its author, however capitalised, shows
    # a thread.
    forum = "\n".join(["Is the new bridge open to trucks?", "", "oliver", "4 March 2021, 10:00",
                        "The plans show two lanes each way, but nothing says whether heavy trucks may use it.", "",
                        "petra", "4 March 2021, 10:30", "Buses only on the middle lane, I think. Trucks never were.", "",
                        "quinn", "4 March 2021, 11:00", f"    {quoted} said:",
                        "    Nothing says whether heavy trucks may use it",
                        "No, trucks must use the ring road.", "",
                        "oliver", "4 March 2021, 11:20", "Thanks, that settles it for me then.", ""])
    assert no_header_doubts(forum) == (["petra", "quinn", "oliver"], [])


def test_subject_lines_read_as_commenters_names_are_doubted():
    # A board that prints a subject over each post's date, the poster's name under it: the subjects were
    # read as the names, though reply links show a thread.
    subjects = page(
        "Bridge tolls", "May 2, 2023 10:00", "olga_k", "Will there be a toll on the bridge when it opens?", "",
        "Reply", "",
        "Re: Bridge tolls", "May 2, 2023 10:30", "ivan", "No toll, the council said so at the meeting.", "",
        "Reply", "",
        "Re: Bridge tolls", "May 2, 2023 11:00", "mara", "That is what they said about the ring road too.", "",
        "Reply", "")
    authors, doubts = no_header_doubts(subjects)
    assert "Re: Bridge tolls" in authors and doubts


def test_a_comments_text_holding_the_next_comments_head_is_doubted():
    # "(no subject)" is no name, so its head was read as the text of the comment above it.
    missed = page(
        "Ann Lee", "May 2, 2023 at 10:00 am", "A bridge is cheaper to build and to keep up than a tunnel.", "Reply", "",
        "Bob Stone", "May 2, 2023 at 11:00 am", "Cheaper, but it splits the park along the river in two.", "Reply", "",
        "(no subject)", "May 2, 2023 at 12:00 pm", "Please add a cycle lane this time, the old one had none.",
        "Reply", "")
    authors, doubts = no_header_doubts(missed)
    assert authors == ["Ann Lee", "Bob Stone"] and doubts
    # A date in a comment's prose, not of a head's shape, is text.
    dated = thread(("Beantworten", ""), "The vote was on May 2, and the work starts in June.")
    assert no_header_doubts(dated) == (["Ann Lee", "Bob Stone", "Cy Park"], [])


def forum_post(name: str, posts: int, time: str, text: str) -> list[str]:
    """A forum post with no subject: its poster's name over a rank and a poster box, the time, the text."""
    return [name, "Member", "", f"Posts: {posts}", "Joined: Jan 2020", "", f"03-04-2021, {time}", "", text, ""]


def test_a_headerless_forum_thread_with_a_poster_box_beside_each_post_is_not_doubted():
    # "Posts: 42" beside each poster is read as the post's head, not its text: still a forum's sign, which
    # no feed of dated posts prints.
    parsed = parse_text(page(*forum_post("Mira Holt", 42, "10:20 AM", "The bridge is long overdue, the queues are a misery."),
                             *forum_post("Tom Baker", 17, "11:05 AM", "Misery is a strong word, but the fares keep rising."),
                             *forum_post("Lena Fox", 3, "11:50 AM", "Who pays for the upkeep once it is built, the city?")))
    assert [c.author for c in parsed.comments.items] == ["Mira Holt", "Tom Baker", "Lena Fox"]
    assert parsed.comments.items[0].furniture == ["Member", "Posts: 42", "Joined: Jan 2020"]
    assert not [d for d in parsed.comments.doubts if NO_HEADER in d]


def avatar_thread(*letters: str) -> str:
    """Three comments under a name over a time ago, each name under a one-letter line (its avatar)."""
    texts = {"Bob Builder": "Finally a decision. The old ferry could not cope with the traffic.",
             "Carol Tunnel": "The ferry was fine, it just needed a second boat at rush hour.",
             "Dan Cyclist": "Will there be a separate cycle lane on the bridge this time?"}
    return page(*(line for letter, (name, text) in zip(letters, texts.items())
                  for line in (letter, name, "3 years ago", "", text, "")))


def test_a_headerless_thread_with_letter_avatars_is_not_doubted():
    # Each commenter's initial over their name: the avatar a thread prints beside each comment.
    authors, doubts = no_header_doubts(avatar_thread("B", "C", "D"))
    assert authors == ["Bob Builder", "Carol Tunnel", "Dan Cyclist"] and doubts == []


def test_a_headerless_run_with_lone_letters_that_are_no_initials_stays_doubted():
    # A letter that is not the next name's first one is a list's own label ("A", "B" options), not an avatar.
    authors, doubts = no_header_doubts(avatar_thread("A", "A", "A"))
    assert authors == ["Bob Builder", "Carol Tunnel", "Dan Cyclist"] and doubts


def test_a_news_page_with_a_counted_thread_and_reply_links_is_not_doubted():
    # The ordinary news page: a counted header over signed comments, each under a reply link.
    parsed = parse_text(page("3 Comments", "", *posts(
        ("Ann Lee May 2, 2023 at 10:00 am", "A bridge is cheaper to build and to keep up than a tunnel.", "Reply", ""),
        ("Bob Stone May 2, 2023 at 11:00 am", "Cheaper, but it splits the park along the river in two.", "Reply", ""),
        ("Cy Park May 2, 2023 at 12:00 pm", "Please add a cycle lane this time, the old one had none.", "Reply", ""))))
    assert (parsed.comments.found, parsed.comments.declared, parsed.comments.doubts) == (3, 3, [])
    assert parsed.comments.items[1].furniture == ["Reply"]


@pytest.mark.parametrize("end, doubted", [("reply", False), ("share", True), (" and I will reply", True)])
def test_a_reply_link_run_into_each_comments_last_sentence_is_a_threads_sign(end, doubted):
    # A rendering of a table's cells runs each comment's "reply" link into its text, the table's rule under it;
    # a share link so run in is a live blog's too, and a sentence that ends in the word is none.
    rows = (("ann", "2 hours ago", "A bridge is cheaper to build and to keep up than a tunnel."),
            ("bob", "1 hour ago", "Cheaper, but it splits the park along the river in two."),
            ("cy", "1 hour ago", "Please add a cycle lane this time, the old one had none."))
    authors, doubts = no_header_doubts(page(*(line for name, ago, text in rows for line in (
        f"| | | {name} {ago}  ", text, f"I tried one years ago.{end}  ", "---|---|---  ", "  "))))
    assert authors == ["ann", "bob", "cy"] and bool(doubts) == doubted


def test_a_live_blog_with_one_embedded_tweets_reply_link_stays_doubted():
    # The tweet's own "Reply" link under one entry is the tweet's, not a thread's printed under each comment.
    tweet = ("The mayor has posted about the vote on social media, as he promised this morning.\n\n"
             "> Today we decide on the bridge. Every councillor must vote. — Mayor Tom Hill (@tomhill) May 2, 2023")
    live = page(*posts(
        ("Jane Roe May 2, 2023 at 10:00 am", "The council has opened the meeting, with the bridge first.", "Share", ""),
        ("Jane Roe May 2, 2023 at 10:30 am", tweet, "Reply", "", "Copy link", "", "Share", ""),
        ("Jane Roe May 2, 2023 at 11:00 am", "Councillors are now debating the cost of the tunnel option.", "Share", ""),
        ("Tom Fisk May 2, 2023 at 12:00 pm", "The vote is in: the bridge is approved by nine votes to four.",
         "Share", "")))
    authors, doubts = no_header_doubts(live)
    assert authors[-3:] == ["Jane Roe", "Jane Roe", "Tom Fisk"] and doubts


HEADS = ("Ann Lee May 2, 2023 at 10:00 am", "Bob Stone May 2, 2023 at 11:00 am", "Cy Park May 2, 2023 at 12:00 pm",
         "Dee Moss May 2, 2023 at 1:00 pm")


def four_posts(*texts: str) -> str:
    """Four comments with no header above them, the given texts first, then plain ones."""
    texts = (*texts, "Please add a cycle lane this time, the old one had none at all.",
             "And keep the ferry running until the bridge is open.")
    return page(*posts(*((head, text, "") for head, text in zip(HEADS, texts))))


@pytest.mark.parametrize("texts", [
    # A thread prints one link the same way under each comment; a text that ends "(see the report).Report" once,
    # or a domain's ".report", is the writer's own.
    ("A bridge is cheaper to build than a tunnel (see the report).Report",
     "Cheaper, but it splits the park in two, see bridge.report",
     "Please add a cycle lane this time, the old one had none!Reply"),
    # A letter avatar stands beside each commenter; a text that ends in "plan" over "B" once is a coincidence.
    ("If the bridge fails we need a plan, and the only one left is plan\n\nB",
     "Cheaper, but it splits the park along the river in two.")])
def test_a_reply_word_or_a_lone_capital_ending_a_text_by_chance_stays_doubted(texts):
    authors, doubts = no_header_doubts(four_posts(*texts))
    assert authors == ["Ann Lee", "Bob Stone", "Cy Park", "Dee Moss"] and doubts
