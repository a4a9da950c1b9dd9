"""The processing engine: one per-page function over a corpus, results in input order.

The same top-level work function runs in this process (`--jobs 1`), on local processes, or on
a Dask cluster (`--scheduler`): both pools are concurrent.futures executors, so one loop drives
them. A task is one page on local processes and a run of consecutive pages on a cluster, whose
per-task cost (scheduler round trip, serialisation, bookkeeping in three processes) is far
larger; the cluster's last tasks shrink to a page, so that no worker is left with a long task
while the others idle. The cluster connection is made in a thread from `Batch.prepare`, while
the command gets its output ready. A few tasks per worker are in flight (TASKS_PER_WORKER pages locally,
CLUSTER_TASKS_PER_THREAD tasks on a cluster) and the work returns a compact,
picklable result (never the page analysis), so memory stays flat however large the corpus.
Ctrl-C stops at a page boundary: what the caller consumed stays consumed, and the rest is
reported.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, CancelledError, Executor, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as ResultTimeout
from contextlib import closing, contextmanager
from functools import cache
from math import ceil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from discourse.lifeline import end_with_parent, exit_when_gone
from discourse.parse import InputError, read_pages
from discourse.parse.reading import read_page_bytes
from discourse.model import Page

T = TypeVar("T")
Work = Callable[[Page], T]

# Pages in flight per worker. Results come in input order, so a page with hundreds of comments at
# the head of the queue must not leave the other workers idle; 16 small results are little memory.
TASKS_PER_WORKER = 16
SHOWN_NOT_PROCESSED = 3
YOUNG_COLLECTION = 10_000  # allocations between young-generation collections while pages are analysed
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
INTERRUPTED_EXIT = 130
SCHEDULER_TIMEOUT = "10s"
SCHEDULER_PROBE_SECONDS = 3  # to open a connection: a scheduler that can be used answers at once
# A cluster left without any worker this long ends the run: its workers died and none came back (the
# tasks would wait for ever). Asked every WORKER_CHECK_SECONDS while a result is awaited.
NO_WORKER_SECONDS = 120
WORKER_CHECK_SECONDS = 5
# How long a pool broken by a dead worker may take to end its other workers before they are killed.
BROKEN_POOL_GRACE_SECONDS = 10.0
# A Dask task holds consecutive pages up to this many bytes, and at most this many pages: a task
# costs milliseconds of CPU in the client, scheduler and worker, a typical page tens of
# milliseconds of analysis.
CLUSTER_TASK_BYTES = 128 * 1024
CLUSTER_TASK_PAGES = 16
CLUSTER_TASKS_PER_THREAD = 4  # in flight: results come in input order, so a slow task must not idle the rest
# Near the end of a run a task holds at most 1/CLUSTER_TAIL_SHARE of the pages left per worker thread
# (guided self-scheduling): the last tasks hold one page, so the workers finish together, at the
# cost of about 7 * CLUSTER_TAIL_SHARE more tasks than full ones would be.
CLUSTER_TAIL_SHARE = 2
# An export file of at least this many bytes is parsed where the files are read and its pages spread
# over the workers (a WordPress export can hold thousands of posts).
SPLIT_BYTES = 64 * 1024
# Files in a row whose task broke a new local pool on its own: past this, the workers themselves
# cannot run (no memory left, a broken install), and the run ends with one line.
LOST_IN_A_ROW = 3
RELEASE_AFTER_BYTES = 16 * 1024  # after a file this large, freed memory goes back to the system (about 1 page in 13 of a generated corpus)
# Imported once by the fork server, so workers start with the analysis loaded (pandas, SciPy and
# scikit-learn are not needed there: the summary's test computes its p-values itself); the last ties
# the fork server's life to the run's.
WORKER_PRELOAD = ["discourse.analysis.page", "discourse.report.frames", "discourse._forkserver_lifeline"]


@dataclass(frozen=True)
class Failure:
    """A page that could not be read, parsed or analysed; the message is one line."""

    path: str
    message: str


@dataclass(frozen=True)
class RunOptions:
    """How to run: jobs=None uses every core; a scheduler address sends the pages to a Dask cluster."""

    jobs: int | None = None
    scheduler: str | None = None
    quiet: bool = False


class SchedulerError(Exception):
    """The Dask cluster, or the local worker processes, cannot be used; the message is one line."""


def process_page(work: Work, path: str, raw: bytes) -> list[Any]:
    """Read every page of one file from its bytes and apply work to each; top-level so that it
    pickles for any executor. Returns one outcome per page (a file such as a WARC holds many).

    Any error becomes a Failure, so a reader or analysis bug costs one page, never the batch.
    """
    with few_collections():
        return _process_page(work, path, raw)


def _process_page(work: Work, path: str, raw: bytes) -> list[Any]:
    try:
        pages = read_pages(raw, path)
    except InputError as error:
        return [Failure(path, str(error))]
    except Exception as error:
        return [Failure(path, f"{path}: could not be parsed ({type(error).__name__}: {error})")]
    outcomes = [_apply(work, page) for page in pages]
    if len(raw) >= RELEASE_AFTER_BYTES:
        del pages
        release_free_memory()
    return outcomes


def release_free_memory() -> None:
    """Hand the memory the allocator keeps after a large page back to the system (glibc's
    malloc_trim; a fraction of a millisecond). A page of hundreds of comments holds about 20 MiB
    while it is analysed; freed, that memory stayed with the process for the rest of the run, so
    everything after it (the topic fit, the next large page) came on top of it."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Any:
    """glibc's malloc_trim, or None where the C library has none (macOS, musl, Windows): there the
    memory stays with the process, as it did before, and nothing fails."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim  # the C library this Python runs on, whatever its file name
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


@dataclass(frozen=True)
class Part:
    """Pages of a many-page file (an export), parsed where the files are read and analysed apart from
    the rest of the file's pages; `last` marks the file's last part."""

    path: str
    pages: list[Page]
    after: int  # parts of the file after this one
    size: int  # the file's bytes over its pages: a measure of the work, to group parts into tasks

    @property
    def last(self) -> bool:
        return self.after == 0


def process_pages(work: Work, files: Sequence[tuple[str, bytes] | Part | Failure]) -> list[list[Any] | Failure]:
    """process_page over several files (or parts of files) in one task; a file that could not be
    read stays its Failure."""
    with few_collections():
        return [file if isinstance(file, Failure) else [_apply(work, page) for page in file.pages]
                if isinstance(file, Part) else _process_page(work, *file) for file in files]


@contextmanager
def few_collections() -> Iterator[None]:
    """Run the young-generation garbage collector every YOUNG_COLLECTION allocations instead of
    every 700 while pages are analysed: the analysis allocates millions of short-lived objects and
    makes few cycles, so the default threshold spends about a tenth of the analysis's CPU scanning
    them (the older generations' thresholds are left as they are). Restored on exit."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_COLLECTION), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _apply(work: Work, page: Page) -> Any:
    try:
        return work(page)
    except Exception as error:
        return Failure(page.source.path, f"{_page_name(page)}: could not be analysed ({type(error).__name__}: {error})")


def _page_name(page: Page) -> str:
    """The page's file, and its record in a file of many pages."""
    return page.source.path + (f" [{page.source.record}]" if page.source.record else "")


def read_page(path: Path) -> bytes | Failure:
    """The page bytes, read here so that workers, even remote ones, need no access to the files."""
    try:
        return read_page_bytes(path)
    except InputError as error:
        return Failure(str(path), str(error))


class _Paths(Sequence[Path]):
    """A run's input paths, kept as strings (a `Path` holds about 350 bytes, 1.7 MiB for 5,000 pages)
    and given back as `Path`s."""

    def __init__(self, paths: Iterable[Path]):
        self._names = [os.fspath(path) for path in paths]

    def __len__(self) -> int:
        return len(self._names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [Path(name) for name in self._names[index]]
        return Path(self._names[index])

    def __iter__(self) -> Iterator[Path]:
        return map(Path, self._names)


class Batch:
    """One run over a corpus: results in input order, failures reported as they come, Ctrl-C recorded."""

    def __init__(self, paths: Sequence[Path], options: RunOptions, report_failure: Callable[[str], None]):
        self.paths = _Paths(paths)
        self.options = options
        self.failures: list[str] = []
        self.done = 0
        self.interrupted = False
        self.partial_results: Path | None = None  # where the output of an interrupted run went
        self._report_failure = report_failure
        self._connection: _Connection | None = None

    def prepare(self) -> None:
        """Fail fast, before any output is made, when the Dask scheduler asked for cannot be reached,
        and connect to it in a thread (importing Dask and the handshake take about a second);
        for a local parallel run, start the fork server, so that it imports the analysis. Either
        way this process meanwhile imports what it needs to write the output. `close` ends what
        this started."""
        if self.options.scheduler:
            check_reachable(self.options.scheduler)
            if self._connection is None:
                self._connection = _Connection(self.options.scheduler)
        elif _local_workers(self.options, self.paths) > 1:
            _start_fork_server()

    def close(self) -> None:
        """Close the cluster connection `prepare` opened, if any (results() closes it when the run ends)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def results(self, work: Work) -> Iterator[T]:
        """Each successful page's result, in input order; returns early (interrupted) on Ctrl-C."""
        try:
            with few_collections(), _terminate_as_interrupt(), self._outcomes(work) as outcomes, \
                    progress_bar(len(self.paths), self.options.quiet) as advance:
                for outcome in outcomes:
                    yield from self._consume(outcome)
                    advance()
        except KeyboardInterrupt:
            self.interrupted = True

    @contextmanager
    def _outcomes(self, work: Work) -> Iterator[Iterator[Any]]:
        if not self.options.scheduler:
            with _outcomes(self.paths, work, self.options) as outcomes:
                yield outcomes
            return
        if self._connection is None:
            self.prepare()
        connection = self._connection
        assert connection is not None
        try:
            with connection.executor() as (executor, threads), \
                    closing(_in_order(_Cluster(executor, connection.workers), threads * CLUSTER_TASKS_PER_THREAD,
                                      _cluster_tasks(self.paths, threads), work)) as outcomes:
                yield outcomes
        finally:
            self.close()  # the run is over: no client left alive (it ticks) while the output is finished

    def _consume(self, outcomes: Any) -> Iterator[T]:
        """Hand on one file's outcomes; a Ctrl-C while the caller handles them waits until the file is done."""
        if isinstance(outcomes, Failure):
            outcomes = [outcomes]
        with _interrupts_deferred() as deferred:
            for outcome in outcomes:
                if isinstance(outcome, Failure):
                    if outcome.path not in self.failures:
                        self.failures.append(outcome.path)
                    self._report_failure(outcome.message)
                else:
                    yield outcome
            self.done += 1
        if deferred.pressed:
            raise KeyboardInterrupt

    def interruption(self) -> str:
        """One line: how far the run got and which pages were not processed."""
        rest = [str(path) for path in self.paths[self.done:]]
        shown = ", ".join(rest[:SHOWN_NOT_PROCESSED]) + (", …" if len(rest) > SHOWN_NOT_PROCESSED else "")
        partial = f"partial results in {self.partial_results}; " if self.partial_results else ""
        return (f"interrupted: {self.done} of {len(self.paths)} pages done; {partial}"
                f"not processed: {len(rest)} ({shown})")


class _Deferred:
    pressed = False

    def press(self, *_: object) -> None:
        self.pressed = True


@contextmanager
def _interrupts_deferred() -> Iterator[_Deferred]:
    """Hold Ctrl-C (and SIGTERM) back while a result is written, so a file never gets half a page."""
    deferred = _Deferred()
    with _handling(STOP_SIGNALS, deferred.press):
        yield deferred


def _raise_interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (kill, a job scheduler's stop) ends a run as Ctrl-C does: work done is kept, workers stop."""
    with _handling([signal.SIGTERM], _raise_interrupt):
        yield


@contextmanager
def _handling(signals: Sequence[signal.Signals], handler: Callable) -> Iterator[None]:
    """Install handler for signals, then restore the previous ones; a no-op off the main thread,
    where signals cannot be caught."""
    try:
        previous = {number: signal.signal(number, handler) for number in signals}
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


@contextmanager
def _outcomes(paths: Sequence[Path], work: Work, options: RunOptions) -> Iterator[Iterator[Any]]:
    """Outcomes in input order from local processes (or this one); pending pages are cancelled on exit."""
    workers = _local_workers(options, paths)
    if workers <= 1:
        yield (_run_here(work, path) for path in paths)
        return
    with closing(_Pools(workers)) as pools, \
            closing(_in_order(pools, workers * TASKS_PER_WORKER, _page_tasks(paths), work)) as outcomes:
        yield outcomes


def _local_workers(options: RunOptions, paths: Sequence[Path]) -> int:
    """The workers asked for, no more than there are files, unless a file may be a many-page export
    whose pages are spread over them (one of SPLIT_BYTES or more)."""
    wanted = options.jobs or _cores()
    if len(paths) >= wanted or any(_file_size(path) >= SPLIT_BYTES for path in paths):
        return wanted
    return len(paths)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _run_here(work: Work, path: Path) -> Any:
    raw = read_page(path)
    return raw if isinstance(raw, Failure) else process_page(work, str(path), raw)


Task = list[tuple[str, bytes] | Part | Failure]


def _page_tasks(paths: Iterable[Path]) -> Iterator[Task]:
    """One task per file, its bytes read here (remote workers need no access to the files), or per
    page of a many-page export."""
    for path in paths:
        for unit in _units(path):
            yield [unit]


def _units(path: Path) -> Iterator[tuple[str, bytes] | Part | Failure]:
    """The file read here; a many-page export (a WordPress WXR, Disqus, ConvoKit or comment-table
    file of at least SPLIT_BYTES) parsed here too and handed on one page per Part, so that its pages
    are analysed on every worker rather than on one. Parsing such a file is a small part of
    analysing its pages."""
    file = _read(path)
    if isinstance(file, Failure) or not _many_pages(file[1]):
        yield file
        return
    parsed = _process_page(_parsed, *file)  # the same reading and the same failure as in a worker
    pages = [page for page in parsed if not isinstance(page, Failure)]
    if len(pages) != len(parsed) or len(pages) < 2:
        yield file  # a failure, or a single page: the worker reads it as any other file
        return
    for number, page in enumerate(pages, 1):
        yield Part(file[0], [page], len(pages) - number, len(file[1]) // len(pages))


def _parsed(page: Page) -> Page:
    return page


def _many_pages(raw: bytes) -> bool:
    if len(raw) < SPLIT_BYTES:
        return False
    from discourse.parse.detect import is_gzip, kind_of
    from discourse.parse.exports import EXPORT_KINDS

    return not is_gzip(raw) and kind_of(raw) in EXPORT_KINDS


def _cluster_tasks(paths: Sequence[Path], threads: int = 1) -> Iterator[Task]:
    """Consecutive files (or parts of a split export), read here, grouped up to CLUSTER_TASK_BYTES or
    CLUSTER_TASK_PAGES per task, and near the end up to 1/CLUSTER_TAIL_SHARE of the units left per
    thread (at least one): the files after this one and the parts of this one still to come."""
    task: Task = []
    size = limit = 0
    for number, path in enumerate(paths):
        for file in _units(path):
            if not task:  # units left, this one included
                limit = _task_pages(len(paths) - number + (file.after if isinstance(file, Part) else 0), threads)
            task.append(file)
            size += _size(file)
            if size >= CLUSTER_TASK_BYTES or len(task) >= limit:
                yield task
                task, size = [], 0
    if task:
        yield task


def _size(file: tuple[str, bytes] | Part | Failure) -> int:
    """Bytes of a task's file, as a measure of its work."""
    if isinstance(file, Failure):
        return 0
    return file.size if isinstance(file, Part) else len(file[1])


def _task_pages(left: int, threads: int) -> int:
    return max(1, min(CLUSTER_TASK_PAGES, ceil(left / (max(1, threads) * CLUSTER_TAIL_SHARE))))


def _read(path: Path) -> tuple[str, bytes] | Failure:
    raw = read_page(path)
    return raw if isinstance(raw, Failure) else (str(path), raw)


def _in_order(pools: _Pools | _Cluster, window: int, tasks: Iterator[Task], work: Work) -> Iterator[Any]:
    """Keep `window` tasks in flight and yield each file's outcomes in input order.

    A task whose worker ended abruptly (killed, out of memory) costs its files, not the run: local
    workers get a new pool, where the task at the head is tried once more alone (every pending task
    of a broken pool fails, whichever page broke it) before the others go back in flight; a
    cluster has already retried it on other workers. A cluster that is gone ends the run with a
    SchedulerError (one line)."""
    pending: deque[tuple[Future | None, Task]] = deque()
    lost = 0  # tasks in a row that broke a new pool on their own

    def submit(task: Task) -> Future | None:
        readable = any(not isinstance(file, Failure) for file in task)
        return pools.executor.submit(process_pages, work, task) if readable else None

    def submit_next() -> None:
        task = next(tasks, None)
        if task is not None:
            pending.append((submit(task), task))

    def result(future: Future | None, task: Task) -> list[Any]:
        nonlocal lost
        if future is None:
            return task
        try:
            outcomes = pools.wait(future)
            lost = 0
            return outcomes
        except BrokenExecutor:
            pass
        except SchedulerError:  # the cluster, not the task, failed: the run ends
            raise
        except Exception as error:  # a result that did not come back (unpicklable; a worker lost on a cluster)
            pools.check(error)
            if len(task) > 1:  # only the file that failed should fail: each is tried alone
                return [result(submit([file]), [file])[0] for file in task]
            return _lost(task, _reason(error))
        # Every pending task of a broken pool fails, whichever page broke it: this one is tried alone
        # in a new pool, then the others go back in flight.
        pools.renew()
        try:
            outcomes = submit(task).result()
            lost = 0
        except BrokenExecutor:
            lost += 1
            if lost >= LOST_IN_A_ROW:
                raise SchedulerError(f"worker processes keep ending abruptly ({lost} files in a row, the "
                                     f"last {_file_path(task[0])}): killed, or out of memory?") from None
            pools.renew()
            outcomes = _lost(task, "its worker process ended abruptly: killed, or out of memory")
        except Exception as error:
            outcomes = _lost(task, _reason(error))
        waiting = [other for _, other in pending]
        pending.clear()
        pending.extend((submit(other), other) for other in waiting)
        return outcomes

    try:
        for _ in range(window):
            submit_next()
        parts: list[Any] = []  # outcomes of a split file's parts, handed on together after its last part
        while pending:
            future, task = pending.popleft()
            outcomes = result(future, task)
            submit_next()
            for file, outcome in zip(task, outcomes):
                if not isinstance(file, Part):
                    yield outcome
                    continue
                parts.extend(outcome)
                if file.last:
                    yield parts
                    parts = []
    finally:
        for future, _ in pending:
            if future is not None:
                future.cancel()


def _lost(task: Task, reason: str) -> list[Any]:
    """A task's outcomes when its result was lost: each file's Failure, or each page's of a split file."""
    def failure(path: str, name: str) -> Failure:
        return Failure(path, f"{name}: could not be analysed ({reason})")

    return [file if isinstance(file, Failure) else [failure(file[0], file[0])] if not isinstance(file, Part)
            else [failure(file.path, _page_name(page)) for page in file.pages] for file in task]


def _file_path(file: tuple[str, bytes] | Part | Failure) -> str:
    return file.path if isinstance(file, (Part, Failure)) else file[0]


def _reason(error: Exception) -> str:
    if type(error).__name__ == "KilledWorker":  # Dask's, after the task was tried on other workers
        return "every worker process that ran it ended abruptly: killed, or out of memory"
    return f"{type(error).__name__}: {_first_line(error)}"


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else "no message"


class _Pools:
    """The local worker pool, renewed when a worker that ended abruptly broke it."""

    def __init__(self, workers: int):
        self.workers = workers
        self.executor = _process_pool(workers)

    def renew(self) -> None:
        _shut_down(self.executor)
        self.executor = _process_pool(self.workers)

    @staticmethod
    def check(error: Exception) -> None:
        """Local results that fail do so one task at a time."""

    @staticmethod
    def wait(future: Future) -> Any:
        return future.result()

    def close(self) -> None:
        _shut_down(self.executor)


def _shut_down(executor: ProcessPoolExecutor) -> None:
    """Shut a pool down and wait for its workers; a broken pool's workers only for a while, then they are killed.

    A pool broken by a worker that died can otherwise wait for ever: CPython marks it broken without
    the lock `submit` holds, so a worker that a racing submit starts just after the pool terminated
    the others is never told to stop, and the pool's manager waits for it (seen under load when a
    page kills its worker). The pool's own record of its workers is read before shutdown clears it.
    """
    broken = bool(getattr(executor, "_broken", False))
    workers = getattr(executor, "_processes", None) or {}  # the live dict: a late worker shows up in it
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=not broken, cancel_futures=True)
    if not broken or manager is None:
        return
    manager.join(BROKEN_POOL_GRACE_SECONDS)
    for worker in list(workers.values()):
        if worker.is_alive():
            worker.kill()
    manager.join()


@dataclass
class _Cluster:
    """A Dask executor: it retries a task whose worker died on other workers, and is never renewed."""

    executor: Executor
    workers: Callable[[], int]  # how many workers the scheduler has now

    def renew(self) -> None:
        raise SchedulerError("the Dask cluster's executor stopped")

    def wait(self, future: Future) -> Any:
        """The task's result. A cluster that has had no worker for NO_WORKER_SECONDS ends the run
        (SchedulerError): its workers died and none came back, so the task would wait for ever."""
        alone_since: float | None = None
        while True:
            try:
                return future.result(timeout=WORKER_CHECK_SECONDS)
            except ResultTimeout:
                pass
            try:
                workers = self.workers()
            except (OSError, CancelledError) as error:
                raise _cluster_gone(error) from None
            now = time.monotonic()
            alone_since = None if workers else (now if alone_since is None else alone_since)
            if alone_since is not None and now - alone_since >= NO_WORKER_SECONDS:
                raise SchedulerError(f"the Dask cluster has had no worker for {NO_WORKER_SECONDS} s: "
                                     "its workers ended and none came back")

    @staticmethod
    def check(error: Exception) -> None:
        """A cluster that is gone (connection closed, futures cancelled) ends the run in one line."""
        if isinstance(error, (OSError, CancelledError)):
            raise _cluster_gone(error) from None


def _cluster_gone(error: Exception) -> SchedulerError:
    return SchedulerError(f"the Dask cluster stopped answering ({type(error).__name__}: {_first_line(error)})")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_fork_server() -> None:
    """Start the fork server with the analysis to import, unless it runs already (it serves every
    local pool of this process)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(WORKER_PRELOAD)
    forkserver.ensure_running()


def _process_pool(workers: int) -> ProcessPoolExecutor:
    """Workers forked from a server that has the analysis imported: fast to start, and never
    forked from this process, whose progress thread (or Dask client) could hold a lock."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
    _start_fork_server()
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))


def _start_worker(run: int) -> None:
    """Ctrl-C reaches the whole process group; only the run decides what it means. A worker ends
    when the run does, however it ends (kill -9 included), rather than wait for work for ever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent()
    exit_when_gone(run)


def check_reachable(address: str) -> None:
    """Raise SchedulerError at once when nothing listens at a tcp:// or tls:// scheduler address;
    the Dask client would retry for its whole timeout before saying so. Other protocols are left
    to the client."""
    protocol, _, location = address.rpartition("://")
    if protocol not in ("", "tcp", "tls"):
        return
    host, _, port = location.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "localhost", int(port)), SCHEDULER_PROBE_SECONDS):
            pass
    except ValueError:
        raise SchedulerError(f"cannot use the Dask scheduler at {address}: not a HOST:PORT address") from None
    except OSError as error:
        reason = "no answer" if isinstance(error, TimeoutError) else error.strerror or str(error)
        raise SchedulerError(f"cannot use the Dask scheduler at {address}: {reason}") from None


class _Connection:
    """A Dask client connecting in a thread: `executor` waits for it, `close` closes it."""

    def __init__(self, address: str):
        self._client: Any = None
        self._error: SchedulerError | None = None
        self._thread = threading.Thread(target=self._connect, args=(address,), name="dask-connection", daemon=True)
        self._thread.start()

    def _connect(self, address: str) -> None:
        try:
            self._client = _client(address)
        except SchedulerError as error:
            self._error = error

    @contextmanager
    def executor(self) -> Iterator[tuple[Executor, int]]:
        """A concurrent.futures executor on the cluster, and how many tasks it runs at once."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        try:
            threads = sum(self._client.nthreads().values())
        except (OSError, CancelledError) as error:  # the scheduler went away since the handshake
            raise _cluster_gone(error) from None
        executor = self._client.get_executor(pure=False)
        try:
            yield executor, max(1, threads)
        finally:  # a run that ends early leaves tasks in flight: cancel them, never wait for them
            executor.shutdown(wait=False)

    def workers(self) -> int:
        """How many workers the scheduler has now (after `executor` has connected)."""
        return len(self._client.nthreads())

    def close(self) -> None:
        self._thread.join()
        if self._client is not None:
            self._client.close()


def _client(address: str) -> Any:
    """A Dask client of the scheduler at address; SchedulerError (one line) when there is none to use."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise SchedulerError('--scheduler needs Dask: python3 -m pip install "discourse[cluster]"') from None
    try:
        return Client(address, timeout=SCHEDULER_TIMEOUT, set_as_default=False)
    except Exception as error:  # refused, timed out, or something else answering that port
        raise SchedulerError(f"cannot use the Dask scheduler at {address}: "
                             f"{str(error).splitlines()[0] if str(error) else type(error).__name__}") from None


@contextmanager
def progress_bar(total: int, quiet: bool) -> Iterator[Callable[[], None]]:
    """A bar on stderr (pages done, pages/s, ETA) when a person watches it; yields `advance`."""
    if quiet or total < 2 or not stderr_is_terminal():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=sys.stderr, force_terminal=True)
    columns = (TextColumn("pages"), BarColumn(), MofNCompleteColumn(), _page_rate(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, redirect_stdout=sys.stdout.isatty()) as progress:
        task = progress.add_task("pages", total=total)
        yield lambda: progress.advance(task)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _page_rate():
    from rich.progress import ProgressColumn
    from rich.text import Text

    class PageRate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f} pages/s" if task.speed else "– pages/s")

    return PageRate()


__all__ = ["Batch", "Failure", "Part", "RunOptions", "SchedulerError", "INTERRUPTED_EXIT", "process_page", "process_pages",
           "read_page", "progress_bar", "release_free_memory"]
