"""WARC archives: each HTML response record is a page; other records are skipped."""

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from discourse.parse import InputError, read_pages
from tests.parse.html import pages


def warc(records, compress: bool = True) -> bytes:
    """A WARC archive of (uri, record type, HTTP status, content type, body) records."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, kind, status, content_type, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        if kind == "request":
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            continue
        writer.write_record(writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


MIXED = [
    ("http://news.example/bridge", "request", "", "", b""),
    ("http://news.example/bridge", "response", "200 OK", "text/html; charset=utf-8", pages.WORDPRESS.encode()),
    ("http://news.example/logo.png", "response", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
    ("http://news.example/app.js", "response", "200 OK", "application/javascript", b"var a = 1;"),
    ("http://news.example/gone", "response", "404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>"),
    ("http://news.example/drupal", "response", "200 OK", "text/html", pages.DRUPAL.encode()),
]


@pytest.mark.parametrize("compress", [True, False])
def test_each_html_response_is_a_page_named_by_file_and_record(compress):
    found = read_pages(warc(MIXED, compress), "crawl.warc.gz" if compress else "crawl.warc")
    assert [p.source.record for p in found] == ["http://news.example/bridge", "http://news.example/drupal"]
    assert {p.source.path for p in found} == {"crawl.warc.gz" if compress else "crawl.warc"}
    assert [p.comments.source for p in found] == ["wordpress", "drupal"]
    assert found[0].comments.found == 3


def test_a_warc_without_html_is_a_one_line_error():
    with pytest.raises(InputError, match="holds no HTML page"):
        read_pages(warc([MIXED[2], MIXED[3]]), "assets.warc.gz")


def test_a_cut_off_warc_keeps_its_whole_records_with_a_warning():
    raw = warc(MIXED)
    found = read_pages(raw[:len(raw) - 40], "cut.warc.gz")
    assert [p.source.record for p in found] == ["http://news.example/bridge"]
    assert any("cut off" in warning for warning in found[-1].warnings)


def test_damaged_warc_data_is_a_one_line_error():
    with pytest.raises(InputError) as error:
        read_pages(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\n<html>", "bad.warc")
    assert "\n" not in str(error.value)
