"""Speed of the whole analysis, next to a plain TextBlob loop and a regex-and-lexicon loop.

Run: python3 benchmarks/analyse.py [--repeat N]

The corpus is the comment texts of data/ and, where present, ../shared/pages-dev/
(their comments, as the parser finds them). All three loops see the same texts, on one core.
Each pass of the whole analysis starts cold: the memos keyed by text are cleared first.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse import analyse  # noqa: E402
from discourse.analysis import author, cues, quotes, sentiment, topics  # noqa: E402
from discourse.parse import load  # noqa: E402

PAGES_DEV = REPO.parent / "shared" / "pages-dev"


def corpus_pages():
    paths = sorted((REPO / "data").glob("*.txt"))
    if PAGES_DEV.exists():
        paths += sorted(p for p in PAGES_DEV.glob("pd*.txt") if not p.name.endswith((".h2t.txt", "_gold.txt")))
    else:
        print("note: ../shared/pages-dev absent; the corpus is data/ alone")
    return [load(p) for p in paths]


def cold() -> None:
    """Forget the text-keyed memos (contexts, sentence scores, indexed sentences, token forms), so
    each pass analyses its pages from scratch, as a first run would; lexicons and weights stay loaded."""
    for memo in (cues.make_context, cues.claim_terms, sentiment._sentence_hits, quotes._indexed_sentence,
                 topics._content_form, author.normalise_name, author.address_pattern):
        memo.cache_clear()
    if hasattr(cues, "_open_checks"):  # lexicon entries of contractions met so far ("don't")
        cues._open_checks.cache_clear()


def rate(label: str, count: int, seconds: float) -> float:
    per_second = count / seconds
    print(f"{label:<48} {count:>7} texts in {seconds:6.2f} s = {per_second:>9,.0f} texts/s")
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (default 3)")
    args = parser.parse_args()
    pages = corpus_pages()
    texts = [c.text for page in pages for c in page.comments.items] * args.repeat
    print(f"corpus: {len(pages)} pages, {len(texts) // args.repeat} comments, x{args.repeat} passes")

    from textblob import TextBlob
    from textblob.en import sentiment as lexicon_sentiment

    TextBlob("Warm up the lexicon first.").sentiment
    analyse(pages[-1])
    start = time.perf_counter()
    for text in texts:
        TextBlob(text).sentiment.polarity
    baseline = rate("plain TextBlob(text).sentiment loop", len(texts), time.perf_counter() - start)

    lexicon = {w: senses[None][0] for w, senses in lexicon_sentiment.items() if None in senses}
    word = re.compile(r"[a-z']+")
    start = time.perf_counter()
    for text in texts:
        sum(lexicon.get(w, 0.0) for w in word.findall(text.lower()))
    rate("regex tokenise + lexicon lookup loop", len(texts), time.perf_counter() - start)

    elapsed = 0.0
    for _ in range(args.repeat):
        cold()
        start = time.perf_counter()
        for page in pages:
            analyse(page)
        elapsed += time.perf_counter() - start
    whole = rate("whole analysis (discourse.analysis, per comment)", len(texts), elapsed)
    print(f"whole analysis / plain TextBlob = {whole / baseline:.2f}x")


if __name__ == "__main__":
    main()
