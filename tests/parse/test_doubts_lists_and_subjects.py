"""Names over sentences in a list, and reply subject lines, as signs of a missed thread: counted only
with a sign that they are comments, so that events, glossaries, letters and memos are no doubt."""

import pytest

from discourse.parse import read_pages
from discourse.parse.doubts import _says, _speaks_after_name
from tests.parse.test_doubts_beside_heads import BODY, doubts_of, page, story


def named_items(doubts: list[str]) -> bool:
    return any("are a name over a sentence" in doubt for doubt in doubts)


def items(*pairs: tuple[str, ...]) -> tuple[str, ...]:
    """A list as w3m prints it: each item a name, then its paragraphs indented under it."""
    return tuple(line for name, *texts in pairs for line in (f"  • {name}", "", *(f"    {t}" for t in texts), ""))


@pytest.mark.parametrize("listed", [
    items(("Lantern Walk", "Follow the harbour master along the quay after dark with a lantern."),
          ("Fish Market", "Boats sell the morning catch straight from the deck until noon.")),        # events
    items(("Benefits", "It shelters the inner harbour from the winter swell."),
          ("Drawbacks", "It blocks the view of the lighthouse from the beach.")),                      # pros and cons
    items(("Breakwater", "A wall built out into the sea to calm the water behind it."),
          ("Bollard", "A short post on the quay that a mooring rope is tied to.")),                    # glossary
    items(("Anna Vik", "She writes about the coast and has worked at the paper since 2015."),
          ("Lars Moe", "He covers fishing, shipping and the weather for the paper.")),                 # contributors
    items(("Laternenlauf", "Der Hafenmeister führt nach Einbruch der Dunkelheit über den Kai."),
          ("Fischmarkt", "Die Boote verkaufen den Fang des Morgens direkt vom Deck.")),                # German events
], ids=["events", "pros-cons", "glossary", "contributors", "german-events"])
def test_a_list_of_labels_over_sentences_is_no_thread(listed):
    assert not doubts_of(story("On the quay this summer", "", *listed))


PROS_CONS = items(("Benefits", "It shelters the inner harbour from the winter swell."),
                  ("Drawbacks", "It blocks the view of the lighthouse from the beach."))


@pytest.mark.parametrize("after", [
    (BODY, "", "So is the new wall worth the money?"),                         # the article asks, later on
    (BODY, "", "Leave a Reply", "", "Your email address will not be published.", "", "Post Comment"),  # a post's form
], ids=["question-later", "comment-form"])
def test_a_list_of_labels_the_article_runs_on_after_is_no_thread(after):
    # The question or the form belongs to the article that goes on after the list, not to the items.
    assert not doubts_of(story("On the quay this summer", "", *PROS_CONS, *after))


def test_a_comment_form_just_under_names_over_sentences_is_a_threads():
    assert named_items(doubts_of(story(*items(("Jonas", "The old wall stood for a century without any trouble."),
                                              ("Marta", "A higher wall will keep the worst waves out.")),
                                       "Leave a Reply", "")))


def test_names_over_what_they_wrote_are_a_thread_where_one_asks_or_a_link_is_beside_them():
    asking = items(("Jonas", "The old wall stood for a century without any trouble."),
                   ("Marta", "And who decided it needs to be twice as high?"))
    with_links = items(("Jonas", "The old wall stood for a century without any trouble.", "Reply"),
                       ("Marta", "A higher wall will keep the worst waves out.", "Reply"))
    assert named_items(doubts_of(story(*asking)))
    assert named_items(doubts_of(story(*with_links)))


