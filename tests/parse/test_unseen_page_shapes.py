"""Kinds of comment section seen on real pages the parser was not tuned to, each on a small page of its shape."""

import pytest

from discourse.parse import parse_text
from discourse.parse.commenters import read_commenter

PARA = ("This is a sentence of running text that belongs to the article body, long enough to read "
        "as prose.")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def authors(parsed) -> list:
    return [c.author for c in parsed.comments.items]


def test_a_count_in_the_byline_does_not_start_the_comments_and_is_adopted_when_it_agrees():
    parsed = parse_text(page(
        "A Headline", "", "3 Comments", "", "By Jane Roe // May 1, 2020 // 9:41 am", "",
        PARA, "", PARA, "", PARA, "",
        "Comments", "",
        " 1. Kim", "    May 1, 2020 at 10:00 am", "", "    First comment.", "",
        " 2. Lee", "    May 1, 2020 at 11:00 am", "", "    Second comment.", "",
        " 3. Max", "    May 1, 2020 at 12:00 pm", "", "    Third comment.",
    ))
    assert len(parsed.article.paragraphs) == 3
    assert authors(parsed) == ["Kim", "Lee", "Max"]
    assert parsed.comments.declared == 3
    assert "count_elsewhere" in [r.kind for r in parsed.comments.repairs]
    assert not parsed.comments.doubtful


def test_teasers_for_other_stories_after_the_thread_do_not_win_over_the_real_header():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "Comments", "",
        "Kim on May 1, 2020 at 10:00 am said:", "First comment text here.", "",
        "Lee on May 1, 2020 at 11:00 am said:", "Second comment text here.", "",
        "Max on May 1, 2020 at 12:00 pm said:", "Third comment text here.", "",
        "More Stories", "", "41 comments", "", "  • Another story", "",
    ))
    assert parsed.comments.header == "Comments"
    assert authors(parsed) == ["Kim", "Lee", "Max"]


def test_headers_in_other_words_and_languages():
    for header, count in (("Ergänzungen", None), ("Vos réactions", None), ("16 Comments (+add yours?)", 16),
                          ("One comment Add your comment", 1), ("Kommentare: 2", 2)):
        parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", header, "",
                                 "Kim on May 1, 2020 at 10:00 am said:", "A comment's text."))
        assert parsed.comments.header == header, header
        assert parsed.comments.declared == count, header
        assert authors(parsed) == ["Kim"], header


def test_commenter_verbs_in_more_languages():
    assert read_commenter("Juan dijo:").author == "Juan"
    assert read_commenter("Marie a écrit :").author == "Marie"
    assert read_commenter("Piet schreef:").author == "Piet"
    assert read_commenter("Anna napisała:").author == "Anna"


def test_bare_name_items_with_text_under_them_and_no_header_are_comments():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", PARA, "",
        "  • artsyphotos", "   ", "    I used to see your posts and kept thinking about them all week.", "",
        "      □ jbat", "       ", "        Thanks for the kind words!", "",
        "  • http://example.com/asha Asha Dornfest", "   ", "    Good luck with the book, we are all waiting.", "",
        "  • Jim", "   ", "    Always fun to step into the middle of the ride with you.", "",
    ))
    assert authors(parsed) == ["artsyphotos", "jbat", "Asha Dornfest", "Jim"]
    assert [c.parent for c in parsed.comments.items] == [None, 1, None, None]
    assert len(parsed.article.paragraphs) == 3


def test_pingbacks_are_kept_as_pingbacks_and_not_counted():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "4 Comments", "",
        " 1. [ab12] Martin Edwards", "    Aug 08, 2012 @ 16:44:30", "", "    A real comment.", "",
        " 2. Guest Post: A Headline | Another Blog", "    Aug 08, 2012 @ 16:53:59", "",
        " 3. on 25 Oct 2012 at 7:14 pm3 Blog » Archive » A Post", "", "    [...] quoting the post here. [...]", "",
        " 4. Pingback: Some Site", "    Aug 09, 2012 @ 09:00:00", "",
    ))
    assert [c.kind for c in parsed.comments.items] == ["comment", "pingback", "pingback", "pingback"]
    assert parsed.comments.items[3].author == "Some Site"
    assert parsed.comments.found == 1
    assert not parsed.comments.doubtful  # the page's 4 counts its pingbacks


def test_widgets_are_not_comment_text():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "2 Comments", "",
        "  • broper", "", "    Posted on August 9, 2012 at 11:40am", "", "    Egads, what a story.", "",
        "    Report Post » [60697] Log in to ReplyReply",
        "    Like Thumb up 0", "    rate this [positive][negative] +8", "",
        "      □ Unbelievable", "", "        Posted on August 9, 2012 at 12:10pm", "", "        Oye!", "",
        "        Report Post » Unbelievable", "",
    ))
    assert authors(parsed) == ["broper", "Unbelievable"]
    assert [c.text for c in parsed.comments.items] == ["Egads, what a story.", "Oye!"]
    assert parsed.comments.items[1].parent == 1


