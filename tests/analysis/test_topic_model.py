import math
from collections import Counter

import numpy as np
import pytest
from scipy.optimize import nnls

from discourse.analysis.topic_model import TopicSample, corpus_topics, fit_topics

FOOTBALL = ["striker", "goal", "referee", "penalty", "league", "midfield", "stadium", "keeper"]
COOKING = ["oven", "flour", "butter", "dough", "recipe", "bake", "yeast", "pastry"]


def themed(words: list[str], n: int) -> list[str]:
    """n documents on one theme: four of its words each, in a rotating window."""
    return [" ".join((words * 2)[i % len(words): i % len(words) + 4]) for i in range(n)]


def test_sample_keeps_every_document_until_full_then_stays_bounded():
    sample = TopicSample(size=5)
    for n in range(3):
        sample.add(f"doc{n}")
    assert sample.documents == ["doc0", "doc1", "doc2"]
    for n in range(3, 1000):
        sample.add(f"doc{n}")
    assert len(sample.documents) == 5 and sample.seen == 1000
    assert len(set(sample.documents)) == 5


def test_sample_is_reproducible_and_spread_over_the_stream():
    def draw(seed: int) -> list[int]:
        sample = TopicSample(size=500, seed=seed)
        for n in range(5000):
            sample.add(str(n))
        return [int(d) for d in sample.documents]

    assert draw(0) == draw(0) and draw(0) != draw(1)
    tenths = Counter(n // 500 for n in draw(0))
    assert all(25 <= tenths[t] <= 75 for t in range(10)), tenths


def test_sample_gives_back_counted_documents_as_they_came_in_any_script():
    counted = [{"zürich": 2, "straße": 1, "ολυμπιακός": 3}, {}, {"a\udcff": 1, "b": 70000}, {"x": 2 ** 40},
               {"with\x00separator": 1}, {"news": 1, "vote": 5}]
    sample = TopicSample(size=10)
    for document in counted:
        sample.add(document)
    back = sample.documents
    assert back == counted
    assert all(list(b) == list(c) for b, c in zip(back, counted))  # the words' order too


def test_sample_size_must_be_positive():
    with pytest.raises(ValueError):
        TopicSample(size=0)


def test_model_fitted_on_a_sample_places_articles_it_never_saw():
    football, cooking = themed(FOOTBALL, 100), themed(COOKING, 100)
    sample = TopicSample(size=30)
    for document in [d for pair in zip(football, cooking) for d in pair]:
        sample.add(document)
    model = fit_topics(sample.documents, documents=sample.seen, n_topics=2)
    assert model.documents == 200 and model.fitted_on == 30
    assert {t.documents for topic in model.topics for t in topic.terms} == {30}
    football_topic = max(range(2), key=lambda t: model.shares(football[0])[t])
    assert all(model.shares(d)[football_topic] > 0.9 for d in football)
    assert all(model.shares(d)[football_topic] < 0.1 for d in cooking)


def test_shares_are_the_exact_non_negative_least_squares_fit():
    documents = themed(FOOTBALL, 12) + themed(COOKING, 12) + [" ".join(FOOTBALL[:3] + COOKING[:3])] * 3
    model = fit_topics(documents, n_topics=3)
    components = model._components
    for document in documents:
        columns, values = model._tfidf(document)
        vector = np.zeros(components.shape[1])
        vector[columns] = values
        loadings = nnls(components.T, vector)[0]
        mass = loadings * components.sum(axis=1)
        assert np.allclose(model.shares(document), mass / mass.sum(), atol=2e-6)


def test_shares_sum_to_one_and_unknown_words_give_zeros():
    model = fit_topics(themed(FOOTBALL, 12) + themed(COOKING, 12), n_topics=2)
    assert sum(model.shares("striker goal oven")) == pytest.approx(1.0, abs=1e-5)
    assert model.shares("zebra quantum") == (0.0, 0.0)


def test_too_few_documents_give_no_topics_and_no_shares():
    model = fit_topics(["Syria war."] * 5)
    assert model.topics == [] and model.shares("Syria war.") == ()
    assert model.reason == "5 documents: too few for topics (need at least 10)"


def test_corpus_topics_gives_each_document_its_shares():
    documents = themed(FOOTBALL, 12) + themed(COOKING, 12)
    result = corpus_topics(documents, n_topics=2)
    model = fit_topics(documents, n_topics=2)
    assert result.topics == model.topics
    assert result.weights == [model.shares(d) for d in documents]


def test_term_topic_names_the_topic_whose_terms_a_short_text_uses():
    model = fit_topics(themed(FOOTBALL, 12) + themed(COOKING, 12), n_topics=2)
    football = model.term_topic(["striker", "goal"])
    assert football is not None and model.term_topic(["oven", "flour"]) == 1 - football
    assert model.term_topic(["zebra"]) is None and model.term_topic([]) is None
    assert fit_topics(["Syria war."] * 5).term_topic(["syria"]) is None


def test_counted_documents_fit_as_their_texts_do():
    documents = themed(FOOTBALL, 12) + themed(COOKING, 12)
    counted = [dict(Counter(d.split())) for d in documents]
    assert fit_topics(counted, n_topics=2).topics == fit_topics(documents, n_topics=2).topics


def test_nmf_separates_two_obvious_themes():
    documents = themed(FOOTBALL, 8) + themed(COOKING, 8)
    result = corpus_topics(documents, n_topics=2)
    assert result.reason is None and len(result.topics) == 2
    top_sets = [{t.term for t in topic.terms[:4]} for topic in result.topics]
    assert any(s <= set(FOOTBALL) for s in top_sets)
    assert any(s <= set(COOKING) for s in top_sets)
    football_topic = 0 if top_sets[0] <= set(FOOTBALL) else 1
    assert all(row[football_topic] > 0.9 for row in result.weights[:8])
    assert all(row[football_topic] < 0.1 for row in result.weights[8:])
    assert all(math.isclose(sum(row), 1.0, abs_tol=1e-5) for row in result.weights)


def test_corpus_topics_are_deterministic():
    documents = themed(FOOTBALL, 8) + themed(COOKING, 8)
    assert corpus_topics(documents) == corpus_topics(documents)


def test_corpus_without_shared_vocabulary_says_so():
    result = corpus_topics([f"word{i}x" for i in range(12)])
    assert result.topics == [] and "terms shared by" in result.reason


@pytest.mark.parametrize("text", ["", "the and of it is", "Путин заявил, что 你好世界", "Well said, Mr. Cole."])
def test_degenerate_documents_give_no_topics_without_failing(text):
    result = corpus_topics([text] * 12)
    assert result.topics == [] and result.reason


def test_own_nnls_is_scipys_to_the_last_bit():
    from discourse.analysis.topic_model import load_nnls_solver
    from discourse.analysis.topic_model import nnls as own_nnls

    solver = load_nnls_solver()
    if solver is None:
        pytest.skip("this SciPy's nnls is not laid out as expected: the public function is used")
    rng = np.random.default_rng(0)
    for k in (1, 2, 5, 10, 20):
        for _ in range(50):
            matrix, vector = rng.standard_normal((k, k)), rng.standard_normal(k)
            expected, norm = nnls(matrix, vector)
            solution, _, info = solver(np.ascontiguousarray(matrix), vector, 3 * k)
            assert info != 3 and solution.tobytes() == expected.tobytes()
            found, found_norm = own_nnls(matrix, vector)
            assert found.tobytes() == expected.tobytes() and found_norm == norm


def test_topic_shares_do_not_import_scipys_optimisation_package():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from discourse.analysis.topic_model import fit_topics\n"
        "docs = [' '.join(['striker goal referee penalty league'.split()[i % 5]] * 3 + ['oven flour']) for i in range(30)]\n"
        "model = fit_topics(docs, n_topics=2)\n"
        "assert sum(model.shares(docs[0])) > 0.99\n"
        "print('scipy.optimize' in sys.modules)\n"
    )
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"
