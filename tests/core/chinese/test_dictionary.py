"""Dictionary files: parsing, the user's own file, the stop words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.chinese.dictionary import (
    USER_DICTIONARY_HEADER,
    Entry,
    Problem,
    ensure_user_dictionary,
    parse_line,
    read_dictionary,
    stop_words,
)


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("效能革命", Entry("效能革命")),
        ("  并联审批 2000 vn  ", Entry("并联审批", 2000, "vn")),
        ("放管服 j", Entry("放管服", None, "j")),
        ("中国梦 0", Entry("中国梦", 0)),
        ("", None),
        ("# 注释", None),
        ("两个 词 12x", None),
    ],
)
def test_parse_line(line: str, entry: Entry | None) -> None:
    assert parse_line(line) == entry


def test_problems_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "dict.txt"
    path.write_text("\ufeff# 标题\n\n效能革命 3 nz\n坏 的 行 x\n", encoding="utf-8")
    entries, problems = read_dictionary(path)
    assert entries == [Entry("效能革命", 3, "nz")]
    assert problems == [Problem(path, 4, "坏 的 行 x")]


def test_an_unreadable_file_is_one_problem(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    entries, [problem] = read_dictionary(missing)
    assert entries == []
    assert (problem.path, problem.line) == (missing, 0)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\xd8\x00")
    assert read_dictionary(binary)[1][0].text == "not UTF-8 or GB18030 text"


def test_the_users_dictionary_is_created_once(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "userdict.txt"
    assert ensure_user_dictionary(path) == path
    assert path.read_text(encoding="utf-8") == USER_DICTIONARY_HEADER
    assert read_dictionary(path) == ([], [])  # the header is all comments
    path.write_text("双报到\n", encoding="utf-8")
    ensure_user_dictionary(path)
    assert path.read_text(encoding="utf-8") == "双报到\n"


def test_stop_words_are_function_words() -> None:
    words = stop_words()
    assert {"的", "我们", "同志们", "一是", "进一步"} <= words
    assert not any(word.startswith("#") for word in words)
    assert "效能革命" not in words
