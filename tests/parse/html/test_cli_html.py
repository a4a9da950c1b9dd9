"""Every command on a folder mixing text and HTML pages, and on a .warc.gz archive."""

import csv
import json
import shutil

import pytest
from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import DATA
from tests.parse.html import pages
from tests.parse.html.test_warc import MIXED, warc

runner = CliRunner()


@pytest.fixture()
def mixed(tmp_path):
    """A folder of one text page, two HTML pages (one gzipped) and a .txt file holding markup."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(DATA / "004_4089cd0367db9c7b.txt", folder / "seed.txt")
    (folder / "bridge.html").write_text(pages.WORDPRESS, encoding="utf-8")
    import gzip

    (folder / "drupal.html.gz").write_bytes(gzip.compress(pages.DRUPAL.encode("utf-8")))
    (folder / "saved-as.txt").write_text(pages.BLOGGER, encoding="utf-8")  # markup in a .txt
    return folder


@pytest.fixture()
def archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(MIXED))
    return path


def parsed(target) -> list[dict]:
    result = runner.invoke(app, ["parse", "--format", "json", "--jobs", "1", "--quiet", str(target)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_parse_reads_each_file_as_its_content_says(mixed):
    records = {r["source"]["path"].rsplit("/", 1)[-1]: r for r in parsed(mixed)}
    assert {name: r["source"]["format"] for name, r in records.items()} == {
        "seed.txt": "text", "bridge.html": "html", "drupal.html.gz": "html", "saved-as.txt": "html"}
    assert records["bridge.html"]["comments"]["source"] == "wordpress"
    assert records["bridge.html"]["comments"]["found"] == 3
    assert records["drupal.html.gz"]["comments"]["items"][1]["parent"] == 1
    assert records["saved-as.txt"]["comments"]["source"] == "blogger"
    assert records["seed.txt"]["comments"]["found"] == 10


def test_parse_reads_every_html_record_of_a_warc(archive):
    records = parsed(archive)
    assert [r["source"]["record"] for r in records] == ["http://news.example/bridge", "http://news.example/drupal"]
    assert all(r["source"]["path"].endswith("crawl.warc.gz") for r in records)


@pytest.mark.parametrize("target", ["mixed", "archive"])
def test_summary(target, request):
    result = runner.invoke(app, ["summary", "--jobs", "1", "--quiet", str(request.getfixturevalue(target))])
    assert result.exit_code == 0, result.output
    assert "Council approves the new river bridge" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("target", ["mixed", "archive"])
def test_export(target, request, tmp_path):
    out = tmp_path / "tables"
    result = runner.invoke(app, ["export", "--jobs", "1", "--quiet", str(request.getfixturevalue(target)),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out / "articles.csv", encoding="utf-8") as handle:
        articles = list(csv.DictReader(handle))
    with open(out / "comments.csv", encoding="utf-8") as handle:
        comments = list(csv.DictReader(handle))
    assert len(articles) == (4 if target == "mixed" else 2)
    assert any(row["author"] == "Carol Skeptic" for row in comments)


@pytest.mark.parametrize("target", ["mixed", "archive"])
def test_report(target, request, tmp_path):
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", "--jobs", "1", "--quiet", str(request.getfixturevalue(target)),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Council approves the new river bridge" in index
    assert len(list(out.glob("*.html"))) == (5 if target == "mixed" else 3)  # the index and one per page


@pytest.mark.parametrize("target", ["mixed", "archive"])
def test_stats(target, request):
    result = runner.invoke(app, ["stats", "--json", "--jobs", "1", "--quiet", str(request.getfixturevalue(target))])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["articles"] == (4 if target == "mixed" else 2)
