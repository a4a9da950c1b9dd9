"""Comment furniture: the site's own words around a comment, which are not the commenter's.

Reply and report links, like/vote widgets and counts ("Thumb up 21 Thumb down 3", "This comment
has been well-received!"), "says:", "Login to reply", permalinks, avatar captions. Removed by
element (their class names) where the markup names them, and by line where it does not.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from discourse.parse.html.dom import ancestors, names

# Elements inside a comment that hold furniture, by what sites call them.
FURNITURE_NAMES = re.compile(
    r"(?:^|[-_\s])(reply|replies-link|comment-reply-link|reply-link|respond|actions?|tools|toolbar|report|flag|vote|votes"
    r"|voting|rating|ratings|karma|like|likes|thumbs?|score|share|sharing|avatar|gravatar|photo|picture|pic|userpic"
    r"|permalink|edit-link|moderation|awaiting|signature|sig|comment-meta-links|links|footer-links|commentrating"
    r"|reactions?|badge|follow)(?=$|[-_\s\d])", re.I)
# Words that are furniture, in the languages comment templates are written in.
_FURNITURE = (
    r"(?:reply|reply to (?:this )?comment|reply to \S+|report|report (?:this|post|comment|abuse)|like|unlike|likes?\s*\(?\d*\)?"
    r"|share|flag|permalink|link|link to comment|comment link|quote|edit|delete|log ?in to reply|sign in to reply"
    r"|login to reply"
    r"|report post|log in to replyreply|antworten|melden|répondre|signaler|responder|responda|denunciar"
    r"|rispondi|segnala|beantwoorden|reageer|reageren|rapporteren|svara|svar|rapportera|anmäl|besvar|citer|zitieren"
    r"|citar|cita|citeren|gefällt mir|j'aime|me gusta|curtir|mi piace|vind ik leuk|gilla"
    r"|odpowiedz|zgłoś|says:?|said:?|wrote:?|sagt:?|schreibt:?|dit\s*:?|a écrit\s*:?|your comment is awaiting moderation\.?"
    r"|click to expand\.{0,3}|(?:thumb|vote)s? (?:up|down)\s*\d*(?:\s+(?:thumb|vote)s? (?:up|down)\s*\d*)?"
    r"|this comment has been (?:well|poorly)[- ]received!?.*|what do you think\??|\d+\s*(?:likes?|points?|votes?)?"
    r"|[+-]?\d+|\(\d+\)|show replies|hide replies|load more replies|view replies|read more|more|pingback:?"
    r"|trackback:?|\S.{0,60}?\s(?:said|wrote|schrieb|a écrit):|(?:originally posted by|zitat von)\s\S.{0,60})\s*[|·•]?")
_FURNITURE_LINE = re.compile(rf"^{_FURNITURE}$", re.I)
_FURNITURE_WORD = re.compile(rf"{_FURNITURE}(?:\s+|$)", re.I)
_MAX_ROW = 80


# Containers of page furniture that list posts or comments of other pages: sidebars, "recent
# comments" and "related stories" widgets. "recent" names a widget only with what it lists (a
# thread's own "most recent first" list is called so too); "widget" only as a whole class token or
# its prefix (WordPress's "widget widget_recent_comments"), not a page builder's "elementor-widget";
# "footer" not in a layout wrapper's "footerfix" (Simple Machines' wrapper of the whole page, which
# keeps the foot down as "clearfix" keeps floats in).
WIDGET_NAMES = re.compile(r"sidebar|recent[-_]?(?:comments?|posts?|entries|articles|activity)|popular|related|trending"
                          r"|footer(?!fix(?:$|[-_\s]))|(?:^|[-_\s])aside(?:$|[-_\s])|(?:^|\s)widget(?:$|[-_\s])")


def in_widget(node, cache: dict[int, bool] | None = None, named: re.Pattern[str] = WIDGET_NAMES) -> bool:
    """Inside a container whose class or id `named` matches (by default a sidebar or widget);
    `cache` keeps, per ancestor, whether it is inside or is such a container, across calls with the
    same pattern: each chain is walked once, so deeply nested markup costs linear, not quadratic, time."""
    cache = {} if cache is None else cache
    walked, inside = [], False
    for ancestor in ancestors(node):
        if ancestor.tag in ("body", "html"):
            break
        known = cache.get(ancestor.mem_id)
        if known is not None:
            inside = known
            break
        walked.append(ancestor.mem_id)
        if named.search(names(ancestor)):
            inside = True
            break
    cache.update(dict.fromkeys(walked, inside))
    return inside


def is_furniture_element(marks: str, own: frozenset[str] = frozenset()) -> bool:
    """Named for furniture. `own`: the furniture words the comment's own element is named with (a
    French or Dutch site's `li.reaction`, its "reaction" a reader's comment): there they name the
    comment's parts ("reaction-texte"), and only another furniture word ("reaction-actions") is one."""
    if not marks:
        return False
    return any(match.group(1).lower() not in own for match in FURNITURE_NAMES.finditer(marks))


