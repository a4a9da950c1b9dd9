"""The index page: every article in one sortable table, the most contested first.

The index is written after every article page, so it is built from `IndexRow`s: the few
figures its table shows, whatever the thread's size. `IndexSpool` keeps them rendered on disk
for a corpus of any size.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

from discourse.analysis.page import PageAnalysis
from discourse.analysis.statistics import Proportion
from discourse.analysis.summary import Summary
from discourse.report.html.figures import SENTIMENTS, comment_mean
from discourse.report.html.markup import bdi, document_parts, esc, percent, signed, sort_key
from discourse.report.plain import SCRIPT_ONLY, caveats

COLUMNS = (
    ("Article", "text"),
    ("Comments found / declared", "number"),
    ("Disagree with the author", "number"),
    ("Controversy", "number"),
    ("On topic", "number"),
    ("Article sentiment", "number"),
    ("Comment sentiment", "number"),
)
INITIAL_SORT = "Controversy"


@dataclass(frozen=True)
class IndexRow:
    """What the index shows of one article; name is its page's file name in the report folder."""

    name: str
    title: str
    byline: str
    comments: int
    declared: int | None
    disagreement: Proportion
    controversy: float
    on_topic: Proportion
    article_polarity: float | None
    comment_mean: float | None
    comment_sentiment: tuple[tuple[str, int], ...]
    caveats: tuple[str, ...] = ()
    no_comments_why: str | None = None  # when there are none: a script loads them, or there is no section


def index_row(name: str, analysis: PageAnalysis, summary: Summary) -> IndexRow:
    article = analysis.page.article
    return IndexRow(
        name=name,
        title=article.title or f"(untitled: {analysis.page.source.path})",
        byline=" \u00b7 ".join(x for x in (article.author, article.outlet, article.date) if x),
        comments=summary.comments,
        declared=summary.declared,
        disagreement=summary.disagreement,
        controversy=summary.controversy,
        on_topic=summary.on_topic,
        article_polarity=summary.article_polarity,
        comment_mean=comment_mean(analysis),
        comment_sentiment=tuple((label, summary.comment_sentiment.get(label, 0)) for label in SENTIMENTS),
        caveats=tuple(caveats(analysis, summary)),
        no_comments_why=None if summary.comments else _NO_COMMENTS.get(analysis.page.comments.status),
    )


_NO_COMMENTS = {SCRIPT_ONLY: "none: loaded by a script", "absent": "no comment section"}


def contested_key(row: IndexRow) -> tuple:
    """Controversy, then the disagreement share, then the comment count; the file name breaks ties."""
    disagreement = row.disagreement.share
    return (-row.controversy, 1.0 if disagreement is None else -disagreement, -row.comments, row.name)


def contested_first(rows: list[IndexRow]) -> list[IndexRow]:
    return sorted(rows, key=contested_key)


def index_page(rows: list[IndexRow]) -> str:
    return "".join(index_parts(rows))


def index_parts(rows: list[IndexRow]) -> Iterator[str]:
    """The index page in pieces, a table row at a time, so that writing it needs no second copy."""
    rendered = (_row(row) for row in contested_first(rows))
    return document_parts("Discourse reports", _body(len(rows), sum(row.comments for row in rows), rendered))


class IndexSpool:
    """The index of a corpus of any size: each row is rendered as it comes and kept in a temporary
    file; in memory stay only its sort key and place (about 200 bytes an article)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._places: list[tuple[tuple, int, int]] = []
        self.comments = 0

    def __enter__(self) -> IndexSpool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove the temporary file."""
        self._file.close()

    def add(self, row: IndexRow) -> None:
        data = _row(row).encode("utf-8")
        self._places.append((contested_key(row), self._file.tell(), len(data)))
        self._file.write(data)
        self.comments += row.comments

    def parts(self) -> Iterator[str]:
        """The index page in pieces, rows read back most contested first."""
        return document_parts("Discourse reports", _body(len(self._places), self.comments, self._rows_in_order()))

    def _rows_in_order(self) -> Iterator[str]:
        self._file.flush()
        for _, offset, length in sorted(self._places):
            self._file.seek(offset)
            yield self._file.read(length).decode("utf-8")


