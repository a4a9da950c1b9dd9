"""The command line under bad paths and faults: one line per bad path, the batch goes on, nothing hangs."""

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import DATA, REPO

runner = CliRunner()
SEED = DATA / "004_4089cd0367db9c7b.txt"


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real command in its own process, so that a hang fails the test instead of stalling it."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "discourse", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_fifo_and_link_loop_among_inputs_are_one_line_each_and_the_batch_goes_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    for command in (["parse", "--format", "json"], ["report", "--out", str(tmp_path / "report")]):
        result = run_cli(*command, str(tmp_path / "pipe.txt"), str(tmp_path / "loop.txt"), str(SEED),
                         "--jobs", "1", "--quiet", timeout=60)
        assert result.returncode == 1, result.stderr
        assert result.stderr.splitlines() == [
            f"error: {tmp_path / 'pipe.txt'}: is a named pipe (FIFO), not a regular file",
            f"error: {tmp_path / 'loop.txt'}: symbolic link loop (the link points back to itself)",
            f"error: 2 file(s) failed: {tmp_path / 'pipe.txt'}, {tmp_path / 'loop.txt'}",
        ]
    assert (tmp_path / "report" / "index.html").exists()
    assert (tmp_path / "report" / f"{SEED.stem}.html").exists()


def test_an_unreadable_file_is_one_failed_page_not_a_usage_error(tmp_path, monkeypatch):
    """As root every file is readable; a normal user's refusal is simulated where it is checked."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SEED.read_bytes())
    real_access, real_open = os.access, os.open

    def is_secret(path) -> bool:
        return os.fspath(path) == os.fspath(secret)

    def access(path, mode, *args, **kwargs):
        return False if is_secret(path) else real_access(path, mode, *args, **kwargs)

    def open_file(path, *args, **kwargs):
        if is_secret(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", open_file)
    result = runner.invoke(app, ["parse", "--format", "json", "--jobs", "1", str(secret), str(SEED)])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == f"error: {secret}: permission denied"
    assert len(result.stdout.splitlines()) == 1


def test_a_very_long_input_name_gets_a_short_distinct_report_file(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    long_names = ["x" * 246 + f"{n}.txt" for n in (1, 2)]  # 251 characters, sharing their first 246
    for name in long_names:
        (pages / name).write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["report", str(pages), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(written) == 3 and "index.html" in written
    assert all(len(name.encode()) <= 130 for name in written)
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}"' in index for name in written if name != "index.html")


def interrupt_on_page(monkeypatch, name: str, stop_at: int) -> list[str]:
    """Make the command's per-page work stop as Ctrl-C does on page number stop_at (from 1)."""
    import discourse.cli as cli

    work, done = getattr(cli, name), []

    def interrupted(page):
        if len(done) == stop_at - 1:
            raise KeyboardInterrupt
        done.append(page.source.path)
        return work(page)

    monkeypatch.setattr(cli, name, interrupted)
    return done


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_an_interrupted_export_leaves_the_complete_one_and_puts_its_own_in_partial(tmp_path, monkeypatch):
    out = tmp_path / "tables"
    assert runner.invoke(app, ["export", str(DATA), "--out", str(out), "--jobs", "1"]).exit_code == 0
    complete = contents(out)
    done = interrupt_on_page(monkeypatch, "_export_rows", stop_at=3)
    result = runner.invoke(app, ["export", str(DATA), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 130
    assert result.stderr.splitlines()[-1].startswith(
        f"interrupted: 2 of 5 pages done; partial results in {out / 'partial'}; not processed: 3 (")
    assert contents(out) == complete
    from discourse.report.export import read_tables

    assert read_tables(out / "partial").articles["path"].tolist() == done
    monkeypatch.undo()
    assert runner.invoke(app, ["export", str(DATA), "--out", str(out), "--jobs", "1"]).exit_code == 0
    assert not (out / "partial").exists()


def test_an_interrupted_report_leaves_the_complete_one_and_no_orphan_beside_its_partial_index(
        tmp_path, monkeypatch):
    out = tmp_path / "report"
    assert runner.invoke(app, ["report", str(DATA), "--out", str(out), "--jobs", "1"]).exit_code == 0
    complete = contents(out)
    interrupt_on_page(monkeypatch, "_report_page", stop_at=3)
    result = runner.invoke(app, ["report", str(DATA), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 130
    assert f"partial results in {out / 'partial'};" in result.stderr.splitlines()[-1]
    assert contents(out) == complete
    first_two = [f"{path.stem}.html" for path in sorted(DATA.glob("*.txt"))[:2]]
    assert sorted(contents(out / "partial")) == sorted([*first_two, "index.html", "PARTIAL-RESULTS.txt"])
    index = (out / "partial" / "index.html").read_text(encoding="utf-8")
    assert index.count('<th scope="row">') == 2


def test_an_empty_folder_is_one_error_and_writes_no_empty_tables_or_report(tmp_path):
    (tmp_path / "empty").mkdir()
    for command in ("export", "report"):
        out = tmp_path / command
        result = runner.invoke(app, [command, str(tmp_path / "empty"), "--out", str(out), "--jobs", "1"])
        assert result.exit_code == 1
        assert result.stderr.splitlines()[0] == (f"error: {tmp_path / 'empty'}: a folder with no page files "
                                                 "(searched for *.txt, *.text, *.html, *.htm, *.xhtml, *.html.gz, "
                                                 "*.htm.gz, *.xhtml.gz, *.warc, *.warc.gz, *.xml, *.xml.gz, *.csv, "
                                                 "*.csv.gz, *.jsonl, *.jsonl.gz)")
        assert result.stdout == "" and not out.exists()


def test_an_unreachable_scheduler_fails_within_seconds_and_makes_no_folder(tmp_path):
    pytest.importorskip("dask.distributed")
    started = time.monotonic()
    result = runner.invoke(app, ["export", str(DATA), "--out", str(tmp_path / "out"),
                                 "--scheduler", "tcp://127.0.0.1:1", "--quiet"])
    assert time.monotonic() - started < 5
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["error: cannot use the Dask scheduler at tcp://127.0.0.1:1: "
                                          "Connection refused"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("make, message", [
    (lambda path: path.write_bytes(b'{"text": "caf\xe9", "label_sentiment": "positive"}\n'), "not UTF-8 text"),
    (os.mkfifo, "not a regular file"),
])
def test_labelled_data_that_is_no_text_file_is_one_line_not_a_traceback(tmp_path, make, message):
    """A Latin-1 labels file or a named pipe given to `evaluate` says what is wrong in one line."""
    labels = tmp_path / "labels.jsonl"
    make(labels)
    result = runner.invoke(app, ["evaluate", str(labels), "--task", "sentiment"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {labels}: {message}"]


@pytest.mark.parametrize("command", [["summary"], ["parse", "--format", "text"]])
def test_control_characters_in_a_page_do_not_reach_the_terminal(tmp_path, command):
    """A page's words may hold escape sequences that clear the screen or retitle the window; the
    terminal output shows them as replacement marks, and the words around them stay."""
    hostile = tmp_path / "page.txt"
    hostile.write_text(SEED.read_text(encoding="utf-8").replace(
        "The Regime Strikes Back", "The Regime\x1b]0;owned\x07\x1b[2J\x9b2J Strikes Back", 1), encoding="utf-8")
    result = runner.invoke(app, [*command, str(hostile)])
    assert result.exit_code == 0, result.output
    assert "Strikes Back" in result.output
    assert not any(mark in result.output for mark in ("\x1b]", "\x1b[2J", "\x07", "\x9b"))
