import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis import topics
from discourse.analysis.stopwords import STOPWORDS
from discourse.analysis.topics import (
    BACKGROUND_COMMON_WORDS,
    BACKGROUND_CORPUS,
    content_words,
    distinctive_words,
    drift_along_branches,
    key_terms,
    on_topic_scores,
)

ARTICLE = """Russian airstrikes near Damascus killed the rebel commander of the Army of Islam.

The Syrian army, backed by Russian airstrikes, advanced on rebel districts near Aleppo.

Rebel fighters evacuated the southern districts of Damascus under a negotiated deal."""

ON_TOPIC = "The Russian airstrikes on Damascus show the Syrian army is winning against the rebels."
OFF_TOPIC = "Visas for Christmas holidays at Disneyland are what my family cares about."


def test_content_words_drop_stopwords_numbers_and_short_tokens():
    words = content_words("The 2,000 fighters of ISIS's army in Syria’s north: it is a war! :)")
    assert words == ["fighters", "isis", "army", "syria", "north", "war"]


def test_numbers_in_any_script_of_digits_are_no_content_words_and_words_holding_digits_are():
    numbers = ["3.14", "2020-21", "٢٠٢٠", "๑๒๓", "２０２１", "1.5-2"]
    words = ["3rd", "1960s", "covid-19", "²³⁴", "ⅻⅲⅳ", "½⅓¼", "x86"]
    assert [topics._content_form(token) for token in numbers + words] == [None] * len(numbers) + words


@given(st.text(st.characters(categories=("Nd", "No", "Nl", "Lu", "Ll", "Lo"), include_characters=".-'"),
               min_size=1, max_size=8))
def test_a_token_is_no_content_word_for_being_a_number_exactly_when_the_number_pattern_takes_it_all(token):
    topics._content_form.cache_clear()
    form = topics._content_form(token)
    word = token.lower().replace("’", "'")
    word = word[:-2] if word.endswith("'s") else word.rstrip("'")
    kept_but_for_numbers = 3 <= len(word) <= 30 and word not in STOPWORDS and word[0].isalnum()
    if kept_but_for_numbers:
        assert (form is None) == bool(re.fullmatch(r"[\d.-]+", word))


def test_content_words_leave_out_web_slugs_and_keyboard_runs_but_keep_long_compounds():
    slug = "yes-climate-change-is-a-problem-and-yes-we-do-have-to-do-something"
    text = f"Read {slug} and {'x' * 5000}: Selbstvermarktungsstrategien matters."
    assert content_words(text) == ["read", "selbstvermarktungsstrategien", "matters"]
    assert sorted(t.term for t in key_terms(text, k=5)) == ["matters", "read", "selbstvermarktungsstrategien"]


def test_content_words_keep_us_as_country():
    assert content_words("The US and the U.S. said so") == ["u.s", "u.s", "said"]


def test_key_terms_are_content_words_ranked_by_weight():
    terms = key_terms(ARTICLE, k=5)
    assert [t.term for t in terms][:3] == ["rebel", "airstrikes", "army"]  # ties: alphabetical
    assert [t.weight for t in terms] == sorted((t.weight for t in terms), reverse=True)
    assert not {t.term for t in terms} & {"the", "of", "by", "on"}
    assert terms[0].count == 3 and terms[0].background == BACKGROUND_COMMON_WORDS


def test_key_terms_without_corpus_weigh_everyday_words_down():
    terms = {t.term: t for t in key_terms("people people syria syria")}
    assert terms["syria"].weight > terms["people"].weight
    assert terms["people"].document_frequency == terms["people"].documents


def test_key_terms_with_corpus_prefer_words_rare_in_the_corpus():
    corpus = ["Syria news today.", "Syria and Iraq.", "Syria again."]
    terms = key_terms("Syria Syria visa visa", corpus)
    assert [t.term for t in terms] == ["visa", "syria"]
    assert terms[1].document_frequency == 4 and terms[1].documents == 4
    assert terms[0].background == BACKGROUND_CORPUS


def test_key_terms_of_a_long_text_are_its_top_terms_with_ties_alphabetical():
    # Hundreds of terms, most of them tied: the k returned are the heaviest, ties broken alphabetically,
    # exactly as ranking every term would give them.
    filler = [f"{a}{b}{c}zorb" for a in "qwrtyp" for b in "sdfghj" for c in "klmnbv"]  # 216 distinct terms
    text = " ".join(filler + ["glacier"] * 5 + ["avalanche"] * 3 + ["crevasse"] * 3)
    terms = key_terms(text, k=6)
    assert [t.term for t in terms] == ["glacier", "avalanche", "crevasse", *sorted(filler)[:3]]
    assert [t.weight for t in terms] == sorted((t.weight for t in terms), reverse=True)
    assert len(key_terms(text, k=0)) == 0


