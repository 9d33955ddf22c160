"""When a figure is for: a statement's time as printed, against a claim's ``period``.

A claim's period (facts/README.md) is a year (``2023``), months of one year
(``2023-01/2023-11``: 2023年1—11月, 前11个月), a month or a day (``2023-06``: 截至2023年6月底),
a span of years (``2014/2022``, ``2014-01/2023-11``: an average rate, a total, a multiple of
its first year), or ``""`` (the text gives no time).

A statement's figure is for the years the reader gives it (jjjcli.reading: its period), in
the part of the year its sentence prints (1—11月, 前11个月, 前三季度, 上半年, 6月底; 全年 is
the whole), and a span is told by the years the sentence prints at both its ends (2014年至
2022年, 是2014年的1.8倍) or by its start and 以来 (2014年以来).

:func:`same_period` says whether the two are the same time. A whole year's value is not the
value of part of it (2023年 is not 2023年1—11月, in either direction), nor is a span's value
(2014—2022年's average growth, the total since 2014) a single year's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from jjjcli.figures import chinese_to_number, english_numbers
from jjjcli.reading import PERIOD_CLAUSE
from jjjcli.search import YEAR as _YEAR

#: a claim's period: a year, a year and month (and day), or two of them (a span)
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-\d{2})?(?:/(\d{4})(?:-(\d{2}))?(?:-\d{2})?)?")

_NUMBER = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
#: the parts of a year print gives them, as (first month, last month)
_MONTH_SPANS = (
    # 1—11月, 1-11月, 1月—11月, 1至11月
    (re.compile(rf"(?<!\d)({_NUMBER})\s*月?\s*(?:份)?\s*[—–\-~至到]\s*({_NUMBER})\s*月"), None),
    # 前11个月, 前十一个月, 前11月
    (re.compile(rf"前\s*({_NUMBER})\s*个?\s*月"), 1),
    # 6月底, 11月末 (a total at the end of a month: from the year's start)
    (re.compile(rf"(?<!\d)({_NUMBER})\s*月\s*(?:底|末)"), 1),
)
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_NUMBERS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")
_MONTH_EN = "|".join(m[:3] + f"(?:{m[3:]})?" for m in _MONTHS_EN)
_COUNT_EN = r"\d{1,2}|" + "|".join(_NUMBERS_EN)
#: the same in English: January–November, the first 11 months, the end of June
_MONTH_SPANS_EN = (
    re.compile(rf"\b({_MONTH_EN})\.?\s*(?:–|—|-|to|through)\s*({_MONTH_EN})\b", re.IGNORECASE),
    re.compile(rf"\bfirst\s+({_COUNT_EN})\s+months\b", re.IGNORECASE),
    re.compile(rf"\bend(?:\s+of\s+|-)({_MONTH_EN})\b", re.IGNORECASE),  # (end-January)
)
_QUARTERS_EN = (
    (re.compile(r"\bfirst\s+(?:three|3)\s+quarters\b", re.IGNORECASE), (1, 9)),
    (re.compile(r"\bfirst\s+half\b|\bH1\b", re.IGNORECASE), (1, 6)),
    (re.compile(r"\bsecond\s+half\b|\bH2\b", re.IGNORECASE), (7, 12)),
    (re.compile(r"\bfirst\s+quarter\b|\bQ1\b", re.IGNORECASE), (1, 3)),
    (re.compile(r"\b(?:full|whole)\s+year\b", re.IGNORECASE), (1, 12)),
)
#: the parts of _MONTH_SPANS and _MONTH_SPANS_EN that are a moment (6月底, the end of June),
#: not months of flow (1—6月)
_AT_MONTH_END = (_MONTH_SPANS[2][0], _MONTH_SPANS_EN[2])


#: a span of months across years, each end with its year (2022年7月至2023年6月, July 2022 to
#: June 2023)
_SPANNED = (
    re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:份)?\s*(?:至|到|—|–|-|～|~)\s*"
               r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月"),
    re.compile(rf"\b({_MONTH_EN})\.?\s+((?:19|20)\d\d)\s*(?:–|—|-|to|through|until)\s*"
               rf"({_MONTH_EN})\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE),
)


def _spanned(text: str, at: int | None) -> tuple[str, int, str, int] | None:
    """The last span of months across years printed before ``at`` (anywhere without it)."""
    end = len(text) if at is None else at
    chinese, english = _SPANNED
    found = [(m.start(), (m[1], int(m[2]), m[3], int(m[4])))
             for m in chinese.finditer(text, 0, end)]
    found += [(m.start(), (m[2], _month_en(m[1]), m[4], _month_en(m[3])))
              for m in english.finditer(text, 0, end)]
    if not found:
        return None
    last = max(found)[1]
    return last if 1 <= last[1] <= 12 and 1 <= last[3] <= 12 else None


def _month_en(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in _NUMBERS_EN:
        return _NUMBERS_EN.index(word) + 1
    return next(n for n, m in enumerate(_MONTHS_EN, 1) if m.startswith(word[:3]))
_QUARTERS = (
    (re.compile(r"前(?:三|3)(?:个)?季度"), (1, 9)),
    (re.compile(r"前(?:两|二|2)(?:个)?季度"), (1, 6)),
    (re.compile(r"(?:第)?(?:一|1)季度"), (1, 3)),
    (re.compile(r"(?<!前)(?:第)?(?:二|2)季度"), (4, 6)),
    (re.compile(r"(?<!前)(?:第)?(?:三|3)季度"), (7, 9)),
    (re.compile(r"(?:第)?(?:四|4)季度"), (10, 12)),
    (re.compile(r"上半年"), (1, 6)),
    (re.compile(r"下半年"), (7, 12)),
    (re.compile(r"全年"), (1, 12)),
)
#: a span's start printed on its own: 2014年以来, 自2014年起, 2014年至今, since 2014, and
#: 自 a year … 以来 in one clause (自2014年建立“平蓟三兴”协同机制以来)
_SINCE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:\d{1,2}\s*月\s*)?(?:以来|至今|来|起)"
                    r"|since\s+(?:the\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
                    r"((?:19|20)\d{2})"
                    r"|自\s*((?:19|20)\d{2})\s*年[^，,。；;\d]{1,20}?以来",
                    re.IGNORECASE)
#: a total up to a time, whatever its start: 截至2023年6月末, 累计, as of, so far
_TO_DATE = re.compile(r"截至|截止|累计|\bas of\b|\bso far\b|\bcumulative", re.IGNORECASE)
#: a span told by its length, back from the year printed: 连续8年, 近十年, 10年来, 十周年
_LENGTH = re.compile(r"(?:连续|近|过去|最近)\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?年"
                     r"|(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:年来|年以来|周年)")

WHOLE_YEAR = (1, 12)
#: what follows a year that is a comparison's, not a time of its own (2014年同期, 2014年的)
_BASE_YEAR = re.compile(r"\s*年?\s*(?:同期|的|相比|水平)")
#: what comes right before such a year (比2014年, 较2013年, 是2014年, 由2013年)
_BEFORE_A_BASE = frozenset("比较是与由从同")


#: the end of a year (2023年年底, 2023年末, 2022年年终, the end of 2023): a total then, not at
#: an earlier month
_YEAR_END = re.compile(r"\d{4}\s*年\s*年?(?:底|末|终)|\b(?:the\s+)?end\s+of\s+\d{4}\b",
                       re.IGNORECASE)


#: the start of a year a total is taken at (截至2023年年初, 到2024年初, as of early 2024): the
#: end of the year before
_YEAR_START = re.compile(r"(?:截至|截止|到)\s*(\d{4})\s*年\s*年?初|\bas\s+of\s+(?:the\s+)?"
                         r"(?:start|beginning)\s+of\s+(\d{4})\b|\bas\s+of\s+early\s+(\d{4})\b",
                         re.IGNORECASE)


class When(NamedTuple):
    """The time a statement's figure is for, as its sentence prints it."""

    years: frozenset[str]  # the years the figure is for (the reader's period)
    printed: frozenset[str]  # every year of the sentence (a span's ends, a multiple's base)
    months: tuple[int, int] | None  # the part of the year printed; None: the year, or none
    at_end: bool  # the months are the end of a month (6月底: a total then), not a flow
    since: frozenset[str]  # years the sentence counts from (2014年以来)
    base: frozenset[str] = frozenset()  # the year a multiple is of (是2014年的1.8倍)
    to_date: bool = False  # a total up to its time (截至2023年6月末…累计, as of)
    year_end: bool = False  # the end of its year printed (截至2023年年底): no month before
    #: a span of months across years printed whole, as (first year, month, last year,
    #: month): 2022年7月至2023年6月, from July 2022 to June 2023
    spanned: tuple[str, int, str, int] | None = None


