"""Forum quote blocks as reply markers: "NAME said:" over a quote (vBulletin: "Originally Posted by
NAME") makes the post a reply to NAME's latest earlier post (XenForo, vBulletin, phpBB, Discourse
print the quoted author so)."""

from __future__ import annotations

import re
from collections import defaultdict

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse.html.comments.furniture import in_widget
from discourse.parse.html.comments.items import Found
from discourse.parse.html.comments.movabletype import generators
from discourse.parse.html.dom import ancestors, classes, ident, names, text_of

_SAID = re.compile(r"^(?P<name>.{1,60}?)\s+(?:said|wrote|schrieb|a écrit|escribió|disse)\s*:?(?:\s|$)", re.I)
# vBulletin's quote header: "Originally Posted by NAME" (the name alone in its element).
_POSTED_BY = re.compile(r"^(?:originally\s+)?(?:posted|written)\s+by\s+(?P<name>\S.{0,59}?)\s*$", re.I)
_QUOTES = "blockquote, .bbCodeQuote, .quote, [class*=quote]"


def quoted_author(node: LexborNode, others: set[int]) -> str | None:
    """The author named over the first quote in a post, or None."""
    for quote in node.css(_QUOTES):
        author = quote.attributes.get("data-author")
        if author:
            return author.strip()
        header = quote.css_first(".author, .bbCodeBlock-title, .attribution, cite, [class*=title], [class*=postedby]")
        text = text_of(header) if header is not None else text_of(quote)[:80]
        match = _SAID.match(text) or _POSTED_BY.match(text)
        if match:
            return match.group("name").strip()
        if header is not None and text:
            stripped = re.sub(r"\s*(said|wrote)\s*:?\s*$", "", text, flags=re.I).strip()
            if stripped and stripped != text:
                return stripped
    return None


def marker_parents(authors: list[str | None], named: list[str | None], parents: list[int | None],
                   override: bool = False) -> list[int | None]:
    """Parents from markers naming the answered author: where the markup gave none, or (override,
    for explicit "responded to NAME" markers) where the markup's parent is not by that author,
    as happens when a theme stops nesting at its depth limit."""
    out = list(parents)
    for i, name in enumerate(named):
        if not name:
            continue
        current = out[i]
        if current is not None and (not override or (authors[current] or "").lower() == name.lower()):
            continue
        earlier = [j for j in range(i) if authors[j] and authors[j].lower() == name.lower()]
        if earlier:
            out[i] = earlier[-1]
    return out


# --- a forum thread's posts as its comments -----------------------------------------------------------

# What forum software calls a post: an id "post-123"/"p123"/"post_123"/"msg123", or a class token.
# A post or comment numbered behind the engine's own prefix counts too (Invision's `elComment_N`).
_POST_ID = re.compile(r"^(?:post|p|postid|msg|message|reply|entry|js-post)[-_]?\d+$"
                      r"|^[a-z]+[-_]?(?:post|comment)[-_]\d+$")
_POST_CLASS = re.compile(r"^(?:post|message|forum-?post|topic-?post|postbit\w*|postcontainer|post-?item|bbp-reply"
                         r"|reply|bbp-topic|thread-?post|discussion-?post|forum-?message)$")
# What forum software is called, in a page's generator meta ("vBulletin 4.2", "phpBB").
_ENGINES = r"bbpress|xenforo|vbulletin|phpbb|mybb|smf|fluxbb|punbb|nodebb|flarum"  # names no other word has
_FORUM_SOFTWARE = re.compile(rf"\b(?:{_ENGINES}|discourse|invision|vanilla|discuz|simple machines)\b", re.I)
# The credit a forum engine prints at the page's foot ("Powered by MyBB", "SMF 2.1.4 © 2023",
# "Powered by Invision Community"): the engine names itself there on every thread page. The credit
# opens an element of its own and names the engine alone: "Our reader forum is powered by phpBB"
# is a news page's link to its forum. Names that are ordinary words count only with "forum" or
# "community" ("Vanilla Media Group ©", "Comments powered by Discourse" are no forum's own foot).
_CREDIT_PLACES = "footer, #footer, [id*=copyright], [class*=copyright], [id*=footer], [class*=footer]"
_ENGINE = rf"(?:{_ENGINES}|discuz!?|simple machines(?: forum)?|(?:discourse|vanilla|invision)\s+(?:forums?|community))"
_CREDIT = re.compile(rf"^(?:powered\s+by\s+(?:the\s+)?{_ENGINE}(?:\s+[a-z]?\d[\w.]*)?(?:\s+forum\s+software)?\s*"
                     rf"(?:$|[^\w\s])|{_ENGINE}\s*(?:v?\d[\d.]*\s*)?(?:©|\(c\)))", re.I)