def test_key_terms_weights_are_unit_length():
    weights = [t.weight for t in key_terms(ARTICLE, k=100)]
    assert math.isclose(sum(w * w for w in weights), 1.0, rel_tol=1e-4)


def test_on_topic_comment_scores_higher_and_lists_shared_terms():
    on, off = on_topic_scores(ARTICLE, [ON_TOPIC, OFF_TOPIC])
    assert on.score > off.score
    assert {"airstrikes", "damascus", "russian"} <= set(on.shared_terms)
    assert off.shared_terms == ()


def test_on_topic_contributions_explain_the_score():
    (result,) = on_topic_scores(ARTICLE, [ON_TOPIC])
    assert len(result.contributions) == len(result.shared_terms)
    assert math.isclose(sum(result.contributions), result.score, abs_tol=1e-5)
    assert list(result.contributions) == sorted(result.contributions, reverse=True)


def test_on_topic_ignores_everyday_word_matches():
    (result,) = on_topic_scores("People think the war is good news.", ["I think people are good."])
    assert result.score == 0.0


def test_drift_measures_fall_from_parent_and_thread_root():
    parents = [None, 1, 2, None]
    drifts = drift_along_branches(parents, [0.6, 0.4, 0.1, 0.2])
    assert drifts[0].from_parent is None and drifts[3].from_thread_root is None
    assert drifts[1].from_parent == pytest.approx(0.2)
    assert drifts[2].parent == 2 and drifts[2].thread_root == 1
    assert drifts[2].from_parent == pytest.approx(0.3)
    assert drifts[2].from_thread_root == pytest.approx(0.5)


def test_drift_is_negative_when_a_reply_returns_to_the_topic():
    assert drift_along_branches([None, 1], [0.1, 0.5])[1].from_parent == pytest.approx(-0.4)


def test_drift_treats_impossible_parents_as_top_level():
    drifts = drift_along_branches([2, None, 9], [0.1, 0.2, 0.3])
    assert [d.parent for d in drifts] == [None, None, None]


def test_drift_rejects_mismatched_lengths():
    with pytest.raises(ValueError):
        drift_along_branches([None], [])


def test_distinctive_words_are_what_comments_say_and_the_article_does_not():
    comments = [
        "Visa rules for Muslim families are the real scandal.",
        "The visa ban hits Muslim families at Christmas.",
        "Another visa story, another Muslim family turned away.",
    ]
    found = {d.term: d for d in distinctive_words(comments, ARTICLE)}
    assert "visa" in found and "muslim" in found
    assert found["visa"].z > 0 and found["visa"].count_article == 0
    assert found["visa"].count_comments == 3 and found["visa"].comments_using == 3
    assert not {"damascus", "rebel", "airstrikes"} & set(found)


def test_distinctive_words_rank_by_z():
    comments = ["visa visa visa visa syria", "visa ban"]
    results = distinctive_words(comments, "Syria syria syria army army")
    assert results[0].term == "visa"
    assert [d.z for d in results] == sorted((d.z for d in results), reverse=True)


def test_distinctive_words_with_a_prior_corpus():
    prior = ["visa visa visa syria army", "syria army ban"]
    results = distinctive_words(["visa ban"], "Syria army", prior=prior)
    assert {d.term for d in results} == {"visa", "ban"}
    assert all(d.z > 0 for d in results)


DEGENERATE_TEXTS = ["", "the and of it is", "Путин заявил, что 你好世界", "Well said, Mr. Cole."]


@pytest.mark.parametrize("text", DEGENERATE_TEXTS)
def test_degenerate_inputs_do_not_crash(text):
    assert all(0.0 <= r.score <= 1.0 for r in on_topic_scores(ARTICLE, [text]))
    assert on_topic_scores(text, [ON_TOPIC])[0].score == 0.0
    key_terms(text)
    key_terms(text, [text, ARTICLE])
    distinctive_words([text], ARTICLE)
    distinctive_words([ON_TOPIC], text)


def test_no_comments_give_no_results():
    assert on_topic_scores(ARTICLE, []) == []
    assert distinctive_words([], ARTICLE) == []
    assert drift_along_branches([], []) == []


def test_short_comment_sharing_nothing_scores_zero():
    (result,) = on_topic_scores(ARTICLE, ["Well said, Mr. Cole."])
    assert result.score == 0.0 and result.shared_terms == ()


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(max_size=80), max_size=4))
def test_on_topic_scores_stay_in_range_for_any_text(article, comments):
    results = on_topic_scores(article, comments)
    assert len(results) == len(comments)
    assert all(0.0 <= r.score <= 1.0 for r in results)
