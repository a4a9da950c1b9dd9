"""HTML pages: the article and the comment thread as the page itself built them.

The reader parses the markup once (selectolax), reads what the page declares about itself
(`metadata`), finds its comments by the strongest evidence present (`comments`: schema.org,
platform conventions, microformats; a generic repeated-block detector after the article), sets
the comment region aside, and reads the article's header (`article`) and body (`body`) from
the rest, so neither can leak into the other. Where the markup shows no comment structure and
no script-only embed, the page is rendered to text and the text parser reads its comments
(`fallback`, `comments.source = "text-fallback"`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.model import (Article, Boilerplate, Comments, Heading, LineRole, Page, Paragraph, Repair, Source,
                              Span)
from discourse.parse.doubts import UnreadSection, paginated_repair
from discourse.parse.html import dom
from discourse.parse.html.article import byline_name, credits_media, lead_block_text, read_header
from discourse.parse.html.body import furniture_ids, read_body, read_post_body
from discourse.parse.html.comments import Thread, find_structured, read_thread
from discourse.parse.html.comments.fields import read_item, text_element
from discourse.parse.html.comments.generic import find_repeated_blocks
from discourse.parse.html.comments.items import Found
from discourse.parse.html.comments.furniture import WIDGET_NAMES, in_widget, is_furniture_element
from discourse.parse.html.comments.section import (Control, closed_state, comment_header, comment_pages,
                                                   comments_behind_control, count_link, embed_holds_text, is_amp,
                                                   loaded_by_script, region)
from discourse.parse.html.decoding import decode_html
from discourse.parse.html.fallback import read_as_text
from discourse.parse.html.lines import Numbering
from discourse.parse.html.metadata import read_metadata
from discourse.parse.html.nesting import cap_nesting, capped_nesting
from discourse.parse.html.stories import OwnPage
from discourse.parse.reading import InputError

__all__ = ["read_html"]

# Pages larger than this are read from their markup alone: the rendered-text fallback and
# htmldate's whole-page search grow faster than the page (a 50 MB page would take minutes).
LARGE_PAGE_BYTES = 3_000_000
# A comment region whose text outside the comments is at most this share of theirs is set
# aside whole (header, form, pagination); a larger one also holds the article.
_REGION_SLACK = 0.5
# A byline line is short ("By Jane Doe, Science Editor"); a longer first line is prose.
_MAX_LEAD_BYLINE = 80
_MAX_LINES_BEFORE_BODY = 4
_MIN_PARAGRAPHS_BEFORE_NOTE = 2
_MAX_AUTHOR_NOTE_WORDS = 40
# An article's body beside a thread is a run of paragraphs; a board description is one or two.
_MIN_ARTICLE_RUN = 3
# A lone paragraph outside the posts is the article (a teaser over its comments) only where it
# is over twice the opening post's length; a forum's notice is seldom much longer than a post.
_LONE_PARAGRAPH_SHARE = 2


def read_html(raw: bytes, path: str, record: str | None = None) -> Page:
    """One HTML page as a `Page` (source.format "html"). Raises InputError (one line) for a
    file with no readable text."""
    decoded = decode_html(raw, path)
    html, encoding = decoded.text, decoded.encoding
    tree = dom.parse(html)
    dom.show_crawler_copy(tree)
    if tree.body is None or not dom.blocks(tree.body):
        raise InputError(f"{path}: an HTML page with no text")
    large = len(raw) > LARGE_PAGE_BYTES
    brought_up = cap_nesting(tree)
    reader = _Reader(tree, html, thorough=not large, brought_up=brought_up)
    page = reader.page(Source(path, encoding, len(raw), 0, format="html", record=record))
    if decoded.doubt:
        page.warnings.append(f"{path}: {decoded.doubt}")
    if brought_up:
        page.warnings.append(f"{path}: {capped_nesting(brought_up)}, after the elements they were nested in")
    how = page.article.provenance.get("date", "")
    if "as pages in" in how:  # no other date on the page settles the order of day and month
        page.warnings.append(f"{path}: the article's date {page.article.date_text} read {how.split(', ', 1)[-1]}; "
                             "the page shows no date that settles the order of day and month")
    if large:
        page.warnings.append(f"{path}: a {len(raw) / 1e6:.0f} MB page: read from its markup only "
                             "(no rendered-text fallback, no whole-page date search)")
    elif reader.thread is None and page.comments.status != "script-only" and not reader.empty_section():
        page = _with_text_comments(page, raw, path, record, reader.not_comments,
                                   behind_control=reader.control_elsewhere is not None,
                                   signed_only=reader.amp_comments_elsewhere())
    reader.comments_elsewhere(page.comments)
    from discourse.parse import finish

    page = finish(page, unread_comments(tree) if not page.comments.items else None)
    # A page read by the text fallback was finished once as text: its repairs and doubts warn once.
    page.warnings = list(dict.fromkeys(page.warnings))
    return page


_COMMENT_NAMED = dom.css_for_words(["comment", "kommentar", "commentaire", "comentario", "comentário"])
# The words themselves, at the start of a class or id part ("comment-body", "commentlist",
# "kommentarbox"), not inside a longer word ("recentcomments") nor "commentary" (an opinion piece).
_COMMENT_WORD = re.compile(r"(?:^|[-_\s])(?:comment(?!ar)|kommentar|commentaire|comentario|comentário)", re.I)
_MIN_NAMED = 3
_MIN_NAMED_WORDS = 8
_MAX_NAMED_LINK_SHARE = 0.5


def unread_comments(tree: LexborHTMLParser) -> UnreadSection | None:
    """Elements named for comments that hold text (a few words each, mostly not links, not forms,
    not counters, not in a sidebar widget), on a page where no comment was read: a sign of a
    section no reader recognised. Nested ones count once: a comment's box, its body and its
    text are one comment (the innermost of them is counted)."""
    body = tree.body
    if body is None:
        return None
    widgets: dict[int, bool] = {}
    holding = []
    for node in dom.select(body, _COMMENT_NAMED):
        marks = dom.names(node)
        if (node.tag in ("form", "textarea", "input", "a", "span", "script", "style", "label", "button")
                or not _COMMENT_WORD.search(marks) or WIDGET_NAMES.search(marks) or is_furniture_element(marks)
                or node.css_first("form, textarea") is not None or in_widget(node, widgets)):
            continue
        words = len((node.text() or "").split())
        linked = sum(len((a.text() or "").split()) for a in node.css("a"))
        if words >= _MIN_NAMED_WORDS and linked <= _MAX_NAMED_LINK_SHARE * words:
            holding.append(node)
    ids = {node.mem_id for node in holding}
    inner = [node for node in holding
             if not any(part.mem_id in ids and part.mem_id != node.mem_id for part in node.css("*"))]
    if len(inner) < _MIN_NAMED:
        return None
    return UnreadSection(f"{len(inner)} elements named for comments hold text", of_comments=False)


def _declares_body(container, comment_ids: set[int]) -> bool:
    """The region holds the article's own declared text (schema.org `articleBody` outside every
    comment: a forum's opening post, whose replies are its `comment`s), so it is not set aside whole."""
    for node in container.css('[itemprop~="articleBody"]'):
        if not any(up.mem_id in comment_ids for up in dom.ancestors(node)) and dom.text_of(node):
            return True
    return False


