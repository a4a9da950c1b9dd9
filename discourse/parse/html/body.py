"""The article body from HTML: the container that holds the page's prose, read block by block.

A readability-style score: every block of prose (25+ characters) scores for the element that
holds it and half for that element's parent, so the element holding most of the page's running
text wins. Page furniture is set aside first by what sites call it (navigation, sidebars,
share bars, related links, captions, bylines) and by its tag (nav, aside, footer, form,
figure), and the comment region is never looked at, so comments cannot leak into the body.
Standfirsts (decks, chapôs) are set apart as the teaser, as the text parser does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse import patterns
from discourse.parse.html.dom import (BLOCK_TAGS, HEADING_TAGS, Block, ancestors, blocks, classes, css_for_words,
                                     element_children, names, shape, squash, within)

_FURNITURE = re.compile(
    r"(?:^|[-_\s])(comments?|respond|replies|sidebar|widget|related|share|sharing|social|sociable|nav|navbar|menu"
    r"|footer|breadcrumbs?|advert\w*|ads?|adsense|promo|newsletter|subscribe|popup|modal|cookie|banner|masthead"
    r"|byline|author|authors|meta|caption|credits?|tags?|categor\w*|pagination|pager|sponsor\w*|recommend\w*"
    r"|popular|trending|signup|disqus|login|tools|toolbar|jp-relatedposts|wp-caption-text|postmetadata|rating"
    r"|bio|about-author|outbrain|taboola|print|email|skip|likes?|sharedaddy|jetpack|citation|cite|citate|addtoany|yarpp"
    r"|licen[cs]e|copyright|appendix)(?:$|[-_\s\d])",
    re.I)
_FURNITURE_SELECTOR = css_for_words(
    ["comment", "respond", "repl", "sidebar", "widget", "related", "shar", "social", "sociable", "nav", "menu",
     "footer", "breadcrumb", "advert", "ads", "ad-", "ad_", "promo", "newsletter", "subscribe", "popup", "modal",
     "cookie", "banner",
     "masthead", "byline", "author", "meta", "caption", "credit", "tag", "categor", "paginat", "pager", "sponsor",
     "recommend", "popular", "trending", "signup", "disqus", "login", "tool", "rating", "bio", "outbrain",
     "taboola", "print", "email", "skip", "like", "sharedaddy", "jetpack", "cit", "addtoany", "yarpp", "licen",
     "copyright", "appendix"])
_BUILDER_WIDGET = re.compile(r"elementor-widget(?:-|\b)")
# A caption named as text ("wp-caption-text", "caption-text") is a caption all the same.
_CAPTION = re.compile(r"(?:^|\s)(?:(?:wp|image|img|photo|figure|media|video)[-_])?caption(?:[-_]?text)?(?:$|\s)")
_CONTENT = re.compile(r"(?:^|[-_\s])(article|body|content|main|entry|post|story|text|blog)(?:$|[-_\s])", re.I)
# A box of key points above the text ("Key points", "Takeaways", "TL;DR") is a standfirst too.
# A box named for points the article makes, each of its blocks one point ("key-points", "tldr").
_POINT_NAMES = r"highlights|key-?points|keypoints|(?:key-?)?takeaways|tldr|tl-dr"
_POINTS_BOX = re.compile(rf"(?:^|[-_\s])(?:{_POINT_NAMES})(?:$|[-_\s])", re.I)
_STANDFIRST = re.compile(r"(?:^|[-_\s])(lead|standfirst|deck|dek|excerpt|summary|intro|chapo|chapeau|teaser|subtitle"
                         rf"|subhead|subheadline|strapline|kicker|sapo|{_POINT_NAMES}|at-a-glance)(?:$|[-_\s])", re.I)
# (Buttons are furniture too, but `blocks` never reads them.)
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "figure", "figcaption", "header", "menu"})
_PROSE_CHARS = 25
_LEAD_WORDS = 15
_MAX_PASSED = 2
_MAX_NOTE_WORDS = 60
_DESCRIBED_SHARE = 0.9
_NOTE_SHARE = 0.85
_MAX_ENTRY_STEPS = 24
_ENTRY_GAIN = 2.0
_ENTRY_SHARE = 0.5
_ENTRY_ALIKE = 0.8
_WRAPPER_SHARE = 0.4
_SHORT_EDGE_WORDS = 6
_TINY_WORDS = 3
_LINK_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]$")
# Lines that end an article without being its prose: a bare URL; a photo credit or caption
# ("Photo: Jane Doe/Reuters", "(Image credit: …)", "axe pic thx to NAME on flickr", "Featured image is of …"); a
# footnote reference ("1 Doe, J. (2019): Title. In: Journal").
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_CREDIT = re.compile(
    r"^\(?(?:[\w-]+\s+){0,2}(?:photos?|pics?|pictures?|images?|illustrations?|graphics?|fotos?|bild(?:er)?|foto|crédit"
    r"|credits?|quelle|source)(?:\s+credits?)?\s*(?::|\bby\b|\bvia\b|\bthx\b|\bthanks\b|\bcourtesy\b|\bis\s+of\b"
    r"|\bshows?\b|\bfrom\b|\bvon\b|\bde\b|©)|^©|^\(?(?:photo|image|foto|bild)\s*:", re.I)
_FOOTNOTE = re.compile(r"^(?:\[\d{1,3}\]|\^?\d{1,3}\)?)\s+\S.{0,300}\((?:19|20)\d\d\w?\)")
# A post's metadata line at its end: "Tags: Mars, Curiosity", "Filed under: Science", "Labels: …".
_POST_META = re.compile(r"(?:^|\s)(?:tags?|tagged|filed under|posted in|categor(?:y|ies)|labels|schlagw(?:ö|oe)rter"
                        r"|kategorien?|étiquettes|mots-clés|etiquetas)\s*:", re.I)
_MAX_CREDIT_WORDS = 25
# Who made the story ("Reporting by A; Editing by B") and where it first appeared ("This article
# was originally published on …"): the desk's notes around an article, not its prose.
_PRODUCTION = re.compile(r"^\(?(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced)\s+by\s"
                         r"|^this (?:article|story|post|piece|essay) (?:was |is |has been )?(?:originally |first )?"
                         r"(?:published|appeared|republished|posted)\b", re.I)
_EDITORS_NOTE = re.compile(r"^\W{0,2}(?:editor'?s'?|editors’|ed\.)\s+note\s*:|^(?:anm\.\s*d\.\s*red\.|note de la "
                           r"rédaction|nota (?:del editor|de la redacción|da redação|della redazione))\s*:", re.I)
# A box at the article's end that asks the reader for something (money, a subscription, a
# share): its heading and the few short lines after it are not body.
_APPEAL = re.compile(r"\b(?:support\w*\s+(?:us|our|this)|donat\w*|subscribe|newsletter|sign up|patreon|spende\w*"
                     r"|unterstütz\w*\s+(?:sie\s+)?uns|abonn\w*|soutenez|faire un don)\b", re.I)
_APPEAL_LINES = 3
# A closing line that asks the reader for something on the publication's behalf: it speaks to the
# reader ("Sign up …", "Follow us …", "Support our work …", "If you value it, please consider …"), not
# about someone ("Support for the program comes from donations" is prose).
_ASKS_READER = re.compile(r"^(?:sign up|subscribe|support (?:us|our|independent|local)|donate|follow us|join us"
                          r"|become a (?:member|subscriber)"
                          r"|help us|please (?:consider|support|donate|subscribe)|(?:have|got) a (?:news |story )?tip)\b"
                          r"|\b(?:if you (?:value|enjoy\w*|like\w*|appreciate\w*|want to support)|please consider)\b",
                          re.I)
_ASKS_TO_ACT = re.compile(r"\bfollow us\b|\bbecome a (?:member|subscriber)\b|\bmembership\b|\btip\b.*\b(?:email|contact|write)",
                          re.I)
_MAX_APPEAL_WORDS = 50
_MAX_APPEAL_CHARS = 600


@dataclass
class Body:
    paragraphs: list[tuple[Block, str | None]] = field(default_factory=list)  # (block, section heading)
    headings: list[Block] = field(default_factory=list)
    teaser: Block | None = None
    lead: list[Block] = field(default_factory=list)  # short lines set apart at the start (byline, date, share)


def furniture_ids(tree: LexborHTMLParser) -> set[int]:
    """Elements that are page furniture by tag or by name (not inside the article's own container)."""
    out: set[int] = set()
    if tree.body is None:
        return out
    # A "furniture" element holding a large share of the page's text is a layout wrapper
    # ("page-with-sidebar", a <header> around everything), not furniture.
    limit = _WRAPPER_SHARE * len(tree.body.text() or "")
    for node in tree.body.css(", ".join(sorted(_FURNITURE_TAGS))):
        if len(node.text() or "") <= limit and not _form_without_fields(node):
            out.add(node.mem_id)
    for node in tree.body.css(_FURNITURE_SELECTOR):
        marks = names(node)
        if "elementor-widget" in marks:
            # Elementor calls every block a widget ("elementor-widget-container", "…-text-editor"):
            # the kind of block after the prefix says what it is ("…-share-buttons", "…-nav-menu").
            marks = _BUILDER_WIDGET.sub(" ", marks)
        if _FURNITURE.search(marks) and not (_CONTENT.search(marks) and "comment" not in marks
                                             and not _CAPTION.search(marks)) and (
                len(node.text() or "") <= limit):
            out.add(node.mem_id)
    return out


def _form_without_fields(node: LexborNode) -> bool:
    """A form with nothing to fill in is a wrapper, not a form: old Reddit prints a post's own text
    inside its (hidden) edit form."""
    return node.tag == "form" and node.css_first(
        'textarea, select, input:not([type="hidden"]):not([type="submit"]), [contenteditable]') is None


def read_body(tree: LexborHTMLParser, excluded: set[int], title: str | None,
              furniture: set[int] | None = None) -> Body:
    """The body paragraphs and headings; `excluded` holds the comment region's elements (mem_ids),
    `furniture` the page's `furniture_ids` where the caller has them already."""
    root = tree.body
    if root is None:
        return Body()
    skip = (furniture_ids(tree) if furniture is None else furniture) | excluded
    prose = [b for b in blocks(root, skip) if len(b.text) >= _PROSE_CHARS]
    container = _best_container(prose)
    if container is None:
        return Body()
    container = _whole_entry(container, prose)
    container, passed = _with_lead_in(container, prose, skip)
    body = _read_container(container, skip | passed, excluded, title)
    if body.teaser is None and body.paragraphs:
        body.teaser = _standfirst_before(container, excluded)
    # A chapô the body's first paragraph repeats is said once, as the body.
    if body.teaser is not None and body.paragraphs and body.teaser.text == body.paragraphs[0][0].text:
        body.teaser = None
    return body


# Elements a standfirst may be named for, found by lexbor before `_STANDFIRST` confirms the name.
_STANDFIRST_NODES = ", ".join(f"[class*={word}]" for word in ("excerpt", "chapo", "chapeau", "intro", "standfirst",
                                                              "deck", "dek", "summary", "subhead", "sapo", "strapline",
                                                              "teaser", "subtitle", "lead"))
_MAX_SIBLINGS_BEFORE = 8
_MIN_STANDFIRST_WORDS = 6
_OUTSIDE_ARTICLE_TAGS = frozenset({"nav", "aside", "footer", "figure", "figcaption", "form", "menu"})
# The whole article: the search for its standfirst never leaves it (what stands before is other stories).
_ARTICLE_TAGS = frozenset({"article", "main"})
_ARTICLE_CLASSES = frozenset({"post", "entry", "hentry", "article"})
# Words that make a standfirst's name a picture's, a video's, a box's or a list of other stories
# ("lead-image", "intro-video", "summary-box", "teaser-list", "top-stories").
_MEDIA_NAME = re.compile(r"(?:^|[-_\s])(?:image|img|media|photo|picture|video|box|promo|stories|list|card)s?"
                         r"(?:$|[-_\s])", re.I)
_MEDIA_TAGS = "img, picture, video, iframe, figure"


def _standfirst_before(container: LexborNode, excluded: set[int]) -> Block | None:
    """A standfirst printed above the body's element, between the headline and the text (Ghost's
    `article-excerpt`, a French site's `chapo`, a `subheadline`): a sentence in an element named
    for one, outside the body's element, so the body's own reading never sees it. The search
    walks back over a few elements before the body, inside the article, and finds one only where
    it meets the headline before the article's start: what stands above an article is another's."""
    seen, found = 0, None
    for up in (container, *ancestors(container)):
        if up.tag in ("body", "html") or _is_article(up):
            return None
        sibling = up.prev
        while sibling is not None and seen < _MAX_SIBLINGS_BEFORE:
            if sibling.tag and sibling.tag[0] != "-" and sibling.mem_id not in excluded:
                seen += 1
                found = found or _standfirst_in(sibling)
                if sibling.tag == "h1" or sibling.css_first("h1") is not None:
                    return found
            sibling = sibling.prev
    return None


def _is_article(node: LexborNode) -> bool:
    """The element that holds the whole article: <article>, <main>, or one classed "post" or "entry"."""
    return node.tag in _ARTICLE_TAGS or not _ARTICLE_CLASSES.isdisjoint(classes(node))


def _standfirst_in(node: LexborNode) -> Block | None:
    """The last element named for a standfirst in node (or node itself) that holds a sentence and
    no picture or video: a caption or a promo box is no standfirst."""
    for candidate in [node, *reversed(node.css(_STANDFIRST_NODES))]:
        text = squash(candidate.text())
        if (_STANDFIRST.search(names(candidate)) and candidate.css_first("h1") is None
                and len(text.split()) >= _MIN_STANDFIRST_WORDS and text[-1:] in ".!?…" and not mostly_links(candidate)
                and candidate.css_first(_MEDIA_TAGS) is None and not _within_media(candidate, node)):
            return Block(candidate, text)
    return None


def _within_media(candidate: LexborNode, top: LexborNode) -> bool:
    """Candidate, or an element around it up to `top`, is furniture or named for media or other stories."""
    for up in (candidate, *ancestors(candidate)):
        if up.tag in _OUTSIDE_ARTICLE_TAGS or _MEDIA_NAME.search(names(up)):
            return True
        if up.mem_id == top.mem_id:
            return False
    return False


def read_post_body(post_text: LexborNode, excluded: set[int], title: str | None) -> Body:
    """The body of an article that is a forum's opening post: the post's own text element read
    whole. The page-wide reading sets such a post aside where its engine names it a comment
    (Invision's `ipsComment`) or finds longer text in the replies."""
    return _read_container(post_text, excluded, excluded, title)


def _with_lead_in(container: LexborNode, prose: list[Block], skip: set[int]) -> tuple[LexborNode, set[int]]:
    """The container's parent where the article's first paragraph sits right before the container
    in it (a "read more" split: the post's opening, then the rest in its own element; or a lead
    paragraph in its own box, with a box of links to other stories between it and the text).
    Returns the container and the link boxes passed over (to be skipped when it is read)."""
    outer = container
    while outer.parent is not None and len(element_children(outer.parent)) == 1:
        outer = outer.parent  # wrappers around the container alone
    parent, before = outer.parent, _previous_element(outer)
    passed: set[int] = set()
    while before is not None and len(passed) < _MAX_PASSED and before.tag != "p" and _link_box(before, skip):
        passed.add(before.mem_id)
        before = _previous_element(before)
    if parent is None or before is None or parent.tag in ("body", "html") or within(parent, skip):
        return container, set()
    lead = before if before.tag == "p" else _only_paragraph(before)
    if lead is None or _STANDFIRST.search(names(before)) or _STANDFIRST.search(names(lead)):
        return container, set()
    opening = [b for b in prose if b.node.mem_id == lead.mem_id]
    if opening and _SENTENCE_END.search(opening[0].text):
        return parent, passed
    return container, set()


def _whole_entry(container: LexborNode, prose: list[Block]) -> LexborNode:
    """The post's own content element where the best-scoring element is one block of it: page
    builders (Elementor, Gutenberg groups, Divi) put each text block of a post in its own nest of
    sections and columns, so no one element near the text holds more than a part. The nearest
    ancestor named as the post's content takes over when it holds most of the page's prose
    and at least twice the container's."""
    inside = _prose_under(container, prose)
    total = sum(len(b.text) for b in prose)
    for steps, ancestor in enumerate(ancestors(container)):
        if steps >= _MAX_ENTRY_STEPS or ancestor.tag in ("body", "html"):
            break
        if not _CONTENT.search(names(ancestor)) or _FURNITURE.search(names(ancestor)):
            continue
        held = _prose_under(ancestor, prose)
        if held >= _ENTRY_GAIN * inside and held >= _ENTRY_SHARE * total:
            # Only where the rest is more blocks like the container (the post's other parts),
            # not other stories' teasers around it.
            alike = _prose_under(ancestor, prose, shape(container))
            return ancestor if alike >= _ENTRY_ALIKE * held else container
    return container


def _prose_under(node: LexborNode, prose: list[Block], holder: str | None = None) -> int:
    """Characters of prose under node (with `holder`, only in blocks held by an element of that shape)."""
    total = 0
    for block in prose:
        chain = [block.node, *ancestors(block.node)]
        ids = [a.mem_id for a in chain]
        if node.mem_id not in ids:
            continue
        if holder is not None and not any(shape(a) == holder for a in chain[:ids.index(node.mem_id)]):
            continue
        total += len(block.text)
    return total


def _previous_element(node: LexborNode) -> LexborNode | None:
    before = node.prev
    while before is not None and (not before.tag or before.tag[0] == "-" or not (before.text() or "").strip()):
        before = before.prev
    return before


def _only_paragraph(node: LexborNode) -> LexborNode | None:
    """The one <p> of a box that holds nothing else (a lead in its own element)."""
    kids = element_children(node)
    return kids[0] if len(kids) == 1 and kids[0].tag == "p" else None


def _link_box(node: LexborNode, skip: set[int]) -> bool:
    """Furniture between a lead and the text: set aside already, or text that is mostly links."""
    return node.mem_id in skip or mostly_links(node)


def mostly_links(node: LexborNode) -> bool:
    """An element whose text is mostly link text: a menu, a list of related posts or tags."""
    text = squash(node.text())
    linked = sum(len(squash(a.text())) for a in node.css("a"))
    return bool(text) and linked >= _LINK_SHARE * len(text)


def _best_container(prose: list[Block]) -> LexborNode | None:
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    linked: dict[int, float] = {}
    for block in prose:
        # A list item that is mostly a link (a list of other stories' headlines) is no prose of the article's.
        value = (1 + block.text.count(",") + min(len(block.text) / 100, 3)) * (1 - _linked_share(block.node, linked))
        holder = block.node if block.node.tag not in ("p", "li", "blockquote", "pre", "h2", "h3", "h4") else (
            block.node.parent)
        for node, share in ((holder, 1.0), (holder.parent if holder is not None else None, 0.5)):
            if node is None or node.tag in (None, "html", "-document"):
                continue
            scores[node.mem_id] = scores.get(node.mem_id, 0.0) + value * share
            nodes[node.mem_id] = node
    if not scores:
        return None
    return nodes[max(scores, key=scores.__getitem__)]


def _linked_share(node: LexborNode, cache: dict[int, float]) -> float:
    """The share of a list item's text that is link text (0 for other elements), read once per item."""
    if node.tag != "li":
        return 0.0
    if node.mem_id not in cache:
        text = len(squash(node.text()))
        cache[node.mem_id] = min(sum(len(squash(a.text())) for a in node.css("a")) / text, 1.0) if text else 0.0
    return cache[node.mem_id]


def _read_container(container: LexborNode, skip: set[int], excluded: set[int], title: str | None) -> Body:
    body = Body()
    # The standfirst and furniture inside the container are set apart, not read as body.
    inner_skip = {mem for mem in skip if mem != container.mem_id}
    found = blocks(container, inner_skip)
    # A block without a letter or a figure (a callout's emoji, "* * *") is decoration, not a paragraph.
    found = [b for b in found if not _is_title(b.text, title) and any(ch.isalnum() for ch in b.text)]
    kept = _trim_edges(found)
    body.lead = found[:found.index(kept[0])] if kept else []
    found = kept
    section: str | None = None
    for at, block in enumerate(found):
        if block.node.tag in HEADING_TAGS and not (body.paragraphs or body.headings) and _lead_sentence(block.text):
            body.teaser = body.teaser or block  # a standfirst set as a heading: a sentence, not a title
        elif not body.paragraphs and (_is_standfirst(block.node, container) or _italic_opening(found, at)):
            if not _titles_its_box(block):
                body.teaser = _with_point(body.teaser, block, container)  # a standfirst (a box of key points) or a note
        elif block.node.tag in HEADING_TAGS:
            body.headings.append(block)
            section = block.text
        else:
            body.paragraphs.append((block, section))
    return body


def _with_point(teaser: Block | None, block: Block, container: LexborNode) -> Block:
    """The teaser with this block: a box of key points is the teaser whole, every point in it (the
    first point alone would stand for a summary it only begins). A block outside the teaser's box
    (a note after a deck), or one that is no point (a related link after a summary's deck), leaves
    the teaser as it was."""
    if teaser is None:
        return block
    box = _standfirst_box(teaser.node, container)
    if box is None or box.mem_id not in {up.mem_id for up in ancestors(block.node)}:
        return teaser
    if not (_POINTS_BOX.search(names(box)) or _list_points(teaser, block, box)):
        return teaser
    return Block(box, f"{teaser.text}\n{block.text}")  # one point a line, as the box lists them


def _list_points(teaser: Block, block: Block, box: LexborNode) -> bool:
    """Whether the block is the next item of a list whose items the teaser holds so far: a list
    in any standfirst box is a list of points."""
    return block.node.tag == "li" and (teaser.node.tag == "li" or teaser.node.mem_id == box.mem_id)


def _standfirst_box(node: LexborNode, container: LexborNode) -> LexborNode | None:
    """The outermost element below the container named for a standfirst that holds the node."""
    box = None
    for element in (node, *ancestors(node)):
        if element.mem_id == container.mem_id:
            return box
        if _STANDFIRST.search(names(element)):
            box = element
    return None


def _titles_its_box(block: Block) -> bool:
    """A heading inside a standfirst box ("Key points", "Why now") titles it: the teaser is the
    box's text below it. A heading named as the standfirst itself is its text."""
    return block.node.tag in HEADING_TAGS and not _STANDFIRST.search(names(block.node))


def _italic_opening(found: list[Block], at: int) -> bool:
    """An opening paragraph set wholly in italics above text that is not: a standfirst or an
    editors' note ("This story was produced in partnership with …"), as a closing one is a note."""
    return (at + 1 < len(found) and found[at].node.tag not in HEADING_TAGS and _set_in_italics(found[at])
            and found[at + 1].node.tag not in HEADING_TAGS and not _italic(found[at + 1]))


def _lead_sentence(text: str) -> bool:
    """A heading that is a whole sentence of some length: a standfirst, not a section title."""
    return len(text.split()) >= _LEAD_WORDS and text.rstrip()[-1:] in ".!?…"


def _is_title(text: str, title: str | None) -> bool:
    return bool(title) and squash(text).lower() == squash(title).lower()


def _is_standfirst(node: LexborNode, container: LexborNode) -> bool:
    for element in (node, *ancestors(node)):
        if element.mem_id == container.mem_id:
            return False
        if _STANDFIRST.search(names(element)):
            return True
    return False


def _trim_edges(found: list[Block]) -> list[Block]:
    """Furniture at the start and end of the container is not body: very short lines ("Share
    It!"), short lines that end no sentence (dates, tags), lines that are mostly links (related
    posts, tag lists, "Posted in … | 16 comments") and a last line that introduces what the page
    does not hold ("Watch the video below:")."""
    start, end = 0, len(found)
    while start < end and (_edge_furniture(found[start]) or _describes_its_image(found[start])
                           or _EDITORS_NOTE.match(found[start].text) or _opening_credit(found[start].text)):
        start += 1
    # At the end a heading too: with no paragraph after it, it titled something set aside. One
    # closing line in italics is an editors' note, where the lines before it are not italic too
    # (a post written all in italics is prose).
    note_dropped = False
    while end > start:
        last = found[end - 1]
        if not (_edge_furniture(last) or _introduces_missing(last) or last.node.tag in HEADING_TAGS
                or _closing_note(last.text) or _asks_reader(last.text)):
            if note_dropped or end - start <= 2 or not _set_in_italics(last) or _italic(found[end - 2]):
                break
            note_dropped = True
        end -= 1
    end = _before_appeal(found, start, end)
    return found[start:end]


def _opening_credit(text: str) -> bool:
    """A picture's credit above the text ("(Image credit: Getty Images)", "Foto: dpa"): a short line,
    since a longer one that opens "Photos from …" may be the article's first sentence, with a
    credit's mark, since "A source from the ministry confirmed it." is a sentence."""
    return (len(text.split()) <= _MAX_OPENING_CREDIT_WORDS and _CREDIT.search(text) is not None
            and _CREDIT_MARK.search(text) is not None)


_MAX_OPENING_CREDIT_WORDS = 8
_CREDIT_MARK = re.compile(r"[:©()\[\]]|\b(?:credits?|crédits?|courtesy|photos?|fotos?)\b", re.I)


def _describes_its_image(block: Block) -> bool:
    """An opening line that repeats the alt text of the image it holds (recipe and Pinterest-minded
    blogs open with the picture's description): the picture's caption, not the article."""
    words = re.findall(r"\w+", block.text.lower())
    if len(words) < _TINY_WORDS:
        return False
    for image in block.node.css("img[alt]"):
        described = set(re.findall(r"\w+", (image.attributes.get("alt") or "").lower()))
        if described and sum(1 for word in words if word in described) >= _DESCRIBED_SHARE * len(words):
            return True
    return False


def _set_in_italics(block: Block) -> bool:
    """A short line set wholly in italics, where the text beside it is not: at the close the
    editors' note ("This is part 2 of …", "This article first appeared in …", the author's bio),
    at the opening a standfirst or a note ("This story was produced in partnership with …")."""
    return len(block.text.split()) <= _MAX_NOTE_WORDS and _italic(block)


def _italic(block: Block) -> bool:
    """A paragraph set (almost) wholly in italics."""
    if block.node.tag not in ("p", "div"):
        return False
    if squash(block.node.text()) != block.text:
        return False  # the element holds more than this line (lines split by <br>)
    emphasised = sum(len(squash(node.text())) for node in block.node.css("i, em")
                     if not any(a.tag in ("i", "em") for a in _between(node, block.node)))
    return emphasised >= _NOTE_SHARE * len(block.text)


def _introduces_missing(block: Block) -> bool:
    """A last line ending in a colon introduces what follows; unless an image follows ("in one
    graph:"), that is a video or an embed the page does not hold as text."""
    if not block.text.endswith(":"):
        return False
    following = block.node.next
    while following is not None and (following.tag == "-text" and not (following.text_content or "").strip()):
        following = following.next
    if following is None or following.tag in ("-text", None):
        return True
    shows_image = following.tag == "img" or following.css_first("img") is not None
    return not (shows_image and len(squash(following.text())) < _PROSE_CHARS)


def _closing_note(text: str) -> bool:
    """A line that closes an article without being its prose: a bare URL, a credit, a footnote,
    the post's tags or categories, who reported and edited it, where it first appeared, an
    editors' note."""
    if _BARE_URL.match(text) or _FOOTNOTE.match(text):
        return True
    if len(text.split()) <= _MAX_NOTE_WORDS and (_EDITORS_NOTE.match(text) or _PRODUCTION.match(text)):
        return True
    return len(text.split()) <= _MAX_CREDIT_WORDS and bool(_CREDIT.search(text) or _POST_META.search(text))


def _asks_reader(text: str) -> bool:
    """A closing line that asks the reader to subscribe, donate or follow: the publication's
    appeal, not the article's prose. A long line is none, and is not searched (the "tip … email"
    pattern is slow on long runs)."""
    return (len(text) <= _MAX_APPEAL_CHARS and len(text.split()) <= _MAX_APPEAL_WORDS
            and _ASKS_READER.search(text) is not None
            and (_APPEAL.search(text) is not None or _ASKS_TO_ACT.search(text) is not None))


def _before_appeal(found: list[Block], start: int, end: int) -> int:
    """The end before an appeal box or the author's box: a heading among the last lines, followed
    only by a few short lines, where one of them asks for support, a donation or a subscription,
    or the heading introduces the author ("About the author")."""
    for at in range(max(start + 1, end - _APPEAL_LINES - 1), end):
        if found[at].node.tag in HEADING_TAGS:
            tail = found[at + 1:end]
            if len(tail) <= _APPEAL_LINES and (_ABOUT_AUTHOR.match(found[at].text) or any(
                    _APPEAL.search(b.text) for b in (found[at], *tail))):
                return at
    return end


_ABOUT_AUTHOR = re.compile(r"^(?:about the (?:author|writer|reporter)s?|the authors?|über (?:den|die) autor(?:in)?"
                           r"|zur? autor(?:in)?|à propos de l'auteur|l'auteur|sobre (?:el|la|o|a) autora?"
                           r"|l'autore|sull'autore|over de (?:auteur|schrijver)|om författaren)\W*$", re.I)


def _edge_furniture(block: Block) -> bool:
    if block.node.tag in HEADING_TAGS:
        return False
    words = len(block.text.split())
    if words <= _TINY_WORDS or (words <= _SHORT_EDGE_WORDS and not _SENTENCE_END.search(block.text)):
        return True
    if words <= _DATE_LINE_WORDS and patterns.YEAR.search(block.text) and (
            not _SENTENCE_END.search(block.text) or _LABELLED_CLOCK_LINE.search(block.text)):
        # "Publicado el 4 de marzo de 2021", "Aggiornato il 4 marzo 2021 alle 10:15", "Updated on
        # May 9, 2024 at 10:00 a.m." (the clock's "a.m." ends no sentence where a label opens the
        # line; "The vigil begins May 9, 2024 at 7 p.m." is a sentence)
        return True
    if words <= _MAX_CREDIT_WORDS and _READ_ALSO.match(block.text):
        return True
    return _link_share(block) >= _LINK_SHARE


_DATE_LINE_WORDS = 10
# A date line's label, then a clock time at its end, in the languages pages are written in.
_LABELLED_CLOCK_LINE = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado"
    r"|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|geplaatst|publicerad|uppdaterad|opublikowano"
    r"|zaktualizowano)\b.*\d\s*[ap]\.\s?m\.$", re.I)
# A pointer to another article ("Lire aussi : …", "Lees ook: …"), in the languages pages are written in.
_READ_ALSO = re.compile(r"^(?:read (?:more|also)|see also|related|also read|lire aussi|à lire aussi|voir aussi"
                        r"|leia também|veja também|lees ook|lees meer|leggi anche|vedi anche|lea también|lee también"
                        r"|te puede interesar|mehr zum thema|lesen sie auch|auch interessant|weiterlesen|se även"
                        r"|læs også|les også|czytaj (?:też|także))\s*:", re.I)


def _link_share(block: Block) -> float:
    """The share of the block's text that is link text (links inside it, not in nested blocks).
    Blocks split by <br> share their element, so a link counts only where its text is in the block."""
    linked = 0
    for link in block.node.css("a"):
        text = squash(link.text())
        if text and text in block.text and all(a.tag not in BLOCK_TAGS for a in _between(link, block.node)):
            linked += len(text)
    return linked / max(len(block.text), 1)


def _between(node: LexborNode, top: LexborNode):
    for ancestor in ancestors(node):
        if ancestor.mem_id == top.mem_id:
            return
        yield ancestor
