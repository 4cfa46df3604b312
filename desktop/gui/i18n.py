"""The UI language: choosing it, and installing the Qt Linguist translations for it.

The source strings are English; Chinese (zh_CN) comes from ``resources/i18n/pizhu_zh_CN.ts``.
English has a catalogue too, ``pizhu_en.ts``, of plurals only: the code says "%n speech(es)",
and the catalogue makes it "1 speech" or "3 speeches" (without it English shows the source).
Qt loads compiled ``.qm`` files, so the ``.qm`` is taken from next to the ``.ts`` (an install
builds it there) or from the cache folder, and built there with ``lrelease`` when it is missing
or older than the ``.ts``. A start pays for loading a ``.qm`` and a few ``stat`` calls, never
for ``lrelease`` while some ``.qm`` exists: an out-of-date one is shown and rebuilt in the
background once the window is up (``refresh_stale``); only a first start without any ``.qm``
builds one before the window. Without ``lrelease`` and without a ``.qm`` the UI stays English.

Qt's own texts (file and print dialogs, message box buttons, the text boxes' menus) come from
Qt's catalogue, ``qtbase_<language>.qm``, which lags behind Qt: Qt 6.11 says "&Look in:" where
it translates "Look in:". ``qtbase_extra_<language>.ts`` holds those missing texts only (in
Qt's contexts), built as ours is and installed after Qt's.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    QTranslator,
    Signal,
    Slot,
)

from desktop.resources import resource_path

log = logging.getLogger(__name__)

CATALOGUE = "pizhu"
"""The name of the app's translation files: ``pizhu_<language>.ts``."""

QT_EXTRA_CATALOGUE = "qtbase_extra"
"""Qt's texts its own catalogue lacks: ``qtbase_extra_<language>.ts``."""

LRELEASE_TIMEOUT = 60


class Language(StrEnum):
    """The UI language setting."""

    SYSTEM = "system"
    CHINESE = "zh_CN"
    ENGLISH = "en"


def system_language() -> str:
    """The system's preferred UI language, as a locale name (``zh_CN``, ``en_US``, ``de``…)."""
    locale = QLocale.system()
    preferred = locale.uiLanguages()
    return (preferred[0] if preferred else locale.name()).replace("-", "_")


def resolve_language(setting: str, system: str | None = None) -> Language:
    """The language to show for a setting: Chinese for zh*, English for en*, else Chinese.

    ``system`` stands for the system's language (tests pass one); Chinese is the app's first
    language, so a system in any other language gets Chinese.
    """
    if setting in (Language.CHINESE, Language.ENGLISH):
        return Language(setting)
    name = (system if system is not None else system_language()).casefold()
    if name.startswith("en"):
        return Language.ENGLISH
    return Language.CHINESE


def ts_path(language: str) -> Path:
    """The Linguist source of a language's translations."""
    return resource_path("i18n", f"{CATALOGUE}_{language}.ts")


def qt_extra_ts_path(language: str) -> Path:
    """The Linguist source of the Qt texts Qt's own catalogue lacks in a language."""
    return resource_path("i18n", f"{QT_EXTRA_CATALOGUE}_{language}.ts")


def cache_dir() -> Path:
    """Where built ``.qm`` files go: the app's cache folder."""
    location = QStandardPaths.StandardLocation.CacheLocation
    return Path(QStandardPaths.writableLocation(location)) / "i18n"


