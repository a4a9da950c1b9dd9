"""One article's report page: key figures, charts, the article with its disputed passages,
and the comment tree with every label spelled out and explained.

Anchors tie the parts together: passages are #s<sentence>, comments #c<index>; a passage
links to the comments that quote or dispute it, and each such comment links back.
"""

from __future__ import annotations

from discourse.analysis.page import ENGLISH_ONLY_NOTE, CommentAnalysis, PageAnalysis, SentenceAnalysis
from discourse.analysis.stance import Cue, Stance
from discourse.analysis.summary import ON_TOPIC_THRESHOLD, Summary
from discourse.report.html import charts
from discourse.report.html.assets import MAX_INDENT_DEPTH
from discourse.report.html.figures import (
    ArticleReport, author_threads, comment_mean, depth_levels, disagrees, off_topic, sentiment_counts, stance_counts,
)
from discourse.report.html.markup import bdi, document, esc, share, signed
from discourse.report.plain import (
    SCRIPT_ONLY, author_groups, comment_count_line, counted, doubt_sentence, in_short, nesting_sentence, other_readers,
    section_state, tone_in_words,
)

TO_AUTHOR = {
    "disagree": "disagrees with the author", "agree": "agrees with the author",
    "neutral": "neutral toward the author", "query": "questions the author",
    "unclear": "stance toward the author unclear",
}
TO_PARENT = {"disagree": "disagrees with", "agree": "agrees with", "neutral": "neutral toward"}
SHOWN_CUES = 3
EXPLAINED_CUES = 8
EXPLAINED_EVIDENCE = 8
FIRST_WORDS = 12


def article_page(report: ArticleReport) -> str:
    analysis, summary = report.analysis, report.summary
    body = "\n".join([
        '<a class="skip" href="#main">Skip to the report</a>',
        '<header class="site article-nav"><nav aria-label="Report"><a href="index.html">All articles</a>'
        '<a href="#article-text">Article</a><a href="#comments">Comments</a></nav></header>',
        '<main id="main" class="article-page">',
        _heading(analysis),
        _doubt_banner(analysis) + _nesting_banner(analysis),
        _section("in-short", "In short", _in_short(analysis, summary)),
        _section("figures", "Key figures", f'<dl class="figures">{_figures(analysis, summary)}</dl>'),
        _section("charts", "Charts", _charts(analysis, summary)) if analysis.comments else "",
        '<div class="reading">',
        _section("article-text", "Article", _article_text(analysis)),
        _section("comments", "Comments", _comments(analysis)),
        "</div>",
        "</main>",
        f'<footer class="foot article-foot"><p>Report made by <code>discourse report</code> from '
        f"<code>{esc(analysis.page.source.path)}</code>.</p></footer>",
    ])
    return document(f"{report.title} \u2014 discourse report", body)


def _section(name: str, heading: str, content: str) -> str:
    return (f'<section id="{name}" aria-labelledby="{name}-heading">'
            f'<h2 id="{name}-heading">{esc(heading)}</h2>\n{content}\n</section>')


def _heading(analysis: PageAnalysis) -> str:
    article = analysis.page.article
    byline = " \u00b7 ".join(x for x in (article.author and f"By {article.author}", article.outlet, article.date) if x)
    parts = [f"<h1>{esc(article.title or '(no title found)')}</h1>"]
    if byline:
        parts.append(f'<p class="byline">{esc(byline)}</p>')
    if article.teaser:
        parts.append(f'<p class="teaser">{esc(article.teaser)}</p>')
    parts.append(f'<p class="source">Source file: <code>{esc(analysis.page.source.path)}</code></p>')
    return "\n".join(parts)


def _doubt_banner(analysis: PageAnalysis) -> str:
    """Above everything else: why the comment section may be misread, or why it could not be read."""
    comments = analysis.page.comments
    if comments.doubts:
        items = "".join(f"<li>{esc(doubt)}</li>" for doubt in comments.doubts)
        return ('<aside class="banner doubt" aria-labelledby="doubt-heading"><h2 id="doubt-heading">'
                "The comment section may be misread</h2><p>Read the comment figures below with care:</p>"
                f"<ul>{items}</ul></aside>")
    if comments.status == SCRIPT_ONLY:
        return f'<aside class="banner doubt"><p>{esc(section_state(comments))}</p></aside>'
    return ""


