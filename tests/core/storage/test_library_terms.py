"""The whole library's terms read from the per-speech counts: the same as counting its texts."""

from __future__ import annotations

import gc
import threading
from collections import Counter
from dataclasses import replace

import pytest

from desktop.core.chinese import candidates, dictionary
from desktop.core.chinese.formulations import FormulationKind, collection_formulations
from desktop.core.chinese.keywords import document_words, general_keywords
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.terms import IdfSource, text_formulations
from desktop.core.errors import CancelledError
from desktop.core.storage.library import Library
from desktop.core.storage.library_terms import (
    LibraryTerms,
    LibraryTotals,
    library_terms,
    update_library_terms,
)
from desktop.core.storage.word_frequencies import (
    document_frequencies,
    stale_speeches,
    update_word_frequencies,
)
from desktop.core.storage.word_holders import WordHolder, word_holders
from tests.core.storage.documents import make_document, sample_paragraphs


def _texts(library: Library) -> list[tuple[int, str]]:
    store = library.store
    return [
        (record.id, store.speech_text(record.id))
        for collection in store.collections()
        for record in store.speeches(collection.id)
    ]


def test_keywords_are_the_words_of_every_text_counted_directly(
    counted: Library, segmenter: Segmenter
) -> None:
    texts = _texts(counted)
    direct: Counter[str] = Counter()
    for _source, text in texts:
        direct.update(document_words(text, segmenter, wait=True) or [])
    expected = general_keywords(direct, 10)
    with counted.db.read() as conn:
        found = library_terms(conn, top=10)
    assert [(k.word, k.count) for k in found.report.keywords] == [
        (k.word, k.count) for k in expected
    ]
    assert [k.score for k in found.report.keywords] == pytest.approx([k.score for k in expected])
    for keyword in found.report.keywords:
        holding = [
            s for s, text in texts if keyword.word in (document_words(text, segmenter) or [])
        ]
        assert keyword.sources() == len(holding)
    assert found.report.idf == IdfSource.JIEBA
    assert (found.counted, found.speeches, found.complete) == (len(texts), len(texts), True)


