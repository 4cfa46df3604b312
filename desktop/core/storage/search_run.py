"""Running a query: its scope, the documents it may match, each term's hits, one ordered result.

search_engine finds each term's positions in the index; this module narrows the documents first
(several terms must share one, an excluded term rules one out, a scope limits them), merges the
terms' hits into hit order, sets note hits apart and builds the SearchResult.
"""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Collection
from itertools import chain, repeat
from operator import add, mul

from desktop.core.storage.search_engine import (
    DocFilter,
    GramIndex,
    scope_filter,
    term_positions,
)
from desktop.core.storage.search_query import Query, parse_query
from desktop.core.storage.search_result import (
    HitCodec,
    HitList,
    NoteDoc,
    SearchResult,
    SectionLookup,
    TextLoader,
)
from desktop.core.storage.search_titles import TitleHit, title_hits
from desktop.core.storage.search_word_starts import keep_word_starts
from desktop.core.storage.search_words import starts_with_latin
from desktop.core.storage.speech_filter import SpeechFilter, filtered_speech_ids

# Hits of several terms up to this many are merged in one sort, more a document at a time.
_MERGE_AT_ONCE = 1 << 20


def search(
    conn: sqlite3.Connection,
    query: Query | str,
    *,
    text_loader: TextLoader,
    speech_ids: Collection[int] | None = None,
    notes_only: bool = False,
    limit: int | None = None,
    section_lookup: SectionLookup | None = None,
    speech_filter: SpeechFilter | None = None,
) -> SearchResult:
    """Every hit of the query in speech texts and notes, in order; at most ``limit`` of them.

    ``text_loader(speech_id)`` returns a speech's canonical text; it is called only for snippets.
    ``section_lookup(speech_id, offset)`` gives the section path shown with a hit (storage's
    outline); without it sections are empty. Speeches whose title stands apart from their text
    and holds the query come as ``title_hits`` (not when searching notes only).
    ``speech_filter`` keeps ``speech_ids`` (None: every speech) to some years and speakers:
    their texts, their notes and their titles alone are searched, and counted.
    """
    if isinstance(query, str):
        query = parse_query(query)
    speech_ids = filtered_speech_ids(conn, speech_filter, speech_ids)
    index = GramIndex(conn, _offset_bits(conn))
    docs = _documents(index, query, scope_filter(conn, speech_ids, notes_only))
    shift = index.scale.bit_length() - 1
    per_term = [_positions(index, term, docs) for term in query.terms]
    if len(per_term) > 1 and any(map(starts_with_latin, query.terms)):
        per_term = _in_every_term(per_term, shift)
    codes = _merge(per_term, shift)
    codec = HitCodec(shift=shift, terms=query.terms)
    first_text = bisect_left(codes, 0)
    note_codes, text_codes = codes[:first_text], codes[first_text:]
    notes = _note_docs(conn, {codec.unpack(code)[0] for code in note_codes})
    note_codes = _by_speech(note_codes, codec, notes)
    if limit is not None:
        text_codes = text_codes[:limit]
        note_codes = note_codes[: max(0, limit - len(text_codes))]
    return SearchResult(
        query,
        hits=HitList(text_codes, codec),
        note_hits=HitList(note_codes, codec, notes),
        totals=(len(codes) - first_text, first_text),
        text_loader=text_loader,
        section_lookup=section_lookup,
        title_hits=[] if notes_only else _title_hits(index, query, speech_ids),
    )


def _title_hits(
    index: GramIndex, query: Query, speech_ids: Collection[int] | None
) -> list[TitleHit]:
    """The speeches whose title apart holds the query, less those whose text an excluded
    term rules out (as it rules out their text's hits)."""
    found = title_hits(index.conn, query, speech_ids)
    if not found or not query.excluded:
        return found
    excluded: set[int] = set()
    for term in query.excluded:
        excluded |= _term_documents(index, term, DocFilter(sign=1))
    return [hit for hit in found if hit.speech_id not in excluded]


def _positions(index: GramIndex, term: str, docs: DocFilter) -> array:
    """The codes of a term's hits where it may match (search_words: a Latin term at word starts)."""
    codes = term_positions(index, term, docs)
    if not codes or not starts_with_latin(term):
        return codes
    return keep_word_starts(index, codes, term)


