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
    from scipy.stats import mannwhitneyu

    result = mannwhitneyu(first, second, alternative="two-sided")
    return TestResult(name, float(result.statistic), float(result.pvalue))
