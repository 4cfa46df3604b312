"""An English speech's head: its title line, the speaker's name under it, its salutation."""

from __future__ import annotations

import textwrap

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.latin_head import (
    _TITLE_CHARS_MAX,
    is_latin_role,
    is_latin_salutation,
    is_latin_title,
)
from tests.core.importing.outline_checks import check_document

_BODY = (
    "On behalf of the State Council, I will now report to you on the work of the government "
    "for your deliberation and approval. I also ask members of the National Committee for "
    "their comments."
)


def _wrapped(*paragraphs: str) -> str:
    """Paragraphs hard-wrapped at 72 columns, a blank line between them."""
    return "\n\n".join(textwrap.fill(p, 72) for p in paragraphs) + "\n"


def test_an_english_speech_s_first_line_and_speaker_open_its_head() -> None:
    text = _wrapped(
        "Report on the Work of the Government",
        "Li Qiang",
        "Fellow Deputies,",
        _BODY,
        "I. Review of Our Work in 2023",
        "Last year marked the beginning of our efforts to fully implement the principles.",
    )
    document = import_bytes(text.encode(), "en_report.txt")
    (speech,) = document.speeches
    assert speech.title == "Report on the Work of the Government"
    assert speech.speaker == "Li Qiang"
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked == [
        (SpanKind.TITLE, "Report on the Work of the Government"),
        (SpanKind.SPEAKER, "Li Qiang"),
        (SpanKind.SALUTATION, "Fellow Deputies,"),
    ]
    assert [node.label for node in speech.outline] == ["I. Review of Our Work in 2023"]
    check_document(document)


def test_a_name_not_over_a_salutation_stays_body() -> None:
    text = _wrapped("Report on the Work of the Government", "Li Qiang", _BODY)
    (speech,) = import_bytes(text.encode(), "en_report.txt").speeches
    assert [span.kind for span in speech.spans] == [SpanKind.TITLE]
    assert speech.speaker is None


def test_an_english_text_opening_with_a_sentence_has_no_title_span() -> None:
    text = _wrapped(_BODY, "I. Review of Our Work in 2023", _BODY)
    (speech,) = import_bytes(text.encode(), "en_report.txt").speeches
    assert speech.spans == []


def test_latin_title_and_salutation_lines() -> None:
    assert is_latin_title("Report on the Work of the Government")
    assert not is_latin_title("I. Review of Our Work in 2023")  # numbered: a heading
    assert not is_latin_title("We will keep prices stable.")
    assert not is_latin_title("Fellow Deputies,")
    assert not is_latin_title("政府工作报告 Report")
    assert is_latin_salutation("Ladies and gentlemen:")
    assert not is_latin_salutation("On behalf of the State Council, I will now report to you,")


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("Martin Luther King, Jr.", "Martin Luther King, Jr."),
        ("H.E. Mr. António Guterres", "António Guterres"),
        ("Dr. Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
        ("John F. Kennedy", "John F. Kennedy"),
        ("M. K. Gandhi", "M. K. Gandhi"),  # an initial, not Monsieur
        ("Jean-Claude Juncker", "Jean-Claude Juncker"),
    ],
)
@pytest.mark.parametrize("under", ["Mr. President,", "Ladies and gentlemen:", "21 September 2023"])
def test_a_long_english_name_under_the_title_is_the_speaker(
    line: str, speaker: str, under: str
) -> None:
    text = _wrapped("Address to the General Assembly", line, under, _BODY, _BODY)
    (speech,) = import_bytes(text.encode(), "en_address.txt").speeches
    assert speech.speaker == speaker
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked[:2] == [
        (SpanKind.TITLE, "Address to the General Assembly"),
        (SpanKind.SPEAKER, line),
    ]
    check_document(document=import_bytes(text.encode(), "en_address.txt"))


@pytest.mark.parametrize(
    "line",
    [
        "United Nations General Assembly",  # the venue, not a person
        "World Economic Forum Annual Meeting",
        "Fellow Deputies,",
        "von der Leyen",  # a name opens with a name
    ],
)
def test_an_institution_or_a_salutation_under_the_title_is_no_speaker(line: str) -> None:
    text = _wrapped("Address by the Secretary-General", line, "21 September 2023", _BODY)
    (speech,) = import_bytes(text.encode(), "en_address.txt").speeches
    assert speech.speaker is None


def test_a_speaker_and_a_day_under_the_title_both_open_the_head() -> None:
    text = _wrapped(
        "State of the Union Address",
        "Ursula von der Leyen",
        "Strasbourg, 13 September 2023",
        "Madam President, Honourable Members,",
        _BODY,
    )
    (speech,) = import_bytes(text.encode(), "en_address.txt").speeches
    assert (speech.speaker, speech.date) == ("Ursula von der Leyen", "2023-09-13")
    assert [span.kind for span in speech.spans] == [
        SpanKind.TITLE,
        SpanKind.SPEAKER,
        SpanKind.DATE,
        SpanKind.SALUTATION,
    ]


@pytest.mark.parametrize(
    "role",
    ["Premier of the State Council", "Secretary-General of the United Nations", "Vice President"],
)
def test_the_speaker_s_role_under_the_name_is_read(role: str) -> None:
    text = _wrapped(
        "Report on the Work of the Government", "Li Qiang", role, "Fellow Deputies,", _BODY
    )
    (speech,) = import_bytes(text.encode(), "en_report.txt").speeches
    assert (speech.speaker, speech.role) == ("Li Qiang", role)
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked[1:] == [
        (SpanKind.SPEAKER, "Li Qiang"),
        (SpanKind.SPEAKER, role),
        (SpanKind.SALUTATION, "Fellow Deputies,"),
    ]


@pytest.mark.parametrize("line", ["Our Work in the Past Year", "Premier", "The President said so."])
def test_a_line_naming_no_office_is_no_role(line: str) -> None:
    assert not is_latin_role(line)


@pytest.mark.parametrize("dash", ["– ", "— ", "--"])
def test_a_dashed_subtitle_under_an_english_title_is_its_subtitle(dash: str) -> None:
    # an en dash (English typesetting) or an em dash leads the subtitle, as —— a Chinese one
    text = _wrapped(
        "Building a Shared Future",
        f"{dash}Keynote Speech at the Opening Ceremony of the Forum",
        "Wang Yi",
        "March 5, 2024",
        "Ladies and gentlemen,",
        _BODY,
    )
    document = import_bytes(text.encode(), "en_keynote.txt")
    (speech,) = document.speeches
    assert speech.title == "Building a Shared Future"
    assert (speech.speaker, speech.date) == ("Wang Yi", "2024-03-05")
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert marked[:3] == [
        (SpanKind.TITLE, "Building a Shared Future"),
        (SpanKind.SUBTITLE, f"{dash}Keynote Speech at the Opening Ceremony of the Forum"),
        (SpanKind.SPEAKER, "Wang Yi"),
    ]
    check_document(document)


@pytest.mark.parametrize(("pad", "title"), [(0, True), (1, False)])
def test_a_latin_title_is_read_up_to_its_longest_and_no_further(pad: int, title: bool) -> None:
    # is_latin_title skips a longer line before counting its words: the same length as before
    line = "Remarks at the Opening of the Forum on Trade"
    assert is_latin_title(line.ljust(_TITLE_CHARS_MAX + pad)) is title
    assert not is_latin_title(line.lower())  # a title opens with a capital
