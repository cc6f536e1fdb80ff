"""Type checks for dataclasses rebuilt from JSON a user may have edited (projects, rule files).

`Scoring(**d)` accepts `bins="five"` or `k=[1]` without complaint, and the mistake surfaces later
as an exception deep inside a computation or a Qt slot. Checking every field against its
annotation right after loading turns it into one clear message while the file is being opened.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin


def check_types(obj: object, where: str = "") -> None:
    """Raise TypeError naming the first field whose value does not fit its annotation."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        name = f"{where}{f.name}"
        if not _fits(value, hints.get(f.name, Any)):
            raise TypeError(f"{name}: {type(value).__name__} {value!r:.40} does not fit")
        for item in value if isinstance(value, tuple | list) else (value,):
            check_types(item, name + ".")


def _fits(value: object, hint: object) -> bool:
    origin, args = get_origin(hint), get_args(hint)
    if hint is Any or hint is object:
        return True
    if origin in (Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if origin is Literal:
        return value in args
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin in (tuple, list):
        return isinstance(value, origin) and _items_fit(value, args)
    if origin is dict:
        return isinstance(value, dict) and all(_fits(k, args[0]) and _fits(v, args[1]) for k, v in value.items())
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True  # a type alias or generic this check does not know: left to the code that uses it


def _items_fit(value: tuple | list, args: tuple[Any, ...]) -> bool:
    if not args:
        return True
    if (len(args) == 2 and args[1] is Ellipsis) or len(args) == 1:
        return all(_fits(v, args[0]) for v in value)
    return len(value) == len(args) and all(_fits(v, a) for v, a in zip(value, args, strict=True))
