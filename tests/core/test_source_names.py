"""Tests for desktop/core/source_names.py: speeches of one title told apart by their files, by
one rule for the compare chooser, the compare window and the exports."""

from __future__ import annotations

from desktop.core.source_names import same_title, shared_title_names, side_names, telling_names


def test_a_file_is_named_by_its_name_alone_when_that_tells_it_apart() -> None:
    sources = ["/home/秘书/v1.txt", "D:\\稿\\v2.txt", None]
    assert telling_names(sources) == ["v1.txt", "v2.txt", ""]


def test_files_of_one_name_are_named_by_as_many_folders_as_tell_them_apart() -> None:
    sources = ["/稿/2023/报告.docx", "/稿/2024/报告.docx", "/稿/通知.docx", "/稿/2023/报告.docx"]
    named = ["2023/报告.docx", "2024/报告.docx", "通知.docx", "2023/报告.docx"]
    assert telling_names(sources) == named, "a file listed twice is one file"
    assert telling_names(["D:\\甲\\稿\\v.txt", "D:\\乙\\稿\\v.txt"]) == [
        "甲\\稿\\v.txt",
        "乙\\稿\\v.txt",
    ]


def test_files_apart_only_by_their_drive_or_root_are_named_whole() -> None:
    assert telling_names(["C:\\v.txt", "D:\\v.txt"]) == ["C:\\v.txt", "D:\\v.txt"]
    assert telling_names(["v.txt", "/a/v.txt"]) == ["v.txt", "a/v.txt"]


def test_a_url_is_named_whole() -> None:
    urls = ["https://www.gov.cn/a/报告.html", "https://www.gov.cn/b/报告.html"]
    assert telling_names(urls) == urls


def test_titles_are_one_without_the_blanks_at_their_ends() -> None:
    assert same_title("政府工作报告 ", "政府工作报告")
    assert not same_title("政府工作报告", "政府 工作报告")


def test_two_sides_are_named_when_they_bear_one_title_from_two_files() -> None:
    assert side_names(("报告", "报告 "), ("/a/v.txt", "/b/v.txt")) == ("a/v.txt", "b/v.txt")
    assert side_names(("报告", "另一个"), ("/a/v.txt", "/b/v.txt")) == ("", "")
    assert side_names(("讲话", "讲话"), ("/汇编.txt", "/汇编.txt")) == ("", ""), "one file"


def test_the_choosers_rows_are_named_by_the_same_rule_within_each_title() -> None:
    names = shared_title_names(
        [
            ("报告", "/2023/v.txt"),
            ("报告 ", "/2024/v.txt"),  # one title, a space after it
            ("讲话", "/汇编.txt"),  # a compilation's repeated title: its numbers tell
            ("讲话", "/汇编.txt"),
            ("通知", "/2023/v.txt"),
        ]
    )
    assert names == {("报告", "/2023/v.txt"): "2023/v.txt", ("报告", "/2024/v.txt"): "2024/v.txt"}
