"""``compare OLD_ID NEW_ID``: the changes between two speeches, as lines or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from desktop.core.storage.library import open_library
from tests.cli.run_cli import run_cli
from tests.core.storage.documents import make_document, sample_paragraphs


@pytest.fixture
def speeches(tmp_path: Path) -> tuple[Path, int, int]:
    """A library holding last year's report and this year's: the year changed, two additions."""
    paragraphs = sample_paragraphs()[:3]
    final = list(paragraphs)
    final[1] = "𠮷" + final[1][:20] + "全面" + final[1][20:]
    path = tmp_path / "library.sqlite"
    with open_library(path, seed=None, daily_backup=False) as library:
        library.store.import_document(
            make_document([paragraphs, final], titles=["2025年政府工作报告", "2026年政府工作报告"])
        )
        ids = [speech.id for speech in library.store.speeches(library.store.collections()[0].id)]
    return path, ids[0], ids[1]


def test_json_lists_each_change_with_its_offsets_and_section(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int]
) -> None:
    path, old_id, new_id = speeches
    status, out, err = run_cli(
        capsys, "compare", str(old_id), str(new_id), "--json", "--library", str(path)
    )
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert report["old"]["title"] == "2025年政府工作报告"
    assert report["new"]["id"] == new_id
    assert report["old"]["date"] == report["new"]["date"] == "2016-04-15"
    assert report["old"]["file"] == report["new"]["file"] == "/data/测试合集.txt"
    assert report["summary"] == {"hunks": 3, "added": 4, "removed": 1}
    with open_library(path, create=False, daily_backup=False) as library:
        new_text = library.store.speech_text(new_id)
    kinds = [hunk["kind"] for hunk in report["hunks"]]
    assert kinds == ["replaced", "inserted", "inserted"]
    for hunk in report["hunks"]:
        start, end = hunk["new"]
        assert new_text[start:end] == hunk["new_text"]
    assert [hunk["new_text"] for hunk in report["hunks"]] == ["6", "𠮷", "全面"]
    assert report["hunks"][0]["old_text"] == "5"
    # Each paragraph of the test speeches is a section numbered and headed by its first ten
    # characters: the section of the new speech, which begins with the added 𠮷.
    assert report["hunks"][2]["section"] == "2." + ("𠮷" + sample_paragraphs()[1])[:10]


def test_lines_show_the_change_in_context(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int]
) -> None:
    path, old_id, new_id = speeches
    status, out, _ = run_cli(
        capsys, "compare", str(old_id), str(new_id), "--context", "3", "--library", str(path)
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[:2] == [  # the speeches named, as diff names its files
        "--- 2025年政府工作报告 · 2016-04-15",
        "+++ 2026年政府工作报告 · 2016-04-15",
    ]
    assert lines[2] == "@@ 1/3 replaced  old 3-4, new 3-4"
    assert lines[3:5] == ["- 202[-5-]年政府", "+ 202{+6+}年政府"]
    assert "{+全面+}" in out
    assert lines[-1] == "3 changes: 4 characters added, 1 removed"
    plus = [line for line in lines if "{+全面+}" in line][0]
    assert len(plus) == len("+ ") + 3 + len("{+全面+}") + 3


def test_a_speech_compared_with_itself_has_no_changes(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int]
) -> None:
    path, old_id, _ = speeches
    status, out, _ = run_cli(capsys, "compare", str(old_id), str(old_id), "--library", str(path))
    head = "--- 2025年政府工作报告 · 2016-04-15\n+++ 2025年政府工作报告 · 2016-04-15\n"
    assert (status, out) == (0, head + "no changes: the two texts are identical\n")


def test_an_unknown_speech_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int]
) -> None:
    path, old_id, _ = speeches
    status, out, err = run_cli(capsys, "compare", str(old_id), "999", "--library", str(path))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "999" in err


def test_markdown_prints_the_changes_as_the_compare_window_exports_them(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int]
) -> None:
    path, old_id, new_id = speeches
    status, out, err = run_cli(
        capsys, "compare", str(old_id), str(new_id), "--markdown", "--library", str(path)
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "# Changes: 2025年政府工作报告 → 2026年政府工作报告"
    assert "~~5~~" in out
    assert "**6**" in out
    assert "**全面**" in out


def test_csv_writes_a_row_per_change(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, old_id, new_id = speeches
    target = tmp_path / "changes.csv"
    status, out, err = run_cli(
        capsys, "compare", str(old_id), str(new_id), "--csv", str(target), "--library", str(path)
    )
    assert (status, out, err) == (0, "", "")
    rows = target.read_bytes().decode("utf-8-sig").splitlines()
    assert rows[0] == "section,kind,old,new,old_offset,new_offset"
    assert rows[1].endswith(",replaced,5,6,3,3")
    assert len(rows) == 4


def test_out_writes_the_form_its_extension_names(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, old_id, new_id = speeches
    for name in ("changes.docx", "changes.html", "changes.md", "changes.csv", "changes.txt"):
        target = tmp_path / name
        status, out, err = run_cli(
            capsys,
            "compare",
            str(old_id),
            str(new_id),
            "--out",
            str(target),
            "--library",
            str(path),
        )
        assert (status, out, err) == (0, "", "")
    document = docx.Document(str(tmp_path / "changes.docx"))
    assert document.paragraphs[0].text == "Changes: 2025年政府工作报告 → 2026年政府工作报告"
    struck = [run.text for p in document.paragraphs for run in p.runs if run.font.strike]
    assert struck == ["5"]
    page = (tmp_path / "changes.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert ">全面</u>" in page
    assert "**全面**" in (tmp_path / "changes.md").read_text(encoding="utf-8")
    assert (tmp_path / "changes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "{+全面+}" in (tmp_path / "changes.txt").read_text(encoding="utf-8")


def test_out_refuses_an_unknown_extension_and_a_missing_folder_in_one_line(
    capsys: pytest.CaptureFixture[str], speeches: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, old_id, new_id = speeches
    for target, said in (
        (tmp_path / "changes.pdf", "unknown extension '.pdf' (use .docx, .html, .md, .csv, .txt)"),
        (tmp_path / "no such folder" / "changes.docx", "the folder does not exist"),
    ):
        status, out, err = run_cli(
            capsys,
            "compare",
            str(old_id),
            str(new_id),
            "--out",
            str(target),
            "--library",
            str(path),
        )
        assert (status, out) == (2, "")
        assert err.count("\n") == 1
        assert str(target) in err
        assert said in err
    assert not [p for p in tmp_path.iterdir() if "changes" in p.name]  # nor half of one


def _two_files_of_one_title(tmp_path: Path) -> tuple[Path, list[int]]:
    """A library of two versions of one report read from v1.txt and v2.txt: its path, and
    the speeches' ids."""
    path = tmp_path / "library.sqlite"
    paragraphs = sample_paragraphs()[:3]
    ids = []
    with open_library(path, seed=None, daily_backup=False) as library:
        for name, text in (("v1.txt", paragraphs), ("v2.txt", [*paragraphs, "新增一段。"])):
            (tmp_path / name).write_text("\n".join(text), encoding="utf-8")
            document = make_document(
                [text], title="政府工作报告", titles=["政府工作报告"], source=str(tmp_path / name)
            )
            report = library.store.import_document(document)
            ids.append(library.store.speeches(report.collection_id)[0].id)
    return path, ids


