"""`desktop-crm --help` answers at once: the data libraries and Qt load only in the commands that use them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_crm.core import choices, clv, dynamics, rfm_rules, segmentation, targets
from desktop_crm.io import targets_export

HEAVY = ("pandas", "numpy", "scipy", "sklearn", "pyarrow", "PySide6", "pyqtgraph", "openpyxl")

PROBE = """
import contextlib, io, json, sys
from desktop_crm import cli
with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):
    cli.main(sys.argv[1:])
print(json.dumps({"help": out.getvalue(), "loaded": sorted(m for m in sys.modules if m.split(".")[0] in %r)}))
"""


@pytest.mark.parametrize("argv", [["--help"], ["segment", "--help"], ["targets", "--help"], ["--version"]])
def test_help_imports_no_heavy_library(argv: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), *argv], capture_output=True, text=True, timeout=60, check=True
    )
    report = json.loads(done.stdout)
    assert report["loaded"] == []
    assert "desktop-crm" in report["help"]


def test_the_light_choices_are_the_ones_the_core_uses() -> None:
    assert set(rfm_rules.PRESETS) == set(choices.RFM_PRESETS)
    assert segmentation.SCHEMES is choices.SCHEMES
    assert dynamics.DYNAMIC_SCHEMES is choices.DYNAMIC_SCHEMES
    assert targets.CHANNELS is choices.CHANNELS
    assert targets_export.LAYOUTS is choices.LAYOUTS
    assert clv.UNITS is choices.UNITS
