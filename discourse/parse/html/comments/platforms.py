"""Comments marked up by the conventions of comment platforms and CMS themes.

WordPress (`li.comment`, `li.pingback`, ids `comment-N`, `ol.children`, `depth-N`), Drupal
(`div.comment` + `div.indented`), Blogger (`li.comment` in `div.comment-thread`, with
`div.comment-block` and `cite.user`), Disqus's static fallback (`#dsq-comments li`), Thesis
(`dt.comment` + `dd`, read as WordPress, which Thesis is a theme of) and the many themes built on
the same words all call a comment a "comment": an element whose class is `comment` (or
`*-comment`, `comment-item`, `comment-main`, …) or whose id is `comment-N`, or an item of a list
named for comments that is named nothing itself (Joomla K2's `ul.itemCommentsList > li.even`). Several elements of
one comment usually match (the `li` and the `article` inside it): the family that occurs most
often wins, and of families about as frequent, the outermost. The platform is named from the
generator meta first, then from the marks around the first comment; WordPress only by its own marks
or paths (or, in a saved page, its classic template's "says:" and `commentmetadata` with the words it
shares with other themes), as Substack and many themes name their lists `comment-list` too. Movable Type's signed
comments have their own reader (`movabletype`); Cackle's list for readers without scripts (`#cackle-comments`) is
`cackle-static`; LiveJournal and Dreamwidth are named by their
`ljuser` signature and their `b-leaf`/`b-tree-twig`/`dwexpcomment` wrappers; a Movable Type page it finds no signature on
(Movable Type 4 and later sign with a byline in `.asset-meta`) is still named `movabletype`
here, by its generator or that byline block.
"""

from __future__ import annotations

import re
from collections import defaultdict

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse import patterns
from discourse.parse.html.comments.furniture import in_widget, is_comment_form
from discourse.parse.html.comments.items import REPLY_CLASS, Found
from discourse.parse.html.comments.movabletype import SOURCE, generators, made_by_movable_type
from discourse.parse.html.dom import ancestors, classes, css_for_words, element_children, ident, names, select

_ITEM_CLASS = re.compile(r"^(?:[a-z0-9]+[-_])*(?:comment|pingback|trackback)(?:[-_](?:item|main|entry|container|wrapper"
                         r"|single|unit|post|block|box|card|li))?$")
_ITEM_ID = re.compile(r"^(?:[a-z]+[-_])*comment[-_]?(?:item[-_]|wrapper[-_]|container[-_])?(?P<number>\d+)$")
_LINKBACK = re.compile(r"^(pingback|trackback)$")
_NOT_ITEM_TAGS = frozenset({"a", "span", "img", "input", "textarea", "form", "button", "script", "style", "label",
                            "small", "em", "strong", "b", "i", "time", "p", "h1", "h2", "h3", "h4", "h5", "h6",
                            "section", "body", "html", "ol", "ul", "header", "footer", "nav", "iframe", "cite"})
# Blogger's own names around a comment (its `comments-content` and `comment-content` are
# Movable Type's names too, so they say nothing).
_BLOGGER_MARKS = re.compile(r"(?:^|\s)(?:comment-thread|comment-block|comment-holder|blogger[-\w]*)(?:$|\s)")
# LiveJournal's and Dreamwidth's (its fork's) names around a comment; both sign it with `span.ljuser`.
_LIVEJOURNAL_MARKS = re.compile(r"(?:^|\s)(?:dwexpcomment|b-leaf|b-tree-twig)(?:$|\s)")
# A list named as the list of comments ("commentlist", "comments-list", K2's "itemCommentsList"):
# its items are the comments, though they carry no name of their own (K2's `li.even`, `li.odd`).
# The whole class token or id only: "comments-list-sort" holds a thread's sorting tabs.
_COMMENT_LIST = re.compile(r"(?:^|\s)(?:item)?comments?[-_]?list(?:$|\s)")
_MIN_LISTED_WORDS = 8  # a listed comment says a sentence; a tab or a headline's link is shorter or mostly linked
_MAX_LISTED_LINK_SHARE = 0.5
_SIMILAR = 0.8
_MIN_WORDS = 3
# "recent" names a widget only with what it lists ("recent-comments", "recentposts"): a thread's own
# "most recent first" list is called so too.
_WIDGET = re.compile(r"sidebar|recent[-_]?(?:comments?|posts?|entries|articles|activity)|popular|related|trending|footer|(?:^|[-_\s])aside(?:$|[-_\s])")


