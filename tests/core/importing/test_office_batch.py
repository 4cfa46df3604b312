"""Tests for desktop/core/importing/office_batch.py: the old Word files of an import converted
many per run of a fake converter the tests write (no office suite needed)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.core.errors import CancelledError, DocumentError
from desktop.core.importing import import_file, office_batch, office_convert
from desktop.core.importing.office_batch import converting
from tests.core.importing.fake_office import (
    BAD,
    CRASH,
    HANG,
    calls,
    ended,
    fake_office,
    installed,
    old_word,
    runs,
)


def _files(folder: Path, *contents: bytes) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = [folder / f"讲话{number}.doc" for number in range(1, len(contents) + 1)]
    for path, data in zip(paths, contents, strict=True):
        path.write_bytes(data)
    return paths


def _import_all(paths: list[Path]) -> list[str | DocumentError]:
    """Each file's title, or its error, as the import reads them in order."""
    results: list[str | DocumentError] = []
    with converting(paths) as convert:
        for path in paths:
            try:
                results.append(import_file(path, convert=convert).title)
            except DocumentError as error:
                results.append(error)
    return results


def test_the_files_convert_in_one_run_each_into_its_own_docx(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    paths = _files(tmp_path / "folder", old_word("甲"), old_word("乙"), old_word("丙"))
    text = tmp_path / "folder" / "讲话.txt"
    text.write_text("在全市会议上的讲话\n同志们：\n今天开会。\n", encoding="utf-8")
    assert _import_all([paths[0], text, *paths[1:]]) == ["甲", "在全市会议上的讲话", "乙", "丙"]
    assert runs(converter) == [["00001.doc", "00002.doc", "00003.doc"]]
    args = calls(converter)["args"]
    assert args[:3] == ["--headless", "--norestore", "--nologo"]
    [profile] = [arg for arg in args if arg.startswith("-env:UserInstallation=")]
    work = Path(args[-1]).parent.parent  # the import's temporary folder
    assert work.parent == temp_root
    assert profile == f"-env:UserInstallation={(work / 'profile').as_uri()}"
    assert list(temp_root.iterdir()) == []


def test_many_files_take_a_run_per_batch_sharing_one_profile(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    monkeypatch.setattr(office_batch, "BATCH_SIZE", 2)
    paths = _files(tmp_path / "folder", *(old_word(f"第{n}篇") for n in range(1, 6)))
    assert _import_all(paths) == [f"第{n}篇" for n in range(1, 6)]
    assert [len(files) for files in runs(converter)] == [2, 2, 1]
    lines = (converter.parent / "calls.jsonl").read_text().splitlines()
    profiles = {arg for line in lines for arg in json.loads(line)["args"] if "Installation" in arg}
    assert len(profiles) == 1
    assert list(temp_root.iterdir()) == []


def test_a_file_given_twice_is_converted_twice_and_each_file_keeps_its_own_docx(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    first, second = _files(tmp_path / "folder", old_word("甲"), old_word("乙"))
    assert _import_all([first, first, second]) == ["甲", "甲", "乙"]
    assert list(temp_root.iterdir()) == []


def test_a_file_the_batch_fails_on_has_its_own_error_without_a_second_run(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    paths = _files(tmp_path / "folder", old_word("甲"), old_word("乙", BAD), old_word("丙"))
    first, failed, last = _import_all(paths)
    assert (first, last) == ("甲", "丙")
    assert isinstance(failed, DocumentError)
    assert failed.code == "conversion"
    expected = "LibreOffice could not convert it to .docx (Error: source file could not be loaded)"
    assert str(failed) == f"{paths[1]}: {expected}"
    assert runs(converter) == [["00001.doc", "00002.doc", "00003.doc"]]
    assert list(temp_root.iterdir()) == []


def test_a_file_the_batch_fails_on_fails_at_once_while_the_batch_goes_on(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    contents = old_word("甲"), old_word("乙", BAD), old_word("丙"), old_word("丁", HANG)
    paths = _files(tmp_path / "folder", *contents)
    hung = converter.parent / "hang.json"
    with converting(paths) as convert:
        assert convert is not None
        assert import_file(paths[0], convert=convert).title == "甲"
        # Waiting for the batch's end would wait on the fourth file, stuck: until cancelled.
        with pytest.raises(DocumentError) as failed:
            convert(paths[1].read_bytes(), str(paths[1]), hung.exists)
        assert import_file(paths[2], convert=convert).title == "丙"
    assert failed.value.code == "conversion"
    expected = "LibreOffice could not convert it to .docx (Error: source file could not be loaded)"
    assert str(failed.value) == f"{paths[1]}: {expected}"
    assert len(runs(converter)) == 1
    assert ended(json.loads(hung.read_text())["child"])
    assert list(temp_root.iterdir()) == []


def test_files_the_batch_fails_on_one_after_another_and_last_each_have_their_error(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    contents = old_word("甲"), old_word("乙", BAD), old_word("丙", BAD), old_word("丁", BAD)
    paths = _files(tmp_path / "folder", *contents)
    first, *failed = _import_all(paths)
    assert first == "甲"
    expected = "LibreOffice could not convert it to .docx (Error: source file could not be loaded)"
    assert [str(error) for error in failed] == [f"{path}: {expected}" for path in paths[1:]]
    assert len(runs(converter)) == 1
    assert list(temp_root.iterdir()) == []


def test_the_files_after_one_the_converter_dies_on_are_converted_in_a_run_of_their_own(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    contents = old_word("甲"), old_word("乙", CRASH), old_word("丙"), old_word("丁")
    paths = _files(tmp_path / "folder", *contents)
    first, failed, *rest = _import_all(paths)
    assert (first, rest) == ("甲", ["丙", "丁"])
    assert isinstance(failed, DocumentError)
    expected = "LibreOffice could not convert it to .docx (it exited with status 81)"
    assert str(failed) == f"{paths[1]}: {expected}"
    assert runs(converter) == [
        ["00001.doc", "00002.doc", "00003.doc", "00004.doc"],
        ["00002.doc"],
        ["00003.doc", "00004.doc"],
    ]
    assert list(temp_root.iterdir()) == []


def test_a_file_the_converter_hangs_on_ends_at_the_time_limit_once_and_the_rest_convert(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    monkeypatch.setattr(office_convert, "TIMEOUT", 0.5)
    paths = _files(tmp_path / "folder", old_word("甲"), old_word("乙", HANG), old_word("丙"))
    first, failed, last = _import_all(paths)
    assert (first, last) == ("甲", "丙")
    assert isinstance(failed, DocumentError)
    assert failed.code == "conversion-timeout"
    expected = "LibreOffice did not finish converting it within 0.5 seconds"
    assert str(failed) == f"{paths[1]}: {expected}"
    # It had the time limit once, in the batch: it is not tried alone for as long again.
    assert runs(converter) == [["00001.doc", "00002.doc", "00003.doc"], ["00003.doc"]]
    hung = json.loads((converter.parent / "hang.json").read_text())
    assert ended(hung["pid"])
    assert ended(hung["child"])
    assert list(temp_root.iterdir()) == []


def test_a_converter_stuck_whatever_the_file_stops_being_run_after_three_runs(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office", "hang"))
    monkeypatch.setattr(office_convert, "TIMEOUT", 0.3)
    paths = _files(tmp_path / "folder", *(old_word(f"第{n}篇") for n in range(1, 5)))
    results = _import_all(paths)
    codes = [getattr(error, "code", error) for error in results]
    assert codes == ["conversion-timeout"] * 3 + ["converter-stuck"]
    expected = (
        "not converted: LibreOffice stopped responding (it converted nothing in 0.3 seconds"
        " in each of its last 3 runs)"
    )
    assert [str(error) for error in results[3:]] == [f"{path}: {expected}" for path in paths[3:]]
    # two runs stuck on their first file, then one file alone: not a time limit for each file
    assert [len(run) for run in runs(converter)] == [4, 3, 1]
    assert list(temp_root.iterdir()) == []


def test_cancel_mid_batch_kills_the_converter_and_removes_the_folder(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    paths = _files(tmp_path / "folder", old_word("甲"), old_word("乙", HANG), old_word("丙"))
    hung = converter.parent / "hang.json"
    titles: list[str] = []

    def cancelled() -> bool:  # the user presses Cancel while the second file is stuck
        return bool(titles) and hung.exists()

    def import_until_cancelled() -> None:
        with converting(paths) as convert:
            for path in paths:
                titles.append(import_file(path, convert=convert, cancel=cancelled).title)

    with pytest.raises(CancelledError):
        import_until_cancelled()
    assert titles == ["甲"]
    assert len(runs(converter)) == 1
    started = json.loads(hung.read_text())
    assert ended(started["pid"])
    assert ended(started["child"])
    assert list(temp_root.iterdir()) == []


def test_a_file_changed_since_its_batch_began_is_converted_as_it_is_now(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    [path] = _files(tmp_path / "folder", old_word("旧稿"))
    with converting([path]) as convert:
        path.write_bytes(old_word("新稿"))
        assert import_file(path, convert=convert).title == "新稿"
    assert sorted(runs(converter)) == [["00001.doc"], ["source.doc"]]  # either may start first
    assert list(temp_root.iterdir()) == []


def test_no_old_word_file_or_no_office_suite_starts_nothing(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [old] = _files(tmp_path / "folder", old_word("甲"))
    text = tmp_path / "folder" / "讲话.txt"
    text.write_text("讲话", encoding="utf-8")
    with converting([old, text]) as convert:  # the tests' conftest: no office suite
        assert convert is None
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    with converting([text, tmp_path / "missing.doc"]) as convert:
        assert convert is None
    assert runs(converter) == []
    assert list(temp_root.iterdir()) == []


def test_a_file_that_cannot_be_copied_into_the_batch_is_converted_on_its_own(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    paths = _files(tmp_path / "folder", old_word("甲"), old_word("乙"))
    write_bytes = Path.write_bytes

    def full_for_the_second(path: Path, data: bytes) -> int:
        if path.name == "00002.doc":
            raise OSError(28, "No space left on device")
        return write_bytes(path, data)

    monkeypatch.setattr(Path, "write_bytes", full_for_the_second)
    assert _import_all(paths) == ["甲", "乙"]
    assert runs(converter) == [["00001.doc"], ["source.doc"]]
    assert list(temp_root.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_a_named_pipe_among_the_files_is_never_opened(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    [old] = _files(tmp_path / "folder", old_word("甲"))
    pipe = tmp_path / "folder" / "管道.doc"
    os.mkfifo(pipe)  # opening it to read would wait for a writer that never comes
    with converting([pipe, old]) as convert:
        assert convert is not None
        assert import_file(old, convert=convert).title == "甲"
    assert list(temp_root.iterdir()) == []


def test_a_full_disk_fails_each_old_word_file_on_its_own(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office"))
    paths = _files(tmp_path / "folder", old_word("甲"), old_word("乙"))
    write_bytes = Path.write_bytes

    def full_for_copies(path: Path, data: bytes) -> int:
        if path.suffix == ".doc" and path.parent != paths[0].parent:
            raise OSError(28, "No space left on device")
        return write_bytes(path, data)

    monkeypatch.setattr(Path, "write_bytes", full_for_copies)
    results = _import_all(paths)  # the import goes on: each file says what is wrong
    assert [getattr(result, "code", result) for result in results] == ["conversion"] * 2
    assert "No space left on device" in str(results[0])
    assert list(temp_root.iterdir()) == []


def test_two_hanging_files_together_do_not_stop_the_files_after_them(
    tmp_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two runs stuck on their first file took LibreOffice as stuck: the good files after two
    # bad ones (a broken copy's) failed untried.
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    monkeypatch.setattr(office_convert, "TIMEOUT", 0.3)
    contents = old_word("甲", HANG), old_word("乙", HANG), old_word("丙"), old_word("丁")
    results = _import_all(_files(tmp_path / "folder", *contents))
    codes = [getattr(error, "code", error) for error in results[:2]]
    assert codes == ["conversion-timeout"] * 2
    assert results[2:] == ["丙", "丁"]
    assert [len(run) for run in runs(converter)] == [4, 3, 1, 1]
    assert list(temp_root.iterdir()) == []