def test_words_counted_before_they_became_stop_words_are_no_keywords(
    library: Library, segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A library counted before "must" joined the stop words keeps it in its stored counts.
    english = "We must act. Must we wait? Reform must go on, and reform needs courage."
    library.store.import_document(make_document([[english, english]], source="/en.txt"))
    older = dictionary.stop_words() - {"must"}
    monkeypatch.setattr(candidates, "stop_words", lambda: older)
    update_word_frequencies(library.db, segmenter)
    monkeypatch.undo()
    with library.db.read() as conn:
        found = library_terms(conn, top=200)
    words = {keyword.word for keyword in found.report.keywords}
    assert "reform" in words or "Reform" in words
    assert not {"must", "Must"} & words


def test_numbers_and_dates_counted_before_they_were_left_out_are_no_keywords(
    library: Library, segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A library counted before numbers and dates were left out keeps them in its counts.
    text = (
        "一九五七年的工业产值比一九五二年增长百分之一百二十八，超额完成五年计划，五年计划胜利完成。"
    )
    library.store.import_document(make_document([[text, text]], source="/plan.txt"))
    monkeypatch.setattr(candidates, "is_number_word", lambda _word: False)
    update_word_frequencies(library.db, segmenter)
    monkeypatch.undo()
    with library.db.read() as conn:
        found = library_terms(conn, top=200)
    words = {keyword.word for keyword in found.report.keywords}
    assert "五年计划" in words
    assert not {"一九五七年", "一九五二年"} & words


def test_formulations_are_those_of_every_text_with_their_places(
    counted: Library, segmenter: Segmenter
) -> None:
    expected = collection_formulations(_texts(counted), segmenter, wait=True)
    with counted.db.read() as conn:
        listed = library_terms(conn).report.formulations
    found = [f for f in listed if f.kind != FormulationKind.STANDING]
    assert expected
    assert [(f.text, f.kind, f.count, f.quoted, f.sources) for f in found] == [
        (f.text, f.kind, f.count, f.quoted, f.sources) for f in expected
    ]
    assert [sorted(f.occurrences) for f in found] == [sorted(f.occurrences) for f in expected]


def test_the_standing_formulations_used_are_listed_from_the_counts(
    counted: Library, segmenter: Segmenter
) -> None:
    """科学发展观, said and never marked, is listed as a standing formulation with the counts a
    text's list gives it (``text_formulations``), its places left for the panel to find."""
    expected = text_formulations(_texts(counted), segmenter)
    with counted.db.read() as conn:
        found = library_terms(conn).report.formulations
    standing = [
        (f.text, f.count, f.quoted, f.sources) for f in found if f.kind == FormulationKind.STANDING
    ]
    assert ("科学发展观", 1, 0, 1) in standing
    assert standing == [
        (f.text, f.count, f.quoted, f.sources)
        for f in expected
        if f.kind == FormulationKind.STANDING
    ]
    assert all(not f.occurrences for f in found if f.kind == FormulationKind.STANDING)
    assert [f.count for f in found] == sorted((f.count for f in found), reverse=True)


def test_only_speeches_counted_on_their_text_take_part_and_the_trash_none(
    counted: Library, segmenter: Segmenter
) -> None:
    paragraphs = sample_paragraphs()
    counted.store.import_document(make_document([paragraphs[0:3], paragraphs[20:23]]))
    with counted.db.read() as conn:
        partial = library_terms(conn)
    # Collection 1 now holds two speeches, the second changed: its old counts no longer count.
    assert (partial.counted, partial.speeches) == (2, 3)
    assert not partial.complete
    counted.store.trash_collection(1)
    with counted.db.read() as conn:
        left = library_terms(conn)
    assert (left.counted, left.speeches) == (1, 1)


def test_rows_counted_before_the_counts_were_kept_are_counted_again(
    counted: Library, segmenter: Segmenter
) -> None:
    with counted.db.transaction() as conn:
        conn.execute("UPDATE speech_words SET counts = NULL, formulations = NULL")
    with counted.db.read() as conn:
        assert len(stale_speeches(conn)) == 4
        assert library_terms(conn).counted == 0
    assert update_word_frequencies(counted.db, segmenter) == 4
    with counted.db.read() as conn:
        assert library_terms(conn).complete


def test_reading_can_be_cancelled(counted: Library) -> None:
    with counted.db.read() as conn, pytest.raises(CancelledError):
        library_terms(conn, cancelled=lambda: True, check_every=1)


def test_reading_makes_no_pass_of_the_collector_in_its_thread(counted: Library) -> None:
    # The reader runs in a worker: a pass there could free a Qt object of the GUI thread that
    # died in a cycle, from the wrong thread. Its collector is paused and it collects nothing.
    passes: list[int] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(threading.get_ident())

    gc.callbacks.append(seen)
    try:
        with counted.db.read() as conn:
            found = library_terms(conn, check_every=1)
    finally:
        gc.callbacks.remove(seen)
    assert found.counted
    assert passes == []


def _lists(found: LibraryTerms) -> tuple[object, ...]:
    report = found.report
    return (report.keywords, report.formulations, found.counted, found.speeches)


def _updated(library: Library, totals: LibraryTotals) -> tuple[LibraryTerms, LibraryTerms]:
    """The terms brought up to date from ``totals``, and read whole, now."""
    with library.db.read() as conn:
        return update_library_terms(conn, totals, top=30), library_terms(conn, top=30)


def test_an_update_after_imports_trashes_and_counts_gives_the_full_reads_lists(
    counted: Library, segmenter: Segmenter
) -> None:
    # Each step changes a few speeches of many: the update sums them in or takes them out;
    # its lists must be a full read's, exactly (keywords, formulations and their places).
    paragraphs = sample_paragraphs()
    for number in range(3, 9):
        document = make_document([paragraphs[number : number + 2]], source=f"/{number}.txt")
        counted.store.import_document(replace(document, title=f"合集{number}"))
    update_word_frequencies(counted.db, segmenter)
    with counted.db.read() as conn:
        totals = library_terms(conn, top=30).totals
    assert totals is not None
    steps = [
        lambda: counted.store.import_document(
            replace(make_document([paragraphs[30:33]], source="/new.txt"), title="新合集")
        ),
        lambda: update_word_frequencies(counted.db, segmenter),
        lambda: counted.store.trash_collection(3),
        lambda: counted.store.restore_collection(3),
        lambda: counted.store.trash_collection(4),
        # A new version of collection 5: its speech's text changes (old counts stop counting),
        # then is counted again (its row replaced).
        lambda: counted.store.import_document(
            replace(make_document([paragraphs[40:42]], source="/5.txt"), title="合集5")
        ),
        lambda: update_word_frequencies(counted.db, segmenter),
    ]
    for step in steps:
        step()
        updated, full = _updated(counted, totals)
        assert updated.totals is totals  # brought up to date, not read again
        assert _lists(updated) == _lists(full)
        assert updated.report.keywords


def test_an_update_reads_all_again_when_a_speechs_old_counts_are_gone(
    counted: Library, segmenter: Segmenter
) -> None:
    # Re-imported and counted again before the update ran: the counts it summed for that
    # speech are no longer stored, so they cannot be taken out.
    with counted.db.read() as conn:
        totals = library_terms(conn).totals
    assert totals is not None
    paragraphs = sample_paragraphs()
    counted.store.import_document(make_document([paragraphs[40:42]], source="/b.txt"))
    update_word_frequencies(counted.db, segmenter)
    updated, full = _updated(counted, totals)
    assert updated.totals is not totals
    assert _lists(updated) == _lists(full)


def test_an_update_read_all_again_tells_its_progress_as_a_full_read_does(
    counted: Library, segmenter: Segmenter
) -> None:
    # A full read of a big library is seconds: the panel shows how far it has come.
    with counted.db.read() as conn:
        totals = library_terms(conn).totals
    assert totals is not None
    counted.store.import_document(make_document([sample_paragraphs()[40:42]], source="/b.txt"))
    update_word_frequencies(counted.db, segmenter)
    heard: list[tuple[int, int]] = []
    expected: list[tuple[int, int]] = []
    with counted.db.read() as conn:
        update_library_terms(
            conn, totals, progress=lambda *figures: heard.append(figures), check_every=1
        )
        library_terms(conn, progress=lambda *figures: expected.append(figures), check_every=1)
    assert len(expected) > 1
    assert heard == expected


def test_an_update_read_all_again_can_be_cancelled(counted: Library, segmenter: Segmenter) -> None:
    with counted.db.read() as conn:
        totals = library_terms(conn).totals
    assert totals is not None
    counted.store.import_document(make_document([sample_paragraphs()[40:42]], source="/b.txt"))
    update_word_frequencies(counted.db, segmenter)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # after the update chose to read all, within its read

    with counted.db.read() as conn, pytest.raises(CancelledError):
        update_library_terms(conn, totals, cancelled=cancelled, check_every=1)


_ENGLISH = [
    "Work on the economy comes first. We work on the economy, and the work goes on.",
    "WORK on reform: the economy needs work. Reform work and economy work.",
]


def test_the_librarys_keywords_fold_latin_case(counted: Library, segmenter: Segmenter) -> None:
    document = make_document([_ENGLISH[:1], _ENGLISH[1:]], source="/english.txt")
    report = counted.store.import_document(replace(document, title="English"))
    update_word_frequencies(counted.db, segmenter)
    with counted.db.read() as conn:
        totals = library_terms(conn, top=100).totals
        found = {k.word: k for k in library_terms(conn, top=100).report.keywords}
        holders = word_holders(conn, "Work")
        frequencies = document_frequencies(conn)
    assert frequencies.count("work") == 2  # each speech once, whatever it writes
    assert "Work" not in found
    assert "WORK" not in found
    assert (found["work"].count, found["work"].sources()) == (7, 2)
    english = [speech.id for speech in counted.store.speeches(report.collection_id)]
    assert [(holder.speech_id, holder.count) for holder in holders] == [
        (english[0], 3),
        (english[1], 4),
    ]
    assert totals is not None
    counted.store.trash_collection(report.collection_id)
    updated, full = _updated(counted, totals)
    assert _lists(updated) == _lists(full)
    assert not {"Work", "work", "WORK"} & set(totals.spellings)  # gone with their speeches


def test_the_librarys_keywords_count_full_width_letters_as_the_word(
    counted: Library, segmenter: Segmenter
) -> None:
    # Official documents write figures and abbreviations full-width (ＧＤＰ): one word with GDP.
    with counted.db.read() as conn:
        before = {k.word: k for k in library_terms(conn, top=200).report.keywords}["GDP"]
        holders_before = word_holders(conn, "GDP")
    texts = ["ＧＤＰ增长较快，ＧＤＰ总量扩大，ｇｄｐ。", "GDP增长，COVID-19疫情得到控制。"]
    document = make_document([texts[:1], texts[1:]], source="/widths.txt")
    report = counted.store.import_document(replace(document, title="Widths"))
    update_word_frequencies(counted.db, segmenter)
    with counted.db.read() as conn:
        found = {k.word: k for k in library_terms(conn, top=200).report.keywords}
        holders = word_holders(conn, "ＧＤＰ")
    assert (found["GDP"].count, found["GDP"].sources()) == (before.count + 4, before.sources() + 2)
    assert not {"ＧＤＰ", "ｇｄｐ"} & found.keys()
    assert found["COVID-19"].count == 1
    widths = [speech.id for speech in counted.store.speeches(report.collection_id)]
    assert holders[len(holders_before) :] == [WordHolder(widths[0], 3), WordHolder(widths[1], 1)]


def test_the_items_of_an_enumeration_said_only_inside_it_are_not_listed(
    library: Library, segmenter: Segmenter
) -> None:
    """The library's standing formulations have counts, no places: 两到位, counted as often as
    the enumeration 两集中、两到位 holds it, is said only there; 两集中, said once more on its own
    in another speech, is listed, as a text's list gives them (``text_formulations``)."""
    enumerated = "推进两集中、两到位。深化两集中、两到位改革。"
    alone = "坚持两集中，办事更快。"
    document = make_document([[enumerated], [alone]], source="/parts.txt")
    library.store.import_document(document)
    update_word_frequencies(library.db, segmenter)
    with library.db.read() as conn:
        found = library_terms(conn).report.formulations
    listed = {f.text: (f.count, f.sources) for f in found if _of_two(f.text)}
    assert listed == {"两集中、两到位": (2, 1), "两集中": (3, 2)}
    expected = text_formulations(_texts(library), segmenter)
    assert listed == {f.text: (f.count, f.sources) for f in expected if _of_two(f.text)}


def _of_two(text: str) -> bool:
    return "两集中" in text or "两到位" in text


def test_a_standing_formulation_written_apart_is_listed_whole_with_its_places(
    library: Library, segmenter: Segmenter
) -> None:
    """大众创业、万众创新 is one formulation of the library with its places (its speeches'
    counts hold it), not its items 大众创业 and 万众创新; the five items of 三去一降一补 and
    the name count as one; all as a text's list gives them (``text_formulations``)."""
    apart = "推动大众创业、万众创新。大众创业，万众创新蓬勃发展。抓好去产能、去库存、去杠杆。"
    named = "推进大众创业万众创新。抓好去产能、去库存、去杠杆、降成本、补短板。推进三去一降一补。"
    document = make_document([[apart], [named]], source="/apart.txt")
    library.store.import_document(document)
    update_word_frequencies(library.db, segmenter)
    with library.db.read() as conn:
        found = library_terms(conn).report.formulations
    listed = {f.text: (f.count, f.sources) for f in found}
    assert listed["大众创业、万众创新"] == (3, 2)
    assert not {"大众创业", "万众创新", "降成本", "补短板"} & set(listed)
    assert {"三去一降一补", "去产能、去库存、去杠杆、降成本、补短板"} & set(listed)
    whole = next(f for f in found if f.text == "大众创业、万众创新")
    assert (whole.kind, len(whole.occurrences)) == (FormulationKind.STANDING, 3)
    expected = text_formulations(_texts(library), segmenter)
    assert listed == {f.text: (f.count, f.sources) for f in expected}


def test_an_item_said_beside_a_formulations_name_is_listed(
    library: Library, segmenter: Segmenter
) -> None:
    """去产能 said on its own twice and inside the five items once is listed: 三去一降一补, the
    name said twice, holds no 去产能 (its count is not the items' count)."""
    named = "推进三去一降一补。深化三去一降一补。"
    items = "抓好去产能、去库存、去杠杆、降成本、补短板。去产能要稳。去产能要准。"
    library.store.import_document(make_document([[named], [items]], source="/named.txt"))
    update_word_frequencies(library.db, segmenter)
    with library.db.read() as conn:
        found = library_terms(conn).report.formulations
    listed = {f.text: (f.count, f.sources) for f in found}
    assert listed["三去一降一补"] == (3, 2)
    assert listed["去产能"] == (3, 1)
    assert "去库存" not in listed
    expected = text_formulations(_texts(library), segmenter)
    assert listed == {f.text: (f.count, f.sources) for f in expected}
