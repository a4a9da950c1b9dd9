"""Pages in shapes and languages the dev pages do not show: bylines in German, French, Spanish,
Portuguese, Italian, Dutch and Swedish, dates a page prints either way round, and comment
threads that only schema.org, JSON-LD or a CMS's plain markup declare. Each asserts what a
reader of the parse relies on: who wrote the article, when, and who said what in reply to whom."""

import pytest

from discourse.parse import read_pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


_TEXT = ("<p>Der Stadtrat hat am Dienstag den lange umstrittenen Bau der Flussbrücke beschlossen und damit einen "
         "jahrzehntelangen Streit beendet.</p><p>Der Bau soll im nächsten Frühjahr beginnen, und die Brücke soll "
         "innerhalb von drei Jahren eröffnet werden.</p>")


def _post(language: str, byline: str = "", head: str = "", inside: str = "") -> str:
    return (f'<html lang="{language}"><head><meta charset="utf-8"><title>Der neue Brückenbau | Stadtblatt</title>'
            f'{head}</head><body><div class="post"><h1>Der neue Brückenbau</h1>{byline}'
            f'<div class="entry">{inside}{_TEXT}</div></div></body></html>')


@pytest.mark.parametrize("language, byline, author", [
    ("de", '<div class="byline">Von Hans Müller | 3. März 2021</div>', "Hans Müller"),
    ("de", '<div class="byline">Geschrieben von Hans Müller</div>', "Hans Müller"),
    ("fr", '<p class="auteur">Par Jean Dupont</p>', "Jean Dupont"),
    ("fr", '<p class="signature">Par <strong>Jean Dupont</strong> Publié le 4 mars 2021 à 08h07</p>', "Jean Dupont"),
    ("es", '<div class="firma">Por María García | 4 de marzo de 2021</div>', "María García"),
    ("es", '<div class="author">Texto: María García</div>', "María García"),
    ("pt", '<div class="autor">Escrito por João Silva</div>', "João Silva"),
    ("it", '<div class="byline">di Mario Rossi</div>', "Mario Rossi"),
    ("it", '<div class="autore">Di Mario Rossi - 4 marzo 2021</div>', "Mario Rossi"),
    ("it", '<div class="byline">Scritto da Mario Rossi</div>', "Mario Rossi"),
    ("nl", '<div class="auteur">Door Jan de Vries op 4 maart 2021</div>', "Jan de Vries"),
    ("sv", '<div class="byline">Av Lars Svensson</div>', "Lars Svensson"),
    ("de", "<p>Von Hans Müller</p>", "Hans Müller"),  # a plain line between the headline and the text
    ("nl", "<p>Door Jan de Vries</p>", "Jan de Vries"),
    # a surname's particle stays in the name
    ("de", '<div class="byline">Eric von Hippel</div>', "Eric von Hippel"),
    ("it", '<div class="byline">Marco Di Stefano</div>', "Marco Di Stefano"),
    ("en", '<div class="byline">Di Stefano Marco</div>', "Di Stefano Marco"),
    ("de", '<div class="byline">Von Eric von Hippel</div>', "Eric von Hippel"),
])
def test_a_byline_word_in_the_page_s_language_is_not_part_of_the_name(language, byline, author):
    assert read(_post(language, byline)).article.author == author


def test_the_byline_word_after_a_date_starts_the_name_in_any_case():
    byline = '<p class="meta">Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN <a href="/c/">Fashion</a></p>'
    assert read(_post("", byline)).article.author == "Sina Giebel"


@pytest.mark.parametrize("language, declared, author", [
    ("fr", "Par Jean Dupont", "Jean Dupont"),
    ("de", "Von Hans Müller", "Hans Müller"),
    ("en", "Von Miller", "Von Miller"),
    ("de", "von Hippel, Eric", "von Hippel, Eric"),
])
def test_a_declared_author_loses_its_byline_word_not_its_particle(language, declared, author):
    assert read(_post(language, head=f'<meta name="author" content="{declared}">')).article.author == author
