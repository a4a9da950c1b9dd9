"""Export fixtures: small files written for these tests (no real export is copied into the repo)."""

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def tree(page) -> list[tuple[str, str | None, str | None]]:
    """(comment id, parent's comment id, author) for every comment: the reply structure by the export's ids."""
    by_index = {c.index: c for c in page.comments.items}
    return [(c.record, by_index[c.parent].record if c.parent else None, c.author) for c in page.comments.items]
