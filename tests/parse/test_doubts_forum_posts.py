"""Doubts on pages where no comment was read, from a thread's own signs beside its posts: a "Quote" button
under each post, heads split into a name over "wrote", a post's notes that say something."""

from discourse.parse import parse_text

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def page(*lines: str) -> str:
    return "\n".join(["A Headline", "", PARA, "", PARA, "", PARA, "", *lines]) + "\n"


def doubts(text: str) -> list[str]:
    parsed = parse_text(text)
    assert not parsed.comments.items
    return parsed.comments.doubts


def test_a_quote_button_under_each_post_is_a_missed_thread():
    board = page(
        "Anna", "", "Beiträge: 12", "", "Die Brücke ist billiger als ein Tunnel und schneller gebaut.", "", "Zitieren", "",
        "bernd_k", "", "Beiträge: 3", "", "Billiger schon, aber sie zerschneidet den Park am Fluss.", "", "Zitieren", "",
        "Carla", "", "Beiträge: 40", "", "Hoffentlich gibt es diesmal einen Radweg auf der Brücke.", "", "Zitieren", "")
    assert any('("zitieren") is printed 3 times' in doubt for doubt in doubts(board))


def test_a_quote_link_under_each_ticker_quote_or_search_result_is_not_a_thread():
    # A stock's "Quote" and "Chart" links, a quote of the day's button, a search result's "Citer", a label
    # over each pull-quote ("Цитата"): no poster box, reply link or vote beside them.
    tickers = page(*(line for name in ("Harbour Ferries (HBF) 18.25 +1.2%", "Quay Holdings (QYH) 40.10 -0.4%",
                                       "River Works (RVW) 14.80 +0.3%") for line in (name, "", "Quote", "", "Chart", "")))
    assert doubts(tickers) == []
    cited = page(*(line for title in ("Le pont et la ville", "Ponts et tunnels", "La traversée du fleuve")
                   for line in (title, "", "Une étude des effets du nouveau pont sur la circulation en ville.", "",
                                "Citer", "")))
    assert doubts(cited) == []
    pulled = page(*(line for said in ("«Мост — это победа для всего города», — сказал мэр на открытии моста.",
                                      "«Мы продолжим бороться за тоннель», — сказал лидер оппозиции в совете.",
                                      "«Движение на набережной удвоится за год», — сказал один из планировщиков.")
                    for line in ("Цитата", "", said, "")))
    assert doubts(pulled) == []


def test_a_quotes_page_with_share_links_is_not_a_thread():
    quotes = page(
        "“The bridge is a triumph for the whole town,” said the mayor at the opening.", "", "Share this quote", "",
        "“We will keep campaigning for the tunnel,” said the leader of the opposition.", "", "Share this quote", "",
        "“Traffic on the quay will double within a year,” said a planner.", "", "Share this quote", "")
    assert doubts(quotes) == []


def test_names_over_a_verb_of_writing_and_a_post_number_are_a_missed_thread():
    german = page("olga_k", "", "schreibt:", "", "#1", "", "Die Brücke ist billiger als ein Tunnel und schneller gebaut.",
                  "", "Bernd", "", "schreibt:", "", "#2", "", "Billiger schon, aber sie zerschneidet den Park am Fluss.")
    assert any("name over a verb of writing" in doubt and "olga_k schreibt:" in doubt for doubt in doubts(german))
    # One such head is a single quoted post, not a thread.
    assert doubts(page("olga_k", "", "wrote", "", "#1", "", "The bridge is cheaper than a tunnel and quicker to build.")) == []


def test_a_press_review_or_an_interview_of_names_over_a_verb_is_not_a_thread():
    # A paper's name over "wrote:" over what it wrote, with no post number or date between: a press review.
    review = page("The Courier", "", "wrote:", "", "The bridge vote shows a council that has finally learnt to decide.",
                  "", "Die Rundschau", "", "schreibt:", "", "Die Brücke kommt spät, aber sie kommt, und das zählt.")
    assert doubts(review) == []
    # Each speaker over "said" over the answer, even with the date of the interview under it.
    interview = page("Mira Holt", "", "said", "", "May 2, 2023", "", "We have waited for this bridge for thirty years.",
                     "", "Tom Baker", "", "said", "", "May 2, 2023", "", "The ferry will be missed by the old town.")
    assert doubts(interview) == []
    # A publication over "wrote", even with a date under it, is no poster.
    dated = page("The Courier", "", "wrote:", "", "May 2, 2023", "", "The council has finally learnt to decide things.",
                 "", "The Herald", "", "wrote:", "", "May 3, 2023", "", "The ferry will be missed by the whole old town.")
    assert doubts(dated) == []


def test_an_interview_of_names_over_their_answers_is_not_a_thread():
    interview = page(
        "Jane Roe", "", "When will the bridge open to traffic, and who will pay for it?", "",
        "Ann Lee", "", "In three years, and the roads budget pays for all of it, as we said.", "",
        "Jane Roe", "", "And what about the people who wanted a tunnel instead of it?", "",
        "Ann Lee", "", "They said what they had to say; the council listened and voted.", "")
    assert doubts(interview) == []


def notes(*items: str) -> str:
    return page("May 2nd, 2023 12 notes", "", *(line for item in items for line in (f"  * {item}", "")))


def test_a_posts_notes_that_say_something_are_missed_comments():
    said = notes("olga reblogged this from kim", "kim said: No toll, the council said so at the last meeting.",
                 "ivan likes this", "kim posted this")
    assert any("notes" in doubt and "kim said: No toll" in doubt for doubt in doubts(said))


