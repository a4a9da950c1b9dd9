"""The topic fit's linear algebra with NumPy and SciPy alone: term counts to a sparse matrix, TF-IDF,
and NMF (NNDSVDa start, coordinate descent).

scikit-learn computes the same (`DictVectorizer(sort=True)`, `TfidfTransformer()`,
`NMF(init="nndsvda", solver="cd")`), but importing it loads SciPy's statistics and pandas as well:
1.2-1.5 s of CPU in every export, more than the fit itself on a corpus of a few hundred pages.
These functions follow scikit-learn 1.x's code step by step, with the same NumPy and SciPy calls on
arrays of the same layout, so they give the same numbers bit for bit; `tests/analysis/test_nmf.py`
compares them with scikit-learn's on real and random data. The coordinate descent, a compiled loop
over one matrix row at a time in scikit-learn, runs here over all rows at once for each component
(a row's update reads and writes only that row), adding the terms of each gradient and of the
stopping criterion in the same order.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from math import sqrt

import numpy as np
from scipy import linalg, sparse
from scipy.linalg import lapack
from threadpoolctl import threadpool_limits

TOLERANCE = 1e-4  # scikit-learn's default tol
OVERSAMPLES = 10  # randomized SVD's default n_oversamples
NNDSVD_FLOOR = 1e-6  # _initialize_nmf's eps
COUNT_CHUNK = 1 << 16  # stored values counted per `np.bincount` call in `column_counts`
SUM_CHUNK = 1 << 13  # stored values scaled at once by `mean` (64 KiB)
ROW_BLOCK = 1 << 10  # rows multiplied at once by `_product_over`
GRADIENT_ROWS = 1 << 13  # rows whose gradient terms `_coordinate_descent` holds at once (704 KiB at 10 topics)


def count_matrix(counts: Iterable[Mapping[str, int]], terms: Sequence[str] | None = None, stored: int | None = None
                 ) -> tuple[sparse.csr_matrix, list[str]]:
    """Documents' term counts as a CSR matrix (float64) with columns in sorted term order, and the
    terms: `DictVectorizer(sort=True).fit_transform(counts)` and its `feature_names_`.

    terms: the columns, sorted; counts of other terms are left out (the topic fit counts only the
    terms shared by several documents, without a matrix of them all), and stored must then say how
    many counts of those terms the documents hold. By default every term of the documents, which are
    then read twice. The matrix's arrays are made at their final size and each row is written in
    column order: arrays grown row by row, reallocated as they grew, left the process 1.8 MiB more
    resident at a 1,000-article sample (the topic fit's peak), and rows in column order need no
    reordering copies."""
    if terms is None:
        counts = list(counts)
        terms = sorted(set().union(*counts))
        stored = sum(map(len, counts))
    column = {term: j for j, term in enumerate(terms)}
    indices = np.empty(stored, dtype=np.intc)
    values = np.empty(stored, dtype=np.float64)
    pointers = array("i", [0])  # one per document: unboxed, a list of ints took 36 bytes each
    for document in counts:
        row = sorted((column[name], value) for name, value in document.items() if name in column)
        start, end = pointers[-1], pointers[-1] + len(row)
        if end > stored:
            raise ValueError(f"the documents hold more than {stored} counts of the terms")
        indices[start:end] = [j for j, _ in row]
        values[start:end] = [value for _, value in row]
        pointers.append(end)
    if pointers[-1] != stored:
        raise ValueError(f"the documents hold {pointers[-1]} counts of the terms, not {stored}")
    matrix = sparse.csr_matrix((values, indices, np.frombuffer(pointers, dtype=np.intc)),
                               shape=(len(pointers) - 1, len(terms)))
    matrix.sort_indices()  # sorted already: this only records it
    return matrix, list(terms)


def idf(matrix: sparse.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1: `TfidfTransformer().fit(matrix).idf_`."""
    frequency = column_counts(matrix.indices, matrix.shape[1]).astype(np.float64, copy=False)
    frequency += 1.0
    weights = np.full_like(frequency, fill_value=matrix.shape[0] + 1, dtype=np.float64)
    weights /= frequency
    np.log(weights, out=weights)
    weights += 1.0
    return weights


def column_counts(indices: np.ndarray, columns: int, weights: np.ndarray | None = None,
                  kept: np.ndarray | None = None) -> np.ndarray:
    """`np.bincount(indices[kept], weights, minlength=columns)`: per column, how many stored values (or
    the sum of their weights), counting only those `kept` marks, COUNT_CHUNK values at a time.

    `np.bincount` copies a sparse matrix's 32-bit column indices to 64-bit integers first: counted
    whole, that copy was the topic fit's largest array after the matrix (its peak at a 1,000-article
    sample). Sums of whole numbers are exact in any order, so the counts are the same; weights must be
    whole numbers (term counts)."""
    counts = np.zeros(columns, dtype=np.intp if weights is None else np.float64)
    for start in range(0, len(indices), COUNT_CHUNK):
        chunk = slice(start, start + COUNT_CHUNK)
        found, weighed = indices[chunk], None if weights is None else weights[chunk]
        if kept is not None:
            found, weighed = found[kept[chunk]], None if weighed is None else weighed[kept[chunk]]
        counts += np.bincount(found, weighed, minlength=columns)
    return counts


def tfidf(matrix: sparse.csr_matrix, weights: np.ndarray, copy: bool = True) -> sparse.csr_matrix:
    """Rows weighted by `weights` and scaled to unit length: `TfidfTransformer.transform(matrix)`.

    copy=False weights `matrix` itself (the topic fit keeps no unweighted copy of its counts). Each
    row is weighted and squared on its own, without arrays as large as the matrix."""
    if copy:
        matrix = sparse.csr_matrix(matrix, copy=True)
    data, indices, pointers = matrix.data, matrix.indices, matrix.indptr
    for row in range(matrix.shape[0]):
        start, end = pointers[row], pointers[row + 1]
        if start == end:
            continue
        values = data[start:end]
        values *= weights[indices[start:end]]
        total = np.add.accumulate(values * values)[-1]  # in order, as the compiled loop adds them
        if total == 0.0:
            continue
        values /= sqrt(total)
    return matrix


def nmf_components(matrix: sparse.csr_matrix, components: int, max_iter: int, random_state: int = 0) -> np.ndarray:
    """`NMF(n_components=components, init="nndsvda", random_state=random_state, max_iter=max_iter).fit(matrix).components_`
    for a non-negative CSR matrix with at least `components` rows and columns.

    BLAS runs on one thread here: the matrices of a topic fit are small (a few hundred articles, ten
    components), and OpenBLAS's threads, waiting for each other on every LU and QR of the range
    finder, cost 30 times the CPU of the arithmetic (far more on a busy machine). One thread also
    makes the fit's last bits the same on every machine (a threaded LU rounds differently)."""
    with threadpool_limits(limits=1, user_api="blas"):
        return _nmf_components(matrix, components, max_iter, random_state)


def _nmf_components(matrix: sparse.csr_matrix, components: int, max_iter: int, random_state: int) -> np.ndarray:
    w, h = _nndsvda(matrix, components, random_state)
    w = np.ascontiguousarray(w)
    ht = np.ascontiguousarray(h.T)
    violation_init = 0.0
    for iteration in range(1, max_iter + 1):
        violation = 0.0
        violation += _coordinate_descent(matrix, w, ht)
        violation += _coordinate_descent(matrix.T, ht, w)
        if iteration == 1:
            violation_init = violation
        if violation_init == 0 or violation / violation_init <= TOLERANCE:
            break
    return ht.T


def _coordinate_descent(x, w: np.ndarray, ht: np.ndarray) -> float:
    """One sweep over w's columns (scikit-learn's `_update_coordinate_descent` without regularisation or
    shuffling); w is updated in place; returns the summed projected gradient (the violation)."""
    hht = np.dot(ht.T, ht)
    xht = x @ ht  # read a column at a time into the gradient's terms: no column-major copy of it is held
    # The sweep reads and writes whole columns: on a column-major copy they are contiguous (the
    # arithmetic is elementwise, so the layout changes no bit); w gets the copy back at the end.
    columns = np.asfortranarray(w)
    rows, width = w.shape
    terms = np.empty((width + 1) * min(rows, GRADIENT_ROWS))
    gradient = np.empty(rows)
    # The violation so far, then a column's |projected gradient|: one running sum carries it on.
    running = np.zeros(rows + 1)
    for t in range(width):
        for start in range(0, rows, GRADIENT_ROWS):
            block = slice(start, min(start + GRADIENT_ROWS, rows))
            _gradient(xht[block, t], columns[block], hht[t], terms, gradient[block])
        column = columns[:, t]
        # min(gradient, 0) where the column is 0: fmin is where(gradient < 0, gradient, 0) but for the
        # sign of a zero, which the absolute value drops.
        np.abs(np.where(column == 0, np.fmin(gradient, 0.0), gradient), out=running[1:])
        running[0] = np.add.accumulate(running, out=running)[-1]
        hessian = hht[t, t]
        if hessian != 0:
            step = np.subtract(column, np.divide(gradient, hessian, out=gradient), out=gradient)
            # where(0 > step, 0, step), a step of -0.0 kept: NumPy's maximum gives its second operand
            # when both are equal
            np.maximum(0.0, step, out=column)
    w[...] = columns
    return float(running[0])


def _gradient(subtracted: np.ndarray, columns: np.ndarray, weights: np.ndarray, space: np.ndarray,
              out: np.ndarray) -> None:
    """`-subtracted + sum(weights[r] * columns[:, r])` into out, its terms added left to right as the
    compiled loop adds them, by one call instead of twenty: the terms are the rows of an array made in
    `space` (a flat buffer, so that the array is contiguous whatever its length), and NumPy adds rows
    across the slow axis one after another (its pairwise sum is only along the fast axis); a start of
    -0.0 leaves the first term as it is, a negative zero included."""
    terms = space[: len(weights) * len(out) + len(out)].reshape(len(weights) + 1, len(out))
    np.negative(subtracted, out=terms[0])
    np.multiply(columns.T, weights[:, np.newaxis], out=terms[1:])
    np.add.reduce(terms, axis=0, initial=-0.0, out=out)


def _nndsvda(x: sparse.csr_matrix, components: int, random_state: int) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's `_initialize_nmf(x, components, init="nndsvda", random_state=random_state)`."""
    average = mean(x)  # first, while no factor is held: it takes a copy of the matrix's values
    u, s, v = _randomized_svd(x, components, random_state)
    w, h = np.zeros_like(u), np.zeros_like(v, order="F")  # h.T row-major: the fit's ht, not a copy
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0, :] = np.sqrt(s[0]) * np.abs(v[0, :])
    for j in range(1, components):
        x_j, y_j = u[:, j], v[j, :]
        x_p, y_p = np.maximum(x_j, 0), np.maximum(y_j, 0)
        x_n, y_n = np.abs(np.minimum(x_j, 0)), np.abs(np.minimum(y_j, 0))
        x_p_nrm, y_p_nrm = _norm(x_p), _norm(y_p)
        x_n_nrm, y_n_nrm = _norm(x_n), _norm(y_n)
        m_p, m_n = x_p_nrm * y_p_nrm, x_n_nrm * y_n_nrm
        if m_p > m_n:
            left, right, sigma = x_p / x_p_nrm, y_p / y_p_nrm, m_p
        else:
            left, right, sigma = x_n / x_n_nrm, y_n / y_n_nrm, m_n
        scale = np.sqrt(s[j] * sigma)
        w[:, j] = scale * left
        h[j, :] = scale * right
    w[w < NNDSVD_FLOOR] = 0
    h[h < NNDSVD_FLOOR] = 0
    w[w == 0] = average
    h[h == 0] = average
    return w, h


