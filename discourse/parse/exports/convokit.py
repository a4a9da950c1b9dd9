"""ConvoKit corpora as input: one page per conversation, its root utterance as the article.

A ConvoKit corpus is a folder (`utterances.jsonl`, `speakers.json`, `conversations.json`,
`corpus.json`, `index.json`; CornellNLP/ConvoKit docs/source/data_format.rst). Its
`utterances.jsonl` is what is read: each line an utterance with `id`, `speaker`,
`conversation_id`, `reply_to`, `timestamp`, `text` and `meta` (the older names `user`, `root`
and `reply-to` are accepted too). The utterance whose id is its conversation's id is the
article; every other utterance is a comment, a reply to the root being a top-level comment.
Conversation metadata from `conversations.json` beside it (`title`, `author`, `outlet`,
`section`, `url`, `date`, `comments_closed`, as `discourse export --format convokit` writes them)
fills the article; an utterance's `meta.author`, `meta.kind`, `meta.date` and `meta.date_iso`,
where present, beat its speaker id and timestamp.
"""

from __future__ import annotations

import json
from pathlib import Path

from discourse.model import Article, Page, Span
from discourse.parse.exports.common import (Entry, ExportFile, ExportItem, article_paragraphs, beside, clean, day_of,
                                            export_page, iso_moment, line_count, text_paragraphs)
from discourse.parse.exports.table import identifier
from discourse.parse.reading import InputError, decode

FORMAT = "convokit"
PLATFORM = "convokit"
COMMENT_KINDS = {"comment", "pingback", "trackback", "moderator_notice"}
ARTICLE_FIELDS = ("title", "author", "outlet", "section", "url", "date")


def read_convokit(raw: bytes, path: str) -> list[Page]:
    """Every conversation of a ConvoKit corpus's utterances.jsonl."""
    text, encoding = decode(raw, path)
    conversations: dict[str, list[tuple[int, dict]]] = {}
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        utterance = _utterance(line)
        conversation = identifier(_field(utterance, "conversation_id", "root")) if utterance else None
        if utterance is None or conversation is None or identifier(utterance.get("id")) is None:
            bad.append(number)
            continue
        conversations.setdefault(conversation, []).append((number, utterance))
    if not conversations:
        raise InputError(f"{path}: no ConvoKit utterances (each line needs id, conversation_id, reply_to, text)")
    metadata = _conversation_metadata(beside(path, "conversations.json"))
    file = ExportFile(path, len(raw), line_count(raw), FORMAT, PLATFORM, encoding)
    pages = [export_page(file, _item(conversation, members, metadata.get(conversation, {})))
             for conversation, members in conversations.items()]
    if bad:
        pages[0].warnings.append(f"{path}: left out {len(bad)} lines that are not utterances with an id and a "
                                 f"conversation_id (first: line {bad[0]})")
    return pages


def _utterance(line: str) -> dict | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _field(utterance: dict, name: str, older_name: str) -> object:
    return utterance[name] if name in utterance else utterance.get(older_name)


def _conversation_metadata(path: Path | None) -> dict[str, dict]:
    """conversations.json: id → metadata (ConvoKit writes either the metadata or {"meta": …, "vectors": …})."""
    if path is None:
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(key): (value.get("meta") if isinstance(value.get("meta"), dict) else value)
            for key, value in loaded.items() if isinstance(value, dict)}


def _item(conversation: str, members: list[tuple[int, dict]], metadata: dict) -> ExportItem:
    root = next(((number, u) for number, u in members if identifier(u.get("id")) == conversation), None)
    closed = metadata.get("comments_closed")
    item = ExportItem(conversation, _article(root, metadata), [], closed=closed if isinstance(closed, bool) else None)
    for position, (number, utterance) in enumerate(members):
        if root is not None and utterance is root[1]:
            continue
        parent = identifier(_field(utterance, "reply_to", "reply-to"))
        meta = utterance.get("meta") if isinstance(utterance.get("meta"), dict) else {}
        timestamp = utterance.get("timestamp")
        item.entries.append(Entry(
            record=identifier(utterance.get("id")) or "", parent=None if parent == conversation else parent,
            paragraphs=text_paragraphs(utterance.get("text")), span=Span(number, number), position=position,
            author=_author(utterance, meta), date=clean(meta.get("date")) or clean(timestamp),
            date_iso=clean(meta.get("date_iso")) or iso_moment(timestamp),
            kind=meta.get("kind") if meta.get("kind") in COMMENT_KINDS else "comment"))
    return item


def _author(utterance: dict, meta: dict) -> str | None:
    """The name shown: `meta.author` where the corpus gives it (so an unnamed commenter stays unnamed,
    as `discourse export` writes them), else the speaker id."""
    return clean(meta["author"]) if "author" in meta else clean(_field(utterance, "speaker", "user"))


def _article(root: tuple[int, dict] | None, metadata: dict) -> Article:
    """The article from the conversation's metadata, then from its root utterance."""
    article = Article(**{name: clean(metadata.get(name)) for name in ("title", "author", "outlet", "section", "url")})
    article.provenance = {name: "convokit conversation meta" for name in ARTICLE_FIELDS if clean(metadata.get(name))}
    date = metadata.get("date")
    if root is not None:
        number, utterance = root
        article.paragraphs = article_paragraphs(text_paragraphs(utterance.get("text")), Span(number, number))
        if article.paragraphs:
            article.provenance["body"] = "convokit root utterance"
        meta = utterance.get("meta") if isinstance(utterance.get("meta"), dict) else {}
        if article.author is None and _author(utterance, meta):
            article.author = _author(utterance, meta)
            article.provenance["author"] = "convokit root utterance"
        if date is None and utterance.get("timestamp") is not None:
            date = utterance.get("timestamp")
            article.provenance["date"] = "convokit root utterance"
    article.date, article.date_text = day_of(date), clean(date)
    return article


__all__ = ["read_convokit", "FORMAT", "PLATFORM"]
