"""When two figures say the same: their units compared (every counting word one count,
周年 as 年, a unitless figure in the units its metric names), their values equal at the
precision a statement prints, a bound or span met by a value (超过1100家 by 1300家, 近5000 not
by 5000多), and two figures of one metric that can both be true (figures_agree). What
compare, conflicts and the cache's figure index share.
"""

from __future__ import annotations

import math
import re

from jjjcli.figures import (
    FULLWIDTH_DIGITS,
    Figure,
    english_class,
    in_english_words,
    spelled_in_digits,
    values_equal,
)

_INF = float("inf")
#: bounds that say opposite things (不到 and 以上): a value cannot meet both, and a statement
#: with one against a claim with the other is contradicted as such
OPPOSITE_BOUNDS = {("more-than", "less-than"), ("less-than", "more-than"),
                   ("at-least", "less-than"), ("less-than", "at-least"),
                   ("up-to", "more-than"), ("more-than", "up-to"),
                   # 近2万 is under 20,000, 超2万 over it
                   ("nearly", "more-than"), ("more-than", "nearly"), ("nearly", "at-least"),
                   ("at-least", "nearly")}
#: how far below its number 近 (nearly) reaches, and how far 约 (about) reaches either side
#: at most (about_span: a number rounded to the last digit it prints may reach less)
NEARLY_SPAN = 0.10
ABOUT_SPAN = 0.05


def _printed_number(raw: str) -> tuple[str, float] | None:
    """The number a figure prints, in digits without its thousands commas, and its value
    (a number in words as the digits it says: two point six nine trillion → 2.69); None
    where it prints none (四分之一, a fraction in words), none that reads (1.2.3), or 0."""
    m = re.search(r"[0-9０-９]+(?:[.,][0-9]+)*", raw)
    if not m:
        digits = spelled_in_digits(raw)
        m = re.search(r"[0-9]+(?:\.[0-9]+)?", digits) if digits else None
    if not m:
        return None
    printed = m.group(0).replace(",", "")
    try:
        number = float(printed)  # full-width digits read as digits
    except ValueError:  # 1.2.3
        return None
    return (printed, number) if number else None


def significant_tolerance(raw: str, value: float) -> float:
    """Half a unit in the last printed digit, in base units (5.6万亿 → ±0.05万亿; a number
    in words at the digits it says: two point six nine trillion → ±0.005 trillion)."""
    read = _printed_number(raw)
    if read is None:
        return 0.0
    printed, number = read
    decimals = len(printed.partition(".")[2])
    return 0.5 * 10.0 ** -decimals * abs(value / number)


def about_span(figure: Figure) -> float:
    """How far 约 (about) reaches either side of a figure's value: ABOUT_SPAN of it, and
    no further than half a unit in the last significant digit it prints, as far as a
    number rounded to that digit may be from it (约2600公里 is 2,550 to 2,650 km, which
    2,486 is not; 约2.6万 is 2.55万 to 2.65万; 约3亿 is 2.85亿 to 3.15亿). A fraction in
    words (约四分之一) prints no digit: ABOUT_SPAN."""
    v = float(figure.value)
    span = abs(v) * ABOUT_SPAN
    read = _printed_number(figure.raw)
    if read is not None:
        printed, number = read
        whole, _dot, decimals = printed.partition(".")
        place = -len(decimals) if decimals else len(whole) - len(whole.rstrip("0０"))
        span = min(span, 0.5 * 10.0 ** place * abs(v / number))
    return span


#: counting words (classifiers): which one is printed depends on the noun and the writer
#: (2个省级高新区 = 2家省级高新区, 5所医院 = 5家医院), not on the quantity, so any two
#: compare as one bare count; the words of the statement and the claim (metric, quote) say
#: whether the things counted are the same
COUNT_WORDS = frozenset("个 家 户 所 座 处 项 条 件 款 部 种 台 套 辆 架 艘 只 张 份 列 栋 幢 间 "
                        "株 棵 头 支 本 册 篇 片".split())
#: units that measure one thing (a share, a time, a length, an area, a level), not tally
#: things or money: a whole's figure of these may be its parts' too (tally)
_NOT_TALLIES = frozenset({"%", "‰", "个百分点", "倍", "分钟", "小时", "天", "日", "周", "月",
                          "个月", "年", "周年", "秒", "公里", "千米", "米", "厘米", "平方公里",
                          "平方米", "公顷", "亩", "℃", "度", "微克/立方米", "名次", "级", "类"})