def find_lrelease() -> Path | None:
    """Qt's ``lrelease``: from PySide6's package folder, next to Python, or on the PATH."""
    import shutil  # here, like subprocess and tempfile: building a .qm is not start-up work

    suffix = ".exe" if os.name == "nt" else ""
    candidates = []
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / f"lrelease{suffix}", package / "Qt" / "libexec" / "lrelease"]
    except ImportError:  # pragma: no cover - PySide6 is what runs this module
        pass
    scripts = Path(sys.executable).parent
    candidates.append(scripts / f"pyside6-lrelease{suffix}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def is_current(qm: Path, ts: Path) -> bool:
    """Whether ``qm`` exists and is not older than ``ts`` (or there is no ``ts`` to compare)."""
    if not qm.is_file():
        return False
    return not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime


def build_qm(ts: Path, qm: Path, lrelease: Path | None = None) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease (atomically); False if that is not possible."""
    import subprocess
    import tempfile

    tool = lrelease or find_lrelease()
    if tool is None or not ts.is_file():
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=qm.stem, suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        done = subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", temporary],
            capture_output=True,
            timeout=LRELEASE_TIMEOUT,
            check=False,
        )
        if done.returncode != 0 or Path(temporary).stat().st_size == 0:
            log.warning("lrelease failed on %s: %s", ts, done.stderr.decode(errors="replace"))
            return False
        os.replace(temporary, qm)
        return True
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("lrelease could not run on %s: %s", ts, error)
        return False
    finally:
        Path(temporary).unlink(missing_ok=True)


def compiled_translations(
    language: str,
    cache: Path | None = None,
    lrelease: Path | None = None,
    ts: Path | None = None,
) -> Path | None:
    """A current ``.qm`` for ``language``: shipped, cached, or built now; None if impossible.

    ``ts`` names another catalogue than the app's (``qt_extra_ts_path``).
    """
    ts = ts or ts_path(language)
    shipped = ts.with_suffix(".qm")
    if is_current(shipped, ts):
        return shipped
    cached = (cache or cache_dir()) / shipped.name
    if is_current(cached, ts) or build_qm(ts, cached, lrelease):
        return cached
    return None


def existing_translations(
    language: str, cache: Path | None = None, ts: Path | None = None
) -> tuple[Path | None, bool]:
    """The best ``.qm`` there is for ``language`` and whether it is current; nothing is built.

    A current one (shipped, else cached) first; else an out-of-date one; else None.
    """
    ts = ts or ts_path(language)
    shipped = ts.with_suffix(".qm")
    candidates = (shipped, (cache or cache_dir()) / shipped.name)
    for qm in candidates:
        if is_current(qm, ts):
            return qm, True
    return next(((qm, False) for qm in candidates if qm.is_file()), (None, False))


class Translations:
    """The translators installed in the application, replaced when the language changes.

    Installing a translator makes Qt send every widget a LanguageChange event; widgets re-read
    their texts then (``changeEvent``), and the action registry re-reads the actions' texts.
    """

    def __init__(self, app: QCoreApplication, cache: Path | None = None) -> None:
        self._app = app
        self._cache = cache
        self._installed: list[QTranslator] = []
        self._asked: tuple[str, str | None] = (Language.ENGLISH, None)
        self._stale: Language | None = None
        self._rebuild: _StaleRebuild | None = None
        self._window_up = False  # before it, a rebuild would slow the start
        self.language = Language.ENGLISH

    def apply(self, setting: str, system: str | None = None) -> Language:
        """Show the UI in the language ``setting`` asks for; returns the language shown."""
        self._asked = (setting, system)
        wanted = resolve_language(setting, system)
        self.remove()
        if not self._install(wanted) and wanted != Language.ENGLISH:
            log.warning("no translations for %s: the UI stays in English", wanted)
            wanted = Language.ENGLISH
        self.language = wanted
        QLocale.setDefault(_locale(wanted))
        if self._window_up:
            self.refresh_stale()  # a switch in Preferences: new texts this session, not the next
        return wanted

    def remove(self) -> None:
        """Back to the English source texts."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = Language.ENGLISH

    def refresh_stale(self) -> None:
        """Rebuild an out-of-date ``.qm`` shown now, in the background; then show the new one.

        Called once the window is up; from then on, a language switched to is refreshed too.
        """
        self._window_up = True
        if self._stale is None or self._rebuild is not None:
            return
        self._rebuild = _StaleRebuild(self._stale, self._cache, self._on_rebuilt)
        self._stale = None

    def bring_up_to_date(self) -> None:
        """Build an out-of-date ``.qm`` shown now, at once, and show the new one: before a
        window that comes with an update of the app (a library's upgrade, whose steps' words
        are new in it), which the background rebuild would reach too late."""
        if self._stale is None or self._rebuild is not None:
            return
        language, self._stale = self._stale, None
        _Build(language, self._cache, lambda _built: None).run()
        self.apply(*self._asked)

    def _on_rebuilt(self, built: bool) -> None:
        self._rebuild = None
        if built:
            self.apply(*self._asked)

    def _install(self, language: Language) -> bool:
        qm, current = existing_translations(language, self._cache)
        if qm is None:
            qm = compiled_translations(language, self._cache)  # none at all: the first start
        elif not current:
            self._stale = language  # shown as it is until refresh_stale has built a new one
        app = QTranslator(self._app)
        if qm is None or not app.load(str(qm)):
            return False
        # Qt's own texts (Cancel, Close, the line edit's menu…) from Qt's translations folder,
        # then ours of those it lacks.
        qt = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translators = [app]
        if qt.load(f"qtbase_{language}", folder):
            translators[:0] = [qt, *self._qt_extra(language)]
        for translator in translators:
            self._app.installTranslator(translator)
            self._installed.append(translator)
        return True

    def _qt_extra(self, language: Language) -> list[QTranslator]:
        """The translator of the Qt texts Qt's catalogue lacks, when the language has one."""
        ts = qt_extra_ts_path(language)
        if not ts.is_file():
            return []
        qm, current = existing_translations(language, self._cache, ts)
        if qm is None:
            qm = compiled_translations(language, self._cache, ts=ts)
        elif not current:
            self._stale = language
        extra = QTranslator(self._app)
        return [extra] if qm is not None and extra.load(str(qm)) else []


class _StaleRebuild(QObject):
    """Builds a ``.qm`` on the thread pool and reports back on the GUI thread."""

    built = Signal(bool)

    def __init__(self, language: str, cache: Path | None, done: Callable[[bool], None]) -> None:
        super().__init__()
        self._done = done
        self.built.connect(self._on_built)  # queued: emitted on a pool thread
        QThreadPool.globalInstance().start(_Build(language, cache, self.built.emit))

    @Slot(bool)
    def _on_built(self, built: bool) -> None:
        self._done(built)


class _Build(QRunnable):
    def __init__(self, language: str, cache: Path | None, report: Callable[[bool], None]) -> None:
        super().__init__()
        self._language, self._cache, self._report = language, cache, report

    def run(self) -> None:
        """lrelease in a subprocess: the interpreter is free while it works."""
        built = compiled_translations(self._language, self._cache) is not None
        extra = qt_extra_ts_path(self._language)
        if extra.is_file():
            built = (
                compiled_translations(self._language, self._cache, ts=extra) is not None and built
            )
        self._report(built)


def _locale(language: Language) -> QLocale:
    if language == Language.CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
