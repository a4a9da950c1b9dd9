"""Whether a count header heads the article: the signed lines under it are read only as far as the
question needs, and the answer is the one counting every line under it gives, whatever headers are
asked about and in whatever order."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.parse import section
from discourse.parse.lines import LineFacts
from discourse.parse.reading import split_lines

PROSE = "A body paragraph that runs on for a while and ends with a full stop, as prose does here."
LINES = st.sampled_from([
    "", "", "5 Comments", "Comments", PROSE, PROSE, "short words", "Jane Doe says:",
    "Bob on May 1, 2020 at 9:00 am said:", "  1. Roger Weeks Says:", "  2. Ann 10/28/12 5:33 PM",
    "• [avatar] Kay 3 hours ago", "10/28/12 5:33 PM", "I asked him and he said:", "12.", "Ann ١٠/٢٨/١٢ ٥:٣٣",
])


def heads(text: str):
    """(lines, a fresh `_ArticleHeads` of the page) with the page's memos emptied."""
    lines = split_lines(text)
    section.forget_lines()
    prose = section._prose_lines(lines, 1)
    return lines, section._ArticleHeads(lines, LineFacts.of(lines), prose[0] if prose else len(lines))


def heads_the_long_way(lines: list[str], first_prose: int, i: int, end: int) -> bool:
    """The definition, every line between counted."""
    prose = sum(map(section._is_prose_line, lines[i + 1:end]))
    signed = sum(bool(line.strip()) and section.signed(line) for line in lines[i + 1:end])
    return first_prose >= i and prose >= section._ARTICLE_PROSE and signed <= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, min_size=2, max_size=50).map("\n".join), st.lists(st.tuples(st.integers(0, 60),
                                                                                  st.integers(0, 60)), max_size=8))
def test_each_answer_is_the_count_of_every_line_between(text, questions):
    lines, ask = heads(text)
    for a, b in questions:
        i, end = min(a, len(lines) - 1), min(max(a, b), len(lines))
        assert ask(i, end) == heads_the_long_way(lines, ask.first_prose, i, end)


def test_a_header_over_prose_and_one_comment_heads_the_article():
    lines, ask = heads("A Title\n\n5 Comments\n\n" + PROSE + "\n\n" + PROSE + "\n\nJane Doe says:\n\nNice.")
    assert ask(2, len(lines))


def test_two_comments_under_it_make_it_no_article_header_also_when_a_shorter_reach_was_asked_first():
    page = "A Title\n\n5 Comments\n\n" + PROSE + "\n\n" + PROSE + "\n\nJane Doe says:\n\nNice.\n\nBob on May 1, 2020 at 9:00 am said:\n\nThanks."
    lines, ask = heads(page)
    second = lines.index("Bob on May 1, 2020 at 9:00 am said:")
    assert ask(2, second)
    assert not ask(2, len(lines))
    assert ask(2, second)