def _month(text: str) -> int:
    return int(text) if text.isdigit() else int(chinese_to_number(text))


def printed_months(text: str, before: int | None = None) -> tuple[int, int] | None:
    """The part of a year ``text`` prints: 1—11月 → (1, 11), 前三季度 → (1, 9), 上半年 →
    (1, 6), 6月底 → (1, 6), 全年 → (1, 12); None when it prints none. With ``before`` (a
    figure's place), the last one printed before it that no other year follows (2022年…
    748.7亿元，2023年1—11月为653.8亿元: the months are 653.8亿元's; 2023年1—11月为653.8亿元，
    2022年为356.9亿元: not 356.9亿元's), "the first 11 months of 2023" being one."""
    found: list[tuple[int, int, tuple[int, int]]] = []
    for pattern, start in _MONTH_SPANS:
        for m in pattern.finditer(text):
            try:
                first = start if start is not None else _month(m[1])
                last = _month(m[2] if start is None else m[1])
            except (ValueError, KeyError):  # (FigureError is a ValueError)
                continue
            found.append((m.start(), m.end(), (first, last)))
    for pattern, months in _QUARTERS + _QUARTERS_EN:
        found.extend((m.start(), m.end(), months) for m in pattern.finditer(text))
    between, first_months, end_of = _MONTH_SPANS_EN
    found.extend((m.start(), m.end(), (_month_en(m[1]), _month_en(m[2])))
                 for m in between.finditer(text))
    found.extend((m.start(), m.end(), (1, _month_en(m[1])))
                 for m in first_months.finditer(text))
    found.extend((m.start(), m.end(), (1, _month_en(m[1]))) for m in end_of.finditer(text))
    found = [f for f in found if 1 <= f[2][0] <= f[2][1] <= 12]
    if before is not None:
        # (a comparison's year is no new time: 是2014年同期的, 较2013年的, 由2013年的)
        years = [m.start() for m in _YEAR.finditer(text, 0, before)
                 if not _BASE_YEAR.match(text, m.end())
                 and text[max(0, m.start() - 1) : m.start()] not in _BEFORE_A_BASE]
        after = [f for f in found if f[0] >= before]
        found = [f for f in found if f[0] < before
                 and not any(f[1] + 12 < y for y in years)]
        if not found and not years and after:
            # no year before the figure: the months printed after it in its clause are its
            # time, as its year is (通州园207家重点企业2023年前11个月实现…)
            nearest = min(after)
            if not PERIOD_CLAUSE.search(text, before, nearest[0]):
                return nearest[2]
    return max(found)[2] if found else None


