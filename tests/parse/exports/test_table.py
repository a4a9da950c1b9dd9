"""Comments tables (CSV, JSON Lines) with an optional articles table beside them."""

import json

import pytest

from discourse.parse import InputError, expand_paths, load_all, read_pages
from discourse.pipeline import Batch, RunOptions
from tests.parse.exports.conftest import FIXTURES, tree

CSV = FIXTURES / "table-csv" / "comments.csv"
JSONL = FIXTURES / "table-jsonl" / "comments.jsonl"


def test_csv_gives_one_page_per_article_with_exact_parents_and_authors():
    pages = load_all(CSV)
    assert [page.source.record for page in pages] == ["a1", "a2"]
    assert {(page.source.format, page.comments.source) for page in pages} == {("comments-csv", "comments-table")}
    assert tree(pages[0]) == [
        ("c1", None, "Jo Park"), ("c2", "c1", "Rob Stein"), ("c3", "c2", "Jo Park"), ("c4", "c3", "Rob Stein"),
        ("c5", "c4", "Jo Park"), ("c6", None, "Mia Holt"), ("c7", None, "Cy Loop"), ("c8", "c7", "Di Loop")]
    assert tree(pages[1]) == [("c9", None, "Lu Wen"), ("c10", "c9", None)]  # parent 0 means top level


def test_timestamps_in_several_forms_become_iso():
    items = load_all(CSV)[0].comments.items
    assert [c.date_iso for c in items[:5]] == ["2021-06-01T10:00:00Z", "2021-06-01T10:05:00Z",
                                               "2021-06-01T10:20:00Z", "2021-06-01T10:30:00Z", "2021-06-01T10:40:00"]
    assert items[1].paragraphs == ["Great for whom? The shops lost parking.",
                                   "Deliveries block the lane every morning."]


def test_orphans_and_cycles_are_repaired_and_listed():
    repairs = [(r.kind, r.comment) for r in load_all(CSV)[0].comments.repairs]
    assert repairs == [("orphan", 6), ("cycle", 7)]


def test_the_articles_table_beside_it_describes_the_articles():
    article = load_all(CSV)[0].article
    assert (article.title, article.author, article.outlet, article.section, article.date) == (
        "New cycle lane opens on Mill Road", "Hana Ito", "Riverside Courier", "Transport", "2021-06-01")
    assert [p.text for p in article.paragraphs] == ["The cycle lane on Mill Road opened on Tuesday.",
                                                    "Some shop owners oppose it."]
    assert article.provenance["title"] == "articles table"


def test_a_folder_run_reads_the_articles_table_with_its_comments_not_as_pages():
    errors = []
    batch = Batch(expand_paths([CSV.parent]), RunOptions(jobs=1, quiet=True), errors.append)
    records = list(batch.results(lambda page: page.source.record))
    assert records == ["a1", "a2"] and errors == []


def test_json_lines_with_numeric_ids_a_self_reply_and_a_bad_line():
    pages = load_all(JSONL)
    assert [page.source.record for page in pages] == ["7", "8"]
    assert tree(pages[0]) == [("1", None, "Kim"), ("2", "1", "Lou"), ("3", "2", "Kim"), ("4", None, "Self")]
    assert [(r.kind, r.comment) for r in pages[0].comments.repairs] == [("cycle", 4)]
    assert any("left out 1 lines that are not JSON objects (first: line 4)" in w for w in pages[0].warnings)
    assert pages[0].comments.items[0].date_iso == "2023-11-14T22:13:20Z"
    assert pages[1].comments.items[0].date_iso == "2023-11-15T07:00:00Z"


def test_a_deep_thread_is_read_without_recursion_limits():
    rows = [{"article_id": "deep", "comment_id": n, "parent_id": n - 1 if n else None, "author": f"u{n % 3}",
             "timestamp": 1_600_000_000 + n, "text": f"reply {n}"} for n in range(3000)]
    raw = "\n".join(json.dumps(row) for row in rows).encode()
    page = read_pages(raw, "deep.jsonl")[0]
    assert page.comments.items[-1].depth == 2999
    assert [c.parent for c in page.comments.items[:3]] == [None, 1, 2]


@pytest.mark.parametrize("header, missing", [
    ("article_id,comment_id,parent_id,author", "text"),
    ("article_id,comment_id,author,text", "parent_id"),
])
def test_a_missing_column_is_a_one_line_error_naming_it(header, missing):
    raw = f"{header}\na,1,x,y\n".encode()
    with pytest.raises(InputError, match=rf"^t.csv: the comments table has no {missing} column \(needed: "):
        read_pages(raw, "t.csv")


def test_missing_optional_columns_are_said():
    page = read_pages(b"article_id;comment_id;parent_id;text\na;1;;hello\na;2;1;hi back\n", "semi.csv")[0]
    assert [(c.record, c.parent) for c in page.comments.items] == [("1", None), ("2", 1)]
    assert any("no author column" in warning for warning in page.warnings)


def test_an_articles_table_on_its_own_is_a_one_line_error(tmp_path):
    table = tmp_path / "my-articles.csv"
    table.write_text("article_id,title\na,Title\n")
    with pytest.raises(InputError, match="an articles table .* with no comments table"):
        load_all(table)


def test_a_table_on_standard_input_takes_no_articles_table_from_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "articles.csv").write_text("article_id,title\na,Not this one\n")
    monkeypatch.chdir(tmp_path)
    page = read_pages(b"article_id,comment_id,parent_id,text\na,1,,hi\n", "-")[0]
    assert page.article.title is None
