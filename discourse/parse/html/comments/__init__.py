"""Comments from the page's own structure, by the first kind of evidence that finds any.

A platform that marks every comment its own way (Hacker News, old Reddit, Tumblr's notes) first;
then schema.org (microdata, RDFa, JSON-LD), since a site that declares its comments says
exactly which elements they are; then Movable Type's and TypePad's signed comments (a
signature is as exact); then microformats; then the platforms' markup conventions (WordPress,
Drupal, Blogger, Disqus's static list, and any theme that calls a comment a "comment"); then
definition lists and forum posts. The generic repeated-block detector runs later
(`find_generic`), once the article body is known, since it looks only after the article.
Every kind yields comment elements; the tree, the fields and the cleaning are shared
(`items`, `fields`, `furniture`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.model import Comment, Span
from discourse.parse.html.comments.aggregators import find_aggregator_thread
from discourse.parse.html.comments.comment_dates import parse_shown_date
from discourse.parse.html.comments.fields import ItemFields, read_item
from discourse.parse.html.comments.forum import find_forum_posts, marker_parents, quoted_author
from discourse.parse.html.comments.generic import find_definition_list
from discourse.parse.html.comments.items import Found, depths, parents
from discourse.parse.html.comments.microformats import find_microformats
from discourse.parse.html.comments.movabletype import find_movable_type
from discourse.parse.html.comments.platforms import find_by_convention
from discourse.parse.html.comments.schema_org import find_schema_org
from discourse.parse.html.comments.tumblr import find_tumblr_notes
from discourse.parse.html.dom import ancestors, squash

__all__ = ["Thread", "find_structured", "read_thread"]

# Replies nested deeper than this in JSON-LD are not read (no thread goes so deep; the reading recurses).
_MAX_JSON_DEPTH = 200


@dataclass
class Thread:
    """Comments read from the markup, with the elements each came from (for line numbering)."""

    source: str
    comments: list[Comment] = field(default_factory=list)
    nodes: list[LexborNode | None] = field(default_factory=list)  # the element of each comment
    meta_lines: list[int] = field(default_factory=list)  # 1 where the comment shows an author/date line
    deleted: int = 0  # comments the page shows taken down (a notice in their place), not read
    # The elements of comments not read (taken down, repeated, previews): still the thread's, not the article's.
    dropped: list[LexborNode] = field(default_factory=list)
    # Replies marked by a class alone whose parent is read as the comment printed before them (a guess).
    guessed_parents: int = 0


def find_structured(tree: LexborHTMLParser, order: dict[int, int], json_comments: list[dict]) -> Found | None:
    """Comment elements declared by schema.org, Movable Type's signatures, microformats, a
    platform's conventions, a definition list or a forum's posts."""
    for finder in (lambda: find_aggregator_thread(tree), lambda: find_tumblr_notes(tree),
                   lambda: find_schema_org(tree, [], order), lambda: find_movable_type(tree, order),
                   lambda: find_microformats(tree),
                   lambda: find_by_convention(tree, order), lambda: find_definition_list(tree),
                   lambda: find_forum_posts(tree, order),
                   lambda: find_schema_org(tree, json_comments, order)):
        found = finder()
        if found is not None and (found.nodes or found.json_comments):
            return found
    return None


def read_thread(found: Found) -> Thread:
    if not found.nodes:
        return _from_json(found)
    ids = {node.mem_id for node in found.nodes}
    fields = [read_item(node, found.extra.get(node.mem_id, []), ids - {node.mem_id}, found.signatures.get(node.mem_id),
                        found.marked.get(node.mem_id))
              for node in found.nodes]
    _settle_day_and_month(fields, _language_writes_day_first(found.nodes[0]))
    shown = _without_repeats(fields)
    keep = [i for i in shown if not _deleted(fields[i])]
    nodes = [found.nodes[i] for i in keep]
    fields = [fields[i] for i in keep]
    kept_ids = {node.mem_id for node in nodes}
    parent_of, guessed = (_marked_parents(nodes, found), set()) if found.marked else parents(nodes)
    by_class = list(parent_of)
    quoted = [quoted_author(node, kept_ids - {node.mem_id}) for node in nodes]
    authors = [f.author for f in fields]
    parent_of = marker_parents(authors, quoted, parent_of)
    parent_of = marker_parents(authors, [f.reply_to for f in fields], parent_of, override=True)
    depth = depths(parent_of)
    kept = set(keep)
    thread = Thread(found.source, deleted=len(shown) - len(keep),
                    dropped=[node for i, node in enumerate(found.nodes) if i not in kept],
                    guessed_parents=sum(1 for i in guessed if parent_of[i] == by_class[i]))
    for i, (node, item) in enumerate(zip(nodes, fields)):
        thread.comments.append(Comment(
            index=i + 1, parent=None if parent_of[i] is None else parent_of[i] + 1, depth=depth[i],
            paragraphs=item.paragraphs, span=Span(0, 0), author=item.author, date=item.date,
            date_iso=item.date_iso, kind=item.kind, title=item.title))
        thread.nodes.append(node)
        thread.meta_lines.append(1 if item.author or item.date or item.title else 0)
    return thread


def _marked_parents(nodes: list[LexborNode], found: Found) -> list[int | None]:
    """The parents a platform marks (an indent level, a wrapping comment), as indexes into nodes.
    A reply answers a comment shown before it: a mark naming the comment itself or a later one
    (broken markup) marks none."""
    position = {node.mem_id: i for i, node in enumerate(nodes)}
    marked = [found.marked.get(node.mem_id) for node in nodes]
    marked_at = [position.get(mark.parent) if mark is not None and mark.parent is not None else None for mark in marked]
    return [parent if parent is not None and parent < i else None for i, parent in enumerate(marked_at)]


# A date in figures, cut by slashes, dashes or dots ("04/03/2021", "04-03-2021", "04.03.2021"), one kind in a date.
_FIGURES = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d\d)(?!\d)")


def _settle_day_and_month(fields: list[ItemFields], language_day_first: bool) -> None:
    """A thread's dates are written one way: where some read only day first ("25/04/2021", "25-04-2021",
    "25.04.2021") and none only month first, the ones that read either way ("04/03/2021", read month
    first by default) are day first too; where some read only month first ("04.25.2021") and none
    only day first, the ones that read either way are month first too (a dotted "04.03.2021", read
    day first by default); where none reads only one way, the ones read from the shown text are read
    as the page's language writes them (`language_day_first`), unless the text is English ("at 10:00
    am"). Dotted figures with a two-digit year ("05.06.12") are read only where the thread or the
    page's language settles the order. A date an attribute declares is the page's own reading: never swapped."""
    day_first = month_first = 0
    for item in fields:
        match = _FIGURES.search(item.date or "")
        if match:
            first, second = int(match.group(1)), int(match.group(3))
            day_first += first > 12 >= second
            month_first += second > 12 >= first
    if day_first and month_first:
        return
    for item in fields:
        match = _FIGURES.search(item.date or "")
        if match is None or item.date_source == "declared":
            continue
        if item.date_iso is None:  # dotted with a two-digit year ("05.06.12"): read once the order is settled
            if match.group(2) == "." and len(match.group(4)) == 2 and (
                    day_first or month_first or (language_day_first and item.date_source == "shown")):
                item.date_iso = parse_shown_date(item.date or "", month_first=bool(month_first))
            continue
        if not (day_first or month_first) and (not language_day_first or item.date_source != "shown"
                                               or _ENGLISH_CLOCK.search(item.date or "")):
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 or second > 12 or first == second:
            continue
        year = match.group(4) if len(match.group(4)) == 4 else f"20{match.group(4)}"
        month, day = (first, second) if month_first else (second, first)
        as_read = f"{year}-{day:02d}-{month:02d}"  # the other reading
        if item.date_iso.startswith(as_read):
            item.date_iso = f"{year}-{month:02d}-{day:02d}" + item.date_iso[len(as_read):]


# English words of a shown date ("02/05/2024 at 10:00 am"): a page written month first, whatever its lang.
_ENGLISH_CLOCK = re.compile(r"\b(?:at|[ap]\.?m\.?)(?!\w)", re.I)
# Languages written day first ("02/05/2024" is the 2nd of May), by their primary tag; a region that writes
# month first (es-US, the United States' Spanish) is left out by `_MONTH_FIRST_REGIONS`.
_DAY_FIRST_LANGUAGES = frozenset("fr de it nl pt es pl ru uk cs sk da nb nn no fi el tr ro ca gl eu".split())
_MONTH_FIRST_REGIONS = frozenset({"us"})


def _language_writes_day_first(node: LexborNode) -> bool:
    """The page declares a language that writes "02/05/2024" day first (French, German, Spanish, …):
    not English, which the United States write month first, nor Filipino, Chinese, Japanese or
    Korean, nor a language as written in the United States."""
    root = next((up for up in ancestors(node) if up.tag == "html"), None)
    language = (root.attributes.get("lang") or "").strip().lower() if root is not None else ""
    primary, _, region = language.replace("_", "-").partition("-")
    return primary in _DAY_FIRST_LANGUAGES and region[:2] not in _MONTH_FIRST_REGIONS


# What a page prints in place of a comment taken down, in the languages comment templates are written in.
_DELETION_NOTICE = re.compile(
    r"^[\[(]?(?:deleted|removed|comment (?:deleted|removed)|this (?:comment|post|message) (?:has been|was|is) "
    r"(?:deleted|removed)(?: by (?:the author|a (?:blog )?administrator|a moderator|(?:the )?moderators?))?"
    r"|dieser kommentar wurde (?:gelöscht|entfernt)(?: von \w+)?|kommentar gelöscht|ce commentaire a été supprimé"
    r"|commentaire supprimé|este comentario (?:ha sido|fue) (?:eliminado|borrado)|comentario eliminado"
    r"|este comentário foi (?:removido|excluído|apagado)|questo commento è stato (?:eliminato|rimosso)"
    r"|deze reactie is verwijderd|reactie verwijderd|denna kommentar har tagits bort|komentarz (?:został )?usunięty)"
    r"[\])]?\.?$", re.I)


def _deleted(item: ItemFields) -> bool:
    """A comment taken down: the page shows a notice in its place, not the commenter's words. It is
    not read (it adds no words, and would add one to the count); its replies answer the comment it
    answered, inside which the page shows them."""
    return len(item.paragraphs) == 1 and _DELETION_NOTICE.match(item.paragraphs[0]) is not None


_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])$")
_LONGEST_ELLIPSIS = 8  # "[...]" and the spaces before it
_MIN_PREVIEW_CHARS = 20


def _without_repeats(fields: list[ItemFields]) -> list[int]:
    """Indexes to keep: a comment printed again later (a second "most liked" copy of the thread)
    counts once, and so does one shown cut short in a preview ("Top comments": its first words and
    "…") where the same commenter's whole comment is on the page."""
    seen: set[tuple[str | None, str]] = set()
    texts: dict[str | None, list[str]] = {}
    for item in fields:
        texts.setdefault(item.author, []).append(" ".join(item.paragraphs))
    keep = []
    for i, item in enumerate(fields):
        key = (item.author, " ".join(item.paragraphs))
        if key[1] and key in seen or (_names_one_person(item.author) and _cut_from(key[1], texts[item.author])):
            continue
        seen.add(key)
        keep.append(i)
    return keep


