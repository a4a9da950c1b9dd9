"""Where an article's body starts and ends on text pages of shapes the parser was not tuned to."""

import pytest

from discourse.parse import parse_text

LONG = ("The council met on Monday to weigh the plan for the new bridge over the river. Members asked "
        "how the cost would be shared between the towns on either bank, and who would pay for upkeep.")
PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")
BLURB = "A short deck that sums up the whole story in one sentence for readers in a hurry."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def first_and_last(parsed) -> tuple[str, str]:
    paragraphs = parsed.article.paragraphs
    return paragraphs[0].text, paragraphs[-1].text


def test_a_paragraph_above_a_section_heading_opens_the_body():
    parsed = parse_text(page(
        "Views of the author alone, not of the paper.", "", "Monday, May 4, 2020", "", "Bridges and Budgets", "",
        LONG, "", "<1>", "", "What the towns said", "", PARA, "", PARA, "", PARA,
    ))
    assert first_and_last(parsed)[0] == LONG
    assert parsed.article.title == "Bridges and Budgets"
    assert parsed.article.date == "2020-05-04"
    assert [h.text for h in parsed.article.headings] == ["What the towns said"]


def test_a_one_sentence_deck_above_a_section_heading_is_not_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", BLURB, "", "What the towns said", "", PARA, "", PARA, "", PARA,
    ))
    assert first_and_last(parsed)[0] == PARA


def test_a_deck_set_apart_by_the_byline_is_not_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", LONG, "", "By Jane Roe", "", "What the towns said", "",
        PARA, "", PARA, "", PARA,
    ))
    assert first_and_last(parsed)[0] == PARA
    assert parsed.article.author == "Jane Roe"


def test_a_list_a_paragraph_introduces_ends_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", "The new bridge will differ from the old one:", "",
        "  • It will carry two lanes each way", "  • A path for bicycles on the east side",
        "  • Lighting along its whole span", "", "Related posts:", "",
        " 1. Town votes on the ferry", " 2. Old bridge closes for repairs",
    ))
    assert first_and_last(parsed)[1].endswith("Lighting along its whole span")


def test_a_list_of_share_buttons_after_a_colon_is_not_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", "The mayor answered the question in one table:", "",
        "Share this:", "", "  • More", "  • ", "",
    ))
    assert first_and_last(parsed)[1] == "The mayor answered the question in one table:"


def test_a_short_last_sentence_under_the_last_paragraph_ends_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", "Oh, the things we do.", "", "-----", "",
        "Related Posts:", "", "- The ferry vote", "- The old bridge",
    ))
    assert first_and_last(parsed)[1] == "Oh, the things we do."


def test_a_short_line_set_apart_from_the_last_paragraph_is_not_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", "Tags: bridges, towns", "Thanks for reading.",
    ))
    assert first_and_last(parsed)[1] == PARA


WIDGET = ("Our reading score shows how well informed you are on a subject, from the depth and context of "
          "what you read. Editors give each story 20, 40, 60, 80 or 100 points, and the score fades as "
          "stories age.")
WIDGET_MORE = ("Close this box to go on reading the story you opened a moment ago. Information is part of "
               "being a citizen, so here you see how well informed you are on the government.")


def test_a_short_widget_text_above_a_much_longer_article_is_not_the_body():
    story = [f"Paragraph {n} of the story tells what the senate leader did this week and why his allies "
             "think he wants to widen his support among the other parties before the vote." for n in range(8)]
    lines = ["Reading score", "", WIDGET, "", WIDGET_MORE, "", "  • Politics", "",
             "What the senate leader wants from the court", "", "  • 0", "", "Listen", "", "  • Share", "", "  • 1",
             "", "  • 2", "", "  • 3", ""]
    for text in story:
        lines += [text, ""]
    parsed = parse_text(page(*lines))
    first, last = first_and_last(parsed)
    assert first == story[0] and last == story[-1]


