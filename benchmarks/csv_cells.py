"""CPU per table row: CSV cells rendered per page in a worker against DataFrames and to_csv in one writer.

Run: python3 benchmarks/csv_cells.py DIR [--pages 60] [--repeat 5]

Analyses the first --pages pages of DIR once, then renders their rows (articles, comments,
sentences) both ways --repeat times: `csv_rows.csv_page` per page, as an export's workers do
now, and `table_frame` + `neutralise_formulas` + `to_csv` over all rows of a table, as the
export's main process did before. Prints CPU microseconds per row for each.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from discourse.analysis.page import analyse_page  # noqa: E402
from discourse.parse import expand_paths, load  # noqa: E402
from discourse.report.csv_rows import csv_page  # noqa: E402
from discourse.report.export import neutralise_formulas  # noqa: E402
from discourse.report.frames import page_rows, table_frame  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = [page_rows(analyse_page(load(path))) for path in expand_paths([args.folder])[: args.pages]]
    tables = {"articles": [page.article for page in pages],
              "comments": [row for page in pages for row in page.comments],
              "sentences": [row for page in pages for row in page.sentences]}
    rows = sum(map(len, tables.values()))

    start = time.process_time()
    for _ in range(args.repeat):
        for page in pages:
            csv_page(page, True)
    per_page = (time.process_time() - start) / args.repeat

    start = time.process_time()
    for _ in range(args.repeat):
        for name, table in tables.items():
            neutralise_formulas(table_frame(name, table), name).to_csv(index=False, header=False,
                                                                       lineterminator="\n").encode("utf-8")
    whole = (time.process_time() - start) / args.repeat
    print(f"{len(pages)} pages, {rows:,} rows: cells per page {per_page * 1e6 / rows:.1f} µs a row; "
          f"DataFrames and to_csv {whole * 1e6 / rows:.1f} µs a row (CPU)")


if __name__ == "__main__":
    main()
