"""discourse export: CSV/Parquet that load back with the documented dtypes, safely and atomically."""

import hashlib
import json
import os

import pandas as pd
import pytest
from typer.testing import CliRunner

from discourse.analysis.page import analyse_page
from discourse.cli import app
from discourse.parse import expand_paths, load
from discourse.report import export
from discourse.report.columns import TABLES, TableFormat, dtypes
from discourse.report.export import ExportError, neutralise_formulas, read_tables, write_tables
from discourse.report.frames import to_frames
from tests.conftest import DATA

runner = CliRunner()
HOSTILE_PAGE = """Water prices rise in the valley

By Ann Lee | (Valley News)

The water board raised prices for farms in the valley by ten percent this spring.

Farmers say the drought and the new pumps make the rise hard to bear.

5 Responses

  1. =HYPERLINK("http://evil.example","click") the board is wrong, "so wrong", about prices.

    • +1 the farms cannot pay this. Terrible, awful, bad.

  2. -2+3 is what the water board thinks is fair

  3. @SUM(A1:A9) pumps cost money.

  4. NA
"""
HOSTILE_TEXTS = ['=HYPERLINK("http://evil.example","click")', "+1 the farms", "-2+3 is", "@SUM(A1:A9)"]


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "pages" / "hostile.txt"
    path.parent.mkdir()
    path.write_text(HOSTILE_PAGE, encoding="utf-8")
    return path


def frames_of(*paths):
    return to_frames(analyse_page(load(path)) for path in expand_paths(list(paths)))


def export_cli(*args):
    return runner.invoke(app, ["export", *map(str, args)])


def dictionary_dtypes(out, table):
    """The read_csv dtype mapping, built from the exported data-dictionary.json alone."""
    dictionary = json.loads((out / "data-dictionary.json").read_text(encoding="utf-8"))
    return {column["name"]: column["dtype"] for column in dictionary["tables"][table]}


def test_export_of_data_loads_back_with_the_documented_dtypes(tmp_path):
    out = tmp_path / "x"
    result = export_cli(DATA, "--out", out)
    assert result.exit_code == 0, result.output
    expected = frames_of(DATA)
    for table, frame in expected.items():
        loaded = pd.read_csv(out / f"{table}.csv", dtype=dictionary_dtypes(out, table))
        assert {c: str(t) for c, t in loaded.dtypes.items()} == dtypes(table)
        pd.testing.assert_frame_equal(loaded, neutralise_formulas(frame, table))


def test_data_dictionary_and_csv_headers_cover_each_other(tmp_path):
    assert export_cli(DATA, "--out", tmp_path).exit_code == 0
    dictionary = json.loads((tmp_path / "data-dictionary.json").read_text(encoding="utf-8"))
    assert set(dictionary["tables"]) == set(TABLES)
    for table, columns in dictionary["tables"].items():
        header = (tmp_path / f"{table}.csv").read_text(encoding="utf-8").split("\n", 1)[0].split(",")
        assert header == [column["name"] for column in columns]
        assert all(column["dtype"] and column["unit"] and column["range"] and column["meaning"] for column in columns)
    assert (tmp_path / "data-dictionary.md").read_text(encoding="utf-8").startswith("# Data dictionary")


def test_csv_is_utf8_with_newline_line_ends_and_one_header(tmp_path, hostile):
    assert export_cli(hostile, "--out", tmp_path).exit_code == 0
    raw = (tmp_path / "comments.csv").read_bytes()
    assert b"\r\n" not in raw and raw.endswith(b"\n")
    assert raw.decode("utf-8").count("article_id,comment_index") == 1
    assert '"\'=HYPERLINK(""http://evil.example"",""click"") the board' in raw.decode("utf-8")


def test_formula_cells_are_neutralised_by_default_and_numbers_stay_numbers(tmp_path, hostile):
    assert export_cli(hostile, "--out", tmp_path).exit_code == 0
    comments = read_tables(tmp_path).comments
    for text in HOSTILE_TEXTS:
        assert comments["text"].str.startswith("'" + text).any(), text
    assert comments.loc[comments["comment_index"] == 5, "text"].item() == "NA"
    assert (comments["polarity"] < 0).any() and comments["polarity"].dtype == "float64"
    assert json.loads((tmp_path / "data-dictionary.json").read_text())["formulas_neutralised"] is True


def test_no_neutralise_writes_text_exactly(tmp_path, hostile):
    assert export_cli(hostile, "--out", tmp_path, "--no-neutralise").exit_code == 0
    pd.testing.assert_frame_equal(read_tables(tmp_path).comments, frames_of(hostile).comments)
    assert json.loads((tmp_path / "data-dictionary.json").read_text())["formulas_neutralised"] is False