# Names a site gives every commenter who signs none, in the languages comment templates are written in.
_NO_ONE_S_NAME = re.compile(r"^(?:anonymous|anon|anonym|anonyme|anónimo|anônimo|anonimo|anoniem|anonimowy|guest|gast"
                            r"|invité|invitado|ospite|visitor|visiteur|unknown|user|reader|a reader)$", re.I)


def _names_one_person(author: str | None) -> bool:
    """A name that tells one commenter from another: not none, nor "Anonymous" or "Guest", which
    many people share (one's "I am not sure..." is no preview of another's longer comment)."""
    return bool(author) and _NO_ONE_S_NAME.match(author) is None


def _cut_from(text: str, whole_texts: list[str]) -> bool:
    """The text ends in an ellipsis and begins another, longer text: a preview of that comment (a
    short "Yes..." may begin another comment of the same commenter's)."""
    tail = text[-_LONGEST_ELLIPSIS:]
    match = _TRUNCATED.search(tail) if text.endswith(("…", ".", "]")) else None
    start = text[:len(text) - len(tail) + match.start()] if match else ""
    return len(start) >= _MIN_PREVIEW_CHARS and any(
        len(other) > len(start) and other != text and other.startswith(start) for other in whole_texts)


def _from_json(found: Found) -> Thread:
    """Comments that exist only as JSON-LD (`comment` of the article), nested by their own `comment`."""
    thread = Thread(found.source)

    def add(obj: dict, parent: int | None, depth: int) -> None:
        author = obj.get("author")
        name = author.get("name") if isinstance(author, dict) else author if isinstance(author, str) else None
        shown = obj.get("dateCreated") or obj.get("datePublished")
        text = obj.get("text") or obj.get("commentText") or ""
        if not isinstance(text, str):
            text = ""
        if not squash(text) and not (isinstance(name, str) and squash(name)):
            for reply in _replies(obj, answers):  # an empty object is no comment; what it holds answers its parent
                add(reply, parent, depth)
            return
        comment = Comment(index=len(thread.comments) + 1, parent=parent, depth=depth,
                          paragraphs=[squash(p) for p in str(text).split("\n") if squash(p)], span=Span(0, 0),
                          author=squash(name) if isinstance(name, str) else None,
                          date=shown if isinstance(shown, str) else None,
                          date_iso=parse_shown_date(shown) if isinstance(shown, str) else None,
                          title=obj.get("name") if isinstance(obj.get("name"), str) else None)
        thread.comments.append(comment)
        thread.nodes.append(None)
        thread.meta_lines.append(1 if comment.author or comment.date else 0)
        for reply in _replies(obj, answers) if depth < _MAX_JSON_DEPTH else []:
            add(reply, comment.index, depth + 1)

    answers: dict[int, list[dict]] = {}  # id() of a comment: the comments that name it as `parentItem`
    by_id = {obj["@id"]: obj for obj in found.json_comments if isinstance(obj.get("@id"), str)}
    top = []
    for obj in found.json_comments:
        parent = obj.get("parentItem")
        parent = by_id.get(parent.get("@id")) if isinstance(parent, dict) else by_id.get(parent) \
            if isinstance(parent, str) else None
        if parent is not None and parent is not obj:
            answers.setdefault(id(parent), []).append(obj)
        else:
            top.append(obj)
    for obj in top:
        add(obj, None, 0)
    return thread


def _replies(obj: dict, answers: dict[int, list[dict]] | None = None) -> list[dict]:
    """The comments that answer this one: nested in its `comment`, or naming it as their `parentItem`."""
    replies = obj.get("comment")
    replies = replies if isinstance(replies, list) else [replies]
    return [reply for reply in replies if isinstance(reply, dict)] + (answers or {}).get(id(obj), [])
