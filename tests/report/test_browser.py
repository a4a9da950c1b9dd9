"""The reports in a real browser (headless Chromium through Playwright): they load cleanly,
show every comment, filter and sort, hold up on a phone and in print, keep WCAG AA contrast,
and a hostile page shows its payloads as text, runs nothing and requests nothing.

Skipped only where no Chromium is installed; `scripts/test` installs Debian's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.analysis.page import analyse_page
from discourse.parse import load
from discourse.report.html.browser import chromium_context, find_chromium
from discourse.report.html.figures import author_threads, disagrees, off_topic
from discourse.report.html.markup import document
from tests.conftest import DATA
from tests.report.hostile import HOSTILE_REPORT, SEED_REPORT, build_reports

pytestmark = pytest.mark.skipif(
    find_chromium() is None, reason="no Chromium found: install Debian's chromium (scripts/test does) or set $CHROMIUM"
)
SEED = DATA / "004_4089cd0367db9c7b.txt"
AA_NORMAL_TEXT = 4.5


class Watched:
    """A browser tab with everything it did recorded: console messages, errors, dialogs, requests."""

    def __init__(self, context):
        self.page = context.new_page()
        self.console, self.errors, self.dialogs, self.requests = [], [], [], []
        self.page.on("console", lambda message: self.console.append(f"{message.type}: {message.text}"))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda request: self.requests.append(request.url))

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> "Watched":
        self.page.goto(path.as_uri())
        return self

    def assert_clean(self) -> None:
        assert self.console == [] and self.errors == [] and self.dialogs == []


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_reports(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def context():
    with chromium_context() as browser_context:
        yield browser_context


@pytest.fixture
def tab(context):
    watched = Watched(context)
    yield watched
    watched.page.close()


@pytest.fixture(scope="module")
def seed():
    return analyse_page(load(SEED))


def visible_comments(page) -> list[int]:
    return [int(i) for i in page.eval_on_selector_all(
        "#comment-tree > li", "items => items.filter(li => li.offsetParent !== null).map(li => li.id.slice(1))")]


def test_every_page_loads_without_console_errors_or_outside_requests(out, tab):
    for path in sorted(out.glob("*.html")):
        tab.open(path)
        tab.assert_clean()
    assert tab.requests == [p.as_uri() for p in sorted(out.glob("*.html"))]


def test_the_tree_shows_every_comment(out, tab, seed):
    tab.open(out / SEED_REPORT)
    assert visible_comments(tab.page) == [c.index for c in seed.comments]
    assert tab.page.locator("#filter-status").inner_text() == f"Showing {len(seed.comments)} of 10 comments."


@pytest.mark.parametrize("name, keeps", [
    ("disagree", disagrees),
    ("offtopic", off_topic),
    ("author", None),
])
def test_each_filter_shows_only_its_comments(out, tab, seed, name, keeps):
    tab.open(out / SEED_REPORT)
    threads = author_threads(seed)
    expected = [c.index for c in seed.comments if (keeps(c) if keeps else c.thread_root in threads)]
    assert 0 < len(expected) < len(seed.comments)
    button = tab.page.locator(f'#filters button[data-filter="{name}"]')
    button.click()
    assert visible_comments(tab.page) == expected
    assert button.get_attribute("aria-pressed") == "true"
    tab.page.locator('#filters button[data-filter="all"]').click()
    assert len(visible_comments(tab.page)) == len(seed.comments)
    tab.assert_clean()


def test_filters_work_from_the_keyboard_and_a_link_reveals_a_hidden_comment(out, tab, seed):
    tab.open(out / SEED_REPORT)
    tab.page.locator('#filters button[data-filter="offtopic"]').focus()
    tab.page.keyboard.press("Enter")
    hidden = next(c.index for c in seed.comments if not off_topic(c))
    assert hidden not in visible_comments(tab.page)
    tab.page.evaluate(f"location.hash = '#c{hidden}'")
    tab.page.wait_for_function(f"document.getElementById('c{hidden}').offsetParent !== null")
    assert len(visible_comments(tab.page)) == len(seed.comments)


def test_the_index_sorts_by_any_column(out, tab):
    tab.open(out / "index.html")
    header = tab.page.locator("th", has_text="Comments found")

    def counts() -> list[float]:
        return [float(v) for v in tab.page.eval_on_selector_all(
            "tbody tr", "rows => rows.map(r => r.cells[1].dataset.sort)")]

    header.locator("button").click()
    assert counts() == sorted(counts(), reverse=True) and header.get_attribute("aria-sort") == "descending"
    header.locator("button").click()
    assert counts() == sorted(counts()) and header.get_attribute("aria-sort") == "ascending"
    tab.assert_clean()


def test_fits_a_phone_and_prints_every_comment(out, context, seed):
    phone = Watched(context)
    phone.page.set_viewport_size({"width": 360, "height": 740})
    phone.open(out / SEED_REPORT)
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 360
    phone.page.locator('#filters button[data-filter="disagree"]').click()
    phone.page.emulate_media(media="print")
    assert len(visible_comments(phone.page)) == len(seed.comments)
    assert not phone.page.locator("#filters").is_visible()
    phone.assert_clean()
    phone.page.close()


PHONE_WIDTH = 400
KEY_COLUMNS = ("Comments found / declared", "Disagree with the author", "Controversy")


def test_the_index_on_a_phone_shows_the_key_columns_without_scrolling_sideways(out, context):
    phone = Watched(context)
    phone.page.set_viewport_size({"width": PHONE_WIDTH, "height": 800})
    phone.open(out / "index.html")
    page = phone.page
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    rows = page.locator("tbody tr")
    assert rows.count() == 6
    for number in range(rows.count()):
        row = rows.nth(number)
        cells = [row.locator("th")] + [row.locator(f'td[data-label="{name}"]') for name in KEY_COLUMNS]
        for cell in cells:
            box = cell.bounding_box()
            assert cell.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH, number
    label = page.evaluate("""getComputedStyle(document.querySelector('td[data-label="Disagree with the author"]'),
                             '::before').content""")
    assert "Disagree with the author" in label  # each figure says which column it is
    phone.assert_clean()
    phone.page.close()


def test_a_wide_screen_puts_the_article_beside_its_comments(out, context):
    wide = Watched(context)
    wide.page.set_viewport_size({"width": 1700, "height": 1000})
    wide.open(out / SEED_REPORT)
    article, comments = (wide.page.locator(f"#{name}").bounding_box() for name in ("article-text", "comments"))
    assert comments["x"] >= article["x"] + article["width"] and abs(comments["y"] - article["y"]) < 5
    wide.assert_clean()
    wide.page.close()


CONTRAST_SCRIPT = """
elements => elements.filter(e => e.offsetParent !== null && e.textContent.trim()).map(e => {
  const colour = getComputedStyle(e).color;
  let node = e, background = "rgba(0, 0, 0, 0)";
  while (node && background === "rgba(0, 0, 0, 0)") {
    background = getComputedStyle(node).backgroundColor;
    node = node.parentElement;
  }
  return [e.tagName + "." + e.className, colour, background === "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : background];
})
"""


def _luminance(rgb: str) -> float:
    channels = [int(v) / 255 for v in rgb[rgb.index("(") + 1:-1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("report", ["index.html", SEED_REPORT])
def test_text_meets_wcag_aa_contrast(out, tab, report):
    tab.open(out / report)
    tab.page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")
    samples = tab.page.eval_on_selector_all("body *:not(svg *):not(script):not(style)", CONTRAST_SCRIPT)
    assert samples
    low = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in samples if contrast(fg, bg) < AA_NORMAL_TEXT]
    assert not low


def test_the_hostile_page_shows_payloads_as_text_runs_nothing_and_requests_nothing(out, tab):
    tab.open(out / HOSTILE_REPORT)
    page = tab.page
    page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")
    for name in ("disagree", "offtopic", "author", "all"):
        page.locator(f'#filters button[data-filter="{name}"]').click()
    assert page.locator("h1").inner_text().startswith('<script>window.__pwned = "title"</script>')
    assert page.title().startswith('<script>window.__pwned = "title"</script>')
    assert "onerror=window.__pwned='author'>" in page.locator(".byline").inner_text()
    assert "<script>window.__pwned = 1; alert(1)</script>" in page.locator("#c1 .text").inner_text()
    assert '<img src=x onerror="window.__pwned=2;alert(2)">' in page.locator("#c2 .text").inner_text()
    assert '<a href="javascript:window.__pwned=3">here</a>' in page.locator("#c4 .text").inner_text()
    assert '</textarea><textarea> "><svg onload=window.__pwned=4>' in page.locator("#c5 .text").inner_text()
    assert "Eve <svg/onload=window.__pwned=5>" in page.locator("#c5 h3").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img, iframe, textarea, base, link, a[href^='javascript'], svg[onload]").count() == 0
    assert page.locator("#main").is_visible(), "the injected <style> must not hide the page"
    tab.assert_clean()
    assert tab.requests == [(out / HOSTILE_REPORT).as_uri()]


def test_the_policy_alone_stops_injected_script_should_escaping_ever_fail(tmp_path, tab):
    """Defence in depth: raw payloads in the page shell still run nothing and load nothing."""
    payloads = ('<script>window.__pwned = 1</script><img src="x.png" onerror="window.__pwned = 2">'
                '<svg onload="window.__pwned = 3"></svg><a id="js" href="javascript:window.__pwned = 4">x</a>'
                '<iframe src="other.html"></iframe>')
    page_file = tmp_path / "unescaped.html"
    page_file.write_text(document("unescaped", payloads), encoding="utf-8")
    tab.open(page_file)
    tab.page.locator("#js").click()
    assert tab.page.evaluate("typeof window.__pwned") == "undefined"
    assert tab.dialogs == [] and tab.errors == []
    assert tab.console and all("Content Security Policy" in message for message in tab.console)
