"""Search queries: what the user typed, parsed into terms that must appear and terms that must not.

Grammar (the same for the library search, the command line and the find bar):

- Terms are separated by white space (the ideographic space too). Every term is exact text:
  no wildcards, no operators inside it, punctuation included. It matches as a substring, but a
  term that starts with a Latin letter only at the start of a word (search_words: ``econ``
  finds *economy*, not *second*).
- ``"a phrase"`` or ``“一个短语”`` is one term, spaces included (a line break in it, however
  written, is a paragraph break: search_text.fold_paragraph_breaks). Inside ASCII quotes the
  Chinese quotes are ordinary characters and the other way round, so ``"“效能革命”"`` finds the
  quoted formulation with its quotation marks.
- ``-term`` or ``-"a phrase"`` excludes every document (speech text or note) that contains it. A
  ``-`` anywhere else, or on its own, is an ordinary character.
- All positive terms must appear in the same document; hits are reported for each of them.
- Punctuation and spaces are characters like any other: ``，`` or ``"  "`` (two spaces) is a
  valid query, since the index holds every character.

The query is normalised (search_text.normalise) before it is parsed, exactly as texts are, so a
full-width ＂ or － works like " or -. A query with no positive term, an unbalanced or misplaced
quotation mark or an empty phrase raises QueryError.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import QueryError
from desktop.core.storage.search_text import fold_paragraph_breaks, normalise

# An opening quotation mark and the mark that closes it.
_QUOTES = {'"': '"', "“": "”"}
_CLOSING_ONLY = "”"
_EXCLUDE = "-"


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: normalised terms that must all appear, and terms that exclude a document."""

    text: str
    terms: tuple[str, ...]
    excluded: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.terms:
            raise QueryError("the query has no term to search for", code="empty")

    @classmethod
    def literal(cls, text: str) -> Query:
        """A query for exactly this text, spaces and quotation marks included (find bar)."""
        if not text:
            raise QueryError("the query is empty", code="empty")
        return cls(text=text, terms=(normalise(text),))


def parse_query(text: str) -> Query:
    """Parse what the user typed; QueryError explains what is wrong with a query we cannot run."""
    terms: list[str] = []
    excluded: list[str] = []
    # Parsing the normalised text lets full-width marks (＂ － and the ideographic space) work too.
    for term, is_excluded in _split(normalise(text)):
        target = excluded if is_excluded else terms
        if term not in target:
            target.append(term)
    if not terms:
        if excluded:
            raise QueryError(
                "a query needs at least one term to find, not only -exclusions",
                code="only-exclusions",
            )
        raise QueryError("the query is empty", code="empty")
    return Query(text=text, terms=tuple(terms), excluded=tuple(excluded))


def _split(text: str) -> list[tuple[str, bool]]:
    """The query's terms as typed, each with whether it is an exclusion."""
    found: list[tuple[str, bool]] = []
    position = 0
    while True:
        position = _skip_space(text, position)
        if position >= len(text):
            return found
        excluded = text[position] == _EXCLUDE and position + 1 < len(text)
        excluded = excluded and not text[position + 1].isspace()
        start = position + 1 if excluded else position
        term, position = _read_term(text, start)
        found.append((term, excluded))


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _read_term(text: str, start: int) -> tuple[str, int]:
    """One term from ``start``: a quoted phrase or a run of non-space characters."""
    opening = text[start]
    if opening == _CLOSING_ONLY:
        raise QueryError(
            f"the closing quotation mark {opening} at character {start + 1} has no opening mark",
            code="unbalanced-quote",
        )
    if opening in _QUOTES:
        closing = _QUOTES[opening]
        end = text.find(closing, start + 1)
        if end < 0:
            raise QueryError(
                f"the quotation mark {opening} at character {start + 1} is never closed",
                code="unbalanced-quote",
            )
        phrase = fold_paragraph_breaks(text[start + 1 : end])
        if not phrase:
            raise QueryError("the query has an empty quoted phrase", code="empty-phrase")
        return phrase, end + 1
    end = start
    while end < len(text) and not text[end].isspace():
        if text[end] == _CLOSING_ONLY:
            raise QueryError(
                f"the closing quotation mark {text[end]} at character {end + 1}"
                " has no opening mark",
                code="unbalanced-quote",
            )
        if text[end] in _QUOTES:
            raise QueryError(
                f"the quotation mark {text[end]} at character {end + 1} must start a phrase "
                'after a space (put a term with quotation marks inside "…" or “…”)',
                code="misplaced-quote",
            )
        end += 1
    return text[start:end], end
