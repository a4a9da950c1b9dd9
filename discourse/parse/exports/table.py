"""Comments tables, as research corpora ship them: one row per comment, CSV or JSON Lines.

Columns (names in any case, in any order; others are ignored):
`article_id`, `comment_id`, `parent_id`, `text` are required; `author` and `timestamp` are read
where present. `parent_id` is empty (or null, or `0` where no comment has the id `0`) for a top-level
comment. Each article becomes one page, in the order the table first names it.

The articles are described by an optional articles table beside the comments table: a file named
`articles.csv` or `articles.jsonl` in the same folder, with `article_id` and any of `title, author,
date, outlet, section, url, text`. An articles table is read with its comments table, never as
pages of its own.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from discourse.model import Article, Page, Span
from discourse.parse.exports.common import (Entry, ExportFile, ExportItem, article_paragraphs, beside, clean, day_of,
                                            export_page, iso_moment, line_count, text_paragraphs)
from discourse.parse.reading import InputError, decode

FORMATS = {"csv": "comments-csv", "jsonl": "comments-jsonl"}
PLATFORM = "comments-table"
REQUIRED = ("article_id", "comment_id", "parent_id", "text")
OPTIONAL = ("author", "timestamp")
ARTICLE_FIELDS = ("title", "author", "date", "outlet", "section", "url", "text")
ARTICLE_TABLES = ("articles.csv", "articles.jsonl")
DELIMITERS = (",", "\t", ";", "|")
MAX_FIELD = 64 * 1024 * 1024


@dataclass(frozen=True)
class Row:
    """One table row: lower-cased column names to values, and the input lines it spans."""

    values: dict[str, object]
    span: Span


def read_table(raw: bytes, path: str) -> list[Page]:
    """The pages of a comments table (CSV or JSON Lines); an articles table alone gives none."""
    text, encoding = decode(raw, path)
    kind = "jsonl" if text.lstrip().startswith("{") else "csv"
    rows, skipped = _rows(text, path, kind)
    columns = set().union(*(row.values for row in rows)) if rows else _header_names(text, kind)
    if "comment_id" not in columns and "article_id" in columns:
        return _articles_table_alone(path)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise InputError(f"{path}: the comments table has no {', '.join(missing)} column"
                         f"{'s' if len(missing) > 1 else ''} (needed: {', '.join(REQUIRED)}; optional: "
                         f"{', '.join(OPTIONAL)})")
    articles = _articles_beside(Path(path))
    items = _items(rows, articles)
    if not items:
        raise InputError(f"{path}: the comments table has no rows with an article_id and a comment_id")
    notes = [f"{path}: {note}" for note in _notes(columns, skipped, rows, items)]
    file = ExportFile(path, len(raw), line_count(raw), FORMATS[kind], PLATFORM, encoding)
    pages = [export_page(file, item) for item in items.values()]
    pages[0].warnings.extend(notes)
    return pages


def _notes(columns: set[str], skipped: list[str], rows: list[Row], items: dict[str, ExportItem]) -> list[str]:
    notes = [f"no {name} column: the comments have no {name}" for name in OPTIONAL if name not in columns]
    notes.extend(skipped)
    unkeyed = len(rows) - sum(len(item.entries) for item in items.values())
    if unkeyed:
        notes.append(f"left out {unkeyed} rows without an article_id or a comment_id")
    return notes


def _articles_table_alone(path: str) -> list[Page]:
    """An articles table is read with the comments table beside it; found on its own it gives no page."""
    table = Path(path)
    beside = [p for p in table.parent.iterdir() if p.is_file() and p.suffix.lower() in (".csv", ".jsonl")
              and p.name.lower() not in ARTICLE_TABLES] if table.parent.is_dir() else []
    if table.name.lower() in ARTICLE_TABLES and beside:
        return []
    raise InputError(f"{path}: an articles table (article_id but no comment_id column) with no comments table; "
                     f"name it {' or '.join(ARTICLE_TABLES)} in the folder of its comments table")


def _rows(text: str, path: str, kind: str) -> tuple[list[Row], list[str]]:
    return _json_rows(text) if kind == "jsonl" else (_csv_rows(text, path), [])


def _header_names(text: str, kind: str) -> set[str]:
    if kind == "jsonl":
        return set()
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return {name.strip().lower() for name in next(csv.reader([first], delimiter=_delimiter(first)), [])}


def _delimiter(header: str) -> str:
    """The delimiter that splits the header into the most columns (comma on a tie)."""
    return max(DELIMITERS, key=lambda delimiter: (len(header.split(delimiter)), delimiter == ","))


def _csv_rows(text: str, path: str) -> list[Row]:
    text = text.lstrip("\ufeff")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    rows: list[Row] = []
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        last_line = reader.line_num
        for record in reader:
            if any(cell.strip() for cell in record):
                rows.append(Row(dict(zip(header, record)), Span(last_line + 1, reader.line_num)))
            last_line = reader.line_num
    except csv.Error as error:
        raise InputError(f"{path}: line {reader.line_num}: not readable as CSV ({error})") from None
    if not rows and not header:
        raise InputError(f"{path}: the comments table is empty")
    return rows


def _json_rows(text: str) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict):
            bad.append(number)
            continue
        rows.append(Row({str(key).strip().lower(): value for key, value in record.items()}, Span(number, number)))
    notes = [f"left out {len(bad)} lines that are not JSON objects (first: line {bad[0]})"] if bad else []
    return rows, notes


def identifier(value: object) -> str | None:
    """An id cell as text: 12 and "12" and 12.0 are the same id; empty and null are no id."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text if text and text.lower() not in ("null", "none", "nan") else None


