"""``search`` on the command line: every hit, JSON shape, scopes, notes, bad queries."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.cli import search_command
from desktop.core.storage.library import open_library
from desktop.core.storage.search_index import parse_query
from tests.cli.query_trace import trace_statements
from tests.cli.run_cli import run_cli
from tests.core.storage.search_helpers import scan


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A library holding the sample collection."""
    path = tmp_path / "lib" / "library.sqlite"
    open_library(path).close()
    return path


def _texts(library_path: Path) -> dict[int, str]:
    with open_library(library_path) as library:
        return {
            speech.id: library.store.speech_text(speech.id)
            for collection in library.store.collections()
            for speech in library.store.speeches(collection.id)
        }


@pytest.mark.parametrize("query", ["效能革命", "，", "市委 市政府", "效能 -革命", '"效能 革命"'])
def test_json_lists_every_hit(
    capsys: pytest.CaptureFixture[str], library_path: Path, query: str
) -> None:
    status, out, err = run_cli(capsys, "search", query, "--json", "--library", str(library_path))
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {"query", "titles", "hits"}
    assert report["query"] == query
    texts = _texts(library_path)
    expected = scan(texts, parse_query(query))
    assert [(hit["speech"], hit["start"], hit["end"]) for hit in report["hits"]] == [
        (speech, start, end) for speech, start, end, _ in expected
    ]
    for hit in report["hits"]:
        assert set(hit) == {"speech", "start", "end", "section", "snippet"}
        assert hit["snippet"].count(" | ") == 2


def test_limit_and_speech_scope(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    texts = _texts(library_path)
    speech = max(texts, key=lambda speech_id: texts[speech_id].count("效能"))
    argv = [
        "search",
        "效能",
        "--speech",
        str(speech),
        "--limit",
        "2",
        "--library",
        str(library_path),
    ]
    status, out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    # The sample's speech holds 效能 in its title too, which its text opens without (篇N).
    lines = [line for line in out.splitlines() if not line.startswith(f"{speech}:title  ")]
    assert len(lines) == 3
    assert all(line.startswith(f"{speech}:") for line in lines[:2])
    assert lines[2].startswith(f"2 of {texts[speech].count('效能')} hits")


def test_notes(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    with open_library(library_path) as library:
        speech = library.store.speeches(library.store.collections()[0].id)[0]
        annotation = library.annotations.create(speech.id, "speech-note", note="笔记 zqxnote")
    argv = ["search", "ZQXNOTE", "--notes", "--json", "--library", str(library_path)]
    status, out, _ = run_cli(capsys, *argv)
    assert status == 0
    [hit] = json.loads(out)["hits"]
    assert (hit["speech"], hit["annotation"], hit["start"]) == (speech.id, annotation.id, 3)
    status, out, _ = run_cli(capsys, "search", "zqxnote", "--json", "--library", str(library_path))
    assert json.loads(out)["hits"] == []


@pytest.mark.parametrize(
    ("query", "message"),
    [('"效能', "never closed"), ("-效能", "not only -exclusions"), ("  ", "empty")],
)
def test_a_bad_query_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], library_path: Path, query: str, message: str
) -> None:
    # "--" lets a query start with a minus sign.
    status, out, err = run_cli(capsys, "search", "--library", str(library_path), "--", query)
    assert status == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_a_negative_limit_is_refused(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    status, _, err = run_cli(
        capsys, "search", "的", "--limit", "-1", "--library", str(library_path)
    )
    assert status == 2
    assert "--limit" in err


@pytest.mark.parametrize(
    ("argv", "words"),
    [(["--width", "-5"], "--width"), (["--speech", "999"], "no speech with id 999")],
)
def test_a_bad_option_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], library_path: Path, argv: list[str], words: str
) -> None:
    status, out, err = run_cli(capsys, "search", "效能", *argv, "--library", str(library_path))
    assert (status, out) == (2, "")
    assert words in err
    assert len(err.strip().splitlines()) == 1