def test_notes_of_likes_and_reblogs_alone_or_a_quote_away_from_them_are_no_doubt():
    assert doubts(notes("olga reblogged this from kim", "ivan likes this", "kim posted this")) == []
    # A reporter's quote further down the article is not one of the notes.
    far = page("May 2nd, 2023 12 notes", "", PARA, "", PARA, "", PARA, "", PARA, "",
               "The mayor said: the council will pay for the bridge from the roads budget.")
    assert doubts(far) == []


def test_a_line_under_a_posts_notes_that_is_no_list_item_is_the_next_post():
    # A quote post opens under the last post's count of notes: its "Ruth said:" is no note.
    posts = page("May 2nd, 2023 12 notes", "", "Ruth said: we waited thirty years for this bridge and it is finally here.",
                 "", "— Ruth Kay, at the opening")
    assert doubts(posts) == []


def table_forum(link: str) -> str:
    """A forum's posts rendered from a table: each post one row of its poster's name, box and text, then a
    row of its reply link."""
    rows = (("Mira Holt", "The bridge is long overdue, the ferry queues are a misery."),
            ("Tom Baker", "Misery is a strong word, but the queues are long in summer."),
            ("Lena Fox", "Who pays for the upkeep once it is built, the city or the county?"))
    return page(*(line for name, text in rows
                  for line in (f"{name} | 3 topics | 42 posts | {text} |", "---", "", f"| {link}", "")))


def test_a_reply_link_in_another_language_in_a_table_row_under_each_post_is_a_missed_thread():
    # No comment section was found: the reader counts the links it saw, named as printed, without the cell.
    assert any('3 reply or report links ("回复")' in doubt for doubt in doubts(table_forum("回复")))
    assert any('3 reply or report links ("Ответить")' in doubt for doubt in doubts(table_forum("Ответить")))


def test_a_table_with_a_further_link_under_each_row_is_no_thread():
    # A table of stories, each row under a "Read more" cell: no link a thread prints.
    assert doubts(table_forum("Read more")) == []


def test_a_quote_button_under_each_post_signed_by_its_posters_name_is_a_missed_thread():
    # No poster box of a known shape nor reply link: the poster's name over each post's text, a rank and a
    # count of posts between, and a "Quote" button under each.
    board = page(*(line for name, text in (("Mira Holt", "The bridge is long overdue, the ferry queues are a misery."),
                                           ("Tom Baker", "Misery is a strong word, but the queues are long in summer."),
                                           ("Lena Fox", "Who pays for the upkeep once it is built, the city or not?"))
                   for line in (name, "", "• Members", "• 42", "", text, "", "• Quote", "")))
    assert any('("quote") is printed 3 times' in doubt for doubt in doubts(board))


def test_a_quote_button_under_each_unsigned_pull_quote_is_no_thread():
    # A list of quotations: each a sentence under its source's title, not a poster's name.
    quotes = page(*(line for title, text in (("Council minutes of May", "The bridge is a victory for the whole town."),
                                             ("Opposition leaflet", "We will keep fighting for the tunnel in the council."),
                                             ("Planning report", "Traffic on the quay will double within the year."))
                    for line in (title, "", text, "", "• Quote", "")))
    assert doubts(quotes) == []


def joined_heads(heads: tuple[tuple[str, ...], ...]) -> str:
    """Posts whose heads' lines stand with no blank line between, as w3m prints a list item's lines: one
    paragraph each, over the post's text."""
    texts = ("The bridge is long overdue, the ferry queues are a misery.",
             "Misery is a strong word, but the queues are long in summer.",
             "Who pays for the upkeep once it is built, the city or the county?")
    return page(*(line for head, text in zip(heads, texts) for line in (*head, "", text, "")))


def test_heads_of_a_name_over_wrote_over_the_posts_number_joined_in_one_paragraph_are_a_missed_thread():
    board = joined_heads((("0", "• M", "Mira Holt", "wrote", "#2"), ("0", "• T", "Tom Baker", "wrote", "#3"),
                          ("0", "• L", "Lena Fox", "schrieb:", "#4")))
    assert any("a name over a verb of writing" in doubt and "Mira Holt wrote #2" in doubt for doubt in doubts(board))


def test_a_press_review_of_papers_that_wrote_joined_in_one_paragraph_is_no_thread():
    # "The Times" over "wrote:": a publication, and no post's number or date under it.
    review = joined_heads((("The Times", "wrote:"), ("Die Zeit", "schrieb:"), ("Le Monde", "a écrit :")))
    assert doubts(review) == []
    numbered = joined_heads((("The Times", "wrote", "#2"), ("The Guardian", "wrote", "#3"), ("The Sun", "wrote", "#4")))
    assert doubts(numbered) == []


def test_a_page_of_quotations_each_under_its_authors_name_with_a_quote_button_is_no_thread():
    # A name right over its words and a "Quote" button: how quotations, reactions or testimonials are printed.
    quotes = page(*(line for name, text in (
        ("Mark Twain", "A bridge is a promise that the other side is worth the trouble of getting to."),
        ("Ada Lovelace", "We build bridges between ideas much as engineers build them over rivers."),
        ("Tom Hill", "Nobody ever regretted building a bridge, only the ones they did not build."),
        ("Jane Roe", "The river does not care about our plans, but the bridge has to care about the river."))
        for line in (name, "", text, "", "Quote", "")))
    assert doubts(quotes) == []
