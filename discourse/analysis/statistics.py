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
    if (n1 > _EXACT_METHOD_MAX_SIZE and n2 > _EXACT_METHOD_MAX_SIZE) or max(ties) > 1:
        n = n1 + n2
        spread = math.sqrt(n1 * n2 / 12 * ((n + 1) - float(sum(t ** 3 - t for t in ties)) / (n * (n - 1))))
        if spread == 0:
            return None
        p = ndtr(-((u - n1 * n2 / 2 - 0.5) / spread)) * 2
    else:
        total = binom(n1 + n2, min(n1, n2))
        if total * (n1 + n2) ** 2 >= _EXACT_FLOAT_INTEGERS:
            return None
        p = _u_cdf(min(n1, n2), max(n1, n2), int(n1 * n2 - u), total) * 2
    return u1, min(max(p, 0.0), 1.0)


# SciPy's normal distribution function (`scipy.special.ndtr`, Cephes' rational approximations of erf and
# erfc) computed the same way in Python floats, so that p-values are SciPy's to the last bit without
# importing `scipy.special` (0.4 s of CPU) in every process that summarises a page: Python's own
# `math.erfc` differs from it in the last bits on a third of inputs.
_ERFC_P = (2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0,
           4.86371970985681366614E1, 1.96520832956077098242E2, 5.26445194995477358631E2,
           9.34528527171957607540E2, 1.02755188689515710272E3, 5.57535335369399327526E2)
_ERFC_Q = (1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2,
           9.75708501743205489753E2, 1.82390916687909736289E3, 2.24633760818710981792E3,
           1.65666309194161350182E3, 5.57535340817727675546E2)
_ERFC_R = (5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0,
           6.16021097993053585195E0, 7.40974269950448939160E0, 2.97886665372100240670E0)
_ERFC_S = (2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1,
           1.70814450747565897222E1, 9.60896809063285878198E0, 3.36907645100081516050E0)
_ERF_T = (9.60497373987051638749E0, 9.00260197203842689217E1, 2.23200534594684319226E3,
          7.00332514112805075473E3, 5.55923013010394962768E4)
_ERF_U = (3.35617141647503099647E1, 5.21357949780152679795E2, 4.59432382970980127987E3,
          2.26290000613890934246E4, 4.92673942608635921086E4)
_MAXLOG = 7.09782712893383996843E2


def _polynomial(x: float, coefficients: tuple[float, ...]) -> float:
    """Horner's rule from the highest coefficient (Cephes' polevl)."""
    value = coefficients[0]
    for coefficient in coefficients[1:]:
        value = value * x + coefficient
    return value


def _monic(x: float, coefficients: tuple[float, ...]) -> float:
    """The same with a leading coefficient of 1 left out of the table (Cephes' p1evl)."""
    value = x + coefficients[0]
    for coefficient in coefficients[1:]:
        value = value * x + coefficient
    return value


def _erf(x: float) -> float:
    if x < 0.0:
        return -_erf(-x)
    if abs(x) > 1.0:
        return 1.0 - _erfc(x)
    z = x * x
    return x * _polynomial(z, _ERF_T) / _monic(z, _ERF_U)


def _erfc(a: float) -> float:
    x = -a if a < 0.0 else a
    if x < 1.0:
        return 1.0 - _erf(a)
    z = -a * a
    if z >= -_MAXLOG:
        z = math.exp(z)
        if x < 8.0:
            p, q = _polynomial(x, _ERFC_P), _monic(x, _ERFC_Q)
        else:
            p, q = _polynomial(x, _ERFC_R), _monic(x, _ERFC_S)
        y = (z * p) / q
        if a < 0:
            y = 2.0 - y
        if y != 0.0:
            return y
    return 2.0 if a < 0 else 0.0


def ndtr(a: float) -> float:
    """P(Z <= a) for a standard normal Z, as `scipy.special.ndtr` computes it."""
    if math.isnan(a):
        return math.nan
    x = a * math.sqrt(0.5)
    z = abs(x)
    if z < 1.0:
        return 0.5 + 0.5 * _erf(x)
    y = 0.5 * _erfc(z)
    return 1.0 - y if x > 0 else y


def binom(n: int, k: int) -> float:
    """n choose k as a float, as `scipy.special.binom` computes it for whole numbers (a product that
    keeps the error small; SciPy itself answers for k of 20 or more after symmetry)."""
    kx = float(k)
    if n > 0 and kx > n / 2:
        kx = n - kx
    if not 0 <= kx < 20:
        from scipy.special import binom as scipy_binom

        return float(scipy_binom(n, k))
    numerator = denominator = 1.0
    for i in range(1, 1 + int(kx)):
        numerator *= i + n - kx
        denominator *= i
        if abs(numerator) > 1e50:
            numerator /= denominator
            denominator = 1.0
    return numerator / denominator


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