def _term_documents(index: GramIndex, term: str, scope: DocFilter) -> set[int]:
    """The documents (of the scope's sign) holding the term where it may match."""
    if not starts_with_latin(term):
        return index.documents(term, scope.sign)
    shift = index.scale.bit_length() - 1
    return {code >> shift for code in _positions(index, term, DocFilter(scope.sign))}


def _in_every_term(per_term: list[array], shift: int) -> list[array]:
    """Each term's codes in the documents where every term has a hit.

    The documents were narrowed by substrings (FTS5 MATCH); a Latin term found only inside
    words there has no hit after all, and such a document holds not every term.
    """
    common = set.intersection(*({code >> shift for code in codes} for codes in per_term))
    return [array("q", (code for code in codes if code >> shift in common)) for codes in per_term]


def _offset_bits(conn: sqlite3.Connection) -> int:
    """Bits for a start offset in hit codes: enough for the longest indexed text."""
    (longest,) = conn.execute(
        "SELECT max(coalesce((SELECT max(length) FROM search_speech), 0),"
        " coalesce((SELECT max(length) FROM search_note), 0))"
    ).fetchone()
    return max(1, int(longest).bit_length())


def _documents(index: GramIndex, query: Query, scope: DocFilter) -> DocFilter:
    """Narrow the scope to documents holding every term and no excluded one (exact, via MATCH)."""
    if len(query.terms) == 1 and not query.excluded:
        return scope
    excluded: set[int] = set()
    for term in query.excluded:
        excluded |= _term_documents(index, term, scope)
    if len(query.terms) == 1:
        include = None if scope.include is None else sorted(set(scope.include) - excluded)
        return DocFilter(scope.sign, include, tuple(sorted(excluded)) if include is None else ())
    common = set(scope.include) if scope.include is not None else None
    for term in sorted(query.terms, key=len, reverse=True):
        found = index.documents(term, scope.sign)
        common = found if common is None else common & found
        if not common:
            break
    return DocFilter(scope.sign, tuple(sorted((common or set()) - excluded)))


def _merge(per_term: list[array], shift: int) -> array:
    """One array of hit codes in order, from each term's sorted positions (term index last).

    A large result is merged a document at a time, so a query for two very common terms never
    holds a Python int per hit (~36 bytes each, against 8 in the array).
    """
    count = len(per_term)
    if count == 1:
        return per_term[0]
    if sum(map(len, per_term)) <= _MERGE_AT_ONCE:
        tagged = (
            map(add, map(mul, positions, repeat(count)), repeat(index))
            for index, positions in enumerate(per_term)
        )
        return array("q", sorted(chain.from_iterable(tagged)))
    merged = array("q")
    cursors = [0] * count
    while True:
        heads = [
            positions[at]
            for positions, at in zip(per_term, cursors, strict=True)
            if at < len(positions)
        ]
        if not heads:
            return merged
        limit = ((min(heads) >> shift) + 1) << shift
        pieces = []
        for index, positions in enumerate(per_term):
            end = bisect_left(positions, limit, cursors[index])
            piece = positions[cursors[index] : end]
            pieces.append(map(add, map(mul, piece, repeat(count)), repeat(index)))
            cursors[index] = end
        merged.extend(sorted(chain.from_iterable(pieces)))


def _by_speech(codes: array, codec: HitCodec, notes: dict[int, NoteDoc]) -> array:
    """Note hits ordered by speech, then note (oldest first: docs count down), then start."""

    def order(code: int) -> tuple[int, int, int]:
        doc = codec.unpack(code)[0]
        return notes[doc].speech_id, -doc, code

    return array("q", sorted(codes, key=order))


def _note_docs(conn: sqlite3.Connection, docs: set[int]) -> dict[int, NoteDoc]:
    if not docs:
        return {}
    rows = conn.execute(
        "SELECT doc, annotation_id, speech_id, text FROM search_note"
        " WHERE doc IN (SELECT value FROM json_each(?))",
        (str(sorted(docs)),),
    )
    return {
        doc: NoteDoc(annotation_id, speech_id, text) for doc, annotation_id, speech_id, text in rows
    }
