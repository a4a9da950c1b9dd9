"""Throughput and memory of the whole pipeline on generated corpora of growing size.

Run: python3 benchmarks/scale.py [--sizes 1000,10000,100000] [--keep DIR] [--seed N] [--report]

For each size, a corpus is recombined from real pages (benchmarks/corpus_generator.py) and
`discourse export DIR --out OUT --quiet` runs on it as a subprocess with --jobs 1 and --jobs 2,
timed by the wall clock; the process tree's RSS is sampled every 0.1 s. Next to it, a plain
`TextBlob(text).sentiment` loop over the same article paragraphs and comments, in this process
(one core), says what "fast" means for a sentiment pipeline. `--report` also times
`discourse report --jobs 2` on the largest corpus. The machine may be shared: each run prints
the 1-minute load average before and after it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_generator as generator  # noqa: E402

SAMPLE_SECONDS = 0.1
MIB = 1 << 20
AIM_FLAT = 0.9  # largest size's rate or memory within 10% of the smallest's
AIM_TEXTBLOB = 1.0
AIM_SPEED_UP = 1.7


@dataclass(frozen=True)
class Run:
    """One measured subprocess: wall time, peak RSS summed over its process tree and of its
    largest process, and the 1-minute load average before and after."""

    seconds: float
    tree_rss: int
    largest_rss: int
    load: tuple[float, float]


def measure(command: list[str]) -> Run:
    """Run command, sampling the RSS of it and all its descendants (workers, forkserver) meanwhile."""
    import psutil

    load_before = os.getloadavg()[0]
    peaks = [0, 0]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = threading.Thread(target=_sample, args=(psutil.Process(process.pid), peaks), daemon=True)
    sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{errors.decode(errors='replace')[-2000:]}")
    return Run(seconds, peaks[0], peaks[1], (load_before, os.getloadavg()[0]))


def _sample(root, peaks: list[int]) -> None:
    """Keep peaks = [largest sum over the tree, largest single process] until root exits."""
    import psutil

    while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
        sizes = []
        for process in [root, *_descendants(root)]:
            try:
                sizes.append(process.memory_info().rss)
            except psutil.Error:  # it ended between listing and reading
                pass
        peaks[0] = max(peaks[0], sum(sizes))
        peaks[1] = max(peaks[1], max(sizes, default=0))
        time.sleep(SAMPLE_SECONDS)


def _descendants(root) -> list:
    import psutil

    try:
        return root.children(recursive=True)
    except psutil.Error:
        return []


def textblob_seconds(pool: generator.Pool, size: int, seed: int) -> tuple[int, float]:
    """Texts and seconds of TextBlob(text).sentiment over the corpus's paragraphs and comments;
    the pages are regenerated (same seed, same texts) and only the TextBlob calls are timed."""
    from textblob import TextBlob

    TextBlob("Warm up the lexicon first.").sentiment
    count, seconds = 0, 0.0
    for spec in generator.generate(pool, size, seed):
        for text in spec.texts():
            start = time.perf_counter()
            TextBlob(text).sentiment
            seconds += time.perf_counter() - start
            count += 1
    return count, seconds


def discourse_command(command: str, folder: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "discourse", command, str(folder), "--out", str(out), "--quiet", "--jobs", str(jobs)]


def shape(corpus: generator.CorpusSize) -> str:
    counts = sorted(corpus.comment_counts)
    with_comments = [c for c in counts if c]
    depths = ", ".join(f"{d}: {n / corpus.comments:.1%}" for d, n in enumerate(corpus.depth_counts) if n)
    return (f"  comments per page: none on {1 - len(with_comments) / len(counts):.0%} of pages; "
            f"with comments median {statistics.median(with_comments or [0]):.0f}, "
            f"mean {statistics.fmean(with_comments or [0]):.1f}, max {counts[-1]}\n"
            f"  comments by reply depth: {depths}")


def run_line(label: str, run: Run, corpus: generator.CorpusSize) -> str:
    return (f"  {label:<28} {run.seconds:8.1f} s {corpus.pages / run.seconds:8.2f} pages/s "
            f"{corpus.comments / run.seconds:8.1f} comments/s   peak RSS {run.tree_rss / MIB:6.0f} MiB "
            f"(largest process {run.largest_rss / MIB:4.0f} MiB)   load {run.load[0]:.1f} -> {run.load[1]:.1f}")


def bench_size(pool: generator.Pool, size: int, seed: int, root: Path) -> tuple[Path, dict[int, tuple[Run, generator.CorpusSize]]]:
    """Generate one corpus, time the TextBlob loop and the export at --jobs 1 and 2, print the figures."""
    folder = root / f"pages-{size}"
    start = time.perf_counter()
    corpus = generator.write_corpus(pool, folder, size, seed)
    print(f"== {size:,} pages (seed {seed}): {corpus.comments:,} comments, {corpus.texts:,} texts "
          f"(article paragraphs and comments), {corpus.bytes / 1e6:.1f} MB, "
          f"generated in {time.perf_counter() - start:.1f} s")
    print(shape(corpus))
    load_before = os.getloadavg()[0]
    texts, baseline = textblob_seconds(pool, size, seed)
    print(f"  {'plain TextBlob loop, 1 core':<28} {baseline:8.1f} s {texts / baseline:8.0f} texts/s"
          f"{'':<41}load {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
    runs = {}
    with tempfile.TemporaryDirectory(prefix="discourse-scale-out-") as out:
        for jobs in (1, 2):
            runs[jobs] = measure(discourse_command("export", folder, Path(out) / str(jobs), jobs))
            print(run_line(f"discourse export --jobs {jobs}", runs[jobs], corpus), flush=True)
    ratio = baseline / runs[1].seconds
    speed_up = runs[1].seconds / runs[2].seconds
    print(f"  pipeline (--jobs 1) / plain TextBlob loop: {ratio:.2f}x  (aim >= {AIM_TEXTBLOB:.1f}x: "
          f"{_met(ratio >= AIM_TEXTBLOB)})")
    print(f"  --jobs 2 over --jobs 1: {speed_up:.2f}x  (aim >= {AIM_SPEED_UP}x: {_met(speed_up >= AIM_SPEED_UP)})",
          flush=True)
    return folder, {jobs: (run, corpus) for jobs, run in runs.items()}


def print_flatness(results: dict[int, dict]) -> None:
    """Rate and memory of the largest corpus against the smallest, per --jobs setting."""
    sizes = sorted(results)
    if len(sizes) < 2:
        print("flat across sizes: not measured (one size only)")
        return
    small, large = sizes[0], sizes[-1]
    for jobs in (1, 2):
        (run_s, corpus_s), (run_l, corpus_l) = results[small][jobs], results[large][jobs]
        rate = (corpus_l.pages / run_l.seconds) / (corpus_s.pages / run_s.seconds)
        memory = run_s.tree_rss / run_l.tree_rss
        print(f"--jobs {jobs}, {large:,} against {small:,} pages: throughput {rate:.2f}x "
              f"(aim flat, >= {AIM_FLAT:.2f}x: {_met(rate >= AIM_FLAT)}); peak RSS {1 / memory:.2f}x "
              f"(aim flat, <= {1 / AIM_FLAT:.2f}x: {_met(memory >= AIM_FLAT)})")


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def time_report(folder: Path, pages: int) -> None:
    with tempfile.TemporaryDirectory(prefix="discourse-scale-report-") as out:
        run = measure(discourse_command("report", folder, Path(out), 2))
    print(f"discourse report --jobs 2 on {pages:,} pages: {run.seconds:.1f} s, {pages / run.seconds:.2f} pages/s, "
          f"peak RSS {run.tree_rss / MIB:.0f} MiB (largest process {run.largest_rss / MIB:.0f} MiB), "
          f"load {run.load[0]:.1f} -> {run.load[1]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated page counts (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the corpora to DIR/pages-N and keep them")
    parser.add_argument("--report", action="store_true", help="also time discourse report --jobs 2 on the largest")
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="discourse-scale-") as temporary:
        root = args.keep or Path(temporary)
        run_all(sizes, args.seed, root, args.report)


def run_all(sizes: list[int], seed: int, root: Path, report: bool) -> None:
    sources = generator.source_pages()
    pool = generator.load_pool(sources)
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{os.cpu_count()} cores; load average {load} (1, 5, 15 min) at start")
    print(f"pool from {len(sources)} real pages: {len(pool.titles)} titles, {len(pool.paragraphs)} article "
          f"paragraphs, {len(pool.comments)} comments, {len(pool.authors)} bylines, {len(pool.outlets)} outlets")
    results = {}
    for size in sizes:
        folder, results[size] = bench_size(pool, size, seed, root)
    print_flatness(results)
    if report:
        time_report(folder, sizes[-1])


if __name__ == "__main__":
    main()