def test_names_glued_to_times_initials_list_numbers_and_question_names():
    assert read_commenter("on 25 Oct 2012 at 7:20 pm2 Timon Piccini").author == "Timon Piccini"
    assert read_commenter("on 26 Oct 2012 at 2:53 pm43 josh g.").author == "josh g."
    assert read_commenter("1.   Roger Weeks Says:").author == "Roger Weeks"
    assert read_commenter("by Omaha Sun on Aug 8, 2012 9:37 AM MST reply actions").author == "Omaha Sun"
    assert read_commenter("by sun-arc on Aug 8, 2012 12:39 PM MST via mobile up reply actions").author == "sun-arc"
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "2 Comments", "",
        "15. [97e12d51c7] What to upgrade to?", "    Posted October 29, 2012 at 9:54 am | Permalink", "",
        "    Those specs leave room for both.", "",
        "16. [e8a33f30c5] Plug", "    Posted October 29, 2012 at 9:55 am | Permalink", "", "    Nice site.",
    ))
    assert authors(parsed) == ["What to upgrade to?", "Plug"]
    assert [c.parent for c in parsed.comments.items] == [None, None]


def test_a_sign_after_thread_ends_at_a_long_link_list_and_a_login_invitation():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "Great work on this one.", "", "by Leiland Tanner on Aug 8, 2012 9:37 AM MST reply actions", "",
        "indeed!", "", "by sun-arc on Aug 8, 2012 12:39 PM MST up reply actions", "",
        "Something to say? Choose one of these options to log in.", "",
        "  • Top stories", "  • Sports", "  • Weather", "  • Archive", "  • About", "  • Contact", "",
        "Letting Them Walk", "", "by ZonaFlash about 24 hours ago", "",
    ))
    assert authors(parsed) == ["Leiland Tanner", "sun-arc"]


def test_doubts_follow_the_evidence_not_the_site():
    def thread(header: str, count: int, *extra: str):
        lines = ["A Headline", "", PARA, "", PARA, "", header, ""]
        for n in range(1, count + 1):
            lines += [f"Reader{n} on May {n}, 2020 at 10:00 am said:", f"Comment number {n}.", ""]
        return parse_text(page(*lines, *extra))

    assert not thread("5 Comments", 5).comments.doubtful
    assert thread("5 Comments", 6).comments.doubtful  # more found than declared
    assert thread("12 Comments", 5).comments.doubtful
    paginated = thread("12 Comments", 5, "« Older Comments")
    assert not paginated.comments.doubtful
    assert "paginated" in [r.kind for r in paginated.comments.repairs]


def test_dates_in_more_shapes_and_no_year_is_no_date():
    from discourse.parse.dates import find_date

    assert find_date("Publié sur 18/02/2020")[0] == "2020-02-18"
    assert find_date("10/28/2012")[0] == "2012-10-28"
    assert find_date("02/03/2020") is None  # day or month first: not guessed
    assert find_date("wtorek, 11 maja 2021, 23:13")[0] == "2021-05-11"
    assert find_date("18. Okt 2023")[0] == "2023-10-18"
    assert find_date("Nov 18") is None


def test_a_bare_date_line_above_the_headline_or_after_the_body_dates_the_article():
    above = parse_text(page("Sunday, October 28, 2012", "", "A Headline", "", PARA, "", PARA))
    assert above.article.date == "2012-10-28"
    after = parse_text(page("A Headline", "", PARA, "", PARA, "",
                            "This entry was posted on 23 October 2012 at 8:14 pm and is filed under Polls."))
    assert after.article.date == "2012-10-23"
    assert len(after.article.paragraphs) == 2  # the posting line is metadata, not the body's end
    assert above.article.provenance["date"] == "date line 1"


def test_comment_dates_in_iso_where_they_parse():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "2 Comments", "",
        " 1. Kim", "    Aug 08, 2012 @ 16:44:30", "", "    First.", "",
        " 2. Lee", "    Nov 18 at 9:00 pm", "", "    Second.",
    ))
    assert [c.date_iso for c in parsed.comments.items] == ["2012-08-08T16:44", None]


def test_article_edges_a_caption_or_comment_count_is_no_title_and_bylines_in_odd_shapes():
    parsed = parse_text(page(
        "  • Home", "", "A Real Headline About Things", "", "5 Comments", "",
        "  • Posted on August 9, 2012 at 11:11am by Madeleine Morgenstern Madeleine Morgenstern", "",
        "Image source: example.com", "", PARA, "", PARA,
    ))
    assert parsed.article.title == "A Real Headline About Things"
    assert parsed.article.author == "Madeleine Morgenstern"
    assert parsed.article.date == "2012-08-09"
    slashed = parse_text(page("A Headline", "", "By Ed Silverman // November 6th, 2012 // 9:41 am", "", PARA, "", PARA))
    assert slashed.article.author == "Ed Silverman"


