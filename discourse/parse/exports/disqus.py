"""Disqus export files: one page per thread that has posts, each post a comment with its exact parent.

The export (root `<disqus xmlns="http://disqus.com">`) lists `category`, `thread` and `post`
elements side by side; each carries its id in a `dsq:id` attribute. A thread has `link`, `title`,
`createdAt`, `author`, `isClosed`, `isDeleted` and a `category` reference; a post has `message`
(HTML), `createdAt`, `author/name`, `isDeleted`, `isSpam`, a `thread` reference and, for a reply, a
`parent` reference. Deleted and spam posts are left out and counted in a warning (replies to them
hang under their nearest kept ancestor); threads with no posts at all (Disqus creates one for
every page visited) and deleted threads are not pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from discourse.model import Article, Page
from discourse.parse.exports.common import (Entry, ExportFile, ExportItem, article_paragraphs, clean, day_of,
                                            export_page, html_paragraphs, iso_moment, line_count)
from discourse.parse.exports.xmlfile import attribute, child, child_text, end_events, local_name, release, span_of
from discourse.parse.reading import InputError

FORMAT = "disqus"
PLATFORM = "disqus"


@dataclass
class _Export:
    """The export's elements as plain values, in document order."""

    categories: dict[str, str] = field(default_factory=dict)
    threads: dict[str, ExportItem] = field(default_factory=dict)
    deleted_threads: set[str] = field(default_factory=set)
    posts: list[tuple[str, dict]] = field(default_factory=list)  # (thread id, post fields)


def read_disqus(raw: bytes, path: str) -> list[Page]:
    """Every thread of a Disqus export that holds posts."""
    export = _Export()
    for element in end_events(raw, path, "Disqus export"):
        parent = element.getparent()
        if parent is None or parent.getparent() is not None:
            continue  # only the root's children are records
        name = local_name(element)
        if name == "category":
            export.categories[attribute(element, "id") or ""] = clean(child_text(element, "title")) or ""
        elif name == "thread":
            _add_thread(export, element)
        elif name == "post":
            _add_post(export, element)
        release(element)
    return _pages(export, path, raw)


def _add_thread(export: _Export, element) -> None:
    record = attribute(element, "id") or clean(child_text(element, "id")) or f"#{len(export.threads) + 1}"
    if _flag(element, "isDeleted"):
        export.deleted_threads.add(record)
        return
    created = child_text(element, "createdAt")
    author = child(element, "author")
    category = child(element, "category")
    article = Article(
        title=clean(child_text(element, "title")),
        author=clean(child_text(author, "name")) if author is not None else None,
        outlet=clean(child_text(element, "forum")),
        date=day_of(created), date_text=clean(created),
        section=export.categories.get(attribute(category, "id") or "") if category is not None else None,
        url=clean(child_text(element, "link")),
        paragraphs=article_paragraphs(html_paragraphs(child_text(element, "message")), span_of(element)),
    )
    fields = {"title": "disqus thread title", "author": "disqus thread author", "outlet": "disqus forum",
              "date": "disqus thread createdAt", "section": "disqus category", "url": "disqus thread link",
              "body": "disqus thread message"}
    article.provenance = {name: evidence for name, evidence in fields.items()
                          if (article.paragraphs if name == "body" else getattr(article, name))}
    export.threads[record] = ExportItem(record, article, [], closed=_flag(element, "isClosed"))


def _add_post(export: _Export, element) -> None:
    thread, parent, author = child(element, "thread"), child(element, "parent"), child(element, "author")
    created = child_text(element, "createdAt")
    export.posts.append((attribute(thread, "id") if thread is not None else "", {
        "record": attribute(element, "id") or clean(child_text(element, "id")) or f"#{len(export.posts) + 1}",
        "parent": attribute(parent, "id") if parent is not None else None,
        "paragraphs": html_paragraphs(child_text(element, "message")),
        "span": span_of(element),
        "author": (clean(child_text(author, "name")) or clean(child_text(author, "username"))) if author is not None
        else None,
        "date": clean(created), "date_iso": iso_moment(created),
        "left_out": "deleted" if _flag(element, "isDeleted") else ("spam" if _flag(element, "isSpam") else None),
    }))


def _flag(element, name: str) -> bool:
    return (child_text(element, name) or "").strip().lower() == "true"


def _pages(export: _Export, path: str, raw: bytes) -> list[Page]:
    posted_in: dict[str, ExportItem] = {}
    orphans = 0
    for position, (thread, post) in enumerate(export.posts):
        item = export.threads.get(thread or "")
        if item is None:
            orphans += thread not in export.deleted_threads
            continue
        posted_in[item.record] = item
        left_out = post.pop("left_out")
        if left_out:
            item.left_out.add(post["record"], post["parent"], left_out)
        else:
            item.entries.append(Entry(position=position, **post))
    if not posted_in:
        raise InputError(f"{path}: the Disqus export holds {len(export.threads)} threads but no posts in them")
    file = ExportFile(path, len(raw), line_count(raw), FORMAT, PLATFORM)
    pages = [export_page(file, item) for item in export.threads.values() if item.record in posted_in]
    if orphans:
        pages[0].warnings.append(f"{path}: left out {orphans} posts whose thread the export does not hold")
    return pages


__all__ = ["read_disqus", "FORMAT", "PLATFORM"]