def _nesting_banner(analysis: PageAnalysis) -> str:
    """Beside the doubts: a rendering that hid which comment answers which, so its replies read as top-level."""
    sentence = nesting_sentence(analysis.page.comments)
    return f'<aside class="banner doubt nesting"><p>{esc(sentence)}</p></aside>' if sentence else ""


def _in_short(analysis: PageAnalysis, summary: Summary) -> str:
    """The plain sentences of the terminal summary (the doubts and the hidden nesting have their banners above)."""
    shown = {doubt_sentence(analysis.page.comments), nesting_sentence(analysis.page.comments),
             section_state(analysis.page.comments) if analysis.page.comments.status == SCRIPT_ONLY else None}
    sentences = [s for s in in_short(analysis, summary) if s not in shown]
    return '<div class="in-short">' + "".join(f"<p>{esc(s)}</p>" for s in sentences) + "</div>"


def _comment_link(index: int) -> str:
    return f'<a href="#c{index}">#{index}</a>'


def _figures(analysis: PageAnalysis, summary: Summary) -> str:
    readers = summary.disagreement.n
    rows = [
        ("Comments", esc(_comment_counts(analysis, summary))),
        *((("Disagree with the author", esc(share(summary.disagreement))),
           ("Agree with the author", esc(share(summary.agreement))),
           *_other_stances(summary),
           ("Controversy", esc(f"{summary.controversy:.2f} (0 = one-sided or silent, 1 = evenly split)")))
          if readers else ()),
        *((("On topic", esc(f"{share(summary.on_topic)}; on topic means a similarity to the article of at least "
                            f"{ON_TOPIC_THRESHOLD}")),) if analysis.comments else ()),
        ("Sentiment", esc(_sentiment_line(analysis, summary))),
        *((("Article vs comments", _test_line(analysis, summary)),) if analysis.comments else ()),
        *_author_replies(summary),
        *((("Cues in disagreeing comments", esc(", ".join(
            f"{name} ({counted(n, 'comment')})" for name, n in summary.top_disagreement_cues))),)
          if summary.top_disagreement_cues else ()),
        *_highlights(summary),
        *((("Key terms", esc(", ".join(t.term for t in analysis.article_terms[:8]))),)
          if analysis.article_terms else ()),
        *((("Comments talk of", esc(", ".join(d.term for d in analysis.distinctive[:6]))),)
          if analysis.distinctive else ()),
        *(("Reply-tree repair", esc(repair.message)) for repair in analysis.page.comments.repairs),
        *(("Note", esc(note)) for note in analysis.notes if note != ENGLISH_ONLY_NOTE),  # said in short
    ]
    return "\n".join(f"<dt>{esc(name)}</dt><dd>{value}</dd>" for name, value in rows)


def _other_stances(summary: Summary) -> list[tuple[str, str]]:
    """Readers neither agreeing nor disagreeing: neutral, asking, or (where labelled so) unclear."""
    others = {label: n for label, n in summary.stances.items() if label not in ("agree", "disagree") and n}
    if not others:
        return []
    return [("Other readers", esc(other_readers(others)))]


def _comment_counts(analysis: PageAnalysis, summary: Summary) -> str:
    count = comment_count_line(summary, analysis.page.comments)
    if not summary.comments:
        return count
    commenters = f"{summary.commenters} named commenters" if summary.commenters else "commenters not named"
    return (f"{count}; {counted(summary.threads, 'thread')}; deepest reply depth {summary.max_depth}; "
            f"{commenters}")


def _sentiment_line(analysis: PageAnalysis, summary: Summary) -> str:
    counts = ", ".join(f"{n} {label}" for label, n in sentiment_counts(summary))
    mean = comment_mean(analysis)
    comments = f"comments {counts} (mean {signed(mean)})" if mean is not None else "no comments"
    return f"article {signed(summary.article_polarity)}; {comments}"


