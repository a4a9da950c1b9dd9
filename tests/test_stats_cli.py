"""`discourse stats`: the sample corpus prints its tests with the small-sample caveats; --json for machines."""

import io
import json

from rich.console import Console
from typer.testing import CliRunner

from discourse.analysis.corpus import corpus_stats
import discourse
from discourse.cli import app
from discourse.report.stats import print_stats, stats_to_dict
from tests.analysis.test_corpus import three_outlets
from tests.conftest import DATA

runner = CliRunner()


def _unclear_readers() -> int:
    """Reader comments of the sample corpus whose stance toward the author is unclear, from the library."""
    analyses = [discourse.analyse(discourse.load(path)) for path in sorted(DATA.glob("*.txt"))]
    return sum(c.stance_to_author.label == "unclear" for a in analyses for c in a.comments if not c.is_author)


def test_sample_corpus_prints_every_test_with_why_it_did_not_run():
    result = runner.invoke(app, ["stats", str(DATA)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for test in ("Kruskal-Wallis H", "chi-square independence", "Spearman rho"):
        assert test in out
    assert ("not run: only 1 outlet with ≥ 3 reader comments (Informed Comment); "
            "need ≥ 2 outlets with ≥ 3 each") in out
    assert "not run: too few articles with ≥ 3 reader comments of clear stance (1; need ≥ 5)" in out
    assert f"{_unclear_readers()} of 9 reader comments have an unclear stance toward the author" in out
    assert "4 of 5 articles show no outlet on the page; grouped as “unknown”" in out
    assert "no p-values to correct" in out
    assert "nan" not in out.lower() and "Traceback" not in out
    assert "\x1b[" not in out  # piped output is plain text


def test_sample_corpus_json_for_machines():
    result = runner.invoke(app, ["stats", "--json", str(DATA)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["schema"] == "discourse.stats/1"
    assert (record["articles"], record["comments"], record["reader_comments"]) == (5, 10, 9)
    assert [o["outlet"] for o in record["outlets"]] == ["Informed Comment", "unknown"]
    assert record["outlets"][1]["median"] is None
    assert [t["ran"] for t in record["tests"]] == [False] * 4
    assert all(t["reason"] for t in record["tests"])


def test_bad_file_is_reported_and_the_rest_still_counted(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["stats", "--json", str(empty), str(DATA / "004_4089cd0367db9c7b.txt")])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["articles"] == 1
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr


def test_tests_that_ran_show_effect_sizes_and_corrected_p_values():
    console = Console(width=120, record=True, file=io.StringIO())
    print_stats(console, corpus_stats(three_outlets()))
    out = console.export_text()
    assert "Holm-corrected across the 4 that ran" in out
    assert "epsilon² = " in out and "Cramér's V = " in out and "rho = " in out and "Holm p = " in out
    assert "caveat: only 6 pairs (< 10): the p-value and interval are rough" in out


def test_json_of_tests_that_ran_has_no_nan():
    record = stats_to_dict(corpus_stats(three_outlets()))
    text = json.dumps(record, allow_nan=False)
    assert all(t["p_adjusted"] is not None for t in json.loads(text)["tests"])