def test_neutralise_handles_tab_and_carriage_return_and_leaves_the_rest():
    comments = frames_of(DATA).comments.head(4).copy()
    comments["text"] = pd.array(["\tcmd", "\rcmd", "plain - text", None], dtype="string")
    safe = neutralise_formulas(comments, "comments")
    assert safe["text"].tolist()[:3] == ["'\tcmd", "'\rcmd", "plain - text"] and pd.isna(safe["text"].iloc[3])
    assert comments["text"].iloc[0] == "\tcmd"
    numbers = [name for name, dtype in dtypes("comments").items() if dtype != "string"]
    pd.testing.assert_frame_equal(safe[numbers], comments[numbers])


def test_parquet_round_trip_is_exact(tmp_path, hostile):
    out = tmp_path / "out"
    result = export_cli(hostile, DATA / "004_4089cd0367db9c7b.txt", "--out", out, "--format", "parquet")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.parquet", "comments.parquet", "data-dictionary.json", "data-dictionary.md", "sentences.parquet"]
    expected = frames_of(hostile, DATA / "004_4089cd0367db9c7b.txt")
    for (table, frame), (_, loaded) in zip(expected.items(), read_tables(out, TableFormat.parquet).items()):
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{table}.parquet"), frame)
        pd.testing.assert_frame_equal(loaded, frame)


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path, hostile, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("old export\n", encoding="utf-8")

    def disk_full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_tables(frames_of(hostile), out, TableFormat.csv)
    assert (out / "articles.csv").read_text(encoding="utf-8") == "old export\n"
    assert [p.name for p in out.iterdir()] == ["articles.csv"]


def test_a_failed_write_is_a_one_line_error_from_the_cli(tmp_path, hostile, monkeypatch):
    def denied(source, target):
        raise PermissionError(13, "Permission denied")

    out = tmp_path / "out"
    monkeypatch.setattr(export.os, "replace", denied)
    result = export_cli(hostile, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: cannot write {out / 'articles.csv'}: Permission denied"]
    assert not out.exists()  # made by this run, which wrote nothing


def test_bad_input_files_are_reported_and_the_batch_goes_on(tmp_path, hostile):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = export_cli(empty, tmp_path / "missing.txt", hostile, "--out", out)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and "2 file(s) failed" in result.stderr
    assert read_tables(out).articles["article_id"].tolist() == ["hostile"]


def test_out_that_is_a_file_is_a_one_line_error(tmp_path, hostile):
    target = tmp_path / "taken.csv"
    target.write_text("keep me", encoding="utf-8")
    for out in (target, target / "sub"):
        result = export_cli(hostile, "--out", out)
        assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


def test_out_that_is_not_writable_is_a_one_line_error(tmp_path, hostile, monkeypatch):
    out = tmp_path / "read-only"
    access = os.access
    monkeypatch.setattr(export.os, "access", lambda path, mode, **kw: path != out and access(path, mode, **kw))
    result = export_cli(hostile, "--out", out)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: cannot export to {out}: the folder is not writable"


def test_inputs_are_never_modified(tmp_path, hostile):
    before = hashlib.sha256(hostile.read_bytes()).hexdigest()
    assert export_cli(hostile, "--out", hostile.parent).exit_code == 0
    assert hashlib.sha256(hostile.read_bytes()).hexdigest() == before


def test_export_replaces_a_previous_export(tmp_path, hostile):
    assert export_cli(DATA, "--out", tmp_path).exit_code == 0
    assert export_cli(hostile, "--out", tmp_path).exit_code == 0
    assert read_tables(tmp_path).articles["article_id"].tolist() == ["hostile"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_page_the_analysis_fails_on_is_skipped_with_one_line(tmp_path, hostile, monkeypatch):
    import discourse.analysis.page as page_analysis

    analyse = page_analysis.analyse_page

    def fails_on_hostile(page):
        if page.source.path.endswith("hostile.txt"):
            raise RuntimeError("boom")
        return analyse(page)

    monkeypatch.setattr(page_analysis, "analyse_page", fails_on_hostile)
    out = tmp_path / "out"
    result = export_cli(hostile, DATA / "004_4089cd0367db9c7b.txt", "--out", out, "--jobs", "1")  # patched here only
    assert result.exit_code == 1
    assert f"{hostile}: could not be analysed (RuntimeError: boom)" in result.stderr
    assert read_tables(out).articles["article_id"].tolist() == ["004_4089cd0367db9c7b"]
