"""The command line: output formats, batches past bad files, exit status, no tracebacks."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import DATA

runner = CliRunner()
SEED = str(DATA / "004_4089cd0367db9c7b.txt")
REQUIRED_FIELDS = [
    "schema", "source.path", "source.encoding", "article.title", "article.title_inferred", "article.author",
    "article.outlet", "article.date", "article.paragraphs", "boilerplate", "comments.declared",
    "comments.found", "comments.closed", "comments.items", "comments.repairs",
]


def field(record: dict, dotted: str):
    for key in dotted.split("."):
        record = record[key]
    return record


def test_json_lines_one_page_per_line_with_the_documented_fields():
    result = runner.invoke(app, ["parse", "--format", "json", *sorted(map(str, DATA.glob("*.txt")))])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    for record in records:
        for name in REQUIRED_FIELDS:
            field(record, name)
        assert record["schema"] == "discourse.page/1"
    comments = records[4]["comments"]
    assert (comments["declared"], comments["found"], comments["closed"]) == (11, 10, True)
    assert {"index", "parent", "depth", "author", "date", "text"} <= set(comments["items"][0])
    assert records[4]["article"]["paragraphs"][0].keys() >= {"text", "section"}
    assert records[4]["boilerplate"][0].keys() >= {"text", "kind"}


def test_text_format_shows_header_outline_and_tree_and_warns_on_stderr():
    result = runner.invoke(app, ["parse", "--format", "text", SEED])
    assert result.exit_code == 0
    assert "The Regime Strikes Back" in result.stdout and "Juan Cole" in result.stdout
    assert "Outline:" in result.stdout
    assert "\n      4. (no name): Don’t feel too beleaguered" in result.stdout
    assert "declares 11 comments; 10 found" in result.stderr


def test_folder_argument_expands_to_its_pages():
    result = runner.invoke(app, ["parse", "--format", "json", str(DATA)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 5


def test_batch_goes_on_past_bad_files_and_exits_non_zero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["parse", "--format", "json", str(empty), str(tmp_path / "missing.txt"), SEED])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    errors = result.stderr.splitlines()
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("missing.txt: no such file" in line for line in errors)
    assert "Traceback" not in result.stderr and "2 file(s) failed" in result.stderr


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "discourse", "parse", "--format", "json", SEED],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["comments"]["found"] == 10


def test_every_command_is_documented_in_the_readme():
    readme = (DATA.parent / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"discourse {name}" in readme, name


def test_summary_shows_what_an_editor_needs():
    result = runner.invoke(app, ["summary", SEED], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "10 found; the page says 11" in out
    assert "“The regime is already restoring security" in out and "disputed by comment #2" in out
    assert "#3 (reply 5 addresses it as the author" in out
    assert "Disagree with the author" in out and "95% interval" in out
    assert "\x1b[" not in out  # piped output is plain text


def test_summary_details_and_max_comments_options():
    result = runner.invoke(app, ["summary", "--details", "--max-comments", "2", SEED], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "U = " in result.stdout and "8 more comments not shown" in result.stdout


def test_summary_json_for_machines():
    result = runner.invoke(app, ["summary", "--json", SEED, str(DATA / "001_d255a6c94168b61c.txt")])
    assert result.exit_code == 0
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["schema"] == "discourse.summary/1"
    assert first["stance_to_author"]["1"]["label"] == "disagree"
    assert first["disagreement_with_author"]["low"] <= first["disagreement_with_author"]["share"]
    assert second["comments"]["found"] == 0 and second["disagreement_with_author"]["share"] is None
    assert first["comments"]["doubtful"] is False and first["comments"]["doubts"] == []
    assert not any(s.startswith("The comment section may be misread") for s in first["in_short"])


def corpus(tmp_path):
    """data/ copied into nested folders, with a stray non-page file."""
    for number, page in enumerate(sorted(DATA.glob("*.txt"))):
        folder = tmp_path / "corpus" / f"part{number % 2}" / "deeper"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / page.name).write_bytes(page.read_bytes())
    (tmp_path / "corpus" / "notes.md").write_text("not a page")
    return tmp_path / "corpus"


def parsed_paths(*args):
    result = runner.invoke(app, ["parse", "--format", "json", *map(str, args)])
    return result, [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]


def test_folders_are_searched_recursively_for_pages_only(tmp_path):
    result, paths = parsed_paths(corpus(tmp_path))
    assert result.exit_code == 0 and len(paths) == 5
    assert paths == sorted(paths) and all(path.endswith(".txt") for path in paths)


def test_quoted_globs_are_expanded_including_double_star(tmp_path):
    root = corpus(tmp_path)
    _, recursive = parsed_paths(f"{root}/**/*.txt")
    _, one_part = parsed_paths(f"{root}/part0/*/*.txt")
    assert len(recursive) == 5 and len(one_part) == 3 and set(one_part) < set(recursive)
    result, _ = parsed_paths(f"{root}/**/*.nothing")
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_exit_status_is_0_when_all_pages_pass_and_1_when_any_fails(tmp_path):
    assert runner.invoke(app, ["stats", "--json", "--jobs", "2", str(DATA)]).exit_code == 0
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["summary", "--json", "--jobs", "2", SEED, str(tmp_path / "bad.txt"), SEED])
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == 2
    assert "binary file" in result.stderr and "1 file(s) failed" in result.stderr


def test_ctrl_c_writes_what_was_finished_reports_the_rest_and_exits_130(tmp_path, monkeypatch):
    import discourse.cli as cli

    export_rows, done = cli._export_rows, []

    def interrupted_on_the_fourth_page(page):
        if len(done) == 3:
            raise KeyboardInterrupt
        done.append(page.source.path)
        return export_rows(page)

    monkeypatch.setattr(cli, "_export_rows", interrupted_on_the_fourth_page)
    result = runner.invoke(app, ["export", str(DATA), "--out", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1].startswith(
        f"interrupted: 3 of 5 pages done; partial results in {tmp_path / 'partial'}; not processed: 2 (")
    from discourse.report.export import read_tables

    assert read_tables(tmp_path / "partial").articles["path"].tolist() == done


def test_progress_stays_off_when_not_a_terminal_and_with_quiet(monkeypatch):
    import discourse.pipeline as pipeline

    plain = runner.invoke(app, ["parse", "--format", "json", str(DATA)])
    assert plain.exit_code == 0 and plain.stderr == ""
    monkeypatch.setattr(pipeline, "stderr_is_terminal", lambda: True)
    quiet = runner.invoke(app, ["parse", "--format", "json", "--quiet", str(DATA)])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == plain.stdout
    shown = runner.invoke(app, ["parse", "--format", "json", str(DATA)])
    assert "5/5" in shown.stderr and shown.stdout == plain.stdout


def test_jobs_must_be_positive():
    result = runner.invoke(app, ["parse", "--jobs", "0", SEED])
    assert result.exit_code == 2 and "--jobs" in result.stderr


def test_json_shows_what_was_set_apart_beside_each_comment_and_whom_a_reply_named(tmp_path):
    """A user asking why a comment was read as a thread's reply sees its links and the name it answered."""
    page = tmp_path / "ferries.txt"
    page.write_text(
        "Ferries to start early\n\nBy Jane Roe\n\n"
        "The harbour's ferries will start an hour earlier from Monday, the operator said on Friday.\n\n"
        "Commuters had asked for the change for years, and the council backed it last month.\n\n"
        "2 Comments\n\n"
        "Ann Lee\nMarch 4, 2023 at 9:00 pm\nAt last, this will help so many of us.\nReply\n\n"
        "Bob Ray\nMarch 5, 2023 at 8:00 am\nIn reply to Ann Lee.\nNot for those of us on the late shift.\nReply\n",
        encoding="utf-8")
    result = runner.invoke(app, ["parse", "--format", "json", str(page)])
    assert result.exit_code == 0
    comments = json.loads(result.stdout)["comments"]
    assert [(c["author"], c["furniture"]) for c in comments["items"]] == [("Ann Lee", ["Reply"]), ("Bob Ray", ["Reply"])]
    assert [c["text"] for c in comments["items"]][1] == "Not for those of us on the late shift."
    assert [(r["kind"], r["comment"], r["name"]) for r in comments["repairs"]] == [("reply_marker", 2, "Ann Lee")]


