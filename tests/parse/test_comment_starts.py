"""Comment starts and commenter names on text pages of shapes the parser was not tuned to."""

import pytest

from discourse.parse import parse_text
from discourse.parse.commenters import read_commenter

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("line, name", [
    ("Suns R Us on Aug 8, 2012 10:00 AM", "Suns R Us"),
    ("Monroe Doe on Aug 8, 2012 10:00 AM", "Monroe Doe"),
    ("Fridays Child May 1, 2020 at 9:41 am", "Fridays Child"),
    ("Sat, May 2, 2020 at 9:41 am Jane Doe", "Jane Doe"),
    ("Omaha Sun on Aug 8, 2012 9:00 AM", "Omaha Sun"),
    ("by Beavis 25 on Aug 8, 2012 12:22 PM MST reply actions", "Beavis 25"),
    ("Agent 007 at May 1, 2020 9:41 am", "Agent 007"),
    ("3 Jane on May 1, 2020", "Jane"),
    ("Jane Doe on May 1, 2020 at 9:00 am", "Jane Doe"),
])
def test_weekdays_are_left_out_of_a_name_not_words_that_start_like_one_nor_a_number_before_on_date(line, name):
    assert read_commenter(line).author == name


def test_a_name_that_opens_with_a_verb_of_saying_keeps_it():
    assert read_commenter("Said Hamideh September 28th, 2012 at 12:31 am").author == "Said Hamideh"
    assert read_commenter("Jane Doe said:").author == "Jane Doe"


def test_a_commenters_name_and_time_glued_to_the_text_in_one_item_open_the_comment():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "3 comments to A Headline", "",
        "  * Barry Joe September 27th, 2012 at 11:01 pm  That was brilliant. Thank you.",
        "  * Said Hamid September 28th, 2012 at 12:31 am  Sadly, I thought otherwise.",
        "  * Rich September 28th, 2012 at 12:10 am  Great post, but the question remains.",
    ))
    assert [c.author for c in parsed.comments.items] == ["Barry Joe", "Said Hamid", "Rich"]
    assert parsed.comments.items[0].paragraphs[0] == "That was brilliant. Thank you."
    assert not parsed.comments.doubtful


def test_an_item_whose_words_before_two_spaces_are_no_name_and_time_stays_text():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "2 comments", "",
        " 1. Kim May 1, 2020 at 10:00 am", "", "    The meeting ran from 9:00  to 11:00 pm on the day. Long.", "",
        " 2. Lee May 1, 2020 at 11:00 am", "", "    Second comment.",
    ))
    assert [c.author for c in parsed.comments.items] == ["Kim", "Lee"]



def _avatar_thread(*names: str) -> str:
    lines = ["A Headline", "", PARA, "", PARA, "", f"{len(names)} Comments", ""]
    for n, name in enumerate(names, 1):
        lines += [f" {n}. {name} says:", f"    May {n}, 2020 at 9:41 am", "", f"    Comment number {n}.", "",
                  "    Reply"]
    return page(*lines)


def test_a_doubled_name_where_other_heads_show_the_avatars_alt_text_is_one_name():
    parsed = parse_text(_avatar_thread("Avatar Clare", "Avatar sarah Paulson", "Armin Armin", "Avatar Kim Lee"))
    assert [c.author for c in parsed.comments.items] == ["Clare", "sarah Paulson", "Armin", "Kim Lee"]
    assert [r.comment for r in parsed.comments.repairs if r.kind == "avatar_name"] == [3]


def test_a_doubled_name_in_a_thread_without_avatar_text_stays_as_shown():
    parsed = parse_text(_avatar_thread("Clare", "Roberto Roberto", "Kim Lee"))
    assert [c.author for c in parsed.comments.items] == ["Clare", "Roberto Roberto", "Kim Lee"]


def test_a_numbered_item_named_like_a_question_over_a_bare_date_a_blank_line_apart_names_the_comment():
    lines = ["A Headline", "", PARA, "", PARA, "", "3 Responses", ""]
    for number, name in ((1, "Young Boy"), (2, "What to upgrade to?"), (3, "Plug")):
        lines += [f"  {number}. {name}", "", f"Posted October 29, 2012 at 9:5{number} am | Permalink", "",
                  "Those specs leave little room for an upgrade this year, it seems to me.", "", "Reply", ""]
    parsed = parse_text(page(*lines))
    assert [c.author for c in parsed.comments.items] == ["Young Boy", "What to upgrade to?", "Plug"]
    assert all(c.paragraphs == ["Those specs leave little room for an upgrade this year, it seems to me."]
               for c in parsed.comments.items)


def test_brackets_opening_part_of_a_pingbacks_linked_title_are_its_words_not_an_image():
    found = read_commenter("on 25 Oct 2012 at 7:14 pm1 Math Blog » Archive » [Help Wanted] Draw A Rectangle")
    assert found.author == "Math Blog » Archive » [Help Wanted] Draw A Rectangle"
    assert read_commenter("[avatar] Jane Roe on 25 Oct 2012 at 7:14 pm").author == "Jane Roe"
