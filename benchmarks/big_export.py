"""One WordPress export (WXR) holding many generated pages, and its export timed by --jobs.

Run: python3 benchmarks/big_export.py [--pages 300] [--jobs 1,2] [--keep FILE] [--before ROOT]

Writes the pages of `corpus_generator.generate` (the same pages as the text corpora of
throughput.py, seed 0) as the posts of one WXR file, with their comments and reply parents, then
times `discourse export FILE --out OUT --quiet --jobs N` (wall and CPU of the process tree, the
CPU of its busiest process, peak PSS; see throughput.py) for each N, and checks that every --jobs gives the same tables. With
--before ROOT, the same commands are timed with the package at ROOT first on the path (an earlier
copy of the package) and its tables compared too. Until a file's pages were spread over the
workers, such a file ran on one worker whatever --jobs said.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import tempfile
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_generator as generator  # noqa: E402
import throughput  # noqa: E402

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Generated Notes</title>
<wp:wxr_version>1.2</wp:wxr_version>
"""


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def wxr(specs) -> str:
    out = [HEAD]
    comment_id = 1000
    for number, spec in enumerate(specs, 1):
        body = "\n\n".join(f"<p>{escape(paragraph)}</p>" for paragraph in spec.paragraphs)
        out.append(f"<item><title>{_cdata(spec.title)}</title><dc:creator>{_cdata(spec.author)}</dc:creator>"
                   f"<content:encoded>{_cdata(body)}</content:encoded><wp:post_id>{number}</wp:post_id>"
                   f"<wp:post_date>{_cdata(f'2024-01-{1 + number % 28:02d} 09:00:00')}</wp:post_date>"
                   f"<wp:status>{_cdata('publish')}</wp:status><wp:post_type>{_cdata('post')}</wp:post_type>\n")
        ids = []
        for comment, parent in zip(spec.comments, spec.parents):
            comment_id += 1
            ids.append(comment_id)
            out.append(f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
                       f"<wp:comment_author>{_cdata(f'Reader {comment_id % 97}')}</wp:comment_author>"
                       f"<wp:comment_date>{_cdata('2024-02-01 10:00:00')}</wp:comment_date>"
                       f"<wp:comment_content>{_cdata(chr(10).join(comment))}</wp:comment_content>"
                       f"<wp:comment_approved>{_cdata('1')}</wp:comment_approved>"
                       f"<wp:comment_parent>{0 if parent is None else ids[parent - 1]}</wp:comment_parent></wp:comment>\n")
        out.append("</item>\n")
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--keep", type=Path, help="write the WXR file here and keep it")
    parser.add_argument("--before", type=Path, help="also time the package at this root (first on the path)")
    options = parser.parse_args()
    ctypes.CDLL(None, use_errno=True).prctl(throughput.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    pool = generator.load_pool(generator.source_pages())
    specs = list(generator.generate(pool, options.pages, 0))
    with tempfile.TemporaryDirectory(prefix="discourse-wxr-") as temporary:
        path = options.keep or Path(temporary) / "export.xml"
        path.write_text(wxr(specs), encoding="utf-8")
        comments = sum(len(spec.comments) for spec in specs)
        print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}; one WXR file: {options.pages:,} posts, "
              f"{comments:,} comments, {path.stat().st_size / 1e6:.1f} MB")
        outputs = []
        roots = [("this checkout", None)] + ([("before", options.before)] if options.before else [])
        for label, root in roots:
            for jobs in options.jobs.split(","):
                out = Path(temporary) / f"out-{label}-{jobs}"
                environment = dict(os.environ, PYTHONPATH=os.pathsep.join(
                    filter(None, [str(root) if root else None, os.environ.get("PYTHONPATH")])))
                timing = _measure(throughput.discourse_export(path, out, "--jobs", jobs), environment)
                print(f"  {label:<14} export --jobs {jobs}  wall {timing.wall:6.1f} s  CPU {timing.cpu:6.1f} s  "
                      f"busiest process CPU {timing.busiest:6.1f} s  peak PSS {timing.pss / throughput.MIB:5.0f} MiB  "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
                outputs.append(out)
        same = all((outputs[0] / name.name).read_bytes() == name.read_bytes()
                   for out in outputs[1:] for name in out.iterdir())
        print(f"  tables {'identical' if same else 'DIFFER'} across every run")


def _measure(command: list[str], environment: dict[str, str]) -> throughput.Timing:
    saved = dict(os.environ)
    os.environ.update(environment)
    try:
        return throughput.measure(command)
    finally:
        os.environ.clear()
        os.environ.update(saved)


if __name__ == "__main__":
    main()
