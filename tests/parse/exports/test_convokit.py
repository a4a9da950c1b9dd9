"""ConvoKit corpora as input: each conversation a page, its root utterance the article."""

from discourse.parse import expand_paths, load_all
from tests.parse.exports.conftest import FIXTURES, tree

CORPUS = FIXTURES / "convokit-corpus"


def test_a_corpus_folder_gives_its_utterances_file():
    assert [path.name for path in expand_paths([CORPUS])] == ["utterances.jsonl"]


def test_each_conversation_is_a_page_with_the_root_as_article():
    pages = load_all(CORPUS / "utterances.jsonl")
    assert [page.source.record for page in pages] == ["t1", "t2"]
    first = pages[0]
    assert (first.source.format, first.comments.source) == ("convokit", "convokit")
    assert (first.article.title, first.article.outlet, first.article.author) == ("A second bridge?", "Town Forum",
                                                                                  "editor")
    assert [p.text for p in first.article.paragraphs] == ["Should the town build a second bridge?",
                                                         "The old one is sixty years old."]
    assert first.article.date == "2017-07-14"
    assert pages[1].article.title == "Parking fees"  # conversation metadata written without a "meta" key


def test_replies_keep_their_parents_and_a_reply_to_a_missing_utterance_is_repaired():
    page = load_all(CORPUS / "utterances.jsonl")[0]
    assert tree(page) == [("u1", None, "ana"), ("u2", "u1", "ben"), ("u3", "u2", "ana"), ("u4", None, "cy")]
    assert [(r.kind, r.comment) for r in page.comments.repairs] == [("orphan", 4)]
    assert page.comments.items[0].date_iso == "2017-07-14T02:50:00Z"
