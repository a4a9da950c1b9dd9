"""What a researcher knows about a page that the page does not show: `--metadata FILE.csv`.

A CSV with a `path` or an `article_id` column (or both) and any of `outlet, date, section, url,
title, author`. A row's non-empty cells override the page's own values or fill them in, and the
article's provenance says `metadata` for each field so set. A row matches a page by `path` (as
given on the command line, or the same file: relative paths are read from the current folder or
from the metadata file's folder) or by `article_id` (the id `discourse export` gives: the file
stem, or for an export the item's own id). Other columns are ignored.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from discourse.model import Page
from discourse.parse.exports.common import day_of
from discourse.parse.reading import InputError, decode, read_page_bytes

FIELDS = ("outlet", "date", "section", "url", "title", "author")
KEYS = ("path", "article_id")
PROVENANCE = "metadata"


@dataclass(frozen=True)
class Metadata:
    """The table's rows by page path (as written and as absolute paths) and by article_id."""

    by_path: dict[str, dict[str, str]]
    by_id: dict[str, dict[str, str]]

    def for_page(self, page: Page) -> dict[str, str]:
        """The fields for this page: its article_id's row, then its path's row on top; empty when none."""
        from discourse.parse.exports import EXPORT_FORMATS

        path = page.source.path
        article_id = page.source.record if page.source.format in EXPORT_FORMATS and page.source.record \
            else Path(path).stem
        found = dict(self.by_id.get(article_id, {}))
        found.update(self.by_path.get(path) or self.by_path.get(os.path.abspath(path)) or {})
        return found


def load_metadata(path: Path) -> Metadata:
    """Read a metadata table. Raises InputError (one line) for a table that cannot be used."""
    text, _ = decode(read_page_bytes(path), str(path))
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    if not any(key in columns for key in KEYS):
        raise InputError(f"{path}: a metadata table needs a path or an article_id column (has: "
                         f"{', '.join(columns) or 'no header'})")
    if not any(name in columns for name in FIELDS):
        raise InputError(f"{path}: a metadata table needs at least one of the columns {', '.join(FIELDS)}")
    by_path: dict[str, dict[str, str]] = {}
    by_id: dict[str, dict[str, str]] = {}
    for row in reader:
        values = {(name or "").strip().lower(): (value or "").strip() for name, value in row.items()
                  if isinstance(value, str)}
        fields = {name: values[name] for name in FIELDS if values.get(name)}
        if fields.get("date") and not day_of(fields["date"]):
            raise InputError(f"{path}: line {reader.line_num}: date {fields['date']!r} is not a date")
        if values.get("path"):
            for key in _path_keys(values["path"], path.parent):
                by_path[key] = fields
        if values.get("article_id"):
            by_id[values["article_id"]] = fields
    return Metadata(by_path, by_id)


def _path_keys(written: str, folder: Path) -> set[str]:
    """The row's path as written, and as the absolute file it names from here or from the table's folder."""
    return {written, os.path.abspath(written), os.path.abspath(folder / written)}


def apply_metadata(page: Page, metadata: Metadata) -> Page:
    """Override or fill the article's fields from the table, noting `metadata` as their provenance."""
    article = page.article
    for name, value in metadata.for_page(page).items():
        if name == "date":
            article.date, article.date_text = day_of(value), value
        else:
            setattr(article, name, value)
        article.title_inferred = article.title_inferred and name != "title"
        article.provenance[name] = PROVENANCE
    return page


__all__ = ["Metadata", "load_metadata", "apply_metadata", "FIELDS", "KEYS"]