def _items(rows: list[Row], articles: dict[str, Article]) -> dict[str, ExportItem]:
    items: dict[str, ExportItem] = {}
    for position, row in enumerate(rows):
        article_id, record = identifier(row.values.get("article_id")), identifier(row.values.get("comment_id"))
        if article_id is None or record is None:
            continue
        if article_id not in items:
            items[article_id] = ExportItem(article_id, articles.get(article_id) or Article(), [])
        timestamp = row.values.get("timestamp")
        items[article_id].entries.append(Entry(
            record=record, parent=identifier(row.values.get("parent_id")),
            paragraphs=text_paragraphs(row.values.get("text")), span=row.span, position=position,
            author=clean(row.values.get("author")), date=clean(timestamp), date_iso=iso_moment(timestamp)))
    for item in items.values():
        _zero_is_top_level(item)
    return items


def _zero_is_top_level(item: ExportItem) -> None:
    """Many exports write parent 0 for "no parent"; it means that unless a comment has the id 0."""
    if not any(entry.record == "0" for entry in item.entries):
        for entry in item.entries:
            if entry.parent == "0":
                entry.parent = None


def _articles_beside(path: Path) -> dict[str, Article]:
    """The articles table in the comments table's folder, by article_id; empty when there is none."""
    for name in ARTICLE_TABLES:
        candidate = beside(str(path), name)
        if candidate is not None:
            return read_articles(candidate)
    return {}


def read_articles(path: Path) -> dict[str, Article]:
    """An articles table: article_id and any of title, author, date, outlet, section, url, text."""
    from discourse.parse.reading import read_page_bytes

    raw = read_page_bytes(path)
    text, _ = decode(raw, str(path))
    kind = "jsonl" if text.lstrip().startswith("{") else "csv"
    rows, _ = _rows(text, str(path), kind)
    articles: dict[str, Article] = {}
    for row in rows:
        article_id = identifier(row.values.get("article_id"))
        if article_id is not None:
            articles[article_id] = _article(row)
    return articles


def _article(row: Row) -> Article:
    values = {name: row.values.get(name) for name in ARTICLE_FIELDS}
    article = Article(
        title=clean(values["title"]), author=clean(values["author"]), outlet=clean(values["outlet"]),
        date=day_of(values["date"]), date_text=clean(values["date"]), section=clean(values["section"]),
        url=clean(values["url"]), paragraphs=article_paragraphs(text_paragraphs(values["text"]), row.span),
    )
    article.provenance = {name: "articles table" for name in ("title", "author", "outlet", "date", "section", "url")
                          if getattr(article, name)}
    if article.paragraphs:
        article.provenance["body"] = "articles table"
    return article


__all__ = ["read_table", "read_articles", "identifier", "FORMATS", "PLATFORM"]
