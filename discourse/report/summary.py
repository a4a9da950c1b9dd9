"""The per-article discourse summary: JSON for machines, plain words then figures for people.

The terminal summary opens with a few sentences an editor can act on (`plain.in_short`), then
the figures, then the reply tree. Test statistics, z-scores and cue names are shown with
`details`; without it the tests are said in words. Rich writes colour only to a terminal; piped
output is the same text, wrapped to the width (80 columns unless COLUMNS says otherwise), never cut.
"""

from __future__ import annotations

from dataclasses import asdict

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from discourse.analysis.page import ENGLISH_ONLY_NOTE, CommentAnalysis, PageAnalysis
from discourse.analysis.statistics import Proportion
from discourse.analysis.summary import ON_TOPIC_THRESHOLD, Summary
from discourse.report.plain import (
    author_groups, comment_count_line, counted, first_words, in_short, other_readers, refs,
)

SUMMARY_SCHEMA = "discourse.summary/1"
TREE_WORDS = 24
SHOWN_TERMS = 8


def summary_to_dict(analysis: PageAnalysis, summary: Summary) -> dict:
    article = analysis.page.article
    section = analysis.page.comments
    return {
        "schema": SUMMARY_SCHEMA,
        "path": analysis.page.source.path,
        "in_short": in_short(analysis, summary),
        "article": {"title": article.title, "author": article.author, "date": article.date,
                    "outlet": article.outlet, "paragraphs": len(article.paragraphs),
                    "words": len(article.text.split())},
        "comments": {"found": summary.comments, "declared": summary.declared, "threads": summary.threads,
                     "max_depth": summary.max_depth, "commenters": summary.commenters,
                     "status": section.status, "source": section.source,
                     "doubtful": section.doubtful, "doubts": list(section.doubts),
                     "nesting_hidden": section.nesting_hidden},
        "author_replies": [asdict(reply) for reply in summary.author_replies],
        "sentiment": {"article_polarity": _rounded(summary.article_polarity),
                      "comments": summary.comment_sentiment, "test": asdict(summary.sentiment_test)},
        "key_terms": {"article": [t.term for t in analysis.article_terms],
                      "comments": [t.term for t in analysis.comment_terms]},
        "distinctive_comment_words": [{"term": d.term, "z": round(d.z, 2)} for d in analysis.distinctive],
        "on_topic": {**asdict(summary.on_topic), "threshold": ON_TOPIC_THRESHOLD},
        "readers_by_stance": summary.stances,
        "disagreement_with_author": asdict(summary.disagreement),
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


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def print_summary(console: Console, analysis: PageAnalysis, summary: Summary, details: bool = False,
                  max_comments: int | None = None) -> None:
    """In short, the figures, then the reply tree (the first `max_comments` comments, if given).

    Drawn on a capture so the padding rich adds to wrapped lines can be stripped: piped output has
    no trailing blanks."""
    with console.capture() as capture:
        _draw_summary(console, analysis, summary, details, max_comments)
    console.file.write("".join(line.rstrip(" ") + "\n" for line in capture.get().splitlines()))


def _draw_summary(console: Console, analysis: PageAnalysis, summary: Summary, details: bool,
                  max_comments: int | None) -> None:
    article = analysis.page.article
    console.rule()
    console.print(Text(article.title or "(no title)", style="bold"))
    console.print(Text(_byline(analysis)))
    console.print()
    for sentence in in_short(analysis, summary):
        console.print(Padding(Text(sentence), (0, 0, 0, 2), expand=False))
    console.print()
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    for name, value in _facts(analysis, summary, details):
        facts.add_row(name, Text(value))
    console.print(facts)
    _print_comments(console, analysis, details, max_comments)
    console.print()


def _byline(analysis: PageAnalysis) -> str:
    article = analysis.page.article
    byline = ", ".join(x for x in (article.author, article.outlet, article.date) if x) or "byline not shown"
    return f"{byline} \u00b7 {analysis.page.source.path}"


def _share(p: Proportion, of: str) -> str:
    return f"{p.k} of {counted(p.n, of)} = {p.share:.0%} (95% interval {p.low:.0%}\u2013{p.high:.0%})"


def _facts(analysis: PageAnalysis, summary: Summary, details: bool) -> list[tuple[str, str]]:
    """The figures, each row only where it has something to show."""
    article = analysis.page.article
    rows = [("Body", f"{counted(len(article.paragraphs), 'paragraph')}, {counted(len(article.text.split()), 'word')}"),
            ("Comments", comment_count_line(summary, analysis.page.comments))]
    if summary.comments:
        commenters = (f"{counted(summary.commenters, 'named commenter')}" if summary.commenters
                      else "commenters' names not shown")
        depth = f"replies up to {summary.max_depth} deep" if summary.max_depth else "no replies"
        rows.append(("Threads", f"{counted(summary.threads, 'thread')}, {depth}; {commenters}"))
    rows += _stance_rows(summary)
    rows += _author_rows(summary)
    rows += _tone_rows(analysis, summary, details)
    rows += _passage_rows(analysis, summary)
    rows += _comment_highlights(summary)
    rows += _term_rows(analysis, details)
    if details:
        rows += _detail_rows(analysis, summary)
    rows.extend(("Note", note) for note in analysis.notes if note != ENGLISH_ONLY_NOTE)  # said in short
    return rows


def _stance_rows(summary: Summary) -> list[tuple[str, str]]:
    if not summary.disagreement.n:
        return []
    rows = [("Disagree with the author", _share(summary.disagreement, "reader")),
            ("Agree with the author", _share(summary.agreement, "reader"))]
    others = {label: n for label, n in summary.stances.items() if label not in ("agree", "disagree") and n}
    if others:
        rows.append(("Other readers", other_readers(others)))
    rows.append(("Controversy", f"{summary.controversy:.2f} (0 = one-sided or silent, 1 = evenly split)"))
    return rows


def _author_rows(summary: Summary) -> list[tuple[str, str]]:
    """The author's comments once each, grouped by the one reason they are the author's."""
    rows = []
    for group in author_groups(summary):
        received = ", ".join(f"{n} {label}" for label, n in sorted(group.replies.items())) or "none"
        rows.append(("Author's comments", f"{refs(list(group.indices), 12)} ({group.reason}); "
                                          f"readers' replies: {received}"))
    return rows


def _tone_rows(analysis: PageAnalysis, summary: Summary, details: bool) -> list[tuple[str, str]]:
    tone = "article not scored" if summary.article_polarity is None else f"article {summary.article_polarity:+.2f}"
    if analysis.comments:
        tone += "; comments " + ", ".join(f"{n} {label}" for label, n in sorted(summary.comment_sentiment.items()))
    rows = [("Sentiment", tone)]
    if analysis.comments:
        rows.append(("On topic", _share(summary.on_topic, "comment")))
    return rows


def _passage_rows(analysis: PageAnalysis, summary: Summary) -> list[tuple[str, str]]:
    rows = []
    for sentence in summary.contested[:3]:
        by = sorted(set(sentence.contested_by))
        rows.append(("Contested", f"\u201c{sentence.text}\u201d \u2014 disputed by "
                                  f"{'comment' if len(by) == 1 else 'comments'} {refs(by)}"))
    contested = {s.index for s in summary.contested[:3]}
    for sentence in analysis.sentences:
        quoting = sorted(set(sentence.quoted_by))
        if quoting and sentence.index not in contested:
            rows.append(("Quoted", f"\u201c{sentence.text}\u201d \u2014 quoted by "
                                   f"{'comment' if len(quoting) == 1 else 'comments'} {refs(quoting)}"))
    return rows


def _comment_highlights(summary: Summary) -> list[tuple[str, str]]:
    rows = []
    thread = summary.heated_thread
    if thread:
        rows.append(("Most heated thread", f"the one opened by #{thread.root}: {counted(thread.size, 'comment')}, "
                                           f"{thread.disagreements} disagreeing, {thread.negative} negative"))
    for item in summary.telling:
        score = "on-topic score" if item.role == "most off-topic" else "stance score"
        rows.append((item.role.capitalize(), f"#{item.index} ({score} {item.score:+.2f}): {item.first_words}"))
    return rows


def _term_rows(analysis: PageAnalysis, details: bool) -> list[tuple[str, str]]:
    rows = []
    if analysis.article_terms:
        rows.append(("Key terms", ", ".join(t.term for t in analysis.article_terms[:SHOWN_TERMS])))
    if analysis.distinctive:
        words = [f"{d.term} (z {d.z:.1f})" if details else d.term for d in analysis.distinctive[:6]]
        rows.append(("Comments talk of", ", ".join(words)))
    return rows


def _detail_rows(analysis: PageAnalysis, summary: Summary) -> list[tuple[str, str]]:
    """What an analyst checks: the test itself, thresholds, cue counts, where the comments came from."""
    test = summary.sentiment_test
    tested = (f"{test.name}: U = {test.statistic:.1f}, p = {test.p_value:.3g}" if test.p_value is not None
              else f"not run: {test.reason}")
    section = analysis.page.comments
    rows = [("Sentiment test", tested),
            ("On topic means", f"a similarity to the article of at least {ON_TOPIC_THRESHOLD}"),
            ("Comments read from", f"{analysis.page.source.format} page; {section.source or 'unknown'} evidence; "
                                   f"section {section.status or 'not assessed'}")]
    if summary.top_disagreement_cues:
        rows.append(("Cues in disagreeing comments", ", ".join(
            f"{name} ({counted(n, 'comment')})" for name, n in summary.top_disagreement_cues)))
    rows.extend(("Reply-tree repair", repair.message) for repair in section.repairs)
    return rows


def _print_comments(console: Console, analysis: PageAnalysis, details: bool, max_comments: int | None) -> None:
    """The reply tree: per comment its labels, then its first words; wrapped under its indent."""
    if not analysis.comments:
        return
    shown = analysis.comments if max_comments is None else analysis.comments[:max_comments]
    key = "stance to the author | to its parent | sentiment | on-topic score" + (" | cues" if details else "")
    console.print(f"\n[bold]Comments[/bold] ({key})")
    for c in shown:
        words = Text(first_words(c.comment.text, TREE_WORDS), style="italic")
        console.print(Padding(Group(_comment_labels(c, details), words), (0, 0, 0, 2 * c.comment.depth + 2),
                              expand=False))
    hidden = len(analysis.comments) - len(shown)
    if hidden:
        console.print(f"  \u2026 {counted(hidden, 'more comment')} not shown (--max-comments {max_comments})")


def _comment_labels(c: CommentAnalysis, details: bool) -> Text:
    stance = c.stance_to_author
    line = Text(f"{c.index}. ")
    if c.comment.author:
        line.append(f"{c.comment.author}: ", style="bold")
    if c.is_author:
        line.append("AUTHOR", style="bold")
    else:
        line.append(stance.label, style=_COLOURS.get(stance.label, ""))
    if c.stance_to_parent:
        line.append(f" | {c.stance_to_parent.label} #{c.comment.parent}")
    line.append(f" | {c.sentiment.label} | {c.on_topic.score:.2f}")
    if details and stance.cues:
        line.append(" | " + ", ".join(cue.name for cue in stance.cues[:3]), style="dim")
    return line


_COLOURS = {"disagree": "red", "agree": "green", "query": "yellow", "neutral": "dim", "unclear": "magenta"}