def test_a_name_over_a_date_is_a_byline_and_a_rule_ends_a_block():
    parsed = parse_text(page(
        "  • About", "", "A Headline", "Jane Roe", "Do 9 Apr 2020",
        "━━━━━━━━━━━━━━━━━━━━", "Jane Roe is a professor of law at a university.", "━━━━━━━━━━━━━━━━━━━━", "",
        PARA, "", PARA,
    ))
    assert (parsed.article.title, parsed.article.author, parsed.article.date) == ("A Headline", "Jane Roe",
                                                                                 "2020-04-09")
    assert [p.text for p in parsed.article.paragraphs] == [PARA, PARA]


def test_a_bullet_list_indented_inside_a_signed_comment_does_not_end_the_thread():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "2 Responses", "",
        " 1. Kim Says:", "    25 October 2012 at 9:42 pm", "", "    Some figures:", "",
        "    * First scam = $1.4 trillion", "    * Second scam = $32 billion", "    * Third scam = $213 billion",
        "    * Fourth scam = $39 billion", "",
        " 2. Lee Says:", "    26 October 2012 at 3:57 pm", "", "    One more thing.",
    ))
    assert authors(parsed) == ["Kim", "Lee"]
    assert "Fourth scam" in parsed.comments.items[0].text


def test_doubts_for_anonymous_comments_and_a_lone_widget_fragment():
    from discourse.model import Comment, Comments, Span
    from discourse.parse.doubts import assess

    dated = [Comment(n, None, 0, [f"Comment {n} with enough words to be a comment."], Span(n, n), None,
                     "November 6th, 2012") for n in (1, 2, 3)]
    anonymous = parse_text(page("A Headline", "", PARA, "", PARA))
    anonymous.comments = Comments(items=dated, header="Comments")
    assert any("show no author" in doubt for doubt in assess(anonymous))
    loading = parse_text(page("A Headline", "", PARA, "", PARA, "", "Comments", "", "  • Aguarde, carregando", ""))
    assert loading.comments.doubtful
    one = parse_text(page("A Headline", "", PARA, "", PARA, "", "1 Comment", "",
                          "  1. No, you are wrong: the lanes are a waste.", ""))
    assert not one.comments.doubtful


def test_a_count_in_a_teaser_below_the_thread_is_not_adopted():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "Kim on May 1, 2020 at 10:00 am said:", "First comment text here.", "",
        "Lee on May 1, 2020 at 11:00 am said:", "Second comment text here.", "",
        "Related", "", "Another story", "by Max on May 3, 2020", "2 comments", "",
    ))
    assert parsed.comments.declared is None


def test_anonymous_comments_the_page_counts_are_not_doubted_uncounted_ones_are():
    counted = parse_text(page("A Headline", "", PARA, "", PARA, "", "3 Responses", "",
                              "  1. I think the lanes are a waste of money.", "",
                              "  2. The council should have asked the riders first.", "",
                              "  3. Good piece, and the figures look right to me.", ""))
    assert counted.comments.found == 3 and not any(c.author for c in counted.comments.items)
    assert not counted.comments.doubtful
    uncounted = parse_text(page("A Headline", "", PARA, "", PARA, "", "5 Responses", "",
                                "  1. I think the lanes are a waste of money.", "",
                                "  2. The council should have asked the riders first.", "",
                                "  3. Good piece, and the figures look right to me.", ""))
    assert uncounted.comments.doubtful


def test_a_declared_comment_none_of_which_was_found_is_a_doubt():
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", "1 Comment", "", "Leave a Reply", ""))
    assert parsed.comments.declared == 1 and parsed.comments.found == 0
    assert parsed.comments.doubtful and "none was found" in parsed.comments.doubts[0]


def test_a_count_with_no_comment_read_is_a_doubt_a_page_with_no_sign_of_comments_is_not():
    bare = parse_text(page("A Headline", "", PARA, "", PARA, ""))
    assert bare.comments.status == "absent" and not bare.comments.doubtful
    counted = parse_text(page("A Headline", "", PARA, "", PARA, "", "### 40 Responses to \u201cA Headline\u201d", "",
                              "Leave a Reply", ""))
    assert not counted.comments.items and counted.comments.doubtful
    assert "40 Responses" in counted.comments.doubts[0]
    form = parse_text(page("A Headline", "", PARA, "", PARA, "", "Schreibe einen Kommentar Antworten abbrechen", ""))
    assert form.comments.closed is False and not form.comments.doubtful
    script = parse_text(page("A Headline", "", PARA, "", PARA, "", "Please enable JavaScript to view the comments.", ""))
    assert script.comments.status == "script-only" and not script.comments.doubtful


def test_a_no_script_notice_at_the_top_is_not_the_first_paragraph():
    parsed = parse_text(page(
        "Bitte aktivieren Sie ihr JavaScript, um diese Website in ihrer vollen Pracht genießen zu können.", "",
        "  • Home", "  • Shop", "", "A Headline", "", "Short deck", "", PARA, "", "A subheading", "", PARA,
    ))
    assert parsed.article.paragraphs[0].text == PARA


