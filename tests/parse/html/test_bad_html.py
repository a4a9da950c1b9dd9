"""Bad HTML input: a graceful parse with a warning, or a one-line InputError; never a traceback."""

import codecs
import gzip

import pytest

from discourse.parse import InputError, read_pages
from discourse.parse.html import LARGE_PAGE_BYTES
from tests.parse.html import pages


def read(raw: bytes, name: str = "page.html"):
    return read_pages(raw, name)


def test_truncated_html_still_gives_the_article_and_the_comments_before_the_cut():
    raw = pages.WORDPRESS.encode()
    cut = raw[:raw.index(b'<li id="comment-14"') + 120]  # ends inside the last comment
    page = read(cut)[0]
    assert page.article.title == "Council approves the new river bridge"
    assert [c.author for c in page.comments.items][:2] == ["Bob Builder", "Carol Skeptic"]


def test_malformed_markup_unclosed_and_stray_tags():
    html = pages.WORDPRESS.replace("</p>", "").replace("</li>", "").replace("<ol", "<ol><div></span>", 1)
    page = read(html.encode())[0]
    assert page.comments.found == 3
    assert page.article.paragraphs[0].text.startswith("The city council voted on Tuesday")


def test_a_wrong_meta_charset_is_not_trusted():
    html = pages.page("").replace("ending a decade of argument", "die Brücke über den Fluß, à côté")
    assert '<meta charset="utf-8">' in html
    page = read(html.encode("cp1252"))[0]  # the bytes are not UTF-8, whatever the page declares
    assert "die Brücke über den Fluß, à côté" in page.article.paragraphs[0].text
    assert page.source.encoding != "utf-8"


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_byte_order_marks(bom, codec):
    page = read(bom + pages.WORDPRESS.encode(codec))[0]
    assert page.source.format == "html"
    assert page.article.title == "Council approves the new river bridge"
    assert page.comments.found == 3


def test_a_page_with_no_article_parses_with_a_warning():
    html = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/x'>About</a></nav></body></html>"
    page = read(html.encode())[0]
    assert page.article.paragraphs == []
    assert any("no article body" in warning for warning in page.warnings)


def test_iframes_are_not_page_text():
    html = pages.page('<iframe src="https://ads.example/frame"><p>Your browser does not support iframes.</p></iframe>')
    page = read(html.encode())[0]
    assert "iframes" not in page.article.text
    assert page.comments.items == []


@pytest.mark.parametrize("raw, message", [
    (b"", "empty file"),
    (b"<html><body><script>var x = 1;</script></body></html>", "no text"),
    (gzip.compress(pages.WORDPRESS.encode())[:200], "cut off"),
    (gzip.compress(pages.WORDPRESS.encode())[:12] + b"\x00garbage" * 20, "damaged gzip"),
])
def test_unreadable_input_is_a_one_line_input_error(raw, message):
    with pytest.raises(InputError) as error:
        read(raw, "bad.html.gz")
    assert message in str(error.value) and "\n" not in str(error.value)


