"""Tests for desktop/core/importing/extensions.py: the files a folder stands for."""

from __future__ import annotations

from pathlib import Path

from desktop.core.importing.extensions import FORMAT_BY_EXTENSION, files_to_import


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("讲话", encoding="utf-8")
    return path


def test_a_folder_becomes_its_importable_files_at_any_depth_in_name_order(tmp_path: Path) -> None:
    folder = tmp_path / "讲话 稿"
    second = _touch(folder / "b 讲话.DOCX")
    first = _touch(folder / "a.txt")
    deeper = _touch(folder / "c 子目录" / "深处.md")
    old_word = _touch(folder / "d 讲话.doc")  # converted by an office suite, if there is one
    old_wps = _touch(folder / "e 讲话.WPS")
    _touch(folder / "图片.png")
    _touch(folder / "~$a 讲话.docx")  # Word's lock file beside an open document
    _touch(folder / "~$d 讲话.doc")
    _touch(folder / ".隐藏.txt")
    _touch(folder / ".git" / "说明.md")
    assert files_to_import([folder]) == [first, second, old_word, old_wps, deeper]


def test_files_stay_as_given_and_in_order_whatever_their_extension(tmp_path: Path) -> None:
    picture = _touch(tmp_path / "图片.png")  # named on purpose: the importer says why it fails
    speech = _touch(tmp_path / "讲话.txt")
    missing = tmp_path / "不在了.txt"
    assert files_to_import([str(picture), speech, missing]) == [picture, speech, missing]


def test_a_folder_with_nothing_to_import_is_kept_to_be_reported(tmp_path: Path) -> None:
    empty = tmp_path / "空"
    _touch(empty / "表格.xlsx")
    assert files_to_import([empty]) == [empty]


def test_every_extension_names_a_format_the_readers_have() -> None:
    from desktop.core.importing.readers import _READERS

    assert set(FORMAT_BY_EXTENSION.values()) == set(_READERS)
