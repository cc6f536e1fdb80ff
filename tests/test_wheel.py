"""A wheel built from the repository is a whole app: installed into a fresh virtual environment, it finds
its demo data, icons and Help, and the window speaks Russian (compiled .qm, or the .ts catalogue alone).

The wheel is built without build isolation and installed without its dependencies, which the fresh
environment borrows from the test environment through a .pth file: offline, and ~15 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from desktop_crm.i18n.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "installed_probe.py"


def _run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the wheel, the python of a fresh environment it is installed in)."""
    tmp = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp / "dist", ROOT, cwd=tmp)
    (wheel,) = (tmp / "dist").glob("desktop_crm-*.whl")
    env = tmp / "fresh"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel,
         cwd=tmp)  # fmt: skip
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp).strip())
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return wheel, python


def _probe(python: Path, language: str) -> dict:
    return json.loads(_run(python, PROBE, language, cwd=python.parent).splitlines()[-1])


def test_the_wheel_carries_resources_and_compiled_translations(installed) -> None:
    names = set(zipfile.ZipFile(installed[0]).namelist())
    for code in ("tr", "ru", "pl"):
        assert f"desktop_crm/_resources/i18n/desktop_crm_{code}.qm" in names
        assert f"desktop_crm/_resources/i18n/desktop_crm_{code}.ts" in names
    assert "desktop_crm/_resources/demo/demo_transactions.parquet" in names
    assert "desktop_crm/_resources/icons/desktop_crm_256.png" in names
    assert "desktop_crm/_resources/docs/segmentation.ru.md" in names


def test_installed_window_is_russian(installed) -> None:
    env = installed[1].parent.parent
    report = _probe(installed[1], "ru")
    assert Path(report["package"]).is_relative_to(env)  # the wheel, not the source tree
    assert Path(report["resources"]).is_relative_to(env)
    assert report["demo"] and report["help"] and report["qm_loaded"]
    _assert_russian(report)


def _assert_russian(report: dict) -> None:
    ru = load_catalogue("ru")
    assert report["menus"][0] == ru.get("&File") != ""
    assert not {"&File", "&View", "&Help"} & set(report["menus"])
    assert ru.get("Segments") in report["views"]


def test_without_compiled_translations_the_catalogue_speaks(installed) -> None:
    """A wheel built where PySide6's lrelease is missing ships only the .ts files; the window stays Russian."""
    env = installed[1].parent.parent
    compiled = list(env.rglob("desktop_crm/_resources/i18n/*.qm"))
    for qm in compiled:
        qm.rename(qm.with_suffix(".away"))
    try:
        report = _probe(installed[1], "ru")
    finally:
        for qm in compiled:
            qm.with_suffix(".away").rename(qm)
    assert not report["qm_loaded"]
    _assert_russian(report)
