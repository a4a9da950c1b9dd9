"""The article's header from HTML: title, author, date and outlet, each with the evidence used.

The rule throughout: what the page *shows* is the answer, and its machine-readable metadata
helps find it. The headline is the heading the page's <title>/og:title agrees with (SEO titles
and site-name suffixes differ from the headline); the author is a byline element's name, or the
metadata's author when it names a person; the date is the metadata's publication date, else a
date in the byline, else htmldate's reading of the page.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.model import Article
from discourse.parse.dates import find_date
from discourse.parse.html.body import mostly_links
from discourse.parse.html.bylines import (after_byline_word, after_image_credits, before_other_credits,
                                          credits_an_image)
from discourse.parse.html.dom import (ancestors, element_children, marked_name, names, select, shape, squash, text_of,
                                      url_parts, within)
from discourse.parse.html.metadata import PageMetadata

_TITLE_SPLIT = re.compile(r"\s+(?:[|»«–—/-]|//|::)\s+|\s*:\s+")
_MAX_TITLE = 300
_MIN_HEADLINE_PREFIX = 16
_MIN_TITLE = 4
_HEADLINE_FIRST = 0.06  # over an <h1>'s 0.05: the first part of the page title outweighs the tag
_TITLE_NODES = "h1, h2, h3, [itemprop=headline], .entry-title, .post-title, .headline, .article-title"
# The folders of a site's pages about its writers, in the languages pages are written in; lexbor
# looks for links with these parts ("/aut" begins author, autor, autore and auteur: one selector,
# not nine), and `_writer_page` confirms the folder.
_WRITER_PAGES = frozenset({"author", "authors", "autor", "autoren", "autores", "autori", "autore", "auteur", "auteurs",
                           "writer", "writers", "columnist", "columnists", "contributor", "contributors", "reporter",
                           "reporters"})
_WRITER_LINKS = ("/aut", "writer", "columnist", "contributor", "reporter")
# Elements that hold the author's name alone, best first; then elements that hold a byline
# sentence ("By Jane Doe on May 3", "Posted by Jane at 4 pm").
# `.entry-poster` is LiveJournal's and Dreamwidth's; `data-testid="authorName"` Medium's (its classes are generated).
_NAME_NODES = ("[itemprop=author] [itemprop=name], [itemprop=author], [rel~=author], "
               + ", ".join(f"a[href*='{part}']" for part in _WRITER_LINKS),
               ".author .fn, .byline .fn, .vcard .fn, .fn, [class*=author-name], [class*=author_name], "
               "[class*=authorname], [class*=author][class*=name], .entry-poster, [data-testid=authorName]")
# "aut" is the start of "author", "autor", "autore" and "auteur" (one selector, not four).
_BYLINE_NODES = ("[class*=byline], [class*=dateline], [class*=aut], [class*=posted], [class*=meta], "
                 "[class*=info], [class*=credit], [id*=byline], [id*=author], [id*=meta], [id*=posted], "
                 "[class*=firma], [class*=signature], [class*=writer], [class*=reporter], [class*=columnist], "
                 "[class*=contributor], address")
# Metadata that declares a desk or an agency as the author: a person in a shown byline wins over it.
_ORGANISATION_EVIDENCE = "(an organization)"
_NAME_ELEMENT = re.compile(r"author|autor|auteur|byline|firma|signature|writer|reporter|columnist|contributor", re.I)
# A connector left at the name's end where a date was cut off ("Jan de Vries op", "Mario Rossi il",
# "Jean Dupont Le"), in any case.
_TRAILING_CONNECTOR = re.compile(r"\s+(?:on|at|am|um|le|el|em|op|il|den|à|a|på|i|the)$", re.I)
# A whole English month's name or abbreviation: "Marsh" or "Mayer" only start like one.
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A weekday written out ("Saturday", "Freitag", "mardi", "domingo"): also a surname ("Thomas Freitag",
# "Plácido Domingo"), so it ends a name only after two of the name's words (`_cut_at_weekday`).
_WEEKDAY_NAME = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch"
                 r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche"
                 r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo)")
_WEEKDAY_BEFORE_DATE = re.compile(rf"\s+{_WEEKDAY_NAME},?\s+(?=\d)", re.I)
# A weekday abbreviated in lower case before the date ("za 9 maart", "lun. 3 mai"): a name's words are
# capitalised, and "Sun" or "Ma" is a surname.
_WEEKDAY_ABBREVIATION = (r"(?-i:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|lu|me|je|ve|lun|mar"
                         r"|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|seg|ter|qua|qui|sex)\.?")
# Connectors end the name in any case ("on", "ON", "On", "In Politics"), but "Le" and "El" capitalised
# begin a surname ("Claire Le Goff", "Karim El Amrani") unless a date or its weekday follows them.
_NAME_END = re.compile(r"\s+(?:on|at|am|um|em|in|(?-i:le|el|LE|EL)|publié|published|updated|posted"
                       r"|veröffentlicht|\d)(?:\s|$)"
                       rf"|\s+(?:le|el)\s+(?=\d|{_MONTH_NAME}\b|{_WEEKDAY_NAME}\b)"
                       rf"|\s+{_WEEKDAY_ABBREVIATION},?\s+(?=\d)"
                       r"|\s*(?:[|,(●•·\n]|//)|\s+[-–—]\s+|\s+\d"
                       # a date after the name with no separator ("bridgewatch March 4th, 2021")
                       rf"|\s+{_MONTH_NAME}\.?\s+\d", re.I)
# Two names a byline joins ("Marie Le Pen and Jean Dupont"): the first is the author where both are too long.
_JOINING_WORD = re.compile(r"\s+(?:and|und|et|y|e|en|&)\s+", re.I)
# A job title after the name ("Phil Nickinson Editor in Chief"), cut only after two name words.
_ROLE = re.compile(r"^(?P<name>\S+\s+\S+)\s+(?:editor|reporter|correspondent|writer|columnist|contributor|staff"
                   r"|senior|chief|managing|deputy)\b.*$", re.I)
_NOT_AUTHOR = re.compile(r"\b(comments?|reply|share|email|print|tweet|follow|views?|articles|posts|min read|published"
                         r"|posted|updated|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b|@|http",
                         re.I)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|seg|ter|qua"
                      r"|qui|sex|sáb|dom)\w*[.,]?$", re.I)
_MONTH_OR_DAY = re.compile(rf"^(?:{_MONTH_NAME}|posted|published|updated)\b", re.I)
# Separators between a page title's headline and its site name ("Headline | Site"); not the colon,
# which is part of many headlines.
_SITE_SUFFIX = re.compile(r"\s+(?:[|»]|::)\s+")  # the plainest "Headline | Site" separators
_SITE_SPLIT = re.compile(r"\s+(?:[|»«–—/-]|//|::)\s+")
_MAX_BARE_WORDS = 4
_MAX_BYLINE_CHARS = 300
_MAX_NAME_WORDS = 5
_ISO_DATE = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


def read_header(tree: LexborHTMLParser, html: str | None, meta: PageMetadata, excluded: set[int],
                order: dict[int, int] | None = None) -> Article:
    """Title, author, date and outlet with provenance (paragraphs are read by `body`). Without
    `html` (a very large page) htmldate's whole-page search is not run."""
    article = Article()
    title, node, evidence = choose_title(tree, meta, excluded)
    if title:
        article.title, article.provenance["title"] = title, evidence
    author, evidence = choose_author(tree, meta, excluded, node, site_names(tree, meta), order)
    if author:
        article.author, article.provenance["author"] = author, evidence
    anchor = order.get(node.mem_id) if order and node is not None else None
    date, shown, evidence = choose_date(tree, html, meta, excluded, (order, anchor) if anchor is not None else None)
    if date:
        article.date, article.date_text, article.provenance["date"] = date, shown, evidence
    if meta.outlets:
        article.outlet, article.provenance["outlet"] = meta.outlets[0][0], meta.outlets[0][1]
    return article


