"""The comment section around the comments: its header and declared count, whether commenting is
open or closed, and whether the comments are loaded only by a script (so absent from the page).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse import patterns
from discourse.parse.comments import declared_count
from discourse.parse.html.comments.furniture import in_widget
from discourse.parse.html.dom import ancestors, names, select, squash, text_of, url_parts, within
from discourse.parse.html.stories import OwnPage, another_page_of_the_site

_HEADER_NODES = ("h1, h2, h3, h4, h5, h6, [class*=comment][class*=title], [class*=comment][class*=count], "
                 "[class*=comments-header], [id*=comments-title], [class*=comment][class*=number], "
                 "[class*=comments] > header, [class*=comment][class*=head], .comments_intro, legend, "
                 "[class*=subtitle], [class*=responses]")
_MAX_HEADER = 120
_ANY_HEADER = patterns.lowercase_matcher(patterns.COMMENT_HEADER, patterns.COUNT_AFTER_HEADER,
                                         patterns.BARE_COMMENT_HEADER)
_FORM = ('form#commentform, form.comment-form, form[action*="comment"], textarea[name="comment"], '
         'textarea[id*="comment"], #respond form, .comment-respond')
# Comment embeds that a script fills in after the page loads.
_EMBEDS = ('#disqus_thread, [class*="fb-comments"], [data-href*="comments"], [class*="coral"], [id*="coral"], '
           '[class*="viafoura"], [class*="vf-conversations"], [class*="vf-comments"], [id*="livefyre"], '
           '[class*="livefyre"], [class*="comments-loader"], [id*="spot-im"], [class*="spotim"], '
           '[data-spotim-module], [class*="openweb"], [id*="hyvor"], [class*="commento"], [id*="commento"], '
           '[class*="insticator"], [class*="talk-embed"], [class~="giscus"], [class~="utterances"], '
           '[data-ghost-comments], #cusdis_thread, #graphcomment, #vuukle-comments, #idc-container, '
           'talkyard-comments, [class*="talkyard-comments"], .squarespace-comments, #hypercomments_widget, '
           '#anycomment-root')
# AnyComment by its own names ("cdn.anycomment.io", "AnyComment.WP", "anycomment-root"), not a page's "anyComments".
_EMBED_SCRIPTS = re.compile(r"disqus\.com/embed\.js|disqus_shortname|coral(?:project|talk)|viafoura|livefyre"
                            r"|spot\.im|facebook\.net/[^\"']*sdk[^\"']*|fb-comments|commento|hyvor|giscus\.app|utteranc\.es"
                            r"|comments-ui|cusdis|graphcomment|vuukle|intensedebate|talkyard|hypercomments\.com"
                            r"|cackle\.me|cackle_widget|anycomment[-_.]", re.I)


# Links to other pages of a thread: WordPress's comment-page-N and cpage, paged comment navigation
# blocks, and "Older comments" links. A page that has them shows only part of its declared count.
_PAGE_HREF = re.compile(r"comment-page-\d|[?&](?:cpage|comments?_?page|commentpage|cp)=\d", re.I)
_ONE_COMMENT = re.compile(r"#(?:comment|div-comment|li-comment)-?\d", re.I)
_PAGE_NAV = ('[class*="comment"][class*="nav"], [class*="comment"][class*="pagin"], [id*="comment"][id*="nav"], '
             '[class*="comment"][class*="paging"], [id*="comment"][id*="pagin"]')
_PAGE_WORDS = re.compile(r"^[«←‹<\s]*(older|newer|previous|next|earlier|later|ältere|neuere|frühere|anciens"
                         r"|anteriores|antigos)\s+(comments|kommentare|commentaires|comentarios|comentários)", re.I)


def comment_pages(tree: LexborHTMLParser) -> str | None:
    """The link text (or address) that shows the comments go on over other pages, or None."""
    for link in tree.css("a[href]"):
        text, href = text_of(link), link.attributes.get("href") or ""
        # A permalink to one comment ("…/comment-page-1/#comment-42") names a page, not another page.
        if (_PAGE_HREF.search(href) and not _ONE_COMMENT.search(href)) or (len(text) <= 60 and _PAGE_WORDS.match(text)):
            return text or href
    for nav in select(tree, _PAGE_NAV):
        if nav.css_first("a[href]") is not None and re.search(r"\d", text_of(nav)):
            return text_of(nav)[:60]
    return None


def comment_header(tree: LexborHTMLParser, items: list[LexborNode], order: dict[int, int],
                   excluded_items: set[int]) -> tuple[LexborNode | None, str | None, int | None]:
    """(element, text, declared count) of the comment header: the counted one closest before the
    first comment, else one after; with no comments, any counted header on the page."""
    first = order.get(items[0].mem_id, 0) if items else None
    best: tuple[float, LexborNode | None, str | None, int | None] = (float("inf"), None, None, None)
    for node in select(tree, _HEADER_NODES):
        if within(node, excluded_items):
            continue
        text = squash(text_of(node))
        if not text or len(text) > _MAX_HEADER or not (_ANY_HEADER.match(text.lower()) or _LEADING_COUNT.match(text)
                                                     or _TRAILING_COUNT.match(text)):
            continue
        count = declared_count(text)
        if count is None:
            count = _leading_count(text)
        distance = abs(order.get(node.mem_id, 0) - first) if first is not None else 0
        if first is not None and order.get(node.mem_id, 0) > first:
            distance += 10_000  # a header after the first comment is a worse guess
        rank = distance + (0 if count is not None else 50_000)
        if rank < best[0]:
            best = (rank, node, text, count)
    return best[1], best[2], best[3]


# Zero and one as words, in the languages comment headers are written in.
_COUNT_WORDS = {"no": 0, "keine": 0, "kein": 0, "aucun": 0, "aucune": 0, "sin": 0, "ningún": 0, "nenhum": 0,
                "nessun": 0, "geen": 0, "inga": 0, "ingen": 0, "brak": 0, "one": 1, "ein": 1, "eine": 1, "un": 1,
                "une": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "één": 1, "eén": 1, "een": 1, "en": 1, "ett": 1}
# What a comment header calls the comments, in the languages comment templates are written in
# (German compounds too: "Leserkommentare").
_COMMENT_WORDS = (r"(?:responses?|comments?|replies|\w*kommentare?|kommentarer|commentaires?|comentarios?|comentários?"
                  r"|commenti|commento|reacties|reactie|reactions?|thoughts?|antworten|antwort|réponses?|respuestas?"
                  r"|respostas?|risposte|risposta|komentarz\w*)")
# WordPress themes' "3 thoughts on …" in their translations, with the preposition they print ("3 Gedanken
# zu „…“", "Ein Gedanke zu"): without it the words head a body's section ("3 Gedanken zum Schluss").
_THOUGHTS_ON = (r"(?:(?:pensieri|pensiero)\s+su|réflexions?\s+sur|gedanken?\s+zu|gedachten?\s+(?:over|op)"
                r"|pensamentos?\s+(?:sobre|em)|pensamientos?\s+sobre)")
# The words among them that name comments alone, whatever word comes before them: "Final thoughts"
# titles an article's section, "Reader comments" a thread.
_ONLY_COMMENT_WORDS = (r"(?:comments?|\w*kommentare?|kommentarer|commentaires?|comentarios?|comentários?|commenti"
                       r"|commento|reacties|komentarz\w*)")
_LEADING_COUNT = re.compile(r"^\{?\s*(?P<count>\d+|" + "|".join(_COUNT_WORDS) + r")\s*(?:" + _COMMENT_WORDS + "|"
                            + _THOUGHTS_ON + r")\b", re.I)
# "Leserkommentare (2)", "Commenti (2)", "Discussion (7)", "Reader comments (2)": the word, then the
# count in brackets.
_TRAILING_COUNT = re.compile(r"^(?:(?:" + _COMMENT_WORDS + r"|discussion|diskussion|discusión|discussione|discussão)"
                             r"|[^\W\d]+\s" + _ONLY_COMMENT_WORDS + r")\s*[(\[]\s*(?P<count>\d+)\s*[)\]]$", re.I)


def _leading_count(text: str) -> int | None:
    """"16 Comments (+add yours?)", "3 Antworten auf „…“", "Nessun commento": a header that
    starts with its count, whatever follows; or one that ends with it in brackets ("Commenti (2)")."""
    match = _LEADING_COUNT.match(text) or _TRAILING_COUNT.match(text)
    if not match:
        return None
    count = match.group("count").lower()
    return int(count) if count.isdigit() else _COUNT_WORDS.get(count, patterns.COUNT_WORDS.get(count))


def closed_state(tree: LexborHTMLParser) -> tuple[bool | None, str | None]:
    """(closed, the notice): True with a "comments are closed" notice, False with a comment form."""
    root = tree.body
    if root is None:
        return None, None
    for node in tree.css("p, div, span, h3, h4, li, em, strong"):
        text = squash(node.text(deep=False)) if node.tag != "div" else ""
        if text and len(text) < 80 and (patterns.CLOSED_NOTICE.match(text) or (
                text.lower().startswith(_CLOSED_STARTS) and _CLOSED.match(text))) and not _about_trackbacks(text):
            return True, text
    if tree.css_first(_FORM) is not None:
        return False, None
    return None, None


# "Comments are closed" in other languages than the shared notice pattern reads.
_CLOSED = re.compile(r"^(?:die\s+)?(?:kommentarfunktion\s+ist|kommentare\s+sind)\s+(?:geschlossen|deaktiviert)"
                     r"|^(?:les\s+)?commentaires\s+(?:sont\s+)?(?:fermés|clos|désactivés)"
                     # "réactions" is a word of prose too: only a notice of its own ends with it
                     r"|^(?:les\s+)?réactions\s+(?:sont\s+)?(?:fermées|closes|désactivées)(?:\s+pour cet article)?"
                     r"\s*[.!]?$"
                     r"|^(?:los\s+)?comentarios\s+(?:están\s+)?cerrados"
                     r"|^(?:os\s+)?comentários\s+(?:estão\s+)?(?:encerrados|fechados)"
                     r"|^(?:i\s+)?commenti\s+(?:sono\s+)?chiusi"
                     r"|^reageren\s+is\s+(?:niet\s+meer\s+mogelijk|gesloten)|^reacties\s+(?:zijn\s+)?gesloten"
                     r"|^kommentarer(?:na)?\s+(?:är|er)\s+(?:stängda|lukket|lukket)"
                     r"|^komentarze\s+(?:są\s+)?(?:zamknięte|wyłączone)", re.I)


_CLOSED_STARTS = ("die ", "kommentar", "les ", "commentaires", "réactions", "los ", "comentarios", "os ", "comentários",
                  "i ", "commenti", "reageren", "reacties", "kommentarer", "komentarze")


def _about_trackbacks(text: str) -> bool:
    return "trackback" in text.lower() or "pingback" in text.lower()


def loaded_by_script(tree: LexborHTMLParser) -> bool:
    """The page carries a comment embed or a "enable JavaScript to see the comments" notice."""
    if tree.css_first(_EMBEDS) is not None:
        return True
    for script in tree.css("script"):
        source = script.attributes.get("src") or ""
        if _EMBED_SCRIPTS.search(source) or _EMBED_SCRIPTS.search((script.text() or "")[:5000]):
            return True
    for node in tree.css("noscript, p, div, span"):
        text = node.text(deep=False) if node.tag != "noscript" else node.text()
        if text and patterns.SCRIPT_NOTICE.search(text):
            return True
    return False


_MIN_EMBED_WORDS = 20
# The links a byline gives to the article's comments, with their count: Disqus's count links (its script
# counts them by `#disqus_thread` or `data-disqus-identifier`, or a `span.dsq-postid` inside), WordPress's
# "comments-link".
_COUNT_LINKS = ('a[href$="#disqus_thread"], a[data-disqus-identifier], [data-disqus-identifier] > a, '
                '.comments-link a, a.comments-link, a:has(span.dsq-postid)')


# A link or button that opens the comments elsewhere: "View Comments (14)", "Show all 14 comments", "Read comments",
# "Kommentare anzeigen", "Voir les commentaires", "Ver comentarios", "Ver os comentários", "Leggi i commenti".
_OPEN_COMMENTS = re.compile(
    r"^(?:(?:view|show|load|read|see|open|display|join)\s+(?:all\s+|the\s+)?(?:\d+\s+)?comments?"
    r"|(?:\d+\s+)?(?:leser)?kommentare\s+(?:anzeigen|lesen|laden|ansehen)"
    r"|(?:voir|afficher|lire)\s+(?:les\s+)?(?:\d+\s+)?commentaires"
    r"|(?:ver|mostrar|leer|ler)\s+(?:(?:los|os|todos\s+(?:los|os))\s+)?(?:\d+\s+)?coment[aá]rios?"
    r"|(?:vedi|mostra|leggi)\s+(?:(?:i|tutti\s+i)\s+)?(?:\d+\s+)?commenti)"
    r"\s*(?:[(\[]\s*\d+\s*[)\]]|:?\s*\d+)?\s*[»›>→]*$", re.I)
# Links and buttons whose text holds a word for comments ("comment", "Kommentar", "commenti"; "comentario"): lexbor
# picks them out, so a page's hundreds of other links cost no Python.
_CONTROLS = ", ".join(f'{control}:lexbor-contains("{word}" i)'
                      for control in ("a[href]", "button", "[role=button]") for word in ("omment", "oment"))
_MAX_CONTROL = 60  # characters: a control's label, not a sentence that mentions comments


class Control(NamedTuple):
    """A control that opens the comments: its element, its text, the count it states, and whether
    a script of this page loads them (a button, a "javascript:" link) rather than another page."""

    node: LexborNode
    text: str
    count: int | None
    by_script: bool


def comments_behind_control(tree: LexborHTMLParser, own: OwnPage) -> Control | None:
    """The control that opens the comments outside the saved page: a link to another page ("View
    Comments (14)" on an AMP page, which shows its comments only there), or a button or a script's
    link ("Show comments (12)", whose script loads them into the page after it was saved). A link to
    a part of this page ("#comments") opens what the page holds; controls that state different
    counts are a list of stories', and outside AMP a button in another story's block is that story's, as is
    a link to the comments of a page that a headline or a "Read more" beside it opens."""
    amp = is_amp(tree)
    # An AMP page's canonical address is the full page, where its comments are: that one is another page.
    found, targets, addresses, widgets = [], None, frozenset() if amp else own.paths, {}
    for node in tree.css(_CONTROLS):
        text = squash(text_of(node))
        if len(text) > _MAX_CONTROL or not _OPEN_COMMENTS.match(text):
            continue
        href = (node.attributes.get("href") or "").strip() if node.tag == "a" else None
        by_script = href is None or href.startswith("javascript:") or (href == "#" and _scripted(node))
        count = re.search(r"\d+", text)
        count = int(count.group()) if count else None
        if by_script and not amp and not _loads_this_page_s_comments(node, count, own, widgets):
            continue
        if not by_script:
            targets = _targets(tree) if targets is None and href.startswith("#") else targets
            if _opens_this_page(href, targets or set(), addresses) or (not amp and own.another_story_s_comments(node)):
                continue
        found.append(Control(node, text, count, by_script))
    # Controls that state different counts open several articles' comments (a list of stories).
    return found[0] if found and len({control.count for control in found} - {None}) <= 1 else None


def _scripted(link: LexborNode) -> bool:
    """An `href="#"` link a script handles as a control: one marked as a button, or in an element
    named for comments ("comments-cta"); elsewhere "#" is a placeholder (a share bar's)."""
    return link.attributes.get("role") == "button" or any(
        _FOR_COMMENTS.search(names(up)) for up in (link, *islice(ancestors(link), _CONTROL_BOX_DEPTH)))


_FOR_COMMENTS = re.compile(r"comment|kommentar|commentaire|comentario|commenti|discussion|disqus", re.I)
_CONTROL_BOX_DEPTH = 3
# Where a control opens another story's comments or shares the page: a share bar, a list of stories.
_NOT_THIS_PAGE = re.compile(r"shar(?:e|ing)|social|most[-_]?(?:read|viewed|commented)|teaser|promo|recommend"
                            r"|more[-_]?(?:news|stories|from)|latest|headlines", re.I)


def _loads_this_page_s_comments(control: LexborNode, count: int | None, own: OwnPage, widgets: dict[int, bool]) -> bool:
    """Whether a button or a script's link outside AMP loads this page's comments: it states no count of
    0 (a section with none, not one a script fills), and stands in no list, share bar, sidebar, footer
    or list of stories, nor in another story's block (one that opens with its headline, or beside a
    link to another page of the site: "<a>School opens</a> <button>View comments</button>")."""
    if count == 0 or any(up.tag in _BESIDE_ARTICLE for up in ancestors(control)):
        return False
    if in_widget(control, widgets) or in_widget(control, named=_NOT_THIS_PAGE) or own.in_another_story(control):
        return False
    box = control.parent
    return box is None or not any(
        another_page_of_the_site(href, own.host) and url_parts(href).path.rstrip("/") not in own.paths
        for link in box.css("a[href]") if link.mem_id != control.mem_id
        and (href := (link.attributes.get("href") or "").strip()))


def is_amp(tree: LexborHTMLParser) -> bool:
    """An AMP page (`<html amp>`, `<html ⚡>`): its scripts build no thread in the saved markup, and
    its comments are shown on the full page."""
    root = tree.css_first("html")
    return root is not None and ("amp" in root.attributes or "⚡" in root.attributes)


def _targets(tree: LexborHTMLParser) -> set[str]:
    """The ids and anchor names of the page's elements: what a "#…" link can open."""
    return {value for node in tree.css("[id], a[name]")
            for value in (node.attributes.get("id"), node.attributes.get("name")) if value}


# A link to another page of the same thread ("?page=2", "?cpage=2", WordPress's "comment-page-2"):
# the saved page holds the thread's first page.
_THREAD_PAGE = re.compile(r"(?:^|[?&;])(?:c|comments?[-_]?)?(?:page|pg)=\d+|comment-page-\d+", re.I)


def _opens_this_page(href: str, targets: set[str], own_paths: frozenset[str]) -> bool:
    """A link to an element of this page ("#comments"), to the page's own address (with or
    without "#comments"), to another page of its thread, or a placeholder ("#")."""
    if not href or href == "#":
        return True
    if href.startswith("#"):
        return href[1:] in targets
    parts = url_parts(href)
    if _THREAD_PAGE.search(parts.query) or _THREAD_PAGE.search(parts.path):
        return True
    return bool(parts.path.rstrip("/")) and parts.path.rstrip("/") in own_paths


_BESIDE_ARTICLE = frozenset(("footer", "aside", "nav", "li"))


def count_link(tree: LexborHTMLParser, own: OwnPage) -> int | None:
    """The comment count a byline's link to the comments states ("14 Comments"), where the page's
    links state one count: a page listing several articles gives each its own. A link in a list of
    stories, a sidebar, a footer or another story's block (`own`: one that opens with its own
    headline, a post of a list of `div`s) counts another article's comments; a "0 Comments" is what
    a count script's link reads before the script runs, so it states nothing."""
    widgets: dict[int, bool] = {}
    counts = {_leading_count(squash(text_of(link))) for link in tree.css(_COUNT_LINKS)
              if not any(up.tag in _BESIDE_ARTICLE for up in ancestors(link)) and not in_widget(link, widgets)
              and not own.in_another_story(link)}
    counts -= {None, 0}
    return counts.pop() if len(counts) == 1 else None


def embed_holds_text(tree: LexborHTMLParser) -> bool:
    """A comment embed's element that holds text: the thread its script rendered, saved with the page."""
    return any(len(text_of(node).split()) >= _MIN_EMBED_WORDS for node in tree.css(_EMBEDS))


def region(items: list[LexborNode]) -> LexborNode | None:
    """The element holding all the comments (their lowest common ancestor)."""
    if not items:
        return None
    chain = [items[0], *ancestors(items[0])]
    member = {node.mem_id: i for i, node in enumerate(chain)}
    deepest = 0
    for item in items[1:]:
        for ancestor in (item, *ancestors(item)):
            if ancestor.mem_id in member:
                deepest = max(deepest, member[ancestor.mem_id])
                break
    return chain[deepest]
