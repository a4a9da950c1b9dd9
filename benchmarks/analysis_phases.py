"""Where the CPU of `discourse export DIR --jobs 1` goes, phase by phase, each phase's own time.

Run: python3 -P benchmarks/analysis_phases.py DIR [--repeat 1]

Exports DIR (CSV, to a temporary folder) in this process as `discourse export DIR --jobs 1` does, with
named functions of the reader, the analysis and the tables wrapped so that the CPU seconds spent in each
(`time.process_time`) are charged to its phase: a phase's own time, without that of the phases it calls,
so the rows add up to the whole run. A form that several passes read (a comment's sentiment, first asked
for by its stance cues; a sentence's tokens, first read by the topic words) is charged to its own phase
wherever it is first made, so "the comment sentiment" includes the sentiment the stance cues ask for.
The wrappers add a call or two per comment and per sentence: compare the total with an unwrapped run
(printed below the table) before reading the small rows. Each repeat runs in a fresh process, so the
imports are counted each time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from functools import partial, wraps
from pathlib import Path

# (module, function name, phase): the functions whose own time is charged to a phase. Forms memoised on a
# comment's prepared text by identity are not wrapped (the page drops them by identity); their callers are.
WRAPPED = (
    ("discourse.pipeline", "read_pages", "reading and parsing the pages"),
    ("discourse.analysis.page", "forget_page_memos", "analysis: the page's memos emptied"),
    ("discourse.analysis.language", "guess_language", "analysis: the article's language"),
    ("discourse.analysis.page", "_sentences", "analysis: the article's sentences, each scored"),
    ("discourse.analysis.page", "_article_sentiment", "analysis: the article's sentiment"),
    ("discourse.analysis.text", "without_furniture", "analysis: widget furniture cut"),
    ("discourse.analysis.author", "find_author_comments", "analysis: the author's comments"),
    ("discourse.analysis.topics", "on_topic_scores", "analysis: on-topic scores"),
    ("discourse.analysis.topics", "drift_along_branches", "analysis: on-topic scores"),
    ("discourse.analysis.topics", "key_terms", "analysis: the article's key terms"),
    ("discourse.analysis.cues", "build_context", "analysis: article and parent contexts"),
    ("discourse.analysis.quotes", "build_index", "analysis: quotes of the article"),
    ("discourse.analysis.quotes", "quotes_of", "analysis: quotes of the article"),
    ("discourse.analysis.quotes", "find_quotes", "analysis: quotes of the article"),
    ("discourse.analysis.language", "comment_language", "analysis: a comment's language"),
    ("discourse.analysis.sentiment", "_sentence_hits", "analysis: sentence sentiment evidence"),
    ("discourse.analysis.sentiment", "_summarise", "analysis: sentiment labels decided"),
    ("discourse.analysis.stance", "stance_to_author", "analysis: stance, the rest"),
    ("discourse.analysis.stance", "stance_to_parent", "analysis: stance, the rest"),
    ("discourse.analysis.stance", "author_cues_toward", "analysis: stance, the rest"),
    ("discourse.analysis.stance", "parent_cues_toward", "analysis: stance, the rest"),
    ("discourse.analysis.stance", "stance_features", "analysis: stance text cues"),
    ("discourse.analysis.stance", "agreement_features", "analysis: stance text cues"),
    ("discourse.analysis.stance", "ngram_hits", "analysis: stance n-gram text model"),
    ("discourse.analysis.stance", "decide", "analysis: stance decisions"),
    ("discourse.analysis.text", "sentence_tokens", "analysis: sentence tokens (regex)"),
    ("discourse.analysis.text", "lower_words", "analysis: lower-cased word passes (regex)"),
    ("discourse.analysis.text", "split_sentences", "analysis: sentence splitting (regex)"),
    ("discourse.analysis.page", "analyse_page", "analysis: the rest"),
    ("discourse.report.frames", "page_rows", "rows built from the analysis"),
    ("discourse.report.csv_rows", "csv_page", "CSV cells rendered"),
    ("discourse.report.export", "ExportWriter.add", "tables: rows written"),
    ("discourse.report.export", "ExportWriter.finish", "tables: finished and written"),
    ("discourse.analysis.topic_model", "LanguageSample.fit", "the topic fit"),
)


class Ledger:
    """CPU seconds by phase, each charged to the innermost wrapped function running."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.stack = ["the rest (batch, tasks, loop)"]
        self.mark = time.process_time()

    def charge(self) -> None:
        now = time.process_time()
        phase = self.stack[-1]
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self.mark
        self.mark = now

    def wrap(self, function, phase: str):
        @wraps(function)
        def timed(*args, **kwargs):
            self.charge()
            self.stack.append(phase)
            self.calls[phase] = self.calls.get(phase, 0) + 1
            try:
                return function(*args, **kwargs)
            finally:
                self.charge()
                self.stack.pop()

        if hasattr(function, "cache_clear"):  # an lru_cache, whose memo the page empties
            timed.cache_clear = function.cache_clear
        return timed


