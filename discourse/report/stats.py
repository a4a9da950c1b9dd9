"""Corpus statistics for people (rich tables; plain text when piped) and for machines (one JSON object).

Tests that could not run are printed with their reason, as prominently as those that did:
on a small corpus the reasons are the result.
"""

from __future__ import annotations

from dataclasses import asdict

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table

from discourse.analysis.corpus import Comparison, CorpusStats, OutletFigures
from discourse.analysis.statistics import Proportion

STATS_SCHEMA = "discourse.stats/1"


def stats_to_dict(stats: CorpusStats) -> dict:
    """Every figure as JSON-safe values: a missing number is null, never NaN."""
    return {
        "schema": STATS_SCHEMA,
        "articles": stats.articles,
        "comments": stats.comments,
        "reader_comments": stats.reader_comments,
        "outlets": [asdict(outlet) for outlet in stats.outlets],
        "tests": [{**asdict(c), "ran": c.ran} for c in stats.comparisons],
        "correction": stats.correction,
        "notes": stats.notes,
    }


def print_stats(console: Console, stats: CorpusStats, group: str = "outlet") -> None:
    """The corpus figures; `group` names what the articles are grouped by (outlet or section)."""
    console.rule("[bold]Corpus statistics")
    console.print(f"{stats.articles} articles, {stats.comments} comments, {stats.reader_comments} by readers "
                  "(the author's own replies are left out of every figure)")
    for note in stats.notes:
        console.print(f"note: {escape(note)}")
    console.print(_outlet_table(stats.outlets, group))
    console.print(f"[bold]Tests[/bold] ({escape(_correction_line(stats))})")
    for comparison in stats.comparisons:
        _print_comparison(console, comparison, stats.correction)


def _outlet_table(outlets: list[OutletFigures], group: str) -> Table:
    table = Table(title=f"Reader comments by {group}", title_justify="left",
                  caption="95% intervals: order statistics for the median, Wilson for the share",
                  caption_justify="left")
    for name in (group.capitalize(), "Articles", "Readers", "Median polarity", "Disagree w/ author"):
        table.add_column(name, justify="left" if name == group.capitalize() else "right")
    for outlet in outlets:
        table.add_row(escape(outlet.outlet), str(outlet.articles), str(outlet.readers),
                      _median(outlet), _share(outlet.disagreement))
    return table


def _median(outlet: OutletFigures) -> str:
    if outlet.median is None:
        return "–"
    if outlet.median_low is None:
        return f"{outlet.median:+.2f} (CI needs ≥ 6)"
    return f"{outlet.median:+.2f} ({outlet.median_low:+.2f} to {outlet.median_high:+.2f})"


def _share(p: Proportion) -> str:
    if p.share is None:
        return "–"
    return f"{p.k}/{p.n} = {p.share:.0%} ({p.low:.0%}–{p.high:.0%})"


def _print_comparison(console: Console, c: Comparison, correction: str) -> None:
    console.print(f"• [bold]{escape(c.question[:1].upper() + c.question[1:])}[/bold]: {escape(c.test)}, n = {c.n}")
    result = describe(c)
    if c.p_adjusted is not None:
        result += f", {correction} p = {c.p_adjusted:.3g}"
    console.print(Padding(escape(result), (0, 0, 0, 4), expand=False))
    for caveat in c.caveats:
        console.print(Padding(f"caveat: {escape(caveat)}", (0, 0, 0, 4), expand=False))


def describe(c: Comparison) -> str:
    """The result in one line: statistic, effect size with its interval, raw p; or why it was not run."""
    if not c.ran:
        return f"not run: {c.reason}"
    effect = f"{c.effect_name} = {c.effect:.2f}"
    if c.effect_low is not None:
        effect += f" (95% CI {c.effect_low:.2f} to {c.effect_high:.2f})"
    statistic = "" if c.statistic_name == c.effect_name else f"{c.statistic_name} = {c.statistic:.2f}, "
    return f"{statistic}{effect}, p = {c.p_value:.3g}"


def _correction_line(stats: CorpusStats) -> str:
    ran = sum(c.ran for c in stats.comparisons)
    if not ran:
        return "none could run on this corpus, so there are no p-values to correct"
    return f"{stats.correction}-corrected across the {ran} that ran"


__all__ = ["STATS_SCHEMA", "stats_to_dict", "print_stats", "describe"]
