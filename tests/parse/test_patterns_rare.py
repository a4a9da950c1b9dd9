"""The patterns most pages never match alone are compiled on their first use, not on the parser's import,
and are then the patterns their sources make."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from discourse.parse import patterns

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(patterns._RARE))
def test_a_rare_pattern_is_its_source_compiled(name):
    source = patterns.source(name)
    compiled = getattr(patterns, name)
    assert isinstance(compiled, re.Pattern)
    assert (compiled.pattern, compiled.flags) == (source.pattern, re.compile(*source).flags)
    assert getattr(patterns, name) is compiled  # compiled once


def test_a_name_the_module_lacks_is_an_attribute_error():
    with pytest.raises(AttributeError, match="NO_SUCH_PATTERN"):
        patterns.NO_SUCH_PATTERN  # noqa: B018


def test_importing_the_parser_compiles_no_rare_pattern():
    code = ("import discourse.parse; from discourse.parse import patterns; "
            "print(sorted(name for name in patterns._RARE if name in vars(patterns)))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert run.stdout.strip() == "[]"


def test_a_rare_pattern_matches_what_its_source_describes():
    assert patterns.FOOTER.match("Print this article")
    assert patterns.REPLY_LINK.match("Reply") and not patterns.REPLY_LINK.match("A reply to the article.")
