"""Line patterns of scraped pages: boilerplate, bylines, comment headers and markers.

Kept in one place so a new site's wording is a one-line change, and in several
languages because comment sections keep their platform's UI language.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from discourse.parse.dates import MONTHS

_I = re.IGNORECASE


class Source(NamedTuple):
    """A pattern's source and flags: all that joining it into another pattern (`lowercase_matcher`, the
    boilerplate kinds) or reading its first characters (`starts`, `Dispatch`) needs of it."""

    pattern: str
    flags: int = 0


# Patterns most pages never match alone (most are read only as parts of other patterns), by name: each is
# compiled on its first use as `patterns.NAME` (`__getattr__`), as compiling every pattern of the parser
# was most of its import. Their sources are `source(NAME)`.
_RARE: dict[str, Source] = {}


def source(name: str) -> Source:
    """The source and flags of a pattern of `_RARE`, never compiled for it."""
    return _RARE[name]


def __getattr__(name: str) -> re.Pattern:
    """A pattern of `_RARE` compiled on its first use, then kept as the module's own name."""
    if name not in _RARE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    compiled = globals()[name] = re.compile(*_RARE[name])
    return compiled

CLOSED_NOTICE = re.compile(
    r"^(comments (are|on this (article|post|story|entry) are)( now)? closed"
    r"|this (article|post|story|thread|entry|discussion) is( now)? closed (for|to) (new )?comments"
    r"|comments? (have been |are |were )?(closed|disabled|turned off)"
    r"|commenting (is|has been) (closed|disabled|turned off)"
    r"|(die )?kommentare sind (geschlossen|deaktiviert)|(die )?kommentarfunktion ((ist|wurde) )?(für diese[nr]? \w+ )?(geschlossen|deaktiviert)"
    r"|les commentaires sont (fermés|clos|désactivés)|commentaires (fermés|clos)"
    r"|(los )?comentarios (están )?cerrados|comentários (estão )?(encerrados|fechados)"
    r"|commenti (sono )?chiusi|reacties (zijn )?gesloten|komentarze (są )?(zamknięte|wyłączone)"
    r"|kommentarer (är )?(stängda|avstängda))"
    r"(\s+(for|on|to|zu|für|pour|para|per|voor|dla|för) (this|these|diesen?|cet|cette|ce|este|esta|questo|questa"
    r"|dit|deze|tego|den|det) \w+)?\.?$",
    _I,
)

_RARE["COMMENT_FORM"] = Source(
    r"^((leave a (reply|comment|response)|add (a|your) comment|schreibe einen kommentar|laisser un commentaire"
    r"|deja un comentario|deixe um comentário)( cancel( reply)?| antworten abbrechen| annuler la réponse"
    r"| cancelar respuesta| cancelar resposta)?|post (a )?comment|submit comment|kommentar abschicken"
    r"|cancel reply|cancel comment reply|your email address will not be published.*"
    r"|enter your comment here.*|fill in your details below.*|you are commenting using your .*"
    r"|to comment,? (please )?(log in|sign in).*|something to say\?.*|what do you think\?.+"
    r"|(please )?(log in|sign in|register) to (comment|post a comment|leave a comment|join the discussion).*"
    r"|required fields are marked.*|notify me of (new|follow-up).*|save my name, email.*"
    r"|(name|e-?mail|website|comment)\s*\*?|you must be logged in to post a comment.*"
    r"|einen kommentar (hinterlassen|schreiben)|schreibe einen kommentar|kommentar verfassen"
    r"|laisser un commentaire|laisser une réponse|ajouter un commentaire"
    r"|deja un comentario|dejar un comentario|deja una respuesta"
    # (the new words one branch per first letters: each branch is one more try for every line opening with them)
    r"|deixe um comentário|deixe uma resposta|la(?:scia un commento|scia una risposta|at een reactie achter)"
    r"|lämna (?:ett svar|en kommentar)|s(?:crivi un commento|kriv en kommentar)|plaats een reactie|reageer"
    r"|dodaj komentarz|zostaw komentarz|napisz komentarz)\.?\s*:?$",
    _I,
)

# A notice that the comments appear only once a script runs (Disqus and the like): the saved page
# holds none, whatever it declares.
SCRIPT_NOTICE = re.compile(
    r"(enable javascript to (?:view|see|load|read) (?:the )?comments|comments powered by disqus"
    r"|javascript (?:must be|is) (?:enabled|required) (?:to|for) (?:view|see|read|load)?\w* ?(?:the )?comments"
    r"|loading comments|(?:aguarde\W*)?carregando comentários|kommentare werden geladen|chargement des commentaires"
    r"|cargando comentarios)", re.I)

