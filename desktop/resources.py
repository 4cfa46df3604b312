"""Find the app's resource files, from a checkout and from an installed package alike.

In a checkout they live in ``resources/`` next to the ``desktop`` package; an installed wheel
carries the same tree as the package ``desktop.data`` (see ``package-dir`` in pyproject.toml).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding sample/, i18n/, dict/, icons/ and styles/."""
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "data"):
        if (candidate / "sample").is_dir():
            return candidate
    raise FileNotFoundError("Pizhu's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """A file or folder under the resources folder."""
    return resources_dir().joinpath(*parts)


def sample_collection_path() -> Path:
    """The sample collection the app opens on first run."""
    return resource_path("sample", "sample_speeches.txt")


def is_sample_source(source: str | None) -> bool:
    """Whether a collection's file is the bundled sample, of this installation or another (a
    library outlives the folder it was installed in: its last two parts are compared)."""
    return source is not None and Path(source).parts[-2:] == sample_collection_path().parts[-2:]
