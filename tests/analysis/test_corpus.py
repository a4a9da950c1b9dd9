"""Corpus comparisons: checked against scipy on synthetic outlets, and plain about small samples."""

import math

import numpy as np
import pytest
from scipy import stats as scipy_stats

from discourse.analysis.corpus import (
    UNKNOWN_OUTLET, Comparison, PageNumbers, ThreadNumbers, corpus_stats, disagreement_by_outlet, fisher_z_interval,
    holm, median_interval, page_numbers, pages_from_frames, polarity_by_outlet, spearman,
    subjectivity_and_disagreement, thread_size_and_disagreement, with_holm,
)
from discourse.analysis.page import analyse_page
from discourse.parse import expand_paths, load, parse_text
from discourse.report.frames import to_frames
from tests.conftest import DATA

RNG = np.random.default_rng(7)
SHIFTS = {"Daily Left": -0.4, "Middle Times": 0.0, "Right Post": 0.4}
DISAGREE_RATES = {"Daily Left": 0.1, "Middle Times": 0.3, "Right Post": 0.6}


def page(outlet, polarities, disagreements=0, subjectivity=0.5, threads=None, shown=True):
    polarities = tuple(float(p) for p in polarities)
    threads = threads or (ThreadNumbers(len(polarities), len(polarities), disagreements),)
    return PageNumbers(f"{outlet}.txt", outlet, shown, subjectivity, polarities, disagreements, tuple(threads))


def threads_of(disagreements, sizes=(1, 2, 3, 4)):
    """Split 10 reader comments into threads, the disagreements filling the biggest threads first."""
    threads = []
    for size in sorted(sizes, reverse=True):
        threads.append(ThreadNumbers(size, size, min(size, disagreements)))
        disagreements -= threads[-1].disagreements
    return threads


def three_outlets(comments_per_outlet=20, articles_per_outlet=2):
    """3 outlets × 20 reader comments: polarity shifted and disagreement rates set per outlet."""
    pages = []
    per_article = comments_per_outlet // articles_per_outlet
    for outlet, shift in SHIFTS.items():
        for number in range(articles_per_outlet):
            values = np.clip(RNG.normal(shift, 0.3, per_article), -1, 1)
            disagreements = round(DISAGREE_RATES[outlet] * per_article)
            pages.append(page(outlet, values, disagreements, subjectivity=0.3 + 0.1 * number + shift / 2,
                              threads=threads_of(disagreements)))
    return pages


@pytest.fixture(scope="module")
def synthetic():
    return three_outlets()


def polarities_by_outlet(pages):
    grouped = {}
    for p in pages:
        grouped.setdefault(p.outlet, []).extend(p.polarities)
    return grouped


def test_kruskal_wallis_matches_scipy_with_epsilon_squared(synthetic):
    result = polarity_by_outlet(synthetic)
    groups = polarities_by_outlet(synthetic)
    expected = scipy_stats.kruskal(*groups.values())
    assert result.statistic == pytest.approx(expected.statistic)
    assert result.p_value == pytest.approx(expected.pvalue)
    assert result.effect == pytest.approx(expected.statistic / (60 - 1))
    assert result.n == 60 and result.p_value < 0.001 and result.caveats == ()


def test_chi_square_matches_scipy_with_cramers_v(synthetic):
    result = disagreement_by_outlet(synthetic)
    table = [[2, 18], [6, 14], [12, 8]]
    chi2, p_value, _, _ = scipy_stats.chi2_contingency(table, correction=False)
    assert result.statistic == pytest.approx(chi2) and result.p_value == pytest.approx(p_value)
    assert result.effect == pytest.approx(scipy_stats.contingency.association(table, method="cramer"))
    assert result.test == "chi-square independence" and result.caveats == ()


def test_small_two_by_two_uses_fishers_exact_test():
    pages = [page("A", [0.1] * 6, 1), page("B", [0.2] * 6, 5)]
    result = disagreement_by_outlet(pages)
    assert result.test == "Fisher's exact (2×2)"
    assert result.p_value == pytest.approx(scipy_stats.fisher_exact([[1, 5], [5, 1]]).pvalue)
    assert "expected counts below 5" in result.caveats[0]