def test_a_short_article_is_kept_whatever_runs_longer_below_it():
    footer = [f"Footer paragraph {n} about the publisher and its many other magazines, events, "
              "awards and the people who work there, written at some length." for n in range(8)]
    lines = ["Bridges and Budgets", "", PARA, "", PARA, "", PARA, ""]
    for n in range(6):
        lines += [f"  • Menu entry {n}", ""]
    lines += ["Tags: towns", "", "About us", ""]
    for n in range(6):
        lines += [f"  • Link {n}", ""]
    for text in footer:
        lines += [text, ""]
    parsed = parse_text(page(*lines))
    assert first_and_last(parsed)[0] == PARA
    assert len(parsed.article.paragraphs) == 3


def test_a_sentence_opening_with_by_and_a_comma_is_no_byline():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "",
        "By then, the council had already voted to spend the money on the other bridge downstream.", "", PARA,
    ))
    assert parsed.article.author is None


def test_a_see_also_box_after_the_first_paragraph_does_not_end_the_body_before_it_starts():
    parsed = parse_text(page(
        "Bridges and Budgets", "", "May 4, 2020", "", PARA, "", "See also", "",
        "Ferry vote: the towns disagree again", "Politics", "", "Ferry vote: the towns disagree again", "",
        PARA, "", PARA,
    ))
    assert first_and_last(parsed)[0] == PARA
    assert len(parsed.article.paragraphs) == 3
    assert [b.kind for b in parsed.boilerplate if b.text == "See also"] == ["related_links"]


def test_the_authors_name_and_a_photo_credit_under_the_headline_are_not_the_title():
    parsed = parse_text(page(
        "Bridges and Budgets", "", "May 4, 2020, 11:49", "", "old bridge at dusk", "Fot. Jan Nowak", "",
        "Jane Roe Jane Roe", "", "TOPICS:", "", "  • bridges", "  • towns", "", "━━━━━━━━━━", "",
        PARA, "", PARA, "", PARA, "", "Jane Roe Jane Roe writes about towns and their budgets for the paper.",
    ))
    assert parsed.article.title == "Bridges and Budgets"
    assert parsed.article.author == "Jane Roe"


@pytest.mark.parametrize("appeal", [
    ("While you are here…", "If you enjoyed reading this post, would you consider supporting our work? Thanks!"),
    ("Unterstützen Sie uns bei Steady!",
     "Unsere Arbeit wird von Lesern getragen, die mit einem kleinen Betrag im Monat helfen, das Blog zu finanzieren."),
])
def test_an_appeal_for_support_after_the_article_ends_the_body(appeal):
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", appeal[0], "", appeal[1], "",
        "All the best, the editors", "", "SUGGESTED CITATION Roe, Jane: Bridges and Budgets, The Blog, 2020/5/04, "
        "https://example.org/bridges-and-budgets/.",
    ))
    assert first_and_last(parsed)[1] == PARA
    assert len(parsed.article.paragraphs) == 2


def test_a_posting_line_after_the_article_ends_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", "Related posts:", "", " 1. The ferry vote", " 2. The old bridge",
        "", "This entry was posted in Towns. Bookmark the permalink. Trackbacks are closed, but you can post a comment.",
    ))
    assert first_and_last(parsed)[1] == PARA


def test_a_newsletter_consent_above_the_article_is_not_the_body():
    consent = ("I agree to the processing of my personal data by the publisher in order to receive the "
               "newsletter. The publisher is the controller of the data, which is used only to send it.")
    withdraw = ("I have read the information on my right to see and correct my data, and I know that I may "
                "withdraw my consent at any time, after which my address is deleted.")
    parsed = parse_text(page(
        "Subscribe to our newsletter", "", consent, "", withdraw, "", "  • Twitter", "  • RSS", "",
        "Bridges and Budgets", "", "May 4, 2020", "", PARA, "", PARA, "", PARA,
    ))
    assert first_and_last(parsed)[0] == PARA
    assert len(parsed.article.paragraphs) == 3


