"""discourse: what readers argued about, per article, with the evidence.

    import discourse
    page = discourse.load("data/004_4089cd0367db9c7b.txt")
    analysis = discourse.analyse(page)
    discourse.summarise(analysis).disagreement     # share of readers disagreeing, 95% interval

Heavy libraries (TextBlob's lexicons, scikit-learn, pandas) load on first use, so
`import discourse` and `discourse --help` stay instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from discourse.analysis.page import PageAnalysis
    from discourse.analysis.summary import Summary
    from discourse.model import Page
    from discourse.report.frames import Frames


def load(path: str | Path) -> Page:
    """Read and parse one page file (raises discourse.parse.InputError with a one-line message)."""
    from discourse.parse import load as load_page

    return load_page(path)


def analyse(page: Page, corpus: list[str] | None = None) -> PageAnalysis:
    """Sentiment, topic, stance and quotes for every comment of a parsed page."""
    from discourse.analysis.page import analyse_page

    return analyse_page(page, corpus)


def summarise(analysis: PageAnalysis) -> Summary:
    """The per-article figures of `discourse summary`."""
    from discourse.analysis.summary import summarise as summarise_analysis

    return summarise_analysis(analysis)


def to_frames(analyses: Iterable[PageAnalysis]) -> Frames:
    """Articles, comments and sentences as pandas DataFrames (columns: docs/data-dictionary.md)."""
    from discourse.report.frames import to_frames as analyses_to_frames

    return analyses_to_frames(analyses)
