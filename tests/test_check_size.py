"""installers/check_size.py, which `make bundle-test` runs on the real bundle, fails past its limits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "installers" / "check_size.py"
MB = 1024 * 1024


def _check(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, SCRIPT, *map(str, args)], capture_output=True, text=True, timeout=60)


def _bundle(tmp_path: Path) -> Path:
    internal = tmp_path / "DesktopCRM" / "_internal"
    (internal / "pyarrow").mkdir(parents=True)
    (internal / "pyarrow" / "libarrow.so").write_bytes(b"\1" * (3 * MB))
    (internal / "libpython.so").write_bytes(b"\1" * MB)
    return tmp_path / "DesktopCRM"


def test_within_the_limit_passes(tmp_path: Path) -> None:
    done = _check(_bundle(tmp_path), "--bundle-limit", "5")
    assert done.returncode == 0, done.stdout
    assert "4 MB on disk" in done.stdout


def test_past_the_limit_fails_and_names_the_largest_parts(tmp_path: Path) -> None:
    done = _check(_bundle(tmp_path), "--bundle-limit", "3")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "_internal/pyarrow" in lines[1] and "_internal/libpython.so" in lines[2]


def test_a_large_deb_fails(tmp_path: Path) -> None:
    deb = tmp_path / "desktop-crm.deb"
    deb.write_bytes(b"\1" * (2 * MB))
    bundle = _bundle(tmp_path)
    assert _check(bundle, "--deb", deb, "--deb-limit", "1").returncode == 1
    assert _check(bundle, "--deb", deb, "--deb-limit", "2").returncode == 0


def test_no_bundle_is_a_clear_error(tmp_path: Path) -> None:
    done = _check(tmp_path / "missing")
    assert done.returncode == 2 and "make bundle" in done.stderr
