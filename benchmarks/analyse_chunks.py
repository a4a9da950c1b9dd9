"""Whether the analysis slows down over a long run in one process.

Run: python3 benchmarks/analyse_chunks.py DIR [--chunk 1000] [--chunks 5]

Parses, analyses and turns into table rows (what `discourse export --jobs 1` does per page) the
first chunks × chunk pages of DIR in input order, in this process, and prints the CPU time and
the comments analysed per CPU second of each chunk. A rate that falls chunk after chunk would
mean something accumulates; one that goes up and down follows the pages' mix.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from discourse.analysis.page import analyse_page  # noqa: E402
from discourse.parse import expand_paths, load  # noqa: E402
from discourse.report.frames import page_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--chunk", type=int, default=1000, help="pages per chunk (default 1000)")
    parser.add_argument("--chunks", type=int, default=5, help="how many chunks (default 5)")
    args = parser.parse_args()
    paths = expand_paths([args.folder])[: args.chunk * args.chunks]
    for start in range(0, len(paths), args.chunk):
        began, comments = time.process_time(), 0
        for path in paths[start : start + args.chunk]:
            analysis = analyse_page(load(path))
            page_rows(analysis)
            comments += len(analysis.comments)
        seconds = time.process_time() - began
        print(f"pages {start:,}-{start + args.chunk:,}: {seconds:.1f} s CPU, {comments:,} comments, "
              f"{comments / seconds:.0f} comments per CPU second", flush=True)


if __name__ == "__main__":
    main()
