"""Reply links a text rendering prints beside each comment in other languages and beside a vote tally: dropped
from the comment's text like "Reply" is, never read as a comment or as the section's header; the same words inside
a sentence stay."""

import pytest

from discourse.parse import parse_text
from discourse.parse.section import declared_count

ARTICLE = ("Home | News | Sport\n\nA New Bridge Over the River\n\nBy Ann Author\n\nMarch 12, 2024\n\n"
           "The new bridge opened on Tuesday after four years of work. Hundreds of people came to watch.\n\n"
           "The city expects less traffic in the centre, and commuters should save twenty minutes a day.\n\n")


def _thread(link_lines: list[str]) -> str:
    heads = ["Peter Miller", "Julia Weber", "Klaus Berger", "Sabine Koch"]
    texts = ["Finally! We waited long enough.", "The cost is far too high for the city.",
             "I cross the old bridge every day.", "Good that it is done at last."]
    blocks = [f"{name} says:\nMarch 12, 2024 at 1{k}:15 am\n{text}\n{link}\n"
              for k, (name, text, link) in enumerate(zip(heads, texts, link_lines))]
    return ARTICLE + f"{len(blocks)} Comments\n\n" + "\n".join(blocks) + "\nLeave a Reply\n"


@pytest.mark.parametrize("link", ["Beantworten", "Antworten", "Ответить", "Répondre", "Responder", "Rispondi",
                                  "Svar", "[Beantworten](/reply/1)"])
def test_a_reply_link_in_another_language_is_dropped_from_each_comment(link):
    comments = parse_text(_thread([link] * 4)).comments
    assert [c.text for c in comments.items] == [
        "Finally! We waited long enough.", "The cost is far too high for the city.",
        "I cross the old bridge every day.", "Good that it is done at last."]


def test_a_reply_word_inside_a_sentence_stays_in_the_comment():
    page = _thread(["Antworten gibt es darauf keine.", "Reply", "Svar på det får du aldrig.", "Reply"])
    texts = [c.text for c in parse_text(page).comments.items]
    assert texts[0].endswith("Antworten gibt es darauf keine.")
    assert texts[2].endswith("Svar på det får du aldrig.")


@pytest.mark.parametrize("tallies", [["0 / Reply", "3  Reply", "+2 -1 Reply", "1 / Reply"],
                                     ["0 / [Reply](#)", "3 [Reply](#)", "+2 -1 [Reply](#)", "12Reply"]])
def test_a_vote_tally_beside_a_reply_link_is_furniture_not_a_header(tallies):
    comments = parse_text(_thread(tallies)).comments
    assert comments.declared == 4
    assert [c.author for c in comments.items] == ["Peter Miller", "Julia Weber", "Klaus Berger", "Sabine Koch"]
    assert all(c.text.endswith(".") for c in comments.items)


@pytest.mark.parametrize("header, count", [("1 Reply", 1), ("1 Reply to “A New Bridge”", 1), ("One Reply", 1),
                                           ("3 Replies", 3), ("3  Reply", None), ("12reply", None),
                                           ("5 Reply", 5), ("2 Reply to “A New Bridge”", 2), ("3 Reply:", 3),
                                           ("2 reply so far", 2)])
def test_a_count_set_apart_from_a_singular_reply_is_a_vote_tally_not_a_header(header, count):
    assert declared_count(header) == count
