"""A person's name alone on a line."""

from __future__ import annotations

import pytest

from desktop.core.importing.names import bare_name, bare_names, glued_names, names_alone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王小明", "王小明"),
        ("李  强", "李强"),
        ("张　三", "张三"),
        ("欧阳小明", "欧阳小明"),
        ("司马光", "司马光"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert bare_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "前言",
        "党课",
        "全文",
        "王小明同志",
        "王",
        "市长 王小明",
        "Wang Xiaoming",
        "王小明：",
        "总结",
    ],
)
def test_not_names(text: str) -> None:
    assert bare_name(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [("陈某某 段某某", ["陈某某", "段某某"]), ("张三、李四、王五", ["张三", "李四", "王五"])],
)
def test_several_names(text: str, names: list[str]) -> None:
    assert bare_names(text) == names


@pytest.mark.parametrize("text", ["王小明", "陈某某 推进改革", "坚定信心 真抓实干"])
def test_not_several_names(text: str) -> None:
    assert bare_names(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("陈某某段某某", ["陈某某", "段某某"]),
        ("张三李四", ["张三", "李四"]),
        ("欧阳小明王五", ["欧阳小明", "王五"]),
        ("王小明李华张三丰", ["王小明", "李华", "张三丰"]),
    ],
)
def test_names_run_together(text: str, names: list[str]) -> None:
    assert glued_names(text) == names


# one name, words, a name glued to words, and a line cut into names more than one way
@pytest.mark.parametrize("text", ["陈某某", "推进改革", "高考作文", "王小明推进改革", "王小明李"])
def test_not_names_run_together(text: str) -> None:
    assert glued_names(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("王  明", ["王明"]),
        ("陈某某 段某某", ["陈某某", "段某某"]),
        ("张三、李四", ["张三", "李四"]),
        ("北京大学", None),
        ("王小明 北京大学", None),
    ],
)
def test_names_alone(text: str, names: list[str] | None) -> None:
    """One name alone, else several: a line holding anything else gives None."""
    assert names_alone(text) == names
