"""Regenerate docs/screenshot.png: the window on the sample, in Chinese, with highlights and a note.

    xvfb-run -a -s "-screen 0 1440x900x24" python docs/tools/window_screenshot.py
    QT_QPA_PLATFORM=offscreen python docs/tools/window_screenshot.py --out /tmp/shot.png
    ... --theme dark --select "全市(含区县)共办理" --out /tmp/dark.png  (select beside the marks)
    ... --fullwidth --out /tmp/full.png  (View ▸ full-width punctuation on)

A library with the sample collection is made in a temporary folder, a few passages of the fifth
speech are marked in several colours, one with a note and tags, and the window is grabbed once it
has painted. Settings, data and cache go to the temporary folder too: nothing of the user's is
read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

MARKS = [
    # (words to find, occurrence, colour, note, tags)
    ("投资项目并联审批全面推开", 1, "blue", "", ()),
    ("极大地提高了审批效率", 1, "green", "", ()),
    ("两集中、两到位", 1, "yellow", "", ()),
    (
        "政务服务向多领域延伸",
        1,
        "pink",
        "**可作过渡**：先点明“延伸”，再列举四个县的做法，由面到点。",
        ("金句", "结构"),
    ),
    ("“四心合一”", 1, "purple", "", ("提法",)),
    ("推进机关行政效能建设是建设法治政府的需要", 1, "yellow", "", ()),
]


def private_environment(folder: Path) -> None:
    """Settings, data and cache in ``folder``; the UI in Chinese."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())
    os.environ["PIZHU_LIBRARY"] = str(folder / "library.sqlite")


def prepare_library(path: Path) -> tuple[int, int]:
    """The sample library with the marks above; returns (speech id, offset to show)."""
    from desktop.core.storage.library import open_library

    with open_library(path, daily_backup=False) as library:
        speech = library.store.speeches(library.store.collections()[0].id)[4]
        text = library.store.speech_text(speech.id)
        for words, occurrence, colour, note, tags in MARKS:
            start = -1
            for _ in range(occurrence):
                start = text.index(words, start + 1)
            library.annotations.create(
                speech.id, start=start, end=start + len(words), color=colour, note=note, tags=tags
            )
        library.reading.set_last_speech(speech.id)
        shown = text.index(MARKS[0][0])
        return speech.id, text.rfind("\n", 0, shown) + 1


def main() -> int:
    """Build the window, let it paint, save the PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--select", default="", help="select these words in the reader")
    parser.add_argument("--fullwidth", action="store_true", help="View ▸ full-width punctuation on")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pizhu-screenshot-"))
    private_environment(folder)
    speech_id, offset = prepare_library(folder / "library.sqlite")

    from PySide6.QtCore import QTimer

    from desktop.core.storage.library import open_library
    from desktop.gui.app import make_application
    from desktop.gui.i18n import Translations
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

    app = make_application()
    settings = Settings()
    settings.language = "zh_CN"
    settings.theme = args.theme
    settings.fullwidth_punctuation = args.fullwidth
    translations = Translations(app)
    translations.apply(settings.language)
    session = LibrarySession(open_library(folder / "library.sqlite", daily_backup=False))
    window = MainWindow(session, settings, translations=translations)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.open_speech(speech_id, offset, jump=False)
    annotations = session.annotations(speech_id)
    noted = next(a for a in annotations if a.note)
    window.annotations_dock.select_annotation(noted.id)
    if args.select:
        start = window.reader.speech().text.index(args.select, offset)
        window.reader.select_range(start, start + len(args.select))

    def grab() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        print(args.out)
        window.close()
        app.quit()

    QTimer.singleShot(800, grab)
    app.exec()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
