"""HTML bytes to text: a BOM, then the page's own declaration (<meta charset>, http-equiv), checked
against the bytes; then detection. A declaration the bytes contradict is not trusted."""

from __future__ import annotations

import codecs
import re

from discourse.parse.reading import InputError, decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEAD_BYTES = 4096


def decode_html(raw: bytes, path: str) -> tuple[str, str]:
    """(text, encoding used). Raises InputError for an empty file."""
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    declared = _declared_charset(raw)
    if declared and not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: fall through to detection
    return decode(raw.replace(b"\x00", b""), path)


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:_HEAD_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages that declare latin-1 are nearly always cp1252 (browsers treat them so).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
