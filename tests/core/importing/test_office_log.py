"""Tests for desktop/core/importing/office_log.py: LibreOffice's words about each file of a run,
on what LibreOffice 7 printed converting six files, three of which it could not load."""

from __future__ import annotations

from pathlib import Path

from desktop.core.importing.office_log import file_reason, run_said

_SAID = """Warning: failed to launch javaldx - java may not function correctly
convert /tmp/in/00001.doc -> /tmp/out/00001.docx using filter : MS Word 2007 XML
Error: source file could not be loaded
convert /tmp/in/00003.doc -> /tmp/out/00003.docx using filter : MS Word 2007 XML
Error: source file could not be loaded
Error: the second one's own words
convert /tmp/in/00006.doc -> /tmp/out/00006.docx using filter : MS Word 2007 XML
"""
_SOURCES = [f"0000{n}.doc" for n in range(1, 7)]
_MADE = [True, False, True, False, False, True]


def test_a_file_it_could_not_load_has_the_line_said_in_its_place(tmp_path: Path) -> None:
    log = tmp_path / "batch1.log"
    log.write_text(_SAID, encoding="utf-8")
    said = run_said(log)
    assert len(said) == 6  # nothing about Java
    reasons = [file_reason(said, _SOURCES, _MADE, index) for index in (1, 3, 4)]
    loaded = "Error: source file could not be loaded"
    assert reasons == [loaded, loaded, "Error: the second one's own words"]


def test_the_last_files_and_a_file_it_loaded_but_could_not_store(tmp_path: Path) -> None:
    said = [
        "convert /tmp/in/00001.doc -> /tmp/out/00001.docx using filter : MS Word 2007 XML",
        "convert /tmp/in/00002.doc -> /tmp/out/00002.docx using filter : MS Word 2007 XML",
        "Error: Please verify input parameters... (SfxBaseModel::impl_store failed: 0xc10)",
    ]
    sources, made = ["00001.doc", "00002.doc"], [True, False]
    assert file_reason(said, sources, made, 1).startswith("Error: Please verify")
    assert file_reason([], sources, made, 1) == ""  # it said nothing: the caller's words
    assert run_said(tmp_path / "missing.log") == []


def test_lines_about_no_file_do_not_take_a_files_place() -> None:
    said = [
        "convert /tmp/in/00001.doc -> /tmp/out/00001.docx using filter : MS Word 2007 XML",
        "Warning: something about fonts",
        "Error: source file could not be loaded",
        "Error: the next one's words",
        "convert /tmp/in/00004.doc -> /tmp/out/00004.docx using filter : MS Word 2007 XML",
    ]
    sources = [f"0000{n}.doc" for n in range(1, 5)]
    made = [True, False, False, True]
    assert file_reason(said, sources, made, 1) == "Error: source file could not be loaded"
    assert file_reason(said, sources, made, 2) == "Error: the next one's words"