def _prose_run_beside(outside: list, posts: list[LexborNode]) -> bool:
    """Several paragraphs share a container that holds no post: an article's body (its story
    shorter than a long first reply), not a one-paragraph notice above a thread."""
    holders = {up.mem_id for post in posts for up in (post, *dom.ancestors(post))}  # the posts and what holds them
    counts: dict[int, int] = {}
    for block in outside:
        parent = block.node.parent
        if parent is None or parent.mem_id in holders:
            continue
        counts[parent.mem_id] = counts.get(parent.mem_id, 0) + 1
    return any(count >= _MIN_ARTICLE_RUN for count in counts.values())


class _Reader:
    """One page's reading: comment evidence first, then the article around it."""

    def __init__(self, tree: LexborHTMLParser, html: str, thorough: bool = True, brought_up: int = 0):
        self.tree = tree
        self.brought_up = brought_up  # elements nested too deep in their own kind, moved up (`nesting`)
        self.order = dom.document_order(tree)
        meta = read_metadata(tree)
        self.declared_in_metadata, self.language = meta.comment_count, meta.language
        found = find_structured(tree, self.order, meta.comments)
        self.thread: Thread | None = read_thread(found) if found is not None else None
        items = [node for node in (self.thread.nodes if self.thread else []) if node is not None]
        readers, linkbacks = self._by_kind()
        self.excluded = self._comment_region(readers) | self._comment_region(linkbacks) | self._dropped()
        self.article = read_header(tree, html if thorough else None, meta, self.excluded, self.order)
        self.furniture = furniture_ids(tree)
        self.body = read_body(tree, self.excluded, self.article.title, self.furniture)
        if found is not None and found.opening is not None:
            if self._body_beside_posts(found):
                self._opening_post_as_comment(found)
            else:
                self._signed_by_opening_post(found.opening)
                self._body_from_opening_post(found.opening)
            items = [node for node in self.thread.nodes if node is not None]
            readers, _ = self._by_kind()
        if self.article.author is None:
            self._author_from_lead()
        self.script_only = False
        self.not_comments: list[str] = []  # blocks the markup shows are not comments (other stories' cards)
        item_ids = {node.mem_id for node in items}
        self.header_node, self.header, self.declared = comment_header(tree, readers or items, self.order, item_ids)
        self.closed, self.closed_notice = closed_state(tree)
        if self.thread is None:
            # A comment embed's thread saved after its script ran is in the markup: read it where
            # its element holds text; where not, the comments are the script's to load. A page
            # that counts no comment has none to find (what follows "0 comments" is something else).
            script = loaded_by_script(tree)
            if self.declared != 0 and (not script or embed_holds_text(tree)):
                self._find_generic()
            self.script_only = self.thread is None and script

    def amp_comments_elsewhere(self) -> bool:
        """An AMP page with a control that opens its comments on the full page: what follows the
        control (other stories, the footer) is seldom a comment, so the rendered text's thread is
        read only where it reads as one (`_with_text_comments`)."""
        return is_amp(self.tree) and self.control_elsewhere is not None

    @cached_property
    def own_page(self) -> OwnPage:
        """The page's host and headline, which tell other stories' blocks from the article's own."""
        return OwnPage.of(self.tree, self.article.title)

    @cached_property
    def control_elsewhere(self) -> Control | None:
        """`comments_behind_control` of the page, looked for once: both the AMP test and the thread's
        count ask for it. Outside AMP, a script's button on a page whose markup holds elements named
        for comments with text may only show what is there, and one on a page that says its comments
        are closed opens none: neither is a sign of comments elsewhere."""
        control = comments_behind_control(self.tree, self.own_page)
        if control is not None and control.by_script and not is_amp(self.tree) and (
                self.closed or unread_comments(self.tree)):
            return None
        return control

    def comments_elsewhere(self, comments: Comments) -> None:
        """Where neither the markup nor the rendered text holds a comment: a "View Comments (14)"
        control that opens them elsewhere (another page, or a button whose script loads them) makes
        the thread script-only (its count the declared one, its text the header where none was
        found), and a byline's count link ("14 Comments", Disqus's count link) still says how many
        the article has."""
        if self.thread is not None or comments.items:
            return
        control = self.control_elsewhere if comments.status != "script-only" else None
        if control is not None:
            comments.status, comments.source = "script-only", "comments-link"
            comments.header = comments.header or control.text
            comments.declared = control.count if comments.declared is None else comments.declared
        if comments.declared is None:
            comments.declared = count_link(self.tree, self.own_page)

    def _signed_by_opening_post(self, opening: LexborNode) -> None:
        """A forum thread's article is its opening post: the post's own author and date (read as
        every post's are) stand over a byline guessed from the page, which on a forum is often the
        post's "by NAME » DATE" line read whole or nothing at all."""
        signed = read_item(opening, [], set())
        if signed.author:
            self.article.author, self.article.provenance["author"] = signed.author, "the opening post's author"
        if signed.date_iso:
            self.article.date, self.article.date_text = signed.date_iso[:10], signed.date
            self.article.provenance["date"] = "the opening post's date"

    def _body_beside_posts(self, found: Found) -> bool:
        """The page-wide reading found the article's body outside every post (an article with its
        comments below, on a page that calls itself a topic or credits forum software): the first
        post answers that article rather than opening a thread. A forum's board description or
        welcome notice is prose outside the posts too, yet shorter than the opening post and not
        an article's run of paragraphs, so it leaves the opening post the article."""
        posts = [found.opening, *found.nodes]
        post_ids = {post.mem_id for post in posts}
        outside = [block for block, _ in self.body.paragraphs if not dom.within(block.node, post_ids)]
        if not outside:
            return False
        post_text = text_element(found.opening) or found.opening
        share = 1 if len(outside) > 1 else _LONE_PARAGRAPH_SHARE
        if sum(len(block.text) for block in outside) >= share * len(dom.text_of(post_text)):
            return True
        return _prose_run_beside(outside, posts)

    def _opening_post_as_comment(self, found: Found) -> None:
        """Read the first post as the thread's first comment, and the body again without it."""
        self.thread = read_thread(replace(found, nodes=[found.opening, *found.nodes], opening=None))
        readers, linkbacks = self._by_kind()
        self.excluded |= self._comment_region(readers) | self._comment_region(linkbacks) | self._dropped()
        self.body = read_body(self.tree, self.excluded, self.article.title, self.furniture)

    def _body_from_opening_post(self, opening: LexborNode) -> None:
        """A forum thread's body is its opening post's text: where the page-wide reading found its
        body in the replies (or none), the post's own text element is read instead."""
        opening_id = {opening.mem_id}
        if any(dom.within(block.node, opening_id) for block, _ in self.body.paragraphs):
            return
        post_text = text_element(opening)
        if post_text is not None:
            body = read_post_body(post_text, self.excluded, self.article.title)
            if body.paragraphs:
                self.body = body

    def _author_from_lead(self) -> None:
        """A "By Jane Doe" line set apart at the body's start is the byline where no byline
        element named the author (blogs with guest authors write it as the first paragraph)."""
        language = self.language
        for block in self.body.lead:
            if credits_media(block.node):
                continue  # a picture's or an embedded video's credit
            name = byline_name(block.text, language=language) if len(block.text) <= _MAX_LEAD_BYLINE else None
            if name:
                self.article.author, self.article.provenance["author"] = name, "byline line at the body's start"
                return
        for text in self._lines_before_body():
            name = byline_name(text, language=language) if len(text) <= _MAX_LEAD_BYLINE else None
            if name:
                self.article.author, self.article.provenance["author"] = name, "byline line before the body"
                return

    def _without_author_note(self) -> None:
        """A short closing paragraph that begins with the author's name is the note about the
        author ("Hans Müller ist Redakteur im Lokalressort."), not the article's last paragraph."""
        author, paragraphs = self.article.author, self.body.paragraphs
        if not author or len(paragraphs) < _MIN_PARAGRAPHS_BEFORE_NOTE + 1:
            return
        last = paragraphs[-1][0].text
        if last.startswith(author + " ") and len(last.split()) <= _MAX_AUTHOR_NOTE_WORDS:
            paragraphs.pop()

    def _lines_before_body(self):
        """The short lines just before the body's first paragraph and after the headline (a
        heading ends the search): where a byline with no byline element sits. A picture's block
        there is passed over: its credit names the photographer."""
        if not self.body.paragraphs:
            return
        node, seen = self.body.paragraphs[0][0].node, 0
        while node is not None and node.tag not in ("body", "html") and seen < _MAX_LINES_BEFORE_BODY:
            sibling = node.prev
            while sibling is not None and seen < _MAX_LINES_BEFORE_BODY:
                if sibling.tag and sibling.tag[0] != "-" and sibling.tag not in ("script", "style", "template"):
                    if sibling.tag in ("h1", "h2", "header") or sibling.mem_id in self.excluded:
                        return
                    text = lead_block_text(sibling)
                    if text:
                        seen += 1
                        yield text
                sibling = sibling.prev
            node = node.parent

    def empty_section(self) -> bool:
        """A comment form or a zero count with no comment in the markup: the page has none yet."""
        return self.declared == 0 or (self.closed is False and self.declared is None)

    def _by_kind(self) -> tuple[list, list]:
        """The elements of the readers' comments and of the linkbacks: a blog may list its
        trackbacks in a section of their own, under their own header ("2 TrackBacks")."""
        pairs = list(zip(self.thread.nodes, self.thread.comments)) if self.thread else []
        return ([node for node, comment in pairs if node is not None and comment.is_reader_comment],
                [node for node, comment in pairs if node is not None and not comment.is_reader_comment])

    def _dropped(self) -> set[int]:
        """The elements of comments the thread does not read (taken down, repeated, previews): a
        deleted comment's name line is a commenter's, never the article's byline."""
        return {node.mem_id for node in self.thread.dropped} if self.thread else set()

    def _comment_region(self, items) -> set[int]:
        excluded = {node.mem_id for node in items}
        container = region(items)
        if self.thread is not None and self.thread.source == "forum":
            return excluded  # the region also holds the opening post: the article
        if container is not None and container.tag not in ("body", "html") and not _declares_body(container, excluded):
            inside = sum(len(dom.text_of(node)) for node in items if node.parent is not None)
            if len(dom.text_of(container)) <= (1 + _REGION_SLACK) * inside + 2000:
                excluded.add(container.mem_id)
        return excluded

    def _find_generic(self) -> None:
        header_at = self.order.get(self.header_node.mem_id) if self.header_node is not None else None
        # Comments come after their header, or else after the article (whose body may have run
        # on into comments that no markup named).
        after = header_at if header_at is not None else max(
            (self.order.get(block.node.mem_id, 0) for block, _ in self.body.paragraphs), default=0)
        found = find_repeated_blocks(self.tree, self.order, after, self.excluded, header_at, self.own_page,
                                     self.not_comments)
        if found is not None:
            self.thread = read_thread(found)
            items = [node for node in self.thread.nodes if node is not None]
            self.excluded |= {node.mem_id for node in items} | self._dropped()
            self.excluded |= {part.mem_id for parts in found.extra.values() for part in parts}  # meta lines
            self.body = read_body(self.tree, self.excluded, self.article.title, self.furniture)

    def page(self, source: Source) -> Page:
        self._without_author_note()
        numbering = Numbering(self.order)
        article = self._article(numbering)
        comments = self._comments(numbering)
        boilerplate = self._boilerplate(numbering)
        roles = numbering.number()
        source.line_count = len(roles)
        return Page(source=source, article=article, boilerplate=boilerplate, comments=comments, line_roles=roles)

    def _article(self, numbering: Numbering) -> Article:
        article, body = self.article, self.body
        if article.title:
            numbering.add(None, [LineRole.TITLE])
        if body.teaser is not None:
            article.teaser = body.teaser.text
            numbering.add(body.teaser.node, [LineRole.TEASER])
        for block in body.headings:
            heading = Heading(block.text, Span(0, 0))
            article.headings.append(heading)
            numbering.add(block.node, [LineRole.HEADING], heading)
        for block, section in body.paragraphs:
            paragraph = Paragraph(block.text, section, Span(0, 0))
            article.paragraphs.append(paragraph)
            numbering.add(block.node, [LineRole.BODY], paragraph)
        if body.paragraphs:
            article.provenance["body"] = "html main-content block"
        return article

    def _comments(self, numbering: Numbering) -> Comments:
        # Where no header counts the comments, the article's JSON-LD `commentCount` does (only
        # as the declared figure that what was read is checked against).
        declared = self.declared if self.declared is not None else self.declared_in_metadata
        comments = Comments(declared=declared, closed=self.closed, header=self.header)
        if self.header_node is not None:
            numbering.add(self.header_node, [LineRole.COMMENT_HEADER])
        if self.thread is not None:
            comments.source = self.thread.source
            comments.items = self.thread.comments
            for node, comment, meta in zip(self.thread.nodes, self.thread.comments, self.thread.meta_lines):
                numbering.add_comment(node, comment, meta)
        elif self.script_only:
            comments.status, comments.source = "script-only", "script-embed"
        pages = comment_pages(self.tree) if self.thread is not None else None
        if pages is not None:
            comments.repairs.append(paginated_repair(pages))
        if self.thread is not None and self.brought_up:
            comments.repairs.append(Repair("nesting_capped", f"{capped_nesting(self.brought_up)}: deeper replies "
                                                             "answer the comment the last kept reply answers"))
        if self.thread is not None and self.thread.guessed_parents:
            comments.repairs.append(Repair(
                "replies_from_reply_class", f"{self.thread.guessed_parents} comment(s) marked only as replies (a "
                "reply class in a flat list) are read as answering the comment printed before them; the page does "
                "not say which comment they answer"))
        if self.thread is not None and self.thread.deleted:
            comments.repairs.append(Repair("deleted", f"{self.thread.deleted} comment(s) shown as deleted or removed "
                                                      "were left out; their replies answer the comment they answered"))
        return comments

    def _boilerplate(self, numbering: Numbering) -> list[Boilerplate]:
        if not self.closed_notice:
            return []
        item = Boilerplate(self.closed_notice, "closed_notice", Span(0, 0))
        numbering.add(None, [LineRole.BOILERPLATE], item, after_all=True)
        return [item]


