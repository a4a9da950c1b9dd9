"""Where an export's main process spends its time: start-up, the run, and the serial end.

Run: python3 benchmarks/export_phases.py DIR [--jobs 2] [--repeat 3]

Exports DIR (CSV, to a temporary folder) in this process as `discourse export DIR --jobs N`
does, and prints for each phase the wall seconds and this process's CPU seconds: the imports the
export needs (the fork server starts first, and imports the analysis meanwhile), the run until
the last page is back, the topic fit, and writing the tables. With N workers on N idle cores,
the run's wall time is about the workers' CPU over N; the fit and the writing happen after it
on one core, so they bound the speed-up (Amdahl): that is why they are printed apart. Each
repeat runs in a fresh process, so imports are counted each time.
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

PHASES = ("imports", "run", "topic fit", "tables")


class Clock:
    """Wall and CPU seconds of this process since the last lap."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        self.laps: list[tuple[float, float]] = []

    def lap(self) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.laps.append((wall - self.wall, cpu - self.cpu))
        self.wall, self.cpu = wall, cpu


def one_export(folder: Path, jobs: int) -> list[tuple[float, float]]:
    """The phases of one export in this process."""
    clock = Clock()
    from discourse import cli
    from discourse.parse import expand_paths
    from discourse.pipeline import Batch, RunOptions

    batch = Batch(expand_paths([folder]), RunOptions(jobs=jobs, quiet=True), print)
    batch.prepare()
    from discourse.report.columns import TableFormat
    from discourse.report.export import ExportWriter

    with tempfile.TemporaryDirectory() as out:
        with ExportWriter(Path(out), TableFormat.csv) as writer:
            clock.lap()
            for rows in batch.results(partial(cli._export_csv_rows, True)):
                writer.add(rows)
            clock.lap()
            sample = writer._sample()
            fit = sample.fit

            def fit_and_lap():
                topics = fit()
                clock.lap()
                return topics

            sample.fit = fit_and_lap
            writer.finish()
            clock.lap()
    return clock.laps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, in a child
    options = parser.parse_args()
    if options.one:
        print(json.dumps(one_export(options.folder, options.jobs)))
        return
    print(f"export {options.folder} --jobs {options.jobs}: the main process, wall s / CPU s per phase")
    print("  " + "".join(f"{phase:>18}" for phase in PHASES))
    for _ in range(options.repeat):
        child = subprocess.run([sys.executable, __file__, str(options.folder), "--jobs", str(options.jobs), "--one"],
                               capture_output=True, text=True, check=True)
        laps = json.loads(child.stdout.strip().splitlines()[-1])
        print("  " + "".join(f"{wall:9.2f} /{cpu:6.2f}  " for wall, cpu in laps), flush=True)


if __name__ == "__main__":
    main()
