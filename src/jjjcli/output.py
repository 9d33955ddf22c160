"""Writing results: a Rich table for a person, JSON/NDJSON/TSV for a pipeline.

Data goes to stdout, messages to stderr. Whether stdout is a terminal, and whether colour
is wanted (``NO_COLOR``, ``FORCE_COLOR``), is decided here once. Rich is imported only when a
table is drawn, so machine formats start fast.
"""

from __future__ import annotations

import json
import os
import sys
import time
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
    """A Rich console for the terminal: literal text, no markup, no emoji codes, and no
    control character from the data reaching the terminal (every plain string Rich draws,
    in a table cell or a heading, goes through :func:`literal`)."""
    from rich.console import Console

    class LiteralConsole(Console):
        def render_str(self, text: str, **options: Any) -> Any:
            return super().render_str(literal(text), **options)

    stream = sys.stderr if stderr else sys.stdout
    color = color_wanted(stream)
    forced = bool(os.environ.get("FORCE_COLOR"))
    # NO_COLOR takes colour away, not emphasis: on a terminal, bold and underline stay, so
    # that matched words are still marked (Rich keeps them with no_color)
    styled = color or (bool(os.environ.get("NO_COLOR")) and _isatty(stream))
    # Rich gives no colour to TERM=dumb even when forced; FORCE_COLOR asks for it anyway.
    dumb = os.environ.get("TERM", "") in ("dumb", "unknown")
    return LiteralConsole(
        file=stream, stderr=stderr, markup=False, emoji=False, highlight=False,
        no_color=not color, force_terminal=True if forced or styled else None,
        color_system=None if not styled else "standard" if forced and dumb else "auto",
        soft_wrap=False,
    )


def highlight_style() -> str:
    """How matched words are marked: bold yellow, or bold underlined without colour."""
    return "bold underline" if os.environ.get("NO_COLOR") else "bold yellow"


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def write_line(text: str = "") -> None:
    """One line of plain text: terminal escapes in it are shown, not sent."""
    sys.stdout.write(literal(text) + "\n")


def flush() -> None:
    sys.stdout.flush()


# json.dumps escapes C0 controls but with ensure_ascii=False writes DEL and the C1 controls
# (U+0080–U+009F, among them the one-byte CSI U+009B) as they are; they can only stand
# inside JSON strings, where \u escapes mean the same thing.
_JSON_CONTROLS = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def json_text(data: Any, indent: int | None = None) -> str:
    """JSON with non-ASCII text as it is, and every control character escaped."""
    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_JSON_CONTROLS)


def write_json(data: Any) -> None:
    sys.stdout.write(json_text(data, indent=2) + "\n")


def write_ndjson(rows: Iterable[Any]) -> None:
    for row in rows:
        sys.stdout.write(json_text(row) + "\n")


def tsv_cell(value: Any) -> str:
    """One TSV field: lists joined with ``;``, tabs and line breaks turned into spaces."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(tsv_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return literal(text.replace("\t", " ").replace("\r", " ").replace("\n", " "))


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


def _is_control(ch: str) -> bool:
    return ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0


def _has_control(text: str) -> bool:
    return any(_is_control(ch) for ch in text)


def _shown(ch: str) -> str:
    """A character as printed: a control character (not a line break) as ``\\xNN``."""
    return ch if ch == "\n" or not _is_control(ch) else f"\\x{ord(ch):02x}"


def sanitize(text: str) -> str:
    """Control characters (terminal escapes) shown as visible escapes, one line."""
    return literal(text.replace("\n", " "))


def literal(text: str) -> str:
    """Control characters (ESC, BEL, the C1 CSI …) shown as visible escapes such as
    ``\\x1b``, so that text from the knowledge base or the user is printed, never obeyed
    by the terminal; line breaks are kept."""
    if not _has_control(text.replace("\n", "")):
        return text
    return "".join(map(_shown, text))


def literal_spans(text: str, spans: Sequence[tuple[int, int]]
                  ) -> tuple[str, list[tuple[int, int]]]:
    """:func:`literal` text, with spans of the original text moved to match it."""
    if not _has_control(text.replace("\n", "")):
        return text, list(spans)
    where = [0]
    pieces = []
    for ch in text:
        piece = _shown(ch)
        pieces.append(piece)
        where.append(where[-1] + len(piece))
    size = len(text)
    moved = [(where[max(0, min(a, size))], where[max(0, min(b, size))]) for a, b in spans]
    return "".join(pieces), moved


class Progress:
    """A progress line on stderr, only on a terminal and only once a build takes over 1 s."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.start = time.monotonic()
        self.shown = False
        try:
            self.enabled = sys.stderr.isatty()
        except (AttributeError, ValueError):
            self.enabled = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.start < 1.0:
            return
        share = f"{100 * done // total}%" if total else ""
        sys.stderr.write(f"\rjjj: {self.label} {share} ")
        sys.stderr.flush()
        self.shown = True

    def update(self, done: int, total: int) -> None:
        self(done, total)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.shown:
            sys.stderr.write(f"\rjjj: {self.label} done in "
                             f"{time.monotonic() - self.start:.1f} s\n")
            sys.stderr.flush()
