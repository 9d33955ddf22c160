"""What `jjj compare` answers: a verdict on each figure of a statement, and on the whole.

A figure is ``supported`` (a claim states it), ``contradicted`` (a claim on the same thing
states another value) or ``unsupported``; a statement is contradicted when one of its
figures is, unsupported when one is, else supported. ``to_dict`` gives the JSON contract's
objects (docs/json.md); ``describe`` writes a figure for an English reason.
"""

from __future__ import annotations

import re
from typing import Any

from jjjcli.figures import Figure
from jjjcli.kb import Claim
from jjjcli.reading import StatedFigure
from jjjcli.record import Record

SUPPORTED, CONTRADICTED, UNSUPPORTED = "supported", "contradicted", "unsupported"

_QUALIFIER_EN = {
    "exact": "", "about": "about ", "nearly": "nearly ", "more-than": "more than ",
    "at-least": "at least ", "less-than": "less than ", "up-to": "up to ", "range": "",
    "ordinal": "No. ",
}

class FigureVerdict(Record):
    __slots__ = ("figure", "verdict", "claim", "expected", "reason", "_stated")

    figure: Figure
    verdict: str
    claim: Claim | None
    expected: Figure | None
    reason: str

    def __init__(
        self, figure: Figure, verdict: str, claim: Claim | None = None,
        expected: Figure | None = None, reason: str = "",
    ) -> None:
        self.figure = figure
        self.verdict = verdict
        self.claim = claim
        self.expected = expected
        self.reason = reason
        self._stated: StatedFigure | None = None  # where it is in the sentence (set by judge)

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.figure.raw, "value": self.figure.value, "unit": self.figure.unit,
            "qualifier": self.figure.qualifier, "verdict": self.verdict,
            "claim": self.claim.id if self.claim else None,
            "expected": self.expected.raw if self.expected else None,
            "period": self.claim.period if self.claim else None,
            "reason": self.reason,
            "quote": self.claim.quote if self.claim else None,
        }


class StatementVerdict(Record):
    __slots__ = ("statement", "verdict", "figures", "reason")

    statement: str
    verdict: str
    figures: list[FigureVerdict]
    reason: str

    def __init__(
        self, statement: str, verdict: str, figures: list[FigureVerdict] | None = None,
        reason: str = "",
    ) -> None:
        self.statement = statement
        self.verdict = verdict
        self.figures = [] if figures is None else figures
        self.reason = reason

    @property
    def evidence(self) -> list[str]:
        return list(dict.fromkeys(f.claim.id for f in self.figures if f.claim))

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement, "verdict": self.verdict,
            "figures": [f.to_dict() for f in self.figures], "evidence": self.evidence,
            "reason": self.reason,
        }


_UNIT_EN = {
    "元": "yuan", "美元": "US dollars", "欧元": "euros", "港元": "HK dollars",
    "新台币": "NT dollars",
    "个百分点": "percentage points", "倍": "times", "公里": "km", "平方公里": "km²",
    "平方米": "m²", "人": "people", "人次": "visits", "吨": "tonnes", "亩": "mu",
    "年": "years", "个月": "months", "天": "days", "小时": "hours",
}
#: the English units above that take no plural ending for one: 1 year, 1 hour, 1 person
_ONE_EN = {"people": "person", "visits": "visit", "tonnes": "tonne", "years": "year",
           "months": "month", "days": "day", "hours": "hour", "US dollars": "US dollar",
           "euros": "euro", "HK dollars": "HK dollar", "NT dollars": "NT dollar",
           "percentage points": "percentage point"}
_SCALE_EN = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def describe(figure: Figure) -> str:
    """A figure for an English sentence: 'more than 1,100 家', '2.5 trillion yuan', '27%';
    a date as printed (2019年1月17日), with its year where the print has none (12日
    (2023年5月12日): the day its paragraph dates)."""
    if figure.unit == "date":
        return _dated(figure)
    value = _number(figure.value)
    if figure.high is not None:
        value = f"{value}–{_number(figure.high)}"
    unit = figure.unit or ""
    name = _UNIT_EN.get(unit, unit)
    if figure.value == 1 and figure.high is None:
        name = _ONE_EN.get(name, name)
    spaced = "" if unit in ("%", "‰", "") else " "
    return f"{_QUALIFIER_EN.get(figure.qualifier, '')}{value}{spaced}{name}".strip()


def _dated(figure: Figure) -> str:
    """A date as printed, and in full after it where the print gives no year."""
    if _YEAR_PRINTED.search(figure.raw) or figure.high is not None:
        return figure.raw
    value = int(figure.value)
    year, month, day = value // 10000, value // 100 % 100, value % 100
    if not year:
        return figure.raw
    full = f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if month and day else "")
    return f"{figure.raw} ({full})"


#: a year in a printed date (2023年, 2023-05, May 2023)
_YEAR_PRINTED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _number(value: float) -> str:
    for size, word in _SCALE_EN:
        if abs(value) >= size:
            return f"{value / size:,.6g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"
