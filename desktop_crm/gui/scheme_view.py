"""The state handling shared by views whose segment-scheme combo needs new work while their other
controls only redraw what was computed (Departments, Traffic). Each has a task for the data in
memory and one for data kept in a store (DuckDB); the dataset decides which runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QComboBox, QLabel

from desktop_crm.gui.empty import Placeholder
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.session import Session
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.pipeline import engine_task


class SchemeDrivenView:
    """Mixin: `restore()` recomputes only when the scheme changed, else redraws.

    The view provides `session`, `scheme`, `status`, `runner`, `_wanted`, `state()`, `_set_controls(state)`
    (sets every control with its signals blocked), `compute()` (through `_compute_by_scheme`),
    `show_result(segmentation)`, `_on_computed(result)` and `_draw()`, and calls `_connect` once built.
    """

    scheme: QComboBox
    computing: WhenShown
    session: Session
    runner: TaskRunner
    status: QLabel
    body: Placeholder
    _wanted: Any

    def _connect(self, session: Session, *shown: SignalInstance) -> None:
        """Compute when shown; the scheme and new segments recompute, the `shown` controls redraw."""
        self.computing = WhenShown(self, self.compute)  # type: ignore[arg-type]  # the view is a QWidget
        self.scheme.currentIndexChanged.connect(self._on_scheme_changed)
        for signal in shown:
            signal.connect(self._on_shown_changed)
        session.segments_ready.connect(self.show_result)

    def _compute_by_scheme(
        self, task: Callable[[Any, Any], Any], store_task: Callable[[Any, Any], Any], message: str
    ) -> None:
        """Run `task(transactions, each customer's group in the chosen scheme)`, or `store_task(store
        folder, groups)` when the data is kept on disk; `_on_computed` gets the result."""
        data, segmentation = self.session.dataset, self.session.segmentation
        if data is None or segmentation is None or not self.scheme.count():
            return
        groups = segmentation.customers.set_index("customer_id")[self.scheme.currentData()]
        self.status.setText(message)
        run, source = engine_task(data, task, store_task)
        self.runner.start(run, source, groups, done=self._on_computed, failed=self.status.setText)

    def restore(self, state: Any) -> None:
        scheme_changed = bool(self.scheme.count()) and self.scheme.currentData() != state.scheme
        self._wanted = state
        self._set_controls(state)
        if scheme_changed:
            self.computing.request()
        else:
            self._draw()

    def _on_scheme_changed(self) -> None:
        self._wanted = self.state()
        self.computing.request()

    def _on_shown_changed(self) -> None:
        self._wanted = self.state()
        self._draw()

    def state(self) -> Any:
        raise NotImplementedError

    def compute(self) -> None:
        raise NotImplementedError

    def show_result(self, segmentation: Any) -> None:
        raise NotImplementedError

    def _set_controls(self, state: Any) -> None:
        raise NotImplementedError

    def _on_computed(self, result: Any) -> None:
        raise NotImplementedError

    def _draw(self) -> None:
        raise NotImplementedError
