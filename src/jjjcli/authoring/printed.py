"""What a source text prints about itself: its date line, bylines, wire-service
datelines, issue line. Each value is found in a paragraph and recorded with it; nothing is
guessed (a date in the body of an article is not the paper's date).

Patterns are strict on purpose: a date is the paper's date only as a date line (a paragraph
that is a date, optionally with its weekday: ``2025年7月4日 星期五``); an issue only as
``2024年第2期``; a byline only after 本报记者 / 本报讯; a dateline only in the wire form
``新华社北京3月4日电``.
"""

from __future__ import annotations

import re

from jjjcli.record import Record
from jjjcli.text import Paragraph, compact

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DATE_LINE = re.compile(
    r"^(?P<printed>(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日)"
    r"(?:星期[一二三四五六日天]|周[一二三四五六日])?$")
_ISSUE = re.compile(r"(?P<printed>(?P<y>(?:19|20)\d\d)年第(?P<n>\d{1,3})期)")
_BYLINE = re.compile(r"本报(?:记者|讯)\s*(?P<names>(?:[\u4e00-\u9fff]{2,4}[ \t\u3000、]*){1,4})")
_DATELINE = re.compile(
    r"(?P<printed>(?P<agency>新华社|中新社|人民网|央视网)(?P<place>[\u4e00-\u9fff]{2,4}?)"
    r"(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日电)")
_NAME_END = re.compile(r"[近日据在从为将于今日]")
#: words that open the text after a byline, not names
_NOT_NAMES = frozenset({"近日", "日前", "今天", "昨天", "今年", "去年", "记者", "本报"})


class Found(Record):
    """A metadata value the text prints: ``value`` as recorded, ``printed`` as it stands."""

    __slots__ = ("field", "value", "printed", "paragraph")

    field: str
    value: str
    printed: str
    paragraph: int

    def __init__(self, field: str, value: str, printed: str, paragraph: int) -> None:
        self.field = field
        self.value = value
        self.printed = printed
        self.paragraph = paragraph


def find_printed(paragraphs: list[Paragraph]) -> list[Found]:
    """Every metadata value the paragraphs print, first occurrence of each kind first."""
    found: list[Found] = []
    seen: set[tuple[str, str]] = set()

    def add(item: Found) -> None:
        if (item.field, item.value) not in seen:
            seen.add((item.field, item.value))
            found.append(item)

    for paragraph in paragraphs:
        text = compact(paragraph.text).translate(_DIGITS)
        date = _DATE_LINE.match(text)
        if date:
            value = f"{date['y']}-{int(date['m']):02d}-{int(date['d']):02d}"
            add(Found("date", value, date["printed"], paragraph.number))
        for issue in _ISSUE.finditer(text):
            add(Found("issue", issue["n"], issue["printed"], paragraph.number))
            add(Found("year", issue["y"], issue["y"] + "年", paragraph.number))
        for line in paragraph.text.translate(_DIGITS).split("\n"):
            for byline in _BYLINE.finditer(line):
                for name in _names(byline["names"]):
                    add(Found("author", name, name, paragraph.number))
        for dateline in _DATELINE.finditer(text):
            add(Found("agency", dateline["agency"], dateline["agency"], paragraph.number))
            add(Found("dateline", dateline["printed"], dateline["printed"], paragraph.number))
        if "本报记者" in text or "本报讯" in text:
            add(Found("evidence", "本报记者" if "本报记者" in text else "本报讯",
                      "本报记者" if "本报记者" in text else "本报讯", paragraph.number))
    return found


def _names(run: str) -> list[str]:
    """The names of a byline: 2–3 characters each, separated by spaces or 、 (a run that
    goes on into the text, 梁倩近日, is cut where the text starts)."""
    names = []
    for part in re.split(r"[ \t\u3000、]+", run.strip()):
        if not part:
            continue
        if part[:2] in _NOT_NAMES:
            break
        cut = _NAME_END.search(part, 2)
        if cut:
            part = part[: cut.start()]
        if 2 <= len(part) <= 3:
            names.append(part)
        if cut:
            break
    return names
