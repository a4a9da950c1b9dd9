"""Temporaries in an output folder: a live run's are kept, a dead run's removed; partial folders."""

import pytest

from discourse.report.staging import PARTIAL_NOTE, RunFiles, partial_folder, remove_partial, remove_stale

pytest.importorskip("fcntl")


def test_a_live_run_keeps_its_temporaries_and_a_dead_one_loses_them(tmp_path):
    live = RunFiles(tmp_path)
    live.temporary("export-spool").write_bytes(b"live")
    dead = RunFiles(tmp_path)
    dead.temporary("export-spool").write_bytes(b"dead")
    dead.temporary("report-pages").mkdir()
    dead._lock.close()  # what the kernel does when a process is killed: the lock goes, the file stays
    legacy = tmp_path / ".export-spool.0123abcd.tmp"  # an earlier version's spool, which had no lock
    legacy.write_bytes(b"old")
    (tmp_path / "articles.csv").write_bytes(b"kept")
    removed = remove_stale(tmp_path)
    assert {p.name for p in removed} == {f".export-spool.{dead.token}.tmp", f".report-pages.{dead.token}.tmp",
                                        f".discourse-run.{dead.token}.lock", legacy.name}
    assert live.temporary("export-spool").read_bytes() == b"live"
    assert (tmp_path / "articles.csv").read_bytes() == b"kept"
    live.close()


def test_a_partial_folder_replaces_an_earlier_partial_one_but_never_a_folder_of_the_users(tmp_path):
    first = partial_folder(tmp_path, "first")
    (first / "articles.csv").write_text("old partial")
    second = partial_folder(tmp_path, "second")
    assert second == first and not (second / "articles.csv").exists()
    assert (second / PARTIAL_NOTE).read_text() == "second\n"
    remove_partial(tmp_path)
    assert not second.exists()
    (tmp_path / "partial").mkdir()
    (tmp_path / "partial" / "mine.txt").write_text("the user's")
    assert partial_folder(tmp_path, "third").name == "partial-2"
    remove_partial(tmp_path)
    assert (tmp_path / "partial" / "mine.txt").exists()
