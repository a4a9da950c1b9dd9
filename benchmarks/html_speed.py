"""HTML reader speed: pages/s and MB/s on the real pages of ../shared/pages-dev/*.html, one core.

    python3 benchmarks/html_speed.py [--repeat N] [--shared PATH]

Each page's bytes are read up front; the figures time `discourse.parse.read_pages` (decoding,
parsing, article and comments, the text fallback where a page has no comment markup) as CPU
time of this one process (`time.process_time`, so other work on the machine does not count),
best of --repeat runs. The slowest pages are listed, with the share of pages that needed the
rendered-text fallback, so a regression shows where it comes from. Exits 2 when the pages are
absent (they live outside the repository).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.parse import read_pages  # noqa: E402

DEFAULT_SHARED = REPO.parent / "shared"
SLOWEST = 5


def time_pages(pages: list[tuple[str, bytes]], repeat: int) -> tuple[float, dict[str, float], int]:
    """(best total CPU seconds, CPU seconds per page in the best run, pages read by the text fallback)."""
    best_total, best_each, fallback = float("inf"), {}, 0
    for _ in range(repeat):
        each: dict[str, float] = {}
        fallback = 0
        for name, raw in pages:
            started = time.process_time()
            page = read_pages(raw, name)[0]
            each[name] = time.process_time() - started
            fallback += page.comments.source == "text-fallback"
        total = sum(each.values())
        if total < best_total:
            best_total, best_each = total, each
    return best_total, best_each, fallback


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    args = parser.parse_args(argv)
    folder = args.shared / "pages-dev"
    files = sorted(folder.glob("*.html"))
    if not files:
        print(f"error: no HTML pages in {folder}; the dev pages live outside the repository", file=sys.stderr)
        return 2
    pages = [(path.name, path.read_bytes()) for path in files]
    size = sum(len(raw) for _, raw in pages)
    read_pages(pages[0][1], pages[0][0])  # imports and first-use caches outside the timing
    total, each, fallback = time_pages(pages, args.repeat)
    print(f"$ python3 benchmarks/html_speed.py --repeat {args.repeat}")
    print(f"{len(pages)} HTML pages, {size / 1e6:.2f} MB; CPU time of one core, best of {args.repeat}")
    print(f"  {len(pages) / total:.1f} pages/s, {size / 1e6 / total:.2f} MB/s "
          f"({1000 * total / len(pages):.1f} ms per page on average)")
    print(f"  {fallback} of {len(pages)} pages read by the rendered-text fallback")
    print("  slowest:")
    for name, seconds in sorted(each.items(), key=lambda item: -item[1])[:SLOWEST]:
        print(f"    {1000 * seconds:6.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
