"""Score the readers on the hand-checked real pages of ../shared/pages-dev/.

    python3 benchmarks/score_pages.py [--format txt|html|h2t|all] [--shared PATH] [--verbose]

Each page (`<id>.txt`, the w3m rendering; `<id>.html`, the original page; `<id>.h2t.txt`, the
html2text rendering) is read with `discourse.parse.load` and compared with `manifest.json`.
Fields (whitespace-normalised throughout):

- title, author: equal to the manifest's value.
- date: `article.date` equals the manifest's ISO date (null == null).
- body_start: the first body paragraph starts with `body_first_sentence`.
- body_end: the last body paragraph contains `body_last_sentence`.
- count: reader comments found (`comments.found`: pingbacks not counted) equal `n_comments`.
- closed: `comments.closed` is true exactly when the manifest's status is "closed".
- parents: every comment's parent equals the manifest's; scored on pages with comments whose
  number of items (pingbacks included) matches, else counted wrong.
- comment_authors: every comment's author equals the manifest's, in order; scored like parents.

The mean of the per-field accuracies is the headline figure. Pages whose number is a multiple
of 4 (pd04, pd08, …, pd36: 9 of 39) are held out: not studied when the readers are tuned, and
reported apart. `doubtful` shows how well `comments.doubtful` flags the pages whose count is
wrong, and `nesting hidden` how well `comments.nesting_hidden` flags those whose parents are wrong (of
the pages with labelled comments; a flat thread with no replies, whose parents are right, may be flagged
too, and is counted apart); "the right parent" counts comments, not pages (`comment_parents`). Exits 2
when the pages are absent (they live outside the repository). Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.parse import load  # noqa: E402

FIELDS = ("title", "author", "date", "body_start", "body_end", "count", "closed", "parents", "comment_authors")
FORMATS = {"txt": ".txt", "html": ".html", "h2t": ".h2t.txt"}
DEFAULT_SHARED = REPO.parent / "shared"


def is_held_out(page_id: str) -> bool:
    """The fixed held-out part of the dev pages: page numbers that are multiples of 4."""
    return int(page_id[2:4]) % 4 == 0


def norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def score_page(page, facts: dict) -> dict[str, bool | None]:
    """Pass (True), fail (False) or not scored (None) for each field of one page."""
    paragraphs = [norm(p.text) for p in page.article.paragraphs]
    first, last = norm(facts["body_first_sentence"]), norm(facts["body_last_sentence"])
    truth = facts["comments"]
    items = page.comments.items
    aligned = len(items) == len(truth)
    return {
        "title": norm(page.article.title) == norm(facts["title"]),
        "author": norm(page.article.author) == norm(facts["author"]),
        "date": page.article.date == facts["date"],
        "body_start": bool(paragraphs) and first is not None and paragraphs[0].startswith(first),
        "body_end": bool(paragraphs) and last is not None and last in paragraphs[-1],
        "count": page.comments.found == facts["n_comments"],
        "closed": bool(page.comments.closed) == (facts["comment_section"]["status"] == "closed"),
        "parents": (aligned and [c.parent for c in items] == [c["parent"] for c in truth]) if truth else None,
        "comment_authors": (aligned and [norm(c.author) for c in items] == [norm(c["author"]) for c in truth])
        if truth else None,
    }


def comment_parents(page, facts: dict) -> tuple[int, int]:
    """Comments whose parent equals the manifest's, of the manifest's comments: a finer measure than the
    page-level `parents` field, which one wrong comment fails. On a page whose comment count is wrong
    every comment counts as wrong (which found comment stands for which true one is not known)."""
    truth = facts["comments"]
    items = page.comments.items
    if len(items) != len(truth):
        return 0, len(truth)
    return sum(c.parent == t["parent"] for c, t in zip(items, truth)), len(truth)


def mark(value: bool | None) -> str:
    return "n/a" if value is None else ("ok" if value else "FAIL")


def details(page, facts: dict) -> list[str]:
    """What the reader found where it failed, for --verbose."""
    paragraphs = page.article.paragraphs
    return [
        f"    title:    {page.article.title!r}  want {facts['title']!r}",
        f"    author:   {page.article.author!r}  want {facts['author']!r}",
        f"    date:     {page.article.date!r}  want {facts['date']!r}",
        f"    first:    {paragraphs[0].text[:90]!r}" if paragraphs else "    first:    (no body)",
        f"    last:     {paragraphs[-1].text[-90:]!r}" if paragraphs else "    last:     (no body)",
        f"    comments: declared {page.comments.declared} found {page.comments.found} ({page.comments.source})"
        f"  want {facts['comment_section']['declared_count']} / {facts['n_comments']}",
        f"    doubts:   {page.comments.doubts}",
    ]


def accuracy(results: list[dict]) -> dict[str, tuple[int, int]]:
    out = {}
    for field in FIELDS:
        scored = [r[field] for r in results if r[field] is not None]
        out[field] = (sum(scored), len(scored))
    return out


def mean_accuracy(results: list[dict]) -> float:
    shares = [right / total for right, total in accuracy(results).values() if total]
    return sum(shares) / len(shares) if shares else 0.0


def doubt_calibration(rows: list[tuple[dict, bool]]) -> str:
    """Doubtful on pages whose count is wrong (want high) and on those where it is right (want low)."""
    wrong = [doubtful for result, doubtful in rows if not result["count"]]
    right = [doubtful for result, doubtful in rows if result["count"]]
    return (f"doubtful on {sum(wrong)} of {len(wrong)} pages with a wrong count, "
            f"{sum(right)} of {len(right)} with a right one")


def nesting_calibration(rows: list[tuple[dict, bool, bool]]) -> str:
    """Nesting hidden on pages whose parents are wrong (want high) and on those where they are right (want
    low; of these, how many label no reply at all). Rows: (result, flagged, whether the labels hold a reply)."""
    judged = [(result["parents"], hidden, replies) for result, hidden, replies in rows if result["parents"] is not None]
    wrong = [hidden for right, hidden, _ in judged if not right]
    right = [(hidden, replies) for agrees, hidden, replies in judged if agrees]
    flat = sum(hidden and not replies for hidden, replies in right)
    return (f"nesting hidden on {sum(wrong)} of {len(wrong)} pages whose parents are wrong, "
            f"{sum(hidden for hidden, _ in right)} of {len(right)} whose parents are right "
            f"({flat} of them with no reply)")


Scored = tuple[dict, bool, tuple[int, int], bool, bool]  # result, doubtful, comment parents, nesting hidden, replies


def score_format(folder: Path, pages: list[dict], suffix: str, verbose: bool) -> dict[str, Scored]:
    scored: dict[str, Scored] = {}
    print(f"\n{'page':32}" + "".join(f"{field[:9]:>10}" for field in FIELDS) + "  doubtful")
    for facts in sorted(pages, key=lambda p: p["id"]):
        page = load(folder / f"{facts['id']}{suffix}")
        result = score_page(page, facts)
        replies = any(c["parent"] is not None for c in facts["comments"])
        scored[facts["id"]] = (result, page.comments.doubtful, comment_parents(page, facts),
                               page.comments.nesting_hidden, replies)
        label = facts["id"] + (" *" if is_held_out(facts["id"]) else "")
        print(f"{label:32}" + "".join(f"{mark(result[f]):>10}" for f in FIELDS)
              + f"  {'yes' if page.comments.doubtful else ''}")
        if verbose and not all(v is not False for v in result.values()):
            print("\n".join(details(page, facts)))
    return scored


def print_summary(name: str, scored: dict[str, Scored]) -> None:
    groups = {"all": list(scored), "tuned": [i for i in scored if not is_held_out(i)],
              "held out": [i for i in scored if is_held_out(i)]}
    print(f"\nper-field accuracy ({name}; * = held out)")
    print(f"  {'field':16}" + "".join(f"{group + f' ({len(ids)})':>18}" for group, ids in groups.items()))
    tables = {group: accuracy([scored[i][0] for i in ids]) for group, ids in groups.items()}
    for field in FIELDS:
        print(f"  {field:16}" + "".join(f"{'%d / %d' % tables[g][field]:>18}" for g in groups))
    print(f"  {'mean':16}" + "".join(f"{mean_accuracy([scored[i][0] for i in ids]):>18.3f}"
                                     for ids in groups.values()))
    for group, ids in groups.items():
        print(f"  {group}: {doubt_calibration([scored[i][:2] for i in ids])}")
    for group, ids in groups.items():
        print(f"  {group}: {nesting_calibration([(scored[i][0], *scored[i][3:]) for i in ids])}")
    for group, ids in groups.items():
        right, total = (sum(counts) for counts in zip(*(scored[i][2] for i in ids)))
        print(f"  {group}: the right parent on {right} of {total} comments")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=[*FORMATS, "all"], default="all", help="which rendering to read")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--verbose", action="store_true", help="show what was found on failing pages")
    args = parser.parse_args(argv)
    print("$ python3 benchmarks/score_pages.py" + (f" --format {args.format}" if args.format != "all" else "")
          + (" --verbose" if args.verbose else ""))
    folder = args.shared / "pages-dev"
    manifest = folder / "manifest.json"
    if not manifest.exists():
        print(f"error: {manifest} not found; the dev pages live outside the repository in ../shared/pages-dev/",
              file=sys.stderr)
        return 2
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    for name in (FORMATS if args.format == "all" else [args.format]):
        started = time.perf_counter()
        print(f"\n== {name} ({FORMATS[name]}) ==")
        scored = score_format(folder, pages, FORMATS[name], args.verbose)
        print_summary(name, scored)
        print(f"  ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
