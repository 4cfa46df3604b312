"""Word list numbering straight from numbering.xml: counters, restarts, legal numbering."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from desktop.core.importing.readers.numbering import Numbering

_W = nsdecls("w")


def _numbering(levels: str, nums: str) -> Numbering:
    xml = f'<w:numbering {_W}><w:abstractNum w:abstractNumId="7">{levels}</w:abstractNum>{nums}'
    return Numbering(parse_xml(xml + "</w:numbering>"), {})


def _lvl(ilvl: int, number_format: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def test_legal_numbering_shows_every_level_as_decimal() -> None:
    levels = _lvl(0, "chineseCounting", "第%1章") + _lvl(1, "decimal", "%1.%2", "<w:isLgl/>")
    numbering = _numbering(levels, '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>')
    labels = [numbering.next_label("1", ilvl) for ilvl in (0, 1, 1, 0, 1)]
    assert labels == ["第一章 ", "1.1 ", "1.2 ", "第二章 ", "2.1 "]


def test_a_deeper_level_used_first_shows_its_parents_start() -> None:
    levels = _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2")
    numbering = _numbering(levels, '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>')
    assert numbering.next_label("1", 1) == "1.1 "


def test_unknown_lists_and_levels_give_no_label() -> None:
    numbering = _numbering(_lvl(0, "decimal", "%1."), "")
    assert numbering.next_label("42", 0) is None
    assert Numbering(None, {}).next_label("1", 0) is None


def test_a_level_override_replaces_the_definition_for_that_list() -> None:
    override = (
        '<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
        f'<w:startOverride w:val="5"/>{_lvl(0, "upperLetter", "%1)")}</w:lvlOverride></w:num>'
    )
    numbering = _numbering(_lvl(0, "decimal", "%1."), override)
    # The start override wins over the start written in the replacement level.
    assert [numbering.next_label("2", 0) for _ in range(2)] == ["E) ", "F) "]
