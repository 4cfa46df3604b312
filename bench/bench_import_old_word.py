"""A folder of old Word files imports at about what one LibreOffice run over them costs.

The input is 20 .doc files (6 when quick), each a speech of three parts made with python-docx
and saved as Word 97–2003 by LibreOffice in setup. The code converts them as an import does
(``office_batch.converting``: a run per batch, a fresh profile in the import's temporary folder)
and imports each. The baseline is the plain thing: one ``soffice --convert-to docx`` of them all
with a fresh profile, then the importer on each .docx. Through the import job, 50 files took
70 s with a run of its own for each (before the batches) and 7 s in batches.

LibreOffice is needed: without ``soffice`` on PATH the benchmark is not declared (a line on
stderr says so).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import Benchmark
from desktop.core.importing import import_file
from desktop.core.importing.office_batch import converting

_FULL_COUNT = 20
_QUICK_COUNT = 6
_SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_HEADINGS = ("一、统一思想，提高认识", "二、突出重点，狠抓落实", "三、加强领导，强化保障")


def make_folder(quick: bool) -> list[Path]:
    """The .doc files, in a temporary folder left to the system (setup, untimed)."""
    import docx

    assert _SOFFICE is not None
    folder = Path(tempfile.mkdtemp(prefix="pizhu-bench-doc-"))
    made = folder / "docx"
    made.mkdir()
    for number in range(1, (_QUICK_COUNT if quick else _FULL_COUNT) + 1):
        document = docx.Document()
        document.add_heading(f"在全市第{number}次工作会议上的讲话", 0)
        document.add_paragraph("同志们：")
        for heading in _HEADINGS:
            document.add_heading(heading, 1)
            for paragraph in range(6):
                text = f"第{number}篇第{paragraph + 1}段。今天召开会议，部署今年任务。"
                document.add_paragraph(text * 4)
        document.save(made / f"讲话{number:02d}.docx")
    _soffice(folder / "setup-profile", "doc", folder / "doc", sorted(made.iterdir()))
    return sorted((folder / "doc").iterdir())


def import_in_batches(paths: list[Path]) -> object:
    """What an import of the folder does: batches converted ahead, each file imported."""
    with converting(paths) as convert:
        return [import_file(path, convert=convert) for path in paths]


def convert_then_import(paths: list[Path]) -> object:
    """The baseline: one LibreOffice run over all of them, then the importer on each .docx."""
    with tempfile.TemporaryDirectory(prefix="pizhu-bench-") as work:
        out = Path(work) / "out"
        _soffice(Path(work) / "profile", "docx", out, paths)
        return [import_file(out / f"{path.stem}.docx") for path in paths]


def _soffice(profile: Path, kind: str, outdir: Path, sources: list[Path]) -> None:
    assert _SOFFICE is not None
    command = [_SOFFICE, "--headless", f"-env:UserInstallation={profile.as_uri()}"]
    command += ["--convert-to", kind, "--outdir", str(outdir), *map(str, sources)]
    subprocess.run(command, check=True, capture_output=True, timeout=600)


BENCHMARKS = []
if _SOFFICE is None:
    print("import-old-word: LibreOffice (soffice) is not installed; skipped", file=sys.stderr)
else:
    BENCHMARKS.append(
        Benchmark(
            name="import-old-word",
            setup=make_folder,
            run=import_in_batches,
            baseline=convert_then_import,
            target_ratio=1.5,
            description="20 .doc files imported in batches vs one soffice run, then import",
            repeats=3,
            quick_repeats=1,
        )
    )
