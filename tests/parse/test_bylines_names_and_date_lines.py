"""Bylines and titles on more text shapes: a name's particle ("Le", "El") kept in a byline, a byline's bare name
printed as a paragraph of its own between the headline and its date, a date line under a name, a short headline
under a breadcrumb trail; and the pages of like shape that keep their reading (a kicker or a label over the
headline, a photo credit, a body paragraph that opens with a name)."""

import pytest

from discourse.parse import parse_text

BODY = ("The storm brought heavy rain and strong winds to the coast on Monday night, and thousands of homes lost power.",
        "Officials said crews were working through the night to restore electricity to the worst hit areas.",
        "Schools in three counties will stay closed on Tuesday while roads are cleared of fallen trees.")


def facts(*top: str) -> tuple[str | None, str | None, str | None]:
    """Title, author and date of a page of `top`'s paragraphs over the story, each parted by a blank line, as
    html2text prints them."""
    article = parse_text("\n\n".join((*top, *BODY)) + "\n").article
    return article.title, article.author, article.date


@pytest.mark.parametrize("byline, author", [
    ("By Claire Le May", "Claire Le May"),
    ("By Mohamed El Erian", "Mohamed El Erian"),
    ("Par Jean Dupont le 12 mars 2024", "Jean Dupont"),
    ("Por Juan Pérez el 12 de marzo de 2024", "Juan Pérez"),
    ("By Jean le Blanc", "Jean"),
    ("By Marie Le Pen", "Marie Le Pen"),
    ("By Ann Lee Le Monde", "Ann Lee"),
    ("Par Jean Dupont Le Mardi 12 mars 2024", "Jean Dupont"),
    ("Por Juan Pérez El País 12 de marzo de 2024", "Juan Pérez"),
])
def test_a_capitalised_particle_before_a_capitalised_word_belongs_to_the_bylines_name(byline, author):
    assert facts("Home | News", "Storm Hits Texas Coast", byline, "March 12, 2024")[:2] \
        == ("Storm Hits Texas Coast", author)


@pytest.mark.parametrize("date_line", ["2 hours ago", "Updated 2 hours ago", "Published: 3 days ago"])
def test_a_bylines_bare_name_over_a_date_line_leaves_the_headline_the_title(date_line):
    for top in (("Home | News",), ("* [Home](/)\n* [News](/news)", ), ("Home | News", "Weather")):
        assert facts(*top, "Storm Hits Texas Coast", "Jane Roe", date_line)[0] == "Storm Hits Texas Coast", top


def test_a_date_line_is_never_the_title():
    assert facts("Home | News", "Storm Hits Texas Coast", "Updated 2 hours ago")[0] == "Storm Hits Texas Coast"


def test_a_photo_credit_between_the_headline_and_its_date_is_no_title():
    assert facts("Home | News", "Storm Hits Texas Coast", "Getty Images", "2 hours ago")[0] == "Storm Hits Texas Coast"


@pytest.mark.parametrize("headline, story", [
    ("Storm Hits Coast", ()),  # two words of the story
    ("Storm Hits Texas", ("Crews from across Texas joined the work on Tuesday.",)),  # a proper noun of the story
])
def test_a_short_headline_over_the_date_under_a_breadcrumb_trail_is_no_byline(headline, story):
    assert facts("Home | News | Weather", headline, "March 12, 2024", *story) == (headline, None, "2024-03-12")


@pytest.mark.parametrize("crumbs, name, story", [
    (("Home | News | Opinion",), "Will Hutton", "The budget will not fix the economy, and ministers know it will fail."),
    (("Home | News | Business",), "David Power", "Power prices rose again this winter as the grid struggled with demand."),
    ((), "Grace Hill", "The hill above the town will get a new path, and grace periods for permits end soon."),
])
def test_a_writers_name_that_is_a_word_of_the_story_stays_the_byline(crumbs, name, story):
    assert facts(*crumbs, name, "March 12, 2024", story)[1:] == (name, "2024-03-12")


@pytest.mark.parametrize("cue", ["Updated 2 hours ago", "Last updated: 2 hours ago"])
def test_a_headline_under_a_cued_date_line_stays_the_title(cue):
    assert facts("Politics", cue, "Council Approves New Budget")[:2] == ("Council Approves New Budget", None)


def test_a_writers_name_over_the_date_under_menus_stays_the_byline():
    assert facts("Home | About | Archive", "Jane Doe", "March 12, 2024")[1:] == ("Jane Doe", "2024-03-12")


def test_a_kicker_over_a_short_headline_over_its_date_leaves_the_headline_the_title():
    assert facts("Home | News", "Texas Storm Coverage", "Storm Hits Texas", "2 hours ago")[0] == "Storm Hits Texas"


def test_a_body_paragraph_that_opens_with_a_name_stays_in_the_body():
    page = parse_text("\n\n".join(("Home | News | Weather", "Storm Hits Texas Coast", "March 12, 2024",
                                   "Jane Roe said the storm was the worst she had seen in years on the coast.",
                                   *BODY)) + "\n")
    assert (page.article.title, page.article.author) == ("Storm Hits Texas Coast", None)
    assert page.article.paragraphs[0].text.startswith("Jane Roe said")
