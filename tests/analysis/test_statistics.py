"""Intervals and tests behind the per-article figures, checked against known values."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis.statistics import _mann_whitney_closed_form, controversy, mann_whitney, wilson_interval


def test_wilson_interval_matches_the_textbook_value():
    p = wilson_interval(4, 10)
    assert p.share == 0.4
    assert p.low == pytest.approx(0.1682, abs=1e-4)
    assert p.high == pytest.approx(0.6873, abs=1e-4)


def test_wilson_interval_stays_inside_zero_one_at_the_edges():
    none, everyone = wilson_interval(0, 5), wilson_interval(5, 5)
    assert none.low == 0.0 and 0 < none.high < 0.5
    assert everyone.high == 1.0 and 0.5 < everyone.low < 1


def test_wilson_interval_of_nothing_is_unknown_not_zero():
    p = wilson_interval(0, 0)
    assert (p.share, p.low, p.high) == (None, None, None)


def test_controversy_is_highest_for_an_even_split_and_zero_when_one_sided():
    assert controversy(5, 5, 10) == 1.0
    assert controversy(10, 0, 10) == 0.0
    assert controversy(0, 0, 10) == 0.0
    assert controversy(3, 3, 12) == 0.5
    assert controversy(4, 1, 5) < controversy(3, 2, 5)


def test_mann_whitney_agrees_with_a_hand_computed_u():
    result = mann_whitney([1.0, 2.0, 3.0], [4.0, 5.0, 6.0])
    assert result.statistic == 0.0
    assert result.p_value == pytest.approx(0.1, abs=1e-9)


def test_mann_whitney_says_why_it_did_not_run():
    assert "too few values (2 and 5" in mann_whitney([0.1, 0.2], [0.1] * 5).reason
    assert mann_whitney([0.0] * 4, [0.0] * 4).reason == "all values are equal"


POLARITIES = st.sampled_from([0.0, 0.1, -0.2, 0.5, 0.05, -0.0, 1.0])
ANY_FLOAT = st.floats(-1, 1, allow_nan=False)


@settings(max_examples=400, deadline=None)
@given(first=st.lists(st.one_of(POLARITIES, ANY_FLOAT), min_size=3, max_size=40),
       second=st.lists(st.one_of(POLARITIES, ANY_FLOAT), min_size=3, max_size=60))
def test_mann_whitney_gives_scipys_statistic_and_p_value_to_the_last_bit(first, second):
    """The closed form replaces scipy.stats.mannwhitneyu per page: same U, same p, tied or not,
    exact distribution (a sample of 8 or fewer without ties) or normal approximation."""
    from scipy.stats import mannwhitneyu

    result = mann_whitney(first, second)
    if result.reason:
        assert len(set(first) | set(second)) == 1
        return
    expected = mannwhitneyu(first, second, alternative="two-sided")
    assert (result.statistic, result.p_value) == (float(expected.statistic), float(expected.pvalue))


def test_mann_whitney_leaves_to_scipy_what_the_closed_form_cannot_assure():
    from scipy.stats import mannwhitneyu

    large = [i / 1000 for i in range(300)]  # no ties, one small sample: an exact distribution too large
    small = [0.5 + i / 100 for i in range(8)]
    for first, second in ((small, large), ([1, 2, 3], [4, 5, 6.0])):
        assert _mann_whitney_closed_form(first, second) is None
        expected = mannwhitneyu(first, second, alternative="two-sided")
        result = mann_whitney(first, second)
        assert (result.statistic, result.p_value) == (float(expected.statistic), float(expected.pvalue))


def test_normal_distribution_and_binomial_match_scipy_to_the_last_bit():
    # The summary's p-values are computed without importing scipy.special; they must stay SciPy's.
    special = pytest.importorskip("scipy.special", reason="SciPy is the reference")
    import random

    from discourse.analysis.statistics import binom, ndtr

    rng = random.Random(0)
    points = [rng.gauss(0, scale) for scale in (0.1, 1, 3, 8, 30) for _ in range(4000)]
    points += [0.0, 1.0, -1.0, 2 ** 0.5, -(2 ** 0.5), 8 * 2 ** 0.5, -8 * 2 ** 0.5, 37.6, -37.6, float("inf"), float("-inf")]
    assert [ndtr(x) for x in points] == [float(special.ndtr(x)) for x in points]
    pairs = [(n, k) for n in range(0, 120) for k in range(0, min(n, 25) + 1)]
    assert [binom(n, k) for n, k in pairs] == [float(special.binom(n, k)) for n, k in pairs]
