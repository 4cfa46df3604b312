"""The speeches offered by Compare With…'s chooser, kept to the words typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.storage.speech_choices import SpeechChoice
from desktop.models.speech_choices_model import SPEECH_ID, SpeechChoicesModel, choice_words

CHOICES = [
    SpeechChoice(3, "在全市Ｗｏｒｋ会议上的讲话", "2024-03-05", "李明", "讲话汇编", 2, 2),
    SpeechChoice(1, "政府工作报告", "2023", None, "政府工作报告", 1, 1),
    SpeechChoice(2, "在全市工作会议上的讲话", None, "王芳", "讲话汇编", 1, 2),
]


def _ids(model: SpeechChoicesModel) -> list[int]:
    return [model.index(row, 0).data(SPEECH_ID) for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SpeechChoicesModel()
    qtmodeltester.check(model)
    model.set_choices(CHOICES)
    qtmodeltester.check(model)
    model.set_filter_text("讲话")
    qtmodeltester.check(model)


def test_a_row_shows_its_title_over_its_number_date_speaker_and_collection() -> None:
    model = SpeechChoicesModel()
    model.set_choices(CHOICES)
    first = model.index(0, 0)
    assert first.data() == "在全市Ｗｏｒｋ会议上的讲话\nNo. 2 · 2024-03-05 · 李明 · 讲话汇编"
    # Alone in its file: no number, and the file of the same title not named again.
    assert model.index(1, 0).data() == "政府工作报告\n2023"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "在全市Ｗｏｒｋ会议上的讲话"
    assert not first.flags() & Qt.ItemFlag.ItemIsEditable


def test_typed_words_keep_the_rows_holding_each_in_any_order_width_and_case_folded() -> None:
    model = SpeechChoicesModel()
    model.set_choices(CHOICES)
    assert _ids(model) == [3, 1, 2]  # as given: newest first
    model.set_filter_text("work 李明")
    assert _ids(model) == [3]
    model.set_filter_text("汇编  全市")  # the collection's title, and the speeches' order kept
    assert _ids(model) == [3, 2]
    model.set_filter_text("王芳")
    assert _ids(model) == [2]
    model.set_filter_text("没有")
    assert _ids(model) == []
    model.set_filter_text(" ")
    assert _ids(model) == [3, 1, 2]


def test_choices_coming_after_the_typing_are_kept_to_it() -> None:
    model = SpeechChoicesModel()
    model.set_filter_text("工作报告")
    model.set_choices(CHOICES, [choice_words(choice) for choice in CHOICES])
    assert _ids(model) == [1]


def test_titles_follow_the_full_width_option_and_the_filter_finds_either_width(qtbot) -> None:
    model = SpeechChoicesModel()
    model.set_choices([SpeechChoice(4, "讲话(讨论稿)", None, None, "汇编(一)", 1, 2)])
    row = model.index(0, 0)
    with qtbot.waitSignal(model.dataChanged):
        model.set_fullwidth_punctuation(True)
    assert row.data() == "讲话（讨论稿）\nNo. 1 · 汇编（一）"
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "讲话（讨论稿）"
    for typed in ("（讨论稿）", "(讨论稿)"):
        model.set_filter_text(typed)
        assert _ids(model) == [4], typed
    model.set_fullwidth_punctuation(False)
    assert model.index(0, 0).data() == "讲话(讨论稿)\nNo. 1 · 汇编(一)"


def test_a_title_two_files_bear_names_each_file_but_a_compilation_s_repeats_do_not() -> None:
    choices = [
        SpeechChoice(1, "报告", "2023", None, "报告", 1, 1, source="/home/u/v1.txt"),
        SpeechChoice(2, "报告", "2023", None, "报告", 1, 1, source="C:\\稿\\v2.txt"),
        SpeechChoice(3, "讲话", None, None, "汇编", 1, 2, source="/home/u/汇编.txt"),
        SpeechChoice(4, "讲话", None, None, "汇编", 2, 2, source="/home/u/汇编.txt"),
    ]
    model = SpeechChoicesModel()
    model.set_choices(choices)
    texts = [model.index(row, 0).data() for row in range(4)]
    assert texts[:2] == ["报告\n2023 · Source: v1.txt", "报告\n2023 · Source: v2.txt"]
    assert texts[2:] == ["讲话\nNo. 1 · 汇编", "讲话\nNo. 2 · 汇编"]


def test_files_are_named_as_the_compare_window_names_them() -> None:
    # One title with a space after it in one file, of two files of one name in two folders:
    # no row named its file (its title was not "the same"), and had it, both read 报告.txt.
    choices = [
        SpeechChoice(1, "报告", "2024", None, "报告", 1, 1, source="/稿/2024/报告.txt"),
        SpeechChoice(2, "报告 ", "2023", None, "报告 ", 1, 1, source="/稿/2023/报告.txt"),
    ]
    model = SpeechChoicesModel()
    model.set_choices(choices)
    texts = [model.index(row, 0).data() for row in range(2)]
    assert texts == ["报告\n2024 · Source: 2024/报告.txt", "报告 \n2023 · Source: 2023/报告.txt"]