def _with_text_comments(page: Page, raw: bytes, path: str, record: str | None, not_comments: list[str] = (),
                        behind_control: bool = False, signed_only: bool = False) -> Page:
    """No comment markup: the text parser reads the rendered page; the article read from the
    markup is kept where the markup gave one (it is the better reading). Comments the markup
    shows to be other stories' cards or a feed of links (`not_comments`) are not a thread. With
    `behind_control` (a control opens the comments elsewhere or loads them by script), a rendered
    text that holds no comment leaves the markup's reading, which the control completes. With
    `signed_only` (an AMP page whose control opens the comments on the full page), the rendered
    text's thread is read only where it holds comments and every one shows its commenter's name
    and date, as a thread the page prints as text does: what else follows the control is other
    stories and the footer."""
    try:
        text_page = read_as_text(raw, path, page.article.title)
    except InputError as error:  # the markup held text the renderer could not lay out (nesting too deep)
        page.warnings.append(f"{path}: the rendered-text reading failed ({error.args[0].split(': ', 1)[-1]}); "
                             "read from the markup only")
        return page
    text_page.source.record = record
    if text_page.comments.items and _mostly_within(text_page.comments.items, not_comments):
        page.warnings.append(f"{path}: {len(text_page.comments.items)} blocks after the comment header are other "
                             "stories' cards or links, not comments; none read")
        return page
    items = text_page.comments.items
    if (behind_control or signed_only) and not items:
        return page  # a lone "Comments" heading over no comment is no thread: the control's reading stands
    if signed_only and not all(comment.author and comment.date for comment in items):
        return page
    if text_page.comments.items or text_page.comments.header:
        text_page.article = _merge_article(page.article, text_page.article)
        _standfirst_from_markup(text_page, page.article)
        return text_page
    page.comments.closed = page.comments.closed if page.comments.closed is not None else text_page.comments.closed
    return page


