"""Shortcuts of the text parser that read each distinct line once: the same answers as reading every line."""

from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.parse import _thread_links, patterns

LINES = st.sampled_from([
    "", "Reply", "  Reply", "• Reply", "[Reply]", "(Report)", "Report abuse", "Permalink", "Log in to reply",
    "Login or register to post comments", "Antworten", "Répondre", "A reply that is a sentence.", "Replies",
    "Reply" + " to this comment at length" * 3, "* Report this comment *", "Share", "12 Comments",
])


def every_line(stripped: list[str]):
    """The reading line by line that `_thread_links` stands for: each short line's shown text, tried in order."""
    shown = ((patterns.bullet_text(line) or line).strip("[(*_ )]") for line in stripped if len(line) < 60)
    return [text for text in shown if patterns.THREAD_LINK.match(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=30))
def test_thread_links_count_every_link_line_and_name_the_first(stripped):
    links = every_line(stripped)
    found = _thread_links(stripped)
    if len(links) < 3:
        assert found is None
    else:
        assert found is not None and found.of_comments
        assert found.evidence == f'{len(links)} reply or report links ("{links[0][:40]}")'
