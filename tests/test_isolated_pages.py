"""`--jobs 1` analyses a large file in a forked process, so that its working set leaves with that process."""

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from discourse import pipeline
from discourse.pipeline import Batch, RunOptions
from tests.conftest import DATA

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="files are analysed apart on Linux only")

PAGES = sorted(DATA.glob("*.txt"))
KILLED_ON = "002_"


def process_and_title(page):
    return os.getpid(), page.source.path, page.article.title


def title_or_killed(page):
    """Work whose process is killed (as by the out-of-memory killer) on one page."""
    if Path(page.source.path).name.startswith(KILLED_ON):
        os.kill(os.getpid(), signal.SIGKILL)
    return page.source.path, page.article.title


def run(work):
    failures = []
    batch = Batch(PAGES, RunOptions(jobs=1, quiet=True), failures.append)
    return batch, list(batch.results(work)), failures


def test_small_files_are_analysed_in_this_process():
    _, results, failures = run(process_and_title)
    assert not failures and {pid for pid, _, _ in results} == {os.getpid()}


def test_a_large_file_is_analysed_apart_with_the_same_outcome_in_input_order(monkeypatch):
    _, here, _ = run(process_and_title)
    monkeypatch.setattr(pipeline, "ISOLATE_FROM_BYTES", 0)
    _, apart, failures = run(process_and_title)
    assert not failures and os.getpid() not in {pid for pid, _, _ in apart}
    assert [result[1:] for result in apart] == [result[1:] for result in here]


def test_a_page_process_killed_costs_that_page_in_one_line_and_the_rest_is_done(monkeypatch):
    monkeypatch.setattr(pipeline, "ISOLATE_FROM_BYTES", 0)
    batch, results, failures = run(title_or_killed)
    killed = [str(path) for path in PAGES if path.name.startswith(KILLED_ON)]
    assert [path for path, _ in results] == [str(path) for path in PAGES if str(path) not in killed]
    assert batch.failures == killed and not batch.interrupted
    assert len(failures) == 1 and "killed by signal 9" in failures[0] and "\n" not in failures[0]


def title_after_ctrl_c(page):
    """Work that presses Ctrl-C on the run (its parent process) on one page, then takes long."""
    if Path(page.source.path).name.startswith(KILLED_ON):
        os.kill(os.getppid(), signal.SIGINT)
        time.sleep(30)
    return page.source.path, page.article.title


def test_ctrl_c_while_a_page_is_analysed_apart_stops_its_process_at_once(monkeypatch):
    monkeypatch.setattr(pipeline, "ISOLATE_FROM_BYTES", 0)
    started = time.monotonic()
    batch, results, _ = run(title_after_ctrl_c)
    assert batch.interrupted and time.monotonic() - started < 10
    assert [path for path, _ in results] == [str(path) for path in PAGES if path.name < KILLED_ON]
