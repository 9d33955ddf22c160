"""A figure's conversion into other units, printed in brackets right after it: *100 billion
yuan (about US$14 billion)*, *62 km (about 38.5 miles)*, *150 m (about 490 ft)*,
10.4万亿元（约合1.5万亿美元）. The sources give none of these, so no claim states one; a
conversion is weighed against the figure it converts instead: at the fixed factor for
lengths and areas, and for money within the yuan-to-dollar rates of the sources' years."""

from __future__ import annotations

import re

from jjjcli.figures import Figure
from jjjcli.verdict import describe

#: what stands between a figure and its conversion: an opening bracket, or a comma and or
#: (…yuan, or about $1.5 trillion), and a word of approximation (about, 约合)
_OPENING = re.compile(
    r"\s*(?:[(（]|[,，]\s*(?=or\b|约合|折合|合计约?|相当于))\s*(?:or\s+)?"
    r"(?:about|approx(?:imately|\.)?|roughly|around|some|nearly|almost|"
    r"约合|约为|约|折合|合|相当于|≈|~)?\s*$", re.IGNORECASE)
#: a unit printed after a number that the reader leaves unread (5.6 sq mi; 150 m)
_UNREAD_UNITS = (
    (re.compile(r"\s*(?:sq\.?\s*mi(?:les?)?|square\s+miles?)\b", re.IGNORECASE), "平方英里"),
    (re.compile(r"\s*acres?\b", re.IGNORECASE), "英亩"),
    (re.compile(r"\s*(?:m|metres?|meters?)\b(?!\s*(?:yuan|tonnes|tons|people|residents))",
                re.IGNORECASE), "米"),
)
#: the fixed factors: one of the first unit is this many of the second
FACTORS = {
    ("公里", "英里"): 0.621371,
    ("米", "英尺"): 3.28084,
    ("平方公里", "平方英里"): 0.386102,
    ("平方公里", "英亩"): 247.105,
    ("公顷", "英亩"): 2.47105,
}
#: how far a conversion printed as about may be from the factor's (a rounding)
TOLERANCE = 0.05
#: yuan to the US dollar over the sources' years (2013–2024: about 6.1 to 7.3), with a
#: rounding's room either side
YUAN_PER_DOLLAR = (6.0, 7.4)


#: what stands between a figure and the same figure said again in another form (150
#: billion yuan — that's 1,500亿; 差不多4800件，准确地说是4791件; 两百四十六所——246所)
#: the words that say a figure is said again (that's, 即)
_SAID_AGAIN = r"that's|that\s+is|i\.e\.,?"
_RESTATING = re.compile(
    rf"\s*[,，]?\s*(?:(?:——|—|–)\s*(?:{_SAID_AGAIN})?|{_SAID_AGAIN}"
    r"|即|也就是说?|(?:准确|确切|精确)地?(?:说|讲)是?)\s*$", re.IGNORECASE)
_RESTATING_WORD = re.compile(r"that|i\.e|即|也就是|说|讲", re.IGNORECASE)
#: the same said again after the first figure's noun (more than 61,000 high-end
#: professionals — that's 6.1万; 6.1万余名高端人才，即61000人): a few words, then a word
#: that says so
_RESTATING_NAMED = re.compile(
    r"(?:(?:\s+[A-Za-z][\w-]*){1,3}|[\u4e00-\u9fff]{1,6})\s*[,，]?\s*"
    rf"(?:(?:——|—|–)\s*(?:{_SAID_AGAIN})|{_SAID_AGAIN}|即|也就是说?)\s*$", re.IGNORECASE)