def tally(figure: Figure) -> bool:
    """Whether a figure counts things or sums an amount (45家, 1.2万人, 871.2亿元), which
    the whole has and a part of it has not: not an order, a share, a time, a length."""
    return figure.qualifier != "ordinal" and (figure.unit or "") not in _NOT_TALLIES


#: units that are one unit for comparison (十周年 is ten years)
_SAME_UNIT = {"周年": "年"}
_MONEY = frozenset({"元", "美元", "欧元", "港元"})
#: a claim figure printed without a unit (12万, 千亿级, 6.2) takes one its metric names:
#: words of the metric and the units they allow; without such a word, only a statement
#: figure without a unit can match it (185万人 is not 千亿级 investment)
_METRIC_UNITS: tuple[tuple[str, frozenset[str]], ...] = (
    ("占比", frozenset({"%"})), ("比重", frozenset({"%"})), ("率", frozenset({"%"})),
    ("增速", frozenset({"%"})), ("降幅", frozenset({"%"})), ("人次", frozenset({"人次"})),
    ("人口", frozenset({"人"})), ("人数", frozenset({"人"})), ("群众", frozenset({"人"})),
    ("金额", _MONEY), ("额", _MONEY), ("投资", _MONEY), ("收入", _MONEY), ("总值", _MONEY),
    ("产值", _MONEY), ("资金", _MONEY), ("价值", _MONEY), ("额度", _MONEY),
    ("浓度", frozenset({"微克/立方米"})), ("数量", COUNT_WORDS),
    ("排名", frozenset({"位", "名次"})),
)


def comparable_unit(unit: str | None) -> str | None:
    """The unit a figure is compared in: 周年 is 年, every counting word is one count."""
    if not unit:
        return None
    if unit in COUNT_WORDS:
        return "个"
    return _SAME_UNIT.get(unit, unit)


#: counting words of kinds (种 of birds: species) and of individuals (只: birds)
_KINDS = frozenset("种 类 样")
_INDIVIDUALS = frozenset("只 头 株 尾 匹 棵 羽 人 名")


def kinds_for_individuals(one: str | None, other: str | None) -> bool:
    """Whether one count is of kinds (种, 类) and the other of individuals (只, 头, 株):
    260余只 wild birds are not 260余种."""
    return bool(one and other) and (one in _KINDS and other in _INDIVIDUALS
                                    or one in _INDIVIDUALS and other in _KINDS)


def printed_units(unit: str | None) -> frozenset[str]:
    """The units, as claims print them ("" for none), that are ``unit`` when compared
    (comparable_unit): what the cache's index of figures is asked for."""
    if not unit:
        return frozenset({""})
    if unit == "个":
        return COUNT_WORDS | {unit}
    return frozenset({unit, *(u for u, same in _SAME_UNIT.items() if same == unit)})


def _strict_unit(unit: str | None) -> str | None:
    return _SAME_UNIT.get(unit, unit) if unit else None


def metric_units(metric: str) -> frozenset[str]:
    """The units a unitless figure of ``metric`` may be in (empty: none said)."""
    units: set[str] = set()
    for word, allowed in _METRIC_UNITS:
        if word in metric:
            units |= allowed
    return frozenset(comparable_unit(u) or u for u in units)


def units_match(claimed: Figure, stated: Figure, metric: str | None = None, *,
                 counts_alike: bool = True) -> bool:
    """Whether a claim's figure and a statement's can be the same quantity.

    A statement figure without a unit fits any (a ratio's, %, 倍…, only below _NO_RATIO:
    100万 is no percentage; a count's, 家 or 个, only if not printed in 亿); a claim figure
    without a unit fits a statement figure with one only when the claim's ``metric`` names
    that unit. With
    ``counts_alike`` false, two counts must use the same counting word.
    """
    unit = comparable_unit if counts_alike else _strict_unit
    a, b = unit(claimed.unit), unit(stated.unit)
    if a == "date" and b != "date":
        return False  # (a date is no count: 5 universities are not 2021年11月)
    if b is None and a in _MEASURES and abs(float(stated.value)) >= _NO_RATIO:
        return False  # (减少超100万 is a count, not the 15% a claim's decline is)
    if b is None and "亿" in stated.raw and comparable_unit(claimed.unit) == "个":
        return False  # (R&D经费 1269.4亿 is an amount, not a count of 26,751家 firms)
    if b is None or a == b:
        return True
    if a is None:
        return metric is not None and b in metric_units(metric)
    return False


#: the most a figure may be off its source's value and still be that value rounded
ROUNDING_SHARE = 0.1


