"""Other stories' blocks on an article's page: the cards of related stories and the posts of a list,
each opening with its own headline that links to its own page.

What such a block holds (a byline and a date, a teaser, a "12 Comments" link) is that story's: never
this article's count, nor comments under it. A block is another story's where its first heading links
to another page of the site (a relative link or one to the site's own host; not a member's profile nor
the front page) with a headline's words, other than this article's headline (a theme links the
article's own headline to its address).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain, islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse.html.declared_count import headline_agrees
from discourse.parse.html.dom import HEADING_TAGS, ancestors, parse, shape, text_of, url_parts

_HEADINGS = ", ".join(sorted(HEADING_TAGS))
_MIN_HEADLINE_WORDS = 3
_OWN_HEADLINE_SHARE = 0.5  # of a heading's words among the article's title's: the article's own headline
_CARD_LEVELS = 4  # elements up from a card's heading to the card
_MAX_CARD_CHARS = 900  # a card holds a headline, a date and a line or two of teaser, not an article
_MIN_CARDS = 2
# The label of a link that reads on in another story: "More", "Read more »", "Read the full story", "Weiterlesen".
READ_ON = re.compile(r"^(?:(?:read|see|view)\s+(?:more|on|the\s+(?:full\s+)?(?:story|article|post))|more"
                     r"|full\s+story|continue\s+reading|weiterlesen|mehr|lire\s+la\s+suite|leer\s+m[aá]s"
                     r"|leggi\s+tutto)\W*$", re.I)
# Where a site keeps its members' pages: a commenter's name may link to one.
_PROFILE_PATH = re.compile(r"/(?:users?|members?|profiles?|people|authors?|u)/", re.I)


def page_host(tree: LexborHTMLParser) -> str | None:
    """The host the page says it lives at (canonical link, og:url, base), without "www."."""
    for selector, attribute in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content"),
                                ("base[href]", "href")):
        node = tree.css_first(selector)
        netloc = url_parts(node.attributes.get(attribute) or "").netloc if node is not None else ""
        if netloc:
            return _bare_host(netloc)
    return None


def page_paths(tree: LexborHTMLParser) -> frozenset[str]:
    """The paths of the page's own address (its canonical link, og:url), without a closing "/"."""
    hrefs = [node.attributes.get("href") for node in tree.css('link[rel~="canonical"]')]
    hrefs += [node.attributes.get("content") for node in tree.css('meta[property="og:url"]')]
    return frozenset(url_parts(href.strip()).path.rstrip("/") for href in hrefs if href and href.strip())


def _bare_host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return host[4:] if host.startswith("www.") else host


def another_page_of_the_site(href: str, host: str | None) -> bool:
    """A link to a page of this site that is no member's profile nor its front page: relative, or
    absolute to the page's own host (a commenter's name links to their own site, elsewhere; the
    site's owner's to its front page). A link into this page ("#…") or a script's is none."""
    if href.startswith(("#", "javascript:")):
        return False
    if not href.startswith(("http", "//")):
        return True
    parts = url_parts(href)
    return (host is not None and _bare_host(parts.netloc) == host and not _PROFILE_PATH.search(parts.path)
            and bool(parts.path.strip("/")))