def restates(text: str, end: int, start: int, *, in_words: bool = False) -> str | None:
    """Whether the text between a figure ending at ``end`` and one starting at ``start``
    says the second is the first said again: "said" in words (— that's, 即, 准确地说是),
    "dash" by a dash alone (两百四十六所——246所, which may as well open another thing:
    65.6——十年间的结构变化), "named" in words after the first figure's noun (61,000
    professionals — that's 6.1万, which may count another thing: 3个区县，即12个乡镇), else
    None. A second figure printed ``in_words`` (a third, half) is the first said again
    after a comma or a bracket too, or the first's noun and a dash (31.4%, or nearly a
    third; 31.4% (nearly a third); 34%, more than a third; 31.4% of all its base stations —
    nearly a third): "dash"."""
    if start <= end:
        return None
    found = _RESTATING.fullmatch(text, end, start)
    if found is None:
        if in_words and (_RESTATING_IN_WORDS.fullmatch(text, end, start)
                         or _RESTATING_NAMED_IN_WORDS.fullmatch(text, end, start)):
            return "dash"
        return "named" if _RESTATING_NAMED.fullmatch(text, end, start) else None
    return "said" if _RESTATING_WORD.search(found[0]) else "dash"

#: what stands between a figure and a share of it said again in words (31.4%, or nearly a
#: third; 31.4% (nearly a third); 34%, more than a third); and after its noun, a dash
_RESTATING_IN_WORDS = re.compile(r"\s*(?:[,，]\s*(?:or\s+)?|[(（]\s*)$", re.IGNORECASE)
_RESTATING_NAMED_IN_WORDS = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){1,6}\s*(?:——|—|–|\s-\s|[,，]\s*or\s)\s*$", re.IGNORECASE)


def unit_after(text: str, end: int, unit: str | None) -> str | None:
    """A figure's unit, or the one printed right after it that the reader leaves unread."""
    if unit:
        return unit
    for pattern, name in _UNREAD_UNITS:
        if pattern.match(text, end):
            return name
    return None


def opens_conversion(text: str, end: int, start: int) -> bool:
    """Whether the text between a figure ending at ``end`` and one starting at ``start`` is
    a bracket opening a conversion (…yuan (about US$14 billion))."""
    for pattern, _name in _UNREAD_UNITS:  # (150 m (about 490 ft): its unit first)
        unread = pattern.match(text, end)
        if unread is not None and unread.end() <= start:
            end = unread.end()
            break
    return start > end and _OPENING.fullmatch(text, end, start) is not None


def converted(figure: Figure, unit: str | None, into: Figure, into_unit: str | None
              ) -> tuple[bool, str] | None:
    """Whether ``into`` (in ``into_unit``) is a right conversion of ``figure`` (in
    ``unit``), and how: where it is, how the figure converts ("at 7.1 yuan to the US
    dollar", "about 38.5 英里"); where it is not, what it comes to ("1.4 billion–1.7 billion
    US dollars at 6.0–7.4 yuan to the US dollar", "about 38.5 英里"). None where the two
    units are not one's conversion into the other's."""
    if not figure.value or not into.value:
        return None
    low, high = YUAN_PER_DOLLAR
    if (unit, into_unit) in (("元", "美元"), ("美元", "元")):
        to_dollars = unit == "元"
        rate = figure.value / into.value if to_dollars else into.value / figure.value
        if low <= rate <= high:
            return True, f"at {rate:.1f} yuan to the US dollar"
        least, most = ((figure.value / high, figure.value / low) if to_dollars
                       else (figure.value * low, figure.value * high))
        span = Figure("", _rounded(least), into_unit, "exact", _rounded(most))
        return False, f"{describe(span)} at {low}–{high} yuan to the US dollar"
    factor = FACTORS.get((unit or "", into_unit or ""))
    if factor is None:
        return None
    expected = figure.value * factor
    near = abs(into.value - expected) <= TOLERANCE * expected
    return near, describe(Figure("", _rounded(expected), into_unit, "about"))


def _rounded(value: float) -> float:
    """A conversion's value to three significant digits (38.525 → 38.5, 2,915.8 → 2,920)."""
    return float(f"{value:.3g}")


def conversion_reason(figure: Figure, how: str, agrees: bool, into: Figure) -> str:
    """The reason a conversion's verdict gives."""
    if agrees:
        return f"a conversion of {describe(figure)} ({how})"
    return f"{describe(figure)} is {how}, not {describe(into)}"
