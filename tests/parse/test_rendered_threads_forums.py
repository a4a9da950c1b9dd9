"""Forum threads as w3m and html2text print them: the posts round each head that the text reader reads."""

from __future__ import annotations

import pytest

from discourse.parse import parse_text

# A thread with no comment header whose opening post is the article; each reply's text may open with
# the post it answers, quoted ("{name} wrote:", "Originally Posted by {name}"), on a line of its own.
QUOTED_REPLY_THREAD = """\
Library Forum

Opening hours on Sundays

{lead}Posted by mara » 12 Jun 2022, 09:00

Should the library open on Sundays? The council asks members before it sets next year's hours.
________________________________________________________________________________

tomas
    Messages: 40

Posted by tomas » 12 Jun 2022, 09:40

Yes, Sunday is the only day many of us can come with the children and stay a while.
________________________________________________________________________________

ines
    Messages: 7

Posted by ines » 12 Jun 2022, 10:15

{quote}

It would cost more staff hours, so the council should say what it would close instead.
"""


@pytest.mark.parametrize("lead", ["", " "])  # w3m leaves a space from the markup before an inline head
@pytest.mark.parametrize("quote", ["    tomas wrote:Sunday is the only day", "> Originally Posted by tomas",
                                   "> tomas wrote:", "> @tomas wrote:"])
def test_a_reply_whose_text_opens_with_a_quoted_post_is_read(lead, quote):
    parsed = parse_text(QUOTED_REPLY_THREAD.format(lead=lead, quote=quote))
    assert (parsed.article.title, parsed.article.author) == ("Opening hours on Sundays", "mara")
    assert [c.author for c in parsed.comments.items] == ["tomas", "ines"]
    assert parsed.comments.items[1].text.endswith("what it would close instead.")
    assert [c.parent for c in parsed.comments.items] == [None, 1]  # the post quoted is the one answered


# A live blog whose entries, each under a name and time, open with what someone wrote: no forum's
# furniture round them, so its entries stay the article's text.
LIVE_BLOG_OF_QUOTES = """\
Council sets Sunday hours

By Kay Lum

The council met today to set the library's hours. We follow the debate here.

Ann Lee 09:00, 12 Jun 2022

{quote}

The library will open on Sundays from next year, the council decided this morning after a long debate.

Ann Lee 09:40, 12 Jun 2022

{quote}

Members of the staff union said they were not asked before the vote, and they will ask for a meeting.

Ann Lee 10:15, 12 Jun 2022

{quote}

The mayor said the cost will be met from the reserve, and that no branch will close this year at all.
"""


@pytest.mark.parametrize("quote", ["The mayor wrote:", "> Originally Posted by the council"])
def test_a_live_blogs_entries_opening_with_a_quote_stay_the_articles_text(quote):
    parsed = parse_text(LIVE_BLOG_OF_QUOTES.format(quote=quote))
    assert parsed.comments.items == []
    assert parsed.article.title == "Council sets Sunday hours"
    assert any("no branch will close" in paragraph.text for paragraph in parsed.article.paragraphs)


# A forum thread whose posts are each headed by the poster's name over a box of the poster's rank and
# details, its date under the box (phpBB, MyBB and SMF themes) or, in a numbered post, above the name
# (vBulletin's "2. 06-12-2022, 09:40 AM").
POSTS = (("kaspar", "Administrator", "Sun Jun 12, 2022 9:00 am", "06-12-2022, 09:00 AM",
          "Which route should we ride on Sunday, the river loop or the hills? Say which you prefer below."),
         ("ottilie", "Senior Member", "#2 Sun Jun 12, 2022 9:40 am", "06-12-2022, 09:40 AM",
          "The river loop, the hills are too steep for the new riders who joined this spring."),
         ("bram", "[avatar]", "#3 Sun Jun 12, 2022 10:15 am", "06-12-2022, 10:15 AM",
          "The hills, we did the river loop twice last month and everyone knows it by heart."))


