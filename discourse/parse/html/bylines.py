"""The word a byline puts before the author's name, in the languages pages are written in.

"By Jane Doe", "Von Hans Müller", "Par Jean Dupont", "Por María García", "di Mario Rossi",
"Door Jan de Vries", "Av Lars Svensson", and the longer "Written by", "Geschrieben von",
"Écrit par", "Escrito por", "Scritto da", "Geschreven door". Some of these words also begin
surnames ("von Hippel", "Di Stefano", "da Silva", "af Klint"): such a word is a byline's word only
at the very start of the byline, and, capitalised, only on a page in the language whose byline
word it is ("Von Miller" on an English page is a name).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# Byline words that are never part of a name, in any position of a byline sentence.
_PLAIN = (r"posted by|written by|by|geschrieben von|verfasst von|écrit par|publié par|rédigé par|par|escrito por"
          r"|publicado por|redactado por|por|scritto da|pubblicato da|geschreven door|geplaatst door|skrevet af"
          r"|skrevet av")
# Byline words that are English words too ("next door"): only at the start or after a date or separator.
_SHORT = r"door|av"
# Labels followed by a colon ("Autor: Hans Müller", "Texto: María García").
_LABELS = r"author|autor|autorin|auteur|autore|auteurs|text|texto|testo|tekst|texte|redaktion|redacción|reportage"
# Byline words that also begin surnames, with the languages in which they are the byline's word.
PARTICLES = {"von": ("de",), "di": ("it",), "da": ("it",), "af": ("da", "sv")}

# A colon may follow the byline's word ("By: Jane Doe", "Written by: Jane Doe").
_AT_START_PLAIN = re.compile(rf"^(?:{_PLAIN}|{_SHORT}):?\s+(?=[A-ZÀ-Þ])|^(?:{_LABELS})\s*:\s*(?=\S)", re.I)
_ANYWHERE = re.compile(rf"(?:^|[\s|,•·])(?:{_PLAIN}):?\s+(?=\S)|(?:^|[\s|,•·])(?:{_LABELS})\s*:\s*(?=\S)", re.I)
_AT_START = re.compile(r"^(?P<word>von|di|da|af)\s+(?=[A-ZÀ-Þ])", re.I)
# After a date, a time or a separator, such a word starts the byline whatever the language
# ("Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel"): a surname's particle follows a given name.
_AFTER_DATE = re.compile(rf"^(?:{_SHORT})\s+(?=[A-ZÀ-Þ])|[\d|,•·:;)\]]\s*(?:von|di|da|af|{_SHORT})\s+(?=[A-ZÀ-Þ])", re.I)


def page_language(tree: LexborHTMLParser) -> str | None:
    """The page's declared language, two letters ("de" from lang="de-AT", og:locale "de_DE")."""
    html = tree.css_first("html")
    value = html.attributes.get("lang") or html.attributes.get("xml:lang") if html is not None else None
    if not value:
        meta = tree.css_first('meta[http-equiv="content-language"], meta[http-equiv="Content-Language"], '
                              'meta[property="og:locale"], meta[name="language"]')
        value = meta.attributes.get("content") if meta is not None else None
    match = re.match(r"\s*([a-z]{2})(?:$|[-_\s])", (value or "").lower())
    return match.group(1) if match else None


# A site's credits ("Proudly powered by WordPress", "Theme by ThemeGrill"): they name the site's software,
# never the article's author ("Hosted by Jane Doe" over a podcast names its author).
_SITE_CREDIT = re.compile(r"\b(?:powered|theme|template|propulsé|betrieben)\W*\s+"
                          r"(?:by|von|par):?\s+$", re.I)


# An image's credit ("Photo by", "Photographs by", "Illustration by", "Foto von", "Photograph:", "Image:",
# "Photo credit:"): the photographer's or illustrator's name, never the article's author. The credit's word
# opens the text or follows a sentence's end, a bracket or a separator: "Words and photos by Jane Doe" is the
# writer's own byline. A video's "Video by" names the story's maker, as a byline does.
_IMAGE_WORD = (r"(?:photo(?:graph)?s?|photography|images?|pictures?|illustrations?|graphics?|fotos?"
               r"|fotografie|bild(?:er)?|(?:photo\s+|image\s+)?credits?)")
_IMAGE_CREDIT = re.compile(rf"(?:^|[.!?)(\[|·•,;–—-]\s*){_IMAGE_WORD}\s*(?::|(?:by|von|par|por|di|da|door|av|af):?)"
                           r"\s*$", re.I)
# The label opening a credit, matched where a clause starts (`match` at a position, so no "^").
_IMAGE_CREDIT_LABEL = re.compile(rf"\W*{_IMAGE_WORD}\s*(?::|(?:by|von|par|por|di|da|door|av|af)\b)", re.I)
# What ends a credit's clause: "Photos: Jane Smith, Text: Tom Lee", "Images: Getty. By Tom Lee".
_CLAUSE_END = re.compile(r"[,;|.·•–—]")


def credits_an_image(before: str) -> bool:
    """Whether the text before a name ends with an image's credit label ("… Photograph: ", "Photo by ")."""
    return _IMAGE_CREDIT.search(before) is not None


# An image's credit or another role's that follows the byline's own clause: "Story by Jane Smith; photos by Tom
# Lee", "By Jane Smith. Pictures: Tom Lee", "Reporting by Jane Smith; Editing by Tom Lee".
_ROLE_WORD = (r"(?:(?:additional\s+)?reporting|editing|edited|research|translation|translated|design|produced"
              r"|production|videos?|data|redaktion|mitarbeit|bearbeitung)")
