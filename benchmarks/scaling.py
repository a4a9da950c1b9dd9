"""CPU time of each reader on inputs 1x, 4x and 16x the size: the parser must stay linear.

    python3 benchmarks/scaling.py [--base 1] [--only TEXT]

Inputs: each HTML test fixture with its body repeated n x 16 times (the fixtures are small: one copy
is mostly fixed cost), a reply chain nested n x 125 deep (WordPress's `ul.children`, Drupal's
`div.indented`, schema.org microdata, a new class at each level), and one line of n x 64 KB of
words, as text and inside an HTML comment. Prints the CPU seconds per size and the 16x/1x ratio
(linear: about 16 or less; quadratic: about 256). Each input is read once before it is timed, so
imports and caches are not counted.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse import analyse  # noqa: E402
from discourse.parse import read_pages  # noqa: E402
from tests.parse.html import pages, test_discussion_platforms as platforms  # noqa: E402
from tests.parse.html.test_deep_nesting import CHAINS, class_per_level_chain  # noqa: E402

SIZES = (1, 4, 16)
_BODY = re.compile(r"(<body[^>]*>)(.*)(</body>)", re.S | re.I)


def repeated_body(html: str, times: int) -> str:
    return _BODY.sub(lambda m: m.group(1) + m.group(2) * times + m.group(3), html, count=1)


def long_line(times: int) -> str:
    return "A title\n\n" + "words of one line " * (3641 * times) + "\n"


def cases() -> dict[str, callable]:
    fixtures = {name: value for module in (pages, platforms) for name, value in vars(module).items()
                if name.isupper() and isinstance(value, str) and "<body" in value.lower()}
    found = {f"html {name.lower()}": (lambda n, html=html: repeated_body(html, 16 * n)) for name, html in sorted(fixtures.items())}
    for shape, chain in {**CHAINS, "class-per-level": class_per_level_chain}.items():
        found[f"html nested {shape}"] = lambda n, chain=chain: chain(125 * n)
    found["html long line"] = lambda n: pages.page(f'<div id="comments"><p>{long_line(n)}</p></div>')
    found["text long line"] = long_line
    return found


def cpu_seconds(text: str, base: int) -> float:
    raw = text.encode("utf-8")
    for page in read_pages(raw, "<scale>"):
        analyse(page)
    started = time.process_time()
    for _ in range(base):
        for page in read_pages(raw, "<scale>"):
            analyse(page)
    return (time.process_time() - started) / base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=1, help="runs per size (the mean is shown)")
    parser.add_argument("--only", default="", help="only the inputs whose name contains this text")
    args = parser.parse_args(argv)
    print(f"$ python3 benchmarks/scaling.py --base {args.base}" + (f" --only '{args.only}'" if args.only else ""))
    print(f"{'input':32} {'1x':>8} {'4x':>8} {'16x':>8} {'16x/1x':>7}")
    for name, make in cases().items():
        if args.only not in name:
            continue
        seconds = [cpu_seconds(make(n), args.base) for n in SIZES]
        print(f"{name:32} " + " ".join(f"{s:8.2f}" for s in seconds) + f" {seconds[-1] / max(seconds[0], 1e-3):7.1f}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
