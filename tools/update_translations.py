"""Refresh the Qt Linguist sources (``resources/i18n/*.ts``) from the UI strings in ``desktop/``.

    python tools/update_translations.py            # update the .ts files (keeps translations)
    python tools/update_translations.py --release  # also build the .qm files beside them
    python tools/update_translations.py --check    # exit 1 if a string is new or untranslated
    python tools/update_translations.py --prune    # also drop translations no code uses

Chinese (``pizhu_zh_CN.ts``) translates every string. English, the language of the source
texts, has a catalogue too (``pizhu_en.ts``) holding only the plurals: the code says
"%n speech(es)" and the catalogue gives "%n speech" and "%n speeches".

``pyside6-lupdate`` finds ``self.tr()``, ``translate("Context", …)`` and ``QT_TRANSLATE_NOOP``
calls. A translation whose string left the code is kept as "vanished" (Linguist greys it out)
and comes back by itself when the string does, e.g. when another branch's code is merged;
``--prune`` drops those. Translate new strings with Qt Linguist
(``pyside6-linguist resources/i18n/pizhu_zh_CN.ts``) or by editing the XML, then run the tests:
tests/gui/test_i18n.py fails while a string is untranslated.

``qtbase_extra_<language>.ts`` holds Qt's own texts that Qt's catalogue lacks (see
``desktop/gui/i18n.py``). It is written by hand, in Qt's contexts: lupdate never touches it
(it finds none of those strings in our code, and would drop them); ``--release`` builds it and
``--check`` fails on an entry untranslated, or one Qt's catalogue translates by now.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
"""The UI's own language: its catalogue holds only plurals, a singular and a plural form for
each "%n speech(es)", which the source text cannot give by itself."""


QT_EXTRA = "qtbase_extra"
"""The hand-written catalogue of Qt texts missing from Qt's own: ``qtbase_extra_<lang>.ts``."""


def tool(name: str) -> Path:
    """A Qt tool shipped with PySide6 (``lupdate``, ``lrelease``), or its pyside6- wrapper."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (
        Path(PySide6.__file__).parent / f"{name}{suffix}",
        Path(sys.executable).parent / f"pyside6-{name}{suffix}",
    ):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6")
    return Path(found)


def source_files() -> list[Path]:
    """Every Python file of the GUI side (core returns codes, never UI text)."""
    return sorted(p for p in SOURCES.rglob("*.py") if "core" not in p.relative_to(SOURCES).parts)


def ts_file(language: str) -> Path:
    """The .ts of a language."""
    return ROOT / "resources" / "i18n" / f"pizhu_{language}.ts"


def run_lupdate(target: Path, language: str, prune: bool = False) -> None:
    """Update ``target`` from the sources, keeping its translations (and, unless ``prune``,
    those of strings no longer in the code, marked vanished)."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    command = [str(tool("lupdate")), "-silent", "-locations", "none"]
    if prune:
        command.append("-no-obsolete")
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    command += ["-source-language", "en", "-target-language", language, *files, "-ts", str(target)]
    subprocess.run(command, cwd=ROOT, check=True)


def strings_in_code() -> set[tuple[str, str]]:
    """(context, text) of every literal UI string in the sources, read from their syntax trees.

    A check on lupdate's own parser, which silently skips calls it does not understand.
    """
    found: set[tuple[str, str]] = set()
    for path in source_files():
        _StringFinder(found).visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


class _StringFinder(ast.NodeVisitor):
    """Collects self.tr("…"), translate("Context", "…") and QT_TRANSLATE_NOOP("Context", "…")."""

    def __init__(self, found: set[tuple[str, str]]) -> None:
        self.found = found
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        """self.tr() inside a class translates in the class's name as context."""
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        """Note a translation call whose texts are literals."""
        name = _called_name(node.func)
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:2]]
        if name == "tr" and _is_self(node.func) and texts and isinstance(texts[0], str):
            self.found.add((self.classes[-1] if self.classes else "", texts[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and _all_text(texts):
            self.found.add((texts[0], texts[1]))
        self.generic_visit(node)


def _all_text(texts: list[object]) -> bool:
    return len(texts) == 2 and all(isinstance(text, str) for text in texts)


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_self(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self"


def messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translations (one per plural form) of every message of ``ts``
    that the code uses (vanished and obsolete ones are left out)."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text or "" for f in forms] if forms else [getattr(translation, "text", "")]
            if kind == "unfinished":
                texts = [""]
            found[(name, message.findtext("source") or "")] = [t or "" for t in texts]
    return found


def untranslated(ts: Path) -> list[str]:
    """Source texts of ``ts`` without a finished translation."""
    return [source for (_, source), texts in messages(ts).items() if not all(texts)]


def qt_extra_files() -> list[Path]:
    """The catalogues of Qt texts missing from Qt's own, one per language that has one."""
    return sorted((ROOT / "resources" / "i18n").glob(f"{QT_EXTRA}_*.ts"))


def check_qt_extra(ts: Path) -> list[str]:
    """Problems of a catalogue of Qt texts: an entry untranslated, or one Qt's own translates."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    language = ts.stem.removeprefix(f"{QT_EXTRA}_")
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    known = qt.load(f"qtbase_{language}", folder)
    problems = []
    for (context, source), texts in messages(ts).items():
        if not all(texts):
            problems.append(f"{ts.name}: not translated: {context} {source!r}")
        elif known and qt.translate(context, source):
            problems.append(f"{ts.name}: Qt's catalogue has it now, remove: {context} {source!r}")
    return problems


def release(ts: Path) -> None:
    """Build the .qm beside a .ts."""
    command = [str(tool("lrelease")), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
    subprocess.run(command, check=True)


def check(language: str) -> list[str]:
    """Problems of a language: strings the .ts lacks, or lacks a translation for."""
    current = ts_file(language)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / current.name
        shutil.copy(current, fresh)
        run_lupdate(fresh, language)
        return [f"{language}: not translated: {text!r}" for text in untranslated(fresh)]


def main(argv: list[str] | None = None) -> int:
    """Update, check or release the translations."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    parser.add_argument("--release", action="store_true", help="also build the .qm files")
    parser.add_argument("--prune", action="store_true", help="drop vanished translations")
    args = parser.parse_args(argv)
    if args.check:
        problems = [problem for language in LANGUAGES for problem in check(language)]
        problems += [problem for ts in qt_extra_files() for problem in check_qt_extra(ts)]
        print("\n".join(problems) or "translations are complete")
        return 1 if problems else 0
    for language in LANGUAGES:
        target = ts_file(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(target, language, args.prune)
        missing = untranslated(target)
        print(f"{target.relative_to(ROOT)}: {len(missing)} string(s) to translate")
        if args.release:
            release(target)
    for extra in qt_extra_files():
        print(f"{extra.relative_to(ROOT)}: written by hand, left as it is")
        if args.release:
            release(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
