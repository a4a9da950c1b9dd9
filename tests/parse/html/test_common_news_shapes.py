"""Common news and blog pages in shapes the other tests do not show: a French site whose comments
are "réactions", threads dated in figures on pages in a day-first language, WordPress's "3 thoughts
on …" in its translations, bylines with a surname's particle, a weekday or two linked names, a blog
named after its writer, a CMS's posting account in `meta author`, and a standfirst printed above
the body's element. Each asserts what a reader of the parse relies on."""

import pytest

from discourse.parse import read_pages


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


_TEXT = ("<p>La ligne b du métro sera entièrement fermée du 22 juillet au 11 août, a annoncé mercredi "
         "l'exploitant du réseau.</p><p>Des bus de substitution circuleront entre les deux terminus, avec un "
         "passage toutes les cinq minutes aux heures de pointe.</p><p>La ligne a ne sera pas concernée par ces "
         "travaux.</p>")


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


def _dated_thread(language: str, shown: str, declared: bool = False) -> str:
    """A WordPress thread of two comments shown as `shown` ("02/05/2024 at 10:00 am", the 2nd and 3rd
    of the month), each with its ISO date in a `datetime` attribute where `declared`."""
    def comment(n: int, name: str, text: str) -> str:
        day = shown.replace("02/05", f"02/0{n + 4}")
        attribute = f' datetime="2024-02-0{n + 4}T10:00"' if declared else ""
        return (f'<li id="comment-{n}" class="comment"><div class="comment-author"><b class="fn">{name}</b></div>'
                f'<div class="comment-metadata"><time{attribute}>{day}</time></div>'
                f'<div class="comment-content"><p>{text}</p></div></li>')
    return (f'<html lang="{language}"><body><article><h1>Council approves bridge</h1><div class="entry-content"><p>The '
            "council voted on Tuesday to approve the new bridge across the river.</p><p>Building starts in spring."
            '</p></div></article><div id="comments"><h2>2 Comments</h2><ol class="comment-list">'
            + comment(1, "Ann", "Good news for the east side.") + comment(2, "Bob", "A tunnel would be cheaper.")
            + "</ol></div></body></html>")


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_a_comment_date_an_attribute_declares_is_never_read_day_first(language):
    dates = [c.date_iso for c in read(_dated_thread(language, "02/05/2024 at 10:00 am", declared=True)).comments.items]
    assert dates == ["2024-02-05T10:00", "2024-02-06T10:00"]


@pytest.mark.parametrize("language, shown", [
    ("fil", "02/05/2024 10:00"), ("es-US", "02/05/2024 10:00"), ("zh", "02/05/2024 10:00"),
    ("es", "02/05/2024 at 10:00 am"), ("de", "02/05/2024 10:00 PM")])
def test_a_date_shown_month_first_or_in_english_words_stays_month_first(language, shown):
    dates = [c.date_iso[:10] for c in read(_dated_thread(language, shown)).comments.items]
    assert dates == ["2024-02-05", "2024-02-06"]


def test_a_date_shown_in_figures_on_a_german_page_is_day_first():
    dates = [c.date_iso[:10] for c in read(_dated_thread("de-DE", "02/05/2024 10:00")).comments.items]
    assert dates == ["2024-05-02", "2024-06-02"]


def test_a_french_notice_that_the_reactions_are_closed_closes_the_comments():
    page = read(_french(notice='<p class="fermees">Les réactions sont fermées pour cet article.</p>'))
    assert page.comments.closed is True


def test_a_french_sentence_that_reactions_are_closed_to_the_public_closes_nothing():
    page = read(_french(notice="<p>Les réactions sont fermées au public, a précisé la mairie.</p>"))
    assert page.comments.closed is None


