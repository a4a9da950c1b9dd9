"""One reading per text: prepared texts share their derived forms and give the same results as plain strings."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfTransformer

from discourse.analysis import cues
from discourse.analysis.quotes import find_quotes, quotes_of
from discourse.analysis.sentiment import score_sentences, score_text
from discourse.analysis.stance import stance_to_author, stance_to_parent
from discourse.analysis.text import Prepared, prepare, split_sentences
from discourse.analysis.topics import content_words, on_topic_scores, topic_words

ARTICLE = (
    "The regime is already restoring security in these three districts, which will be "
    "reincorporated into Baathist Damascus.\n\nRussia's intervention is yielding modest advances "
    "near Aleppo. Rebel fighters evacuated the southern districts of Damascus."
)
COMMENTS = [
    "“The regime is already restoring security in these three districts.” Restoring security? Not so.",
    "Well said, Mr. Cole. No matter what you say you will never satisfy them.",
    "Oh wait, so this 'security' is good now?! LOL. Great, another war.",
    "I made the pudding and it turned out great :D",
]


def test_prepared_memoises_each_form_once():
    calls = []

    def derive(text):
        calls.append(text)
        return len(text)

    prepared = Prepared("Some text. Another sentence.")
    assert prepared.get(derive) == prepared.get(derive) == len(prepared.text)
    assert calls == [prepared.text]
    assert prepared.sentences == tuple(split_sentences(prepared.text))
    assert prepare(prepared) is prepared


@pytest.mark.parametrize("text", COMMENTS + [ARTICLE])
def test_prepared_and_plain_text_give_the_same_results(text):
    assert score_text(Prepared(text)) == score_text(text)
    assert score_sentences(Prepared(text)) == score_sentences(text)
    assert cues.text_hits(Prepared(text)) == cues.text_hits(text)
    assert content_words(Prepared(text)) == content_words(text)
    assert topic_words(Prepared(text)) == topic_words(text)
    sentences = split_sentences(ARTICLE)
    assert find_quotes(Prepared(text), sentences) == find_quotes(text, sentences)
    assert quotes_of(text, Prepared(ARTICLE)) == find_quotes(text, sentences)


def test_stance_with_a_prebuilt_context_equals_stance_from_text():
    context = cues.build_context(Prepared(ARTICLE), "Juan Cole")
    for text in COMMENTS:
        assert stance_to_author(Prepared(text), context, "Juan Cole") == stance_to_author(text, ARTICLE, "Juan Cole")
        parent = cues.build_context(Prepared(COMMENTS[0]))
        assert stance_to_parent(Prepared(text), parent) == stance_to_parent(text, COMMENTS[0])


def test_lexicon_evidence_keeps_the_commenters_capitals():
    hits = cues.text_hits("WELL SAID. This is NONSENSE, I Disagree.")
    assert hits["endorsing_opener"].text == "WELL SAID"
    assert "NONSENSE" in hits["disagreement_words"].text and "I Disagree" in hits["disagreement_words"].text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Oh wait, really?!", "Oh wait | ?!"),
        ("Yeah, right. LOL", "Yeah, right | LOL"),
        ("So this 'security' is fine", "'security'"),
        ("don't 'fix' it", "'fix'"),
    ],
)
def test_sarcasm_cue_and_its_words(text, words):
    assert cues.text_hits(text)["sarcasm"].text == words


def test_no_sarcasm_inside_words_or_contractions():
    assert "sarcasm" not in cues.text_hits("Joh wait, the boy's toys don't fit. Glol.")


def test_on_topic_scores_match_scikit_learns_tfidf():
    scores = on_topic_scores(ARTICLE, COMMENTS)
    paragraphs = [Counter(topic_words(p)) for p in ARTICLE.split("\n\n")]
    comments = [Counter(topic_words(c)) for c in COMMENTS]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(paragraphs + comments)
    tfidf = TfidfTransformer().fit(matrix)
    article = tfidf.transform(vectorizer.transform([Counter(topic_words(ARTICLE))]))
    expected = [float(v) for v in tfidf.transform(matrix[len(paragraphs):]).multiply(article).sum(axis=1).A1]
    assert [s.score for s in scores] == pytest.approx([min(1.0, v) for v in expected], abs=1e-6)
    assert scores[0].score > 0 and scores[3].score == 0.0


@pytest.mark.parametrize("text", COMMENTS + [ARTICLE, "Don't worry, masks don't work. No matter what, they help."])
def test_claim_terms_of_a_prepared_text_equal_those_of_the_plain_text(text):
    assert Prepared(text).using(cues._prepared_claim_terms) == cues.claim_terms(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Good point.\n\nThis comment has been well-received! What do you think? Thumb up 7 Thumb down 2", "Good point."),
        ("Nice gun.\nReply | Report abuse\n12 likes", "Nice gun."),
        ("What do you think?", "What do you think?"),  # a whole comment is the writer's own
        ("I like it. What do you think?", "I like it."),  # a widget prompt at the end
        ("What do you think of the lanes? I like them.", "What do you think of the lanes? I like them."),
    ],
)
def test_widget_furniture_lines_are_dropped(text, kept):
    from discourse.analysis.text import without_furniture

    assert without_furniture(text).strip() == kept


AWKWARD_TEXTS = [
    *COMMENTS,
    ARTICLE,
    "Mr. Smith went to the U.S. yesterday. He said: \"No!\" Then left… 8) :-( <3",
    "It was 8.\nThen 8pm came :D. Al-Qaeda's men?! Yes!!!\u00a0Sure.   (Really.) [Fine.] 'Quoted.' Next",
    "No sentence end here\n\nbut a paragraph break\twith tabs\x1cand separators\u2028too. Ok?Fine. e.g. this.",
    "",
    "   ",
    "?!",
]


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_a_texts_tokens_are_its_sentences_tokens_one_after_another(text):
    # the topic words read the tokens of a text's sentences, which the sentiment reads too
    from discourse.analysis.text import sentence_tokens, text_tokens, tokenize

    assert list(text_tokens(split_sentences(text))) == tokenize(text)
    assert all(list(sentence_tokens(s)) == tokenize(s) for s in split_sentences(text))
    assert content_words(Prepared(text)) == content_words(text)


@given(st.text(alphabet=st.sampled_from(list("aZé8D):;=-o'’.!?…\"”“)([]<3 \n\t\u00a0\u2028\x1cMrU.S")), max_size=80))
@settings(max_examples=300, deadline=None)
def test_sentence_tokens_join_into_the_texts_tokens_on_any_text(text):
    from discourse.analysis.text import text_tokens, tokenize

    assert list(text_tokens(split_sentences(text))) == tokenize(text)


@given(st.text(alphabet=st.sampled_from(list("aZé\u212a\u0130ſ8D):;=-o'’.!?…\"”“)([]<3 \n\t\u00a0\u2028\x1cMrU.S")),
               max_size=80))
@settings(max_examples=300, deadline=None)
def test_cue_words_read_sentence_by_sentence_are_the_texts_on_any_text(text):
    assert cues._prepared_words(Prepared(text))[0] == cues._words(text)


def test_a_forgotten_form_is_computed_again_when_asked_for():
    from discourse.analysis.text import Prepared

    calls = []

    def words(text):
        calls.append(text)
        return text.split()

    prepared = Prepared("one two three")
    assert prepared.get(words) == ["one", "two", "three"]
    prepared.forget((words, len))  # a form never computed is passed over
    assert prepared.get(words) == ["one", "two", "three"]
    assert calls == ["one two three", "one two three"]
