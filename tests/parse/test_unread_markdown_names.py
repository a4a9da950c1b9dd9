"""Names on an html2text rendering with too few Markdown marks to be read as Markdown: its lines keep their emphasis
marks ("**Tom Hale** » DATE"), and the names read from them must not."""

from __future__ import annotations

import pytest

from discourse.parse import parse_text, patterns

BODY = ("Rye flour behaves very differently from wheat, and it took me a few bakes to get a loaf I liked.\n\n"
        "The dough is sticky and never really rises like wheat dough, so do not wait for it to double.\n\n")
COMMENTS = [("Tom Hale", "March 12, 2024 at 7:10 pm", "Great tips, thank you. How long do you bake it?"),
            ("eva_lind", "March 13, 2024 at 9:00 am", "My rye loaves always crack on top. Any advice?")]
MARKS = ["**", "__", "*", "_"]


def _page(byline: str, head: str, mark: str) -> str:
    """A blog post under `byline`, then two comments under heads of the shape `head`, each name wrapped in `mark`."""
    thread = "".join(head.format(name=f"{mark}{name}{mark}", date=date) + f"\n\n{text}\n\nReply\n\n"
                     for name, date, text in COMMENTS)
    return f"Baking with rye flour\n\n{byline.format(name=f'{mark}Anna Berg{mark}')}\n\n{BODY}2 Comments\n\n{thread}"


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("head", ["{name} says:\n\n{date}", "{name} » {date}", "{name} {date}", "{name} on {date}",
                                  "{name}\n{date}"])
@pytest.mark.parametrize("byline", ["{name} | 12 March 2024", "By {name} | 12 March 2024",
                                    "Posted by {name} on 12 March 2024", "{name}\n\n12 March 2024",
                                    "12 March 2024\n\n{name}"])
def test_emphasis_marks_round_a_name_are_no_part_of_it(byline, head, mark):
    page = parse_text(_page(byline, head, mark))
    assert page.source.format == "text"  # too few marks to be read as Markdown
    assert (page.article.title, page.article.author, page.article.date) == ("Baking with rye flour", "Anna Berg",
                                                                             "2024-03-12")
    assert [(c.author, c.date) for c in page.comments.items] == [(name, date) for name, date, _ in COMMENTS]


@pytest.mark.parametrize("name", ["railfan_jo", "_jo", "jo_", "**", "*", "__init", "Tom *Hale*", "Kay*"])
def test_a_mark_inside_a_name_or_on_one_side_stays(name):
    assert patterns.unemphasised(name) == name


def test_the_marks_round_a_name_go():
    assert [patterns.unemphasised(f"{mark}Tom Hale{mark}") for mark in MARKS] == ["Tom Hale"] * 4