def mean(matrix: sparse.csr_matrix) -> float:
    """`matrix.mean()` (the mean of every cell, zeros included) without SciPy's two copies of the
    matrix (one to convert, one scaled): each stored value times 1 / cells, summed as SciPy sums them.

    The scaled values are made SUM_CHUNK at a time, not all at once: a scaled copy of the matrix's
    values was the topic fit's largest array above the matrix (1.8 MiB at a 1,000-article sample)."""
    return float(pairwise_sum(matrix.data, 1.0 / (matrix.shape[0] * matrix.shape[1])))


def pairwise_sum(values: np.ndarray, scale: float) -> np.float64:
    """`np.sum(values * scale)` of a float64 vector, bit for bit, scaling at most SUM_CHUNK values at once.

    NumPy sums a vector pairwise: halves cut at a multiple of 8, each summed the same way, down to
    blocks of 128. Split here at the same points, every part is a node of NumPy's own tree, so
    `np.sum` of a part gives that node's value and the halves are added as NumPy adds them."""
    if len(values) <= SUM_CHUNK:
        return np.sum(values * scale)
    half = len(values) // 2
    half -= half % 8
    return pairwise_sum(values[:half], scale) + pairwise_sum(values[half:], scale)


def _norm(vector: np.ndarray) -> float:
    flat = np.ravel(vector, order="K")
    return sqrt(np.dot(flat, flat))