_RARE["FOOTER"] = Source(
    r"^(printable version\b.*|print this( page| article)?|email this( article)?|share this( article)?:?"
    r"|please email the editor|our code of editorial values|next story|previous story"
    r"|next post|previous post|(©|copyright\b).*|all rights reserved\.?|back to top|(↑\s*)?top of (comments|page)"
    # a forum's choice of the posts shown, under the last ("Display posts from previous: All posts Sort by Post time")
    r"|display posts from previous:.*"
    # a forum or blog engine's credit line ("Powered By MyBB, © 2002-2024 MyBB Group.", "Powered by vBulletin® Version
    # 4.2.5", "Powered by WordPress | Theme: Twenty Twelve"): after the engine only its credit, never a sentence
    # ("Powered by WordPress, the council site crashed …", "Powered by Vanilla extract and …")
    r"|powered by (mybb|phpbb|vbulletin|xenforo|discourse|invision( community| power board)?|smf|simple machines"
    r"|wordpress(\.com)?|discuz!?|punbb|fluxbb|vanilla)([®™]|\s+(forum software|group|limited|version\s+[\w.]+|[\d.]+))*"
    r"([,.:|]?\s*([^©.!?]{0,30}©.*|\(c\).*|best viewed with javascript enabled"
    r"|[&|·•]\s*(theme\b.*|[^.!?,]{0,40}\bby\b.*)))?\.?"
    r"|share (on|via) (facebook|twitter|email).*|follow us on .*|subscribe( now| to our newsletter)?"
    # "Subscribe" in other languages, as a button alone on its line
    # (one branch per first letters: each branch is one more try for every line opening with its letter)
    r"|s(?:'abonner|uscr[ií]b(?:ete|irse)|ubskrybuj)|a(?:b(?:onnez-vous|onnieren|onneren|onneer|bonati)|ss[ií]ne( já)?)"
    r"|jetzt abonnieren|zaprenumeruj|prenumerera"
    r"|tags?:.*|filed under:?.*|categories?:.*"
    # the links to the previous and next posts under an article, and advertisement labels
    r"|(previous|next) (article|post|story)\b.*|article (précédent|precedent|suivant)\b.*"
    r"|(vorheriger|nächster|voriger) (artikel|beitrag)\b.*|(artículo|entrada|artigo|post) (anterior|siguiente|seguinte)\b.*"
    r"|advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama)$",
    _I,
)

_RARE["RELATED_HEADER"] = Source(
    r"^(recommended reads?|related (articles|posts|stories|links|content|reading)|read more|read next"
    r"|you (may|might) also like|more from .*|most popular|most read|more stories|further reading"
    r"|ähnliche (artikel|beiträge)|weitere artikel|à lire aussi|lire aussi|articles similaires"
    r"|artículos relacionados|te puede interesar|leia também|artigos relacionados):?$",
    _I,
)

# A year of the calendar standing as a word ("2021", not the "2021" of "12021"): a date line holds one.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# A box of links to other stories set inside an article ("See also", "Zobacz także"): its header, then
# a headline or two, before the article goes on.
_RARE["SEE_ALSO_HEADER"] = Source(
    r"^(see also|also read|read also|lesen sie auch|siehe auch|zobacz (także|też|również)|czytaj (także|też|również)"
    r"|lee también|ver también|vedi anche|leggi anche|veja também|voir aussi):?$",
    _I,
)

# An appeal for support or donations after an article ("While you are here…", "Unterstützen Sie uns"):
# the article is over.
_RARE["SUPPORT_APPEAL"] = Source(
    r"^(while you('re| are) here\b|if you (enjoyed|liked|like|value|appreciate)\b.{0,40}\b(post|article|story|piece"
    r"|work|reading|journalism)|(please )?(support|donate to) (us|our work|independent|this (site|blog))"
    r"|become a (patron|member|supporter|subscriber) (and|to|today)|donate( now| today| here)?[.!]?$"
    r"|please (consider )?(supporting|donating|making a donation|a donation|subscribing)\b"
    r"|support (our|independent) (journalism|work|reporting)|unterstützen sie (uns|unsere arbeit)"
    r"|soutenez(-nous| notre travail)|apoie (o|nosso|a)\b|wesprzyj nas|apóyanos|sostienici)",
    _I,
)

# A newsletter box's call to sign up, in the languages of the support appeals: "Sign up for our newsletter",
# "Get our newsletter", "Melden Sie sich für unseren Newsletter an", "Newsletter abonnieren". The words between
# the call and the newsletter are bounded, so a long block is given up on early.
_RARE["NEWSLETTER_SIGNUP"] = Source(
    r"^(?:(?:sign(?:ing)? up|subscribe|register|get|receive|join|melden sie sich|melde dich|abonnieren sie|abonniere"
    r"|inscrivez-vous|abonnez-vous|recevez|suscríbete|suscribete|suscríbase|recibe|apúntate|assine|inscreva-se|receba"
    r"|cadastre-se|iscriviti|ricevi|abbonati|schrijf je in|meld je aan|abonneer|zapisz się)\b.{0,40}?"
    r"\b(?:newsletters?|nieuwsbrief|boletín|boletim|lettre d'information)\b"
    r"|^newsletter\s*:?\s+(?:abonnieren|bestellen|sign up|subscribe)\b)",
    _I,
)

# Headers of the furniture that follows a comment thread: the author's box, related articles, the most
# read. After the comments they end the section (inside the article they are set apart as related links).
_RARE["AFTER_COMMENTS"] = Source(
    r"^(about the author|über den autor|zum autor|à propos de l'auteur|sobre o autor|sobre el autor"
    r"|related (articles|posts|stories)|verwandte (artikel|beiträge)( weiterlesen)?|ähnliche (artikel|beiträge)"
    r"|articles similaires|artículos relacionados|artigos relacionados|you (may|might) also like"
    r"|more stories|most popular|most read|meistgelesen|les plus lus|más leídos|mais lidas):?$",
    _I,
)

