"""The page engine: input order, failures and Ctrl-C in a parallel batch, progress, and a Dask cluster."""

import io
import multiprocessing
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discourse import pipeline
from discourse.cli import app
from discourse.pipeline import Batch, RunOptions
from tests.conftest import DATA

PAGES = sorted(DATA.glob("*.txt"))
STOP_AT = "002_"


def title_of(page):
    return (page.source.path, page.article.title)


def title_until_stop(page):
    """Work that is interrupted (as by Ctrl-C) on the third data page."""
    if Path(page.source.path).name.startswith(STOP_AT):
        raise KeyboardInterrupt
    return title_of(page)


def run(paths, work, jobs):
    failures = []
    batch = Batch(paths, RunOptions(jobs=jobs, quiet=True), failures.append)
    return batch, list(batch.results(work)), failures


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order(jobs):
    paths = PAGES[::-1] * 3
    batch, results, failures = run(paths, title_of, jobs)
    assert [path for path, _ in results] == [str(path) for path in paths]
    assert not failures and not batch.interrupted and batch.done == len(paths)


def test_a_bad_file_in_a_parallel_batch_is_reported_and_the_rest_done(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [*PAGES[:2], empty, tmp_path / "missing.txt", *PAGES[2:]]
    batch, results, failures = run(paths, title_of, 2)
    assert [path for path, _ in results] == [str(path) for path in PAGES]
    assert batch.failures == [str(empty), str(tmp_path / "missing.txt")]
    assert "empty file" in failures[0] and "no such file" in failures[1]


def title_or_worker_killed(page):
    """Work whose process is killed (as by the out-of-memory killer) on the third data page."""
    if Path(page.source.path).name.startswith(STOP_AT):
        os.kill(os.getpid(), signal.SIGKILL)
    return title_of(page)


def test_a_worker_killed_on_a_page_costs_that_page_and_the_rest_is_done():
    paths = PAGES * 2
    batch, results, failures = run(paths, title_or_worker_killed, 2)
    killer = [path for path in PAGES if path.name.startswith(STOP_AT)]
    assert [path for path, _ in results] == [str(path) for path in paths if path not in killer]
    assert batch.failures == [str(killer[0])] and batch.done == len(paths) and not batch.interrupted
    assert len(failures) == 2 and all("ended abruptly" in line and "\n" not in line for line in failures)


class BrokenPoolWithALateWorker:
    """A pool that a dead worker broke while a racing submit started one more worker: the pool's
    manager waits for that worker, which nothing tells to stop (as CPython's own pool can)."""

    def __init__(self, worker):
        self._broken = "a child process terminated abruptly"
        self._processes = {worker.pid: worker}
        self._executor_manager_thread = threading.Thread(target=worker.join, daemon=True)
        self._executor_manager_thread.start()
        self.shut_down_with = None

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.shut_down_with = (wait, cancel_futures)
        self._processes = None


def test_closing_a_pool_broken_with_a_worker_left_waiting_ends_that_worker(monkeypatch):
    monkeypatch.setattr(pipeline, "BROKEN_POOL_GRACE_SECONDS", 0.2)
    worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(600,), daemon=True)
    worker.start()
    pool = BrokenPoolWithALateWorker(worker)
    began = time.monotonic()
    pipeline._shut_down(pool)
    assert not worker.is_alive() and not pool._executor_manager_thread.is_alive()
    assert pool.shut_down_with == (False, True) and time.monotonic() - began < 30


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_interrupt_keeps_what_was_done_and_names_the_rest(jobs):
    batch, results, _ = run(PAGES, title_until_stop, jobs)
    assert batch.interrupted and [path for path, _ in results] == [str(path) for path in PAGES[:2]]
    assert batch.interruption().startswith(f"interrupted: 2 of 5 pages done; not processed: 3 ({PAGES[2]}, ")


def test_progress_is_shown_on_a_terminal_and_silenced_by_quiet(monkeypatch):
    monkeypatch.setattr(pipeline, "stderr_is_terminal", lambda: True)
    for quiet, shown in ((False, True), (True, False)):
        monkeypatch.setattr(sys, "stderr", io.StringIO())
        with pipeline.progress_bar(3, quiet) as advance:
            for _ in range(3):
                advance()
        assert ("3/3" in sys.stderr.getvalue()) is shown


def test_progress_never_appears_when_stderr_is_not_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with pipeline.progress_bar(3, quiet=False) as advance:
        advance()
    assert sys.stderr.getvalue() == ""


@pytest.fixture(scope="session")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def test_a_dask_cluster_gives_the_same_json_as_a_local_run(cluster):
    args = ["parse", "--format", "json", str(DATA)]
    local = CliRunner().invoke(app, [*args, "--jobs", "2"])
    remote = CliRunner().invoke(app, [*args, "--scheduler", cluster])
    assert remote.exit_code == 0 == local.exit_code, remote.output
    assert remote.stdout == local.stdout and len(remote.stdout.splitlines()) == 5


