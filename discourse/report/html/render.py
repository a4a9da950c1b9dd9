"""Write the report folder: one page per article and index.html, each written atomically.

Pages are written as their articles are analysed (into a hidden folder, moved into place at the
end); each article's index row is kept rendered in a temporary file (`IndexSpool`) and the index
is written last, most contested first.

File names come from the input file names (made safe for a URL and a file system), and the
pages hold no timestamps or absolute paths, so the same inputs give byte-identical files on
every machine.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from discourse.analysis.page import PageAnalysis
from discourse.analysis.summary import Summary
from discourse.report.html.article import article_page
from discourse.report.html.figures import ArticleReport
from discourse.report.html.index import IndexRow, IndexSpool, index_row
from discourse.report.staging import RunFiles, partial_folder, remove_if_empty, remove_partial

INDEX = "index.html"
MAX_STEM = 120
PARTIAL_REPORT_NOTE = ("These pages are what an interrupted report finished, with an index of them. The complete "
                       "report of an earlier run, if any, is in the folder above, untouched. The next complete "
                       "report into that folder removes this one.")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class RenderedReport:
    """One article's page, rendered, and its index row (named when the page is written)."""

    path: str
    html: str
    index_row: IndexRow


def render_report(analysis: PageAnalysis, summary: Summary) -> RenderedReport:
    """The article page and its index row; the file name is chosen when the page is written."""
    path = analysis.page.source.path
    return RenderedReport(path, article_page(ArticleReport(_stem(path) + ".html", analysis, summary)),
                          index_row("", analysis, summary))


class ReportFolder:
    """The report folder, written one article page at a time; `finish` writes the index.

    Pages are written as they come into this run's hidden folder inside out and moved into place
    with the index by `finish`; an interrupted run's go to a marked `partial/` folder instead, so
    a complete earlier report is never mixed with a partial one. Each article's index row is kept
    rendered in a temporary file (`IndexSpool`). Use it as a context manager, so the temporaries
    are removed (a killed run's at the next start) and a folder it created stays only if written.
    """

    def __init__(self, out: Path, inputs: Iterable[str | Path]):
        self._created = not out.exists()
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        folder = _real(out)
        resolved = (_real(Path(path)) for path in inputs)
        self._inputs = {path for path in resolved if path.parent == folder}  # only these can be overwritten
        self._taken = {INDEX}
        self._names: list[str] = []
        self._run = RunFiles(out)
        self._staging = self._run.temporary("report-pages")
        self._staging.mkdir()
        self._index = IndexSpool()

    @property
    def pages(self) -> int:
        return len(self._names)

    def __enter__(self) -> ReportFolder:
        return self

    def __exit__(self, *_: object) -> None:
        self._index.close()
        shutil.rmtree(self._staging, ignore_errors=True)
        self._run.close()
        if self._created:
            remove_if_empty(self.out)

    def add(self, report: RenderedReport) -> str:
        """Write the article page under a name no other article, the index or an input file has."""
        name = self._unique_name(_stem(report.path))
        self._index.add(replace(report.index_row, name=name))
        write_atomic(self._staging / name, report.html)
        self._names.append(name)
        return name

    def finish(self, partial: bool = False) -> list[Path]:
        """Move the pages into place and write the index; returns the paths, the index last.

        partial: the run was interrupted, so all go to a marked `partial/` folder in out and an
        earlier report stays as it was; a complete run removes that folder."""
        folder = partial_folder(self.out, PARTIAL_REPORT_NOTE) if partial else self.out
        for name in self._names:
            os.replace(self._staging / name, folder / name)
        index = write_atomic(folder / INDEX, self._index.parts())
        if not partial:
            remove_partial(self.out)
        return [*(folder / name for name in self._names), index]

    def _unique_name(self, stem: str) -> str:
        name, copy = f"{stem}.html", 1
        while name in self._taken or _real(self.out / name) in self._inputs:
            copy += 1
            name = f"{stem}-{copy}.html"
        self._taken.add(name)
        return name


def write_reports(analysed: list[tuple[PageAnalysis, Summary]], out: Path) -> list[Path]:
    """Create `out` if needed and write every article page, then the index; returns the paths."""
    with ReportFolder(out, [analysis.page.source.path for analysis, _ in analysed]) as folder:
        for analysis, summary in analysed:
            folder.add(render_report(analysis, summary))
        return folder.finish()


def _real(path: Path) -> Path:
    """The path with its links followed as far as they go: never raises, a link loop included."""
    return Path(os.path.realpath(path))


def _stem(path: str) -> str:
    """The input's name made safe for a URL and a file system, and short enough for any of them:
    a long one is cut and given a hash of the whole, so two long names sharing a start stay distinct
    (file systems allow 255 bytes a name, and the temporary beside a page takes about 20 more)."""
    stem = _UNSAFE.sub("-", Path(path).stem).strip(".-") or "article"
    if len(stem) <= MAX_STEM:
        return stem
    digest = hashlib.sha256(stem.encode()).hexdigest()[:12]
    return f"{stem[:MAX_STEM - len(digest) - 1].rstrip('.-')}-{digest}"


def write_atomic(path: Path, text: str | Iterable[str]) -> Path:
    """Write beside the target, then rename over it: a reader never sees half a page.

    text may come in pieces (the index of a large corpus), written as they come."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
