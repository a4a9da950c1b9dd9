"""The generic detector: repeated sibling blocks that carry an author, a date or a reply link.

For sites whose markup names nothing (no "comment" class, no schema.org): a run of sibling
elements of one shape (tag and classes, digits ignored), after the article, below a comment
header or inside an element named for comments (or, without either, whose members open with a
short name and a date line before a longer text), most of whose members show a timestamp, a
reply link or an author element. A member's meta may sit in the sibling right after it
(Movable Type prints "Posted by: NAME at DATE" after each comment's text): such pairs are
read as one comment, and on a page whose generator is Movable Type, where every pair is so
signed, the thread is named `movabletype` (the platform's shape, not a guess). Other pages
built by this detector are marked doubtful by the shared checks. A date line that is a span of time
is an event's, not a comment's, and a name line that links to another page of the site (from its root
or by its whole address) is a story's headline.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse import patterns
from discourse.parse.html.comments.fields import meta_line_commenter
from discourse.parse.html.comments.items import Found
from discourse.parse.html.comments.furniture import WIDGET_NAMES, in_widget, is_comment_form
from discourse.parse.html.comments.movabletype import SOURCE as MOVABLE_TYPE, signed_pairs
from discourse.parse.html.dom import HEADING_TAGS, blocks, classes, element_children, names, shape, text_of, within
from discourse.parse.html.stories import READ_ON, OwnPage, another_page_of_the_site

_SKIP_TAGS = frozenset({"script", "style", "br", "a", "span", "img", "option", "input", "meta", "link", "b", "i",
                        "strong", "em", "h1", "h2", "h3", "h4", "h5", "h6", "td", "iframe", "noscript", "svg"})
_MIN_MEMBERS = 2
_CARRY_SHARE = 0.6
_PAIRED_SHARE = 0.8
_MIN_MEAN_WORDS = 6
_MAX_LINK_SHARE = 0.5
_MIN_DD_WORDS = 2
_AUTHOR_NAMES = re.compile(r"author|user|name|avatar|nick|poster|posted|by\b", re.I)
_REPLY = re.compile(r"^(reply|antworten|répondre|responder|responda|odpowiedz|reply to this|rispondi|beantwoorden"
                    r"|reageer|svara|svar|besvar)$", re.I)
_COMMENT_PLACE = re.compile(r"comment|respon|discuss|kommentar|reaction|feedback|replies|disqus|reacties"
                            r"|commentaire|comentario|comentário|commenti|reakc|discussion", re.I)


def find_repeated_blocks(tree: LexborHTMLParser, order: dict[int, int], after: int, skip: set[int],
                         header_at: int | None, own: OwnPage, not_comments: list[str] | None = None) -> Found | None:
    """The best run of repeated blocks after document position `after`, or None. The texts of
    runs that carry meta but are other stories' cards (told from the article by `own`), feeds of
    links or meta lines alone go to `not_comments` (the rendered-text reader must not take them
    for a thread either)."""
    body = tree.body
    if body is None:
        return None
    best: tuple[float, list[LexborNode], dict[int, list[LexborNode]]] | None = None
    for parent in body.traverse(include_text=False):
        if not parent.tag or parent.tag[0] == "-" or parent.tag in _SKIP_TAGS:
            continue
        kids = [kid for kid in element_children(parent) if not _blank_inline(kid)]
        if len(kids) < _MIN_MEMBERS:
            continue
        for members, extra in _groups(kids):
            members = [m for m in members if order.get(m.mem_id, 0) > after]
            if len(members) < _MIN_MEMBERS or within(members[0], skip):
                continue
            start = order.get(members[0].mem_id, 0)
            named = _named_for_comments(parent)
            placed = named or (header_at is not None and header_at < start)
            if not placed and not _signed_blocks(members, extra, own.host):
                continue
            score = _score(members, extra, own, not_comments, teasers_possible=not placed, stories_possible=not named)
            if score and (best is None or score > best[0]):
                best = (score, members, extra)
    if best is None:
        return None
    forms: dict[int, bool] = {}
    members = [member for member in best[1] if not is_comment_form(member, forms)]  # a comment form's block beside them
    if len(members) < _MIN_MEMBERS:
        return None
    members = members if best[2] else _with_nested_replies(members, skip)
    if signed_pairs(tree, best[2]):
        return Found(MOVABLE_TYPE, members, best[2], signatures={key: parts[0] for key, parts in best[2].items()})
    return Found("generic-repeated-blocks", members, best[2])


def _with_nested_replies(members: list[LexborNode], skip: set[int]) -> list[LexborNode]:
    """The run's members and the blocks of the same shape nested inside them (replies in a
    `children` list under the comment they answer), in document order. A nested block must
    itself read as a comment (words and a date, a reply link or an author element): utility
    classes that differ only in their digits ("mt-1", "mt-4") give a comment's name line the
    comment's own shape."""
    key = shape(members[0])
    out = []
    for member in members:
        out.append(member)
        out.extend(node for node in member.traverse(include_text=False)
                   if node.mem_id != member.mem_id and node.tag == member.tag and shape(node) == key
                   and not within(node, skip) and _reads_as_comment(node))
    return out