def install(ledger: Ledger) -> None:
    """Wrap each function of WRAPPED in every loaded module of the package that holds it by name."""
    for module_name, qualified, phase in WRAPPED:
        module = sys.modules[module_name]
        owner_name, _, name = qualified.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        original = getattr(owner, name)
        timed = ledger.wrap(original, phase)
        if owner_name:
            setattr(owner, name, timed)
            continue
        for loaded in list(sys.modules.values()):
            space = getattr(loaded, "__dict__", None)
            if getattr(loaded, "__name__", "").startswith("discourse") and space.get(name) is original:
                setattr(loaded, name, timed)


def one_export(folder: Path, wrapped: bool) -> dict[str, float]:
    """The phases' CPU seconds of one export of folder in this process."""
    start = time.process_time()
    from discourse import cli
    from discourse.analysis import page  # noqa: F401  (imported by the export's first page anyway)
    from discourse.parse import expand_paths
    from discourse.pipeline import Batch, RunOptions
    from discourse.analysis import topic_model  # noqa: F401
    from discourse.report import csv_rows, export, frames  # noqa: F401
    from discourse.report.columns import TableFormat
    from discourse.report.export import ExportWriter

    imports = time.process_time() - start
    ledger = Ledger()
    if wrapped:
        install(ledger)
    batch = Batch(expand_paths([folder]), RunOptions(jobs=1, quiet=True), print)
    batch.prepare()
    with tempfile.TemporaryDirectory() as out:
        with ExportWriter(Path(out), TableFormat.csv) as writer:
            for rows in batch.results(partial(cli._export_csv_rows, True)):
                writer.add(rows)
            writer.finish()
    ledger.charge()
    seconds = {"imports": imports, **ledger.seconds, "whole run": time.process_time() - start}
    return {phase: (spent, ledger.calls.get(phase, 0)) for phase, spent in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--one", choices=("wrapped", "plain"), help=argparse.SUPPRESS)  # a single run, in a child
    options = parser.parse_args()
    if options.one:
        print(json.dumps(one_export(options.folder, options.one == "wrapped")))
        return
    for _ in range(options.repeat):
        runs = {}
        for kind in ("wrapped", "plain"):
            child = subprocess.run([sys.executable, "-P", __file__, str(options.folder), "--one", kind],
                                   capture_output=True, text=True, check=True)
            runs[kind] = json.loads(child.stdout.strip().splitlines()[-1])
        seconds = runs["wrapped"]
        whole = seconds.pop("whole run")[0]
        print(f"export {options.folder} --jobs 1, CPU seconds by phase (own time)")
        print("| phase | CPU s | share | wrapped calls |")
        print("|---|---|---|---|")
        for phase, (spent, calls) in sorted(seconds.items(), key=lambda item: -item[1][0]):
            print(f"| {phase} | {spent:.2f} | {spent / whole:.1%} | {calls:,} |")
        print(f"| whole run, wrapped | {whole:.2f} | 100% | |")
        print(f"| whole run, unwrapped (a second process) | {runs['plain']['whole run'][0]:.2f} | | |", flush=True)


if __name__ == "__main__":
    main()