def find_by_convention(tree: LexborHTMLParser, order: dict[int, int]) -> Found | None:
    body = tree.body
    if body is None:
        return None
    families: dict[str, list[LexborNode]] = defaultdict(list)
    for node in select(body, css_for_words(["comment", "pingback", "trackback"])):
        tag = node.tag
        if tag in _NOT_ITEM_TAGS:
            continue
        for family in _families(node):
            families[family].append(node)
    named = {node.mem_id for nodes in families.values() for node in nodes}
    for listed in select(body, "ul, ol"):
        if _COMMENT_LIST.search(names(listed)):  # items named for nothing (WordPress's are `li.comment`, read above)
            items = [child for child in element_children(listed) if child.tag == "li" and child.mem_id not in named]
            if sum(map(_says_or_is_dated, items)) * 2 > len(items):
                families["listed"].extend(items)
        elif "comment" in names(listed):
            _with_marked_replies(listed, named, families)
    widgets: dict[int, bool] = {}
    families = {key: kept for key, nodes in families.items() if (kept := _plausible(nodes, widgets))}
    if not families:
        return None
    most = max(len(nodes) for nodes in families.values())
    close = [key for key, nodes in families.items() if len(nodes) >= _SIMILAR * most]
    # Of families about as frequent: the outermost, then the one whose members carry comment ids
    # (a platform's template or "view all" element shares the class but has no id).
    chosen = min(close, key=lambda key: (round(_mean_depth(families[key]), 1), -_numbered(families[key]),
                                         -len(families[key])))
    nodes = sorted(_with_linkbacks(families[chosen], families), key=lambda n: order.get(n.mem_id, 0))
    extra: dict[int, list[LexborNode]] = {}
    for node in nodes:
        following = _next_element(node) if node.tag == "dt" else None
        if following is not None and following.tag == "dd":  # Thesis/Movable Type: name in dt, text in dd
            extra[node.mem_id] = [following]
    return Found(_platform(tree, nodes), nodes, extra)


def _with_marked_replies(listed: LexborNode, named: set[int], families: dict[str, list[LexborNode]]) -> None:
    """A list of comments whose replies are items marked only as replies (`li.reply` beside
    `li.comment` in a static blog's `ol.comments`): the replies join their named siblings' family."""
    items = [child for child in element_children(listed) if child.tag == "li"]
    replies = [item for item in items
               if item.mem_id not in named and any(REPLY_CLASS.match(token) for token in classes(item))]
    if not replies:
        return
    siblings = {item.mem_id for item in items if item.mem_id in named}
    for nodes in families.values():
        if any(node.mem_id in siblings for node in nodes):
            nodes.extend(replies)


def _says_or_is_dated(item: LexborNode) -> bool:
    """A list item that reads as a comment: text mostly not links, a sentence's worth of it or a
    date (a "most commented" box lists linked headlines, a sorting bar short tabs)."""
    text = item.text() or ""
    words = len(text.split())
    linked = sum(len((a.text() or "").split()) for a in item.css("a"))
    return linked <= _MAX_LISTED_LINK_SHARE * words and (
        words >= _MIN_LISTED_WORDS or bool(patterns.timestamps(text[:_MAX_DATED_CHARS])))


_MAX_DATED_CHARS = 600  # a comment's date sits near its start


def _families(node: LexborNode) -> list[str]:
    out = [f"{node.tag}.{token}" for token in classes(node) if _ITEM_CLASS.match(token)]
    out = [re.sub(r"(pingback|trackback)", "comment", key) for key in out]
    number = _ITEM_ID.match(ident(node))
    if number:
        out.append(f"{node.tag}#" + _ITEM_ID.sub(lambda m: m.group(0).replace(m.group("number"), "N"), ident(node)))
    return out


def _plausible(nodes: list[LexborNode], widgets: dict[int, bool]) -> list[LexborNode]:
    """Members that can be comments: not the comment form (`is_comment_form`: a short comment with
    its own reply box is still a comment), not in a sidebar widget ("recent comments"), and the
    family mostly holds words (not bare comment counters)."""
    forms: dict[int, bool] = {}
    kept = [node for node in nodes if not is_comment_form(node, forms) and not in_widget(node, widgets, _WIDGET)]
    worded = sum(1 for node in kept if len((node.text() or "").split()) >= _MIN_WORDS)
    return kept if kept and worded >= len(kept) / 2 else []


def _numbered(nodes: list[LexborNode]) -> float:
    return sum(1 for node in nodes if re.search(r"\d", ident(node))) / len(nodes)


def _mean_depth(nodes: list[LexborNode]) -> float:
    sample = nodes[:20]
    return sum(sum(1 for _ in ancestors(n)) for n in sample) / len(sample)


