"""Write the tables to a folder as CSV or Parquet, with their data dictionary.

Every file is replaced atomically (temp file in the same folder, fsync, os.replace), so an
interrupted export leaves the previous files whole. CSV text cells that a spreadsheet would
run as formulas are neutralised unless asked not to; see docs/data-dictionary.md.
"""

from __future__ import annotations

import io
import json
import os
import secrets
from pathlib import Path

import pandas as pd

from discourse.report.columns import (
    CSV_READ_OPTIONS, FORMULA_ESCAPE, FORMULA_START, TABLES, TableFormat, data_dictionary,
    data_dictionary_markdown, dtypes, text_columns,
)
from discourse.report.frames import Frames

DICTIONARY_JSON = "data-dictionary.json"
DICTIONARY_MARKDOWN = "data-dictionary.md"


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
    dictionary = data_dictionary(table_format, neutralise)
    files[out / DICTIONARY_JSON] = (json.dumps(dictionary, indent=2, ensure_ascii=False) + "\n").encode()
    files[out / DICTIONARY_MARKDOWN] = data_dictionary_markdown().encode()
    for path, data in files.items():
        try:
            atomic_write(path, data)
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    return list(files)


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
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
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


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; POSIX only (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def read_tables(out: Path, table_format: TableFormat = TableFormat.csv) -> Frames:
    """Load an export back with the documented dtypes."""
    return Frames(**{name: _read_table(table_path(out, name, table_format), name, table_format)
                     for name in TABLES})


def _read_table(path: Path, table: str, table_format: TableFormat) -> pd.DataFrame:
    if table_format is TableFormat.parquet:
        return pd.read_parquet(path).astype(dtypes(table))
    return pd.read_csv(path, dtype=dtypes(table), **CSV_READ_OPTIONS)