def choose_title(tree: LexborHTMLParser, meta: PageMetadata,
                 excluded: set[int]) -> tuple[str | None, LexborNode | None, str]:
    """The shown headline (and its element) that the page's own titles agree with best."""
    references = [value for value, _ in meta.titles]
    page_title = tree.css_first("title")
    if page_title is not None and squash(page_title.text()):
        references.append(squash(page_title.text()))
    sites = {name.lower() for name, _ in meta.outlets}
    best: tuple[float, str, LexborNode | None, str] = (0.0, "", None, "")
    for node in select(tree, _TITLE_NODES):
        if within(node, excluded):
            continue
        text = _without_label(_without_trailer(_without_kicker(node, references), references), references)
        if not _MIN_TITLE <= len(text) <= _MAX_TITLE:
            continue
        score = max((_agreement(text, ref) for ref in references), default=0.0)
        if _links_home(node) or text.lower() in sites:
            continue  # the site's name in a heading: its logo, not the headline
        if node.tag == "h1":
            score += 0.05
        if page_title is not None and _first_of_many(text, squash(page_title.text())):
            score += _HEADLINE_FIRST
        if score > best[0]:
            best = (score, text, node, f"heading {node.tag}")
    if best[0] >= 0.6:
        return best[1], best[2], best[3]
    if meta.titles:
        return _strip_site(meta.titles[0][0], meta), None, meta.titles[0][1]
    if references:
        return _strip_site(references[-1], meta), None, "html title"
    return None, None, ""


# A word or two set above or before the headline inside its element: the story's kind or section.
_KICKER = "[class*=kicker], [class*=eyebrow], [class*=overline], [class*=rubric], [class*=flag], [class*=label]"


def _without_kicker(node: LexborNode, references: list[str]) -> str:
    """The heading's text without a kicker it holds before the headline ("<span class=kicker>
    Analysis</span> Headline"), where the page's own titles agree better with the rest."""
    shown = squash(node.text())
    for kicker in node.css(_KICKER)[:1]:
        label = squash(kicker.text())
        rest = shown[len(label):].strip(" :|–—-") if label and shown.startswith(label) else ""
        if rest and references and max(_agreement(rest, r) for r in references) > max(
                _agreement(shown, r) for r in references):
            return rest
    return shown


def _first_of_many(text: str, page_title: str) -> bool:
    """The heading is the first part of a "Headline - Site" page title: the headline's place (a forum
    prints the board's name in an <h1> and the topic's in an <h2>)."""
    parts = [p for p in _SITE_SPLIT.split(page_title) if p]
    return len(parts) > 1 and parts[0].lower() == text.lower()


def _without_trailer(shown: str, references: list[str]) -> str:
    """The headline without what the heading element also holds after it ("Headline Jane Doe
    Jul 26": a byline or date inside the <h2>), where a page title starts with the headline."""
    lowered = shown.lower()
    if any(lowered == reference.lower() for reference in references):
        return shown
    for reference in references:
        for part in _SITE_SUFFIX.split(reference)[:1]:
            if _MIN_HEADLINE_PREFIX <= len(part) < len(shown) and lowered.startswith(part.lower()) and (
                    shown[len(part)] == " "):
                return shown[:len(part)]
    return shown


_LABEL = re.compile(r"^\w+(?:\s\w+)?\s?:\s+(?P<rest>\S.*)$")
_SURE_AGREEMENT = 0.9


def _without_label(shown: str, references: list[str]) -> str:
    """The headline without a label before a colon ("Thread: ", "Topic: ", "Thema: "), where the
    page's own titles give the headline after it and not with it: a forum prints the kind of page
    before its topic, which no title repeats."""
    match = _LABEL.match(shown)
    if match is None or not references:
        return shown
    rest = match.group("rest")
    whole = max(_agreement(shown, reference) for reference in references)
    after = max(_agreement(rest, reference) for reference in references)
    return rest if after >= _SURE_AGREEMENT and after > whole else shown


