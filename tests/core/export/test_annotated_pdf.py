"""The annotated speech as PDF, its text extracted back with pypdf."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.export.annotated_pdf import BODY_SIZE, write_annotated_pdf
from desktop.core.export.note_markup import plain_text
from desktop.core.export.pdf_fonts import CID_FONT, PdfFont, chinese_font
from desktop.core.export.words import ENGLISH_WORDS
from tests.core.export.factory import (
    Library,
    highlights_without_notes,
    sample_library,
    signed_notice,
    speech_citing_its_notes,
)
from tests.core.export.readback import pdf_text, squeeze, without_markers

_VERA = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
_DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"


def test_pypdf_extracts_the_text_quotes_notes_tags_and_citation() -> None:
    library = sample_library()
    data = write_annotated_pdf(library.export_set(), font=chinese_font(()))
    assert data.startswith(b"%PDF-")
    text = squeeze(pdf_text(data))
    for content in library.speeches:
        for line in content.text.splitlines():
            assert squeeze(line) in without_markers(text)
    for annotation in library.annotations:
        assert squeeze(plain_text(annotation.note)) in text
        for tag in annotation.tags:
            assert squeeze(f"#{tag}") in text
    assert "张三：《在全市效能革命工作会上的讲话》，2016年4月15日" in text
    assert "这句话已经不在正文里了" in text
    assert "-1-" in text  # page numbers, as official documents have them


def test_the_notes_are_marked_with_the_exports_prefix() -> None:
    library = sample_library()
    chinese = squeeze(pdf_text(write_annotated_pdf(library.export_set(), font=chinese_font(()))))
    assert "两集中、两到位[批1]" in chinese
    assert "[批1]提法：两集中、两到位" in chinese
    english_set = library.export_set(words=ENGLISH_WORDS)
    english = squeeze(pdf_text(write_annotated_pdf(english_set, font=chinese_font(()))))
    assert "两集中、两到位[A1]" in english
    assert "[A1]提法：两集中、两到位" in english
    assert "[批" not in english


def test_the_users_marker_and_the_speechs_own_note_mark_read_apart() -> None:
    library = Library()
    speech_citing_its_notes(library)
    text = squeeze(pdf_text(write_annotated_pdf(library.export_set(), font=chinese_font(()))))
    assert "各项任务[批1]，深入领会会议精神［1］。" in text
    assert "［1］《某某文选》" in text
    assert "[批1]抓落实" in text


def test_each_speech_starts_a_page() -> None:
    reader = PdfReader(io.BytesIO(write_annotated_pdf(sample_library().export_set())))
    pages = [squeeze(page.extract_text()) for page in reader.pages]
    assert len(pages) == 3
    assert "关于作风建设的讲话" in pages[1]
    assert "政务服务讲话" in pages[2]
    assert reader.metadata.title == "效能革命讲话摘录"


def test_markup_characters_in_user_text_are_drawn_as_text() -> None:
    library = Library()
    speech = library.add_speech(
        library.add_collection("汇编"), "正文<b>不是标记</b> & 完。", title="讲话<i>"
    )
    library.annotate(
        speech, "<b>不是标记</b>", note="<font size=40>注</font> & \x0b", tags=("<t>",)
    )
    text = squeeze(pdf_text(write_annotated_pdf(library.export_set())))
    assert "正文<b>不是标记</b>&完" in without_markers(text)
    assert "<fontsize=40>注</font>&" in text
    assert "讲话<i>" in text


def test_a_font_without_chinese_or_latin_glyphs_is_passed_over_for_the_cid_font() -> None:
    candidates = ((_VERA, 0), (_DROID, 0), ("/nonexistent/font.ttf", 0))
    assert chinese_font(candidates) == PdfFont(CID_FONT)
    assert not chinese_font(candidates).embedded


@pytest.mark.skipif(not Path(_DROID).is_file(), reason="needs a TrueType font with Chinese glyphs")
def test_an_embedded_truetype_font_also_gives_extractable_chinese() -> None:
    pdfmetrics.registerFont(TTFont("TestDroid", _DROID))
    library = Library()
    speech = library.add_speech(
        library.add_collection("汇编"), "效能革命是转变政府职能的必然要求", title="讲话"
    )
    library.annotate(speech, "转变政府职能", note="重要的提法")
    data = write_annotated_pdf(library.export_set(), font=PdfFont("TestDroid", _DROID))
    assert b"FontFile2" in data  # the glyphs are embedded
    # This fallback font has no Latin glyphs: a marker [批1] extracts as 批 between NULs; the
    # Chinese is intact.
    text = re.sub("\x00+批?\x00+", "", squeeze(pdf_text(data)))
    assert "效能革命是转变政府职能的必然要求" in text
    assert "重要的提法" in text


def _line_starts(data: bytes) -> dict[str, float]:
    """Where each line drawn on the first page begins, across the page."""
    starts: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            starts.setdefault(text.strip(), cm[0] * tm[4] + cm[4])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return starts


def test_the_sign_off_ends_two_characters_from_the_right_margin() -> None:
    library = Library()
    signed_notice(library)
    starts = _line_starts(write_annotated_pdf(library.export_set(), font=chinese_font(())))
    right_margin = A4[0] - 25 * mm - 6  # a platypus frame pads its content by 6 pt
    signature = "某某县人民政府办公室"  # all full-width: one body size per character
    expected = right_margin - 2 * BODY_SIZE - len(signature) * BODY_SIZE
    assert starts[signature] == pytest.approx(expected, abs=1)
    assert starts["2021年5月6日"] > starts["2021年5月1日"] + BODY_SIZE * 4  # centred above


def test_a_highlight_without_a_note_leads_its_endnote_with_the_words_it_marks() -> None:
    library = Library()
    highlights_without_notes(library)
    text = squeeze(pdf_text(write_annotated_pdf(library.export_set(), font=chinese_font(()))))
    assert "[批1]「高质量发展」#提法" in text
    assert "[批2]总基调#提法" in text  # a note speaks for itself
    assert "[批3]#改革标注时原文：“改革”" in text  # words that changed say what was marked
    assert text.count("「") == 1


def test_the_header_announces_the_pdf_version_the_cid_fonts_cmap_needs() -> None:
    """UniGB-UTF16-H, which the CID font's text is written in, is a PDF 1.5 CMap."""
    data = write_annotated_pdf(sample_library().export_set(), font=chinese_font(()))
    assert b"/UniGB-UTF16-H" in data
    assert data.startswith(b"%PDF-1.5\n")
    assert PdfReader(io.BytesIO(data)).pdf_header == "%PDF-1.5"


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler's pdfinfo")
def test_pdfinfo_reads_the_version_and_every_page(tmp_path: Path) -> None:
    path = tmp_path / "讲话.pdf"
    path.write_bytes(write_annotated_pdf(sample_library().export_set(), font=chinese_font(())))
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert result.stderr == ""  # poppler reports a syntax error there, and still exits 0
    info = result.stdout
    assert re.search(r"^PDF version:\s+1\.5$", info, re.MULTILINE)
    assert re.search(r"^Pages:\s+[1-9]", info, re.MULTILINE)


