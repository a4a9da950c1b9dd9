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
    files = fit_sentiment.fitted(EVAL)
    assert sorted(files) == sorted([sentiment.WEIGHTS_FILE, sentiment.TEXT_MODEL_FILE])
    for name, content in files.items():
        assert content == resources.files("discourse.analysis").joinpath(name).read_text(encoding="utf-8"), name
    out = capsys.readouterr().out
    assert "cross-validated" in out and "held-out" in out


def test_the_word_table_is_centred_smoothed_and_needs_enough_texts():
    """A word enters the text model only when enough training texts hold it; its weights lean to the
    label whose texts hold it and sum to zero over the labels."""
    n = fit_sentiment.TEXT_MIN_TEXTS
    words = [frozenset({"thanks", "the"})] * n + [frozenset({"awful", "the"})] * n + [frozenset({"rare"})]
    gold = np.array(["positive"] * n + ["negative"] * n + ["neutral"])
    table = fit_sentiment.fit_text(words, gold)
    assert sorted(table) == ["awful", "thanks", "the"]
    negative, neutral, positive = table["thanks"]
    assert positive > neutral and positive > negative
    assert table["awful"][0] > table["awful"][2]
    assert all(abs(sum(weights)) < 1e-3 for weights in table.values())


def test_threshold_search_picks_the_best_pair():
    """On a toy set the grid search finds the pair that labels every text right, and its labels agree."""
    polarity = np.array([0.5, 0.4, 0.0, 0.05, -0.3, -0.45])
    gold = np.array(["positive", "positive", "neutral", "neutral", "negative", "negative"])
    up, down = fit_sentiment.fit_thresholds(polarity, gold)
    assert list(fit_sentiment.threshold_labels(polarity, up, down)) == list(gold)
    assert (up, down) == (0.4, -0.01)  # ties: the highest positive, then the negative nearest zero


def test_a_missing_eval_directory_is_a_one_line_error(tmp_path):
    with pytest.raises(SystemExit) as stopped:
        fit_sentiment.main([str(tmp_path / "nowhere")])
    message = str(stopped.value)
    assert message.startswith("fit_sentiment: cannot fit on") and "\n" not in message