def _links_home(node: LexborNode) -> bool:
    """A heading that is (or holds) a link to the site's front page: a path of at most one
    plain word ("/", "/blog/"), where an article's link has a slug or a date."""
    links = [node] if node.tag == "a" else node.css("a")
    for link in links[:1]:
        path = url_parts(link.attributes.get("href") or "").path.strip("/")
        if "/" not in path and not re.search(r"[-_\d.]", path):
            return True
    return False


def _agreement(shown: str, reference: str) -> float:
    """1.0 when the reference is the shown text (or holds it as one part between separators), else
    the word overlap."""
    a, b = shown.lower(), reference.lower()
    if a == b:
        return 1.0
    if any(part == a for part in _TITLE_SPLIT.split(b)) or any(part == a for part in _SITE_SPLIT.split(b)) or (
            len(a) > 15 and (b.startswith(a) or b.endswith(a))):
        return 0.9
    words_a, words_b = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    if not words_a or not words_b:
        return 0.0
    return 0.8 * len(words_a & words_b) / len(words_a | words_b)


def _strip_site(title: str, meta: PageMetadata) -> str:
    """"Headline | Site" to "Headline": the longest part between separators (a colon splits only
    where no other separator does: "Topic: the rest" is one headline)."""
    parts = [p for p in _SITE_SPLIT.split(title) if p]
    if len(parts) < 2:
        parts = [p for p in _TITLE_SPLIT.split(title) if p]
    sites = {name.lower() for name, _ in meta.outlets}
    kept = [p for p in parts if p.lower() not in sites] or parts
    return max(kept, key=len) if kept else title


def site_names(tree: LexborHTMLParser, meta: PageMetadata) -> set[str]:
    """Names of the site, not of a person: the declared outlet, the outer parts of "Headline | Site"
    and the text of a heading that links to the front page (the logo)."""
    found = {name.lower() for name, _ in meta.outlets}
    page_title = tree.css_first("title")
    parts = _SITE_SPLIT.split(squash(page_title.text())) if page_title is not None else []
    if len(parts) > 1:
        found.update((parts[0].lower(), parts[-1].lower()))
    for node in tree.css("h1, h2, [class*=site-title], [class*=blog-title], [class*=blogtitle]"):
        if _links_home(node):
            found.add(text_of(node).lower())
    return found


def choose_author(tree: LexborHTMLParser, meta: PageMetadata, excluded: set[int],
                  title_node: LexborNode | None, sites: set[str] = frozenset(),
                  order: dict[int, int] | None = None) -> tuple[str | None, str]:
    """A byline name shown on the page, confirmed by metadata where possible; the site's own name is
    never the author, unless JSON-LD types it as a person and no metadata declares it the publisher
    (a blog named after its writer, in its title and logo; a newspaper credits itself as a "Person"
    too, and declares itself the publisher). Where the metadata declares several people and the
    byline prints them together, the byline is the author."""
    sites = set(sites) - (meta.persons - {name.lower() for name, _ in meta.outlets})
    meta_names = sorted(((name, evidence) for name, evidence in meta.authors
                         if _looks_like_name(name) and name.lower() not in sites),
                        key=lambda item: item[1].endswith(_ORGANISATION_EVIDENCE))  # a person declared first
    shown = [name for name in _byline_names(tree, excluded, title_node, order, meta.language)
             if name.lower() not in sites]
    meta_names, shown = _without_accounts(meta_names, shown)
    joined = _joining_declared(shown, meta_names)
    if joined is not None:
        return joined
    for name, evidence in meta_names:
        for seen in shown:
            if name.lower() == seen.lower():
                return seen, f"{evidence}, byline"  # as the byline prints it
    if meta_names and meta_names[0][1].startswith(("json-ld", "meta author", "meta parsely", "meta cxense",
                                                   "meta sailthru", "meta dc", "meta citation")) and not (
            shown and meta_names[0][1].endswith(_ORGANISATION_EVIDENCE)):
        return meta_names[0]
    if shown:
        return shown[0], "byline"
    return (meta_names[0] if meta_names else (None, ""))


# The accounts a CMS posts under (Joomla's "Super User", WordPress's "admin"), in a byline or declared alike.
_CMS_ACCOUNTS = frozenset({"super user", "administrator", "admin", "webmaster"})


