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


def _post(language: str, byline: str = "", head: str = "", inside: str = "", tail: str = "") -> str:
    return (f'<html lang="{language}"><head><meta charset="utf-8"><title>Der neue Brückenbau | Stadtblatt</title>'
            f'{head}</head><body><div class="post"><h1>Der neue Brückenbau</h1>{byline}'
            f'<div class="entry">{inside}{_TEXT}{tail}</div></div></body></html>')


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
    ("de", "von Hippel, Eric", "von Hippel, Eric"),  # an author field, not a catalogue's: kept as declared
])
def test_a_declared_author_loses_its_byline_word_not_its_particle(language, declared, author):
    assert read(_post(language, head=f'<meta name="author" content="{declared}">')).article.author == author


# --- the article's date -------------------------------------------------------------------------

_EN_TEXT = ("<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of "
            "argument.</p><p>Construction is expected to begin next spring, and the council says the bridge will "
            "open within three years.</p>")


def _news(head: str = "", byline: str = "", before: str = "", after: str = "", language: str = "en") -> str:
    return (f'<html lang="{language}"><head><meta charset="utf-8"><title>Council approves the new river bridge | '
            f'Riverside</title>{head}</head><body>{before}<div class="post"><h1>Council approves the new river '
            f'bridge</h1>{byline}<div class="entry">{_EN_TEXT}</div></div>{after}</body></html>')


@pytest.mark.parametrize("where", [
    '<meta name="dc.date" content="2021-02-30">',
    '<link rel="canonical" href="https://riverside.example/2021/02/30/bridge/">',
])
def test_an_impossible_date_in_the_head_or_the_address_gives_no_date_not_a_repaired_one(where):
    article = read(_news(head=where)).article
    assert article.date is None


def _cards(dates: list[str]) -> str:
    return "".join(f'<div class="card"><h3><a href="/s{i}">Other story number {i} about the town</a></h3>'
                   f'<span class="date">{when}</span></div>' for i, when in enumerate(dates))


@pytest.mark.parametrize("place", ["before", "after"])
def test_the_dates_of_a_grid_of_other_stories_are_not_the_article_s(place):
    grid = f'<div class="more">{_cards(["January 2, 2019", "February 5, 2019", "March 9, 2019"])}</div>'
    assert read(_news(**{place: grid})).article.date is None
    dated = _news(byline='<div class="meta">Posted March 4, 2021</div>', **{place: grid})
    assert read(dated).article.date == "2021-03-04"


def _thread(dates: list[str]) -> str:
    items = "".join(f'<div class="comment"><span class="author">Reader {i}</span> <span class="date">{when}</span>'
                    f"<p>My view on the bridge, number {i}, is a long one.</p></div>" for i, when in enumerate(dates))
    return f'<div id="comments"><h3>{len(dates)} comments</h3>{items}</div>'


@pytest.mark.parametrize("comment_dates, article_date", [
    (["25/04/2021", "26/04/2021"], "2021-04-03"),
    (["04/25/2021", "04/26/2021"], "2021-03-04"),
])
def test_a_date_that_reads_either_way_is_read_the_way_the_page_s_other_dates_are_written(comment_dates, article_date):
    page = read(_news(byline='<p class="date">03/04/2021</p>', after=_thread(comment_dates)))
    assert page.article.date == article_date
    assert not any("order of day and month" in warning for warning in page.warnings)


@pytest.mark.parametrize("language, article_date", [("fr", "2021-04-03"), ("en-GB", "2021-04-03"),
                                                    ("en-US", "2021-03-04")])
def test_where_no_other_date_settles_it_the_page_s_language_does_with_a_warning(language, article_date):
    page = read(_news(byline='<p class="date">03/04/2021</p>', language=language))
    assert page.article.date == article_date
    assert any("order of day and month" in warning for warning in page.warnings)


# --- comment threads ------------------------------------------------------------------------------

from tests.parse.html import pages  # noqa: E402


def _thread_of(html: str):
    page = read(html)
    return page, [(c.author, c.parent) for c in page.comments.items]


