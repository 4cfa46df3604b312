"""Splitting where each speech opens with a head of its own, in either script: its title over
its date, or an English title over its speaker's or date line and a salutation."""

from __future__ import annotations

import textwrap

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.latin_head import is_latin_sentence
from tests.core.importing.outline_checks import check_document

_EN_BODY = (
    "It is a great pleasure to meet so many friends here today. Over the past year we have "
    "worked hard together, and we have much to show for it."
)
_ZH_BODY = "今天我们在这里欢聚一堂，共迎新春佳节。过去一年，我们取得了很大成绩。"


def _text(*paragraphs: str, wrap: bool = False, blank: bool = True) -> bytes:
    lines = [textwrap.fill(p, 72) if wrap else p for p in paragraphs]
    return ("\n\n" if blank else "\n").join(lines).encode() + b"\n"


def _heads(data: bytes) -> list[tuple[str, str | None, str | None, str]]:
    document = import_bytes(data, "speeches.txt")
    check_document(document)
    return [
        (speech.title, speech.speaker, speech.date, speech.text.split("\n")[0])
        for speech in document.speeches
    ]


@pytest.mark.parametrize(("wrap", "blank"), [(False, True), (True, True), (True, False)])
def test_english_speeches_headed_by_title_speaker_and_salutation_split(
    wrap: bool, blank: bool
) -> None:
    data = _text(
        "Speech at the Spring Festival Reception",
        "Li Qiang",
        "Ladies and gentlemen,",
        _EN_BODY,
        "Thank you.",
        "Remarks at the Closing Ceremony of the Forum",
        "Wang Yi",
        "Dear friends,",
        _EN_BODY,
        "Address to the Graduating Class",
        "January 5, 2024",
        "Comrades:",
        _EN_BODY,
        wrap=wrap,
        blank=blank,
    )
    heads = _heads(data)
    assert [(title, speaker, date) for title, speaker, date, _first in heads] == [
        ("Speech at the Spring Festival Reception", "Li Qiang", None),
        ("Remarks at the Closing Ceremony of the Forum", "Wang Yi", None),
        ("Address to the Graduating Class", None, "2024-01-05"),
    ]
    assert all(title == first for title, _speaker, _date, first in heads)  # nothing run in


def test_a_speech_without_a_date_among_dated_ones_is_not_run_into_the_one_before() -> None:
    data = _text(
        "Selected Speeches on Opening Up",
        "Building an Open World Economy",
        "Xi Jinping",
        "Beijing, 5 November 2023",
        "Ladies and gentlemen,",
        _EN_BODY,
        "Keynote Speech at the Opening Ceremony",
        "H.E. Mr. António Guterres",
        "Comrades:",
        _EN_BODY,
        "Toast at the Welcoming Banquet",
        "Ursula von der Leyen",
        "March 3, 2024",
        "Dear friends,",
        _EN_BODY,
    )
    heads = _heads(data)
    assert [(title, speaker, date) for title, speaker, date, _first in heads] == [
        ("Building an Open World Economy", "Xi Jinping", "2023-11-05"),
        ("Keynote Speech at the Opening Ceremony", "António Guterres", None),
        ("Toast at the Welcoming Banquet", "Ursula von der Leyen", "2024-03-03"),
    ]


def test_english_translations_in_a_chinese_collection_are_speeches_of_their_own() -> None:
    data = _text(
        "在春节团拜会上的讲话",
        "李强",
        "2024年2月8日",
        "同志们：",
        _ZH_BODY,
        "Speech at the Spring Festival Reception",
        "Li Qiang",
        "February 8, 2024",
        "Comrades:",
        _EN_BODY,
        "在论坛闭幕式上的致辞",
        "王毅",
        "2024年3月1日",
        "各位来宾：",
        _ZH_BODY,
        "Remarks at the Closing Ceremony of the Forum",
        "Wang Yi",
        "March 1, 2024",
        "Ladies and gentlemen,",
        _EN_BODY,
    )
    document = import_bytes(data, "speeches.txt")
    check_document(document)
    assert [(s.title, s.speaker, s.date) for s in document.speeches] == [
        ("在春节团拜会上的讲话", "李强", "2024-02-08"),
        ("Speech at the Spring Festival Reception", "Li Qiang", "2024-02-08"),
        ("在论坛闭幕式上的致辞", "王毅", "2024-03-01"),
        ("Remarks at the Closing Ceremony of the Forum", "Wang Yi", "2024-03-01"),
    ]
    english = document.speeches[3]
    marked = [(span.kind, english.text[span.start : span.end]) for span in english.spans]
    assert marked == [
        (SpanKind.TITLE, "Remarks at the Closing Ceremony of the Forum"),
        (SpanKind.SPEAKER, "Wang Yi"),
        (SpanKind.DATE, "March 1, 2024"),
        (SpanKind.SALUTATION, "Ladies and gentlemen,"),
    ]


