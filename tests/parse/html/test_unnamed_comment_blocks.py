"""Comment threads whose markup names nothing a reader looks for (`div.cmt`, `div.who`,
`div.when`): repeated blocks after the article, each a short name, a date and a longer text,
are comments, and the name and date are read; other stories' cards and a sidebar of links in
the same shape are not."""

from discourse.parse import read_pages

_ARTICLE = ('<html><head><meta charset="utf-8"><title>Council approves the bridge | Town News</title></head><body>'
            '<div class="post"><h1>Council approves the bridge</h1><div class="entry">'
            '<p>The town council on Tuesday approved the long disputed river bridge, ending a dispute that had run '
            'for decades.</p><p>Building is to start next spring and the bridge should open within three years, '
            'the mayor said.</p></div></div>')
_COMMENTS = [("Ann Smith", "May 3, 2021", "I drive over the old bridge every day and it is falling apart, so good."),
             ("Bob Jones", "May 4, 2021", "Three years is optimistic; the last bridge took six and cost twice as much."),
             ("Carla Diaz", "May 5, 2021", "Will there be a cycle lane this time? Nobody in the article says.")]


def _read(blocks: str):
    html = f'{_ARTICLE}<div class="thread">{blocks}</div></body></html>'
    return read_pages(html.encode("utf-8"), "page.html")[0]


def _fields(page):
    return [(c.author, c.date, c.paragraphs) for c in page.comments.items]


_EXPECTED = [(name, date, [text]) for name, date, text in _COMMENTS]


def test_blocks_with_a_name_a_date_and_a_paragraph_are_comments():
    page = _read("".join(f'<div class="cmt"><div class="who">{name}</div><div class="when">{date}</div>'
                         f'<div class="txt"><p>{text}</p></div></div>' for name, date, text in _COMMENTS))
    assert _fields(page) == _EXPECTED
    assert [c.parent for c in page.comments.items] == [None, None, None]


def test_lines_broken_by_br_are_read_as_name_date_and_text_of_each_comment():
    page = _read("".join(f'<div class="cmt">{name} wrote this on<br>{date}<br>{text}</div>'
                         for name, date, text in _COMMENTS))
    assert _fields(page) == _EXPECTED


def test_the_comments_text_stays_out_of_the_article():
    page = _read("".join(f'<div class="cmt"><div class="who">{name}</div><div class="when">{date}</div>'
                         f'<div class="txt"><p>{text}</p></div></div>' for name, date, text in _COMMENTS))
    assert [p.text for p in page.article.paragraphs][-1].endswith("the mayor said.")


def test_related_stories_with_a_title_a_date_and_a_teaser_are_no_comments():
    cards = "".join(f'<div class="card"><div class="t"><a href="/news/{i}">{title}</a></div>'
                    f'<div class="d">May {i}, 2021</div><div class="x">The budget vote was delayed again as '
                    f'members argued over the cost of the new pool.</div></div>'
                    for i, title in enumerate(["Budget delayed", "Pool plans shelved", "Mayor re-elected"], 1))
    assert _read(cards).comments.items == []


def test_a_sidebar_of_links_is_no_comments():
    links = "".join(f'<div class="it"><div class="a"><a href="/p{i}">Post {i}</a></div><div class="d">May {i}, '
                    f'2021</div><div class="x"><a href="/p{i}">Read the whole story about the town pool and '
                    f'its costs here</a></div></div>' for i in range(1, 4))
    assert _read(links).comments.items == []


def test_a_name_that_links_to_the_commenter_s_own_site_is_still_a_commenter():
    page = _read("".join(f'<div class="cmt"><div class="who"><a href="https://example.org/~{i}">{name}</a></div>'
                         f'<div class="when">{date}</div><div class="txt"><p>{text}</p></div></div>'
                         for i, (name, date, text) in enumerate(_COMMENTS)))
    assert _fields(page) == _EXPECTED
