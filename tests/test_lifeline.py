"""A run killed outright (kill -9) leaves no process behind, and its temporaries go at the next start."""

import os
import signal
import subprocess
import sys
import time

import psutil
from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import DATA, REPO

PAGES = sorted(DATA.glob("*.txt"))


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_kill_9_of_an_export_ends_every_helper_process_and_the_next_run_removes_the_spool(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "tables"
    corpus.mkdir()
    for copy in range(600):
        (corpus / f"page{copy:03d}.txt").write_bytes(PAGES[copy % len(PAGES)].read_bytes())
    run = subprocess.Popen([sys.executable, "-m", "discourse", "export", str(corpus), "--out", str(out),
                            "--jobs", "2", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        parent = psutil.Process(run.pid)
        # the fork server, the resource tracker and two workers, with pages being spooled
        assert wait_for(lambda: len(parent.children(recursive=True)) >= 4 and any(
            p.name.startswith(".export-spool.") and p.stat().st_size for p in out.glob(".*")), 120)
        helpers = parent.children(recursive=True)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    _, alive = psutil.wait_procs(helpers, timeout=20)
    for process in alive:
        process.kill()
    assert not alive, f"outlived the run: {[process.cmdline()[-1][:80] for process in alive]}"
    assert any(p.name.startswith(".export-spool.") for p in out.iterdir()), "the killed run left no spool to test"
    result = CliRunner().invoke(app, ["export", str(DATA), "--out", str(out), "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.csv", "comments.csv", "data-dictionary.json", "data-dictionary.md", "sentences.csv"]
