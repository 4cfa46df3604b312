"""Renaming and deleting a tag across the whole library (Edit ▸ Manage Tags…, ``tags``).

A tag is one row of ``tags`` linked to annotations through ``annotation_tags``, each link at its
place among the annotation's tags. Renaming changes the row's name or, when another tag already
has the new name, moves the links over to that tag: the two merge, and an annotation that held
both keeps one, where the first of the two was. Deleting drops the row and its links;
the annotations stay. Both reach annotations in the trash too, so one restored later carries
the tag under its present name (or not at all) instead of bringing the old one back. Every
annotation changed has its ``modified`` stamped, as ``AnnotationStore.set_tags`` does. The
callers run these inside one transaction.
"""

from __future__ import annotations

import sqlite3

from desktop.core.annotation import Annotation, utc_now
from desktop.core.errors import LibraryError
from desktop.core.storage import rows
from desktop.core.storage.annotation_values import TAG_SEPARATORS


def tag_name(text: str) -> str:
    """``text`` as a tag's name, trimmed and with inner whitespace collapsed (``normalise_tags``).

    LibraryError ``invalid`` for a name that is empty or holds a separator (``TAG_SEPARATORS``),
    which the line of tags would split into two.
    """
    name = " ".join(text.split())
    if not name:
        raise LibraryError("a tag needs a name", code="invalid")
    if any(separator in name for separator in TAG_SEPARATORS):
        raise LibraryError(
            f"the tag name {name!r} holds a separator ({' '.join(TAG_SEPARATORS)})",
            code="invalid",
        )
    return name


def rename_tag(conn: sqlite3.Connection, old: str, new: str) -> int:
    """Give tag ``old`` the name ``new`` on every annotation; return how many changed.

    A name another tag has already merges the two. Only the spelling of ``old`` changing
    (case) renames it in place; the very same name changes nothing.
    """
    tag_id, current = _existing(conn, old)
    name = tag_name(new)
    if name == current:
        return 0
    changed = _touch_tagged(conn, tag_id)
    target = _find(conn, name)
    if target is None or target[0] == tag_id:
        conn.execute("UPDATE tags SET name = ? WHERE id = ?", (name, tag_id))
        return changed
    _merge_links(conn, tag_id, target[0])
    _drop(conn, tag_id)
    return changed


def delete_tag(conn: sqlite3.Connection, tag: str) -> int:
    """Take tag ``tag`` off every annotation (they stay); return how many changed."""
    tag_id, _name = _existing(conn, tag)
    changed = _touch_tagged(conn, tag_id)
    _drop(conn, tag_id)
    return changed


def tagged(conn: sqlite3.Connection, tag: str) -> list[Annotation]:
    """Every annotation (trashed too) carrying ``tag``, by id; none for an unknown tag.

    One query, however many there are: Manage Tags reads them before each rename or deletion.
    """
    found = conn.execute(
        rows.ANNOTATION_SELECT + " WHERE a.id IN (SELECT at.annotation_id FROM annotation_tags at"
        " JOIN tags t ON t.id = at.tag_id WHERE t.name = ?) ORDER BY a.id",
        (_spelled(tag),),
    )
    return [rows.annotation(row) for row in found]


def tagged_ids(conn: sqlite3.Connection, tag: str) -> list[str]:
    """The ids of every annotation (trashed too) carrying ``tag``; none for an unknown tag."""
    found = conn.execute(
        "SELECT at.annotation_id FROM annotation_tags at JOIN tags t ON t.id = at.tag_id"
        " WHERE t.name = ?",
        (_spelled(tag),),
    )
    return [annotation_id for (annotation_id,) in found]


def _find(conn: sqlite3.Connection, name: str) -> tuple[int, str] | None:
    """The tag of that name; ``tags.name`` compares without (ASCII) case, as it is unique."""
    found = conn.execute("SELECT id, name FROM tags WHERE name = ?", (_spelled(name),)).fetchone()
    return (found[0], found[1]) if found is not None else None


def _spelled(name: str) -> str:
    """A tag's name as stored: inner whitespace collapsed (the column ignores ASCII case)."""
    return " ".join(name.split())


def _existing(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    found = _find(conn, name)
    if found is None:
        raise LibraryError(f"there is no tag {name!r}", code="not-found")
    return found


def _touch_tagged(conn: sqlite3.Connection, tag_id: int) -> int:
    cursor = conn.execute(
        "UPDATE annotations SET modified = ?"
        " WHERE id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id = ?)",
        (utc_now(), tag_id),
    )
    return cursor.rowcount


def _merge_links(conn: sqlite3.Connection, old_id: int, target_id: int) -> None:
    """Move tag ``old_id``'s links to ``target_id``, each keeping its place among the tags.

    An annotation holding both keeps one link, at the place of whichever of the two came first.
    """
    both = conn.execute(
        "SELECT merged.annotation_id, merged.position FROM annotation_tags merged"
        " JOIN annotation_tags kept ON kept.annotation_id = merged.annotation_id"
        " AND kept.tag_id = ? WHERE merged.tag_id = ? AND merged.position < kept.position",
        (target_id, old_id),
    ).fetchall()
    # Lone links take the new tag in place; those of annotations holding both go, and the
    # kept link moves to the freed place where the old tag came first.
    conn.execute(
        "UPDATE annotation_tags SET tag_id = ? WHERE tag_id = ? AND annotation_id NOT IN"
        " (SELECT annotation_id FROM annotation_tags WHERE tag_id = ?)",
        (target_id, old_id, target_id),
    )
    conn.execute("DELETE FROM annotation_tags WHERE tag_id = ?", (old_id,))
    conn.executemany(
        "UPDATE annotation_tags SET position = ? WHERE annotation_id = ? AND tag_id = ?",
        ((position, annotation_id, target_id) for annotation_id, position in both),
    )


def _drop(conn: sqlite3.Connection, tag_id: int) -> None:
    conn.execute("DELETE FROM annotation_tags WHERE tag_id = ?", (tag_id,))
    conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
