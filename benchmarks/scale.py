"""Throughput and memory of the whole pipeline on generated corpora of growing size.

Run: python3 benchmarks/scale.py [--sizes 1000,10000,100000] [--jobs 1,2] [--report]
                                 [--baseline-pages N] [--keep DIR] [--seed N]

For each size, a corpus is recombined from real pages (benchmarks/corpus_generator.py) and
`discourse export DIR --out OUT --quiet` runs on it as a subprocess with each --jobs value,
timed by the wall clock; the process tree's memory is sampled every 0.1 s: PSS summed over
the tree (pages shared by forked workers counted once, split between them) and the largest
single process's RSS. Next to it, a plain `TextBlob(text).sentiment` loop over the same article
paragraphs and comments, in this process (one core), says what "fast" means for a sentiment
pipeline. `--report` also times `discourse report --jobs 2` on each corpus. The machine may be
shared: each run prints the 1-minute load average before and after it.
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
    """One measured subprocess: wall time, peak PSS summed over its process tree, peak RSS of its
    largest process, and the 1-minute load average before and after."""

    seconds: float
    tree_pss: int
    largest_rss: int
    load: tuple[float, float]


def measure(command: list[str]) -> Run:
    """Run command, sampling the memory of it and all its descendants (workers, forkserver) meanwhile."""
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
    """Keep peaks = [largest PSS sum over the tree, largest single-process RSS] until root exits."""
    import psutil

    while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
        pss, rss = [], []
        for process in [root, *_descendants(root)]:
            try:
                memory = process.memory_full_info()
            except psutil.Error:  # it ended between listing and reading
                continue
            pss.append(memory.pss)
            rss.append(memory.rss)
        peaks[0] = max(peaks[0], sum(pss))
        peaks[1] = max(peaks[1], max(rss, default=0))
        time.sleep(SAMPLE_SECONDS)


def _descendants(root) -> list:
    import psutil

    try:
        return root.children(recursive=True)
    except psutil.Error:
        return []


def textblob_seconds(pool: generator.Pool, pages: int, seed: int) -> tuple[int, float]:
    """Texts and seconds of TextBlob(text).sentiment over the paragraphs and comments of the first
    `pages` pages; they are regenerated (same seed, same texts) and only the TextBlob calls are timed."""
    from textblob import TextBlob

    TextBlob("Warm up the lexicon first.").sentiment
    count, seconds = 0, 0.0
    for spec in generator.generate(pool, pages, seed):
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
            f"{corpus.comments / run.seconds:8.1f} comments/s   peak PSS {run.tree_pss / MIB:6.0f} MiB "
            f"(largest process RSS {run.largest_rss / MIB:4.0f} MiB)   load {run.load[0]:.1f} -> {run.load[1]:.1f}")


def bench_size(
    pool: generator.Pool, size: int, options: argparse.Namespace
) -> dict[str, tuple[Run, generator.CorpusSize]]:
    """Generate one corpus, time the TextBlob loop, the export at each --jobs and the report; print the figures."""
    folder = options.root / f"pages-{size}"
    start = time.perf_counter()
    corpus = generator.write_corpus(pool, folder, size, options.seed)
    print(f"== {size:,} pages (seed {options.seed}): {corpus.comments:,} comments, {corpus.texts:,} texts "
          f"(article paragraphs and comments), {corpus.bytes / 1e6:.1f} MB, "
          f"generated in {time.perf_counter() - start:.1f} s")
    print(shape(corpus))
    baseline = baseline_seconds(pool, corpus, options)
    runs = {}
    with tempfile.TemporaryDirectory(prefix="discourse-scale-out-") as out:
        for jobs in options.jobs:
            label = f"export --jobs {jobs}"
            runs[label] = measure(discourse_command("export", folder, Path(out) / f"export-{jobs}", jobs))
            print(run_line(f"discourse {label}", runs[label], corpus), flush=True)
        if options.report:
            runs["report --jobs 2"] = measure(discourse_command("report", folder, Path(out) / "report", 2))
            print(run_line("discourse report --jobs 2", runs["report --jobs 2"], corpus), flush=True)
    print_aims(runs, baseline)
    return {label: (run, corpus) for label, run in runs.items()}


def baseline_seconds(pool: generator.Pool, corpus: generator.CorpusSize, options: argparse.Namespace) -> float:
    """The plain TextBlob loop's time over the corpus, timed on at most --baseline-pages pages and
    scaled by the texts' count when that is fewer than the corpus (the loop's rate does not depend
    on the corpus size)."""
    pages = min(corpus.pages, options.baseline_pages or corpus.pages)
    load_before = os.getloadavg()[0]
    texts, seconds = textblob_seconds(pool, pages, options.seed)
    estimate = seconds * corpus.texts / texts
    scope = "" if pages == corpus.pages else f", timed on the first {pages:,} pages ({texts:,} texts, {seconds:.1f} s)"
    print(f"  {'plain TextBlob loop, 1 core':<28} {estimate:8.1f} s {texts / seconds:8.0f} texts/s{scope}   "
          f"load {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
    return estimate


def print_aims(runs: dict[str, Run], baseline: float) -> None:
    if "export --jobs 1" in runs:
        ratio = baseline / runs["export --jobs 1"].seconds
        print(f"  pipeline (export --jobs 1) / plain TextBlob loop: {ratio:.2f}x  (aim >= {AIM_TEXTBLOB:.1f}x: "
              f"{_met(ratio >= AIM_TEXTBLOB)})")
    if {"export --jobs 1", "export --jobs 2"} <= runs.keys():
        speed_up = runs["export --jobs 1"].seconds / runs["export --jobs 2"].seconds
        print(f"  export --jobs 2 over --jobs 1: {speed_up:.2f}x  (aim >= {AIM_SPEED_UP}x: "
              f"{_met(speed_up >= AIM_SPEED_UP)})")
    sys.stdout.flush()


def print_flatness(results: dict[int, dict[str, tuple[Run, generator.CorpusSize]]]) -> None:
    """Rate and memory of each larger corpus against the smallest, per command measured."""
    sizes = sorted(results)
    if len(sizes) < 2:
        print("flat across sizes: not measured (one size only)")
        return
    small = sizes[0]
    for large in sizes[1:]:
        for label, (run_l, corpus_l) in results[large].items():
            run_s, corpus_s = results[small][label]
            rate = (corpus_l.pages / run_l.seconds) / (corpus_s.pages / run_s.seconds)
            memory = run_l.tree_pss / run_s.tree_pss
            print(f"{label}, {large:,} against {small:,} pages: throughput {rate:.2f}x "
                  f"(aim flat, >= {AIM_FLAT:.2f}x: {_met(rate >= AIM_FLAT)}); peak PSS {memory:.2f}x "
                  f"(aim flat, <= {1 / AIM_FLAT:.2f}x: {_met(memory <= 1 / AIM_FLAT)})")


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated page counts (default 1000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to export with (default 1,2)")
    parser.add_argument("--report", action="store_true", help="also time discourse report --jobs 2 on each size")
    parser.add_argument("--baseline-pages", type=int, metavar="N",
                        help="time the TextBlob loop on the first N pages only and scale it to the corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the corpora to DIR/pages-N and keep them")
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    options.jobs = [int(jobs) for jobs in options.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="discourse-scale-") as temporary:
        options.root = options.keep or Path(temporary)
        run_all(sizes, options)


def run_all(sizes: list[int], options: argparse.Namespace) -> None:
    sources = generator.source_pages()
    pool = generator.load_pool(sources)
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{os.cpu_count()} cores; load average {load} (1, 5, 15 min) at start")
    print(f"pool from {len(sources)} real pages: {len(pool.titles)} titles, {len(pool.paragraphs)} article "
          f"paragraphs, {len(pool.comments)} comments, {len(pool.authors)} bylines, {len(pool.outlets)} outlets")
    results = {size: bench_size(pool, size, options) for size in sizes}
    print_flatness(results)


if __name__ == "__main__":
    main()
