"""``trend`` on the command line: rows per year or speaker, JSON, CSV, a collection, errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.cli import trend_command
from tests.cli.query_trace import trace_statements
from tests.cli.run_cli import run_cli
from tests.core.storage.trend_library import TERM, make_gap_library, make_trend_library


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, int, int]:
    """The trend library's path and its two collections' ids."""
    path = tmp_path / "lib" / "library.sqlite"
    library, first, second = make_trend_library(path)
    library.close()
    return path, first, second


def test_tab_separated_rows_per_year_by_default(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, int, int]
) -> None:
    path, _first, _second = built
    status, out, err = run_cli(capsys, "trend", TERM, "--library", str(path))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "2018\t3\t2\t2",
        "2019\t0\t0\t1",
        "2020\t3\t1\t1",
        "undated\t1\t1\t3",  # the compilation's two speeches are undated too
    ]


def test_json_by_speaker_in_one_collection(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, int, int]
) -> None:
    path, first, _second = built
    argv = ["trend", TERM, "--by", "speaker", "--collection", str(first), "--json"]
    status, out, err = run_cli(capsys, *argv, "--library", str(path))
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert report["by"] == "speaker"
    assert report["collection"] == first
    assert (report["occurrences"], report["speeches"]) == (7, 4)
    assert report["rows"] == [
        {"speaker": "李明", "occurrences": 5, "speeches": 2, "all_speeches": 2},
        {"speaker": "王芳", "occurrences": 1, "speeches": 1, "all_speeches": 2},
        {"speaker": None, "occurrences": 1, "speeches": 1, "all_speeches": 1},
    ]


def test_csv_writes_the_table(
    capsys: pytest.CaptureFixture[str], built: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, _first, _second = built
    target = tmp_path / "trend.csv"
    status, out, _err = run_cli(capsys, "trend", TERM, "--csv", str(target), "--library", str(path))
    assert status == 0
    assert out == f"4 rows written to {target}\n"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel and WPS
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["year", "occurrences", "speeches", "all_speeches"]
    assert rows[-1] == ["undated", "1", "1", "3"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(['"unbalanced'], "quotation"), ([TERM, "--collection", "999"], "999")],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    built: tuple[Path, int, int],
    argv: list[str],
    message: str,
) -> None:
    status, out, err = run_cli(capsys, "trend", *argv, "--library", str(built[0]))
    assert (status, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_a_collection_is_counted_from_its_speeches_ids_alone(
    capsys: pytest.CaptureFixture[str],
    built: tuple[Path, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the speeches' full records count each one's notes and read its length: ids are enough
    path, first, _second = built
    statements = trace_statements(monkeypatch, trend_command)
    argv = ["trend", TERM, "--collection", str(first), "--library", str(path)]
    status, _out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    assert statements
    assert not [s for s in statements if "note_count" in s or "text_length" in s]


def test_a_year_with_no_speeches_is_listed_and_marked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "gap" / "library.sqlite"
    make_gap_library(path).close()
    status, out, err = run_cli(capsys, "trend", TERM, "--library", str(path))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "2015\t1\t1\t1",
        "2016\t2\t1\t1",
        "2017\t\t\t0",  # no speech of 2017: nothing counted, not 0 of 0
        "2018\t3\t1\t1",
        "undated\t0\t0\t1",
    ]
    status, out, err = run_cli(capsys, "trend", TERM, "--json", "--library", str(path))
    assert (status, err) == (0, "")
    rows = json.loads(out)["rows"]
    assert rows[2] == {
        "year": "2017",
        "occurrences": None,
        "speeches": None,
        "all_speeches": 0,
        "no_speeches": True,
    }
    assert rows[1] == {
        "year": "2016",
        "occurrences": 2,
        "speeches": 1,
        "all_speeches": 1,
        "no_speeches": False,
    }
    target = tmp_path / "gap.csv"
    status, out, _err = run_cli(capsys, "trend", TERM, "--csv", str(target), "--library", str(path))
    assert status == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[3] == ["2017", "", "", "0"]