def test_a_name_over_a_date_is_a_byline_across_one_blank_line():
    parsed = parse_text(page("  • Home", "  • News", "", "A Headline", "", "Heiko Sauer", "",
                             "Do 9 Apr 2020", "", PARA, "", PARA))
    assert (parsed.article.title, parsed.article.author, parsed.article.date) == ("A Headline", "Heiko Sauer",
                                                                                 "2020-04-09")


def test_a_bare_name_over_a_bare_timestamp_heads_a_comment_across_one_blank_line():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Komentarze", "", "Dodaj komentarz", "",
        "Robs", "", "wtorek, 11 maja 2021, 23:13", "", "To przecież klient jest poszkodowany.", "", "Odpowiedz", "",
        "Anonim", "", "wtorek, 11 maja 2021, 22:32", "", "Ruscy powoli dostają rozwolnienia.", "", "Odpowiedz",
    ))
    assert [c.author for c in parsed.comments.items] == ["Robs", "Anonim"]
    assert parsed.comments.items[0].paragraphs == ["To przecież klient jest poszkodowany."]


def test_an_image_credit_between_sections_does_not_end_the_body():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Where to Buy", "", "The Card FE", "", "(Image credit: Site)", "",
        "US retailers at a glance: Shop I Store", "", "US resellers at a glance: Resale", "",
        "The last paragraph of the article says where the card can still be bought, and at what price.",
    ))
    assert parsed.article.paragraphs[-1].text.startswith("The last paragraph")


def test_a_weekday_in_another_language_after_the_name_is_not_part_of_it():
    assert read_commenter("Josef Franz Lindner, Do 9 Apr 2020 / 08:34 Antworten").author == "Josef Franz Lindner"
    assert read_commenter("Hella, Sa 11 Apr 2020 / 10:02").author == "Hella"
    assert read_commenter("Mo Farah, Do 9 Apr 2020 / 08:34").author == "Mo Farah"


def test_a_quoted_name_and_date_in_a_thread_signed_after_the_text_is_text():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "The first comment, long enough to be read as the text of a comment.", "",
        "Posted by: tj at October 29, 2012 06:10 PM", "",
        "Wow, tj, that is extreme.", "",
        "Posted by: Anonymous at October 30, 2012 05:30 AM", "",
        "Anonymous at October 30, 2012 05:30 AM", "", "Wow, tj, that is extreme.", "",
        "That's the point!", "",
        "Posted by: tj at October 30, 2012 06:09 AM", "",
    ))
    assert [c.author for c in parsed.comments.items] == ["tj", "Anonymous", "tj"]
    assert parsed.comments.items[2].paragraphs[-1] == "That's the point!"


def test_the_title_a_comment_header_quotes_is_the_headline():
    parsed = parse_text(page(
        "A Blog", "", "« An older post", "", "POLL: Has the city lost its way?", "", "Take Our Poll", "",
        PARA, "", PARA, "", "2 Responses to “POLL: Has the city lost its way?”", "",
        " 1. Kim Says:", "    October 23, 2012 at 8:38 pm", "    First.", "",
        " 2. Lee Says:", "    October 23, 2012 at 9:03 pm", "    Second.",
    ))
    assert parsed.article.title == "POLL: Has the city lost its way?"
    assert [c.author for c in parsed.comments.items] == ["Kim", "Lee"]


def test_a_date_line_right_above_a_byline_without_a_date_is_the_article_date():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Related Posts:", "", *[f"- Another story {n}" for n in range(14)],
        "", "Share", "", "August 9th, 2012 1:05 PM Tags: Curiosity, Mars",
        "by Phil Plait in Cool stuff, NASA | 16 comments | RSS feed", "",
    ))
    assert (parsed.article.author, parsed.article.date) == ("Phil Plait", "2012-08-09")


def test_a_comment_signed_after_its_text_may_open_with_an_indented_quote():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "The first comment, long enough to be read as the text of a comment.", "",
        "by Kim on Aug 8, 2012 11:34 AM MST reply actions", "", "",
        "    For those that are excited, stay tuned to the Bright Side.", "", ":-)", "", "Go Suns!", "",
        "by Lee on Aug 8, 2012 11:38 AM MST reply actions", "",
        "Another comment with its own words.", "",
        "by Max on Aug 8, 2012 11:40 AM MST reply actions", "",
    ))
    assert [c.author for c in parsed.comments.items] == ["Kim", "Lee", "Max"]
    assert parsed.comments.items[1].paragraphs[-1] == "Go Suns!"


def test_a_quotations_source_under_a_listed_comments_text_stays_in_its_text():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "2 Responses", "",
        " 1. on 2012-10-16 at 8:03 am Ivan",
        "    I would like this in the language.",
        "    “It is impossible to find out how many members a type has.”",
        "    Alexander Stepanov Notes on Programming 10/31/2007", "", "",
        " 2. on 2012-10-16 at 8:11 am Rolf",
        "    Another comment's text.",
    ))
    assert authors(parsed) == ["Ivan", "Rolf"]
    assert "Alexander Stepanov" in parsed.comments.items[0].text
    assert not parsed.comments.doubtful


