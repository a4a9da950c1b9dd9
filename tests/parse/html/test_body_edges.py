"""Where an HTML article's body ends and starts: what closes or opens an article without being its
prose (credits, captions, reference URLs, footnotes, appeal boxes, headings of what was set aside)."""

import pytest

from discourse.parse import read_pages
from discourse.parse.html import body
from tests.parse.html.pages import page

LAST = "Opponents, who had argued for a tunnel, said they would keep campaigning against the plan."


def body_of(after_body: str):
    """The fixture article with extra blocks right after its last paragraph, inside the same container."""
    html = page("").replace(f"{LAST}</p>", f"{LAST}</p>{after_body}")
    return read_pages(html.encode("utf-8"), "page.html")[0].article


@pytest.mark.parametrize("closing", [
    "<p>Photo: Jane Doe/Reuters</p>",
    "<p>bridge pic thx to riverfan on flickr</p>",
    "<p>Featured image is of the old bridge at dusk, seen from the east bank (Wikimedia).</p>",
    "<p>http://www.example.org/council/minutes-2021-03.pdf</p><p>https://example.org/plan</p>",
    "<p>1 Doe, J. (2019): Bridges and their critics. In: Civic Review 12, pp. 3-9.</p>",
    "<h3>Related posts</h3>",
    '<p>March 4th, 2021 9:15 AM Tags: <a href="/t/bridges">bridges</a>, <a href="/t/council">council</a></p>',
    "<h3>While you are here…</h3><p>If you enjoyed this post, would you consider supporting our work? "
    "Just click here.</p><p>All the best, the editors</p>",
])
def test_a_closing_note_after_the_last_paragraph_is_not_body(closing):
    article = body_of(closing)
    assert article.paragraphs[-1].text == LAST


def test_a_closing_paragraph_that_merely_mentions_photos_stays_body():
    prose = ("<p>Photos from the meeting show a packed hall, and the mayor said the vote was the most watched "
             "in the council's history, with hundreds of residents following it online until late at night.</p>")
    assert body_of(prose).paragraphs[-1].text.startswith("Photos from the meeting")


def test_a_heading_followed_by_prose_at_the_end_stays_body():
    article = body_of("<h2>Support grows</h2><p>A survey found that most residents now support the plan, "
                      "although many still worry about the noise during construction.</p>")
    assert article.paragraphs[-1].text.startswith("A survey found")


def test_lines_split_by_br_are_judged_by_their_own_links():
    """An old blog writes its post as one element with <br> between paragraphs; a line of links in
    it (the sources) does not make the prose lines around it look like link lists."""
    sources = " ".join(f'<a href="/s{i}">Source number {i} on the bridge debate</a>' for i in range(6))
    html = page("").replace(
        '<div class="entry-content">',
        '<div class="entry-content">I have been reading about bridges for weeks, and the arguments keep '
        f"coming back to cost.<br><br>{sources}<br><br>The council's vote settles only part of it.<br><br>")
    first = read_pages(html.encode("utf-8"), "page.html")[0].article.paragraphs[0].text
    assert first.startswith("I have been reading about bridges")


def test_the_opening_paragraph_before_a_read_more_split_is_body():
    html = page("").replace(
        '<div class="entry-content">',
        '<div class="entry-content"><p>From the council minutes, the mayor on the bridge vote:</p>'
        '<div id="more"><div class="more">').replace(
        "keep campaigning against the plan.</p>", "keep campaigning against the plan.</p></div></div>")
    first = read_pages(html.encode("utf-8"), "page.html")[0].article.paragraphs[0].text
    assert first == "From the council minutes, the mayor on the bridge vote:"


def test_a_closing_line_that_introduces_an_image_is_body_one_that_introduces_a_video_is_not():
    graph = body_of('<p>Update: the council published the vote in one graph:</p><p><img src="vote.png"></p>')
    assert graph.paragraphs[-1].text == "Update: the council published the vote in one graph:"
    video = body_of('<p>Watch the video below:</p><div class="video"><iframe src="v.html"></iframe></div>')
    assert video.paragraphs[-1].text == LAST


@pytest.mark.parametrize("closing", [
    "Support for the replanting program comes from private donations and a state grant, officials said.",
    "The vigil begins Friday, May 9, 2024 at 7 p.m.",
])
def test_a_closing_sentence_of_prose_stays_body(closing):
    """Prose that opens like an appeal ("Support for …") or ends on a clock time is no site furniture."""
    before = "<p>Residents will be able to comment on the design at two public meetings this summer.</p>"
    assert body_of(f"{before}<p>{closing}</p>").paragraphs[-1].text == closing


def test_a_closing_line_thousands_of_characters_long_is_not_searched_for_an_appeal(monkeypatch):
    """A line padded with 20,000 spaces is too long to be an appeal: the appeal patterns (slow on
    such runs) never see it."""
    seen = []

    class Recording:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text):
            seen.append(len(text))
            return self.pattern.search(text)

    for name in ("_ASKS_READER", "_APPEAL", "_ASKS_TO_ACT"):
        monkeypatch.setattr(body, name, Recording(getattr(body, name)))
    assert not body._asks_reader("Please consider" + " " * 20_000 + "a tip")
    assert all(length <= 600 for length in seen)
