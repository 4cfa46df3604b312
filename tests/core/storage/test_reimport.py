"""Re-importing a changed file through the store: 33 annotations on the sample's paragraphs.

The changed version inserts and removes paragraphs away from the annotations, turns every
half-width comma into a full-width one (", " and "," → "，"), rewrites the sentence right after
one annotation, deletes one annotated paragraph (and puts its exact words elsewhere with other
context) and duplicates another annotated paragraph. Undisturbed annotations must stay exactly on
their words, the deleted ones become orphans with their notes, and none lands on wrong text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.annotation import AnchorState, TextQuote
from desktop.core.document import text_hash
from desktop.core.imported import ImportedDocument
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import ImportStatus
from tests.core.storage.documents import make_document, sample_paragraphs

P = sample_paragraphs()
ORIGINAL = [list(P[0:10]), list(P[10:20]), list(P[20:30])]
TITLES = ["讲话一", "讲话二", "讲话三"]
ANNOTATED = (1, 3, 5, 7, 9)  # two undisturbed windows in each of these paragraphs
LENGTH = 12
_CLEAN = re.compile(rf"[^,，\s]{{{LENGTH},}}")


def full_width_commas(text: str) -> str:
    """The punctuation change of the new version."""
    return text.replace(", ", "，").replace(",", "，")


@dataclass
class Mark:
    """One annotation of the test: where it was made and what the change does to it."""

    speech: int
    paragraph: int
    offset: int
    role: str
    id: str = ""

    @property
    def exact(self) -> str:
        """The words it was made on."""
        return ORIGINAL[self.speech][self.paragraph][self.offset : self.offset + LENGTH]


def _marks() -> list[Mark]:
    marks = []
    for speech in range(3):
        for paragraph in ANNOTATED:
            runs = list(_CLEAN.finditer(ORIGINAL[speech][paragraph]))
            for run in (runs[0], runs[-1]):
                marks.append(Mark(speech, paragraph, run.start(), "undisturbed"))
        comma = ORIGINAL[speech][0].index(",", 10)
        marks.append(Mark(speech, 0, comma - 5, "punctuated"))
    for mark in marks:
        if (mark.speech, mark.paragraph) == (0, 5) and mark.offset < 100:
            mark.role = "edited-nearby"
        elif (mark.speech, mark.paragraph) == (1, 3):
            mark.role = "deleted"
        elif (mark.speech, mark.paragraph) == (2, 7):
            mark.role = "duplicated"
    return marks


def _changed(marks: list[Mark]) -> list[list[tuple[int | None, str]]]:
    """The new version's paragraphs, each with the index of the original it continues."""
    speeches = [[(i, p) for i, p in enumerate(paragraphs)] for paragraphs in ORIGINAL]
    first, second, third = speeches
    nearby = next(m for m in marks if m.role == "edited-nearby")
    first[5] = (5, _rewrite_next_sentence(first[5][1], nearby.offset + LENGTH))
    _remove(first, 2)
    first.insert(0, (None, "会议开始前，先通报一个情况：今年的工作总体平稳。"))
    deleted = next(m for m in marks if m.role == "deleted")
    del second[_place(second, deleted.paragraph)]  # the annotated passage that goes
    _remove(second, 6)
    look_alike = "另外，" + deleted.exact + "，这是在另一个场合说的话，与原段落无关。"
    second.insert(_place(second, 5), (None, look_alike))
    _remove(third, 4)
    third.insert(_place(third, 8) + 1, (None, ORIGINAL[2][7]))
    third.append((None, "最后，祝大家工作顺利，身体健康！"))
    return [[(i, full_width_commas(text)) for i, text in speech] for speech in speeches]


def _place(paragraphs: list[tuple[int | None, str]], original: int) -> int:
    return next(place for place, (i, _text) in enumerate(paragraphs) if i == original)


def _remove(paragraphs: list[tuple[int | None, str]], original: int) -> None:
    assert original not in (0, *ANNOTATED), "only unannotated paragraphs go"
    del paragraphs[_place(paragraphs, original)]


def _rewrite_next_sentence(paragraph: str, after: int) -> str:
    end_of_this = paragraph.index("。", after) + 1
    end_of_next = paragraph.index("。", end_of_this) + 1
    return paragraph[:end_of_this] + "这一句已经按照新的要求重新写过了。" + paragraph[end_of_next:]


def _document(speeches: list[list[str]]) -> ImportedDocument:
    return make_document(speeches, titles=TITLES, source="/data/效能革命.txt")


