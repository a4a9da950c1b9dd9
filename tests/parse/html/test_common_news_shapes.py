"""Common news and blog pages in shapes the other tests do not show: a French site whose comments
are "réactions", threads dated in figures on pages in a day-first language, WordPress's "3 thoughts
on …" in its translations, bylines with a surname's particle, a weekday or two linked names, a blog
named after its writer, a CMS's posting account in `meta author`, and a standfirst printed above
the body's element. Each asserts what a reader of the parse relies on."""

import pytest

from discourse.parse import read_pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


_TEXT = ("<p>La ligne b du métro sera entièrement fermée du 22 juillet au 11 août, a annoncé mercredi l'exploitant "
         "du réseau.</p><p>Des bus de substitution circuleront entre les deux terminus, avec un passage toutes les "
         "cinq minutes aux heures de pointe.</p><p>La ligne a ne sera pas concernée par ces travaux.</p>")


def _reaction(number: int, name: str, shown: str, text: str, replies: str = "") -> str:
    """One reader's comment as a French news site prints it: everything named "reaction"."""
    return (f'<li class="reaction" id="reaction-{number}"><div class="reaction-entete"><span class="reaction-auteur">'
            f'{name}</span> <span class="reaction-date">le {shown}</span></div><div class="reaction-texte"><p>{text}'
            f'</p></div><div class="reaction-actions"><a href="#" class="repondre">Répondre</a> <a href="#" '
            f'class="signaler">Signaler un abus</a></div>{replies}</li>')


def _french(language: str = "fr", notice: str = "") -> str:
    replies = '<ul class="reponses">' + _reaction(2, "Marie-Anne B.", "02/05/2024 à 09h30",
                                                  "Pas ceux qui travaillent tout l'été à Cesson !") + "</ul>"
    thread = (_reaction(1, "Yannick35", "02/05/2024 à 08h12", "Encore en plein été, quand les étudiants sont "
                        "partis.", replies)
              + _reaction(3, "gwen.r", "03/05/2024 à 10h05", "Trois semaines de bus bondés, il faudra partir tôt."))
    return (f'<html lang="{language}"><head><meta charset="utf-8"><title>La ligne b fermée cet été</title></head>'
            f'<body><article><h1>La ligne b fermée cet été</h1><div class="article-corps">{_TEXT}</div></article>'
            f'<section id="reactions" class="reactions"><h2>Vos réactions (3)</h2><ul class="reactions-liste">'
            f'{thread}</ul>{notice}</section></body></html>')


def test_comments_a_site_calls_reactions_keep_their_text_and_drop_their_buttons():
    items = read(_french()).comments.items
    assert [(c.author, c.parent, c.text) for c in items] == [
        ("Yannick35", None, "Encore en plein été, quand les étudiants sont partis."),
        ("Marie-Anne B.", 1, "Pas ceux qui travaillent tout l'été à Cesson !"),
        ("gwen.r", None, "Trois semaines de bus bondés, il faudra partir tôt.")]


def test_a_reactions_bar_inside_a_comment_is_still_furniture():
    comment = ('<li class="comment" id="comment-{n}"><div class="comment-author"><b class="fn">{name}</b></div>'
               '<time datetime="2021-03-0{n}T10:00">March {n}, 2021</time><div class="comment-content"><p>{text}</p>'
               '</div><div class="reactions"><span>Like 3</span> <span>Love 2</span></div></li>')
    html = ('<html lang="en"><body><article><h1>Bridge</h1><div class="entry-content"><p>The council voted on the '
            'bridge on Tuesday, ending a decade of argument.</p><p>Building starts in spring.</p></div></article>'
            '<div id="comments"><h2>2 Comments</h2><ol class="comment-list">'
            + comment.format(n=1, name="Ann", text="Good news for the east side.")
            + comment.format(n=2, name="Bob", text="A tunnel would have been cheaper.") + "</ol></div></body></html>")
    assert [c.text for c in read(html).comments.items] == ["Good news for the east side.",
                                                            "A tunnel would have been cheaper."]


def test_a_thread_dated_in_figures_on_a_french_page_reads_them_day_first():
    dates = [c.date_iso for c in read(_french()).comments.items]
    assert dates == ["2024-05-02T08:12", "2024-05-02T09:30", "2024-05-03T10:05"]


def test_the_same_thread_on_an_english_page_still_reads_them_month_first():
    dates = [c.date_iso for c in read(_french(language="en")).comments.items]
    assert dates == ["2024-02-05T08:12", "2024-02-05T09:30", "2024-03-05T10:05"]


def test_a_french_notice_that_the_reactions_are_closed_closes_the_comments():
    page = read(_french(notice='<p class="fermees">Les réactions sont fermées pour cet article.</p>'))
    assert page.comments.closed is True


def _wordpress(language: str, header: str) -> str:
    comment = ('<li id="comment-{n}" class="comment depth-1"><article class="comment-body"><footer class='
               '"comment-meta"><div class="comment-author vcard"><b class="fn">{name}</b></div><div class='
               '"comment-metadata"><time datetime="2021-01-1{n}T19:02:00+01:00">1{n}/01/2021</time></div></footer>'
               '<div class="comment-content"><p>{text}</p></div></article></li>')
    return (f'<html lang="{language}"><body><article class="post"><h1 class="entry-title">Pasta e ceci</h1>'
            '<div class="entry-content"><p>La pasta e ceci è il piatto del venerdì in tante case romane.</p>'
            "<p>Si prepara con pochi ingredienti e costa pochissimo.</p></div></article>"
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{header}</h2><ol class="comment-list">'
            + comment.format(n=1, name="Francesca", text="Io ci metto anche un'acciuga nel soffritto.")
            + comment.format(n=2, name="Luca", text="Si può fare con i ceci in scatola?") + "</ol></div></body></html>")


@pytest.mark.parametrize("language, header", [
    ("it", "2 pensieri su “Pasta e ceci”"),
    ("fr", "2 réflexions sur « Pasta e ceci »"),
    ("de", "2 Gedanken zu „Pasta e ceci“"),
    ("nl", "2 gedachten over “Pasta e ceci”"),
    ("pt", "2 pensamentos sobre “Pasta e ceci”"),
])
def test_wordpress_s_thoughts_on_header_in_its_translations_declares_the_count(language, header):
    comments = read(_wordpress(language, header)).comments
    assert (comments.header, comments.declared, comments.found) == (header, 2, 2)


def test_a_heading_of_thoughts_with_no_count_declares_none():
    assert read(_wordpress("de", "Gedanken zum Schluss")).comments.declared is None