def _wordpress(language: str, header: str) -> str:
    comment = ('<li id="comment-{n}" class="comment depth-1"><article class="comment-body"><footer class='
               '"comment-meta"><div class="comment-author vcard"><b class="fn">{name}</b></div><div class='
               '"comment-metadata"><time datetime="2021-01-1{n}T19:02:00+01:00">1{n}/01/2021</time></div></footer>'
               '<div class="comment-content"><p>{text}</p></div></article></li>')
    return (f'<html lang="{language}"><body><article class="post"><h1 class="entry-title">Pasta e ceci</h1>'
            '<div class="entry-content"><p>La pasta e ceci è il piatto del venerdì in tante case romane.</p>'
            "<p>Si prepara con pochi ingredienti e costa pochissimo.</p></div></article>"
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{header}</h2>'
            '<ol class="comment-list">'
            + comment.format(n=1, name="Francesca", text="Io ci metto anche un'acciuga nel soffritto.")
            + comment.format(n=2, name="Luca", text="Si può fare con i ceci in scatola?")
            + "</ol></div></body></html>")


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


def test_wordpress_s_single_thought_on_header_in_german_declares_one():
    assert read(_wordpress("de", "Ein Gedanke zu „Pasta e ceci“")).comments.declared == 1


def test_a_heading_of_thoughts_with_no_count_declares_none():
    assert read(_wordpress("de", "Gedanken zum Schluss")).comments.declared is None


def test_a_body_heading_counting_thoughts_without_wordpress_s_preposition_declares_nothing():
    html = _byline('<div class="byline">Von Hans Weber</div>', "de").replace(
        "<p>Construction", "<h2>3 Gedanken zum Schluss</h2><p>Construction")
    page = read(html)
    assert (page.comments.declared, page.warnings) == (None, [])


def _byline(byline: str, language: str = "en", head: str = "", site: str = "The Daily Example") -> str:
    return (f'<html lang="{language}"><head><meta charset="utf-8"><title>Council approves the new bridge | {site}'
            f'</title>{head}</head><body><header><h1 class="site-title"><a href="/">{site}</a></h1></header>'
            f'<article><h1 class="headline">Council approves the new bridge</h1>{byline}<div class="story-body">'
            "<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of "
            "argument.</p><p>Construction is expected to begin next spring, and the bridge will open within three "
            "years.</p></div></article></body></html>")


@pytest.mark.parametrize("language, byline, author", [
    ("fr", '<div class="signature">Par Claire Le Goff Publié le 02/05/2024 à 06h45</div>', "Claire Le Goff"),
    ("en", '<div class="byline">By Karim El Amrani</div>', "Karim El Amrani"),
    ("nl", '<div class="artikel__meta">Door Sanne de Jong za 9 maart 2024, 14:05</div>', "Sanne de Jong"),
    ("en", '<div class="byline">By Lee Sun Saturday, 9 March 2024</div>', "Lee Sun"),
    # the connectors still end a name: in lower case, in capitals, capitalised before a date
    ("fr", '<div class="signature">Par Jean Dupont le 4 mars 2021</div>', "Jean Dupont"),
    ("en", '<div class="byline">BY JOHN SMITH ON MAY 3, 2021</div>', "JOHN SMITH"),
    ("en", '<div class="byline">By Jane Doe On March 3, 2021</div>', "Jane Doe"),
    ("en", '<div class="byline">By Jane Ma 3 May 2021</div>', "Jane Ma"),
    # a weekday that is also a surname ends a name only after two of its words
    ("de", '<div class="byline">Von Thomas Freitag, 12.03.2024</div>', "Thomas Freitag"),
    ("es", '<div class="byline">Por Juan Domingo, 12 de marzo de 2024</div>', "Juan Domingo"),
    ("es", '<div class="byline">Por Plácido Domingo 12/03/2024</div>', "Plácido Domingo"),
    ("en", '<div class="byline">By Jane Friday, 12 March 2024</div>', "Jane Friday"),
    ("en", '<div class="byline">By Tom Smith Monday, 4 March 2024</div>', "Tom Smith"),
    # only "Le" and "El" begin a surname; "In", "Am" end the name, and a "Le" before a weekday
    ("en", '<div class="byline">By John Smith In Politics</div>', "John Smith"),
    ("en", '<div class="byline">Posted by Jane Doe In Uncategorized</div>', "Jane Doe"),
    ("fr", '<div class="byline">Par Jean Dupont Le mardi 4 mars 2024</div>', "Jean Dupont"),
    ("de", '<div class="byline">Von Hans Müller Am Dienstag, 4. März 2024</div>', "Hans Müller"),
    ("en", '<div class="byline">By Marie Le Pen and Jean Dupont</div>', "Marie Le Pen"),
])
def test_a_byline_s_name_ends_at_its_date_not_at_a_surname_s_particle(language, byline, author):
    assert read(_byline(byline, language)).article.author == author