_CREDIT_AFTER = re.compile(rf"\s*[,;|.·•–—]\s*(?=(?:{_IMAGE_WORD}|{_ROLE_WORD})\s*(?::|(?:by|von|par|por|di|da|door|av|af)\b))",
                           re.I)


def before_other_credits(text: str) -> str:
    """The text before the first credit of an image or another role that follows a clause of its own
    ("Jane Smith" from "Jane Smith; photos by Tom Lee" or "Jane Smith; Editing by Tom Lee", what
    follows a byline's word), the text itself where none does: "Jane Smith; Tom Lee" names both."""
    credit = _CREDIT_AFTER.search(text)
    return text[:credit.start()] if credit is not None else text


def after_image_credits(text: str) -> str:
    """The text after the image credits it opens with, each up to the end of its clause ("By Tom Lee"
    from "Images: Getty. By Tom Lee"); "" where it holds nothing else ("Photograph: Jane Smith/Reuters"),
    the text itself where it opens with no credit."""
    start = 0
    while (label := _IMAGE_CREDIT_LABEL.match(text, start)) is not None:
        end = _CLAUSE_END.search(text, label.end())
        if end is None:
            return ""
        start = end.end()
    return text[start:]


# Every word that can start a byline's word or label, to pass over most texts at once.
_FIRST_WORDS = frozenset(re.split(r"[|\s]+", f"{_PLAIN}|{_SHORT}|{_LABELS}|von|di|da|af".replace("(?:", "")))


_ANY_FIRST_WORD = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_FIRST_WORDS, key=len, reverse=True)) + r")(?!\w)", re.I)


def _may_hold_byline_word(text: str) -> bool:
    return _ANY_FIRST_WORD.search(text) is not None


def after_byline_word(text: str, language: str | None) -> str | None:
    """The text after the byline's word ("Hans Müller | 3. März" from "Von Hans Müller | 3. März"),
    or None where the text has no byline word."""
    if not _may_hold_byline_word(text):
        return None
    start = _AT_START.match(text)
    if start is not None and _particle_is_byline_word(start.group("word"), text[start.end():], language):
        return text[start.end():]
    match = _ANYWHERE.search(text) or _AFTER_DATE.search(text)
    if match is None or _SITE_CREDIT.search(text[:match.end()]) or credits_an_image(text[:match.end()]):
        return None
    return text[match.end():]


def without_leading_byline_word(name: str, language: str | None) -> str:
    """A declared author ("By Jane Doe", "Par Jean Dupont" in a meta tag) without its byline word;
    a surname's particle stays ("von Hippel, Eric"; "Von Miller" on an English page)."""
    start = _AT_START.match(name)
    if start is not None:
        return name[start.end():] if _particle_is_byline_word(start.group("word"), name[start.end():], language) \
            else name
    match = _AT_START_PLAIN.match(name)
    return name[match.end():] if match else name


def _particle_is_byline_word(word: str, rest: str, language: str | None) -> bool:
    """"Von Hans Müller" on a German page; not "von Hippel, Eric" (a surname first, as catalogues
    write it), nor "Di Stefano" on a page in another language than Italian."""
    return language in PARTICLES[word.lower()] and not re.match(r"^\S+,\s", rest)


# A job title after a declared author's name ("Jane Doe, Staff Writer", "Jane Doe | Reporter").
_DECLARED_ROLE = re.compile(r"\s*[,|–—]\s*(?:(?:senior|chief|staff|deputy|managing|contributing|special|political"
                            r"|business|sports?|foreign)\s+)*(?:editor|reporter|correspondent|writer"
                            r"|columnist|contributor|journalist|producer|critic|photographer|staff)\b.*$", re.I)


# A catalogue's "Holt, Mira" (Dublin Core, library metadata): the name a byline prints is "Mira Holt".
# A surname's particle stays with it ("von Hippel, Eric" is Eric von Hippel); an agency list ("Reuters, AP") is no name.
# Only catalogue fields write a surname first: elsewhere "Ann, Bob" is two people.
CATALOGUE_FIELDS = frozenset({"dc.creator", "dcterms.creator", "citation_author"})
_SURNAME_FIRST = re.compile(r"^(?P<surname>(?:[a-zà-þ]+\s+)?[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*),\s+"
                            r"(?P<given>[A-ZÀ-Þ](?:[a-zà-ÿ][\w'’-]*|\.)(?:\s+[A-ZÀ-Þ](?:[a-zà-ÿ][\w'’-]*|\.))?)$")
# Words of an agency, a desk or a staff credit: "Staff, Reuters" or "Reuters, Bloomberg" is no surname first.
_AGENCY_WORD = re.compile(r"\b(?:staff|desk|newsdesk|editors?|editorial|team|wire|agenc(?:y|ies)|press|news|reuters"
                          r"|bloomberg|ap|afp|upi|dpa|ansa|efe|apa|sda|pa|xinhua|tass|kyodo|yonhap|bbc|cnn)\b", re.I)
# Longer metadata is no name; cut before the job-title pattern, which is slow on long runs of spaces.
_MAX_DECLARED_CHARS = 200


def declared_author(name: str, language: str | None, catalogue: bool = False) -> str:
    """A name as metadata declares it, in the order a byline prints it, without what a byline prints
    around it: the byline's word ("By Jane Doe"), a job title after it ("Jane Doe, Staff Writer"),
    a catalogue's surname first ("Doe, Jane", only where `catalogue` says the field is one)."""
    name = name[:_MAX_DECLARED_CHARS]
    name = _DECLARED_ROLE.sub("", without_leading_byline_word(name, language)).strip() or name
    swapped = _SURNAME_FIRST.fullmatch(name) if catalogue else None
    if swapped is None or _AGENCY_WORD.search(name):
        return name
    return f"{swapped.group('given')} {swapped.group('surname')}"
