"""House style of the Chinese UI (resources/i18n/pizhu_zh_CN.ts): the rules of Chinese
punctuation (GB/T 15834), spacing and terminology that can be checked mechanically."""

from __future__ import annotations

import re

import pytest

from tools.update_translations import messages, ts_file

CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
"""A Chinese character (the punctuation of Chinese text is checked separately)."""


def _chinese() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every Chinese translation the code uses."""
    return [
        (context, source, text)
        for (context, source), texts in messages(ts_file("zh_CN")).items()
        for text in texts
    ]


def _offending(pattern: str) -> list[tuple[str, str]]:
    """(context, translation) of every translation in which ``pattern`` is found, file
    dialog filters aside: Qt reads their half-width "(*.txt);;" itself."""
    return [
        (context, text)
        for context, source, text in _chinese()
        if re.search(pattern, text) and not re.search(r"\(\*|;;", source)
    ]


def test_chinese_text_has_full_width_punctuation() -> None:
    """，。：；？！ after a Chinese character, never , . : ; ? !"""
    assert _offending(rf"{CJK}[,.:;?!]") == []


def test_brackets_in_chinese_text_are_full_width() -> None:
    """（Shift+F3） and （标题，%1）, not (…): only a mnemonic (&K) and a file filter (*.txt)
    keeps its half-width brackets, as in Qt's own Chinese."""
    assert _offending(rf"{CJK} ?\((?!&)|\({CJK}|{CJK}\)") == []


def test_numbers_stand_apart_from_chinese_words() -> None:
    """A count is spaced from the words around it, as in 共 3 篇讲话. (An ordinal is written
    solid: see the next rule.)"""
    assert _offending(rf"{CJK}%L?n|%L?n{CJK}") == []


def test_an_ordinal_is_written_solid() -> None:
    """第5篇, 第3页, 第2/11段, as Chinese is typeset and as the exports and file names write
    it; "第 3 页" beside "第5篇" (a printed page's footer and header) read as two styles."""
    assert _offending(r"第\s+%|第%L?\d(?:/%L?\d)?\s") == []


def test_square_brackets_in_chinese_text_are_full_width() -> None:
    """（只读） as WPS and Word write it in a title, not [只读]."""
    assert _offending(rf"\[{CJK}|{CJK}\]") == []


def test_a_running_task_ends_with_a_chinese_ellipsis() -> None:
    """正在导入…… (GB/T 15834: the ellipsis of a sentence takes two), while a command that
    opens a dialog keeps the single … of a menu item: 导入(&I)…"""
    assert _offending(r"^正在.*(?<!…)…$") == []


def test_menu_items_and_buttons_end_without_a_full_stop() -> None:
    """A text with an access key (a menu item, button or check box) is no sentence."""
    assert _offending(r"[。．.]\(&.\)|\(&.\)[。．.]$|\(&.\)…?[。．.]$") == []


def test_a_label_ends_with_a_full_width_colon() -> None:
    """A form label "&Word:" reads 词语(&W)：, its colon full-width and after the key."""
    for context, source, text in _chinese():
        if source.endswith(":") and "&" in source:
            assert text.endswith("："), (context, source, text)
            assert not text.endswith(":"), (context, source, text)


AVOIDED_TERMS = {
    "窗格": "面板",  # a pane: 文库面板, 批注面板
    "笔记": "批注",  # a note (笔记软件, note-taking apps, are another thing)
    "撤消": "撤销",  # undo
    "彻底删除": "永久删除",  # delete for good
    "篇目": "讲话",  # the speeches found
    "讲话稿": "讲话",  # a speech
    "引文": "摘录",  # the passage an annotation marks
    "标注(?!时)": "批注",  # an annotation (标注时原文, the words as marked, is a verb)
}
"""Variants the Chinese UI does not use, with its one word for the same thing (more in
test_i18n.py's AVOIDED_TERMS); a key is a regular expression."""


@pytest.mark.parametrize(("avoided", "used"), AVOIDED_TERMS.items())
def test_one_word_per_concept(avoided: str, used: str) -> None:
    found = [
        (context, text)
        for context, _, text in _chinese()
        if re.search(avoided, text.replace("笔记软件", ""))
    ]
    assert found == [], f"say {used}, not {avoided}"


def test_redo_is_not_restore() -> None:
    """还原/恢复 belong to the trash and to backups; what undo took back is 重做."""
    redo = [
        text
        for context, source, text in _chinese()
        if source.lower().startswith("redo") or "redo" in source.lower().split()
    ]
    assert redo
    assert all("恢复" not in text and "还原" not in text for text in redo), redo


def test_the_trash_restores_and_a_backup_recovers() -> None:
    """还原 takes an item back out of the trash (as Windows' 回收站 does), 恢复 puts a backup
    back: the two never swap."""
    checked = 0
    for context, source, text in _chinese():
        english = source.lower()
        if "restor" not in english and "put back" not in english:
            continue
        if "backup" in english or "copy" in english:
            assert "还原" not in text, (context, source, text)
            checked += 1
        elif "trash" in english or context in ("TrashDialog", "Undo"):
            assert "恢复" not in text, (context, source, text)
            checked += 1
    assert checked >= 10
