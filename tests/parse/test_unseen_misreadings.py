"""Lines of unseen pages the text reader once misread: a rubric or a party's name by the article's date read as its
author, comment heads and forum dates of shapes it did not know, bylines in other languages."""

from __future__ import annotations

import time

import pytest

from discourse.parse import parse_text, patterns, read_pages, section
from discourse.parse.dates import find_date, slashed_order
from tests.parse.stories import STORM_STORY

RUSSIAN_HEADLINE = "В Москве откроют новые парки"
RUSSIAN_BODY = ("Власти города объявили о новых мерах по благоустройству парков, которые начнут действовать весной. "
                "По словам чиновников, работы затронут более двадцати районов и продлятся до конца года.\n\n"
                "Жители уже обсуждают планы в социальных сетях и на форумах района.\n")
ENGLISH_HEADLINE = "Moscow to open new parks"
ENGLISH_BODY = ("City officials announced new measures for the parks, which take effect in the spring. The work "
                "will cover more than twenty districts and last until the end of the year, officials said.\n\n"
                "Residents are already discussing the plans on social networks and local forums.\n")


def _dated_page(headline: str, line: str, date: str, body: str, layout: str) -> str:
    """A headline, then `line` over the date, under it, beside it, or in the headline's block, then the body."""
    heads = {"over": f"{line}\n\n{date}", "under": f"{date}\n\n{line}", "beside": f"{line} {date}",
             "in block": f"{line}\n{date}"}
    joiner = "\n" if layout == "in block" else "\n\n"
    return f"{headline}{joiner}{heads[layout]}\n\n{body}"


LAYOUTS = ["over", "under", "beside", "in block"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("date", ["12 марта 2024", "12.03.2024 10:15"])
@pytest.mark.parametrize("rubric", ["Новости Москвы", "Единая Россия", "Новости Киева", "Российская Газета",
                                    "Московский Комсомолец", "Новини Києва", "Українська Правда"])
def test_a_russian_rubric_or_party_by_the_date_is_no_author(rubric, date, layout):
    article = parse_text(_dated_page(RUSSIAN_HEADLINE, rubric, date, RUSSIAN_BODY, layout)).article
    assert (article.author, article.title) == (None, RUSSIAN_HEADLINE)
    assert article.date == "2024-03-12"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("rubric", ["Local News", "Labour Party", "World Politics"])
def test_a_section_label_or_party_by_the_date_is_no_author(rubric, layout):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, rubric, "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title) == (None, ENGLISH_HEADLINE)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("outlet", ["The Harbour Times", "Harbour Times", "Daily Mail", "Valley News Online",
                                    "Riverside Gazette", "The North Press", "Tech Magazine", "Evening Standard",
                                    "The Guardian", "Sport Extra", "Business Live", "Sunday Herald",
                                    "Yorkshire Evening Post"])
def test_an_outlets_or_rubrics_name_by_the_date_is_no_author(outlet, layout):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, outlet, "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title, article.date) == (None, ENGLISH_HEADLINE, "2024-03-12")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["Thea Newsome", "Theodore Daly", "Emily Postman", "Jane Timms", "Anna Post",
                                  "Peter Express", "Jane Daily", "Tom Herald", "Anna Post Weber", "Mary Press Lee"])
def test_a_writers_name_near_an_outlets_words_by_the_date_is_the_author(name, layout):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, name, "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title) == (name, ENGLISH_HEADLINE)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["Иван Петров", "Анна Кузнецова", "Фёдор Достоевский", "Тарас Шевченко",
                                  "Ирина Петровская", "Лев Толстой", "Алексей Навальный", "Володимир Зеленський",
                                  "Олена Зеленська", "Сергей Шойгу", "Ксения Собчак", "Юрий Дудь"])
def test_a_russian_writers_name_by_the_date_is_the_author(name, layout):
    article = parse_text(_dated_page(RUSSIAN_HEADLINE, name, "12 марта 2024", RUSSIAN_BODY, layout)).article
    assert (article.author, article.title) == (name, RUSSIAN_HEADLINE)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["Ірина Фаріон", "Євген Марчук", "Ґанна Їжак", "Олег Іваненко", "Јован Јовановић",
                                  "Ђорђе Балашевић", "Љубица Његовић", "Џеф Ћосић", "Łukasz Żak", "Šárka Černá"])
def test_a_ukrainian_serbian_or_central_european_writers_name_by_the_date_is_the_author(name, layout):
    article = parse_text(_dated_page(RUSSIAN_HEADLINE, name, "12.03.2024", RUSSIAN_BODY, layout)).article
    assert (article.author, article.title) == (name, RUSSIAN_HEADLINE)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("rubric", ["Історія України", "Інтерв'ю Тижня", "Європа Сьогодні"])
def test_a_ukrainian_rubric_opening_with_a_ukrainian_letter_by_the_date_is_no_author(rubric, layout):
    article = parse_text(_dated_page(RUSSIAN_HEADLINE, rubric, "12.03.2024", RUSSIAN_BODY, layout)).article
    assert (article.author, article.title) == (None, RUSSIAN_HEADLINE)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_english_writers_name_by_the_date_is_the_author(layout):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, "Jane Roe", "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title) == ("Jane Roe", ENGLISH_HEADLINE)