# Words that say the page is a discussion, as whole parts of its class, id or template name.
_FORUM_WORDS = frozenset({"forum", "forums", "thread", "threads", "topic", "topics", "viewtopic", "showthread",
                          "viewthread", "board", "boards", "discussion", "discussions", "bbpress", "xenforo",
                          "vbulletin", "phpbb", "discourse", "mybb", "smf", "fluxbb", "punbb"})
_THREAD_WORDS = frozenset({"thread", "topic", "viewtopic", "showthread", "viewthread"})
# A part after the forum word may only name the page's kind ("thread_view", "forum-index"): any
# other ("topic-transport", a category's class) says which topic, not that the page is a thread.
_PAGE_KINDS = frozenset({"view", "page", "index", "display", "show", "list", "template", "body", "single"})
_POST_AUTHOR = re.compile(r"author|user|poster|member|name|by\b", re.I)
_POST_DATE = re.compile(r"date|time|posted|when|ago", re.I)
_MIN_POSTS = 3
_MAX_CREDIT_TEXT = 2000  # a page's foot is short: a longer box named "footer" wraps the page (SMF's "footerfix")
_MAX_CREDIT_PLACES = 3  # the page's foot is among the last outermost such boxes (posts may have footers too)
_MAX_CREDIT_ELEMENTS = 200  # a foot's last elements, read for a credit (it closes the page)
_MIN_POST_WORDS = 8
_MAX_LINK_SHARE = 0.5
_COMMENT_PLACE = re.compile(r"comment|kommentar|respons|reaction", re.I)


def find_forum_posts(tree: LexborHTMLParser, order: dict[int, int]) -> Found | None:
    """The posts of a forum thread after its opening post (which is the page's article), where the
    page calls itself a discussion and the posts repeat in one shape, each with an author and a
    date. None on other pages."""
    body = tree.body
    if body is None or not _is_discussion(tree):
        return None
    families: dict[str, list[LexborNode]] = defaultdict(list)
    for node in body.traverse(include_text=False):
        if node.tag in ("a", "span", "img", "form", "ul", "ol", "p", "table", "tbody", "body", "html"):
            continue
        keys = [f"{node.tag}.{token}" for token in classes(node) if _POST_CLASS.match(token)]
        if _POST_ID.match(ident(node)):
            keys.append(f"{node.tag}#id")
        for key in keys:
            families[key].append(node)
    best: list[LexborNode] = []
    widgets: dict[int, bool] = {}  # posts in a sidebar or a "related" box are other pages'
    for nodes in families.values():
        ids = {node.mem_id for node in nodes}
        outer = [node for node in nodes if not any(a.mem_id in ids for a in ancestors(node))
                 and not in_widget(node, widgets)]
        signed = [node for node in outer if _signed(node, names)]
        if signed and not _worded(signed):
            continue
        if len(signed) >= _MIN_POSTS and len(signed) >= 0.8 * len(outer) and len(signed) > len(best):
            best = signed
    if not best:
        return None
    posts = sorted(best, key=lambda n: order.get(n.mem_id, 0))
    # Posts in a comment section under an article (forum-backed comments) all answer the article;
    # in a thread page the first post opens the thread and is the page's article.
    from discourse.parse.html.comments.section import region

    container = region(posts)
    place = [container, *list(ancestors(container))[:3]] if container is not None else []
    if any(_COMMENT_PLACE.search(names(node)) for node in place) and not _shows_one_thread(tree):
        return Found("forum", posts)
    return Found("forum", posts[1:], opening=posts[0])


def _is_discussion(tree) -> bool:
    """The page says it is a forum thread: forum software as its generator, schema.org's
    DiscussionForumPosting, or the page's own class, id or template ("section-viewtopic",
    "thread_view", "bbpress"). Words deeper in the page do not count: "thread" and
    "discussion" name comment lists on every blog."""
    if any(_FORUM_SOFTWARE.search(made_by) for made_by in generators(tree)):
        return True
    if tree.css_first('[itemtype*="DiscussionForumPosting"], [typeof*="DiscussionForumPosting"]') is not None:
        return True
    return any(_names_a_discussion(token) for token in _page_tokens(tree)) or _credits_forum_software(tree)


