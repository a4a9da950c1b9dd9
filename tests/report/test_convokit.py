"""discourse export --format convokit: a corpus folder ConvoKit loads, and that reads back as the same trees."""

import json

import pytest
from typer.testing import CliRunner

from discourse.cli import app
from discourse.parse import load_all
from discourse.report.convokit import FILES
from tests.conftest import DATA
from tests.parse.exports.conftest import FIXTURES

runner = CliRunner()
INPUTS = [FIXTURES / "wordpress.xml", FIXTURES / "table-csv" / "comments.csv", DATA / "004_4089cd0367db9c7b.txt"]


def structure(pages) -> list[tuple[str | None, list[tuple[int | None, str | None, str, str]]]]:
    """Per page: the title, and each comment's parent, author, kind and text: what a round trip must keep."""
    return [(page.article.title, [(c.parent, c.author, c.kind, c.text) for c in page.comments.items])
            for page in pages]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("convokit") / "corpus"
    result = runner.invoke(app, ["export", *map(str, INPUTS), "--format", "convokit", "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    return out


def originals():
    return [page for path in INPUTS for page in load_all(path)]


def test_the_folder_has_convokits_five_files_and_one_utterance_per_article_and_comment(corpus):
    assert sorted(path.name for path in corpus.iterdir()) == sorted(FILES)
    utterances = [json.loads(line) for line in (corpus / "utterances.jsonl").read_text().splitlines()]
    pages = originals()
    assert len(utterances) == len(pages) + sum(len(page.comments.items) for page in pages)
    for utterance in utterances:
        assert {"id", "speaker", "conversation_id", "reply_to", "timestamp", "text", "meta"} <= set(utterance)
    roots = [u for u in utterances if u["reply_to"] is None]
    assert [u["id"] for u in roots] == [u["conversation_id"] for u in roots] == [
        "101", "102", "2", "a1", "a2", "004_4089cd0367db9c7b"]
    conversations = json.loads((corpus / "conversations.json").read_text())
    assert conversations["a1"]["outlet"] == "Riverside Courier"
    index = json.loads((corpus / "index.json").read_text())
    assert {"utterances-index", "speakers-index", "conversations-index", "overall-index", "version"} <= set(index)
    assert index["utterances-index"]["stance_to_author"] == ["<class 'str'>"]


def test_labels_and_scores_are_each_comments_meta(corpus):
    utterances = {u["id"]: u for u in map(json.loads, (corpus / "utterances.jsonl").read_text().splitlines())}
    comment = utterances["101.1"]
    assert (comment["speaker"], comment["reply_to"], comment["timestamp"]) == ("Tom Baker", "101", 1678784400)
    assert comment["meta"]["stance_to_author"] in ("agree", "disagree", "neutral", "query", "unclear")
    assert isinstance(comment["meta"]["polarity"], float)
    assert comment["meta"]["source_id"] == "11" and comment["meta"]["role"] == "comment"
    assert utterances["101.2"]["reply_to"] == "101.1"
    anonymous = utterances["a2.2"]
    assert anonymous["speaker"] == "[unnamed] a2.2" and anonymous["meta"]["author"] is None


def test_reading_the_export_back_gives_the_same_trees(corpus):
    assert structure(load_all(corpus / "utterances.jsonl")) == structure(originals())


def test_convokit_itself_loads_the_corpus_with_the_same_reply_structure(corpus):
    convokit = pytest.importorskip(
        "convokit", reason="convokit is not installed (it pulls in torch, so it stays out of the test install)")
    loaded = convokit.Corpus(filename=str(corpus))
    pages = originals()
    assert len(list(loaded.iter_utterances())) == len(pages) + sum(len(p.comments.items) for p in pages)
    assert len(list(loaded.iter_conversations())) == len(pages)
    conversation = loaded.get_conversation("101")
    assert conversation.meta["title"] == "The ferry timetable is changing again"
    replies = {u.id: u.reply_to for u in conversation.iter_utterances()}
    original = pages[0].comments.items
    assert replies == {"101": None, **{f"101.{c.index}": f"101.{c.parent}" if c.parent else "101" for c in original}}
    assert loaded.get_utterance("101.1").speaker.id == "Tom Baker"


def test_an_out_that_is_a_file_is_a_one_line_error(tmp_path):
    out = tmp_path / "file"
    out.write_text("x")
    result = runner.invoke(app, ["export", str(INPUTS[0]), "--format", "convokit", "--out", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("it is a file, not a folder") and "Traceback" not in result.stderr


def test_an_interrupted_export_goes_to_partial_and_leaves_a_complete_corpus_whole(corpus, tmp_path):
    from discourse.analysis.page import analyse_page
    from discourse.report.convokit import ConvoKitWriter, conversation

    out = tmp_path / "corpus"
    out.mkdir()
    for name in FILES:
        (out / name).write_bytes((corpus / name).read_bytes())
    with ConvoKitWriter(out) as writer:
        writer.add(conversation(analyse_page(load_all(INPUTS[0])[1])))
        written = writer.finish(partial=True)
    assert {path.parent.name for path in written} == {"partial"}
    assert (out / "partial" / "PARTIAL-RESULTS.txt").is_file()
    assert (out / "utterances.jsonl").read_bytes() == (corpus / "utterances.jsonl").read_bytes()
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, "partial"])  # no temporaries left behind
