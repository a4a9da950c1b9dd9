"""ConvoKit corpora out: `discourse export --format convokit` writes a folder `convokit.Corpus(filename=…)` loads.

The layout is ConvoKit's documented one (CornellNLP/ConvoKit, docs/source/data_format.rst):
`utterances.jsonl` (one utterance a line: `id`, `speaker`, `conversation_id`, `reply_to`,
`timestamp`, `text`, `meta`), `speakers.json`, `conversations.json`, `corpus.json` and
`index.json` (each metadata key with its Python type names). One conversation per article; its
id is the article_id `discourse export` gives, and the article is the conversation's root
utterance (same id). Each comment is an utterance `ARTICLE_ID.N` (N its index on the page)
replying to its parent comment, a top-level comment to the article. The comment's labels and
scores (the columns of the comments table) are its `meta`; the article's figures are the
conversation's. Timestamps are Unix seconds (UTC; a time without a zone is read as UTC), or null
where the page shows no date; `meta.date_iso` keeps the ISO form.
"""

from __future__ import annotations

import json
import math
import os
from calendar import timegm
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from discourse.analysis.page import PageAnalysis
from discourse.report.export import ExportError, prepare_folder
from discourse.report.frames import ArticleIds, export_record, page_rows
from discourse.report.staging import RunFiles, partial_folder, remove_if_empty, remove_partial

SCHEMA = "discourse.convokit/1"
FILES = ("utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json")
ARTICLE_ROLE, COMMENT_ROLE = "article", "comment"
PARTIAL_CORPUS_NOTE = ("This ConvoKit corpus holds only the conversations an interrupted export finished. The "
                       "complete corpus of an earlier export, if any, is in the folder above, untouched. The next "
                       "complete export into that folder removes this one.")
# Row columns that are the utterance's own fields, or need the corpus (topics), stay out of meta.
_NOT_META = {"article_id", "text", "topic", "topic_share", "topic_terms"}


@dataclass(frozen=True)
class Conversation:
    """One article as ConvoKit utterances, before its id is known; plain values, so a worker can send it."""

    path: str
    record: str | None
    meta: dict
    article: dict  # speaker, timestamp, text, meta of the root utterance
    comments: list[dict]  # index, parent, speaker, timestamp, text, meta


def conversation(analysis: PageAnalysis) -> Conversation:
    """The page as a conversation: the article's figures as its metadata, each comment's labels as its own."""
    page, rows = analysis.page, page_rows(analysis)
    article = page.article
    meta = {key: value for key, value in rows.article.items() if key not in _NOT_META}
    meta.update(section=article.section, url=article.url, source_format=page.source.format,
                source_record=page.source.record, comment_source=page.comments.source)
    root = {"speaker": article.author, "timestamp": _seconds(article.date), "text": article.text,
            "meta": {"role": ARTICLE_ROLE, "title": article.title, "date_iso": article.date}}
    comments = []
    for comment, row in zip(page.comments.items, rows.comments):
        comment_meta = {key: value for key, value in row.items() if key not in _NOT_META}
        comment_meta.update(role=COMMENT_ROLE, kind=comment.kind, date_iso=comment.date_iso,
                            source_id=comment.record)
        comments.append({"index": comment.index, "parent": comment.parent, "speaker": comment.author,
                         "timestamp": _seconds(comment.date_iso), "text": comment.text, "meta": comment_meta})
    return Conversation(page.source.path, export_record(page), _plain(meta), _plain(root), _plain(comments))


def _seconds(iso: str | None) -> int | None:
    """Unix seconds of an ISO date or moment (UTC where no zone is given); None when there is none."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso[:-1] + "+00:00" if iso.endswith("Z") else iso)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return int(moment.timestamp())
    return timegm(moment.timetuple())


def _plain(value):
    """JSON-safe values: NaN and infinities (a score that could not be computed) become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