def test_a_reply_after_a_blank_line_under_a_listed_comment_still_opens():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "Comments", "",
        " 1. Kim on May 1, 2020 at 10:00 am said:",
        "    First comment.", "",
        "    Lee on May 1, 2020 at 11:00 am said:",
        "    A reply.",
    ))
    assert authors(parsed) == ["Kim", "Lee"]


def test_a_byline_printed_after_the_comments_names_the_author_who_answers_in_the_thread():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "2 Responses", "",
        " 1. Davey on November 13th, 2012 at 5:49 am said:", "", "    A reader's comment.", "",
        "      □ Phil White on November 13th, 2012 at 8:19 am said:", "", "        The author's answer.", "",
        "Leave a Reply", "", "[Submit Comment]", "", "",
        "Phil White Nov 12th 2012 Learn more about:", "", "  • handguns",
    ))
    assert parsed.article.author == "Phil White"
    assert parsed.article.date == "2012-11-12"
    assert "after the comments" in parsed.article.provenance["author"]


def test_a_name_and_date_after_the_comments_is_no_byline_when_the_name_signs_no_comment():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "1 Response", "",
        " 1. Davey on November 13th, 2012 at 5:49 am said:", "", "    A reader's comment.", "",
        "Leave a Reply", "", "[Submit Comment]", "", "",
        "Recent Posts", "", "Jane Roe Nov 12th 2012 Learn more about:",
    ))
    assert parsed.article.author is None


def test_a_month_after_a_name_is_part_of_the_date():
    parsed = parse_text(page("A Headline", "", "Sarah Gooding March 5, 2020", "", PARA, "", PARA))
    assert parsed.article.author == "Sarah Gooding"
    assert parsed.article.date == "2020-03-05"


def test_a_meta_line_above_the_body_opening_with_the_name_that_answers_readers_names_the_author():
    parsed = parse_text(page(
        "A Headline", "", "August 8, 2012", "",
        "Aziz Economic History, Economics, Federal Reserve, Inflation, Wall Street cantillon effect,",
        "financial sector, intermediation, m2, monetary base, monetary policy, nonfinancial sector, shadow",
        "banking 2 Comments", "",
        PARA, "", PARA, "",
        "2 Responses", "",
        " 1. Kim on August 9, 2012 at 10:00 am said:", "", "    A reader's question?", "",
        "      □ Aziz on August 9, 2012 at 11:00 am said:", "", "        The author's answer.",
    ))
    assert parsed.article.author == "Aziz"
    assert "signs comments" in parsed.article.provenance["author"]
    assert not any(b.text.startswith("Aziz") for b in parsed.boilerplate)


def test_a_meta_line_whose_first_word_signs_no_comment_names_no_author():
    parsed = parse_text(page(
        "A Headline", "", "August 8, 2012", "",
        "Economic History, Economics, Federal Reserve, Inflation, Wall Street cantillon effect,",
        "financial sector, intermediation, m2, monetary base, monetary policy, nonfinancial sector, shadow",
        "banking 1 Comment", "",
        PARA, "", PARA, "",
        "1 Response", "",
        " 1. Kim on August 9, 2012 at 10:00 am said:", "", "    A reader's question?",
    ))
    assert parsed.article.author is None


def test_a_meta_list_under_the_headline_gives_the_date_the_headline_and_the_author_who_answers():
    parsed = parse_text(page(
        "Home >> Recipes >> Frosting without Sugar", "",
        "Frosting without Sugar", "",
        "  • January 28, 2018", "  • Bebs", "  • Cake Recipes", "  • 2 Comments", "",
        "RECIPE PRINT", "",
        "Chocolate Frosting", "",
        PARA, "", PARA, "",
        "2 Comments", "",
        " 1. Kim says:", "    January 29, 2018 at 10:00 am", "", "    Lovely?", "",
        "     1. Bebs says:", "        January 29, 2018 at 11:00 am", "", "        Thank you!",
    ))
    assert parsed.article.date == "2018-01-28"
    assert parsed.article.title == "Frosting without Sugar"
    assert parsed.article.author == "Bebs"


@pytest.mark.parametrize("bullet", ["•", "□", "▸"])
def test_a_date_alone_in_an_item_of_any_bullet_the_list_reader_knows_stands_under_the_headline(bullet):
    parsed = parse_text(page(
        "Home >> Recipes >> Frosting without Sugar", "", "Frosting without Sugar", "",
        f"  {bullet} January 28, 2018", f"  {bullet} Cake Recipes", "", "RECIPE PRINT", "", "Chocolate Frosting", "",
        PARA, "", PARA))
    assert parsed.article.date == "2018-01-28"
    assert parsed.article.title == "Frosting without Sugar"


def test_a_dated_list_item_is_the_date_only_when_it_is_a_date_alone():
    parsed = parse_text(page("A Headline", "", "  • Sale ends January 28, 2018 for members", "", PARA, "", PARA))
    assert parsed.article.date is None