def test_a_bulletin_board_s_posts_name_their_author_after_by_not_with_the_date():
    posts = "".join(
        f'<div class="post bg{i % 2}" id="p10{i}"><div class="inner"><div class="postbody"><h3><a href="#p10{i}">Re: '
        f'bridge</a></h3><p class="author"><a href="#p10{i}">Post</a> by <strong><a href="/memberlist.php?u={i}" '
        f'class="username">{name}</a></strong> &raquo; Thu Mar 04, 2021 1{i}:15 am</p><div class="content">{text}'
        f"</div></div></div></div>" for i, (name, text) in enumerate([
            ("roadwarrior", "The toll will be too high for daily commuters, mark my words."),
            ("ferrylover", "I will miss the old ferry, it had character and good coffee.")]))
    page, thread = _thread_of(pages.page(f'<div class="topic-replies"><h3>Replies</h3>{posts}</div>'))
    assert thread == [("roadwarrior", None), ("ferrylover", None)]
    assert page.comments.items[0].date == "Mar 04, 2021 10:15 am"
    assert page.comments.items[1].paragraphs == ["I will miss the old ferry, it had character and good coffee."]


@pytest.mark.parametrize("header, says", [
    ("3 Kommentare", "schreibt:"), ("3 commentaires", "a dit"), ("3 comentarios", "dice:"),
    ("3 comentários", "disse:"), ("3 commenti", "ha detto:"), ("3 reacties", "schreef:"),
])
def test_a_name_line_that_says_what_the_commenter_did_in_the_page_s_language(header, says):
    items = "".join(f'<li class="it"><div class="who"><strong>{name}</strong> {says}</div><div class="when">'
                    f"0{day}.03.2021 1{day}:15</div><p>{text}</p></li>" for day, name, text in (
                        (4, "Anna", "Une bonne décision pour la ville entière, enfin."),
                        (5, "Bernd", "Je ne suis pas d'accord, les coûts sont trop élevés."),
                        (6, "Clara", "Y aura-t-il une piste cyclable sur le pont ?")))
    page, thread = _thread_of(pages.page(f'<h3>{header}</h3><ol class="lista">{items}</ol>'))
    assert thread == [("Anna", None), ("Bernd", None), ("Clara", None)]
    assert [c.date for c in page.comments.items] == ["04.03.2021 14:15", "05.03.2021 15:15", "06.03.2021 16:15"]
    assert page.comments.items[0].paragraphs == ["Une bonne décision pour la ville entière, enfin."]


def _disqus_post(number: int, name: str, text: str, replies: str = "") -> str:
    return (f'<li class="post" id="post-{number}"><div role="article"><div class="post-content"><div class="post-body">'
            f'<header><span class="post-byline"><span class="author"><a href="#">{name}</a></span></span>'
            f'<span class="post-meta"><a class="time-ago" title="March 4, 2021 10:00 AM">2 years ago</a></span>'
            f'</header><div class="post-message"><p>{text}</p></div></div></div></div>{replies}</li>')


def test_a_comment_embed_saved_after_its_script_ran_is_read_with_its_replies():
    reply = _disqus_post(502, "Lee", "The regional budget, according to the plan.")
    thread = (_disqus_post(501, "Kim", "Who pays for the maintenance of this thing?", f'<ul class="children">{reply}</ul>')
              + _disqus_post(503, "Max", "Finally some progress on this after all these years."))
    html = pages.page(f'<div id="disqus_thread"><ul id="post-list" class="post-list">{thread}</ul></div>'
                      "<script src=\"https://example.disqus.com/embed.js\"></script>")
    page, found = _thread_of(html)
    assert found == [("Kim", None), ("Lee", 1), ("Max", None)]
    assert page.comments.status != "script-only"
    assert page.comments.items[1].paragraphs == ["The regional budget, according to the plan."]


