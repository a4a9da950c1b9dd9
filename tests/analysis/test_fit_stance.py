"""`fit_stance` reproduces the shipped stance weights from the dev data, byte for byte.

Only the news models are refitted here (a few seconds); the social ones, whose stacked n-gram
model takes minutes, are left to the script, whose code path is the same.
"""

import json
from importlib import resources
from pathlib import Path

import pytest

from discourse.analysis import fit_stance
from discourse.analysis.stance import WEIGHTS_FILE

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
NEWS = ("stance_news", "agreement_news")


def test_news_models_refit_to_the_shipped_bytes(capsys):
    if not all((EVAL / f).exists() for name in NEWS for f in fit_stance.TASKS[name].files):
        pytest.skip("../shared/eval not present (real data lives outside the repo)")
    shipped = resources.files("discourse.analysis").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    out = json.loads(shipped)
    cache: dict = {}
    for name in NEWS:
        models, text_fit = fit_stance.run_task(EVAL, name, fit_stance.TASKS[name], cache)
        assert text_fit is None
        out.update(models)
    assert fit_stance.weights_json(out) == shipped
    assert "held-out macro-F1" in capsys.readouterr().out
