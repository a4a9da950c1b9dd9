"""Sentiment behaviour readers of the report rely on, on small hand-written comments."""

import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from discourse.analysis.language import comment_language
from discourse.analysis.sentiment import (
    LABEL_FEATURES,
    TEXT_FEATURES,
    UNSCORED,
    LEXICON_LANGUAGE,
    WEIGHTS_FILE,
    Evidence,
    Sentiment,
    label_features,
    looks_english,
    score_in,
    score_sentences,
    score_text,
)
from discourse.analysis.text import Prepared

GOEMOTIONS = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "sentiment-goemotions-dev.jsonl"


def notes(sentiment: Sentiment) -> str:
    return " | ".join(evidence.note for evidence in sentiment.evidence)


def test_contracted_negation_is_negative_like_the_spelled_out_one():
    contracted = score_text("It isn't good")
    spelled_out = score_text("It is not good")
    assert contracted.label == spelled_out.label == "negative"
    assert contracted.polarity == pytest.approx(spelled_out.polarity)
    assert contracted.evidence[0].text == "isn't good"
    assert "negated by 'isn't'" in contracted.evidence[0].note


@pytest.mark.parametrize("text", ["I don't like it", "It wasn’t great", "That doesnt look good"])
def test_other_contractions_negate(text):
    assert score_text(text).label == "negative"


def test_negated_negative_word_is_no_longer_negative():
    assert score_text("It is not bad").polarity > 0


def test_but_clause_outweighs_what_came_before():
    sentiment = score_text("The idea is nice but the execution is terrible")
    assert sentiment.label == "negative"
    assert "after 'but' (weighted up)" in notes(sentiment)
    assert "before 'but' (weighted down)" in notes(sentiment)
    assert score_text("The execution is terrible but the idea is nice").label == "positive"


def test_intensifier_strengthens_and_is_named():
    plain, intensified = score_text("It is good"), score_text("It is very good")
    assert intensified.polarity > plain.polarity
    assert intensified.evidence[0].text == "very good"
    assert intensified.evidence[0].note == "intensified by 'very'"


def test_downtoner_weakens():
    assert 0 < score_text("It is slightly good").polarity < score_text("It is good").polarity


def test_caps_and_exclamations_emphasise():
    shouted = score_text("This is GREAT!!!")
    assert shouted.polarity > score_text("This is great").polarity
    assert shouted.evidence[0].text == "GREAT"
    assert "all caps" in shouted.evidence[0].note
    assert "emphasised by '!!!'" in shouted.evidence[0].note


def test_all_caps_text_is_not_treated_as_emphasis():
    assert "all caps" not in notes(score_text("THIS IS GREAT"))


@pytest.mark.parametrize("text, label", [("see you there :)", "positive"), ("missed the bus :(", "negative"),
                                         ("<3", "positive"), ("ok 😂", "positive")])
def test_emoticons_and_emoji_count(text, label):
    sentiment = score_text(text)
    assert sentiment.label == label
    assert any(note.startswith(("emoticon", "emoji")) for note in notes(sentiment).split(" | "))


@pytest.mark.parametrize("text", [
    "The film scored 8.5 out of ten.",
    "An 80-year-old man lives there.",
    "The 8-hour shift starts at noon.",
])
def test_numbers_that_start_like_an_emoticon_are_not_emoticons(text):
    """ "8.5" and "80-year-old" begin like the emoticon "8)" but are words, not a frown."""
    assert score_text(text) == Sentiment(0.0, 0.0, "neutral", ())


def test_factual_text_is_neutral_without_evidence():
    sentiment = score_text("The council meets on Tuesday at the town hall.")
    assert sentiment == Sentiment(0.0, 0.0, "neutral", ())


def test_empty_text():
    assert score_text("") == Sentiment(0.0, 0.0, "neutral", ())
    assert score_sentences("") == []


def test_non_english_text_does_not_crash_and_is_flagged():
    for text in ["Das ist wirklich nicht gut, aber egal.", "これはとても良いです", "Ça va très bien !"]:
        sentiment = score_text(text)
        assert -1 <= sentiment.polarity <= 1
        assert not looks_english(text)
    assert LEXICON_LANGUAGE == "en"
    assert looks_english("I think the article is right about the budget.")


def test_evidence_lists_the_words_as_written():
    sentiment = score_text("What a wonderful, thoughtful piece. Awful comments though.")
    words = [evidence.text for evidence in sentiment.evidence]
    assert {"wonderful", "thoughtful", "Awful"} <= set(words)
    assert all(isinstance(evidence, Evidence) for evidence in sentiment.evidence)
    assert all(type(evidence.polarity) is float for evidence in sentiment.evidence)