def _body(articles: int, comments: int, rows: Iterator[str]) -> Iterator[str]:
    yield "\n".join([
        '<a class="skip" href="#main">Skip to the table</a>',
        '<main id="main" class="wide">',
        "<h1>Discourse reports</h1>",
        f"<p>{esc(f'{articles} articles, {comments} comments.')} Sorted with the most contested first; "
        "choose a column heading to sort by it. Disagreement shares carry their 95% Wilson interval; "
        "controversy is 0 when readers are one-sided or silent and 1 when they split evenly. "
        '<span class="caveat">Unreliable</span> marks a page whose figures may not stand: its comment section '
        "may be misread, its text hid which comment answers which, it has few reader comments, or it is not in "
        "English.</p>",
        "",
    ])
    if articles:
        yield from _table(rows)
    else:
        yield "<p>No article could be read.</p>"
    yield "\n</main>\n" + '<footer class="foot"><p>Reports made by <code>discourse report</code>.</p></footer>'


def _table(rows: Iterator[str]) -> Iterator[str]:
    headers = "".join(
        f'<th scope="col" data-type="{kind}"'
        + (' aria-sort="descending"' if name == INITIAL_SORT else "")
        + f'><button type="button">{esc(name)}</button></th>'
        for name, kind in COLUMNS
    )
    yield ('<div class="table-wrap" role="region" aria-labelledby="articles-caption" tabindex="0">'
           '<table class="sortable"><caption id="articles-caption">Articles and their reader comments</caption>'
           f"<thead><tr>{headers}</tr></thead>\n<tbody>")
    for row in rows:
        yield "\n" + row
    yield "\n</tbody></table></div>"


def _cell(column: int, text: str, sort: str, extra: str = "") -> str:
    """A figure cell; data-label names its column, for the stacked layout of a narrow screen."""
    small = f'<br><span class="small">{esc(extra)}</span>' if extra else ""
    return f'<td class="num" data-label="{esc(COLUMNS[column][0])}" data-sort="{esc(sort)}">{esc(text)}{small}</td>'


def _row(row: IndexRow) -> str:
    declared = "?" if row.declared is None else str(row.declared)
    mean = row.comment_mean
    sentiment = ", ".join(f"{count} {label}" for label, count in row.comment_sentiment)
    caveat = (f'<br><span class="caveat" title="The figures of this page may not stand">Unreliable: '
              f'{esc(", ".join(row.caveats))}</span>' if row.caveats else "")
    title = (f'<th scope="row"><a href="{esc(row.name)}">{bdi(row.title)}</a>'
             + (f'<br><span class="small">{bdi(row.byline)}</span>' if row.byline else "") + caveat + "</th>")
    found = row.no_comments_why or f"{row.comments} / {declared}"
    return "<tr>" + "".join([
        title,
        _cell(1, found, str(row.comments)),
        _share_cell(2, row.disagreement),
        _cell(3, f"{row.controversy:.2f}", f"{row.controversy:.3f}"),
        _share_cell(4, row.on_topic),
        _cell(5, signed(row.article_polarity), "-2" if row.article_polarity is None else f"{row.article_polarity:.4f}"),
        _cell(6, "no comments" if mean is None else f"mean {signed(mean)}",
              "-2" if mean is None else f"{mean:.4f}", sentiment if mean is not None else ""),
    ]) + "</tr>"


def _share_cell(column: int, p: Proportion) -> str:
    if p.share is None:
        return _cell(column, "n/a", sort_key(p), "no comments")
    return _cell(column, percent(p.share), sort_key(p), f"{p.k}/{p.n}; 95% CI {p.low:.0%}\u2013{p.high:.0%}")
