"""Reading page files: only regular files are opened; every other kind is a one-line InputError."""

import errno
import os
import threading

import pytest

from discourse.parse import InputError, expand_paths, read_pages
from discourse.parse.reading import Decoded, decode_page, read_page_bytes

PAGE = b"A title\n\nBody of the article.\n"


def error_of(path) -> str:
    """The message read_page_bytes gives, run in a thread so that a blocking open fails the test."""
    outcome: list = []

    def read() -> None:
        try:
            outcome.append(read_page_bytes(path))
        except InputError as error:
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # let the blocked open return
        pytest.fail(f"reading {path} blocked")
    assert outcome and isinstance(outcome[0], InputError), outcome
    message = str(outcome[0])
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "named pipe (FIFO), not a regular file" in error_of(fifo)


def test_a_device_is_refused():
    assert "character device, not a regular file" in error_of(os.devnull)


def test_a_symbolic_link_loop_is_named(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert "symbolic link loop" in error_of(tmp_path / "a.txt")


def test_a_broken_link_is_named(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert "broken symbolic link" in error_of(tmp_path / "gone.txt")


def test_a_link_to_a_page_is_read(tmp_path):
    (tmp_path / "page.txt").write_bytes(PAGE)
    (tmp_path / "link.txt").symlink_to(tmp_path / "page.txt")
    assert read_page_bytes(tmp_path / "link.txt") == PAGE


def test_a_file_this_user_may_not_open_is_permission_denied(tmp_path, monkeypatch):
    """Tests run as root, who opens anything: the refusal a normal user gets is simulated at os.open."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes(PAGE)
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if os.fspath(path) == os.fspath(secret):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert error_of(secret).endswith("permission denied")


def test_a_folder_without_pages_says_so(tmp_path):
    assert "a folder with no page files" in error_of(tmp_path)


def test_page_named_entries_that_are_not_files_are_kept_to_be_reported(tmp_path):
    (tmp_path / "page.txt").write_bytes(PAGE)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "notes.md").write_bytes(PAGE)
    assert [p.name for p in expand_paths([tmp_path])] == ["loop.txt", "page.txt", "pipe.txt"]
    assert [p.name for p in expand_paths([str(tmp_path / "*.txt")])] == ["loop.txt", "page.txt", "pipe.txt"]


FRENCH = ("Café Société Débat\n\nBy Zoë Müller\n\n"
          "Le café était très animé ce soir-là, dit-on. Les élèves ont répondu à la question du maître.\n")


def test_western_text_is_read_as_cp1252_and_reported_so():
    page = read_pages(FRENCH.encode("cp1252"), "fr.txt")[0]
    assert (page.source.encoding, page.article.title) == ("cp1252", "Café Société Débat")
    assert not [w for w in page.warnings if "cp1252" in w]


def test_one_byte_undefined_in_cp1252_keeps_the_page_cp1252_with_a_warning():
    raw = FRENCH.encode("cp1252").replace(b"dit-on.", b"dit-on\x81.")
    page = read_pages(raw, "fr.txt")[0]
    assert (page.source.encoding, page.article.title, page.article.author) == (
        "cp1252", "Café Société Débat", "Zoë Müller")
    assert any(w.startswith("fr.txt: read as cp1252, but 0x81 is not a cp1252 character") for w in page.warnings)


@pytest.mark.parametrize("text, encoding", [
    ("Příliš žluťoučký kůň úpěl ďábelské ódy. Všichni lidé rodí se svobodní a sobě rovní.", "cp1250"),
    ("Zażółć gęślą jaźń. Wszyscy ludzie rodzą się wolni i równi pod względem swej godności.", "cp1250"),
    ("Все люди рождаются свободными и равными в своем достоинстве и правах.", "cp1251"),
])
def test_other_code_pages_still_win_where_they_read_clearly_better(text, encoding):
    raw = ("Title\n\n" + (text + "\n\n") * 4).encode(encoding)
    assert decode_page(raw) == Decoded(raw.decode(encoding), encoding)


def test_a_weak_guess_is_a_warning_on_the_page():
    text = "Bütün insanlar hür, haysiyet ve haklar bakımından eşit doğarlar. Akıl ve vicdana sahiptirler."
    page = read_pages(("Başlık\n\n" + (text + "\n\n") * 4).encode("cp1254"), "tr.txt")[0]
    assert any(w.startswith("tr.txt: read as cp1252, but the letters") and "cp1254" in w for w in page.warnings)
