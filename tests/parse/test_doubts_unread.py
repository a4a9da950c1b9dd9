"""Doubts from signs of a thread no reader read, in the page's text outside the comments read: heads over
text beside a thread's furniture, reply subject lines, names over what they wrote; and the shapes that
look alike but are no thread (events, teasers, tweets, sidebars)."""

import pytest

from discourse.model import Boilerplate, Comment, Comments, Span
from discourse.parse import parse_text
from discourse.parse.doubts import UnreadSection, assess
from tests.parse.test_doubts_beside_heads import doubts_of, page

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def article(*after: str) -> str:
    """A headline and two paragraphs of an article, then `after` (a line each)."""
    return page("Council approves the new river bridge", "", PARA, "", PARA, "", *after)


def missed_heads(doubts: list[str]) -> bool:
    return any("name a commenter and a date over a paragraph" in doubt for doubt in doubts)


# Dated items, each a name over a date over a paragraph: the same shape as a thread's heads (the first
# reads as the article's byline, so three show two heads).
TEASERS = ("Jane Reporter", "May 2, 2023", "", "The council approved the budget on monday, with a rise in the rates.", "",
           "Tom Writer", "May 1, 2023", "", "The ferry will stop running once the bridge opens, the operator says.", "",
           "Jane Reporter", "April 30, 2023", "", "The bridge designs are on show at the library until june.", "")
EVENTS = ("Jazz Night", "June 3, 2023", "", "Come and hear the town band play on the new bridge at sunset.", "",
          "Farmers Market", "June 10, 2023", "", "Local growers sell their fruit and cheese on the quay all day.", "",
          "River Swim", "June 17, 2023", "", "Swimmers cross the river from the old ferry landing to the quay.", "")
TWEETS = ("Town Council", "May 2, 2023", "", "The bridge is open to walkers from today, and to cars next week.", "",
          "Town Council", "May 1, 2023", "", "We are testing the lights on the bridge tonight, do not be alarmed.", "",
          "Town Council", "April 30, 2023", "", "The road to the bridge is closed this weekend for the last works.", "")


@pytest.mark.parametrize("items", [TEASERS, EVENTS, TWEETS], ids=["teasers", "events", "tweets"])
def test_names_and_dates_over_paragraphs_with_no_sign_of_a_thread_are_no_doubt(items):
    assert not doubts_of(article("More from the Gazette", "", *items))


def test_list_titles_ending_in_a_number_are_no_sign_of_a_thread():
    # "Most popular (3)" or "Best 2023" over the items is a sidebar's title, not a count of votes.
    for title in ("Most popular (3)", "Best 2023"):
        assert not doubts_of(article(title, "", *TEASERS))


def _posts(*furniture: str, head=lambda name, date: (name, date)) -> str:
    """Three posts, each a head over its text, `furniture` (a line each) between the head and the text."""
    posts = [("Ann Smith", "May 2, 2023 at 10:00 am", "A bridge is cheaper to build and to keep, so I am for it."),
             ("Bob Jones", "May 2, 2023 at 11:00 am", "it cuts the riverside park in two and brings traffic to the quay."),
             ("Carla Diaz", "May 3, 2023 at 9:00 am", "please add a cycle lane this time, the old bridge had none.")]
    lines = []
    for name, date, text in posts:
        lines += [*head(name, date), "", *(line for item in furniture for line in (item, "")), text, ""]
    return article(*lines)


def avatar_head(name: str, date: str) -> tuple[str]:
    """A head on one line, the name after its letter avatar ("A Ann Smith May 2, 2023")."""
    return (f"{name[0]} {name} {date.split(' at ')[0]}",)


@pytest.mark.parametrize("furniture, head", [
    (["2 points"], lambda name, date: (name, date)),          # a count of votes between head and text
    (["Reply"], lambda name, date: (name, date)),             # a reply link under each head
    ([], lambda name, date: avatar_head(name, date)),         # a letter avatar before each name
    ([], lambda name, date: ("3 Likes", f"{name} {date}")),   # a count of likes glued above each head
], ids=["votes", "reply-link", "letter-avatar", "glued-likes"])
def test_heads_over_text_beside_a_threads_furniture_are_doubted(furniture, head):
    parsed = parse_text(_posts(*furniture, head=head))
    assert not parsed.comments.items
    assert missed_heads(parsed.comments.doubts)


def test_heads_the_reader_already_saw_a_section_round_are_doubted():
    # The reader's own sign of an unread section (reply links it counted) makes the heads a thread's.
    parsed = parse_text(article("More from the Gazette", "", *TEASERS))
    assert missed_heads(assess(parsed, UnreadSection("3 reply or report links (\"Reply\")", of_comments=True)))


def test_a_word_or_two_between_a_head_and_its_text_is_skipped_but_a_bare_number_is_not():
    # "Like" is a widget's; a bare number under a byline is a feed's count of comments.
    assert missed_heads(doubts_of(_posts("Like", head=avatar_head)))
    assert not missed_heads(doubts_of(_posts("12", head=avatar_head)))


def test_a_head_of_more_words_than_a_name_is_a_headline_not_a_commenter():
    named = _posts("Reply", head=lambda name, date: (f"{name} {date.split(' at ')[0]}",))
    titled = _posts("Reply", head=lambda name, date: (f"Council Votes On {name.split()[1]} {date.split(' at ')[0]}",))
    assert missed_heads(doubts_of(named))
    assert not missed_heads(doubts_of(titled))


