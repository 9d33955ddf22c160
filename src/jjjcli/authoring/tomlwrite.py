"""TOML written the way the curators write it: one ``[[claim]]`` table a claim, keys in
the schema's order, figures as inline tables. Strings are TOML basic strings; JSON's escapes
are TOML's (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``), so ``json.dumps`` writes them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any


def value(item: Any) -> str:
    """One TOML value: a string, number, boolean, array or inline table."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, str):
        return json.dumps(item, ensure_ascii=False)
    if isinstance(item, int | float):
        return repr(item)
    if isinstance(item, Mapping):
        return "{ " + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items()
                                if v is not None) + " }"
    if isinstance(item, list | tuple):
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(f"no TOML for {type(item).__name__}")


def key(name: str) -> str:
    bare = name.replace("-", "").replace("_", "")
    return name if bare.isascii() and bare.isalnum() else json.dumps(name, ensure_ascii=False)


def table(header: str, fields: Mapping[str, Any], *, multiline: Iterable[str] = ()) -> str:
    """``[[header]]`` and its fields; fields named in ``multiline`` (lists of tables) one
    item a line, as curators write ``figures``."""
    long = set(multiline)
    lines = [f"[[{header}]]"]
    for name, item in fields.items():
        if item is None:
            continue
        if name in long and isinstance(item, list | tuple):
            lines.append(f"{key(name)} = [")
            lines.extend(f"  {value(v)}," for v in item)
            lines.append("]")
        else:
            lines.append(f"{key(name)} = {value(item)}")
    return "\n".join(lines) + "\n"
