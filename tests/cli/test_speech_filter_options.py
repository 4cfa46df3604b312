"""``search`` and ``trend`` kept to some years and speakers: --years, --undated, --speaker,
--no-speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.run_cli import run_cli
from tests.core.storage.trend_library import TERM, make_trend_library


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """The trend library: 2018 (李明, 王芳), 2019 (王芳), 2020 (李明), one undated by nobody,
    and a compilation of two (undated, nobody), the second with the term in its title alone."""
    where = tmp_path / "lib" / "library.sqlite"
    library, _first, _second = make_trend_library(where)
    library.close()
    return where


def _speeches(capsys: pytest.CaptureFixture[str], path: Path, *options: str) -> list[int]:
    """The speeches whose texts ``search --json`` finds the term in."""
    argv = ["search", TERM, "--json", *options, "--library", str(path)]
    status, out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    return sorted({hit["speech"] for hit in json.loads(out)["hits"]})


@pytest.mark.parametrize(
    ("options", "speeches"),
    [
        ((), [1, 2, 4, 5]),
        (("--years", "2018"), [1, 2]),
        (("--years", "2018-2019"), [1, 2]),
        (("--years", "2019-"), [4]),
        (("--years", "-2018"), [1, 2]),
        (("--years=-2019",), [1, 2]),
        (("--years", "2018–2020"), [1, 2, 4]),  # an en dash, as a range is written
        (("--years", "2019-2018"), [1, 2]),  # backwards: taken in order, as the panel does
        (("--undated",), [5]),
        (("--years", "2020", "--undated"), [4, 5]),
        (("--speaker", "李明"), [1, 4]),
        (("--speaker", "李明", "--speaker", "王芳"), [1, 2, 4]),
        (("--speaker", "李明、王芳"), [1, 2, 4]),  # on one line, as the panel takes them
        (("--speaker", " 王芳 ，李明；"), [1, 2, 4]),
        (("--speaker", "王芳", "--speaker", "李明,王芳"), [1, 2, 4]),
        (("--no-speaker",), [5]),
        (("--speaker", "王芳", "--years", "2018"), [2]),
    ],
)
def test_search_keeps_to_the_years_and_speakers_asked_for(
    capsys: pytest.CaptureFixture[str], path: Path, options: tuple[str, ...], speeches: list[int]
) -> None:
    assert _speeches(capsys, path, *options) == speeches


def test_the_summary_titles_and_json_say_what_was_kept(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    status, out, _err = run_cli(capsys, "search", TERM, "--undated", "--library", str(path))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("7:title")  # the compilation's speech is undated too
    assert lines[-1] == "1 hit, 1 title"
    status, out, _err = run_cli(capsys, "search", TERM, "--years", "2018", "--library", str(path))
    assert out.splitlines()[-1] == "3 hits"  # no title: the compilation has no year
    argv = ["search", TERM, "--json", "--speaker", "李明", "--years", "2018-", "--library"]
    report = json.loads(run_cli(capsys, *argv, str(path))[1])
    assert report["filter"] == {
        "from_year": 2018,
        "to_year": None,
        "undated": False,
        "speakers": ["李明"],
        "no_speaker": False,
    }
    report = json.loads(run_cli(capsys, "search", TERM, "--json", "--library", str(path))[1])
    assert "filter" not in report  # an unfiltered report is as it was


@pytest.mark.parametrize("command", ["search", "trend"])
def test_years_typed_backwards_are_taken_in_order(
    capsys: pytest.CaptureFixture[str], path: Path, command: str
) -> None:
    argv = [command, TERM, "--json", "--years", "2021-2018", "--library", str(path)]
    status, out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    assert json.loads(out)["filter"]["from_year"] == 2018
    assert json.loads(out)["filter"]["to_year"] == 2021


def test_trend_counts_keep_to_them_too(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    argv = ["trend", TERM, "--years", "2018-2019", "--library", str(path)]
    status, out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    assert out.splitlines() == ["2018\t3\t2\t2", "2019\t0\t0\t1"]
    argv = ["trend", TERM, "--by", "speaker", "--no-speaker", "--json", "--library", str(path)]
    report = json.loads(run_cli(capsys, *argv)[1])
    assert report["rows"] == [{"speaker": None, "occurrences": 1, "speeches": 1, "all_speeches": 3}]
    assert report["filter"]["no_speaker"] is True


@pytest.mark.parametrize("command", ["search", "trend"])
@pytest.mark.parametrize(
    ("years", "words"),
    [
        ("twenty", "is not a year or a range of years"),
        ("20182019", "is not a year or a range of years"),
        ("-", "is not a year or a range of years"),
        ("0", "a year goes from 1 to 9999"),
    ],
)
def test_a_bad_range_of_years_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], path: Path, command: str, years: str, words: str
) -> None:
    status, out, err = run_cli(capsys, command, TERM, f"--years={years}", "--library", str(path))
    assert (status, out) == (2, "")
    assert "--years" in err
    assert words in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["search", "trend"])
def test_the_help_shows_how_to_write_years_and_speakers(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    status, out, _err = run_cli(capsys, command, "--help")
    assert status == 0
    for words in ("--years RANGE", "2018-2021", "--undated", "--speaker NAME", "--no-speaker"):
        assert words in out


@pytest.mark.parametrize("blank", [" ", "、", " , ；"])
def test_a_blank_speaker_is_refused(
    capsys: pytest.CaptureFixture[str], path: Path, blank: str
) -> None:
    status, out, err = run_cli(capsys, "search", TERM, "--speaker", blank, "--library", str(path))
    assert (status, out) == (2, "")
    assert "a speaker's name cannot be empty" in err


@pytest.mark.parametrize("command", ["search", "trend"])
def test_speakers_on_one_line_are_each_kept_and_reported(
    capsys: pytest.CaptureFixture[str], path: Path, command: str
) -> None:
    """The panel parts "李明、王芳" typed in its speaker box into two names: so does the CLI
    (it looked for one speaker called "李明、王芳" and found nothing)."""
    argv = [command, TERM, "--json", "--speaker", "李明、王芳", "--library", str(path)]
    status, out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    assert json.loads(out)["filter"]["speakers"] == ["李明", "王芳"]


@pytest.mark.parametrize("command", ["search", "trend"])
def test_a_speaker_no_speech_names_is_told_of_with_the_names_like_it(
    capsys: pytest.CaptureFixture[str], path: Path, command: str
) -> None:
    # Part of a name (the panel would complete it) found nothing, and said nothing of why.
    argv = [command, TERM, "--speaker", "李", "--speaker", "王芳", "--library", str(path)]
    status, out, err = run_cli(capsys, *argv)
    assert status == 0
    assert err == "--speaker 李: no speech names this speaker (the library has 李明)\n"
    assert out  # still searched, for 王芳
    status, _out, err = run_cli(capsys, command, TERM, "--speaker", "张三", "--library", str(path))
    assert (status, err) == (0, "--speaker 张三: no speech names this speaker\n")
