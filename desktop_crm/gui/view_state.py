"""What a view remembers: its choices as a frozen dataclass, read with `state()`, set with `restore()`.

Projects, autosave and the language switch go through this protocol only; they never read a view's
widgets. A state holds plain values (str, int, float, bool, date, None, tuples of those), so it can
be written to a project file with `state_to_dict` and read back with `state_from_dict`; a state class
with richer fields gives itself `to_dict()` and a `from_dict()` classmethod.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Any, Protocol, TypeVar

S = TypeVar("S")


class StatefulView(Protocol):
    """A view whose choices survive a language switch and a project round trip."""

    def state(self) -> Any: ...

    def restore(self, state: Any) -> None: ...


def state_to_dict(state: object) -> dict[str, Any]:
    """A JSON-ready dict of a state (dates as ISO text)."""
    own = getattr(state, "to_dict", None)
    if callable(own):
        return own()
    return {f.name: _plain(getattr(state, f.name)) for f in dataclasses.fields(state)}  # type: ignore[arg-type]


def state_from_dict(cls: type[S], data: dict[str, Any]) -> S:
    """The state a project saved; unknown keys (an older or newer app) are ignored, missing ones keep
    their defaults, and a value of the wrong type falls back to the default too."""
    own = getattr(cls, "from_dict", None)
    if callable(own):
        return own(data)
    hints = typing.get_type_hints(cls)
    values = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            try:
                values[f.name] = _typed(hints[f.name], data[f.name])
            except (TypeError, ValueError):
                continue
    return cls(**values)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _typed(hint: Any, value: Any) -> Any:
    """`value` from JSON as the field's type: dates from ISO text, tuples from lists, numbers as such."""
    if value is None:
        return None
    if typing.get_origin(hint) in (typing.Union, types.UnionType):  # X | None: the X
        hint = next(t for t in typing.get_args(hint) if t is not type(None))
    kind = typing.get_origin(hint) or hint
    if kind is dt.date:
        return dt.date.fromisoformat(str(value))
    if kind is tuple:
        return tuple(value)
    if kind in (int, float, str, bool):
        if kind is bool and not isinstance(value, bool):
            raise TypeError(value)
        return kind(value)
    return value
