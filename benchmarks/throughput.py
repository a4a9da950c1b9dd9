"""The whole pipeline against the loops a researcher would write, on the same texts, with CPU accounting.

Run: python3 benchmarks/throughput.py [--sizes 200,1000,5000] [--jobs 1,2] [--dask] [--keep DIR] [--seed N]

For each size a corpus is generated (benchmarks/corpus_generator.py) and, over exactly its texts
(the article paragraphs and comments the analysis reads):

- three loops in this process, one core: `TextBlob(t).sentiment`, VADER's `polarity_scores(t)`,
  and a floor (a regex tokeniser and a dictionary lookup of TextBlob's lexicon);
- `discourse export DIR --out OUT --quiet --jobs N` as a subprocess for each --jobs value, and
  with --dask on a two-worker LocalCluster (`--scheduler`, one thread per worker, started before
  the clock), once as Dask comes and once with the workers' statistical profiler off.

Every row gives wall seconds and CPU seconds (user + sys). For a subprocess the CPU is that of its
whole process tree: this process is made a child subreaper, so workers and the fork server are
waited for here if their parents are not, and their times reach RUSAGE_CHILDREN. For the Dask run
the cluster's CPU is added (workers, nannies, and the scheduler, which runs in this process) and
shown apart. Rates are texts/s and MB/s of text by the wall clock and by CPU; the ratio to the
TextBlob loop compares CPU rates, which a machine shared with other work disturbs least. Peak
memory is the largest PSS summed over the process tree (sampled every 0.1 s, see scale.py), and
the largest RSS of one of its processes: PSS divides shared library pages among the processes
mapping them, so it falls when other Python processes run alongside; RSS does not.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_generator as generator  # noqa: E402
from scale import MIB, _sample  # noqa: E402

PR_SET_CHILD_SUBREAPER = 36
DASK = "Dask LocalCluster 2x1"
DASK_QUIET = "same, worker profiler off"


@dataclass(frozen=True)
class Timing:
    """Wall and CPU seconds of one measured run; peak PSS of its process tree where measured."""

    wall: float
    cpu: float
    pss: int | None = None
    rss: int | None = None  # the largest RSS of a single process of the tree
    apart: str = ""  # CPU shown apart (the cluster's processes)
    sampling: float = 0.0  # CPU this process spent sampling the run's memory
    busiest: float = 0.0  # CPU seconds of the busiest single process of the tree (last sampled, 0.05 s)


def loop_timing(texts: list[str], score: Callable[[str], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        score(text)
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def baselines(texts: list[str]) -> dict[str, Timing]:
    """The three loops, each warmed up on a few texts first (lexicons loaded, patterns compiled)."""
    from textblob import TextBlob
    from textblob.en import sentiment as lexicon_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    lexicon = {w: senses[None][0] for w, senses in lexicon_sentiment.items() if None in senses}
    word = re.compile(r"[a-z']+")

    def floor(text: str) -> float:
        return sum(lexicon.get(w, 0.0) for w in word.findall(text.lower()))

    loops = {"TextBlob(t).sentiment loop": lambda t: TextBlob(t).sentiment,
             "VADER polarity_scores loop": vader.polarity_scores,
             "regex + dictionary floor": floor}
    timings = {}
    for label, score in loops.items():
        loop_timing(texts[:50], score)
        timings[label] = loop_timing(texts, score)
    return timings


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str]) -> Timing:
    """Run command; wall time, CPU of its whole process tree, and its peak PSS."""
    import psutil

    cpu_before, start = children_cpu(), time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks, seen, sampling, cpus = [0, 0], set(), [], {}
    root = psutil.Process(process.pid)
    samplers = [threading.Thread(target=_timed, args=(_sample, (root, peaks), sampling), daemon=True),
                threading.Thread(target=_timed, args=(_note_descendants, (root, seen, cpus), sampling), daemon=True)]
    for sampler in samplers:
        sampler.start()
    _, errors = process.communicate()
    wall = time.perf_counter() - start
    for sampler in samplers:
        sampler.join()
    _reap(seen - {process.pid})
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{errors.decode(errors='replace')[-2000:]}")
    return Timing(wall, children_cpu() - cpu_before, peaks[0], peaks[1], sampling=sum(sampling),
                  busiest=max(cpus.values(), default=0.0))


def _timed(function: Callable, args: tuple, cpu: list[float]) -> None:
    """Run function(*args) and add the CPU this thread spent on it to cpu."""
    start = time.thread_time()
    function(*args)
    cpu.append(time.thread_time() - start)


def _note_descendants(root, seen: set[int], cpus: dict[int, float]) -> None:
    """Remember every descendant of root while it runs, so that orphans can be waited for, and the
    CPU each process of the tree had used when last seen (how the work was spread over processes)."""
    import psutil

    while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
        try:
            children = root.children(recursive=True)
            seen.update(child.pid for child in children)
            for process in (root, *children):
                try:
                    cpus[process.pid] = _cpu(process)
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        time.sleep(0.05)


def _reap(pids: Iterable[int]) -> None:
    """Wait for the descendants that were handed to this process (a subreaper) when their parents ended."""
    deadline = time.monotonic() + 30
    for pid in pids:
        while time.monotonic() < deadline:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:  # not ours: its own parent waited for it
                break
            if done:
                break
            time.sleep(0.05)


def discourse_export(folder: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "discourse", "export", str(folder), "--out", str(out), "--quiet", *options]


IDLE_SECONDS = 10


def dask_timing(folder: Path, out: Path, profiler: bool) -> Timing:
    """The export on a fresh two-worker LocalCluster; the cluster's CPU during the run is added (the
    scheduler's is this process's, less what sampling the run's memory cost). Before the run, the
    cluster's CPU while idle for IDLE_SECONDS is measured too. profiler: Dask's statistical
    profiler in the workers (on by default: it walks the running task's stack every 10 ms)."""
    import psutil
    import dask
    from dask.distributed import LocalCluster

    os.environ["DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED"] = str(profiler)  # read by the worker processes
    with dask.config.set({"distributed.worker.profile.enabled": profiler}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        here = psutil.Process()
        cluster_processes = list(here.children(recursive=True))
        idle = _cluster_cpu(here, cluster_processes)
        time.sleep(IDLE_SECONDS)
        idle = (_cluster_cpu(here, cluster_processes) - idle) / IDLE_SECONDS
        before = {p.pid: _cpu(p) for p in cluster_processes}
        scheduler_before = _cpu(here)
        run = measure(discourse_export(folder, out, "--scheduler", cluster.scheduler_address))
        workers = sum(_cpu(p) - before[p.pid] for p in cluster_processes)
        scheduler = _cpu(here) - scheduler_before - run.sampling
    return Timing(run.wall, run.cpu + workers + scheduler, run.pss, run.rss,
                  apart=f"client {run.cpu:.1f} s + workers and nannies {workers:.1f} s + scheduler {scheduler:.1f} s; "
                  f"the idle cluster uses {idle:.2f} CPU s per second")


def _cluster_cpu(here, processes) -> float:
    return _cpu(here) + sum(_cpu(p) for p in processes)


def _cpu(process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def rate_line(label: str, timing: Timing, texts: int, megabytes: float, reference: Timing | None) -> str:
    ratio = f"{(reference.cpu / timing.cpu):6.2f}x" if reference else "      "
    memory = f"{timing.pss / MIB:6.0f} MiB" if timing.pss else "         -"
    return (f"  {label:<30} {timing.wall:7.1f} {timing.cpu:7.1f} {texts / timing.wall:9,.0f} {texts / timing.cpu:9,.0f} "
            f"{megabytes / timing.wall:6.2f} {megabytes / timing.cpu:6.2f}   {ratio}  {memory}"
            + (f"\n      CPU: {timing.apart}" if timing.apart else ""))


HEADER = (f"  {'':<30} {'wall s':>7} {'CPU s':>7} {'texts/s':>9} {'texts/s':>9} {'MB/s':>6} {'MB/s':>6}   "
          f"{'/TextBlob':>7}  peak PSS\n  {'':<30} {'':>7} {'':>7} {'(wall)':>9} {'(CPU)':>9} {'(wall)':>6} {'(CPU)':>6}"
          f"   {'(CPU)':>7}")


def bench_size(pool: generator.Pool, size: int, options: argparse.Namespace) -> dict[str, Timing]:
    folder = options.root / f"pages-{size}"
    corpus = generator.write_corpus(pool, folder, size, options.seed)
    texts = [text for spec in generator.generate(pool, size, options.seed) for text in spec.texts()]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(f"== {size:,} pages: {corpus.comments:,} comments, {len(texts):,} texts ({megabytes:.2f} MB of text, "
          f"{corpus.bytes / 1e6:.2f} MB of files); load average {os.getloadavg()[0]:.1f}")
    print(HEADER)
    timings = baselines(texts)
    textblob = timings["TextBlob(t).sentiment loop"]
    for label, timing in timings.items():
        print(rate_line(label, timing, len(texts), megabytes, textblob), flush=True)
    with tempfile.TemporaryDirectory(prefix="discourse-throughput-out-") as out:
        for jobs in options.jobs:
            label = f"discourse export --jobs {jobs}"
            timings[label] = measure(discourse_export(folder, Path(out) / f"jobs-{jobs}", "--jobs", str(jobs)))
            print(rate_line(label, timings[label], len(texts), megabytes, textblob), flush=True)
        if options.dask:
            for label, profiler in ((DASK, True), (DASK_QUIET, False)):
                timings[label] = dask_timing(folder, Path(out) / f"dask-{profiler}", profiler)
                print(rate_line(label, timings[label], len(texts), megabytes, textblob), flush=True)
                _same_output(Path(out) / f"jobs-{options.jobs[0]}", Path(out) / f"dask-{profiler}")
    _print_ratios(timings, options)
    print(f"  load average after: {os.getloadavg()[0]:.1f}", flush=True)
    return timings


def _same_output(local: Path, cluster: Path) -> None:
    differ = [path.name for path in local.iterdir() if path.read_bytes() != (cluster / path.name).read_bytes()]
    print(f"  Dask output {'identical to' if not differ else 'DIFFERS from'} the local run's"
          + (f": {', '.join(differ)}" if differ else ""))


def _print_ratios(timings: dict[str, Timing], options: argparse.Namespace) -> None:
    one = timings.get("discourse export --jobs 1")
    two = timings.get("discourse export --jobs 2")
    if one and two:
        print(f"  --jobs 2 over --jobs 1: {one.wall / two.wall:.2f}x by the wall clock; CPU {two.cpu / one.cpu:.2f}x "
              f"of --jobs 1's")
    for label in (DASK, DASK_QUIET):
        if label in timings and two:
            print(f"  {label} over --jobs 2: {timings[label].wall / two.wall:.2f}x the wall time, "
                  f"{timings[label].cpu / two.cpu:.2f}x the CPU")


def print_memory(results: dict[int, dict[str, Timing]]) -> None:
    sizes = sorted(results)
    for label in results[sizes[0]]:
        peaks = [results[size][label].pss for size in sizes]
        if all(peaks):
            shown = ", ".join(f"{size:,}: {peak / MIB:.0f} MiB" for size, peak in zip(sizes, peaks))
            print(f"peak PSS, {label}: {shown}; largest/smallest {max(peaks) / peaks[0]:.2f}x")
        largest = [results[size][label].rss for size in sizes]
        if all(largest):
            shown = ", ".join(f"{size:,}: {rss / MIB:.0f} MiB" for size, rss in zip(sizes, largest))
            print(f"largest RSS of one process, {label}: {shown}; largest/smallest {max(largest) / largest[0]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000,5000", help="comma-separated page counts (default 200,1000,5000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    parser.add_argument("--dask", action="store_true", help="also export on a two-worker Dask LocalCluster")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the corpora to DIR/pages-N and keep them")
    options = parser.parse_args()
    options.jobs = [int(jobs) for jobs in options.jobs.split(",")]
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{os.cpu_count()} cores; load average {load} (1, 5, 15 min) at start")
    pool = generator.load_pool(generator.source_pages())
    with tempfile.TemporaryDirectory(prefix="discourse-throughput-") as temporary:
        options.root = options.keep or Path(temporary)
        results = {size: bench_size(pool, size, options) for size in sorted(int(s) for s in options.sizes.split(","))}
    if len(results) > 1:
        print_memory(results)


if __name__ == "__main__":
    main()
