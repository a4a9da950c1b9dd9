"""What kind of input a file holds, decided by its content, never by its name alone.

A `.txt` holding markup is HTML; an `.html` holding plain text is text. Containers (gzip,
WARC) are recognised by their magic bytes. Exports are recognised before markup is sniffed: XML
by its root element (WordPress's `<rss>` with the `wordpress.org/export/` namespace, `<disqus>`),
tables by their first line (a CSV header or a JSON object naming `article_id`; a JSON object with
ConvoKit's utterance fields).
"""

from __future__ import annotations

import re
import zlib

from discourse.parse.reading import bom_encoding, wide_encoding

GZIP_MAGIC = b"\x1f\x8b"
# Markup is recognised from the first few KB: a doctype, or an opening html/head/body tag, or
# several common block tags. Plain text that merely mentions "<b>" once stays text.
_SNIFF_BYTES = 8192
_DOCUMENT_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                             re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:html|head|body|div|p|a|span|meta|script|li|table|article|section)\b[^>]*>",
                        re.IGNORECASE)
_MIN_TAGS = 5
_XML_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
                       rb"<(?P<root>[A-Za-z_][\w:.-]*)(?P<attributes>[^>]*)>", re.DOTALL)
_WXR_NAMESPACE = b"wordpress.org/export/"
_TABLE_HEADER_SPLIT = re.compile(rb"[,\t;|]")
_JSON_KEY = r'"{}"\s*:'


class DecompressionError(ValueError):
    """A compressed file that cannot be read; the message is one line."""


def is_gzip(raw: bytes) -> bool:
    return raw[:2] == GZIP_MAGIC


def gunzip(raw: bytes, name: str, limit: int) -> bytes:
    """The decompressed bytes of every gzip member (a `.warc.gz` holds one member per record), at
    most `limit` bytes (a larger file is refused, not truncated). A stream cut off mid-member is
    refused unless earlier members were whole, in which case those are kept (`TruncatedGzip`)."""
    out: list[bytes] = []
    size = 0
    rest = raw
    while rest:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = decompressor.decompress(rest, limit + 1 - size)
        except zlib.error as error:
            if out:
                raise TruncatedGzip(b"".join(out), f"{name}: damaged gzip data after {len(out)} members") from None
            raise DecompressionError(f"{name}: damaged gzip data ({error})") from None
        size += len(data)
        if size > limit or decompressor.unconsumed_tail:
            raise DecompressionError(f"{name}: decompresses to more than {limit // 1_000_000} MB; refused")
        if not decompressor.eof:
            if out:
                raise TruncatedGzip(b"".join(out), f"{name}: the gzip data is cut off after {len(out)} members")
            raise DecompressionError(f"{name}: the gzip data is cut off (truncated file)")
        out.append(data)
        rest = decompressor.unused_data
        if rest and not is_gzip(rest):
            break  # trailing bytes after the last member, as some writers leave
    return b"".join(out)


class TruncatedGzip(DecompressionError):
    """Whole members followed by damaged or cut-off data: `data` holds the whole members."""

    def __init__(self, data: bytes, message: str):
        super().__init__(message)
        self.data = data


def kind_of(raw: bytes) -> str:
    """"warc", "wxr", "disqus", "xml" (other XML), "table", "convokit", "html" or "text" (gzip removed)."""
    head = raw[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if head.startswith(b"WARC/"):
        return "warc"
    wide = bom_encoding(head) or wide_encoding(head)  # UTF-16 or UTF-32: the UTF-8 BOM is gone
    if wide:
        head = head.decode(wide, errors="ignore").encode("utf-8", errors="ignore")
    export = _export_kind(head)
    if export:
        return export
    if _DOCUMENT_START.match(head) or len(_HTML_TAGS.findall(head)) >= _MIN_TAGS:
        return "html"
    return "text"


def _export_kind(head: bytes) -> str | None:
    """"wxr", "disqus" or "xml" by the XML root; "convokit" or "table" by the first line; else None."""
    root = _XML_ROOT.match(head)
    if root:
        name = root.group("root").rsplit(b":", 1)[-1].lower()
        if name == b"rss" and _WXR_NAMESPACE in root.group("attributes"):
            return "wxr"
        if name == b"disqus":
            return "disqus"
        # An XML document (declared as such) that is not a page: a feed, a sitemap; refused in words.
        return "xml" if head.lstrip().startswith(b"<?xml") and name != b"html" else None
    first = head.lstrip().split(b"\n", 1)[0]
    if first.startswith(b"{"):
        if _has_keys(first, "id") and (_has_keys(first, "conversation_id") or _has_keys(first, "root")):
            return "convokit"  # reply_to may come after a long text, beyond the sniffed bytes
        return "table" if _has_keys(first, "article_id") else None
    names = {name.strip(b" \"'\r").lower() for name in _TABLE_HEADER_SPLIT.split(first)}
    return "table" if b"article_id" in names else None


def _has_keys(line: bytes, *keys: str) -> bool:
    text = line.decode("utf-8", errors="ignore")
    return all(re.search(_JSON_KEY.format(re.escape(key)), text) for key in keys)


__all__ = ["DecompressionError", "TruncatedGzip", "gunzip", "is_gzip", "kind_of"]