class ConvoKitWriter:
    """A corpus folder written conversation by conversation; the files replace the old ones only at `finish`.

    Utterances stream to a temporary file; in memory stay the speakers' utterance counts and each
    conversation's metadata (a few dozen numbers per article). As for the tables, an interrupted
    run's corpus goes to `partial/` in the folder, never over a complete one, and a run that wrote
    nothing leaves no folder it created.
    """

    def __init__(self, out: Path):
        self._created = not out.exists()
        prepare_folder(out)
        self.out = out
        self.pages = 0
        self._run = RunFiles(out)
        self._ids = ArticleIds()
        self._temporaries: dict[str, Path] = {}
        self._utterances = self._open("utterances.jsonl")
        self._speakers: Counter[str] = Counter()
        self._conversations: dict[str, dict] = {}
        self._types: dict[str, dict[str, set[str]]] = {"utterances-index": {}, "conversations-index": {},
                                                       "speakers-index": {}, "overall-index": {}}
        self._count = 0

    def __enter__(self) -> ConvoKitWriter:
        return self

    def __exit__(self, *_: object) -> None:
        self._utterances.close()
        for temporary in self._temporaries.values():
            temporary.unlink(missing_ok=True)
        self._run.close()
        if self._created:
            remove_if_empty(self.out)

    def add(self, item: Conversation) -> None:
        conversation_id = self._ids.next(item.path, item.record)
        root = {**item.article, "id": conversation_id, "reply_to": None}
        lines = [self._utterance(root, conversation_id)]
        for comment in item.comments:
            parent = f"{conversation_id}.{comment['parent']}" if comment["parent"] else conversation_id
            lines.append(self._utterance({**comment, "id": f"{conversation_id}.{comment['index']}",
                                          "reply_to": parent}, conversation_id))
        self._utterances.write("".join(lines).encode("utf-8"))
        self._conversations[conversation_id] = item.meta
        self._note_types("conversations-index", item.meta)
        self.pages += 1

    def _utterance(self, fields: dict, conversation_id: str) -> str:
        """One utterances.jsonl line; an unnamed speaker gets an id of its own, never a shared one."""
        speaker = fields["speaker"] or f"[unnamed] {fields['id']}"
        self._speakers[speaker] += 1
        self._count += 1
        meta = {**fields["meta"], "author": fields["speaker"]}
        self._note_types("utterances-index", meta)
        return json.dumps({"id": fields["id"], "speaker": speaker, "conversation_id": conversation_id,
                           "reply_to": fields["reply_to"], "timestamp": fields["timestamp"],
                           "text": fields["text"], "meta": meta}, ensure_ascii=False, allow_nan=False) + "\n"

    def _note_types(self, index: str, meta: dict) -> None:
        for key, value in meta.items():
            kinds = self._types[index].setdefault(key, set())
            if value is not None:
                kinds.add(str(type(value)))

    def finish(self, partial: bool = False) -> list[Path]:
        """Write the other four files and move all five into place (into `partial/` for an interrupted
        run); returns their paths."""
        speakers = {name: {"utterances": count} for name, count in self._speakers.items()}
        self._note_types("speakers-index", {"utterances": 0})
        corpus = {"name": self.out.resolve().name, "schema": SCHEMA, "conversations": len(self._conversations),
                  "utterances": self._count, "speakers": len(speakers)}
        self._note_types("overall-index", corpus)
        index = {name: {key: sorted(kinds) for key, kinds in keys.items()} for name, keys in self._types.items()}
        contents = {"speakers.json": speakers, "conversations.json": self._conversations, "corpus.json": corpus,
                    "index.json": {**index, "version": 1, "vectors": []}}
        self._utterances.close()
        for name, content in contents.items():
            with self._open(name) as file:
                file.write(json.dumps(content, ensure_ascii=False, allow_nan=False).encode("utf-8"))
        folder = partial_folder(self.out, PARTIAL_CORPUS_NOTE) if partial else self.out
        written = []
        for name in FILES:
            try:
                os.replace(self._temporaries.pop(name), folder / name)
            except OSError as error:
                raise ExportError(f"cannot write {folder / name}: {error.strerror or error}") from error
            written.append(folder / name)
        if not partial:
            remove_partial(self.out)
        return written

    def _open(self, name: str) -> BinaryIO:
        temporary = self._run.temporary(name)
        self._temporaries[name] = temporary
        try:
            return open(temporary, "xb")
        except OSError as error:
            raise ExportError(f"cannot write {self.out / name}: {error.strerror or error}") from error


__all__ = ["ConvoKitWriter", "Conversation", "conversation", "SCHEMA"]
