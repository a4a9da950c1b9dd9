"""Every input line lands in exactly one place, so nothing is silently dropped."""

import pytest

from discourse.model import LineRole
from discourse.parse import load
from tests.conftest import DATA


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_every_line_has_one_role_and_spans_match(path):
    page = load(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(page.line_roles) == len(lines)
    claimed: dict[int, str] = {}

    def claim(span, owner):
        for number in range(span.first, span.last + 1):
            assert number not in claimed, f"line {number} claimed by {claimed[number]} and {owner}"
            claimed[number] = owner

    for paragraph in page.article.paragraphs:
        claim(paragraph.span, "body")
        assert all(page.line_roles[n - 1] is LineRole.BODY for n in range(paragraph.span.first, paragraph.span.last + 1))
    for heading in page.article.headings:
        claim(heading.span, "heading")
    for item in page.boilerplate:
        claim(item.span, "boilerplate")
        assert page.line_roles[item.span.first - 1] is LineRole.BOILERPLATE
    for number, (line, role) in enumerate(zip(lines, page.line_roles), start=1):
        assert (role is LineRole.BLANK) == (not line.strip()), f"line {number}: {role}"
        if role is LineRole.COMMENT:
            assert any(c.span.first <= number <= c.span.last for c in page.comments.items)


def test_comment_text_comes_from_its_lines():
    path = DATA / "004_4089cd0367db9c7b.txt"
    page = load(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    for comment in page.comments.items:
        source = " ".join(lines[comment.span.first - 1:comment.span.last])
        for paragraph in comment.paragraphs:
            for word in paragraph.split()[:5]:
                assert word in source
