"""A Tumblr post's notes, where a theme prints them (`{PostNotes}`): one `li.note` per note in
`ol.notes`. Most notes are likes and reblogs, which say nothing; the comments are the replies
(`li.note.reply`, the words in `span.answer_content`) and the reblogs that add words
(`li.note.with_commentary`, the words in the `blockquote` after the note's line). The note's
line names the blog that wrote it (`a.tumblelog`); notes show no date and answer the post, not
each other.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse.html.comments.items import Found, Marked
from discourse.parse.html.dom import classes, squash, text_of

SOURCE = "tumblr-notes"


def find_tumblr_notes(tree: LexborHTMLParser) -> Found | None:
    """The notes that hold words, or None where the page prints no Tumblr notes with words."""
    found = Found(SOURCE, [])
    for note in tree.css("ol.notes > li.note"):
        words = _words(note)
        if words is None or not squash(text_of(words)):
            continue
        blog = note.css_first("a.tumblelog")
        found.nodes.append(words)
        found.marked[words.mem_id] = Marked(author=squash(text_of(blog)) if blog is not None else None,
                                            date=None, date_iso=None, parent=None)
    return found if found.nodes else None


def _words(note: LexborNode) -> LexborNode | None:
    """What the note's writer wrote: a reply's answer, or the words a reblog added."""
    kinds = classes(note)
    if "reply" in kinds:
        return note.css_first(".answer_content")
    if "with_commentary" in kinds:
        return note.css_first("blockquote")
    return None
