"""Small-sample statistics for per-article figures: intervals and tests that say when they can't.

A comment section of five comments supports far less than one of five hundred; every
figure here carries its interval or a plain reason why no test was run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_95 = 1.959963984540054
MIN_GROUP_FOR_TEST = 3


@dataclass(frozen=True)
class Proportion:
    """k of n, with a 95% Wilson score interval (sound at small n and near 0 or 1)."""

    k: int
    n: int
    share: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class TestResult:
    """A test statistic and p-value, or the reason the test was not run."""

    name: str
    statistic: float | None
    p_value: float | None
    reason: str | None = None


def wilson_interval(k: int, n: int, z: float = Z_95) -> Proportion:
    if n == 0:
        return Proportion(k, n, None, None, None)
    share = k / n
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    margin = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return Proportion(k, n, share, max(0.0, centre - margin), min(1.0, centre + margin))


def controversy(agree: int, disagree: int, total: int) -> float:
    """0 when nobody takes sides or everyone takes the same side; 1 when all split evenly.

    The share of comments taking a side, times how balanced the sides are.
    """
    sides = agree + disagree
    if total == 0 or sides == 0:
        return 0.0
    balance = 1 - abs(agree - disagree) / sides
    return round(sides / total * balance, 3)


def mann_whitney(first: list[float], second: list[float], name: str = "Mann-Whitney U") -> TestResult:
    """Two-sided Mann-Whitney U, run only when both groups have enough values to mean something."""
    if min(len(first), len(second)) < MIN_GROUP_FOR_TEST:
        return TestResult(name, None, None,
                          f"too few values ({len(first)} and {len(second)}; need at least {MIN_GROUP_FOR_TEST} each)")
    if len(set(first) | set(second)) == 1:
        return TestResult(name, None, None, "all values are equal")
    computed = _mann_whitney_closed_form(first, second)
    if computed is None:
        from scipy.stats import mannwhitneyu

        result = mannwhitneyu(first, second, alternative="two-sided")
        computed = float(result.statistic), float(result.pvalue)
    return TestResult(name, *computed)


# Exact (tie-free) p-values only where every count of the U distribution is an exact float64.
_EXACT_FLOAT_INTEGERS = 2 ** 53
_EXACT_METHOD_MAX_SIZE = 8  # SciPy's "auto": the exact distribution when one sample is this small and nothing ties


def _mann_whitney_closed_form(first: list[float], second: list[float]) -> tuple[float, float] | None:
    """U of the first sample and the two-sided p-value, as `scipy.stats.mannwhitneyu` computes them
    (method "auto", continuity correction), to the last bit; None where that is not assured (a
    value that is not a finite float; an exact distribution too large for exact float counts),
    and the caller asks SciPy. SciPy's wrapper costs milliseconds a call and a second to import,
    once per page and per worker; the arithmetic is microseconds."""
    values = [*first, *second]
    if not all(type(value) is float and math.isfinite(value) for value in values):
        return None
    n1, n2 = len(first), len(second)
    ranks, ties = _average_ranks(values)
    u1 = sum(ranks[:n1]) - n1 * (n1 + 1) / 2
    u = max(u1, n1 * n2 - u1)
    from scipy.special import binom, ndtr

    if (n1 > _EXACT_METHOD_MAX_SIZE and n2 > _EXACT_METHOD_MAX_SIZE) or max(ties) > 1:
        n = n1 + n2
        spread = math.sqrt(n1 * n2 / 12 * ((n + 1) - float(sum(t ** 3 - t for t in ties)) / (n * (n - 1))))
        if spread == 0:
            return None
        p = float(ndtr(-((u - n1 * n2 / 2 - 0.5) / spread))) * 2
    else:
        total = float(binom(n1 + n2, min(n1, n2)))
        if total * (n1 + n2) ** 2 >= _EXACT_FLOAT_INTEGERS:
            return None
        p = _u_cdf(min(n1, n2), max(n1, n2), int(n1 * n2 - u), total) * 2
    return u1, min(max(p, 0.0), 1.0)


def _average_ranks(values: list[float]) -> tuple[list[float], list[int]]:
    """Each value's rank (1-based, ties given their mean rank) and the size of every group of equal values."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    ties = []
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and values[order[end]] == values[order[start]]:
            end += 1
        rank = start + (end - start + 1) / 2
        for position in order[start:end]:
            ranks[position] = rank
        ties.append(end - start)
        start = end
    return ranks, ties


def _u_cdf(small: int, large: int, k: int, total: float) -> float:
    """P(U <= k) without ties: the counts of U = 0..k by the recurrence SciPy uses (u * c(u) = sum
    over j < u of c(j) * sigma(u - j)), in integers, each over the number of arrangements."""
    sigma = [0] * (k + 1)
    for divisor in range(1, small + 1):
        for multiple in range(divisor, k + 1, divisor):
            sigma[multiple] += divisor
    for divisor in range(large + 1, large + small + 1):
        for multiple in range(divisor, k + 1, divisor):
            sigma[multiple] -= divisor
    counts = [1]
    for u in range(1, k + 1):
        counts.append(sum(counts[j] * sigma[u - j] for j in range(u)) // u)
    cumulative = 0.0
    for count in counts:
        cumulative += count / total
    return cumulative