def test_links_to_the_previous_and_next_articles_are_furniture():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "Article Précedent Centre d’écoute : Un abri pour les femmes victimes de violence",
        "Article suivant Après une mise en quarantaine au cours de laquelle ils ont été placés sous contrôle",
        "médical : Les Tunisiens rapatriés de Wuhan rentrent enfin chez eux", "",
    ))
    assert parsed.article.paragraphs[-1].text == PARA
    assert "footer" in [b.kind for b in parsed.boilerplate]


def test_an_author_box_after_the_body_names_the_author_and_ends_the_body():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "The last sentence of the article itself.", "",
        "Reklama", "Reklama", "", "Jan Kowalski", "Jan Kowalski", "Zapisz do:", "",
        "Comments", "", "Kim on May 1, 2020 at 10:00 am said:", "A comment's text.",
    ))
    assert parsed.article.paragraphs[-1].text == "The last sentence of the article itself."
    assert parsed.article.author == "Jan Kowalski"
    assert "author box" in parsed.article.provenance["author"]
    assert "footer" in [b.kind for b in parsed.boilerplate]  # the advertisement labels


def test_french_commenter_lines_with_par_and_a_weekday_after_its_article():
    assert read_commenter("Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07").author == "Bruno Gobin"
    assert read_commenter("Par Yves Leclercq 214, le mercredi 15 mai 2019 à 09h23").author == "Yves Leclercq 214"
    assert read_commenter("Josef Lindner, Do 9 Apr 2020").author == "Josef Lindner"
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "2 commentaires", "[avatar]",
        "Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07", "Exception.", "Un commentaire.",
        "[avatar]",
        "Par Yves Leclercq 214, le mercredi 15 mai 2019 à 09h23", "Une réponse, longue de quelques mots.",
    ))
    assert authors(parsed) == ["Bruno Gobin", "Yves Leclercq 214"]


def test_a_name_printed_twice_over_the_date_is_one_byline():
    parsed = parse_text(page("A Headline", "", "Emmanuelle Ducros Emmanuelle Ducros", "15 Mai 2019 à 06h00", "",
                             PARA, "", PARA))
    assert parsed.article.author == "Emmanuelle Ducros"


def test_two_comments_signed_by_the_same_reader_in_the_same_minute_are_two_comments():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "",
        "Comments", "",
        "I would love to see him play more minutes with the second unit this year.", "",
        "Nash free for three", "",
        "by NashtyNash on Aug 8, 2012 11:37 AM MST reply actions", "",
        "Waste*", "",
        "Nash free for three", "",
        "by NashtyNash on Aug 8, 2012 11:37 AM MST up reply actions", "",
        "We may see a bit of that, I think.", "",
        "by Omaha Sun on Aug 8, 2012 11:42 AM MST up reply actions", "",
    ))
    assert authors(parsed) == ["NashtyNash", "NashtyNash", "Omaha Sun"]


def _flat_thread(*dated: tuple[str, str]) -> str:
    lines = ["A Headline", "", PARA, "", PARA, "", "Kommentare", ""]
    for name, when in dated:
        lines += [f"{name} am {when} Permanenter Link", "", f"Ein Kommentar von {name}, mit ein paar Worten.", "",
                  "  • Antworten", ""]
    return page(*lines)


def test_a_flat_thread_dated_out_of_order_reads_later_dated_comments_as_replies():
    parsed = parse_text(_flat_thread(
        ("Gerhard", "18. Oktober 2023 - 13:11"), ("malte", "18. Oktober 2023 - 19:48"),
        ("David", "22. Oktober 2023 - 11:20"), ("malte", "23. Oktober 2023 - 19:49"),
        ("Antimodes", "19. Oktober 2023 - 15:18"), ("Dirk", "21. Oktober 2023 - 15:31")))
    assert [c.parent for c in parsed.comments.items] == [None, None, 2, 3, None, None]
    assert "replies_from_dates" in [r.kind for r in parsed.comments.repairs]


def test_a_thread_in_time_order_stays_flat():
    parsed = parse_text(_flat_thread(
        ("Dirk", "23. Oktober 2023 - 15:31"), ("Antimodes", "22. Oktober 2023 - 15:18"),
        ("David", "21. Oktober 2023 - 11:20"), ("malte", "20. Oktober 2023 - 19:49"),
        ("Gerhard", "18. Oktober 2023 - 13:11")))
    assert [c.parent for c in parsed.comments.items] == [None] * 5


def test_a_thread_printed_newest_first_reads_comments_dated_after_one_above_as_its_replies():
    parsed = parse_text(_flat_thread(
        ("Robs", "11. Mai 2021 - 23:13"), ("Anonim", "11. Mai 2021 - 22:32"), ("KNP", "11. Mai 2021 - 17:00"),
        ("Arek", "11. Mai 2021 - 23:49"), ("Maciora", "11. Mai 2021 - 22:28"), ("Kris", "11. Mai 2021 - 20:28")))
    assert [c.parent for c in parsed.comments.items] == [None, None, None, 3, 3, 3]


