"""The index page: the same bytes whether its rows are held in memory or spooled to disk."""

import random

from discourse.analysis.statistics import wilson_interval
from discourse.report.html.index import IndexRow, IndexSpool, index_page


def row(number: int, rng: random.Random) -> IndexRow:
    comments = rng.randrange(0, 30)
    disagree = rng.randrange(0, comments + 1)
    return IndexRow(
        name=f"page{number:03d}.html", title=f"Story <{number}> & more", byline="Ann Lee · Valley News",
        comments=comments, declared=rng.choice([None, comments]),
        disagreement=wilson_interval(disagree, comments), controversy=round(rng.random(), 3),
        on_topic=wilson_interval(comments // 2, comments), article_polarity=rng.uniform(-1, 1),
        comment_mean=None if not comments else rng.uniform(-1, 1),
        comment_sentiment=(("positive", 1), ("neutral", comments), ("negative", 0)),
    )


def test_spooled_index_is_the_in_memory_index():
    rng = random.Random(3)
    rows = [row(number, rng) for number in range(200)]
    rows += [row(200, random.Random(9)), row(201, random.Random(9))]  # equal keys but the name
    with IndexSpool() as spool:
        for r in rows:
            spool.add(r)
        assert "".join(spool.parts()) == index_page(rows)


def test_empty_spool_says_no_article_could_be_read():
    with IndexSpool() as spool:
        page = "".join(spool.parts())
    assert page == index_page([]) and "No article could be read." in page