def test_a_featured_image_caption_after_the_last_paragraph_is_not_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "",
        "Featured image is of the old bridge over the river at dusk, seen from the east bank.", "",
        "Tags: bridges, towns",
    ))
    assert first_and_last(parsed)[1] == PARA


@pytest.mark.parametrize("credit", ["Related Posts Plugin for WordPress, Blogger...",
                                    "Related articles by Zemanta", "Recommended by Outbrain"])
def test_a_related_links_widgets_credit_line_after_the_article_is_not_the_body(credit):
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", "« The ferry vote The old bridge »", "", credit, "",
        "3 Comments", "", "  1. Ann Lee", "     I liked this piece about the bridge very much.",
    ))
    assert first_and_last(parsed)[1] == PARA
    assert [b.kind for b in parsed.boilerplate if b.text == credit] == ["related_links"]


def test_an_image_description_signed_with_the_sites_address_is_not_the_body():
    signed = ("Try this bridge walk. It is the best way to see the river from above, and easy for the whole "
              "family. | www.example.com")
    parsed = parse_text(page(
        "Bridges and Budgets", "", signed, "", LONG, "", PARA, "", signed, "", PARA, "", signed,
    ))
    assert first_and_last(parsed) == (LONG, PARA)
    assert len(parsed.article.paragraphs) == 3
    assert any(b.text.endswith("| www.example.com") for b in parsed.boilerplate)


def test_a_date_and_blog_name_glued_to_the_headline_are_cut_to_its_echo_in_the_recent_posts():
    parsed = parse_text(page(
        "« The ferry vote", "", "Bridges and budgets: the towns meet, Friday Rivers Blog Jul 26", "",
        LONG, "", PARA, "", PARA, "", "Recent posts", "", "  ○ Bridges and budgets: the towns meet, Friday",
        "  ○ The ferry vote",
    ))
    assert parsed.article.title == "Bridges and budgets: the towns meet, Friday"
    assert "echo" in parsed.article.provenance["title"]


def test_a_date_glued_to_the_headline_is_cut_even_with_no_echo():
    parsed = parse_text(page("Bridges and Budgets Jul 26, 2012", "", LONG, "", PARA, "", PARA))
    assert parsed.article.title == "Bridges and Budgets"


def test_a_date_the_headline_speaks_of_stays_in_it():
    parsed = parse_text(page("Town vote on the bridge set for May 5", "", LONG, "", PARA, "", PARA))
    assert parsed.article.title == "Town vote on the bridge set for May 5"


def test_a_bare_name_under_the_date_line_is_the_byline_not_the_headline():
    parsed = parse_text(page(
        "Bridges and Budgets Split the Towns", "", "11 May 2021, 11:49", "", "Photo: River Archive", "",
        "Jane Roe", "", "Tags:", "", "  • bridges", "  • budgets", "", LONG, "", PARA, "", PARA,
    ))
    assert parsed.article.title == "Bridges and Budgets Split the Towns"
    assert parsed.article.author == "Jane Roe"
    assert "date line" in parsed.article.provenance["author"]


def test_a_bare_name_with_no_date_above_it_stays_a_headline_candidate():
    parsed = parse_text(page("Menu", "", "Jane Roe", "", LONG, "", PARA, "", PARA))
    assert parsed.article.author is None


def test_the_comment_count_over_the_comment_form_ends_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", LONG, "", PARA, "", "10 Comments", "", "Add a comment", "",
        "The editors may read comments before they appear and decide whether to publish them.", "",
        "Your name *", "", "Notify me when someone answers one of my comments on this page.", "",
        "Comments", "", "Kim on May 1, 2020 at 10:00 am said:", "A comment's text.",
    ))
    assert first_and_last(parsed)[1] == PARA


