"""Ordinary English pages, as w3m and html2text print them: a blog whose comments open "NAME says:" over the date, a
news story under a byline and a breadcrumb trail, a forum thread of "Post by NAME » DATE" heads. The rules for the
rarer shapes of other pages must leave these read whole."""

from __future__ import annotations

import pytest

from discourse.parse import parse_text

BLOG = """\
Skip to content

The Garden Notebook

Menu
  * Home
  * About
  * Recipes

Why I stopped buying tomato seedlings

Posted on March 12, 2024 by Harriet Lane

Every spring I used to buy a tray of tomato seedlings from the market, and every spring half of them died.
This year I grew my own from seed on the kitchen windowsill, and the difference was remarkable.

The trick is light. A cheap lamp on a timer gave the seedlings sixteen hours a day, and they stayed short
and sturdy instead of stretching towards the window.

I will write more about hardening them off next week.

Filed under: Vegetables

3 thoughts on "Why I stopped buying tomato seedlings"

 1. Peter Gale says:
    March 12, 2024 at 6:40 pm

    I had the same trouble with leggy seedlings. Which lamp did you use?

    Reply
     1. Harriet Lane says:
        March 13, 2024 at 8:02 am

        Just a plain LED shop light, nothing fancy.

        Reply
 2. Mona Reyes says:
    March 14, 2024 at 11:15 am

    Lovely post. My grandmother always started hers in egg boxes.

    Reply

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *
"""

NEWS = """\
Home | News | Local

Council approves new cycle lanes for the city centre

By Daniel Morgan, Transport Correspondent

12 March 2024, 10:15

The city council has approved plans for three new cycle lanes through the centre, after a vote that ran late
into Tuesday evening.

Councillors said the lanes would be built over the summer, with the first due to open in September.

Opponents argued that the plans would cut parking for shops on the high street.

Comments (2)

Alan Price
12 March 2024 11:02

About time. The roads are dangerous for anyone on a bike.

Reply

Sue Ward
12 March 2024 12:30

What about the shops? Nobody asked them.

Reply
"""

FORUM = """\
Riverside Anglers Forum
Board index » Fishing » Tackle talk

Best line for winter pike?

Post by oldtom » Mon Mar 04, 2024 10:20 am

I am after advice on a braid for pike in cold water. What do you all use?

Post by jessie_r » Mon Mar 04, 2024 11:05 am

I use thirty pound braid with a wire trace, never had a problem.

Post by Kevin Marsh » Tue Mar 05, 2024 9:40 am

Same as jessie, but check your knots often in the cold.

Display posts from previous: All posts Sort by Post time
"""

H2T = """\
[Skip to content](#main)

# Baking with rye flour

**Anna Berg** | 12 March 2024

Rye flour behaves very differently from wheat, and it took me a few bakes to get a loaf I liked.

The dough is sticky and never really rises like wheat dough, so do not wait for it to double.

## 2 Comments

  1. **Tom Hale** says:

March 12, 2024 at 7:10 pm

Great tips, thank you. How long do you bake it?

[Reply](#reply)

  2. **Eva Lind** says:

March 13, 2024 at 9:00 am

My rye loaves always crack on top. Any advice?

[Reply](#reply)
"""


ORDINARY = {
    "blog": (BLOG, ("Why I stopped buying tomato seedlings", "Harriet Lane", "2024-03-12", 3),
             [("Peter Gale", "March 12, 2024 at 6:40 pm", None), ("Harriet Lane", "March 13, 2024 at 8:02 am", 1),
              ("Mona Reyes", "March 14, 2024 at 11:15 am", None)]),
    "news": (NEWS, ("Council approves new cycle lanes for the city centre", "Daniel Morgan", "2024-03-12", 3),
             [("Alan Price", "12 March 2024 11:02", None), ("Sue Ward", "12 March 2024 12:30", None)]),
    "forum": (FORUM, ("Best line for winter pike?", "oldtom", "2024-03-04", 1),
              [("jessie_r", "Mar 04, 2024 11:05 am", None), ("Kevin Marsh", "Mar 05, 2024 9:40 am", None)]),
    "html2text": (H2T, ("Baking with rye flour", "Anna Berg", "2024-03-12", 2),
                  [("Tom Hale", "March 12, 2024 at 7:10 pm", None), ("Eva Lind", "March 13, 2024 at 9:00 am", None)]),
}


@pytest.mark.parametrize("kind", ORDINARY)
def test_an_ordinary_page_is_read_whole(kind):
    page, facts, comments = ORDINARY[kind]
    parsed = parse_text(page)
    article = parsed.article
    assert (article.title, article.author, article.date, len(article.paragraphs)) == facts
    assert [(c.author, c.date, c.parent) for c in parsed.comments.items] == comments
    assert all(c.text for c in parsed.comments.items)


JESSIES_REPLY = "I use thirty pound braid with a wire trace, never had a problem."


@pytest.mark.parametrize("cite", ["oldtom wrote: ↑ Mon Mar 04, 2024 10:20 am", "oldtom said: Mon Mar 04, 2024 10:20 am",
                                  "oldtom schrieb: Mon Mar 04, 2024 10:20 am"])
def test_a_forum_post_opening_with_a_dated_quote_is_one_post(cite):
    quoted = f"{cite}\nI am after advice on a braid for pike in cold water.\n\n{JESSIES_REPLY}"
    comments = parse_text(FORUM.replace(JESSIES_REPLY, quoted)).comments.items
    assert [(c.author, c.date) for c in comments] == [("jessie_r", "Mar 04, 2024 11:05 am"),
                                                       ("Kevin Marsh", "Mar 05, 2024 9:40 am")]
    assert JESSIES_REPLY in comments[0].text
