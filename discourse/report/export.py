"""Write the tables to a folder as CSV or Parquet, with their data dictionary.

Every file is replaced atomically (temp file in the same folder, fsync, os.replace), so an
interrupted export leaves the previous files whole. CSV text cells that a spreadsheet would
run as formulas are neutralised unless asked not to; see docs/data-dictionary.md.
`ExportWriter` writes a corpus page by page; in memory stay only a bounded sample of articles
for the corpus topics and each article's id. A CSV export's cells come rendered from the workers
(`csv_rows`), so its main process only joins lines; pandas is loaded for Parquet alone.
"""

from __future__ import annotations

import gc
import io
import json
import os
import pickle
import secrets
import threading
from collections.abc import Iterator
from dataclasses import replace
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from discourse.pipeline import release_free_memory
from discourse.report.columns import (
    CSV_READ_OPTIONS, FORMULA_ESCAPE, FORMULA_START, TABLES, TableFormat, data_dictionary,
    data_dictionary_markdown, dtypes, text_columns,
)
from discourse.report.csv_rows import CsvPage, Layouts, csv_page
from discourse.report.frames import ArticleIds, Frames, PageRows, finish_rows, table_frame
from discourse.report.staging import RunFiles, partial_folder, remove_if_empty, remove_partial

if TYPE_CHECKING:
    import pandas as pd

    from discourse.analysis.topic_model import LanguageSample, LanguageTopics

DICTIONARY_JSON = "data-dictionary.json"
DICTIONARY_MARKDOWN = "data-dictionary.md"
PARTIAL_EXPORT_NOTE = ("These tables hold only the pages an interrupted export finished. The complete tables "
                       "of an earlier export, if any, are in the folder above, untouched. The next complete "
                       "export into that folder removes this one.")
ROWS_PER_WRITE = 5_000  # rows gathered before a write: few DataFrames, memory independent of the corpus
LINES_PER_WRITE = 200  # CSV lines joined before a write (a batch, its joined text and its bytes are held at once)


class ExportError(Exception):
    """An export that cannot be written; the message is one line for the user."""


def table_path(out: Path, table: str, table_format: TableFormat) -> Path:
    return out / f"{table}.{table_format.value}"


def prepare_folder(out: Path) -> None:
    """Create the output folder, or say in one line why it cannot be used, before any work is done."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"cannot export to {out}: it is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"cannot create {out}: {error.strerror or error}") from error
    if not os.access(out, os.W_OK | os.X_OK):
        raise ExportError(f"cannot export to {out}: the folder is not writable")


def write_tables(frames: Frames, out: Path, table_format: TableFormat, neutralise: bool = True) -> list[Path]:
    """Write the three tables and the data dictionary; returns the paths written, in order.

    Every file is rendered before the first is written, so a rendering error writes nothing.
    """
    files = {table_path(out, name, table_format): _render(frame, name, table_format, neutralise)
             for name, frame in frames.items()}
    files.update(_dictionary_files(out, table_format, neutralise))
    for path, data in files.items():
        try:
            atomic_write(path, data)
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    return list(files)


def _dictionary_files(out: Path, table_format: TableFormat, neutralise: bool) -> dict[Path, bytes]:
    dictionary = data_dictionary(table_format, neutralise)
    return {out / DICTIONARY_JSON: (json.dumps(dictionary, indent=2, ensure_ascii=False) + "\n").encode(),
            out / DICTIONARY_MARKDOWN: data_dictionary_markdown().encode()}


def _render(frame: pd.DataFrame, table: str, table_format: TableFormat, neutralise: bool) -> bytes:
    if table_format is TableFormat.parquet:
        return _parquet_bytes(frame)
    if neutralise:
        frame = neutralise_formulas(frame, table)
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    try:
        frame.to_parquet(buffer, engine="pyarrow", index=False)
    except ImportError as error:
        raise ExportError("--format parquet needs pyarrow: python3 -m pip install pyarrow") from error
    return buffer.getvalue()


def neutralise_formulas(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """A copy in which text cells a spreadsheet would run as formulas start with a quote (OWASP).

    Only text columns are touched: a negative polarity stays a number.
    """
    frame = frame.copy()
    for name in text_columns(table):
        column = frame[name]
        formula = column.str.startswith(FORMULA_START).fillna(False).astype(bool)
        frame[name] = column.mask(formula, FORMULA_ESCAPE + column)
    return frame


def atomic_write(path: Path, data: bytes) -> None:
    """Replace path with data so that readers see the old file or the new one, never part of one."""
    temp = temporary_path(path)
    try:
        with open(temp, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def temporary_path(path: Path) -> Path:
    """A hidden, unique name beside path: same file system, so os.replace is atomic."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; POSIX only (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