def test_two_versions_of_one_title_are_named_by_their_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """compare --markdown's Old and New lines tell two files of one title apart."""
    path, ids = _two_files_of_one_title(tmp_path)
    status, out, err = run_cli(
        capsys, "compare", str(ids[0]), str(ids[1]), "--markdown", "--library", str(path)
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert "- Old: **政府工作报告** · 2016-04-15 · Source: v1.txt" in lines
    assert "- New: **政府工作报告** · 2016-04-15 · Source: v2.txt" in lines


def test_the_lines_and_the_json_name_each_sides_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The lines began at "@@ 1/1": which speech was old, which new, and from which file, was
    # not said; the JSON named no file.
    path, ids = _two_files_of_one_title(tmp_path)
    status, out, err = run_cli(capsys, "compare", str(ids[0]), str(ids[1]), "--library", str(path))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [
        "--- 政府工作报告 · 2016-04-15 · Source: v1.txt",
        "+++ 政府工作报告 · 2016-04-15 · Source: v2.txt",
    ]
    assert lines[2].startswith("@@ 1/1 inserted  ")
    status, out, err = run_cli(
        capsys, "compare", str(ids[0]), str(ids[1]), "--json", "--library", str(path)
    )
    report = json.loads(out)
    sides = [
        {key: report[side][key] for key in ("title", "date", "file")} for side in ("old", "new")
    ]
    assert sides == [
        {"title": "政府工作报告", "date": "2016-04-15", "file": str(tmp_path / name)}
        for name in ("v1.txt", "v2.txt")
    ]
