"""The hostile page fixture, and helpers the HTML and browser tests share to build and read reports."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import DATA

HOSTILE = Path(__file__).parent / "hostile_page.txt"
HOSTILE_REPORT = "hostile_page.html"
SEED_REPORT = "004_4089cd0367db9c7b.html"


def build_reports(out: Path) -> Path:
    """`discourse report data/*.txt hostile_page.txt --out OUT`; returns OUT."""
    inputs = [*sorted(map(str, DATA.glob("*.txt"))), str(HOSTILE)]
    result = CliRunner().invoke(app, ["report", *inputs, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag, self.attrs = tag, attrs


class PageParser(HTMLParser):
    """Every element with its attributes, the raw text of <script> and <style>, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.text: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append(Element(tag, dict(attrs)))
        self._open = tag if tag in self.raw else None

    def handle_startendtag(self, tag, attrs):
        self.elements.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._open = None

    def handle_data(self, data):
        if self._open:
            self.raw[self._open].append(data)
        else:
            self.text.append(data)


def parse_html(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser
