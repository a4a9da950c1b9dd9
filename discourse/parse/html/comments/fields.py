"""One comment element read into its parts: author, date as shown (and ISO), title, kind, paragraphs.

Each part is looked for first where the markup names it (schema.org `itemprop`, microformats,
`fn`/`cite`, `…author…`, `…date…`, `time`), then in the comment's meta line as the text parser
reads one ("Jane says:", "Posted by: Jane at 5 pm"). Whatever held the author, the date, the
title or furniture (reply links, votes, avatars) is left out of the comment's paragraphs. Replies
nested inside the element are other comments and are left out too. The date is read from the
comment's head or meta part only: a date inside a sentence of the text is the commenter's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from discourse.parse import patterns
from discourse.parse.commenters import Commenter, read_commenter
from discourse.parse.html.comments.comment_dates import (comment_date_iso, declared_date_iso, is_real_time,
                                                         parse_shown_date)
from discourse.parse.html.bylines import after_byline_word
from discourse.parse.html.comments.furniture import (clean_lines, furniture_words, is_furniture_element,
                                                     is_furniture_line)
from discourse.parse.html.comments.items import Marked
from discourse.parse.html.comments.movabletype import read_signature
from discourse.parse.html.dom import (BLOCK_TAGS, HIDDEN_TAGS, ancestors, blocks, classes, element_children,
                                      marked_name, names, squash, text_of)

# What holds each part, best evidence first: (attribute, test) pairs tried on every element of the
# comment in turn. "marks" is the element's class and id; "tag" its tag.
_AUTHOR = (("itemprop", "author"), ("itemprop", "creator"), ("typeof", "useraccount"), ("rel", "has_creator"),
           ("class", "p-author"), ("class", "u-author"), ("class", "fn"), ("tag", "cite"), ("marks", "author"),
           ("marks", "user"), ("marks", "name"), ("marks", "nick"), ("class", "url"), ("marks", "posted"),
           ("marks", "byline"), ("marks", "by"), ("marks", "meta"), ("tag", "h3"), ("tag", "h4"), ("tag", "h5"),
           ("tag", "h6"))
# A post's or comment's info box (SMF's `postinfo`), not a profile's `user-info` ("Member since June 2, 2019").
_INFO_BOXES = tuple(("marks", f"{part}{joint}info") for part in ("post", "comment") for joint in ("", "-", "_"))
_DATE = (("tag", "time"), ("itemprop", "datecreated"), ("itemprop", "datepublished"), ("class", "dt-published"),
         ("marks", "date"), ("marks", "time"), ("marks", "posted"), ("marks", "meta"), ("marks", "byline"),
         ("tag", "small"), ("marks", "by"), ("tag", "em"), *_INFO_BOXES)
_TITLE = (("marks", "title"), ("tag", "h3"), ("tag", "h4"), ("tag", "h5"), ("tag", "h6"))
_CONTENT = (("itemprop", "text"), ("itemprop", "commenttext"), ("itemprop", "articlebody"), ("class", "e-content"),
            ("class", "p-content"), ("property", "content"), ("marks", "comment-content"), ("marks", "comment-text"),
            ("marks", "commenttext"), ("marks", "comment_text"), ("marks", "comment-body"), ("marks", "comment_body"),
            ("marks", "commentbody"), ("marks", "cbody"), ("marks", "message"), ("marks", "content"),
            ("marks", "text"), ("marks", "body"), ("marks", "entry"), ("class", "post"), ("tag", "dd"),
            ("tag", "blockquote"))
# What declares an element to be the comment's text (schema.org, microformats), not a guess from its name.
_DECLARED_TEXT = (("itemprop", "text"), ("itemprop", "commenttext"), ("class", "e-content"))
# What a commenter "says" after the name, in the languages comment templates are written in.
_SAYS = (r"says?|said|wrote|writes|schreibt|sagt|meint|schrieb|a dit|dit|a écrit|écrit|dice|dijo|escribe|escribió"
         r"|diz|disse|escreve|escreveu|ha detto|ha scritto|dice|scrive|scrisse|schreef|zegt|schrijft|skriver|sier"
         r"|säger|siger|skrev|kirjoitti|napisał|napisała|pisze|píše|napsal|říká|povedal|powiedział|sanoo|szerint|írta"
         r"|spune|diu|kaže|dedi ki|diyor ki|berkata|говорит|пишет|каже|пише|λέει")
_SAYS_LAST = frozenset(phrase.split()[-1] for phrase in _SAYS.split("|"))
# An account's label after the name ("(not verified)", "(Guest)"): what the site says of the account, not the name.
_NAME_CUT = re.compile(rf"\s*(?:\((?:not verified|unverified|guest|visitor|unregistered|gast|invité|invitado|convidado"
                       rf"|ospite)\)|\b(?:{_SAYS}))\s*:?\s*$", re.I)
_SAYS_BEFORE_DATE = re.compile(r"(?:\s+(?:this|these))?\s+(?:on|at)$", re.I)
_SAYS_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)$")
_MAX_TRAILED_WORDS = 5  # a name of up to four words and the verb
_SAYS_LINE = re.compile(rf"^(?P<name>[^\s:][^:]{{0,58}}?)\s+(?:{_SAYS})\s*:?$", re.I)
_NAME_LEAD = re.compile(r"^(?:posted by|written by|by|von|par|por|comment by|from)\s*:?\s+", re.I)
_DATE_LEAD = re.compile(r"^(?:posted|published|written|commented)?\s*(?:on|am|le|el|em|at)?\s+", re.I)
_DATE_TRAIL = re.compile(r"[\s|·•,—–-]+$")
_READ_MORE = re.compile(r"\s*\[(?:read more|more)\]$", re.I)
# The head line of a linkback once its weblog and title are read ("» TITLE from WEBLOG",
# "Trackback from WEBLOG on TITLE").
_FROM_WEBLOG = re.compile(r"^(?:[»\s]*|(?:trackback|pingback)\s+)from\s.{0,120}$", re.I)
# A linkback's text: WordPress prints the linking post's excerpt between "[…]" marks; Movable Type
# heads it "Trackback from WEBLOG".
_LINKBACK_TEXT = re.compile(r"^(?:\[(?:\.\.\.|…)\]|pingback\s*(?::|from\s)|trackback\s*(?::|from\s))", re.I)
# "Phil responded to Davey on …"; Movable Type's "Piet replied to comment from Nora | …".
_REPLY_MARKER = re.compile(r"\b(?:responded|replied|in reply) to:?\s+(?:comment from\s+)?(?P<name>[^\n|]{1,60}?)"
                           r"(?:\s+(?:on|at|am|le)\s|\s*\|)", re.I)
_SEPARATOR = re.compile(r"\s+[»|•·]\s*|\s*[»|•·]\s+")
_PROFILE_URL = re.compile(r"^(?:https?://|www\.)\S+\s+")  # a profile link printed before the name
_MAX_NAME_CHARS = 80
_MAX_DATE_ALONE = 60
_DATE_ALONE_SLACK = 4  # "at", "|", "um" between the date and the time
_MAX_NAME_WORDS = 8
_MAX_META_CHARS = 200
_MIN_OWN_WORDS_CHARS = 40  # text beside a blockquote that makes it a quote (a sentence or so)


@dataclass
class ItemFields:
    author: str | None = None
    date: str | None = None
    date_iso: str | None = None
    # Where date_iso was read: "declared" (an attribute, the page's own reading), "shown" (the text), or
    # "" (a platform's marks): only a shown date may be read day first (`_settle_day_and_month`).
    date_source: str = ""
    title: str | None = None
    kind: str = "comment"
    paragraphs: list[str] = field(default_factory=list)
    reply_to: str | None = None  # the author a site-printed reply marker names
    parts: list[LexborNode] = field(default_factory=list)  # elements read as author/date/title


@dataclass
class _Element:
    node: LexborNode
    tag: str
    marks: str
    attributes: dict
    signature: str  # "<tag> class id itemprop typeof rel property", lowercase: one substring test finds candidates


def read_item(node: LexborNode, extra: list[LexborNode], others: set[int],
              signature: LexborNode | None = None, marked: Marked | None = None) -> ItemFields:
    """The parts of one comment; `others` are the mem_ids of the other comments (nested replies);
    `signature` the line the platform signs the comment with, where it signs them.

    Where the platform marks the author and date (`marked`), node is the comment's text alone:
    a date or a name in it is the commenter's words, kept as text and read as nothing else."""
    if marked is not None:
        return _marked_item(node, extra, others, marked)
    # A signature printed after the comment is read whole as the author and date, not as text.
    roots = [node, *(root for root in extra if signature is None or root.mem_id != signature.mem_id)]
    # An element paired with the comment (its meta line, printed after it) is itself a part.
    elements = [*_elements(node, others), *(e for root in extra for e in (_element(root), *_elements(root, others)))]
    found = ItemFields(kind=_kind(node))
    signed = read_signature(signature) if signature is not None else None
    if signed is not None:
        found.author, found.date = signed.author, signed.date
        found.date_iso = comment_date_iso(signature, signed.date) if signed.date else None
        found.date_source = _source_of_date(signature)
        found.parts.append(signature)
    # A quote's "NAME said:" header and date are the quoted post's, not this one's.
    signing = _outside_quotes(node, elements)
    author_node = _first(signing, _AUTHOR, _name_from) if found.author is None else None
    if author_node is not None:
        found.author = _commenter_name(author_node, signing)
        found.parts.append(author_node)
    elif found.author is None and (found.kind != "comment" or _linkback_excerpt(signing)):
        found.author, link = _linking_title(signing)  # a linkback's "author" is the linking post's title
        found.parts.extend([link] if link is not None else [])
    # A date inside a sentence of the comment is the commenter's words, not the comment's date.
    date_node = None if found.date is not None else _first(
        signing, _DATE, lambda n: _date_from(n) and not _in_running_text(n, found.parts)) or next(
        (e.node for e in _edges(signing) if e.tag not in ("a", "p") and _date_alone(e.node)
         and not _in_running_text(e.node, found.parts)), None)
    if date_node is not None:
        found.date, found.date_iso = _date_from(date_node), comment_date_iso(date_node)
        found.date_source = _source_of_date(date_node)
        found.parts.append(date_node)
        if found.author is None:
            _name_beside(found, date_node, {root.mem_id for root in roots})
    if found.author is None:
        found.author = next(filter(None, (_avatar_name(e.node, node) for e in signing if e.tag == "img")), None)
    title_node = _first(signing, _TITLE, lambda n: _title_from(n, found.author))
    if title_node is not None:
        found.title = _title_from(title_node, found.author)
        found.parts.append(title_node)
    lines = _own_lines(roots, elements, others, found.parts)
    if found.author is None or found.date is None:
        # Where the markup declares which element is the text, a line in it is the commenter's words.
        declared = _first(signing, _DECLARED_TEXT, lambda n: bool(text_of(n)))
        _from_meta_line(found, _outside(roots, lines, others) + ([] if declared is not None else lines))
    found.paragraphs = clean_lines(_without_meta(lines, found), found.author, found.date)
    if found.kind == "comment" and found.paragraphs and _LINKBACK_TEXT.match(found.paragraphs[0]):
        found.kind = "trackback" if found.paragraphs[0].lower().startswith("trackback") else "pingback"
    if found.kind != "comment":
        found.paragraphs = _linkback_excerpt_only(found.paragraphs)
    found.reply_to = _reply_marker(node, elements)
    return found


def _marked_item(node: LexborNode, extra: list[LexborNode], others: set[int], marked: Marked) -> ItemFields:
    """A comment whose author and date its platform marks outside its text: the marks, and every line of the text."""
    elements = [*_elements(node, others), *(e for root in extra for e in (_element(root), *_elements(root, others)))]
    found = ItemFields(author=marked.author, date=marked.date, date_iso=marked.date_iso, kind=_kind(node))
    found.paragraphs = clean_lines(_own_lines([node, *extra], elements, others, []), None, None)
    return found


def _source_of_date(node: LexborNode) -> str:
    """"declared" where an attribute of the date's element gives its ISO date, else "shown"."""
    return "declared" if declared_date_iso(node) is not None else "shown"


def _linkback_excerpt_only(paragraphs: list[str]) -> list[str]:
    """A linkback's excerpt without the site's words around it: what is left of its "» TITLE from
    WEBLOG" line once the title is read, and the "[Read More]" link after it."""
    out = [p for p in paragraphs if not _FROM_WEBLOG.match(p)]
    if out:
        out[-1] = _READ_MORE.sub("", out[-1]) or out[-1]
    return out or paragraphs


def _reply_marker(node: LexborNode, elements: list[_Element]) -> str | None:
    """"Phil responded to Davey on …": the site names the comment answered; or an element of the
    comment (`elements`: its own, not its replies') named for what it replies to holds that
    comment's author alone (a forum's "in reply to" tab: its avatar and the user name, Discourse's
    `reply-to-tab`)."""
    match = _REPLY_MARKER.search(text_of(node)[:_MAX_META_CHARS])
    if match:
        return match.group("name").strip()
    for element in elements:
        if "reply" in element.marks and _REPLY_TO_MARK.search(element.marks):
            name = text_of(element.node).lstrip("@")
            if 0 < len(name.split()) <= _MAX_BESIDE_WORDS and not is_furniture_line(name):
                return name
    return None


# A class or id named for the comment a comment replies to ("reply-to", "in-reply-to", "replyto"); not a
# reply link or form ("reply-to-comment" holds "Reply"; "comment-reply-link" names no target).
_REPLY_TO_MARK = re.compile(r"(?:^|[-_\s])(?:in[-_]?)?reply[-_]?to(?:$|[-_\s])")


def _commenter_name(author: LexborNode, elements: list[_Element]) -> str | None:
    """The name in the author's box: the user name where the box prints it beside the full name ("jane
    Jane Doe"), as replies and quotes call the commenter; but the full name beside a handle ("Jane Doe
    @jane"), and the handle without its "@" only where the box shows no full name."""
    user = _user_name_in(author, elements)
    if user is None:
        return _name_from(author)
    handle = text_of(user)
    if _is_badge(handle):
        return squash((_name_from(author) or "").replace(handle, " ")) or None
    if not handle.startswith("@"):
        return _name_from(user)
    full_name = squash((_name_from(author) or "").replace(handle, " "))
    return full_name or handle.lstrip("@") or None


# A badge a theme prints in the user-name element beside the full name: no one's name.
_BADGE = re.compile(r"^(?:verified|subscriber|supporter|patron|premium|pro|op|author|editor|contributor)$", re.I)


def _is_badge(text: str) -> bool:
    """A status ("Verified") or a forum's rank ("Senior Member") in the user-name element, not a name; a
    user name with digits ("john99") is a name, though a rank's post count has digits too."""
    return bool(_BADGE.match(text)) or not re.search(r"\d", text) and bool(_RANK_LINE.match(text))


def _user_name_in(author: LexborNode, elements: list[_Element]) -> LexborNode | None:
    """The element for the user name inside the author's box, where the box also shows the full
    name ("jane Jane Doe", each in an element of its own): what replies and quotes call the
    commenter by."""
    for element in elements:
        if "user" in element.marks and _USER_NAME.search(element.marks) and element.node.mem_id != author.mem_id \
                and text_of(element.node) and any(up.mem_id == author.mem_id for up in ancestors(element.node)):
            return element.node
    return None


def _kind(node: LexborNode) -> str:
    marks = names(node)
    if re.search(r"(?:^|\s)pingback(?:$|\s)", marks):
        return "pingback"
    if re.search(r"(?:^|\s)trackback(?:-body)?(?:$|\s)", marks):
        return "trackback"
    return "comment"


def _elements(root: LexborNode, others: set[int]) -> list[_Element]:
    """The comment's elements in document order, without nested replies and hidden elements."""
    out: list[_Element] = []
    stack = [iter(element_children(root))]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.mem_id in others or child.tag in HIDDEN_TAGS:
            continue
        out.append(_element(child))
        stack.append(iter(element_children(child)))
    return out


def _element(node: LexborNode) -> _Element:
    attributes = node.attributes
    marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    semantic = " ".join(attributes.get(key) or "" for key in ("itemprop", "typeof", "rel", "property")).lower()
    return _Element(node, node.tag, marks, attributes, f"<{node.tag}> {marks} {semantic}")


def _matches(element: _Element, key: str, value: str) -> bool:
    if key == "tag":
        return element.tag == value
    if key == "marks":
        return value in element.marks
    if key == "class":
        return value in element.marks.split()
    return value in (element.attributes.get(key) or "").lower()


def _first(elements: list[_Element], tests: tuple[tuple[str, str], ...], reader) -> LexborNode | None:
    for key, value in tests:
        needle = f"<{value}>" if key == "tag" else value
        for element in [e for e in elements if needle in e.signature]:
            if _matches(element, key, value) and reader(element.node):
                return element.node
    return None


def _name_beside(found: ItemFields, date_node: LexborNode, roots: set[int]) -> None:
    """The element just before the date's (or just after it), where it holds a short name and
    nothing else: the commenter's name in a block no class names ("<div>Ann</div><div>May 3</div>"),
    not a forum's rank ("<div>Senior Member</div><div>May 3</div>").
    The date's element is the box around it that holds nothing else, below the comment's own
    elements (`roots`: a link around the date, "<div><a>Ann</a></div><a><p>May 3</p></a>")."""
    box, shown = date_node, text_of(date_node)
    while box.parent is not None and box.parent.mem_id not in roots and text_of(box.parent) == shown:
        box = box.parent
    for sibling in (_next_element(box, "prev"), _next_element(box, "next")):
        if sibling is None or sibling.tag in ("p", "blockquote") or is_furniture_element(names(sibling)):
            continue
        text = text_of(sibling)
        if (text and len(text.split()) <= _MAX_BESIDE_WORDS and not re.search(r"\d", text) and "\n" not in text
                and not _RANK_LINE.match(text)):
            name = _name_from(sibling)
            if name is not None:
                found.author = name
                found.parts.append(sibling)
                return


_MAX_BESIDE_WORDS = 4


def _next_element(node: LexborNode, way: str) -> LexborNode | None:
    """The element beside node; looking back, past line breaks ("<b>Ann</b><br><small>May 3</small>").
    Looking forward a break ends the head: what follows it is the comment's first line."""
    sibling = getattr(node, way)
    while sibling is not None and (not sibling.tag or sibling.tag[0] == "-"
                                   or (way == "prev" and sibling.tag in ("br", "wbr"))):
        sibling = getattr(sibling, way)
    return sibling


def _linkback_excerpt(elements: list[_Element]) -> bool:
    return any(_LINKBACK_TEXT.match(squash(e.node.text(deep=False))) for e in elements if e.tag == "p")


def _linking_title(elements: list[_Element]) -> tuple[str | None, LexborNode | None]:
    for element in elements:
        if element.tag == "a":
            title = text_of(element.node)
            if len(title.split()) >= 2:
                return title, element.node
    return None, None


def _name_from(node: LexborNode) -> str | None:
    if "title" in names(node) and node.tag.startswith("h"):
        return None
    if node.tag in ("ul", "ol"):
        return None  # a list under the name is the profile's fields (rank, posts, joined), not the name
    text = marked_name(node) or _name_line(node)
    if not text or len(text) > _MAX_META_CHARS:
        return None
    spans = patterns.timestamps(text)
    if spans:
        before = text[:spans[0][0]]
        text = before if before.strip(" |,:—–-") else text[spans[-1][1]:]
    text = squash(text)
    # "Post by roadwarrior » Thu …": what follows the byline word (a lone "By Jane" is _NAME_LEAD's).
    after = after_byline_word(text, None) if text.count(" ") >= 2 else None
    if after is not None and after.strip():
        text = _SEPARATOR.split(after, 1)[0]  # the name ends at a separator ("» Thu Mar 04")
    text = _PROFILE_URL.sub("", _NAME_LEAD.sub("", _NAME_CUT.sub("", text))).strip(" |,:—–-·•")
    text = re.split(r",\s+(?=[a-zà-ÿ])", text, maxsplit=1)[0]  # "Jane Doe, le mercredi …"
    text = re.sub(r"\s+(?:on|at|am|le|el|em|um|il|op|om|den|à|às|a las|alle|kl\.?)$", "", text, flags=re.I).strip(" |,:—–-")
    if not text and not spans:
        link = node.css_first("a")  # a name that the cuts above took whole ("By" in a link of its own)
        text = squash(link.text()) if link is not None else ""
    if not text or len(text) > _MAX_NAME_CHARS or len(text.split()) > _MAX_NAME_WORDS:
        return None
    if text.isdigit() and not _holds_a_name_only(node):
        return None  # a bare number is a vote count or comment number, unless the element is for the name
    if patterns.REPLY_LINK.match(text) or text.lower() in ("anonymous said", "reply", "name", "avatar"):
        return None
    return text


def _name_line(node: LexborNode) -> str:
    """The element's text, or its first line where every later line is a poster's rank or count:
    a forum's author box prints the name, then "Member" or "Posts: 42" on lines of their own. Any
    other line under the first keeps the text whole ("Written by" / "Jane", "Subscriber" / "Jane")."""
    lines = [block.text for block in blocks(node)]
    if len(lines) > 1 and all(_RANK_LINE.match(line) for line in lines[1:]):
        return lines[0]
    return text_of(node)


# A class for the commenter's user name inside a box that also shows their full name.
_USER_NAME = re.compile(r"(?:^|\s)user[-_]?name(?:$|\s)")
# A poster's rank ("Jr. Member", "Global Moderator") or count ("Posts: 42", "42 posts", "42"; a count has a
# digit: "J. Verbeek" is a name).
_RANK_LINE = re.compile(r"^(?:(?:jr|sr)\.?\s+|(?:junior|senior|full|new|global|super|active|regular|valued|forum"
                        r"|community|site)\s+)*(?:members?|moderators?|mods?|admins?|administrators?|newbie|guest"
                        r"|users?|posters?|veteran|rookie|staff)$|^[^\d]{0,20}:?\s*\d[\d.,]*(?:\s+[^\d\s]{1,12})?$", re.I)


# What an avatar's alt text says around the name ("Avatar of Jane", "Jane's avatar", "Photo de Jane").
_AVATAR_WORDS = re.compile(r"^(?:(?:user\s+)?avatar|profile\s+(?:picture|photo|image)|photo|picture|image|foto|bild"
                           r"|imagen|gravatar)(?:\s+(?:of|for|de|von|di|van))?\s+|(?:'s|’s)?\s+(?:avatar|gravatar"
                           r"|profile\s+(?:picture|photo|image)|photo|picture|image)$", re.I)
_NOT_AVATAR_NAME = re.compile(r"avatar|gravatar|^(?:photo|picture|image|user|profile|icon|default|comment author"
                              r"|author|commenter|member|placeholder|\W*)$", re.I)
# An image that is the commenter's picture by its own name or source, or by the part of the comment it sits in.
_AVATAR_IMAGE = re.compile(r"avatar|gravatar|photo|userpic|user-pic|portrait|profile", re.I)
_AUTHOR_PART = re.compile(r"author|avatar|vcard|user-?(?:name|info|pic|picture|details)|profile|picture|meta|byline"
                          r"|header", re.I)


def _avatar_name(image: LexborNode, comment: LexborNode) -> str:
    """The commenter's name from the alt text of the avatar, where the comment shows no name in
    text: templates name the picture after the commenter. Only an avatar's: a picture in the
    comment's text is captioned after what it shows."""
    if not _is_avatar(image, comment):
        return ""
    alt = squash(image.attributes.get("alt") or "")
    name = _AVATAR_WORDS.sub("", alt).strip()
    return "" if not name or _NOT_AVATAR_NAME.search(name) else name


def _is_avatar(image: LexborNode, comment: LexborNode) -> bool:
    """Named or sourced as an avatar or a user's photo, or inside the comment's author or meta part."""
    if _AVATAR_IMAGE.search(f"{names(image)} {image.attributes.get('src') or ''}"):
        return True
    for ancestor in ancestors(image):
        if ancestor.mem_id == comment.mem_id:
            return False
        if _AUTHOR_PART.search(names(ancestor)):
            return True
    return False


def _holds_a_name_only(node: LexborNode) -> bool:
    """An element made for the commenter's name (hCard `fn`, `<cite>`, microdata/microformat author
    name): what it holds is the name, even all digits (numeric user names exist)."""
    marks = names(node).split()
    return node.tag == "cite" or "fn" in marks or "p-author" in marks or (
        node.attributes.get("itemprop") or "").lower() in ("author", "name")


def _date_from(node: LexborNode) -> str | None:
    text = text_of(node)
    if not text:
        return _time_a_script_shows(node)
    if len(text) > _MAX_META_CHARS:
        return None
    spans = patterns.timestamps(text)
    # An element made for the date is believed where the shared reader reads no full date in it.
    short = len(text) <= _MAX_DATE_ALONE
    if not spans:
        if not short or not _declared_date_element(node):
            return None
        if _RELATIVE.match(text) or any(_ISO_VALUE.match(node.attributes.get(name) or "")
                                        for name in ("datetime", "title")) or parse_shown_date(
                node.attributes.get("title") or ""):
            # "vor 3 Tagen", "il y a 2 jours", "May 2", "Mar '24": as shown (the ISO date is the element's
            # datetime or tooltip, "Mar 4, 2024 9:15 am")
            return text
        return (_DATE_TRAIL.sub("", _DATE_LEAD.sub("", text)) or None) if patterns.YEAR.search(text) else None
    shown = text[spans[0][0]:spans[-1][1]]
    if short and patterns.YEAR.search(text, 0, spans[0][0]) and _declared_date_element(node):
        # The time was read but not the date before it ("4 de março de 2021 às 10:15"): an
        # element made for the date shows it whole.
        shown = text[:spans[-1][1]]
    return _DATE_TRAIL.sub("", _DATE_LEAD.sub("", shown)) or None


_ISO_VALUE = re.compile(r"^\s*(?:19|20)\d\d-\d\d-\d\d")
_TIMEAGO = re.compile(r"(?:^|[-_\s])timeago(?:$|[-_\s])")


def _time_a_script_shows(node: LexborNode) -> str | None:
    """The ISO time of an empty element made for the date or named "timeago": a script writes
    "2 hours ago" into it when the page loads (NodeBB, Discourse), so a saved page shows only its
    tooltip or `datetime`. A value that is no real time ("2021-02-30") is none."""
    if not (_declared_date_element(node) or _TIMEAGO.search(names(node))):
        return None
    for attribute in ("datetime", "title"):
        value = (node.attributes.get(attribute) or "").strip()
        if is_real_time(value):
            return value
    return None


# A relative date as comment templates print it, in the languages they are written in.
_RELATIVE = re.compile(r"^(?:vor|il y a|hace|há|há cerca de|för|for|ca\.?)?\s*(?:\d+|an?|one|un|une|einem|einer)\s+\w+"
                       r"(?:\s+(?:ago|fa|geleden|sedan|siden|atrás|temu))?$"
                       r"|^(?:gestern|heute|hier|aujourd'hui|ayer|hoy|ontem|hoje|ieri|oggi|gisteren|vandaag|igår|idag"
                       r"|yesterday|today|just now|gerade eben|à l'instant)\b", re.I)


def _declared_date_element(node: LexborNode) -> bool:
    """An element the markup makes for a date: <time>, schema.org's dateCreated, a "date" or
    "datetime" class (or vBulletin's "postdate")."""
    itemprop = (node.attributes.get("itemprop") or "").lower()
    return node.tag == "time" or itemprop.startswith(("date", "commenttime")) or bool(
        re.search(r"(?:^|[-_\s])(?:post|comment)?(?:date|datetime|timestamp)(?:$|[-_\s])", names(node)))


_EDGE_ELEMENTS = 12
_META_BLOCK = re.compile(r"meta|byline|posted|date|time|info|header|footer|author|signature")
_RUNNING_WORDS = 3  # words around a date that make its line a sentence ("I saw it on … at the meeting")


def _in_running_text(node: LexborNode, parts: list[LexborNode]) -> bool:
    """An inline element inside a sentence of the comment ("I saw it on <em>May 3, 2021</em> at the
    meeting"): the commenter's words, never the comment's date, which templates print in a line or
    element of its own. A meta line ("Posted by Jane on <em>…</em>", the author's element beside
    the date: `parts`) is no sentence."""
    if node.tag in BLOCK_TAGS:
        return False
    block = next((up for up in ancestors(node) if up.tag in BLOCK_TAGS), None)
    if block is None or block.tag in ("header", "footer") or _META_BLOCK.search(names(block)):
        return False
    shown = text_of(node)
    line = next((b.text for b in blocks(block, {part.mem_id for part in parts}) if shown and shown in b.text), "")
    if len(re.findall(r"[^\W\d_]{2,}", line.replace(shown, " ", 1))) < _RUNNING_WORDS:
        return False
    return len(line) > _MAX_META_CHARS or meta_line_commenter(line) is None


def _edges(elements: list[_Element]) -> list[_Element]:
    """The elements at a comment's start and end, where its meta lines are."""
    if len(elements) <= 2 * _EDGE_ELEMENTS:
        return elements
    return elements[:_EDGE_ELEMENTS] + elements[-_EDGE_ELEMENTS:]


def _date_alone(node: LexborNode) -> bool:
    """An element that holds a timestamp and nothing else ("04/03/2021 10:15"), whatever it is called."""
    return _date_alone_text(text_of(node))


def _date_alone_text(text: str) -> bool:
    if not text or len(text) > _MAX_DATE_ALONE:
        return False
    spans = patterns.timestamps(text)
    covered = sum(end - start for start, end in spans)
    return bool(spans) and len(text.replace(" ", "")) - covered <= _DATE_ALONE_SLACK


_COMMENTER_TITLE = re.compile(r"author|user|rank|member")


def _title_from(node: LexborNode, author: str | None) -> str | None:
    """A comment's own title; not the commenter's (a forum's "usertitle" or rank: "Junior Member")."""
    text = text_of(node)
    if not text or len(text) > _MAX_META_CHARS or text == author or patterns.timestamps(text):
        return None
    if is_furniture_element(names(node)) or _COMMENTER_TITLE.search(names(node)):
        return None
    return text if node.tag in ("h3", "h4", "h5", "h6") or "title" in names(node) else None


def _own_lines(roots: list[LexborNode], elements: list[_Element], others: set[int],
               parts: list[LexborNode]) -> list[str]:
    """The text lines of the comment, its replies, read parts and furniture elements left out."""
    part_ids = {part.mem_id for part in parts}
    skip = set(others) | part_ids
    own = furniture_words(names(roots[0]))
    skip |= {e.node.mem_id for e in elements if is_furniture_element(e.marks, own)}
    content = _first(elements, _CONTENT, lambda n: _says_more_than_furniture(n, own) and not _holds(n, part_ids)
                     and not _inside(n, part_ids, roots) and not _quote_within(n, roots[0]))
    lines: list[str] = []
    for root in [content] if content is not None else roots:
        lines.extend(block.text for block in blocks(root, skip))
    return lines


def text_element(node: LexborNode) -> LexborNode | None:
    """The element a post or comment keeps its own words in (`div.post_body`, a `commentContent`
    box), or None where no element is named for them; not one that shows only the post's time
    (SMF's "smalltext" link)."""
    return _first(_elements(node, set()), _CONTENT, lambda n: _says_more_than_furniture(n) and not _date_alone(n))


def _says_more_than_furniture(node: LexborNode, own: frozenset[str] = frozenset()) -> bool:
    """An element with words of its own: not a box named for buttons ("message-actions", whose
    name also says "message") nor one whose text is a row of them ("Like Quote", "Log in to reply").
    `own`: the furniture words the comment itself is named with (`is_furniture_element`)."""
    text = text_of(node)
    return bool(text) and not is_furniture_element(names(node), own) and not is_furniture_line(text)


def _outside(roots: list[LexborNode], lines: list[str], others: set[int]) -> list[str]:
    """The comment's short lines that its text left out (a meta line in the element paired with the
    text, as a definition list's term is): where the author and date may be."""
    own = set(lines)
    return [b.text for root in roots for b in blocks(root, others)
            if b.text not in own and len(b.text) <= _MAX_META_CHARS][:3]


def _quote_within(node: LexborNode, root: LexborNode) -> bool:
    """A blockquote that is a quote in the comment, not its text: the comment says more around it."""
    return node.tag == "blockquote" and len(text_of(root)) > len(text_of(node)) + _MIN_OWN_WORDS_CHARS


_QUOTE_TOKEN = re.compile(r"(?:^|[-_])quote(?:$|[-_])|^bb\w*quote")


def _outside_quotes(node: LexborNode, elements: list[_Element]) -> list[_Element]:
    """The comment's elements that are not inside a quote of another post (a `blockquote`, a
    forum's `bbCodeBlock--quote`; not XenForo's `js-selectToQuote`, which wraps the post's own text)."""
    quotes = [q for q in node.css("blockquote, [class*=quote], [class*=Quote]") if q.mem_id != node.mem_id
              and (q.tag == "blockquote" or any(_QUOTE_TOKEN.search(t.lower()) for t in classes(q)))]
    if not quotes:
        return elements
    quoted = {inner.mem_id for quote in quotes for inner in quote.traverse(include_text=False)}
    return [e for e in elements if e.node.mem_id not in quoted]


def _inside(node: LexborNode, ids: set[int], roots: list[LexborNode]) -> bool:
    """Within a part already read: a forum's "message-user" box inside the author's column is the
    author's, not the text, whatever it is called. The parts are the comment's own, so the walk
    stops at its roots (above them, deeply nested replies would make it quadratic)."""
    tops = {root.mem_id for root in roots}
    for up in ancestors(node):
        if up.mem_id in ids:
            return True
        if up.mem_id in tops:
            return False
    return False


def _holds(node: LexborNode, ids: set[int]) -> bool:
    return any(n.mem_id in ids for n in node.traverse(include_text=False))


def _from_meta_line(found: ItemFields, lines: list[str]) -> None:
    """"Jane says:" / "Posted by: Jane at 5:10 PM" lines the markup did not name, and a name alone over a
    date alone at the comment's start, as the text reader reads a head."""
    looked = lines[:3] + lines[-2:]
    for i, line in enumerate(looked):
        commenter = meta_line_commenter(line)
        if commenter is None or _names_someone_else(commenter, found):
            continue
        # "Ann (Guest)" from the shared reader: the account's label is cut; a verb left after a name goes too.
        found.author = found.author or (_NAME_CUT.sub("", commenter.author) or None if commenter.author else None)
        if found.date is None and i + 1 < len(looked) and _SAYS_BEFORE_DATE.search(line):
            _date_on_next_line(found, looked[i + 1])
        if found.date is None and commenter.date:
            found.date = commenter.date
            found.date_iso, found.date_source = comment_date_iso(None, commenter.date), "shown"
        if found.author is None and commenter.author is None and i == 1 and _name_alone(looked[0]):
            found.author = looked[0]  # a name alone over the date alone opens the comment ("Ann Lee" / "May 3, 2021")
        if found.author is not None or commenter.author is not None:
            return  # a line with the date alone (read already) leaves the name to the next line


def _name_alone(line: str) -> bool:
    """A line of a name alone ("Ann Lee"): not a forum's rank ("Senior Member") nor a row of furniture
    ("Report Abuse"), which a forum prints over a post's date too."""
    return patterns.NAME_LINE.match(line) is not None and not _RANK_LINE.match(line) and not is_furniture_line(line)


def _date_on_next_line(found: ItemFields, line: str) -> None:
    """"Ann wrote this on" / "May 3, 2021": the date a says-line announces, where the next line is that date alone."""
    if _date_alone_text(line):
        spans = patterns.timestamps(line)
        found.date = _DATE_TRAIL.sub("", line[spans[0][0]:spans[-1][1]])
        found.date_iso, found.date_source = comment_date_iso(None, found.date), "shown"


def _names_someone_else(commenter: Commenter, found: ItemFields) -> bool:
    """A line read as "NAME DATE" whose name is not the author the markup names ("Bridge opened May 3,
    2021", "Edit: May 4, 2021"): the commenter's words, not the comment's meta line."""
    if found.author is None or commenter.author is None:
        return False
    named, read = found.author.lower(), commenter.author.lower()
    return named not in read and read not in named  # "Reply from Jane" names Jane


def meta_line_commenter(line: str) -> Commenter | None:
    """The commenter a meta line names: "Jane says:", "Anna ha detto:", Blogger's "Jane said...", or
    what the shared reader reads ("Posted by: Jane at 5:10 PM")."""
    return _says_line(line) or read_commenter(line)


def _says_line(line: str) -> Commenter | None:
    """"Anna ha detto:", "Anna kirjoitti:": a name and what the commenter "says", in a language
    the shared meta-line reader does not know."""
    trailed = _SAYS_ELLIPSIS.search(line) is not None  # Blogger's "Ann said..."
    if trailed and len(line.split()) > _MAX_TRAILED_WORDS:
        return None  # "… just as Ann said...": the commenter's words
    line = _SAYS_BEFORE_DATE.sub("", _SAYS_ELLIPSIS.sub("", line).rstrip(" :"))  # "Ann wrote this on" + date
    last = line.rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in _SAYS_LAST:
        return None
    match = _SAYS_LINE.match(line.strip()) if len(line) <= _MAX_META_CHARS else None
    if match is None or patterns.timestamps(match.group("name")):
        return None
    return Commenter(author=match.group("name").strip(), date=None, reply_to=None, trailing=False)


def _without_meta(lines: list[str], found: ItemFields) -> list[str]:
    """Drop the meta lines (author and date on one line) that the paragraphs would otherwise start with,
    and what is left of one whose name and date elements were read ("schreef op :", "a écrit le :")."""
    out = []
    for line in lines:
        commenter = meta_line_commenter(line) if len(line) <= _MAX_META_CHARS else None
        if commenter is not None and (commenter.author == found.author or commenter.date == found.date):
            continue
        if not out and found.author and _META_LEFTOVER.match(line):
            continue
        out.append(line)
    return out


# A meta line's words once its name and date are read: the verb of saying and its connectors.
_META_LEFTOVER = re.compile(rf"^(?:{_SAYS})(?:\s+(?:on|at|op|om|le|am|um|el|em|il|à|a las|alle|the))*\s*[:,.]?$",
                            re.I)
