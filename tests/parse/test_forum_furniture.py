"""Forum threads as text renderings print them (MyBB, phpBB): the forum's buttons, post numbers, rating widget and
engine credit are furniture, never a post's text nor the title; phpBB's "Post by NAME » DATE" heads its posts. The
same words in a reader's sentence stay where they are."""

import time

import pytest

from discourse.parse import parse_text

POSTS = [("alice_w", "03-04-2024, 10:20 AM",
          "I have two cords of split oak stacked against the north wall of the shed.\n"
          "Last winter half of it stayed damp. Should I cover the whole stack or only the top?"),
         ("bob_k", "03-04-2024, 11:05 AM",
          "Only the top. Covering the sides traps the moisture and the wood never dries."),
         ("carol_t", "03-05-2024, 08:40 AM",
          "Agree with Bob. I use a strip of roofing metal over the top and leave the sides open."),
         ("dave_r", "03-05-2024, 09:12 AM",
          "Pallets made the biggest difference for me. Ground moisture wicks up fast.")]
BUTTONS = ["PM Find Quote", "PM Website Find Quote", "PM Email Find Quote", "Website Find Quote"]


def _mybb(number_apart: bool = True, subject: bool = True, footer: str = "Powered By MyBB, © 2002-2024 MyBB Group.",
          buttons: list[str] = BUTTONS) -> str:
    """A MyBB thread as w3m prints it: breadcrumbs, the rating widget, the subject, then each post's name, date,
    number (on its own line, or run into the text's first line) and text over its row of profile buttons."""
    top = "Woodland Hearth Forums › Wood Stoves › General Discussion\n\nThread Rating: 0 Votes - 0 Average\n\n"
    if subject:
        top += "Storing split oak over a wet winter\n\n"
    posts = [f"{name}\n{date}\n\n#{k}{chr(10) * (2 if number_apart else 1)}{text}\n\n{button}\n\n"
             for k, ((name, date, text), button) in enumerate(zip(POSTS, buttons), start=1)]
    return top + "".join(posts) + footer + "\n"


def test_a_forum_posts_profile_buttons_are_furniture():
    comments = parse_text(_mybb()).comments
    assert [c.author for c in comments.items] == ["bob_k", "carol_t", "dave_r"]
    assert [c.text for c in comments.items] == [text for _, _, text in POSTS[1:]]
    assert [c.furniture[-1] for c in comments.items] == BUTTONS[1:]


@pytest.mark.parametrize("footer", ["Powered By MyBB, © 2002-2024 MyBB Group.", "Powered by phpBB® Forum Software",
                                    "Powered by vBulletin® Version 4.2.5", "Powered by XenForo",
                                    "Powered by Discourse, best viewed with JavaScript enabled",
                                    "Powered by SMF 2.0.19 | SMF © 2021, Simple Machines",
                                    "Powered by WordPress | Theme: Twenty Twelve", "Powered by WordPress.com"])
def test_a_forum_engines_credit_is_not_added_to_the_last_post(footer):
    last = parse_text(_mybb(footer=footer)).comments.items[-1]
    assert last.text == POSTS[-1][2]


def test_a_post_number_run_into_the_text_is_not_the_texts_start():
    page = parse_text(_mybb(number_apart=False))
    assert page.article.paragraphs[0].text.startswith("I have two cords")
    assert [c.text for c in page.comments.items] == [text for _, _, text in POSTS[1:]]


def test_a_rating_widget_is_never_the_title():
    assert "Rating" not in parse_text(_mybb(subject=False)).article.title


def test_pm_and_powered_by_in_a_readers_sentence_stay():
    page = ("Home | News\n\nCouncil Approves New Solar Farm\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
            "The council approved the new solar farm on Tuesday after a long debate about the land it needs.\n\n"
            "The farm will power four thousand homes once it opens, officials said at the meeting.\n\n"
            "2 Comments\n\n"
            "Peter Miller says:\nMarch 12, 2024 at 10:15 am\nPM me if you want the minutes of the meeting.\nReply\n\n"
            "Julia Weber says:\nMarch 12, 2024 at 11:15 am\nPM\n"
            "Powered by the sun, at last. Find the report on the council site.\nReply\n\n"
            "Leave a Reply\n")
    comments = parse_text(page).comments
    assert [c.text for c in comments.items] == [
        "PM me if you want the minutes of the meeting.",
        "PM Powered by the sun, at last. Find the report on the council site."]


PHPBB_POSTS = [("railfan_jo", "Mon Mar 04, 2024 10:20 am",
                "My brass track turns dark after every frost. I scrub it with a track rubber each spring.\n"
                "Is there anything that keeps it clean longer?"),
               ("old_sparky", "Mon Mar 04, 2024 11:02 am",
                "Stainless rail. Costs more up front but I have not cleaned mine in three years."),
               ("mike_l", "Tue Mar 05, 2024 8:15 am",
                "A light wipe of graphite after cleaning helps a lot. It keeps the oxide from sticking."),
               ("railfan_jo", "Tue Mar 05, 2024 9:40 am",
                "Thanks both. I will try graphite this year and price out stainless for the main loop.")]


@pytest.mark.parametrize("opening", ["Post by", "by"])
def test_phpbbs_head_over_each_post_opens_a_reply(opening):
    posts = "".join(f"{opening} {name} » {date}\n\n{text}\n\nTop\n\n" for name, date, text in PHPBB_POSTS)
    page = parse_text("Board index ‹ Layouts ‹ Outdoor track\n\nKeeping brass rail clean in winter\n\n" + posts
                      + "Display posts from previous: All posts Sort by Post time Ascending\n\n"
                        "Powered by phpBB® Forum Software © phpBB Limited\n")
    assert (page.article.author, page.article.date) == ("railfan_jo", "2024-03-04")
    assert [(c.author, c.date_iso) for c in page.comments.items] == [
        ("old_sparky", "2024-03-04T11:02"), ("mike_l", "2024-03-05T08:15"), ("railfan_jo", "2024-03-05T09:40")]
    assert [c.text for c in page.comments.items] == [text for _, _, text in PHPBB_POSTS[1:]]


