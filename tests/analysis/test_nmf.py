"""The topic fit without scikit-learn gives scikit-learn's numbers bit for bit, so topics and shares
in exports stay what they were."""

import random
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from discourse.analysis import nmf

sklearn = pytest.importorskip("sklearn", reason="scikit-learn is the reference the fit is compared with")
from sklearn.decomposition import NMF  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.feature_extraction.text import TfidfTransformer  # noqa: E402

PAGES_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "pages-dev"


def zipf_documents(seed: int, documents: int, vocabulary: int) -> list[dict[str, int]]:
    """Term counts drawn as a Zipf-like vocabulary is, in several themes, as articles' topic words are."""
    rng = random.Random(seed)
    words = [f"term{j}" for j in range(vocabulary)]
    weights = [1 / (j + 1) for j in range(vocabulary)]
    out = []
    for _ in range(documents):
        theme = rng.randrange(4)
        drawn = rng.choices(words[theme::4] + words[:20], weights[theme::4] + weights[:20], k=rng.randint(5, 60))
        out.append(dict(sorted({w: drawn.count(w) for w in set(drawn)}.items(), key=lambda kv: rng.random())))
    return out


def reference(counts: list[dict[str, int]], components: int):
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(counts)
    transformer = TfidfTransformer().fit(matrix)
    weighted = transformer.transform(matrix)
    # on one BLAS thread, as the fit runs (a threaded LU rounds its last bits differently)
    with warnings.catch_warnings(), threadpool_limits(limits=1, user_api="blas"):
        warnings.simplefilter("ignore")
        model = NMF(n_components=components, init="nndsvda", random_state=0, max_iter=1000).fit(weighted)
    return matrix, vectorizer.feature_names_, transformer.idf_, weighted, model.components_


@pytest.mark.parametrize(("seed", "documents", "vocabulary", "components"),
                         [(0, 12, 40, 2), (1, 60, 300, 5), (2, 250, 900, 10), (3, 40, 25, 7)])
def test_counts_tfidf_and_nmf_match_scikit_learn_bit_for_bit(seed, documents, vocabulary, components):
    counts = zipf_documents(seed, documents, vocabulary)
    matrix, names, weights, weighted, expected = reference(counts, components)
    ours, our_names = nmf.count_matrix(counts)
    assert our_names == names
    assert np.array_equal(ours.toarray(), matrix.toarray()) and np.array_equal(ours.indices, matrix.indices)
    assert np.array_equal(nmf.idf(ours), weights)
    our_weighted = nmf.tfidf(ours, nmf.idf(ours))
    assert np.array_equal(our_weighted.data, weighted.data) and np.array_equal(our_weighted.indices, weighted.indices)
    components_ = nmf.nmf_components(our_weighted, components, max_iter=1000)
    assert np.array_equal(components_, expected)
    assert components_.flags.c_contiguous == expected.flags.c_contiguous  # products downstream read the layout


def test_counts_of_chosen_terms_are_the_full_matrix_columns_of_those_terms():
    counts = zipf_documents(4, 80, 200)
    full, names = nmf.count_matrix(counts)
    chosen = names[::3]
    stored = sum(name in set(chosen) for document in counts for name in document)
    ours, our_names = nmf.count_matrix(iter(counts), chosen, stored)
    assert our_names == chosen
    assert np.array_equal(ours.toarray(), full[:, list(range(0, len(names), 3))].toarray())
    assert ours.has_canonical_format


def test_counts_of_chosen_terms_must_be_as_many_as_announced():
    counts = zipf_documents(4, 20, 60)
    _, names = nmf.count_matrix(counts)
    stored = sum(len(document) for document in counts)
    with pytest.raises(ValueError, match=f"the documents hold {stored} counts of the terms, not {stored + 1}"):
        nmf.count_matrix(counts, names, stored + 1)
    with pytest.raises(ValueError, match=f"the documents hold more than {stored - 1} counts of the terms"):
        nmf.count_matrix(counts, names, stored - 1)