def test_json_ld_comments_listed_as_graph_nodes_answer_the_comment_they_name():
    graph = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
     {"@type": "BlogPosting", "@id": "#post", "headline": "Council approves the new river bridge",
      "comment": [{"@id": "#c1"}, {"@id": "#c2"}]},
     {"@type": "Comment", "@id": "#c1", "author": {"@type": "Person", "name": "Gina"}, "text": "Long overdue."},
     {"@type": "Comment", "@id": "#c2", "author": {"@type": "Person", "name": "Hal"}, "text": "Agreed, finally.",
      "parentItem": {"@id": "#c1"}}]}</script>"""
    page, thread = _thread_of(pages.page("", head=graph))
    assert thread == [("Gina", None), ("Hal", 1)]
    assert page.comments.items[1].paragraphs == ["Agreed, finally."]


def test_a_discussion_posting_s_json_ld_comments_are_the_thread():
    data = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting",
     "headline": "Council approves the new river bridge", "author": {"@type": "Person", "name": "Jane Reporter"},
     "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Gina"}, "text": "Long overdue."},
      {"@type": "Comment", "author": {"@type": "Person", "name": "Hal"}, "text": "Agreed.",
       "comment": {"@type": "Comment", "author": "Ivy", "text": "Me too."}}]}</script>"""
    assert _thread_of(pages.page("", head=data))[1] == [("Gina", None), ("Hal", None), ("Ivy", 2)]


_CARDS = "".join(
    f'<div class="story"><h4><a href="/s{i}">{title}</a></h4><p class="by">By {author} | March {i + 1}, 2021</p>'
    f"<p>{excerpt}</p></div>" for i, (title, author, excerpt) in enumerate([
        ("Ferry service to end after 80 years", "Tom Writer",
         "The ferry that has crossed the river since 1941 will make its last trip in June."),
        ("Council budget faces a shortfall", "Ann Editor",
         "The council will have to find savings of two million pounds next year."),
        ("Cycling groups call for safer lanes", "Tom Writer",
         "Campaigners say the new bridge must include a separated cycle lane.")]))


@pytest.mark.parametrize("section", [
    '<h3>0 Comments</h3><div class="more-stories"><h3>More stories</h3>{cards}</div>',
    '<h3 class="comments-title">Comments</h3><p>Be the first to comment.</p><div class="lst">{cards}</div>',
])
def test_other_stories_cards_after_a_comment_header_are_not_comments(section):
    page = read(pages.page(section.format(cards=_CARDS)))
    assert page.comments.items == []
    assert "Ferry service" not in page.article.text


def test_a_feed_of_who_commented_on_other_posts_is_not_this_page_s_thread():
    feed = "".join(f'<li class="row"><a href="/u/{name}">{name}</a> commented on <a href="/p{i}">Another post title '
                   f"here</a> March {i + 1}, 2021</li>" for i, name in enumerate(["Rita", "Sam", "Tom", "Uma"]))
    page = read(pages.page(f'<h3>2 Comments</h3><ul class="activity">{feed}</ul>'))
    assert page.comments.items == []
    assert page.comments.doubtful  # two are declared and none is read


def test_name_and_date_lines_head_the_text_after_them_not_comments_of_their_own():
    thread = "".join(f'<p class="x-meta">{name} — March 4, 2021 at {hour}:10 pm</p><p class="x-text">{text}</p>'
                     for name, hour, text in [
                         ("Rita Jones", 2, "Excellent news for commuters on the east side of town."),
                         ("Sam Smith", 3, "I still think this money should go to the schools instead."),
                         ("Tom Brown", 4, "Will the old ferry keep running after the bridge opens?")])
    page = read(pages.page(f'<div class="responses"><h3>3 Responses</h3>{thread}</div>'))
    assert [(c.author, c.paragraphs) for c in page.comments.items] == [
        ("Rita Jones", ["Excellent news for commuters on the east side of town."]),
        ("Sam Smith", ["I still think this money should go to the schools instead."]),
        ("Tom Brown", ["Will the old ferry keep running after the bridge opens?"])]


def test_drupal_9_comments_with_replies_in_the_indented_block_and_titles():
    def comment(number: int, name: str, title: str, text: str, day: str) -> str:
        return (f'<article id="comment-{number}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
                f'<p class="comment__author"><span>{name}</span></p><p class="comment__time">{day} - 10:15</p></footer>'
                f'<div class="comment__content"><h3><a href="/comment/{number}#comment-{number}">{title}</a></h3>'
                f'<div class="field--name-comment-body"><p>{text}</p></div></div></article>')
    section = ('<section class="comments"><h2 class="comments__title">Kommentare</h2>'
               + comment(5, "Anna", "Gute Entscheidung", "Eine gute Entscheidung für die Stadt.", "04.03.2021")
               + '<div class="indented">' + comment(6, "Bernd", "Kosten", "Die Kosten sind viel zu hoch.", "04.03.2021")
               + "</div>" + comment(7, "Clara", "Radweg?", "Wird es einen Radweg geben?", "05.03.2021") + "</section>")
    page, thread = _thread_of(pages.page(section, head='<meta name="Generator" content="Drupal 9">'))
    assert thread == [("Anna", None), ("Bernd", 1), ("Clara", None)]
    assert [(c.title, c.paragraphs) for c in page.comments.items][1] == ("Kosten", ["Die Kosten sind viel zu hoch."])