def _mostly_within(comments, texts: list[str]) -> bool:
    """Whether most comments' first paragraphs are the text of the given blocks."""
    if not texts:
        return False
    whole = " ".join(" ".join(text.split()) for text in texts)
    inside = sum(1 for c in comments if c.paragraphs and " ".join(c.paragraphs[0].split())[:80] in whole)
    return inside > len(comments) / 2


def _standfirst_from_markup(text_page: Page, markup: Article) -> None:
    """The markup set the standfirst apart (a deck, a chapô printed as a heading) where the
    rendered text's body starts with it: it is the teaser there too, not body."""
    text, body = text_page.article, text_page.article.paragraphs
    if text.teaser is not None or markup.teaser is None or len(body) < 2:
        return
    lead = " ".join(markup.teaser.split())[:60]
    if not " ".join(body[0].text.split()).startswith(lead):
        return
    first = body.pop(0)
    text.teaser = first.text
    for line in range(first.span.first, first.span.last + 1):
        if text_page.line_roles[line - 1] == LineRole.BODY:
            text_page.line_roles[line - 1] = LineRole.TEASER


def _merge_article(markup: Article, text: Article) -> Article:
    """Header fields from the markup, with the text page's line spans for the body where it has one."""
    for name in ("title", "author", "date", "date_text", "outlet"):
        setattr(text, name, getattr(markup, name) or getattr(text, name))
    text.provenance = {**text.provenance, **markup.provenance}
    return text

