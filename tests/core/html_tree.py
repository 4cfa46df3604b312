"""An HTML page read back as a tree, for the tests of the pages the app writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Element:
    """An element as parsed: its tag, attributes and the text within it (its children's too)."""

    tag: str
    attributes: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)


class _Reader(HTMLParser):
    """The page as a tree of ``Element``s (HTML's void elements close themselves)."""

    _VOID = frozenset({"meta", "br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self._open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self._open[-1].children.append(element)
        if tag not in self._VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self._open[-1].tag == tag, f"</{tag}> closes <{self._open[-1].tag}>"
        self._open.pop()

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data


def parsed(page: str) -> Element:
    """The page's tree, every element closed in order."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    assert reader._open == [reader.root]
    return reader.root


def every(element: Element, tag: str) -> list[Element]:
    """The elements of ``tag`` under ``element``, in document order."""
    found = []
    for child in element.children:
        if child.tag == tag:
            found.append(child)
        found.extend(every(child, tag))
    return found
