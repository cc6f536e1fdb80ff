"""Progress and cancellation hooks shared by every long computation.

Core functions take plain callables instead of Qt objects so that the GUI can wrap them in a
worker and the CLI can run them as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_crm.i18n import tr

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]


class Cancelled(Exception):
    """Raised inside a computation when its `cancelled()` hook returns True."""


def accepted_hooks(fn: Callable, hooks: dict[str, Callable]) -> dict[str, Callable]:
    """The hooks (`progress`, `cancelled`) the task function accepts: a quick one may take neither."""
    import inspect

    params = inspect.signature(fn).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    return {name: hook for name, hook in hooks.items() if takes_any or name in params}


def no_progress(fraction: float, message: str) -> None:
    """Default progress hook: ignores reports."""


def never_cancelled() -> bool:
    """Default cancellation hook: work always runs to the end."""
    return False


class Steps:
    """Maps the stages of a computation onto one 0..1 progress range and checks for cancel.

    `Steps(progress, cancelled).stage(0.3, "Reading")` reports the start of a stage that ends at 30 %.
    """

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        start: float = 0.0,
        end: float = 1.0,
    ) -> None:
        self._progress = progress or no_progress
        self._cancelled = cancelled or never_cancelled
        self._start = start
        self._end = end
        self._at = start

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop."""
        if self._cancelled():
            raise Cancelled()

    def stage(self, until: float, message: str) -> None:
        """Report the start of a stage that ends at fraction `until` of this range."""
        self.check()
        self._progress(self._at, message)
        self._at = self._start + (self._end - self._start) * until

    def part(self, until: float) -> ProgressFn:
        """A progress hook for a called function: its 0..1 maps onto here..`until`."""
        lo = self._at
        hi = self._start + (self._end - self._start) * until
        self._at = hi

        def report(fraction: float, message: str) -> None:
            self._progress(lo + (hi - lo) * min(max(fraction, 0.0), 1.0), message)

        return report

    def done(self, message: str | None = None) -> None:
        self._progress(self._end, tr("Done") if message is None else message)