def _reads_as_comment(node: LexborNode) -> bool:
    """Words and a sign of a comment's meta; not a date line alone ("March 12, 2024 at 9:12 am"), a
    comment's own head in a block of the comment's shape."""
    text = text_of(node)
    return len(text.split()) >= _MIN_MEAN_WORDS and _carries_meta([node], text) and not _meta_alone(text)


def _blank_inline(node: LexborNode) -> bool:
    """An inline element with no text between two blocks: the parser's repair of an unclosed <a>
    or <b> (it reopens them after every block), not a sibling that breaks a comment's pairing."""
    return node.tag in _SKIP_TAGS and not (node.text(deep=True) or "").strip()


def _groups(kids: list[LexborNode]):
    """Runs of siblings of one shape; and, where most of them are followed by a sibling of one
    other shape (their meta line), those members paired with it."""
    shapes = [_block_shape(kid) for kid in kids]
    by_shape: dict[str, list[int]] = defaultdict(list)
    for i, kid in enumerate(kids):
        if kid.tag not in _SKIP_TAGS:
            by_shape[shapes[i]].append(i)
    for key, positions in by_shape.items():
        if len(positions) < _MIN_MEMBERS:
            continue
        yield [kids[i] for i in positions], {}
        following = Counter(shapes[i + 1] for i in positions if i + 1 < len(kids))
        if not following:
            continue
        partner, count = following.most_common(1)[0]
        if partner != key and count >= max(_MIN_MEMBERS, _PAIRED_SHARE * len(positions)):
            paired = [i for i in positions if i + 1 < len(kids) and shapes[i + 1] == partner]
            yield [kids[i] for i in paired], {kids[i].mem_id: [kids[i + 1]] for i in paired}


def _block_shape(node: LexborNode) -> str:
    """The element's shape without its BEM modifiers: "reactie reactie--antwoord" (a reply) is a
    "reactie" as its siblings are; a modifier of no class the element has stays ("card--wide")."""
    marks = classes(node)
    return shape(node, [mark for mark in marks if "--" not in mark or mark.split("--", 1)[0] not in marks])


def _named_for_comments(parent: LexborNode) -> bool:
    """The run's parent or an element up to four levels around it is named for comments."""
    node: LexborNode | None = parent
    for _ in range(4):
        if node is None:
            break
        if _COMMENT_PLACE.search(names(node)):
            return True
        node = node.parent
    return False


_MAX_SIGNED_NAME_WORDS = 4
_MIN_SIGNED_TEXT_WORDS = 6
_SIGNED_HEAD_LINES = 3


def _signed_blocks(members: list[LexborNode], extra: dict[int, list[LexborNode]], host: str | None) -> bool:
    """Most members open with a short name-like line and a date line and go on to a longer text:
    comments, whatever their classes say and whether or not a header names the section."""
    signed = sum(_signed_block([member, *extra.get(member.mem_id, [])], host) for member in members)
    return signed >= _CARRY_SHARE * len(members)


def _signed_block(parts: list[LexborNode], host: str | None) -> bool:
    lines = [block.text for part in parts for block in blocks(part)]
    head = lines[:_SIGNED_HEAD_LINES]
    dated = [i for i, line in enumerate(head) if _meta_alone(line) and not _time_span(line)]
    if not dated:
        return False
    named = any(_name_like(line, parts, host) for line in head[:dated[0] + 1])
    rest = lines[dated[0] + 1:]
    return named and any(len(line.split()) >= _MIN_SIGNED_TEXT_WORDS for line in rest)


def _name_like(line: str, parts: list[LexborNode], host: str | None) -> bool:
    """A line that may be a commenter's name: a few words and no digit, or "NAME wrote this on"
    ("NAME DATE" lines are read by `_meta_alone`); not the title of a link to another page of the
    site (a related story's headline), whether the link is written from the site's root or whole."""
    spans = patterns.timestamps(line)
    name = line[:spans[0][0]] if spans else line
    name = _SAYS_TAIL.sub("", name).strip(" |,:-")
    if not name or len(name.split()) > _MAX_SIGNED_NAME_WORDS or re.search(r"\d", name):
        return False
    return not any(text_of(a) == name and another_page_of_the_site(a.attributes.get("href") or "", host)
                   for part in parts for a in part.css("a"))


# What joins the two ends of a span of time ("10:00 am – 2:00 pm", "19:00 bis 21:00").
_SPAN_JOINER = re.compile(r"^\s*(?:[-–—~]|to|till|until|bis|à|au|a|al|até|tot)\s*$", re.I)


def _time_span(line: str) -> bool:
    """Two times or dates joined as a span: when an event runs. A comment is posted at one moment."""
    spans = patterns.timestamps(line)
    return any(_SPAN_JOINER.match(line[end:start]) for (_, end), (start, _) in zip(spans, spans[1:]))


_SAYS_TAIL = re.compile(r"\s+(?:wrote|said|says|writes|posted|commented)(?:\s+(?:this|these))?(?:\s+(?:on|at))?\s*:?\s*$",
                        re.I)


def _score(members: list[LexborNode], extra: dict[int, list[LexborNode]], own: OwnPage,
           not_comments: list[str] | None = None, teasers_possible: bool = False,
           stories_possible: bool = False) -> float:
    """The run's weight as a thread (0: none). `teasers_possible`: the run stands under no comment
    header and in no element named for comments, where other stories' teasers may look like a thread;
    `stories_possible`: in no element named for comments, where a block of other stories may stand
    (below the comment header of a thread the page loads by script)."""
    carrying, words, links, cards, bare = 0, 0, 0, 0, 0
    for member in members:
        parts = [member, *extra.get(member.mem_id, [])]
        text = " ".join(text_of(part) for part in parts)
        count = len(text.split())
        words += count
        linked = sum(len(text_of(a).split()) for part in parts for a in part.css("a"))
        links += linked
        if _carries_meta(parts, text):
            carrying += 1
        cards += own.opens_another_story(member) or linked >= _CARD_LINK_SHARE * count
        bare += count <= _MAX_META_LINE_WORDS and _meta_alone(text)
    if carrying < _CARRY_SHARE * len(members) or words < _MIN_MEAN_WORDS * len(members):
        return 0.0
    if links > _MAX_LINK_SHARE * words:
        return 0.0
    # Other stories' cards (a headline linking to another page, or mostly links: "Rita commented
    # on <another post>") and name-and-date lines with no text of their own are no thread.
    if (cards > len(members) / 2 or bare > len(members) / 2 or (teasers_possible and _teasers(members, extra, own))
            or (stories_possible and _other_stories_block(members, extra, under_comment_header=not teasers_possible))):
        if not_comments is not None:
            not_comments.extend(text_of(member) for member in members)
        return 0.0
    return words * carrying / len(members)


_CARD_LINK_SHARE = 0.4
_MAX_META_LINE_WORDS = 16  # a name, a date and a time with their connectors
_MAX_BARE_WORDS = 4


def _teasers(members: list[LexborNode], extra: dict[int, list[LexborNode]], own: OwnPage) -> bool:
    """Other stories' teasers whose headline is no link ("Budget vote" in bold, a date, a teaser and a
    "More" link): every block's links, past the one that opens it (a commenter's name linking to
    their page), are links that read on ("More", "Read the story") to a page of the site of its own,
    each another, and none shows a commenter's mark. A thread's other links are its commenters'
    marks: permalinks ("/c/4512", "#comment-12"), flag, report and reply links, links in a comment's
    sentences to other posts, or one page for all ("Log in to reply")."""
    opened: set[str] = set()
    for member in members:
        parts = [member, *extra.get(member.mem_id, [])]
        if _commenter_mark(parts):
            return False
        opening = text_of(member)[:_OPENING_CHARS]
        paths = set()
        for link in (a for part in parts for a in part.css("a[href]")):
            label = text_of(link)
            if not label or opening.startswith(label[:_OPENING_CHARS]):
                continue
            path = own.story_link(link.attributes.get("href") or "") if READ_ON.match(label) else None
            if path is None:
                return False
            paths.add(path)
        if not paths or paths & opened:
            return False
        opened |= paths
    return True


