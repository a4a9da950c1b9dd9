"""The exported tables' contract: every column's dtype, unit, range and meaning, in one place.

`to_frames` builds its DataFrames from these specs, `discourse export` writes them as the
data dictionary, and readers get their `read_csv` dtypes from them, so the columns, the
documentation and the loading code cannot drift apart. No pandas here: the CLI imports
this module to define its options.

Regenerate docs/data-dictionary.md with `python3 -m discourse.report.columns > docs/data-dictionary.md`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum

TABLES_SCHEMA = "discourse.tables/1"
LIST_SEPARATOR = "; "
# A CSV cell starting with one of these runs as a formula in a spreadsheet (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_ESCAPE = "'"
# read_csv would otherwise read a comment "NA" or an author "None" as missing.
CSV_READ_OPTIONS = {"keep_default_na": False, "na_values": [""]}


class TableFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"


@dataclass(frozen=True)
class Column:
    """One column. dtype is the pandas dtype name; range says which values occur, and when null."""

    name: str
    dtype: str
    unit: str
    range: str
    meaning: str


def _text(name: str, meaning: str, range: str = "any text; null when absent") -> Column:
    return Column(name, "string", "text", range, meaning)


def _count(name: str, meaning: str, range: str = ">= 0") -> Column:
    return Column(name, "Int64", "count", range, meaning)


def _index(name: str, meaning: str, range: str) -> Column:
    return Column(name, "Int64", "index", range, meaning)


def _flag(name: str, meaning: str, range: str = "true/false") -> Column:
    return Column(name, "boolean", "flag", range, meaning)


def _score(name: str, unit: str, range: str, meaning: str) -> Column:
    return Column(name, "float64", unit, range, meaning)


def _label(name: str, labels: str, meaning: str, null_when: str = "") -> Column:
    return Column(name, "string", "label", f"{labels}; null {null_when}" if null_when else labels, meaning)


ARTICLE_ID = _text("article_id", "The page's id: its file stem; a stem seen before in the same export gets "
                   "-2, -3 … in input order. Joins the three tables.", "non-empty; one value per page")
SENTIMENT_LABELS = "positive | negative | neutral | unscored"
NOT_ENGLISH = "null when the text is not in English (sentiment_label unscored: the lexicon is English-only)"
STANCE_LABELS = "agree | disagree | neutral | query | unclear"
LISTED = f"items separated by '{LIST_SEPARATOR}'; null when there are none"

ARTICLES = (
    ARTICLE_ID,
    _text("path", "The input file as given on the command line.", "non-empty"),
    _text("title", "Article title."),
    _flag("title_inferred", "True when the page had no marked title and the first line was taken."),
    _text("author", "Byline author."),
    _text("outlet", "Publishing outlet: from the byline or the page's metadata, or set by --metadata."),
    _text("section", "Section or category, where an export or a --metadata table gives one."),
    _text("url", "The article's address, where the page, an export or a --metadata table gives one."),
    _text("date", "Publication date, ISO 8601 (YYYY-MM-DD) when it could be read.", "null when not found"),
    _text("encoding", "Detected encoding of the input file.", "e.g. utf-8, utf-16, cp1252"),
    _text("language", "The article's language, guessed from its function words (ISO 639-1 code); corpus "
                      "topics are fitted within a language.", "en, de, fr, es, it, nl, pl, pt; und when unsure"),
    _count("paragraphs", "Article body paragraphs."),
    _count("words", "Article body words (whitespace-separated)."),
    _count("sentences", "Article body sentences (rows in the sentences table)."),
    _count("comments_found", "Comments parsed from the page (rows in the comments table)."),
    _count("comments_declared", "Comment count the page states (\"11 Responses\").", ">= 0; null when not stated"),
    _flag("comments_closed", "True when the page says comments are closed.", "true/false; null when not said"),
    _label("comments_status", "present | empty | script-only | absent",
           "The comment section: comments in the page, a section with none, comments only a script loads "
           "(so not in the saved page: comments_found 0 does not mean nobody commented), or no section found.",
           "when the reader did not say"),
    _flag("comments_doubtful", "True when the comment section may be misread (see comment_doubts): treat the "
                               "comment figures of this row with care."),
    _text("comment_doubts", "Why the comment section may be misread, one plain sentence each.", LISTED),
    _flag("comments_nesting_hidden", "True when replies may be counted as top-level comments: a text rendering "
                                     "whose page offers a reply link under each comment but does not show which "
                                     "comment answers which, so threads, max_depth and replies may be wrong."),
    _count("repairs", "Fixes made to an inconsistent reply tree (see `discourse parse`)."),
    _count("threads", "Top-level comments."),
    _count("max_depth", "Deepest reply level; 0 when every comment is top-level or there are none."),
    _count("commenters", "Distinct commenter names.", ">= 1; null when the page shows no names"),
    _count("author_comments", "Comments recognised as written by the article's author."),
    _count("reader_comments", "Comments not by the author."),
    _count("unclear_stances", "Reader comments whose stance toward the author is unclear (below the model's "
                              "confidence threshold); left out of the agree and disagree shares."),
    _score("article_polarity", "polarity", f"-1..1; {NOT_ENGLISH}", "Sentiment of the article body: the mean polarity of its sentences; negative is negative."),
    _score("article_subjectivity", "subjectivity", f"0..1; {NOT_ENGLISH}", "Subjectivity of the article body."),
    _score("comment_polarity_mean", "polarity", "-1..1; null without comments in English", "Mean comment polarity."),
    _score("comment_subjectivity_mean", "subjectivity", "0..1; null without comments in English",
           "Mean comment subjectivity."),
    _score("sentiment_p_value", "probability", "0..1; null when the test was not run",
           "Two-sided Mann-Whitney U p-value, article sentence polarities vs comment polarities; "
           "run only with 3+ of each and not all equal."),
    _score("disagree_share", "share", "0..1; null without reader comments",
           "Share of the reader comments with a clear stance that disagree with the author."),
    _score("disagree_low", "share", "0..1; null without reader comments",
           "Lower bound of the 95% Wilson interval of disagree_share."),
    _score("disagree_high", "share", "0..1; null without reader comments",
           "Upper bound of the 95% Wilson interval of disagree_share."),
    _score("agree_share", "share", "0..1; null without reader comments",
           "Share of the reader comments with a clear stance that agree with the author."),
    _score("agree_low", "share", "0..1; null without reader comments",
           "Lower bound of the 95% Wilson interval of agree_share."),
    _score("agree_high", "share", "0..1; null without reader comments",
           "Upper bound of the 95% Wilson interval of agree_share."),
    _score("controversy", "score", "0..1",
           "Share of reader comments taking a side times how evenly they split: 0 one-sided or silent, "
           "1 evenly split."),
    _score("on_topic_share", "share", "0..1; null without comments",
           "Share of comments with on_topic >= 0.05."),
    _text("key_terms", "The article's top TF-IDF terms, highest first.", LISTED),
    _index("topic", "Dominant corpus topic of the article (NMF over the texts of the exported articles in "
                    "the same language, without that language's function words; fitted on a random sample "
                    "of 1,000 when there are more). Topics are numbered across languages: one language's "
                    "topics never hold another's articles.",
           ">= 0; null when the export has too few articles in this language for topics (fewer than 10) or "
           "the article has no topic vocabulary"),
    _score("topic_share", "share", "0..1; null with topic",
           "Share of the article's topic mass that the dominant topic supplies."),
    _text("topic_terms", "The dominant topic's top terms, highest first.", "null with topic"),
)

COMMENTS = (
    ARTICLE_ID,
    _index("comment_index", "1-based comment number in page order.", ">= 1; unique per article"),
    _index("parent_index", "comment_index of the comment replied to.", ">= 1; null for a top-level comment"),
    _count("depth", "Reply level: 0 top-level, 1 a reply, 2 a reply to a reply …"),
    _index("thread_root", "comment_index of the top-level comment that opened this thread.", ">= 1"),
    _index("position", "1-based order within its thread, in page order (the thread's root is 1).", ">= 1"),
    _text("author", "Commenter name."),
    _flag("is_author", "True when the comment is recognised as written by the article's author."),
    _text("date", "Comment date as shown on the page."),
    _text("text", "Comment text; paragraphs separated by a blank line.", "any text; null when empty"),
    _count("words", "Words (whitespace-separated)."),
    _score("polarity", "polarity", f"-1..1; {NOT_ENGLISH}", "Comment sentiment; negative is negative."),
    _score("subjectivity", "subjectivity", f"0..1; {NOT_ENGLISH}", "Comment subjectivity."),
    _label("sentiment_label", SENTIMENT_LABELS, "Sentiment label from a linear model over named evidence features (see label cues), never "
            "contradicting the polarity's sign; unscored for a text not in English."),
    _text("sentiment_evidence", "Words and phrases the sentiment rests on, in text order.", LISTED),
    _score("on_topic", "cosine", "0..1", "TF-IDF cosine similarity of the comment to the article."),
    _score("drift_from_parent", "cosine", "-1..1; null for a top-level comment",
           "Parent's on_topic minus this comment's: positive means the reply moved away from the article."),
    _index("topic", "The topic of the article's language (see articles.topic) whose top terms the comment "
                    "uses most, by the terms' weights.",
           ">= 0; null when there are no topics or the comment uses none of their top terms"),
    _label("stance_to_author", STANCE_LABELS, "Stance toward the article's author; the author's own "
                                              "comments are neutral, a comment not in English is unclear."),
    _score("stance_to_author_score", "score", "-1..1; null for a comment not in English",
           "Stance strength; negative leans to disagree."),
    _score("stance_to_author_confidence", "probability", "0..1; null for a comment not in English (then unclear)",
           "The model's probability of its leading label; below the fitted threshold the label is unclear."),
    _text("stance_to_author_cues", "Cues that pushed toward the label, strongest first, as `name: matched text`.",
          LISTED),
    _label("stance_to_parent", STANCE_LABELS, "Stance toward the comment replied to (unclear for a reply not in "
                                              "English).", "for a top-level comment"),
    _score("stance_to_parent_score", "score", "-1..1; null for a top-level comment or one not in English",
           "Stance strength toward the parent; negative leans to disagree."),
    _score("stance_to_parent_confidence", "probability", "0..1; null for a top-level comment or one not in English",
           "The model's probability of its leading label toward the parent; below the threshold: unclear."),
    _text("stance_to_parent_cues", "Cues that pushed toward the parent stance label, strongest first, "
                                   "as `name: matched text`.", LISTED),
    _count("quotes", "Article sentences the comment quotes (exactly or nearly)."),
    _index("quoted_sentence", "sentence_index of the quoted article sentence; with several, the closest match "
                              "(then the first).", ">= 0; null when the comment quotes none"),
    _text("quoted_text", "The quoted article sentence.", "null when the comment quotes none"),
)

SENTENCES = (
    ARTICLE_ID,
    _index("sentence_index", "0-based sentence number in the article body.", ">= 0; unique per article"),
    _index("paragraph_index", "0-based paragraph number in the article body.", ">= 0"),
    _text("text", "Sentence text.", "non-empty"),
    _score("polarity", "polarity", f"-1..1; {NOT_ENGLISH}", "Sentence sentiment; negative is negative."),
    _score("subjectivity", "subjectivity", f"0..1; {NOT_ENGLISH}", "Sentence subjectivity."),
    _label("sentiment_label", SENTIMENT_LABELS, "Sentiment label from a linear model over named evidence features (see label cues), never "
            "contradicting the polarity's sign; unscored for a text not in English."),
    _count("quoted_by", "Comments quoting this sentence."),
    _count("contested_by", "Comments quoting this sentence while disagreeing with the author."),
)

TABLES: dict[str, tuple[Column, ...]] = {"articles": ARTICLES, "comments": COMMENTS, "sentences": SENTENCES}


def dtypes(table: str) -> dict[str, str]:
    """The pandas dtype of each column, e.g. for `pandas.read_csv(..., dtype=dtypes("comments"))`."""
    return {column.name: column.dtype for column in TABLES[table]}


def text_columns(table: str) -> list[str]:
    return [column.name for column in TABLES[table] if column.dtype == "string"]


def data_dictionary(table_format: TableFormat, neutralised: bool) -> dict:
    """The data dictionary as JSON-ready data, with how this export's files were written."""
    return {
        "schema": TABLES_SCHEMA,
        "format": table_format.value,
        "formulas_neutralised": neutralised and table_format is TableFormat.csv,
        "read_csv_options": CSV_READ_OPTIONS,
        "tables": {name: [asdict(column) for column in columns] for name, columns in TABLES.items()},
    }


