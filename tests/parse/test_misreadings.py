"""Lines the text parser must read at once however long, sentences and times of day it must not take
for commenter heads or thread numbers, and reply trees that a few odd timestamps must not flatten."""

import time

import pytest

from discourse.parse import commenters, parse_text
from discourse.parse.commenters import Commenter, plain_item, read_commenter, thread_number
from discourse.parse.reply_tree import OpenComment, TreeBuilder

ARTICLE = "A Title About Trees\n\nBy Ann Author\n\nThe body of the article says something about trees.\n\n"


def _seconds(call, *args) -> float:
    started = time.perf_counter()
    call(*args)
    return time.perf_counter() - started


def test_a_long_line_of_at_signs_and_dots_is_cleaned_at_once():
    line = "a@" * 12_500 + "b." * 12_500
    assert len(line) == 50_000
    assert _seconds(plain_item, line) < 1


def test_a_reply_marker_is_looked_for_at_once_in_a_long_author():
    """Lines that long are never commenter lines; the reply marker's own bound is checked directly."""
    head = Commenter("a" + " " * 50_000 + "x", None)
    assert _seconds(commenters._with_reply_target, head) < 1
    assert head.reply_to is None
    assert read_commenter("Phil Whiteresponded to Davey on May 1, 2020 at 9:00 am").reply_to == "Davey"


@pytest.mark.parametrize("sentence", [
    "My son's picture day went great",
    "The cat's avatar is cute",
    "Anna's profile picture changed yesterday",
    "Jo's photo of Paris, by Ann",
])
def test_a_sentence_mentioning_someones_picture_keeps_its_words(sentence):
    assert plain_item(sentence) == sentence


@pytest.mark.parametrize("line, rest", [
    ("Jo’s Gravatar Jo says:", "Jo says:"),
    ("Anna Lee's profile picture Anna Lee on May 1, 2020 at 9:00 am", "Anna Lee on May 1, 2020 at 9:00 am"),
    ("Kay's avatar Fri, 2012-11-09 17:18 — Kay", "Fri, 2012-11-09 17:18 — Kay"),
])
def test_an_avatar_naming_the_commenter_who_follows_is_dropped(line, rest):
    assert plain_item(line) == rest


@pytest.mark.parametrize("verb", ["replied", "said"])
def test_a_sentence_ending_with_a_verb_of_saying_stays_in_the_comment(verb):
    page = (ARTICLE + "2 thoughts on “A Title About Trees”\n\n"
            "Ann says:\nAugust 26, 2014 at 10:15 am\n"
            f"I asked my brother about this and he {verb}:\nthat it was all nonsense anyway.\nReply\n\n"
            "Bob says:\nAugust 27, 2014 at 9:00 am\nI do not agree.\nReply\n")
    comments = parse_text(page).comments.items
    assert [(c.author, c.text) for c in comments] == [
        ("Ann", f"I asked my brother about this and he {verb}: that it was all nonsense anyway."),
        ("Bob", "I do not agree."),
    ]


@pytest.mark.parametrize("line", [
    "I asked my brother about this and he said:",
    "and then she wrote:",
    "Hinterher sagte mir dann er sagt:",
    "Et puis il dit :",
])
def test_a_speaker_who_is_a_sentence_or_a_pronoun_is_no_commenter(line):
    assert read_commenter(line) is None


@pytest.mark.parametrize("line, author", [
    ("Ella says:", "Ella"),
    ("Mary Ann Lee Smith Jones says:", "Mary Ann Lee Smith Jones"),
    ("Phil White in reply to Ann Lee Smith says:", "Phil White"),
])
def test_a_name_before_a_verb_of_saying_is_still_a_commenter(line, author):
    assert read_commenter(line).author == author


@pytest.mark.parametrize("head", ["12.05. Kay says:", "10.15 Uhr Kay sagt:", "10.15 am Kay says:"])
def test_a_time_of_day_or_a_date_before_a_name_is_no_thread_number(head):
    assert thread_number(head) is None


def _tree(numbers):
    builder = TreeBuilder()
    for line, number in enumerate(numbers):
        builder.add(OpenComment(0, 0, line, line, author=f"Name {line}", paragraphs=[["Text."]],
                                thread_number=number))
    return [comment.parent for comment in builder.comments]


def test_a_time_of_day_among_numbered_comments_names_no_parent():
    assert thread_number("10.15 Kay says:") == (10, 15)
    assert _tree([(10,), (11,), (12,), (10, 15)]) == [None, None, None, None]


def test_thread_numbers_in_turn_still_name_their_parents():
    replies = [(10, k) for k in range(1, 16)]
    assert _tree([(10,), (11,)] + replies) == [None, None] + [1] * 15
    assert _tree([(1,), (1, 1), (1, 1, 1), (2,), (2, 1)]) == [None, 1, 2, None, 4]


