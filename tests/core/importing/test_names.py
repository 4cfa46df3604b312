"""A person's name alone on a line."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.names import (
    bare_name,
    bare_names,
    glued_names,
    names_alone,
)
from desktop.resources import resource_path


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王小明", "王小明"),
        ("李  强", "李强"),
        ("张　三", "张三"),
        ("欧阳小明", "欧阳小明"),
        ("司马光", "司马光"),
        ("王建国", "王建国"),
        ("欧阳修", "欧阳修"),
        # names jieba's dictionary holds (刘翔, 李娜: tagged a person's, with a given name)
        ("刘翔", "刘翔"),
        ("李娜", "李娜"),
        ("朱德", "朱德"),
        ("毛泽东", "毛泽东"),
        ("张伟", "张伟"),
        # leaders' names, which the words jieba tags a person's but that are words first
        # (黄金周, 黎明) must not take with them
        ("王毅", "王毅"),
        ("李强", "李强"),
        ("习近平", "习近平"),
        ("周恩来", "周恩来"),
        ("温家宝", "温家宝"),
        ("汪洋", None),  # a word first (a vast sea): a name only where said to be one
    ],
)
def test_names(text: str, name: str | None) -> None:
    assert bare_name(text) == name


# words a surname opens, as the brief's sweep found them, then others nobody listed: jieba's
# words tagged other than a person's, words it tags a person's (文明, 张贴, 杜绝), places
@pytest.mark.parametrize(
    "word",
    [
        *["文明", "黄河", "高考", "关于", "文件", "高新区", "安全", "方向", "程序", "张贴"],
        *["高质量", "龙头", "金融", "江山", "常委", "于是", "向前", "钱款", "孔子"],
        *["周期", "林业", "马上", "常识", "温度", "石油", "杜绝", "荣获", "阳光", "顾问"],
        *["东方网", "万元", "王牌", "华容县", "高  考"],
        # words jieba tags a person's: standing in longer words (黎明前, 田野调查), or their
        # surname and next character a word that opens many (黄金, 许可, 王府)
        *["范文", "黎明", "田野", "梅花", "周转", "关怀"],
        *["王府井", "黄金周", "许可证", "安全性"],
    ],
)
def test_words_a_surname_opens_are_no_names(word: str) -> None:
    assert bare_name(word) is None


def test_a_name_that_is_also_a_word_is_one_only_where_it_is_said_to_be() -> None:
    # 高峰 (peak) is a word first alone on a line; after a label or a role it is a name
    assert (bare_name("高峰"), bare_name("高峰", said=True)) == (None, "高峰")
    assert names_alone("高峰 文明", said=True) == ["高峰", "文明"]
    assert names_alone("高峰 文明") is None
    assert bare_name("推进改革", said=True) is None


def test_a_word_alone_is_a_name_where_the_line_says_one_stands_there() -> None:
    # 黎明 under a speech's title over its date is its speaker; 黄金周 over a date at the top,
    # where a copy sets a byline but also a headline, is no one's name
    body = "同志们：\n今天我们召开会议，部署工作。\n一、总体情况\n今年以来，工作稳中有进。"
    title = "在全市文旅工作会议上的讲话"
    under = import_bytes(f"{title}\n黎明\n2024年10月8日\n{body}".encode(), "a.txt")
    top = import_bytes(f"黄金周\n2024年10月8日\n{title}\n{body}".encode(), "b.txt")
    assert (under.speeches[0].speaker, top.speeches[0].speaker) == ("黎明", None)
    assert top.speeches[0].title == title


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


# one name, words, a name glued to words, and a line cut into names more than one way; a name
# glued to a word a surname opens (张三文明: 文明 is no name)
@pytest.mark.parametrize(
    "text", ["陈某某", "推进改革", "高考作文", "王小明推进改革", "王小明李", "张三文明", "安全金融"]
)
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


def test_the_word_list_is_what_its_script_makes_from_jieba_s_dictionary() -> None:
    # resources/dict/common_words.txt is made, never edited: a jieba upgrade shows here
    from tools.make_common_words import common_words

    path = resource_path("dict", "common_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#")] == common_words()[0]
