"""The text parser of this checkout against the one of an earlier commit, in one process.

    python3 benchmarks/parse_versus.py REV [--rounds N]

On a machine shared with other work, two runs of `benchmarks/parse.py` minutes apart differ by
more than the change being measured. Here both parsers time the same corpus (`parse.py`'s:
data/*.txt and the pages-dev renderings) in one process, pass after pass, alternating which
goes first, so other work slows both alike. REV's `discourse` package is taken with `git
archive` into a temporary folder and imported under another name. Printed: MB/s of each
(best and median pass, CPU time of one core) and their ratio, on the corpus and on the bigger
pages of `parse.py` (joined 10x and 100x, the html2text renderings joined 10x, the page of short
paragraphs).
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import parse as bench  # noqa: E402
from discourse.parse import parse_text  # noqa: E402

EARLIER = "discourse_earlier"


def earlier_parser(rev: str, folder: Path):
    """`parse_text` of commit `rev`: its package extracted into folder and renamed, so both load."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "discourse"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data") if sys.version_info >= (3, 12) else tar.extractall(folder)
    (folder / "discourse").rename(folder / EARLIER)
    imports = re.compile(r"\bdiscourse(?=[.\s])")
    for path in (folder / EARLIER).rglob("*.py"):
        path.write_text(imports.sub(EARLIER, path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(f"{EARLIER}.parse").parse_text


def race(parsers: dict, pages: list[str], rounds: int) -> dict[str, list[float]]:
    """CPU seconds of each parser for all pages, per round; the order alternates round by round."""
    names, seconds = list(parsers), {name: [] for name in parsers}
    for parser in parsers.values():
        for page in pages:
            parser(page)  # warm-up: regex compilation, memo tables
    for round_ in range(rounds):
        for name in names if round_ % 2 == 0 else names[::-1]:
            began = time.process_time()
            for page in pages:
                parsers[name](page)
            seconds[name].append(time.process_time() - began)
    return seconds


def report(label: str, pages: list[str], seconds: dict[str, list[float]]) -> None:
    size = sum(len(page.encode("utf-8")) for page in pages) / 1e6
    (now, now_s), (then, then_s) = seconds.items()
    best = {name: min(times) for name, times in seconds.items()}
    median = {name: sorted(times)[len(times) // 2] for name, times in seconds.items()}
    print(f"{label:10} {size:5.2f} MB  this checkout {size / best[now]:5.2f} MB/s best {size / median[now]:5.2f} median"
          f"  |  {then} {size / best[then]:5.2f} best {size / median[then]:5.2f} median"
          f"  |  ratio {best[then] / best[now]:.3f} best {median[then] / median[now]:.3f} median")


def shapes(corpus: list[str]) -> list[tuple[str, list[str]]]:
    """The bigger pages, labelled: w3m pages joined 10x and 100x, html2text pages joined 10x
    (left out when ../shared/pages-dev is absent), the page of short paragraphs."""
    h2t = bench.h2t_corpus()
    return [("joined 10x", bench.joined(corpus, 10)), ("joined 100x", bench.joined(corpus, 100))] \
        + ([("h2t 10x", bench.joined(h2t, 10))] if h2t else []) + [("short", [bench.short_lines_page()])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the earlier commit (anything `git archive` takes)")
    parser.add_argument("--rounds", type=int, default=15, help="passes of each parser per figure")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        try:
            earlier = earlier_parser(args.rev, Path(folder))
        except subprocess.CalledProcessError as error:
            print(f"parse_versus: cannot read {args.rev}: {error.stderr.decode(errors='replace').strip()}",
                  file=sys.stderr)
            return 2
        parsers = {"this checkout": parse_text, args.rev: earlier}
        corpus = bench.corpus()
        print(f"$ python3 benchmarks/parse_versus.py {args.rev} --rounds {args.rounds}")
        print("ratio: this checkout's MB/s over the earlier one's (above 1: faster now)")
        report("corpus", corpus, race(parsers, corpus, args.rounds))
        for label, pages in shapes(corpus):
            report(label, pages, race(parsers, pages, max(3, args.rounds // 3)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
