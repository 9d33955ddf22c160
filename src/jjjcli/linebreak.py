"""Where a line of mixed Chinese and Latin text may break, and how source lines join.

A terminal table breaks its cells into lines. These rules keep what a reader copies
whole: a Latin word, a number (``17504.55``, ``2023``), an id or a citation token is never
cut unless it alone is wider than the line; Chinese breaks between characters, but closing
punctuation (``。``, ``，``, ``）``, ``”`` …) never starts a line and opening punctuation never
ends one (the kinsoku rule). Widths are terminal cells: a Chinese character takes two.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: may not start a line
NO_START = frozenset("，。、；：？！）》」』】〕〉”’…—·．,.;:?!)]}%％‰°、～")
#: may not end a line
NO_END = frozenset("（《「『【〔〈“‘([{")
#: the characters a number is written with in Chinese, kept on the number's line
NUMBER_UNITS = frozenset("十百千万亿元个家项件人次年月日号倍%％‰")


@lru_cache(maxsize=4096)
def cell_width(char: str) -> int:
    """Terminal cells a character takes: two for wide (Chinese) characters, none for
    combining marks."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(cell_width(ch) for ch in text)


def is_wide(char: str) -> bool:
    return cell_width(char) == 2


def join_lines(text: str) -> str:
    """A paragraph's lines (and the spaces print extraction put between characters)
    joined for reading: no space where a Chinese character or punctuation mark meets
    another, one space between Latin words."""
    out: list[str] = []
    pending = False
    for char in text:
        if char.isspace():
            pending = bool(out)
            continue
        if pending and not is_wide(out[-1]) and not is_wide(char):
            out.append(" ")
        pending = False
        out.append(char)
    return "".join(out)


def _units(text: str) -> list[tuple[int, int]]:
    """The unbreakable pieces of one line of text, as (start, end): a run of non-wide,
    non-space characters (a word, a number, an id), a single wide character, or a run of
    spaces."""
    units: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while start < size:
        char = text[start]
        end = start + 1
        if char.isspace():
            while end < size and text[end].isspace() and text[end] != "\n":
                end += 1
        elif not is_wide(char):
            while end < size and not text[end].isspace() and not is_wide(text[end]):
                end += 1
            if text[end - 1].isdigit():  # a figure keeps its Chinese unit: 10.4万亿元
                limit = end + 4
                while end < min(size, limit) and text[end] in NUMBER_UNITS:
                    end += 1
        units.append((start, end))
        start = end
    return units


def break_lines(text: str, width: int) -> list[tuple[int, int]]:
    """Spans of ``text`` that make lines of at most ``width`` cells (a unit wider than
    the line is cut, the only case where a word is; a number keeps up to four
    Chinese unit characters after it). Line breaks in ``text`` are kept;
    spaces at a break are dropped."""
    width = max(width, 2)
    lines: list[tuple[int, int]] = []
    at = 0
    for piece in text.split("\n"):
        lines.extend((at + a, at + b) for a, b in _break_one(piece, width))
        at += len(piece) + 1
    return lines


def _break_one(text: str, width: int) -> list[tuple[int, int]]:
    units = _units(text)
    lines: list[tuple[int, int]] = []
    line: list[tuple[int, int]] = []
    used = 0
    i = 0
    while i < len(units):
        start, end = units[i]
        size = text_width(text[start:end])
        if text[start].isspace() and (not line or used + size <= width):
            if line:
                line.append((start, end))
                used += size
            i += 1  # spaces that start a line are dropped
            continue
        if used + size <= width and not text[start].isspace():
            line.append((start, end))
            used += size
            i += 1
            continue
        if not line:  # one unit wider than the whole line: cut it by cells
            cut = _cut(text, start, end, width)
            lines.append((start, cut))
            units[i] = (cut, end)
            continue
        # kinsoku: carry characters to the next line until it does not start with closing
        # punctuation and this one does not end with opening punctuation
        next_start = start
        while len(line) > 1 and (_first_shown(text, next_start) in NO_START
                                 or text[line[-1][1] - 1] in NO_END
                                 or text[line[-1][0]].isspace()):
            next_start = line.pop()[0]
            i -= 1
        lines.append(_trim(text, line))
        line, used = [], 0
    if line:
        lines.append(_trim(text, line))
    return lines or [(0, 0)]


def _first_shown(text: str, at: int) -> str:
    """The first character from ``at`` that is not a space (what would start a line)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return text[at] if at < len(text) else ""


def _trim(text: str, line: list[tuple[int, int]]) -> tuple[int, int]:
    start, end = line[0][0], line[-1][1]
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, start: int, end: int, width: int) -> int:
    used = 0
    for at in range(start, end):
        used += cell_width(text[at])
        if used > width:
            return max(at, start + 1)
    return end


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` cells (see :func:`break_lines`)."""
    return [text[a:b] for a, b in break_lines(text, width)]
