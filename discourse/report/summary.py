"""The per-article discourse summary: JSON for machines, rich tables for people.

Rich writes colour only to a terminal; piped output is the same tables as plain text.
"""

from __future__ import annotations

from dataclasses import asdict

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from discourse.analysis.page import PageAnalysis
from discourse.analysis.statistics import Proportion
from discourse.analysis.summary import ON_TOPIC_THRESHOLD, Summary

SUMMARY_SCHEMA = "discourse.summary/1"


def summary_to_dict(analysis: PageAnalysis, summary: Summary) -> dict:
    article = analysis.page.article
    return {
        "schema": SUMMARY_SCHEMA,
        "path": analysis.page.source.path,
        "article": {"title": article.title, "author": article.author, "date": article.date,
                    "outlet": article.outlet, "paragraphs": len(article.paragraphs),
                    "words": len(article.text.split())},
        "comments": {"found": summary.comments, "declared": summary.declared, "threads": summary.threads,
                     "max_depth": summary.max_depth, "commenters": summary.commenters},
        "author_replies": [asdict(reply) for reply in summary.author_replies],
        "sentiment": {"article_polarity": round(summary.article_polarity, 3),
                      "comments": summary.comment_sentiment, "test": asdict(summary.sentiment_test)},
        "key_terms": {"article": [t.term for t in analysis.article_terms],
                      "comments": [t.term for t in analysis.comment_terms]},
        "distinctive_comment_words": [{"term": d.term, "z": round(d.z, 2)} for d in analysis.distinctive],
        "on_topic": {**asdict(summary.on_topic), "threshold": ON_TOPIC_THRESHOLD},
        "disagreement_with_author": {**asdict(summary.disagreement), "unclear": summary.unclear},
        "agreement_with_author": asdict(summary.agreement),
        "controversy": summary.controversy,
        "top_disagreement_cues": [{"cue": name, "comments": n} for name, n in summary.top_disagreement_cues],
        "contested_passages": [{"sentence": s.index, "text": s.text, "contested_by": s.contested_by}
                               for s in summary.contested],
        "quotes": [{"comment": i, "sentence": s.index, "text": s.text}
                   for s in analysis.sentences for i in s.quoted_by],
        "stance_to_author": {str(c.index): {"label": c.stance_to_author.label, "score": c.stance_to_author.score,
                                            "confidence": c.stance_to_author.confidence,
                                            "cues": [cue.name for cue in c.stance_to_author.cues[:5]]}
                             for c in analysis.comments},
        "heated_thread": asdict(summary.heated_thread) if summary.heated_thread else None,
        "telling_comments": [asdict(t) for t in summary.telling],
        "notes": analysis.notes,
    }


def _share(p: Proportion) -> str:
    if p.share is None:
        return "n/a (no comments)"
    return f"{p.k}/{p.n} = {p.share:.0%} (95% CI {p.low:.0%}–{p.high:.0%})"


def print_summary(console: Console, analysis: PageAnalysis, summary: Summary) -> None:
    article = analysis.page.article
    console.rule(f"[bold]{article.title or '(no title)'}")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for name, value in _facts(analysis, summary):
        facts.add_row(name, value)
    console.print(facts)
    _print_comments(console, analysis, summary)
    console.print()


def _facts(analysis: PageAnalysis, summary: Summary) -> list[tuple[str, str]]:
    article = analysis.page.article
    declared = summary.declared if summary.declared is not None else "not stated"
    test = summary.sentiment_test
    tested = (f"U = {test.statistic:.1f}, p = {test.p_value:.3g}" if test.p_value is not None
              else f"not run: {test.reason}")
    author = ", ".join(f"#{r.index} ({'; '.join(r.evidence)})" for r in summary.author_replies) or "none found"
    rows = [
        ("File", analysis.page.source.path),
        ("By", ", ".join(x for x in (article.author, article.outlet, article.date) if x) or "(not shown)"),
        ("Body", f"{len(article.paragraphs)} paragraphs, {len(article.text.split())} words"),
        ("Comments", f"{summary.comments} found of {declared} declared; {summary.threads} threads, "
                     f"depth {summary.max_depth}, commenters {summary.commenters or 'not shown'}"),
        ("Author replies", author),
        ("Sentiment", f"article {summary.article_polarity:+.2f}; comments "
                      + ", ".join(f"{k} {v}" for k, v in sorted(summary.comment_sentiment.items()))),
        ("Article vs comments", tested),
        ("Key terms", ", ".join(t.term for t in analysis.article_terms[:8]) or "-"),
        ("Comments talk of", ", ".join(f"{d.term} (z {d.z:.1f})" for d in analysis.distinctive[:6]) or "-"),
        ("On topic", _share(summary.on_topic)),
        ("Disagree w/ author", _share(summary.disagreement) + (f"; {summary.unclear} unclear not counted"
                                                               if summary.unclear else "")),
        ("Agree w/ author", _share(summary.agreement)),
        ("Controversy", f"{summary.controversy:.2f} (0 = one-sided or silent, 1 = evenly split)"),
        ("Top cues", ", ".join(f"{name} ({n})" for name, n in summary.top_disagreement_cues) or "-"),
    ]
    for sentence in summary.contested[:3]:
        rows.append(("Contested", f"“{escape(sentence.text)}” — disputed by {', '.join(map(str, sentence.contested_by))}"))
    for sentence in analysis.sentences:
        for index in sentence.quoted_by:
            rows.append(("Quote", f"comment {index} quotes “{sentence.text}”"))
    thread = summary.heated_thread
    if thread:
        rows.append(("Most heated thread", f"from comment {thread.root}: {thread.size} comments, "
                                           f"{thread.disagreements} disagreeing, {thread.negative} negative"))
    for item in summary.telling:
        rows.append((item.role.capitalize(), f"#{item.index} ({item.score:+.2f}) {item.first_words}"))
    rows.extend(("Note", note) for note in analysis.notes)
    return rows


def _print_comments(console: Console, analysis: PageAnalysis, summary: Summary) -> None:
    """The reply tree, one line a comment: stance to author and to parent, sentiment, deciding cues."""
    if not analysis.comments:
        return
    console.print("\n[bold]Comments[/bold] (stance to author | to parent | sentiment | on-topic | cues)")
    for c in analysis.comments:
        stance = c.stance_to_author
        to_author = "[bold]AUTHOR[/bold]" if c.is_author else f"[{_COLOURS.get(stance.label, '')}]{stance.label}[/]"
        to_parent = f" | {c.stance_to_parent.label}" if c.stance_to_parent else ""
        cues = ", ".join(cue.name for cue in stance.cues[:3])
        indent = "  " * (c.comment.depth + 1)
        console.print(f"{indent}{c.index}. {to_author}{to_parent} | {c.sentiment.label} | "
                      f"{c.on_topic.score:.2f} | {escape(cues)} | {escape(_first_words(c.comment.text))}",
                      overflow="ellipsis", no_wrap=True)


_COLOURS = {"disagree": "red", "agree": "green", "query": "yellow", "neutral": "dim"}


def _first_words(text: str, n: int = 10) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")
