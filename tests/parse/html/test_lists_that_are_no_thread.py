"""Lists after an article in a thread's shape (a short line, a date, a longer text) that are no
thread: an events list, whose dates are spans of time, and other stories linked by their whole
address on the site itself. A reader wants no comments from them; a commenter whose name links
to their own site, to their profile on this one or to its front page (the site's owner) is still
a commenter."""

import pytest

from discourse.parse import read_pages

_ARTICLE = ('<html lang="en"><head><meta charset="utf-8"><title>Council approves the bridge | Town News</title>'
            '<link rel="canonical" href="https://www.townnews.example/2021/05/council-approves-bridge"></head><body>'
            '<div class="post"><h1>Council approves the bridge</h1><div class="entry">'
            '<p>The town council on Tuesday approved the long disputed river bridge, ending a dispute that had run '
            'for decades.</p><p>Building is to start next spring and the bridge should open within three years, '
            'the mayor said.</p></div></div>')
_ROWS = [("Spring Book Fair", "Hundreds of used books for sale in the library hall, all proceeds to the reading room."),
         ("Garden Club", "Members share seedlings and tips for growing tomatoes on a small balcony this summer."),
         ("Harbour Walk", "A guided walk along the old harbour wall with the town historian, meeting at the ferry.")]


def _read(rows: list[tuple[str, str, str]]):
    listed = "".join(f'<div class="row"><div class="t">{head}</div><div class="d">{when}</div>'
                     f'<div class="x"><p>{text}</p></div></div>' for head, when, text in rows)
    html = f'{_ARTICLE}<div class="box">{listed}</div></body></html>'
    return read_pages(html.encode("utf-8"), "page.html")[0]


@pytest.mark.parametrize("spans", [
    ["May 14, 2021, 10:00 am – 2:00 pm", "May 20, 2021, 7:00 pm - 9:00 pm", "June 2, 2021 – June 3, 2021"],
    ["14. Mai 2021, 10:00 bis 14:00", "20. Mai 2021, 19:00 bis 21:00", "2. Juni 2021, 18:00 bis 20:00"]])
def test_an_events_list_whose_dates_are_spans_of_time_is_no_thread(spans):
    page = _read([(head, when, text) for (head, text), when in zip(_ROWS, spans)])
    assert page.comments.items == []


def _linked(href: str, heads: list[str]) -> list[tuple[str, str, str]]:
    return [(f'<a href="{href}{i}">{head}</a>', f"May {i + 3}, 2021", text)
            for i, (head, (_, text)) in enumerate(zip(heads, _ROWS))]


def test_other_stories_linked_by_their_whole_address_on_the_site_are_no_thread():
    titles = [head for head, _ in _ROWS]
    assert _read(_linked("https://www.townnews.example/2021/05/story-", titles)).comments.items == []
    assert _read(_linked("https://townnews.example/2021/05/story-", titles)).comments.items == []


@pytest.mark.parametrize("href", ["https://ann.example.org/blog-", "https://www.townnews.example/users/reader-",
                                  "https://www.townnews.example/#"])
def test_a_name_linking_to_the_commenter_s_own_site_or_profile_is_still_a_commenter(href):
    page = _read(_linked(href, ["Ann Smith", "Bob Jones", "Carla Diaz"]))
    assert [(c.author, c.date) for c in page.comments.items] == [
        ("Ann Smith", "May 3, 2021"), ("Bob Jones", "May 4, 2021"), ("Carla Diaz", "May 5, 2021")]
