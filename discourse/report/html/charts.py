"""Small inline SVG charts drawn by hand: no library, no script, nothing fetched.

Each chart is an accessible image (role="img" with a <title> and <desc>) whose marks carry
their own <title> tooltips and visible text labels, so colour is never the only cue.
Colours come from classes in the page's stylesheet, not from style attributes, which the
Content-Security-Policy forbids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from discourse.report.html.markup import esc, signed

WIDTH = 320
LEFT = 20
PLOT = 280
BIN = 0.1
STRIP_HEIGHT = 70
MAX_DOT_STEP = 11.0


@dataclass(frozen=True)
class Dot:
    """One comment on the sentiment scale."""

    index: int
    polarity: float
    label: str


def _svg(name: str, height: float, title: str, description: str, marks: list[str]) -> str:
    ids = f"chart-{name}-title chart-{name}-desc"
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" role="img" aria-labelledby="{ids}">'
        f'<title id="chart-{name}-title">{esc(title)}</title><desc id="chart-{name}-desc">{esc(description)}</desc>'
        + "".join(marks) + "</svg>"
    )


def _text(x: float, y: float, content: str, anchor: str = "middle", css: str = "") -> str:
    extra = f' class="{css}"' if css else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>{esc(content)}</text>'


def _x(polarity: float) -> float:
    return LEFT + (max(-1.0, min(1.0, polarity)) + 1) / 2 * PLOT


def sentiment_chart(dots: list[Dot], article_polarity: float | None) -> str:
    """Comment polarities stacked in bins along -1..+1, with the article's polarity marked (when it has one)."""
    bins = Counter(round(dot.polarity / BIN) for dot in dots)
    step = min(MAX_DOT_STEP, STRIP_HEIGHT / max(bins.values(), default=1))
    axis = 30 + STRIP_HEIGHT
    radius = max(1.0, step / 2 - 0.5)
    stacked: Counter[int] = Counter()
    marks = [f'<line class="axis" x1="{LEFT}" y1="{axis}" x2="{LEFT + PLOT}" y2="{axis}"/>']
    for dot in sorted(dots, key=lambda d: (d.polarity, d.index)):
        key = round(dot.polarity / BIN)
        y = axis - step * (stacked[key] + 0.5)
        stacked[key] += 1
        marks.append(
            f'<circle class="fill-{esc(dot.label)}" cx="{_x(dot.polarity):.1f}" cy="{y:.1f}" r="{radius:.1f}">'
            f"<title>{esc(f'comment #{dot.index}: {signed(dot.polarity)} ({dot.label})')}</title></circle>"
        )
    if article_polarity is not None:
        marker = _x(article_polarity)
        anchor = "start" if marker < LEFT + PLOT / 2 else "end"
        marks += [
            f'<line class="article-mark" x1="{marker:.1f}" y1="18" x2="{marker:.1f}" y2="{axis}"/>',
            _text(marker + (4 if anchor == "start" else -4), 14, f"article {signed(article_polarity)}", anchor,
                  "article-label"),
        ]
    marks += [
        _text(LEFT, axis + 16, "\u22121 negative", "start"),
        _text(LEFT + PLOT / 2, axis + 16, "0"),
        _text(LEFT + PLOT, axis + 16, "+1 positive", "end"),
    ]
    description = (f"{len(dots)} comments placed by polarity from -1 to +1; the article's polarity is "
                   f"{signed(article_polarity)}.")
    return _svg("sentiment", axis + 24, "Comment sentiment against the article's", description, marks)


def stance_chart(counts: list[tuple[str, int]]) -> str:
    """Horizontal bars: how many comments take each stance toward the author."""
    row, label_width, bar_width = 24, 92, 180
    top = max((n for _, n in counts), default=0) or 1
    marks = []
    for position, (label, n) in enumerate(counts):
        y = 8 + position * row
        length = bar_width * n / top
        marks += [
            _text(label_width - 6, y + 14, label, "end"),
            f'<rect class="bar-track" x="{label_width}" y="{y + 3}" width="{bar_width}" height="15"/>',
            f'<rect class="fill-{esc(label)}" x="{label_width}" y="{y + 3}" width="{length:.1f}" height="15"/>',
            _text(label_width + length + 6, y + 15, str(n), "start"),
        ]
    description = "; ".join(f"{label}: {n}" for label, n in counts)
    return _svg("stance", 12 + len(counts) * row, "Stance toward the author", description, marks)


def depth_chart(levels: list[tuple[int, int, int]]) -> str:
    """Vertical bars per reply depth: the share of comments at that depth that disagree."""
    height, base = 90, 110
    slot = PLOT / max(1, len(levels))
    bar = min(40.0, slot * 0.7)
    marks = [f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{LEFT + PLOT}" y2="{base}"/>']
    for position, (depth, disagreeing, total) in enumerate(levels):
        x = LEFT + slot * position + (slot - bar) / 2
        filled = height * disagreeing / total if total else 0.0
        marks += [
            f'<rect class="bar-track" x="{x:.1f}" y="{base - height}" width="{bar:.1f}" height="{height}"/>',
            f'<rect class="fill-disagree" x="{x:.1f}" y="{base - filled:.1f}" width="{bar:.1f}" height="{filled:.1f}">'
            f"<title>{esc(f'depth {depth}: {disagreeing} of {total} disagree')}</title></rect>",
            _text(x + bar / 2, base - height - 5, f"{disagreeing}/{total}"),
            _text(x + bar / 2, base + 14, str(depth)),
        ]
    marks.append(_text(LEFT + PLOT / 2, base + 30, "reply depth (0 = top level)"))
    description = "; ".join(f"depth {d}: {k} of {n} disagree" for d, k, n in levels)
    return _svg("depth", base + 36, "Disagreement along reply depth", description, marks)
