"""The index page: every article in one sortable table, the most contested first."""

from __future__ import annotations

from discourse.analysis.statistics import Proportion
from discourse.report.html.figures import ArticleReport, comment_mean
from discourse.report.html.markup import document, esc, percent, signed, sort_key

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


def contested_first(reports: list[ArticleReport]) -> list[ArticleReport]:
    """Controversy, then the disagreement share, then the comment count; the file name breaks ties."""
    def key(report: ArticleReport) -> tuple:
        summary, disagreement = report.summary, report.summary.disagreement.share
        return (-summary.controversy, 1.0 if disagreement is None else -disagreement, -summary.comments, report.name)
    return sorted(reports, key=key)


def index_page(reports: list[ArticleReport]) -> str:
    comments = sum(r.summary.comments for r in reports)
    body = "\n".join([
        '<a class="skip" href="#main">Skip to the table</a>',
        '<main id="main" class="wide">',
        "<h1>Discourse reports</h1>",
        f"<p>{esc(f'{len(reports)} articles, {comments} comments.')} Sorted with the most contested first; "
        "choose a column heading to sort by it. Disagreement shares carry their 95% Wilson interval; "
        "controversy is 0 when readers are one-sided or silent and 1 when they split evenly.</p>",
        _table(contested_first(reports)) if reports else "<p>No article could be read.</p>",
        "</main>",
        '<footer class="foot"><p>Reports made by <code>discourse report</code>.</p></footer>',
    ])
    return document("Discourse reports", body)


def _table(reports: list[ArticleReport]) -> str:
    headers = "".join(
        f'<th scope="col" data-type="{kind}"'
        + (' aria-sort="descending"' if name == INITIAL_SORT else "")
        + f'><button type="button">{esc(name)}</button></th>'
        for name, kind in COLUMNS
    )
    rows = "\n".join(_row(report) for report in reports)
    return ('<div class="table-wrap" role="region" aria-labelledby="articles-caption" tabindex="0">'
            '<table class="sortable"><caption id="articles-caption">Articles and their reader comments</caption>'
            f"<thead><tr>{headers}</tr></thead>\n<tbody>\n{rows}\n</tbody></table></div>")


def _cell(text: str, sort: str, extra: str = "") -> str:
    small = f'<br><span class="small">{esc(extra)}</span>' if extra else ""
    return f'<td class="num" data-sort="{esc(sort)}">{esc(text)}{small}</td>'


def _row(report: ArticleReport) -> str:
    summary, article = report.summary, report.analysis.page.article
    byline = " \u00b7 ".join(x for x in (article.author, article.outlet, article.date) if x)
    declared = "?" if summary.declared is None else str(summary.declared)
    mean = comment_mean(report.analysis)
    sentiment = ", ".join(f"{summary.comment_sentiment.get(k, 0)} {k}" for k in ("positive", "neutral", "negative"))
    title = (f'<th scope="row"><a href="{esc(report.name)}">{esc(report.title)}</a>'
             + (f'<br><span class="small">{esc(byline)}</span>' if byline else "") + "</th>")
    return "<tr>" + "".join([
        title,
        _cell(f"{summary.comments} / {declared}", str(summary.comments)),
        _share_cell(summary.disagreement),
        _cell(f"{summary.controversy:.2f}", f"{summary.controversy:.3f}"),
        _share_cell(summary.on_topic),
        _cell(signed(summary.article_polarity), f"{summary.article_polarity:.4f}"),
        _cell("no comments" if mean is None else f"mean {signed(mean)}",
              "-2" if mean is None else f"{mean:.4f}", sentiment if mean is not None else ""),
    ]) + "</tr>"


def _share_cell(p: Proportion) -> str:
    if p.share is None:
        return _cell("n/a", sort_key(p), "no comments")
    return _cell(percent(p.share), sort_key(p), f"{p.k}/{p.n}; 95% CI {p.low:.0%}\u2013{p.high:.0%}")
