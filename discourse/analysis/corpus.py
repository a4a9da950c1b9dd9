"""Corpus-level comparisons of outlets and articles, each test with its effect size or its reason.

Works from `PageNumbers`: a page reduced to a few numbers per comment (no text), so a
large corpus fits in memory. A test runs only when the sample can carry it; otherwise the
result says plainly why not, and a statistic that comes out non-finite is reported as a
reason, never as a NaN.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from discourse.analysis.page import PageAnalysis
from discourse.analysis.stance import UNCLEAR
from discourse.analysis.statistics import MIN_GROUP_FOR_TEST, Z_95, Proportion, wilson_interval

if TYPE_CHECKING:
    import pandas as pd

    from discourse.report.frames import Frames

UNKNOWN_OUTLET = "unknown"
MIN_PAIRS = 5
MIN_EXPECTED = 5
MIN_FOR_MEDIAN_CI = 6
ROUGH_KRUSKAL_GROUP = 5
ROUGH_SPEARMAN_PAIRS = 10
SPEARMAN_Z_VARIANCE = 1.06


@dataclass(frozen=True)
class ThreadNumbers:
    """A top-level comment and its replies: size counts every comment, the rest readers only; unclear
    counts the readers whose stance toward the author is unclear (left out of its disagreement share)."""

    size: int
    readers: int
    disagreements: int
    unclear: int = 0

    @property
    def clear(self) -> int:
        return self.readers - self.unclear


@dataclass(frozen=True)
class PageNumbers:
    """What the corpus tests need from one page; polarities are the reader comments' (author excluded)
    that have one (unscored: the readers' comments not in English, which have none). unclear counts
    the readers whose stance toward the author is unclear: counted apart, never in a share's base.
    subjectivity is None for an article not in English."""

    path: str
    outlet: str
    outlet_shown: bool
    subjectivity: float | None
    polarities: tuple[float, ...]
    disagreements: int
    threads: tuple[ThreadNumbers, ...]
    unclear: int = 0
    unscored: int = 0

    @property
    def readers(self) -> int:
        return len(self.polarities) + self.unscored

    @property
    def clear(self) -> int:
        """Readers whose stance toward the author is clear: the base of the disagreement share."""
        return self.readers - self.unclear

    @property
    def comments(self) -> int:
        return sum(t.size for t in self.threads)


@dataclass(frozen=True)
class OutletFigures:
    """Reader comments of one outlet: median polarity with a distribution-free CI, disagreement share
    (of the readers whose stance is clear; unclear counts the others)."""

    outlet: str
    articles: int
    readers: int
    median: float | None
    median_low: float | None
    median_high: float | None
    disagreement: Proportion
    unclear: int = 0


@dataclass(frozen=True)
class Comparison:
    """One test: its statistic, effect size and p-values, or the reason it was not run."""

    question: str
    test: str
    n: int
    statistic_name: str | None = None
    statistic: float | None = None
    p_value: float | None = None
    effect_name: str | None = None
    effect: float | None = None
    effect_low: float | None = None
    effect_high: float | None = None
    p_adjusted: float | None = None
    reason: str | None = None
    caveats: tuple[str, ...] = ()

    @property
    def ran(self) -> bool:
        return self.p_value is not None


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    comments: int
    reader_comments: int
    outlets: list[OutletFigures]
    comparisons: list[Comparison]
    correction: str
    notes: list[str]


def page_numbers(analysis: PageAnalysis) -> PageNumbers:
    """Reduce an analysed page to its numbers; the analysis can then be dropped."""
    article = analysis.page.article
    readers = [c for c in analysis.comments if not c.is_author]
    threads: dict[int, list] = defaultdict(list)
    for c in analysis.comments:
        threads[c.thread_root].append(c)
    return PageNumbers(
        path=analysis.page.source.path,
        outlet=outlet_name(article.outlet),
        outlet_shown=outlet_name(article.outlet) != UNKNOWN_OUTLET,
        subjectivity=analysis.article_sentiment.subjectivity,
        polarities=tuple(c.sentiment.polarity for c in readers if c.sentiment.scored),
        disagreements=sum(c.stance_to_author.label == "disagree" for c in readers),
        threads=tuple(_thread_numbers(members) for members in threads.values()),
        unclear=sum(c.stance_to_author.label == UNCLEAR for c in readers),
        unscored=sum(not c.sentiment.scored for c in readers),
    )


def outlet_name(outlet: str | None) -> str:
    return outlet.strip() if isinstance(outlet, str) and outlet.strip() else UNKNOWN_OUTLET


def _thread_numbers(members: list) -> ThreadNumbers:
    readers = [c for c in members if not c.is_author]
    return ThreadNumbers(len(members), len(readers), sum(c.stance_to_author.label == "disagree" for c in readers),
                         sum(c.stance_to_author.label == UNCLEAR for c in readers))


def pages_from_frames(frames: Frames) -> list[PageNumbers]:
    """The same numbers from `to_frames` tables, e.g. tables read back from `discourse export`."""
    by_article = dict(tuple(frames.comments.groupby("article_id", sort=False)))
    empty = frames.comments.iloc[0:0]
    return [_frame_page(article, by_article.get(article["article_id"], empty))
            for article in frames.articles.to_dict("records")]


def _frame_page(article: dict, comments: pd.DataFrame) -> PageNumbers:
    reader = ~comments["is_author"].astype(bool)
    disagree = reader & (comments["stance_to_author"] == "disagree").fillna(False).astype(bool)
    unclear = reader & (comments["stance_to_author"] == UNCLEAR).fillna(False).astype(bool)
    polarities = comments.loc[reader, "polarity"]
    threads = comments.assign(reader=reader, disagree=disagree, unclear=unclear).groupby("thread_root", sort=False)
    outlet = article["outlet"]
    return PageNumbers(
        path=article["path"],
        outlet=outlet_name(outlet),
        outlet_shown=outlet_name(outlet) != UNKNOWN_OUTLET,
        subjectivity=_finite_or_none(article["article_subjectivity"]),
        polarities=tuple(float(value) for value in polarities.dropna()),
        disagreements=int(disagree.sum()),
        threads=tuple(ThreadNumbers(len(rows), int(rows["reader"].sum()), int(rows["disagree"].sum()),
                                    int(rows["unclear"].sum()))
                      for _, rows in threads),
        unclear=int(unclear.sum()),
        unscored=int(polarities.isna().sum()),
    )


def _finite_or_none(value) -> float | None:
    return None if value is None else _finite(value)


def corpus_stats(pages: Sequence[PageNumbers], group: str = "outlet") -> CorpusStats:
    """Every corpus comparison, Holm-corrected across the tests that ran.

    `group` names what `PageNumbers.outlet` holds (an outlet, or a section with `stats --by section`),
    so that questions, reasons and notes speak of what the user grouped by.
    """
    comparisons = [
        polarity_by_outlet(pages, group),
        disagreement_by_outlet(pages, group),
        subjectivity_and_disagreement(pages),
        thread_size_and_disagreement(pages),
    ]
    return CorpusStats(
        articles=len(pages),
        comments=sum(p.comments for p in pages),
        reader_comments=sum(p.readers for p in pages),
        outlets=outlet_figures(pages),
        comparisons=with_holm(comparisons),
        correction="Holm",
        notes=_notes(pages, group),
    )


def _by_outlet(pages: Iterable[PageNumbers]) -> dict[str, list[PageNumbers]]:
    grouped: dict[str, list[PageNumbers]] = defaultdict(list)
    for page in pages:
        grouped[page.outlet].append(page)
    return dict(sorted(grouped.items(), key=lambda item: (item[0] == UNKNOWN_OUTLET, item[0].casefold())))


def _polarities(pages: Iterable[PageNumbers]) -> list[float]:
    return [value for page in pages for value in page.polarities]


def outlet_figures(pages: Sequence[PageNumbers]) -> list[OutletFigures]:
    figures = []
    for outlet, members in _by_outlet(pages).items():
        values = _polarities(members)
        median, low, high = median_interval(values)
        readers = sum(p.readers for p in members)
        disagreement = wilson_interval(sum(p.disagreements for p in members), sum(p.clear for p in members))
        figures.append(OutletFigures(outlet, len(members), readers, median, low, high, disagreement,
                                     sum(p.unclear for p in members)))
    return figures


def median_interval(values: Sequence[float]) -> tuple[float | None, float | None, float | None]:
    """Median with a ≥95% order-statistic CI: no distribution assumed; needs 6 values to reach 95%."""
    if not values:
        return None, None, None
    from scipy.stats import quantile_test

    median = float(statistics.median(values))
    if len(values) < MIN_FOR_MEDIAN_CI:
        return median, None, None
    interval = quantile_test(values, q=median, p=0.5).confidence_interval(0.95)
    return median, _finite(interval.low), _finite(interval.high)


def polarity_by_outlet(pages: Sequence[PageNumbers], group: str = "outlet") -> Comparison:
    """Kruskal-Wallis H on reader-comment polarity, with epsilon² = H / (n − 1) as the effect size."""
    question, test = f"comment polarity by {group}", "Kruskal-Wallis H"
    groups = {outlet: _polarities(members) for outlet, members in _by_outlet(pages).items()}
    usable = {outlet: values for outlet, values in groups.items() if len(values) >= MIN_GROUP_FOR_TEST}
    n = sum(len(values) for values in usable.values())
    if len(usable) < 2:
        return Comparison(question, test, n, reason=_too_few_groups(usable, group))
    if len({value for values in usable.values() for value in values}) == 1:
        return Comparison(question, test, n, reason="every reader comment has the same polarity")
    from scipy.stats import kruskal

    result = kruskal(*usable.values())
    return _checked(Comparison(
        question, test, n, statistic_name="H", statistic=float(result.statistic), p_value=float(result.pvalue),
        effect_name="epsilon²", effect=float(result.statistic) / (n - 1),
        caveats=_kruskal_caveats(groups, usable),
    ))


def _too_few_groups(usable: dict, group: str) -> str:
    named = f" ({', '.join(usable)})" if usable else ""
    return (f"only {plural(len(usable), group)} with ≥ {MIN_GROUP_FOR_TEST} reader comments{named}; "
            f"need ≥ 2 {group}s with ≥ {MIN_GROUP_FOR_TEST} each")


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _kruskal_caveats(groups: dict[str, list[float]], usable: dict[str, list[float]]) -> tuple[str, ...]:
    caveats = []
    left_out = [outlet for outlet, values in groups.items() if 0 < len(values) < MIN_GROUP_FOR_TEST]
    if left_out:
        caveats.append(f"left out (fewer than {MIN_GROUP_FOR_TEST} reader comments): {', '.join(left_out)}")
    if min(len(values) for values in usable.values()) < ROUGH_KRUSKAL_GROUP:
        caveats.append(f"a group has fewer than {ROUGH_KRUSKAL_GROUP} comments: the chi-square p-value of H is rough")
    return tuple(caveats)


def disagreement_table(pages: Sequence[PageNumbers]) -> dict[str, tuple[int, int]]:
    """Outlet → (disagreeing, other) reader comments whose stance is clear, for outlets with any."""
    table = {}
    for outlet, members in _by_outlet(pages).items():
        clear = sum(p.clear for p in members)
        if clear:
            disagreeing = sum(p.disagreements for p in members)
            table[outlet] = (disagreeing, clear - disagreeing)
    return table


def disagreement_by_outlet(pages: Sequence[PageNumbers], group: str = "outlet") -> Comparison:
    """Chi-square test of independence (disagree vs not, by outlet) with Cramér's V.

    With an expected count under 5 the chi-square approximation fails: a 2×2 table then takes
    Fisher's exact p-value; a larger table is flagged as unreliable.
    """
    question, test = f"disagreement with the author by {group}", "chi-square independence"
    table = disagreement_table(pages)
    n = sum(sum(row) for row in table.values())
    if len(table) < 2:
        return Comparison(question, test, n, reason=_too_few_with_readers(table, group))
    disagreeing = sum(row[0] for row in table.values())
    if disagreeing in (0, n):
        return Comparison(question, test, n, reason=f"no variation: {disagreeing} of {n} reader comments disagree")
    from scipy.stats import chi2_contingency

    observed = list(table.values())
    result = chi2_contingency(observed, correction=False)
    statistic = float(result[0])
    comparison = Comparison(question, test, n, statistic_name=f"χ² (df {result[2]})", statistic=statistic,
                            p_value=float(result[1]),
                            effect_name="Cramér's V", effect=math.sqrt(statistic / n))
    return _checked(_small_expected(comparison, observed, result[3], group))


def _too_few_with_readers(table: dict, group: str) -> str:
    named = f" ({', '.join(table)})" if table else ""
    return f"only {plural(len(table), group)} with reader comments{named}; need ≥ 2"


def _small_expected(comparison: Comparison, observed: list[tuple[int, int]], expected, group: str) -> Comparison:
    small = sum(value < MIN_EXPECTED for row in expected for value in row)
    if not small:
        return comparison
    cells = len(observed) * 2
    if cells == 4:
        from scipy.stats import fisher_exact

        p_value = float(fisher_exact(observed).pvalue)
        return replace(comparison, test="Fisher's exact (2×2)", p_value=p_value, caveats=(
            f"{small} of 4 expected counts below {MIN_EXPECTED}: p-value from Fisher's exact test; "
            "χ² is shown for Cramér's V only",))
    return replace(comparison, caveats=(
        f"{small} of {cells} expected counts below {MIN_EXPECTED}: the chi-square approximation is unreliable; "
        f"merge small {group}s or collect more comments",))


def subjectivity_and_disagreement(pages: Sequence[PageNumbers]) -> Comparison:
    """Do more subjective articles draw more disagreement? Articles in English with ≥ 3 reader comments
    of clear stance only."""
    enough = [p for p in pages if p.clear >= MIN_GROUP_FOR_TEST and p.subjectivity is not None]
    comparison = spearman("article subjectivity vs disagreement share",
                          [p.subjectivity for p in enough], [p.disagreements / p.clear for p in enough],
                          f"articles with ≥ {MIN_GROUP_FOR_TEST} reader comments of clear stance")
    left_out = len(pages) - len(enough)
    if left_out:
        note = (f"{plural(left_out, 'article')} with fewer than {MIN_GROUP_FOR_TEST} reader comments of clear "
                "stance, or not in English, left out")
        comparison = replace(comparison, caveats=(note, *comparison.caveats))
    return comparison


def thread_size_and_disagreement(pages: Sequence[PageNumbers]) -> Comparison:
    """Do bigger reply threads hold more disagreement? Threads pooled across articles."""
    threads = [t for p in pages for t in p.threads if t.clear]
    return spearman("reply-thread size vs disagreement share",
                    [t.size for t in threads], [t.disagreements / t.clear for t in threads],
                    "reply threads with reader comments of clear stance")


def spearman(question: str, x: Sequence[float], y: Sequence[float], unit: str) -> Comparison:
    """Spearman rho with a 95% CI by Fisher's z (variance 1.06 / (n − 3), Fieller et al. 1957)."""
    n, test = len(x), "Spearman rho"
    if n < MIN_PAIRS:
        return Comparison(question, test, n, reason=f"too few {unit} ({n}; need ≥ {MIN_PAIRS})")
    if len(set(x)) == 1 or len(set(y)) == 1:
        return Comparison(question, test, n, reason="no variation: one of the two measures is the same throughout")
    from scipy.stats import spearmanr

    result = spearmanr(x, y)
    rho = float(result.statistic)
    low, high = fisher_z_interval(rho, n)
    caveats = (f"only {n} pairs (< {ROUGH_SPEARMAN_PAIRS}): the p-value and interval are rough",) \
        if n < ROUGH_SPEARMAN_PAIRS else ()
    return _checked(Comparison(question, test, n, statistic_name="rho", statistic=rho, p_value=float(result.pvalue),
                               effect_name="rho", effect=rho, effect_low=low, effect_high=high, caveats=caveats))


def fisher_z_interval(rho: float, n: int, z: float = Z_95) -> tuple[float, float]:
    centre = math.atanh(max(-0.999999, min(0.999999, rho)))
    margin = z * math.sqrt(SPEARMAN_Z_VARIANCE / (n - 3))
    return math.tanh(centre - margin), math.tanh(centre + margin)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm step-down adjusted p-values, in input order: family-wise error control, no independence assumed."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted, running = [1.0] * len(p_values), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def with_holm(comparisons: list[Comparison]) -> list[Comparison]:
    ran = [i for i, c in enumerate(comparisons) if c.ran]
    adjusted = dict(zip(ran, holm([comparisons[i].p_value for i in ran])))
    return [replace(c, p_adjusted=adjusted[i]) if i in adjusted else c for i, c in enumerate(comparisons)]


def _checked(comparison: Comparison) -> Comparison:
    """A test whose numbers come out non-finite is reported as not run, never as NaN."""
    numbers = (comparison.statistic, comparison.p_value, comparison.effect, comparison.effect_low,
               comparison.effect_high)
    if all(value is None or math.isfinite(value) for value in numbers):
        return comparison
    return Comparison(comparison.question, comparison.test, comparison.n,
                      reason="the test gave no finite result on these values")


def _finite(value) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def _notes(pages: Sequence[PageNumbers], group: str) -> list[str]:
    notes = []
    unnamed = sum(not p.outlet_shown for p in pages)
    if unnamed:
        notes.append(f"{unnamed} of {plural(len(pages), 'article')} show no {group} on the page; grouped as "
                     f"“{UNKNOWN_OUTLET}”, which may mix several {group}s")
    without = sum(not p.readers for p in pages)
    if without:
        notes.append(f"{without} of {plural(len(pages), 'article')} have no reader comments")
    readers = sum(p.readers for p in pages)
    unclear = sum(p.unclear for p in pages)
    if unclear:
        notes.append(f"{unclear} of {plural(readers, 'reader comment')} have an unclear stance toward the author: "
                     "counted apart, left out of every disagreement share and test")
    unscored = sum(p.unscored for p in pages)
    if unscored:
        notes.append(f"{unscored} of {plural(readers, 'reader comment')} are not in English: no polarity, left out "
                     "of the polarity medians and tests")
    return notes


__all__ = [
    "PageNumbers", "ThreadNumbers", "OutletFigures", "Comparison", "CorpusStats", "UNKNOWN_OUTLET",
    "page_numbers", "pages_from_frames", "corpus_stats", "outlet_figures", "median_interval", "polarity_by_outlet",
    "disagreement_by_outlet", "disagreement_table", "subjectivity_and_disagreement",
    "thread_size_and_disagreement", "spearman", "fisher_z_interval", "holm", "with_holm", "outlet_name",
]