def test_a_russian_byline_after_its_label_is_read():
    page = f"Новости Москвы\n\n{RUSSIAN_HEADLINE}\n\nАвтор: Иван Петров\n\n12 марта 2024\n\n{RUSSIAN_BODY}"
    article = parse_text(page).article
    assert (article.author, article.title) == ("Иван Петров", RUSSIAN_HEADLINE)


FORUM_POSTS = [("railfan_jo", "Mon Mar 04, 2024 10:20 am", "2024-03-04",
                "My brass track turns dark after every frost. I scrub it with a track rubber each spring."),
               ("old_sparky", "Mon Mar 04, 2024 11:02 am", "2024-03-04",
                "Stainless rail. Costs more up front but I have not cleaned mine in three years."),
               ("Mike Lund", "05.03.2024, 08:15", "2024-03-05",
                "A light wipe of graphite after cleaning helps a lot. It keeps the oxide from sticking.")]


def _guillemet_thread(crumbs: str) -> str:
    """A forum thread under a breadcrumb trail, each post under its head of "NAME » DATE", a "Top" link under it."""
    posts = "".join(f"{name} » {date}\n\n{text}\n\nTop\n\n" for name, date, _, text in FORUM_POSTS)
    return (f"{crumbs}\n\nKeeping brass rail clean in winter\n\n{posts}"
            "Display posts from previous: All posts Sort by Post time Ascending\n")


@pytest.mark.parametrize("crumbs", ["Board index » Layouts » Outdoor track", "Board index ‹ Layouts ‹ Outdoor track"])
def test_a_forum_posts_head_of_a_name_and_a_date_parted_by_a_guillemet_opens_a_reply(crumbs):
    page = parse_text(_guillemet_thread(crumbs))
    assert (page.article.title, page.article.author) == ("Keeping brass rail clean in winter", "railfan_jo")
    assert [(c.author, c.date_iso[:10]) for c in page.comments.items] == [(name, day) for name, _, day, _ in FORUM_POSTS[1:]]
    assert [c.text for c in page.comments.items] == [text for *_, text in FORUM_POSTS[1:]]  # "Top": the forum's link


@pytest.mark.parametrize("line", ["Board index » Layouts » Mon Mar 04, 2024", "Home » News » 12 March 2024",
                                  "News » Politics", "Ann Lee » a post about Mar 04, 2024 and the rest of the week"])
def test_a_breadcrumb_trail_or_a_sentence_with_a_guillemet_is_no_posts_head(line):
    assert not section.is_guillemet_head(line)


def test_a_long_line_with_a_guillemet_is_read_at_once():
    line = "Ann » " + "word " * 3000 + "Mon Mar 04, 2024"
    started = time.perf_counter()
    assert not section.is_guillemet_head(line)
    assert time.perf_counter() - started < 0.1


# A news story under its byline, and the header of its thread of three comments
CYCLE_LANES = """\
Council approves new cycle lanes

By Daniel Morgan

The city council has approved plans for three new cycle lanes through the centre, after a vote that ran late
into Tuesday evening.

Councillors said the lanes would be built over the summer, with the first due to open in September.

3 Comments

"""

HYPHENED_THREAD = CYCLE_LANES + """\
Alan Price {}
About time. The roads are dangerous for anyone on a bike.

Sue Ward {}
What about the shops? Nobody asked them.

bob_99 {}
I agree with Sue, the shops matter.
"""


@pytest.mark.parametrize("dates, days", [
    (("13-03-2024, 11:02 AM", "13-03-2024, 12:30 PM", "14-03-2024"), ["2024-03-13T11:02", "2024-03-13T12:30", "2024-03-14"]),
    (("03-13-2024, 11:02 AM", "03-13-2024, 12:30 PM", "03-14-2024"), ["2024-03-13T11:02", "2024-03-13T12:30", "2024-03-14"]),
    # a date that reads either way is read as the page's other dates are written, as a slashed one is
    (("03-04-2024, 11:02 AM", "13-04-2024, 12:30 PM", "14-04-2024"), ["2024-04-03T11:02", "2024-04-13T12:30", "2024-04-14"]),
    (("03-04-2024, 11:02 AM", "03-04-2024, 12:30 PM", "03-05-2024"), [None, None, None]),
])
def test_a_comments_date_of_day_month_and_year_parted_by_hyphens_is_read(dates, days):
    comments = parse_text(HYPHENED_THREAD.format(*dates)).comments.items
    assert [(c.author, c.date, c.date_iso) for c in comments] == list(zip(["Alan Price", "Sue Ward", "bob_99"], dates, days))


@pytest.mark.parametrize("text", ["ISBN 978-1-12-2019", "Tel. 978-13-05-2020", "Part no. X-13-05-2020"])
def test_digits_run_on_by_a_hyphen_before_a_hyphened_date_are_no_date(text):
    assert (patterns.timestamps(text), find_date(text), slashed_order(text)) == ([], None, None)