def test_an_article_printed_as_one_long_paragraph_wins_over_a_sidebars_short_text_above_it():
    about = ("My name is Jane Roe and I write about towns, rivers and the bridges between them. I teach at a "
             "college by the sea and read every comment you leave here.")
    article = " ".join([LONG] * 12)
    parsed = parse_text(page(
        "  * Home", "  * Contact", "", about, "", "  * my papers", "  * my books", "", "Archive", "",
        "Select Month May 2020 April 2020", "", "Quotables", "", "(subscribe to quotables)", "", "Categories", "",
        "Bridges and Budgets", "", article, "", "May 4th, 2020 | Tags: bridges | 3 comments",
    ))
    assert [p.text for p in parsed.article.paragraphs] == [article]
    assert parsed.article.title == "Bridges and Budgets"


def test_a_short_article_keeps_its_body_over_a_long_notice_below_it():
    notice = " ".join(["We use cookies to read how visitors use the site, and you may refuse them."] * 6)
    parsed = parse_text(page("Bridges and Budgets", "", LONG, "", "  * Share", "  * Print", "", "Footer", "",
                             notice))
    assert first_and_last(parsed)[0] == LONG


def test_an_image_description_whose_address_wraps_to_a_line_of_its_own_is_not_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", PARA, "", PARA, "", PARA, "",  # lines wrapped under 100 characters
        "Try this bridge walk. It is the best way to see the river from above, and easy for the whole family.",
        "It is a bit more work than the ferry but easily the best walk in town, we think. |", "www.example.com",
    ))
    assert first_and_last(parsed)[1] == PARA
    assert any(b.text == "www.example.com" for b in parsed.boilerplate)


def test_a_colon_over_headlines_is_a_related_posts_lead_in_not_the_bodys_end():
    parsed = parse_text(page(
        "Bridges and Budgets", "", LONG, "", PARA, "", PARA, "", "You may also want to check these out:", "",
        "Ferries – the German way across", "", "Tolls – who pays for the road", "", "Subscribe",
    ))
    assert first_and_last(parsed)[1] == PARA


def test_a_colon_over_a_picture_or_list_still_ends_the_body():
    update = "Another reader answers my question in one graph:"
    parsed = parse_text(page(
        "Bridges and Budgets", "", LONG, "", PARA, "", PARA, "", update, "", "[graph]", "", "  ○ More •", "",
    ))
    assert first_and_last(parsed)[1] == update


def test_exclaimed_sentences_between_the_headline_and_the_prose_open_the_body():
    opening = "Friends, I'd like to introduce our new bridge: the Long Span!"
    parsed = parse_text(page(
        "Bridges and Budgets", "", "By Jane Roe", "", "in Towns", "", opening, "", "A bridge? No, it's a promise!", "",
        LONG, "", PARA, "", PARA,
    ))
    assert parsed.article.title == "Bridges and Budgets"
    assert [p.text for p in parsed.article.paragraphs][:3] == [opening, "A bridge? No, it's a promise!", LONG]


def test_a_question_set_apart_from_the_prose_by_a_date_is_not_pulled_into_the_body():
    parsed = parse_text(page(
        "Bridges and Budgets", "", "By Jane Roe", "", "Is the long span worth what it costs the towns?", "",
        "Monday, May 4, 2020", "", LONG, "", PARA, "", PARA,
    ))
    assert first_and_last(parsed)[0] == LONG


@pytest.mark.parametrize("card", ["  • Jane RoePorJane Roe", "  • PorJane Roe", "Jane Roe By Jane Roe"])
def test_a_name_glued_to_a_by_word_is_the_byline_and_the_headline_stands_above_it(card):
    parsed = parse_text(page(
        "Senate", "", "Bridges and Budgets Split the Towns", "", card, "", "  • 0", "", "How did this story make you feel?",
        "", "Listen to this article", "", LONG, "", PARA, "", PARA,
    ))
    assert parsed.article.author == "Jane Roe"
    assert parsed.article.title == "Bridges and Budgets Split the Towns"
    assert "by-word" in parsed.article.provenance["author"]