def test_a_dask_cluster_gives_the_same_export_as_a_local_run(cluster, tmp_path):
    for name, how in (("local", ["--jobs", "1"]), ("cluster", ["--scheduler", cluster])):
        result = CliRunner().invoke(app, ["export", str(DATA), "--out", str(tmp_path / name), *how])
        assert result.exit_code == 0, result.output
    for path in (tmp_path / "local").iterdir():
        assert path.read_bytes() == (tmp_path / "cluster" / path.name).read_bytes(), path.name


def test_cluster_tasks_hold_consecutive_pages_up_to_a_size_or_a_count(tmp_path, monkeypatch):
    sizes = [10, 10, 30, 5, 5, 5, 5]
    paths = []
    for number, size in enumerate(sizes):
        paths.append(tmp_path / f"p{number}.txt")
        paths[-1].write_bytes(b"x" * size)
    paths.insert(3, tmp_path / "missing.txt")
    monkeypatch.setattr(pipeline, "CLUSTER_TASK_BYTES", 25)
    monkeypatch.setattr(pipeline, "CLUSTER_TASK_PAGES", 3)
    monkeypatch.setattr(pipeline, "CLUSTER_TAIL_SHARE", 1)  # a task may hold every page left
    tasks = list(pipeline._cluster_tasks(paths))
    names = [[Path(file.path if isinstance(file, pipeline.Failure) else file[0]).name for file in task]
             for task in tasks]
    assert names == [["p0.txt", "p1.txt", "p2.txt"], ["missing.txt", "p3.txt", "p4.txt"], ["p5.txt", "p6.txt"]]
    assert isinstance(tasks[1][0], pipeline.Failure)


def test_the_last_cluster_tasks_shrink_to_one_page_so_that_workers_finish_together(tmp_path, monkeypatch):
    paths = []
    for number in range(400):
        paths.append(tmp_path / f"p{number:03d}.txt")
        paths[-1].write_bytes(b"x")
    tasks = list(pipeline._cluster_tasks(paths, threads=2))
    sizes = [len(task) for task in tasks]
    assert [Path(file[0]).name for task in tasks for file in task] == [path.name for path in paths]
    assert sizes[0] == pipeline.CLUSTER_TASK_PAGES and sizes[-4:] == [1, 1, 1, 1]
    assert sizes == sorted(sizes, reverse=True)
    assert len(tasks) < len(paths) / 4  # most pages still travel in full tasks


def test_a_split_exports_pages_travel_in_full_cluster_tasks_until_the_tail(monkeypatch):
    # one export of 200 pages: its parts are counted as the units left, not the one file
    pages = 200
    monkeypatch.setattr(pipeline, "_units", lambda path: (pipeline.Part(str(path), [], pages - number, 1)
                                                          for number in range(1, pages + 1)))
    sizes = [len(task) for task in pipeline._cluster_tasks([Path("export.xml")], threads=2)]
    assert sum(sizes) == pages and sizes[0] == pipeline.CLUSTER_TASK_PAGES and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True) and len(sizes) < pages / 4