def test_a_signature_after_the_text_still_closes_its_comment():
    page = ("Home\n\nA Quiet Week at the Harbour\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
            "Few boats came in this week, and the harbour master expects the same for the next one.\n\n"
            "The fish market will stay open on its usual days, the council said on Monday.\n\n"
            "3 Comments\n\n"
            "The market was empty on Tuesday, I could not buy any fish at all.\n\n"
            "by Rita on March 12, 2024 at 4:59 PM\n\n"
            "Same here, the stalls were closed before noon on both days I went.\n\n"
            "by Tom on March 12, 2024 at 6:10 PM\n\n"
            "Boats stay in when the wind is this strong, it happens every spring.\n\n"
            "by Kay on March 13, 2024 at 9:02 AM\n\n")
    comments = parse_text(page).comments
    assert [c.author for c in comments.items] == ["Rita", "Tom", "Kay"]
    assert comments.items[0].text.startswith("The market was empty")


def _subject_thread() -> list[str]:
    """A phpBB thread's lines: the opening post, then two replies each under its subject line ("Re: …")."""
    lines = ["Harbour wall: stone or concrete?", "", "by ida » Wed Jun 05, 2024 9:00 am", "",
             "The council wants concrete for the new harbour wall. Which would you choose, and why?", ""]
    for name in ("jonas", "marta"):
        lines += ["Re: Harbour wall: stone or concrete?", "", f"by {name} » Wed Jun 05, 2024 10:00 am", "",
                  "Stone, because it lasts and it looks like the rest of the harbour.", ""]
    return lines


def test_phpbbs_replies_under_their_subject_lines_are_read():
    lines = _subject_thread()
    page = parse_text("\n".join(lines))
    assert page.article.author == "ida"
    assert [c.author for c in page.comments.items] == ["jonas", "marta"]


def test_a_replys_subject_line_is_not_the_text_of_the_post_above():
    lines = _subject_thread()
    page = parse_text("\n".join(lines))
    assert [p.text for p in page.article.paragraphs] == [lines[4]]
    assert [c.text for c in page.comments.items] == [lines[10], lines[16]]


@pytest.mark.parametrize("first", ["Great news for the town, at last.", "Top"])
def test_a_readers_comment_top_alone_stays_its_text(first):
    """Also as the first comment, with a later reader's line that reads like a forum's buttons."""
    heads = [("Peter Miller", "10:15 am", first), ("Julia Weber", "11:15 am", "Top"),
             ("Tom Baker", "12:15 pm", "Top article, thanks."), ("Kay Lin", "1:15 pm", "Website email find quote")]
    page = ("Home | News\n\nCouncil Approves New Solar Farm\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
            "The council approved the new solar farm on Tuesday after a long debate about the land it needs.\n\n"
            "The farm will power four thousand homes once it opens, officials said at the meeting.\n\n4 Comments\n\n"
            + "".join(f"{name} says:\nMarch 12, 2024 at {time}\n{text}\nReply\n\n" for name, time, text in heads)
            + "Leave a Reply\n")
    comments = parse_text(page).comments
    assert [(c.author, c.text) for c in comments.items][:3] == [(name, text) for name, _, text in heads[:3]]
    assert len(comments.items) == 4


def test_a_long_line_of_forum_buttons_is_read_in_linear_time():
    line = "PM " + "quote reply " * 3000 + "x"
    page = ("Home\n\nCouncil Approves New Solar Farm\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
            "The council approved the new solar farm on Tuesday after a long debate about the land it needs.\n\n"
            f"1 Comment\n\nPeter Miller says:\nMarch 12, 2024 at 10:15 am\n{line}\nReply\n\nLeave a Reply\n")
    started = time.perf_counter()
    assert parse_text(page).comments.items[0].text == line
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("headline", ["Rating: Why Moody's Cut the City to Junk", "# Rating: Why Moody's Cut the City to Junk",
                                      "User Rating: How Readers Scored the New Tram Lines"])
def test_a_headline_opening_with_rating_stays_the_title(headline):
    page = (f"Home | News\n\n{headline}\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
            "The ratings agency cut the city to junk on Tuesday after a long debate about its debts and pensions.\n\n"
            "The council will meet on Friday to discuss the budget, officials said at the meeting.\n")
    assert parse_text(page).article.title == headline.lstrip("# ")


def test_a_sentence_opening_powered_by_an_engines_name_stays():
    page = ("Home | News\n\nCouncil Approves New Solar Farm\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
            "The council approved the new solar farm on Tuesday after a long debate about the land it needs.\n\n"
            "Powered by WordPress, the council site crashed twice during the vote, residents said.\n\n"
            "The farm will power four thousand homes once it opens, officials said at the meeting.\n\n1 Comment\n\n"
            "Peter Miller says:\nMarch 12, 2024 at 10:15 am\nGreat news for the town.\n"
            "Powered by Vanilla extract and good intentions, as my gran used to say.\nReply\n\nLeave a Reply\n\n"
            "Powered by WordPress\n")
    parsed = parse_text(page)
    assert "Powered by WordPress, the council site crashed" in " ".join(p.text for p in parsed.article.paragraphs)
    assert parsed.comments.items[0].text == ("Great news for the town. "
                                             "Powered by Vanilla extract and good intentions, as my gran used to say.")
