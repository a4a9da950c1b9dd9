"""A whole page analysed: the facts an editor reads in the summary, and degenerate threads."""

import json
from collections import Counter

import pytest

from discourse.analysis.page import ENGLISH_ONLY_NOTE, analyse_page, thread_consistent
from discourse.analysis.stance import Stance
from discourse.analysis.summary import summarise
from discourse.analysis.text import Prepared, without_furniture
from discourse.analysis.topics import distinctive_words, key_terms
from discourse.parse import load, parse_text
from tests.conftest import DATA, MIXED_LANGUAGE_PAGE, shared_path

SEED = DATA / "004_4089cd0367db9c7b.txt"


@pytest.fixture(scope="module")
def seed():
    analysis = analyse_page(load(SEED))
    return analysis, summarise(analysis)


def test_quote_of_the_article_is_found(seed):
    analysis, _ = seed
    facts = json.loads(shared_path("seeds", "expected", "004_4089cd0367db9c7b.json").read_text())
    for quote in facts["quotes_of_article"]:
        comment = analysis.comments[quote["comment"] - 1]
        assert quote["article_sentence"] in [q.sentence for q in comment.quotes]
        sentence = next(s for s in analysis.sentences if s.text == quote["article_sentence"])
        assert quote["comment"] in sentence.quoted_by


def test_author_reply_is_found_with_its_evidence(seed):
    analysis, summary = seed
    assert [c.index for c in analysis.comments if c.is_author] == [3]
    assert "Mr. Cole" in analysis.comments[2].author_evidence[0]
    assert [r.index for r in summary.author_replies] == [3]


def test_readers_who_pushed_back_on_the_author(seed):
    analysis, summary = seed
    for index in (1, 2):
        stance = analysis.comments[index - 1].stance_to_author
        assert stance.label == "disagree" and stance.cues, index
    share = summary.disagreement
    assert share.n + summary.unclear == 9 and share.low <= share.share <= share.high


def test_unclear_stances_are_counted_apart_not_as_neutral(seed):
    analysis, summary = seed
    readers = [c for c in analysis.comments if not c.is_author]
    unclear = [c for c in readers if c.stance_to_author.label == "unclear"]
    assert summary.unclear == len(unclear)
    assert summary.disagreement.n == len(readers) - len(unclear)
    for c in readers:
        assert 0.0 < c.stance_to_author.confidence <= 1.0
        assert (c.stance_to_author.label == "unclear") == (c.stance_to_author.leading != c.stance_to_author.label)


def test_replies_to_the_author_take_their_stance_toward_him_from_their_stance_toward_his_comment(seed):
    analysis, _ = seed
    author_comment = next(c for c in analysis.comments if c.is_author)
    replies = [c for c in analysis.comments if c.comment.parent == author_comment.index]
    assert replies
    for c in replies:
        assert c.stance_to_author.leading == c.stance_to_parent.leading
        assert c.stance_to_author.cues[0].name == "thread"
    well_said = next(c for c in replies if c.comment.text.startswith("Well said, Mr. Cole"))
    assert well_said.stance_to_author.label == "agree"


def test_a_stance_carried_along_the_thread_keeps_the_comments_own_evidence(seed):
    """"Well said, Mr. Cole" under the author's reply: the thread rule, then its agreement with his
    comment, then its own cues toward the author (praise addressed to him by name)."""
    analysis, _ = seed
    well_said = next(c for c in analysis.comments if c.comment.text.startswith("Well said, Mr. Cole"))
    names = [cue.name for cue in well_said.stance_to_author.cues]
    assert names[0] == "thread" and "praises_addressed_author" in names
    praise = next(cue for cue in well_said.stance_to_author.cues if cue.name == "praises_addressed_author")
    assert praise.weight > 0 and "Mr. Cole" in praise.text  # pushes toward agree, with the words that fired it
    own = next(c for c in analysis.comments if c.is_author)
    assert own.stance_to_parent.cues[0].name == "thread" and len(own.stance_to_parent.cues) > 1


def test_the_authors_reply_to_a_critic_disagrees_with_the_critic(seed):
    analysis, _ = seed
    own = next(c for c in analysis.comments if c.is_author)
    critic = analysis.comments[own.comment.parent - 1]
    assert critic.stance_to_author.label == "disagree" and own.stance_to_parent.label == "disagree"