def test_an_embedded_font_keeps_the_version_reportlab_needs() -> None:
    """Without the CID font nothing of PDF 1.5 is used: the header does not claim it."""
    if "TestVera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestVera", _VERA))
    library = Library()
    speech = library.add_speech(library.add_collection("Speeches"), "Plain Latin text.", title="T")
    library.annotate(speech, "Latin", note="a note")
    data = write_annotated_pdf(library.export_set(), font=PdfFont("TestVera", _VERA))
    assert b"UniGB" not in data
    assert data[:8] in (b"%PDF-1.3", b"%PDF-1.4")


def _link_targets(data: bytes) -> list[str]:
    """Every link annotation's URI, page by page."""
    targets = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and action.get("/S") == "/URI":
                targets.append(str(action["/URI"]))
    return targets


def test_links_in_notes_are_pdf_links_and_only_safe_ones() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(
        speech,
        "两集中、两到位",
        note="见[国务院通知](https://www.gov.cn/a?b=1&c=2) 和 https://www.gov.cn/zhengce/。\n\n"
        "[点我](javascript:alert(1)) mailto:office@example.cn",
    )
    library.annotate(speech, "并联审批", note="<a href='javascript:x'>https://a.cn</a>")
    data = write_annotated_pdf(library.export_set(), font=chinese_font(()))
    assert _link_targets(data) == [
        "https://www.gov.cn/a?b=1&c=2",
        "https://www.gov.cn/zhengce/",
        "mailto:office@example.cn",
        "https://a.cn",
    ]
    text = squeeze(pdf_text(data))
    assert "见国务院通知和https://www.gov.cn/zhengce/。" in text
    assert "[点我](javascript:alert(1))" in text
    assert "<ahref='javascript:x'>https://a.cn</a>" in text  # as typed