_OPENING_CHARS = 60  # a name or a headline at a block's start


# What a heading over a block of other stories calls it, past the text reader's related-links headers
# (`patterns.RELATED_HEADER`, `SEE_ALSO_HEADER`, `AFTER_COMMENTS`): the whole heading, never its start alone
# ("Most popular comments", "Top posts" head threads).
_STORIES_HEADING = re.compile(
    r"^(?:most\s+(?:viewed|shared|emailed|watched|commented)|popular(?:\s+(?:now|today|stories|articles|news))?"
    r"|trending(?:\s+(?:now|today|stories|articles|news))?|recommended(?:\s+(?:for\s+you|stories|articles|news))?"
    r"|related|(?:latest|top|other|more)\s+(?:news|stories|articles|headlines)|editor'?s\s+picks?|don'?t\s+miss"
    r"|in\s+other\s+news|recent\s+(?:stories|articles)|am\s+meisten\s+gelesen|beliebteste?|mehr\s+zum\s+thema"
    r"|les\s+plus\s+populaires|lo\s+más\s+(?:leído|visto)|más\s+leídas|noticias\s+relacionadas|i\s+più\s+letti"
    r"|meest\s+gelezen|lees\s+ook)$", re.I)
# What a site calls the element of such a block ("most-read", "related-posts", "read-next"); and the names
# of a ranking ("popular", "trending"), which also name a thread's order ("sort-popular") below its header.
_STORIES_NAMES = re.compile(r"(?:^|[-_\s])(?:related|mostread|most[-_](?:read|viewed|shared)|read[-_]next"
                            r"|more[-_](?:stories|news|articles|posts))(?=$|[-_\s])")
_RANKING_NAMES = re.compile(r"(?:^|[-_\s])(?:popular|trending|recommended|most[-_]popular)(?=$|[-_\s])")
_MAX_HEADING_WORDS = 8
_HEADING_LEVELS = 4  # elements up from a run's first block to the block its heading opens
_WRAPPER_LEVELS = 3  # elements around a heading that hold it alone ("div.block-title > h2")


def _other_stories_block(members: list[LexborNode], extra: dict[int, list[LexborNode]],
                         under_comment_header: bool) -> bool:
    """A block of other stories ("Most read", "Related", "Trending"): a heading that names it so opens
    the run (or the block the run opens), or an element around the run is named so ("most-read"; a
    ranking's name, "popular", only under no comment header: below one it is the thread's order), and
    no block of it shows a reply control. Such cards need no link to another story to be no comments:
    a name-like headline, a date and a teaser read like a commenter's name, the date and the text."""
    if any(_reply_control(part) for member in members for part in (member, *extra.get(member.mem_id, []))):
        return False
    heading = _heading_over(members[0])
    if heading is not None and len(heading.split()) <= _MAX_HEADING_WORDS and _names_other_stories(heading):
        return True
    marks = [names(node) for node in (members[0], *_up(members[0], _HEADING_LEVELS))]
    return any(_STORIES_NAMES.search(mark) or (not under_comment_header and _RANKING_NAMES.search(mark))
               for mark in marks)


def _names_other_stories(heading: str) -> bool:
    """The heading names a block of other stories, and no comments ("Most popular comments")."""
    heading = heading.strip(" :")
    return not _COMMENT_PLACE.search(heading) and any(pattern.match(heading) for pattern in (
        _STORIES_HEADING, patterns.RELATED_HEADER, patterns.SEE_ALSO_HEADER, patterns.AFTER_COMMENTS))


def _heading_over(node: LexborNode) -> str | None:
    """The text of the heading right before the node, or before the block it opens (up to four
    levels): the nearest earlier sibling with text, where that is a heading or holds one alone;
    else None (the run follows other text, which no heading names)."""
    for _ in range(_HEADING_LEVELS):
        sibling = _previous_with_text(node)
        if sibling is not None:
            heading = _lone_heading(sibling)
            return text_of(heading) if heading is not None else None
        node = node.parent
        if node is None or node.tag in ("body", "html", "main", "article"):
            return None
    return None


