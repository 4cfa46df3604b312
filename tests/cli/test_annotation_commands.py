"""``annotate``, ``annotations``, ``delete``, ``trash``, ``restore`` on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.core.annotation import AnnotationKind
from desktop.core.storage.library import open_library
from tests.cli.run_cli import run_cli
from tests.core.storage.documents import make_document, sample_paragraphs, small_document

KEYS = {
    "id",
    "speech",
    "kind",
    "state",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "color",
    "note",
    "tags",
    "created",
    "modified",
}


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A library holding the small test document, passed with --library."""
    path = tmp_path / "lib" / "library.sqlite"
    open_library(path, seed=small_document).close()
    return path


def _annotations(capsys: pytest.CaptureFixture[str], library: Path, *extra: str) -> list[dict]:
    status, out, _err = run_cli(capsys, "annotations", "--json", "--library", str(library), *extra)
    assert status == 0
    return json.loads(out)


def test_annotate_a_quote_prints_only_the_new_id(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    text = small_document().speeches[0].text
    quote = text[40:52]
    status, out, err = run_cli(
        capsys,
        "annotate", "--speech", "1", "--quote", quote, "--color", "pink",
        "--note", "好句子", "--tag", "金句", "--tag", "开头", "--library", str(library_path),
    )  # fmt: skip
    assert (status, err) == (0, "")
    [listed] = _annotations(capsys, library_path)
    assert out == f"{listed['id']}\n"
    assert set(listed) == KEYS
    assert (listed["speech"], listed["kind"], listed["state"]) == (1, "highlight", "anchored")
    assert (listed["start"], listed["end"], listed["exact"]) == (40, 52, quote)
    assert (listed["prefix"], listed["suffix"]) == (text[8:40], text[52:84])
    assert (listed["color"], listed["note"], listed["tags"]) == ("pink", "好句子", ["金句", "开头"])
    assert listed["created"].endswith("Z")


def test_annotate_by_offsets_and_by_occurrence(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    text = small_document().speeches[0].text
    word = next(w for w in ("效能革命", "市委", "工作") if text.count(w) >= 2)
    second = text.index(word, text.index(word) + 1)
    lib = ["--library", str(library_path)]
    assert (
        run_cli(capsys, "annotate", "--speech", "1", "--quote", word, "--occurrence", "2", *lib)[0]
        == 0
    )
    assert (
        run_cli(
            capsys,
            "annotate",
            "--speech",
            "1",
            "--start",
            "3",
            "--end",
            "9",
            "--note",
            "笔记",
            *lib,
        )[0]
        == 0
    )
    found = _annotations(capsys, library_path, "--speech", "1")
    assert [(a["start"], a["kind"]) for a in found] == sorted([(second, "highlight"), (3, "note")])


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--speech", "1", "--quote", "这句话不在讲话里"], "does not occur"),
        (["--speech", "1", "--quote", "的", "--occurrence", "9999"], "occurs only"),
        (["--speech", "1", "--start", "5"], "--start needs --end"),
        (["--speech", "1", "--start", "1", "--end", "5", "--occurrence", "2"], "goes with --quote"),
        (["--speech", "1", "--start", "9", "--end", "5"], "not inside the speech"),
        (["--speech", "999", "--start", "1", "--end", "5"], "no speech with id 999"),
        (["--speech", "1", "--start", "1", "--end", "5", "--color", "gold"], "invalid choice"),
    ],
)
def test_bad_annotate_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], library_path: Path, argv: list[str], problem: str
) -> None:
    status, out, err = run_cli(capsys, "annotate", *argv, "--library", str(library_path))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert problem in err
    assert _annotations(capsys, library_path) == []