def _page_tokens(tree: LexborHTMLParser) -> list[str]:
    """What the page calls itself: the class and id tokens of its `html` and `body` ("section-viewtopic"),
    and whole values of the attributes that name its template or controller (Invision's
    `data-pageController="topic"`). Other `data-page*` attributes hold free text (a title, a
    section's name) whose words say nothing of the page's kind."""
    tokens = []
    for node in (tree.css_first("html"), tree.body):
        if node is not None:
            attributes = node.attributes
            tokens += " ".join(attributes.get(key) or "" for key in ("class", "id")).lower().split()
            tokens += [value.strip().lower() for key in _PAGE_KIND_ATTRIBUTES if (value := attributes.get(key))]
    return tokens


_PAGE_KIND_ATTRIBUTES = ("data-pagecontroller", "data-pagemodule", "data-page", "data-template")


def _shows_one_thread(tree: LexborHTMLParser) -> bool:
    """The page calls itself one thread's view ("viewtopic", "thread_view", a `topic` controller),
    not a forum or a page with comments: its first post opens the thread, even where the engine
    names the posts' box "comments" (Invision does)."""
    return any(_THREAD_WORDS & set(re.split(r"[-_]+", token)) for token in _page_tokens(tree)
               if _names_a_discussion(token))


def _credits_forum_software(tree: LexborHTMLParser) -> bool:
    """The page's foot credits forum software ("Powered by MyBB", "SMF 2.1.4 © 2023"): engines
    that name no generator in the head still sign every page they print so."""
    for place in _feet(tree):
        for element in list(place.traverse(include_text=False))[-_MAX_CREDIT_ELEMENTS:]:
            if _CREDIT.match(text_of(element)[:_MAX_CREDIT_TEXT]):
                return True
    return False


def _feet(tree: LexborHTMLParser) -> list[LexborNode]:
    """The last few outermost short boxes named for the page's foot or its copyright line: the
    site's foot comes after the posts, which may each have a footer of their own."""
    places = [place for place in tree.css(_CREDIT_PLACES) if len(text_of(place)) <= _MAX_CREDIT_TEXT]
    ids = {place.mem_id for place in places}
    return [place for place in places if not any(up.mem_id in ids for up in ancestors(place))][-_MAX_CREDIT_PLACES:]


def _names_a_discussion(token: str) -> bool:
    """A class or id token that calls the page a discussion: a forum word as its last part
    ("section-viewtopic", "page-forum") or followed only by the page's kind ("thread_view");
    never a part of a longer word ("leaderboard", "has-onboarding") nor a topic's name
    ("topic-transport")."""
    parts = [part for part in re.split(r"[-_]+", token) if part]
    for i, part in enumerate(parts):
        if part in _FORUM_WORDS and all(rest in _PAGE_KINDS for rest in parts[i + 1:]):
            return True
    return False


def _worded(posts: list[LexborNode]) -> bool:
    """Posts that say something: a few words each on average, mostly not link text (a grid of
    other stories, each a linked title with its author and date, is not a thread)."""
    words = links = 0
    for post in posts:
        words += len(text_of(post).split())
        links += sum(len(text_of(a).split()) for a in post.css("a"))
    return words >= _MIN_POST_WORDS * len(posts) and links <= _MAX_LINK_SHARE * words


def _signed(node: LexborNode, names) -> bool:
    """A post shows who wrote it and when: an author element and a date (element or text)."""
    from discourse.parse import patterns

    has_author = has_date = False
    for part in node.traverse(include_text=False):
        if part.mem_id == node.mem_id:
            continue
        marks = names(part)
        attrs = part.attributes
        if not has_author and ((attrs.get("itemprop") or "").lower() in ("author", "creator") or (
                marks and _POST_AUTHOR.search(marks))):
            has_author = True
        if not has_date and (part.tag == "time" or (marks and _POST_DATE.search(marks))):
            has_date = True
        if has_author and has_date:
            return True
    return has_author and bool(patterns.timestamps(text_of(node)[:600]))