def test_json_and_summary_say_when_replies_may_be_hidden_among_the_top_level_comments(tmp_path):
    """An editor reading a flat w3m thread with "Reply" under each comment is told its zero replies may be wrong."""
    from tests.parse.test_nesting_hidden import thread

    flat, shown = tmp_path / "flat.txt", tmp_path / "shown.txt"
    flat.write_text(thread(), encoding="utf-8")
    shown.write_text(thread(indents=("", "    ", "")), encoding="utf-8")
    parsed = runner.invoke(app, ["parse", "--format", "json", str(flat), str(shown)])
    assert [json.loads(line)["comments"]["nesting_hidden"] for line in parsed.stdout.splitlines()] == [True, False]
    summaries = runner.invoke(app, ["summary", "--json", str(flat), str(shown)])
    first, second = (json.loads(line) for line in summaries.stdout.splitlines())
    assert (first["comments"]["nesting_hidden"], second["comments"]["nesting_hidden"]) == (True, False)
    assert any(s.startswith("Replies may be shown as top-level comments") for s in first["in_short"])
    assert not any(s.startswith("Replies may be shown") for s in second["in_short"])
    said = " ".join(runner.invoke(app, ["summary", str(flat)]).stdout.split())
    assert "Replies may be shown as top-level comments: the page offers a reply link under each comment" in said
