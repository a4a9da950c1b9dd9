"""How often the text reader agrees with the HTML reader on the same page rendered as text.

    python3 benchmarks/render_agreement.py [--verbose]

The HTML reader's tests hold many small hand-written pages in the markup of many platforms and
languages, and their comment facts are asserted by those tests. Each page here is rendered the way
the dev pages' text files were (`w3m -dump -T text/html -I UTF-8 -O UTF-8 -cols 100`, and html2text
2025.4.15 with body_width=0 and links, images and emphasis ignored), the two renderings are read with
`discourse.parse.parse_text`, and each field is compared with the HTML reader's parse of the page:
comment count (`comments.found`), commenter names in order, parents, article title, author, date
(ISO) and closed. Per rendering, it also shows how well `comments.doubtful` flags the renderings whose
count disagrees with the HTML parse (as `score_pages.py` does against the labelled counts), and how
well `comments.nesting_hidden` flags those whose parents disagree with it (a flat thread with no
replies, whose parents agree, may be flagged too: the rendering cannot show that none are replies).

How pages are found: every module-level string of the `tests/parse/html/*pages.py` and
`tests/parse/html/test_*.py` modules (strings held directly in a module-level list, tuple or dict
too) that holds `<html` or `<body` and on which the HTML reader finds a comment section (a comment,
a declared count or a closed notice). A page's name is `module.NAME`.

The HTML parse is the reference only where it is right: `HTML_WRONG` names the pages whose HTML
parse is known wrong in a field, and that field is not scored there. Exits 2 with a one-line message
when w3m or html2text is absent. Deterministic: pages are sorted by name, the renderers take no clock.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.parse import parse_text, read_pages  # noqa: E402

FIELDS = ("count", "names", "parents", "title", "author", "date", "closed")
RENDERINGS = ("w3m", "h2t")
PAGE_FOLDER = REPO / "tests" / "parse" / "html"
W3M = ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", "100"]

# Pages whose HTML parse is itself wrong in a field: (page name, field) -> why. Not scored there.
HTML_WRONG: dict[tuple[str, str], str] = {}


def page_modules() -> list[str]:
    """The modules that hold the HTML reader's test pages, by dotted name, sorted."""
    names = sorted(p.stem for p in (*PAGE_FOLDER.glob("*pages.py"), *PAGE_FOLDER.glob("test_*.py")))
    return [f"tests.parse.html.{name}" for name in names]


def module_strings(module) -> list[tuple[str, str]]:
    """(name, string) for each module-level string, and each string held directly in a module-level
    list, tuple or dict (named NAME[i] or NAME[key])."""
    found = []
    for name, value in vars(module).items():
        if isinstance(value, str):
            found.append((name, value))
        elif isinstance(value, (list, tuple)):
            found += [(f"{name}[{i}]", item) for i, item in enumerate(value) if isinstance(item, str)]
        elif isinstance(value, dict):
            found += [(f"{name}[{key}]", item) for key, item in value.items() if isinstance(item, str)]
    return found


def is_whole_page(text: str) -> bool:
    lowered = text.lower()
    return "<html" in lowered or "<body" in lowered


def has_comment_section(page) -> bool:
    comments = page.comments
    return bool(comments.items) or comments.declared is not None or bool(comments.closed)


def collect_pages() -> list[tuple[str, str, object]]:
    """(name, html, HTML parse) of every test page with a comment section, sorted by name, each
    distinct page once."""
    seen: set[str] = set()
    pages = []
    for dotted in page_modules():
        module = importlib.import_module(dotted)
        short = dotted.rsplit(".", 1)[1]
        for name, text in module_strings(module):
            if text in seen or not is_whole_page(text):
                continue
            seen.add(text)
            parsed = read_pages(text.encode("utf-8"), f"{short}.{name}.html")[0]
            if has_comment_section(parsed):
                pages.append((f"{short}.{name}", text, parsed))
    return sorted(pages, key=lambda row: row[0])


def render_w3m(html: str) -> str:
    return subprocess.run(W3M, input=html.encode("utf-8"), capture_output=True, check=True).stdout.decode("utf-8")


