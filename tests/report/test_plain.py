"""The figures in plain words: the sentences an editor acts on, and the caveats the index marks."""

from __future__ import annotations

from dataclasses import replace

from discourse.analysis.page import analyse_page
from discourse.analysis.stance import Stance
from discourse.analysis.summary import summarise
from discourse.parse import load, parse_text
from discourse.report.html.article import article_page
from discourse.report.html.figures import ArticleReport, stance_counts
from discourse.report.frames import to_frames
from discourse.report.html.index import index_page, index_row
from discourse.report.plain import caveats, counted, in_short, refs, sides_lead
from discourse.report.summary import summary_to_dict
from tests.conftest import DATA, DOUBTFUL_PAGE, MIXED_LANGUAGE_PAGE

SEED = DATA / "004_4089cd0367db9c7b.txt"
ARTICLE = "A Page\n\nBy Ann Writer\n\nThe council approved the new cycle lanes on Monday after a long debate.\n\n"


def test_counts_and_references_read_as_english():
    assert (counted(1, "comment"), counted(2, "comment"), counted(0, "reply", "replies")) == \
        ("1 comment", "2 comments", "0 replies")
    assert (refs([4]), refs([1, 2]), refs([1, 2, 5]), refs([1, 2, 3, 4], 2)) == \
        ("#4", "#1 and #2", "#1, #2 and #5", "#1, #2 and 2 more")


def test_readers_are_called_split_only_when_the_smaller_side_is_more_than_a_quarter():
    assert sides_lead(against=2, favour=2, clear=5) == "Readers were split"
    assert sides_lead(against=2, favour=1, clear=6) == "Readers were split"
    assert sides_lead(against=3, favour=1, clear=5).startswith("Most readers who took a side pushed back")
    assert sides_lead(against=1, favour=3, clear=5).startswith("Most readers who took a side backed the author")
    assert sides_lead(against=3, favour=0, clear=4) == "Readers pushed back"
    assert sides_lead(against=1, favour=0, clear=4) == "Some readers pushed back"


def test_the_seed_in_short_names_who_took_issue_over_what_and_whether_the_author_answered():
    analysis = analyse_page(load(SEED))
    summary = summarise(analysis)
    sentences = in_short(analysis, summary)
    sides = next(s for s in sentences if "took issue" in s)
    # #1 and #2 took issue (the hand labels); the base is every reader whose stance is clear
    assert sides.startswith(f"Readers were split: 2 of {summary.disagreement.n} readers with a clear stance took issue")
    assert "#2 over the passage \u201cThe regime is already restoring security" in sides
    assert "\u201cI doubt\u201d" in sides  # #1's own words
    assert any(s.startswith("The author wrote 1 comment (#3), answering #2") for s in sentences)
    backers = next(s for s in sentences if "backed the author" in s)
    assert "#5" in backers  # "Well said, Mr. Cole"
    assert not any("#1" in s for s in sentences if "backed" in s)  # took issue: not also a backer


def test_caveats_name_a_doubtful_parse_few_comments_and_another_language():
    doubtful = analyse_page(parse_text(DOUBTFUL_PAGE))
    assert caveats(doubtful, summarise(doubtful)) == ["doubtful parse", "few comments"]
    seed = analyse_page(load(SEED))
    assert "doubtful parse" not in caveats(seed, summarise(seed))
    one = analyse_page(parse_text(ARTICLE + "1 Comment\n\n  1. No, you are wrong: the lanes are a waste.\n"))
    assert caveats(one, summarise(one)) == ["few comments"]
    german = analyse_page(parse_text(
        "Ein Titel\n\nDer Stadtrat hat am Montag die neuen Radwege beschlossen, nach einer langen Debatte "
        "über die Kosten.\n\n2 Kommentare\n\n  1. Das ist doch völliger Unsinn, die Radwege sind zu teuer.\n\n"
        "  2. Ich finde die Radwege gut und richtig, endlich tut die Stadt etwas.\n"))
    assert "not English" in caveats(german, summarise(german))
    assert any(s.startswith("The page is not in English") for s in in_short(german, summarise(german))[:2])
    empty = analyse_page(parse_text(ARTICLE))
    assert caveats(empty, summarise(empty)) == []


def test_caveats_name_replies_a_text_rendering_did_not_show():
    from tests.parse.test_nesting_hidden import thread

    flat = analyse_page(parse_text(thread()))
    assert caveats(flat, summarise(flat))[0] == "replies not shown"
    shown = analyse_page(parse_text(thread(link=None)))
    assert "replies not shown" not in caveats(shown, summarise(shown))


def test_an_unclear_stance_is_shown_as_unclear_and_counted_apart():
    analysis = analyse_page(load(SEED))
    before = summarise(analysis)
    first = analysis.comments[0]
    analysis.comments[0] = replace(first, stance_to_author=Stance("unclear", 0.0, ()))
    summary = summarise(analysis)
    unclear = before.stances.get("unclear", 0) + 1
    assert summary.stances["unclear"] == unclear and summary.disagreement.k == before.disagreement.k - 1
    assert any(s.startswith(f"For {unclear} comments (#1,") and "the stance toward the author is unclear" in s
               for s in in_short(analysis, summary))
    assert ("unclear", unclear) in stance_counts(analysis)
    html = article_page(ArticleReport("seed.html", analysis, summary))
    assert "stance toward the author unclear" in html and f"{unclear} unclear" in html and "fill-unclear" in html


def test_comments_not_in_english_are_unclear_alike_in_summary_report_and_export():
    analysis = analyse_page(parse_text(MIXED_LANGUAGE_PAGE, path="valley.txt"))
    summary = summarise(analysis)
    assert any(s.startswith("For 3 comments (#1, #2 and #4) the stance toward the author is unclear (3 not in English")
               for s in in_short(analysis, summary))
    record = summary_to_dict(analysis, summary)
    assert record["readers_by_stance"]["unclear"] == 3
    assert record["stance_to_author"]["1"]["label"] == "unclear" and record["stance_to_author"]["1"]["confidence"] is None
    assert record["stance_to_author"]["3"]["label"] == "disagree"
    html = article_page(ArticleReport("valley.html", analysis, summary))
    assert "3 unclear" in html and "written in French: the stance model reads English only" in html
    comments = to_frames([analysis]).comments.set_index("comment_index")
    assert comments["stance_to_author"].tolist() == ["unclear", "unclear", "disagree", "unclear"]
    assert comments["stance_to_parent"][2] == "unclear" and comments["stance_to_parent_confidence"].isna()[2]
    assert comments["stance_to_author_confidence"].isna().tolist() == [True, True, False, True]
    assert comments["stance_to_author_cues"][4].startswith("language: written in German")


def test_comments_only_a_script_loads_are_not_called_zero_comments():
    page = parse_text(ARTICLE)
    page.comments.status = "script-only"
    analysis = analyse_page(page)
    sentences = in_short(analysis, summarise(analysis))
    assert sentences == ["Comments are loaded by a script and not in the saved page, so none could be read."]
    html = article_page(ArticleReport("page.html", analysis, summarise(analysis)))
    assert "loaded by a script" in html and "0 found" not in html
    index = index_page([index_row("page.html", analysis, summarise(analysis))])
    assert "none: loaded by a script" in index and "0 / ?" not in index
