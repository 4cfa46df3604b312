"""An installed Pizhu carries its resources: the wheel holds resources/ as desktop/data/."""

from __future__ import annotations

import importlib
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import desktop
from desktop.resources import resources_dir, sample_collection_path

ROOT = Path(desktop.__file__).resolve().parent.parent


def test_checkout_finds_the_sample_collection() -> None:
    assert sample_collection_path().is_file()
    assert resources_dir() == ROOT / "resources"


def test_wheel_ships_resources_as_package_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("pizhu-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        name.removeprefix("desktop/data/") for name in names if name.startswith("desktop/data/")
    }
    expected = {
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".qm"
    }
    assert expected <= shipped
    assert "desktop/resources.py" in names


def test_console_script_entry_point_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    module_name, _, attribute = pyproject["project"]["scripts"]["pizhu"].partition(":")
    entry_point = getattr(importlib.import_module(module_name), attribute)
    monkeypatch.setattr(sys, "argv", ["pizhu", "--version"])
    with pytest.raises(SystemExit) as exit_info:
        entry_point()
    assert exit_info.value.code == 0
    assert desktop.__version__ in capsys.readouterr().out