def same_value(claimed: Figure, stated: Figure, metric: str | None = None) -> tuple[bool, bool]:
    """(equal, only at the statement's precision). A bound the source's value cannot meet
    is not equal, however it rounds (超过2.6万 for 约2.59万; bound_fails)."""
    if not units_match(claimed, stated, metric):
        return False, False
    if ((claimed.qualifier, stated.qualifier) not in OPPOSITE_BOUNDS
            and bound_fails(stated, claimed)):
        return False, False  # (opposite bounds, 不到 for 以上, are contradicted as such)
    if figures_equal(claimed, stated):
        return True, False
    if _rounds_to(claimed.value, stated.raw, stated.value):
        if (stated.high is not None and claimed.high is not None
                and not _rounds_to(claimed.high, stated.raw, stated.high)):
            return False, False  # (two ranges: 1 to 3 days is not the source's 1–2 days)
        return True, True
    return False, False


def _rounds_to(value: float, raw: str, stated: float) -> bool:
    """Whether ``value`` rounds to ``stated`` as printed in ``raw``: rounded half up
    (四舍五入: 1.45 and 1.5 are 1.5 at one decimal, 1.5 is 2 and not 1), and not by more
    than a tenth (2小时 is no rounding of 1.5小时, 190亿 is of 189.9亿)."""
    tolerance = min(significant_tolerance(raw, stated), ROUNDING_SHARE * abs(stated))
    margin = 1e-9 * abs(stated)
    return bool(tolerance) and -tolerance - margin <= value - stated < tolerance - margin


def _printed_span(figure: Figure) -> tuple[float, float]:
    """The values a figure can be, as printed: 18614 itself, 约2.59万 25,850–25,950 (half
    its last digit either side), 近5000 up to 5000, 超过1100 above it, 10—15万 between."""
    value = float(figure.value)
    if figure.high is not None:
        return value, float(figure.high)
    if figure.qualifier in ("more-than", "at-least") and (
            step := _some_more_step(figure.raw, value)):
        return value, value + step
    spread = significant_tolerance(figure.raw, value)
    return {
        "about": (value - spread, value + spread),
        "nearly": (value - 10 * spread, value),
        "more-than": (value, _INF), "at-least": (value, _INF),
        "less-than": (-_INF, value), "up-to": (-_INF, value),
    }.get(figure.qualifier, (value, value))


#: a number followed by 余 or 多 (9300余家, 1万余, 30多家), or a round ten by + (the "30+"
#: stage): a little more, not any amount more
_SOME_MORE = re.compile(r"([0-9０-９]+(?:[.][0-9]+)?)\s*(?:万|亿|万亿|千|百)?\s*[余多]"
                        # (a round ten and +: the "30+" stage, the 30s; not 10万+ or 25,000+,
                        # which may be any amount more)
                        r"|(?<![0-9,.])([1-9]0)[+＋](?![0-9])")


def _some_more_step(raw: str, value: float) -> float:
    """How far above its number 余, 多 or a ten's + can reach: one unit of its last digit
    that is not a nought (9300余 is below 9400, 30多 and 30+ below 40, 1.5万余 below 1.6万);
    0 where the raw prints none (超过1100 and 25,000+ have no ceiling)."""
    m = _SOME_MORE.search(raw)
    if m is None:
        return 0.0
    printed = (m[1] or m[2]).translate(FULLWIDTH_DIGITS)
    number = float(printed)
    if number <= 0:
        return 0.0
    whole, _dot, decimals = printed.partition(".")
    if decimals.rstrip("0"):
        unit = 10.0 ** -len(decimals.rstrip("0"))
    else:
        digits = whole.lstrip("0")
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return unit * abs(value / number)


def round_holds(claimed: Figure, stated: Figure) -> bool:
    """Whether a source's round figure holds an exact statement value: 10990 in 近1.1万 (up
    to it, within NEARLY_SPAN: _interval), 25,880 in 约2.59万 (half its last printed digit:
    _printed_span), 35 in "30+" and 9,350 in 9300余 (up to its next step)."""
    if stated.qualifier != "exact" or "date" in (claimed.unit, stated.unit):
        return False
    value = float(stated.value)
    if claimed.qualifier == "nearly":
        low, high, _low_in, _high_in = _interval(claimed) or (0.0, 0.0, True, True)
        return low <= value < high
    if claimed.qualifier == "about":
        low, high = _printed_span(claimed)
        return low <= value <= high
    if claimed.qualifier in ("more-than", "at-least") and _some_more_step(
            claimed.raw, float(claimed.value)):
        low, high = _printed_span(claimed)  # (35 in "30+", 9350 in 9300余)
        return low <= value < high
    return False