SCORES_THREAD = CYCLE_LANES + """\
Alan Price
March 12, 2024 at 11:02 am
About time. The roads are dangerous for anyone on a bike.
{line}
Great season for the club though.

Sue Ward
March 12, 2024 at 12:30 pm
What about the shops? Nobody asked them.
"""


@pytest.mark.parametrize("line", ["The team scores 10-12-2024 in the league",
                                  "and the final scores were 10-12-2024, then the cup run ended",
                                  "Final scores 10-12-2024 in the league table.",
                                  "It was close. Final scores 10-12-2024 in the league table."])
def test_a_hyphened_date_in_running_text_is_no_date(line):
    comments = parse_text(SCORES_THREAD.format(line=line)).comments.items
    assert [c.author for c in comments] == ["Alan Price", "Sue Ward"]
    assert line in comments[0].text
    assert patterns.timestamps(line) == []


HYPHENED_DATE_LINES = ["Alan Price 13-03-2024", "bob_99 | 14-03-2024", "Posted on 13-03-2024", "13-03-2024",
                       "Last updated: 13-03-2024", "Last updated 13-03-2024", "Posted by admin on 13-03-2024",
                       "Posted by Sarah Jane Smith-Jones on 13-03-2024", "Written by jdoe on 13-03-2024",
                       "Mike says: 13-03-2024", "Date of publication: 13-03-2024", "Дата публикации: 13-03-2024",
                       "Mis à jour le 13-03-2024", "Geschrieben von admin am 13-03-2024", "Geplaatst op 13-03-2024",
                       "This article was published on 13-03-2024", "Quote from: admin on 13-03-2024",
                       "2 comments | 13-03-2024", "[13-03-2024]", "(13-03-2024)", "posted 13-03-2024",
                       "mike 13-03-2024", "Posted 13-03-2024 in News", "posted 13-03-2024 by admin",
                       "Mike posted 13-03-2024 in reply to Ann", "Alan Price 13-03-2024 in the league",
                       "ANNA scores 13-03-2024 in the league", "We had Final scores 13-03-2024 in the league"]


@pytest.mark.parametrize("line, date", [(line, "13-03-2024" if "13-03" in line else "14-03-2024")
                                        for line in HYPHENED_DATE_LINES]
                         + [("kaspar 13-06-2022, 09:00 AM", "13-06-2022, 09:00 AM")])
def test_a_hyphened_date_in_a_head_or_a_date_line_is_a_date(line, date):
    spans = patterns.timestamps(line)
    assert line[spans[0][0]:spans[-1][1]] == date and find_date(line) is not None


def test_a_thread_of_lowercase_handles_over_hyphened_dates_is_read():
    thread = HYPHENED_THREAD.replace("Alan Price {}", "mike {}").replace("Sue Ward {}", "sue {}")
    comments = parse_text(thread.format("13-03-2024", "14-03-2024", "14-03-2024")).comments.items
    assert [(c.author, c.date_iso) for c in comments] == [("mike", "2024-03-13"), ("sue", "2024-03-14"),
                                                          ("bob_99", "2024-03-14")]


@pytest.mark.parametrize("head, author", [("By Jane Roe (13-03-2024)", "Jane Roe"),
                                          ("Posted by admin on 13-03-2024", "admin"),
                                          ("This article was published on 13-03-2024", None),
                                          ("Jane Roe\nLast updated: 13-03-2024", "Jane Roe")])
def test_a_hyphened_date_under_the_headline_dates_the_article(head, author):
    article = parse_text(f"{ENGLISH_HEADLINE}\n\n{head}\n\n{ENGLISH_BODY}").article
    assert (article.title, article.author, article.date) == (ENGLISH_HEADLINE, author, "2024-03-13")


def test_a_hyphened_date_in_an_html_comments_meta_dates_the_comment():
    items = "".join(f'<li class="comment"><div class="comment-author"><cite class="fn">{name}</cite> says:</div>'
                    f'<div class="comment-meta">{meta}</div><p>{text}</p></li>'
                    for name, meta, text in [("Mike Jones", "Posted on 14-03-2024 at 10:15", "Great plans."),
                                             ("Tom Hale", "Last edited 15-03-2024", "Same here, thanks.")])
    html = (f"<html><body><article><h1>{ENGLISH_HEADLINE}</h1><p>{ENGLISH_BODY}</p></article>"
            f'<section id="comments"><h2>2 Comments</h2><ol class="commentlist">{items}</ol></section></body></html>')
    comments = read_pages(html.encode("utf-8"), "page.html")[0].comments.items
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("Mike Jones", "14-03-2024 at 10:15", "Great plans."), ("Tom Hale", "15-03-2024", "Same here, thanks.")]


