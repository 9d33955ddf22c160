"""Value objects without the cost of ``dataclasses`` at start-up.

Every command imports the data model (claims, figures, search documents). As dataclasses,
the fifteen classes ``jjj search`` needs cost about 25 ms before it did anything: the
module imports ``inspect``, and each class is generated with ``exec`` (about 1 ms a
class). jjj's classes are written out instead: each
lists its fields in ``__slots__`` and sets them in an ordinary ``__init__``, and
:class:`Record` gives them what ``@dataclass`` did: a repr, equality, a hash, ``as_dict``
and ``replace``. Fields whose names start with ``_`` are caches: they take no part in any
of these.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

R = TypeVar("R", bound="Record")


class Record:
    """Repr, equality, hash and conversion over the fields named in ``__slots__``."""

    __slots__: tuple[str, ...] = ()
    #: the public fields, in order (set once for each class)
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._fields = tuple(name for name in cls.__slots__ if not name.startswith("_"))

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def as_dict(self) -> dict[str, Any]:
        """The fields as a dict, nested records (also in lists, tuples and dicts) too."""
        return {name: _plain(getattr(self, name)) for name in self._fields}

    def replace(self: R, **changes: Any) -> R:
        """A copy with some fields changed."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