def furniture_words(marks: str) -> frozenset[str]:
    """The furniture words in an element's class and id ("reaction" in "reaction even")."""
    return frozenset(match.group(1).lower() for match in FURNITURE_NAMES.finditer(marks))


def is_furniture_line(text: str) -> bool:
    text = text.strip()
    return _FURNITURE_LINE.match(text) is not None or (len(text) <= _MAX_ROW and _furniture_row(text))


def _furniture_row(text: str) -> bool:
    """A row of furniture words ("Reply Report Like 3", "Antworten · Melden · Gefällt mir 3"): a
    comment's action bar read as one line where the markup does not name it. Read word by word,
    each the first that matches there (one pass: no backtracking over the row). At least two
    actions and no word of prose: "more" is one where it stands beside others ("More like 3",
    "Share more" are short replies), as a line alone it is a link."""
    at, actions = 0, 0
    while at < len(text):
        match = _FURNITURE_WORD.match(text, at)
        if match is None or match.end() == at or _ROW_PROSE.match(match.group()):
            return False
        at, actions = match.end(), actions + 1
    return actions >= 2


# Furniture words as a line alone that are prose within a row of words.
_ROW_PROSE = re.compile(r"more\W*$", re.I)


def clean_lines(lines: list[str], author: str | None, date: str | None) -> list[str]:
    """The commenter's own paragraphs: furniture lines and repeats of the author/date line dropped."""
    out = []
    for line in lines:
        text = line.strip()
        if not text or is_furniture_line(text):
            continue
        if author and text in (author, f"{author} says:", f"{author} said:"):
            continue
        if date and text == date:
            continue
        out.append(text)
    return out


_MIN_WORDS_BESIDE_FORM = 9


def _is_form(node: LexborNode) -> bool:
    """A comment form, or an element that holds little besides one (a reply form may sit inside a
    comment; a form's labels, "Name *", "Email *", are no commenter's words)."""
    forms = node.css("form, textarea")
    if not forms:
        return False
    outside = len((node.text() or "").split()) - sum(len((form.text() or "").split()) for form in forms)
    return outside < _MIN_WORDS_BESIDE_FORM


# The fields a comment form asks a commenter for: their name and email (a reply box holds only a textarea).
_COMMENTER_FIELDS = ('input[type="email"], input[name*="email" i], input[name*="author" i], input[name="name" i], '
                     'input[id*="email" i], input[id*="author" i]')


def is_comment_form(node: LexborNode, forms: dict[int, bool] | None = None) -> bool:
    """The comment form or a part of it: little besides a form, or a field of one, where the form asks
    for the commenter's name or email (a theme may name the box around the form's text field "comment").
    A short comment with its own inline reply box ("Agreed." over a hidden textarea) is still a comment,
    also inside a form that wraps the whole page (ASP.NET's): that form is no comment form. `forms`
    keeps the verdict per form across calls: a page's form is read once, not once per comment in it."""
    if not _is_form(node):
        return False
    if node.css_first(_COMMENTER_FIELDS) is not None:
        return True
    form = next((up for up in ancestors(node) if up.tag == "form"), None)
    if form is None:
        return False
    forms = {} if forms is None else forms
    if form.mem_id not in forms:
        forms[form.mem_id] = form.css_first(_COMMENTER_FIELDS) is not None and not _wraps_page(form)
    return forms[form.mem_id]


# What only the page's article holds: its headline, its own element, its declared text.
_ARTICLE_PARTS = 'h1, article, main, [itemprop~="articleBody"]'


def _wraps_page(form: LexborNode) -> bool:
    """A form that holds the article (its headline or its element) or most of the document's text:
    a whole page built as one form, not a form to comment with."""
    if form.css_first(_ARTICLE_PARTS) is not None:
        return True
    body = next((up for up in ancestors(form) if up.tag == "body"), None)
    return body is not None and 2 * len(form.text() or "") > len(body.text() or "")
