"""Readers for comment-platform exports and research tables, one module per format.

Each gives the same `Page` as a rendered page (an article with its comment tree), with the exact
parents, authors and ISO dates the export records: `comments.source` is the platform
(`wordpress`, `disqus`, `comments-table`, `convokit`), `source.format` the format (`wxr`,
`disqus`, `comments-csv`, `comments-jsonl`, `convokit`) and `source.record` the item's id in it.
The kind of a file is decided by its content (`discourse.parse.detect`).
"""

from __future__ import annotations

from discourse.model import Page

EXPORT_KINDS = ("wxr", "disqus", "xml", "table", "convokit")
# source.format of the pages they give; such a page's source.record is the item's id in the export.
EXPORT_FORMATS = ("wxr", "disqus", "comments-csv", "comments-jsonl", "convokit")


def read_export(kind: str, raw: bytes, path: str) -> list[Page]:
    """The pages of an export of the given kind (one of EXPORT_KINDS)."""
    if kind == "wxr":
        from discourse.parse.exports.wxr import read_wxr

        return read_wxr(raw, path)
    if kind == "disqus":
        from discourse.parse.exports.disqus import read_disqus

        return read_disqus(raw, path)
    if kind == "xml":
        from discourse.parse.exports.xmlfile import root_name
        from discourse.parse.reading import InputError

        raise InputError(f"{path}: XML that is neither a WordPress (WXR) nor a Disqus export (root element "
                         f"<{root_name(raw)}>); not a page")
    if kind == "convokit":
        from discourse.parse.exports.convokit import read_convokit

        return read_convokit(raw, path)
    from discourse.parse.exports.table import read_table

    return read_table(raw, path)


__all__ = ["EXPORT_KINDS", "EXPORT_FORMATS", "read_export"]
