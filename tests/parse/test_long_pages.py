"""Long pages: comment numbers past 9999 and many-line shapes read like short ones."""

from discourse.parse import parse_text

PARA = "A body paragraph long enough to read as the article's running prose, written for this test."


def numbered_comments(first: int, last: int) -> str:
    lines = ["A Long Thread", "", PARA, "", PARA, "", f"{last} Responses", ""]
    for number in range(first, last + 1):
        lines += [f"{number}. Reader{number} says:", "", f"   Comment number {number}, with its words.", ""]
    return "\n".join(lines)


def test_comment_numbers_of_ten_thousand_and_more_open_comments():
    page = parse_text(numbered_comments(9998, 10003))
    assert [c.author for c in page.comments.items] == [f"Reader{n}" for n in range(9998, 10004)]
    assert page.comments.items[-1].text == "Comment number 10003, with its words."


def test_a_hard_wrapped_body_is_joined_into_whole_paragraphs():
    wrapped = [f"hard wrapped prose line {i} that goes on" for i in range(2000)]
    page = parse_text("\n".join(["A Title", "", *wrapped, "", PARA]))
    assert page.article.paragraphs[0].text == " ".join(wrapped)