_RARE["VIDEO_CAPTION"] = Source(r"^(related video|watch|video)s?:$", _I)

TEASER = re.compile(r"^(latest|update|updated|breaking|live|watch|developing)\s*:\s*\S", _I)

# "By NAME" in the languages of the comment headers: Italian "di", Dutch "door", Polish "przez", Russian "Автор:" and
# German, Polish, Spanish or Portuguese "Autor:" ("Autorin:", "Autorka:": with the colon: "Autor des Buches ist …" is
# a sentence), each maybe with a colon ("By: NAME", "Von: NAME", "Par : NAME"). ("Author: NAME" is a recipe card's
# field as often as a byline; Swedish "av" would send every line opening with an "a" to the byline regex.)
BYLINE = re.compile(
    r"^(by|von|par|por|di|door|przez|(?:автор|autor(?:in|ka)?)(?=\s*:))\s*:?\s+(?P<name>[^|,()]+?)\s*"
    r"(?:$|[|,]\s*(?P<rest>.*))",
    _I,
)
# "October 25th, 2012 by Dan Meyer", "Veröffentlicht am 13. März 2019 von NAME", "Posted by NAME at 4:59 PM".
INLINE_BYLINE = re.compile(r"(?:^|[\s|])(?:posted by|written by|by|von|par|por)\s+(?P<name>\S.*)$", _I)
BYLINE_NAME_END = re.compile(
    r"\s+(?:on|at|am|um|in|le|el|-|–|—|published|updated|veröffentlicht|publié)(?:\s|$)|\s*[|,(●•/]|\s+[»·]|\s+\d", _I
)
# "Jane Doe 11/08/2020 Feelings": a name, then the date.
NAME_THEN_DATE = re.compile(r"^(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3})\s+\d")
# The capitals a name opens with: Latin, with the accented ones of Western and Central Europe ("Łukasz", "Šárka"), and
# Cyrillic, Ukrainian's and Serbian's letters among them ("Ірина", "Євген", "Ґанна", "Јован", "Ђорђе", "Љубица", "Џеф").
NAME_CAPITALS = "A-ZÀ-ÖØ-ÝĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽĹĽŔŐŰĞŞİЀ-ЯҐ"
# A name alone on its line: two to four capitalised words, in Latin or Cyrillic script ("Иван Петров").
NAME_LINE = re.compile(rf"^[{NAME_CAPITALS}][\w'’.-]+(?:\s+[{NAME_CAPITALS}][\w'’.-]+){{1,3}}$")
# A post's reading time ("3 min read", "5 minute read", "Lesezeit: 4 Min.", "2 min de lecture"), perhaps with the
# dot that parts it from the date: furniture by the byline, never the headline
READING_TIME = re.compile(r"(?:\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+(?:read|de lecture|di lettura|de lectura)"
                          r"|(?:lesezeit|lesedauer|reading time|temps de lecture)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*"
                          r"(?:min(?:ute)?s?|minuten)\.?)\s*[·|•]?", re.I)
DATE_LINE = re.compile(
    r"^(last updated|updated|published|posted( on)?|date|aktualisiert( am)?|veröffentlicht( am)?|publié le"
    r"|mis à jour( le)?|publicado( el| em)?|actualizado( el)?|atualizado( em)?|pubblicato( il)?|aggiornato( il)?)"
    r"\s*:?\s*(?P<date>.+)$",
    _I,
)
# A long posting line after the text: "This entry was posted on DATE and is filed under …".
POSTED_LINE = re.compile(r"^(this (entry|post|article|story) was (posted|published|written)|(posted|published) (on|in)\b)", _I)
OUTLET_IN_PARENS = re.compile(r"\(([^)]+)\)")

_COUNT_WORD = (
    r"(?P<count>\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|keine?|un|une|uno|una|um|uma|ein|einen|aucun)"
)
COMMENT_NOUN = (
    r"(responses?|comments?|replies|reply|thoughts?|reactions?|(?:leser)?kommentare?|antworten|ergänzungen|commentaires?"
    r"|réponses?|réactions?|comentarios?|comentários?|respuestas?|respostas?|opiniões|commenti|risposte"
    r"|reacties|reactie|komentarz[a-z]*|kommentarer|kommentar|комментари(?:и|ев|я|й))"
)
# A count other than one run into a singular "Reply", or set apart from it by a wide gap, with nothing after: a
# comment's votes beside its reply link ("3  Reply", "3Reply", as wpDiscuz's tally and link render), never a header.
# A header names its count in one run of text ("5 Reply", "2 Reply to “Title”", "3 Reply:", "2 reply so far").
_NOT_VOTES_BY_REPLY = r"(?!(?!1\b)\d+(?:\s{2,}|)reply\s*$)"
COMMENT_HEADER = re.compile(
    rf"^(\{{\s*)?(there (are|is)\s+)?(this post has\s+)?{_NOT_VOTES_BY_REPLY}{_COUNT_WORD}\s*{COMMENT_NOUN}\b(\s+yet)?"
    rf"(\s+(on|to|zu|sur|en|em|para|a|so far)\b.*|\s*[:.…].*|\s*\(.*\)"
    rf"|\s+(add|leave|post|write|join|read|view|show|see|have)\b.*|\s*\}}?)?$",
    _I,
)
# The count after the noun: "Comments (32)", "Kommentare: 3", "Leserkommentare (2)", "Commenti (3)",
# "Discussion (3)", "Liczba komentarzy: 6" (number of comments), "Комментарии (3)".
COUNT_AFTER_HEADER = re.compile(
    r"^.{0,40}?\b(comments?|kommentare|leserkommentare|komentarz[a-z]*|commentaires?|commenti|comentarios?|comentários?"
    r"|responses|reacties|réactions|discussion|diskussion|комментарии)"
    r"\s*[:(]\s*(?P<count>\d+)\s*\)?$",
    _I,
)
_RARE["BARE_COMMENT_HEADER"] = Source(
    r"^(comments|kommentare|leserkommentare|ergänzungen|commentaires|vos réactions|réactions|comentarios"
    r"|comentários|commenti|reacties|komentarze|kommentarer|discussion|join the discussion|discussion about this (?:post|article|story)"
    r"|(?:readers?['’]?|your) (?:comments|responses)|responses|have your say|what do you think\?|deixe sua opinião|dê sua opinião"
    r"|deja tu comentario|deja tu opinión|kommentar schreiben|diskussion|комментарии)\s*:?$", _I
)

