"""CSV cells rendered in the workers give the bytes pandas' to_csv gives for the same rows."""

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from discourse.cli import app
from discourse.report.columns import TABLES, TableFormat
from discourse.report.csv_rows import LATE_COLUMNS, Layout, csv_field
from discourse.analysis.page import analyse_page
from discourse.parse import expand_paths, load
from discourse.report.export import neutralise_formulas, write_tables
from discourse.report.frames import table_frame, to_frames
from tests.conftest import DATA

TRICKY_TEXT = st.one_of(
    st.none(),
    st.sampled_from(["", "=1+2", "+1", "-", "@x", "\tx", "\rx", "a,b", 'say "no"', "two\nlines", "cr\ronly",
                     "NA", "None", " lead", "é ✓ 𝕏", "'quoted'", '"', ",", "\n"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
)
NUMBER = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5),
                   st.sampled_from([0.1, 1e16, 1e-5, 123456789.125, -0.0, 0.30000000000000004]))
VALUES = {"string": TRICKY_TEXT, "Int64": st.one_of(st.none(), st.integers(-10**12, 10**12)),
          "boolean": st.one_of(st.none(), st.booleans()), "float64": NUMBER}


def rows_of(table):
    names = [column.name for column in TABLES[table]]
    row = st.tuples(*(VALUES[column.dtype] for column in TABLES[table])).map(lambda values: dict(zip(names, values)))
    return st.lists(row, min_size=1, max_size=4)


def pandas_lines(table, rows, neutralise):
    frame = table_frame(table, rows)
    if neutralise:
        frame = neutralise_formulas(frame, table)
    return frame.to_csv(index=False, header=False, lineterminator="\n")


def layout_lines(table, rows, neutralise):
    layout = Layout(table, neutralise)
    return "".join(layout.line(layout.early(row), {name: row[name] for name in LATE_COLUMNS[table]})
                   for row in rows)


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.parametrize("neutralise", [True, False])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_rendered_lines_equal_pandas_to_csv(table, neutralise, data):
    rows = data.draw(rows_of(table))
    assert layout_lines(table, rows, neutralise) == pandas_lines(table, rows, neutralise)


def test_headers_equal_pandas_headers():
    for table in TABLES:
        assert Layout(table, True).header() == table_frame(table, []).to_csv(index=False, lineterminator="\n")


def test_a_field_is_quoted_only_where_the_csv_module_quotes_it():
    assert [csv_field(text) for text in ["plain", "a,b", 'a"b', "a\nb", "a\rb"]] == \
        ["plain", '"a,b"', '"a""b"', '"a\nb"', "a\rb"]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TRICKY_TEXT.filter(lambda text: text is not None),
                      st.text(alphabet=st.sampled_from('ab ,"\n\r\'“'), max_size=10)))
def test_a_field_is_written_as_the_csv_module_writes_it(text):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([text, ""])
    assert csv_field(text) == buffer.getvalue()[:-2]


def test_a_row_with_columns_other_than_the_dictionary_is_refused():
    layout = Layout("sentences", True)
    with pytest.raises(ValueError, match="data dictionary"):
        layout.early({"article_id": None, "surprise": 1})


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_streamed_csv_export_equals_the_tables_written_whole(tmp_path, jobs):
    """The page-by-page export (cells from the workers, topics filled in at the end) writes the
    bytes that pandas writes for the DataFrames of the same pages (`to_frames`)."""
    result = CliRunner().invoke(app, ["export", str(DATA), "--out", str(tmp_path / "streamed"), "--jobs", jobs,
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    (tmp_path / "whole").mkdir()
    write_tables(to_frames(analyse_page(load(path)) for path in expand_paths([DATA])), tmp_path / "whole",
                 TableFormat.csv)
    for path in (tmp_path / "whole").iterdir():
        assert (tmp_path / "streamed" / path.name).read_bytes() == path.read_bytes(), path.name
