"""The five development figures of the analysis, in one table.

Run: python3 benchmarks/evaluate.py [--shared ../shared]

Each row is what `discourse evaluate --task TASK FILE` prints as its macro-F1. The stance and
agreement weights were fitted on these same files, so these are in-sample figures; the held-out
ones (whole pages or threads left out) are printed by
`python3 -m discourse.analysis.fit_stance ../shared/eval`. The aim is the held-out target.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.evaluation import evaluate  # noqa: E402

FIGURES = [
    ("sentiment", "sentiment-goemotions-dev.jsonl", 0.68),
    ("stance", "stance-news-dev.jsonl", 0.62),
    ("stance", "stance-news-dev-2.jsonl", 0.62),
    ("agreement", "agreement-news-dev.jsonl", 0.70),
    ("agreement", "agreement-news-dev-2.jsonl", 0.70),
    ("stance", "stance-rumoureval2019-dev.jsonl", 0.50),
    ("agreement", "agreement-subreddit-dev.jsonl", 0.55),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    folder = parser.parse_args().shared / "eval"
    if not folder.exists():
        print(f"error: {folder} not found; the labelled data lives outside the repository", file=sys.stderr)
        return 2
    print("$ python3 benchmarks/evaluate.py")
    print(f"{'task':<10} {'file':<34} {'n':>6} {'macro-F1':>9} {'baseline':>9} {'aim':>5}")
    for task, name, aim in FIGURES:
        result = evaluate(task, folder / name)
        print(f"{task:<10} {name:<34} {result.n:>6} {result.macro_f1:>9.3f} "
              f"{result.baseline_macro_f1:>9.3f} {aim:>5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