def _expected_start(mark: Mark, marks: list[Mark], version: list[list[tuple]]) -> int:
    """Where the mark's words are in the new text: its paragraph's first copy, same words."""
    before = ORIGINAL[mark.speech][mark.paragraph][: mark.offset]
    nearby = next(m for m in marks if m.role == "edited-nearby")
    if (mark.speech, mark.paragraph) == (nearby.speech, nearby.paragraph) and mark != nearby:
        before = _rewrite_next_sentence(before, nearby.offset + LENGTH)  # the edit precedes it
    offset = len(TITLES[mark.speech]) + 1
    for original, text in version[mark.speech]:
        if original == mark.paragraph:
            return offset + len(full_width_commas(before))
        offset += len(text) + 1
    raise AssertionError("the paragraph is not in the new version")


def _original_start(mark: Mark) -> int:
    """Where the mark was made in the original text."""
    title_line = len(TITLES[mark.speech]) + 1
    paragraphs_before = ORIGINAL[mark.speech][: mark.paragraph]
    return title_line + sum(len(p) + 1 for p in paragraphs_before) + mark.offset


@pytest.fixture
def reimported(library_path: Path) -> tuple[Library, list[Mark], list[list[tuple]], object]:
    """The library after re-importing the changed version, the marks and the new version."""
    marks = _marks()
    library = open_library(library_path, seed=lambda: _document(ORIGINAL))
    speech_ids = [s.id for s in library.store.speeches(1)]
    for number, mark in enumerate(marks):
        start = _original_start(mark)
        made = library.annotations.create(
            speech_ids[mark.speech], start=start, end=start + LENGTH, note=f"笔记{number}"
        )
        assert made.exact == mark.exact
        mark.id = made.id
    version = _changed(marks)
    report = library.store.import_document(_document([[t for _i, t in s] for s in version]))
    yield library, marks, version, report
    library.close()


def test_at_least_thirty_annotations_in_every_role(reimported: tuple) -> None:
    _library, marks, _version, report = reimported
    assert len(marks) >= 30
    roles = {m.role for m in marks}
    assert roles == {"undisturbed", "punctuated", "edited-nearby", "deleted", "duplicated"}
    assert report.status == ImportStatus.UPDATED
    assert report.speeches_changed == 3
    assert sum(report.anchors.values()) == len(marks)


def test_undisturbed_annotations_stay_exactly_on_their_words(reimported: tuple) -> None:
    library, marks, version, _report = reimported
    for mark in marks:
        if mark.role not in ("undisturbed", "edited-nearby", "duplicated"):
            continue
        annotation = library.annotations.get(mark.id)
        text = library.store.speech_text(annotation.speech_id)
        expected = _expected_start(mark, marks, version)
        assert (annotation.start, annotation.end) == (expected, expected + LENGTH), mark
        assert text[annotation.start : annotation.end] == mark.exact
        # Its own words, untouched, though edits above them pushed them to another offset:
        # anchored there, nothing for the user to confirm.
        assert annotation.state == AnchorState.ANCHORED, mark


def test_deleted_passages_are_orphans_that_keep_their_notes(reimported: tuple) -> None:
    library, marks, _version, _report = reimported
    deleted = [m for m in marks if m.role == "deleted"]
    assert len(deleted) == 2
    for mark in deleted:
        annotation = library.annotations.get(mark.id)
        assert annotation.state == AnchorState.ORPHANED
        assert (annotation.start, annotation.end) == (None, None)
        assert annotation.exact == mark.exact
        assert annotation.note == f"笔记{marks.index(mark)}"
    assert {a.id for a in library.annotations.orphans()} == {m.id for m in deleted}


def test_no_annotation_lands_on_wrong_text(reimported: tuple) -> None:
    library, marks, version, _report = reimported
    for mark in marks:
        annotation = library.annotations.get(mark.id)
        if mark.role == "deleted":
            assert annotation.state == AnchorState.ORPHANED, f"a look-alike captured {mark}"
            continue
        if annotation.state == AnchorState.ORPHANED:
            assert mark.role == "punctuated", mark  # the only other words that changed
            continue
        text = library.store.speech_text(annotation.speech_id)
        expected = _expected_start(mark, marks, version)
        words = full_width_commas(mark.exact)
        assert annotation.start == expected, mark
        assert text[annotation.start : annotation.end] == words, mark
        assert annotation.quote == TextQuote.from_text(text, annotation.start, annotation.end)
        assert annotation.text_hash == text_hash(text)


def test_every_annotation_is_still_listed(reimported: tuple) -> None:
    library, marks, _version, _report = reimported
    assert {a.id for a in library.annotations.annotations()} == {m.id for m in marks}
