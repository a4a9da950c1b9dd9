"""WordPress exports (WXR): posts and pages with their comments, exact parents, spam left out and counted."""

import pytest

from discourse.parse import InputError, load_all, read_pages
from tests.parse.exports.conftest import FIXTURES, tree

WXR = FIXTURES / "wordpress.xml"


@pytest.fixture(scope="module")
def pages():
    return load_all(WXR)


def test_published_posts_and_pages_become_pages_attachments_and_drafts_do_not(pages):
    assert [page.source.record for page in pages] == ["101", "102", "2"]
    assert {page.source.format for page in pages} == {"wxr"}
    assert {page.comments.source for page in pages} == {"wordpress"}


def test_article_fields_come_from_the_item_and_the_channel(pages):
    article = pages[0].article
    assert article.title == "The ferry timetable is changing again"
    assert article.author == "Maria Reyes"  # the login mreyes, shown by its display name
    assert article.outlet == "Harbour Notes"
    assert (article.date, article.section) == ("2023-03-14", "Transport")
    assert article.url == "https://harbour.example.org/2023/03/ferry-timetable/"
    assert [p.text for p in article.paragraphs] == [
        "The council announced a new ferry timetable on Monday. Morning crossings move earlier by twenty minutes.",
        "Commuters say the change & the fare rise came without consultation."]
    assert article.provenance["author"] == "wxr dc:creator"


def test_every_comment_has_its_exact_parent_author_and_iso_date(pages):
    assert tree(pages[0]) == [
        ("11", None, "Tom Baker"), ("12", "11", "Maria Reyes"), ("13", "12", "Ana Lind"),
        ("14", "13", "Tom Baker"), ("15", "14", "Ana Lind"),
        ("19", "11", "Lee Chan"),  # its parent (18) awaits moderation: attached to the nearest kept ancestor
        ("16", None, "Island Blog"), ("20", None, "Sam Ortiz"),
    ]
    first = pages[0].comments.items[0]
    assert (first.date, first.date_iso) == ("2023-03-14 10:00:00", "2023-03-14T09:00:00Z")
    assert first.paragraphs == ["I disagree with the council. Nobody asked us.", "The old times worked fine."]
    assert [c.depth for c in pages[0].comments.items] == [0, 1, 2, 3, 4, 1, 0, 0]


def test_pingbacks_are_kept_as_their_kind_and_not_counted(pages):
    comments = pages[0].comments
    assert [c.kind for c in comments.items if c.kind != "comment"] == ["pingback"]
    assert comments.found == 7


def test_spam_and_unapproved_comments_are_left_out_and_counted(pages):
    assert any("left out 2 comments (1 spam, 1 unapproved)" in warning for warning in pages[0].warnings)
    assert "cheap pills" not in {c.author for c in pages[0].comments.items}


def test_a_missing_or_left_out_parent_is_repaired_and_listed(pages):
    repairs = {(r.kind, r.comment) for r in pages[0].comments.repairs}
    assert repairs == {("parent_left_out", 6), ("orphan", 8)}
    assert not pages[0].comments.doubtful


def test_comment_status_says_open_or_closed(pages):
    assert [page.comments.closed for page in pages] == [False, True, False]
    assert [page.comments.status for page in pages] == ["present", "empty", "present"]


def test_a_wxr_without_comments_warns_instead_of_failing():
    raw = WXR.read_bytes()
    start, end = raw.index(b"<wp:comment>"), raw.rindex(b"</wp:comment>") + len(b"</wp:comment>")
    pages = read_pages(raw[:start] + raw[end:], "no-comments.xml")
    assert all(not page.comments.items for page in pages)
    assert any("holds no comments at all" in warning for warning in pages[0].warnings)


def test_a_wxr_without_posts_is_a_one_line_error():
    raw = (b'<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">'
           b"<channel><title>Empty</title></channel></rss>")
    with pytest.raises(InputError, match=r"^empty.xml: the WordPress export holds no posts or pages$"):
        read_pages(raw, "empty.xml")


def test_malformed_xml_is_a_one_line_error():
    raw = WXR.read_bytes().replace(b"</wp:comment_author>", b"", 1)
    with pytest.raises(InputError) as error:
        read_pages(raw, "broken.xml")
    assert str(error.value).startswith("broken.xml: malformed XML in the WordPress export (")
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("declaration", [
    b'<!DOCTYPE rss [<!ENTITY leak SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
])
def test_entity_declarations_are_refused_so_nothing_is_read_or_expanded(declaration):
    raw = WXR.read_bytes().replace(b"<rss", declaration + b"\n<rss", 1).replace(b"Tom Baker", b"&leak;&b;", 1)
    with pytest.raises(InputError, match="declares XML entities; refused"):
        read_pages(raw, "entities.xml")


def test_wxr_1_0_namespace_and_gzip_are_read_too():
    import gzip

    raw = WXR.read_bytes().replace(b"export/1.2/", b"export/1.0/")
    pages = read_pages(gzip.compress(raw), "old.xml.gz")
    assert tree(pages[0])[0] == ("11", None, "Tom Baker")


def test_other_xml_is_refused_in_words_and_xhtml_is_still_a_page():
    feed = b'<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>'
    with pytest.raises(InputError, match=r"neither a WordPress \(WXR\) nor a Disqus export \(root element <urlset>\)"):
        read_pages(feed, "sitemap.xml")
    xhtml = (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'
             b"<head><title>T</title></head><body><h1>Title</h1><p>Body text here.</p></body></html>")
    assert read_pages(xhtml, "page.xhtml")[0].source.format == "html"
