"""Bylines and dates in other languages, as text renderings print them: a by-word's label ("Автор:", "Von:", "Av")
is never part of the author's name, Russian dates and comment headers read, a bare name in Cyrillic over its date
is the byline. A sentence that opens with the same word is no byline."""

import pytest

from discourse.parse import parse_text
from discourse.parse.dates import find_date
from discourse.parse.section import declared_count, is_header

RUSSIAN_NEWS = ("Главная › Город › Транспорт\n\nВ городе откроют три новых трамвайных маршрута\n\n{byline}\n\n"
                "Мэрия объявила, что с первого апреля в городе появятся три новых трамвайных маршрута.\n"
                "Новые линии свяжут северные районы с центром и вокзалом.\n\n"
                "По словам чиновников, на маршруты выйдут двадцать новых вагонов, закупленных в прошлом году.\n\n"
                "Комментарии (2)\n\nОльга Смирнова\n12 марта 2024, 14:20\n\n"
                "Наконец-то! Я каждый день езжу на работу с пересадкой, теперь будет проще.\n\nОтветить\n\n"
                "Мария Иванова\n13 марта 2024, 09:12\n\n"
                "Лишь бы новые вагоны не ломались так часто, как старые.\n\nОтветить\n")


@pytest.mark.parametrize("byline", ["Автор: Иван Петров\n12 марта 2024", "Автор: Иван Петров | 12 марта 2024",
                                    "Иван Петров\n12 марта 2024"])
def test_a_russian_byline_names_its_author_without_its_label_and_its_date(byline):
    article = parse_text(RUSSIAN_NEWS.format(byline=byline)).article
    assert (article.author, article.date) == ("Иван Петров", "2024-03-12")


def test_a_russian_pages_comments_are_read_under_their_header():
    comments = parse_text(RUSSIAN_NEWS.format(byline="Автор: Иван Петров\n12 марта 2024")).comments
    assert comments.declared == 2
    assert [(c.author, c.date_iso) for c in comments.items] == [
        ("Ольга Смирнова", "2024-03-12T14:20"), ("Мария Иванова", "2024-03-13T09:12")]


def test_a_russian_sentence_opening_with_avtor_is_no_byline():
    page = RUSSIAN_NEWS.format(byline="Автор статьи считает, что маршруты нужны давно\n12 марта 2024")
    assert parse_text(page).article.author is None


@pytest.mark.parametrize("text, iso", [("12 марта 2024", "2024-03-12"), ("1 января 2023 г.", "2023-01-01"),
                                       ("31 декабря 2022, 23:59", "2022-12-31"), ("9 мая 2021", "2021-05-09")])
def test_russian_month_names_in_the_genitive_read_as_dates(text, iso):
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("byline, author", [("Von: Hans Müller", "Hans Müller"), ("By: Jane Doe", "Jane Doe"),
                                            ("Por: Ana Lima", "Ana Lima"), ("Av Sven Larsson", "Sven Larsson"),
                                            ("Par Jean Dupont", "Jean Dupont")])
def test_a_by_words_label_is_not_part_of_the_authors_name(byline, author):
    page = ("Home | News\n\nCouncil Approves New Tram Lines\n\n" + byline + "\n12 March 2024\n\n"
            "The council approved three new tram lines on Tuesday, officials said after a long meeting.\n\n"
            "The lines will link the northern districts with the centre and the station by next year.\n")
    assert parse_text(page).article.author == author


@pytest.mark.parametrize("header, count", [("Комментарии (3)", 3), ("3 комментария", 3), ("12 комментариев", 12),
                                           ("Комментарии", None)])
def test_a_russian_comment_header_declares_its_count(header, count):
    assert is_header(header)
    assert declared_count(header) == count