def test_collections_in_the_trash_are_not_searched(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    argv = ["search", "效能革命", "--json", "--library", str(library_path)]
    status, out, _ = run_cli(capsys, *argv)
    assert status == 0
    speech = json.loads(out)["hits"][0]["speech"]
    assert json.loads(out)["hits"]
    with open_library(library_path) as library:
        library.store.trash_collection(library.store.collections()[0].id)
    status, out, _ = run_cli(capsys, *argv)
    assert (status, json.loads(out)["hits"]) == (0, [])
    status, out, _ = run_cli(capsys, *argv, "--speech", str(speech))
    assert json.loads(out)["hits"], "a speech named on the command line is searched"


def test_search_written_as_csv(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    target = library_path.parent / "hits.csv"
    argv = ["search", "效能革命", "--width", "4", "--csv", str(target)]
    status, out, err = run_cli(capsys, *argv, "--library", str(library_path))
    expected = scan(_texts(library_path), parse_query("效能革命"))
    _, report, _ = run_cli(capsys, "search", "效能革命", "--json", "--library", str(library_path))
    titles = [title["speech"] for title in json.loads(report)["titles"]]
    assert (status, err) == (0, "")
    assert out.strip() == f"{len(titles) + len(expected)} rows written to {target}"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    # The speeches found by their titles (篇N, as the search panel lists them) come first.
    assert [(int(r["speech_id"]), r["start"], r["where"]) for r in rows[: len(titles)]] == [
        (speech_id, "", "title") for speech_id in titles
    ]
    assert [(int(r["speech_id"]), int(r["start"]), r["where"]) for r in rows[len(titles) :]] == [
        (speech_id, start, "text") for speech_id, start, _end, _term in expected
    ]
    assert {r["hit"] for r in rows} == {"效能革命"}
    assert all(r["speech"] for r in rows)
    # Each row names its speech's collection, date and speaker, as the library holds them.
    with open_library(library_path, create=False, daily_backup=False) as library:
        store = library.store
        held = {
            s.id: (c.title, s.date or "", s.speaker or "")
            for c in store.collections()
            for s in store.speeches(c.id)
        }
    assert [(r["collection"], r["date"], r["speaker"]) for r in rows] == [
        held[int(r["speech_id"])] for r in rows
    ]
    assert any(r["speaker"] for r in rows)


def test_a_title_no_line_of_its_text_shows_is_found_by_its_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = "同志们：\n营商环境就是生产力，我们要抓落实。"
    source = tmp_path / "汇编.txt"
    source.write_text(
        "讲话汇编\n\n在全市经济工作会议上的讲话 篇1\n\n同志们：\n今年的工作很重。"
        f"\n\n在全市优化营商环境大会上的讲话 篇2\n\n{body}",
        encoding="utf-8",
    )
    library = ["--library", str(tmp_path / "library.sqlite")]
    assert run_cli(capsys, "import", str(source), *library)[0] == 0
    status, out, err = run_cli(capsys, "search", "优化营商", *library)
    assert (status, err) == (0, "")
    (line, summary) = out.splitlines()
    speech_id = int(line.split(":")[0])
    assert line == f"{speech_id}:title  在全市优化营商环境大会上的讲话"
    assert summary == "0 hits, 1 title"
    status, out, _ = run_cli(capsys, "search", "营商", "--json", *library)
    report = json.loads(out)
    assert report["titles"] == [{"speech": speech_id, "title": "在全市优化营商环境大会上的讲话"}]
    assert [(hit["speech"], hit["start"]) for hit in report["hits"]] == [(speech_id, 5)]
    status, out, _ = run_cli(capsys, "search", "优化营商", "--notes", *library)
    assert out.splitlines() == ["0 hits"]


def test_a_latin_term_is_found_at_word_starts_and_titles_go_into_the_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "bilingual.txt"
    source.write_text(
        "讲话汇编\n\n在全球Economy论坛上的讲话 篇1\n\n同志们：\n"
        "Second, the economy grows; the party's art.\n\n"
        "在经济工作会议上的讲话 篇2\n\n同志们：\n经济工作要抓实。",
        encoding="utf-8",
    )
    library = ["--library", str(tmp_path / "library.sqlite")]
    assert run_cli(capsys, "import", str(source), *library)[0] == 0
    status, out, _ = run_cli(capsys, "search", "econ", "--json", *library)
    report = json.loads(out)
    assert [hit["snippet"].split("|")[1].strip() for hit in report["hits"]] == ["econ"]
    assert [title["title"] for title in report["titles"]] == ["在全球Economy论坛上的讲话"]
    assert run_cli(capsys, "search", "art", *library)[1].splitlines()[-1] == "1 hit"
    target = tmp_path / "econ.csv"
    assert run_cli(capsys, "search", "econ", "--csv", str(target), *library)[0] == 0
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["where"], r["hit"]) for r in rows] == [("title", "Econ"), ("text", "econ")]


def test_a_csv_of_many_speeches_asks_for_their_cells_at_once(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a query per speech (and one per collection) was the CSV's cost in a library of many
    target = library_path.parent / "hits.csv"
    statements = trace_statements(monkeypatch, search_command)
    argv = ["search", "，", "--csv", str(target), "--library", str(library_path)]
    assert run_cli(capsys, *argv)[:3:2] == (0, "")
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len({row["speech_id"] for row in rows}) == 7
    assert all(row["collection"] for row in rows)
    by_id = [s for s in statements if s.startswith("SELECT") and "WHERE s.id = " in s]
    on_collections = [s for s in statements if s.startswith("SELECT") and "collections c" in s]
    assert by_id == []
    assert len(on_collections) <= 2  # the trash's look-up, and the cells'
