"""Tests for desktop/core/importing/removals.py: what the cleaner removed, read for speeches."""

from __future__ import annotations

from desktop.core.imported import RemovalKind
from desktop.core.importing.clean import CleanText, Paragraph, PendingRemoval
from desktop.core.importing.removals import chrome_author, chrome_date, map_removals, within
from desktop.core.importing.split import Layout, SpeechRange

_PARAGRAPHS = [Paragraph(text) for text in ["标题一", "正文一。", "标题二", "正文二。"]]


def test_within_counts_the_paragraphs_of_one_speech_from_its_first() -> None:
    assert within([0, 1, 2, 3], SpeechRange(2, 4)) == [0, 1]
    assert within([1, 5], SpeechRange(2, 4)) == []


def test_a_removed_publication_line_dates_a_speech_but_a_sharing_sites_never() -> None:
    stamp = PendingRemoval(RemovalKind.WEB_CHROME, "发布时间：2024-12-20 08:15", 1, 0, True)
    clean = CleanText(_PARAGRAPHS, [stamp])
    assert chrome_date(clean, 0, 1) == "2024-12-20"
    assert chrome_date(clean, 2, 3) is None  # another speech's head
    # a document-sharing site's date is its upload's, maybe years after the speech
    uploaded = PendingRemoval(RemovalKind.WEB_CHROME, "上传时间：2024-12-20", 1, 0, True)
    assert chrome_date(CleanText(_PARAGRAPHS, [uploaded]), 0, 1) is None


def test_each_removal_is_placed_in_the_speech_it_sat_in() -> None:
    layout = Layout([SpeechRange(0, 2), SpeechRange(2, 4)], None)
    removals = [
        PendingRemoval(RemovalKind.PAGE_MARKER, "— 1 —", 1, 2),
        PendingRemoval(RemovalKind.PAGE_MARKER, "— 2 —", 3, 0),
    ]
    offsets = [0, 4, 9, 13, 18]
    placed = map_removals(CleanText(_PARAGRAPHS, removals), layout, offsets)
    assert [(r.speech, r.position) for r in placed] == [(1, 6), (2, 4)]


def test_a_removed_byline_stamped_with_its_time_names_the_author_an_account_s_none() -> None:
    def author(text: str) -> tuple[str | None, str] | None:
        stamp = PendingRemoval(RemovalKind.WEB_CHROME, text, 0, 0, True)
        return chrome_author(CleanText(_PARAGRAPHS, [stamp]), SpeechRange(0, 2), 1)

    assert author("王建国 2024年3月6日 08:30") == (None, "王建国")
    assert author("市委书记 王建国 2024-03-06 08:30") == ("市委书记", "王建国")
    assert author("来源：某某网  作者：王建国") == (None, "王建国")
    assert author("原创 某某发布 2024-03-06 08:30") is None  # a post's account
    assert author("来源：某某网 2024-03-06 08:30") is None
