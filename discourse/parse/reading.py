"""Reading page files: bytes to text, with the encoding detected and reported.

Scraped pages arrive in every encoding a web server ever used; a parser that assumes
UTF-8 either crashes or silently garbles names. Bad input raises `InputError` with a
one-line message the CLI can print as it is.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

# Files a folder is searched for. Which reader a file gets is decided by its content, not by this list.
# Exports (.xml, .csv, .jsonl) are found too, so a ConvoKit corpus folder gives its utterances.jsonl.
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".warc",
                 ".warc.gz", ".xml", ".xml.gz", ".csv", ".csv.gz", ".jsonl", ".jsonl.gz")
# Encoding detection reads this much of a page.
DETECTION_SAMPLE = 200_000
# cp1252 is kept unless another code page's text is this much less garbled (charset-normalizer's mess
# ratio, 0 for clean text); French read as cp1252 scores 0.02, Polish read as cp1252 over 1.
WESTERN_MARGIN = 0.05
# A non-Western guess whose text is still this garbled is reported as doubtful.
WEAK_GUESS_CHAOS = 0.2
WINDOWS_CODE_PAGES = tuple(f"cp125{n}" for n in range(9))
CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
# cp1252 letters at byte values where cp1254 and cp1257 put common letters (ğ ı ş, ž ė ū ...).
CP1252_RARE_LETTERS = "ÐÝÞðýþ"
# Text in UTF-16 or UTF-32 without a BOM is recognised from this much of a page: at least this share
# of the bytes where a Latin character's high bytes sit is zero (random binary data: 1 in 256).
_WIDE_SAMPLE = 4096
_WIDE_ZERO_SHARE = 0.3
# A compressed page or archive that decompresses to more than this is refused, not truncated.
MAX_PAGE_BYTES = 512_000_000


class InputError(Exception):
    """A page that cannot be read; the message is one line, fit for the terminal."""


STDIN = "-"
# A URL given as a path: pathlib folds "https://x" into "https:/x", so both forms are recognised.
_URL = re.compile(r"^(?:https?|ftp):/+", re.IGNORECASE)


def read_page_bytes(path: Path) -> bytes:
    """The bytes of one input: a regular file, or standard input for `-`; a URL is refused in words.
    Anything else (a FIFO, a device, a symbolic-link loop, an unreadable file) raises InputError with
    a one-line message instead of blocking or crashing.

    The kind is checked before opening (opening a FIFO blocks until a writer comes, a device may
    act on open) and again on the open file, so a file swapped in between cannot slip through.
    """
    if str(path) == STDIN:
        return _read_stdin()
    if _URL.match(str(path)) and not path.exists():
        raise InputError(f"{_URL.sub(lambda m: m.group(0).rstrip('/') + '//', str(path))}: URLs are not fetched; "
                         "save the page first")
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


@dataclass(frozen=True)
class Decoded:
    """A page's text, the encoding it was read with, and why that choice may be wrong (or None)."""

    text: str
    encoding: str
    doubt: str | None = None


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
    decoded = decode_page(raw, name)
    return decoded.text, decoded.encoding


def decode_page(raw: bytes, name: str = "<input>") -> Decoded:
    """The text with its encoding and any doubt about it: BOMs win, then strict UTF-8, then detection."""
    if not raw:
        raise InputError(f"{name}: empty file")
    bom = bom_encoding(raw)
    if bom:
        return Decoded(*_decode_with_fallback(raw, bom))
    wide = wide_encoding(raw)
    if wide:
        text = raw.decode(wide, errors="replace")  # a page cut off mid-character still reads
        return Decoded(text, wide, "some bytes are not valid " + wide.upper() if "\ufffd" in text else None)
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text page")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(raw)


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte order mark names, or None. UTF-32's marks are tested first: the
    little-endian one begins with UTF-16's."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return encoding
    return None


def wide_encoding(raw: bytes) -> str | None:
    """"utf-32-le", "utf-32-be", "utf-16-le" or "utf-16-be" for text in those encodings written
    without a BOM, else None. Markup and Western text are mostly below U+0100, so the high bytes
    of their characters are zero, always at the same places in each 2- or 4-byte unit; random
    binary data has one zero byte in 256, spread evenly. UTF-32 is tested first, and only when the
    sample is valid UTF-32 (each unit a code point), since its zeros also fit UTF-16's pattern."""
    sample = raw[:_WIDE_SAMPLE - _WIDE_SAMPLE % 4]
    if len(sample) < 32 or bom_encoding(raw):
        return None
    shares = [sample[offset::4].count(0) / (len(sample[offset::4]) or 1) for offset in range(4)]
    for encoding, zero_at, letters_at in (("utf-32-le", (2, 3), (0,)), ("utf-32-be", (0, 1), (3,)),
                                          ("utf-16-le", (1, 3), (0, 2)), ("utf-16-be", (0, 2), (1, 3))):
        if all(shares[at] >= _WIDE_ZERO_SHARE for at in zero_at) and all(shares[at] < 0.01 for at in letters_at) \
                and _decodes(sample, encoding):
            return encoding
    return None


