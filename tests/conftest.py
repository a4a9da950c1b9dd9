"""Shared test helpers: where the sample pages and the real-page material live."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test where it is absent (as on a user's machine)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present: real pages and labelled data live outside the repository")
    return path


# A page whose header declares nine comments where two are shown: its parse is doubtful.
DOUBTFUL_PAGE = (
    "Bridge closed for a year\n\nBy Ann Smith\n\n"
    + "The council voted to close the bridge to cars for a year of repairs, and the riders were not asked.\n\n" * 3
    + "9 Responses\n\n  1. Kim says:\n\n     No, you are wrong: the repairs could have waited.\n\n"
    "  2. Lee says:\n\n     About time the council acted on the bridge.\n"
)
