"""WARC archives (`.warc`, `.warc.gz`): every HTML response record is a page.

Crawlers keep pages this way (Heritrix, wget --warc-file, Browsertrix, Common Crawl). Each
`response` record whose HTTP Content-Type is HTML (or whose payload looks like HTML, when the
header is missing) is read with the HTML reader; `source.path` names the WARC file and
`source.record` the record's target URI. Other records (requests, metadata, images, scripts,
redirects, errors) are skipped; a record that cannot be read is skipped with a warning on the
next page, so one damaged record does not lose the archive.
"""

from __future__ import annotations

import io

from discourse.model import Page
from discourse.parse.detect import kind_of
from discourse.parse.reading import InputError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(raw: bytes, path: str) -> list[Page]:
    """The HTML pages in a WARC file's bytes (gzip already removed). Raises InputError (one line)
    for a file that is not a readable WARC or holds no HTML page."""
    from warcio.archiveiterator import ArchiveIterator

    from discourse.parse.html import read_html

    pages: list[Page] = []
    skipped: list[str] = []
    try:
        for record in ArchiveIterator(io.BytesIO(raw)):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {len(pages) + len(skipped) + 1}"
            try:
                payload = _html_payload(record)
            except Exception as error:  # noqa: BLE001 - a damaged record is skipped, the archive goes on
                skipped.append(f"{uri} ({type(error).__name__})")
                continue
            if payload is None:
                continue
            try:
                page = read_html(payload, path, record=uri)
            except InputError as error:
                skipped.append(f"{uri} ({str(error).split(': ', 1)[-1]})")
                continue
            page.warnings.extend(f"{path}: skipped record {name}" for name in skipped)
            skipped.clear()
            pages.append(page)
    except Exception as error:  # noqa: BLE001 - warcio raises many kinds on damaged archives
        if not pages:
            raise InputError(f"{path}: not a readable WARC archive ({_one_line(error)})") from None
        pages[-1].warnings.append(f"{path}: the archive ends in damaged data ({_one_line(error)})")
    if not pages:
        raise InputError(f"{path}: the WARC archive holds no HTML page")
    return pages


def _html_payload(record) -> bytes | None:
    """The record's decoded body when it is an HTML page with status 2xx, else None."""
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = (http.get_header("Content-Type") or "").lower()
        if content_type and not content_type.startswith(_HTML_TYPES):
            return None
    body = record.content_stream().read()
    if not body.strip():
        return None
    return body if kind_of(body) == "html" or http is not None else None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__
