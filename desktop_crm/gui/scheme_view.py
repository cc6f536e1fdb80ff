"""The state handling shared by views whose segment-scheme combo needs new work while their other
controls only redraw what was computed (Departments, Traffic)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from desktop_crm.gui.lazy import WhenShown


class SchemeDrivenView:
    """Mixin: `restore()` recomputes only when the scheme changed, else redraws.

    The view provides `scheme`, `computing`, `_wanted`, `state()`, `_set_controls(state)` (sets every
    control with its signals blocked) and `_draw()`.
    """

    scheme: QComboBox
    computing: WhenShown
    _wanted: Any

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

    def _set_controls(self, state: Any) -> None:
        raise NotImplementedError

    def _draw(self) -> None:
        raise NotImplementedError
