"""Reply trees from markers and indentation, and the repairs made to broken ones."""

import pytest

from discourse.parse import parse_text

ARTICLE = "A Title About Trees\n\nBy Ann Author\n\nThe body of the article says something about trees.\n\n"


def parse_comments(block: str):
    return parse_text(ARTICLE + block).comments


def test_numbered_comments_with_bullet_replies_and_continuations():
    comments = parse_comments(
        "3 Comments\n\n"
        "  1. First comment.\n\n"
        "     Its second paragraph, indented to the text column.\n\n"
        "    • A reply to the first.\n\n"
        "  2. Second comment.\n"
    )
    assert [(c.index, c.parent, c.depth) for c in comments.items] == [(1, None, 0), (2, 1, 1), (3, None, 0)]
    assert len(comments.items[0].paragraphs) == 2
    assert comments.declared == 3 and comments.repairs == []


def test_indentation_jump_attaches_to_nearest_parent_and_is_reported():
    comments = parse_comments("2 Comments\n\n  1. Top.\n\n            • Far too deep.\n")
    assert comments.items[1].parent == 1 and comments.items[1].depth == 1
    assert [r.kind for r in comments.repairs] == ["indent_jump"]


def test_orphan_reply_becomes_top_level_with_a_repair():
    comments = parse_comments("2 Comments\n\n        • A reply whose parent is missing.\n\n  1. A top comment.\n")
    assert [c.parent for c in comments.items] == [None, None]
    assert "orphan" in [r.kind for r in comments.repairs]


def test_numbering_gap_and_count_mismatch_are_reported():
    comments = parse_comments("5 Responses\n\n  1. One.\n\n  3. Three.\n")
    kinds = [r.kind for r in comments.repairs]
    assert "numbering_gap" in kinds and "count_mismatch" in kinds


def test_commenter_lines_give_authors_and_dates():
    comments = parse_comments(
        "2 thoughts on “A Title About Trees”\n\n"
        "Jane Doe says:\nI like trees.\nReply\n\n"
        "Bob on August 26, 2014 at 10:15 am said:\nI do not.\nReply\n"
    )
    assert [(c.author, c.date, c.text) for c in comments.items] == [
        ("Jane Doe", None, "I like trees."),
        ("Bob", "August 26, 2014 at 10:15 am", "I do not."),
    ]


def test_reply_marker_beats_indentation():
    comments = parse_comments(
        "3 Responses\n\n"
        "  1. Ann says:\n     First.\n"
        "  2. Bob says:\n     Second.\n"
        "    • Cy responded to Ann on May 1, 2020 says:\n       Back to Ann.\n"
    )
    assert comments.items[2].parent == 1
    assert "reply_marker" in [r.kind for r in comments.repairs]


def test_reply_marker_that_agrees_with_the_nesting_keeps_it():
    """Dee answers Bob's first comment, under which she is nested, not Bob's later one lifted by a depth limit."""
    comments = parse_comments(
        "5 Responses\n\n"
        "  1. Ann says:\n     First.\n"
        "    • Bob responded to Ann on May 1, 2020 at 9:00 am says:\n       To Ann.\n"
        "        ☆ Ann responded to Bob on May 1, 2020 at 10:00 am says:\n           Back to Bob.\n"
        "        ☆ Bob responded to Ann on May 1, 2020 at 11:00 am says:\n           Back to Ann.\n"
        "        ☆ Dee responded to Bob on May 1, 2020 at 12:00 pm says:\n           To Bob's first.\n"
    )
    assert [c.parent for c in comments.items] == [None, 1, 2, 3, 2]
    assert [r.comment for r in comments.repairs if r.kind == "reply_marker"] == [4]


@pytest.mark.parametrize("marker", ["in reply to", "en réponse à", "als Antwort auf", "en respuesta a"])
def test_reply_markers_in_other_words_set_the_parent_of_a_flat_thread(marker):
    comments = parse_comments(
        "3 Comments\n\n"
        "Ann on May 1, 2020 at 9:00 am\nFirst.\n\n"
        "Bob on May 1, 2020 at 10:00 am\nSecond.\n\n"
        f"Cy {marker} Ann on May 1, 2020 at 11:00 am\nBack to Ann.\n"
    )
    assert [(c.author, c.parent) for c in comments.items] == [("Ann", None), ("Bob", None), ("Cy", 1)]


