"""Synthetic corpora of any size, recombined from real pages, in the layout of the seed pages.

A benchmark on five sample pages cannot show how the pipeline behaves on a whole archive, and
no archive of thousands of comment pages is at hand. So real article paragraphs and real
comments (English pages of data/ and, where present, ../shared/pages-dev/, read at run time
and never copied into the repository) are recombined into new plain-text pages laid out as
data/004_4089cd0367db9c7b.txt: title, "By NAME | (OUTLET)", paragraphs, "N Responses", numbered
top-level comments with indented bullet replies and continuation paragraphs.

Thread shapes are drawn to look like real ones: comment counts are heavy-tailed (a quarter of
pages have none, the median page with comments has about eight, a few have hundreds) and reply
depth is mostly 0-3. About one word in ten is swapped for another word of the pool, so that
texts are not repeated verbatim across pages: the analysis memoises by text, and a pool of a
few hundred comments reused thousands of times would otherwise flatter its speed at scale.

Each page is drawn from its own RNG seeded with (seed, page number): the same seed gives the
same bytes, and a corpus of 1,000 pages is the first 1,000 pages of one of 10,000.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from discourse.parse import load, parse_text

REPO = Path(__file__).resolve().parents[1]
PAGES_DEV = REPO.parent / "shared" / "pages-dev"

NO_COMMENTS = 0.25  # share of pages without comments
MEDIAN_COMMENTS = 8  # median comment count of a page with comments
COMMENTS_SIGMA = 1.1  # log-normal spread: the heavy tail
MAX_COMMENTS = 999
DEEPER = (0.35, 0.3, 0.2, 0.1, 0.05, 0.0)  # chance that a comment replies to the one before, by its depth
BACK_TO_TOP = 0.6  # otherwise: chance that it starts a new thread rather than replying higher up
MEDIAN_PARAGRAPHS = 10
PARAGRAPHS_SIGMA = 0.6
SWAP_RATE = 0.1
MIN_PARAGRAPH = 40  # shorter article paragraphs read as headings or captions
SWAPPABLE = re.compile(r"[A-Za-z]{4,}")
PLAIN = "An ordinary article paragraph, long enough to read as body text and nothing else."


@dataclass(frozen=True)
class Pool:
    """The real material pages are made of."""

    titles: tuple[str, ...]
    authors: tuple[str, ...]
    outlets: tuple[str, ...]
    paragraphs: tuple[str, ...]
    comments: tuple[tuple[str, ...], ...]  # each comment's paragraphs
    words: tuple[str, ...]


@dataclass(frozen=True)
class PageSpec:
    """One generated page: what it says and the reply tree it is meant to have."""

    title: str
    author: str
    outlet: str
    paragraphs: tuple[str, ...]
    comments: tuple[tuple[str, ...], ...]
    depths: tuple[int, ...]
    closed: bool

    @property
    def parents(self) -> list[int | None]:
        return parents(self.depths)

    def texts(self) -> Iterator[str]:
        """The article paragraphs and comment texts, as the analysis sees them."""
        yield from self.paragraphs
        yield from ("\n\n".join(c) for c in self.comments)


def source_pages() -> list[Path]:
    """data/*.txt, and the English w3m renderings of ../shared/pages-dev/ when that folder exists."""
    paths = sorted((REPO / "data").glob("*.txt"))
    manifest = PAGES_DEV / "manifest.json"
    if manifest.exists():
        pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
        paths += [PAGES_DEV / f"{p['id']}.txt" for p in pages if p["language"] == "en"]
    return paths


def load_pool(paths: Iterable[Path]) -> Pool:
    """Parse the real pages and keep the parts that read back unchanged in the seed layout."""
    pages = [load(path) for path in paths]
    articles = [page.article for page in pages]
    paragraphs = [_clean(p.text) for a in articles for p in a.paragraphs]
    comments = [tuple(_clean(p) for p in c.paragraphs) for page in pages for c in page.comments.items]
    authors = sorted({a.author for a in articles if a.author and a.author.istitle()})
    outlets = {a.outlet for a in articles if a.outlet} | {_outlet_of(path) for path in paths if path.parent == PAGES_DEV}
    kept_comments = tuple(c for c in comments if c and _reads_back(c))
    kept_paragraphs = tuple(p for p in paragraphs if len(p) >= MIN_PARAGRAPH and _reads_back_in_article(p))
    texts = kept_paragraphs + tuple(p for c in kept_comments for p in c)
    return Pool(
        titles=tuple(a.title for a in articles if a.title and not a.title_inferred),
        authors=tuple(_recombined_names(authors)),
        outlets=tuple(sorted(outlets)),
        paragraphs=kept_paragraphs,
        comments=kept_comments,
        words=tuple(sorted({w.lower() for text in texts for w in SWAPPABLE.findall(text)})),
    )


def _clean(text: str) -> str:
    return " ".join(text.split())


def _outlet_of(path: Path) -> str:
    """pd08-crookedtimber.txt -> Crookedtimber: the site the real page came from."""
    return path.stem.split("-")[1].capitalize()


def _recombined_names(authors: list[str]) -> list[str]:
    """Real bylines, plus each first name with each other surname, for more than a handful of authors."""
    split = [name.split() for name in authors]
    firsts = sorted({parts[0] for parts in split if len(parts) > 1})
    lasts = sorted({parts[-1] for parts in split if len(parts) > 1})
    return sorted(set(authors) | {f"{first} {last}" for first in firsts for last in lasts})


def _reads_back(comment: tuple[str, ...]) -> bool:
    """Whether the parser finds this comment intact as a thread opener and as a reply."""
    found = parse_text(render(_check_page((PLAIN,), (comment, comment))), path="check.txt").comments.items
    return [c.parent for c in found] == [None, 1] and all(tuple(c.paragraphs) == comment for c in found)


def _reads_back_in_article(paragraph: str) -> bool:
    """Whether the parser keeps this paragraph in the article body, first or last (embeds,
    image placeholders and recipe checklists of the real pages read as furniture out of place)."""
    article = parse_text(render(_check_page((paragraph, PLAIN, paragraph), ())), path="check.txt").article
    return [p.text for p in article.paragraphs] == [paragraph, PLAIN, paragraph]


def _check_page(paragraphs: tuple[str, ...], comments: tuple[tuple[str, ...], ...]) -> PageSpec:
    return PageSpec("A title for a check page", "Jane Doe", "Outlet", paragraphs, comments, (0, 1)[:len(comments)], True)


def generate(pool: Pool, count: int, seed: int = 0, start: int = 0) -> Iterator[PageSpec]:
    """Pages start .. start+count-1 of the corpus with this seed."""
    for number in range(start, start + count):
        yield page_spec(pool, random.Random(f"{seed}:{number}"))


def page_spec(pool: Pool, rng: random.Random) -> PageSpec:
    n_comments = comment_count(rng)
    n_paragraphs = min(len(pool.paragraphs), max(2, round(rng.lognormvariate(math.log(MEDIAN_PARAGRAPHS),
                                                                              PARAGRAPHS_SIGMA))))
    return PageSpec(
        title=_swapped(rng, pool, rng.choice(pool.titles)),
        author=rng.choice(pool.authors),
        outlet=rng.choice(pool.outlets),
        paragraphs=tuple(_swapped(rng, pool, p) for p in rng.sample(pool.paragraphs, n_paragraphs)),
        comments=tuple(tuple(_swapped(rng, pool, p) for p in rng.choice(pool.comments)) for _ in range(n_comments)),
        depths=tuple(reply_depths(rng, n_comments)),
        closed=rng.random() < 0.5,
    )


def comment_count(rng: random.Random) -> int:
    """Zero for a quarter of pages, else log-normal: most pages have a few, some have hundreds."""
    if rng.random() < NO_COMMENTS:
        return 0
    return min(MAX_COMMENTS, max(1, round(rng.lognormvariate(math.log(MEDIAN_COMMENTS), COMMENTS_SIGMA))))


def reply_depths(rng: random.Random, count: int) -> Iterator[int]:
    """Depths in document order: each comment replies to the one before, starts a thread, or
    replies to a comment higher up the current thread; chains deeper than 3 are rare."""
    depth = -1
    for _ in range(count):
        if depth < 0 or rng.random() >= DEEPER[depth]:
            depth = 0 if depth < 0 or rng.random() < BACK_TO_TOP else rng.randint(0, depth)
        else:
            depth += 1
        yield depth


def parents(depths: Iterable[int]) -> list[int | None]:
    """1-based parent of each comment: the latest comment one level up, as the layout implies."""
    latest: dict[int, int] = {}
    result: list[int | None] = []
    for index, depth in enumerate(depths, start=1):
        result.append(latest[depth - 1] if depth else None)
        latest[depth] = index
    return result


def _swapped(rng: random.Random, pool: Pool, text: str) -> str:
    def swap(match: re.Match) -> str:
        if rng.random() >= SWAP_RATE:
            return match.group()
        word = rng.choice(pool.words)
        return word.capitalize() if match.group()[0].isupper() else word

    return SWAPPABLE.sub(swap, text)


def render(spec: PageSpec) -> str:
    """The page as w3m would dump it, in the layout of data/004_4089cd0367db9c7b.txt."""
    blocks = [spec.title, f"By {spec.author} | ({spec.outlet})", *spec.paragraphs]
    if spec.comments:
        blocks.append(f"{len(spec.comments)} {'Response' if len(spec.comments) == 1 else 'Responses'}")
    top = 0
    for comment, depth in zip(spec.comments, spec.depths):
        top += depth == 0
        blocks += _comment_lines(comment, depth, top)
    if spec.closed:
        blocks.append("Comments are closed.")
    return "\n\n".join(blocks) + "\n"


def _comment_lines(paragraphs: tuple[str, ...], depth: int, number: int) -> list[str]:
    """A top-level comment is numbered ("  1. "), a reply is a bullet indented two columns per
    level; continuation paragraphs are indented to the comment's text."""
    if depth == 0:
        first, rest = f"{number:>3}. ", " " * 4
    else:
        first, rest = " " * (2 + 2 * depth) + "• ", " " * (4 + 2 * depth)
    return [first + paragraphs[0], *(rest + p for p in paragraphs[1:])]


@dataclass(frozen=True)
class CorpusSize:
    """What was written: enough to turn times into rates and to show the thread shapes."""

    pages: int
    texts: int
    bytes: int
    comment_counts: tuple[int, ...]  # per page
    depth_counts: tuple[int, ...]  # comments at depth 0, 1, ...

    @property
    def comments(self) -> int:
        return sum(self.comment_counts)


def write_corpus(pool: Pool, folder: Path, count: int, seed: int = 0) -> CorpusSize:
    """Write pages 0..count-1 as folder/NNNNNN.txt, one at a time (memory stays flat)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = size = 0
    counts: list[int] = []
    depths = [0] * len(DEEPER)
    for number, spec in enumerate(generate(pool, count, seed)):
        data = render(spec).encode("utf-8")
        (folder / f"{number:06d}.txt").write_bytes(data)
        texts += len(spec.paragraphs) + len(spec.comments)
        size += len(data)
        counts.append(len(spec.comments))
        for depth in spec.depths:
            depths[depth] += 1
    return CorpusSize(count, texts, size, tuple(counts), tuple(depths))