def test_a_long_line_of_hyphened_numbers_is_read_at_once():
    started = time.perf_counter()
    for line in ("the scores 10-12-2024 and " * 3000 + "so on", "Final scores 10-12-2024 in the end. " * 3000):
        assert patterns.timestamps(line) == []
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("cue", ["Updated 12 March 2024", "Mis à jour le 12 mars 2024", "Publié le 12 mars 2024 à 10:15",
                                 "Aktualisiert am 12. März 2024", "Aggiornato il 12 marzo 2024"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["touching", "blank-between"])
def test_a_cued_date_line_between_the_headline_and_the_byline_is_neither(cue, gap):
    """The page's timestamp under the headline, in the page's language or another, over "By NAME": the headline is
    no name over a date, nor the date line the title."""
    article = parse_text(f"Storm Hits Texas\n\n{cue}{gap}By Mira Holt\n\n{STORM_STORY}").article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", "Mira Holt", "2024-03-12")


def test_a_name_over_a_cued_date_line_with_no_byline_under_it_stays_the_byline():
    article = parse_text(f"Storm Hits Texas\n\nMira Holt\nUpdated 12 March 2024\n\n{STORM_STORY}").article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", "Mira Holt", "2024-03-12")


def test_a_forum_posts_hyphened_time_under_the_poster_box_dates_the_post():
    posts = [("kaspar", "13-06-2022, 09:00 AM", "Which route should we ride on Sunday, the river loop or the hills?"),
             ("ottilie", "13-06-2022, 09:40 AM", "The river loop, the hills are too steep for the new riders."),
             ("bram", "14-06-2022, 10:15 AM", "The hills, we did the river loop twice last month already.")]
    lines = ["Riverside Cycling Club", "", "Which route for the Sunday ride?", ""]
    for name, date, text in posts:
        lines += [name, "Member", "Posts: 310", "Joined: Mar 2019", "", date, "", text, "", "Quote", ""]
    page = parse_text("\n".join(lines))
    assert page.article.author == "kaspar"
    assert [(c.author, c.date_iso) for c in page.comments.items] == [("ottilie", "2022-06-13T09:40"),
                                                                     ("bram", "2022-06-14T10:15")]


RUSSIAN_THREAD = f"""\
{RUSSIAN_HEADLINE}

Автор: Иван Петров

12 марта 2024

{RUSSIAN_BODY}
Комментарии (3)

{{}}
12.03.2024 10:15

Наконец-то, давно пора было заняться парками.

{{}}
12.03.2024 11:20

А кто будет платить за всё это?

{{}}
13.03.2024 09:05

Хорошая новость для всех жителей района.
"""

ENGLISH_THREAD = HYPHENED_THREAD.replace("Alan Price {}", "{}\n12 March 2024 11:02").replace(
    "Sue Ward {}", "{}\n12 March 2024 12:30").replace("bob_99 {}", "{}\n13 March 2024 09:05")


@pytest.mark.parametrize("thread, names", [
    (RUSSIAN_THREAD, ("Сергей К.", "Анна", "Ольга П.")),
    (ENGLISH_THREAD, ("John D.", "Sue Ward", "Kay L.")),
    (ENGLISH_THREAD, ("John D.", "Sue W.", "Kay L.")),
], ids=["russian", "english", "english-initials"])
def test_a_first_name_and_an_initial_over_the_date_opens_a_comment(thread, names):
    comments = parse_text(thread.format(*names)).comments
    assert [c.author for c in comments.items] == list(names)
    assert comments.declared == len(comments.items)


@pytest.mark.parametrize("separator", ["", ",", " |"])
@pytest.mark.parametrize("name, date, headline, body", [
    ("Сергей К.", "12 марта 2024", RUSSIAN_HEADLINE, RUSSIAN_BODY),
    ("Анна Мария К.", "12.03.2024 10:15", RUSSIAN_HEADLINE, RUSSIAN_BODY),
    ("John D.", "12 March 2024", ENGLISH_HEADLINE, ENGLISH_BODY),
    ("Mary Ann K.", "12 March 2024", ENGLISH_HEADLINE, ENGLISH_BODY),
], ids=["russian", "russian-three-words", "english", "english-three-words"])
def test_a_name_closed_by_an_initial_beside_the_date_is_the_author(name, date, headline, body, separator):
    article = parse_text(_dated_page(headline, name + separator, date, body, "beside")).article
    assert (article.author, article.title, article.date) == (name, headline, "2024-03-12")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["Martin Luther King Jr.", "John Smith Jr.", "Sammy Davis Sr."])
def test_a_name_closed_by_a_suffix_by_the_date_is_the_author(name, layout):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, name, "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title, article.date) == (name, ENGLISH_HEADLINE, "2024-03-12")


@pytest.mark.parametrize("words", ["Plan B.", "Vitamin D.", "Team B."])
def test_a_noun_labelled_by_a_capital_beside_the_date_is_no_author(words):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, words, "12 March 2024", ENGLISH_BODY, "beside")).article
    assert (article.author, article.title) == (None, ENGLISH_HEADLINE)


@pytest.mark.parametrize("text, closed", [("John D.", False), ("Сергей К.", False), ("Mary Ann K.", False),
                                          ("Anne-Marie O'Neil B.", False), ("Thanks a lot.", True),
                                          ("Really?", True), ("USA.", True), ("Neither do I.", True),
                                          ("So did I.", True), ("Plan B.", True), ("Vitamin D.", True),
                                          ("John I.", True), ("we need a plan B.", True)])
