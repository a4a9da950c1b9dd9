"""What kind of input a file holds, decided by its content, never by its name alone.

A `.txt` holding markup is HTML; an `.html` holding plain text is text. Containers (gzip,
WARC) are recognised by their magic bytes.
"""

from __future__ import annotations

import re
import zlib

GZIP_MAGIC = b"\x1f\x8b"
# Markup is recognised from the first few KB: a doctype, or an opening html/head/body tag, or
# several common block tags. Plain text that merely mentions "<b>" once stays text.
_SNIFF_BYTES = 8192
_DOCUMENT_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                             re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:html|head|body|div|p|a|span|meta|script|li|table|article|section)\b[^>]*>",
                        re.IGNORECASE)
_MIN_TAGS = 5
_MAX_GZIP_RATIO = 200  # a gzip member that expands more than this is refused as a bomb


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
    """"warc", "html" or "text" (gzip already removed)."""
    head = raw[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if head.startswith(b"WARC/"):
        return "warc"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    if _DOCUMENT_START.match(head) or len(_HTML_TAGS.findall(head)) >= _MIN_TAGS:
        return "html"
    return "text"


__all__ = ["DecompressionError", "TruncatedGzip", "gunzip", "is_gzip", "kind_of"]