def test_count_matrix_holds_no_more_than_the_matrix_while_it_is_built():
    import tracemalloc

    counts = zipf_documents(7, 20_000, 500)
    _, terms = nmf.count_matrix(counts[:100])
    stored = sum(name in set(terms) for document in counts for name in document)
    tracemalloc.start()
    try:
        matrix, _ = nmf.count_matrix(counts, terms, stored)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    arrays = matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes
    assert peak < 1.02 * arrays + 50_000  # arrays grown document by document held 5% more, and left the heap twice as large


def test_tfidf_in_place_weights_the_counts_themselves_with_the_same_numbers():
    counts, _ = nmf.count_matrix(zipf_documents(5, 120, 400))
    weights = nmf.idf(counts)
    copied = nmf.tfidf(counts, weights)
    data = counts.data
    in_place = nmf.tfidf(counts, weights, copy=False)
    assert in_place.data is data  # no second matrix
    assert np.array_equal(in_place.data, copied.data) and np.array_equal(in_place.indices, copied.indices)


@pytest.mark.parametrize("seed", range(5))
def test_mean_is_scipys_to_the_last_bit(seed):
    counts, _ = nmf.count_matrix(zipf_documents(seed, 30 + 40 * seed, 50 + 100 * seed))
    weighted = nmf.tfidf(counts, nmf.idf(counts))
    assert nmf.mean(weighted) == weighted.mean()
    assert nmf.mean(counts) == counts.mean()


@pytest.mark.parametrize("length", [1, 7, 8, 129, 8_192, 8_193, 8_200, 50_001, 200_003])
def test_pairwise_sum_in_chunks_is_numpys_sum_to_the_last_bit(length):
    rng = np.random.default_rng(length)
    for _ in range(5):  # signed values: a sum added in another order differs in its last bits
        values = rng.standard_normal(length)
        scale = 1.0 / 7_919_993
        assert nmf.pairwise_sum(values, scale) == np.sum(values * scale)


def test_mean_of_a_matrix_larger_than_one_chunk_is_scipys(monkeypatch):
    monkeypatch.setattr(nmf, "SUM_CHUNK", 16)
    counts, _ = nmf.count_matrix(zipf_documents(6, 200, 500))
    weighted = nmf.tfidf(counts, nmf.idf(counts))
    assert len(weighted.data) > 100 * nmf.SUM_CHUNK
    assert nmf.mean(weighted) == weighted.mean()


def test_mean_holds_no_scaled_copy_of_the_values():
    import tracemalloc

    counts, _ = nmf.count_matrix(zipf_documents(8, 6_000, 800))
    assert counts.data.nbytes > 8 * nmf.SUM_CHUNK * 8
    nmf.mean(counts)
    tracemalloc.start()
    try:
        nmf.mean(counts)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * nmf.SUM_CHUNK * 8 + 10_000  # one scaled chunk at a time


def test_the_fit_on_real_articles_matches_scikit_learn():
    if not PAGES_DEV.is_dir():
        pytest.skip("../shared/pages-dev is not here")
    from discourse.parse import load
    from discourse.report.frames import topic_counts

    counts = [topic_counts(load(path).article.text) for path in sorted(PAGES_DEV.glob("*.html"))[:30]]
    counts = [c for c in counts if c]
    _, _, _, weighted, expected = reference(counts, 4)
    ours = nmf.tfidf(*(lambda m: (m, nmf.idf(m)))(nmf.count_matrix(counts)[0]))
    assert np.array_equal(nmf.nmf_components(ours, 4, max_iter=1000), expected)