def test_a_names_initial_closes_no_clause(text, closed):
    assert patterns.ends_clause(text, ".!?") is closed


EDITED_COMMENT_THREAD = CYCLE_LANES + """\
Kay Lum
March 12, 2024 at 10:15 am
About time. The roads are dangerous for anyone on a bike.

Tom Baker
March 12, 2024 at 11:00 am
I have had enough of this.
{short}
March 12, 2024 at 11:30 am
Edited to add: the cost is too high anyway.

Ann Lee
March 13, 2024 at 9:00 am
What about the shops? Nobody asked them.
"""


@pytest.mark.parametrize("short", ["Neither do I.", "So did I.", "Plan B.", "Vitamin D."])
def test_a_short_sentence_closed_by_a_capital_over_a_date_names_no_commenter(short):
    comments = parse_text(EDITED_COMMENT_THREAD.format(short=short)).comments
    assert [c.author for c in comments.items] == ["Kay Lum", "Tom Baker", "Ann Lee"]
    assert short in comments.items[1].text and "Edited to add" in comments.items[1].text


GERMAN_HEADLINE = "Neue Radwege für die Innenstadt"
GERMAN_BODY = ("Die Stadt hat neue Radwege für die Innenstadt beschlossen, nachdem der Rat bis spät in den Abend "
               "getagt hatte. Die ersten Wege sollen im September eröffnet werden.\n\n"
               "Kritiker sagen, dass die Pläne Parkplätze für die Geschäfte kosten.\n")


@pytest.mark.parametrize("byline, name", [
    ("Autor: Heiko Sauer", "Heiko Sauer"), ("Autorin: Anna Schmidt", "Anna Schmidt"),
    ("AUTOR: Heiko Sauer", "Heiko Sauer"), ("Autorka: Anna Nowak", "Anna Nowak"),
    ("Autor: Daniel Czyżewski | 12.03.2024", "Daniel Czyżewski"), ("Autor Heiko Sauer", "Heiko Sauer"),
])
def test_a_german_or_polish_byline_labelled_autor_names_the_author(byline, name):
    article = parse_text(f"{GERMAN_HEADLINE}\n\n{byline}\n\n12.03.2024\n\n{GERMAN_BODY}").article
    assert (article.author, article.title, article.date) == (name, GERMAN_HEADLINE, "2024-03-12")


