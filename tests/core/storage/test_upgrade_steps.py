"""An upgrade says how far it is: step i of n with the migration's words, and a rising fraction."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from desktop.core.storage.database import Database
from desktop.core.storage.library import open_library
from desktop.core.storage.schema import LATEST_VERSION, MIGRATIONS
from desktop.core.storage.upgrade_steps import KINDS, UpgradeStep
from tests.core.storage.test_concurrency import ROOT
from tests.core.storage.version_12 import stored, version_12_library_with_notes

NOTES = 300


def _assert_rising_to_one(steps: list[UpgradeStep]) -> None:
    fractions = [step.fraction for step in steps]
    assert fractions == sorted(fractions), "the fraction never goes back"
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0


def test_an_upgrade_from_version_12_reports_each_step_and_a_rising_fraction(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite"
    version_12_library_with_notes(path, NOTES)
    steps: list[UpgradeStep] = []
    with open_library(path, daily_backup=False, upgrade_steps=steps.append) as library:
        assert library.db.user_version == LATEST_VERSION
    # v17–v20 each empty the word counts, in the same words: told as one step, not four
    count = LATEST_VERSION - 12 - 3
    assert {step.count for step in steps} == {count}
    numbers = [step.number for step in steps]
    assert numbers == sorted(numbers)
    assert sorted(set(numbers)) == list(range(1, count + 1)), "every step is told"
    words = {step.number: step.words for step in steps}
    assert words[1] == "Finding the same speech in other files"
    assert words[3] == "Re-indexing notes for search"
    assert words[4] == "Indexing dates and speakers"
    assert words[count] == "Counting words for keywords and formulations"
    told = [words[number] for number in range(1, count + 1)]
    assert all(first != second for first, second in pairwise(told)), "no step twice"
    assert {step.code for step in steps if step.number == count} == {
        "_v17_words_counted_by_official_usage",
        "_v18_enumerations_counted_whole",
        "_v19_standing_formulations_apart",
        "_v20_straight_quotes_quote",
    }
    _assert_rising_to_one(steps)
    # The notes are re-indexed in batches: the bar moves inside that step, not only between.
    inside = [step.fraction for step in steps if step.number == 3]
    assert len(set(inside)) > 3


def test_an_upgrade_from_version_2_reports_inside_its_long_steps(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Database.open(path, migrations=MIGRATIONS[:2]).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO collections (title, encoding, format, fingerprint, imported, updated)"
        " VALUES ('合集', 'utf-8', 'txt', 'f', 't', 't')"
    )
    conn.executemany(
        "INSERT INTO speeches (collection_id, idx, title, text, text_hash) VALUES (1, ?, ?, ?, ?)",
        [(n, f"讲话{n}", f"第{n}篇讲话的正文。", f"h{n}") for n in range(400)],
    )
    conn.close()
    steps: list[UpgradeStep] = []
    Database.open(path, upgrade_steps=steps.append).close()
    assert {step.count for step in steps} == {LATEST_VERSION - 2 - 3}  # v17–v20: one step
    _assert_rising_to_one(steps)
    for words in ("Building the search index", "Finding the same speech in other files"):
        inside = {step.fraction for step in steps if step.words == words}
        assert len(inside) > 3, words


def test_a_failed_upgrade_reports_and_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    version_12_library_with_notes(path, NOTES)
    before = stored(path)

    def broken(step: UpgradeStep) -> None:
        if step.number == 3 and step.fraction > step.number / step.count / 2:
            raise RuntimeError("the reporter broke")

    with pytest.raises(RuntimeError, match="the reporter broke"):
        open_library(path, daily_backup=False, upgrade_steps=broken).close()
    assert stored(path) == before


def test_every_migration_has_words() -> None:
    assert [migration.__name__ for migration in MIGRATIONS] == list(KINDS)


def test_a_current_library_loads_nothing_of_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    open_library(path, daily_backup=False).close()
    code = (
        "import sys; from desktop.core.storage.library import open_library;"
        f"open_library({str(path)!r}, daily_backup=False, upgrade_steps=print).close();"
        "print(sorted(m for m in sys.modules if m.endswith(('upgrade_steps', '.migration'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out == "[]\n"
