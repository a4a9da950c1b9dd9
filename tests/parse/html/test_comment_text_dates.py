"""A date a commenter writes is the commenter's words; the comment's own date is printed in its head
or meta part. Comments read by the shared readers (no platform marks), in the shapes templates print."""

import pytest

from discourse.parse.html import read_html
from tests.parse.html.pages import page


def _comments(bodies: list[str]):
    items = "".join(f'<li class="comment"><div class="comment-author">{name}</div>{body}</li>'
                    for name, body in zip(("Ann Walker", "Bob Stone"), bodies))
    html = page(f'<section id="comments"><h2>Comments</h2><ol class="comment-list">{items}</ol></section>')
    return read_html(html.encode(), "page.html").comments.items


_OTHER = "<p>Too expensive by far, and the tunnel was the better plan.</p>"


def test_a_date_in_a_time_element_before_the_text_is_the_comments_date():
    first, _ = _comments(['<time>May 3, 2021</time><p>Good news for the town.</p>', _OTHER])
    assert (first.date_iso, first.paragraphs) == ("2021-05-03", ["Good news for the town."])


def test_a_line_holding_only_a_date_before_the_text_is_the_comments_date():
    # A template's date line printed as a plain paragraph: nothing but the date, ahead of the text.
    first, _ = _comments(['<p>May 3, 2021</p><p>Good news for the town.</p>', _OTHER])
    assert (first.date_iso, first.paragraphs) == ("2021-05-03", ["Good news for the town."])


@pytest.mark.parametrize("inline", ["em", "small", "b", "time", 'span class="date"'])
def test_a_date_marked_up_inside_a_sentence_stays_in_the_text(inline):
    tag = inline.split()[0]
    sentence = f"<p>I saw it on <{inline}>May 3, 2021</{tag}> at the council meeting and liked the plan.</p>"
    first, _ = _comments([sentence, _OTHER])
    assert first.paragraphs == ["I saw it on May 3, 2021 at the council meeting and liked the plan."]
    assert first.date is None


def test_a_paragraph_starting_with_a_date_stays_in_the_text():
    first, _ = _comments(["<p>May 3, 2021 was the day the council finally listened to us.</p>", _OTHER])
    assert first.paragraphs == ["May 3, 2021 was the day the council finally listened to us."]


def test_a_date_in_a_sentence_does_not_displace_the_comments_own_date():
    first, _ = _comments(['<span class="date">May 9, 2021</span><p>I saw it on <em>May 3, 2021</em> here.</p>',
                          '<span class="date">May 10, 2021</span>' + _OTHER])
    assert (first.date_iso, first.paragraphs) == ("2021-05-09", ["I saw it on May 3, 2021 here."])


@pytest.mark.parametrize("body, text", [
    ("<p>Bridge opened May 3, 2021</p>", ["Bridge opened May 3, 2021"]),
    ("<p>Good news.</p><p>Edit: May 4, 2021</p>", ["Good news.", "Edit: May 4, 2021"]),
])
def test_a_line_of_words_and_a_date_that_names_no_commenter_stays_in_the_text(body, text):
    first, _ = _comments([body, _OTHER])
    assert (first.date, first.paragraphs) == (None, text)


def test_a_meta_line_naming_the_commenter_is_read_and_left_out_of_the_text():
    first, _ = _comments(["<p>Good news.</p><p>Posted by Ann Walker on May 3, 2021</p>", _OTHER])
    assert (first.date_iso, first.paragraphs) == ("2021-05-03", ["Good news."])


def test_a_posted_line_with_a_two_digit_year_is_read():
    first, second = _comments(['<div class="comment-meta">Posted 10/28/12</div><p>Good news for the town.</p>',
                               '<div class="comment-meta">Posted on 10/29/12</div>' + _OTHER])
    assert (first.date_iso, second.date_iso) == ("2012-10-28", "2012-10-29")
    assert first.paragraphs == ["Good news for the town."]


def test_a_thread_written_day_first_settles_two_digit_years_day_first():
    first, second = _comments(['<div class="comment-meta">Posted 04/03/12</div><p>Good news for the town.</p>',
                               '<div class="comment-meta">Posted 25/03/12</div>' + _OTHER])
    assert (first.date_iso, second.date_iso) == ("2012-03-04", "2012-03-25")


def test_a_date_line_inside_the_element_declared_as_the_text_stays_in_the_text():
    # schema.org says which element is the comment's text: whatever it holds is the commenter's words.
    items = "".join(f"""<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
 <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{name}</span></span>
 <div itemprop="text">{text}</div></div>""" for name, text in (("Eve", "<p>May 3, 2021</p><p>The day we won.</p>"),
                                                               ("Frank", "<p>Thanks, that is reassuring.</p>")))
    html = page(f'<section class="discussion"><h2>2 comments</h2>{items}</section>')
    first, _ = read_html(html.encode(), "page.html").comments.items
    assert (first.date, first.paragraphs) == (None, ["May 3, 2021", "The day we won."])
