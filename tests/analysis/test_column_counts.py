"""The topic fit's per-term counts, taken a chunk of the matrix at a time, are those of one `np.bincount`
over the whole matrix: the topics' term counts and IDF weights in exports depend on them."""

import numpy as np
import pytest

from discourse.analysis import nmf


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 7 values, so that a matrix of a few dozen spans several and ends in a partial one."""
    monkeypatch.setattr(nmf, "COUNT_CHUNK", 7)


def stored_values(seed: int, size: int, columns: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    indices = rng.integers(0, columns, size=size).astype(np.intc)
    counts = rng.integers(0, 5, size=size).astype(np.float64)  # whole counts, some of them 0
    return indices, counts


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_counts_across_chunks_are_bincounts_of_the_whole(small_chunks, seed):
    indices, counts = stored_values(seed, 50, 9)
    found = nmf.column_counts(indices, 12)
    assert found.dtype == np.intp
    assert np.array_equal(found, np.bincount(indices, minlength=12))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_weighted_and_kept_counts_across_chunks_are_those_of_one_bincount(small_chunks, seed):
    indices, counts = stored_values(seed, 50, 9)
    assert np.array_equal(nmf.column_counts(indices, 9, weights=counts), np.bincount(indices, counts, minlength=9))
    kept = counts != 0
    assert np.array_equal(nmf.column_counts(indices, 9, kept=kept), np.bincount(indices[kept], minlength=9))
    assert np.array_equal(nmf.column_counts(indices, 9, weights=counts, kept=kept),
                          np.bincount(indices[kept], counts[kept], minlength=9))


def test_no_stored_values_count_zero_in_every_column():
    assert np.array_equal(nmf.column_counts(np.array([], dtype=np.intc), 3), [0, 0, 0])