def stated_when(text: str, years: frozenset[str], base: frozenset[str],
                at: int | None = None) -> When:
    """The time of a figure at ``at`` in ``text`` whose reader gave it ``years`` (and a
    comparison ``base``: 是2014年的1.8倍)."""
    printed = frozenset(_YEAR.findall(text)) | years | base
    since = frozenset(m[1] or m[2] or m[3] for m in _SINCE.finditer(text))
    if years and years <= since and at is not None and _reached(text, at):
        # (2014年以来…经济总量突破10.4万亿元: the level reached since then, as of now)
        years = frozenset()
    if len(years) == 1:
        # 2022年…连续8年 is 2015—2022 (or 2014—2022, counted as some do); 2024年…十周年 2014
        (year,) = years
        for m in _LENGTH.finditer(text):
            try:
                length = _month(m[1] or m[2])
            except (ValueError, KeyError):  # (FigureError is a ValueError)
                continue
            printed |= {str(int(year) - length), str(int(year) - length + 1)}
    months = printed_months(text, at)
    at_end = months is not None and any(
        _before_or_in_clause(text, m.start(), at)
        for pattern in _AT_MONTH_END for m in pattern.finditer(text))
    year_end = months is None and any(
        _before_or_in_clause(text, m.start(), at) for m in _YEAR_END.finditer(text))
    if months is None and len(years) == 1:
        # a total at a year's start is the year before's at its end (截至2024年初: 2023年底)
        start = next((m for m in _YEAR_START.finditer(text, 0, at if at is not None
                                                       else len(text))
                      if (m[1] or m[2] or m[3]) in years), None)
        if start is not None:
            before = str(int(start[1] or start[2] or start[3]) - 1)
            years, printed, year_end = frozenset({before}), printed | {before}, True
    return When(years, printed, months, at_end, since, base, bool(_TO_DATE.search(text)),
                year_end, _spanned(text, at))


