"""The comment count a page declares for its own article in structured data.

schema.org has said it three ways over the years: `commentCount`, an `interactionStatistic`
(an InteractionCounter whose `interactionType` is CommentAction, counted by
`userInteractionCount`) and the legacy `interactionCount` ("UserComments:12"). Each may be written
in JSON-LD, in microdata (`itemprop`) or in RDFa (`property`). Pages also describe other items
(related stories, a comment's own replies, the site itself), so a count is taken only where it
belongs to the page's article: in JSON-LD an article object of the page, in the markup the
article item that holds the page's headline.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse.html.dom import ancestors, squash

_LEGACY_COUNT = re.compile(r"^\s*UserComments\s*:\s*(\d+)\s*$", re.IGNORECASE)
_MAX_COUNT_DIGITS = 12  # `isdigit` admits "²" and `int` refuses 4,300 digits; no thread has a trillion comments
_THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f' ](?=\d{3}\b)")
# Markup (microdata, RDFa): the attribute naming a property, the one opening an item, the one typing it.
_MARKUP = (("itemprop", "itemscope", "itemtype"), ("property", "typeof", "typeof"))
_COUNT_NAMES = ("commentcount", "interactioncount", "interactionstatistic")
_MIN_HEADLINE_AGREEMENT = 0.5


def json_ld_count(obj: dict) -> int | None:
    """The comment count an article object declares, in any of the three forms, or None."""
    count = _number(obj.get("commentCount"))
    if count is not None:
        return count
    statistics = obj.get("interactionStatistic")
    for counter in statistics if isinstance(statistics, list) else [statistics]:
        if isinstance(counter, dict) and _is_comment_action(counter.get("interactionType")):
            count = _number(counter.get("userInteractionCount"))
            if count is not None:
                return count
    legacy = obj.get("interactionCount")
    for value in legacy if isinstance(legacy, list) else [legacy]:
        match = _LEGACY_COUNT.match(value) if isinstance(value, str) else None
        if match:
            return int(match.group(1))
    return None


def markup_count(tree: LexborHTMLParser, article_types: frozenset[str], title: set[str]) -> int | None:
    """The comment count microdata or RDFa gives the page's own article item, or None."""
    for prop, scope, kind in _MARKUP:
        counts = [(node, name) for node in tree.css(f"[{prop}]")
                  if (name := _local(node.attributes.get(prop))) in _COUNT_NAMES]
        if not counts:
            continue  # most pages: no item lookup at all
        articles = [item for item in tree.css(f"[{scope}]") if _item_types(item, kind) & article_types]
        for node, name in counts:
            owner = _owner(node, scope)
            if owner is None and prop == "itemprop":
                continue  # a microdata property outside any item belongs to nothing
            if owner is not None and not _is_own_article(owner, (prop, scope), articles, title):
                continue
            count = _markup_value(node, name, prop, scope)
            if count is not None:
                return count
    return None


def _markup_value(node: LexborNode, name: str, prop: str, scope: str) -> int | None:
    """The count one property states: its value, a legacy "UserComments:N", or a CommentAction
    counter item's userInteractionCount."""
    if name == "interactionstatistic":
        parts = {_local(part.attributes.get(prop)): part for part in node.css(f"[{prop}]")
                 if _same(_owner(part, scope), node)}
        action = parts.get("interactiontype")
        if action is None or not _is_comment_action(_value(action) or action.attributes.get("href")):
            return None
        counter = parts.get("userinteractioncount")
        return _number(_value(counter)) if counter is not None else None
    value = _value(node)
    if name == "interactioncount":
        match = _LEGACY_COUNT.match(value or "")
        return int(match.group(1)) if match else None
    return _number(value)


def _is_own_article(item: LexborNode, markup: tuple[str, str], articles: list[LexborNode], title: set[str]) -> bool:
    """Whether the item is the page's own article: an article by its type whose headline agrees
    with the page's title (a related story's card names its own story), or, without a headline,
    the page's only article item."""
    prop, scope = markup
    if not any(_same(item, article) for article in articles):
        return False
    headline = next((part for part in item.css(f"[{prop}]") if _local(part.attributes.get(prop)) in
                     ("headline", "name") and _same(_owner(part, scope), item)), None)
    if headline is None:
        return len(articles) == 1
    return headline_agrees(_value(headline) or "", title, _MIN_HEADLINE_AGREEMENT) is True


def headline_agrees(headline: str, title: set[str], share: float) -> bool | None:
    """Whether at least `share` of a headline's words are among the page title's (lower-cased)
    words; None for a headline without words, which says nothing either way."""
    words = set(re.findall(r"\w+", headline.lower()))
    return len(words & title) >= share * len(words) if words else None


def _same(node: LexborNode | None, other: LexborNode) -> bool:
    return node is not None and node.mem_id == other.mem_id


def _owner(node: LexborNode, scope: str) -> LexborNode | None:
    """The item a property belongs to: the nearest enclosing element that opens an item."""
    return next((parent for parent in ancestors(node) if scope in parent.attributes), None)


def _item_types(item: LexborNode, kind: str) -> set[str]:
    return {_local(name) for name in (item.attributes.get(kind) or "").split()}


def _local(name: str | None) -> str:
    """A property or type name without its vocabulary: "http://schema.org/Article" and
    "schema:Article" are "article"."""
    return re.split(r"[/#:]", (name or "").strip())[-1].lower()


def _value(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    attributes = node.attributes
    return attributes.get("content") or attributes.get("value") or squash(node.text())


def _is_comment_action(value) -> bool:
    if isinstance(value, dict):
        value = value.get("@type") or value.get("@id")
    return isinstance(value, str) and _local(value) == "commentaction"


def _number(value) -> int | None:
    """A count written as a number or as digits, thousands separators allowed."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value >= 0 and value.is_integer() else None
    if isinstance(value, str):
        digits = _THOUSANDS.sub("", value.strip())
        return int(digits) if digits.isdecimal() and len(digits) <= _MAX_COUNT_DIGITS else None
    return None
