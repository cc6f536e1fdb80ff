"""Start-up benchmark (`make bench`): how fast a user sees the app, and the command line's `--help`.

The app is the bundle (dist/DesktopCRM, from `make bundle`) when it exists, else `python -m desktop_crm`.
Each start is a fresh process with a fresh config folder (a first start, as after installing), timed
from outside until the app prints that the demo data, then its segments, are on the window
(DESKTOP_CRM_EXIT_WHEN_SHOWN, see gui/app.py). Goals: data on screen ≤ 2 s, `--help` ≤ 0.4 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "DesktopCRM" / ("DesktopCRM.exe" if sys.platform == "win32" else "DesktopCRM")
RUNS = 5


def app_command(app: Path | None, source: bool) -> tuple[list[str], str]:
    """The program to time: `app` (e.g. an older bundle, to compare), the bundle, or the source tree."""
    if app is not None:
        return [str(app)], str(app)
    if BUNDLE.exists() and not source:
        return [str(BUNDLE)], "bundle"
    return [sys.executable, "-m", "desktop_crm"], "python -m desktop_crm"


def start_once(command: list[str]) -> dict[str, float]:
    """Seconds from launching the app to each mark it prints."""
    scratch = tempfile.mkdtemp(prefix="desktop-crm-bench-")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": scratch,
        "DESKTOP_CRM_CONFIG_DIR": scratch,
        "DESKTOP_CRM_EXIT_WHEN_SHOWN": "1",
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([*command, "gui"], stdout=subprocess.PIPE, text=True, env=env, cwd=scratch)
    marks = {line.strip(): time.perf_counter() - start for line in proc.stdout if line.strip()}
    marks["exit"] = time.perf_counter() - start
    if proc.wait() != 0 or "DATA" not in marks:
        raise SystemExit(f"the app did not show the demo data (exit code {proc.returncode})")
    return marks


def help_once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "--help"], capture_output=True, check=True)
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the app's start and --help.")
    parser.add_argument("--app", type=Path, help="the program to time (default: the bundle, else python -m)")
    parser.add_argument("--source", action="store_true", help="time python -m desktop_crm even if there is a bundle")
    args = parser.parse_args()
    command, what = app_command(args.app, args.source)
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"{what} on {platform.machine()}, {os.cpu_count()} cores{load}, Python {platform.python_version()}")
    starts = [start_once(command) for _ in range(RUNS)]
    for mark, goal in (("DATA", 2.0), ("SEGMENTS", None)):
        times = [s[mark] for s in starts]
        target = f" (goal {goal:.1f} s)" if goal else ""
        print(
            f"start → {mark.lower()} on screen: first {times[0]:.2f} s, median {median(times):.2f} s of {RUNS}{target}"
        )
    helps = [help_once(command) for _ in range(RUNS)]
    print(f"--help: first {helps[0]:.2f} s, median {median(helps):.2f} s of {RUNS} (goal 0.4 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