#: a level a figure says was reached (突破10.4万亿元, exceeded 10.4 trillion yuan), not a
#: total of the years since (累计, 新增, in all)
_REACHED = re.compile(r"突破|达到|超过|升至|增至|(?:增长|提高|下降|降低)(?:到|至)|降至"
                      r"|\b(?:reached|exceeded|crossed|topped|surpassed)\b", re.IGNORECASE)
_SUMMED = re.compile(r"累计|新增|共计|总计|\b(?:in\s+all|in\s+total|cumulative|new)\b",
                     re.IGNORECASE)


def _reached(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is a level its clause says was reached (the verb right
    before it or opening it), not a sum of the years since."""
    start = max((m.end() for m in PERIOD_CLAUSE.finditer(text, 0, at)), default=0)
    clause = text[start : at + 12]
    return bool(_REACHED.search(text, max(start, at - 4), at + 12)) and not _SUMMED.search(
        clause)


def _before_or_in_clause(text: str, start: int, at: int | None) -> bool:
    """Whether words at ``start`` (the end of a month or a year) date a figure at ``at``:
    printed before it, or after it in its clause, as English prints them (692,000
    new-energy vehicles on the road by the end of June 2023)."""
    if at is None or start < at:
        return True
    return not PERIOD_CLAUSE.search(text, at, start)


class Period(NamedTuple):
    """A claim's period, read: its first and last year, and months where printed."""

    first: str
    last: str
    first_month: int | None
    last_month: int | None


def read_period(period: str) -> Period | None:
    """A claim's period read (None for "" or a period not in the documented forms)."""
    m = _PERIOD.fullmatch(period.strip())
    if m is None:
        return None
    first, month, last, last_month = m[1], m[2], m[3], m[4]
    if last is None:
        return Period(first, first, int(month) if month else None,
                      int(month) if month else None)
    return Period(first, last, int(month) if month else None,
                  int(last_month) if last_month else None)


#: a number of years a change is said over, right before it (三年下降了30%, 五年间增长1.8倍,
#: 近十年来累计增加; in three years, over the past five years): not a run of yearly changes
#: (连续三年增长)
_SPAN_SAID = re.compile(
    r"(?<!连续)(?<!连续\s)(?<![\d.])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?年(?:来|以来|间|内|里|中)?"
    r"\s*(?:累计|共|总共|合计|已)?\s*(?:下降|增长|减少|增加|提高|降低|上升|扩大|缩小|下滑|回落|翻)")
_SPAN_SAID_EN = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+(?:past|last|first)\s+)?"
    r"(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # (a figure's words, asked for each claim weighed against it)
def said_span(before: str) -> int | None:
    """The number of years a change is said over in the words before its figure (三年下降
    了大约30%: 3; in three years), or None."""
    found = _SPAN_SAID.search(before)
    if found is not None:
        try:
            return int(found[1]) if found[1].isdigit() else int(chinese_to_number(found[1]))
        except ValueError:  # (FigureError is a ValueError)
            return None
    found = _SPAN_SAID_EN.search(before)
    counted = english_numbers(found[1]) if found is not None else set()
    return int(min(counted)) if counted else None


def span_apart(span: int, period: str) -> bool:
    """Whether a claim's ``period`` cannot be a change over ``span`` years: a span of other
    length (2013/2022, nine or ten years counted either way, is no three years' decline), or
    one year for a change over several."""
    read = read_period(period)
    if read is None:
        return False
    length = int(read.last) - int(read.first)
    return span not in (length, length + 1) and not (length == 0 and span == 1)