def bound_fails(stated: Figure, claimed: Figure) -> bool:
    """Whether the statement's bound cannot hold for the source's value as printed: 约2.59万
    is not more than 2.6万, 近5000 not more than 5000 (nor 5000多), 18614 not more than
    1.9万, 4.3万 not nearly 4万, whatever they round to."""
    bound = stated.value
    low, high = _printed_span(claimed)
    if stated.qualifier == "range" and stated.high is not None:
        # (a range from the source's 近3000 up, 3000至4000家, or to its 超过1100 from below:
        # the source's value is outside it, however near one end)
        return ((claimed.qualifier in ("nearly", "less-than") and high <= bound)
                or (claimed.qualifier == "more-than" and low >= stated.high))
    if stated.qualifier == "more-than":
        return high <= bound
    if stated.qualifier == "at-least":
        return high < bound
    if stated.qualifier == "less-than":
        return low >= bound
    if stated.qualifier == "up-to":
        return low > bound
    if stated.qualifier == "nearly":
        return low > bound  # (近4万 is not the source's 4.3万, however it rounds)
    return False


def allows(stated: Figure, claimed: Figure, metric: str | None = None) -> bool:
    """Whether a statement's bound, span or range (超过1000家, 近2100人, 约5600件, 30多家)
    holds every value the claim's figure allows (超过1100家, 2093人, 5621件, 37家): the
    statement is then true, only less precise. An exact statement figure allows one value
    only (same_value's business); a date is compared as a date."""
    if stated.unit == "date" or claimed.unit == "date":
        return False
    wide = _interval(stated)
    if wide is None or not units_match(claimed, stated, metric):
        return False
    if comparable_unit(claimed.unit) != comparable_unit(stated.unit) and claimed.unit and (
            stated.unit or stated.qualifier not in ("about", "nearly")):
        return False  # (近1950亿, printed without a unit, is about the claim's 1948.78亿元;
        # 百亿级 is no bound 千亿级元 meets)
    v = float(claimed.value)
    narrow = _interval(claimed) or (v, v, True, True)
    if claimed.qualifier == "nearly":
        # (a source's 近 is just under its number, 近1580万 for some 1575万: the values it
        # allows reach ABOUT_SPAN below it, not the NEARLY_SPAN a statement's reporter
        # may round by; 接近1600万户 holds it)
        narrow = (v - abs(v) * ABOUT_SPAN, v, True, True)
    low_ok = wide[0] < narrow[0] or (wide[0] == narrow[0] and (wide[2] or not narrow[2]))
    high_ok = narrow[1] < wide[1] or (wide[1] == narrow[1] and (wide[3] or not narrow[3]))
    return low_ok and high_ok


def bound_reaches(claimed: Figure, stated: Figure) -> bool:
    """Whether a source's lower bound holds a statement's value as far as a reporter's bound
    reaches: 超1万公里 holds 10933公里 (up to NEARLY_SPAN above its number, or short of its
    step: 30多 holds 35), not 12000公里, which a source knowing it would print as 超1.2万,
    nor 超10万 (the source's 超1.1万 is not that)."""
    if claimed.qualifier not in ("more-than", "at-least") or "date" in (claimed.unit,
                                                                        stated.unit):
        return False
    wide = _interval(claimed)
    if wide is None:
        return False
    v = float(claimed.value)
    high, high_in = wide[1], wide[3]
    if high == _INF:
        high, high_in = v + abs(v) * NEARLY_SPAN, True
    s = float(stated.value)
    narrow = _interval(stated) or (s, s, True, True)
    return ((wide[0] < narrow[0] or (wide[0] == narrow[0] and wide[2]))
            and (narrow[1] < high or (narrow[1] == high and high_in)))


def less_precise(stated: Figure, claimed: Figure) -> bool:
    """Whether a statement's bound is the claim's figure said less precisely, not a
    weaker claim: within NEARLY_SPAN of it (超过1000家 for 超过1100家, 超过550亿元 for
    突破557亿元; not 83分钟以内 for 40分钟以内, which the source allows but does not say).
    约 and 近 are that close by their span."""
    if stated.qualifier in ("about", "nearly"):
        return True
    near = float(claimed.value)
    if claimed.qualifier == "range" and claimed.high is not None and stated.qualifier in (
            "less-than", "up-to"):
        near = float(claimed.high)
    bound = float(stated.value)
    if stated.qualifier == "range" and stated.high is not None:
        return abs(float(stated.high) - bound) <= abs(near) * NEARLY_SPAN
    return abs(bound - near) <= abs(near) * NEARLY_SPAN


