"""The topic fit's own memory, step by step, on the sample an export of a folder would fit (seconds, not a whole export).

Run: PYTHONPATH=. python3 benchmarks/fit_memory.py DIR [DIR ...]

For each DIR this collects the articles' topic counts as `discourse export` does (the article's topic words
in its guessed language, into a `LanguageSample`), then, in a fresh child process, fits a first sample (the
first DIR's) so that the libraries the fit maps are in place, hands freed memory back
(`pipeline.release_free_memory`, as the export does before its fit), and fits DIR's sample, printing the
peak RSS above the RSS before it (VmHWM, reset through /proc/self/clear_refs) after each step of the fit.
The export's fit phase adds these to the RSS its run left, so a step that grows with the sample (capped at
`TOPIC_SAMPLE` articles) is what separates a large corpus's peak from a small one's.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

STEPS = (("topic_model", "count_matrix"), ("topic_model", "_shared_vocabulary"), ("topic_model", "idf"),
         ("topic_model", "tfidf"), ("nmf", "mean"), ("nmf", "_randomized_svd"), ("topic_model", "nmf_components"),
         ("topic_model", "_gram_root"))


def _kib(field: str) -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))


def collect(folder: Path, out: Path) -> int:
    """Pickle the topic sample of the folder's articles to out; returns how many articles it holds."""
    from discourse.analysis.language import guess_language
    from discourse.analysis.topic_model import LanguageSample
    from discourse.parse import read_pages
    from discourse.report.frames import topic_counts

    sample = LanguageSample()
    for path in sorted(folder.glob("*.txt")):
        for page in read_pages(path.read_bytes(), str(path)):
            language = guess_language(page.article.text)
            sample.add(topic_counts(page.article.text, language), language)
    out.write_bytes(pickle.dumps(sample))
    return sum(len(language_sample._documents) for language_sample in sample._samples.values())


def fit_steps(warm_up: Path, sample_file: Path) -> None:
    """In this process: fit the warm-up sample, then the sample, printing each step's peak above the start."""
    from discourse.analysis import nmf, topic_model
    from discourse.pipeline import release_free_memory

    pickle.loads(warm_up.read_bytes()).fit()
    sample = pickle.loads(sample_file.read_bytes())
    gc.collect()
    release_free_memory()
    start = _kib("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")
    modules = {"topic_model": topic_model, "nmf": nmf}
    for module, name in STEPS:
        _report_after(modules[module], name, start)
    sample.fit()
    print(f"  whole fit: peak +{(_kib('VmHWM') - start) / 1024:.2f} MiB over {start / 1024:.1f} MiB")


def _report_after(module, name: str, start: int) -> None:
    """Wrap module.name to print the peak and current RSS above start after its first call."""
    step, done = getattr(module, name), []

    def reported(*args, **kwargs):
        result = step(*args, **kwargs)
        if not done:
            done.append(name)
            print(f"  after {name:<20} peak +{(_kib('VmHWM') - start) / 1024:5.2f} MiB, "
                  f"now +{(_kib('VmRSS') - start) / 1024:5.2f} MiB")
        return result

    setattr(module, name, reported)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--fit", nargs=2, type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.fit:
        fit_steps(*options.fit)
        return
    with tempfile.TemporaryDirectory() as scratch:
        samples = [Path(scratch) / f"sample-{number}.pickle" for number in range(len(options.folders))]
        for folder, sample in zip(options.folders, samples):
            print(f"== {folder}: a sample of {collect(folder, sample):,} articles", flush=True)
            subprocess.run([sys.executable, __file__, str(folder), "--fit", str(samples[0]), str(sample)], check=True)


if __name__ == "__main__":
    main()
