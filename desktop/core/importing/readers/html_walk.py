"""One pass over a parsed page where bs4's generic searches would walk it many times.

A 25 MB page holds ~100,000 elements: each ``find_all``, ``select`` or ``find_parent`` over it
costs a second or more in bs4's and soupsieve's general matching. The few questions the reader
asks of every element (which blocks hold prose, which elements sites name as their article,
which hold nothing a reader sees) are answered here in one walk of plain attribute look-ups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from bs4.element import NavigableString, PreformattedString, Tag

# What content management systems (including Chinese government sites: TRS, UCAP, WeChat)
# name the element holding an article: the CSS selectors ``article, main, [role=main],
# #content, .content, …``, matched as soupsieve matches them (names, ids and classes exactly).
CONTENT_NAMES = frozenset({"article", "main"})
CONTENT_IDS = frozenset(
    {
        "content",
        "article",
        "articleContent",
        "js_content",
        "UCAP-CONTENT",
        "zoom",
        "main-content",
        "text",
    }
)
CONTENT_CLASSES = frozenset(
    {
        "content",
        "article",
        "article-content",
        "article_content",
        "TRS_Editor",
        "trs_editor_view",
        "pages_content",
        "rich_media_content",
        "post-content",
        "entry-content",
        "main-content",
        "text",
    }
)
# The elements a CMS names for an article's text alone (WeChat, TRS, UCAP): all of it is the
# author's, so a part of it that holds most of the prose (a WeChat <section>) does not leave
# the rest (the speech's title, date and speaker in a section above) to the page's chrome.
ARTICLE_BODY_IDS = frozenset({"js_content", "UCAP-CONTENT", "zoom", "articleContent"})
ARTICLE_BODY_CLASSES = frozenset(
    {
        "rich_media_content",
        "TRS_Editor",
        "trs_editor_view",
        "pages_content",
        "article-content",
        "article_content",
    }
)

# Tags compare by content in bs4, so elements are keyed by id() here, never by themselves.
Scores = dict[int, tuple[Tag, float]]


def tags_within(root: Tag) -> Iterator[Tag]:
    """Every element under ``root`` (not itself), in document order."""
    return (node for node in root.descendants if isinstance(node, Tag))


def content_elements(body: Tag) -> list[Tag]:
    """The elements under ``body`` that sites conventionally name as the article's."""
    return [element for element in tags_within(body) if _named_content(element)]


def _named_content(element: Tag) -> bool:
    if element.name in CONTENT_NAMES or _attribute(element, "role") == "main":
        return True
    return _named(element, CONTENT_IDS, CONTENT_CLASSES)


def is_article_body(element: Tag) -> bool:
    """Whether a CMS names ``element`` as the container of the article's text alone."""
    return _named(element, ARTICLE_BODY_IDS, ARTICLE_BODY_CLASSES)


def _named(element: Tag, ids: frozenset[str], classes: frozenset[str]) -> bool:
    if _attribute(element, "id") in ids:
        return True
    names = element.get("class")
    if isinstance(names, str):
        names = names.split()
    return names is not None and not classes.isdisjoint(names)


def _attribute(element: Tag, name: str) -> str | None:
    value = element.get(name)
    return " ".join(value) if isinstance(value, list) else value


def block_prose(body: Tag, weigh: Callable[[str], float], blocks: frozenset[str]) -> Scores:
    """Each block's prose weight (``weigh`` of its own text runs, a block being the innermost
    element named in ``blocks`` or ``body``), discounted by the share of it that is link text."""
    weights: Scores = {}
    linked: dict[int, float] = defaultdict(float)
    places: dict[int, tuple[Tag, bool]] = {}  # a text's parent → its block, inside a link
    for string in body.descendants:
        if not isinstance(string, NavigableString) or isinstance(string, PreformattedString):
            continue
        weight = weigh(string)
        if weight == 0:
            continue
        parent = string.parent
        place = places.get(id(parent))
        if place is None:
            place = places[id(parent)] = (_enclosing_block(parent, body, blocks), _in_link(parent))
        block, in_link = place
        weights[id(block)] = (block, weights.get(id(block), (block, 0.0))[1] + weight)
        if in_link:
            linked[id(block)] += weight
    return {
        key: (block, weight * (1 - linked[key] / weight) ** 2)
        for key, (block, weight) in weights.items()
    }


def _enclosing_block(element: Tag | None, body: Tag, blocks: frozenset[str]) -> Tag:
    while element is not None:
        if element.name in blocks or element is body:
            return element
        element = element.parent
    return body


def _in_link(element: Tag | None) -> bool:
    while element is not None:
        if element.name == "a":
            return True
        element = element.parent
    return False


def prose_within(elements: Iterable[Tag], prose: Scores) -> dict[int, float]:
    """The prose weight each of ``elements`` holds in itself and its descendants, by id."""
    held = {id(element): 0.0 for element in elements}
    for block, weight in prose.values():
        element: Tag | None = block
        while element is not None:
            if id(element) in held:
                held[id(element)] += weight
            element = element.parent
    return held


def smallest(elements: list[Tag]) -> Tag:
    """The element with the fewest descendant elements, the first of equals, as
    ``min(elements, key=size)`` finds it, counting only the elements none of the others holds
    (one holding another has more descendants than it, so is never the smallest)."""
    chosen = {id(element) for element in elements}
    holders = {id(parent) for element in elements for parent in element.parents} & chosen
    inner = [element for element in elements if id(element) not in holders]
    sizes = {id(element): sum(1 for _ in tags_within(element)) for element in inner}
    return min(inner, key=lambda element: sizes[id(element)])


def innermost_holder(inner: Tag, candidates: list[Tag]) -> Tag | None:
    """The deepest of ``candidates`` that is ``inner`` or holds it (the smallest of them)."""
    wanted = {id(element) for element in candidates}
    for element in (inner, *inner.parents):
        if id(element) in wanted:
            return element
    return None
