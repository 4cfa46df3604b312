"""Tests for desktop/core/importing/readers/pdf.py: PDFs made by reportlab, read back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from desktop.core.errors import DocumentError
from desktop.core.imported import RemovalKind
from desktop.core.importing.pipeline import import_bytes
from desktop.core.importing.readers import read_source_bytes
from desktop.core.importing.readers.pdf import read_pdf
from tests.core.importing.readers.pdf_factory import (
    AFTER,
    CLOSING,
    CONTINUED,
    HEADER,
    OPENING,
    TITLE,
    image_only_pdf,
    pdf_pages,
    speech_pages,
    speech_pdf,
    wrap,
)


def test_the_text_layer_is_read_line_by_line_with_the_furniture_marked() -> None:
    source = read_pdf(speech_pdf(), "讲话.pdf")
    assert (source.format, source.encoding, source.meta["pages"]) == ("pdf", "pdf", "3")
    marked = [(line.text.strip(), line.noise) for line in source.lines if line.noise]
    assert marked == [
        ("- 1 -", RemovalKind.PAGE_MARKER),
        (HEADER, RemovalKind.PAGE_HEADER),
        ("- 2 -", RemovalKind.PAGE_MARKER),
        (HEADER, RemovalKind.PAGE_HEADER),
        ("- 3 -", RemovalKind.PAGE_MARKER),
    ]
    content = [line.text.strip("\u3000 ") for line in source.lines if not line.noise]
    assert content[:2] == [TITLE, "一、统一思想，提高认识"]
    assert "".join(content[2:]).startswith(OPENING)


def test_import_rejoins_the_paragraph_across_the_page_break() -> None:
    document = import_bytes(speech_pdf(), "讲话.pdf")
    (speech,) = document.speeches
    assert speech.title == TITLE
    paragraphs = speech.text.split("\n")
    assert paragraphs == [
        TITLE,
        "一、统一思想，提高认识",
        OPENING,
        CONTINUED,
        AFTER,
        "二、突出重点，狠抓落实",
        CLOSING,
    ]


def test_the_outline_finds_the_headings() -> None:
    (speech,) = import_bytes(speech_pdf(), "讲话.pdf").speeches
    headings = [(node.marker, speech.text[node.start : node.head_end]) for node in speech.outline]
    assert headings == [("一、", "一、统一思想，提高认识"), ("二、", "二、突出重点，狠抓落实")]
    assert [node.level for node in speech.outline] == [1, 1]


def test_page_numbers_and_headers_are_recorded_as_removals() -> None:
    document = import_bytes(speech_pdf(), "讲话.pdf")
    removed = [(r.kind, r.text.strip()) for r in document.removed if r.kind != "line-break"]
    assert sorted(removed) == sorted(
        [(RemovalKind.PAGE_MARKER, f"- {n} -") for n in (1, 2, 3)]
        + [(RemovalKind.PAGE_HEADER, HEADER)] * 2
    )
    assert all(HEADER not in speech.text for speech in document.speeches)


def test_a_sentence_ending_at_a_page_break_ends_its_paragraph() -> None:
    first = wrap(OPENING) + wrap(CONTINUED)
    second = wrap(AFTER)
    data = pdf_pages([first, second], footer=lambda number, count: f"第 {number} 页 共 {count} 页")
    (speech,) = import_bytes(data, "a.pdf").speeches
    assert speech.text.split("\n") == [OPENING, CONTINUED, AFTER]


@pytest.mark.parametrize("number", ["—{n}—", "{n}", "第{n}页", "{n}/3", "- {n} -"])
def test_page_number_styles_at_the_page_edge(number: str) -> None:
    pages = [wrap(OPENING), wrap(CONTINUED), wrap(AFTER)]
    data = pdf_pages(pages, footer=lambda n, _count: number.format(n=n))
    document = import_bytes(data, "a.pdf")
    markers = [r.text.strip() for r in document.removed if r.kind == RemovalKind.PAGE_MARKER]
    assert markers == [number.format(n=n) for n in (1, 2, 3)]
    assert document.speeches[0].text.split("\n") == [OPENING, CONTINUED, AFTER]


def test_a_short_line_on_one_page_only_is_kept() -> None:
    pages = [["同志们：", *wrap(OPENING)], wrap(CONTINUED), wrap(AFTER)]
    document = import_bytes(pdf_pages(pages), "a.pdf")
    assert document.speeches[0].text.startswith("同志们：\n")
    assert [r for r in document.removed if r.kind != "line-break"] == []


def test_a_pdf_locked_with_a_password_says_so() -> None:
    data = pdf_pages(speech_pages(), encrypt="secret")
    with pytest.raises(DocumentError) as raised:
        read_source_bytes(data, "加密.pdf")
    assert raised.value.code == "encrypted"
    assert str(raised.value).startswith("加密.pdf: ")
    assert "password" in str(raised.value)


def test_a_pdf_locked_only_against_editing_is_read() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(speech_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    stream = io.BytesIO()
    writer.write(stream)
    (speech,) = import_bytes(stream.getvalue(), "a.pdf").speeches
    assert CONTINUED in speech.text


def test_a_scan_needs_ocr() -> None:
    with pytest.raises(DocumentError) as raised:
        read_source_bytes(image_only_pdf(), "扫描件.pdf")
    assert raised.value.code == "scanned"
    assert str(raised.value) == (
        "扫描件.pdf: the PDF has no text to import (a scanned image?): run OCR first"
    )


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 3],
        lambda data: data[: len(data) * 9 // 10],
        lambda data: data[:9] + b"garbage " * 100,
    ],
)
def test_a_damaged_pdf_is_corrupt(damage) -> None:
    with pytest.raises(DocumentError) as raised:
        read_source_bytes(damage(speech_pdf()), "坏.pdf")
    assert raised.value.code == "corrupt"
    message = str(raised.value)
    assert message.startswith("坏.pdf: the PDF is damaged")
    assert "\n" not in message
