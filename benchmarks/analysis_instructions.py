"""Instructions the analysis of some pages executes, counted by valgrind: a figure that load does not move.

Run: python3 benchmarks/analysis_instructions.py DIR [--pages 40] [--no-gc] [--code PATH ...]

On a shared machine the CPU seconds of the same run swing by a tenth or more, which hides changes of a
few per cent. Valgrind's cachegrind (instruction counting only, no cache simulation) counts the
instructions a process executes, the same from run to run (with PYTHONHASHSEED fixed). For each CODE
(a folder put first on PYTHONPATH: a checkout or a `git archive` copy of the package; default this
repository), this runs the first N pages of DIR twice under cachegrind, once only reading them and
once also analysing each (`analyse_page`, as `discourse export` does, each page's analysis dropped
before the next), and prints the difference: the analysis's own instructions. Instructions are not
time (a cache miss costs many), but a change that removes Python work removes instructions.
`--no-gc` turns the collector off in the child: with it on, runs of the same code differ by 1-2% with
the moments full collections happen, which hides changes of that size.
Needs `valgrind` on the PATH; about a minute for 40 pages.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
HASH_SEED = "0"

# The child: read the first N pages of DIR, analyse them when told to.
_CHILD = """
import gc, sys
from pathlib import Path
from discourse.analysis.page import analyse_page
from discourse.parse import load
paths = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_file())[:int(sys.argv[2])]
pages = [load(p) for p in paths]
if sys.argv[4] == "gc":
    gc.set_threshold(10000, 10, 10)  # as the export runs the analysis
else:
    gc.disable()
if sys.argv[3] == "analyse":
    for page in pages:
        analysis = analyse_page(page)
        del analysis
"""


def instructions(code: Path, folder: Path, pages: int, mode: str, collector: str) -> int:
    """Instructions (cachegrind's I refs) of one child run. `-P`: a `-c` child would otherwise put the
    current folder first on its path, and run that folder's package whatever CODE says."""
    environment = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": HASH_SEED}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-P", "-c", _CHILD, str(folder), str(pages), mode, collector]
    run = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if run.returncode or not found:
        raise SystemExit(f"valgrind run failed for {code}: {run.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--no-gc", action="store_true", help="run the analysis with the collector off")
    parser.add_argument("--code", type=Path, action="append", help="package folder for PYTHONPATH (repeatable)")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    if not options.folder.is_dir():
        raise SystemExit(f"{options.folder} is not a folder of pages")
    print(f"analyse_page of the first {options.pages} pages of {options.folder}; "
          f"instructions counted by cachegrind, PYTHONHASHSEED={HASH_SEED}")
    collector = "no-gc" if options.no_gc else "gc"
    for code in options.code or [REPOSITORY]:
        read = instructions(code, options.folder, options.pages, "read", collector)
        total = instructions(code, options.folder, options.pages, "analyse", collector)
        print(f"  {str(code):<40} {(total - read) / 1e6:10,.1f} M instructions "
              f"(run {total / 1e6:,.0f} M, reading alone {read / 1e6:,.0f} M)")


if __name__ == "__main__":
    main()
