"""Write the report folder: one page per article and index.html, each written atomically.

File names come from the input file names (made safe for a URL and a file system), and the
pages hold no timestamps or absolute paths, so the same inputs give byte-identical files on
every machine.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from discourse.analysis.page import PageAnalysis
from discourse.analysis.summary import Summary
from discourse.report.html.article import article_page
from discourse.report.html.figures import ArticleReport
from discourse.report.html.index import index_page

INDEX = "index.html"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def write_reports(analysed: list[tuple[PageAnalysis, Summary]], out: Path) -> list[Path]:
    """Create `out` if needed and write every article page, then the index; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    reports = _name_reports(analysed, out)
    written = [write_atomic(out / report.name, article_page(report)) for report in reports]
    written.append(write_atomic(out / INDEX, index_page(reports)))
    return written


def _name_reports(analysed: list[tuple[PageAnalysis, Summary]], out: Path) -> list[ArticleReport]:
    """A unique page name per article that never lands on the index or on an input file."""
    inputs = {Path(analysis.page.source.path).resolve() for analysis, _ in analysed}
    taken = {INDEX}
    reports = []
    for analysis, summary in analysed:
        stem = _UNSAFE.sub("-", Path(analysis.page.source.path).stem).strip(".-") or "article"
        name, copy = f"{stem}.html", 1
        while name in taken or (out / name).resolve() in inputs:
            copy += 1
            name = f"{stem}-{copy}.html"
        taken.add(name)
        reports.append(ArticleReport(name, analysis, summary))
    return reports


def write_atomic(path: Path, text: str) -> Path:
    """Write beside the target, then rename over it: a reader never sees half a page."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
