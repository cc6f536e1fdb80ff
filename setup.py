"""Build step of the wheel: the resources go into the package, with compiled translations when possible.

`resources/` (demo data, icons, translations) and the Help documents live beside the package in the
repository; an installed wheel has only the package, so `build_py` copies them to
`desktop_crm/_resources/` (found by `desktop_crm.resources`). The `.qm` files are compiled with
PySide6's lrelease when the build environment has it (`python -m build --no-isolation`); otherwise
the `.ts` sources are shipped alone and the app translates through its Qt-free catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGED = "_resources"  # desktop_crm/_resources in the wheel; desktop_crm.resources looks there first


def _lrelease() -> list[str] | None:
    """PySide6's lrelease when the build environment has PySide6 (it compiles .ts to .qm), else None."""
    try:
        import PySide6  # noqa: F401  (only to know whether its lrelease is installed)
    except ImportError:
        return None
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"]


def _compile_translations(folder: Path) -> None:
    """Compile every .ts in `folder`; a stale or missing .qm is removed so the .ts is used instead."""
    command = _lrelease()
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime < ts.stat().st_mtime:
            qm.unlink()  # older than its source: never ship it
        if command is not None:
            subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildWithResources(build_py):
    """build_py that also copies resources/ and the Help documents into the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ from the source tree
            return
        target = Path(self.build_lib) / "desktop_crm" / PACKAGED
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("__pycache__"))
        for doc in sorted((ROOT / "docs").glob("segmentation*.md")):
            (target / "docs").mkdir(exist_ok=True)
            shutil.copy2(doc, target / "docs" / doc.name)
        _compile_translations(target / "i18n")


setup(cmdclass={"build_py": BuildWithResources})
