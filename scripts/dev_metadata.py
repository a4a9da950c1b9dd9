"""Print a --metadata table for the development pages (../shared/pages-dev): outlet and section per page.

The outlet is the site's host (the pages show none in their bylines); the section is the comment
platform the manifest names (WordPress, Drupal, Blogger, …). Keyed by article_id (the page id, which
is the stem of its .html and .txt files), so it serves either rendering:

    python3 scripts/dev_metadata.py > /tmp/dev-metadata.csv
    discourse stats ../shared/pages-dev/pd*.html --metadata /tmp/dev-metadata.csv
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

MANIFEST = Path(__file__).resolve().parents[1].parent / "shared" / "pages-dev" / "manifest.json"
PLATFORMS = ("WordPress", "Drupal", "Blogger", "Movable Type", "SB Nation", "XenForo")


def rows(manifest: dict) -> list[dict[str, str]]:
    table = []
    for page in manifest["pages"]:
        host = urlparse(page["source"].get("original_url") or "").hostname or ""
        platform = next((name for name in PLATFORMS if name.lower() in (page.get("platform") or "").lower()), "other")
        table.append({"article_id": page["id"], "outlet": host.removeprefix("www.") or "", "section": platform})
    return table


def main() -> int:
    if not MANIFEST.exists():
        print(f"error: {MANIFEST} not found (the development pages live outside the repository)", file=sys.stderr)
        return 1
    writer = csv.DictWriter(sys.stdout, fieldnames=["article_id", "outlet", "section"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(json.loads(MANIFEST.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