_TWO = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":'
        '[{"@type":"Person","name":"Dana Whitfield"},{"@type":"Person","name":"Luis Ortega"}]}</script>')


def test_two_declared_authors_each_linked_in_the_byline_are_both_the_author():
    byline = ('<div class="byline"><span class="by">By</span> <a class="author-name" href="/staff/dana-whitfield">'
              'Dana Whitfield</a> and <a class="author-name" href="/staff/luis-ortega">Luis Ortega</a></div>')
    assert read(_byline(byline, head=_TWO)).article.author == "Dana Whitfield and Luis Ortega"


def test_one_declared_author_linked_in_the_byline_is_still_the_author_alone():
    head = _TWO.replace(',{"@type":"Person","name":"Luis Ortega"}', "")
    byline = ('<div class="byline">By <a class="author-name" href="/staff/dana-whitfield">Dana Whitfield</a> '
              'and staff</div>')
    assert read(_byline(byline, head=head)).article.author == "Dana Whitfield"


def _declared_person(name: str, publisher: str = "") -> str:
    by = f',"publisher":{{"@type":"Organization","name":"{publisher}"}}' if publisher else ""
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            f'"author":{{"@type":"Person","name":"{name}"}}{by}}}</script>')


def test_a_blog_named_after_its_writer_credits_the_writer():
    html = _byline('<div class="post-meta">September 3, 2023 · 6 min</div>', head=_declared_person("Nadia Kowal"),
                   site="Nadia Kowal")
    assert read(html).article.author == "Nadia Kowal"


def test_a_newspaper_that_credits_itself_as_a_person_and_publisher_is_no_author():
    html = _byline('<div class="post-meta">September 3, 2023</div>', site="L'Opinion",
                   head=_declared_person("L'Opinion", publisher="L'Opinion"))
    assert read(html).article.author is None


_JOOMLA = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">'
           'Council approves the new bridge</h2><dl class="article-info"><dt>Details</dt><dd class="createdby" '
           'itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">'
           'Peter Okafor</span></dd></dl><div itemprop="articleBody"><p>The city council voted on Tuesday to approve '
           'the long-debated river bridge, ending a decade of argument.</p><p>Construction is expected to begin next '
           'spring.</p></div></div>')


def test_the_article_s_microdata_author_wins_over_the_posting_account_in_meta_author():
    html = f'<html><head><meta name="author" content="Super User"></head><body>{_JOOMLA}</body></html>'
    assert read(html).article.author == "Peter Okafor"


@pytest.mark.parametrize("account", ["Super User", "Administrator", "admin", "webmaster"])
def test_a_cms_account_in_the_microdata_loses_to_the_real_meta_author(account):
    article = _JOOMLA.replace("Peter Okafor", account)
    html = f'<html><head><meta name="author" content="Jane Doherty"></head><body>{article}</body></html>'
    assert read(html).article.author == "Jane Doherty"


def test_a_posting_account_that_is_all_the_page_names_stays_the_author():
    assert read(_byline('<div class="byline">By <a href="/author/admin/">admin</a></div>')).article.author == "admin"


