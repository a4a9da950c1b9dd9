"""What a page says about itself in machine-readable form: JSON-LD, <meta> tags, microdata.

These are candidates, not answers: `discourse.parse.html.article` weighs them against what the
page shows (its headline, its byline), since sites often put the site name or a Facebook URL
where the author belongs, or an SEO title where the headline belongs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from discourse.parse.html.bylines import CATALOGUE_FIELDS, declared_author, page_language
from discourse.parse.html.declared_count import headline_agrees, json_ld_count, markup_count
from discourse.parse.html.dom import ancestors, squash

ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle",
                           "analysisnewsarticle", "webpage", "posting", "socialmediaposting", "liveblogposting",
                           "discussionforumposting", "techarticle", "scholarlyarticle", "report", "review"})
_NOT_A_NAME = re.compile(r"^(null|none|undefined|admin@.*|https?://.*|www\..*|@.*)$", re.I)
_JSON_FIELD = re.compile(r'"(?P<key>headline|datePublished|name)"\s*:\s*"(?P<value>[^"]{1,400})"')


@dataclass
class PageMetadata:
    """Candidates per field, each as (value, evidence), best evidence first."""

    titles: list[tuple[str, str]] = field(default_factory=list)
    authors: list[tuple[str, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    outlets: list[tuple[str, str]] = field(default_factory=list)
    comments: list[dict] = field(default_factory=list)  # schema.org Comment objects from JSON-LD
    comment_count: int | None = None  # the count the article's structured data declares (`declared_count`)
    language: str | None = None  # the page's declared language, two letters
    # Authors JSON-LD types as a Person (lower case): a personal blog is named after its writer,
    # so such a name is the author even where it is also the site's name.
    persons: set[str] = field(default_factory=set)


def read_metadata(tree: LexborHTMLParser) -> PageMetadata:
    found = PageMetadata(language=page_language(tree))
    objects = _json_ld_objects(tree)
    # A graph (Yoast, Rank Math and most SEO plugins) names the article's author by reference:
    # "author": {"@id": "…#/schema/person/1"}, with the Person elsewhere in the graph.
    index = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    # A page may describe other articles too (related stories, a carousel): the one whose headline
    # the page's title agrees with is this page's, and its fields come first.
    # A comment count is taken only from an article of the page's own, even where it is the only one.
    headlines = sum(1 for obj in objects if isinstance(obj.get("headline"), str) and _types(obj) & ARTICLE_TYPES)
    page_title = _page_title(tree)
    title = page_title if headlines > 1 else set()
    for obj in sorted(objects, key=lambda obj: _another_article(obj, title)) if title else objects:
        _take_json_ld(obj, found, index, own=not _another_article(obj, page_title))
    if not found.comments:
        # A graph may list its comments as nodes of their own (each naming its article or the
        # comment it answers by `parentItem`), not inside the article.
        found.comments = [obj for obj in objects if "comment" in _types(obj)]
    _take_meta_tags(tree, found, found.language)
    _take_microdata(tree, found)
    if found.comment_count is None:
        found.comment_count = markup_count(tree, ARTICLE_TYPES, page_title)
    return found


_MIN_TITLE_AGREEMENT = 0.3


def _page_title(tree: LexborHTMLParser) -> set[str]:
    """The words of the page's <title> and og:title."""
    texts = [tree.css_first("title"), tree.css_first('meta[property="og:title"]')]
    words: set[str] = set()
    for node in texts:
        if node is not None:
            words |= set(re.findall(r"\w+", (node.attributes.get("content") or node.text() or "").lower()))
    return words


def _another_article(obj: dict, title: set[str]) -> bool:
    """An article object whose headline shares little with the page's title: another story's."""
    headline = obj.get("headline")
    if not title or not isinstance(headline, str) or not _types(obj) & ARTICLE_TYPES:
        return False
    return headline_agrees(headline, title, _MIN_TITLE_AGREEMENT) is False


def _json_ld_objects(tree: LexborHTMLParser) -> list[dict]:
    objects: list[dict] = []
    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text() or ""
        try:
            data = json.loads(raw)
        except RecursionError:
            data = None  # nested past any real page's data: not read
        except ValueError:
            # Hand-written JSON-LD is often invalid (unquoted values, trailing commas): keep
            # the quoted fields that can still be read.
            fields = {m.group("key"): m.group("value") for m in _JSON_FIELD.finditer(raw)}
            data = {"@type": "Article", **fields} if "headline" in fields else None
        objects.extend(_flatten(data))
    return objects


def _flatten(data) -> list[dict]:
    """The objects of a JSON-LD value: itself, its graph's nodes and the page's main entity (a
    `WebPage` whose `mainEntity` is the article), in document order. An explicit stack, since a
    hostile block may nest `mainEntity` or `@graph` hundreds deep; objects deeper than
    `_MAX_JSON_LD_DEPTH` are not read (real pages nest two or three)."""
    found: list[dict] = []
    pending = [(data, 0)]
    while pending:
        value, depth = pending.pop()
        if depth > _MAX_JSON_LD_DEPTH:
            continue
        if isinstance(value, list):
            pending.extend((item, depth + 1) for item in reversed(value))
        elif isinstance(value, dict):
            found.append(value)
            pending.extend((value.get(key), depth + 1) for key in ("mainEntity", "@graph"))
    return found


_MAX_JSON_LD_DEPTH = 32


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower().rsplit("/", 1)[-1] for k in kinds if k}


