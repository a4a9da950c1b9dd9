"""Dask against `--jobs 2`, alternating round by round on the same generated pages.

Run: python3 benchmarks/dask_alternating.py [--pages 200] [--rounds 4] [--keep DIR]

Writes the generated corpus of throughput.py (`corpus_generator`, seed 0), then, each round, times
`discourse export DIR --out OUT --quiet --jobs 2` and the same export on a fresh two-worker Dask
LocalCluster with the workers' statistical profiler off, then on (`throughput.measure` and
`throughput.dask_timing`: wall and CPU of every process involved). Alternating, so that a change
in the machine's load falls on both; each line gives the load average, and each Dask run is
checked to give the local run's tables byte for byte.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_generator as generator  # noqa: E402
import throughput  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--keep", type=Path, help="write the corpus to DIR/pages-N and keep it")
    options = parser.parse_args()
    ctypes.CDLL(None, use_errno=True).prctl(throughput.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    pool = generator.load_pool(generator.source_pages())
    with tempfile.TemporaryDirectory(prefix="discourse-dask-alternating-") as temporary:
        folder = (options.keep or Path(temporary)) / f"pages-{options.pages}"
        generator.write_corpus(pool, folder, options.pages, 0)
        print(f"{os.cpu_count()} cores; {options.pages:,} generated pages; CPU s (user + sys) of every process "
              f"of the run; load average at the start of each run")
        for number in range(1, options.rounds + 1):
            out = Path(temporary) / f"round-{number}"
            load = os.getloadavg()[0]
            local = throughput.measure(throughput.discourse_export(folder, out / "jobs-2", "--jobs", "2"))
            line = [f"round {number}: --jobs 2 wall {local.wall:5.1f} s CPU {local.cpu:5.2f} s (load {load:.1f})"]
            for name, profiler in (("off", False), ("on", True)):
                load = os.getloadavg()[0]
                cluster = throughput.dask_timing(folder, out / f"dask-{name}", profiler)
                same = all(path.read_bytes() == (out / f"dask-{name}" / path.name).read_bytes()
                           for path in (out / "jobs-2").iterdir())
                line.append(f"Dask profiler {name} wall {cluster.wall:5.1f} s CPU {cluster.cpu:5.2f} s "
                            f"({cluster.cpu / local.cpu:.2f}x the CPU, {cluster.wall / local.wall:.2f}x the wall; "
                            f"load {load:.1f}; {'identical' if same else 'TABLES DIFFER'})")
            print("; ".join(line), flush=True)


if __name__ == "__main__":
    main()
