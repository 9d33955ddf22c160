"""Punctuation the citation styles share: joining elements, periods, quotation and title
marks, series of names, dates in words."""

from __future__ import annotations

from collections.abc import Iterable

from jjjcli.cite.model import PubDate, nested

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec.")
ENDS_SENTENCE = ("?", "!", "？", "！", ".", "。")


def join(parts: Iterable[str | None], sep: str) -> str:
    """The non-empty parts joined by ``sep``: a missing element leaves no empty comma."""
    return sep.join(p for p in parts if p)


def period(text: str) -> str:
    """End a bibliographic element with a period unless it already ends a sentence."""
    return text if text.endswith(ENDS_SENTENCE) else text + "."


def in_quotes(title: str, punct: str) -> str:
    """A title in quotation marks, with the punctuation that follows it inside (CMOS 6.9),
    dropped when the title ends with its own question or exclamation mark."""
    title = nested(title)
    return f"“{title}”" if title.endswith(ENDS_SENTENCE) else f"“{title}{punct}”"


def in_title_marks(title: str) -> str:
    """《title》, a title mark inside it becoming 〈 〉 (GB/T 15834-2011, 4.15)."""
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


def series(names: list[str], conj: str) -> str:
    """a; a and b; a, b, and c (the serial comma of APA, Chicago and MLA)."""
    if len(names) <= 2:
        return f" {conj} ".join(names)
    return f"{', '.join(names[:-1])}, {conj} {names[-1]}"


def english_date(date: PubDate, months: tuple[str, ...], day_first: bool) -> str:
    if date.month is None:
        return str(date.year)
    month = months[date.month - 1]
    if date.day is None:
        return f"{month} {date.year}"
    return f"{date.day} {month} {date.year}" if day_first else f"{month} {date.day}, {date.year}"


def chinese_date(date: PubDate) -> str:
    return f"{date.year}年" + (f"{date.month}月" if date.month else "") + (
        f"{date.day}日" if date.day else "")


def iso_date(date: PubDate) -> str:
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(date.parts()))


def text_blocks(cites: list[str], entries: list[str]) -> str:
    """Citations (one per claim), a blank line, then the entries, each once."""
    return "\n".join(cites) + "\n\n" + "\n".join(dict.fromkeys(entries)) + "\n"