# Links between pages of comments: the page shows only some of its comments.
_RARE["COMMENT_PAGES"] = Source(
    r"^[«←‹<\s]*((older|newer|previous|next|earlier|later|ältere|neuere|frühere|anciens|plus anciens|récents"
    r"|anteriores|antigos)\s+(comments|kommentare|commentaires|comentarios|comentários)"
    r"|(see|view|show|load|read)\s+(all|more)(\s+\d+)?\s+(more\s+)?(comments|replies)|comment page \d+.*|pages?:?\s*\[?\d.*"
    r"|(\d+\s+)+(\.\.\.\s+\d+\s+)?next\b.*)\s*[»→›>]*$", _I)

COUNT_WORDS = {
    "no": 0, "keine": 0, "kein": 0, "aucun": 0, "one": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "um": 1,
    "uma": 1, "ein": 1, "einen": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}

NUMBER_MARKER = re.compile(r"^(?P<indent>\s*)(?P<marker>\d{1,6}[.)])\s+(?P<text>\S.*)$")
BULLETS = "•-*◦▪□○·☆★■●‣⁃◎△▲◇◆▽▼♦❖➢►▸"
BULLET_MARKER = re.compile(rf"^(?P<indent>\s*)(?P<marker>[{re.escape(BULLETS)}])\s+(?P<text>\S.*)$")


def bullet_text(text: str) -> str | None:
    """The text of a bulleted list item (`text`: a stripped line), or None for another line."""
    bullet = BULLET_MARKER.match(text) if text[:1] in BULLETS else None
    return bullet.group("text") if bullet else None


_LINK_EDGES = "[(*_ )]"


def link_text(text: str) -> str:
    """A stripped line as the link it may print: without its bullet and the brackets, stars and underscores
    a rendering puts round a link ("[Reply]", "* _Report_", "(permalink)")."""
    return (bullet_text(text) or text).strip(_LINK_EDGES)


_EMPHASIS_MARKS = ("**", "__", "*", "_")


def unemphasised(name: str | None) -> str | None:
    """A name without the emphasis marks a Markdown rendering wraps it in ("**Tom Hale**", "_dana_"): a page
    html2text printed with too few marks to be read as Markdown keeps them on its lines, and they are no part
    of the name. A mark on one side only, or inside the name ("railfan_jo"), is kept."""
    if not name or name[:1] not in "*_":
        return name
    for mark in _EMPHASIS_MARKS:
        inner = name[len(mark):-len(mark)]
        if name.startswith(mark) and name.endswith(mark) and inner.strip(" *_") == inner and inner:
            return inner
    return name


def handle_of_glued_name(name: str | None) -> str | None:
    """A forum's handle glued to the name it stands for, as a renderer prints the two links side by side ("miraMira
    Holt", "peter_hPeter Hall"): the handle, which the forum shows first and knows its posters by. Only where the
    handle, in small letters, opens with the whole first name and a surname follows; any other name comes back as
    it was, a camelCase handle among them ("happyHarry", "mightyMike Jones")."""
    if not name or not name[:1].islower():
        return name
    words = name.split()
    at = next((k for k, char in enumerate(words[0]) if char.isupper()), 0)
    handle, first = words[0][:at], words[0][at:]
    glued = at > 1 and len(words) > 1 and first[1:].islower() and handle.replace("_", "").isalnum() \
        and handle.replace("_", "").startswith(first.lower())
    return handle if glued else name


def is_name_line(text: str) -> bool:
    """A name alone on its line (`NAME_LINE`), emphasis marks round it aside (`unemphasised`)."""
    return NAME_LINE.match(unemphasised(text)) is not None


