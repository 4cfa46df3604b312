"""ConcordanceModel: lines in library order, sorted by context, selections kept across sorts."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.core.chinese.concordance import concordance
from desktop.models.concordance_model import Column, ConcordanceModel, Role

TEXTS = [(1, "要推进效能革命，深入开展效能革命。"), (2, "乙方推进效能革命建设")]


def _model() -> ConcordanceModel:
    model = ConcordanceModel()
    model.set_lines(concordance("效能革命", TEXTS, width=4), {1: "篇一", 2: "篇二"})
    return model


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.sort(Column.LEFT)
    qtmodeltester.check(model)


def test_lines_show_title_context_and_term() -> None:
    model = _model()
    assert [model.index(0, c).data() for c in Column] == ["篇一", "要推进", "效能革命", "，深入开"]
    assert model.index(2, 0).data(Role.SPEECH_ID) == 2
    assert (model.index(1, 0).data(Role.START), model.index(1, 0).data(Role.END)) == (12, 16)


def test_sorting_by_left_reads_backwards_and_keeps_persistent_rows() -> None:
    model = _model()
    kept = QPersistentModelIndex(model.index(1, Column.HIT))  # the line after 深入开展
    model.sort(Column.LEFT)
    lefts = [model.index(r, Column.LEFT).data() for r in range(3)]
    # Backwards: 展开入深 < 进推方乙 < 进推要 (the nearest character decides first).
    assert lefts == ["深入开展", "乙方推进", "要推进"]
    assert model.index(kept.row(), 0).data(Role.START) == 12
    model.sort(Column.RIGHT, Qt.SortOrder.DescendingOrder)
    rights = [model.index(r, Column.RIGHT).data() for r in range(3)]
    assert rights == sorted(rights, reverse=True)
    model.sort(Column.SPEECH)
    assert [model.index(r, 0).data(Role.START) for r in range(3)] == [3, 12, 4]


def test_full_width_punctuation_is_shown_and_the_lines_keep_the_text(qtmodeltester) -> None:
    model = ConcordanceModel()
    texts = [(1, "环节,确保𠮷祥,效能革命(试点)见效!"), (2, "会议8:30,效能革命2,000项")]
    model.set_lines(concordance("效能革命", texts, width=7), {1: "篇一", 2: "篇二"})
    before = [[model.index(r, c).data() for c in Column] for r in range(2)]
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.set_fullwidth_punctuation(True)
    qtmodeltester.check(model)
    assert changed == [(0, 1)]
    after = [[model.index(r, c).data() for c in Column] for r in range(2)]
    assert after[0] == ["篇一", "节，确保𠮷祥，", "效能革命", "（试点）见效！"]
    assert after[1] == ["篇二", "会议8:30，", "效能革命", "2,000项"]
    for old, new in zip(before, after, strict=True):
        assert [len(cell) for cell in new] == [len(cell) for cell in old]
    assert model.lines()[0].left == "节,确保𠮷祥,", "what a copy or export writes"
    model.sort(Column.LEFT)
    assert model.index(0, Column.LEFT).data(Qt.ItemDataRole.ToolTipRole).count("，") >= 1
    model.set_fullwidth_punctuation(False)
    model.sort(Column.SPEECH)
    assert [[model.index(r, c).data() for c in Column] for r in range(2)] == before