@pytest.mark.parametrize("listed", [
    items(("jonas_h", "The old wall stood for a century without any trouble."),
          ("marta1990", "And who decided it needs to be twice as high?")),                             # usernames
    items(("K. Dahl", "The old wall stood for a century without any trouble."),
          ("Marta", "And who decided it needs to be twice as high?")),                                 # an initial
    items(("Jonas", "The old wall stood for a century without any trouble.", "Nobody asked the fishermen."),
          ("Marta", "It cracked twice in ten years, as the report shows."),
          ("Eva", "And who decided it needs to be twice as high?")),                                   # two paragraphs
    items(("Jonas", "The old wall stood for a century without any trouble."), ("Eva", "Agreed!"),
          ("Marta", "And who decided it needs to be twice as high?")),                                 # a short reply
], ids=["usernames", "initial", "two-paragraphs", "short-reply"])
def test_a_threads_usernames_long_comments_and_short_replies_keep_its_run(listed):
    assert named_items(doubts_of(story(*listed)))


def test_a_name_is_split_into_words_as_the_text_is():
    # A blurb that names what it describes is no comment by it, hyphenated or not.
    assert not _speaks_after_name("The tours are run by Jean-Luc, a guide who grew up on the coast.", "Jean-Luc")
    assert _speaks_after_name("The tours were the best part of our week on the coast.", "Jean-Luc")


def test_a_quotes_opening_line_may_hold_a_clock():
    said = _says("Omar Haddad on June 5, 2024 at 9:40 am said: it kept the boats safe")
    assert said and said.group("author") == "Omar Haddad"


LETTERS = ("Letters to the editor", "", "Readers write about the harbour wall.", "",
           "Re: Harbour wall to be rebuilt, June 4", "",
           "The wall should be rebuilt in the old stone, not in concrete, or the harbour loses its charm.", "",
           "Ruth Dahl, Quayside", "",
           "Re: Harbour wall to be rebuilt, June 4", "",
           "At last the wall will be high enough to stop the spring tides flooding our cellars.", "",
           "Sven Aas, Old Town", "")


def test_letters_to_the_editor_answering_one_story_are_no_missed_replies():
    assert not doubts_of(page(*LETTERS))
    html = ("<html><body><article><h1>Letters to the editor</h1><p>Readers write about the harbour wall.</p>"
            + "".join(f"<h3>Re: Harbour wall to be rebuilt, June 4</h3><p>{text}</p><p><em>{name}</em></p>"
                      for text, name in ((LETTERS[6], LETTERS[8]), (LETTERS[12], LETTERS[14])))
            + "</article></body></html>")
    assert not read_pages(html.encode(), "letters.html")[0].comments.doubtful


def test_a_subject_repeated_in_a_memo_or_a_score_line_is_no_reply():
    memo = story("Re: your note of 4 June", "", BODY, "", "Re: your note of 4 June", "", BODY, "")
    scores = story("SV: Berg, Lund", "", "SV: Berg, Lund", "")
    assert not doubts_of(memo)
    assert not doubts_of(scores)


def forum_topic(*prefixes: str) -> str:
    """A forum topic: its opening post, then a reply under each subject prefix, each subject over its
    poster's dated line, in a shape the reader does not take for post heads ("ida · DATE", a name and a date
    alone, where phpBB's "ida » DATE" opens a post)."""
    lines = ["Harbour wall: stone or concrete?", "", "ida · Wed Jun 05, 2024 9:00 am", "", BODY, ""]
    for prefix, name in zip(prefixes, ("jonas", "marta", "eva")):
        lines += [f"{prefix} Harbour wall: stone or concrete?", "", f"{name} · Wed Jun 05, 2024 10:00 am", "",
                  "Stone, because it lasts and it looks like the rest of the harbour.", ""]
    return page(*lines)


@pytest.mark.parametrize("prefix", ["Re:", "Odp:", "Re[2]:", "AW:"])
def test_subjects_over_their_posters_dated_line_are_missed_replies(prefix):
    doubts = doubts_of(forum_topic(prefix, prefix))
    assert any("2 lines outside the comments read are reply subject lines" in doubt for doubt in doubts)


def test_a_reply_to_a_reply_answers_the_same_subject():
    doubts = doubts_of(forum_topic("Re:", "Re: Re:"))
    assert any("2 lines outside the comments read are reply subject lines" in doubt for doubt in doubts)