def same_period(when: When, period: str) -> bool | None:
    """Whether a claim's ``period`` is the time of the statement's figure: None when either
    gives no time (nothing to hold them to), else True or False; a part of a year printed
    without its year (全年, 上半年) is held to a claim's months (False where they differ).

    - a year (2023): the statement's year, not part of it (1—11月, 上半年);
    - months of a year (2023-01/2023-11): that year, and those months printed;
    - a month (2023-06): that year, in no other part of it (6月底; not 上半年, a flow);
    - a span (2014/2022, 2014-01/2023-11): both its years printed (2014年至2022年,
      是2014年的1.7倍), its start counted from (2014年以来), or its end as the time of a
      total (截至2023年6月末…累计 for 2014/2023-06).
    """
    if not period:
        return None
    read = read_period(period)
    if read is None:
        return None
    if not when.years:
        if when.since and read.last < min(when.since):
            return False  # (2024年以来…突破10.4万亿元 is not 2023's level)
        # no year printed, but a part of one (全年, 上半年, 前三季度, 1—11月): a claim for
        # other months of its year is not for it (全年…增长9.5% is not 前三季度's 9.5%); months
        # that agree hold it to nothing more
        if when.months is None or read.first != read.last:
            return None
        return None if _same_months(when, read) else False
    if read.first != read.last:
        if when.year_end and read.last_month not in (None, 12) and read.last in when.years:
            return False  # (2014年至2023年年末 is not 2014/2023-06)
        spanned = when.spanned
        if (spanned is not None and read.first_month is not None
                and (spanned[0], spanned[2]) == (read.first, read.last)):
            # the months of its ends printed (2022年1月至2023年6月 is not 2022-07/2023-06)
            return (spanned[1], spanned[3]) == (read.first_month, read.last_month)
        # (counted from its start, unless the statement ends it in another year: since 2014
        # … by the end of June 2022 is not 2014/2023-06)
        ends = when.years - when.since
        if {read.first, read.last} <= when.printed or (
                read.first in when.since and not (ends and read.last not in ends)):
            return True
        # a total up to the span's end (截至2023年6月末…累计 for 2014/2023-06)
        return (when.to_date and when.years == {read.last}
                and (read.last_month is None or when.months is None
                     or when.months[1] == read.last_month)
                and not (when.year_end and read.last_month not in (None, 12)))
    if read.first not in when.years or len(when.years) > 1:
        return False  # (a figure for 2014年至2022年 is not one year's)
    return _same_months(when, read)


def _same_months(when: When, read: Period) -> bool:
    """Whether the part of a year the statement prints (or none) is that of a claim's
    period of one year (a year, months of it, a month or a day)."""
    months = when.months
    if read.first_month is None:  # a year
        return months is None or months == WHOLE_YEAR
    if read.first_month != read.last_month:  # months of the year
        span = (read.first_month, read.last_month)
        return months == span or (span == WHOLE_YEAR and months is None)
    # a month (or a day) of the year: a total at its end (截至2023年6月底), or an event
    # then; not the flow of months that end there (上半年, 1—6月)
    if months is None:  # (but 截至2023年年底 is not June's)
        return not (when.year_end and read.last_month != 12)
    return when.at_end and months[1] == read.last_month


def describe_when(when: When) -> str:
    """The statement's time as a claim's period would print it: 2023, 2023-01/2023-06."""
    years = "/".join(sorted(when.years))
    if not years and when.since and not when.months:
        return f"the years since {min(when.since)}"
    if not years and when.months:  # (全年, 上半年 printed without a year)
        first, last = when.months
        return ("a whole year" if when.months == WHOLE_YEAR
                else f"months {first:02d}-{last:02d} of a year")
    if when.base and len(when.years) == 1:
        return f"{min(when.base)}/{years}"  # 是2013年的1.8倍 in 2023: 2013/2023
    if when.months and when.months != WHOLE_YEAR and len(when.years) == 1:
        first, last = when.months
        return f"{years}-{first:02d}/{years}-{last:02d}"
    return years


#: a year said relative to when it was written
#: (of which these name a year: 目前, currently, is the latest value's)
RELATIVE_YEAR_WORDS = re.compile(r"去年|今年|前年|上年|明年|last year|this year", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(rf"{RELATIVE_YEAR_WORDS.pattern}|目前|当前|现在|如今", re.IGNORECASE)


def relative_year(text: str, end: int) -> str | None:
    """The first word of ``text`` before ``end`` that says a year relative to when it was
    written (去年, 今年, 目前, last year), or None."""
    found = _RELATIVE_YEAR.search(text, 0, end)
    return found[0] if found else None