def _with_linkbacks(nodes: list[LexborNode], families: dict[str, list[LexborNode]]) -> list[LexborNode]:
    """Pingbacks and trackbacks sit in the same list as the comments, often with other classes."""
    lists = {node.parent.mem_id for node in nodes if node.parent is not None}
    tag = nodes[0].tag
    chosen = {node.mem_id for node in nodes}
    extra = [node for family in families.values() for node in family
             if node.mem_id not in chosen and node.tag == tag and node.parent is not None
             and node.parent.mem_id in lists and any(_LINKBACK.match(t) for t in classes(node))]
    return [*nodes, *{node.mem_id: node for node in extra}.values()]


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and (not sibling.tag or sibling.tag[0] == "-"):
        sibling = sibling.next
    return sibling


def _platform(tree: LexborHTMLParser, nodes: list[LexborNode]) -> str:
    """Which platform's markup this is, for `comments.source`: the generator meta says it where it
    names one, else the marks on, around and just inside the first comment (Blogger's
    `comment-block` is the comment's child)."""
    first = nodes[0]
    marks = " ".join([ident(first), *classes(first)] + [f"{ident(a)} {' '.join(classes(a))}"
                                                        for a in list(ancestors(first))[:6]])
    if "dsq-" in marks:
        return "disqus-static"
    if "cackle-" in marks:
        return "cackle-static"
    made_by = " ".join(generators(tree)).lower()  # every generator meta: a plugin may print its own first
    if made_by_movable_type(tree) or first.css_first(".asset-meta") is not None:  # Movable Type 4's byline block
        return SOURCE
    inside = " ".join(f"{ident(n)} {' '.join(classes(n))}" for n in element_children(first))
    if _LIVEJOURNAL_MARKS.search(marks) or first.css_first(".ljuser") is not None:
        return "livejournal"
    if "blogger" in made_by or _BLOGGER_MARKS.search(f"{marks} {inside}"):
        return "blogger"
    if "drupal" in made_by or (tree.css_first(".indented") is not None and first.tag in ("div", "article")):
        return "drupal"
    if "wordpress" in made_by or _made_by_wordpress(tree, f"{marks} {inside}") or _classic_wordpress_comment(first):
        return "wordpress"
    return "comment-markup"


# The marks WordPress's own comment template prints (`wp_list_comments`: `depth-N`, `li-comment-N`,
# `div-comment-N`, `thread-even`, `bypostauthor`, `comment-reply-link`, its `wp-` prefix). "comment-list",
# "commentlist", "children" and a list item are every theme's and platform's words (Substack's too).
_WORDPRESS_MARKS = re.compile(r"depth-\d|li-comment|div-comment|thread-(?:even|odd|alt)|bypostauthor"
                              r"|comment-reply-link|(?:^|\s)wp-")
# The paths only WordPress serves the page's own styles, scripts and comment form from (a picture may come
# from any WordPress site, so pictures say nothing).
_WORDPRESS_PATHS = ('link[href*="/wp-content/"], link[href*="/wp-includes/"], link[href*="/wp-json/"], '
                    'script[src*="/wp-content/"], script[src*="/wp-includes/"], form[action*="wp-comments-post"]')


def _made_by_wordpress(tree: LexborHTMLParser, marks: str) -> bool:
    """WordPress's own marks around the first comment, or its paths in the page's own head and form."""
    return bool(_WORDPRESS_MARKS.search(marks)) or tree.css_first(_WORDPRESS_PATHS) is not None


# The words of WordPress's classic comment template (Kubrick's, and the themes built on its markup) that
# other templates borrow: with one of its own, they name WordPress in a saved page whose own paths no longer
# lead to "/wp-content/".
_CLASSIC_WORDPRESS_SHARED = (".comment-author.vcard", ".comment-body")
_MIN_CLASSIC_MARKS = 3


def _classic_wordpress_comment(first: LexborNode) -> bool:
    """The first comment carries WordPress's classic template: a mark of its own ("NAME says:", after
    the commenter's `cite` or as `span.says`; `commentmetadata`) and with it at least three of its marks
    in all (with `comment-author vcard`, `comment-body`, the list `ol.commentlist`). A theme that
    borrows the shared words ("comment-body", "commentlist") is not named WordPress by them."""
    own = (first.css_first(".says") is not None or _says_after_name(first)) + (
        first.css_first(".commentmetadata") is not None)
    if not own:
        return False
    shared = sum(first.css_first(selector) is not None for selector in _CLASSIC_WORDPRESS_SHARED)
    listed = first.parent is not None and "commentlist" in classes(first.parent)
    return own + shared + listed >= _MIN_CLASSIC_MARKS


def _says_after_name(comment: LexborNode) -> bool:
    """The commenter's `cite` followed by "says:" (Kubrick's "<cite>Jane</cite> Says:")."""
    return any((cite.next is not None and cite.next.tag == "-text"
                and (cite.next.text_content or "").strip().lower().startswith("says"))
               for cite in comment.css("cite"))
