"""Headless Chromium for the browser tests and the screenshots, driven by Playwright.

Uses the system's Chromium (Debian's package), never a browser Playwright downloads. The
flags keep Chromium off the network entirely: on a closed machine its background
connections would otherwise be refused and clutter the console.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from typing import Iterator

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def find_chromium() -> str | None:
    """$CHROMIUM if set, else the first system Chromium found."""
    chosen = os.environ.get("CHROMIUM")
    candidates = (chosen,) if chosen else CHROMIUM_CANDIDATES
    return next((path for path in candidates if path and shutil.which(path)), None)


@contextmanager
def chromium_context(width: int = 1280, height: int = 900) -> Iterator:
    """A Playwright browser context on a fresh, throw-away profile."""
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        raise FileNotFoundError("no Chromium found (install Debian's chromium or set $CHROMIUM)")
    with tempfile.TemporaryDirectory(prefix="discourse-chromium-") as profile, sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=executable, args=list(CHROMIUM_FLAGS), headless=True,
            viewport={"width": width, "height": height},
        )
        try:
            yield context
        finally:
            context.close()
