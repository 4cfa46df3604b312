"""``tags`` on the command line: list with counts, rename (merging), delete, unknown tags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.storage.library import open_library
from tests.cli.run_cli import run_cli
from tests.core.storage.documents import small_document


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A library with four tagged highlights, one of them in the trash."""
    path = tmp_path / "lib" / "library.sqlite"
    with open_library(path, seed=small_document) as library:
        speech_id = library.store.speeches(1)[0].id
        for i, tags in enumerate([("金句", "开头"), ("金句",), ("结构",), ("金句",)]):
            made = library.annotations.create(speech_id, start=i * 10, end=i * 10 + 4, tags=tags)
        library.annotations.delete(made.id)
    return path


def _counts(capsys: pytest.CaptureFixture[str], library: Path) -> dict[str, int]:
    status, out, _err = run_cli(capsys, "tags", "--json", "--library", str(library))
    assert status == 0
    return {row["tag"]: row["annotations"] for row in json.loads(out)}


def test_tags_lists_each_tag_with_its_live_annotations(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    status, out, err = run_cli(capsys, "tags", "--library", str(library_path))
    assert (status, err) == (0, "")
    assert out.splitlines() == ["     1  开头", "     1  结构", "     2  金句"]
    assert _counts(capsys, library_path) == {"开头": 1, "结构": 1, "金句": 2}


def test_rename_merges_into_an_existing_tag(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    status, out, _err = run_cli(
        capsys, "tags", "--rename", "开头", "金句", "--library", str(library_path)
    )
    assert status == 0
    assert out == "renamed 开头 to 金句 on 1 annotation\n"
    assert _counts(capsys, library_path) == {"结构": 1, "金句": 2}


def test_rename_reaches_the_trash_and_delete_keeps_the_annotations(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    status, out, _err = run_cli(
        capsys, "tags", "--rename", "金句", "好句", "--library", str(library_path)
    )
    assert (status, out) == (0, "renamed 金句 to 好句 on 3 annotations\n")
    status, out, _err = run_cli(capsys, "tags", "--delete", "好句", "--library", str(library_path))
    assert (status, out) == (0, "deleted 好句 from 3 annotations\n")
    assert _counts(capsys, library_path) == {"开头": 1, "结构": 1}
    status, out, _err = run_cli(capsys, "annotations", "--json", "--library", str(library_path))
    assert len(json.loads(out)) == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--rename", "提法", "好句"], "error: there is no tag '提法'\n"),
        (["--delete", "提法"], "error: there is no tag '提法'\n"),
        (["--rename", "金句", " "], "error: a tag needs a name\n"),
    ],
)
def test_an_unknown_tag_or_a_bad_name_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], library_path: Path, argv: list[str], message: str
) -> None:
    status, out, err = run_cli(capsys, "tags", *argv, "--library", str(library_path))
    assert (status, out, err) == (2, "", message)
    assert _counts(capsys, library_path) == {"开头": 1, "结构": 1, "金句": 2}