def test_counts_threads_and_contested_passage(seed):
    analysis, summary = seed
    assert (summary.comments, summary.declared, summary.threads, summary.max_depth) == (10, 11, 4, 2)
    assert summary.contested and summary.contested[0].text.startswith("The regime is already restoring security")
    assert analysis.comments[5].thread_root == 2


def test_every_stance_and_sentiment_carries_its_evidence(seed):
    analysis, _ = seed
    for c in analysis.comments:
        assert c.stance_to_author.cues
        assert c.sentiment.label in {"positive", "negative", "neutral"}
        if c.sentiment.label != "neutral":
            assert c.sentiment.evidence
        assert (c.stance_to_parent is None) == (c.comment.parent is None)


ARTICLE = "A Page\n\nBy Ann Writer\n\nThe council approved the new cycle lanes on Monday after a long debate.\n\n"


def test_a_thread_with_no_comments_has_no_figures_but_no_crash():
    summary = summarise(analyse_page(parse_text(ARTICLE)))
    assert summary.comments == 0 and summary.disagreement.share is None
    assert summary.heated_thread is None and summary.telling == []
    assert summary.sentiment_test.reason


def test_a_one_comment_thread():
    page = parse_text(ARTICLE + "1 Comment\n\n  1. No, you are wrong: the lanes are a waste of money.\n")
    summary = summarise(analyse_page(page))
    assert summary.comments == 1 and summary.disagreement.n + summary.unclear == 1
    assert summary.sentiment_test.statistic is None and "too few" in summary.sentiment_test.reason


def test_vote_widget_prompt_left_in_a_comment_does_not_make_it_a_question():
    body = "  1. The lanes will cut traffic downtown, as the council says.\n"
    widget = "     This comment has sparked a hot debate! What do you think? Thumb up 7 Thumb down 5\n"
    plain, furnished = (analyse_page(parse_text(ARTICLE + "1 Comment\n\n" + body + extra)) for extra in ("", widget))
    assert furnished.page.comments.items[0].text != plain.page.comments.items[0].text
    assert furnished.comments[0].stance_to_author == plain.comments[0].stance_to_author
    assert furnished.comments[0].sentiment == plain.comments[0].sentiment


def test_non_english_page_is_analysed_with_a_note():
    page = parse_text("Ein Titel\n\nDer Stadtrat hat am Montag die neuen Radwege beschlossen, "
                      "nach einer langen Debatte über die Kosten.\n\n2 Kommentare\n\n"
                      "  1. Das ist doch völliger Unsinn, die Radwege sind zu teuer.\n\n"
                      "  2. Стоимость слишком высока.\n")
    analysis = analyse_page(page)
    assert len(analysis.comments) == 2
    assert ENGLISH_ONLY_NOTE in analysis.notes


def test_a_comment_not_in_english_has_no_polarity_and_the_page_says_so():
    page = parse_text("Water prices rise\n\nBy Ann Lee | (Valley News)\n\nThe water board raised prices again. "
                      "Farmers say the increase will hurt them.\n\n2 Responses\n\n"
                      "  1. Das ist wirklich eine schlechte Idee, die Preise sind viel zu hoch für uns alle.\n\n"
                      "  2. How depressing to hear that prices are going up again.\n", path="valley.txt")
    analysis = analyse_page(page)
    german, english = analysis.comments
    assert german.sentiment.polarity is None and german.sentiment.label == "unscored"
    assert english.sentiment.label == "negative" and english.sentiment.polarity < 0
    assert any("1 comment not in English (de: 1)" in note for note in analysis.notes)
    summary = summarise(analysis)
    assert summary.comment_sentiment == {"unscored": 1, "negative": 1}


def test_a_comment_not_in_english_has_an_unclear_stance_saying_why_and_english_ones_keep_theirs():
    analysis = analyse_page(parse_text(MIXED_LANGUAGE_PAGE, path="valley.txt"))
    german, french, english, german_reply = analysis.comments
    assert (french.comment.parent, german_reply.comment.parent) == (1, 3)
    for c, language in ((german, "German"), (french, "French"), (german_reply, "German")):
        for stance in filter(None, (c.stance_to_author, c.stance_to_parent)):
            assert stance.label == "unclear" and stance.confidence is None and stance.score is None
            assert [cue.name for cue in stance.cues] == ["language"] and language in stance.cues[0].text
    assert english.stance_to_author.label == "disagree" and english.stance_to_author.confidence > 0
    summary = summarise(analysis)
    assert summary.unclear == 3 and summary.disagreement.n == 1 and summary.disagreement.k == 1
    assert any("3 comments not in English (de: 2, fr: 1)" in note and "unclear stance" in note
               for note in analysis.notes)


