"""Line patterns of scraped pages: boilerplate, bylines, comment headers and markers.

Kept in one place so a new site's wording is a one-line change, and in several
languages because comment sections keep their platform's UI language.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

CLOSED_NOTICE = re.compile(
    r"^(comments (are|on this (article|post|story) are( now)?) closed"
    r"|this (article|post|story|thread) is( now)? closed (for|to) comments"
    r"|comments? (have been |are )?(closed|disabled)"
    r"|commenting (is|has been) (closed|disabled)"
    r"|(die )?kommentare sind geschlossen|kommentarfunktion (ist )?geschlossen"
    r"|les commentaires sont fermés|commentaires fermés"
    r"|(los )?comentarios (están )?cerrados|comentários (estão )?(encerrados|fechados))\.?$",
    _I,
)

COMMENT_FORM = re.compile(
    r"^(leave a (reply|comment|response)|add (a|your) comment|post (a )?comment|submit comment"
    r"|cancel reply|cancel comment reply|your email address will not be published.*"
    r"|required fields are marked.*|notify me of (new|follow-up).*|save my name, email.*"
    r"|(name|e-?mail|website|comment)\s*\*?|you must be logged in to post a comment.*"
    r"|einen kommentar (hinterlassen|schreiben)|schreibe einen kommentar|kommentar verfassen"
    r"|laisser un commentaire|laisser une réponse|ajouter un commentaire"
    r"|deja un comentario|dejar un comentario|deja una respuesta"
    r"|deixe um comentário|deixe uma resposta)\.?\s*:?$",
    _I,
)

FOOTER = re.compile(
    r"^(printable version\b.*|print this( page| article)?|email this( article)?|share this( article)?:?"
    r"|please email the editor|our code of editorial values|next story|previous story"
    r"|next post|previous post|(©|copyright\b).*|all rights reserved\.?|back to top"
    r"|share (on|via) (facebook|twitter|email).*|follow us on .*|subscribe( now| to our newsletter)?"
    r"|tags?:.*|filed under:?.*|categories?:.*)$",
    _I,
)

RELATED_HEADER = re.compile(
    r"^(recommended reads?|related (articles|posts|stories|links|content|reading)|read more|read next"
    r"|you (may|might) also like|more from .*|most popular|most read|more stories|further reading"
    r"|ähnliche (artikel|beiträge)|weitere artikel|à lire aussi|lire aussi|articles similaires"
    r"|artículos relacionados|te puede interesar|leia também|artigos relacionados):?$",
    _I,
)

VIDEO_CAPTION = re.compile(r"^(related video|watch|video)s?:$", _I)

TEASER = re.compile(r"^(latest|update|updated|breaking|live|watch|developing)\s*:\s*\S", _I)

BYLINE = re.compile(
    r"^(by|von|par|por)\s+(?P<name>[^|,()]+?)\s*(?:$|[|,]\s*(?P<rest>.*))",
    _I,
)
NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}$")
DATE_LINE = re.compile(
    r"^(last updated|updated|published|posted( on)?|date|aktualisiert|veröffentlicht|publié le|publicado)"
    r"\s*:?\s*(?P<date>.+)$",
    _I,
)
OUTLET_IN_PARENS = re.compile(r"\(([^)]+)\)")

_COUNT_WORD = (
    r"(?P<count>\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|keine?|un|une|uno|una|um|uma|ein|einen|aucun)"
)
_COMMENT_NOUN = (
    r"(responses?|comments?|replies|reply|thoughts?|reactions?|kommentare?|antworten|commentaires?"
    r"|réponses?|comentarios?|comentários?|respuestas?|respostas?)"
)
COMMENT_HEADER = re.compile(
    rf"^(\{{\s*)?(there (are|is)\s+)?(this post has\s+)?{_COUNT_WORD}\s*{_COMMENT_NOUN}\b(\s+yet)?"
    rf"(\s+(on|to|zu|sur|en|em|para|a)\b.*|\s*[:.…].*|\s*\}}?)?$",
    _I,
)
BARE_COMMENT_HEADER = re.compile(
    r"^(comments|kommentare|commentaires|comentarios|comentários|discussion|reader comments|responses)\s*:?$", _I
)

COUNT_WORDS = {
    "no": 0, "keine": 0, "kein": 0, "aucun": 0, "one": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "um": 1,
    "uma": 1, "ein": 1, "einen": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}

NUMBER_MARKER = re.compile(r"^(?P<indent>\s*)(?P<marker>\d{1,4}[.)])\s+(?P<text>\S.*)$")
BULLET_MARKER = re.compile(r"^(?P<indent>\s*)(?P<marker>[•\-*◦▪□○·☆★■●‣⁃])\s+(?P<text>\S.*)$")

COMMENTER_LINE = re.compile(
    r"^(?P<author>[^\s].{0,60}?)\s+"
    r"(?:(?:on|am|le|el|em)\s+(?P<date>.{4,60}?)\s+)?"
    r"(?P<verb>says|said|wrote|writes|schreibt|sagt|schrieb|dit|a écrit|écrit|dice|escribió|disse|escreveu)\s*:?$",
    _I,
)
REPLY_LINK = re.compile(r"^(reply|antworten|répondre|responder|responda|log in to reply|report|permalink)(\s*[↓|].*)?$", _I)
