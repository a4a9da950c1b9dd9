"""The terminal view of a parsed page: header, section outline, comment tree."""

from __future__ import annotations

import textwrap

from discourse.model import Page

_PREVIEW = 70


def _preview(text: str, width: int = _PREVIEW) -> str:
    return textwrap.shorten(text, width=width, placeholder="…") if text else ""


def render_page(page: Page) -> str:
    return "\n".join(_header(page) + _outline(page) + _comment_tree(page)) + "\n"


def _header(page: Page) -> list[str]:
    article = page.article
    title = article.title or "(no title)"
    if article.title_inferred:
        title += "  [inferred]"
    byline = ", ".join(part for part in (article.author, article.outlet, article.date) if part)
    lines = [page.source.path, "=" * min(len(page.source.path), 100), f"Title:   {title}"]
    lines.append(f"By:      {byline or '(not shown)'}")
    if article.teaser:
        lines.append(f"Teaser:  {article.teaser}")
    words = sum(len(p.text.split()) for p in article.paragraphs)
    lines.append(f"Body:    {len(article.paragraphs)} paragraphs, {words} words; "
                 f"{len(page.boilerplate)} boilerplate lines set apart")
    return lines


def _outline(page: Page) -> list[str]:
    lines = ["", "Outline:"]
    sections: list[tuple[str | None, int, str]] = []
    for paragraph in page.article.paragraphs:
        if not sections or sections[-1][0] != paragraph.section:
            sections.append((paragraph.section, 0, paragraph.text))
        name, count, first = sections[-1]
        sections[-1] = (name, count + 1, first)
    for name, count, first in sections:
        lines.append(f"  {name or '(opening)'}  [{count} paragraphs]  {_preview(first, 50)}")
    return lines


def _comment_tree(page: Page) -> list[str]:
    comments = page.comments
    declared = comments.declared if comments.declared is not None else "not stated"
    closed = {True: "closed", False: "open", None: "status not shown"}[comments.closed]
    lines = ["", f"Comments: {comments.found} found, {declared} declared, {closed}"]
    for comment in comments.items:
        who = comment.author or "(no name)"
        when = f", {comment.date}" if comment.date else ""
        indent = "  " * (comment.depth + 1)
        lines.append(f"{indent}{comment.index}. {who}{when}: {_preview(comment.text)}")
    return lines
