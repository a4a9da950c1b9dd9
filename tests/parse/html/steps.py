"""A count of the steps a reader takes up the tree, for tests that guard linear time."""

from __future__ import annotations

from discourse.parse.html import dom


def count_ancestor_steps(monkeypatch, module) -> list[int]:
    """Make `module`'s `ancestors` count each ancestor it yields; the one-item list holds the count."""
    steps = [0]

    def counted(node):
        for ancestor in dom.ancestors(node):
            steps[0] += 1
            yield ancestor

    monkeypatch.setattr(module, "ancestors", counted)
    return steps