def boxed_thread(date_above: bool, details: tuple[str, ...]) -> str:
    """The thread with each post's box holding `details`; its date above the name where `date_above`."""
    lines = ["Riverside Cycling Club", "", "Which route for the Sunday ride?", ""]
    for n, (name, rank, date, numbered, text) in enumerate(POSTS, 1):
        head = [f"{n}. {numbered}", name, rank, *details, ""] if date_above else [name, rank, *details, "", date, ""]
        lines += [*head, text, "", "Reply With Quote" if date_above else "Quote", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("date_above", [False, True])
@pytest.mark.parametrize("details", [("Posts: 310", "Registered: Mar 2019"), ("Join Date", "Mar 2019", "Posts", "310"),
                                     ("Posts: 310",), ("Join Date", "Mar 2019"),
                                     ("POSTS: 310",), ("Registered: März 2019",), ("JOIN DATE", "Mar 2019"),
                                     ("JOİNED: Mar 2019",)])
def test_posts_headed_by_a_poster_box_are_read(date_above, details):
    parsed = parse_text(boxed_thread(date_above, details))
    assert parsed.article.author == "kaspar"
    assert [(c.author, c.text) for c in parsed.comments.items] == [(name, text) for name, *_, text in POSTS[1:]]


# A vox pop: each person's name over a line of who they are and a date, then what they said. No poster's
# details under the names: the article's text.
VOX_POP = """\
What readers think of the new route

By Kay Lum

We asked riders on the towpath what they make of the council's plan for the Sunday ride this summer.

Ann Lee
Retired teacher
12 June 2022

The river loop is lovely, but it is far too crowded on Sundays for families with small children.

Tom Baker
Nurse
12 June 2022

I ride the hills every week and I think the new riders would manage them with a little practice.

Mira Holt
Student
12 June 2022

Either route is fine by me, as long as the council keeps the towpath open during the repairs.
"""

# A blog post whose author box, under the text, shows the author's posts and the date they joined.
AUTHOR_BOX = """\
Why we ride the river loop

Kay Lum

Posts: 310
Joined: March 2015

June 12, 2022

The river loop is the club's oldest route, and every new rider starts there before trying the hills.
We ride it each Sunday in summer, and once a month in winter when the towpath is not flooded.
It passes the old mill, the lock keeper's cottage and the café where most of us stop for a coffee.
"""


@pytest.mark.parametrize("page", [VOX_POP, AUTHOR_BOX])
def test_names_over_roles_and_an_authors_box_stay_the_articles_text(page):
    parsed = parse_text(page)
    assert parsed.comments.items == []
    assert any("the council keeps the towpath open" in p.text or "oldest route" in p.text
               for p in parsed.article.paragraphs)


def test_reply_with_quote_under_a_post_is_its_button_not_the_next_posts_name():
    parsed = parse_text(boxed_thread(True, ("Posts: 310",)))
    assert [c.author for c in parsed.comments.items] == ["ottilie", "bram"]
    assert all("Reply With Quote" not in c.text for c in parsed.comments.items)


# A link aggregator's thread as html2text prints its tables: the story's score line, then each comment's head
# with its links to the comments round it ("| parent | next [–]"), its text on the next row, a table rule
# (or, as w3m prints it, a blank line) between the comments.
AGGREGATOR = """\
| Ask: Which bike lock do you trust?
---|---
| 57 points by rafa 5 hours ago | 23 comments
| My last lock was cut in under a minute outside the station. What do you all use in the city?

| | | nadia 4 hours ago | next [–]
A heavy D-lock and a cable for the front wheel, and I never leave it outside overnight.
{rule}
| | | otto 3 hours ago | parent | next [–]
Same here, though the cable is more for show than anything else these days, to be honest.
{rule}
| | | pim 2 hours ago | prev [–]
A folding lock, it fits in the frame bag and is harder to cut than it looks at first sight.
"""


@pytest.mark.parametrize("rule", ["---|---|---", ""])
def test_an_aggregators_comments_with_links_round_them_are_read(rule):
    parsed = parse_text(AGGREGATOR.format(rule=rule))
    assert parsed.article.author == "rafa"  # "57 points by rafa": the story's score, then its poster
    assert [c.author for c in parsed.comments.items] == ["nadia", "otto", "pim"]


# A live blog's entries, each a name and a time ago over its text, a rule between them: no links round them.
LIVE_BLOG_RULED = """\
Storm live: roads closed across the county

Follow the latest on the storm here as roads are closed and trains stopped.

Ann Lee 4 hours ago
The ring road is closed between the bridge and the station after a tree came down in the night.
{rule}
Tom Baker 3 hours ago
Trains between the city and the coast are cancelled for the rest of the day, the operator said.
{rule}
Mira Holt 2 hours ago
The council has opened the sports hall for anyone whose home has lost power since the morning.
"""


@pytest.mark.parametrize("rule", ["---|---", "━━━━━━━━━━", "* * *"])
def test_a_live_blogs_entries_between_rules_stay_the_articles_text(rule):
    parsed = parse_text(LIVE_BLOG_RULED.format(rule=rule))
    assert parsed.comments.items == []
    assert any("sports hall" in paragraph.text for paragraph in parsed.article.paragraphs)


# A blog post under its author's box ("Posts:", "Joined:", or a role and "Member since"), and after its text
# the blog's other posts (titles over dates) or, on a live blog, the entries (names over times). Only the
# author's name stands over a box: the page holds no thread, and the text under the box is the article's.
BOXED_AUTHOR_PAGE = """\
Notes from the allotment

Edda Voss
{box}

3 April 2023

Our plot flooded twice this winter, so we dug a trench along the lower edge and filled it with gravel.
The water now runs off into the ditch instead of sitting round the leeks for a week after each storm.
Next we want to raise the beds by a hand's width, which means a lot more compost than we have.
Neighbours on the site have offered their leaf mould, and the council will deliver woodchip for free.

{after}

{first}
{first_date}

Sowing broad beans in pots on the windowsill gives them a head start of two weeks or more.

{second}
{second_date}

A rhubarb crown split in autumn gives three new plants, and each one crops again in its second year.

{third}
{third_date}

Netting the brassicas early keeps the pigeons off, and a taut net keeps the butterflies off too.
"""
AUTHOR_BOXES = ("Posts: 212\nJoined: June 2016", "Head gardener\nMember since 2016")


RECENT_POSTS = ("Recent posts", ("Beans on the sill", "March 20, 2023", "Splitting rhubarb", "March 2, 2023", "Nets",
                                 "February 9, 2023"))


@pytest.mark.parametrize("box, after, names", [(AUTHOR_BOXES[0], *RECENT_POSTS), (AUTHOR_BOXES[1], *RECENT_POSTS)])
def test_an_author_box_over_the_article_makes_no_thread_of_what_follows(box, after, names):
    first, first_date, second, second_date, third, third_date = names
    page = BOXED_AUTHOR_PAGE.format(box=box, after=after, first=first, first_date=first_date, second=second,
                                    second_date=second_date, third=third, third_date=third_date)
    parsed = parse_text(page)
    assert parsed.comments.items == []
    body = " ".join(paragraph.text for paragraph in parsed.article.paragraphs)
    assert "woodchip for free" in body and "rhubarb crown" in body


# A live blog under its reporter's box: a line of lead, then the entries, each a name over a time.
LIVE_BLOG_UNDER_A_BOX = """\
Flood watch: the river tops its banks

Edda Voss
Posts: 2,041
Joined: June 2016

3 April 2023

The river rose through the night and the towpath is under water from the mill to the lock.

Jo Park
09:10, 3 Apr 2023

Sandbags are being handed out at the fire station on Mill Lane until six this evening.

Ravi Shah
10:05, 3 Apr 2023

The footbridge by the school is shut, and pupils are asked to use the road bridge instead.

Lena Ruiz
11:30, 3 Apr 2023

The water is expected to peak this afternoon and fall slowly overnight, the agency says.
"""


def test_a_live_blog_under_its_reporters_box_keeps_its_entries():
    parsed = parse_text(LIVE_BLOG_UNDER_A_BOX)
    assert parsed.comments.items == []
    assert any("Sandbags are being handed out" in paragraph.text for paragraph in parsed.article.paragraphs)


# A news page's comments as w3m prints them (name, date, the text indented under them), the last comment
# opening with what someone said, then the page's other stories at the left margin.
NEWS_COMMENTS_THEN_STORIES = """\
Harbour wall to be rebuilt

By Edda Voss

April 3, 2023

The harbour wall will be rebuilt over two summers after the winter storms cracked it in three places.

2 Comments

Jo Park
April 3, 2023 at 8:15 am
    About time, the wall has been crumbling since I was at school and nobody ever did a thing about it.

Ravi Shah
April 3, 2023 at 8:40 am
    {opening} the work will start in May. I hope the boats can still land their catch while it goes on.

The ferry will run an extra crossing on Saturdays from next week, the operator said this morning.
Parking on the seafront will be free after six in the evening for the rest of the summer season.
"""


@pytest.mark.parametrize("opening", ["The harbour master said:", "Jo Park said:"])
def test_a_comment_opening_with_what_someone_said_ends_where_its_text_does(opening):
    parsed = parse_text(NEWS_COMMENTS_THEN_STORIES.format(opening=opening))
    assert [c.author for c in parsed.comments.items] == ["Jo Park", "Ravi Shah"]
    last = parsed.comments.items[-1]
    assert last.text.endswith("while it goes on.")
    assert last.parent is None  # a sentence of its own, not a quoted post: it answers the article
    assert not [repair for repair in parsed.comments.repairs if repair.kind.startswith("reply")]


# A threaded news section, replies indented under the comment they answer; a later top-level comment
# opens by citing an earlier commenter in a sentence of its own.
NESTED_COMMENTS = """\
Harbour wall to be rebuilt

By Edda Voss

April 3, 2023

The harbour wall will be rebuilt over two summers after the winter storms cracked it in three places.
The work starts in May, and the harbour will stay open to boats through both summers of the work.

3 Comments

Jo Park
April 3, 2023 at 8:15 am

    About time, the wall has been crumbling since I was at school and nobody ever did a thing about it.

    Reply

    Ravi Shah
    April 3, 2023 at 8:40 am

        It was patched in the nineties, but a patch only lasts so long against storms like this winter's.

        Reply

Lena Ruiz
April 3, 2023 at 9:05 am

    Jo Park said: nobody ever did a thing. That is unfair, the volunteers have kept it standing for years.

    Reply
"""


def test_an_opening_naming_an_earlier_commenter_leaves_the_nesting_alone():
    parsed = parse_text(NESTED_COMMENTS)
    assert [(c.author, c.parent) for c in parsed.comments.items] == [("Jo Park", None), ("Ravi Shah", 1),
                                                                      ("Lena Ruiz", None)]



# Pages that print boxes of counts under names without being threads: a forum's index (each board's name over
# its counts of threads and posts and the date of its last post, then its description) and a site's page of its
# writers (each name over the writer's posts, the date they joined and their last post's day).
FORUM_INDEX = """\
Harbour Rowing Club Forum

Boards

Club news
Threads: 412
Posts: 5,120
Mon Apr 3, 2023 8:15 am

Notices from the committee about sessions, races, the boathouse and the annual general meeting.

Crew finder
Threads: 96
Posts: 1,004
Sun Apr 2, 2023 6:40 pm

Looking for a crew or a seat? Say which boat, what level and which mornings you can row each week.

Kit swap
Threads: 57
Posts: 388
Sat Apr 1, 2023 11:05 am

Oars, seats, clothing and ergs for sale or wanted, between members of the club only, please.
"""

WRITERS_PAGE = """\
Our writers

Edda Voss
Posts: 212
Joined: June 2016
April 3, 2023

Edda writes about the harbour, the boats that use it and the people who have worked there for years.

Jo Park
Posts: 87
Joined: May 2019
March 28, 2023

Jo covers the rowing club's races, its regattas and the long argument over the new boathouse roof.

Ravi Shah
Posts: 45
Joined: January 2021
March 2, 2023

Ravi writes the weekly tide tables and answers readers' questions about fishing from the harbour wall.
"""


@pytest.mark.parametrize("page, kept", [pytest.param(FORUM_INDEX, "between members of the club only", id="forum index"),
                                        pytest.param(WRITERS_PAGE, "answers readers' questions", id="writers")])
def test_names_over_counts_that_are_no_posters_make_no_thread(page, kept):
    parsed = parse_text(page)
    assert parsed.comments.items == []
    assert any(kept in paragraph.text for paragraph in parsed.article.paragraphs)