def _previous_with_text(node: LexborNode) -> LexborNode | None:
    sibling = node.prev
    while sibling is not None:
        if sibling.tag and sibling.tag[0] != "-" and sibling.tag not in ("script", "style", "noscript", "template"):
            if (sibling.text(deep=True) or "").strip():
                return sibling
        elif sibling.tag == "-text" and (sibling.text_content or "").strip():
            return None  # loose text before the run: no heading opens it
        sibling = sibling.prev
    return None


def _lone_heading(node: LexborNode) -> LexborNode | None:
    """The node if it is a heading, or the heading it holds as its only element (through a few wrappers)."""
    for _ in range(_WRAPPER_LEVELS + 1):
        if node.tag in HEADING_TAGS or node.attributes.get("role") == "heading":
            return node
        kids = element_children(node)
        if len(kids) != 1:
            return None
        node = kids[0]
    return None


def _reply_control(part: LexborNode) -> bool:
    return any(_REPLY.match(text_of(a)) for a in part.css("a, button"))


def _commenter_mark(parts: list[LexborNode]) -> bool:
    """A sign of a commenter in a block: a reply link or button, or an element named for an author or
    user ("comment-author", "username", "avatar")."""
    return any(_reply_control(part)
               or any(_AUTHOR_NAMES.search(names(node)) for node in part.css("[class], [id]")) for part in parts)


def _meta_alone(text: str) -> bool:
    """A name and a timestamp and little else: a meta line without the comment it heads."""
    spans = patterns.timestamps(text)
    rest = text
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return bool(spans) and len(re.findall(r"\w+", rest)) <= _MAX_BARE_WORDS


def _carries_meta(parts: list[LexborNode], text: str) -> bool:
    if patterns.timestamps(text[:400]) or patterns.timestamps(text[-400:]):
        return True
    return _commenter_mark(parts)


def find_definition_list(tree: LexborHTMLParser) -> Found | None:
    """A thread printed as a definition list in a comment section: each `<dt>` the commenter's
    meta line (name, date), the `<dd>` after it the comment's text. The list must sit in an
    element named for comments and in no sidebar widget ("latest reader comments"); most of its
    terms must name a commenter (a term that is a date alone makes a timeline), and most of its
    definitions must hold prose, not a link to another page nor nothing."""
    body = tree.body
    if body is None:
        return None
    best: Found | None = None
    widgets: dict[int, bool] = {}
    for dl in body.css("dl"):
        if not any(_COMMENT_PLACE.search(names(node)) for node in (dl, *_up(dl, 4))):
            continue
        if WIDGET_NAMES.search(names(dl)) or in_widget(dl, widgets):
            continue
        pairs = _terms_and_definitions(element_children(dl))
        if len(pairs) < _MIN_MEMBERS:
            continue
        named = 0
        for dt, _ in pairs:
            commenter = meta_line_commenter(text_of(dt))
            named += commenter is not None and commenter.author is not None
        prose = sum(1 for _, dds in pairs if any(_holds_prose(dd) for dd in dds))
        if named < _CARRY_SHARE * len(pairs) or prose < _CARRY_SHARE * len(pairs):
            continue
        if best is None or len(pairs) > len(best.nodes):
            best = Found("definition-list", [dt for dt, _ in pairs], {dt.mem_id: dds for dt, dds in pairs})
    return best


def _terms_and_definitions(kids: list[LexborNode]) -> list[tuple[LexborNode, list[LexborNode]]]:
    """Each `<dt>` with the `<dd>`s after it: a comment's text, and where the template prints one,
    its footer (Blogger's classic "dd.comment-footer" holds the date)."""
    pairs: list[tuple[LexborNode, list[LexborNode]]] = []
    for i, kid in enumerate(kids):
        if kid.tag == "dt":
            pairs.append((kid, []))
        elif kid.tag == "dd" and pairs and kids[i - 1].tag in ("dt", "dd"):
            pairs[-1][1].append(kid)
    return [(dt, dds) for dt, dds in pairs if dds]


def _holds_prose(node: LexborNode) -> bool:
    """A few words, most of them not link text (a comment, not a link to another page)."""
    words = len(text_of(node).split())
    links = sum(len(text_of(a).split()) for a in node.css("a"))
    return words >= _MIN_DD_WORDS and links <= _MAX_LINK_SHARE * words


def _up(node: LexborNode, steps: int):
    parent = node.parent
    for _ in range(steps):
        if parent is None or parent.tag in ("body", "html", None):
            return
        yield parent
        parent = parent.parent
