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
                                   "> tomas wrote:"])
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
