"""Commenter heads and dates as real pages print them in other languages and shapes, each on a small page."""

import pytest

from discourse.parse import parse_text
from discourse.parse.commenters import read_commenter

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def thread(*heads: str) -> list:
    """(author, date, date_iso) of the comments of a page whose comments open with `heads`."""
    lines = ["A Headline", "", PARA, "", PARA, "", "Comments", ""]
    for head in heads:
        lines += [head, "A comment's text, a sentence or so of it.", ""]
    parsed = parse_text("\n".join(lines) + "\n")
    return [(c.author, c.date, c.date_iso) for c in parsed.comments.items]


@pytest.mark.parametrize("head, name, date", [
    ("Marie il y a 3 jours", "Marie", "il y a 3 jours"),
    ("Hans vor 3 Tagen", "Hans", "vor 3 Tagen"),
    ("Juan hace 3 días", "Juan", "hace 3 días"),
    ("João há 2 horas", "João", "há 2 horas"),
    ("Gianni 3 giorni fa", "Gianni", "3 giorni fa"),
    ("Piet 3 dagen geleden", "Piet", "3 dagen geleden"),
    ("Kay12 days ago", "Kay", "12 days ago"),
    ("Kay 2 hrs ago", "Kay", "2 hrs ago"),
    ("Ann — vor 2 Stunden", "Ann", "vor 2 Stunden"),
])
def test_relative_dates_in_other_languages_and_glued_to_names_open_a_comment(head, name, date):
    assert thread(head, "Lee 1 hour ago") == [(name, date, None), ("Lee", "1 hour ago", None)]


def test_a_duration_in_running_text_is_no_date():
    assert read_commenter("Wir waren 3 Tage lang dort") is None
    assert read_commenter("Kay 3 jours") is None  # "il y a" is what makes "3 jours" a date


def test_a_day_word_before_the_clock_is_the_dates_not_the_names():
    assert thread("Kay yesterday at 10:15", "Max gestern um 10:15", "Lee today at 9:05") == [
        ("Kay", "yesterday at 10:15", None), ("Max", "gestern um 10:15", None), ("Lee", "today at 9:05", None)]


def test_a_date_without_a_year_is_kept_as_printed_and_not_guessed():
    assert thread("Kay May 3 at 10:15 am", "Lee 4 May at 21:05") == [
        ("Kay", "May 3 at 10:15 am", None), ("Lee", "4 May at 21:05", None)]


def test_a_name_like_a_month_day_is_not_taken_for_a_date():
    assert read_commenter("Lee 3 at 10:15").author == "Lee 3"


def test_replying_verbs_head_a_comment():
    assert [a for a, _, _ in thread("Kay replied:", "Lee responded:", "Marie a répondu :", "Hans antwortete:")] == [
        "Kay", "Lee", "Marie", "Hans"]


def test_a_handle_after_the_name_is_shown_but_a_reply_marker_naming_the_person_finds_it():
    parsed = parse_text("\n".join([
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "Ann (@ann_b) 3 days ago", "First comment.", "",
        "Cy responded to Ann 2 days ago", "A reply to Ann.", ""]) + "\n")
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("Ann (@ann_b)", None), ("Cy", 1)]


@pytest.mark.parametrize("date, iso", [("May 3, 2021", "2021-05-03"), ("3 days ago", None), ("May 3", None),
                                       ("3. Mai", None)])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_name_with_its_handle_over_a_date_line_heads_a_comment(date, iso, gap):
    """"Ann (@ann_k)" over "May 3": the handle is part of the name shown; a date without a year is
    shown, never completed."""
    heads = [f"Ann (@ann_k){gap}{date}", f"bob (@bob99){gap}{date}", f"Kay Lee (@kay.lee){gap}{date}"]
    assert thread(*heads) == [("Ann (@ann_k)", date, iso), ("bob (@bob99)", date, iso),
                              ("Kay Lee (@kay.lee)", date, iso)]


def test_names_over_a_day_and_month_alone_head_a_thread_that_shows_that_shape():
    assert thread("Ann\nMay 3", "Bob\nMay 4") == [("Ann", "May 3", None), ("Bob", "May 4", None)]


def test_places_and_days_listed_in_a_comment_stay_its_text():
    """"Paris" over "June 3" inside a dated comment is a list of the comment's, not two comments."""
    parsed = parse_text("\n".join(["A Headline", "", PARA, "", PARA, "", "Comments", "", "Ann Lee",
                                   "May 3, 2021", "Our tour dates:", "Paris", "June 3", "London", "June 10",
                                   "See you there.", ""]) + "\n")
    assert [(c.author, c.text) for c in parsed.comments.items] == [
        ("Ann Lee", "Our tour dates: Paris June 3 London June 10 See you there.")]