@dataclass(frozen=True)
class OwnPage:
    """What tells another story's block from the article's own: the page's host, the lower-cased
    words of the article's headline and the paths of its own address."""

    host: str | None
    title: frozenset[str]
    paths: frozenset[str] = frozenset()  # of the page's own address

    @classmethod
    def of(cls, tree: LexborHTMLParser, title: str | None) -> OwnPage:
        return cls(page_host(tree), frozenset(re.findall(r"\w+", (title or "").lower())), page_paths(tree))

    def story_link(self, href: str) -> str | None:
        """The path of another page of the site a link opens (`another_page_of_the_site`), where the
        page knows its own address: not this page, nor a page below it (a comment's permalink,
        ".../comment/101"), nor a member's page ("/@erin"); else None."""
        if not self.paths or not another_page_of_the_site(href, self.host):
            return None
        path = url_parts(href).path.rstrip("/")
        if not path or path.startswith("/@") or _PROFILE_PATH.search(path + "/") or self.of_this_page(path):
            return None
        return path

    def of_this_page(self, path: str) -> bool:
        """The path is this page's own address, or a page below it."""
        return any(path == own or path.startswith(own + "/") for own in self.paths if own)

    def opens_another_story(self, block: LexborNode) -> bool:
        """Whether the block's first heading (or the block itself, a heading) is another story's
        headline: a link to another page of the site, in the heading or around it inside the block,
        of three words or more, that is not the article's headline."""
        heading = block.css_first(_HEADINGS)  # lexbor matches the block itself too
        link = _headline_link(heading, block) if heading is not None else None
        if link is None:
            return False
        text = text_of(heading)
        return (len(text.split()) >= _MIN_HEADLINE_WORDS
                and another_page_of_the_site(link.attributes.get("href") or "", self.host)
                and headline_agrees(text, set(self.title), _OWN_HEADLINE_SHARE) is not True)

    def in_another_story(self, node: LexborNode) -> bool:
        """The element sits in another story's block: the nearest element around it that holds a
        heading opens with another story's headline (a post of a list, `div.post-list > div.post`)."""
        for up in ancestors(node):
            if up.tag in ("body", "html"):
                return False
            if up.css_first(_HEADINGS) is not None:
                return self.opens_another_story(up)
        return False

    def another_story_s_comments(self, link: LexborNode) -> bool:
        """Whether a link to comments on another page ("/news/school-board#comments", ".../comments")
        opens another story's: the nearest block around it (up to four elements up) that holds a link
        naming a story of the site (a headline of three words or more, or a "Read more"), to no address
        of this page, holds one to the same page under other words than this article's headline. A list
        of stories, named or not, prints such a pair for each story; this article's comments page is
        linked from no other headline, and its date, "Permalink" or "Print" name no story."""
        page = _commented_page(link.attributes.get("href") or "")
        if not page or self.of_this_page(page):
            return False
        for up in islice(ancestors(link), _CARD_LEVELS):
            if up.tag in ("body", "html"):
                return False
            others = [(a, href) for a in up.css("a[href]") if a.mem_id != link.mem_id and _names_a_story(text_of(a))
                      and another_page_of_the_site(href := (a.attributes.get("href") or "").strip(), self.host)
                      and not self.of_this_page(url_parts(href).path.rstrip("/"))]
            if others:
                return any(_commented_page(href) == page
                           and headline_agrees(text_of(a), set(self.title), _OWN_HEADLINE_SHARE) is not True
                           for a, href in others)
        return False

    def story_cards(self, tree: LexborHTMLParser) -> list[LexborNode]:
        """Other stories' cards: runs of two or more sibling blocks of one shape, each a short block
        holding one heading, another story's headline."""
        headings = tree.body.css(_HEADINGS) if tree.body is not None else []
        counts = _heading_counts(headings)
        cards: dict[int, LexborNode] = {}
        for heading in headings:
            card = _card_around(heading, counts)
            if card is not None and self.opens_another_story(card):
                cards[card.mem_id] = card
        runs: dict[tuple[int, str], list[LexborNode]] = {}
        for card in cards.values():
            if card.parent is not None:
                runs.setdefault((card.parent.mem_id, shape(card)), []).append(card)
        return [card for run in runs.values() if len(run) >= _MIN_CARDS for card in run]


# The last part of the address of a page that shows a story's comments apart from the story ("/news/a/comments").
_COMMENTS_PAGE = re.compile(r"/(?:comments?|kommentare|commentaires|comentarios|coment[aá]rios|commenti|reacties)$",
                            re.I)


def _names_a_story(label: str) -> bool:
    """A link's words name a story: a headline (three words of letters or more, not a date) or a "Read more"."""
    return len(re.findall(r"[^\W\d_]+", label)) >= _MIN_HEADLINE_WORDS or READ_ON.match(label) is not None


def _commented_page(href: str) -> str:
    """The path of the page whose comments a link opens: its own, or the story's above a comments page."""
    path = url_parts(href).path.rstrip("/")
    return _COMMENTS_PAGE.sub("", path)


def _headline_link(heading: LexborNode, block: LexborNode) -> LexborNode | None:
    """The heading's link: inside it, or around it below the block (a card that is a link holding its headline)."""
    link = heading.css_first("a[href]")
    if link is not None or heading.mem_id == block.mem_id:
        return link
    for up in ancestors(heading):
        if up.tag == "a" and up.attributes.get("href"):
            return up
        if up.mem_id == block.mem_id:
            break
    return None


def _heading_counts(headings: list[LexborNode]) -> dict[int, int]:
    """How many of the headings each element holds (itself included), by mem_id, counted up to two,
    in one walk up from each heading: it stops at an element already holding two, as every element
    around that one does. So a card's test never reads a whole list of thousands of headings again."""
    counts: dict[int, int] = {}
    for heading in headings:
        for up in chain((heading,), ancestors(heading)):
            held = counts.get(up.mem_id, 0)
            if held >= 2:
                break
            counts[up.mem_id] = held + 1
    return counts


def _card_around(heading: LexborNode, counts: dict[int, int]) -> LexborNode | None:
    """The largest short block up from the heading that holds no other heading: the story's card.
    `counts`: the headings each element holds (`_heading_counts`), looked at before the text is read,
    so only blocks holding this heading alone are read, each once over the page."""
    card = None
    up = heading.parent
    for _ in range(_CARD_LEVELS):
        if up is None or up.tag in ("body", "html", "main", "article") or counts.get(up.mem_id, 0) > 1:
            break
        if len(up.text() or "") > _MAX_CARD_CHARS:
            break
        card, up = up, up.parent
    return card


def without_story_cards(html: str, title: str | None) -> str:
    """The page's markup without other stories' cards, for a reader of the rendered text: a card's
    byline and date over its teaser read like a comment's head over its text. A page with no such
    cards is returned as it is."""
    tree = parse(html)
    cards = OwnPage.of(tree, title).story_cards(tree)
    if not cards:
        return html
    for card in cards:
        card.decompose()
    return tree.html or html
