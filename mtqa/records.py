"""The methods of mtqa's public records (`Finding`, `Span`, `Fix`, `Edit`, `Config`, `Report`,
`Document`), made once for all of them instead of compiled for each at every start-up.

`dataclasses` writes a record's `__init__`, `__repr__`, `__eq__`, `__hash__` and, when frozen,
`__setattr__` and `__delattr__` as source text and compiles it when its module is imported:
~4.5 ms of every `mtqa check`, for seven classes. A record here stays a dataclass (declared
`init=False, repr=False, eq=False`), so `dataclasses.fields`, `replace` and `asdict` work as
before; its `__init__` is written out in the class (a call costs what the generated one cost),
and `record` gives it the rest, each behaving as the generated method does on Python 3.11:

- `repr`: `Name(field=value, ...)` over the fields shown in repr, `...` for a record inside itself;
- `==`: records of the very same class, compared as tuples of their compared fields;
- `hash`: frozen records hash the tuple of their hashed fields (the same value, so sets and
  dicts of them iterate in the same order); mutable ones are unhashable;
- frozen: assigning or deleting a field raises `dataclasses.FrozenInstanceError`, and a frozen
  record with slots pickles through its fields' values.

`tests/test_records.py` holds each record to a dataclass generated from the same fields.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from reprlib import recursive_repr

TYPE_CHECKING = False  # typing's constant without importing typing (`mtqa.finding` loads this)
if TYPE_CHECKING:
    from typing import Any, Callable, TypeVar

    T = TypeVar("T", bound=type)


class _Factory:
    """The default of an `__init__` parameter whose field has a `default_factory` (dataclasses'
    own marker: passing None gives None, leaving it out gives a fresh value)."""

    def __repr__(self) -> str:
        return "<factory>"


FACTORY: Any = _Factory()


def record(*, frozen: bool) -> Callable[[T], T]:
    """Add the methods above to a class already made a dataclass with
    `@dataclass(init=False, repr=False, eq=False[, slots=True])`; `frozen` as dataclass's."""

    def finish(cls: T) -> T:
        _add_methods(cls, frozen)
        return cls

    return finish


def _add_methods(cls: Any, frozen: bool) -> None:
    fields = dataclasses.fields(cls)
    cls.__repr__ = _repr([f.name for f in fields if f.repr])
    cls.__eq__ = _eq(_values([f.name for f in fields if f.compare]))
    if not frozen:
        cls.__hash__ = None
        return
    cls.__hash__ = _hash(_values([f.name for f in fields if (f.compare if f.hash is None else f.hash)]))
    names = tuple(f.name for f in fields)
    cls.__setattr__, cls.__delattr__ = _frozen(cls, names)
    if "__slots__" in cls.__dict__:  # object's own pickling would assign through __setattr__
        cls.__getstate__, cls.__setstate__ = _slot_state(names)


def _values(names: list[str]) -> Callable[[Any], tuple]:
    """A function giving an object's values of `names` as a tuple (attrgetter gives one name's
    value bare)."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


def _repr(names: list[str]) -> Callable[[Any], str]:
    @recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq(values: Callable[[Any], tuple]) -> Callable[[Any, object], Any]:
    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values: Callable[[Any], tuple]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _frozen(cls: Any, names: tuple[str, ...]) -> tuple[Callable[..., None], Callable[..., None]]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _slot_state(names: tuple[str, ...]) -> tuple[Callable[[Any], list], Callable[[Any, list], None]]:
    def __getstate__(self: Any) -> list:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: list) -> None:
        for name, value in zip(names, state):
            object.__setattr__(self, name, value)

    return __getstate__, __setstate__