class ExportWriter:
    """An export built page by page: `add` spools each page's rows, `finish` writes the tables.

    Topic columns need topics fitted on the corpus, so rows are spooled to disk and written in
    `finish`; in memory stay a bounded sample of the articles' topic words per language (`LanguageSample`).
    A CSV export writes each page's sentence lines as it comes (they need no topics) and spools
    the other rows as rendered cells, so `finish` only fills in the topic cells.
    Every file is complete in a temporary file before the first is moved into place, and
    temporary files are removed on any exit (those of a killed run at the next start), so a
    failure or Ctrl-C before `finish` leaves the previous export whole. An interrupted run's
    tables go to `partial/` in the folder, never over a complete export; a run that wrote
    nothing leaves no folder it created.
    """

    def __init__(self, out: Path, table_format: TableFormat, neutralise: bool = True,
                 topic_sample: int | None = None):
        self._created = not out.exists()
        prepare_folder(out)
        if table_format is TableFormat.parquet:
            _require_pyarrow()
        self.out, self.table_format, self.neutralise = out, table_format, neutralise
        self.pages = 0
        self._ids = ArticleIds()
        self._sample_size = topic_sample
        self._topic_sample: LanguageSample | None = None
        # The topic model (NumPy, SciPy's sparse matrices and linear algebra) loads while the first pages are
        # analysed, not before the run starts nor after it ends.
        self._loading = threading.Thread(target=import_module, args=("discourse.analysis.topic_model",))
        self._loading.start()
        self._temporaries: list[Path] = []
        self._run = RunFiles(out)
        self._spool = self._open_temporary(out / "export-spool")
        self._tables = {name: self._open_temporary(table_path(out, name, table_format)) for name in TABLES}
        self._csv = _CsvTables(self._tables, neutralise) if table_format is TableFormat.csv else None

    def __enter__(self) -> ExportWriter:
        return self

    def __exit__(self, *_: object) -> None:
        self._loading.join()
        for file in (self._spool, *self._tables.values()):
            file.close()
        for temporary in self._temporaries:
            temporary.unlink(missing_ok=True)
        self._run.close()
        if self._created:
            remove_if_empty(self.out)

    def add(self, page: PageRows | CsvPage) -> None:
        """Spool one page's rows (a CSV export's best rendered by the worker, `csv_rows.csv_page`); its
        article_id is given here, in input order."""
        if self._csv is not None and isinstance(page, PageRows):
            page = csv_page(page, self.neutralise)
        rows = page.rows if isinstance(page, CsvPage) else page
        article_id = self._ids.next(rows.path, rows.record)
        self._sample().add(rows.topic_counts, rows.language)
        if self._csv is not None:
            page = self._csv.add_sentences(page, article_id)
        pickle.dump((article_id, page), self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self.pages += 1

    def finish(self, partial: bool = False) -> list[Path]:
        """Write every table and the data dictionary, then move them into place; returns the paths.

        partial: the run was interrupted, so the tables go to a marked `partial/` folder in out
        and a complete earlier export stays as it was; a complete run removes that folder."""
        gc.collect()
        release_free_memory()  # the fit's arrays take the place of what the run freed, not come on top of it
        topics = self._sample().fit()
        release_free_memory()  # and what the fit freed: the tables are written in it
        if self._csv is not None:
            self._csv.finish(self._spooled(), topics)
        else:
            with _ParquetTables(self._tables) as tables:
                for article_id, page in self._spooled():
                    tables.add(finish_rows(page, article_id, topics))
        for file in self._tables.values():
            file.close()
        folder = partial_folder(self.out, PARTIAL_EXPORT_NOTE) if partial else self.out
        staged = {table_path(folder, name, self.table_format): Path(file.name) for name, file in self._tables.items()}
        for path, data in _dictionary_files(folder, self.table_format, self.neutralise).items():
            staged[path] = self._staged(path, data)
        written = self._move_into_place(staged, folder)
        if not partial:
            remove_partial(self.out)
        return written

    def _sample(self) -> LanguageSample:
        """The articles' topic sample, made when the first page comes (the topic model is loaded by then)."""
        if self._topic_sample is None:
            from discourse.analysis.topic_model import TOPIC_SAMPLE, LanguageSample

            self._topic_sample = LanguageSample(self._sample_size or TOPIC_SAMPLE)
        return self._topic_sample

    def _open_temporary(self, path: Path) -> BinaryIO:
        temporary = self._run.temporary(path.name)
        self._temporaries.append(temporary)
        try:
            return open(temporary, "xb+")
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from error

    def _spooled(self) -> Iterator[tuple[str, PageRows | CsvPage]]:
        self._spool.flush()
        self._spool.seek(0)
        while True:
            try:
                yield pickle.load(self._spool)
            except EOFError:
                return

    def _staged(self, path: Path, data: bytes) -> Path:
        with self._open_temporary(path) as file:
            file.write(data)
            return Path(file.name)

    def _move_into_place(self, staged: dict[Path, Path], folder: Path) -> list[Path]:
        for path, temporary in staged.items():
            try:
                _fsync_file(temporary)
                os.replace(temporary, path)
            except OSError as error:
                raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
        _fsync_folder(folder)
        return list(staged)


class _CsvTables:
    """The three CSV tables: headers at once, sentence lines page by page, the rest at `finish`."""

    def __init__(self, files: dict[str, BinaryIO], neutralise: bool):
        self._files, self._layouts = files, Layouts(neutralise)
        for name, file in files.items():
            file.write(getattr(self._layouts, name).header().encode("utf-8"))

    def add_sentences(self, page: CsvPage, article_id: str) -> CsvPage:
        """Write the page's sentence lines; returns the page without them, to spool."""
        late = {"article_id": article_id}
        layout = self._layouts.sentences
        self._files["sentences"].write("".join([layout.line(row, late) for row in page.sentences]).encode("utf-8"))
        return replace(page, sentences=[])

    def finish(self, pages: Iterator[tuple[str, CsvPage]], topics: LanguageTopics) -> None:
        """Fill each spooled page's topic cells and append its article and comment lines."""
        articles: list[str] = []
        comments: list[str] = []
        for article_id, page in pages:
            finished = finish_rows(page.rows, article_id, topics)
            articles.append(self._layouts.articles.line(page.article, finished.article))
            comments.extend(self._layouts.comments.line(row, late) for row, late in zip(page.comments, finished.comments))
            if len(comments) >= LINES_PER_WRITE:
                self._write("comments", comments)
            if len(articles) >= LINES_PER_WRITE:
                self._write("articles", articles)
        self._write("articles", articles)
        self._write("comments", comments)

    def _write(self, table: str, lines: list[str]) -> None:
        self._files[table].write("".join(lines).encode("utf-8"))
        lines.clear()


class _ParquetTables:
    """The three Parquet tables, appended to page by page, ROWS_PER_WRITE rows at a time."""

    def __init__(self, files: dict[str, BinaryIO]):
        self._files = files
        self._pending: dict[str, list[dict]] = {name: [] for name in files}
        self._writers = {name: _parquet_writer(file, name) for name, file in files.items()}

    def __enter__(self) -> _ParquetTables:
        return self

    def __exit__(self, error_type: type | None, *_: object) -> None:
        if error_type is None:
            for name in self._files:
                self._flush(name)
        for writer in self._writers.values():
            writer.close()

    def add(self, page: PageRows) -> None:
        for name, rows in (("articles", [page.article]), ("comments", page.comments), ("sentences", page.sentences)):
            self._pending[name].extend(rows)
            if len(self._pending[name]) >= ROWS_PER_WRITE:
                self._flush(name)

    def _flush(self, name: str) -> None:
        rows, self._pending[name] = self._pending[name], []
        if not rows:
            return
        import pyarrow as pa

        writer = self._writers[name]
        writer.write_table(pa.Table.from_pandas(table_frame(name, rows), schema=writer.schema, preserve_index=False))


def _parquet_writer(file: BinaryIO, table: str):
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.Schema.from_pandas(table_frame(table, []), preserve_index=False)
    return pq.ParquetWriter(file, schema)


def _require_pyarrow() -> None:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as error:
        raise ExportError("--format parquet needs pyarrow: python3 -m pip install pyarrow") from error


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def read_tables(out: Path, table_format: TableFormat = TableFormat.csv) -> Frames:
    """Load an export back with the documented dtypes."""
    return Frames(**{name: _read_table(table_path(out, name, table_format), name, table_format)
                     for name in TABLES})


def _read_table(path: Path, table: str, table_format: TableFormat) -> pd.DataFrame:
    import pandas as pd

    if table_format is TableFormat.parquet:
        return pd.read_parquet(path).astype(dtypes(table))
    return pd.read_csv(path, dtype=dtypes(table), **CSV_READ_OPTIONS)
