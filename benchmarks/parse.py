"""Parser speed: pages/s and MB/s on real pages, and whether time grows linearly with page size.

    python3 benchmarks/parse.py [--repeat N]

The corpus is data/*.txt plus the w3m renderings in ../shared/pages-dev/ (skipped, with a
note, when that folder is absent). Text is decoded once up front: the figures time
`discourse.parse.parse_text` only, as CPU time of one core, best of --repeat runs. The linearity check parses the same
text joined into pages of 1x, 10x and 100x the average page (cycling through the corpus);
MB/s should stay flat. The html2text renderings of the same dev pages (`*.h2t.txt`, read through the
Markdown normaliser) are timed joined ten at a time as well. A last line times a page of many short (50-character) paragraphs,
the shape that costs most per byte. The long shapes (bullet lines, hard-wrapped lines, numbered
comments, replies naming a commenter, short paragraphs) are timed at 20k and 80k lines: a
linear parser takes about 4x as long for 4x the lines (the aim: within 7x).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.parse import parse_text  # noqa: E402
from discourse.parse.reading import decode  # noqa: E402

PAGES_DEV = REPO.parent / "shared" / "pages-dev"
SCALES = (1, 10, 100)


def corpus() -> list[str]:
    files = sorted((REPO / "data").glob("*.txt"))
    if PAGES_DEV.is_dir():
        files += sorted(p for p in PAGES_DEV.glob("pd*.txt") if p.suffixes == [".txt"])
    else:
        print(f"note: {PAGES_DEV} absent; timing data/*.txt only")
    return _decoded(files)


def h2t_corpus() -> list[str]:
    """The html2text renderings of the dev pages (none when ../shared/pages-dev is absent)."""
    return _decoded(sorted(PAGES_DEV.glob("pd*.h2t.txt"))) if PAGES_DEV.is_dir() else []


def _decoded(files: list[Path]) -> list[str]:
    return [decode(p.read_bytes(), str(p))[0] for p in files]


def timed(pages: list[str], repeat: int) -> tuple[float, int]:
    """Best of `repeat` runs: CPU seconds to parse all pages, and their size in bytes.

    CPU time of this process (not wall time), so that other work on a shared machine
    disturbs the figures less; the parser is single-threaded, so this is one core's time.
    """
    size = sum(len(page.encode("utf-8")) for page in pages)
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        for page in pages:
            parse_text(page)
        best = min(best, time.process_time() - began)
    return best, size


def joined(pages: list[str], scale: int) -> list[str]:
    """The corpus cycled into pages of `scale` consecutive pages each (at least one full pass)."""
    count = max(len(pages), scale)
    cycled = [pages[i % len(pages)] for i in range(count - count % scale or scale)]
    return ["\n\n".join(cycled[i:i + scale]) for i in range(0, len(cycled), scale)]


SHORT_LINES = (
    "A short paragraph of about fifty characters here.",
    "Another one, with a comma and a question mark?",
    "Lists, replies and captions look like this line.",
    "the fourth starts in lower case and ends without",
)


def short_lines_page(count: int = 20_000) -> str:
    """About 1 MB of 50-character paragraphs separated by blank lines."""
    return "Title\n\n" + "\n\n".join(SHORT_LINES[i % len(SHORT_LINES)] for i in range(count)) + "\n"


LONG_SHAPES = {
    "bullet lines": lambda n: "Title\n\n" + "\n".join(f"• item {i} of a long list" for i in range(n)),
    "hard-wrapped lines": lambda n: "Title\n\n" + "\n".join(f"wrapped prose line {i} that goes on and on"
                                                              for i in range(n)),
    "numbered comments": lambda n: "Title\n\n" + PROSE + "\n\n" + PROSE + f"\n\n{n // 4} Responses\n\n"
    + "\n".join(f"{i}. Reader{i} says:\n\n   Comment {i} says a thing.\n" for i in range(1, n // 4 + 1)),
    "replies naming a commenter": lambda n: "Title\n\n" + PROSE + "\n\n" + PROSE + "\n\nComments\n\n"
    + "\n".join(f"Reader{i} responded to Someone{i} on May 1, 2020 at 9:00 am\nA reply {i}.\n"
                 for i in range(n // 3)),
    "short paragraphs": lambda n: short_lines_page(n // 2),
}
PROSE = "A paragraph of running prose, long enough to read as the body of an article on this page."


def long_shapes(repeat: int) -> None:
    """Seconds for 20k and 80k lines of each long shape, and their ratio (linear: about 4)."""
    print("long shapes (CPU seconds; 4x the lines should take about 4x, at most 7x):")
    for name, build in LONG_SHAPES.items():
        small, large = (timed([build(lines)], repeat)[0] for lines in (20_000, 80_000))
        print(f"  {name:28} 20k lines {small:6.2f} s  80k lines {large:6.2f} s  x{large / small:4.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept")
    args = parser.parse_args(argv)
    print(f"$ python3 benchmarks/parse.py --repeat {args.repeat}")
    pages = corpus()
    timed(pages, 1)  # warm-up: regex compilation, imports
    seconds, size = timed(pages, args.repeat)
    print(f"corpus: {len(pages)} pages, {size / 1e6:.2f} MB")
    print(f"  {len(pages) / seconds:8.1f} pages/s  {size / 1e6 / seconds:6.2f} MB/s")
    print("linearity (same text, bigger pages):")
    for scale in SCALES:
        scaled = joined(pages, scale)
        seconds, size = timed(scaled, args.repeat)
        print(f"  {scale:4d}x: {len(scaled):3d} pages of {size / len(scaled) / 1e6:6.2f} MB  "
              f"{size / 1e6 / seconds:6.2f} MB/s")
    h2t = h2t_corpus()
    if h2t:
        scaled = joined(h2t, 10)
        seconds, size = timed(scaled, args.repeat)
        print(f"   10x h2t: {len(scaled):3d} pages of {size / len(scaled) / 1e6:6.2f} MB  {size / 1e6 / seconds:6.2f} MB/s")
    seconds, size = timed([short_lines_page()], args.repeat)
    print(f"short lines (50-char paragraphs, {size / 1e6:.2f} MB): {size / 1e6 / seconds:6.2f} MB/s")
    long_shapes(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
