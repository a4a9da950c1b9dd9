"""An output folder's hidden work files, what a killed run left there, and where an interrupted
run puts what it finished.

Every temporary a run makes in its output folder is named `.<name>.<token>.tmp` (one token per
run), and the run holds an advisory lock on `.discourse-run.<token>.lock` while it runs. The
kernel drops the lock when the process ends, however it ends (kill -9 included), so at the next
start every temporary whose run holds no lock is known to be stale and is removed.

An interrupted run never writes over a complete earlier output: what it finished goes to the
folder `partial/` inside the output folder, marked as partial by a note there; the next complete
run removes it.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: runs are not locked, and nothing is taken for stale
    fcntl = None

PARTIAL = "partial"
PARTIAL_NOTE = "PARTIAL-RESULTS.txt"
_LOCK = re.compile(r"^\.discourse-run\.(?P<token>[0-9a-f]{16})\.lock$")
# Also the 8-digit names of earlier versions, which held no lock.
_TEMPORARY = re.compile(r"^\..+\.(?P<token>[0-9a-f]{16}|[0-9a-f]{8})\.tmp$")


class RunFiles:
    """One run's temporaries in an output folder; created after the stale ones are removed."""

    def __init__(self, out: Path):
        self.out = out
        if fcntl is not None:
            remove_stale(out)
        self.token = secrets.token_hex(8)
        self._lock_path = out / f".discourse-run.{self.token}.lock"
        self._lock = open(self._lock_path, "xb")
        if fcntl is not None:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def temporary(self, name: str) -> Path:
        """A hidden name beside the output (same file system, so a rename into place is atomic)."""
        return self.out / f".{name}.{self.token}.tmp"

    def close(self) -> None:
        """Release the lock; the caller has removed its temporaries."""
        self._lock.close()
        self._lock_path.unlink(missing_ok=True)


def remove_stale(out: Path) -> list[Path]:
    """Remove the temporaries and locks of runs that have ended; returns what was removed."""
    entries = list(out.iterdir())
    live = {match["token"] for entry in entries if (match := _LOCK.match(entry.name)) and _held(entry)}
    stale = [entry for entry in entries
             if (match := _LOCK.match(entry.name) or _TEMPORARY.match(entry.name)) and match["token"] not in live]
    for entry in stale:
        _remove(entry)
    return stale


def _held(lock: Path) -> bool:
    """Whether a live run holds this lock (taking it for a moment says no)."""
    try:
        with open(lock, "rb") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # gone meanwhile, or unreadable: leave it be
        return True
    return False


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        entry.unlink(missing_ok=True)


def partial_folder(out: Path, note: str) -> Path:
    """A fresh, marked `partial/` folder in out for an interrupted run's results."""
    folder = out / PARTIAL
    remove_partial(out)
    if folder.exists():  # not one of ours: keep it, and use another name
        folder = next(out / f"{PARTIAL}-{n}" for n in range(2, 10_000) if not (out / f"{PARTIAL}-{n}").exists())
    folder.mkdir()
    (folder / PARTIAL_NOTE).write_text(note + "\n", encoding="utf-8")
    return folder


def remove_partial(out: Path) -> None:
    """Remove an earlier run's partial results (only a folder that holds our note)."""
    folder = out / PARTIAL
    if (folder / PARTIAL_NOTE).is_file() and not folder.is_symlink():
        shutil.rmtree(folder)


def remove_if_empty(out: Path) -> None:
    """Remove a folder this run created and wrote nothing to (a failed or empty run leaves none)."""
    try:
        os.rmdir(out)
    except OSError:
        pass