LISTED_NOTE = "三个层次：\n\n- 定调\n- 部署任务\n\n1. 先讲挑战\n2. 再讲机遇\n\n> 极不平凡\n> 的一年"


def _vertical_rules(data: bytes) -> list[float]:
    """Where across the first page each vertical line is stroked (reportlab moves to each
    flowable by ``cm`` translations inside ``q``/``Q``)."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    rules: list[float] = []
    shift, saved, start = 0.0, [], (0.0, 0.0)
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            saved.append(shift)
        elif operator == b"Q":
            shift = saved.pop()
        elif operator == b"cm":
            shift += float(operands[4])
        elif operator == b"m":
            start = (float(operands[0]), float(operands[1]))
        elif operator == b"l" and float(operands[0]) == start[0] != float(operands[1]):
            rules.append(shift + start[0])
    return rules


def test_a_note_s_list_hangs_its_markers_and_its_quote_is_set_in_by_a_rule() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=LISTED_NOTE, tags=("结构",))
    library.annotate(speech, None, kind="note", note="- 开篇\n- 结尾")
    data = write_annotated_pdf(library.export_set(), font=chinese_font(()))
    text = squeeze(pdf_text(data))
    order = [
        "[批1]三个层次：",
        "定调",
        "部署任务",
        "1.先讲挑战",
        "2.再讲机遇",
        "极不平凡的一年#结构",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    for typed in ("-定调", "-开篇", ">极不平凡", "1.先讲挑战1."):
        assert typed not in text
    starts = _line_starts(data)
    # The words of every item line up, their bullets and numbers hanging before them.
    assert starts["定调"] == pytest.approx(starts["先讲挑战"]) == pytest.approx(starts["开篇"])
    assert starts["1."] < starts["先讲挑战"]
    assert starts["[批1]"] < starts["1."] + 1  # the marker's line, the list under it
    assert starts["[批1]"] < starts["极不平凡"] < starts["定调"]
    # A rule down the quote's left, in the space it is set in by.
    rules = _vertical_rules(data)
    assert len(rules) == 1
    assert starts["[批1]"] < rules[0] < starts["极不平凡"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdftotext_reads_a_note_s_bullets_and_numbers(tmp_path: Path) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=LISTED_NOTE)
    path = tmp_path / "讲话.pdf"
    path.write_bytes(write_annotated_pdf(library.export_set(), font=chinese_font(())))
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
    )
    lines = [line.strip() for line in result.stdout.decode().splitlines()]
    items = ["• 定调", "• 部署任务", "1. 先讲挑战", "2. 再讲机遇", "极不平凡", "的一年"]
    assert [squeeze(line) for line in lines if squeeze(line) in map(squeeze, items)] == [
        squeeze(item) for item in items
    ]


def test_a_marker_on_its_own_line_stays_on_the_page_of_the_list_it_leads() -> None:
    """Wherever the page ends, "[批1]" is never left at its foot with the bullets over the leaf."""
    for lines in range(20, 60):
        library = Library()
        text = "\n".join([*(f"第{n}段。" for n in range(lines)), "要点所在。"])
        speech = library.add_speech(library.add_collection("汇编"), text, title="讲话")
        library.annotate(speech, "要点所在", note="- 甲乙\n- 丙丁")
        data = write_annotated_pdf(library.export_set(), font=chinese_font(()))
        pages = [squeeze(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]
        lead = [page for page in pages if "[批1]" in page][-1]  # the note's, after its mark's
        assert "甲乙" in lead, lines
