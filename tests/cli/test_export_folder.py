"""``export --out FOLDER``: the file named as the export dialog would propose it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.export import FORMATS
from desktop.core.storage.library import open_library
from tests.core.storage.documents import make_document, sample_paragraphs

TITLE = "在全县乡村振兴工作会议上的讲话"


def _library(tmp_path: Path) -> tuple[Path, list[int]]:
    """A library of one compilation whose two speeches share a title."""
    paragraphs = sample_paragraphs()
    document = make_document([paragraphs[0:3], paragraphs[3:6]], titles=[TITLE, TITLE])
    path = tmp_path / "library.sqlite"
    with open_library(path, seed=lambda: document, daily_backup=False) as library:
        collection = library.store.collections()[0]
        ids = [speech.id for speech in library.store.speeches(collection.id)]
    return path, ids


@pytest.mark.parametrize(
    ("language", "suffix", "marked"),
    [("zh", "（第2篇）", "（批注本）"), ("en", " (No. 2)", " (Annotated Text)")],
)
def test_an_export_into_a_folder_is_named_by_the_speech_and_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, suffix: str, marked: str
) -> None:
    library, (_first, second) = _library(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    argv = ["export", "--format", "annotated-docx", "--out", str(folder), "--library", str(library)]
    status = main([*argv, "--speech", str(second), "--language", language])
    written = folder / f"{TITLE}{suffix}{marked}.docx"
    assert status == 0
    assert str(written) in capsys.readouterr().out
    assert [path.name for path in folder.iterdir()] == [written.name]


def test_every_format_exported_into_one_folder_leaves_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """md, outline-md; html, annotated-html; docx, annotated-docx, outline-docx share extensions:
    exported one after another into one folder, none may overwrite another."""
    library, (first, _second) = _library(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    mark = ["annotate", "--speech", str(first), "--start", "0", "--end", "4", "--note", "开头"]
    assert main([*mark, "--library", str(library)]) == 0
    for name in FORMATS:
        argv = ["export", "--format", name, "--out", str(folder), "--library", str(library)]
        assert main([*argv, "--speech", str(first)]) == 0
    capsys.readouterr()
    names = sorted(path.name for path in folder.iterdir())
    title = f"{TITLE}（第1篇）"
    assert len(names) == len(FORMATS)
    assert f"{title}.docx" in names  # the notes
    assert f"{title}（批注本）.docx" in names  # the annotated text
    assert f"{title}提纲.docx" in names  # the outline
