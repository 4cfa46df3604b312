"""``python -m desktop outline FILE [--json]``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

SPEECH = """在全市工作会议上的讲话
（2023年5月6日）
市委书记 王 明
同志们：
今天召开会议，主要任务是总结工作、部署任务。
一、充分肯定成绩
过去一年，我们做了大量工作。一是经济平稳增长。二是民生持续改善。
二、明确重点任务
（一）抓好项目建设
要加快推进重点项目(本文来源于某某网,更多文章请登陆查看)。
"""


@pytest.fixture
def speech_file(tmp_path: Path) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


def test_tree_lists_speeches_and_nested_nodes(
    speech_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["outline", str(speech_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("在全市工作会议上的讲话")
    assert "2023-05-06" in lines[1]
    assert "王明" in lines[1]
    assert lines[2].startswith("  一、充分肯定成绩")
    assert lines[3].startswith("    ·一是经济平稳增长")
    assert lines[6].startswith("    （一）抓好项目建设")
    assert "watermark" in lines[-1]


def test_json_has_the_documented_shape_and_offsets_index_text(
    speech_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["outline", str(speech_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"title", "source", "encoding", "format", "date", "speeches", "removed"}
    (speech,) = data["speeches"]
    assert set(speech) == {
        "index",
        "title",
        "listed_title",
        "date",
        "speaker",
        "role",
        "text",
        "spans",
        "outline",
    }
    text = speech["text"]
    first = speech["outline"][0]
    assert set(first) == {
        "kind",
        "level",
        "label",
        "start",
        "end",
        "head_end",
        "marker",
        "style",
        "children",
    }
    assert text[first["start"] : first["head_end"]] == "一、充分肯定成绩"
    point = first["children"][0]
    assert text[point["start"] : point["start"] + 2] == "一是"
    speaker_span = next(s for s in speech["spans"] if s["kind"] == "speaker")
    assert text[speaker_span["start"] : speaker_span["end"]] == "市委书记 王 明"
    (removal,) = data["removed"]
    assert removal["kind"] == "watermark"
    assert text[removal["position"] - 6 : removal["position"] + 1] == "加快推进重点项目。"[2:]


def test_bad_file_exits_2_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "outline", str(missing)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "missing.txt" in result.stderr


def test_noise_only_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "noise.txt"
    path.write_text("nlc202309090206\n- 3 -\n", encoding="utf-8")
    assert main(["outline", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "noise.txt" in err


def test_a_guessed_encoding_is_noted_on_stderr_apart_from_the_outline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes("PRESS RELEASE\nThe café’s “Open Day” – a naïve façade.\n".encode("cp1252"))
    assert main(["outline", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["encoding"] == "cp1252"
    (note,) = captured.err.splitlines()
    assert note.startswith(f"note: {path}: the encoding was guessed as cp1252;")


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Report on the Work of the Government", "No. 1 Report on the Work of the Government"),
        ("Remarks by the President", "No. 1 Remarks by the President"),
        ("在全市工作会议上的讲话", "篇1 在全市工作会议上的讲话"),
    ],
)
def test_tree_numbers_an_english_speech_without_the_chinese_counter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, named: str
) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(f"{title}\n\nWe meet today to take stock of a year of work.\n", "utf-8")
    assert main(["outline", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith(named)
