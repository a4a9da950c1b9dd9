"""Helper processes that end with the run, however the run ends (kill -9 included).

A local run's workers are forked by a fork server and report to a resource tracker. When the
run is killed outright, nothing tells them: the workers wait for work for ever, and they keep
the fork server and the tracker alive. So each worker watches the run's process and exits when
it is gone, and on Linux the fork server (and each worker, from its own parent) asks the kernel
for SIGKILL when its parent dies. The resource tracker ends by itself once every process holding
its pipe has gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL_SECONDS = 1.0


def end_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere a no-op)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def exit_when_gone(pid: int) -> None:
    """Exit this process as soon as process `pid` ends: a daemon thread waits for it."""
    threading.Thread(target=_wait_then_exit, args=(pid,), name="discourse-lifeline", daemon=True).start()


def _wait_then_exit(pid: int) -> None:
    _wait_for_exit(pid)
    os._exit(1)


def _wait_for_exit(pid: int) -> None:
    """Block until `pid` has ended: on a process file descriptor where there is one (no pid reuse
    race, no polling), else by asking every second."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        select.select([handle], [], [])
        return
    while _alive(pid):
        time.sleep(POLL_SECONDS)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
