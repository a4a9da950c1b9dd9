"""What the regex passes over the texts cost, against the whole analysis of the same pages.

Run: python3 benchmarks/analyse_passes.py DIR [--repeat 3]

Reads the pages of DIR (e.g. a corpus written by `throughput.py --keep`), then prints CPU seconds
(best of --repeat, this process, one core) of:

- the whole analysis (`analyse_page` of every page, cold: each page clears its memos itself);
- each tokenising pass the analysis makes, run alone over the texts it reads: the article
  paragraphs, the articles and the comments (without widget furniture), and their sentences.

The passes are what a shared token representation would merge. Their sum bounds what computing the
tokens once could save: the Python work done per token afterwards (lexicon lookups, cue rules,
counting) stays whichever pass produced the tokens.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from discourse.analysis import cues, language, quotes, topics
from discourse.analysis.page import analyse_page
from discourse.analysis.text import split_sentences, tokenize, without_furniture
from discourse.parse import load


def best_cpu(work, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    paths = sorted(p for p in options.folder.iterdir() if p.is_file())
    pages = [load(path) for path in paths]
    texts: list[str] = []
    for page in pages:
        texts += [paragraph.text for paragraph in page.article.paragraphs] + [page.article.text]
        texts += [without_furniture(comment.text) for comment in page.comments.items]
    sentences = [s for text in texts for s in split_sentences(text)]
    gc.set_threshold(10000, 10, 10)  # as the export runs the analysis
    whole = best_cpu(lambda: [analyse_page(page) for page in pages], options.repeat)
    passes = {
        "split_sentences (texts)": lambda: [split_sentences(t) for t in texts],
        "text.tokenize (sentences: sentiment)": lambda: [tokenize(s) for s in sentences],
        "text.tokenize (texts: topic words)": lambda: [tokenize(t) for t in texts],
        "cues words (texts)": lambda: [cues._words(t) for t in texts],
        "quote words (texts)": lambda: [quotes._lower_words(t) for t in texts],
        "language words (texts)": lambda: [language.words(t) for t in texts],
        "topic content words (texts, with lookups)": lambda: [topics._content_words(t) for t in texts],
    }
    print(f"{len(pages)} pages, {len(texts):,} texts, {len(sentences):,} sentences; CPU s, best of {options.repeat}")
    print(f"  whole analysis (analyse_page)                 {whole:7.3f}")
    total = 0.0
    for name, work in passes.items():
        seconds = best_cpu(work, options.repeat)
        if "with lookups" not in name:
            total += seconds
        print(f"  {name:<45} {seconds:7.3f}  {100 * seconds / whole:5.1f}% of the analysis")
    print(f"  the regex passes above together               {total:7.3f}  {100 * total / whole:5.1f}% of the analysis")


if __name__ == "__main__":
    main()