def data_dictionary_markdown() -> str:
    """docs/data-dictionary.md: the same specs, for people."""
    parts = [_MARKDOWN_INTRO]
    for name, columns in TABLES.items():
        parts.append(f"\n## {name}\n\n| column | dtype | unit | range | meaning |\n|---|---|---|---|---|\n")
        parts.extend(_markdown_row(column) for column in columns)
    return "".join(parts)


def _markdown_row(column: Column) -> str:
    cells = [f"`{column.name}`", column.dtype, column.unit, column.range, column.meaning]
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |\n"


_MARKDOWN_INTRO = f"""# Data dictionary: `discourse export`

Generated from `discourse/report/columns.py` by
`python3 -m discourse.report.columns > docs/data-dictionary.md`; do not edit by hand.
Schema `{TABLES_SCHEMA}`.

`discourse export PATHS... --out DIR` writes three tables: `articles` (one row per page),
`comments` (one row per comment) and `sentences` (one row per article sentence), joined on
`article_id`, plus this dictionary as `data-dictionary.md` and `data-dictionary.json`.

- **CSV** (default): UTF-8, one header row, `\\n` line ends, RFC 4180 quoting (a cell holding a
  comma, quote or line break is quoted, quotes doubled). Null is an empty cell and an empty
  text is null, so a round trip is exact. Booleans are `True`/`False`. Load with the dtypes
  below, e.g.
  `pandas.read_csv("comments.csv", dtype=dtypes("comments"), keep_default_na=False, na_values=[""])`
  with `dtypes` from `discourse.report.columns` or built from `data-dictionary.json`
  (`keep_default_na=False` keeps a comment that reads "NA" a text).
- **Formula neutralisation** (CSV only, on by default): a text cell starting with `=`, `+`, `-`,
  `@`, a tab or a carriage return would run as a formula when the file is opened in a
  spreadsheet, so it gets a leading `'` (the OWASP advice on CSV injection): `=HYPERLINK(…)`
  is written `'=HYPERLINK(…)`. Numeric and boolean columns are never changed. `--no-neutralise`
  writes text exactly; `data-dictionary.json` records which was done (`formulas_neutralised`).
- **Parquet** (`--format parquet`): the same columns and dtypes, text written exactly.
- Lists in one cell (terms, evidence, cues) are separated by `{LIST_SEPARATOR}`.
- Files are replaced atomically: a failed export leaves the previous files as they were.

Units: *polarity* -1 (negative) .. 1 (positive); *subjectivity* 0 (factual) .. 1 (opinion);
*share* a proportion of comments, 0..1; *cosine* TF-IDF cosine similarity; *score* a
signed strength; *index* a position used to join rows; *count* a number of things.
"""


if __name__ == "__main__":
    print(data_dictionary_markdown(), end="")
