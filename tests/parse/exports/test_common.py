"""The reply tree every export reader builds: whatever the ids say, a valid tree with every comment kept."""

from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.model import Span
from discourse.parse.exports.common import Entry, LeftOut, build_tree, html_paragraphs, iso_moment

ids = st.sampled_from([str(n) for n in range(12)])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(ids, st.one_of(st.none(), ids)), max_size=12),
       st.dictionaries(ids, st.one_of(st.none(), ids), max_size=4))
def test_any_parent_ids_give_a_valid_tree_that_keeps_every_comment(rows, left_out_parents):
    left_out = LeftOut()
    for record, parent in left_out_parents.items():
        left_out.add(record, parent, "spam")
    entries = [Entry(record, parent, [f"text {n}"], Span(n + 1, n + 1), n) for n, (record, parent) in enumerate(rows)]
    comments, repairs = build_tree(entries, left_out)
    assert sorted(c.paragraphs[0] for c in comments) == sorted(f"text {n}" for n in range(len(rows)))
    assert [c.index for c in comments] == list(range(1, len(rows) + 1))
    for comment in comments:
        if comment.parent is None:
            assert comment.depth == 0
        else:
            assert comment.parent < comment.index  # parents come first, so there is no cycle left
            assert comment.depth == comments[comment.parent - 1].depth + 1
    assert all(repair.comment in {c.index for c in comments} for repair in repairs)


def test_exact_parents_are_kept_and_siblings_ordered_by_time():
    entries = [Entry("b", "a", ["late reply"], Span(1, 1), 0, date_iso="2020-01-01T12:00:00Z"),
               Entry("a", None, ["root"], Span(2, 2), 1, date_iso="2020-01-01T10:00:00Z"),
               Entry("c", "a", ["early reply"], Span(3, 3), 2, date_iso="2020-01-01T11:00:00Z")]
    comments, repairs = build_tree(entries)
    assert [(c.record, c.parent) for c in comments] == [("a", None), ("c", 1), ("b", 1)]
    assert repairs == []


def test_html_and_plain_text_become_paragraphs():
    assert html_paragraphs("<p>One &amp; two</p><p>Three<br>four</p><script>x()</script>") == [
        "One & two", "Three four"]
    assert html_paragraphs("First line.\n\nSecond <em>para</em>.") == ["First line.", "Second para."]
    assert html_paragraphs("  ") == []


def test_timestamps():
    assert iso_moment("2020-01-06T11:00:00+02:00") == "2020-01-06T09:00:00Z"
    assert iso_moment(1_600_000_000_000) == iso_moment("1600000000") == "2020-09-13T12:26:40Z"
    assert iso_moment("Tue, 14 Mar 2023 08:00:00 +0000") == "2023-03-14T08:00:00Z"
    assert iso_moment("2021-06-01") == "2021-06-01"
    assert iso_moment("March 3, 2021") == "2021-03-03"
    assert iso_moment("0000-00-00 00:00:00") is None and iso_moment("soon") is None