def test_a_dask_cluster_keeps_input_order_and_reports_bad_files_inside_tasks(cluster, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CLUSTER_TASK_PAGES", 2)
    monkeypatch.setattr(pipeline, "CLUSTER_TAIL_SHARE", 0.01)  # full tasks to the end
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [*PAGES[:3], empty, *PAGES[3:], *PAGES[::-1]]
    failures = []
    batch = Batch(paths, RunOptions(scheduler=cluster, quiet=True), failures.append)
    results = list(batch.results(title_of))
    assert [path for path, _ in results] == [str(path) for path in paths if path != empty]
    assert batch.failures == [str(empty)] and "empty file" in failures[0] and batch.done == len(paths)


def test_ctrl_c_on_a_dask_cluster_stops_at_a_page_inside_a_task(cluster, monkeypatch):
    import signal

    monkeypatch.setattr(pipeline, "CLUSTER_TASK_PAGES", 4)
    monkeypatch.setattr(pipeline, "CLUSTER_TAIL_SHARE", 0.01)  # full tasks to the end
    batch = Batch(PAGES, RunOptions(scheduler=cluster, quiet=True), lambda message: None)
    seen = []
    for result in batch.results(title_of):
        seen.append(result)
        if len(seen) == 2:  # the first task holds four pages: two of them are not handed on
            signal.raise_signal(signal.SIGINT)
    assert batch.interrupted and len(seen) == 2 and batch.done == 2
    assert batch.interruption().startswith(f"interrupted: 2 of 5 pages done; not processed: 3 ({PAGES[2]}, ")


def test_an_unreachable_scheduler_is_a_one_line_error(monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(pipeline, "SCHEDULER_TIMEOUT", "0.5s")
    result = CliRunner().invoke(app, ["parse", str(DATA), "--scheduler", "tcp://127.0.0.1:1", "--quiet"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: cannot use the Dask scheduler at tcp://127.0.0.1:1")


def test_sigterm_stops_a_parallel_run_like_ctrl_c_and_leaves_no_worker_behind(tmp_path):
    import signal
    import subprocess

    import psutil

    for copy in range(300):
        (tmp_path / f"page{copy:03d}.txt").write_bytes(PAGES[copy % len(PAGES)].read_bytes())
    run = subprocess.Popen([sys.executable, "-m", "discourse", "parse", str(tmp_path), "--format", "json",
                            "--jobs", "2", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process = psutil.Process(run.pid)
    run.stdout.readline()  # a page is done: the workers are running
    workers = process.children(recursive=True)
    run.send_signal(signal.SIGTERM)
    rest, errors = run.communicate(timeout=120)
    assert run.returncode == pipeline.INTERRUPTED_EXIT
    assert errors.startswith("interrupted: ") and "of 300 pages done; not processed: " in errors
    done = int(errors.split()[1])
    assert 1 <= done < 300 and len(rest.splitlines()) + 1 == done
    gone, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, "worker processes outlived the run"


def test_workers_preload_no_heavy_library_they_do_not_use():
    """The fork server (and a Dask worker) imports the analysis and the row builder; pandas,
    scikit-learn and SciPy's statistics and special functions cost up to a second or more per
    process and are used only where tables are built or topics fitted."""
    import subprocess

    code = ("import sys; " + "; ".join(f"import {name}" for name in pipeline.WORKER_PRELOAD if "lifeline" not in name)
            + "; print(sorted(m for m in ('pandas', 'sklearn', 'scipy.stats', 'scipy.special') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(Path(pipeline.__file__).parents[1])})
    assert loaded.stdout.strip() == "[]"


EXPORTS = Path(__file__).parent / "parse" / "exports" / "fixtures"


def test_a_many_page_export_is_spread_over_tasks_one_page_each(monkeypatch):
    monkeypatch.setattr(pipeline, "SPLIT_BYTES", 0)  # the fixture is small; real exports run to megabytes
    tasks = list(pipeline._page_tasks([PAGES[0], EXPORTS / "wordpress.xml", PAGES[1]]))
    parts = [file for task in tasks for file in task if isinstance(file, pipeline.Part)]
    assert len(tasks) == 5 and [len(task) for task in tasks] == [1] * 5
    assert [page.source.record for part in parts for page in part.pages] == ["101", "102", "2"]
    assert [part.last for part in parts] == [False, False, True]


@pytest.mark.parametrize("jobs", [2, "cluster"])
def test_a_split_export_gives_the_same_tables_and_counts_as_one_file(jobs, tmp_path, monkeypatch, request):
    monkeypatch.setattr(pipeline, "SPLIT_BYTES", 0)
    monkeypatch.setattr(pipeline, "CLUSTER_TASK_PAGES", 2)  # parts of one file in different tasks
    inputs = [str(PAGES[0]), str(EXPORTS / "wordpress.xml"), str(EXPORTS / "disqus.xml"), str(PAGES[1])]
    how = ["--scheduler", request.getfixturevalue("cluster")] if jobs == "cluster" else ["--jobs", str(jobs)]
    for name, options in (("one", ["--jobs", "1"]), ("split", how)):
        result = CliRunner().invoke(app, ["export", *inputs, "--out", str(tmp_path / name), *options])
        assert result.exit_code == 0, result.output
    for path in (tmp_path / "one").iterdir():
        assert path.read_bytes() == (tmp_path / "split" / path.name).read_bytes(), path.name
    batch = Batch([Path(path) for path in inputs], RunOptions(jobs=2, quiet=True), lambda message: None)
    pages = list(batch.results(title_of))
    assert batch.done == 4 and len(pages) == 2 + 3 + len(pipeline.read_pages((EXPORTS / "disqus.xml").read_bytes(), "d"))


def test_one_large_file_gets_the_workers_asked_for_one_small_file_runs_here(monkeypatch):
    export = EXPORTS / "wordpress.xml"
    assert pipeline._local_workers(RunOptions(jobs=2), [export]) == 1  # smaller than SPLIT_BYTES
    monkeypatch.setattr(pipeline, "SPLIT_BYTES", export.stat().st_size)
    assert pipeline._local_workers(RunOptions(jobs=2), [export]) == 2
    assert pipeline._local_workers(RunOptions(jobs=2), [export, *PAGES[:3]]) == 2


@pytest.mark.parametrize("platform, library", [
    ("linux", "here"),  # this machine's C library, glibc or not
    ("linux", "without malloc_trim"),  # musl
    ("linux", "missing"),
    ("darwin", "here"),
    ("win32", "here"),
])
def test_giving_memory_back_never_fails_a_run_on_any_c_library(platform, library, monkeypatch):
    import ctypes

    class NoTrim:
        pass

    def load(name, *args, **kwargs):
        if library == "missing":
            raise OSError("no C library")
        return NoTrim() if library == "without malloc_trim" else real(name, *args, **kwargs)

    real = ctypes.CDLL
    monkeypatch.setattr(ctypes, "CDLL", load)
    monkeypatch.setattr(sys, "platform", platform)
    pipeline._malloc_trim.cache_clear()
    try:
        pipeline.release_free_memory()
        assert (pipeline._malloc_trim() is None) == (platform != "linux" or library != "here"
                                                    or not hasattr(real(None), "malloc_trim"))
    finally:
        pipeline._malloc_trim.cache_clear()


KILLER_RUN_SECONDS = 60
KILLER_ATTEMPTS = 3


def _run_killing_workers(distributed, paths):
    """A batch on its own two-worker cluster (the workers it kills restart, which the other cluster
    tests need not wait for), given KILLER_RUN_SECONDS: (batch, results, failures), results None
    where the run stalled. Each death also loses the results its worker held, and now and then Dask
    stalls in the storm of restarts, with workers up and a task that never comes back (seen on busy
    and on idle machines, with any number of retries): a stall is Dask's, and the run is tried again."""
    import dask

    outcome: dict = {}
    # A task fails after its second worker dies (Dask's default is the fourth): fewer deaths, fewer stalls.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as local:
        failures = []
        batch = Batch(paths, RunOptions(scheduler=local.scheduler_address, quiet=True), failures.append)
        def run():
            try:
                outcome["results"] = list(batch.results(title_or_worker_killed))
            except BaseException as error:  # handed to the test
                outcome["error"] = error

        runner = threading.Thread(target=run, daemon=True)
        runner.start()
        runner.join(KILLER_RUN_SECONDS)
    if "error" in outcome:
        raise outcome["error"]
    return batch, outcome.get("results"), failures


def test_a_page_that_kills_every_dask_worker_running_it_is_one_failed_file_and_the_rest_done():
    distributed = pytest.importorskip("dask.distributed")
    paths = PAGES * 2
    killer = [path for path in PAGES if path.name.startswith(STOP_AT)]
    for _ in range(KILLER_ATTEMPTS):
        batch, results, failures = _run_killing_workers(distributed, paths)
        if results is not None:
            break
    else:
        pytest.fail(f"Dask stalled in each of {KILLER_ATTEMPTS} runs of {KILLER_RUN_SECONDS} s")
    assert [path for path, _ in results] == [str(path) for path in paths if path not in killer]
    assert batch.failures == [str(killer[0])] and batch.done == len(paths) and not batch.interrupted
    assert len(failures) == 2 and all("ended abruptly" in line and "\n" not in line for line in failures)


def test_a_lost_task_names_each_page_of_a_split_export_once(monkeypatch):
    monkeypatch.setattr(pipeline, "SPLIT_BYTES", 0)
    parts = [unit for unit in pipeline._units(EXPORTS / "wordpress.xml")]
    outcomes = pipeline._lost(parts, "its worker process ended abruptly")
    lines = [failure.message for outcome in outcomes for failure in outcome]
    assert len(lines) == len(set(lines)) == len(parts)
    assert all(line.startswith(f"{EXPORTS / 'wordpress.xml'} [") for line in lines)


def worker_killed(page):
    """Work whose process is killed on every page: workers that cannot run at all."""
    os.kill(os.getpid(), signal.SIGKILL)


def test_workers_that_keep_dying_end_the_run_with_one_line_not_one_per_file():
    failures = []
    batch = Batch(PAGES * 4, RunOptions(jobs=2, quiet=True), failures.append)
    with pytest.raises(pipeline.SchedulerError, match="keep ending abruptly"):
        list(batch.results(worker_killed))
    assert len(failures) == pipeline.LOST_IN_A_ROW - 1


def test_a_dask_cluster_left_without_workers_ends_the_run_with_one_line(monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    monkeypatch.setattr(pipeline, "NO_WORKER_SECONDS", 1)
    monkeypatch.setattr(pipeline, "WORKER_CHECK_SECONDS", 0.2)
    # A cluster whose workers are all gone: its tasks would wait for ever.
    with distributed.LocalCluster(n_workers=0, processes=True, dashboard_address=":0") as local:
        batch = Batch(PAGES, RunOptions(scheduler=local.scheduler_address, quiet=True), [].append)
        with pytest.raises(pipeline.SchedulerError, match="no worker for 1 s") as raised:
            list(batch.results(title_of))
    assert "\n" not in str(raised.value)
