"""Commenters' names where a template shows them only in the avatar's alt text, or with a label
the site puts on the account ("(Guest)"): the name is what readers of the thread know the
commenter by, not the picture's caption or the account's status."""

import pytest

from discourse.parse import read_pages
from tests.parse.html.pages import page

NAMES = ("Ana Ruiz", "Tom Beck", "Lena Voss")
TEXTS = ("The bridge is long overdue and the council finally did the right thing here.",
         "The cost estimates look far too optimistic to me, as they always do with these projects.",
         "My grandfather used the old ferry every day; I will miss it, but progress is progress.")


def thread(author_markup) -> str:
    """A WordPress-like list of three comments whose author part is `author_markup(name)`."""
    items = "".join(
        f'<li class="comment" id="comment-{at}"><div class="comment-author vcard">{author_markup(name)}</div>'
        f'<div class="comment-meta"><a href="#comment-{at}">March {at + 4}, 2021 at 10:0{at} am</a></div>'
        f'<div class="comment-text"><p>{text}</p></div></li>'
        for at, (name, text) in enumerate(zip(NAMES, TEXTS), 1))
    return page(f'<div id="comments"><h2 class="comments-title">3 Responses</h2><ol class="commentlist">{items}'
                "</ol></div>")


def authors(html: str) -> list[str | None]:
    return [c.author for c in read_pages(html.encode("utf-8"), "page.html")[0].comments.items]


@pytest.mark.parametrize("avatar", [
    lambda name: f'<img alt="{name}" src="a.png" class="avatar avatar-48 photo">',
    lambda name: f'<img alt="Avatar of {name}" src="a.png" class="avatar">',
    lambda name: f'<img alt="{name}\'s picture" src="a.png">',
], ids=["name", "avatar of name", "name's picture"])
def test_a_comment_that_shows_its_author_only_in_the_avatar_is_signed_with_the_alt_text(avatar):
    assert authors(thread(avatar)) == list(NAMES)


def test_the_name_shown_beside_the_avatar_wins_over_the_alt_text():
    """Guard: Drupal captions every avatar "NAME's picture" before the name itself."""
    html = thread(lambda name: f'<div class="user-picture"><img alt="{name}\'s picture" src="a.png"></div>'
                               f'<span class="username">{name}</span>')
    assert authors(html) == list(NAMES)


def test_a_generic_avatar_caption_is_no_name():
    html = thread(lambda name: '<img alt="Avatar photo" src="a.png" class="avatar">')
    assert authors(html) == [None, None, None]


@pytest.mark.parametrize("caption", ["Default avatar", "Comment author", "User avatar"])
def test_a_site_wide_avatar_caption_is_no_name(caption):
    html = thread(lambda name: f'<img alt="{caption}" src="/img/default.png" class="avatar">')
    assert authors(html) == [None, None, None]


def test_a_picture_in_an_unsigned_comment_s_text_does_not_name_its_author():
    items = "".join(
        f'<li class="comment" id="comment-{at}"><div class="comment-meta">March {at + 4}, 2021 at 10:0{at} am</div>'
        f'<div class="comment-text"><p>{text}</p><p><img alt="Map of the new route" src="/uploads/route.png"></p></div></li>'
        for at, text in enumerate(TEXTS, 1))
    html = page(f'<div id="comments"><h2 class="comments-title">3 Responses</h2><ol class="commentlist">{items}</ol></div>')
    assert authors(html) == [None, None, None]


@pytest.mark.parametrize("label", ["(Guest)", "(not verified)", "(invité)"])
def test_the_account_s_label_after_the_name_is_not_part_of_it(label):
    assert authors(thread(lambda name: f'<span class="fn">{name} {label}</span>')) == list(NAMES)



def plain_thread(head_line) -> str:
    """Three comments as plain blocks: a head line `head_line(name)`, then the text."""
    items = "".join(f'<div class="comment" id="c{at}"><p class="comment-head">{head_line(name)}</p><p>{text}</p></div>'
                    for at, (name, text) in enumerate(zip(NAMES, TEXTS), 1))
    return page(f'<section id="comments"><h3>3 Comments</h3>{items}</section>')


@pytest.mark.parametrize("verb", ["said...", "said…", "wrote..."])
def test_a_name_line_that_trails_off_after_the_verb_signs_the_comment(verb):
    assert authors(plain_thread(lambda name: f"{name} {verb}")) == list(NAMES)


def test_a_sentence_that_trails_off_after_said_is_no_name_line():
    """Guard: the commenter quoting someone is not signing the comment."""
    html = plain_thread(lambda name: f"{name} said...").replace(
        f"{NAMES[0]} said...", "I can only agree with what the mayor said...")
    assert authors(html) == [None, *NAMES[1:]]