@pytest.mark.parametrize("item", ["  • By Topic Area", "  • Porto Alegre", "  • Byron Bay News"])
def test_a_menu_item_that_opens_like_a_by_word_names_no_author(item):
    parsed = parse_text(page("Bridges and Budgets", "", item, "", LONG, "", PARA, "", PARA))
    assert parsed.article.author is None


@pytest.mark.parametrize("byline, author", [
    ("di Mario Rossi", "Mario Rossi"), ("Door Jan de Vries | 3 mei 2021", "Jan de Vries"),
    ("przez Jan Kowalski", "Jan Kowalski"), ("By admin", "admin"), ("By J. R. Smith", "J. R. Smith"),
])
def test_bylines_in_more_languages_name_the_author_under_the_headline(byline, author):
    parsed = parse_text(page("A Headline About Bridges", "", byline, "", LONG, "", PARA, "", PARA))
    assert (parsed.article.title, parsed.article.author) == ("A Headline About Bridges", author)


@pytest.mark.parametrize("byline, author", [
    ("By Martin Luther King Jr.", "Martin Luther King Jr."), ("By John Smith Sr.", "John Smith Sr."),
    ("By John Smith III", "John Smith III"), ("By Acme Widgets Ltd.", "Acme Widgets Ltd."),
])
def test_a_name_ending_with_a_suffix_names_the_author(byline, author):
    parsed = parse_text(page("A Headline About Bridges", "", byline, "", LONG, "", PARA, "", PARA))
    assert parsed.article.author == author


@pytest.mark.parametrize("line", ["Di Maio, Roma", "Di 3. Mai 2022 | 10:00", "Door prizes, raffles and more",
                                  "Di Jakarta"])
def test_a_line_opening_with_a_by_word_of_another_language_but_no_full_name_names_no_author(line):
    """"di", "door", "przez" are ordinary words elsewhere: after them only a capitalised name of two words is one."""
    parsed = parse_text(page("A Headline About Bridges", "", line, "", LONG, "", PARA, "", PARA))
    assert parsed.article.author is None


@pytest.mark.parametrize("sentence", ["By night the bridge sleeps.", "Di notte il ponte dorme.", "Door de regen dicht.",
                                      "Von hier aus sieht man Brücken.", "Par ici la sortie"])
def test_a_sentence_opening_with_a_bylines_word_names_no_author(sentence):
    assert parse_text(page("A Headline About Bridges", "", sentence, "", LONG, "", PARA)).article.author is None


@pytest.mark.parametrize("byline, author", [
    ('By Mallory <a href=x title=y>', 'Mallory <a href=x title=y>'),
    ("By the way, it is late", None), ("By now, we know", None), ("By far, the costliest bridge", None),
])
def test_markup_in_a_byline_stays_with_the_name_and_an_adverb_after_by_names_no_one(byline, author):
    """Markup left in a byline is kept (and escaped where shown), not read as prose; "By now," is no handle."""
    assert parse_text(page("A Headline About Bridges", "", byline, "", LONG, "", PARA)).article.author == author


@pytest.mark.parametrize("appeal", ["Donate", "Please consider supporting our newsroom with a gift.",
                                    "Support independent journalism"])
def test_a_donation_box_after_the_article_is_not_its_last_paragraph(appeal):
    parsed = parse_text(page("A Headline About Bridges", "", "By Ann Lee", "", LONG, "", PARA, "", appeal, "",
                             "Our journalism is free for everyone, and your gift keeps it that way for all readers."))
    assert first_and_last(parsed) == (LONG, PARA)