def _dated_tree(indents, early):
    """A thread whose comments are posted a minute apart in the order printed, except the `early` ones,
    dated an hour before the rest (an edited timestamp, another time zone)."""
    builder = TreeBuilder()
    for line, indent in enumerate(indents):
        minute = 0 if line in early else 10 + line
        date = f"May 1, 2020 at {9 + minute // 60}:{minute % 60:02d} pm"
        builder.add(OpenComment(indent, indent + 4, line, line, author=f"Name {line}", date=date,
                                paragraphs=[["Text."]]))
    builder.finish(None)
    return [comment.parent for comment in builder.comments], [repair.kind for repair in builder.repairs]


def test_two_edited_timestamps_among_forty_replies_keep_the_thread_nested():
    indents = [0, 4, 4, 4, 4] * 10  # ten comments with four replies each
    read, repairs = _dated_tree(indents, early={3, 27})
    assert read.count(None) == 10 and "nesting_against_time" not in repairs


def test_a_staircase_with_replies_older_than_their_parents_is_read_flat():
    indents = [2 * line for line in range(27)]  # every comment drawn one level deeper than the one before
    read, repairs = _dated_tree(indents, early={5, 17})
    assert "nesting_against_time" in repairs and read != [None] + list(range(1, 27))


@pytest.mark.parametrize("indent, text_indent", [(" ", "     "), ("", "")])
def test_a_head_opening_with_a_time_after_numbered_comments_opens_a_comment(indent, text_indent):
    """Items 10, 11 and 12, then "10.15 Kay says:" set apart at the markers' column: a head whose time
    is no list number, not a line of comment 12."""
    thread = "".join(f"{indent}{number}. {name} says:\n{text_indent}{text}\n\n" for number, name, text in [
        (10, "Ann", "Great post about trees."), (11, "Bob", "I disagree with that."), (12, "Cy", "Trees are fine.")])
    page = (ARTICLE + "4 Comments\n\n" + thread + f"{indent}10.15 Kay says:\n{text_indent}I like oak trees best.\n\n"
            "Leave a Reply\n")
    comments = parse_text(page).comments.items
    assert [(c.author, c.text) for c in comments] == [
        ("Ann", "Great post about trees."), ("Bob", "I disagree with that."), ("Cy", "Trees are fine."),
        ("Kay", "I like oak trees best."),
    ]


def test_a_commenter_like_line_inside_a_numbered_comments_text_stays_text():
    page = (ARTICLE + "3 Comments\n\n 1. Dan says:\n     Nice.\n\n 2. Ann says:\n     My neighbour wrote to me."
            "\n\n     Bob Lee says:\n     trees are bad.\n\n 3. Cy says:\n     Trees are fine.\n\nLeave a Reply\n")
    comments = parse_text(page).comments.items
    assert [c.author for c in comments] == ["Dan", "Ann", "Cy"]
    assert comments[1].text == "My neighbour wrote to me.\n\nBob Lee says: trees are bad."


@pytest.mark.parametrize("head", ["Ann says:", "Ann\nMay 4, 2021 at 9:00 am"])
@pytest.mark.parametrize("intro", ["On May 3, 2021, Bob wrote:", "On May 3, 2021:", "Le 3 mai 2021, Bob a écrit :",
                                   "On Mon, May 3, 2021 at 10:15 am, Bob Lee wrote:"])
def test_a_quoted_posts_date_under_a_head_is_the_comments_text_not_its_date(head, intro):
    page = ARTICLE + f"2 Comments\n\n{head}\n{intro}\nTrees are bad.\nI do not agree.\n\nCy says:\nFine.\n\nLeave a Reply\n"
    first = parse_text(page).comments.items[0]
    assert (first.author, first.text) == ("Ann", f"{intro} Trees are bad. I do not agree.")
    assert first.date == ("May 4, 2021 at 9:00 am" if "\n" in head else None)


def test_a_dated_line_that_introduces_no_quotation_still_dates_the_comment():
    page = ARTICLE + "1 Comment\n\nAnn says:\nMay 3, 2021 at 9:00 am\nTrees are fine.\n\nLeave a Reply\n"
    assert parse_text(page).comments.items[0].date == "May 3, 2021 at 9:00 am"


def test_a_quotation_introduced_right_after_a_comments_text_stays_in_the_comment():
    """"On May 3, 2021, Bob wrote:" on the line after the comment's text, no blank line between: the comment
    goes on to quote Bob's post."""
    page = (ARTICLE + "2 Comments\n\nAnn says:\nMay 4, 2021 at 9:00 am\nI do not agree.\nOn May 3, 2021, Bob wrote:\n"
            "Trees are bad.\n\nCy says:\nMay 5, 2021 at 9:00 am\nFine.\n\nLeave a Reply\n")
    assert [(c.author, c.text) for c in parse_text(page).comments.items] == [
        ("Ann", "I do not agree. On May 3, 2021, Bob wrote: Trees are bad."), ("Cy", "Fine.")]


