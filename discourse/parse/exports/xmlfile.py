"""Reading an export's XML safely and in one pass.

Exports come from outside, so the parser fetches nothing (no network, no external DTD) and
expands no entities: a file that declares entities is refused outright, which stops both
external-entity reads and "billion laughs" expansion; neither WordPress nor Disqus exports
declare any. Elements are streamed (`iterparse`) so a large export is not held twice in memory.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from discourse.model import Span
from discourse.parse.reading import InputError

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def end_events(raw: bytes, path: str, label: str) -> Iterator:
    """Every element as it closes. Raises InputError (one line) for malformed XML or entity declarations."""
    from lxml import etree

    start = _FIRST_ELEMENT.search(raw)
    if _ENTITY_DECLARATION.search(raw[:start.start() if start else len(raw)]):
        raise InputError(f"{path}: the {label} declares XML entities; refused (an export needs none)")
    events = etree.iterparse(io.BytesIO(raw), events=("end",), resolve_entities=False, no_network=True,
                             load_dtd=False, remove_comments=True, remove_pis=True)
    try:
        for _, element in events:
            yield element
    except etree.XMLSyntaxError as error:
        raise InputError(f"{path}: malformed XML in the {label} ({one_line(str(error))})") from None


def root_name(raw: bytes) -> str:
    """The name of the document's first element, for messages."""
    match = re.search(rb"<([A-Za-z_][\w:.-]*)", raw[:8192])
    return match.group(1).decode("ascii", errors="replace") if match else "?"


def one_line(text: str) -> str:
    return " ".join(text.split())


def local_name(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def namespace(element) -> str:
    tag = element.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def child(element, name: str, in_namespace: str | None = None):
    """The first child with this local name (and namespace prefix, when given)."""
    for candidate in element:
        if local_name(candidate) == name and (in_namespace is None or namespace(candidate).startswith(in_namespace)):
            return candidate
    return None


def child_text(element, name: str, in_namespace: str | None = None) -> str | None:
    found = child(element, name, in_namespace)
    return found.text if found is not None and found.text is not None else None


def texts(element) -> dict[str, str]:
    """Each child's text by local name (the first child of a name), read in one pass over the children."""
    found: dict[str, str] = {}
    for candidate in element:
        name = local_name(candidate)
        if name not in found:
            found[name] = candidate.text or ""
    return found


def attribute(element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (Disqus writes `dsq:id`)."""
    for key, value in element.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


def span_of(element) -> Span:
    """The input lines an element's content spans (from its opening tag to its last text line)."""
    first = element.sourceline or 1
    last = max((node.sourceline or first) + (node.text or "").count("\n") for node in element.iter())
    return Span(first, max(first, last))


def release(element) -> None:
    """Free a handled element and its finished siblings, so memory stays flat across a long export."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


__all__ = ["end_events", "local_name", "namespace", "child", "child_text", "texts", "attribute", "span_of",
           "release", "root_name", "one_line"]