def test_small_larger_table_is_flagged_unreliable():
    pages = [page("A", [0.1] * 4, 1), page("B", [0.2] * 4, 3), page("C", [0.0] * 4, 2)]
    result = disagreement_by_outlet(pages)
    assert result.test == "chi-square independence" and result.ran
    assert "chi-square approximation is unreliable" in result.caveats[0]


def test_spearman_matches_scipy_with_a_fisher_z_interval():
    x = [0.1, 0.4, 0.35, 0.8, 0.6, 0.9, 0.2, 0.7, 0.5, 0.3, 0.65, 0.45]
    y = [0.0, 0.3, 0.5, 0.7, 0.4, 1.0, 0.2, 0.6, 0.55, 0.1, 0.8, 0.35]
    result = spearman("q", x, y, "articles")
    expected = scipy_stats.spearmanr(x, y)
    assert result.effect == pytest.approx(expected.statistic) and result.p_value == pytest.approx(expected.pvalue)
    margin = 1.959963984540054 * math.sqrt(1.06 / (len(x) - 3))
    assert result.effect_low == pytest.approx(math.tanh(math.atanh(expected.statistic) - margin))
    assert result.effect_high == pytest.approx(math.tanh(math.atanh(expected.statistic) + margin))
    assert result.effect_low < result.effect < result.effect_high


def test_perfect_correlation_keeps_a_finite_interval():
    low, high = fisher_z_interval(1.0, 8)
    assert math.isfinite(low) and low < high <= 1.0


def test_subjectivity_against_disagreement_uses_articles_with_three_readers():
    pages = [page("A", [0.0] * 4, k, subjectivity=s) for k, s in zip([0, 1, 2, 3, 4, 1], [.1, .3, .5, .6, .9, .2])]
    pages.append(page("A", [0.0], 1, subjectivity=0.95))
    result = subjectivity_and_disagreement(pages)
    expected = scipy_stats.spearmanr([.1, .3, .5, .6, .9, .2], [0, .25, .5, .75, 1, .25])
    assert result.n == 6 and result.effect == pytest.approx(expected.statistic)
    assert "1 article with fewer than 3 reader comments left out" in result.caveats
    assert any("rough" in caveat for caveat in result.caveats)


def test_thread_size_against_disagreement_pools_threads():
    threads = [ThreadNumbers(size, size, k) for size, k in [(1, 0), (2, 0), (3, 1), (5, 3), (8, 6), (4, 1)]]
    pages = [page("A", [0.0] * 11, 6, threads=threads[:3]), page("B", [0.0] * 12, 5, threads=threads[3:])]
    result = thread_size_and_disagreement(pages)
    expected = scipy_stats.spearmanr([1, 2, 3, 5, 8, 4], [0, 0, 1 / 3, 3 / 5, 6 / 8, 1 / 4])
    assert result.n == 6 and result.effect == pytest.approx(expected.statistic)


def test_median_interval_matches_order_statistics():
    values = [0.5, -0.2, 0.1, 0.9, -0.7, 0.3, 0.0, 0.4, -0.1, 0.6]
    median, low, high = median_interval(values)
    assert median == pytest.approx(0.2)
    ordered = sorted(values)
    assert (low, high) == (ordered[1], ordered[8])  # ranks 2 and 9 of 10: coverage 97.9%


def test_median_interval_needs_six_values_for_95_percent():
    assert median_interval([0.1, 0.2, 0.3]) == (pytest.approx(0.2), None, None)
    assert median_interval([]) == (None, None, None)


def test_holm_matches_hand_computed_values():
    # sorted: .005×4 = .02, .01×3 = .03, .03×2 = .06, .04×1 = .04 → raised to .06 (monotone)
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.6]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []


def test_holm_is_applied_only_to_tests_that_ran():
    ran = Comparison("a", "t", 10, statistic=1.0, p_value=0.02)
    skipped = Comparison("b", "t", 1, reason="too few")
    other = Comparison("c", "t", 10, statistic=1.0, p_value=0.04)
    corrected = with_holm([ran, skipped, other])
    assert [c.p_adjusted for c in corrected] == [pytest.approx(0.04), None, pytest.approx(0.04)]


def test_corpus_stats_corrects_across_its_tests(synthetic):
    result = corpus_stats(synthetic)
    ran = [c for c in result.comparisons if c.ran]
    assert len(ran) == 4
    assert [c.p_adjusted for c in ran] == pytest.approx(holm([c.p_value for c in ran]))
    assert [o.outlet for o in result.outlets] == list(SHIFTS)
    assert [o.disagreement.k for o in result.outlets] == [2, 6, 12]


def test_one_outlet_says_why_nothing_ran():
    result = corpus_stats([page("Only", [0.1, 0.2, 0.3, 0.4], 2), page("Only", [0.5, -0.1, 0.0], 1)])
    kruskal, chi_square, subjectivity, threads = result.comparisons
    assert kruskal.reason == ("only 1 outlet with ≥ 3 reader comments (Only); "
                              "need ≥ 2 outlets with ≥ 3 each")
    assert chi_square.reason == "only 1 outlet with reader comments (Only); need ≥ 2"
    assert subjectivity.reason == "too few articles with ≥ 3 reader comments (2; need ≥ 5)"
    assert not any(c.ran for c in result.comparisons)


def test_equal_values_and_no_disagreement_are_reasons_not_nans():
    pages = [page("A", [0.0] * 5), page("B", [0.0] * 5)]
    kruskal, chi_square = polarity_by_outlet(pages), disagreement_by_outlet(pages)
    assert kruskal.reason == "every reader comment has the same polarity"
    assert chi_square.reason == "no variation: 0 of 10 reader comments disagree"
    assert spearman("q", [1, 1, 1, 1, 1], [1, 2, 3, 4, 5], "articles").reason.startswith("no variation")


def test_small_groups_are_left_out_of_kruskal_wallis_and_named():
    pages = three_outlets() + [page("Tiny", [0.9, 0.8])]
    result = polarity_by_outlet(pages)
    assert result.n == 60
    assert "left out (fewer than 3 reader comments): Tiny" in result.caveats


def test_empty_corpus_runs_nothing_without_errors():
    result = corpus_stats([])
    assert result.articles == 0 and result.outlets == [] and not any(c.ran for c in result.comparisons)


@pytest.fixture(scope="module")
def sample_analyses():
    return [analyse_page(load(path)) for path in expand_paths([DATA])]


def test_sample_pages_reduce_to_their_numbers(sample_analyses):
    pages = [page_numbers(analysis) for analysis in sample_analyses]
    assert [p.outlet for p in pages] == [UNKNOWN_OUTLET] * 4 + ["Informed Comment"]
    commented = pages[4]
    assert (commented.comments, commented.readers, commented.disagreements) == (10, 9, 2)
    assert sum(t.size for t in commented.threads) == 10


def test_frames_give_the_same_numbers_as_analyses(sample_analyses):
    synthetic = [analyse_page(parse_text(
        f"Story {n}\n\nBy Ann Lee | (Valley News)\n\nThe water board raised prices. Farmers are angry.\n\n"
        "2 Responses\n\n  1. You are wrong, the board is right.\n\n  2. Nice weather today.\n",
        path=f"valley{n}.txt")) for n in range(2)]
    analyses = sample_analyses + synthetic
    assert pages_from_frames(to_frames(analyses)) == [page_numbers(a) for a in analyses]


def test_sample_corpus_prints_caveats_not_results(sample_analyses):
    result = corpus_stats([page_numbers(a) for a in sample_analyses])
    assert not any(c.ran for c in result.comparisons)
    assert all(c.reason for c in result.comparisons)
    assert any("4 of 5 articles show no outlet" in note for note in result.notes)
    informed = result.outlets[0]
    assert (informed.outlet, informed.readers, informed.disagreement.k) == ("Informed Comment", 9, 2)
    assert informed.median_low <= informed.median <= informed.median_high