def test_schema_org_microdata_comments_in_spanish_keep_their_dates_as_shown():
    def comment(name: str, day: int, text: str, replies: str = "") -> str:
        return (f'<li itemscope itemtype="http://schema.org/Comment"><div itemprop="author" itemscope '
                f'itemtype="http://schema.org/Person"><span itemprop="name">{name}</span></div>'
                f'<span itemprop="dateCreated">{day} de marzo de 2021</span><div itemprop="text">{text}</div>{replies}</li>')
    reply = comment("Lucía", 5, "No estoy de acuerdo contigo.")
    page, thread = _thread_of(pages.page(
        f'<ol class="lista">{comment("José", 4, "Muy buena noticia para todos.", f"<ol>{reply}</ol>")}</ol>'))
    assert thread == [("José", None), ("Lucía", 1)]
    assert [c.date for c in page.comments.items] == ["4 de marzo de 2021", "5 de marzo de 2021"]


def test_blogger_threads_in_portuguese_keep_the_whole_date():
    def comment(number: int, name: str, hour: str, text: str, replies: str = "") -> str:
        return (f'<li class="comment" id="c{number}"><div class="comment-block"><div class="comment-header">'
                f'<cite class="user">{name}</cite><span class="datetime secondary-text"><a href="#c{number}">4 de março '
                f'de 2021 às {hour}</a></span></div><p class="comment-content">{text}</p></div>{replies}</li>')
    reply = comment(2, "Maria", "11:00", "Obrigada!")
    thread = comment(1, "João", "10:15", "Ótima notícia para a cidade.",
                     f'<div class="comment-replies"><div class="comment-thread inline-thread"><ol>{reply}</ol></div></div>')
    html = pages.page(f'<div class="comments" id="comments"><h3>Comentários</h3><div class="comments-content">'
                      f'<div class="comment-thread"><ol>{thread}</ol></div></div></div>',
                      head='<meta content="blogger" name="generator">')
    page, found = _thread_of(html)
    assert found == [("João", None), ("Maria", 1)]
    assert page.comments.items[0].date == "4 de março de 2021 às 10:15"


@pytest.mark.parametrize("section, names, connector", [
    ('<div id="reacties"><h3>3 reacties</h3>{items}</div>', ("naam", "tijd"), "om"),
    ('<div class="commenti"><h3>3 commenti</h3>{items}</div>', ("chi", "meta"), "alle"),
])
def test_plain_repeated_comment_blocks_in_dutch_and_italian(section, names, connector):
    who, when = names
    items = "".join(f'<div class="r"><div class="kop"><span class="{who}">{name}</span> <span class="{when}">{day} '
                    f"maart 2021 {connector} 10:15</span></div><p>{text}</p></div>" for name, day, text in (
                        ("Jan", 4, "Goed nieuws voor de stad, eindelijk."), ("Piet", 4, "Veel te duur, zoals altijd weer."),
                        ("Kees", 5, "Komt er ook een fietspad op de brug?")))
    page, thread = _thread_of(pages.page(section.format(items=items)))
    assert thread == [("Jan", None), ("Piet", None), ("Kees", None)]
    assert page.comments.items[2].paragraphs == ["Komt er ook een fietspad op de brug?"]


