"""What a site prints around a commenter's name that is not the name: an avatar's alt text naming
its owner, a vote or like count, a comma before the date."""

from discourse.parse import parse_text
from discourse.parse.commenters import read_commenter

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


# An alt text, a signed score or a count of points or likes is dropped; an address, a possessive or an
# unsigned number that is the name stays.
HEADS = {
    "ann@example.net's avatar Ann Lee says:": "Ann Lee",
    "ann@example.net' Ann Lee on July 11, 2011 at 3:00 pm": "Ann Lee",
    "Ann Lee’s Gravatar Ann Lee says:": "Ann Lee",
    "+8 Kay says:": "Kay",
    "(-2) Kay on August 9, 2012 at 10:15 am": "Kay",
    "Kay (+8) on August 9, 2012 at 10:15 am": "Kay",
    "ann@example.net says:": "ann@example.net",
    "ann@example.net on July 11, 2011 at 3:00 pm": "ann@example.net",
    "Jo's Bakery says:": "Jo's Bakery",
    "Beavis 25 on Aug 8, 2012 9:37 AM": "Beavis 25",
    "Ann Lee 5 points 3 years ago": "Ann Lee",
    "Ann Lee  Like (3)  May 1, 2020": "Ann Lee",
    "Ann Lee, 01/05/2020 à 09h07": "Ann Lee",
}


def test_alt_text_and_scores_before_a_name_are_not_the_name():
    assert {line: read_commenter(line).author for line in HEADS} == HEADS


def test_a_date_glued_to_the_name_or_printed_before_the_verb_is_the_date_not_the_name():
    heads = {
        "Sarah GoodingMarch 3, 2012 at 5:00 pm": ("Sarah Gooding", "March 3, 2012 at 5:00 pm"),
        "Ann LeeMay 3, 2012": ("Ann Lee", "May 3, 2012"),
        "August 9, 2012 at 10:15 am | Kay says:": ("Kay", "August 9, 2012 at 10:15 am"),
        "12.05.2020 Ann schreibt:": ("Ann", "12.05.2020"),
        "9. August 2012 um 10:15 Uhr Kay sagt:": ("Kay", "9. August 2012 um 10:15"),
        "Kay on August 9, 2012 at 10:15 am said:": ("Kay", "August 9, 2012 at 10:15 am"),
    }
    assert {line: (read_commenter(line).author, read_commenter(line).date) for line in heads} == heads


def test_a_thread_whose_heads_carry_alt_text_and_scores_names_its_readers():
    parsed = parse_text("\n".join((
        "A Headline", "", "By Ann Author", "", PARA, "", PARA, "", "2 Comments", "",
        "  1. bo@example.org's avatar Bo Berg on May 1, 2020 at 9:00 am", "", "     First reply text here.", "",
        "  2. +3 Cy Dahl on May 1, 2020 at 10:00 am", "", "     Second reply text here.", "",
    )) + "\n")
    assert [c.author for c in parsed.comments.items] == ["Bo Berg", "Cy Dahl"]
