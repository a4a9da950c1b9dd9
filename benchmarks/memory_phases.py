"""Where an export's memory goes, page by page and phase by phase (`--jobs 1`, in this process).

Run: python3 benchmarks/memory_phases.py DIR [DIR ...] [--traced]
     python3 benchmarks/memory_phases.py DIR --page FILE   (one page's traced peak, after ten pages of DIR)

Exports each DIR (CSV, to a temporary folder) in this process as `discourse export DIR --jobs 1`
does, each in a fresh child process, and reads this process's memory from /proc after every page:
RSS, its anonymous part (which, unlike the mapped library files, no other process shares and the
kernel does not drop under memory pressure), PSS (smaps_rollup), and the peak RSS of each phase
(VmHWM, reset between phases through /proc/self/clear_refs). It prints the phases (imports, run,
topic fit, tables), RSS at a few points of the run, and the pages after which RSS grew most, with
their comment counts: growth that follows the largest pages and then stays flat is one page's
working set kept by the allocator; growth spread evenly over the run is something kept from every
page. With --traced, tracemalloc also gives the memory Python objects hold (current and peak of
each phase), which the allocator's retention does not blur; it slows the run about threefold.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

MIB = 1 << 20
PHASES = ("imports", "run", "topic fit", "tables")


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _pss() -> int:
    try:
        with open("/proc/self/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


class Meter:
    """Peak RSS (and traced memory) per phase."""

    def __init__(self, traced: bool):
        self.traced = traced
        self.phases: list[dict] = []
        if traced:
            import tracemalloc

            tracemalloc.start()
        _reset_peak()

    def lap(self, name: str) -> None:
        row = {"phase": name, "peak_rss": _status("VmHWM"), "rss": _status("VmRSS"), "anon": _status("RssAnon"),
               "pss": _pss()}
        if self.traced:
            import tracemalloc

            row["traced"], row["traced_peak"] = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
        self.phases.append(row)
        _reset_peak()


def one_export(folder: Path, traced: bool) -> dict:
    meter = Meter(traced)
    from discourse import cli
    from discourse.parse import expand_paths
    from discourse.pipeline import Batch, RunOptions
    from discourse.report.columns import TableFormat
    from discourse.report.export import ExportWriter

    batch = Batch(expand_paths([folder]), RunOptions(jobs=1, quiet=True), print)
    batch.prepare()
    pages: list[tuple[int, int, int]] = []  # (comments, rss, pss) after each page
    with tempfile.TemporaryDirectory() as out:
        with ExportWriter(Path(out), TableFormat.csv) as writer:
            writer._loading.join()
            meter.lap("imports")
            for rows in batch.results(partial(cli._export_csv_rows, True)):
                writer.add(rows)
                pages.append((len(rows.comments), _status("VmRSS"), _pss()))
            meter.lap("run")
            sample = writer._sample()
            fit = sample.fit

            def fit_and_lap():
                topics = fit()
                meter.lap("topic fit")
                return topics

            sample.fit = fit_and_lap
            writer.finish()
            meter.lap("tables")
    return {"phases": meter.phases, "pages": pages}


def report(folder: Path, result: dict) -> None:
    pages = result["pages"]
    print(f"== {folder}: {len(pages):,} pages, largest {max(c for c, _, _ in pages)} comments")
    print("  phase           peak RSS   RSS after   anon after   PSS after" + ("   traced peak   traced after" if "traced" in result["phases"][0] else ""))
    for row in result["phases"]:
        traced = (f"   {row['traced_peak'] / MIB:8.1f} MiB  {row['traced'] / MIB:8.1f} MiB" if "traced" in row else "")
        print(f"  {row['phase']:<12} {row['peak_rss'] / MIB:8.1f} MiB {row['rss'] / MIB:8.1f} MiB {row['anon'] / MIB:8.1f} MiB"
              f" {row['pss'] / MIB:8.1f} MiB{traced}")
    marks = sorted({min(len(pages), n) for n in (1, 10, 100, 200, 500, 1000, 2000, 5000, 10000, len(pages))})
    print("  RSS after page " + ", ".join(f"{n:,}: {pages[n - 1][1] / MIB:.0f}" for n in marks) + " MiB")
    jumps = sorted(((pages[i][1] - pages[i - 1][1], i) for i in range(1, len(pages))), reverse=True)[:6]
    print("  largest rises: " + ", ".join(f"+{rise / MIB:.1f} MiB at page {i + 1:,} ({pages[i][0]} comments)"
                                           for rise, i in jumps if rise > 0))
    size_rank = sorted(range(len(pages)), key=lambda i: -pages[i][0])[:3]
    print("  largest pages: " + ", ".join(f"page {i + 1:,} ({pages[i][0]} comments)" for i in size_rank))
    rise_total = pages[-1][1] - pages[0][1]
    in_jumps = sum(rise for rise, _ in jumps if rise > 0)
    print(f"  RSS from page 1 to the last: +{rise_total / MIB:.1f} MiB, of which the six largest rises +{in_jumps / MIB:.1f} MiB")


def trace_page(page_file: Path, warm_up: Path) -> None:
    """The Python memory one page's export rows take at their peak (`tracemalloc` from the page's start),
    after the first ten pages of `warm_up` have filled the memos and tables a run keeps: the working set
    that sets how many allocator arenas a large page opens, and so how much RSS it leaves behind."""
    import tracemalloc

    from discourse import cli
    from discourse.parse import read_pages

    for path in sorted(warm_up.glob("*.txt"))[:10]:
        for page in read_pages(path.read_bytes(), str(path)):
            cli._export_csv_rows(True, page)
    pages = read_pages(page_file.read_bytes(), str(page_file))
    tracemalloc.start()
    rows = [cli._export_csv_rows(True, page) for page in pages]
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    comments = sum(len(page_rows.comments) for page_rows in rows)
    print(f"== {page_file} ({comments} comments): traced peak {peak / MIB:.2f} MiB, held after its rows {held / MIB:.2f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--traced", action="store_true", help="also trace Python allocations (about 3x slower)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--page", type=Path, help="instead, trace one page file's rows after ten pages of DIR")
    options = parser.parse_args()
    if options.page:
        trace_page(options.page, options.folders[0])
        return
    if options.one:
        print(json.dumps(one_export(options.folders[0], options.traced)))
        return
    for folder in options.folders:
        started = time.perf_counter()
        child = subprocess.run([sys.executable, __file__, str(folder), "--one", *(["--traced"] if options.traced else [])],
                               capture_output=True, text=True, check=True)
        report(folder, json.loads(child.stdout.strip().splitlines()[-1]))
        print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