def figures_equal(a: Figure, b: Figure) -> bool:
    """Same value (and range end); units are the caller's business."""
    return values_equal(a.value, b.value) and (
        a.high is None or b.high is None or values_equal(a.high, b.high))

_MEASURES = frozenset({"%", "‰", "个百分点", "倍"})
#: a number printed without a unit from which on it is no ratio (_MEASURES) but a count
_NO_RATIO = 10_000


def prose_numeral(figure: Figure) -> bool:
    """A Chinese numeral below ten with no qualifier (一批, 两年, 三次, 一级, 首批): prose as
    often as a count. `jjj check` skips these by rule, so the knowledge base need not cover
    them, and another claim's figure says nothing of them: `compare` keeps one only when a
    claim states it, and otherwise leaves it out. An English rank (ranked second) is none:
    it says what 居第二位 says. A number in English words with no qualifier is prose likewise:
    with a unit whatever its value (one day, over five years), a count below ten (six trunk
    lines, as 六条); Thirty-eight bus routes is a figure, as 38条 is, and so is a multiple or a
    share (three times the 2013 level, as 三倍; five percent). A class in English
    (Class II water) is prose as Ⅱ类 is."""
    if figure.unit == "类" and english_class(figure.raw):
        return True
    if in_english_words(figure.raw):
        return (figure.qualifier == "exact" and figure.unit not in _MEASURES
                and (figure.unit is not None or figure.value < 10))
    return (not any(ch.isdigit() or (ch.isascii() and ch.isalpha()) for ch in figure.raw)
            and figure.value < 10 and "个半" not in figure.raw  # (一个半小时 is a time)
            and figure.qualifier in ("exact", "ordinal") and figure.unit not in _MEASURES)

def significant_digits(value: float) -> int:
    """How many significant digits a value has: 1100 → 2, 189.9 → 4, 0.05 → 1."""
    if not math.isfinite(value):
        return 0
    mantissa = f"{value:.15g}".partition("e")[0]
    return len(mantissa.lstrip("-").replace(".", "").lstrip("0").rstrip("0"))

def _interval(figure: Figure) -> tuple[float, float, bool, bool] | None:
    """The values a figure allows, (low, high, low included, high included), or None for
    one exact value: 超过1100家 is (1100, ∞), 不足亿元 (−∞, 1亿), 近1.1万 [9900, 11000]."""
    v = float(figure.value)
    q = figure.qualifier
    if q == "more-than":
        # (9300余 is below 9400: _some_more_step; 超过1100 has no ceiling)
        step = _some_more_step(figure.raw, v)
        return (v, v + step, False, False) if step else (v, _INF, False, True)
    if q == "at-least":
        return v, _INF, True, True
    if q == "less-than":
        return -_INF, v, True, False
    if q == "up-to":
        return -_INF, v, True, True
    if q == "nearly":
        return v - abs(v) * NEARLY_SPAN, v, True, True
    if q == "about":
        span = about_span(figure)
        return v - span, v + span, True, True
    if q == "range" and figure.high is not None:
        return v, float(figure.high), True, True
    return None


def _overlap(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    low, low_in = max((a[0], a[2]), (b[0], b[2]), key=lambda end: (end[0], not end[1]))
    high, high_in = min((a[1], a[3]), (b[1], b[3]), key=lambda end: (end[0], end[1]))
    return low < high or (low == high and low_in and high_in)


def figures_agree(a: Figure, b: Figure) -> bool:
    """Whether two figures of one metric can both be true.

    Two exact values must be equal (sources that round differently do disagree: 10 ≠
    10.4); a bound holds or not (超过1100家 and 1300家 agree, 1400余家 and 1328家 do
    not); two bounds or ranges agree when they overlap. Units compare as comparable_unit.
    """
    ua, ub = comparable_unit(a.unit), comparable_unit(b.unit)
    if ua and ub and ua != ub:
        return False
    if (a.qualifier == "range" and bound_fails(a, b)) or (
            b.qualifier == "range" and bound_fails(b, a)):
        return False  # (上百名 and a source's 近百名: a range from its value up)
    if figures_equal(a, b):
        return True
    ia, ib = _interval(a), _interval(b)
    if ia is None and ib is None:
        return False
    point_a = (float(a.value), float(a.value), True, True)
    point_b = (float(b.value), float(b.value), True, True)
    return _overlap(ia or point_a, ib or point_b)