def test_an_about_the_author_box_after_the_thread_ends_it():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "Kim on May 1, 2020 at 10:00 am said:", "A comment's text.", "",
        "Lee on May 1, 2020 at 11:00 am said:", "Another comment's text.", "",
        "About the author", "", "  • Jane Roe", "", "    Jane Roe lives in Cologne and writes on politics.", "",
        "Events", "", "01.11.2023", "", "A talk in Düsseldorf (more...)",
    ))
    assert authors(parsed) == ["Kim", "Lee"]
    assert "Jane Roe" not in parsed.comments.items[-1].text


def test_a_numbered_name_over_a_list_of_date_time_and_link_is_the_commenter():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        " 1. Jack Friday", "", "      □ November 6th, 2012", "      □ 10:11 am", "      □ Link to this comment", "",
        "    Great to see axe spelt correctly, Ed.", "",
        " 2. Observer", "", "      □ November 6th, 2012", "      □ 10:24 am", "      □ Link to this comment", "",
        "    May I observe that I agree?", "",
        "    1. (Tools) a hand tool with one side of its head sharpened to a cutting edge.", "",
        " 3. basel knows", "", "      □ November 6th, 2012", "      □ 11:02 am", "      □ Link to this comment", "",
        "    A third comment.",
    ))
    assert authors(parsed) == ["Jack Friday", "Observer", "basel knows"]
    assert "hand tool" in parsed.comments.items[1].text


def test_a_reply_link_item_indented_in_a_signed_comments_text_is_not_its_text():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "",
        "Kim on May 1, 2020 at 10:00 am said:", "    A comment's first paragraph, a sentence.", "    • Reply", "",
        "Lee on May 1, 2020 at 11:00 am said:", "    Another comment's text.", "    • Reply", "",
    ))
    assert [c.paragraphs for c in parsed.comments.items] == [["A comment's first paragraph, a sentence."],
                                                              ["Another comment's text."]]


def test_a_comment_form_with_no_comment_before_a_link_list_ends_the_section():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "", "Leave a Reply", "",
        "  • Home", "  • About us", "  • Latest news", "  • Contact", "",
    ))
    assert parsed.comments.items == []
    assert parsed.comments.closed is False


def test_a_comment_form_above_a_listed_thread_leaves_the_thread_read():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "2 Comments", "", "Leave a Reply", "",
        "  • Kim on May 1, 2020 at 10:00 am said:", "", "    A comment's text.", "",
        "  • Lee on May 1, 2020 at 11:00 am said:", "", "    Another comment's text.", "",
    ))
    assert authors(parsed) == ["Kim", "Lee"]


@pytest.mark.parametrize("header, heads, form, names", [
    ("3 commenti", ["Mario Rossi ha detto:\n3 maggio 2021 alle 10:15", "Luca scrive:\n4 maggio 2021 alle 11:00",
                    "Giulia ha scritto:\n5 maggio 2021 alle 9:00"], "Rispondi", ["Mario Rossi", "Luca", "Giulia"]),
    ("3 reacties", ["Jan de Vries schreef:\n3 mei 2021 om 10:15", "Piet zegt:\n4 mei 2021 om 11:00",
                    "Kees reageerde:\n5 mei 2021 om 9:00"], "Reageren", ["Jan de Vries", "Piet", "Kees"]),
    ("3 komentarze", ["Jan Kowalski napisał:\n3 maja 2021 o 10:15", "Anna napisała:\n4 maja 2021 o 11:00",
                      "Piotr pisze:\n5 maja 2021 o 9:00"], "Odpowiedz", ["Jan Kowalski", "Anna", "Piotr"]),
    ("3 kommentarer", ["Erik Svensson skriver:\n3 maj 2021 kl. 10:15", "Anna säger:\n4 maj 2021 kl. 11:00",
                       "Lars skrev:\n5 maj 2021 kl. 9:00"], "Svara", ["Erik Svensson", "Anna", "Lars"]),
])
def test_comment_heads_headers_and_reply_links_in_italian_dutch_polish_and_swedish(header, heads, form, names):
    texts = ["Un testo.", "Een tekst.", "Tekst."]
    thread = [f"{head}\n{text}\n{form}\n" for head, text in zip(heads, texts)]
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", header, "", *thread))
    assert parsed.comments.declared == 3
    assert [(c.author, c.date_iso, c.text) for c in parsed.comments.items] == [
        (name, f"2021-05-0{day}", text) for day, name, text in zip((3, 4, 5), names, texts)]


@pytest.mark.parametrize("toggle", ["View 3 replies", "Show 2 more replies", "Hide replies", "Load more"])
def test_widgets_of_a_thread_are_neither_its_header_nor_comment_text(toggle):
    """A sort menu, a reply toggle, a like counter and "Load more comments" around the comments; a removed
    comment and a guest's or verified reader's badge."""
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", "Comments", "", "Sort by Newest", "",
        "Ann", "May 3, 2021 at 9:00 am", "Great post about trees.", "Reply ↓", toggle, "",
        "Bob", "May 4, 2021 at 9:00 am", "This comment has been removed by a moderator.", "Reply ↓", "",
        "Cy (Guest)", "May 5, 2021 at 9:00 am", "Trees are fine.", "12 Likes", "Reply ↓", "",
        "Dee · Verified", "May 6, 2021 at 9:00 am", "Nice trees here.", "Reply", "", "Load more comments"))
    assert parsed.comments.declared is None
    assert [(c.author, c.text) for c in parsed.comments.items] == [
        ("Ann", "Great post about trees."), ("Bob", "This comment has been removed by a moderator."),
        ("Cy", "Trees are fine."), ("Dee", "Nice trees here.")]


