"""The terminal summary as an editor reads it: plain sentences first, figures second, statistics
only on request, every comment's first words kept when piped, parse doubts near the top."""

from __future__ import annotations

import io
import re
import subprocess
import sys

from rich.console import Console

from discourse.analysis.page import analyse_page
from discourse.analysis.summary import summarise
from discourse.parse import load, parse_text
from discourse.report.summary import print_summary
from tests.conftest import DATA, DOUBTFUL_PAGE, REPO

SEED = DATA / "004_4089cd0367db9c7b.txt"
RAW_STATISTIC = re.compile(r"\bU = \d|\bp = \d|\(z -?\d")
ARTICLE = "A Page\n\nBy Ann Writer\n\nThe council approved the new cycle lanes on Monday after a long debate.\n\n"


def render(page, details: bool = False, max_comments: int | None = None, width: int = 80) -> str:
    analysis = analyse_page(page)
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False)
    print_summary(console, analysis, summarise(analysis), details, max_comments)
    return buffer.getvalue()


def piped_summary(*args: str) -> str:
    """`discourse summary ARGS | cat`: a real pipe, so the width is rich's default for a non-terminal."""
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "discourse", "summary", *args],
                            capture_output=True, text=True, env=env, check=True)
    return result.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_seed_summary_opens_with_plain_sentences_and_no_raw_statistic():
    out = piped_summary(str(SEED))
    lines = [line for line in out.splitlines() if line.strip() and not set(line) <= {"─"}]
    opening = flat(" ".join(lines[2:7]))  # after the title and byline
    assert "took issue with the article" in opening
    assert re.search(r"[a-z]\.", opening) and "|" not in opening
    assert not RAW_STATISTIC.search(out)


def test_details_add_the_test_statistics_and_cues():
    out = flat(render(load(SEED), details=True))
    assert RAW_STATISTIC.search(out) and "Mann-Whitney" in out
    assert "Cues in disagreeing comments" in out and "(z " in out


def test_piped_output_wraps_and_keeps_every_comments_first_words():
    out = piped_summary(str(SEED))
    assert max(map(len, out.splitlines())) <= 80
    joined = flat(out)
    for comment in load(SEED).comments.items:
        assert " ".join(comment.text.split()[:8]) in joined, comment.index


def test_max_comments_limits_the_tree_and_says_how_many_are_left_out():
    page = load(SEED)
    out = flat(render(page, max_comments=3))
    assert " ".join(page.comments.items[2].text.split()[:6]) in out
    assert " ".join(page.comments.items[3].text.split()[:6]) not in out
    assert "7 more comments not shown" in out


def test_a_doubtful_parse_is_said_before_the_figures():
    out = render(parse_text(DOUBTFUL_PAGE))
    doubt = out.index("may be misread")
    assert doubt < out.index("Disagree with the author") and "declares 9 comments but 2 were found" in flat(out)
    assert "may be misread" not in render(load(SEED))


def test_counts_read_as_words_not_as_a_template():
    no_count = parse_text(ARTICLE + "Comments\n\n  1. No, you are wrong: the lanes are a waste of money.\n")
    out = flat(render(no_count))
    assert "not stated declared" not in out and "the page states no count" in out
    assert "1 comments" not in out and "Most heated thread" not in out  # one comment is no thread


def test_a_page_without_comments_omits_the_comment_figures():
    out = render(parse_text(ARTICLE))
    assert re.search(r"Sentiment +article [+-]\d\.\d\d\n", out)  # no dangling "comments"
    assert "Disagree with the author" not in out and "On topic" not in out and "Comments (" not in out


def test_comments_loaded_by_a_script_are_said_plainly_not_as_zero():
    page = parse_text(ARTICLE)
    page.comments.status = "script-only"
    out = flat(render(page))
    assert "Comments are loaded by a script and not in the saved page" in out
    assert "0 found" not in out and "0 comments" not in out


AUTHOR_THREAD = ARTICLE + "4 Comments\n\n" + "".join(
    f"  {n}. Reader{n} says:\n     March 3, 2020 at 10:0{n} am\n     I disagree, the lanes number {n} are a waste.\n\n"
    f"       \u2022 Ann Writer says:\n         March 3, 2020 at 11:0{n} am\n         The council studied lane {n}.\n\n"
    for n in range(1, 5))


def test_the_authors_replies_are_listed_once_with_one_reason():
    out = flat(render(parse_text(AUTHOR_THREAD), width=200))
    rows = [line for line in render(parse_text(AUTHOR_THREAD), width=200).splitlines()
            if line.startswith("Author's comments")]
    assert len(rows) == 1 and out.count("matches byline") == 1
    assert "#2, #4, #6 and #8" in rows[0]
    assert "The author wrote 4 comments" in out


def test_the_contested_passage_names_its_comments_unambiguously():
    out = flat(render(load(SEED)))
    assert "disputed by comment #2" in out
