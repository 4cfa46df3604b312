"""A headline's wrappers around a speech's title go; its other words stay."""

from __future__ import annotations

import pytest

from desktop.core.importing.headline_wrappers import unwrapped_headline

TITLE = "在全市干部大会上的讲话"


@pytest.mark.parametrize(
    ("headline", "speaker", "named"),
    [
        ("重磅！在全市干部大会上的讲话", None, TITLE),
        ("【独家】在全市干部大会上的讲话（附全文）", None, TITLE),
        ("快讯：在全市干部大会上的讲话", None, TITLE),
        ("王某某：在全市干部大会上的讲话", "王某某", "王某某：在全市干部大会上的讲话"),
        ("习近平在全市干部大会上的讲话", None, "习近平在全市干部大会上的讲话"),
        ("在全市干部大会上的讲话汇编", None, "在全市干部大会上的讲话汇编"),
        ("学习笔记｜在全市干部大会上的讲话丨视频（图文）", None, TITLE),
        ("奋力开创高质量发展新局面", None, "奋力开创高质量发展新局面"),
    ],
)
def test_only_the_wrappers_go(headline: str, speaker: str | None, named: str) -> None:
    assert unwrapped_headline(headline, TITLE, speaker) == named