def test_a_count_of_replies_naming_the_post_is_still_a_header():
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", "2 Replies to “A Headline”", "",
                             "Ann says:", "Great post.", "", "Bob says:", "Fine post.", ""))
    assert (parsed.comments.declared, authors(parsed)) == (2, ["Ann", "Bob"])


@pytest.mark.parametrize("notice", [
    "This entry is now closed for comments.", "Comments are closed for this article.",
    "Die Kommentarfunktion wurde für diesen Artikel deaktiviert.", "Commenti chiusi.",
    "Reacties zijn gesloten.", "Komentarze są zamknięte.", "Kommentarer är stängda.",
])
def test_a_closed_notice_between_the_article_and_its_comments_closes_them(notice):
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", notice, "", "2 Comments", "",
                             "Kay says:", "May 3, 2021", "Nice one.", "", "Bob says:", "May 4, 2021", "I do not agree."))
    assert parsed.comments.closed is True
    assert authors(parsed) == ["Kay", "Bob"]
    assert parsed.article.paragraphs[-1].text == PARA


@pytest.mark.parametrize("notice", ["Comments are closed for this article.", "Kommentarer är stängda."])
def test_a_closed_notice_alone_closes_a_page_without_comments(notice):
    assert parse_text(page("A Headline", "", PARA, "", PARA, "", notice)).comments.closed is True


def test_a_sentence_about_closing_comments_is_no_notice():
    parsed = parse_text(page("A Headline", "", PARA, "", "Comments are closed for this article because it is old"
                             " and the moderators are tired of it all.", "", PARA))
    assert parsed.comments.closed is not True


@pytest.mark.parametrize("header, count", [("Commenti (3)", 3), ("Leserkommentare (2)", 2), ("7 Leserkommentare", 7),
                                           ("Kommentare: 10", 10), ("Discussion (3)", 3), ("Reacties (4)", 4),
                                           ("Réactions (5)", 5)])
def test_a_count_after_a_comment_noun_in_other_languages_is_the_declared_count(header, count):
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", header, "",
                             "Anna 2. Mai 2023 um 10:00", "Eine Brücke ist billiger als ein Tunnel.", "",
                             "Bernd 2. Mai 2023 um 11:00", "Billiger schon, aber sie zerschneidet den Park."))
    assert (parsed.comments.header, parsed.comments.declared) == (header, count)
    assert authors(parsed) == ["Anna", "Bernd"]


def test_a_reply_toggle_under_the_first_comment_does_not_take_the_sections_place():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", PARA, "", "4 Comments", "",
        "Kim on May 1, 2020 at 10:00 am said:", "First comment text here, a sentence.", "", "3 Replies", "",
        "Lee on May 1, 2020 at 11:00 am said:", "Second comment text here.", "",
        "Max on May 1, 2020 at 12:00 pm said:", "Third comment text here.", "",
        "Ned on May 1, 2020 at 1:00 pm said:", "Fourth comment text here.", ""))
    assert (parsed.comments.header, parsed.comments.declared) == ("4 Comments", 4)
    assert authors(parsed) == ["Kim", "Lee", "Max", "Ned"]
    assert parsed.comments.items[0].paragraphs == ["First comment text here, a sentence."]


def test_comments_without_a_header_and_with_their_text_flush_under_their_heads_are_found_and_doubted():
    parsed = parse_text(page(
        "A Headline", "", PARA, "", PARA, "", PARA, "",
        "Kim on May 1, 2020 at 10:00 am", "I agree with the article on every point made.", "",
        "Lee on May 1, 2020 at 11:00 am", "No, the lanes are a waste of money and time.", "",
        "Max on May 1, 2020 at 12:00 pm", "Please add a cycle lane this time around.", ""))
    assert authors(parsed) == ["Kim", "Lee", "Max"]
    assert [c.paragraphs for c in parsed.comments.items][0] == ["I agree with the article on every point made."]
    assert len(parsed.article.paragraphs) == 3
    assert parsed.comments.doubtful  # a feed of dated posts would look the same: the start is a guess


def test_a_feed_of_one_authors_dated_posts_after_the_body_is_no_thread():
    feed = []
    for n in (1, 2, 3):
        feed += [f"Another story {n}", "", f"Jane Roe on May {n}, 2020", "An excerpt of another story, long enough to read.", ""]
    parsed = parse_text(page("A Headline", "", PARA, "", PARA, "", PARA, "", *feed))
    assert authors(parsed) == []
