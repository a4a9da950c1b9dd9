"""to_frames: one documented row per page, comment and sentence, with nullable dtypes."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import discourse
from discourse.analysis.page import analyse_page
from discourse.analysis.summary import ON_TOPIC_THRESHOLD
from discourse.analysis.topic_model import MIN_DOCUMENTS, TOPIC_SAMPLE
from discourse.parse import expand_paths, load, parse_text
from discourse.report.columns import TABLES, TableFormat, data_dictionary_markdown, dtypes
from discourse.report.export import ExportWriter, read_tables
from discourse.report.frames import article_ids, page_rows, to_frames
from tests.conftest import DATA

DOCUMENTED_DTYPES = {"string", "Int64", "boolean", "float64"}
THEMES = {
    "water": "The water board raised water prices for valley farms. Farmers blame the drought, the dry "
             "reservoir and the new irrigation pumps. The valley water board meets farmers about irrigation.",
    "league": "The football league fined the club after the match. Fans of the club protested the league "
              "fine at the stadium. The league says the club broke stadium rules during the match.",
}


@pytest.fixture(scope="module")
def data_frames():
    return to_frames(analyse_page(load(path)) for path in expand_paths([DATA]))


def themed_page(theme: str, number: int) -> str:
    return (f"{theme.title()} story {number}\n\nBy Ann Lee | (Valley News)\n\n{THEMES[theme]}\n\n"
            f"Paragraph {number} repeats: {THEMES[theme]}\n\n2 Responses\n\n"
            f"  1. The {'water board' if theme == 'water' else 'league'} is wrong here.\n\n"
            "  2. Nice weather today.\n")


def test_columns_and_dtypes_are_exactly_the_documented_ones(data_frames):
    for name, frame in data_frames.items():
        assert list(frame.columns) == [column.name for column in TABLES[name]]
        assert {column: str(dtype) for column, dtype in frame.dtypes.items()} == dtypes(name)


def test_every_documented_column_says_its_dtype_unit_range_and_meaning():
    for columns in TABLES.values():
        assert len({c.name for c in columns}) == len(columns)
        for column in columns:
            assert column.dtype in DOCUMENTED_DTYPES
            assert column.unit and column.range and column.meaning, column.name


def test_committed_data_dictionary_is_generated_from_the_specs():
    committed = (DATA.parent / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary_markdown(), "run: python3 -m discourse.report.columns > docs/data-dictionary.md"


def test_documented_thresholds_are_the_ones_used():
    articles = {column.name: column for column in TABLES["articles"]}
    assert f">= {ON_TOPIC_THRESHOLD}" in articles["on_topic_share"].meaning
    assert f"fewer than {MIN_DOCUMENTS}" in articles["topic"].range
    assert f"sample of {TOPIC_SAMPLE:,} " in articles["topic"].meaning


def test_one_row_per_page_comment_and_sentence(data_frames):
    articles, comments, sentences = data_frames.articles, data_frames.comments, data_frames.sentences
    assert len(articles) == 5 and articles["article_id"].is_unique
    assert articles["comments_found"].sum() == len(comments) == 10
    assert articles["sentences"].sum() == len(sentences)
    seed = articles.set_index("article_id").loc["004_4089cd0367db9c7b"]
    assert (seed["comments_declared"], seed["comments_closed"], seed["author"]) == (11, True, "Juan Cole")
    assert seed["disagree_low"] <= seed["disagree_share"] <= seed["disagree_high"]
    assert pd.isna(articles.set_index("article_id").loc["000_8f388c47a789cc6a", "comments_declared"])


def test_a_doubtful_parse_is_flagged_with_its_reasons(data_frames):
    body = "The council voted to close the bridge to cars for a year of repairs.\n\n" * 3
    short = parse_text("Bridge closed\n\n" + body + "9 Responses\n\n  1. Kim says:\n\n     Good news at last.\n\n"
                       "  2. Lee says:\n\n     About time the council acted.\n", path="short.txt")
    articles = to_frames([analyse_page(short)]).articles.set_index("article_id")
    flagged = articles.loc["short"]
    assert flagged["comments_doubtful"] and flagged["comments_status"] == "present"
    assert "declares 9 comments but 2 were found" in flagged["comment_doubts"]
    sure = data_frames.articles[~data_frames.articles["comments_doubtful"]]
    assert len(sure) and sure["comment_doubts"].isna().all()


def test_a_thread_whose_rendering_hid_its_nesting_is_flagged_in_the_articles_table(data_frames):
    from tests.parse.test_nesting_hidden import thread

    pages = [parse_text(thread(), path="flat.txt"), parse_text(thread(indents=("", "    ", "")), path="shown.txt")]
    articles = to_frames([analyse_page(page) for page in pages]).articles.set_index("article_id")
    assert articles["comments_nesting_hidden"].to_dict() == {"flat": True, "shown": False}
    assert articles.loc["flat", "max_depth"] == 0 and not articles.loc["flat", "comments_doubtful"]
    assert not data_frames.articles["comments_nesting_hidden"].any()


def test_reply_tree_columns_and_position_within_thread(data_frames):
    comments = data_frames.comments.set_index("comment_index")
    assert comments["parent_index"].isna().tolist() == [c in (1, 2, 7, 8) for c in comments.index]
    thread = comments[comments["thread_root"] == 2]
    assert thread["position"].tolist() == [1, 2, 3, 4, 5]
    assert thread["depth"].tolist() == [0, 1, 2, 2, 2]
    assert pd.isna(comments.loc[2, "drift_from_parent"]) and pd.notna(comments.loc[3, "drift_from_parent"])
    assert pd.isna(comments.loc[1, "stance_to_parent"]) and pd.notna(comments.loc[3, "stance_to_parent"])


def test_quotes_link_comments_and_sentences(data_frames):
    comments = data_frames.comments.set_index("comment_index")
    assert comments.loc[2, "quoted_sentence"] == 19
    assert comments.loc[2, "quoted_text"].startswith("The regime is already restoring security")
    assert pd.isna(comments.loc[1, "quoted_sentence"])
    seed = data_frames.sentences[data_frames.sentences["article_id"] == "004_4089cd0367db9c7b"]
    assert seed.set_index("sentence_index").loc[19, "quoted_by"] >= 1
    assert seed["quoted_by"].sum() == comments["quotes"].sum()


def test_cues_and_evidence_are_the_deciding_words(data_frames):
    comment = data_frames.comments.set_index("comment_index").loc[5]
    assert "endorsing_opener: Well said" in comment["stance_to_author_cues"]  # via its stance to his comment
    assert "never satisfy" in comment["sentiment_evidence"].split("; ")


def test_topics_are_null_when_the_corpus_is_too_small(data_frames):
    assert data_frames.articles["topic"].isna().all() and data_frames.articles["topic_terms"].isna().all()
    assert data_frames.comments["topic"].isna().all()


def test_topics_over_a_big_enough_corpus():
    pages = [parse_text(themed_page(theme, n), path=f"{theme}{n}.txt") for theme in THEMES for n in range(6)]
    frames = to_frames(analyse_page(page) for page in pages)
    articles = frames.articles.set_index("article_id")
    water, league = articles.loc["water0", "topic"], articles.loc["league0", "topic"]
    assert water != league and pd.notna(water) and pd.notna(league)
    assert "water" in articles.loc["water0", "topic_terms"].split("; ")
    comments = frames.comments.set_index(["article_id", "comment_index"])
    assert comments.loc[("water0", 1), "topic"] == water
    assert pd.isna(comments.loc[("water0", 2), "topic"])


def test_export_fits_topics_on_a_sample_and_places_every_article(tmp_path):
    pages = [parse_text(themed_page(theme, n), path=f"{theme}{n}.txt") for n in range(6) for theme in THEMES]
    with ExportWriter(tmp_path, TableFormat.csv, topic_sample=MIN_DOCUMENTS) as writer:
        for page in pages:
            writer.add(page_rows(analyse_page(page)))
        writer.finish()
    articles = read_tables(tmp_path).articles.set_index("article_id")
    assert len(articles) == len(pages) > MIN_DOCUMENTS and articles["topic"].notna().all()
    for theme in THEMES:
        assert articles.loc[[f"{theme}{n}" for n in range(6)], "topic"].nunique() == 1
    assert articles.loc["water5", "topic"] != articles.loc["league5", "topic"]


def test_article_ids_are_file_stems_made_unique_in_input_order():
    assert article_ids(["a/x.txt", "b/x.txt", "x-2.txt", "y.txt"]) == ["x", "x-2", "x-2-2", "y"]


def test_no_pages_give_empty_tables_with_the_documented_dtypes():
    frames = to_frames([])
    for name, frame in frames.items():
        assert frame.empty and {c: str(t) for c, t in frame.dtypes.items()} == dtypes(name)


def test_empty_text_is_null_so_csv_round_trips():
    page = parse_text(themed_page("league", 1).replace("Nice weather today.", "The match was on Tuesday."))
    comments = to_frames([analyse_page(page)]).comments.set_index("comment_index")
    assert pd.isna(comments.loc[2, "sentiment_evidence"]) and pd.isna(comments.loc[2, "stance_to_parent_cues"])


def test_discourse_to_frames_without_loading_pandas_on_import():
    probe = "import sys, discourse; assert 'pandas' not in sys.modules; print(callable(discourse.to_frames))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=Path(discourse.__file__).parents[1])
    assert result.stdout.strip() == "True"
    frames = discourse.to_frames([discourse.analyse(discourse.load(DATA / "004_4089cd0367db9c7b.txt"))])
    assert len(frames.comments) == 10


def test_a_comment_not_in_english_is_exported_without_polarity():
    page = parse_text("Water prices rise\n\nBy Ann Lee | (Valley News)\n\nThe water board raised prices again.\n\n"
                      "2 Responses\n\n  1. Das ist wirklich eine schlechte Idee, die Preise sind viel zu hoch.\n\n"
                      "  2. Good news for the farmers, at last.\n", path="valley.txt")
    comments = to_frames([analyse_page(page)]).comments
    assert comments["sentiment_label"].tolist() == ["unscored", "positive"]
    assert pd.isna(comments["polarity"][0]) and comments["polarity"][1] > 0