def test_an_italian_meta_line_leaves_its_connector_out_of_the_name():
    items = "".join(f'<div class="cm"><div class="meta"><strong>{name}</strong> il {day} marzo 2021 alle 10:15</div>'
                    f'<p>{text}</p><a href="#">Rispondi</a></div>' for name, day, text in (
                        ("Giulia", 4, "Finalmente una buona notizia per la città."),
                        ("Marco", 4, "Troppo costoso, come sempre del resto."), ("Sara", 5, "Ci sarà una pista ciclabile?")))
    page, thread = _thread_of(pages.page(f'<div class="commenti"><h3>3 commenti</h3>{items}</div>'))
    assert thread == [("Giulia", None), ("Marco", None), ("Sara", None)]


# --- the article's body -----------------------------------------------------------------------------

_LAST = "Gegner des Projekts kündigten an, weiter gegen den Plan zu kämpfen, und wollen nun vor Gericht ziehen."


@pytest.mark.parametrize("language, before, after", [
    ("es", "<p>Publicado el 4 de marzo de 2021</p>", ""),
    ("it", "<p>Aggiornato il 4 marzo 2021 alle 10:15</p>", ""),
    ("fr", "", "<p>Lire aussi : Le pont de la discorde</p>"),
    ("pt", "", "<p>Leia também: Outra notícia sobre a ponte</p>"),
    ("nl", "", "<p>Lees ook: De brug van de toekomst</p>"),
    ("de", "<p>Von Hans Müller</p>", "<p>Hans Müller ist Redakteur im Lokalressort und schreibt über Verkehr.</p>"),
])
def test_date_lines_pointers_to_other_articles_and_the_author_s_note_are_not_the_body(language, before, after):
    paragraphs = read(_post(language, inside=before, tail=f"<p>{_LAST}</p>" + after)).article.paragraphs
    assert paragraphs[0].text.startswith("Der Stadtrat hat am Dienstag")
    assert paragraphs[-1].text == _LAST


# --- the comment section's header and state -------------------------------------------------------

@pytest.mark.parametrize("header", ["3 Antworten auf „Brücke“", "3 réponses à « Pont »", "3 risposte a “Ponte”"])
def test_a_header_that_counts_answers_in_another_language_declares_the_count(header):
    page = read(pages.WORDPRESS.replace("3 thoughts on &ldquo;Council approves the new river bridge&rdquo;", header))
    assert (page.comments.declared, page.comments.found) == (3, 3)
    assert not page.comments.doubtful


@pytest.mark.parametrize("header, notice", [
    ("Keine Kommentare", "Die Kommentarfunktion ist geschlossen."), ("Sin comentarios", "Los comentarios están cerrados."),
    ("Nenhum comentário", "Comentários encerrados."), ("Nessun commento", "I commenti sono chiusi."),
    ("Geen reacties", "Reageren is niet meer mogelijk."), ("Inga kommentarer", "Kommentarer är stängda."),
])
def test_no_comments_and_closed_in_other_languages(header, notice):
    page = read(pages.page(f'<div id="comments"><h3>{header}</h3><p class="nocomments">{notice}</p></div>'))
    assert (page.comments.declared, page.comments.closed, page.comments.found) == (0, True, 0)
    assert not page.comments.doubtful


@pytest.mark.parametrize("order", ["other first", "list"])
def test_json_ld_about_another_story_does_not_give_its_author_and_date(order):
    other = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry service to end after 80 '
             'years", "datePublished": "2019-01-02T10:00:00Z", "author": {"@type": "Person", "name": "Tom Writer"}}')
    own = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves the new river '
           'bridge", "datePublished": "2021-03-04T10:00:00Z", "author": {"@type": "Person", "name": "Jane Reporter"}}')
    data = (f'<script type="application/ld+json">{other}</script><script type="application/ld+json">{own}</script>'
            if order == "other first" else f'<script type="application/ld+json">[{other}, {own}]</script>')
    article = read(_news(head=data)).article
    assert (article.author, article.date) == ("Jane Reporter", "2021-03-04")


def test_a_comment_date_that_reads_either_way_follows_the_thread_s_other_dates():
    items = "".join(f'<li class="comment" id="comment-{i}"><cite class="fn">{name}</cite> <span class="date">{when}'
                    f"</span><p>Une remarque sur le pont, numéro {i}, assez longue.</p></li>"
                    for i, (name, when) in enumerate([("Anna", "04/03/2021 10:15"), ("Bernd", "25/03/2021 11:20")]))
    page = read(pages.page(f'<div id="comments"><h3>2 commentaires</h3><ol class="commentlist">{items}</ol></div>'))
    assert [c.date_iso for c in page.comments.items] == ["2021-03-04T10:15", "2021-03-25T11:20"]


