"""CSV export, read back with the csv module."""

from __future__ import annotations

from desktop.core.annotation import AnnotationKind
from desktop.core.export.csv_writer import COLUMNS, defuse_formula, write_csv
from desktop.core.export.markdown import write_markdown
from tests.core.export.factory import BEIJING, Library, sample_library
from tests.core.export.readback import read_csv


def test_starts_with_a_bom_and_has_a_row_per_annotation_and_every_column() -> None:
    library = sample_library()
    data = write_csv(library.export_set())
    rows = read_csv(data)
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(library.annotations)
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert b"\r\n" in data


def test_cells_hold_the_annotation_and_its_speech() -> None:
    library = sample_library()
    rows = [
        dict(zip(COLUMNS, row, strict=True))
        for row in read_csv(write_csv(library.export_set()))[1:]
    ]
    by_id = {row["id"]: row for row in rows}
    first = by_id[library.annotations[1].id]
    assert first == {
        "collection": "效能革命讲话汇编",
        "speech": "在全市效能革命工作会上的讲话",
        "date": "2016-04-15",
        "speaker": "张三",
        "section": "一、提高认识，把握效能革命的重大意义 › （一）效能革命是发展的需要",
        "quote": "效能是发展的保障",
        "marked_quote": "",
        "note": "金句，可用于开头",
        "color": "绿色",
        "tags": "",
        "created": "2024-05-03T08:02:00Z",  # UTC as stored, to the second
        "modified": "2024-05-03T08:02:00Z",
        "state": "anchored",
        "id": library.annotations[1].id,
        "speech_id": "1",
        "speech_no": "1",
        "start": str(library.annotations[1].start),
        "end": str(library.annotations[1].end),
    }
    assert by_id[library.annotations[0].id]["tags"] == "提法; 效能 革命"
    assert by_id[library.annotations[5].id]["note"] == "并联审批的做法\n第二行说明"
    assert by_id[library.annotations[3].id]["quote"] == ""  # a note on the whole speech
    assert by_id[library.annotations[7].id]["state"] == "orphaned"


def test_times_are_local_with_their_offset_in_the_export_zone() -> None:
    library = sample_library()
    assert library.annotations[1].created == "2024-05-03T08:02:00.000000Z"
    rows = read_csv(write_csv(library.export_set(zone=BEIJING)))
    row = next(
        dict(zip(COLUMNS, r, strict=True))
        for r in rows
        if r[COLUMNS.index("id")] == library.annotations[1].id
    )
    assert row["created"] == row["modified"] == "2024-05-03T16:02:00+08:00"


def test_cells_that_spreadsheets_would_run_as_formulas_are_defused() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("=cmd|'/C calc'!A0"), title="+SUM(1)")
    library.annotate(speech, "两集中、两到位", note='=HYPERLINK("http://evil")', tags=("@x", "-y"))
    row = dict(zip(COLUMNS, read_csv(write_csv(library.export_set()))[1], strict=True))
    assert row["collection"] == "'=cmd|'/C calc'!A0"
    assert row["speech"] == "'+SUM(1)"
    assert row["note"] == '\'=HYPERLINK("http://evil")'
    assert row["tags"] == "'@x; -y"


def test_defuse_formula_leaves_ordinary_text_alone() -> None:
    assert defuse_formula("两集中、两到位") == "两集中、两到位"
    assert defuse_formula("a=b") == "a=b"
    assert defuse_formula("\t=1") == "'\t=1"
    assert defuse_formula("\x00=1+1") == "'\x00=1+1"  # LibreOffice drops the NUL and runs it
    assert defuse_formula("") == ""


def test_colours_are_named_as_the_markdown_export_names_them() -> None:
    library = sample_library()
    rows = read_csv(write_csv(library.export_set()))
    colours = {row[COLUMNS.index("color")] for row in rows[1:]} - {""}
    markdown = write_markdown(library.export_set())
    assert len(colours) >= 2
    assert all(name in markdown and name.endswith("色") for name in colours)


def test_the_words_first_marked_have_their_own_column() -> None:
    library = sample_library()
    changed = library.annotations[1]
    changed.marked_quote = "=效能是发展的前提"
    rows = [
        dict(zip(COLUMNS, row, strict=True)) for row in read_csv(write_csv(library.export_set()))
    ]
    by_id = {row["id"]: row for row in rows[1:]}
    assert by_id[changed.id]["quote"] == "效能是发展的保障"
    assert by_id[changed.id]["marked_quote"] == "'=效能是发展的前提", "a formula is defused"
    assert {row["marked_quote"] for row in rows[1:] if row["id"] != changed.id} == {""}


def test_rows_say_which_speech_and_where_in_it() -> None:
    """A compilation repeats its speeches' title: the rows of 篇2 and 篇4 read the same, and
    no row said where its words are. The speech's id (as ``list`` and the search CSV give it),
    its number in the collection, and the offsets of the words (a Python ``str`` index into
    the speech's text, as JSON's TextPositionSelector) tell them."""
    library = Library()
    collection = library.add_collection("在全市“效能革命”工作会上的讲话(精选7篇)")
    title = "在全市“效能革命”工作会上的讲话"
    texts = ("第一篇讲话，𠮷祥如意，深化效能革命。", "第二篇讲话，也讲效能革命。")
    speeches = [library.add_speech(collection, text, title=title) for text in texts]
    marked = [library.annotate(speech, "效能革命", note="提法") for speech in speeches]
    whole = library.annotate(speeches[1], None, kind=AnnotationKind.SPEECH_NOTE, color=None)
    rows = [
        dict(zip(COLUMNS, row, strict=True)) for row in read_csv(write_csv(library.export_set()))
    ]
    by_id = {row["id"]: row for row in rows[1:]}
    for speech, note, text in zip(speeches, marked, texts, strict=True):
        row = by_id[note.id]
        assert row["speech"] == title
        assert (row["speech_id"], row["speech_no"]) == (
            str(speech.record.id),
            str(speech.record.index),
        )
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == row["quote"] == "效能革命"
    assert by_id[marked[0].id]["speech_no"] != by_id[marked[1].id]["speech_no"]
    assert (by_id[whole.id]["start"], by_id[whole.id]["end"]) == ("", "")


def test_a_note_of_several_lines_commas_and_quotes_stays_one_cell() -> None:
    """Excel and LibreOffice read a quoted cell across its line breaks (RFC 4180)."""
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    note = '第一行，"引号"\n第二行, 逗号\r\n第三行'
    library.annotate(speech, "两集中、两到位", note=note)
    data = write_csv(library.export_set())
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM, which tells Excel it is UTF-8
    rows = read_csv(data)
    assert len(rows) == 2
    assert rows[1][COLUMNS.index("note")] == note
