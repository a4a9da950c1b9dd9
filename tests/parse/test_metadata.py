"""--metadata FILE.csv: outlet, date, section, url, title, author from a table, with provenance."""

import pytest

from discourse.parse import InputError, load, load_all
from discourse.parse.metadata import apply_metadata, load_metadata
from tests.conftest import DATA
from tests.parse.exports.conftest import FIXTURES

SEED = DATA / "004_4089cd0367db9c7b.txt"


def table(tmp_path, text: str):
    path = tmp_path / "meta.csv"
    path.write_text(text, encoding="utf-8")
    return load_metadata(path)


def test_a_row_by_path_overrides_and_fills_with_provenance(tmp_path):
    metadata = table(tmp_path, f"path,outlet,section,date,url\n{SEED},Informed Comment Daily,Syria,"
                               "26 August 2014,https://example.org/regime\n")
    page = apply_metadata(load(SEED), metadata)
    article = page.article
    assert (article.outlet, article.section, article.date, article.url) == (
        "Informed Comment Daily", "Syria", "2014-08-26", "https://example.org/regime")
    assert article.author == "Juan Cole"  # not in the table: the page's own value stays
    assert {name: article.provenance[name] for name in ("outlet", "section", "date", "url")} == dict.fromkeys(
        ("outlet", "section", "date", "url"), "metadata")
    assert article.provenance.get("author") != "metadata"


def test_a_relative_path_is_read_from_the_tables_folder(tmp_path):
    (tmp_path / "pages").mkdir()
    copy = tmp_path / "pages" / "seed.txt"
    copy.write_bytes(SEED.read_bytes())
    metadata = table(tmp_path, "path,outlet\npages/seed.txt,Relative Outlet\n")
    assert apply_metadata(load(copy), metadata).article.outlet == "Relative Outlet"


def test_article_id_matches_a_file_stem_or_an_export_items_id(tmp_path):
    metadata = table(tmp_path, "article_id,outlet,title\n004_4089cd0367db9c7b,By Stem,\na2,By Export Id,New title\n")
    assert apply_metadata(load(SEED), metadata).article.outlet == "By Stem"
    pages = [apply_metadata(page, metadata) for page in load_all(FIXTURES / "table-csv" / "comments.csv")]
    assert [page.article.outlet for page in pages] == ["Riverside Courier", "By Export Id"]
    assert pages[1].article.title == "New title"


@pytest.mark.parametrize("text, message", [
    ("outlet,section\nA,B\n", "needs a path or an article_id column"),
    ("path,colour\nx,blue\n", "needs at least one of the columns outlet, date"),
    ("path,date\nx,someday\n", "line 2: date 'someday' is not a date"),
])
def test_an_unusable_table_is_a_one_line_error(tmp_path, text, message):
    with pytest.raises(InputError, match=message):
        table(tmp_path, text)