def _test_line(analysis: PageAnalysis, summary: Summary) -> str:
    """The comparison in words; the statistic itself one click away."""
    test = summary.sentiment_test
    if test.p_value is None:
        return esc(tone_in_words(analysis, summary))
    return (f"{esc(tone_in_words(analysis, summary))} <details class=\"test\"><summary>The test</summary>"
            f"{esc(f'{test.name}: U = {test.statistic:.1f}, p = {test.p_value:.3g}')}</details>")


def _author_replies(summary: Summary) -> list[tuple[str, str]]:
    """The author's comments once each, grouped by the one reason they are the author's."""
    rows = []
    for group in author_groups(summary):
        received = ", ".join(f"{n} {label}" for label, n in sorted(group.replies.items())) or "none"
        links = ", ".join(_comment_link(i) for i in group.indices)
        rows.append(("Author's comments", f"{links} ({esc(group.reason)}); readers' replies: {esc(received)}"))
    return rows


def _highlights(summary: Summary) -> list[tuple[str, str]]:
    rows = []
    for sentence in summary.contested[:3]:
        by = list(dict.fromkeys(sentence.contested_by))
        links = ", ".join(_comment_link(i) for i in by)
        passage = f'<a href="#s{sentence.index}">\u201c{esc(sentence.text)}\u201d</a>'
        rows.append(("Contested passage", f"{passage} disputed by {'comment' if len(by) == 1 else 'comments'} {links}"))
    thread = summary.heated_thread
    if thread:
        rows.append(("Most heated thread", f"the one opened by {_comment_link(thread.root)}: " + esc(
            f"{counted(thread.size, 'comment')}, {thread.disagreements} disagreeing, {thread.negative} negative")))
    for item in summary.telling:
        score = "on-topic score" if item.role == "most off-topic" else "stance score"
        rows.append((item.role.capitalize(),
                     f"{_comment_link(item.index)} ({score} {esc(signed(item.score))}): {esc(item.first_words)}"))
    return rows


def _charts(analysis: PageAnalysis, summary: Summary) -> str:
    dots = [charts.Dot(c.index, c.sentiment.polarity, c.sentiment.label) for c in analysis.comments
            if c.sentiment.scored]
    stances = stance_counts(analysis)
    levels = depth_levels(analysis)
    figures = [
        ("Comment sentiment against the article's", charts.sentiment_chart(dots, summary.article_polarity),
         _sentiment_line(analysis, summary)),
        ("Stance toward the author", charts.stance_chart(stances),
         "Readers toward the author: " + ", ".join(f"{label} {n}" for label, n in stances) + "."),
        ("Disagreement along reply depth", charts.depth_chart(levels),
         "Disagreeing (with the author or the parent) per depth, of the comments with a clear stance: "
         + ", ".join(f"depth {d}: {k} of {n}" for d, k, n in levels) + "."),
    ]
    return '<div class="charts">' + "".join(
        f"<figure><h3>{esc(title)}</h3>{svg}<figcaption>{esc(caption)}</figcaption></figure>"
        for title, svg, caption in figures
    ) + "</div>"


def _article_text(analysis: PageAnalysis) -> str:
    legend = ('<p class="legend"><mark class="contested">Contested passages</mark> are quoted by comments that '
              'disagree with the author; <mark class="quoted">quoted passages</mark> by others. Each links to '
              "those comments.</p>")
    by_paragraph: dict[int, list[SentenceAnalysis]] = {}
    for sentence in analysis.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    parts, section = [legend], None
    for number, paragraph in enumerate(analysis.page.article.paragraphs):
        if paragraph.section and paragraph.section != section:
            parts.append(f"<h3>{esc(paragraph.section)}</h3>")
        section = paragraph.section
        sentences = by_paragraph.get(number) or []
        text = " ".join(map(_sentence, sentences)) if sentences else esc(paragraph.text)
        parts.append(f"<p>{text}</p>")
    return '<div class="article-text">' + "\n".join(parts) + "</div>"