@pytest.mark.parametrize("head, name", [
    ("Bob (@bob) Author", "Bob (@bob)"), ("Cy [Moderator]", "Cy"), ("Di · Top commenter", "Di"),
    ("Ed (Autor)", "Ed"), ("Flo · Verified", "Flo"), ("Mary Guest", "Mary Guest"), ("Jo (Paris)", "Jo (Paris)"),
])
def test_badges_set_apart_after_a_name_are_not_the_name(head, name):
    assert thread(f"{head}\nMay 3, 2021") == [(name, "May 3, 2021", "2021-05-03")]


@pytest.mark.parametrize("badge", ["Author", "Top commenter", "[Moderator]", "Verified"])
def test_a_badge_line_between_a_name_and_its_date_is_neither_the_name_nor_text(badge):
    assert thread("Ann Lee\nMay 3, 2021", f"Bob Ray\n{badge}\nMay 4, 2021", "Cy\nMay 5, 2021") == [
        ("Ann Lee", "May 3, 2021", "2021-05-03"), ("Bob Ray", "May 4, 2021", "2021-05-04"),
        ("Cy", "May 5, 2021", "2021-05-05")]


def test_a_vote_count_printed_before_a_name_is_not_the_name():
    assert thread("0 Kay\nMay 3, 2021", "+12 Bob Lee\nMay 4, 2021") == [
        ("Kay", "May 3, 2021", "2021-05-03"), ("Bob Lee", "May 4, 2021", "2021-05-04")]


@pytest.mark.parametrize("head, name, date", [
    ("Anna schrieb am 2. Mai 2023 um 10:00:", "Anna", "2. Mai 2023 um 10:00"),
    ("Marie a écrit le 3 mai 2021 à 10h15", "Marie", "3 mai 2021"),
    ("Luca scrisse il 3 maggio 2021", "Luca", "3 maggio 2021"),
    ("Gianni ha scritto il 3 maggio 2021 alle 10:00", "Gianni", "3 maggio 2021 alle 10:00"),
    ("Jan schreef op 3 mei 2021", "Jan", "3 mei 2021"),
    ("Juan escribió el 3 de mayo de 2021 a las 10:00", "Juan", "3 de mayo de 2021 a las 10:00"),
    ("Ana Diz 3 May 2021", "Ana Diz", "3 May 2021"),  # a capitalised "verb" is a surname
])
def test_a_verb_of_saying_between_a_name_and_its_date_is_not_the_name(head, name, date):
    assert thread(head, "Lee 1 hour ago")[0][:2] == (name, date)


def test_a_date_with_de_between_day_month_and_year_heads_a_comment():
    assert thread("Ana escreveu em 3 de Outubro de 2012 às 18:00", "Lee 1 hour ago")[0] == (
        "Ana", "3 de Outubro de 2012 às 18:00", "2012-10-03T18:00")


@pytest.mark.parametrize("line", ["Mittwoch | 31. Juli 2019", "Vendredi — 2 août 2019", "Sábado | 3 de agosto de 2019"])
def test_a_weekday_written_out_before_a_date_is_no_commenters_name(line):
    assert read_commenter(line).author is None


@pytest.mark.parametrize("head, name", [
    ("Submitted by Rosa Diaz on Tue, 05/02/2023 - 10:00", "Rosa Diaz"),  # a Drupal theme's head
    ("submitted 3 hours ago by river_fox", "river_fox"),  # an aggregator's, the name after the date
])
def test_submitted_is_the_heads_word_not_the_names(head, name):
    assert [author for author, _, _ in thread(head, "Posted by Kay Lum on 05/03/2023 at 9:00")] == [name, "Kay Lum"]


def test_a_separator_sets_a_weekday_off_a_commenters_name():
    assert [author for author, _, _ in thread("erin » Tue May 02, 2023 11:00 am", "Omaha Sun May 3, 2021 at 9:00")] == [
        "erin", "Omaha Sun"]


@pytest.mark.parametrize("head, date", [
    ("ferry_fan 10:02 am (UTC)", "10:02 am (UTC)"),
    ("ferry_fan 10:02 am UTC", "10:02 am UTC"),
    ("ferry_fan 10:02 am (UTC", "10:02 am"),  # a bracket left open is no part of the date
])
def test_a_time_zone_belongs_to_the_date_only_in_balanced_brackets(head, date):
    assert read_commenter(head).date == date