# The words a forum prints over a quoted post to name whom it quotes ("Originally Posted by erin", "Quote from: erin").
QUOTED_FROM_LABEL = r"(?:originally posted by|quote from:|zitat von:?|citation de:?)"
# Each run of spaces is followed by a word, so "(?!\s)" changes no match; it stops a long run of spaces
# from being given back one space at a time, each tried against every verb.
COMMENTER_LINE = re.compile(
    r"^(?P<author>[^\s].{0,60}?)\s+(?!\s)"
    r"(?:(?:on|am|le|el|em)\s+(?!\s)(?P<date>.{4,60}?)\s+(?!\s))?"
    r"(?P<verb>says|said|wrote|writes|replied|responded|schreibt|sagt|schrieb|meint|antwortete|dit|a écrit|écrit"
    r"|a répondu|dice|dijo|escribió|escribe|respondió|disse|escreveu|diz|respondeu|schreef|zegt|antwoordde|scrive"
    r"|scrisse|rispose|ha (?:detto|scritto|risposto)|schrijft|reageerde|zei|pisze|napisał|napisała|odpowiedział"
    r"|odpowiedziała|skrev|skriver|sagde|säger|svarade)\s*:?$",
    _I,
)
# A thread's sort control: "Sort by Newest", "Order By: [Newest to Oldest]", "Sort by Oldest Newest Most Liked", "Sort By:
# Date Descending", "Sortieren nach: Neueste", "Trier par date". Only listed orders (or nothing) follow the verb: "Order
# by Friday to get them" is a sentence.
_SORT_ORDERS = (r"newest|oldest|best|top|date|popular(ity)?|votes?|voted|likes?|liked|recent|most \w+|latest|relevance"
                r"|rating|comments|ascending|descending"
                r"|neueste|älteste|beste|datum|beliebteste|kommentare|aufsteigend|absteigend"
                r"|plus récents|récents|anciens|meilleurs|populaires|commentaires|croissant|décroissant"
                r"|más recientes|recientes|antiguos|mejores|fecha|comentarios|ascendente|descendente"
                r"|mais recentes|recentes|antigos|melhores|data|comentários|crescente|decrescente"
                r"|più recenti|recenti|meno recenti|migliori|commenti|nieuwste|oudste|reacties|oplopend|aflopend"
                r"|najnowsze|najstarsze|najlepsze|komentarze|rosnąco|malejąco")
_SORT_CONTROL = (r"(sort(ed)?|order(ed)?) by|sortieren nach|sortiert nach|trier par|trié par|ordenar por"
                 r"|ordenado por|ordina per|ordinati per|sorteer op|sortuj według|sortuj wg")
# One item after a sort control's first order: another order, a button ("[Submit]"), a separator. Each line reads one
# way only: "[" alone where no button follows, and "|" or "↓" (which open the line's trailing "| …" part) left out.
_SORT_TAIL_ITEM = r"\s*(\[\w{1,12}\]|\[(?!\w{1,12}\])|[\]()/,:·•▼▾▲↑-]|(to|first|%s)\b)" % _SORT_ORDERS
# A reply link's word in each language the reader knows ("Reply", "Beantworten", "Ответить", "Svar"), lower case:
# one list for the comment widgets, the links a thread prints and the doubts' reading of a comment's furniture.
REPLY_WORDS = (r"reply|antworten|beantworten|répondre|responder|responda|rispondi|reageren|reageer|beantwoorden"
               r"|svara|svar|odpowiedz|ответить|返信|回复|回覆|vastaa|válasz|odpovědět|yanıtla|cevapla")
# A reply's subject line ("Re: River bridge or tunnel?"), as forums and mailing lists print over a post, its prefix
# repeated as replies to replies add it ("Re: Re:", "Re[2]:", "AW:", "Odp:", "YNT:", "Réf :").
REPLY_SUBJECT = re.compile(r"^(?:(?:re|aw|sv|antw|odp|ynt|r|réf|ref)(?:\[\d+\])?\s?:\s*)+(?P<subject>\S.*)$", _I)
# A forum post's row of buttons to its poster's profile, two or more ("PM Find Quote", "Website Email Find Quote"), as
# MyBB, phpBB and vBulletin print them: "PM" or "Email" alone may be a comment's word, the row never is.
# The profile words come first, one at least, and another button follows; the quote, report and reply buttons after
# them are left to `REPLY_LINK`'s tail, so a long line of them that fails is read once, not split every way.
PROFILE_BUTTONS = (r"(?:pm|find|website|email|www)(?=\s+(?:pm|find|website|email|www|quote|multiquote|report|reply)\b)"
                   r"(?:\s+(?:pm|find|website|email|www|multiquote))*")