def _sentence(sentence: SentenceAnalysis) -> str:
    if not sentence.quoted_by:
        return esc(sentence.text)
    disputed = list(dict.fromkeys(sentence.contested_by))
    quoted = [i for i in dict.fromkeys(sentence.quoted_by) if i not in disputed]
    refs = [f"disputed by {', '.join(map(_comment_link, disputed))}"] if disputed else []
    refs += [f"quoted by {', '.join(map(_comment_link, quoted))}"] if quoted else []
    kind = "contested" if disputed else "quoted"
    return (f'<mark id="s{sentence.index}" class="{kind}">{esc(sentence.text)}</mark> '
            f'<span class="refs">[{"; ".join(refs)}]</span>')


def _comments(analysis: PageAnalysis) -> str:
    if not analysis.comments:
        return f"<p>{esc(section_state(analysis.page.comments) or 'No comments were found on this page.')}</p>"
    threads = author_threads(analysis)
    flags = [(c, disagrees(c), off_topic(c), c.thread_root in threads) for c in analysis.comments]
    total = len(flags)
    buttons = [("all", f"All comments ({total})"),
               ("disagree", f"Disagreeing ({sum(f[1] for f in flags)})"),
               ("offtopic", f"Off-topic ({sum(f[2] for f in flags)})"),
               ("author", f"The author's threads ({sum(f[3] for f in flags)})")]
    return "\n".join([
        '<p class="legend">The coloured edge and first label give the stance toward the article\'s author: '
        "red disagrees, green agrees, amber questions, grey neutral, purple is the author. Every label is "
        "also written out; \u201cWhy this label\u201d lists the cues that decided it.</p>",
        '<div id="filters" class="filters" role="group" aria-label="Show only some comments" hidden>'
        + "".join(f'<button type="button" data-filter="{name}" aria-pressed="{str(name == "all").lower()}">'
                  f"{esc(label)}</button>" for name, label in buttons) + "</div>",
        f'<p id="filter-status" class="filter-status" role="status" hidden>Showing {total} of {total} comments.</p>',
        '<ol id="comment-tree" class="tree">',
        *(_comment(c, *marks) for c, *marks in flags),
        "</ol>",
    ])


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _comment(c: CommentAnalysis, disagreeing: bool, off: bool, in_author_thread: bool) -> str:
    stance = "author" if c.is_author else c.stance_to_author.label
    colour = "by-author" if c.is_author else f"stance-{esc(stance)}"
    css = f"comment d{min(c.comment.depth, MAX_INDENT_DEPTH)} {colour}"
    body = "".join(f"<p>{esc(paragraph)}</p>" for paragraph in c.comment.paragraphs)
    return (
        f'<li id="c{c.index}" class="{css}" data-disagree="{_yes(disagreeing)}" data-offtopic="{_yes(off)}" '
        f'data-author="{_yes(in_author_thread)}"><article aria-labelledby="c{c.index}-h">'
        f'<h3 id="c{c.index}-h">#{c.index} \u00b7 {bdi(c.comment.author or "(no name shown)")}</h3>'
        f"{_meta(c)}{_labels(c, off)}{_deciding_cues(c)}<div class=\"text\" dir=\"auto\">{body}</div>"
        f"{_quotes(c)}{_why(c)}</article></li>"
    )


def _meta(c: CommentAnalysis) -> str:
    parts = [esc(c.comment.date)] if c.comment.date else []
    if c.comment.parent is not None:
        parts.append(f"in reply to {_comment_link(c.comment.parent)}")
    else:
        parts.append("top-level comment")
    if c.thread_root != c.index:
        parts.append(f"thread of {_comment_link(c.thread_root)}")
    return '<p class="meta">' + " \u00b7 ".join(parts) + "</p>"


