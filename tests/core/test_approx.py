"""Bit-parallel edit distance and approximate search, checked against the textbook DP."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.approx import edit_distance, search, similarity

# A small alphabet makes repeats, near-matches and ties common, where bugs hide.
_TEXT = st.text(alphabet="ab的是，\n", max_size=24)
_PATTERN = st.text(alphabet="ab的是，\n", min_size=1, max_size=10)


def _levenshtein(first: str, second: str) -> int:
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, 1):
        current = [row]
        for column, other in enumerate(second, 1):
            current.append(
                min(previous[column] + 1, current[-1] + 1, previous[column - 1] + (char != other))
            )
        previous = current
    return previous[-1]


def _best_ending_at(text: str, pattern: str, end: int) -> int:
    return min(_levenshtein(pattern, text[start:end]) for start in range(end + 1))


@given(_TEXT, _TEXT)
def test_edit_distance_is_levenshtein(first: str, second: str) -> None:
    assert edit_distance(first, second) == _levenshtein(first, second)


def test_edit_distance_of_long_chinese_strings() -> None:
    # Longer than a machine word: the bit vectors must grow.
    first = "坚持以人民为中心的发展思想" * 12
    second = first[:70] + "始终" + first[73:]
    assert edit_distance(first, second) == _levenshtein(first, second) == 3


def test_similarity_bounds() -> None:
    assert similarity("", "") == 1.0
    assert similarity("效能革命", "效能革命") == 1.0
    assert similarity("效能革命", "") == 0.0
    assert similarity("效能革命", "效能建设") == 0.5


@given(_TEXT, _PATTERN, st.integers(min_value=0, max_value=3))
def test_search_matches_are_exact_about_their_errors(text: str, pattern: str, k: int) -> None:
    for match in search(text, pattern, k):
        assert match.errors <= k
        assert _levenshtein(pattern, text[match.start : match.end]) == match.errors
        assert _best_ending_at(text, pattern, match.end) == match.errors


@given(_TEXT, _PATTERN, st.integers(min_value=0, max_value=3))
def test_search_reports_one_best_match_per_region(text: str, pattern: str, k: int) -> None:
    best = {end: _best_ending_at(text, pattern, end) for end in range(1, len(text) + 1)}
    regions: list[list[int]] = []  # maximal runs of ends within the budget
    for end in range(1, len(text) + 1):
        if best[end] <= k:
            if regions and regions[-1][-1] == end - 1:
                regions[-1].append(end)
            else:
                regions.append([end])
    matches = search(text, pattern, k)
    assert len(matches) == len(regions)
    for match, region in zip(matches, regions, strict=True):
        assert match.end in region
        assert match.errors == min(best[end] for end in region)


def test_search_finds_an_edited_phrase_inside_chinese_text() -> None:
    text = "各级领导干部要加强思想政治教育，提高认识。"
    matches = search(text, "要加强思想教育", 2)
    assert [(m.start, m.end, m.errors) for m in matches] == [(6, 11, 2), (6, 15, 2)]
    assert text[6:15] == "要加强思想政治教育"  # the one context scoring will prefer


def test_search_within_bounds_only() -> None:
    text = "效能革命……效能革命"
    matches = search(text, "效能革命", 0, start=3)
    assert [(match.start, match.end) for match in matches] == [(6, 10)]