# Comment widgets: reply and report links, like and rating buttons with their counters (Coral's "Respect"), sort tabs,
# a vote tally before a reply link ("0 / Reply", "+2 -1 Reply", as wpDiscuz prints them), a forum post's number
# ("#2", "Post 2 of 9") and its row of profile buttons (a forum's "Top" link: `comments.CommentReader`). A sort control is
# "sort/order by" and orderings alone ("Sort by: Best | Newest"), a form's button at most ("[Submit]"): "Sort by date
# to see …" is a sentence. The sort items end where no further item can follow, so a long line of them is never
# handed back item by item to the counters' part after it (that backtracking took seconds on a line of dashes).
_RARE["REPLY_LINK"] = Source(
    r"^(reply with quote|%s|(log ?in|sign in|register) to reply(reply)?"
    r"|report( post| abuse| this comment| comment)?|permalink|link to (this )?comment|flag|like|unlike|respect|quote|recommend(ed)?"
    r"|vote (up|down)|thumbs? (up|down)|rate this|loading(\.\.\.|…)?|editors'? picks?|all comments|newest|oldest"
    r"|(most )?(popular|recent|liked)|best|top comments"
    r"|(%s):?(\s*\[?(%s)\b(%s)*(?!%s))?|\d+ (likes?|dislikes?|votes?|points?"
    r"|upvotes?|downvotes?)|(view|show|hide|load|see)( all| \d+)?( more)?( \d+)? (replies|reply|comments)"
    r"|\d+\s*(more )?(replies|reply)|(load|show|view) more"
    r"|[+\-]?\d+((\s*/\s*|\s+)[+\-]?\d+)*(\s*/\s*|\s*)(%s)|(post\s*)?#\d{1,7}|post \d{1,7} of \d{1,7}"
    r"|%s)"
    r"(\s*[↓|»].*|(\s*([\[\]()+\-\d|·•]|positive|negative|thumbs?|up|down|likes?|reply|report|post|quote|share))*)$"
    % (REPLY_WORDS, _SORT_CONTROL, _SORT_ORDERS, _SORT_TAIL_ITEM, _SORT_TAIL_ITEM, REPLY_WORDS, PROFILE_BUTTONS), _I)

# The links a site prints under each comment: reply and report links, a permalink, the prompt to log
# in before replying. Three or more on a page where no comment was read are the trace of a thread.
THREAD_LINK = re.compile(
    r"^(reply|antworten|répondre|responder|responda|rispondi|reageren|svara|odpowiedz|report( post| abuse| this comment| comment)?"
    r"|permalink|link to (this )?comment|((log ?in|sign in)( or register)?|register) to (reply|post comments|comment))"
    r"\b", _I)

# Relative dates whose unit comes first, then the word for "ago": "3 hours ago", "3 giorni fa", "3 dagen
# geleden" (the look-ahead lets the engine give up at once where no such word follows).
RELATIVE_UNIT_FIRST = (
    r"(?=[^\W\d_]{2,9}\s+(?:ago|fa|geleden)\b)"
    r"(?:(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|(?:second[oi]|minut[oi]|ore|ora|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa"
    r"|(?:seconden?|minuut|minuten|uur|dagen|dag|weken|week|maanden?|jaren|jaar)\s+geleden)"
)
# Relative dates whose word comes before the number ("il y a 3 jours", "vor 3 Tagen", "hace 3 días", "há 2
# horas"): look-behinds asked just after the number's first digit, then the unit.
RELATIVE_WORD_FIRST = r"(?<=[aáer] \d)(?:(?<=vor \d)|(?<=hace \d)|(?<=há \d)|(?<=ha \d)|(?<=il y a \d))"
_UNITS_AFTER_WORD = (r"secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?|an"
                     r"|sekunden?|minuten?|stunden?|tagen|tag|wochen?|monaten|monat|jahren|jahr"
                     r"|segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|mês|años?|anos?")
RELATIVE_WORD_FIRST_UNITS = rf"(?:{_UNITS_AFTER_WORD})\b"

# Comment timestamps as sites print them, glued or not: "10/28/12 5:41 PM", "Nov 06 2012 | 1:23 pm",
# "29. Mai 2019 um 17:39", "3 de mayo de 2021", "2012-11-09 17:18", "3 hours ago". The month is any
# word: the year or the time next to it is what makes it a date. Every branch starts at a digit,
# factored out so the regex engine can skip straight to digits (a leading look-behind or letter
# branch makes it try every position: 3x slower); "not preceded by a digit" and "a month word before
# the day" are checked in `timestamps`.
_ZONES = r"(?:[ECMP][SD]T|GMT|UTC|CES?T|BST)"
_TIME_ZONE = rf"(?:\s+{_ZONES}\b|\s+\({_ZONES}\))"  # "10:02 UTC", "10:02 (UTC)", not "10:02 (UTC" left open
COMMENT_DATE = re.compile(
    r"\d(?:\d{3}-\d\d-\d\d|\d?[./]\d{1,2}[./]\d{2,4}|(?P<hyphened>(?<![\d-]\d)\d?-\d{1,2}-(?:19|20)\d\d(?!\d))"
    r"|\d?(?:st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|(?P<day_year>\d?(?:st|nd|rd|th)?,?\s+\d{4})"
    r"|(?P<clock>\d?:\d\d)(?::\d\d)?(?:\s*[ap]\.?m(?![^\W\d_])\.?)?" + _TIME_ZONE + r"?"
    r"|\d*\s+" + RELATIVE_UNIT_FIRST +
    r"|" + RELATIVE_WORD_FIRST + r"\d*\s+(?P<after_word>" + _UNITS_AFTER_WORD + r")\b)",
    _I,
)
_MONTH_BEFORE = re.compile(r"[^\W\d_]{3,10}\.?\s+$")
_MONTH_REACH = 16
# Relative dates whose word comes before the number: "il y a 3 jours", "vor 3 Tagen", "hace 3 días", "há 2 horas"
# (the pattern's look-behinds ask for the word; here it is found to start the date). Without the word, "3 Tage"
# or "3 jours" is a duration in running text, not a date.
_AGO_BEFORE = re.compile(r"(?:il y a|vor|hace|há|ha) $", _I)
_AGO_REACH = 7
# What a clock time's date may be printed as, just before it, where it has no year: a day word ("yesterday at
# 10:15", "gestern um 10:15") or a day and month ("May 3 at 10:15 am", "3. Mai, 10:15"), then a connector.
# Without it the head's date would be the clock alone and the day would be read as the end of the name ("Kay May 3").
_DAY_WORDS = frozenset("yesterday today gestern heute vorgestern hier aujourd'hui avant-hier ayer hoy anteayer ontem "
                       "hoje anteontem ieri oggi gisteren vandaag eergisteren".split())