def test_a_page_not_in_english_has_no_article_polarity():
    page = parse_text("Ein Titel\n\n" + "Der Stadtrat hat am Montag die neuen Radwege beschlossen, nach einer "
                      "langen Debatte über die Kosten und die Sicherheit der Kinder auf dem Weg zur Schule. " * 2
                      + "\n\n1 Kommentar\n\n  1. Super!\n")
    analysis = analyse_page(page)
    assert analysis.article_sentiment.polarity is None
    assert all(s.sentiment.polarity is None for s in analysis.sentences)
    assert analysis.comments[0].sentiment.label == "unscored"  # too short to tell: the page's language


def test_analysis_is_deterministic():
    first, second = analyse_page(load(SEED)), analyse_page(load(SEED))
    assert [(c.stance_to_author, c.sentiment, c.on_topic) for c in first.comments] == \
        [(c.stance_to_author, c.sentiment, c.on_topic) for c in second.comments]


def test_article_polarity_is_the_mean_of_its_sentences_not_a_saturated_sum(seed):
    analysis, _ = seed
    sentences = [s.sentiment.polarity for s in analysis.sentences]
    assert analysis.article_sentiment.polarity == pytest.approx(sum(sentences) / len(sentences))
    assert abs(analysis.article_sentiment.polarity) < 0.5
    assert analysis.article_sentiment.evidence


def _stance(label: str) -> Stance:
    return Stance(label, 0.5 if label == "agree" else -0.5, (), 0.9, ((label, 0.9),))


def test_reply_agreeing_with_a_reader_but_opposite_to_them_on_the_author_is_unclear():
    guarded = thread_consistent(_stance("agree"), _stance("agree"), _stance("disagree"), 3)
    assert guarded.label == "unclear" and guarded.leading == "agree"
    assert guarded.cues[0].name == "thread" and "#3" in guarded.cues[0].text


def test_consistent_or_disagreeing_replies_keep_their_stance_to_the_author():
    for to_author, to_parent, parent in [("agree", "agree", "agree"), ("agree", "disagree", "disagree"),
                                         ("agree", "agree", "neutral"), ("neutral", "agree", "disagree")]:
        stance = _stance(to_author)
        assert thread_consistent(stance, _stance(to_parent), _stance(parent), 2) is stance


def test_a_long_page_keeps_no_comments_stance_and_quote_forms_and_reads_the_same_as_when_it_kept_them(monkeypatch):
    import discourse.analysis.page as page_module
    from discourse.analysis.text import Prepared

    monkeypatch.setattr(Prepared, "keep_only", lambda self, derives: None)  # what _comments leaves, seen whole
    page = load(SEED)
    lean = analyse_page(page)
    held = [derive for prepared in lean.prepared[1:] for derive in prepared._memo if derive in page_module._PASS_FORMS]
    assert held == []
    monkeypatch.setattr(page_module, "_PASS_FORMS", ())
    kept = analyse_page(page)
    assert any(derive in page_module.QUOTE_FORMS for prepared in kept.prepared[1:] for derive in prepared._memo)
    assert [(c.stance_to_author, c.stance_to_parent, c.quotes, c.sentiment) for c in lean.comments] == [
        (c.stance_to_author, c.stance_to_parent, c.quotes, c.sentiment) for c in kept.comments
    ]


def test_a_page_lets_go_of_its_comments_sentence_memos_as_it_goes_and_reads_the_same(monkeypatch):
    import discourse.analysis.page as page_module
    from discourse.analysis.sentiment import _sentence_hits

    page = load(SEED)
    lean = analyse_page(page)
    lean_held = _sentence_hits.cache_info().currsize
    monkeypatch.setattr(page_module, "_forget_sentence_memos", lambda sentences: None)
    kept = analyse_page(page)
    comment_sentences = {s for prepared in kept.prepared[1:] for s in prepared.sentences}
    assert lean_held < _sentence_hits.cache_info().currsize
    assert lean_held < len(comment_sentences)
    assert [(c.stance_to_author, c.stance_to_parent, c.quotes, c.sentiment) for c in lean.comments] == [
        (c.stance_to_author, c.stance_to_parent, c.quotes, c.sentiment) for c in kept.comments
    ]


