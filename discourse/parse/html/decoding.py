"""HTML bytes to text: a BOM, then the page's own declaration (<meta charset>, http-equiv), checked
against the bytes; then detection. A declaration the bytes contradict is not trusted. UTF-16 and
UTF-32 without a BOM are recognised by their zero bytes (`reading.wide_encoding`); other bytes
that read as control characters more than text are not a page."""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

from discourse.parse.reading import Decoded, InputError, bom_encoding, decode_page, wide_encoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEAD_BYTES = 4096
# Characters that no page shows (C0 controls other than tab and line breaks, U+FFFD): past this
# share of the text, the bytes are binary data (an image, an archive) named .html, not a page.
_MAX_CONTROL_SHARE = 0.05
_NOT_CONTROL_BYTES = bytes(code for code in range(256) if not (code < 0x09 or code in (0x0B, 0x0C) or 0x0E <= code < 0x20))
_CONTROL_SAMPLE = 20_000


def decode_html(raw: bytes, path: str) -> Decoded:
    """The text, the encoding used and any doubt about it. Raises InputError (one line) for an
    empty file or bytes that are not text."""
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    if bom_encoding(raw) in ("utf-16", "utf-32") or wide_encoding(raw):
        return _checked(decode_page(raw, path), path)  # its zero bytes are part of its characters
    kept = raw.replace(b"\x00", b"")
    zeros, raw = len(raw) - len(kept), kept
    return _checked(_with_doubt(_decoded(raw, path), f"{zeros} zero bytes dropped" if zeros else None), path, raw)


def _decoded(raw: bytes, path: str) -> Decoded:
    declared = _declared_charset(raw)
    if declared and not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(raw.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: fall through to detection
    return decode_page(raw, path)


def _with_doubt(decoded: Decoded, doubt: str | None) -> Decoded:
    if not doubt:
        return decoded
    return replace(decoded, doubt="; ".join(filter(None, [decoded.doubt, doubt])))


def _checked(decoded: Decoded, path: str, raw: bytes | None = None) -> Decoded:
    """The decoded page, unless it is mostly characters no page shows. `raw`: the bytes it was
    decoded from in an ASCII-compatible encoding, where a control character is a control byte
    (counted at C speed, without encoding the text again)."""
    sample = raw[:_CONTROL_SAMPLE] if raw is not None else decoded.text[:_CONTROL_SAMPLE].encode("utf-8", "surrogatepass")
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES)) + decoded.text.count("\ufffd", 0, _CONTROL_SAMPLE)
    if sample and controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{path}: binary data (control characters, not text), not an HTML page")
    return decoded


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:_HEAD_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a declaration read as ASCII is in an ASCII-compatible encoding (browsers read it as UTF-8)
    # Pages that declare latin-1 are nearly always cp1252 (browsers treat them so).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