def _without_accounts(declared: list[tuple[str, str]], shown: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """The declared and shown names without a CMS's posting account where a person's name stands
    beside it: declared by the metadata (which then wins over the account in any place), or first in
    the byline (which then wins over the account declared). Where the account is all the page
    names, it stays the author: a blog's writer may post as "admin"."""
    def real(name: str) -> bool:
        return name.lower() not in _CMS_ACCOUNTS

    if any(real(name) for name, _ in declared):
        return [item for item in declared if real(item[0])], [name for name in shown if real(name)]
    if shown and real(shown[0]):
        return [item for item in declared if real(item[0])], shown
    return declared, shown


def _joining_declared(shown: list[str], declared: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The shown byline that names two or more of the declared authors ("Dana Whitfield and Luis
    Ortega", where JSON-LD lists both and each name has its own link), as the byline prints it."""
    for seen in shown:
        within = [(name, evidence) for name, evidence in declared
                  if name.lower() != seen.lower() and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", seen, re.I)]
        if len({name.lower() for name, _ in within}) >= 2:
            return seen, f"{within[0][1]}, byline"
    return None


def _byline_names(tree: LexborHTMLParser, excluded: set[int], title_node: LexborNode | None = None,
                  order: dict[int, int] | None = None, language: str | None = None) -> list[str]:
    """Names from byline elements: those that hold a name alone before byline sentences, and within
    each the one nearest the headline first (a byline sits by its headline; a name far from it is
    a blogroll entry, a sidebar widget or another article's)."""
    found: dict[str, tuple[int, int]] = {}
    menus: dict[int, bool] = {}
    anchor = order.get(title_node.mem_id) if order and title_node is not None else None
    rank = 0
    # One precedence over the shown signals: the name the markup declares as the author
    # (microdata, rel=author, an author page link), then name elements (hCard fn, "author-name"),
    # then byline sentences; within each, the one nearest the headline.
    tiers = ((_NAME_NODES[0], True), (_NAME_NODES[1], True), (_BYLINE_NODES, False))
    for tier, (selector, bare) in enumerate(tiers):
        for node in select(tree, selector):
            rank += 1
            if (node.tag in ("body", "html") or within(node, excluded) or "comment" in names(node)
                    or (node.tag == "address" and not _in_article_or_header(node))
                    or (tier == 0 and not _writer_page(node))):
                continue
            # A name element may be a meta tag ("<meta itemprop=name content=…>"): its content is the name.
            text = squash(node.attributes.get("content")) if node.tag == "meta" else marked_name(node) or text_of(node)
            if len(text) > _MAX_BYLINE_CHARS or _form_field(node) or _site_credit(node, text):
                continue
            name = byline_name(text, bare=bare or (len(text.split()) <= _MAX_BARE_WORDS and _names_its_author(node)),
                               language=language)
            if name and name not in found and not _in_menu(node, menus) and not credits_media(node):
                found[name] = (tier, abs(order.get(node.mem_id, 0) - anchor) if anchor is not None else rank)
    return sorted(found, key=found.__getitem__)


# What holds an image with its caption and credit: HTML's figure, a theme's caption ("wp-caption-text") or an
# image's credit ("photo-credit", "image-credit", "media-credit").
_CAPTION = re.compile(r"(?:^|[-_\s])(?:caption|captions|figcaption|(?:photo|image|img|media|picture|pic)[-_]?"
                      r"(?:credits?|captions?|sources?|bylines?))(?:$|[-_\s])")
# schema.org's items of a picture or a film: their author or creator is the photographer's or the film maker's.
_MEDIA_ITEM = re.compile(r"(?:ImageObject|Photograph|VideoObject|MediaObject|AudioObject)\b")


# A video's box ("video-embed", "videoWrapper", "youtube", "player"), and a video player's by its own name
# ("video-player", "jw-player", "brightcove-player", "vjs-…"): a saved page's player may hold nothing that
# plays until its script runs, only a poster, where a box merely named "player" may be a sportsman's card.
_VIDEO_BOX = re.compile(r"(?:^|[-_\s])(?:video|videos|youtube|vimeo|player)"
                        r"(?:wrapper|container|embed|box|frame|holder)?(?:$|[-_\s])")
_PLAYER_NAME = re.compile(r"(?:^|[-_\s])(?:(?:video|yt|media)[-_]?player|jwplayer|jw[-_]player|brightcove|vjs)"
                          r"(?:$|[-_\s])")
# What plays in a video's box: the video or an embed's frame; or the player's own script, which names it
# (a page's data or analytics script beside a byline names none).
_PLAYERS = "video, iframe, object, embed"
_PLAYER_SCRIPT = re.compile(r"jwplayer|brightcove|videojs|video\.js|\bvjs\b|\bplayer\.", re.I)
_MAX_PLAYER_BOX_CHARS = 400  # a player, its title, its credit: not an article's text


def credits_media(node: LexborNode) -> bool:
    """A name that credits an image or an embedded video, never the article's author: inside a figure, a
    caption or an image's credit (unless an element on the way is named for the author: an author card's
    portrait), declared by a picture's or a film's own item (an ImageObject's `author`), inside a video
    player's box (unless declared the page's author, `rel="author"`), or after an image's credit label in
    its line ("Photograph: <a>Jane Smith</a>/Reuters")."""
    path: list[LexborNode] = []
    for up in (node, *ancestors(node)):
        if up.tag in ("body", "html", "article", "main"):
            break
        path.append(up)
        if up is not node and (_MEDIA_ITEM.search(up.attributes.get("itemtype") or "")
                               or (_player_box(up) and not _declared_page_author(node))):
            return True
        if up.tag in ("figure", "figcaption") or _CAPTION.search(names(up)):
            named = path if up.tag in ("figure", "figcaption") else path[:-1]  # "photo-byline" names the credit
            return not any(_NAME_ELEMENT.search(names(part)) for part in named)
    return credits_an_image(_text_before(node))


def _declared_page_author(node: LexborNode) -> bool:
    """A link `rel="author"`: by HTML's definition it names the author of the page (or of the article
    around it), wherever it stands, also in the box of the article's lead video."""
    return "author" in (node.attributes.get("rel") or "").lower().split()


def _plays(node: LexborNode) -> bool:
    """The box holds what plays: a video, an embed's frame, or a script that builds a player."""
    return node.css_first(_PLAYERS) is not None or any(
        _PLAYER_SCRIPT.search(script.attributes.get("src") or script.text() or "")
        for script in node.css("script") if "json" not in (script.attributes.get("type") or ""))


def _player_box(node: LexborNode) -> bool:
    """A short box, without the headline, named for a video player, or named for a video and holding what
    plays (a `video`, an embed's `iframe`, the player's script): an embedded video's, whose credit names
    the film's maker."""
    marks = names(node)
    return ((_PLAYER_NAME.search(marks) is not None or (_VIDEO_BOX.search(marks) is not None and _plays(node)))
            and node.css_first("h1") is None and len(node.text() or "") <= _MAX_PLAYER_BOX_CHARS)


_SIBLINGS_BEFORE = 3  # a credit's label stands just before the name ("Photograph: ", "Photo by ")


def _text_before(node: LexborNode) -> str:
    """The text just before the element in its line: its previous siblings' (or, where it opens its
    parent, the parent's), a few of them, not the whole parent's text (a name's parent may be the page)."""
    start = node if node.prev is not None or node.parent is None else node.parent
    parts, sibling = [], start.prev
    while sibling is not None and len(parts) < _SIBLINGS_BEFORE:
        parts.append(sibling.text(deep=True) or "")
        sibling = sibling.prev
    return squash(" ".join(reversed(parts)))


def lead_block_text(node: LexborNode) -> str:
    """The text a block before the body offers as a byline: none from a figure, a caption or an image's
    credit, or an element that holds one (a picture's block above the text: its "Photo by Jane Smith"
    credits the picture); a video player's box inside it is left out (its "By Tom Lee" credits the
    video), not the rest of the block (a byline beside a lead video is the article's)."""
    if any(part.tag in ("figure", "figcaption") or _CAPTION.search(names(part))
           for part in (node, *node.css("figure, figcaption, [class*=aption], [class*=redit]"))):
        return ""
    if _player_box(node):
        return ""
    text = text_of(node)
    for box in node.css("[class*=ideo], [class*=layer]"):
        shown = text_of(box) if _player_box(box) else ""
        text = text.replace(shown, " ", 1) if shown else text
    return squash(text)


_FIELD_TAGS = ("label", "input", "textarea", "select")
_FIELDS = ", ".join(_FIELD_TAGS)
_MENU = re.compile(r"(?:^|[-_\s])(?:nav|navbar|navigation|menu)(?:$|[-_\s])")


def _form_field(node: LexborNode) -> bool:
    """A form's field or its label ("Name *", "Email *", "Website" over a comment form's inputs): what
    the reader is asked to type, never the author's name."""
    return (node.tag in _FIELD_TAGS or node.css_first(_FIELDS) is not None
            or any(up.tag == "label" for up in ancestors(node)))


def _in_menu(node: LexborNode, memo: dict[int, bool]) -> bool:
    """In the site's navigation (a <nav>, a menu): its links name sections ("Columnists", "Our
    authors"), never the article's author. An element named for a menu counts only where its text
    is mostly links: themes also mark the page's wrapper ("site has-navbar", "sticky-nav"), which
    holds the byline. `memo` keeps the answer per element, so the bylines of a page walk each
    chain up to the page once."""
    walked, inside = [], False
    for up in (node, *ancestors(node)):
        known = memo.get(up.mem_id)
        if known is not None or up.tag in ("body", "html"):
            inside = bool(known)
            break
        walked.append(up.mem_id)
        if up.tag in ("nav", "menu") or (_MENU.search(names(up)) and mostly_links(up)):
            inside = True
            break
    memo.update(dict.fromkeys(walked, inside))
    return inside


def _writer_page(node: LexborNode) -> bool:
    """A declared author (microdata, rel=author), or a link to one writer's page ("/author/jane-doe"):
    not a link to the list of the site's writers ("/columnists/", "Our authors", "/authors/page/2"),
    which names no one, nor one whose address merely holds the word ("/autumn-fair"), nor a page
    below a writer's ("/columnists/tom-berg/why-ferries-matter": a related story by another)."""
    attributes = node.attributes
    if node.tag != "a" or attributes.get("itemprop") or "author" in (attributes.get("rel") or "").lower().split():
        return True
    folders = [part for part in url_parts(attributes.get("href") or "").path.lower().split("/") if part]
    return len(folders) >= 2 and folders[-2] in _WRITER_PAGES


# A site's own footer ("site-info", "colophon", WordPress's "site-footer"), and a credit in it ("Designed by
# Studio K", "Hosted by Example Cloud"): the site's makers, never the article's author.
_SITE_FOOTER = re.compile(r"(?:^|[-_\s])(?:site[-_]?(?:info|footer|credits?)|colophon)(?:$|[-_\s])")
_CREDIT = re.compile(r"\b(?:designed|developed|built|hosted|made|crafted|created|coded|maintained|run|operated)"
                     r"\s+(?:with\s+\S+\s+)?by\b", re.I)


def _site_credit(node: LexborNode, text: str) -> bool:
    """A "… by" credit in the site's footer: a <footer> outside the article, or an element named for
    the site's information."""
    if not _CREDIT.search(text):
        return False
    chain = [node, *ancestors(node)]
    if any(up.tag == "article" for up in chain):
        return False
    return any(up.tag == "footer" or _SITE_FOOTER.search(names(up)) for up in chain)


def _in_article_or_header(node: LexborNode) -> bool:
    """Inside an <article> or a <header>: an <address> there gives the article's author; one in the
    site's footer gives the publisher's name or postal address."""
    return any(ancestor.tag in ("article", "header") for ancestor in ancestors(node))


def _names_its_author(node: LexborNode) -> bool:
    """An element named for the author or the byline, or an <address> (HTML's element for the
    contact details of an article's author), holds the name alone when it holds a few words."""
    return node.tag == "address" or bool(_NAME_ELEMENT.search(names(node)))


def byline_name(text: str, bare: bool = False, language: str | None = None) -> str | None:
    """The name in "By Jane Doe on May 3", "Von Hans Müller | 3. März" (or a bare name when the
    element holds only one). `language`: the page's, which says whether "Von", "Di", "Da" or
    "Af" at the start is the byline's word or a surname's first. An image's credit it opens with is
    not read, nor one that follows the writer's clause: "Photos: Jane Smith, Text: Tom Lee" and
    "Story by Tom Lee; photos by Jane Smith" name Tom Lee, "Photo by Jane Smith" no one."""
    text = squash(text)
    rest = after_image_credits(text)
    if rest != text:
        return byline_name(rest, language=language) if rest else None
    after = after_byline_word(text, language)
    if after is not None:
        text = before_other_credits(after)
    elif not bare:
        return _name_before_date(text)
    text = re.sub(r"^\[[^\]]*\]\s*", "", text)  # "[NR] admin": a site tag before the name
    text = _NAME_END.split(_cut_at_weekday(text), 1)[0].strip(" :;-–—")
    text = _TRAILING_CONNECTOR.sub("", text)
    text = _ROLE.sub(lambda m: m.group("name"), text)
    if not _looks_like_name(text):
        text = _JOINING_WORD.split(text, 1)[0]
    return text if _looks_like_name(text) else None


def _cut_at_weekday(text: str) -> str:
    """The text before a written-out weekday and its date ("Tom Smith Monday, 4 March"), where two
    words of the name stand before it: "Thomas Freitag, 12.03.2024" is a whole name."""
    match = _WEEKDAY_BEFORE_DATE.search(text)
    return text[:match.start()] if match is not None and len(text[:match.start()].split()) >= 2 else text


def _name_before_date(text: str) -> str | None:
    """The name in "Jane Doe Nov 12th 2012 …" or "Jane Doe | 3 May 2021": a byline element that
    starts with capitalised words and goes on with a date, without a "by"."""
    words = text[:120].split()
    for cut in range(2, min(_MAX_BARE_WORDS, len(words) - 1) + 1):
        name = " ".join(words[:cut]).rstrip(",|•·–—-").strip()
        rest = " ".join(words[cut + 1:] if _WEEKDAY.match(words[cut]) else words[cut:]).lstrip("|,•·–—- ")
        found = find_date(rest[:40])
        if (found and rest.startswith(found[1]) and not _MONTH_OR_DAY.match(name)
                and all(word[0].isupper() for word in name.split()) and _looks_like_name(name)):
            return name
    return None


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= _MAX_NAME_WORDS and len(text) <= 60 and not _NOT_AUTHOR.search(text)
            and any(ch.isalpha() for ch in text) and text.lower() not in ("null", "none", "by", "posted", "anonymous"))


def choose_date(tree: LexborHTMLParser, html: str | None, meta: PageMetadata, excluded: set[int],
                headline: tuple[dict[int, int], int] | None = None) -> tuple[str | None, str | None, str]:
    """(ISO date, the text it was read from, evidence): the metadata's publication date, else a
    date declared in the markup (RDFa, hAtom), else one shown in a byline or date element, else
    htmldate's reading. A metadata timestamp a day off the date the byline shows is a time zone
    apart (UTC against the site's local time) where its time lies close enough to midnight that
    some zone's clock shows that day: the shown date is the one readers see, where it is shown
    by the headline (`headline`: document order and the headline's position) and is not an
    update's date; a date elsewhere (today's date in a masthead) says nothing of the article."""
    for value, evidence in meta.dates:
        iso = iso_date(value)
        if iso:
            shown = _shown_date(tree, excluded, near=iso, headline=headline) if _has_time(value) and headline else None
            if shown is not None and _one_day_apart(iso, shown[0]) and _zone_could_show(value, shown[0]):
                return shown[0], shown[1], f"{shown[2]} (the {evidence} is a day off: a time zone apart)"
            return iso, value, evidence
    declared = _declared_date(tree, excluded)
    if declared is not None:
        return declared
    listings: set[int] = set()
    # A date by the headline first; then one anywhere that is not another story's (a card in a
    # grid of related stories, a teaser in a listing).
    shown = _shown_date(tree, excluded, attributes=True, order=_SlashOrder(tree), listings=listings, prefer=headline)
    if shown is not None:
        return shown
    if not html:
        return None, None, ""
    page = _without(tree, html, excluded | listings)
    found = _htmldate(page)
    if found[0] is not None and not _shown_or_declared(found[0], page):
        return None, None, ""  # htmldate's repair of an impossible date ("2021-02-30" read as February 1)
    return found


def _without(tree: LexborHTMLParser, html: str, excluded: set[int]) -> str:
    """The page's markup with the excluded elements (the comments) left out, for a reader of the
    whole page: a commenter's date is not the article's. The page is parsed again and the same
    elements, found at the same places in document order, are removed."""
    if not excluded or tree.root is None:
        return html
    places = {at for at, node in enumerate(tree.root.traverse(include_text=False))
              if node.mem_id in excluded and not any(a.mem_id in excluded for a in ancestors(node))}
    copy = LexborHTMLParser(html)
    if copy.root is None:
        return html
    doomed = [node for at, node in enumerate(copy.root.traverse(include_text=False)) if at in places]
    for node in doomed:
        node.decompose()
    return copy.html or html


# Dates the markup declares on an element of the page: RDFa (Drupal prints `property="dc:date
# dc:created" content="…"`), schema.org as RDFa, and hAtom's `published`/`updated` with the
# machine-readable date in `title` (abbr) or `datetime` (time).
_DECLARED_DATES = ('[property*="dc:date"][content], [property*="dc:created"][content], '
                   '[property*="dcterms:created"][content], [property*="dcterms:date"][content], '
                   '[property*="datePublished"][content], [property*="article:published_time"][content], '
                   'abbr.published[title], .published[title], time.published, .h-entry .dt-published',
                   # an update's date only where no publication date is declared
                   'time.updated, abbr.updated[title], .hentry .updated[title]')


def _declared_date(tree: LexborHTMLParser, excluded: set[int]) -> tuple[str, str, str] | None:
    body = tree.body
    if body is None:
        return None
    for selector in _DECLARED_DATES:
        for node in select(body, selector):
            if node.tag == "meta" or within(node, excluded) or _in_comment(node):
                continue
            attributes = node.attributes
            value = attributes.get("content") or attributes.get("datetime") or attributes.get("title") or ""
            iso = iso_date(value)
            if iso:
                kind = "rdfa" if attributes.get("property") else "hatom"
                return iso, value, f"{kind} {node.tag}"
    return None


def _in_comment(node: LexborNode) -> bool:
    return "comment" in names(node) or any("comment" in names(a) for a in ancestors(node))


def _shown_date(tree: LexborHTMLParser, excluded: set[int], attributes: bool = False, near: str | None = None,
                headline: tuple[dict[int, int], int] | None = None, order: _SlashOrder | None = None,
                listings: set[int] | None = None,
                prefer: tuple[dict[int, int], int] | None = None) -> tuple[str, str, str] | None:
    """The first date in a byline or date element (with `attributes`, a `datetime` attribute too).
    With `near` (an ISO date), a slashed date that reads either way ("03/05/2022") is read the
    way that falls within a day of it; with `order`, the way the page's other dates settle.
    With `listings`, a date in another story's card is passed over (and its card kept there).
    `headline` keeps only dates by the headline; `prefer` takes one there first, else the first."""
    memo: dict[int, int] = {}
    fallback: tuple[str, str, str] | None = None
    for node in tree.css("time[datetime], [class*=date], [class*=posted], [class*=byline], [class*=meta], "
                         "[class*=datum], [class*=fecha]"):
        if within(node, excluded) or "comment" in names(node):
            continue
        if headline is not None and abs(headline[0].get(node.mem_id, 0) - headline[1]) > _NEAR_HEADLINE:
            continue
        by_headline = prefer is None or abs(prefer[0].get(node.mem_id, 0) - prefer[1]) <= _NEAR_HEADLINE
        if fallback is not None and not by_headline:
            continue
        if listings is not None:
            card = _listing_item(node, memo)
            if card is not None:
                listings.add(card.mem_id)
                continue
        read = _date_of(node, attributes, near, order)
        if read is not None:
            if by_headline:
                return read
            fallback = read
    return fallback


def _date_of(node: LexborNode, attributes: bool, near: str | None,
             order: _SlashOrder | None) -> tuple[str, str, str] | None:
    """The date one date element shows (or declares in `datetime`, with `attributes`)."""
    if attributes:
        value = node.attributes.get("datetime") or ""
        iso = iso_date(value)
        if iso:
            return iso, value, f"{node.tag} datetime"
    text = text_of(node)[:200]
    found = _past_the_update(text, find_date(text)) or (_slashed_near(text, near) if near else None)
    evidence = "date element"
    if not found and order is not None and _SLASHED.search(text):
        found, how = order.read(text)
        evidence = f"date element, {how}" if found else evidence
    if not found or (near is not None and _labelled_update(node, text, found[1])):
        return None  # "Updated May 4": when it changed, not when it appeared
    return found[0], found[1], evidence


_CARD_HOLDS = "h2, h3, h4, h5, h6, a"
_MIN_CARD_LINK_WORDS = 3
_CARD_LEVELS = 5
_MAX_CARD_TEXT = 900  # characters of a card's raw text (with the markup's white space), at most


def _listing_item(node: LexborNode, memo: dict[int, int]) -> LexborNode | None:
    """The card of another story that holds this date element, or None: an ancestor repeated at
    least three times among its siblings (the same tag and classes), each a headline or a link
    to a story with its date, as grids of related stories and listings print them. `memo`
    keeps what was found of each ancestor (one page's date elements share most of them)."""
    up = node
    for _ in range(_CARD_LEVELS):
        up = up.parent
        if up is None or up.tag in ("body", "html", "main") or up.parent is None:
            return None
        if up.tag in ("p", "span", "small", "time"):
            continue
        known = memo.get(up.mem_id)
        if known is None:
            known = memo[up.mem_id] = _card_state(up)
        if known == _CARD:
            return up
        if known == _TOO_LARGE:
            return None  # a card holds a headline, a date and a line or two, not an article
    return None


_CARD, _NOT_CARD, _TOO_LARGE = 1, 0, 2


def _card_state(up: LexborNode) -> int:
    if len(up.text(deep=True) or "") > _MAX_CARD_TEXT:
        return _TOO_LARGE
    key = shape(up)
    twins = 0
    for sibling in element_children(up.parent):
        if sibling.mem_id != up.mem_id and sibling.tag == up.tag and shape(sibling) == key:
            twins += 1
            if twins >= 2:
                break
    if twins < 2:
        return _NOT_CARD
    return _CARD if any(held.tag != "a" or len(text_of(held).split()) >= _MIN_CARD_LINK_WORDS
                        for held in up.css(_CARD_HOLDS)) else _NOT_CARD


class _SlashOrder:
    """Whether the page writes "03/04/2021" day first or month first, settled once per page: by its
    other slashed dates that read only one way ("25/04/2021", "04/25/2021"), else by its
    language (the United States write the month first; other English-speaking countries and
    the other languages, the day). Where neither settles it, the date is not read."""

    def __init__(self, tree: LexborHTMLParser):
        self.tree = tree
        self.settled: tuple[str | None, str] | None = None

    def _settle(self) -> tuple[str | None, str]:
        body = self.tree.body
        text = (body.text(separator=" ") or "")[:_ORDER_SAMPLE] if body is not None else ""
        day_first = month_first = 0
        for match in _SLASHED.finditer(text):
            first, second = int(match.group(1)), int(match.group(2))
            day_first += first > 12 >= second
            month_first += second > 12 >= first
        if day_first and not month_first:
            return "day", "day first as the page's other dates"
        if month_first and not day_first:
            return "month", "month first as the page's other dates"
        language = _declared_locale(self.tree)
        if language is not None and language.startswith("en-us"):
            return "month", f"month first as pages in {language}"
        if language is not None and language != "en":
            return "day", f"day first as pages in {language}"
        return None, ""

    def read(self, text: str) -> tuple[tuple[str, str] | None, str]:
        if self.settled is None:
            self.settled = self._settle()
        way, how = self.settled
        match = _SLASHED.search(text)
        if way is None or match is None:
            return None, ""
        first, second, year = (int(g) for g in match.groups())
        month, day = (first, second) if way == "month" else (second, first)
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        return (iso, match.group(0)) if iso_date(iso) else None, how


_ORDER_SAMPLE = 300_000


def _declared_locale(tree: LexborHTMLParser) -> str | None:
    html = tree.css_first("html")
    value = (html.attributes.get("lang") or "") if html is not None else ""
    if not value:
        meta = tree.css_first('meta[property="og:locale"]')
        value = (meta.attributes.get("content") or "") if meta is not None else ""
    value = value.strip().lower().replace("_", "-")
    return value or None


def _shown_or_declared(iso: str, html: str) -> bool:
    """Whether the page writes this date anywhere, in digits ("2021-03-04", "2021/03/04",
    "04.03.2021", "3/4/2021", "20210304") or in words that the date reader reads so. Every
    full date holds its year: only the places around the year are looked at."""
    year, month, day = iso.split("-")
    m, d = int(month), int(day)
    digits = re.compile(rf"{year}[-/.]0?{m}[-/.]0?{d}(?!\d)|(?<!\d)0?{d}[-/.]0?{m}[-/.]{year}"
                        rf"|(?<!\d)0?{m}[-/.]0?{d}[-/.]{year}|{year}{month}{day}")
    day_number = re.compile(rf"(?<!\d)0?{d}(?!\d)")
    for seen, match in enumerate(re.finditer(year, html)):
        if seen >= _MAX_YEARS_LOOKED_AT:
            break
        at, end = match.start(), match.end()
        if digits.search(html, max(0, at - 7), end + 6):
            return True
        window = html[max(0, at - 40):end + 40]
        if day_number.search(window):
            found = find_date(_TAG.sub(" ", window))
            if found and found[0] == iso:
                return True
    return False


_TAG = re.compile(r"<[^>]*>")
_MAX_YEARS_LOOKED_AT = 400


_UPDATE = re.compile(r"updated|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado"
                     r"|atualizado|modificado", re.I)


def _past_the_update(text: str, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """The publication date of "Updated May 9, 2024 · Published May 6, 2024": where the first date
    is labelled as the update's and another date follows it, the other one."""
    if found is None:
        return None
    at = text.find(found[1])
    if at < 0 or not _UPDATE.search(text[:at]):
        return found
    return find_date(text[at + len(found[1]):]) or found


def _labelled_update(node: LexborNode, text: str, shown: str) -> bool:
    """A date element named for an update ("updated", "modified"), or whose words before the date say so."""
    at = text.find(shown)
    return bool(_UPDATE.search(names(node)) or _UPDATE.search(text[:at] if at >= 0 else text))


# The clocks of the world run from 12 hours behind UTC to 14 ahead; a site and its metadata
# differ by at most the span between two populated zones of one audience, taken as 11 hours
# either way from UTC (Hawaii to New Zealand's winter).
_MAX_ZONE_HOURS = 11


def _zone_could_show(value: str, shown: str) -> bool:
    """Whether a time zone a site may use shows the timestamp `value` on the day `shown`: the
    timestamp's own zone, or UTC and zones up to _MAX_ZONE_HOURS from it. "09:10-03:00" is the
    same day everywhere from UTC-11 to UTC+11; "01:10Z" is the day before west of UTC-2."""
    from datetime import datetime, timedelta, timezone

    match = re.search(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?", value)
    if match is None:
        return True
    day, clock, zone = match.groups()
    try:
        moment = datetime.fromisoformat(f"{day}T{clock}")
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            hours, minutes = int(zone[1:3]), int(zone[-2:])
            moment = moment.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
        else:
            moment = moment.replace(tzinfo=timezone.utc)  # a bare time is read as UTC, metadata's usual zone
        utc = moment.astimezone(timezone.utc)
    except ValueError:
        return False
    reach = timedelta(hours=_MAX_ZONE_HOURS)
    return (utc - reach).date().isoformat() <= shown <= (utc + reach).date().isoformat()


_NEAR_HEADLINE = 80  # elements between the headline and its byline date, at most
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")


def _slashed_near(text: str, near: str) -> tuple[str, str] | None:
    match = _SLASHED.search(text)
    if match is None:
        return None
    first, second, year = (int(g) for g in match.groups())
    for month, day in ((second, first), (first, second)):
        if 1 <= month <= 12 and 1 <= day <= 31:
            iso = f"{year:04d}-{month:02d}-{day:02d}"
            if iso == near or _one_day_apart(iso, near):
                return iso, match.group(0)
    return None


def _has_time(value: str) -> bool:
    return bool(re.search(r"\d[T ]\d\d:\d\d", value))


def _one_day_apart(a: str, b: str) -> bool:
    from datetime import date

    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) == 1
    except ValueError:
        return False


def iso_date(value: str) -> str | None:
    """The calendar date a declared value names, or None: an ISO value must be a real date
    ("2021-02-30" and "2012-13-45" are not: the reader goes on to the next source of a date)."""
    from datetime import date

    match = _ISO_DATE.match(value or "")
    if match:
        iso = "-".join(match.groups())
        try:
            date.fromisoformat(iso)
        except ValueError:
            return None
        return iso
    found = find_date(value or "")
    if not found:
        return None
    try:
        date.fromisoformat(found[0])
    except ValueError:
        return None
    return found[0]


def _htmldate(html: str) -> tuple[str | None, str | None, str]:
    """htmldate's reading of the whole page: URL patterns, headers, visible dates."""
    try:
        from htmldate import find_date as htmldate_find

        value = htmldate_find(html, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - a third-party heuristic; a failure means no date, not no page
        return None, None, ""
    return (value, value, "htmldate") if value else (None, None, "")
