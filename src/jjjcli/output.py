"""Writing results: a Rich table for a person, JSON/NDJSON/TSV for a pipeline.

Data goes to stdout, messages to stderr. Whether stdout is a terminal, and whether colour
is wanted (``NO_COLOR``, ``FORCE_COLOR``), is decided here once. Rich is imported only when a
table is drawn, so machine formats start fast.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from jjjcli.errors import JJJError

if TYPE_CHECKING:
    from rich.console import Console

MACHINE_FORMATS = ("json", "ndjson", "tsv")
#: the bidirectional formatting characters
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


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
            return super().render_str(literal(text, bidi=True), **options)

    stream = sys.stderr if stderr else sys.stdout
    color = color_wanted(stream)
    forced = bool(os.environ.get("FORCE_COLOR"))
    # Rich gives no colour to TERM=dumb even when forced; FORCE_COLOR asks for it anyway.
    dumb = os.environ.get("TERM", "") in ("dumb", "unknown")
    return LiteralConsole(
        file=stream, stderr=stderr, markup=False, emoji=False, highlight=False,
        no_color=not color, force_terminal=True if forced else None,
        color_system=None if not color else "standard" if forced and dumb else "auto",
        soft_wrap=False,
    )


def write_line(text: str = "") -> None:
    """One line of plain text: terminal escapes in it are shown, not sent."""
    sys.stdout.write(literal(text) + "\n")


def flush() -> None:
    sys.stdout.flush()


# json.dumps escapes C0 controls but with ensure_ascii=False writes DEL and the C1 controls
# (U+0080–U+009F, among them the one-byte CSI U+009B) as they are; they can only stand
# inside JSON strings, where \u escapes mean the same thing.
_JSON_CONTROLS = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


_JSON_BIDI = {ord(ch): f"\\u{ord(ch):04x}" for ch in BIDI_CONTROLS}


def json_text(data: Any, indent: int | None = None, terminal: bool = False) -> str:
    """JSON with non-ASCII text as it is, and every control character escaped (for a
    ``terminal``, the bidirectional controls too: ``\\u202e`` means the same in JSON)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent).translate(_JSON_CONTROLS)
    return text.translate(_JSON_BIDI) if terminal else text


def write_json(data: Any) -> None:
    sys.stdout.write(json_text(data, indent=2, terminal=stdout_is_terminal()) + "\n")


def write_ndjson(rows: Iterable[Any]) -> None:
    terminal = stdout_is_terminal()
    for row in rows:
        sys.stdout.write(json_text(row, terminal=terminal) + "\n")


def tsv_cell(value: Any, terminal: bool = False) -> str:
    """One TSV field: lists joined with ``;``, tabs and line breaks turned into spaces,
    control characters shown (and bidirectional controls, for a ``terminal``)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(tsv_cell(v, terminal) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return literal(text.replace("\t", " ").replace("\r", " ").replace("\n", " "), terminal)


def write_tsv(header: Sequence[str] | None, rows: Iterable[Sequence[Any]]) -> None:
    terminal = stdout_is_terminal()
    if header:
        sys.stdout.write("\t".join(header) + "\n")
    for row in rows:
        sys.stdout.write("\t".join(tsv_cell(v, terminal) for v in row) + "\n")


def error(message: str) -> None:
    """One line on stderr, prefixed so that a script's log says who spoke."""
    sys.stderr.write(f"jjj: {sanitize(message)}\n")


def warn(message: str) -> None:
    sys.stderr.write(f"jjj: warning: {sanitize(message)}\n")


# --- what a terminal must not obey ---------------------------------------------------------
#
# Text from the knowledge base or the user can hold terminal escapes (ESC, CSI, OSC 52 that
# writes the clipboard, OSC 0 that sets the title), other C0/C1 controls (BEL) and the
# bidirectional controls that make a terminal show text in another order than it is
# (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C: "Trojan Source"). Whatever reaches
# a terminal shows them as visible escapes (\x1b, \u202e); data written to a file or a
# pipe keeps bidirectional controls as they are (and JSON escapes controls as JSON does).

_CONTROL_CHARS = "".join(chr(c) for c in (*range(0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0)))
_CONTROLS = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
_CONTROLS_OR_BIDI = re.compile(f"[{re.escape(_CONTROL_CHARS + BIDI_CONTROLS)}]")
_ESCAPES = {ord(ch): f"\\x{ord(ch):02x}" for ch in _CONTROL_CHARS}
_ESCAPES.update({ord(ch): f"\\u{ord(ch):04x}" for ch in BIDI_CONTROLS})


def _pattern(bidi: bool | None) -> re.Pattern[str]:
    if bidi is None:
        bidi = stdout_is_terminal()
    return _CONTROLS_OR_BIDI if bidi else _CONTROLS


def literal(text: str, bidi: bool | None = None) -> str:
    """Text that is shown, never obeyed: control characters (ESC, BEL, the C1 CSI …)
    as visible escapes such as ``\\x1b`` (line breaks kept), and, when ``bidi`` (by
    default: when stdout is a terminal), the bidirectional controls as ``\\u202e``."""
    pattern = _pattern(bidi)
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: _ESCAPES[ord(m.group())], text)


def sanitize(text: str) -> str:
    """A message for stderr (a person reads it): one line, nothing a terminal obeys."""
    return literal(text.replace("\n", " "), bidi=True)


def literal_spans(text: str, spans: Sequence[tuple[int, int]]
                  ) -> tuple[str, list[tuple[int, int]]]:
    """:func:`literal` text for a terminal table, with spans of the original text moved
    to match it."""
    if _CONTROLS_OR_BIDI.search(text) is None:
        return text, list(spans)
    where = [0]
    pieces = []
    for ch in text:
        piece = _ESCAPES.get(ord(ch), ch)
        pieces.append(piece)
        where.append(where[-1] + len(piece))
    size = len(text)
    moved = [(where[max(0, min(a, size))], where[max(0, min(b, size))]) for a, b in spans]
    return "".join(pieces), moved


class _TerminalText:
    """A text stream that passes everything written through :func:`literal`."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return int(self.stream.write(literal(text, bidi=True)))


def data_stream() -> Any:
    """Where a command writes data it formats itself (CSV): stdout as it is, or, on a
    terminal, stdout with escapes and bidirectional controls shown."""
    return _TerminalText(sys.stdout) if stdout_is_terminal() else sys.stdout