_CLOCK_CONNECTORS = frozenset("at um à a las la às as alle om - – — |".split())
_DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th|er)?")
_CLOCK_REACH = 32


def timestamps(text: str) -> list[tuple[int, int]]:
    """(start, end) of each timestamp in text."""
    spans = []
    for match in COMMENT_DATE.finditer(text):
        start = match.start()
        if start and text[start - 1].isdigit():
            continue
        kind = match.lastgroup  # the one named group of the branch that matched, if any
        if kind == "day_year":
            month = _MONTH_BEFORE.search(text, max(0, start - _MONTH_REACH), start)
            if month is None:
                continue
            start = month.start()
        elif kind == "after_word":
            start = _AGO_BEFORE.search(text, max(0, start - _AGO_REACH), start).start()  # the look-behind found it
        elif kind == "clock" and start:
            start = _day_before_clock(text, start)
        elif kind == "hyphened" and _in_running_text(text, start, match.end()):
            continue  # "The team scores 10-12-2024 in the league": a score or a code, no date
        spans.append((start, match.end()))
    return spans


# Running text round a hyphened date: ordinary lowercase words on both sides ("The team scores 10-12-2024 in the
# league"). A head's or a date line's words join the date to a name or a label ("Posted by admin on 13-03-2024",
# "mike 13-03-2024", "Posted 13-03-2024 in News"), and a name's capitals, a handle or nothing stand beside it.
_RUNNING_WORDS = 2  # on each side
_RUNNING_REACH = 40  # characters looked at on each side, enough for two words
_CLAUSE_MARKS = ".,;:!?"
_DATE_JOINERS = frozenset("on by am le el em at um à alle om op de del du von vom в posted wrote said replied "
                          "commented updated published edited".split())


def _in_running_text(text: str, start: int, end: int) -> bool:
    """Whether the hyphened date at text[start:end] stands in a sentence, two ordinary words (`_is_running_word`)
    just before it and two just after: such digits are a score or a code. The first word before it may open the
    sentence with its capital ("Final scores 10-12-2024 in the league"). Anywhere else it is a date, as a slashed
    one is; a head's date has at most one side so worded. Reads a few words each side, never the whole line."""
    window = text[max(0, start - _RUNNING_REACH):start].split()
    before = window[-_RUNNING_WORDS:]
    after = text[end:end + _RUNNING_REACH].lstrip(_CLAUSE_MARKS).split()[:_RUNNING_WORDS]
    if not len(before) == len(after) == _RUNNING_WORDS or not all(map(_is_running_word, before[1:] + after)):
        return False
    if _is_running_word(before[0]):
        return True
    opens = start <= _RUNNING_REACH and len(window) == _RUNNING_WORDS \
        or len(window) > _RUNNING_WORDS and window[-_RUNNING_WORDS - 1][-1:] in ".!?"
    return opens and _is_running_word(before[0].lower()) and before[0][1:].islower()


def _is_running_word(word: str) -> bool:
    """A word of a sentence's: lowercase letters, a stop or a comma after them, no joiner of a date to a name."""
    word = word.rstrip(_CLAUSE_MARKS)
    return word.isalpha() and word.islower() and word not in _DATE_JOINERS


def _day_before_clock(text: str, start: int) -> int:
    """Where a clock time's date starts when a day without a year is printed just before it (`_DAY_WORDS`,
    or a month's name and a day in either order: "Lee 3 at 10:15" has none); `start` itself otherwise.
    Read off the last words before the time: a regex search would try every position of the reach."""
    if text[max(0, start - 5):start - 1].isdigit():
        return start  # "2012 10:15": the date has its year (the commonest case, answered at once)
    words = text[max(0, start - _CLOCK_REACH):start].split()
    while words and words[-1].lower() in _CLOCK_CONNECTORS:
        words.pop()
    if not words:
        return start
    last = words[-1].rstrip(",.").lower()
    if last in _DAY_WORDS:
        first = words[-1]
    elif len(words) > 1 and _is_day_and_month(words[-2].rstrip(",.").lower(), last):
        first = words[-2]
    else:
        return start
    return text.rfind(first, 0, start)


def is_day_and_month(text: str) -> bool:
    """A line that is a day and a month alone ("May 3", "3 May", "3. Mai"): a date without its year, as
    comment heads print this year's dates. It names no year, so it is shown but never normalised."""
    words = text.lower().replace(",", " ").split()
    return len(words) == 2 and _is_day_and_month(words[0].rstrip("."), words[1].rstrip("."))


