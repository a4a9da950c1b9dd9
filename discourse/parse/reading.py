"""Reading page files: bytes to text, with the encoding detected and reported.

Scraped pages arrive in every encoding a web server ever used; a parser that assumes
UTF-8 either crashes or silently garbles names. Bad input raises `InputError` with a
one-line message the CLI can print as it is.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

# Files a folder is searched for. Which reader a file gets is decided by its content, not by this list.
# Exports (.xml, .csv, .jsonl) are found too, so a ConvoKit corpus folder gives its utterances.jsonl.
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".warc",
                 ".warc.gz", ".xml", ".xml.gz", ".csv", ".csv.gz", ".jsonl", ".jsonl.gz")
# A compressed page or archive that decompresses to more than this is refused, not truncated.
MAX_PAGE_BYTES = 512_000_000


class InputError(Exception):
    """A page that cannot be read; the message is one line, fit for the terminal."""


STDIN = "-"
# A URL given as a path: pathlib folds "https://x" into "https:/x", so both forms are recognised.
_URL = re.compile(r"^(?:https?|ftp):/+", re.IGNORECASE)


def read_page_bytes(path: Path) -> bytes:
    """The bytes of one input: a file, or standard input for `-`. A URL is refused in words."""
    if str(path) == STDIN:
        return _read_stdin()
    if _URL.match(str(path)) and not path.exists():
        raise InputError(f"{_URL.sub(lambda m: m.group(0).rstrip('/') + '//', str(path))}: URLs are not fetched; "
                         "save the page first")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a page file")
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def _read_stdin() -> bytes:
    import sys

    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("-: standard input is a terminal; pipe a page in, e.g. discourse parse - < page.html")
    raw = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
    if len(raw) > MAX_PAGE_BYTES:
        raise InputError(f"-: standard input is larger than {MAX_PAGE_BYTES // 1_000_000} MB; refused")
    return raw


def decode(raw: bytes, name: str = "<input>") -> tuple[str, str]:
    """Return (text, encoding name). BOMs win, then strict UTF-8, then detection."""
    if not raw:
        raise InputError(f"{name}: empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _decode_with_fallback(raw, encoding)
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text page")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_with_fallback(raw, _detect_legacy_encoding(raw))


def _detect_legacy_encoding(raw: bytes) -> str:
    """Western pages that are not UTF-8 are nearly always cp1252 (a superset of latin-1 for text)."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        return "cp1252"
    encoding = best.encoding.replace("_", "-")
    return "cp1252" if encoding in ("latin-1", "iso8859-1", "iso-8859-1", "ascii") else encoding


def _decode_with_fallback(raw: bytes, encoding: str) -> tuple[str, str]:
    """latin-1 maps every byte, so a page always decodes; the reported name says what was used."""
    try:
        return raw.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return raw.decode("latin-1"), "latin-1"


def split_lines(text: str) -> list[str]:
    """Lines as a person counts them: CRLF and CR are line ends, tabs become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.expandtabs(8).rstrip() for line in text.split("\n")]


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given; folders become their page files, sorted, recursively; globs are expanded here.

    Globs are expanded here, not only by the shell, so a quoted `"corpus/**/*.txt"` works on
    every shell and platform. A glob that matches nothing stays as given, to be reported as missing.
    """
    expanded: list[Path] = []
    for item in paths:
        path = Path(item)
        if str(item) == STDIN or _URL.match(str(item)):
            expanded.append(path)
        elif _is_glob(str(item)) and not path.exists():
            expanded.extend(_glob_pages(str(item)) or [path])
        else:
            expanded.extend(_pages_in(path) if path.is_dir() else [path])
    return expanded


def _is_glob(text: str) -> bool:
    return any(character in text for character in "*?[")


def _pages_in(folder: Path) -> list[Path]:
    """A folder's page files, sorted; an empty folder stays as given, to be reported."""
    found = sorted(p for p in folder.rglob("*") if p.is_file() and _is_page(p))
    return found if found else [folder]


def _glob_pages(pattern: str) -> list[Path]:
    """Page files the pattern reaches, directly or inside matched folders, each once, in sorted order."""
    import glob

    found: dict[Path, None] = {}
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        pages = [p for p in _pages_in(path) if p.is_file()] if path.is_dir() else [path] if _is_page(path) else []
        found.update(dict.fromkeys(pages))
    return list(found)


def _is_page(path: Path) -> bool:
    return path.name.lower().endswith(PAGE_SUFFIXES)