def test_a_commenter_s_microdata_author_is_not_the_article_s():
    comment = ('<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Rob Tennant</span>'
               '<p itemprop="text">Are the classes open to juniors too?</p></div>')
    article = _JOOMLA.replace(' itemprop="author" itemscope itemtype="https://schema.org/Person"', "")
    html = f'<html><head><meta name="author" content="Jane Editor"></head><body>{article}{comment}</body></html>'
    assert read(html).article.author == "Jane Editor"


def _headed(before: str) -> str:
    return ('<html lang="en"><body><main><article><header class="article-header"><h1 class="article-title">Why I '
            f'stopped using standing desks</h1>{before}</header><section class="gh-content"><p>When I bought my first '
            "standing desk in 2021, I was sure it would fix my back.</p><p>For the first month it felt great, and I "
            "stood through every meeting.</p><p>These days I sit on an ordinary chair.</p></section></article></main>"
            "</body></html>")


def test_a_standfirst_above_the_body_s_element_is_the_teaser_not_body():
    page = read(_headed('<p class="article-excerpt">Three years, two desks and one sore back later.</p>'))
    assert page.article.teaser == "Three years, two desks and one sore back later."
    assert page.article.paragraphs[0].text.startswith("When I bought my first standing desk")


def test_a_section_label_above_the_body_is_no_teaser():
    page = read(_headed('<div class="story-kicker"><a href="/health">Health</a></div>'))
    assert page.article.teaser is None


def _under_header(between: str) -> str:
    """An article whose header holds its headline, with `between` the header and the body's element."""
    return ('<html lang="en"><body><article><header><h1>Council approves bridge</h1></header>' + between +
            '<div class="entry-content"><p>The council voted on Tuesday to approve the new bridge across the river, '
            "ending a decade of argument.</p><p>Building is due to start in the spring and will take three years."
            "</p></div></article></body></html>")


_PLAIN_POST = ("{open}<p>The council voted on Tuesday to approve the new bridge across the river, ending a decade "
               "of argument.</p><p>Building is due to start in the spring and will take three years.</p>{close}"
               "</body></html>")


@pytest.mark.parametrize("html", [
    # another story's teaser above the article, whose headline stands among its paragraphs or is missing
    '<html lang="en"><body><div class="top-stories"><div class="lead-story"><p>Flood warnings were issued across the '
    'county on Monday night.</p></div></div>' + _PLAIN_POST.format(open='<div class="post"><h1>Council approves bridge'
                                                                   '</h1>', close="</div>"),
    '<html lang="en"><body><div class="teaser-list"><div class="teaser"><p>Flood warnings were issued across the '
    'county on Monday night.</p></div></div>' + _PLAIN_POST.format(open='<main><div class="entry-content">',
                                                                   close="</div></main>"),
    # a photo's caption, a video's, a promo box inside the article
    _under_header('<div class="lead-image"><img src="a.jpg"><p class="caption">Protesters gather outside the town '
                  "hall before the vote.</p></div>"),
    _under_header('<div class="lead-media"><p>Protesters gather outside the town hall before the vote.</p></div>'),
    _under_header('<div class="intro-video"><p>Watch: the mayor explains why the bridge matters to the town.</p>'
                  "</div>"),
    _under_header('<div class="summary-box"><p>Sign up for our daily newsletter to get the news first every morning.'
                  "</p></div>"),
])
def test_a_picture_s_caption_a_box_or_another_story_before_the_body_is_no_teaser(html):
    assert read(html).article.teaser is None


def test_a_chapo_the_first_paragraph_repeats_is_said_once():
    first = "The council voted on Tuesday to approve the new bridge across the river, ending a decade of argument."
    page = read(_under_header(f'<p class="chapo">{first}</p>'))
    assert (page.article.teaser, page.article.paragraphs[0].text) == (None, first)


