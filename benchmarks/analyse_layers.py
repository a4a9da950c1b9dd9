"""The CPU each step of the analysis spends on its own, over a folder of pages, without a profiler's inflation.

Run: PYTHONPATH=. python3 benchmarks/analyse_layers.py DIR [--pages N]

cProfile charges every Python call a fixed cost, so it inflates code made of many small calls (the cue and
sentiment layer) several times over, and a sampling profiler's shares of a loaded machine drift from run to
run. This wraps only the steps listed in `STEPS` (each a function of the package, replaced wherever a
module of the analysis holds it), analyses every page as `discourse export` does (`analyse_page`, the
collector at the export's threshold), and prints each step's own CPU time (`time.process_time`, the time of
the steps it calls that are wrapped too subtracted) against the whole analysis. A step that a memo serves
is charged where it is first computed. The wrappers add a little time of their own (about 0.5 µs a call).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter
from pathlib import Path

from discourse.analysis import cues, language, page, quotes, sentiment, stance, text, topics
from discourse.parse import load

MODULES = (page, stance, cues, sentiment, quotes, language, text, topics)
STEPS = (
    (sentiment, "_sentence_hits"), (sentiment, "_summarise"), (sentiment, "looks_english"),
    (text, "split_sentences"), (text, "sentence_tokens"), (text, "lower_words"), (text, "tokenize"),
    (text, "without_furniture"),
    (cues, "_lexicon_spans"), (cues, "lexical_hits"), (cues, "question_hits"), (cues, "shape_hits"),
    (cues, "sentiment_hits"), (cues, "context_hits"), (cues, "relation_hits"), (cues, "_claim_terms"),
    (cues, "author_hits"),
    (quotes, "find_quotes"), (quotes, "build_index"),
    (language, "comment_language"), (language, "guess_language"),
    (topics, "on_topic_scores"), (topics, "key_terms"), (topics, "distinctive_words"),
    (stance, "classify"),
)
COLLECTOR_THRESHOLD = (10000, 10, 10)  # as the export runs the analysis (`pipeline.few_collections`)


class StepClock:
    """Each wrapped step's own CPU time: a call's time less that of the wrapped calls inside it."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self._inner = [0.0]

    def wrap(self, name: str, function):
        clock, own, inner = time.process_time, self.own, self._inner

        def timed(*args, **kwargs):
            inner.append(0.0)
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent = clock() - start
                own[name] += spent - inner.pop()
                inner[-1] += spent

        if hasattr(function, "cache_clear"):  # memoised steps are emptied page by page
            timed.cache_clear = function.cache_clear
        return timed


def install(clock: StepClock) -> None:
    """Replace each step, in every module of the analysis that holds it, by its timed wrapper."""
    for module, name in STEPS:
        original = getattr(module, name, None)
        if original is None:
            sys.exit(f"analyse_layers: {module.__name__}.{name} is gone; update STEPS")
        timed = clock.wrap(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", original)
        for holder in MODULES:
            for attribute, value in list(vars(holder).items()):
                if value is original:
                    setattr(holder, attribute, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages (default all)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"analyse_layers: {args.folder} is not a folder")
    paths = sorted(p for p in args.folder.iterdir() if p.is_file())[: args.pages or None]
    pages = [load(p) for p in paths]
    clock = StepClock()
    install(clock)
    gc.set_threshold(*COLLECTOR_THRESHOLD)
    start = time.process_time()
    for one in pages:
        page.analyse_page(one)
    total = time.process_time() - start
    print(f"{len(pages)} pages; analysis {total:.3f} s of CPU; each step's own CPU time (wrapped steps it calls apart)")
    for name, spent in clock.own.most_common():
        print(f"  {spent:7.3f} s {100 * spent / total:5.1f}%  {name}")
    rest = total - sum(clock.own.values())
    print(f"  {rest:7.3f} s {100 * rest / total:5.1f}%  the rest (steps not listed)")


if __name__ == "__main__":
    main()
