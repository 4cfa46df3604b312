"""Renaming, merging and deleting tags across the library (tag_edits via AnnotationStore)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from desktop.core.annotation import Annotation
from desktop.core.errors import LibraryError
from desktop.core.storage.library import Library
from desktop.core.storage.tag_edits import tag_name


def _tagged(library: Library, *tag_sets: tuple[str, ...]) -> list[Annotation]:
    """One highlight per set of tags, on the first speech, ten characters apart."""
    speech_id = library.store.speeches(1)[0].id
    return [
        library.annotations.create(speech_id, start=10 * i, end=10 * i + 5, tags=tags)
        for i, tags in enumerate(tag_sets)
    ]


def _tags(library: Library, annotation: Annotation) -> tuple[str, ...]:
    return library.annotations.get(annotation.id).tags


def test_rename_changes_the_tag_on_every_annotation_and_stamps_them(library: Library) -> None:
    first, second, other = _tagged(library, ("金句", "开头"), ("金句",), ("结构",))
    assert library.annotations.rename_tag("金句", "好句") == 2
    assert _tags(library, first) == ("好句", "开头")
    assert _tags(library, second) == ("好句",)
    assert library.annotations.get(first.id).modified > first.modified
    assert library.annotations.get(other.id) == other  # untouched, not even stamped
    assert library.annotations.tag_counts() == {"好句": 2, "开头": 1, "结构": 1}


def test_renaming_to_an_existing_tag_merges_them(library: Library) -> None:
    both, old_only, new_only = _tagged(library, ("金句", "提法"), ("金句",), ("提法",))
    assert library.annotations.rename_tag("金句", " 提法 ") == 2
    assert _tags(library, both) == ("提法",)  # held both: keeps one
    assert _tags(library, old_only) == ("提法",)
    assert library.annotations.get(new_only.id) == new_only
    assert library.annotations.tag_counts() == {"提法": 3}


def test_a_change_of_case_renames_in_place_and_the_same_name_changes_nothing(
    library: Library,
) -> None:
    (tagged,) = _tagged(library, ("draft",))
    assert library.annotations.rename_tag("DRAFT", "Draft") == 1
    assert _tags(library, tagged) == ("Draft",)
    stamped = library.annotations.get(tagged.id)
    assert library.annotations.rename_tag("Draft", "  Draft ") == 0
    assert library.annotations.get(tagged.id) == stamped


def test_delete_takes_the_tag_off_and_keeps_the_annotations(library: Library) -> None:
    first, second = _tagged(library, ("金句", "开头"), ("金句",))
    assert library.annotations.delete_tag("金句") == 2
    assert _tags(library, first) == ("开头",)
    assert _tags(library, second) == ()
    assert len(library.annotations.annotations()) == 2
    assert library.annotations.tag_counts() == {"开头": 1}
    assert library.annotations.get(second.id).modified > second.modified


def test_trashed_annotations_follow_so_a_restore_is_consistent(library: Library) -> None:
    live, trashed = _tagged(library, ("金句",), ("金句", "开头"))
    library.annotations.delete(trashed.id)
    assert library.annotations.tag_counts() == {"金句": 1, "开头": 0}
    assert library.annotations.rename_tag("金句", "好句") == 2
    assert library.annotations.restore(trashed.id).tags == ("好句", "开头")
    assert library.annotations.tag_counts() == {"好句": 2, "开头": 1}
    library.annotations.delete(trashed.id)
    assert library.annotations.delete_tag("开头") == 1
    assert library.annotations.restore(trashed.id).tags == ("好句",)
    assert [a.id for a in library.annotations.tagged("好句")] == sorted([live.id, trashed.id])


def test_tagged_reads_every_annotation_in_one_query(library: Library) -> None:
    made = _tagged(library, ("金句",), ("金句", "开头"), ("开头",), (" 金句 ",))
    library.annotations.delete(made[1].id)
    expected = sorted((library.annotations.get(a.id) for a in made if "金句" in a.tags), key=id_of)
    statements: list[str] = []
    library.db._conn.set_trace_callback(statements.append)
    found = library.annotations.tagged("  金句")
    library.db._conn.set_trace_callback(None)
    assert found == expected  # the trashed one too, tags and all
    assert len([s for s in statements if s.startswith("SELECT")]) == 1
    assert library.annotations.tagged("没有") == []


def test_find_many_reads_the_ids_that_exist_in_one_query(library: Library) -> None:
    first, second = _tagged(library, ("金句",), ())
    library.annotations.delete(second.id)
    statements: list[str] = []
    library.db._conn.set_trace_callback(statements.append)
    found = library.annotations.find_many([second.id, "no-such-id", first.id])
    library.db._conn.set_trace_callback(None)
    assert found == {a.id: library.annotations.get(a.id) for a in (first, second)}
    assert len([s for s in statements if s.startswith("SELECT")]) == 1
    assert library.annotations.find_many([]) == {}


def id_of(annotation: Annotation) -> str:
    """What ``tagged`` orders by."""
    return annotation.id


def test_tag_counts_count_annotations_not_in_the_trash(library: Library) -> None:
    _tagged(library, ("金句",), ("金句", "结构"), ("结构",))
    trashed = _tagged(library, ("金句",))[0]
    library.annotations.delete(trashed.id)
    assert library.annotations.tag_counts() == {"结构": 2, "金句": 2}


def _change(library: Library, change: str) -> Callable[[str], int]:
    """The change under test, taking the tag to change."""
    changes: dict[str, Callable[[str], int]] = {
        "rename": lambda tag: library.annotations.rename_tag(tag, "好句"),
        "merge": lambda tag: library.annotations.rename_tag(tag, "提法"),
        "delete": library.annotations.delete_tag,
    }
    return changes[change]


@pytest.mark.parametrize("change", ["rename", "delete"])
def test_an_unknown_tag_is_not_found_and_nothing_changes(library: Library, change: str) -> None:
    (tagged,) = _tagged(library, ("金句",))
    with pytest.raises(LibraryError, match="no tag '结构'") as raised:
        _change(library, change)("结构")
    assert raised.value.code == "not-found"
    assert library.annotations.get(tagged.id) == tagged


@pytest.mark.parametrize("bad", ["", "   ", "金句，开头", "a,b", "甲、乙", "x;y", "x；y"])
def test_an_empty_or_splittable_name_is_refused(library: Library, bad: str) -> None:
    (tagged,) = _tagged(library, ("金句",))
    with pytest.raises(LibraryError) as raised:
        library.annotations.rename_tag("金句", bad)
    assert raised.value.code == "invalid"
    assert library.annotations.get(tagged.id) == tagged


def test_tag_name_trims_and_collapses_whitespace() -> None:
    assert tag_name("  有效  表达 ") == "有效 表达"


@pytest.mark.parametrize("change", ["rename", "merge", "delete"])
def test_a_failure_midway_changes_nothing(library: Library, change: str) -> None:
    made = _tagged(library, ("金句", "提法"), ("金句",), ("提法",))
    counts = library.annotations.tag_counts()
    with library.db.transaction() as conn:
        # The last statement of each change fails, after the stamps and links were written.
        conn.execute(
            "CREATE TEMP TRIGGER fail_rename BEFORE UPDATE OF name ON tags"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
        conn.execute(
            "CREATE TEMP TRIGGER fail_drop BEFORE DELETE ON tags"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    with pytest.raises(sqlite3.IntegrityError, match="disk I/O error"):
        _change(library, change)("金句")
    assert [library.annotations.get(a.id) for a in made] == made
    assert library.annotations.tag_counts() == counts


def test_a_renamed_tag_keeps_its_place_among_the_tags(library: Library) -> None:
    (tagged,) = _tagged(library, ("重点", "金句", "引用"))
    library.annotations.rename_tag("金句", "好句")
    assert _tags(library, tagged) == ("重点", "好句", "引用")


def test_a_merged_tag_takes_the_place_of_the_first_of_the_two(library: Library) -> None:
    old_first, new_first, old_only = _tagged(
        library, ("引用", "金句", "重点", "提法"), ("提法", "重点", "金句"), ("重点", "金句")
    )
    assert library.annotations.rename_tag("金句", "提法") == 3
    assert _tags(library, old_first) == ("引用", "提法", "重点")
    assert _tags(library, new_first) == ("提法", "重点")
    assert _tags(library, old_only) == ("重点", "提法")
    # The places left free by the merge do not disturb the next edits.
    assert library.annotations.add_tag(old_first.id, "开头").tags == (
        "引用",
        "提法",
        "重点",
        "开头",
    )
    assert library.annotations.set_tags(new_first.id, ["重点", "提法"]).tags == ("重点", "提法")


def test_a_deleted_tag_leaves_the_others_in_their_order(library: Library) -> None:
    (tagged,) = _tagged(library, ("重点", "金句", "引用"))
    library.annotations.delete_tag("金句")
    assert _tags(library, tagged) == ("重点", "引用")
    assert library.annotations.add_tag(tagged.id, "金句").tags == ("重点", "引用", "金句")


@pytest.mark.parametrize("change", ["rename", "merge", "delete"])
def test_putting_back_the_annotations_a_change_took_restores_their_order(
    library: Library, change: str
) -> None:
    """How Manage Tags' undo works: each annotation ``put`` back as ``tagged`` read it."""
    made = _tagged(library, ("重点", "金句", "提法"), ("提法", "金句"), ("金句", "引用"))
    before = library.annotations.tagged("金句")
    _change(library, change)("金句")
    for annotation in before:
        library.annotations.put(annotation)
    assert [library.annotations.get(a.id) for a in made] == made
    assert [a.tags for a in made] == [("重点", "金句", "提法"), ("提法", "金句"), ("金句", "引用")]
