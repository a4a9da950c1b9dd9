"""Bidi controls in comments (U+202E and kin) cannot reorder anything outside their own text."""

from html.parser import HTMLParser

from discourse.analysis.page import analyse_page
from discourse.analysis.summary import summarise
from discourse.parse import parse_text
from discourse.report.html.index import IndexSpool
from discourse.report.html.markup import close_bidi
from discourse.report.html.render import render_report

RLO, LRI, PDF, PDI = "\u202e", "\u2066", "\u202c", "\u2069"
PAGE = f"""A plain title{RLO}

By Ann Author{RLO}

The council approved the new budget for the city parks and the libraries this week.

3 Responses

  1. Mallory{RLO} says:

     I agree with you{RLO} completely, a fine budget for the parks.

  2. Eve says:

     {LRI}Nested {RLO}override never closed, and the budget is wrong.
"""


class BidiLevels(HTMLParser):
    """Every text node and attribute value still in a bidi level its own text opened; the text of
    each <bdi> element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.left_open: list[str] = []
        self.isolated: list[str] = []
        self._in_bdi = False

    def handle_starttag(self, tag, attrs):
        self._in_bdi = tag == "bdi"
        self.left_open += [value for _, value in attrs if value and close_bidi(value) != value]

    def handle_endtag(self, tag):
        self._in_bdi = False

    def handle_data(self, data):
        if close_bidi(data) != data:
            self.left_open.append(data)
        if self._in_bdi:
            self.isolated.append(data)


def levels(html: str) -> BidiLevels:
    parser = BidiLevels()
    parser.feed(html)
    parser.close()
    return parser


def test_close_bidi_closes_what_is_open_and_leaves_balanced_text_alone():
    assert close_bidi(f"a{RLO}b") == f"a{RLO}b{PDF}"
    assert close_bidi(f"{LRI}x{RLO}y") == f"{LRI}x{RLO}y{PDF}{PDI}"
    assert close_bidi(f"{LRI}x{RLO}y{PDI}z") == f"{LRI}x{RLO}y{PDI}z"  # PDI closes the override within it
    assert close_bidi(f"{RLO}x{PDF}{PDF}") == f"{RLO}x{PDF}{PDF}"
    assert close_bidi("plain text") == "plain text"


def test_an_override_in_a_comment_reverses_nothing_beyond_its_own_text():
    analysis = analyse_page(parse_text(PAGE, path="bidi.txt"))
    assert RLO in analysis.page.comments.items[0].author
    report = render_report(analysis, summarise(analysis))
    page = levels(report.html)
    assert RLO in report.html and not page.left_open
    assert f"Mallory{RLO}{PDF}" in page.isolated  # the author's name sits in its own <bdi>
    spool = IndexSpool()
    spool.add(report.index_row)
    index = levels("".join(spool.parts()))
    spool.close()
    assert not index.left_open and f"A plain title{RLO}{PDF}" in index.isolated
