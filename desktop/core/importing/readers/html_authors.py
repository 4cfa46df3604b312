"""The author a web page marks as such, apart from its text: WeChat's ``#js_author_name``, a
CMS's ``<meta name="author">``.

A WeChat post's byline (王建国 某某发布 2024-03-06 08:30) cannot be read by text rules alone
(a name and an account, either may come first), but the page says which item is the author
and which the account (``#js_name``). A CMS's ``author`` meta is often its site's name or a
login (人民网, admin): it counts only where the project's name rules read a person in it.
The structure step takes the author as the speaker only when the text names none.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import Tag

from desktop.core.importing.names import bare_name
from desktop.core.importing.readers.title_parts import is_channel_name, is_organ_name
from desktop.core.importing.speakers import speaker

_AUTHOR_ID = "js_author_name"  # WeChat's author item in a post's byline
_ACCOUNT_ID = "js_name"  # WeChat's account item: never the author
_AUTHOR_META = "author"


def page_author(soup: BeautifulSoup, page: str) -> dict[str, str]:
    """The author the page marks (``page-author``, with ``page-author-role`` where the mark
    gives one: 市委书记 王建国), as ``SourceText.meta`` records it; empty if none is a person.

    ``page`` is the page's text: an id it does not hold is not looked for, and the ``<meta>``s
    are looked for in the head, so a long page's body is not walked for them (walking it
    three times made an 8 MB page read ~10 % slower).
    """
    head = soup.head or soup
    accounts = {_squeezed(_meta(head, "og:site_name"))}
    if _ACCOUNT_ID in page:
        accounts.add(_squeezed(_text_of(soup.find(id=_ACCOUNT_ID))))
    wechat = _text_of(soup.find(id=_AUTHOR_ID)) if _AUTHOR_ID in page else ""
    # WeChat's field is an author's by its place, so a name a word could be (高峰) is one
    marked = ((wechat, True), (_meta(head, _AUTHOR_META), False))
    for text, said in marked:
        if not text or _squeezed(text) in accounts:
            continue
        if is_channel_name(text) or is_organ_name(text):
            continue
        said_by = speaker(text)
        if said_by is None:
            name = bare_name(text, said=said)
            said_by = (None, name) if name is not None else None
        if said_by is not None:
            role, name = said_by
            return {"page-author": name} | ({"page-author-role": role} if role else {})
    return {}


def _text_of(element: object) -> str:
    return " ".join(element.get_text(" ").split()) if isinstance(element, Tag) else ""


def _meta(head: Tag, key: str) -> str:
    """The content of the first ``<meta>`` in ``head`` named (or with the property) ``key``."""
    for attribute in ("name", "property"):
        element = head.find("meta", attrs={attribute: key})
        content = element.get("content") if isinstance(element, Tag) else None
        if isinstance(content, str) and content.strip():
            return " ".join(content.split())
    return ""


def _squeezed(text: str) -> str:
    return "".join(text.split())