@pytest.mark.parametrize("label", ["Autor:", "Autorin:", "Von:", "By:"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["touching", "blank-between"])
@pytest.mark.parametrize("name", ["Heiko Sauer", "Anna City"])  # under a label, a section's word is a surname
def test_a_bylines_label_alone_over_the_name_names_the_author(label, gap, name):
    article = parse_text(f"12.03.2024\n\n{GERMAN_HEADLINE}\n\n{label}{gap}{name}\n\n{GERMAN_BODY}").article
    assert (article.author, article.title) == (name, GERMAN_HEADLINE)


TIMETABLE_STORY = ("Die Bahn bietet ab Sonntag eine neue Direktverbindung an, die Reisende ohne Umstieg ans Ziel "
                   "bringt. Die Fahrt dauert knapp vier Stunden.\n\nVerbindung:\n\nVon:\nBerlin Hbf\n\nNach:\n"
                   "München Hbf\n\nFahrgastverbände begrüßen das Angebot, fordern aber günstigere Preise.\n")
QUOTED_MAIL_STORY = ("Eine interne Mail liegt der Redaktion vor, in der die Ministerin ihre Pläne erläutert.\n\n"
                     "Von:\nKlaus Becker\n\nBetreff: Reform\n\nDie Opposition kritisiert die Pläne scharf.\n")


@pytest.mark.parametrize("story", [TIMETABLE_STORY, QUOTED_MAIL_STORY], ids=["timetable", "quoted-mail"])
def test_a_bylines_label_inside_the_body_names_no_author(story):
    article = parse_text(f"{GERMAN_HEADLINE}\n\n12. März 2024\n\n{story}").article
    assert (article.author, article.title) == (None, GERMAN_HEADLINE)


def test_a_bylines_label_under_a_sidebars_cut_tags_names_the_author():
    tags = ("Atheismus Aufklärung Australien Auszeichnung Ausstellung Bildung Biologie Buddhismus Bürgerrechte "
            "Demokratie Diskriminierung Ethik Evolution Familie Feminismus Forschung Freiheit Geschichte Gesundheit "
            "Gewalt Glaube Humanismus Islam Judentum Justiz Kirche Kultur Medien Medizin Atheistische Religionsgese...")
    article = parse_text(f"{tags}\n\n12.03.2024\n\n{GERMAN_HEADLINE}\n\nVon:\nHeiko Sauer\n\n{GERMAN_BODY}").article
    assert (article.author, article.title) == ("Heiko Sauer", GERMAN_HEADLINE)


def test_a_sentence_opening_with_autor_is_no_byline():
    article = parse_text(f"{GERMAN_HEADLINE}\n\nAutor des Textes ist Heiko Sauer\n\n{GERMAN_BODY}").article
    assert article.author is None


@pytest.mark.parametrize("top", ["Home | News | Weather", "Home › Weather", "Weather", "Menu\n\nSearch", "[logo]", "",
                                 "Home / News / Weather"])
@pytest.mark.parametrize("headline", ["Storm Hits Texas", "Rain Again"])
def test_a_headline_under_a_bare_date_line_under_only_menus_is_the_title(top, headline):
    article = parse_text(f"{top}\n\n12 March 2024\n\n{headline}\n\n{STORM_STORY}".lstrip()).article
    assert (article.title, article.author, article.date) == (headline, None, "2024-03-12")


@pytest.mark.parametrize("trail", ["Home / News / Weather", "Home / News / Storm Hits Texas"])
def test_a_trail_parted_by_slashes_is_no_headline_and_its_name_under_the_date_the_byline(trail):
    article = parse_text(f"{trail}\n\nStorm Hits Texas\n\n12 March 2024\n\nJane Roe\n\n{STORM_STORY}").article
    assert (article.title, article.author) == ("Storm Hits Texas", "Jane Roe")


@pytest.mark.parametrize("headline", ["Rain / Snow Warning for Texas",
                                      "Texas / Oklahoma Storm Leaves Thousands Without Power"])
def test_a_headline_with_a_slash_stays_the_headline(headline):
    article = parse_text(f"Home › Weather\n\n{headline}\n\nBy Jane Roe\n\n{STORM_STORY}").article
    assert (article.title, article.author) == (headline, "Jane Roe")


def test_a_name_under_the_date_under_its_headline_stays_the_byline():
    article = parse_text(f"Home › Weather\n\nStorm Hits Texas\n\n12 March 2024\n\nJane Roe\n\n{STORM_STORY}").article
    assert (article.title, article.author) == ("Storm Hits Texas", "Jane Roe")


@pytest.mark.parametrize("trail", ["Home › Weather", "Home » News", "Home > News", "Home / News / Weather"])
def test_a_short_headline_over_its_date_under_a_two_item_trail_is_no_byline(trail):
    article = parse_text(f"{trail}\n\nStorm Hits Texas\n\n12 March 2024\n\n{STORM_STORY}").article
    assert (article.title, article.author) == ("Storm Hits Texas", None)


@pytest.mark.parametrize("top", ["Login | Register", "Storm | Live", "Rain / Snow", "and/or 24/7 news/weather",
                                 "Home › Weather\n\n" + STORM_STORY])
def test_a_name_over_its_date_under_two_links_or_a_story_is_the_byline(top):
    """Two links parted by a bar are no breadcrumb trail, and a trail over an earlier story is not this headline's."""
    story = ("The price of heating will mark a new record this winter, the regulator said on Tuesday, and households "
             "should expect higher bills.")
    article = parse_text(f"{top}\n\nMark Price\n\n12 March 2024\n\n{story}\n\nMore to come.\n").article
    assert article.author == "Mark Price"


REPLY_WORD_THREAD = CYCLE_LANES + """\
{alan}
About time. The roads are dangerous for anyone on a bike.
{word}

{sue}
{word}

{kay}
What about the shops? Nobody asked them.
{word}
"""
ONE_LINE_HEADS = {"alan": "Alan Price on March 12, 2024 at 11:02 am", "sue": "Sue Ward on March 12, 2024 at 12:30 pm",
                  "kay": "Kay Lum on March 12, 2024 at 1:30 pm"}
TWO_LINE_HEADS = {key: head.replace(" on ", " says:\n\n") + "\n" for key, head in ONE_LINE_HEADS.items()}


@pytest.mark.parametrize("heads", [ONE_LINE_HEADS, TWO_LINE_HEADS], ids=["one-line", "name-over-date"])
@pytest.mark.parametrize("word", ["Reply", "Svar", "Antworten"])
def test_a_comment_whose_text_is_only_its_reply_link_is_kept_without_text(heads, word):
    comments = parse_text(REPLY_WORD_THREAD.format(word=word, **heads)).comments
    assert [(c.author, c.text) for c in comments.items] == [
        ("Alan Price", "About time. The roads are dangerous for anyone on a bike."), ("Sue Ward", ""),
        ("Kay Lum", "What about the shops? Nobody asked them.")]
    assert comments.declared == len(comments.items)


STANDFIRST = "After ten years of argument, the storm damage vote was seven to two"


@pytest.mark.parametrize("byline", ["By Mira Holt", "Mira Holt\n12 March 2024"])
def test_a_standfirst_between_the_headline_and_the_byline_is_not_the_title(byline):
    """A subtitle printed as a paragraph of its own under the headline (Substack's, a magazine's dek), longer than it
    and naming the story's topic by fewer of its words."""
    article = parse_text(f"Storm leaves Texas homes without power\n\n{STANDFIRST}\n\n{byline}\n\n{STORM_STORY}").article
    assert (article.title, article.author) == ("Storm leaves Texas homes without power", "Mira Holt")


@pytest.mark.parametrize("above", ["Independent news from the valley", "River Notes", "Weather and climate news today"])
def test_a_site_name_or_kicker_over_the_headline_stays_above_it(above):
    headline = "Storm leaves thousands of Texas homes without power for days"
    article = parse_text(f"{above}\n\n{headline}\n\nBy Mira Holt\n\n{STORM_STORY}").article
    assert (article.title, article.author) == (headline, "Mira Holt")


def _substack_thread(first: str, second: str, header: str = "Discussion about this post") -> list:
    """(author, date) of the comments of a story whose thread prints each head as `first` and `second` do, with
    the like count, "Reply" and "Share" glued under each comment."""
    page = (f"Storm Hits Texas\n\nBy Mira Holt\n\n{STORM_STORY}\n{header}\n\n{first}\n\nFinally, the power is back on."
            f"\n\n2ReplyShare\n{second}\n\nIt took three days in our street.\n\n2ReplyShare\n")
    return [(c.author, c.date) for c in parse_text(page).comments.items]


@pytest.mark.parametrize("header", ["Discussion about this post", "Comments"])
def test_a_name_glued_to_a_day_and_month_heads_a_comment(header):
    assert _substack_thread("Peter HallMar 4", "Sarah GoodingMarch 5", header) == [
        ("Peter Hall", "Mar 4"), ("Sarah Gooding", "March 5")]


@pytest.mark.parametrize("first, second", [("ShareMar 4", "EditedMar 5"), ("Last UpdatedMar 4", "Comments ClosedMar 5"),
                                           ("AnnaMar 4", "BenMar 5"), ("Jo McDonaldMar 4", "Ann O'NeilMar 5")])
def test_a_word_glued_to_a_day_and_month_names_no_commenter(first, second):
    """A button or label glued to the date, a single word (a button as often as a name), or a name of a shape not
    told from a word glued to a month: no head read, rather than a wrong name."""
    assert _substack_thread(first, second) == []


def _forum_thread(first: str, second: str, date: str = "Mar '24") -> list:
    """(author, date, ISO date) of the posts of a story followed by two posts headed by a name line over `date`."""
    page = (f"Storm Hits Texas\n\nBy Mira Holt\n\n{STORM_STORY}\nComments\n\n{first}\n{date}\n\nFinally, the power is back on."
            f"\n\nReply\n\n{second}\n{date}\n\nIt took three days in our street.\n\nReply\n")
    return [(c.author, c.date, c.date_iso) for c in parse_text(page).comments.items]


@pytest.mark.parametrize("date", ["Mar '24", "Mar ’24", "March '23"])
def test_a_month_and_a_two_digit_year_dates_a_head_but_names_no_day(date):
    """A forum's date of a post of an earlier year ("Mar '24"): the post is read, and its date shown, never guessed."""
    assert _forum_thread("Ann Lee", "Bob Stone", date) == [("Ann Lee", date, None), ("Bob Stone", date, None)]


def test_events_dated_by_a_month_and_a_two_digit_year_in_a_comment_are_its_text():
    """A comment listing past storms ("Blizzard" over "Jan '78") under heads dated in full: one comment, its list kept."""
    listed = "The best storms I remember, by date:\n\nBlizzard\nJan '78\n\nIce Storm\nFeb '94\n\nBoth were worse."
    page = parse_text(f"Storm Hits Texas\n\nBy Mira Holt\n\n{STORM_STORY}\nComments\n\nAnn Lee\nMarch 4, 2024\n\n"
                      f"{listed}\n\nReply\n\nBob Stone\nMarch 5, 2024\n\nIt took three days in our street.\n\nReply\n")
    assert [c.author for c in page.comments.items] == ["Ann Lee", "Bob Stone"]
    assert "Ice Storm" in page.comments.items[0].text


def test_a_handle_glued_to_the_name_it_stands_for_is_the_name_shown():
    assert [author for author, _, _ in _forum_thread("peterPeter Hall", "anna_bAnna Berg")] == ["peter", "anna_b"]


@pytest.mark.parametrize("name", ["iPhone Fan", "eBay Seller", "pjhPeter Hall", "macDonald", "happyHarry", "sunnySunday",
                                  "mightyMike Jones", "jojoJones", "miraMira"])
def test_a_name_opening_in_small_letters_is_kept_whole(name):
    """A name written so, or a handle that does not open with the name's letters: the name as printed."""
    assert [author for author, _, _ in _forum_thread(name, "Bob Stone", "May 3, 2024")] == [name, "Bob Stone"]


@pytest.mark.parametrize("above, headline", [
    ("Notes on family, schools and the Texas weather", "Goodbye February"),  # a blog's tagline
    ("Community Forum › Texas › Storm and power questions", "Help!"),  # a forum's breadcrumb
    ("Related: Texas storm leaves homes without power", "Lights out"),  # a link to another story
    ("The Valley Courier: Texas news, weather and schools", "Goodbye February"),  # a site's name and motto
    ("Notes on family, schools and the Texas weather", "# Goodbye February"),  # a marked heading
])
def test_a_short_headline_under_a_block_naming_the_topic_stays_the_title(above, headline):
    """A witty headline names none of the story's words; a tagline, a breadcrumb or a related link over it does."""
    article = parse_text(f"{above}\n\n{headline}\n\nBy Mira Holt\n\n{STORM_STORY}").article
    assert (article.title, article.author) == (headline.lstrip("# "), "Mira Holt")


@pytest.mark.parametrize("name", ["sunnySunday", "happyHarry Hill"])
def test_a_camel_case_byline_is_the_author_whole(name):
    assert parse_text(f"Storm Hits Texas\n\nBy {name}\n\n{STORM_STORY}").article.author == name


def test_a_name_printed_twice_a_blank_line_apart_heads_one_response():
    """A response's avatar's alt text and name as w3m prints Medium's (a blank line between), its claps and "Reply"
    right over the next response's name: each response is read, not the first alone."""
    heads = [("Peter Hall", "Mar 4, 2024", "Finally, the power is back on."),
             ("Anna Berg", "Mar 5, 2024", "It took three days in our street."),
             ("Sam Ortiz", "Mar 6, 2024", "Ours came back on Thursday.")]
    thread = "\n".join(f"{name}\n\n{name}\n\n{date}\n\n{text}\n\n3\nReply" for name, date, text in heads)
    page = parse_text(f"Storm Hits Texas\n\nBy Mira Holt\n\n{STORM_STORY}\nResponses (3)\n\n{thread}\nSee all responses\n")
    assert [(c.author, c.date, c.text) for c in page.comments.items] == heads


BLOG_POST = "River Notes\n\nMonday, March 4, 2024\n\nStorm Hits Texas\n\n{story}{signature}\n\n3 comments:\n"


@pytest.mark.parametrize("signature", ["Posted by Mira Holt at 9:15 AM", "Posted by Mira Holt at\n9:15 AM"])
def test_a_posts_signature_under_the_body_names_the_author_over_a_blogs_title(signature):
    """A blog's title over the day's date is no byline where the post is signed under its body."""
    article = parse_text(BLOG_POST.format(story=STORM_STORY, signature=signature)).article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", "Mira Holt", "2024-03-04")


def test_a_byline_with_its_by_word_stays_over_a_signature_under_the_body():
    """Only a bare name's guess gives way: "By Jane Roe" under the headline is the byline whoever posted the page."""
    page = f"Storm Hits Texas\n\nBy Jane Roe\n12 March 2024\n\n{STORM_STORY}Posted by Site Admin at 9:15 AM\n"
    assert parse_text(page).article.author == "Jane Roe"


def test_other_stories_signed_under_the_body_leave_the_name_over_the_date():
    """A list of stories under the body signs each teaser: those are other posts' writers, not this one's."""
    related = ("Related stories\n\nFerry Timetable Changes\nPosted by John Smith at 9:15 AM\n\n"
               "Mayor Promises Autumn Reopening\nPosted by Kate Lee at 10:20 AM\n")
    page = f"Storm Hits Texas\n\nJane Roe\n12 March 2024\n\n{STORM_STORY}\n{related}"
    assert parse_text(page).article.author == "Jane Roe"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("outlet", ["North Press", "Valley Herald", "Morning Post", "Coast Courier", "Harbour Mail",
                                    "Central Express"])
def test_a_two_word_outlet_opened_by_a_places_word_by_the_date_is_no_author(outlet, layout):
    """"North Press", "Valley Herald": an outlet's word that is a surname too, after a place's kind, a direction or
    a time of day, which no given name is."""
    article = parse_text(_dated_page(ENGLISH_HEADLINE, outlet, "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title, article.date) == (None, ENGLISH_HEADLINE, "2024-03-12")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["Anna Post", "Tom Herald", "Dakota Press", "Sierra Mail", "Westley Courier"])
def test_a_writers_name_closed_by_an_outlets_word_by_the_date_stays_the_author(name, layout):
    article = parse_text(_dated_page(ENGLISH_HEADLINE, name, "12 March 2024", ENGLISH_BODY, layout)).article
    assert (article.author, article.title) == (name, ENGLISH_HEADLINE)


@pytest.mark.parametrize("cue", ["Updated 12 March 2024", "Mis à jour le 12 mars 2024"])
def test_a_headline_naming_the_storys_topic_over_a_cued_date_line_is_no_author(cue):
    """"Mis à jour le DATE" under an English headline: the page's timestamp, in the language of the site's template,
    under the headline, which names the story's topic by two of its words, as a writer's name seldom does."""
    article = parse_text(f"Storm Hits Texas\n\n{cue}\n\n{STORM_STORY}").article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", None, "2024-03-12")


@pytest.mark.parametrize("name", ["Tom Storm", "Mira Holt"])
def test_a_writers_name_over_a_cued_date_line_stays_the_byline(name):
    article = parse_text(f"Storm Hits Texas\n\n{name}\nUpdated 12 March 2024\n\n{STORM_STORY}").article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", name, "2024-03-12")


def test_a_thread_of_lowercase_handles_with_no_blank_lines_between_is_read():
    thread = HYPHENED_THREAD.replace("Alan Price {}", "mike {}").replace("Sue Ward {}", "sue {}").replace("\n\n", "\n")
    comments = parse_text(thread.format("13-03-2024", "14-03-2024", "14-03-2024")).comments.items
    assert [c.author for c in comments] == ["mike", "sue", "bob_99"]