def render_h2t(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text(bodywidth=0)
    converter.ignore_links = converter.ignore_images = converter.ignore_emphasis = True
    converter.unicode_snob = True
    return converter.handle(html)


def facts(page) -> dict[str, object]:
    """The compared fields of one parse."""
    items = page.comments.items
    return {
        "count": page.comments.found,
        "names": [" ".join((c.author or "").split()) for c in items],
        "parents": [c.parent for c in items],
        "title": " ".join((page.article.title or "").split()),
        "author": " ".join((page.article.author or "").split()),
        "date": page.article.date,
        "closed": bool(page.comments.closed),
    }


def agreement(name: str, reference: dict, other: dict) -> dict[str, bool | None]:
    """Per field: agrees (True), disagrees (False), or not scored (None) where the HTML parse is wrong."""
    return {field: None if (name, field) in HTML_WRONG else reference[field] == other[field] for field in FIELDS}


def read_rendering(name: str, text: str, kind: str):
    return parse_text(text, path=f"{name}.{kind}.txt")


def mark(value: bool | None) -> str:
    return "n/a" if value is None else ("ok" if value else "DIFF")


def print_totals(results: dict[str, list[dict]]) -> None:
    print(f"\ntotal agreement with the HTML parse ({len(next(iter(results.values())))} pages)")
    print(f"  {'field':10}" + "".join(f"{kind:>14}" for kind in results))
    for field in (*FIELDS, "all"):
        cells = []
        for rows in results.values():
            if field == "all":
                scored = [all(v is not False for v in row.values()) for row in rows]
            else:
                scored = [row[field] for row in rows if row[field] is not None]
            cells.append(f"{sum(scored)} / {len(scored)}")
        print(f"  {field:10}" + "".join(f"{cell:>14}" for cell in cells))


CALIBRATIONS = {  # flag -> (the field it judges, the heading, the line it prints per rendering)
    "doubtful": ("count", "doubt calibration (count judged against the HTML parse)",
                 "doubtful on {wrong} of {wrongs} pages with a wrong count, {right} of {rights} with a right one"),
    "nesting_hidden": ("parents", "nesting calibration (parents judged against the HTML parse)",
                       "nesting hidden on {wrong} of {wrongs} pages whose parents disagree with the HTML parse, "
                       "{right} of {rights} whose parents agree"),
}


def print_calibration(results: dict[str, list[dict]], flags: dict[str, list[bool]], flag: str) -> None:
    """How often a flag of the text parse is set on renderings whose field (see `CALIBRATIONS`) disagrees
    with the HTML parse (want high) and on those where it agrees (want low); a field not scored is in neither."""
    field, heading, line = CALIBRATIONS[flag]
    print(f"\n{heading}")
    for kind, rows in results.items():
        judged = [(row[field], set_) for row, set_ in zip(rows, flags[kind]) if row[field] is not None]
        wrong = [set_ for agrees, set_ in judged if not agrees]
        right = [set_ for agrees, set_ in judged if agrees]
        print(f"  {kind:4} " + line.format(wrong=sum(wrong), wrongs=len(wrong), right=sum(right), rights=len(right)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true",
                        help="show both parses' values where they differ, and each rendering's doubts")
    args = parser.parse_args(argv)
    if shutil.which("w3m") is None:
        print("error: w3m not found on PATH (apt-get install w3m)", file=sys.stderr)
        return 2
    try:
        import html2text  # noqa: F401
    except ImportError:
        print("error: html2text not installed (pip install html2text==2025.4.15)", file=sys.stderr)
        return 2
    print("$ python3 benchmarks/render_agreement.py" + (" --verbose" if args.verbose else ""))
    results: dict[str, list[dict]] = {kind: [] for kind in RENDERINGS}
    doubtful: dict[str, list[bool]] = {kind: [] for kind in RENDERINGS}
    hidden: dict[str, list[bool]] = {kind: [] for kind in RENDERINGS}
    print(f"\n{'page':58}" + "".join(f"{kind + ':' + field[:6]:>11}" for kind in RENDERINGS for field in FIELDS))
    for name, html, parsed in collect_pages():
        reference = facts(parsed)
        rendered = {"w3m": render_w3m(html), "h2t": render_h2t(html)}
        row, notes = [], []
        for kind in RENDERINGS:
            read = read_rendering(name, rendered[kind], kind)
            other = facts(read)
            result = agreement(name, reference, other)
            results[kind].append(result)
            doubtful[kind].append(read.comments.doubtful)
            hidden[kind].append(read.comments.nesting_hidden)
            row += [mark(result[field]) for field in FIELDS]
            notes += [f"    {kind} {field}: {other[field]!r}  html {reference[field]!r}"
                      for field in FIELDS if result[field] is False]
            notes += [f"    {kind} doubt: {doubt}" for doubt in read.comments.doubts]
            notes += [f"    {kind} nesting hidden"] if read.comments.nesting_hidden else []
        print(f"{name[:58]:58}" + "".join(f"{cell:>11}" for cell in row))
        if args.verbose and notes:
            print("\n".join(notes))
    print_totals(results)
    print_calibration(results, doubtful, "doubtful")
    print_calibration(results, hidden, "nesting_hidden")
    return 0


if __name__ == "__main__":
    sys.exit(main())