def test_delete_trash_restore_and_empty(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    lib = ["--library", str(library_path)]
    ids = [
        run_cli(capsys, "annotate", "--speech", "1", "--start", str(s), "--end", str(s + 4), *lib)[
            1
        ].strip()
        for s in (1, 10, 20)
    ]
    assert run_cli(capsys, "delete", ids[0], *lib)[0] == 0
    assert run_cli(capsys, "delete", ids[1], *lib)[0] == 0
    status, out, _err = run_cli(capsys, "trash", "--json", *lib)
    assert sorted(a["id"] for a in json.loads(out)) == sorted(ids[:2])
    assert [a["id"] for a in _annotations(capsys, library_path)] == [ids[2]]
    assert run_cli(capsys, "restore", ids[0], *lib)[0] == 0
    assert (
        run_cli(capsys, "trash", "--empty", *lib)[1]
        == "deleted 1 annotation and 0 collections for good\n"
    )
    assert sorted(a["id"] for a in _annotations(capsys, library_path)) == sorted([ids[0], ids[2]])
    status, _out, err = run_cli(capsys, "restore", ids[1], *lib)
    assert status == 2
    assert f"no annotation with id {ids[1]}" in err


def test_emptying_the_trash_takes_trashed_collections_too(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    """``trash --empty`` is the window's Empty Trash: collections in the trash go as well."""
    with open_library(library_path) as library:
        other = library.store.import_document(
            make_document(
                [sample_paragraphs()[9:11]], title="另一合集", source="/data/另一合集.txt"
            )
        )
        speech_id = library.store.speeches(other.collection_id)[0].id
        library.annotations.create(speech_id, AnnotationKind.HIGHLIGHT, 1, 5)
        library.store.trash_collection(other.collection_id)
    lib = ["--library", str(library_path)]
    kept = run_cli(capsys, "annotate", "--speech", "1", "--start", "1", "--end", "5", *lib)[1]
    assert run_cli(capsys, "delete", kept.strip(), *lib)[0] == 0
    status, out, _err = run_cli(capsys, "trash", "--empty", *lib)
    assert (status, out) == (0, "deleted 1 annotation and 1 collection for good\n")
    with open_library(library_path) as library:
        assert library.store.trashed_collections() == []
        assert [c.title for c in library.store.collections()] == ["测试合集"]
        assert library.annotations.trash() == []


def test_the_text_listing_shows_each_annotation(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    lib = ["--library", str(library_path)]
    run_cli(
        capsys, "annotate", "--speech", "2", "--start", "0", "--end", "3", "--note", "甲\n乙", *lib
    )
    status, out, _err = run_cli(capsys, "annotations", *lib)
    assert status == 0
    [line] = out.splitlines()
    assert "speech 2" in line
    assert "0–3" in line
    assert "note: 甲 乙" in line


def test_annotate_in_another_process_uses_pizhu_library(library_path: Path) -> None:
    root = Path(desktop.__file__).resolve().parent.parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "annotate",
            "--speech",
            "1",
            "--start",
            "1",
            "--end",
            "4",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PIZHU_LIBRARY": str(library_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with open_library(library_path, create=False) as library:
        assert [a.id for a in library.annotations.annotations()] == [result.stdout.strip()]


def _write_speech(path: Path, *, moved_down: bool = False) -> None:
    """A one-speech file: the paragraph a test highlights in, then two more; ``moved_down``
    puts it last (text put before it would leave it anchored: its words untouched)."""
    body = [
        "同志们：我们常说，效率就是生产力，这是多年来反复证明了的道理。",
        "今年以来，全市上下围绕中心、服务大局，各项工作取得了新的进展。",
        "下一步，要继续深化改革、优化服务，推动全市各项工作再上新台阶。",
    ]
    if moved_down:
        body.append(body.pop(0))
    path.write_text("\n".join(["在全市工作会议上的讲话", *body]) + "\n", encoding="utf-8")


def test_accept_place_anchors_a_moved_highlight_after_a_reimport(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lib = ["--library", str(tmp_path / "library.sqlite")]
    source = tmp_path / "讲话.txt"
    _write_speech(source)
    assert run_cli(capsys, "import", str(source), *lib)[0] == 0
    speech = str(_speech_from(capsys, source, lib))
    status, out, _err = run_cli(capsys, "annotate", "--speech", speech, "--quote", "效率", *lib)
    assert status == 0
    marked = out.strip()
    _write_speech(source, moved_down=True)
    assert run_cli(capsys, "import", str(source), *lib)[0] == 0
    [moved] = json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])
    assert (moved["id"], moved["state"]) == (marked, "moved")
    # One id that cannot be accepted: refused before any is changed.
    status, _out, err = run_cli(capsys, "accept-place", marked, "no-such-id", *lib)
    assert status == 2
    assert "there is no annotation with id no-such-id" in err
    assert json.loads(run_cli(capsys, "annotations", "--json", *lib)[1]) == [moved]

    status, out, _err = run_cli(capsys, "accept-place", marked, *lib)

    assert (status, out) == (0, "accepted the place of 1 annotation\n")
    [accepted] = json.loads(run_cli(capsys, "annotations", "--json", *lib)[1])
    assert accepted["state"] == "anchored"
    assert (accepted["start"], accepted["exact"]) == (moved["start"], "效率")


def _speech_from(capsys: pytest.CaptureFixture[str], source: Path, lib: list[str]) -> int:
    """The id of the speech imported from ``source`` (the library also holds the sample)."""
    status, out, _err = run_cli(capsys, "list", "--json", *lib)
    assert status == 0
    [collection] = [c for c in json.loads(out)["collections"] if c["source"] == str(source)]
    return collection["speeches"][0]["id"]


def test_accept_place_refuses_an_anchored_highlight(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    lib = ["--library", str(library_path)]
    made = run_cli(capsys, "annotate", "--speech", "1", "--start", "1", "--end", "5", *lib)[
        1
    ].strip()
    before = _annotations(capsys, library_path)

    status, out, err = run_cli(capsys, "accept-place", made, *lib)

    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "is anchored: only a moved or fuzzy annotation's place can be accepted" in err
    assert _annotations(capsys, library_path) == before


def test_accept_place_refuses_a_highlight_in_the_trash(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    lib = ["--library", str(library_path)]
    made = run_cli(capsys, "annotate", "--speech", "1", "--start", "1", "--end", "5", *lib)[
        1
    ].strip()
    assert run_cli(capsys, "delete", made, *lib)[0] == 0

    status, out, err = run_cli(capsys, "accept-place", made, *lib)

    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert f"annotation {made} is in the trash" in err
