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

# An English article with German and French reader comments and one English comment among them.
MIXED_LANGUAGE_PAGE = (
    "Water prices rise\n\nBy Ann Lee | (Valley News)\n\nThe water board raised prices again. "
    "Farmers say the increase will hurt them.\n\n4 Responses\n\n"
    "  1. Reader1 says:\n     March 3, 2020 at 10:01 am\n"
    "     Das ist wirklich eine schlechte Idee, die Preise sind viel zu hoch für uns alle.\n\n"
    "       \u2022 Reader2 says:\n         March 3, 2020 at 10:05 am\n"
    "         Je ne suis pas d'accord avec vous, le conseil n'avait pas le choix.\n\n"
    "  2. Reader3 says:\n     March 3, 2020 at 10:11 am\n"
    "     I disagree with this article, the farmers are not hurt at all by the increase.\n\n"
    "       \u2022 Reader4 says:\n         March 3, 2020 at 10:15 am\n"
    "         Ich stimme Ihnen überhaupt nicht zu, die Bauern leiden sehr.\n\n"
)