def test_a_50_mb_page_is_read_from_its_markup_with_a_warning():
    paragraph = "<p>" + "The bridge debate went on and on, with every side repeating itself. " * 70 + "</p>\n"
    body = paragraph * (50_000_000 // len(paragraph))
    raw = f"<html><head><title>Long</title></head><body><h1>Long</h1><article>{body}</article></body></html>".encode()
    assert len(raw) > 49_000_000 > LARGE_PAGE_BYTES
    page = read(raw)[0]
    assert len(page.article.paragraphs) > 10_000
    assert any("50 MB page" in warning for warning in page.warnings)


def test_binary_bytes_behind_an_html_start_are_a_one_line_error_not_a_page():
    noise = bytes((i * 73 + 41) % 256 for i in range(6000)).replace(b"\x00", b"\x01")
    with pytest.raises(InputError) as error:
        read(b"<html><body><p>" + noise)
    assert "binary data" in str(error.value) and "\n" not in str(error.value)


def test_a_page_declaring_utf_16_in_ascii_bytes_is_read_as_its_bytes_say():
    html = pages.WORDPRESS.replace('<meta charset="utf-8">', '<meta charset="utf-16">')
    page = read(html.encode())[0]
    assert page.article.title == "Council approves the new river bridge"
    assert page.comments.found == 3


def test_zero_bytes_scattered_in_a_page_are_dropped_with_a_warning():
    raw = pages.WORDPRESS.encode().replace(b"</p>", b"\x00</p>", 2)
    page = read(raw)[0]
    assert page.comments.found == 3
    assert any("zero bytes dropped" in warning for warning in page.warnings)


def test_markup_nested_deeper_than_the_renderer_goes_is_a_parse_with_warnings():
    raw = ("<html><body>" + "<div>" * 20000 + "<p>Deep text for reading here.</p>" + "</div>" * 20000
           + "</body></html>").encode()
    page = read(raw)[0]
    assert page.source.format == "html" and page.warnings


@pytest.mark.parametrize("depth", [900, 5000])
def test_json_ld_nested_past_reason_is_no_traceback(depth):
    data = '{"@type": "Article", "comment": ' * depth + '{"text": "First!"}' + "}" * depth
    page = read(pages.page("", head=f'<script type="application/ld+json">{data}</script>').encode())[0]
    assert page.article.title == "Council approves the new river bridge"
    assert page.comments.found <= 1


@pytest.mark.parametrize("key", ["mainEntity", "@graph"])
def test_json_ld_entities_nested_hundreds_deep_lose_that_block_not_the_page(key):
    deep = '{"@type": "WebPage", "%s": [' % key * 400 + '{"@type": "Thing"}' + "]}" * 400
    sound = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Mira Holt"}}'
    head = "".join(f'<script type="application/ld+json">{data}</script>' for data in (deep, sound))
    page = read(pages.page("", head=head).encode())[0]
    assert page.article.title == "Council approves the new river bridge"
    assert page.article.author == "Mira Holt"


def test_empty_json_ld_comment_objects_are_no_comments():
    data = '{"@type": "Article", "comment": [{}, {"@type": "Comment"}, {"comment": {"text": "A real reply.", "author": "Ann"}}]}'
    page = read(pages.page("", head=f'<script type="application/ld+json">{data}</script>').encode())[0]
    assert [(c.author, c.parent) for c in page.comments.items] == [("Ann", None)]


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_a_utf_16_page_keeps_letters_beyond_latin_1(codec, bom):
    page = read(bom + pages.WORDPRESS.replace("Bob Builder", "Łukasz Żółć €").encode(codec))[0]
    assert page.comments.items[0].author == "Łukasz Żółć €"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32"])
def test_a_wide_unicode_page_with_or_without_a_bom_is_read_as_html(codec):
    page = read(pages.WORDPRESS.replace("Bob Builder", "Łukasz Żółć €").encode(codec))[0]
    assert page.source.format == "html"
    assert page.source.encoding == codec
    assert page.comments.items[0].author == "Łukasz Żółć €"
    assert page.comments.found == 3


@pytest.mark.parametrize("payload", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
                                     gzip.compress(bytes(range(256)) * 8)])
def test_binary_data_named_html_is_refused_in_one_line(payload):
    with pytest.raises(InputError) as raised:
        read(payload)
    assert "binary" in str(raised.value) and "\n" not in str(raised.value)


def test_addresses_that_cannot_be_split_are_no_links_and_no_traceback():
    broken = ('<html><head><link rel="canonical" href="http://[broken/page"><title>Council approves the bridge | Town News'
              '</title></head><body><h1><a href="http://[bad">Council approves the bridge</a></h1><div class="entry">'
              '<p>The town council on Tuesday approved the long disputed river bridge, ending a dispute that had run '
              'for decades.</p></div><div class="thread">'
              + "".join(f'<div class="cmt"><div class="who"><a href="http://[x{i}/">{name}</a></div><div class="when">'
                        f'May {i + 3}, 2021</div><div class="txt"><p>I drive over the old bridge every day, so this is '
                        f'good news for me.</p></div></div>' for i, name in enumerate(["Ann Smith", "Bob Jones"]))
              + '</div></body></html>')
    page = read_pages(broken.encode("utf-8"), "page.html")[0]
    assert page.article.title == "Council approves the bridge"
    assert [c.author for c in page.comments.items] == ["Ann Smith", "Bob Jones"]
