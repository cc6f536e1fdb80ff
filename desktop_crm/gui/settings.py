"""Every setting the app keeps between runs, declared once with its type and default.

```python
DARK = Key("dark", bool, False)
dark = settings.get(DARK)
```
The settings live in one INI file in the same folder as the remembered column mappings and the
autosave (`io.mapping.config_dir()`), on every system, so there is one place to back up or reset.
Values from the folder Qt used before (the registry on Windows) are copied over once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop_crm.io.mapping import config_dir

T = TypeVar("T")
SETTINGS_FILE = "settings.ini"


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: its name in the file, its type and its value when it was never set."""

    name: str
    type: type
    default: T


LANGUAGE: Key[str] = Key("language", str, "")  # "": the system's language
CURRENCY: Key[str] = Key("currency", str, "")  # "": the language's own
DARK: Key[bool] = Key("dark", bool, False)
THEME: Key[str] = Key("theme", str, "")  # "": as the system; "light", "dark", "contrast" (gui/theme.py)
WELCOME: Key[bool] = Key("welcome", bool, True)  # show the welcome dialog at start
RECENT: Key[list] = Key("recent", list, [])  # recent files and projects, newest first
CHOSEN: Key[list] = Key("chosen_data", list, [])  # data files this user opened, newest first (see project.py)
GEOMETRY: Key[QByteArray] = Key("geometry", QByteArray, QByteArray())
VIEW: Key[int] = Key("view", int, 0)  # the page shown at start (the Overview)
LARGE_FILES: Key[bool] = Key("large_files", bool, False)  # every import into a store on disk (io/store.py)
KEYS = (LANGUAGE, CURRENCY, DARK, THEME, WELCOME, RECENT, GEOMETRY, VIEW)


class Settings:
    """Typed access to the settings file; a value that cannot be read as its type is its default."""

    def __init__(self) -> None:
        path = config_dir() / SETTINGS_FILE
        fresh = not path.exists()
        self.store = QSettings(str(path), QSettings.Format.IniFormat)
        if fresh:
            self._copy_from(QSettings("DesktopCRM", "Desktop CRM"))

    def get(self, key: Key[T]) -> T:
        value = self.store.value(key.name)
        if value is None:
            return key.default
        try:
            return _as(key.type, value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        self.store.setValue(key.name, value)

    def _copy_from(self, old: QSettings) -> None:
        """The settings an earlier version kept where Qt puts them by default."""
        for key in KEYS:
            if old.contains(key.name):
                self.store.setValue(key.name, old.value(key.name))


def _as(kind: type, value: Any) -> Any:
    if kind is bool:
        if isinstance(value, str):
            if value.lower() not in ("true", "false", "1", "0"):
                raise ValueError(value)
            return value.lower() in ("true", "1")
        return bool(value)
    if kind is list:
        return [value] if isinstance(value, str) else [str(v) for v in value]
    if kind is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    return kind(value)
