"""The library parts the bundle leaves out (installers/desktop_crm.spec) stay unimported by the app's code.

The bundle's smoke test only catches an import on the paths it walks; this imports every module of the
package (and the scikit-learn parts the uplift model loads on demand) and fails if one of them pulls in
a scipy or scikit-learn module the spec excludes. (pyarrow's excluded file systems and ORC are imported
by pyarrow itself inside try/except, so they are absent, not broken, in the bundle.)
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parent.parent / "installers" / "desktop_crm.spec"
LIBRARIES = ("scipy", "sklearn")
IMPORT_ALL = """
import importlib, pkgutil, sys
import desktop_crm
import sklearn.ensemble, sklearn.model_selection, sklearn.cluster, sklearn.metrics, sklearn.preprocessing
for module in pkgutil.walk_packages(desktop_crm.__path__, "desktop_crm."):
    importlib.import_module(module.name)
print("\\n".join(sys.modules))
"""


def excluded_modules() -> list[str]:
    """The spec's UNUSED_MODULES entries that belong to the data libraries."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "UNUSED_MODULES" for t in node.targets):
            return [name for name in ast.literal_eval(node.value) if name.split(".")[0] in LIBRARIES]
    raise AssertionError("no UNUSED_MODULES in the spec")


def test_no_module_of_the_app_imports_what_the_bundle_leaves_out() -> None:
    excluded = excluded_modules()
    assert "scipy.signal" in excluded and "sklearn.datasets" in excluded
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert not [name for name in loaded if name in excluded or name.startswith(tuple(f"{e}." for e in excluded))]