def _randomized_svd(m, components: int, random_state: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """scikit-learn's `_randomized_svd(m, components, random_state=random_state)` with its defaults."""
    rng = np.random.RandomState(random_state)
    size = components + OVERSAMPLES
    samples, features = m.shape
    iterations = 7 if components < 0.1 * min(m.shape) else 4
    transpose = samples < features
    if transpose:
        m = m.T
    q = _range_finder(m, size, iterations, rng)
    b = column_major_product(m.T, q).T  # q.T @ m, without a row-major copy of q
    u_hat, s, vt = linalg.svd(b, full_matrices=False, lapack_driver="gesdd")
    del b
    u = _product_over(q, u_hat)
    u, vt = _svd_flip(u, vt, u_based=not transpose)
    if transpose:
        return vt[:components, :].T, s[:components], u[:, :components].T
    return u[:, :components], s[:components], vt[:components, :]


def _range_finder(m, size: int, iterations: int, rng: np.random.RandomState) -> np.ndarray:
    """`_randomized_range_finder` with power iterations normalised by LU (its choice above 2 iterations, and
    `_randomized_svd` asks for 4 or 7).

    Every product is made column-major and factored in its own memory, so the longest side's arrays
    (terms x 20 float64 at a 1,000-article sample) are held once at a time, not three times: SciPy's LU
    factors a copy of a C-ordered array and keeps a second one as large, and its QR copies it too."""
    q = np.asarray(rng.normal(size=(m.shape[1], size)))
    for _ in range(iterations):
        q = _permuted_lower(column_major_product(m, q))
        q = _permuted_lower(column_major_product(m.T, q))
    q, _ = linalg.qr(column_major_product(m, q), mode="economic", overwrite_a=True, check_finite=False)
    return q


def column_major_product(m, dense: np.ndarray) -> np.ndarray:
    """`m @ dense` for a sparse m, made column-major (Fortran order), one column of `dense` at a time.

    SciPy multiplies a sparse matrix by each column as by all of them at once, adding each output's
    products in the order of the matrix's stored values, so the numbers are those of `m @ dense`;
    LAPACK then works on the array itself, not on a transposed copy."""
    product = np.empty((m.shape[0], dense.shape[1]), order="F")
    for column in range(dense.shape[1]):
        product[:, column] = m @ dense[:, column]
    return product


def _product_over(tall: np.ndarray, small: np.ndarray) -> np.ndarray:
    """`tall @ small` written over `tall`'s first columns, ROW_BLOCK rows at a time: one array of the long
    side held, not two.

    A row of a BLAS matrix product depends on that row alone, so blocks of rows give the product's
    bits; a block of one row would go to a matrix-vector routine, which adds in another order, so
    the last row joins the block before it."""
    width = small.shape[1]
    starts = list(range(0, len(tall), ROW_BLOCK))
    if len(starts) > 1 and len(tall) - starts[-1] == 1:
        starts.pop()
    for start, end in zip(starts, starts[1:] + [len(tall)]):
        tall[start:end, :width] = tall[start:end] @ small
    return tall[:, :width]


def _permuted_lower(a: np.ndarray) -> np.ndarray:
    """`linalg.lu(a, permute_l=True)[0]`, the rows of L in A's order, for a column-major `a` it may overwrite.

    A tall `a` (the range finder's long side) is factored in place by the same LAPACK routine SciPy
    calls, on the same column-major numbers, and L's rows are then put in place column by column: the
    same bits without SciPy's two copies. Others are small and go to SciPy."""
    rows, columns = a.shape
    if rows <= columns:
        return linalg.lu(a, permute_l=True, check_finite=False)[0]
    lower, pivots, _ = lapack.dgetrf(a, overwrite_a=True)
    order = np.arange(rows)
    for row, pivot in enumerate(pivots):  # LAPACK's row swaps, in turn
        order[row], order[pivot] = order[pivot], order[row]
    for column in range(columns):
        values = lower[:, column]
        values[:column] = 0.0
        values[column] = 1.0
        values[order] = values.copy()
    return lower


def _svd_flip(u: np.ndarray, v: np.ndarray, u_based: bool) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's `svd_flip`: each singular pair's sign made that of the largest entry, by absolute
    value, of u's column (u_based) or of v's row. u's columns are read one at a time: an absolute copy of
    all of u, the long side's array when the matrix has more rows than columns, doubled it."""
    if u_based:
        largest = np.array([np.argmax(np.abs(u[:, j])) for j in range(u.shape[1])], dtype=np.intp)
        signs = np.sign(u[largest, np.arange(u.shape[1])])
    else:
        largest = np.argmax(np.abs(v), axis=1)
        signs = np.sign(v[np.arange(v.shape[0]), largest])
    u *= signs[np.newaxis, :]
    v *= signs[:, np.newaxis]
    return u, v
