"""Paragraphs and the quote rule, exactly as product.md defines them.

A paragraph is a maximal run of non-blank lines (``line.strip() != ""``) after
``\\r\\n`` becomes ``\\n``; paragraphs are numbered from 1. A quote is verbatim when,
with every whitespace character removed from both, it is a substring of the cited
paragraph(s) joined in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jjjcli.record import Record


class Paragraph(Record):
    __slots__ = ("number", "text", "line")

    number: int
    text: str
    line: int  # 1-based line of the file where the paragraph starts

    def __init__(self, number: int, text: str, line: int) -> None:
        self.number = number
        self.text = text
        self.line = line


def blanked(text: str, spans: Iterable[tuple[int, int]], fill: str = " ") -> str:
    """``text`` with each (start, end) span filled with ``fill``, to the same length (the
    offsets of what is left stay)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = fill * (end - start)
    return "".join(chars)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split a source text into numbered paragraphs (the paragraph rule)."""
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start = 0
    for index, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if line.strip() == "":
            if current:
                paragraphs.append(Paragraph(len(paragraphs) + 1, "\n".join(current), start))
                current = []
        else:
            if not current:
                start = index
            current.append(line)
    if current:
        paragraphs.append(Paragraph(len(paragraphs) + 1, "\n".join(current), start))
    return paragraphs


def compact(text: str) -> str:
    """The text with every whitespace character removed."""
    return "".join(text.split())


def quote_matches(quote: str, paragraphs: list[str]) -> bool:
    """The quote rule: whitespace-free quote inside the whitespace-free paragraphs joined."""
    needle = compact(quote)
    return bool(needle) and needle in "".join(compact(p) for p in paragraphs)


def _is_ascii_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


#: what str.isspace calls whitespace (the same Unicode table)
_WHITESPACE = re.compile(r"\s")


def squeeze(text: str) -> tuple[str, list[int]]:
    """Drop whitespace except between two ASCII letters or digits, or after a comma
    between two digits (two numbers listed, not one grouped in thousands).

    Print extraction spaces out Chinese text (``189.9 亿元``, ``经 审 查``); English
    needs its spaces (``5.59 trillion yuan``). Returns the squeezed text and, for each
    of its characters, the index of that character in ``text`` so that matches can be
    highlighted in the original.
    """
    if not _WHITESPACE.search(text):  # most Chinese text: nothing to drop
        return text, list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        if char.isspace():
            pending_space = True
            continue
        if pending_space and out and (
                (_is_ascii_word_char(out[-1]) and _is_ascii_word_char(char))
                # (a list's comma, not a thousands one: In 2023, 180 projects is not
                # 2,023,180; but 1 , 000 is text spaced out character by character)
                or (out[-1] == "," and char.isdigit()
                    and text[where[-1] - 1 : where[-1]].isdigit())):
            out.append(" ")
            where.append(index - 1)
        pending_space = False
        out.append(char)
        where.append(index)
    return "".join(out), where