def _decodes(sample: bytes, encoding: str) -> bool:
    """Whether the sample is valid in the encoding; a UTF-16 sample may end inside a surrogate pair."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample)
    except UnicodeDecodeError:
        return False
    return True


def _decode_legacy(raw: bytes) -> Decoded:
    """Western pages that are not UTF-8 are nearly always cp1252, so cp1252 is taken unless another
    code page reads the bytes clearly better (fewer garbled sequences, as charset-normalizer measures
    them): the detector alone ranks rare code pages (cp775, cp1257) level with cp1252 on Western
    text, and drops cp1252 for one byte it leaves undefined. Bytes undefined in cp1252 are kept as
    the control characters browsers show; a guess that may be wrong says so."""
    from charset_normalizer import from_bytes

    sample = raw[:DETECTION_SAMPLE]
    best = from_bytes(sample).best()
    western = _windows_1252(raw)
    if best is None:
        return Decoded(western, "cp1252", "encoding not recognised; read as cp1252, so some letters may be wrong")
    if _western_mess(sample, best.encoding) <= best.chaos + WESTERN_MARGIN:
        return Decoded(western, "cp1252", _western_doubt(raw, western))
    text, encoding = _decode_with_fallback(raw, best.encoding.replace("_", "-"))
    doubt = f"encoding guessed as {encoding} from garbled-looking text; some letters may be wrong" \
        if best.chaos > WEAK_GUESS_CHAOS else None
    return Decoded(text, encoding, doubt)


def _western_mess(sample: bytes, rival: str) -> float:
    """How garbled the sample reads as cp1252, against a rival code page. Against another Windows
    code page, bytes cp1252 leaves undefined count against it (that page may define them as
    letters); against a rarer one they are left out, as a doubt of their own."""
    from charset_normalizer.md import mess_ratio

    text = _windows_1252(sample) if rival in WINDOWS_CODE_PAGES else sample.decode("cp1252", errors="ignore")
    return mess_ratio(text, 1.0)


def _windows_1252(raw: bytes) -> str:
    """cp1252 as browsers read it: its five undefined bytes become the C1 controls of latin-1."""
    return raw.decode("cp1252", errors=_KEEP_AS_CONTROL)


def _keep_as_control(error: UnicodeDecodeError) -> tuple[str, int]:
    return "".join(map(chr, error.object[error.start:error.end])), error.end


_KEEP_AS_CONTROL = "discourse-keep-as-control"
codecs.register_error(_KEEP_AS_CONTROL, _keep_as_control)


def _western_doubt(raw: bytes, text: str) -> str | None:
    """Why reading these bytes as cp1252 may be wrong: bytes it leaves undefined, or letters that
    are rare in Western text but sit where Turkish and Baltic code pages have common ones."""
    undefined = sorted({byte for byte in raw if byte in CP1252_UNDEFINED})
    if undefined:
        return (f"read as cp1252, but {', '.join(f'0x{byte:02X}' for byte in undefined)} "
                "is not a cp1252 character (kept as a control character); the page may be in another encoding")
    rare = sorted(set(text) & set(CP1252_RARE_LETTERS))
    if rare:
        return (f"read as cp1252, but the letters {' '.join(rare)} are rare in Western text; "
                "the page may be Turkish (cp1254) or Baltic (cp1257)")
    return None


def _decode_with_fallback(raw: bytes, encoding: str) -> tuple[str, str]:
    """latin-1 maps every byte, so a page always decodes; the reported name says what was used."""
    try:
        return raw.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return raw.decode("latin-1"), "latin-1"


def split_lines(text: str) -> list[str]:
    """Lines as a person counts them: CRLF and CR are line ends, tabs become spaces."""
    if "\r" in text:  # a search in C: most pages have no CR, and each replace copies the page
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return tidy_lines(text.split("\n"), "\t" in text)


def tidy_lines(lines: list[str], tabs: bool) -> list[str]:
    """A text's lines split at its line ends ("\n" only), as `split_lines` gives them: no line after
    a final line end, tabs expanded (`tabs`: whether any line may hold one), right-stripped."""
    if len(lines) > 1 and not lines[-1]:
        lines = lines[:-1]  # the text ended with a line end
    if not tabs:
        return list(map(str.rstrip, lines))  # no Python code per line
    return [line.expandtabs(8).rstrip() for line in lines]


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
        if str(item) == STDIN or _URL.match(str(item)):
            expanded.append(path)
        elif _is_glob(str(item)) and not _exists(path):
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
