"""desktop/core/footnotes.py on what the importer makes of a .docx's and a .md's notes, and of
a .txt closing on a numbered list: notes without a label over them, and lists that stay text."""

from __future__ import annotations

import pytest

from desktop.core.footnotes import NO_FOOTNOTES, Footnotes, find_footnotes, note_words
from desktop.core.imported import Speech
from desktop.core.importing import import_bytes
from tests.core.importing.readers.docx_factory import (
    add_raw_paragraph,
    new_document,
    to_bytes,
    with_notes,
)

_FOOTNOTE = '<w:r><w:footnoteReference w:id="{}"/></w:r>'
_ENDNOTE = '<w:r><w:endnoteReference w:id="{}"/></w:r>'
_OPENING = "我们要深入学习有关重要论述，切实把思想和行动统一到决策部署上来。"


def notes_docx() -> bytes:
    """A Word file citing two footnotes (the second first) and an endnote."""
    document = new_document()
    parts = [
        f"<t>{_OPENING}</t>",
        "<t>正如所指出的那样，</t>{f2}<t>我们必须坚持实事求是。</t>",
        "<t>这是做好工作的根本遵循。</t>{f1}<t>各级党组织要担负起主体责任。</t>{e1}",
    ]
    for part in parts:
        xml = part.format(f1=_FOOTNOTE.format(1), f2=_FOOTNOTE.format(2), e1=_ENDNOTE.format(1))
        xml = xml.replace("<t>", "<w:r><w:t>").replace("</t>", "</w:t></w:r>")
        add_raw_paragraph(document, xml)
    data = with_notes(
        to_bytes(document), "footnote", {1: "《某某论述摘编》。", 2: "《某某文选》第三卷。"}
    )
    return with_notes(data, "endnote", {1: "《某某文集》，某出版社2014年版。"})


NOTES_MD = "\n".join(
    [
        "# 论某项工作",
        "",
        f"{_OPENING}",
        "",
        "我们要深入学习有关重要论述[^wx]，这是做好工作的根本遵循[^zb]。",
        "",
        "各级党组织要把这项工作抓紧抓实[^wx]。",
        "",
        "[^zb]: 《某某论述摘编》。",
        "[^wx]: 《某某文选》第三卷。",
    ]
).encode()


def _only_speech(data: bytes, name: str) -> Speech:
    speeches = import_bytes(data, name).speeches
    assert len(speeches) == 1
    return speeches[0]


def _cited(text: str, notes: Footnotes) -> list[tuple[str, str]]:
    """Each mark as written and the words of the note it cites."""
    return [(text[m.start : m.end], note_words(text, m.note)) for m in notes.marks]


def test_a_word_files_footnotes_and_endnotes_are_its_notes() -> None:
    text = _only_speech(notes_docx(), "讲话.docx").text
    notes = find_footnotes(text)
    assert _cited(text, notes) == [
        ("[1]", "《某某文选》第三卷。"),
        ("[2]", "《某某论述摘编》。"),
        ("[i]", "《某某文集》，某出版社2014年版。"),
    ]
    assert notes.labels == ()  # no label is added: the file has none
    assert text.endswith("[i]《某某文集》，某出版社2014年版。")


def test_a_markdown_files_footnotes_are_its_notes() -> None:
    text = _only_speech(NOTES_MD, "讲话.md").text
    notes = find_footnotes(text)
    assert _cited(text, notes) == [
        ("[1]", "《某某文选》第三卷。"),
        ("[2]", "《某某论述摘编》。"),
        ("[1]", "《某某文选》第三卷。"),
    ]
    assert [text[item.start : item.mark_end] for item in notes.items] == ["[1]", "[2]"]


@pytest.mark.parametrize(
    ("citing", "closing"),
    [
        ("下面讲两点意见。", ["[1] 加强组织领导。", "[2] 压实工作责任。"]),  # cited nowhere
        ("我们要做到①②。", ["①加强组织领导", "②压实工作责任"]),  # points the body names
        ("详见[2]和[1]。", ["[1] 加强组织领导。", "[2] 压实工作责任。"]),  # out of order
    ],
)
def test_a_text_file_closing_on_a_numbered_list_keeps_it_text(
    citing: str, closing: list[str]
) -> None:
    lines = ["在全市工作会议上的讲话", _OPENING, citing, *closing]
    speech = _only_speech("\n".join(lines).encode(), "讲话.txt")
    assert speech.text.endswith("\n".join(closing))
    assert find_footnotes(speech.text) is NO_FOOTNOTES