def test_names_are_not_read_as_sentiment():
    assert score_text("We watched Star Wars yesterday").evidence == ()


def test_like_as_preposition_is_not_praise():
    assert score_text("It looks like a car").label == "neutral"
    assert score_text("It looks like a car").evidence == ()
    assert [e.text for e in score_text("I like this car").evidence] == ["like"]
    assert score_text("I like this idea").label == "positive"


def test_score_sentences_scores_each_sentence_on_its_own():
    scored = score_sentences("Great article. The comments are awful!")
    assert [sentence for sentence, _ in scored] == ["Great article.", "The comments are awful!"]
    assert [sentiment.label for _, sentiment in scored] == ["positive", "negative"]


def test_results_are_immutable_and_deterministic():
    first, second = score_text("Not bad at all, really good"), score_text("Not bad at all, really good")
    assert first == second
    with pytest.raises(AttributeError):
        first.polarity = 1.0


@given(st.text(max_size=200))
def test_any_text_scores_within_range(text):
    sentiment = score_text(text)
    assert -1.0 <= sentiment.polarity <= 1.0
    assert 0.0 <= sentiment.subjectivity <= 1.0
    assert sentiment.label in {"positive", "negative", "neutral"}


def test_goemotions_macro_f1_floor():
    if not GOEMOTIONS.exists():
        pytest.skip("../shared not present (real data lives outside the repo)")
    from discourse.evaluation import evaluate

    result = evaluate("sentiment", GOEMOTIONS)
    assert result.n > 4000
    # In-sample (the label model and its word table were fitted on these rows): 0.71; the thresholds 0.647.
    assert result.macro_f1 >= 0.67
    assert json.dumps(result.to_dict())


def test_shipped_label_model_beats_the_thresholds_when_cross_validated():
    """The honest figures written by fit_sentiment: 5-fold CV, 3 seeds, on four fifths of the rows
    (0.680, without the text model 0.662, thresholds 0.638), and the fifth held out from every choice."""
    stored = json.loads((Path(__file__).resolve().parents[2] / "discourse" / "analysis" / WEIGHTS_FILE).read_text())
    assert set(stored["weights"]) == set(LABEL_FEATURES)
    assert stored["cv_macro_f1"] > stored["cv_macro_f1_without_text_model"] > stored["cv_macro_f1_thresholds"]
    assert stored["held_out_macro_f1"] > stored["held_out_macro_f1_without_text_model"]
    assert stored["cv_macro_f1"] >= 0.68


# The label model: named features, each contribution listed in label_cues.


def cue_names(sentiment: Sentiment) -> list[str]:
    return [name for name, _ in sentiment.label_cues]


def test_label_cues_name_the_features_and_add_up_to_the_lead():
    sentiment = score_text("I love this, thank you!")
    assert sentiment.label == "positive"
    names = cue_names(sentiment)
    assert set(names) - set(LABEL_FEATURES) - {"baseline"} == {"text model: 'thank', 'love', '!'"}
    assert not set(names) & set(TEXT_FEATURES)  # the text model's features make that one cue
    assert all(type(value) is float and value for _, value in sentiment.label_cues)
    magnitudes = [abs(value) for _, value in sentiment.label_cues]
    assert magnitudes == sorted(magnitudes, reverse=True)
    # The cues add up to the label's lead over the runner-up under the shipped weights.
    stored = json.loads((Path(__file__).resolve().parents[2] / "discourse" / "analysis" / WEIGHTS_FILE).read_text())
    features = dict(zip(LABEL_FEATURES, label_features("I love this, thank you!")))
    assert all(features[name] for name in TEXT_FEATURES)
    scores = sorted(stored["intercept"][c] + sum(stored["weights"][n][c] * x for n, x in features.items())
                    for c in stored["classes"])
    assert sum(value for _, value in sentiment.label_cues) == pytest.approx(scores[-1] - scores[-2])
    assert scores[-1] > scores[-2]
    cues = dict(sentiment.label_cues)
    assert cues["strongest_positive"] > 0 and "positive_evidence" in cues
    assert cues["text model: 'thank', 'love', '!'"] > 0
    assert "negative_words" not in cues  # features that are 0 contribute nothing