@pytest.mark.parametrize("language, byline", [("nl", '<span class="datum">4 maart 2021</span>'),
                                              ("es", '<p class="fecha">4 de marzo de 2021</p>')])
def test_a_date_element_named_in_the_page_s_language_dates_the_article_beside_other_stories(language, byline):
    grid = f'<div class="more">{_cards(["2 januari 2019", "5 februari 2019", "9 maart 2019"])}</div>'
    assert read(_news(byline=byline, before=grid, language=language)).article.date == "2021-03-04"


@pytest.mark.parametrize("count, doubtful", [(3, False), (7, True)])
def test_the_article_s_json_ld_comment_count_is_what_the_thread_is_checked_against(count, doubtful):
    data = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
            f'"headline": "Council approves the new river bridge", "commentCount": {count}}}</script>')
    html = pages.WORDPRESS.replace("3 thoughts on &ldquo;Council approves the new river bridge&rdquo;", "Discussion")
    page = read(html.replace('<meta property="og:site_name" content="The Daily Example">',
                             '<meta property="og:site_name" content="The Daily Example">' + data))
    assert (page.comments.declared, page.comments.found, page.comments.doubtful) == (count, 3, doubtful)


@pytest.mark.parametrize("shown", ["vor 3 Tagen", "il y a 2 jours", "hace 3 días", "3 giorni fa", "3 dagen geleden",
                                   "gestern"])
def test_a_relative_comment_date_in_another_language_is_the_date_not_a_paragraph(shown):
    items = "".join(f'<li class="comment" id="comment-{i}"><cite class="fn">{name}</cite> <time datetime="2021-03-0{i + 1}'
                    f'T10:00">{shown}</time><p>Ein Kommentar zur Brücke, Nummer {i}, recht lang.</p></li>'
                    for i, name in enumerate(["Anna", "Bernd"]))
    page = read(pages.page(f'<div id="comments"><h3>2 Kommentare</h3><ol class="commentlist">{items}</ol></div>'))
    first = page.comments.items[0]
    assert (first.date, first.date_iso, first.paragraphs) == (
        shown, "2021-03-01T10:00", ["Ein Kommentar zur Brücke, Nummer 0, recht lang."])


@pytest.mark.parametrize("action", ["Rispondi", "Beantwoorden", "Svara", "Gefällt mir", "J'aime"])
def test_a_comment_s_reply_or_like_link_in_another_language_is_not_its_text(action):
    items = "".join(f'<div class="x-it"><p class="x-h">{name} — 4 maart 2021 10:1{i}</p><p>Goed nieuws voor de stad, '
                    f'nummer {i}, eindelijk.</p><p><a href="#r{i}">{action}</a></p></div>'
                    for i, name in enumerate(["Jan", "Piet", "Kees"]))
    page = read(pages.page(f'<div class="reacties"><h3>3 reacties</h3>{items}</div>'))
    assert [c.paragraphs for c in page.comments.items] == [[f"Goed nieuws voor de stad, nummer {i}, eindelijk."]
                                                           for i in range(3)]


def test_a_bulletin_board_thread_laid_out_as_table_rows():
    rows = "".join(f'<tr class="row{i % 2 + 1}"><td class="profile"><b class="postauthor">{name}</b></td><td class="postbody">'
                   f'<div class="postdetails">Posted: Thu Mar 04, 2021 1{i}:15 am</div><div>{text}</div></td></tr>'
                   for i, (name, text) in enumerate([
                       ("roadwarrior", "The toll will be too high for daily commuters, mark my words."),
                       ("ferrylover", "I will miss the old ferry, it had character and good coffee."),
                       ("cyclist", "Is there going to be a proper cycle lane on the bridge?")]))
    page, thread = _thread_of(pages.page(f'<h3>3 replies</h3><table class="tablebg">{rows}</table>'))
    assert thread == [("roadwarrior", None), ("ferrylover", None), ("cyclist", None)]
    assert page.comments.items[1].paragraphs == ["I will miss the old ferry, it had character and good coffee."]
