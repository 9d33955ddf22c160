"""Writing results: a Rich table for a person, JSON/NDJSON/TSV for a pipeline.

Data goes to stdout, messages to stderr. Whether stdout is a terminal, and whether colour
is wanted (``NO_COLOR``, ``FORCE_COLOR``), is decided here once. Rich is imported only when a
table is drawn, so machine formats start fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from jjjcli.errors import JJJError

if TYPE_CHECKING:
    from rich.console import Console

MACHINE_FORMATS = ("json", "ndjson", "tsv")


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def default_format() -> str:
    """``table`` on a terminal, ``tsv`` in a pipe (product.md)."""
    return "table" if stdout_is_terminal() else "tsv"


def choose_format(requested: str | None, allowed: Sequence[str]) -> str:
    fmt = (requested or default_format()).lower()
    if fmt not in allowed:
        raise JJJError(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")
    return fmt


def color_wanted(stream: Any) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def console(stderr: bool = False) -> Console:
    """A Rich console for the terminal: literal text, no markup, no emoji codes."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    color = color_wanted(stream)
    return Console(
        file=stream, stderr=stderr, markup=False, emoji=False, highlight=False,
        no_color=not color, force_terminal=True if os.environ.get("FORCE_COLOR") else None,
        color_system="auto" if color else None, soft_wrap=False,
    )


def write_line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def flush() -> None:
    sys.stdout.flush()


def write_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def write_ndjson(rows: Iterable[Any]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def tsv_cell(value: Any) -> str:
    """One TSV field: lists joined with ``;``, tabs and line breaks turned into spaces."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(tsv_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def write_tsv(header: Sequence[str] | None, rows: Iterable[Sequence[Any]]) -> None:
    if header:
        sys.stdout.write("\t".join(header) + "\n")
    for row in rows:
        sys.stdout.write("\t".join(tsv_cell(v) for v in row) + "\n")


def error(message: str) -> None:
    """One line on stderr, prefixed so that a script's log says who spoke."""
    sys.stderr.write(f"jjj: {sanitize(message)}\n")


def warn(message: str) -> None:
    sys.stderr.write(f"jjj: warning: {sanitize(message)}\n")


def sanitize(text: str) -> str:
    """Control characters (terminal escapes) shown as visible escapes, one line."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append(" ")
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)
