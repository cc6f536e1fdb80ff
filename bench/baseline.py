"""The app as it was: a benchmark child can import `desktop_crm` from another source tree (e.g.
`git archive main desktop_crm | tar -x -C /tmp/before`), so before and after are measured in one
run, interleaved, on a machine whose speed changes from minute to minute."""

from __future__ import annotations

import sys


def use_source_tree(path: str) -> None:
    """Import `desktop_crm` from `path`: the editable install's finder would win over `sys.path`."""
    sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, "__module__", "").startswith("__editable__")]
    sys.path.insert(0, path)
