"""Tests for desktop/core/importing/office_convert.py: finding LibreOffice and running it, with a
fake converter the tests write (no office suite needed)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

from desktop.core.errors import CancelledError, DocumentError
from desktop.core.importing import office_convert
from desktop.core.importing.office_convert import convert_to_docx, find_converter
from tests.core.importing.fake_office import OLD_WORD, calls, ended, fake_office

# Finding the converter ------------------------------------------------------------------------


def test_the_variable_names_the_converter_and_empty_means_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    fake_office(tmp_path)
    assert find_converter() is None  # set empty by the tests' conftest: as if not installed
    monkeypatch.setenv("PIZHU_SOFFICE", "/opt/portable/soffice")
    assert find_converter() == Path("/opt/portable/soffice")


@pytest.mark.parametrize("name", ["soffice", "libreoffice"])
def test_soffice_or_libreoffice_on_path_is_found(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIZHU_SOFFICE")
    converter = fake_office(tmp_path / "bin")
    converter.rename(converter.with_name(name))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert find_converter() == tmp_path / "bin" / name


def test_without_one_on_path_nothing_is_found_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIZHU_SOFFICE")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    assert find_converter() is None


def test_libreoffice_is_found_where_windows_installs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIZHU_SOFFICE")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    place = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
    place.parent.mkdir(parents=True)
    place.write_bytes(b"MZ")
    monkeypatch.setattr(sys, "platform", "win32")
    assert find_converter() == place


def test_libreoffice_is_found_where_macos_installs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIZHU_SOFFICE")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    place = tmp_path / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"
    place.parent.mkdir(parents=True)
    place.write_bytes(b"\xcf\xfa\xed\xfe")
    monkeypatch.setattr(office_convert, "_MAC_PLACE", str(place))
    monkeypatch.setattr(sys, "platform", "darwin")
    assert find_converter() == place


# Running it -----------------------------------------------------------------------------------


def test_the_converter_runs_headless_with_its_own_profile_in_a_folder_it_leaves_none_of(
    tmp_path: Path, temp_root: Path
) -> None:
    converter = fake_office(tmp_path / "office")
    docx_bytes = convert_to_docx(OLD_WORD, "/papers/-讲话 (定稿).doc", converter)
    assert docx_bytes.startswith(b"PK\x03\x04")
    args = calls(converter)["args"]
    assert args[:3] == ["--headless", "--norestore", "--nologo"]
    assert args[args.index("--convert-to") + 1] == "docx"
    [profile] = [arg for arg in args if arg.startswith("-env:UserInstallation=")]
    work = Path(args[-1]).parent  # the file was copied there under a plain name
    assert Path(args[-1]).name == "source.doc"
    assert profile == f"-env:UserInstallation={(work / 'profile').as_uri()}"
    assert Path(args[args.index("--outdir") + 1]) == work / "out"
    assert work.parent == temp_root
    assert list(temp_root.iterdir()) == []


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("fail", "(Error: source file could not be loaded)"),
        ("crash", "(it exited with status 81)"),
    ],
)
def test_a_converter_that_makes_no_docx_is_a_conversion_error(
    mode: str, reason: str, tmp_path: Path, temp_root: Path
) -> None:
    converter = fake_office(tmp_path / "office", mode)
    with pytest.raises(DocumentError) as caught:
        convert_to_docx(OLD_WORD, "讲话.doc", converter)
    assert caught.value.code == "conversion"
    assert str(caught.value) == f"讲话.doc: LibreOffice could not convert it to .docx {reason}"
    assert list(temp_root.iterdir()) == []


def test_a_converter_that_cannot_be_started_is_a_conversion_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        convert_to_docx(OLD_WORD, "讲话.doc", tmp_path / "missing" / "soffice")
    assert caught.value.code == "conversion"
    assert "could not be started" in caught.value.message


def test_a_hanging_converter_is_killed_at_the_time_limit_with_what_it_started(
    tmp_path: Path, temp_root: Path
) -> None:
    converter = fake_office(tmp_path / "office", "hang")
    with pytest.raises(DocumentError) as caught:
        convert_to_docx(OLD_WORD, "讲话.doc", converter, timeout=0.5)
    assert caught.value.code == "conversion-timeout"
    expected = "讲话.doc: LibreOffice did not finish converting it within 0.5 seconds"
    assert str(caught.value) == expected
    started = calls(converter)
    assert ended(started["pid"])
    assert ended(started["child"])
    assert list(temp_root.iterdir()) == []


def test_cancel_kills_the_converter_and_what_it_started(tmp_path: Path, temp_root: Path) -> None:
    converter = fake_office(tmp_path / "office", "hang")
    started = converter.parent / "calls.json"
    with pytest.raises(CancelledError):
        # The user presses Cancel once the converter is running.
        convert_to_docx(OLD_WORD, "讲话.doc", converter, cancel=started.exists)
    pids = calls(converter)
    assert ended(pids["pid"])
    assert ended(pids["child"])
    assert list(temp_root.iterdir()) == []


def test_no_room_for_the_copy_is_a_conversion_error_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The temporary folder is gone (or full): one clear error for this file, not a crash.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    converter = fake_office(tmp_path / "office")
    with pytest.raises(DocumentError) as caught:
        convert_to_docx(OLD_WORD, "讲话.doc", converter)
    assert caught.value.code == "conversion"
    assert str(caught.value).startswith("讲话.doc: the copy LibreOffice converts could not be")
