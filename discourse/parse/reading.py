"""Reading page files: bytes to text, with the encoding detected and reported.

Scraped pages arrive in every encoding a web server ever used; a parser that assumes
UTF-8 either crashes or silently garbles names. Bad input raises `InputError` with a
one-line message the CLI can print as it is.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

# Files a folder is searched for. Which reader a file gets is decided by its content, not by this list.
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".warc",
                 ".warc.gz")
# A compressed page or archive that decompresses to more than this is refused, not truncated.
MAX_PAGE_BYTES = 512_000_000


class InputError(Exception):
    """A page that cannot be read; the message is one line, fit for the terminal."""


def read_page_bytes(path: Path) -> bytes:
    """The bytes of a regular file; anything else (a FIFO, a device, a symbolic-link loop, an
    unreadable file) raises InputError with a one-line message instead of blocking or crashing.

    The kind is checked before opening (opening a FIFO blocks until a writer comes, a device may
    act on open) and again on the open file, so a file swapped in between cannot slip through.
    """
    status = _status(path, os.stat)
    if stat.S_ISDIR(status.st_mode) and not _pages_in(path):
        raise InputError(f"{path}: a folder with no page files (searched for {', '.join('*' + suffix for suffix in PAGE_SUFFIXES)})")
    kind = _not_a_regular_file(status)
    if kind:
        raise InputError(f"{path}: {kind}")
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise InputError(f"{path}: {_reason(error)}") from None
    with open(handle, "rb") as file:
        kind = _not_a_regular_file(os.fstat(handle))
        if kind:
            raise InputError(f"{path}: {kind}")
        try:
            return file.read()
        except OSError as error:
            raise InputError(f"{path}: {_reason(error)}") from None


def _status(path: Path, stat) -> os.stat_result:
    try:
        return stat(path)
    except OSError as error:
        if error.errno == errno.ENOENT and _is_symlink(path):
            raise InputError(f"{path}: broken symbolic link (its target does not exist)") from None
        raise InputError(f"{path}: {_reason(error)}") from None
    except ValueError as error:  # an embedded NUL in the name
        raise InputError(f"{path}: not a usable file name ({error})") from None


def _is_symlink(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def _not_a_regular_file(status: os.stat_result) -> str | None:
    """Why a file of this kind is not read as a page, or None for a regular file."""
    mode = status.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a page file"
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"is {kind}, not a regular file"


def _reason(error: OSError) -> str:
    """One line for a failed stat, open or read, in the user's terms."""
    reasons = {errno.ENOENT: "no such file", errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.ELOOP: "symbolic link loop (the link points back to itself)",
               errno.ENAMETOOLONG: "file name too long", errno.ENOTDIR: "no such file (a part of the path is "
                                                                        "not a folder)"}
    return reasons.get(error.errno) or f"cannot read ({error.strerror or error})"


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
    every shell and platform. A glob that matches nothing, and a folder without page files, stay as
    given, to be reported. Nothing here opens a file or follows a link loop: what each path is gets
    checked when it is read (`read_page_bytes`), one path at a time.
    """
    expanded: list[Path] = []
    for item in paths:
        path = Path(item)
        if _is_glob(str(item)) and not _exists(path):
            expanded.extend(_glob_pages(str(item)) or [path])
        else:
            expanded.extend((_pages_in(path) or [path]) if _is_dir(path) else [path])
    return expanded


def _exists(path: Path) -> bool:
    """Whether anything is there, a dangling or looping link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _is_glob(text: str) -> bool:
    return any(character in text for character in "*?[")


def _pages_in(folder: Path) -> list[Path]:
    """A folder's page files, sorted. Anything page-named but a folder is kept (a FIFO, a link loop),
    so that it is reported when read rather than skipped in silence."""
    return sorted(p for p in folder.rglob("*") if _is_page(p) and not _is_dir(p))


def _glob_pages(pattern: str) -> list[Path]:
    """Page files the pattern reaches, directly or inside matched folders, each once, in sorted order."""
    import glob

    found: dict[Path, None] = {}
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        pages = _pages_in(path) if _is_dir(path) else [path] if _is_page(path) else []
        found.update(dict.fromkeys(pages))
    return list(found)


def _is_page(path: Path) -> bool:
    return path.name.lower().endswith(PAGE_SUFFIXES)