def test_the_text_model_reads_each_distinct_word_once_whatever_the_sentences():
    """Its features are means over the text's distinct known words, so splitting or repeating them does
    not change them, and unknown words add nothing."""
    once = dict(zip(LABEL_FEATURES, label_features("Thank you, I love it")))
    split = dict(zip(LABEL_FEATURES, label_features("Thank you. I love it. Love it")))
    assert [once[n] for n in TEXT_FEATURES] == [split[n] for n in TEXT_FEATURES]
    assert label_features("zxqv blorft")[-len(TEXT_FEATURES):] == (0.0,) * len(TEXT_FEATURES)


def test_the_text_model_cannot_make_a_label_contradict_the_polarity():
    """Words the text model reads as positive ("thanks", "love") do not make a text whose evidence sums
    negative positive, nor negative words a positive text negative."""
    negative = score_text("Thanks, I love how awful, terrible and disgusting this is")
    assert negative.polarity < 0 and negative.label != "positive"
    positive = score_text("The crash was great, wonderful and excellent")
    assert positive.polarity > 0 and positive.label != "negative"


def test_negation_and_negative_evidence_explain_a_negative_label():
    cues = dict(score_text("It isn't good").label_cues)
    assert score_text("It isn't good").label == "negative"
    assert cues["negated_words"] > 0 and cues["strongest_negative"] > 0


def test_a_question_mark_is_a_cue_towards_neutral():
    statement, question = score_text("This is good."), score_text("Is this good?")
    assert "question_marks" not in cue_names(statement)
    assert dict(question.label_cues)["question_marks"] < 0
    assert sum(v for _, v in question.label_cues) < sum(v for _, v in statement.label_cues)


def test_no_evidence_means_neutral_without_label_cues():
    assert score_text("The council meets on Tuesday?").label_cues == ()
    assert Sentiment(0.1, 0.2, "positive", ()).label_cues == ()  # old constructors still work


def test_label_features_count_the_text():
    features = dict(zip(LABEL_FEATURES, label_features("I think you are wrong?!")))
    assert len(features) == len(LABEL_FEATURES)
    assert features["question_marks"] == features["exclamations"] == 1.0
    assert features["first_person"] == features["second_person"] == 1.0
    assert features["negative_words"] == 1.0 and features["positive_words"] == 0.0
    assert features["polarity"] == pytest.approx(score_text("I think you are wrong?!").polarity)
    assert label_features(Prepared("I think you are wrong?!")) == label_features("I think you are wrong?!")


def test_sentences_get_their_own_label_cues_and_prepared_text_the_same():
    text = "Great article. Why would you say that?"
    assert score_text(Prepared(text)) == score_text(text)
    (_, first), (_, second) = score_sentences(text)
    assert "question_marks" not in cue_names(first)
    assert second.label_cues == ()  # no evidence in the second sentence


def test_importing_the_scorer_loads_neither_sklearn_nor_the_weights():
    import subprocess
    import sys

    code = ("import sys, discourse, discourse.analysis.sentiment as s; "
            "assert 'sklearn' not in sys.modules; assert s._label_model.cache_info().currsize == 0")
    subprocess.run([sys.executable, "-c", code], check=True)


SIGNED_WORDS = ("good", "bad", "great", "awful", "love", "hate", "not", "never", "but", "very", "slightly",
                "depressing", "thanks", "wrong", "hear", "the", "plan", "is", "!", "?", ":)", ":(")


@given(st.lists(st.sampled_from(SIGNED_WORDS), min_size=1, max_size=12))
def test_the_label_never_contradicts_the_polarity(words):
    sentiment = score_text(" ".join(words))
    assert not (sentiment.label == "positive" and sentiment.polarity < 0)
    assert not (sentiment.label == "negative" and sentiment.polarity > 0)


def test_bad_news_reads_negative_in_label_and_number():
    sentiment = score_text("How depressing to hear that the plant will close after forty years.")
    assert sentiment.label == "negative" and sentiment.polarity < 0


def test_a_text_in_another_language_gets_no_polarity_but_a_note():
    german = "Das ist wirklich eine schlechte Idee, ich bin mit dem Autor überhaupt nicht einverstanden."
    sentiment = score_in(german, comment_language(german))
    assert (sentiment.polarity, sentiment.subjectivity, sentiment.label) == (None, None, UNSCORED)
    assert not sentiment.scored and "'de'" in sentiment.note and "English-only" in sentiment.note
    english = "How depressing to hear that the plant will close."
    assert score_in(english, comment_language(english)) == score_text(english)