def test_reply_marker_to_unknown_name_is_kept_and_reported():
    comments = parse_comments("2 Replies\n\n  1. Ann says:\n     First.\n    • Cy responded to Zed says:\n       Hm.\n")
    assert comments.items[1].parent == 1
    assert "reply_target_missing" in [r.kind for r in comments.repairs]


def test_headers_in_other_languages_give_the_declared_count():
    for header, count in [("24 Kommentare", 24), ("Un commentaire", 1), ("5 comentarios", 5),
                          ("3 comentários", 3), ("12 commentaires", 12), ("No Comments Yet", 0)]:
        assert parse_comments(f"{header}\n\n  1. Hallo.\n").declared == count, header


def test_closed_notices_in_other_languages():
    for notice in ["Comments are closed.", "Kommentare sind geschlossen.", "Les commentaires sont fermés."]:
        assert parse_text(ARTICLE + "2 Comments\n\n  1. Hi.\n\n" + notice + "\n").comments.closed is True


def test_comment_form_means_open():
    assert parse_text(ARTICLE + "1 Comment\n\n  1. Hi.\n\nLeave a Reply\n").comments.closed is False


def staircase(times: list[str]) -> str:
    """Each comment drawn one level deeper than the one before, whatever it answers."""
    heads = [f"{'  ' * (2 * depth + 1)}• Reader{depth} on May 1, 2020 at {time}\n"
             f"{'  ' * (2 * depth + 2)}Words of reader {depth}.\n" for depth, time in enumerate(times)]
    return f"{len(times)} Comments\n\n" + "".join(heads)


def test_nesting_under_which_replies_predate_their_parents_is_not_read_as_replies():
    comments = parse_comments(staircase(["9:00 am", "9:10 am", "9:05 am", "9:20 am", "9:15 am", "9:30 am"]))
    assert [c.parent for c in comments.items] == [None] * 6
    assert "nesting_against_time" in [r.kind for r in comments.repairs]
    assert "indent_jump" not in [r.kind for r in comments.repairs]


def test_a_single_reply_dated_before_its_parent_leaves_the_nesting():
    comments = parse_comments(staircase(["9:00 am", "9:10 am", "9:05 am", "9:20 am", "9:25 am", "9:30 am"]))
    assert [c.parent for c in comments.items] == [None, 1, 2, 3, 4, 5]
    assert "nesting_against_time" not in [r.kind for r in comments.repairs]


@pytest.mark.parametrize("mark", ["", "#"])
def test_thread_numbers_in_the_heads_of_a_flat_thread_give_the_parents(mark):
    comments = parse_comments(
        "5 Comments\n\n"
        f"{mark}1 Ann on May 1, 2020 at 9:00 am\nFirst.\n\n"
        f"{mark}1.1 Bob on May 1, 2020 at 10:00 am\nTo Ann.\n\n"
        f"{mark}1.1.1 Cy on May 1, 2020 at 11:00 am\nTo Bob.\n\n"
        f"{mark}2 Dee on May 1, 2020 at 12:00 pm\nSecond.\n\n"
        f"{mark}2.1 Eve on May 1, 2020 at 1:00 pm\nTo Dee.\n"
    )
    assert [(c.author, c.parent) for c in comments.items] == [
        ("Ann", None), ("Bob", 1), ("Cy", 2), ("Dee", None), ("Eve", 4)]
    assert [r.comment for r in comments.repairs if r.kind == "reply_number"] == [2, 3, 5]


def test_a_dotted_date_opening_a_head_is_no_thread_number():
    comments = parse_comments(
        "2 Comments\n\n"
        "12.05.2020 Ann\nFirst.\n\n"
        "13.05.2020 Bob\nSecond.\n"
    )
    assert [(c.author, c.parent) for c in comments.items] == [("Ann", None), ("Bob", None)]