def test_an_export_loads_neither_scikit_learn_nor_pandas_for_its_topics():
    code = ("import sys, discourse.analysis.topic_model; "
            "print(sorted(m for m in ('sklearn', 'pandas', 'scipy.stats') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def long_sparse_matrix(rows: int, columns: int, seed: int = 0):
    """A non-negative sparse matrix much longer than wide, as a sample's terms x articles is."""
    from scipy import sparse

    return sparse.random(rows, columns, density=0.02, format="csr", random_state=seed, dtype=np.float64)


@pytest.mark.parametrize("form", ["csr", "csc"])
def test_column_major_product_is_the_sparse_product_to_the_last_bit(form):
    m = long_sparse_matrix(3_000, 120, seed=1).asformat(form)
    dense = np.random.default_rng(1).standard_normal((120, 17))
    product = nmf.column_major_product(m, dense)
    assert product.flags.f_contiguous
    assert np.array_equal(product, m @ dense)


@pytest.mark.parametrize("shape", [(500, 17), (17, 17), (9, 17), (2_001, 3)])
def test_permuted_lower_is_scipys_in_the_arrays_own_memory(shape):
    from scipy import linalg

    a = np.asfortranarray(np.random.default_rng(shape[0]).standard_normal(shape))
    expected = linalg.lu(a, permute_l=True, check_finite=False)[0]
    lower = nmf._permuted_lower(a)
    assert np.array_equal(lower, expected)
    if shape[0] > shape[1]:
        assert np.shares_memory(lower, a)  # factored where it was, no copy


@pytest.mark.parametrize("gradient_rows", [7, 64, 1 << 13])
def test_the_fit_in_blocks_of_gradient_rows_matches_scikit_learn_bit_for_bit(gradient_rows, monkeypatch):
    monkeypatch.setattr(nmf, "GRADIENT_ROWS", gradient_rows)  # blocks of rows, a last short one, or one block
    counts = zipf_documents(4, 90, 400)
    *_, weighted, expected = reference(counts, 6)
    matrix, _ = nmf.count_matrix(counts)
    assert np.array_equal(nmf.nmf_components(nmf.tfidf(matrix, nmf.idf(matrix)), 6, max_iter=1000), expected)


def test_a_gradient_adds_its_terms_in_order_from_the_first_a_negative_zero_kept():
    rng = np.random.default_rng(3)
    columns = np.asfortranarray(rng.random((50, 4)) * 10.0 ** rng.integers(-8, 8, (50, 4)))
    weights = rng.random(4) * 10.0 ** rng.integers(-8, 8, 4)
    subtracted = np.concatenate([rng.random(45), np.zeros(5)])
    columns[45:] = -0.0  # the last rows' terms all -0.0: their sum is -0.0, which a sum from 0.0 loses
    for weights_ in (weights, np.array([0.0, *weights[1:]])):
        expected = -subtracted
        for r in range(4):
            expected = expected + weights_[r] * columns[:, r]
        out = np.empty(50)
        nmf._gradient(subtracted, columns, weights_, np.empty(5 * 64), out)
        assert np.array_equal(out, expected) and np.array_equal(np.signbit(out), np.signbit(expected))


@pytest.mark.parametrize("rows", [5, 16, 17, 18, 33, 47])
def test_product_over_a_tall_array_is_the_matrix_product_to_the_last_bit(rows, monkeypatch):
    monkeypatch.setattr(nmf, "ROW_BLOCK", 16)  # blocks of 16 rows: a last block of one row is joined to the one before
    rng = np.random.default_rng(rows)
    tall = np.asfortranarray(rng.standard_normal((rows, 12)))
    small = np.asfortranarray(rng.standard_normal((12, 12)))
    expected = tall @ small
    product = nmf._product_over(tall, small)
    assert np.array_equal(product, expected)
    assert np.shares_memory(product, tall)


def test_the_randomized_svd_holds_one_long_array_at_a_time():
    import tracemalloc

    m = long_sparse_matrix(40_000, 300)
    nmf._randomized_svd(m, 10, 0)  # warm up: libraries loaded, caches made
    long_array = 40_000 * 20 * 8  # the range finder's products: rows x (10 components + 10 oversamples)
    tracemalloc.start()
    try:
        nmf._randomized_svd(m, 10, 0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * long_array  # was three at once (LU's copy and second array), then two (QR's copy, q @ u)
