"""Instructions the text parser executes on `parse.py`'s pages, counted by valgrind: a figure load barely moves.

    python3 benchmarks/parse_instructions.py [--shape SHAPE ...] [--markdown] [REV ...]

On a shared machine the CPU seconds of the same run swing by a tenth or more (`parse_versus.py`
alternates two parsers in one process for that reason, and still moves by several per cent between
runs). Valgrind's cachegrind (instruction counting only) counts the instructions a process executes,
nearly the same from run to run with PYTHONHASHSEED fixed (the garbage collector's timing still moves
a pass by a few million, under 1%: read smaller differences as none). For this checkout and each REV (its `discourse`
package taken with `git archive`), each of `parse_versus.py`'s inputs (the corpus, joined 10x and
100x, html2text pages joined 10x, the page of short paragraphs) is parsed in a child under
cachegrind, once with one pass and once with three, and the difference over two is printed: one
pass's instructions, imports and warm-up left out. Instructions are not time (a cache miss or a mispredicted branch costs many), but
a change that removes Python work removes instructions. `--markdown` counts the Markdown
normaliser alone on the same inputs (`normalised_lines`, whether or not a page reads as Markdown).
Needs `valgrind` on the PATH; some minutes.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import parse as bench  # noqa: E402

HASH_SEED = "0"

# The child: read the pages of one shape (written by this process), parse them PASSES times (or,
# with `--markdown`, only rewrite them with the Markdown normaliser).
_CHILD = """
import json, sys
if sys.argv[3] == "markdown":
    from discourse.parse.markdown import normalised_lines as parse_text
else:
    from discourse.parse import parse_text
pages = json.loads(open(sys.argv[1], encoding="utf-8").read())
for _ in range(int(sys.argv[2])):
    for page in pages:
        parse_text(page)
"""


def instructions(code: Path, pages: Path, passes: int, stage: str = "parse") -> int:
    """Instructions (cachegrind's I refs) of one child run (`stage`: "parse", or "markdown" for the
    normaliser alone)."""
    environment = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": HASH_SEED}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-c", _CHILD, str(pages), str(passes), stage]
    run = subprocess.run(command, env=environment, capture_output=True, text=True, check=False,
                         cwd=pages.parent)  # not the checkout: `-c` puts the working folder first on the path
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if run.returncode or not found:
        raise SystemExit(f"parse_instructions: valgrind run failed for {code}: {run.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1).replace(",", ""))


SHAPES = ("corpus", "joined 10x", "joined 100x", "h2t 10x", "short")


def shapes(folder: Path, wanted: list[str]) -> dict[str, Path]:
    """`parse_versus.py`'s inputs (those `wanted`), each written to a JSON file in folder."""
    corpus = bench.corpus()
    pages = {"corpus": corpus, "joined 10x": bench.joined(corpus, 10), "joined 100x": bench.joined(corpus, 100),
             "h2t 10x": bench.joined(bench.h2t_corpus(), 10), "short": [bench.short_lines_page()]}
    pages = {shape: texts for shape, texts in pages.items() if texts and shape in wanted}
    files = {}
    for shape, texts in pages.items():
        files[shape] = folder / f"{shape.replace(' ', '-')}.json"
        files[shape].write_text(json.dumps(texts), encoding="utf-8")
    return files


def extract(rev: str, folder: Path) -> Path:
    """REV's `discourse` package in folder/REV (for PYTHONPATH)."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "discourse"], check=True,
                             capture_output=True).stdout
    target = folder / rev.replace("/", "_")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data") if sys.version_info >= (3, 12) else tar.extractall(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revs", nargs="*", help="earlier commits to count as well")
    parser.add_argument("--shape", action="append", choices=SHAPES,
                        help="count only this input (repeatable; default: all, some minutes each)")
    parser.add_argument("--markdown", action="store_true",
                        help="count the Markdown normaliser alone (`normalised_lines`; REVs must have it)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("parse_instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        codes = {"this checkout": REPO}
        for rev in args.revs:
            try:
                codes[rev] = extract(rev, Path(folder))
            except subprocess.CalledProcessError as error:
                print(f"parse_instructions: cannot read {rev}: {error.stderr.decode(errors='replace').strip()}",
                      file=sys.stderr)
                return 2
        chosen = args.shape or list(SHAPES)
        options = "".join(f' --shape "{shape}"' for shape in args.shape or []) + (" --markdown" if args.markdown else "")
        print(f"$ python3 benchmarks/parse_instructions.py{options} {' '.join(args.revs)}".rstrip())
        print(f"M instructions of one pass, counted by cachegrind, PYTHONHASHSEED={HASH_SEED}")
        files = shapes(Path(folder), chosen)
        print(f"{'':14}" + "".join(f"{shape:>13}" for shape in files))
        for name, code in codes.items():
            stage = "markdown" if args.markdown else "parse"
            counts = [(instructions(code, pages, 3, stage) - instructions(code, pages, 1, stage)) / 2 / 1e6
                      for pages in files.values()]
            print(f"{name:14}" + "".join(f"{count:13,.1f}" for count in counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