FORUM = ("Town Forum", "", "River bridge or tunnel?", "",
         "dana", "Posts: 120", "", "River bridge or tunnel?", "", "by dana » Tue May 02, 2023 10:00 am", "", PARA, "",
         "erin", "Posts: 14", "", "Re: River bridge or tunnel?", "", "by erin » Tue May 02, 2023 11:00 am", "",
         "A bridge, because it is cheaper and can carry cyclists and walkers too.", "",
         "frank", "Posts: 3", "", "Re: River bridge or tunnel?", "", "by frank » Tue May 02, 2023 12:00 pm", "",
         "A tunnel keeps the view of the old town from the riverside path.", "")


def test_reply_subject_lines_inside_the_posts_read_are_no_missed_replies():
    """A forum topic whose poster boxes ("Posts: 14") show it is a thread is read as one: the opening post is
    the article, the replies are its comments, and their subject lines, read with them, raise no doubt of
    replies missed (subjects outside the posts read are doubted: test_doubts_lists_and_subjects.py)."""
    parsed = parse_text(page(*FORUM))
    assert parsed.article.author == "dana"
    assert [comment.author for comment in parsed.comments.items] == ["erin", "frank"]
    assert not any("reply subject lines" in doubt for doubt in parsed.comments.doubts)


def test_a_sidebars_list_of_latest_replies_or_a_single_reply_subject_is_no_doubt():
    latest = article("Latest replies", "", "  • Re: River bridge or tunnel?", "  • Re: River bridge or tunnel?",
                     "  • Re: Ferry timetable", "")
    single = article("Re: River bridge or tunnel?", "", PARA, "")
    assert not doubts_of(latest)
    assert not doubts_of(single)


def test_list_items_of_a_name_over_a_sentence_are_missed_comments():
    doubts = doubts_of(article("Share on Facebook Tweet", "", "  • Ivan Petrov", "    Finally, the bridge we were promised.",
                               "  • Olga", "    And who will pay for the repairs in ten years?", ""))
    assert any('2 list items outside the comments read are a name over a sentence ("Ivan Petrov")' in doubt
               for doubt in doubts)


@pytest.mark.parametrize("items", [
    ("  • Politics", "  • Sport", "  • Weather"),                                      # a menu: no sentence between
    ("  • Helena Souto", "", "    Por que Souto quer mudar o horário das balsas no verão", "",
     "  • Mário Reis", "", "    Pescadores pedem um cais novo antes da próxima temporada", ""),  # headlines
    ("  • SeaTrails", "", "This newsletter is paid for by SeaTrails, who run kayak trips along the coast.", "",
     "  • Blue Harbour", "", "This newsletter is paid for by Blue Harbour, a guide to the port's history.", ""),  # blurbs
], ids=["menu", "topics-over-headlines", "sponsors-over-blurbs"])
def test_lists_of_names_that_are_no_thread_are_no_doubt(items):
    assert not doubts_of(article(*items))


def _two_comments_at(first: int, furniture: list[tuple[str, int]]):
    """Two comments read on lines first..first+9, and furniture (a text and its line) left outside them."""
    parsed = parse_text(article())
    items = [Comment(n, None, 0, ["A reader's view, in a sentence."], Span(first + 5 * (n - 1), first + 5 * n - 1),
                     name, "May 1, 2020 at 10:00 am") for n, name in ((1, "Kim"), (2, "Lee"))]
    parsed.comments = Comments(items=items, header="Comments", source="text")
    parsed.boilerplate = [Boilerplate(text, "other", Span(line, line)) for text, line in furniture]
    return parsed


def test_furniture_on_lines_the_comments_read_cover_is_not_outside_them():
    # Reply links printed under each comment read are the comments' own, not a sign of more.
    inside = _two_comments_at(10, [("Reply", 12), ("Reply", 14), ("Reply", 17), ("Reply", 19)])
    outside = _two_comments_at(10, [("Reply", 22), ("Reply", 24), ("Reply", 26), ("Reply", 28)])
    assert not assess(inside)
    assert any('"reply") is printed 4 times' in doubt for doubt in assess(outside))


def _no_comments_read(*furniture: str):
    parsed = parse_text(article())
    parsed.boilerplate += [Boilerplate(text, "other", Span(0, 0)) for text in furniture]
    return parsed


def test_what_the_reader_saw_of_a_section_is_said_once_not_again_from_its_lines():
    parsed = _no_comments_read("12 Comments", "Reply", "Reply", "Reply")
    seen = UnreadSection('3 reply or report links ("Reply")', of_comments=True)
    assert assess(parsed, seen) == ['no comment was read, yet the page shows signs of a comment section '
                                    '(3 reply or report links ("Reply"))']
    unseen = assess(parsed)
    assert any("a line counts 12 comments" in doubt for doubt in unseen)
    assert any('"reply") is printed 3 times' in doubt for doubt in unseen)


def test_elements_named_for_comments_are_explained_by_a_closed_notice():
    parsed = _no_comments_read()
    parsed.comments.closed = True
    named = UnreadSection('an element named "comments"', of_comments=False)
    assert not assess(parsed, named)
    parsed.comments.closed = None
    assert assess(parsed, named)
