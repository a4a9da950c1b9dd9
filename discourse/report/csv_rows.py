"""One page's table rows as CSV text, rendered where the page is analysed.

An export's main process would otherwise turn every row into a DataFrame and CSV at the end of
the run, on one core. Here each worker renders its page's cells as `DataFrame.to_csv` writes
them (same dtypes, missing values empty, formula cells neutralised, quoting by the csv module),
and leaves out only the cells known once the whole corpus is read: the article id (unique in
input order) and the topic columns (topics are fitted on the corpus). The main process renders
those few cells and joins the line. No pandas here, so workers do not import it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from discourse.report.columns import FORMULA_ESCAPE, FORMULA_START, TABLES
from discourse.report.frames import PageRows

# Cells filled in after the run, per table.
LATE_COLUMNS = {
    "articles": ("article_id", "topic", "topic_share", "topic_terms"),
    "comments": ("article_id", "topic"),
    "sentences": ("article_id",),
}
# A character that makes the csv module quote a field (QUOTE_MINIMAL with ',' and '"'), found by one search.
_NEEDS_QUOTING = re.compile('[,"\n\r]').search

Cell = Callable[[Any], str]


@dataclass(frozen=True)
class CsvPage:
    """A page's CSV lines with the late cells left out: each row is its runs of consecutive early
    cells (see `Layout`), already joined with commas. rows is the page's PageRows without their
    cells (an empty dict per article and comment row), for `frames.finish_rows` to fill the late ones."""

    rows: PageRows
    article: tuple[str, ...]
    comments: list[tuple[str, ...]]
    sentences: list[tuple[str, ...]]


def csv_field(text: str) -> str:
    """One field as the csv module writes it in a row of several (QUOTE_MINIMAL, '\\n' line ends)."""
    if _NEEDS_QUOTING(text) is None:
        return text
    if "\r" not in text:  # quoted, its quote marks doubled, as the module does (a lone "\r" is left to it)
        return '"' + text.replace('"', '""') + '"'
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([text, ""])
    return buffer.getvalue()[:-2]  # the field, without ",\n" of the empty second one


def _text_cell(neutralise: bool) -> Cell:
    def cell(value: Any) -> str:
        if value is None or value == "":
            return ""
        text = str(value)
        if neutralise and text.startswith(FORMULA_START):
            text = FORMULA_ESCAPE + text
        return csv_field(text)

    return cell


def _integer_cell(value: Any) -> str:
    return "" if value is None else str(int(value))


def _flag_cell(value: Any) -> str:
    return "" if value is None else str(bool(value))


def _float_cell(value: Any) -> str:
    """repr of the float64 value, as numpy's str gives it; NaN is missing, as in pandas."""
    if value is None:
        return ""
    number = float(value)
    return "" if number != number else repr(number)


def _cell(dtype: str, neutralise: bool) -> Cell:
    if dtype == "string":
        return _text_cell(neutralise)
    return {"Int64": _integer_cell, "boolean": _flag_cell, "float64": _float_cell}[dtype]


class Layout:
    """A table's columns split into runs of early cells around the late ones, with each column's renderer."""

    def __init__(self, table: str, neutralise: bool):
        columns = TABLES[table]
        late = LATE_COLUMNS[table]
        self.names = [column.name for column in columns]
        self.cells = {column.name: _cell(column.dtype, neutralise) for column in columns}
        self.parts: list[tuple[str, ...] | str] = []  # a run of early column names, or one late name
        for name in self.names:
            if name in late:
                self.parts.append(name)
            elif self.parts and isinstance(self.parts[-1], tuple):
                self.parts[-1] = (*self.parts[-1], name)
            else:
                self.parts.append((name,))
        # Each run's columns with their renderers, so a row's cells are rendered without looking either up by name.
        self._runs = [[(name, self.cells[name]) for name in part] for part in self.parts if isinstance(part, tuple)]

    def early(self, row: dict) -> tuple[str, ...]:
        """The row's runs of early cells, each joined with commas."""
        if list(row) != self.names:
            raise ValueError(f"row columns differ from the data dictionary: {sorted(set(row) ^ set(self.names))}")
        return tuple([",".join([cell(row[name]) for name, cell in run]) for run in self._runs])

    def header(self) -> str:
        return ",".join(csv_field(name) for name in self.names) + "\n"

    def line(self, early: Sequence[str], late: dict[str, Any]) -> str:
        """The whole CSV line: the early runs with the late cells rendered between them."""
        runs = iter(early)
        return ",".join([next(runs) if isinstance(part, tuple) else self.cells[part](late[part])
                         for part in self.parts]) + "\n"


class Layouts:
    """The three tables' layouts for one export."""

    def __init__(self, neutralise: bool):
        self.articles, self.comments, self.sentences = (Layout(name, neutralise) for name in LATE_COLUMNS)

    def page(self, rows: PageRows) -> CsvPage:
        return CsvPage(
            rows=replace(rows, article={}, comments=[{}] * len(rows.comments), sentences=[]),
            article=self.articles.early(rows.article),
            comments=[self.comments.early(row) for row in rows.comments],
            sentences=[self.sentences.early(row) for row in rows.sentences],
        )


_LAYOUTS: dict[bool, Layouts] = {}


def csv_page(rows: PageRows, neutralise: bool) -> CsvPage:
    """The page's early cells, in the layouts of an export that neutralises formulas or not."""
    if neutralise not in _LAYOUTS:
        _LAYOUTS[neutralise] = Layouts(neutralise)
    return _LAYOUTS[neutralise].page(rows)