@pytest.mark.parametrize("button", ["S'abonner", "Jetzt abonnieren", "Abbonati", "Prenumerera", "Subscribe"])
def test_a_subscribe_button_right_above_the_first_paragraph_is_not_its_first_words(button):
    wrapped = ("The council met on Monday to weigh the plan for the new bridge over the river. Members asked",
               "how the cost would be shared between the towns on either bank, and who would pay for upkeep.")
    parsed = parse_text(page("A Headline About Bridges", "© Photo Agency", button + "         ", *wrapped, "",
                             *wrapped, "", PARA))
    assert first_and_last(parsed)[0] == LONG


@pytest.mark.parametrize("byline", ["by ann lee", "by ann lee | May 3, 2021", "by jean-luc o'neil"])
def test_a_lower_case_byline_under_the_headline_names_the_author(byline):
    parsed = parse_text(page("A Headline About Bridges", "", byline, "", LONG, "", PARA, "", PARA))
    assert (parsed.article.title, parsed.article.author) == ("A Headline About Bridges", byline[3:].split(" |")[0])


@pytest.mark.parametrize("line", ["By the numbers", "By now we know", "Par ici la sortie"])
def test_a_short_line_opening_with_a_bylines_word_in_lower_case_is_no_byline(line):
    assert parse_text(page("A Headline About Bridges", "", line, "", LONG, "", PARA)).article.author is None


@pytest.mark.parametrize("box", [
    "Sign up for our newsletter to get the best of our reporting in your inbox every morning, free of charge.",
    "Get our newsletter: the day's top stories from the city hall and the courts, delivered to your inbox.",
    "Abonnez-vous à notre newsletter pour recevoir chaque matin les meilleurs articles de la rédaction.",
    "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten."])
def test_a_newsletter_box_after_the_article_is_not_its_last_paragraph(box):
    parsed = parse_text(page("A Headline About Bridges", "", "By Ann Lee", "", LONG, "", PARA, "", box, ""))
    assert first_and_last(parsed) == (LONG, PARA)


@pytest.mark.parametrize("reading_time", ["3 min read", "Lesezeit: 4 Min.", "5 minute read"])
def test_a_name_over_a_reading_time_and_date_is_the_byline_not_the_headline(reading_time):
    # a card of avatar, name, reading time and date (Medium and many blog themes), as w3m prints it
    parsed = parse_text(page(
        "Bridges and Budgets", "", "Mira Holt", "Mira Holt", reading_time, "·", "Mar 4, 2021", "",
        LONG, "", PARA, "", PARA,
    ))
    assert (parsed.article.title, parsed.article.author, parsed.article.date) == (
        "Bridges and Budgets", "Mira Holt", "2021-03-04")


def test_a_headlines_markdown_marks_are_not_its_text_where_the_page_reads_as_plain_text():
    # html2text's rendering of a page with two headings and no other Markdown mark
    parsed = parse_text(page("# Bridges and Budgets", "", "Mira Holt", "", "Mar 4, 2021", "",
                             LONG, "", PARA, "", "## Responses (2)", ""))
    assert parsed.article.title == "Bridges and Budgets"


def test_a_separator_ends_the_name_of_a_byline_before_its_weekday():
    parsed = parse_text(page("Bridges and Budgets", "", "by Dana Holt » Tue May 02, 2023 10:00 am", "", LONG, "", PARA))
    assert (parsed.article.author, parsed.article.date) == ("Dana Holt", "2023-05-02")


@pytest.mark.parametrize("byline, author", [
    ("By Marcel·lí Pérez, May 2, 2023", "Marcel·lí Pérez"),  # Catalan's "l·l" inside a name is no separator
    ("By Gal·la Puig · May 2, 2023", "Gal·la Puig"),
    ("by Dana Holt · Tue May 02, 2023", "Dana Holt"),
])
def test_a_separator_needs_a_space_before_it_to_end_a_bylines_name(byline, author):
    parsed = parse_text(page("Bridges and Budgets", "", byline, "", LONG, "", PARA))
    assert parsed.article.author == author
