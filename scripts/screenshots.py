"""Screenshots of the committed reports for the README: the index and the 004 article page.

    python3 scripts/screenshots.py            # from the repo root, after `discourse report data/ --out reports/`

Writes docs/screenshots/index.png, index-phone.png (the index on a 400 px phone), report-004.png (figures and charts), report-004-comments.png
(the tree filtered to the disagreeing comments, one explained) and report-004-phone.png.
Needs the `playwright` package and Debian's chromium (no browser download).
"""

from __future__ import annotations

from pathlib import Path

from discourse.report.html.browser import chromium_context

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "reports"
SHOTS = REPO / "docs" / "screenshots"
ARTICLE = next(REPORTS.glob("004_*.html"), None)


def shoot(page_file: Path, target: Path, width: int, height: int, prepare=None) -> None:
    with chromium_context(width, height) as context:
        page = context.new_page()
        page.goto(page_file.as_uri())
        if prepare:
            prepare(page)
        page.screenshot(path=str(target))
    print(target.relative_to(REPO))


def disagreeing_with_reasons(page) -> None:
    page.locator('#filters button[data-filter="disagree"]').click()
    page.locator("#comment-tree li:not(.filtered-out) details").nth(1).evaluate("d => d.open = true")
    page.locator("#comments").evaluate("section => section.scrollIntoView()")


def main() -> None:
    if ARTICLE is None:
        raise SystemExit("reports/004_*.html missing: run `discourse report data/ --out reports/` first")
    SHOTS.mkdir(parents=True, exist_ok=True)
    shoot(REPORTS / "index.html", SHOTS / "index.png", 1280, 720)
    shoot(REPORTS / "index.html", SHOTS / "index-phone.png", 400, 844)
    shoot(ARTICLE, SHOTS / "report-004.png", 1280, 1180)
    shoot(ARTICLE, SHOTS / "report-004-comments.png", 1280, 1300, disagreeing_with_reasons)
    shoot(ARTICLE, SHOTS / "report-004-phone.png", 390, 844)


if __name__ == "__main__":
    main()
