"""Comment text without the site's furniture: reply and report links, votes, avatars, "says:"."""

from discourse.parse import read_pages
from discourse.parse.html import dom
from discourse.parse.html.comments import furniture
from discourse.parse.html.comments.furniture import clean_lines, in_widget, is_furniture_line
from tests.parse.html.pages import page
from tests.parse.html.steps import count_ancestor_steps

FURNISHED = page("""
<div id="comments"><h3>1 Comment</h3><ol class="commentlist">
<li class="comment depth-1" id="comment-7">
 <div class="comment-author vcard"><img class="avatar" alt="Avatar of Uma" src="u.png"><cite class="fn">Uma</cite> says:</div>
 <div class="comment-meta">March 6, 2021 at 9:00 am</div>
 <div class="comment-text"><p>The consultation period was far too short.</p></div>
 <div class="comment-votes"><span>Thumb up 21</span> <span>Thumb down 3</span></div>
 <p>This comment has been well-received! What do you think?</p>
 <div class="comment-actions"><a href="#">Like</a> <a href="#">Report</a> <a class="comment-reply-link">Reply</a></div>
</li></ol></div>""")


def test_comment_text_keeps_only_what_the_commenter_wrote():
    comment = read_pages(FURNISHED.encode(), "page.html")[0].comments.items[0]
    assert comment.author == "Uma"
    assert comment.paragraphs == ["The consultation period was far too short."]


def test_furniture_lines_in_several_ui_languages():
    for line in ["Reply", "Report", "Like", "says:", "Thumb up 21 Thumb down 3", "Antworten", "Répondre",
                 "Log in to Reply", "This comment has been well-received! What do you think?", "12"]:
        assert is_furniture_line(line), line
    for line in ["I like this plan.", "Reply to the council: no.", "Report the facts, please.", "More like 3",
                 "Share more"]:
        assert not is_furniture_line(line), line


def test_clean_lines_drops_the_repeated_author_and_date():
    lines = ["Uma says:", "March 6, 2021", "Too short a consultation."]
    assert clean_lines(lines, "Uma", "March 6, 2021") == ["Too short a consultation."]


def test_asking_every_element_of_deeply_nested_markup_whether_it_sits_in_a_widget_walks_linearly(monkeypatch):
    """A hostile page nests thousands of elements: asking each of them with one shared cache must
    step over each ancestor about once, not once per descendant (quadratic: minutes for a page)."""
    steps = count_ancestor_steps(monkeypatch, furniture)
    depth = 2000
    tree = dom.parse("<html><body>" + '<div class="comment">' * depth + "</div>" * depth + "</body></html>")
    cache: dict[int, bool] = {}
    assert not any(in_widget(node, cache) for node in tree.css("div.comment"))
    assert steps[0] <= 3 * depth