def _take_json_ld(obj: dict, found: PageMetadata, index: dict[str, dict] | None = None, own: bool = True) -> None:
    """An article object's candidates; its comment count only if it is the page's own (`own`)."""
    kinds = _types(obj)
    if not kinds & ARTICLE_TYPES:
        return
    label = "json-ld"
    for key in ("headline", "name"):
        if isinstance(obj.get(key), str) and squash(obj[key]) and "webpage" not in kinds:
            found.titles.append((squash(obj[key]), f"{label} {key}"))
    # schema.org's `creator` is the wider property `author` narrows: Medium declares only it.
    role = "author" if obj.get("author") else "creator"
    for name, organisation, person in _authors(obj.get(role), index):
        found.authors.append((declared_author(name, found.language),
                              f"{label} {role}" + (" (an organization)" if organisation else "")))
        if person:
            found.persons.add(declared_author(name, found.language).lower())
    for key in ("datePublished", "dateCreated"):
        if isinstance(obj.get(key), str):
            found.dates.append((obj[key], f"{label} {key}"))
    for name in _names(obj.get("publisher"), index):
        found.outlets.append((name, f"{label} publisher"))
    if found.comment_count is None and own:
        found.comment_count = json_ld_count(obj)
    comments = obj.get("comment")
    if isinstance(comments, dict):
        comments = [comments]
    if isinstance(comments, list):
        # A comment named by reference ({"@id": "#comment-7"}) is the node of that id in the graph.
        found.comments.extend(index.get(c["@id"], c) if index and set(c) == {"@id"} and isinstance(c["@id"], str)
                              else c for c in comments if isinstance(c, dict))


_ORGANISATIONS = frozenset({"organization", "newsmediaorganization", "corporation", "newsorganization"})


def _authors(value, index: dict[str, dict] | None = None) -> list[tuple[str, bool, bool]]:
    """The author names of a JSON-LD value, each with whether it is typed as an organisation (a
    desk or agency credited in the metadata while the page's byline names the person who wrote it)
    and whether as a person."""
    out: list[tuple[str, bool, bool]] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and index and isinstance(item.get("@id"), str):
            item = index.get(item["@id"], item)
        kinds = _types(item) if isinstance(item, dict) else set()
        out.extend((name, bool(kinds & _ORGANISATIONS), "person" in kinds) for name in _names(item, index))
    return out


def _names(value, index: dict[str, dict] | None = None) -> list[str]:
    """Person or organisation names from a JSON-LD author/publisher value (string, object, list, or
    a reference by @id to an object elsewhere in the page's graphs)."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item, index)]
    if isinstance(value, dict):
        if "name" not in value and index and isinstance(value.get("@id"), str):
            value = index.get(value["@id"], value)
        value = value.get("name")
    if isinstance(value, str):
        name = squash(value)
        return [name] if name and not _NOT_A_NAME.match(name) else []
    return []


# Meta names, best first, per field. Property and name are both looked at.
_META = {
    "titles": ("og:title", "twitter:title", "parsely-title", "cxenseparse:title", "sailthru.title", "dc.title",
               "title", "headline"),
    "authors": ("author", "article:author", "parsely-author", "cxenseparse:author", "sailthru.author", "dc.creator",
                "byl", "dcterms.creator", "citation_author"),
    "dates": ("article:published_time", "datepublished", "pub_date", "parsely-pub-date", "sailthru.date",
              "dc.date", "dcterms.date", "date", "publishdate", "item-publish-date", "og:published_time",
              "dc.date.issued", "cxenseparse:recs:publishtime"),
    "outlets": ("og:site_name", "application-name", "publisher"),
}


def _take_meta_tags(tree: LexborHTMLParser, found: PageMetadata, language: str | None = None) -> None:
    values: dict[str, str] = {}
    for meta in tree.css("meta[content]"):
        attrs = meta.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower().strip()
        key = key.rsplit("#", 1)[-1] if key.startswith("http") else key  # RDFa: http://ogp.me/ns#title
        if key.startswith("http"):
            continue
        content = squash(attrs.get("content"))
        if key and content and key not in values:
            values[key] = content
    for slot, keys in _META.items():
        bucket = getattr(found, slot)
        for key in keys:
            value = values.get(key) or values.get(key.split(":")[-1] if key.startswith("og:") else "")
            if slot == "authors" and value:
                value = declared_author(value, language, key in CATALOGUE_FIELDS)  # NYT's "byl": "By Jane Doe"
            if value and not (slot in ("authors", "outlets") and _NOT_A_NAME.match(value)):
                bucket.append((value, f"meta {key}"))


def _take_microdata(tree: LexborHTMLParser, found: PageMetadata) -> None:
    headline = tree.css_first("[itemprop=headline]")
    if headline is not None:
        text = squash(headline.attributes.get("content") or headline.text())
        if text:
            found.titles.append((text, "microdata headline"))
    author = _article_microdata_author(tree)
    if author:
        found.authors.append((declared_author(author, found.language), "microdata author"))
    published = tree.css_first("[itemprop=datePublished]")
    if published is not None:
        value = published.attributes.get("content") or published.attributes.get("datetime") or published.text()
        if value:
            found.dates.append((squash(value), "microdata datePublished"))


def _article_microdata_author(tree: LexborHTMLParser) -> str | None:
    """The name the article's microdata declares as its author (Joomla's "Written by" in
    `itemprop=author`): a CMS's `meta author` is often the account that posted the page ("Super
    User", "admin"), not the writer. A comment's author is the comment's, not the article's."""
    for node in tree.css("[itemprop~=author]"):
        scope = next((up for up in ancestors(node) if "itemscope" in up.attributes), None)
        if scope is None or not _types({"@type": (scope.attributes.get("itemtype") or "").split()}) & ARTICLE_TYPES:
            continue
        named = node.css_first("[itemprop~=name]")
        value = (named.attributes.get("content") or named.text()) if named is not None else (
            node.attributes.get("content") or node.text())
        return squash(value) or None
    return None