def _labels(c: CommentAnalysis, off: bool) -> str:
    if c.is_author:
        badges = [("by-author", "the article's author")]
    else:
        stance = c.stance_to_author
        badges = [(f"stance-{stance.label}", f"{TO_AUTHOR.get(stance.label, stance.label)} ({signed(stance.score)})")]
    if c.stance_to_parent is not None:
        to_parent = c.stance_to_parent
        words = TO_PARENT.get(to_parent.label, to_parent.label)
        badges.append((f"stance-{to_parent.label}", f"{words} #{c.comment.parent} ({signed(to_parent.score)})"))
    badges.append((f"sent-{c.sentiment.label}", f"sentiment {c.sentiment.label} ({signed(c.sentiment.polarity)})"))
    badges.append(("topic-off" if off else "topic-on",
                   f"{'off' if off else 'on'} topic ({c.on_topic.score:.2f})"))
    items = "".join(f'<li><span class="badge {esc(css)}">{esc(text)}</span></li>' for css, text in badges)
    return f'<ul class="labels" aria-label="Labels">{items}</ul>'


def _deciding_cues(c: CommentAnalysis) -> str:
    cues = c.stance_to_author.cues[:SHOWN_CUES]
    if not cues:
        return ""
    shown = ", ".join(f"<code>{esc(cue.name)}</code> (\u201c{esc(_first_words(cue.text))}\u201d)" for cue in cues)
    return f'<p class="cues">Deciding cues: {shown}</p>'


def _quotes(c: CommentAnalysis) -> str:
    if not c.quotes:
        return ""
    links = ", ".join(f'<a href="#s{q.sentence_index}">\u201c{esc(_first_words(q.sentence))}\u201d</a>'
                      for q in c.quotes)
    verb = "Disputes" if c.stance_to_author.label == "disagree" else "Quotes"
    return f'<p class="cues">{verb} the article: {links}</p>'


def _why(c: CommentAnalysis) -> str:
    parts = [_stance_reasons("Stance toward the author", c.stance_to_author)]
    if c.stance_to_parent is not None:
        parts.append(_stance_reasons(f"Stance toward #{c.comment.parent}", c.stance_to_parent))
    evidence = c.sentiment.evidence[:EXPLAINED_EVIDENCE]
    words = "".join(f"<li>\u201c{esc(e.text)}\u201d {esc(signed(e.polarity))}"
                    + (f" ({esc(e.note)})" if e.note else "") + "</li>" for e in evidence)
    parts.append(f"<dt>Sentiment {esc(c.sentiment.label)} ({esc(signed(c.sentiment.polarity))})</dt>"
                 f"<dd>{f'<ul>{words}</ul>' if words else esc(c.sentiment.note or 'no sentiment words found')}</dd>")
    shared = ", ".join(c.on_topic.shared_terms) or "none"
    parts.append(f"<dt>On topic {c.on_topic.score:.2f}</dt><dd>words shared with the article: {esc(shared)}</dd>")
    return f'<details class="why"><summary>Why this label</summary><dl>{"".join(parts)}</dl></details>'


def _stance_reasons(heading: str, stance: Stance) -> str:
    cues = "".join(f"<li>{_cue(cue, stance.leading)}</li>" for cue in stance.cues[:EXPLAINED_CUES])
    if stance.confidence is None:  # not read: the cue says why
        sure = "no probability"
    else:
        sure = f"probability {stance.confidence:.2f}" + (f", leaning {stance.leading}" if not stance.clear else "")
    return (f"<dt>{esc(heading)}: {esc(stance.label)} ({esc(signed(stance.score))}; {esc(sure)})</dt>"
            f"<dd>{f'<ul>{cues}</ul>' if cues else 'no cue fired'}</dd>")


def _cue(cue: Cue, label: str) -> str:
    direction = "toward" if cue.weight >= 0 else "against"
    return (f"<code>{esc(cue.name)}</code> \u201c{esc(cue.text)}\u201d "
            f"({esc(signed(cue.weight))}, {direction} {esc(label)})")


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:FIRST_WORDS]) + (" \u2026" if len(words) > FIRST_WORDS else "")
