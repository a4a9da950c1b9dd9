"""Odd and hostile input files: a graceful parse or a clear one-line error, never a traceback."""

import os

import pytest

from discourse.parse import InputError, load
from tests.conftest import DATA

SEED = (DATA / "004_4089cd0367db9c7b.txt").read_text(encoding="utf-8")


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def error_of(path) -> str:
    with pytest.raises(InputError) as raised:
        load(path)
    message = str(raised.value)
    assert "\n" not in message and str(path) in message
    return message


def test_empty_file(tmp_path):
    assert "empty" in error_of(write(tmp_path, "empty.txt", b""))


def test_whitespace_only(tmp_path):
    assert "blank" in error_of(write(tmp_path, "blank.txt", b"  \n\t\n\r\n"))


def test_binary_file(tmp_path):
    assert "binary" in error_of(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


def test_missing_path(tmp_path):
    assert "no such file" in error_of(tmp_path / "missing.txt")


def test_directory(tmp_path):
    assert "directory" in error_of(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"Title\n\nBody.\n")
    path.chmod(0)
    assert "permission denied" in error_of(path)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_legacy_encodings_are_detected_and_reported(tmp_path, encoding):
    text = "Café Société Débat\n\nBy Zoë Müller\n\nLe café était très animé ce soir-là, dit-on.\n"
    page = load(write(tmp_path, f"{encoding}.txt", text.encode(encoding)))
    assert page.article.title == "Café Société Débat"
    assert page.article.author == "Zoë Müller"
    assert page.source.encoding in {"cp1252", "latin-1", "utf-16"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32"])
def test_wide_unicode_text_without_a_bom_is_decoded_not_refused(tmp_path, encoding):
    text = "Café Société Débat\n\nBy Zoë Müller\n\nLe café était très animé ce soir-là, dit-on.\n"
    page = load(write(tmp_path, "wide.txt", text.encode(encoding)))
    assert page.source.encoding == encoding
    assert page.article.author == "Zoë Müller"


def test_utf8_bom(tmp_path):
    page = load(write(tmp_path, "bom.txt", "\ufeff".encode() + SEED.encode()))
    assert page.article.title.startswith("The Regime Strikes Back")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings_parse_like_lf(tmp_path, newline):
    page = load(write(tmp_path, "page.txt", SEED.replace("\n", newline).encode()))
    reference = load(DATA / "004_4089cd0367db9c7b.txt")
    assert [(c.index, c.parent, c.text) for c in page.comments.items] == \
        [(c.index, c.parent, c.text) for c in reference.comments.items]
    assert len(page.line_roles) == len(reference.line_roles)


def test_tabs_count_as_indentation(tmp_path):
    text = "Tabbed\n\nBody text here.\n\n2 Comments\n\n\t1. Top.\n\n\t\t• Reply.\n"
    page = load(write(tmp_path, "tabs.txt", text.encode()))
    assert [c.parent for c in page.comments.items] == [None, 1]


def test_fifty_megabyte_file_parses(tmp_path):
    paragraphs = [p for p in SEED.split("11 Responses")[0].split("\n\n")[2:] if len(p) > 200]
    copies = 50_000_000 // sum(len(p) + 2 for p in paragraphs) + 1
    body = "\n\n".join(paragraphs * copies)
    path = write(tmp_path, "large.txt", ("A Long Page\n\n" + body + "\n").encode())
    assert path.stat().st_size > 50_000_000
    page = load(path)
    assert len(page.article.paragraphs) == len(paragraphs) * copies


def test_comments_but_no_body(tmp_path):
    page = load(write(tmp_path, "nobody.txt", b"Title Only\n\n2 Comments\n\n  1. First.\n\n  2. Second.\n"))
    assert page.article.paragraphs == [] and page.comments.found == 2
    assert any("no article body" in w for w in page.warnings)


def test_page_that_is_only_comments(tmp_path):
    page = load(write(tmp_path, "only.txt", "  1. First comment.\n\n    • A reply.\n\n  2. Second.\n".encode()))
    assert [(c.index, c.parent) for c in page.comments.items] == [(1, None), (2, 1), (3, None)]


def test_input_file_is_not_modified(tmp_path):
    path = write(tmp_path, "page.txt", SEED.encode())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