_SHORT_YEAR = re.compile(r"['’]\d\d")


def has_short_year(text: str) -> bool:
    """A year cut to two digits stands in the text ("Mar '24")."""
    return _SHORT_YEAR.search(text) is not None


def is_partial_date(text: str) -> bool:
    """A day and month alone (`is_day_and_month`), or a month and a year cut to two digits ("Mar '24", as a forum
    dates a post of an earlier year): a comment head's date that names no day or no year, shown but never normalised."""
    if "'" not in text and "’" not in text:
        return is_day_and_month(text)  # most lines: no year cut short
    words = text.split()
    return len(words) == 2 and words[0].lower().rstrip(".") in MONTHS and _SHORT_YEAR.fullmatch(words[1]) is not None


def _is_day_and_month(before: str, last: str) -> bool:
    """"May 3", "3 May", "3rd May", "3. Mai": a day of the month and a month's name."""
    if last in MONTHS:
        return _DAY_OF_MONTH.fullmatch(before) is not None
    return before in MONTHS and _DAY_OF_MONTH.fullmatch(last) is not None


def without_timestamps(text: str, spans: list[tuple[int, int]]) -> str:
    """text with the given timestamp spans blanked out."""
    for start, end in reversed(spans):
        text = f"{text[:start]} {text[end:]}"
    return text


# Words around a commenter's name and date that are page furniture, not the name.
META_FILLER = re.compile(
    r"\b(on|at|am|um|le|el|em|à|a|posted|submitted|by|(?:link |reply )?to comment|reply|permalink|link"
    r"|says|said|wrote|schreibt|sagt|dit|antworten|répondre|responder|delete|report|quote)\b|[|—–·•:,()@-]+",
    _I,
)
# A lower-case letter run into a capital: words a rendering glued ("ReplyReport", "Respect3 ReplyReport").
GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A commenter line whose meta comes after the text ("Posted by: NAME at DATE", "by NAME on DATE"); not phpBB's head
# over a post's text, its name and date parted by a guillemet ("by NAME » Mon Mar 04, 2024 10:20 am").
TRAILING_META = re.compile(r"^(posted by|by)\b(?![^»]*\s»\s)", _I)
IMAGE_PLACEHOLDER = re.compile(r"\[[^\]]{0,120}\]")
BARE_NUMBER = re.compile(r"^\d{1,6}$")
GLUED_VERB = re.compile(r"(?<=\S)\s*(wrote|says|said|schreibt|writes)$", _I)


CLOSERS = "'\"’”)]"


def ends_with(text: str, marks: str) -> bool:
    """Whether text ends with one of marks, closing quotes and brackets aside.

    Faster than a `[.!?]['"]*$` search, which tries every position of the line.
    """
    last = text.rstrip(CLOSERS)[-1:]
    return last != "" and last in marks


def ends_clause(text: str, marks: str) -> bool:
    """Whether text ends with one of marks (`ends_with`) that closes a clause, not with a name's initial and its
    stop ("John D.", "Сергей К."): a short line so closed is a commenter's name, not a sentence."""
    return ends_with(text, marks) and not _closed_by_initial(text)


_INITIAL_NAME_WORDS = 3  # "Mary Ann Lee K.": the words of a name before its initial
# Nouns a capital letter labels, as a name's initial follows a first name: "Plan B.", "Vitamin D.", "Type A."
_LETTERED_NOUNS = frozenset("plan vitamin type option part section grade class exhibit appendix model version level "
                            "step phase category group team block room gate terminal floor row seat platform route "
                            "zone schedule chapter article item figure table annex hepatitis".split())


def _closed_by_initial(text: str) -> bool:
    """Text is a name closed by an initial and its stop ("John D.", "Mary Ann K.", "Сергей К."): one to three
    capitalised words, then a capital that is no pronoun ("Neither do I.", "So did I." are sentences) and no label
    of a noun ("Plan B.")."""
    if text[-1:] != "." or text[-3:-2] != " " or not text[-2:-1].isupper() or text[-2:-1] == "I":
        return False  # the cheap test first: most lines end otherwise
    words = text.split(None, _INITIAL_NAME_WORDS + 1)
    return 1 < len(words) <= _INITIAL_NAME_WORDS + 1 and words[0].casefold() not in _LETTERED_NOUNS \
        and all(_is_name_word(word) for word in words[:-1])


def _is_name_word(word: str) -> bool:
    """A capitalised word of two letters or more, hyphens and apostrophes aside ("Anne-Marie", "O'Neil")."""
    return len(word) > 1 and word[0].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def lowercase_matcher(*patterns: re.Pattern | Source) -> re.Pattern:
    """Case-insensitive all-lower-case patterns as one case-sensitive alternation, for lower-cased text.

    Python's regex engine skips its first-character shortcut under IGNORECASE, so matching
    `line.lower()` against this is about twice as fast on lines that match nothing.
    """
    return re.compile(lowercase_source(*patterns).pattern)


def lowercase_source(*patterns: re.Pattern | Source) -> Source:
    """`lowercase_matcher`'s alternation uncompiled, for a reader of its first characters (`Dispatch`)."""
    unnamed = (re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern) for pattern in patterns)
    return Source("|".join(f"(?:{source})" for source in unnamed))