def _reactie(number: int, name: str, text: str, modifier: str = "") -> str:
    """One comment as a Dutch local news site prints it: "NAME schreef op DATE:" over the text."""
    return (f'<div class="reactie{modifier}" id="reactie-{number}"><div class="reactie__kop">'
            f'<span class="reactie__naam">{name}</span> schreef op <span class="reactie__datum">'
            f'9 maart 2024 om 1{number}:20</span>:</div>'
            f'<div class="reactie__tekst"><p>{text}</p></div><a class="reactie__reageer" href="#">Reageer</a></div>')


def _dutch(modifier: str) -> str:
    return ('<html lang="nl"><body><article><h1>Fietsenstalling wordt groter</h1><div class="artikel__tekst"><p>Dat '
            "staat in een voorstel dat het college donderdag naar de gemeenteraad heeft gestuurd.</p><p>ProRail en de "
            'NS betalen samen de helft.</p></div></article><section class="reacties"><h3>Reacties (3)</h3>'
            + _reactie(1, "Kees", "Eindelijk, om half negen is er nu echt geen plek.")
            + _reactie(2, "Femke", "Zegt wie? De helft van de fietsen staat er al weken.", modifier)
            + _reactie(3, "J. Verbeek", "Laat eerst de weesfietsen weghalen.") + "</section></body></html>")


def test_a_reply_marked_by_a_modifier_class_is_one_of_the_thread_s_comments():
    items = read(_dutch(" reactie--antwoord")).comments.items
    assert [c.author for c in items] == ["Kees", "Femke", "J. Verbeek"]


def test_what_is_left_of_a_meta_line_once_its_name_and_date_are_read_is_no_text():
    items = read(_dutch("")).comments.items
    assert [c.text for c in items] == ["Eindelijk, om half negen is er nu echt geen plek.",
                                       "Zegt wie? De helft van de fietsen staat er al weken.",
                                       "Laat eerst de weesfietsen weghalen."]


def test_a_page_whose_comments_the_text_fallback_reads_warns_of_each_thing_once():
    html = ('<html lang="en"><body><article><h1>Five rules for a quieter kitchen</h1><div class="content"><p>A kitchen '
            "renovation is the loudest thing most households ever live through.</p><p>Agree working hours with your "
            'builder in writing.</p></div><div class="comments-link"><a href="https://home.example/kitchen/#comments">'
            "View Comments (14)</a></div></article></body></html>")
    warnings = read(html).warnings
    assert warnings and len(warnings) == len(set(warnings))


def _story(inside: str) -> str:
    return ('<html lang="en"><body><article><h1>Transit package passes</h1><div class="story-body"><p>State '
            "lawmakers approved a $2.1 billion transit package shortly after midnight on Thursday.</p>"
            f'{inside}<p>The governor is expected to sign the bill next week.</p></div></article></body></html>')


def test_an_ad_slot_s_label_in_the_body_is_no_paragraph():
    page = read(_story('<div class="ad-slot" data-ad="inline-1"><p class="ad-label">Advertisement</p></div>'))
    assert [p.text[:5] for p in page.article.paragraphs] == ["State", "The g"]


def test_a_callout_s_emoji_is_no_paragraph_and_its_words_are():
    page = read(_story('<div class="kg-callout-card"><div class="kg-callout-emoji">💡</div><div class="kg-callout-'
                       'text">Tip: a timer that tells you to walk does more than any desk.</div></div>'))
    assert [p.text[:5] for p in page.article.paragraphs] == ["State", "Tip: ", "The g"]


def test_a_paragraph_whose_class_only_holds_the_letters_ad_is_body():
    page = read(_story('<p class="read-aloud">The bill passed the Senate 24-15 and the House 61-38.</p>'))
    assert [p.text[:5] for p in page.article.paragraphs] == ["State", "The b", "The g"]