def test_a_comments_sentences_are_tokenised_once_for_its_topic_words_and_its_sentiment(monkeypatch):
    """The page's topic pass and the comment's own pass read the same tokens; they are let go after the
    comment (a sentence found in several comments is read again for each after the first)."""
    import discourse.analysis.text as text_module

    pattern, read = text_module._TOKEN, Counter()

    class CountingPattern:
        def findall(self, text):
            read[text] += 1
            return pattern.findall(text)

    page = parse_text(ARTICLE + "2 Comments\n\n  1. The lanes are great for cyclists. Thanks for this!\n\n"
                      "  2. Thanks for this! I saw the new lanes on Monday.\n")
    monkeypatch.setattr(text_module, "_TOKEN", CountingPattern())
    analysis = analyse_page(page)
    owners = Counter(s for prepared in analysis.prepared[1:] for s in set(prepared.sentences))
    assert len(analysis.comments) == 2 and owners["Thanks for this!"] == 2
    assert all(read[sentence] <= owners[sentence] for sentence in owners)
    assert owners.keys().isdisjoint(text_module._SENTENCE_TOKENS)


def test_an_analysed_page_keeps_of_its_comments_only_what_the_rows_read_and_gives_the_same_rows(monkeypatch):
    import discourse.analysis.page as page_module
    from discourse.analysis.text import Prepared
    from discourse.report.frames import page_rows

    page = load(SEED)
    lean = analyse_page(page)
    assert {derive for prepared in lean.prepared[1:] for derive in prepared._memo} <= set(page_module._ROW_FORMS)
    assert lean.prepared[0]._memo.keys() - set(page_module._ROW_FORMS)  # the article keeps its forms
    monkeypatch.setattr(Prepared, "keep_only", lambda self, derives: None)
    monkeypatch.setattr(Prepared, "forget", lambda self, derives: None)
    kept = analyse_page(page)
    assert {derive for prepared in kept.prepared[1:] for derive in prepared._memo} - set(page_module._ROW_FORMS)
    assert page_rows(lean) == page_rows(kept)


def test_the_comments_stances_are_read_without_their_topic_forms_held_and_the_page_reads_the_same(monkeypatch):
    import discourse.analysis.page as page_module
    from discourse.report.frames import page_rows

    page = load(SEED)
    held = []
    comments, topic_forms = page_module._comments, page_module._TOPIC_FORMS

    def seen_comments(work, on_topic, drift):
        held.extend(derive for text in work.texts for derive in text._memo if derive in topic_forms)
        return comments(work, on_topic, drift)

    monkeypatch.setattr(page_module, "_comments", seen_comments)
    lean = analyse_page(page)
    assert held == []
    monkeypatch.setattr(page_module, "_TOPIC_FORMS", ())
    kept = analyse_page(page)
    assert held  # without the drop, the stance passes would run with them held
    assert page_rows(lean) == page_rows(kept)


def test_a_reply_listed_before_its_parent_is_still_read_against_it():
    from dataclasses import replace as with_fields

    page = load(SEED)
    items = list(page.comments.items)
    items[0] = with_fields(items[0], parent=2, depth=1)  # comment 1 answers comment 2, listed after it
    analysis = analyse_page(with_fields(page, comments=with_fields(page.comments, items=items)))
    assert analysis.comments[0].stance_to_parent is not None
    assert analysis.comments[0].stance_to_parent.label in {"agree", "disagree", "neutral", "unclear"}


def test_comment_terms_distinctive_words_and_notes_are_worked_out_when_first_read():
    """The export's rows read none of them, so the analysis leaves them until asked; asked, they are the
    key terms, distinctive words and notes of the page's texts as analysed (a corpus changed after the
    analysis does not change them)."""
    page = load(SEED)
    corpus = [load(DATA / "001_d255a6c94168b61c.txt").article.text]
    analysis = analyse_page(page, corpus)
    assert not {"comment_terms", "distinctive", "notes"} & vars(analysis).keys()
    texts = [Prepared(without_furniture(c.text)) for c in page.comments.items]
    expected_terms = key_terms("\n\n".join(c.text for c in page.comments.items), list(corpus), parts=texts)
    corpus.append("lanes lanes lanes " * 50)
    assert analysis.comment_terms == expected_terms and expected_terms
    assert analysis.distinctive == distinctive_words(texts, Prepared(page.article.text))
    assert analysis.notes == []
