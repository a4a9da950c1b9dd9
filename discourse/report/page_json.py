"""The versioned JSON form of a parsed page (schema "discourse.page/1", see docs/schema.md).

Fields are only ever added within a schema version; renaming or removing one bumps it.
"""

from __future__ import annotations

from collections import Counter

from discourse.model import SCHEMA, Page, Span


def _span(span: Span) -> dict:
    return {"first": span.first, "last": span.last}


def page_to_dict(page: Page) -> dict:
    article, comments = page.article, page.comments
    return {
        "schema": SCHEMA,
        "source": {
            "path": page.source.path,
            "encoding": page.source.encoding,
            "bytes": page.source.size,
            "lines": page.source.line_count,
            "format": page.source.format,
            "record": page.source.record,
        },
        "article": {
            "title": article.title,
            "title_inferred": article.title_inferred,
            "author": article.author,
            "outlet": article.outlet,
            "date": article.date,
            "date_text": article.date_text,
            "teaser": article.teaser,
            "section": article.section,
            "url": article.url,
            "provenance": article.provenance,
            "headings": [{"text": h.text, "lines": _span(h.span)} for h in article.headings],
            "paragraphs": [
                {"text": p.text, "section": p.section, "lines": _span(p.span)} for p in article.paragraphs
            ],
        },
        "boilerplate": [{"text": b.text, "kind": b.kind, "lines": _span(b.span)} for b in page.boilerplate],
        "comments": {
            "header": comments.header,
            "declared": comments.declared,
            "found": comments.found,
            "closed": comments.closed,
            "status": comments.status,
            "source": comments.source,
            "doubtful": comments.doubtful,
            "doubts": comments.doubts,
            "nesting_hidden": comments.nesting_hidden,
            "items": [
                {
                    "index": c.index,
                    "parent": c.parent,
                    "depth": c.depth,
                    "author": c.author,
                    "date": c.date,
                    "date_iso": c.date_iso,
                    "kind": c.kind,
                    "title": c.title,
                    "record": c.record,
                    "furniture": c.furniture,
                    "text": c.text,
                    "paragraphs": c.paragraphs,
                    "lines": _span(c.span),
                }
                for c in comments.items
            ],
            "repairs": [{"kind": r.kind, "comment": r.comment, "message": r.message, "name": r.name}
                        for r in comments.repairs],
        },
        "line_roles": dict(Counter(role.value for role in page.line_roles)),
        "warnings": page.warnings,
    }
