"""`fit_sentiment` reproduces the shipped sentiment label weights from the dev data, byte for byte."""

from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from discourse.analysis import fit_sentiment, sentiment

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def test_refit_gives_the_shipped_bytes(capsys):
    if not (EVAL / fit_sentiment.FILE).exists():
        pytest.skip("../shared/eval not present (real data lives outside the repo)")
    shipped = resources.files("discourse.analysis").joinpath(sentiment.WEIGHTS_FILE).read_text(encoding="utf-8")
    assert fit_sentiment.weights_json(EVAL) == shipped
    assert "cross-validated" in capsys.readouterr().out


def test_threshold_search_picks_the_best_pair():
    """On a toy set the grid search finds the pair that labels every text right, and its labels agree."""
    polarity = np.array([0.5, 0.4, 0.0, 0.05, -0.3, -0.45])
    gold = np.array(["positive", "positive", "neutral", "neutral", "negative", "negative"])
    up, down = fit_sentiment.fit_thresholds(polarity, gold)
    assert list(fit_sentiment.threshold_labels(polarity, up, down)) == list(gold)
    assert (up, down) == (0.4, -0.01)  # ties: the highest positive, then the negative nearest zero
