"""Score the parser on the hand-checked real pages of ../shared/pages-dev/.

    python3 benchmarks/score_pages.py [--shared PATH] [--verbose]

Each `<id>.txt` (the w3m rendering) is parsed with `discourse.parse.load` and compared
with `manifest.json`. Fields (whitespace-normalised throughout):

- title, author: equal to the manifest's value.
- body_start: the first body paragraph starts with `body_first_sentence`.
- body_end: the last body paragraph contains `body_last_sentence`.
- declared: `comments.declared` equals `comment_section.declared_count` (null == null).
- count: `comments.found` equals `len(comments)` of the manifest, pingbacks INCLUDED, because
  the parser cannot tell a pingback from a comment in the text and the manifest numbers
  indices (and so parents) over that same list.
- parents: every comment's parent equals the manifest's; scored only on pages with at least
  one comment whose count matches (elsewhere the indices do not line up: "n/a").

Exits 2 when the pages are absent (they live outside the repository). Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.parse import load  # noqa: E402

FIELDS = ("title", "author", "body_start", "body_end", "declared", "count", "parents")
DEFAULT_SHARED = REPO.parent / "shared"


def norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def score_page(page, facts: dict) -> dict[str, bool | None]:
    """Pass (True), fail (False) or not scored (None) for each field of one page."""
    paragraphs = [norm(p.text) for p in page.article.paragraphs]
    first, last = norm(facts["body_first_sentence"]), norm(facts["body_last_sentence"])
    truth = facts["comments"]
    count_ok = page.comments.found == len(truth)
    parents = None
    if count_ok and truth:
        parents = [c.parent for c in page.comments.items] == [c["parent"] for c in truth]
    return {
        "title": norm(page.article.title) == norm(facts["title"]),
        "author": norm(page.article.author) == norm(facts["author"]),
        "body_start": bool(paragraphs) and first is not None and paragraphs[0].startswith(first),
        "body_end": bool(paragraphs) and last is not None and last in paragraphs[-1],
        "declared": page.comments.declared == facts["comment_section"]["declared_count"],
        "count": count_ok,
        "parents": parents,
    }


def mark(value: bool | None) -> str:
    return "n/a" if value is None else ("ok" if value else "FAIL")


def details(page, facts: dict) -> list[str]:
    """What the parser found where it failed, for --verbose."""
    paragraphs = page.article.paragraphs
    return [
        f"    title:    {page.article.title!r}  want {facts['title']!r}",
        f"    author:   {page.article.author!r}  want {facts['author']!r}",
        f"    first:    {paragraphs[0].text[:90]!r}" if paragraphs else "    first:    (no body)",
        f"    last:     {paragraphs[-1].text[-90:]!r}" if paragraphs else "    last:     (no body)",
        f"    comments: declared {page.comments.declared} found {page.comments.found}"
        f"  want {facts['comment_section']['declared_count']} / {len(facts['comments'])}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--verbose", action="store_true", help="show what was found on failing pages")
    args = parser.parse_args(argv)
    print("$ python3 benchmarks/score_pages.py" + (" --verbose" if args.verbose else ""))
    folder = args.shared / "pages-dev"
    manifest = folder / "manifest.json"
    if not manifest.exists():
        print(f"error: {manifest} not found; the dev pages live outside the repository in ../shared/pages-dev/",
              file=sys.stderr)
        return 2
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    results = {}
    print(f"\n{'page':34}" + "".join(f"{field:>11}" for field in FIELDS))
    for facts in sorted(pages, key=lambda p: p["id"]):
        page = load(folder / f"{facts['id']}.txt")
        results[facts["id"]] = score_page(page, facts)
        print(f"{facts['id']:34}" + "".join(f"{mark(results[facts['id']][f]):>11}" for f in FIELDS))
        if args.verbose and not all(v is not False for v in results[facts["id"]].values()):
            print("\n".join(details(page, facts)))
    print("\nper-field accuracy")
    for field in FIELDS:
        scored = [r[field] for r in results.values() if r[field] is not None]
        print(f"  {field:11} {sum(scored):3d} / {len(scored):2d}  {100 * sum(scored) / max(len(scored), 1):5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
