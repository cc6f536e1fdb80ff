"""installers/linux/slim_icu.py, which `make bundle` runs on Qt's ICU data: smaller, and Qt answers the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installers" / "linux" / "slim_icu.py"
# What Qt asks ICU for: collation and casing in our languages and others, codecs, time-zone names.
PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = {"tr": ["çay", "cam", "ılık", "ihlas"], "pl": ["łąka", "lód", "żaba", "ćma"], "ru": ["ёж", "еда", "жук"],
         "sv": ["ö", "z", "a"], "de": ["Äpfel", "Apfel", "Zebra"], "cs": ["chata", "hrad", "cesta"]}
print({name: sorted(w, key=QCollator(QLocale(name)).sortKey) for name, w in words.items()})
print(QLocale("tr").toUpper("istanbul ılık"), QLocale("tr").toLower("İSTANBUL I"))
print([QStringDecoder(name).isValid() for name in ("windows-1254", "windows-1251", "IBM037", "Shift_JIS")])
zone = QTimeZone(b"Europe/Istanbul")
print(zone.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale("tr")))
"""


def _icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


def _probe(preload: Path | None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)  # same soname: QtCore's ICU takes its data from this copy
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(
    sys.platform != "linux" or any(shutil.which(t) is None for t in ("icupkg", "genccode", "readelf", "cc", "strip")),
    reason="Linux with icu-devtools, binutils and a C compiler",
)
def test_slim_icu_data_is_smaller_and_qt_answers_the_same(tmp_path: Path) -> None:
    original = _icu_data()
    if original is None:
        pytest.skip("this PySide6 ships no ICU")
    slim = tmp_path / original.name
    shutil.copyfile(original, slim)
    done = subprocess.run([sys.executable, SCRIPT, slim], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert slim.stat().st_size < 0.6 * original.stat().st_size
    assert _probe(slim) == _probe(None)
