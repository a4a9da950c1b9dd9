"""Command-line conventions: --version, - for standard input, URLs refused in words, --format everywhere."""

import json

import pytest
from typer.testing import CliRunner

from discourse import __version__
from discourse.cli import app
from tests.conftest import DATA
from tests.parse.exports.conftest import FIXTURES

runner = CliRunner()
SEED = DATA / "004_4089cd0367db9c7b.txt"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout.strip()) == (0, f"discourse {__version__}")


def test_a_dash_reads_one_page_from_standard_input():
    result = runner.invoke(app, ["parse", "-", "--format", "json"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["source"]["path"], record["article"]["author"]) == ("-", "Juan Cole")
    assert record["comments"]["found"] == 10


def test_an_export_can_come_on_standard_input_too():
    result = runner.invoke(app, ["parse", "-", "--format", "json"], input=(FIXTURES / "disqus.xml").read_bytes())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["format"] == "disqus"


@pytest.mark.parametrize("url", ["https://example.com/news/story?id=3", "http://example.com/a"])
def test_a_url_is_refused_in_words_and_the_batch_goes_on(url):
    result = runner.invoke(app, ["parse", url, str(SEED), "--format", "json", "-j", "1"])
    assert result.exit_code == 1
    assert f"error: {url}: URLs are not fetched; save the page first" in result.stderr
    assert json.loads(result.stdout)["article"]["author"] == "Juan Cole"


@pytest.mark.parametrize("command", [["summary"], ["stats"]])
def test_format_json_is_the_same_as_json(command):
    by_format = runner.invoke(app, [*command, str(SEED), "--format", "json", "-j", "1"])
    by_flag = runner.invoke(app, [*command, str(SEED), "--json", "-j", "1"])
    assert by_format.exit_code == by_flag.exit_code == 0, by_format.stderr
    assert json.loads(by_format.stdout.splitlines()[0]) == json.loads(by_flag.stdout.splitlines()[0])


def test_stats_compares_outlets_named_by_a_metadata_table(tmp_path):
    """Two exports whose articles a metadata table assigns to two outlets: the outlet tests run."""
    metadata = tmp_path / "outlets.csv"
    metadata.write_text("article_id,outlet,section\na1,Riverside Courier,Transport\n101,Harbour Notes,Transport\n"
                        "7,Harbour Notes,Opinion\n", encoding="utf-8")
    inputs = [str(FIXTURES / "table-csv" / "comments.csv"), str(FIXTURES / "wordpress.xml"),
              str(FIXTURES / "table-jsonl" / "comments.jsonl")]
    result = runner.invoke(app, ["stats", *inputs, "--metadata", str(metadata), "--format", "json", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    stats = json.loads(result.stdout)
    outlets = {row["outlet"]: row["readers"] for row in stats["outlets"]}
    assert outlets["Riverside Courier"] >= 3 and outlets["Harbour Notes"] >= 3
    kruskal = next(test for test in stats["tests"] if test["test"] == "Kruskal-Wallis H")
    assert kruskal["p_value"] is not None and stats["grouped_by"] == "outlet"
    by_section = json.loads(runner.invoke(app, ["stats", *inputs, "--metadata", str(metadata), "--by", "section",
                                                "--json", "-j", "1"]).stdout)
    assert {"Transport", "Opinion"} <= {row["outlet"] for row in by_section["outlets"]}
    assert by_section["grouped_by"] == "section"
    questions = " ".join(test["question"] for test in by_section["tests"])
    assert "by section" in questions and "outlet" not in questions


def test_a_bad_metadata_table_stops_the_run_with_one_line(tmp_path):
    metadata = tmp_path / "bad.csv"
    metadata.write_text("name,colour\n", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(SEED), "--metadata", str(metadata)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "needs a path or an article_id column" in result.stderr


def test_metadata_section_and_url_reach_the_articles_table_and_the_stats_heading(tmp_path):
    """A researcher's section and address land in the exported articles table; stats --by section says so."""
    metadata = tmp_path / "meta.csv"
    metadata.write_text("article_id,section,url\na1,Transport,https://example.org/a1\n", encoding="utf-8")
    table = FIXTURES / "table-csv" / "comments.csv"
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(table), "--metadata", str(metadata), "--out", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    import pandas

    articles = pandas.read_csv(out / "articles.csv")
    row = articles[articles["article_id"] == "a1"].iloc[0]
    assert row["section"] == "Transport" and row["url"] == "https://example.org/a1"
    shown = runner.invoke(app, ["stats", str(table), "--metadata", str(metadata), "--by", "section",
                                "--format", "text", "-j", "1"], env={"COLUMNS": "160"})
    assert "Reader comments by section" in shown.stdout and "Section" in shown.stdout
