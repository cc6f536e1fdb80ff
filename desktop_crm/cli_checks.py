"""Guards of the `desktop-crm` command: numeric options checked in one place, signals made errors.

argparse takes "nan", "inf" and "1e999" as floats and any negative number, so every numeric option
is checked against one table before any work starts. A file-size limit (SIGXFSZ) would kill the
process and SIGTERM would skip the clean-up of partly written files; both become exceptions.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import signal
import threading
from collections.abc import Iterator

from desktop_crm.i18n import tr
from desktop_crm.io.errors import InputError

# Bounds of every numeric option, by its dest. One table, so a new option cannot be forgotten:
# an option not listed still has to be finite.
NUMBER_LIMITS: dict[str, tuple[float | None, float | None]] = {
    "points_rate": (0, None), "points_min": (0, None), "points_max": (0, None), "target_k": (0, None),
    "target_weeks": (1, None), "inactive_days": (0, None), "contacted_days": (0, None),
    "birthday_within": (0, 366), "seed": (0, None), "points_factor": (0, None),
    "extra_discount": (0, 100), "reactivation_days": (0, None), "cost": (0, None), "margin": (0, 1),
    "horizon_days": (1, None), "discount": (0, 1), "count": (1, None), "timeout": (0, None),
    "holdout": (0, 0.99),
}  # fmt: skip


def check_numbers(args: argparse.Namespace) -> None:
    """Refuse non-finite numbers and numbers outside their option's bounds, before any work."""
    for name, value in vars(args).items():
        if not isinstance(value, int | float) or isinstance(value, bool):
            continue
        check_number(f"--{name.replace('_', '-')}", value, *NUMBER_LIMITS.get(name, (None, None)))


def check_number(option: str, value: float, low: float | None = None, high: float | None = None) -> None:
    if not math.isfinite(value):
        raise InputError(tr("{option} expects a finite number, got {value}", option=option, value=value))
    if (low is not None and value < low) or (high is not None and value > high):
        top = "∞" if high is None else f"{high:g}"
        raise InputError(
            tr("{option} expects a number from {low} to {high}, got {value}", option=option, low=f"{low or 0:g}",
               high=top, value=f"{value:g}")
        )  # fmt: skip


@contextlib.contextmanager
def signals_as_errors() -> Iterator[None]:
    """SIGXFSZ is ignored (the write fails with EFBIG instead) and SIGTERM raises KeyboardInterrupt."""
    saved = {}
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGXFSZ"):
        for sig, handler in ((signal.SIGXFSZ, signal.SIG_IGN), (signal.SIGTERM, _interrupt)):
            saved[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