def test_english_heads_set_in_capitals_split_at_their_titles() -> None:
    """A name in capitals (LI QIANG) under a title is its speaker: the speech was split at the
    name, and the title left at the end of the speech before."""
    data = _text(
        "SPEECH AT THE SPRING FESTIVAL RECEPTION",
        "LI QIANG",
        "February 8, 2024",
        "Ladies and gentlemen,",
        _EN_BODY,
        "REMARKS AT THE CLOSING CEREMONY OF THE FORUM",
        "URSULA VON DER LEYEN",
        "Dear friends,",
        _EN_BODY,
    )
    assert [(title, speaker, date) for title, speaker, date, _first in _heads(data)] == [
        ("SPEECH AT THE SPRING FESTIVAL RECEPTION", "LI QIANG", "2024-02-08"),
        ("REMARKS AT THE CLOSING CEREMONY OF THE FORUM", "URSULA VON DER LEYEN", None),
    ]


def test_the_speaker_s_role_under_the_name_is_part_of_the_head() -> None:
    data = _text(
        "REPORT ON THE WORK OF THE GOVERNMENT",
        "Li Qiang",
        "Premier of the State Council",
        "March 5, 2024",
        "Fellow Deputies,",
        _EN_BODY,
        "Speech at the Opening Ceremony of the Forum",
        "Wang Yi",
        "Minister of Foreign Affairs",
        "Dear friends,",
        _EN_BODY,
    )
    document = import_bytes(data, "speeches.txt")
    check_document(document)
    assert [s.title for s in document.speeches] == [
        "REPORT ON THE WORK OF THE GOVERNMENT",
        "Speech at the Opening Ceremony of the Forum",
    ]
    assert [(s.role, s.speaker, s.date) for s in document.speeches] == [
        ("Premier of the State Council", "Li Qiang", "2024-03-05"),
        ("Minister of Foreign Affairs", "Wang Yi", None),
    ]


def test_a_chinese_title_over_its_subtitle_and_date_opens_its_speech() -> None:
    """Title and subtitle both stood over the date: the speech began at its subtitle and its
    title ended the speech before."""
    data = _text(
        "奋力开创高质量发展新局面",
        "——在全市经济工作会议上的讲话",
        "2024年1月5日",
        _ZH_BODY,
        "坚定信心真抓实干",
        "——在全市干部大会上的讲话",
        "2024年2月5日",
        _ZH_BODY,
    )
    document = import_bytes(data, "speeches.txt")
    check_document(document)
    assert [s.text.split("\n")[0] for s in document.speeches] == [
        "奋力开创高质量发展新局面",
        "坚定信心真抓实干",
    ]
    assert [s.date for s in document.speeches] == ["2024-01-05", "2024-02-05"]


def test_one_english_speech_with_unnumbered_headings_stays_whole() -> None:
    data = _text(
        "Report on the Work of the Government",
        "Li Qiang",
        "Fellow Deputies,",
        _EN_BODY,
        "Our Work in the Past Year",
        _EN_BODY,
        "Thank you",
        "Dear friends,",
        _EN_BODY,
    )
    assert len(_heads(data)) == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("We will keep working hard.", True),
        ("Thank you.", False),  # may close a speech, or stand as a line of its own
        ("Growth was 5.2", False),
        ("我们要继续努力。", False),  # Chinese: ends_sentence reads it
    ],
)
def test_latin_sentence(line: str, expected: bool) -> None:
    assert is_latin_sentence(line) is expected