@pytest.mark.parametrize("between", ["\n", ""], ids=["blank_lines", "no_blank_lines"])
def test_a_thread_whose_heads_all_read_on_date_name_wrote_keeps_each_comment(between):
    """"On May 3, 2021, Ann wrote:" after a comment's text and a blank line heads the next comment; right after
    the text too, where the comment's own head read so."""
    thread = "".join(f"On May {day}, 2021, {name} wrote:\n{text}\n{between}" for day, name, text in [
        (3, "Ann Lee", "Trees are fine."), (4, "Bob", "I disagree with that."), (5, "Cy", "Oaks are best.")])
    comments = parse_text(ARTICLE + "3 Comments\n\n" + thread + "\nLeave a Reply\n").comments.items
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("Ann Lee", "May 3, 2021", "Trees are fine."), ("Bob", "May 4, 2021", "I disagree with that."),
        ("Cy", "May 5, 2021", "Oaks are best.")]


@pytest.mark.parametrize("line", ["Order by Friday to get them before the frost.", "Sort by colour and size first.",
                                  "Sort by date to see the newest bulbs first.",
                                  "Sort by most liked first, then by date, if you like."])
def test_a_sentence_opening_with_sort_or_order_by_stays_in_the_comment(line):
    page = (ARTICLE + "2 Comments\n\nAnn says:\nMay 3, 2021 at 9:00 am\nThe nursery has bulbs.\n" + line
            + "\n\nBob says:\nMay 4, 2021 at 9:00 am\nThanks.\n\nLeave a Reply\n")
    assert parse_text(page).comments.items[0].text == "The nursery has bulbs. " + line


@pytest.mark.parametrize("control", ["Sort by Newest", "Order By: [Newest to Oldest]", "Sortieren nach: Neueste",
                                     "Sort by: Best | Newest | Oldest", "Sort by newest first ▼",
                                     "Order By: [Newest to Oldest] [Submit]"])
def test_a_sort_control_between_comments_is_no_comment_text(control):
    page = (ARTICLE + "2 Comments\n\n" + control + "\n\nAnn says:\nMay 3, 2021 at 9:00 am\nThe nursery has bulbs.\n\n"
            "Bob says:\nMay 4, 2021 at 9:00 am\nThanks.\n\nLeave a Reply\n")
    assert [(c.author, c.text) for c in parse_text(page).comments.items] == [
        ("Ann", "The nursery has bulbs."), ("Bob", "Thanks.")]


@pytest.mark.parametrize("control", ["Sort by Newest Oldest Most Voted", "Sort by Oldest Newest Most Liked",
                                     "Sort By: Date Descending", "Sort by: Top comments", "Ordenar por: Fecha descendente"])
def test_a_sort_control_right_under_a_comments_text_is_not_that_text(control):
    """Orders that sort widgets name ("Most Voted", "Descending", "Top comments") make the line a widget, wherever
    it stands."""
    page = (ARTICLE + "2 Comments\n\nAnn says:\nMay 3, 2021 at 9:00 am\nThe nursery has bulbs.\n" + control
            + "\n\nBob says:\nMay 4, 2021 at 9:00 am\nThanks.\n\nLeave a Reply\n")
    assert [(c.author, c.text) for c in parse_text(page).comments.items] == [
        ("Ann", "The nursery has bulbs."), ("Bob", "Thanks.")]


@pytest.mark.parametrize("items", [" -" * 4_000, " [Newest]" * 18], ids=["dashes", "buttons"])
def test_a_long_line_of_sort_items_ending_in_a_word_is_read_at_once(items):
    """A sort control's items ("- [Newest] - …") that end in a word are comment text; the line is read in time."""
    line = "Sort by newest" + items + " zz"
    page = (ARTICLE + "2 Comments\n\nAnn says:\nMay 3, 2021 at 9:00 am\n" + line
            + "\n\nBob says:\nMay 4, 2021 at 9:00 am\nThanks.\n\nLeave a Reply\n")
    assert _seconds(parse_text, page) < 0.5
    assert parse_text(page).comments.items[0].text == line


def test_a_text_longer_than_a_meta_line_is_no_name_to_strip_of_badges(monkeypatch):
    """A 20,000-space run after a dot made the badge pattern backtrack for seconds; such a text is left whole,
    and the pattern never sees it."""
    seen = []

    class Recording:
        def sub(self, replacement, text):
            seen.append(len(text))
            return pattern.sub(replacement, text)

    pattern = commenters._NAME_TAIL
    monkeypatch.setattr(commenters, "_NAME_TAIL", Recording())
    long_run = "Ann ·" + " " * 20_000 + "x"
    assert commenters.display_name(long_run) == long_run
    assert commenters.display_name("Di · Top commenter") == "Di"
    assert seen and max(seen) <= commenters._MAX_META_CHARS
