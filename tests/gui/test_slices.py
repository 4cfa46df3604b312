"""SliceRunner: steps run in order from the event loop, none when added, dropped when cleared."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.slices import SliceRunner, chunks


def test_steps_run_later_in_order_then_finished_is_emitted(qtbot: QtBot) -> None:
    runner = SliceRunner()
    ran: list[int] = []
    runner.add(lambda number=number: ran.append(number) for number in range(3))
    assert ran == []  # nothing runs in the caller's turn
    assert runner.busy()
    with qtbot.waitSignal(runner.finished):
        pass
    assert ran == [0, 1, 2]
    assert not runner.busy()


def test_cleared_steps_never_run(qtbot: QtBot) -> None:
    runner = SliceRunner()
    ran: list[str] = []
    runner.add([lambda: ran.append("old")])
    runner.clear()
    runner.add([lambda: ran.append("new")])
    with qtbot.waitSignal(runner.finished):
        pass
    assert ran == ["new"]


def test_chunks_cut_a_sequence_in_runs() -> None:
    assert list(chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(chunks([], 2)) == []