def test_each_speech_opens_at_its_headline_over_an_undashed_occasion_line() -> None:
    data = _text(
        "凝心聚力谋发展 实干担当开新局",
        "在全市经济工作会议上的讲话",
        "2024年12月20日",
        "同志们：",
        _ZH_BODY,
        "守牢底线保平安 担当作为促发展",
        "在全市安全生产工作会议上的讲话",
        "2025年1月8日",
        "同志们：",
        _ZH_BODY,
        blank=False,
    )
    document = import_bytes(data, "speeches.txt")
    check_document(document)
    assert [(s.title, s.date) for s in document.speeches] == [
        ("凝心聚力谋发展 实干担当开新局", "2024-12-20"),
        ("守牢底线保平安 担当作为促发展", "2025-01-08"),
    ]
    assert document.speeches[0].text.endswith(_ZH_BODY)  # not with the next one's headline


def test_each_speech_opens_at_its_title_over_its_speakers_name_and_day_on_one_line() -> None:
    data = _text(
        "在全市经济工作会议上的讲话",
        "王建国 2024年12月20日",
        "同志们：",
        _ZH_BODY,
        "在全市安全生产工作会议上的讲话",
        "市长 李明　2025年1月8日",
        "同志们：",
        _ZH_BODY,
        blank=False,
    )
    document = import_bytes(data, "speeches.txt")
    check_document(document)
    assert [(s.title, s.role, s.speaker, s.date) for s in document.speeches] == [
        ("在全市经济工作会议上的讲话", None, "王建国", "2024-12-20"),
        ("在全市安全生产工作会议上的讲话", "市长", "李明", "2025-01-08"),
    ]


@pytest.mark.parametrize("dash", ["– ", "— "])
def test_english_speeches_with_dashed_subtitles_split(dash: str) -> None:
    data = _text(
        "Building a Shared Future",
        f"{dash}Keynote Speech at the Opening Ceremony of the Forum",
        "Wang Yi",
        "Ladies and gentlemen,",
        _EN_BODY,
        "Working Together for Green Development",
        f"{dash}Remarks at the Closing Session of the Summit",
        "Li Qiang",
        "Dear colleagues,",
        _EN_BODY,
        blank=False,
    )
    assert _heads(data) == [
        ("Building a Shared Future", "Wang Yi", None, "Building a Shared Future"),
        (
            "Working Together for Green Development",
            "Li Qiang",
            None,
            "Working Together for Green Development",
        ),
    ]


_POSTS = [
    ("2024年3月6日", "在全市经济工作会议上的讲话", "同志们："),
    ("2024年4月12日", "在全市安全生产工作会议上的讲话", "同志们："),
    ("2024年5月20日", "凝心聚力谋发展 实干担当开新局", "各位代表："),
]
_POST_DAYS = ["2024-03-06", "2024-04-12", "2024-05-20"]


@pytest.mark.parametrize("top", [[], ["王建国文稿选编"]])
@pytest.mark.parametrize("name", ["王建国", "市委书记 王建国"])
@pytest.mark.parametrize("one_line", [False, True])
def test_a_collection_of_one_speaker_s_posts_splits_at_each_dated_byline_over_a_title(
    top: list[str], name: str, one_line: bool
) -> None:
    # a collection of one speaker's posts, each opening with the name over the day (or on
    # its line) over the title, as a copy of the account's page gives them
    lines = list(top)
    for day, title, salutation in _POSTS:
        lines += [f"{name} {day}"] if one_line else [name, day]
        lines += [title, salutation, _ZH_BODY, "一、总体情况", _ZH_BODY]
    document = import_bytes(_text(*lines, blank=False), "posts.txt")
    check_document(document)
    role = "市委书记" if " " in name else None
    assert [(s.title, s.role, s.speaker, s.date) for s in document.speeches] == [
        (title, role, "王建国", iso) for (_, title, _), iso in zip(_POSTS, _POST_DAYS, strict=True)
    ]
    assert all(s.text.startswith(name.split()[0]) for s in document.speeches)
    assert all([n.label for n in s.outline] == ["一、总体情况"] for s in document.speeches)


def test_speeches_signed_off_with_a_name_and_day_over_the_next_title_do_not_split_there() -> None:
    # the name and day close the speech above: read as the next one's byline, each sign-off
    # would open the wrong speech, so a dated byline splits only from the top of the file
    lines = []
    for day, title, salutation in _POSTS:
        lines += [title, salutation, _ZH_BODY, "王建国", day]
    document = import_bytes(_text(*lines, blank=False), "signed.txt")
    assert not any(s.text.startswith("王建国") for s in document.speeches)
