"""How far an upgrade is: "step i of n", each migration's name in words, and a fraction.

The migrations an upgrade runs are known before it starts (those after the file's
``user_version``), so each is a step with words saying what it does; one that loops over many
rows (every speech, every note) also reports how far through them it is. The whole upgrade's
fraction is made of the steps, each weighed by its rough cost on a large library. Loaded only
when an upgrade runs (``migration``): a current library's start never imports it.

The words are English, as the command line prints them; the GUI shows its own translated words
for each step's ``code`` (the migration's name: ``gui.upgrade_words``), these as a fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

Fraction = Callable[[float], None]
"""What a long migration calls with how far through its rows it is (0 to 1)."""


@dataclass(frozen=True, slots=True)
class StepKind:
    """What a migration does in words, its rough cost, and whether it reports a fraction."""

    words: str
    weight: int = 1
    reports: bool = False


# By the migration's name (schema.py), so a test's own list of migrations is described too.
# Weights: a loop over every speech or note is slow on a large library; a DDL statement is not.
KINDS: dict[str, StepKind] = {
    "_v1_initial": StepKind("Creating the library's tables"),
    "_v2_missing_speeches": StepKind("Keeping speeches a file no longer holds"),
    "_v3_search_index": StepKind("Building the search index", 20, reports=True),
    "_v4_renames_trash_reports": StepKind("Making room for renames, the trash and import reports"),
    "_v5_word_frequencies": StepKind("Making room for keywords"),
    "_v6_text_lengths": StepKind("Measuring each speech's length", 2),
    "_v7_marked_quotes": StepKind("Keeping the words first marked"),
    "_v8_tag_order": StepKind("Keeping tags in the order typed"),
    "_v9_word_counts": StepKind("Making room for word counts"),
    "_v10_commit_serial": StepKind("Noting changes made by other programs"),
    "_v11_titles_apart": StepKind("Indexing titles for search", 3, reports=True),
    "_v12_texts_by_hash": StepKind("Indexing speeches by their text", 2),
    "_v13_loose_hashes": StepKind("Finding the same speech in other files", 10, reports=True),
    "_v14_words_counted_anew": StepKind("Counting words anew"),
    "_v15_notes_read_and_tagged": StepKind("Re-indexing notes for search", 10, reports=True),
    "_v16_dates_and_speakers_apart": StepKind("Indexing dates and speakers", 2),
    "_v17_words_counted_by_official_usage": StepKind(
        "Counting words for keywords and formulations"
    ),
    "_v18_enumerations_counted_whole": StepKind("Counting words for keywords and formulations"),
    "_v19_standing_formulations_apart": StepKind("Counting words for keywords and formulations"),
    "_v20_straight_quotes_quote": StepKind("Counting words for keywords and formulations"),
}

OTHER = StepKind("Upgrading the library's tables")
"""A migration with no words of its own (a test's)."""


def kind_of(migration: Callable[..., None]) -> StepKind:
    """What ``migration`` does, in words, and its rough cost."""
    return KINDS.get(getattr(migration, "__name__", ""), OTHER)


@dataclass(frozen=True, slots=True)
class UpgradeStep:
    """Where an upgrade is: step ``number`` of ``count`` (``words`` says what it does, in
    English; ``code`` is the migration's name), and ``fraction`` of the whole upgrade done (0
    to 1, rising; 1 when every step is done)."""

    number: int
    count: int
    code: str
    words: str
    fraction: float


UpgradeReport = Callable[[UpgradeStep], None]
"""What an upgrade tells how far it is (on the upgrading thread)."""

MIN_RISE = 0.005
"""The least rise of the fraction worth telling: a bar of 200 steps, not one call per row."""


class StepCounter:
    """Turns the migrations' starts and fractions into ``UpgradeStep`` reports."""

    def __init__(self, migrations: Sequence[Callable[..., None]], report: UpgradeReport) -> None:
        """Count ``migrations`` (those the upgrade runs, in order) as its steps."""
        self._kinds = [kind_of(migration) for migration in migrations]
        self._codes = [getattr(migration, "__name__", "") for migration in migrations]
        self._shown = _shown_numbers(self._kinds)
        self._total = sum(kind.weight for kind in self._kinds) or 1
        self._report = report
        self._number = 0
        self._before = 0  # the weight of the steps already done
        self._told = -1.0

    def start(self, index: int) -> Fraction:
        """Step ``index`` (0-based) starts: tell it, and return its fraction's callback."""
        if self._number:
            self._before += self._kinds[self._number - 1].weight
        self._number = index + 1
        self._tell(0.0, force=True)
        return self._within

    def done(self) -> None:
        """Every step is done: tell the whole fraction, 1."""
        self._report(self._step(1.0))

    def _within(self, fraction: float) -> None:
        self._tell(min(max(fraction, 0.0), 1.0))

    def _tell(self, within: float, *, force: bool = False) -> None:
        weight = self._kinds[self._number - 1].weight
        fraction = (self._before + weight * within) / self._total
        if not force and fraction - self._told < MIN_RISE:
            return
        self._told = fraction
        self._report(self._step(fraction))

    def _step(self, fraction: float) -> UpgradeStep:
        index = self._number - 1
        words = self._kinds[index].words
        count = self._shown[-1] if self._shown else 0
        return UpgradeStep(self._shown[index], count, self._codes[index], words, fraction)


def _shown_numbers(kinds: Sequence[StepKind]) -> list[int]:
    """Each migration's step number as told: migrations in a row saying the same words are one
    step (v17–v20 each empty the word counts: "step 5, 6, 7, 8 of 8: Counting words…" read as
    one step told four times)."""
    numbers: list[int] = []
    for index, kind in enumerate(kinds):
        same = index > 0 and kind.words == kinds[index - 1].words
        numbers.append(numbers[-1] if same else (numbers[-1] + 1 if numbers else 1))
    return numbers


def counted(rows: Iterable[T], total: int, report: Fraction | None) -> Iterator[T]:
    """``rows`` one by one, telling ``report`` the fraction done after each (when given)."""
    # A plain loop, not ``yield from``: a generator dropped by a failed migration must not
    # close the cursor it reads, whose connection may be closed by then.
    for done, row in enumerate(rows, 1):
        yield row
        if report is not None and total > 0:
            report(done / total)


def quiet(_fraction: float) -> None:
    """A ``Fraction`` that tells nobody (a migration run on its own, as tests do)."""
