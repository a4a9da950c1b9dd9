"""WordPress export files (WXR): one page per post or page, with its comments and their exact parents.

WXR is RSS with a `wp:` namespace (http://wordpress.org/export/1.0/ to 1.2/). Each `item` is a
post, page, attachment, menu item, …; posts and pages become pages, and any other item type that
holds comments too. Each `wp:comment` carries `wp:comment_id`, `wp:comment_parent` (0: top level),
`wp:comment_approved` (`1`; `0` unapproved, `spam`, `trash`) and `wp:comment_type` (empty or
`comment`, `pingback`, `trackback`, or a plugin's type). Only approved comments are kept: the
rest are left out and counted in a warning. Pingbacks and trackbacks are kept with that `kind`;
types WordPress plugins use for private notes (e.g. `order_note`) are left out and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from discourse.model import Article, Page
from discourse.parse.exports.common import (Entry, ExportFile, ExportItem, article_paragraphs, clean, day_of,
                                            export_page, html_paragraphs, iso_moment, line_count)
from discourse.parse.exports.xmlfile import (attribute, child, child_text, end_events, local_name, namespace,
                                             release, span_of, texts)
from discourse.parse.reading import InputError

FORMAT = "wxr"
PLATFORM = "wordpress"
WP_NAMESPACE = "http://wordpress.org/export/"
CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"
ARTICLE_TYPES = {"post", "page"}
KEPT_STATUSES = {"publish", "private"}
COMMENT_KINDS = {"": "comment", "comment": "comment", "review": "comment", "pingback": "pingback",
                 "trackback": "trackback"}
LEFT_OUT_APPROVALS = {"0": "unapproved", "spam": "spam", "trash": "trashed", "post-trashed": "trashed"}


@dataclass
class _Site:
    """What the channel says before its items: the site's name and its authors' display names."""

    title: str | None = None
    authors: dict[str, str] = field(default_factory=dict)


def read_wxr(raw: bytes, path: str) -> list[Page]:
    """Every post and page of a WordPress export that is published or has comments."""
    file = ExportFile(path, len(raw), line_count(raw), FORMAT, PLATFORM)
    site, items, seen_items = _Site(), [], 0
    for element in end_events(raw, path, "WordPress export"):
        name = local_name(element)
        parent = element.getparent()
        if name == "item":
            seen_items += 1
            item = _item(element, site)
            if item is not None:
                items.append(item)
            release(element)
        elif name == "title" and parent is not None and local_name(parent) == "channel":
            site.title = clean(element.text)
        elif name == "author" and namespace(element).startswith(WP_NAMESPACE):
            login, shown = child_text(element, "author_login"), child_text(element, "author_display_name")
            if login and shown:
                site.authors[login] = clean(shown) or login
    if not items:
        what = "no posts or pages" if not seen_items else f"{seen_items} items but no published post or page"
        raise InputError(f"{path}: the WordPress export holds {what}")
    pages = [export_page(file, item) for item in items]
    if not any(page.comments.items for page in pages):
        pages[0].warnings.append(f"{path}: the WordPress export holds no comments at all (WordPress includes "
                                 "comments only in an export of all content or of posts)")
    return pages


def _item(element, site: _Site) -> ExportItem | None:
    post_type = child_text(element, "post_type", WP_NAMESPACE) or "post"
    status = child_text(element, "status", WP_NAMESPACE) or "publish"
    comments = [c for c in element if local_name(c) == "comment" and namespace(c).startswith(WP_NAMESPACE)]
    if not comments and (post_type not in ARTICLE_TYPES or status not in KEPT_STATUSES):
        return None
    record = clean(child_text(element, "post_id", WP_NAMESPACE)) or clean(child_text(element, "guid")) or "?"
    item = ExportItem(record, _article(element, site),
                      [], closed=_closed(child_text(element, "comment_status", WP_NAMESPACE)))
    for position, comment in enumerate(comments):
        _add_comment(item, comment, position)
    return item


def _article(element, site: _Site) -> Article:
    creator = clean(child_text(element, "creator"))
    posted = child_text(element, "post_date_gmt", WP_NAMESPACE)
    date_source = "wp:post_date_gmt"
    if not day_of(posted):
        posted, date_source = child_text(element, "post_date", WP_NAMESPACE) or child_text(element, "pubDate"), \
            "wp:post_date"
    body = child(element, "encoded", CONTENT_NAMESPACE)
    sections = [clean(c.text) for c in element if local_name(c) == "category" and attribute(c, "domain") == "category"]
    article = Article(
        title=clean(child_text(element, "title")),
        author=site.authors.get(creator, creator) if creator else None,
        outlet=site.title,
        date=day_of(posted),
        date_text=clean(posted),
        section=next((s for s in sections if s), None),
        url=clean(child_text(element, "link")),
        paragraphs=article_paragraphs(html_paragraphs(body.text if body is not None else None),
                                      span_of(body) if body is not None else span_of(element)),
    )
    fields = {"title": "wxr title", "author": "wxr dc:creator", "outlet": "wxr channel title",
              "date": f"wxr {date_source}", "section": "wxr category", "url": "wxr link", "body": "wxr content:encoded"}
    article.provenance = {name: evidence for name, evidence in fields.items()
                          if (article.paragraphs if name == "body" else getattr(article, name))}
    return article


def _closed(comment_status: str | None) -> bool | None:
    return {"open": False, "closed": True}.get((comment_status or "").strip())


def _add_comment(item: ExportItem, element, position: int) -> None:
    fields = texts(element)
    record = clean(fields.get("comment_id")) or f"#{position + 1}"
    parent = clean(fields.get("comment_parent"))
    parent = None if parent in (None, "0") else parent
    approval = (fields.get("comment_approved") or "1").strip()
    comment_type = (fields.get("comment_type") or "").strip()
    if approval in LEFT_OUT_APPROVALS:
        item.left_out.add(record, parent, LEFT_OUT_APPROVALS[approval])
        return
    if comment_type not in COMMENT_KINDS:
        item.left_out.add(record, parent, f"of type {comment_type}")
        return
    shown = fields.get("comment_date")
    item.entries.append(Entry(
        record=record, parent=parent, paragraphs=html_paragraphs(fields.get("comment_content")),
        span=span_of(element), position=position, author=clean(fields.get("comment_author")),
        date=clean(shown), date_iso=_gmt(fields.get("comment_date_gmt")) or iso_moment(shown),
        kind=COMMENT_KINDS[comment_type],
    ))


def _gmt(text: str | None) -> str | None:
    """WordPress's GMT time as UTC; `0000-00-00 00:00:00` (never set) is no time."""
    moment = iso_moment(text)
    return moment + "Z" if moment and "T" in moment and not moment.endswith("Z") else None


__all__ = ["read_wxr", "FORMAT", "PLATFORM"]
